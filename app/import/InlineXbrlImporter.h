// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

#include <QStringView>

class SourceText;

// Reads an inline XBRL document (a 10-Q, 10-K or 8-K as EDGAR holds it
// since 2019): its facts with InlineXbrlReader, then its tables as an HTML
// release's are read, each cell bound to the fact it shows. The cover
// page's dei facts name the form, the company and the period's end.
class InlineXbrlImporter
{
public:
    static bool isInlineXbrl(QStringView text);
    static ImportResult import(const SourceText &source, const QString &fileName);
};
