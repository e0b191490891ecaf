// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

// A table's cells as a spreadsheet wants them: numbers as plain exact
// numbers (negatives with a minus sign, no separators, no "$"), text as
// shown. Used for the clipboard (TSV and HTML together) and CSV files.
class TableExport
{
public:
    struct Field
    {
        QString text;
        bool number = false;
    };
    using Grid = QList<QList<Field>>;

    // The rectangle that covers the selection, unselected cells left empty;
    // with `headers`, the column headers above it.
    static Grid selection(const QAbstractItemModel &model, const QModelIndexList &indexes, bool headers);
    // Every row and column, headers first.
    static Grid whole(const QAbstractItemModel &model);

    static QString tsv(const Grid &grid);
    static QString html(const Grid &grid);
    // RFC 4180, with a first line naming the table and its units.
    static QString csv(const Grid &grid, const QString &titleLine);

private:
    static Field field(const QModelIndex &index);
    static QList<Field> headerRow(const QAbstractItemModel &model, const QList<int> &columns);
};
