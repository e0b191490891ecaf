// SPDX-License-Identifier: GPL-3.0-or-later
#include "Note.h"

#include <QCoreApplication>

QString Note::heading() const
{
    return isNamed() ? title : QCoreApplication::translate("Note", "Note %1: %2").arg(letter, title);
}

QString Note::name() const
{
    return isNamed() ? title : QCoreApplication::translate("Note", "Note %1").arg(letter);
}
