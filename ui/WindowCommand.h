// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QUndoCommand>

#include <functional>

// A step of Edit > Undo: what the window did (a view option turned on, a
// filing closed) and what undoes it, each a call back into the window,
// which finds its filings again by path since their numbers change as
// filings open and close.
class WindowCommand : public QUndoCommand
{
public:
    WindowCommand(const QString &text, std::function<void()> redo, std::function<void()> undo);

    void redo() override;
    void undo() override;

private:
    std::function<void()> m_redo;
    std::function<void()> m_undo;
};
