// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// Reads back a workbook Tieout wrote, as Excel would find it in the file:
// each sheet's cells with their values, formulas, number formats, fonts
// and borders, comments and links. A zip (libzip) of SpreadsheetML parts
// (QXmlStreamReader); enough of the format for the tests, not a library.
class XlsxReader
{
public:
    struct Cell
    {
        QString text;                 // a string's text
        std::optional<double> number; // a number, or a formula's cached result
        QString formula;              // without the "="
        QString numberFormat;         // "#,##0;(#,##0)"; "General" when none
        bool bold = false;
        bool italic = false;
        int indent = 0;
        QString top;    // the border's style: "thin", "double", or empty
        QString bottom; //
        QString comment;
        QString link; // an internal link's location: "'Balance Sheets'!C12"
    };

    // Reads the workbook; false, with error(), when it is no workbook.
    bool read(const QString &path);
    QString error() const { return m_error; }

    QStringList sheets() const { return m_order; }
    // The cell at "C12" of a sheet; an empty cell when nothing is there.
    Cell cell(const QString &sheet, const QString &a1) const;
    const QMap<QString, Cell> &cells(const QString &sheet) const { return m_sheets[sheet]; }
    QString title() const { return m_title; }

private:
    QString m_error;
    QStringList m_order;
    mutable QHash<QString, QMap<QString, Cell>> m_sheets;
    QString m_title;
};
