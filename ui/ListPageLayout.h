// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <utility>

class QTableView;
class QWidget;

// How every list page of the window is laid out: a bar of filters, each
// after its label ("&Show:"), a stretch and a count on the right, over a
// table whose rows are selected whole, never edited, a line each.
class ListPageLayout
{
public:
    using Filter = std::pair<QString, QWidget *>; // label (empty: none) and its control

    static void setUpList(QTableView *view, const QString &accessibleName);
    static void lay(QWidget *page, QTableView *view, const QList<Filter> &filters, QWidget *count);
};
