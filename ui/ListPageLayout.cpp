// SPDX-License-Identifier: GPL-3.0-or-later
#include "ListPageLayout.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

void ListPageLayout::setUpList(QTableView *view, const QString &accessibleName)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->setAccessibleName(accessibleName);
}

void ListPageLayout::lay(QWidget *page, QTableView *view, const QList<Filter> &filters, QWidget *count)
{
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    for (qsizetype i = 0; i < filters.size(); ++i) {
        const auto &[text, control] = filters[i];
        if (!text.isEmpty()) {
            auto *label = new QLabel(text, page);
            label->setBuddy(control);
            bar->addWidget(label);
        }
        bar->addWidget(control);
        if (i + 1 < filters.size())
            bar->addSpacing(12);
    }
    bar->addStretch(1);
    bar->addWidget(count);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(view, 1);
}
