// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowCommand.h"

WindowCommand::WindowCommand(const QString &text, std::function<void()> redo, std::function<void()> undo)
    : QUndoCommand(text), m_redo(std::move(redo)), m_undo(std::move(undo))
{ }

void WindowCommand::redo()
{
    m_redo();
}

void WindowCommand::undo()
{
    m_undo();
}
