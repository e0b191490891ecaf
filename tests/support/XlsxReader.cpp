// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include <QDir>
#include <QXmlStreamReader>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace {

// A part of the package, or empty when it is not there.
QByteArray part(zip_t *archive, const QString &name)
{
    zip_stat_t stat;
    if (zip_stat(archive, name.toUtf8().constData(), 0, &stat) != 0)
        return {};
    zip_file_t *file = zip_fopen(archive, name.toUtf8().constData(), 0);
    if (!file)
        return {};
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_fread(file, bytes.data(), stat.size);
    zip_fclose(file);
    return read == zip_int64_t(stat.size) ? bytes : QByteArray();
}

// Relationship ids to the parts they name, resolved against `folder`.
QHash<QString, QString> relationships(const QByteArray &xml, const QString &folder)
{
    QHash<QString, QString> targets;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement() || reader.name() != u"Relationship")
            continue;
        const QString target = reader.attributes().value(u"Target"_s).toString();
        // "../comments1.xml" from xl/worksheets/ is xl/comments1.xml.
        targets.insert(reader.attributes().value(u"Id"_s).toString(),
                       target.startsWith(u'/') ? target.mid(1) : QDir::cleanPath(folder + target));
    }
    return targets;
}

// The text of an element holding runs (<t>, <r><t>), read to its end.
QString runsText(QXmlStreamReader &reader)
{
    QString text;
    const QString element = reader.name().toString();
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"t")
            text += reader.readElementText();
        else if (reader.isEndElement() && reader.name() == element)
            break;
    }
    return text;
}

struct Style
{
    QString numberFormat = u"General"_s;
    bool bold = false;
    bool italic = false;
    int indent = 0;
    QString top;
    QString bottom;
};

QList<Style> stylesOf(const QByteArray &xml)
{
    QHash<int, QString> formats{{0, u"General"_s}, {3, u"#,##0"_s}, {4, u"#,##0.00"_s}, {9, u"0%"_s}};
    QList<QPair<bool, bool>> fonts; // bold, italic
    QList<QPair<QString, QString>> borders;
    QList<Style> styles;
    QXmlStreamReader reader(xml);
    QString section;
    while (!reader.atEnd()) {
        reader.readNext();
        if (!reader.isStartElement())
            continue;
        const auto name = reader.name();
        const QXmlStreamAttributes a = reader.attributes();
        if (name == u"numFmt") {
            formats.insert(a.value(u"numFmtId"_s).toInt(), a.value(u"formatCode"_s).toString());
        } else if (name == u"fonts" || name == u"borders" || name == u"cellXfs" || name == u"cellStyleXfs") {
            section = name.toString();
        } else if (name == u"font" && section == u"fonts") {
            fonts.append({false, false});
        } else if ((name == u"b" || name == u"i") && section == u"fonts" && !fonts.isEmpty()) {
            (name == u"b" ? fonts.last().first : fonts.last().second) = true;
        } else if (name == u"border" && section == u"borders") {
            borders.append(QPair<QString, QString>());
        } else if ((name == u"top" || name == u"bottom") && section == u"borders" && !borders.isEmpty()) {
            (name == u"top" ? borders.last().first : borders.last().second) = a.value(u"style"_s).toString();
        } else if (name == u"xf" && section == u"cellXfs") {
            Style style;
            style.numberFormat = formats.value(a.value(u"numFmtId"_s).toInt(), u"General"_s);
            const int font = a.value(u"fontId"_s).toInt();
            style.bold = fonts.value(font).first;
            style.italic = fonts.value(font).second;
            const int border = a.value(u"borderId"_s).toInt();
            style.top = borders.value(border).first;
            style.bottom = borders.value(border).second;
            styles.append(style);
        } else if (name == u"alignment" && section == u"cellXfs" && !styles.isEmpty()) {
            styles.last().indent = a.value(u"indent"_s).toInt();
        }
    }
    return styles;
}

} // namespace

