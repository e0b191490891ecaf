// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/ScheduleViewOptions.h"

#include <QObject>

class QAction;
class ScheduleTableModel;

// The three view options as checkable actions (Change Between Periods,
// Common Size, In Millions, Ctrl+1..3): each enabled only where the shown
// table allows it, its tooltip saying why not.
class ViewOptionActions : public QObject
{
    Q_OBJECT

public:
    explicit ViewOptionActions(QObject *parent = nullptr);

    QList<QAction *> actions() const;
    // Follows the table shown: what it allows, what it shows.
    void update(const ScheduleTableModel &model);
    // What going from one set of options to another did, for Edit > Undo:
    // "Common Size On".
    QString describe(const ScheduleViewOptions &before, const ScheduleViewOptions &after) const;

Q_SIGNALS:
    // The analyst turned an option on or off: the options wanted.
    void optionsChanged(const ScheduleViewOptions &options);

private:
    QAction *m_change = nullptr;
    QAction *m_commonSize = nullptr;
    QAction *m_millions = nullptr;
};
