// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAction>
#include <QWidget>

#include <gtest/gtest.h>

// The window's action whose text (with its "&" mnemonic) is `text`, or a
// test failure naming it.
inline QAction *actionNamed(const QWidget &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == text)
            return action;
    }
    ADD_FAILURE() << "no action " << qPrintable(text);
    return nullptr;
}
