// SPDX-License-Identifier: GPL-3.0-or-later
#include "ViewOptionActions.h"

#include "desktop/LiteralText.h"
#include "models/ScheduleTableModel.h"

#include <QAction>

ViewOptionActions::ViewOptionActions(QObject *parent)
    : QObject(parent), m_change(new QAction(tr("&Change Between Periods"), this)),
      m_commonSize(new QAction(tr("Common &Size"), this)), m_millions(new QAction(tr("In &Millions"), this))
{
    m_change->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_commonSize->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_millions->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    for (QAction *option : actions()) {
        option->setCheckable(true);
        connect(option, &QAction::toggled, this, [this] {
            ScheduleViewOptions options;
            options.change = m_change->isChecked();
            options.commonSize = m_commonSize->isChecked();
            options.millions = m_millions->isChecked();
            Q_EMIT optionsChanged(options);
        });
    }
}

QList<QAction *> ViewOptionActions::actions() const
{
    return {m_change, m_commonSize, m_millions};
}

QString ViewOptionActions::describe(const ScheduleViewOptions &before, const ScheduleViewOptions &after) const
{
    const struct
    {
        QAction *action;
        bool before;
        bool after;
    } options[] = {
        {m_change, before.change, after.change},
        {m_commonSize, before.commonSize, after.commonSize},
        {m_millions, before.millions, after.millions},
    };
    QStringList changed;
    for (const auto &option : options) {
        if (option.before != option.after)
            changed << (option.after ? tr("%1 On") : tr("%1 Off")).arg(option.action->text().remove(u'&'));
    }
    return changed.isEmpty() ? tr("View Options") : changed.join(u", ");
}

void ViewOptionActions::update(const ScheduleTableModel &model)
{
    const ScheduleViewOptions &options = model.options();
    const struct
    {
        QAction *action;
        bool possible;
        bool on;
        QString why;
    } states[] = {
        {m_change, model.canCompare(), options.change, tr("This table has no two periods to compare")},
        {m_commonSize, model.canCommonSize(), options.commonSize,
         tr("Common size needs total revenues (a statement of periods) or total assets (a balance sheet)")},
        {m_millions, model.canShowMillions(), options.millions,
         tr("This table is not in a smaller unit than millions")},
    };
    for (const auto &state : states) {
        const QSignalBlocker blocker(state.action);
        state.action->setEnabled(state.possible);
        state.action->setChecked(state.possible && state.on);
        state.action->setToolTip(LiteralText::literal(state.possible ? state.action->text().remove(u'&') : state.why));
    }
    if (model.canCommonSize())
        m_commonSize->setToolTip(
            LiteralText::literal(tr("Each line as a percentage of %1").arg(model.commonSizeBaseLabel())));
}
