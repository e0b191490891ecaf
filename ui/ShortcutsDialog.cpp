// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// An action's text as the menu shows it, without its mnemonic and ellipsis.
QString plainText(const QAction *action)
{
    QString text = action->text();
    text.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

void listActions(QTreeWidgetItem *group, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu()) {
            listActions(group, action->menu());
            continue;
        }
        const QList<QKeySequence> keys = action->shortcuts();
        if (keys.isEmpty())
            continue;
        QStringList written;
        for (const QKeySequence &key : keys)
            written << key.toString(QKeySequence::NativeText);
        auto *item = new QTreeWidgetItem(group, {plainText(action), written.join(u", "_s)});
        item->setToolTip(0, action->statusTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent), m_menus(menus), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(520, 620);
    refresh();
}

void ShortcutsDialog::refresh()
{
    m_list->clear();
    for (const QAction *top : m_menus->actions()) {
        if (!top->menu())
            continue;
        auto *group = new QTreeWidgetItem(m_list, {plainText(top)});
        group->setFirstColumnSpanned(true);
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        listActions(group, top->menu());
        if (group->childCount() == 0)
            delete group;
    }
    // Keys of the views themselves, which no menu lists.
    const QList<std::pair<QString, QString>> moves{
        {tr("Next or previous part of a pane"), tr("Tab, Shift+Tab")},
        {tr("Move within a table or list"), tr("Arrow keys, Page Up, Page Down, Home, End")},
        {tr("Extend the selection"), tr("Shift+Arrow keys")},
        {tr("Zoom"), tr("Ctrl+Wheel")},
        {tr("Close the find bar"), tr("Esc")},
    };
    auto *group = new QTreeWidgetItem(m_list, {tr("Moving Around")});
    group->setFirstColumnSpanned(true);
    QFont bold = group->font(0);
    bold.setBold(true);
    group->setFont(0, bold);
    for (const auto &[what, keys] : moves)
        new QTreeWidgetItem(group, {what, keys});
    m_list->expandAll();
}

QStringList ShortcutsDialog::rows() const
{
    QStringList rows;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows << group->text(0) + u'|' + group->child(i)->text(0) + u'|' + group->child(i)->text(1);
    }
    return rows;
}
