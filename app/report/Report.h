// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QTextDocument>

#include <functional>
#include <memory>

class QPainter;

// A report ready to paint: the document, laid out in screen units, and
// what every page repeats above and below it. ReportPainter pages it onto a
// printer or a PDF, so both print the same.
struct Report
{
    std::shared_ptr<QTextDocument> document;
    QString title;     // the PDF's title and the preview's: "Acme Corp. — Reconciliation"
    QString header;    // above every page: company, schedule
    QString subheader; // its right side: periods and units
    QString source;    // the file name, in the footer
    QDateTime printed; // in the footer
    // The painter the pages are painted with, when its charts need one of
    // their own (the plot paints only with its QCPPainter); QPainter when empty.
    std::function<std::shared_ptr<QPainter>()> makePainter;
};
