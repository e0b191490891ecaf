// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EdgarFiling.h"

#include <QByteArray>

// A company's submissions (data.sec.gov/submissions/CIK##########.json):
// its name, and its recent filings as EDGAR lists them, column by column
// under filings.recent (accessionNumber[i], form[i], filingDate[i] …).
struct SubmissionsReader
{
    // False, with `error` saying what was expected, when the bytes are not
    // a submissions list. Filings come newest first, as EDGAR lists them.
    static bool read(const QByteArray &json, EdgarFilings *filings, QString *company, QString *error);
};
