// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QProcess>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

// What poppler-utils read from a PDF Tieout wrote, as a reader would see
// it: its text (pdftotext), where each word stands (pdftotext -bbox) and
// its pages (pdfinfo). The one place tests read PDFs back.
namespace PdfPages {

// How pdftotext lays the text out: as it stands on the page (-layout,
// columns kept apart by spaces), or in reading order (its default).
enum class Layout { AsOnThePage, ReadingOrder };

// The text of every page, or of page `page` (from 1) alone.
inline QString text(const QString &path, Layout layout = Layout::AsOnThePage, int page = 0)
{
    QStringList arguments;
    if (layout == Layout::AsOnThePage)
        arguments << QStringLiteral("-layout");
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << path << QStringLiteral("-");
    QProcess process;
    process.start(QStringLiteral("pdftotext"), arguments);
    EXPECT_TRUE(process.waitForFinished(30000)) << "pdftotext (poppler-utils) must be installed";
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The text of one page (from 1), laid out as on the page.
inline QString pageText(const QString &path, int page)
{
    return text(path, Layout::AsOnThePage, page);
}

// What pdfinfo says of a PDF: its page count (0 when it says none) and
// whether its first page is wider than it is tall.
struct Info
{
    int count = 0;
    bool landscape = false;
};

inline Info info(const QString &path)
{
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {path});
    EXPECT_TRUE(pdfinfo.waitForFinished(30000)) << "pdfinfo (poppler-utils) must be installed";
    Info pages;
    for (const QString &line : QString::fromUtf8(pdfinfo.readAllStandardOutput()).split(u'\n')) {
        if (line.startsWith(QStringLiteral("Pages:")))
            pages.count = line.mid(6).trimmed().toInt();
        if (line.startsWith(QStringLiteral("Page size:"))) {
            const QStringList words = line.mid(10).simplified().split(u' ');
            pages.landscape = words.size() >= 3 && words[0].toDouble() > words[2].toDouble();
        }
    }
    return pages;
}

inline int count(const QString &path)
{
    return info(path).count;
}

// A word as pdftotext -bbox finds it: its text and its box, in points
// from the top left of its page. Text drawn off the page is not found.
struct Word
{
    QString text;
    QRectF box;
};

struct Page
{
    QSizeF size; // in points
    QList<Word> words;
};

// Every page of the PDF with the words on it.
inline QList<Page> words(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    EXPECT_TRUE(process.waitForFinished(30000)) << "pdftotext (poppler-utils) must be installed";
    QList<Page> pages;
    QXmlStreamReader xml(process.readAllStandardOutput());
    const auto number = [&xml](const char *name) { return xml.attributes().value(QLatin1String(name)).toDouble(); };
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("page")) {
            pages.append({QSizeF(number("width"), number("height")), {}});
        } else if (xml.name() == QLatin1String("word") && !pages.isEmpty()) {
            const QRectF box(QPointF(number("xMin"), number("yMin")), QPointF(number("xMax"), number("yMax")));
            pages.last().words.append({xml.readElementText(), box});
        }
    }
    EXPECT_FALSE(xml.hasError()) << qPrintable(xml.errorString());
    return pages;
}

// Where a report page's footer starts: the top of its "Printed" line, or the
// page's bottom edge when the page has no footer.
inline double footerTop(const Page &page)
{
    double top = page.size.height();
    for (const Word &word : page.words) {
        if (word.text == QStringLiteral("Printed"))
            top = word.box.top();
    }
    return top;
}

} // namespace PdfPages
