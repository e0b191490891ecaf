// SPDX-License-Identifier: GPL-3.0-or-later
// The test main: a Qt application on the offscreen platform, created before
// any test runs, with QStandardPaths in test mode so no test touches the
// user's settings. gtest_discover_tests runs this binary without the test's
// environment, so the platform is set here, not in CTest.
#include <QStandardPaths>
#include <QtGlobal>

#ifdef TIEOUT_TEST_WIDGETS
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QGuiApplication>
using TestApplication = QGuiApplication;
#endif

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    return RUN_ALL_TESTS();
}
