// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

// Text from a filing shown exactly as written wherever Qt would guess rich
// text from it. QToolTip, QMessageBox and QAction tooltips guess from the
// first line, and a tooltip starts with a row label: "<a href=…>" there would
// show as a link and "<script>…" not at all. Models keep plain text; an event
// filter, installed once on the application, escapes item views' tooltips
// where they are shown, and other widgets pass such text through literal().
class LiteralText : public QObject
{
    Q_OBJECT

public:
    // Installs the tooltip filter on the application, once however often it is called.
    static void install();
    // The text as rich text that displays exactly as written.
    static QString literal(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};
