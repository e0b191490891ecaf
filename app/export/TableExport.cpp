// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableExport.h"

#include "models/ScheduleTableModel.h"

#include <QAbstractItemModel>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

TableExport::Field TableExport::field(const QModelIndex &index)
{
    const QString value = index.data(ScheduleTableModel::ValueRole).toString();
    if (!value.isEmpty())
        return {value, true};
    return {index.data(Qt::DisplayRole).toString(), false};
}

QList<TableExport::Field> TableExport::headerRow(const QAbstractItemModel &model, const QList<int> &columns)
{
    QList<Field> row;
    for (const int column : columns) {
        const QString header = model.headerData(column, Qt::Horizontal).toString();
        row.append({header.split(u'\n').join(u' '), false});
    }
    return row;
}

TableExport::Grid TableExport::selection(const QAbstractItemModel &model, const QModelIndexList &indexes, bool headers)
{
    Grid grid;
    if (indexes.isEmpty())
        return grid;
    std::set<int> rowSet;
    std::set<int> columnSet;
    for (const QModelIndex &index : indexes) {
        rowSet.insert(index.row());
        columnSet.insert(index.column());
    }
    const QList<int> rows(rowSet.cbegin(), rowSet.cend());
    const QList<int> columns(columnSet.cbegin(), columnSet.cend());
    if (headers)
        grid.append(headerRow(model, columns));
    const qsizetype top = grid.size();
    for (qsizetype r = 0; r < rows.size(); ++r)
        grid.append(QList<Field>(columns.size()));
    for (const QModelIndex &index : indexes) {
        const qsizetype r = std::lower_bound(rows.cbegin(), rows.cend(), index.row()) - rows.cbegin();
        const qsizetype c = std::lower_bound(columns.cbegin(), columns.cend(), index.column()) - columns.cbegin();
        grid[top + r][c] = field(index);
    }
    return grid;
}

TableExport::Grid TableExport::whole(const QAbstractItemModel &model)
{
    QList<int> columns;
    for (int c = 0; c < model.columnCount(); ++c)
        columns.append(c);
    Grid grid{headerRow(model, columns)};
    for (int r = 0; r < model.rowCount(); ++r) {
        QList<Field> row;
        for (const int c : std::as_const(columns))
            row.append(field(model.index(r, c)));
        grid.append(row);
    }
    return grid;
}

QString TableExport::tsv(const Grid &grid)
{
    QString text;
    for (const QList<Field> &row : grid) {
        QStringList cells;
        for (const Field &f : row) {
            QString cell = f.text;
            cell.replace(u'\t', u' ').replace(u'\n', u' ');
            cells << cell;
        }
        text += cells.join(u'\t') + u'\n';
    }
    return text;
}

QString TableExport::html(const Grid &grid)
{
    QString text = u"<table>"_s;
    for (const QList<Field> &row : grid) {
        text += u"<tr>"_s;
        for (const Field &f : row)
            text += (f.number ? u"<td align=\"right\">"_s : u"<td>"_s) + f.text.toHtmlEscaped() + u"</td>"_s;
        text += u"</tr>"_s;
    }
    return text + u"</table>"_s;
}

QString TableExport::csv(const Grid &grid, const QString &titleLine)
{
    const auto quoted = [](const QString &cell) -> QString {
        if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n'))
            return cell;
        return u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
    };
    QString text = quoted(titleLine) + u"\r\n"_s;
    for (const QList<Field> &row : grid) {
        QStringList cells;
        for (const Field &f : row)
            cells << quoted(f.text);
        text += cells.join(u',') + u"\r\n"_s;
    }
    return text;
}