bool XlsxReader::read(const QString &path)
{
    int code = 0;
    zip_t *archive = zip_open(path.toUtf8().constData(), ZIP_RDONLY, &code);
    if (!archive) {
        m_error = u"%1 is no zip (libzip error %2)"_s.arg(path).arg(code);
        return false;
    }
    const QByteArray workbook = part(archive, u"xl/workbook.xml"_s);
    if (workbook.isEmpty()) {
        zip_close(archive);
        m_error = u"%1 has no xl/workbook.xml"_s.arg(path);
        return false;
    }
    const QHash<QString, QString> sheetParts = relationships(part(archive, u"xl/_rels/workbook.xml.rels"_s), u"xl/"_s);

    QStringList strings;
    QXmlStreamReader shared(part(archive, u"xl/sharedStrings.xml"_s));
    while (!shared.atEnd()) {
        shared.readNext();
        if (shared.isStartElement() && shared.name() == u"si")
            strings << runsText(shared);
    }
    const QList<Style> styles = stylesOf(part(archive, u"xl/styles.xml"_s));

    QXmlStreamReader core(part(archive, u"docProps/core.xml"_s));
    while (!core.atEnd()) {
        core.readNext();
        if (core.isStartElement() && core.name() == u"title")
            m_title = core.readElementText();
    }

    QXmlStreamReader book(workbook);
    while (!book.atEnd()) {
        book.readNext();
        if (!book.isStartElement() || book.name() != u"sheet")
            continue;
        const QString name = book.attributes().value(u"name"_s).toString();
        const QString sheetPart = sheetParts.value(book.attributes().value(u"r:id"_s).toString());
        m_order << name;
        QMap<QString, Cell> &cells = m_sheets[name];
        QXmlStreamReader sheet(part(archive, sheetPart));
        QString at;
        QString type;
        while (!sheet.atEnd()) {
            sheet.readNext();
            if (!sheet.isStartElement())
                continue;
            const QXmlStreamAttributes a = sheet.attributes();
            if (sheet.name() == u"c") {
                at = a.value(u"r"_s).toString();
                type = a.value(u"t"_s).toString();
                Cell &cell = cells[at];
                const Style style = styles.value(a.value(u"s"_s).toInt());
                cell.numberFormat = style.numberFormat;
                cell.bold = style.bold;
                cell.italic = style.italic;
                cell.indent = style.indent;
                cell.top = style.top;
                cell.bottom = style.bottom;
            } else if (sheet.name() == u"f") {
                cells[at].formula = sheet.readElementText();
            } else if (sheet.name() == u"v") {
                const QString value = sheet.readElementText();
                if (type == u"s")
                    cells[at].text = strings.value(value.toInt());
                else if (type == u"str")
                    cells[at].text = value;
                else
                    cells[at].number = value.toDouble();
            } else if (sheet.name() == u"hyperlink") {
                cells[a.value(u"ref"_s).toString()].link = a.value(u"location"_s).toString();
            }
        }
        // The sheet's comments, through its own relationships.
        const QString folder = sheetPart.left(sheetPart.lastIndexOf(u'/') + 1);
        const QString rels = folder + u"_rels/"_s + sheetPart.mid(folder.size()) + u".rels"_s;
        for (const QString &target : relationships(part(archive, rels), folder)) {
            if (!target.contains(u"comments"_s))
                continue;
            QXmlStreamReader comments(part(archive, target));
            while (!comments.atEnd()) {
                comments.readNext();
                if (comments.isStartElement() && comments.name() == u"comment") {
                    const QString ref = comments.attributes().value(u"ref"_s).toString();
                    cells[ref].comment = runsText(comments);
                }
            }
        }
    }
    zip_close(archive);
    return true;
}

XlsxReader::Cell XlsxReader::cell(const QString &sheet, const QString &a1) const
{
    return m_sheets.value(sheet).value(a1);
}
