// SPDX-License-Identifier: GPL-3.0-or-later
// Zoom: Ctrl++, Ctrl+- and Ctrl+0, and Ctrl with the wheel, size the text of
// the tables, the notes, the trace panel and the source together, and the
// next window opens at the size the last one was left at.
#include "DocumentView.h"
#include "MainWindow.h"
#include "SchedulePage.h"
#include "ScheduleView.h"
#include "SourceView.h"
#include "TracePanel.h"
#include "ViewZoom.h"
#include "desktop/Settings.h"
#include "import/FilingImporter.h"

#include <QAction>
#include <QApplication>
#include <QSettings>
#include <QTest>
#include <QTextBrowser>
#include <QWheelEvent>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

void wheel(QWidget *widget, int delta, Qt::KeyboardModifiers modifiers)
{
    const QPointF at(widget->width() / 2.0, widget->height() / 2.0);
    QWheelEvent event(at, widget->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(widget, &event);
}

} // namespace

TEST(Zoom, SizesTablesNotesTraceAndSourceTogetherAndIsRemembered)
{
    QSettings().clear();
    MainWindow window;
    window.openFiles(FilingImporter::bundledFilings());
    window.resize(1600, 1000);
    window.show();
    QApplication::setActiveWindow(&window);
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    ScheduleView *table = window.schedulePage()->view();
    const qreal tableSize = table->font().pointSizeF();
    const qreal sourceSize = window.sourceView()->font().pointSizeF();
    const qreal traceSize = window.tracePanel()->browser()->font().pointSizeF();
    const int rowHeight = table->rowHeight(0);
    ASSERT_GT(tableSize, 0);
    table->setFocus(Qt::OtherFocusReason);

    QTest::keyClick(table, Qt::Key_Plus, Qt::ControlModifier);
    EXPECT_EQ(window.zoom()->percent(), 110);
    EXPECT_DOUBLE_EQ(table->font().pointSizeF(), tableSize * 1.1);
    EXPECT_DOUBLE_EQ(window.sourceView()->font().pointSizeF(), sourceSize * 1.1);
    EXPECT_DOUBLE_EQ(window.tracePanel()->browser()->font().pointSizeF(), traceSize * 1.1);
    EXPECT_GT(table->rowHeight(0), rowHeight);
    EXPECT_EQ(QSettings().value(u"view/zoom"_s).toInt(), 110);
    // The notes, made after, open at the same size.
    EXPECT_DOUBLE_EQ(window.documentPage()->font().pointSizeF(), QApplication::font().pointSizeF() * 1.1);

    // The next window opens zoomed as this one was left.
    {
        MainWindow next;
        EXPECT_EQ(next.zoom()->percent(), 110);
        EXPECT_DOUBLE_EQ(next.schedulePage()->view()->font().pointSizeF(), tableSize * 1.1);
    }

    QTest::keyClick(table, Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(table, Qt::Key_Minus, Qt::ControlModifier);
    EXPECT_EQ(window.zoom()->percent(), 90);
    QTest::keyClick(table, Qt::Key_0, Qt::ControlModifier);
    EXPECT_EQ(window.zoom()->percent(), 100);
    EXPECT_DOUBLE_EQ(table->font().pointSizeF(), tableSize);
    EXPECT_EQ(table->rowHeight(0), rowHeight);
    EXPECT_FALSE(window.zoom()->resetAction()->isEnabled());

    // Ctrl and the wheel, over the figures, the frozen labels or the source;
    // the wheel alone still scrolls.
    wheel(table->viewport(), 120, Qt::ControlModifier);
    EXPECT_EQ(window.zoom()->percent(), 110);
    wheel(table->frozenView()->viewport(), -120, Qt::ControlModifier);
    EXPECT_EQ(window.zoom()->percent(), 100);
    wheel(window.sourceView()->viewport(), 240, Qt::ControlModifier);
    EXPECT_EQ(window.zoom()->percent(), 125);
    wheel(window.sourceView()->viewport(), -120, Qt::NoModifier);
    EXPECT_EQ(window.zoom()->percent(), 125);
    window.zoom()->setPercent(100);
}
