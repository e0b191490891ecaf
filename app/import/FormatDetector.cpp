// SPDX-License-Identifier: GPL-3.0-or-later
#include "FormatDetector.h"

#include "SourceText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A period header line: an empty label cell, then a year, a date or "… Ended".
bool isPeriodHeader(QStringView line)
{
    static const QRegularExpression period(
        uR"((^|\t)\s*(\*\*|<b>|<u>)?\s*((19|20)\d\d|.*\b(ended|months|quarter|year)\b.*|[A-Z][a-z]+\.? \d{1,2},? (19|20)\d\d)\s*(\*\*|</b>|</u>)?\s*(\t|$))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return line.startsWith(u'\t') && period.match(line.sliced(1)).hasMatch();
}

} // namespace

FormatDetector::Detection FormatDetector::detect(const SourceText &source)
{
    static const QRegularExpression prospectus(
        uR"(\bprospectus supplement\b|\bForm\s+424B\d\b|\bselling (security ?holders|stockholders|shareholders)\b)"_s,
        QRegularExpression::CaseInsensitiveOption);
    bool anyTable = false;
    bool periodHeader = false;
    bool prospectusWords = false;
    const int scanned = qMin(source.lineCount(), 100000);
    for (int i = 0; i < scanned; ++i) {
        const QStringView line = source.line(i);
        if (line.contains(u'\t'))
            anyTable = true;
        if (!periodHeader && isPeriodHeader(line))
            periodHeader = true;
        if (!prospectusWords && i < 400 && prospectus.match(line).hasMatch())
            prospectusWords = true;
    }
    Detection detection;
    if (prospectusWords && anyTable)
        detection.kind = Filing::Kind::ProspectusSupplement;
    else if (periodHeader)
        detection.kind = Filing::Kind::EarningsRelease;
    else if (!anyTable)
        detection.reason = u"not a filing Tieout can read: no table found (expected tab-separated lines)"_s;
    else
        detection.reason =
            u"not a filing Tieout can read: no table has a period header (expected a line such as \"<tab>2007<tab>2006\")"_s;
    return detection;
}
