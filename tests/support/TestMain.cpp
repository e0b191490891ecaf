// SPDX-License-Identifier: GPL-3.0-or-later
// The test main: a Qt application on the offscreen platform, created before
// any test runs, with its settings in a folder of its own, so no test
// touches the user's settings and tests that ctest runs in parallel do not
// share theirs. gtest_discover_tests runs this binary without the test's
// environment, so the platform is set here, not in CTest.
#include <QSettings>
#include <QTemporaryDir>
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
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    const QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    return RUN_ALL_TESTS();
}
