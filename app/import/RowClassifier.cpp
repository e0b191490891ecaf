// SPDX-License-Identifier: GPL-3.0-or-later
#include "RowClassifier.h"

#include "filing/Row.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// Every label is tested against both patterns: a word each must contain
// rules out most of them before the regular expression runs.
bool isShareCount(const QString &label)
{
    static const QRegularExpression pattern(
        uR"(^((basic|diluted) )?(shares used|(common )?shares outstanding|(weighted[- ])?average (number of )?(common )?shares|number of shares))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return label.contains(u"shares"_s, Qt::CaseInsensitive) && pattern.match(label).hasMatch();
}

bool isPerShare(const QString &label)
{
    static const QRegularExpression pattern(uR"(\bper (common )?share\b|\bEPS\b)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return (label.contains(u"per "_s, Qt::CaseInsensitive) || label.contains(u"eps"_s, Qt::CaseInsensitive))
           && pattern.match(label).hasMatch();
}

bool isUpperCaseHeading(const QString &label)
{
    bool letters = false;
    for (const QChar c : label) {
        if (c.isLetter()) {
            letters = true;
            if (c.isLower())
                return false;
        }
    }
    return letters;
}

enum class Context { None, PerShare, ShareCount };

Context contextOf(const QString &sectionLabel)
{
    if (isShareCount(sectionLabel))
        return Context::ShareCount;
    if (isPerShare(sectionLabel))
        return Context::PerShare;
    return Context::None;
}

// A row of percentages prints its first figure with "%"; a money row may
// still end in "% Change" columns.
bool leadsWithPercent(const Row &row)
{
    for (const Cell &cell : row.cells) {
        if (!cell.isNil())
            return cell.percent;
    }
    return false;
}

bool cellsEmphasised(const Row &row)
{
    for (const Cell &cell : row.cells) {
        if (!cell.isNil() && cell.emphasis != Emphasis())
            return true;
    }
    return false;
}

RowKind kindOf(const Row &row, Context context, RowUnit tagged)
{
    const QString &label = row.label;
    if (!row.hasValues()) {
        if (isUpperCaseHeading(label))
            return RowKind::Heading;
        // "Net revenues:", or a bold "Assets" over the figures.
        if (label.endsWith(u':') || row.emphasis.testFlag(EmphasisFlag::Bold))
            return RowKind::Section;
        return RowKind::Item;
    }
    // A tagged row's facts say its unit; its words only guess it.
    switch (tagged) {
    case RowUnit::Shares: return RowKind::ShareCount;
    case RowUnit::PerShare: return RowKind::PerShare;
    case RowUnit::Percent: return RowKind::Percentage;
    case RowUnit::Money: break;
    case RowUnit::None:
        if (context == Context::ShareCount || isShareCount(label))
            return RowKind::ShareCount;
        if (context == Context::PerShare || isPerShare(label))
            return RowKind::PerShare;
        if (leadsWithPercent(row))
            return RowKind::Percentage;
        break;
    }
    if (label.startsWith(u"Total"_s, Qt::CaseInsensitive))
        return RowKind::Total;
    if (row.emphasis != Emphasis() || cellsEmphasised(row))
        return RowKind::Total;
    return RowKind::Item;
}

} // namespace

void RowClassifier::classify(QList<Row> &rows, const QList<RowUnit> &tagged)
{
    bool underHeading = false;
    bool inSection = false;
    bool inBlock = false;
    QString heading;
    QString section;
    QString block;
    Context context = Context::None;
    // Views of the rows' labels, which outlive it: no count of references
    // to touch for each of a customer schedule's 10,000 rows.
    QHash<QStringView, int> seen;
    seen.reserve(rows.size());

    for (qsizetype r = 0; r < rows.size(); ++r) {
        Row &row = rows[r];
        const RowUnit unit = tagged.value(r, RowUnit::None);
        row.occurrence = ++seen[QStringView(row.label)];
        const int base = underHeading ? 1 : 0;
        row.kind = kindOf(row, context, unit);

        switch (row.kind) {
        case RowKind::Heading:
            underHeading = true;
            inSection = false;
            inBlock = false;
            heading = row.label;
            section.clear();
            context = contextOf(row.label);
            row.level = 0;
            row.group = row.label;
            continue;
        case RowKind::Section:
            inSection = true;
            inBlock = false;
            section = row.label;
            context = contextOf(row.label);
            row.level = base;
            row.group = heading;
            continue;
        default: break;
        }

        if (Row::opensBlock(row.label)) {
            inBlock = true;
            inSection = false;
            context = Context::None;
            block = row.label;
            row.level = base;
            row.group = block;
            // A GAAP row's own wording decides its unit ("GAAP diluted net income per share").
            row.kind = kindOf(row, Context::None, unit);
            continue;
        }
        if (inBlock && Row::closesBlock(row.label)) {
            inBlock = false;
            row.level = base;
            row.group = block;
            continue;
        }
        if (inBlock) {
            row.level = base + 1;
            row.group = block;
            continue;
        }
        if (inSection && row.label.startsWith(u"Total"_s, Qt::CaseInsensitive)) {
            // "Total …" closes the section it sums, at the section's level.
            row.level = base;
            row.group = section;
            inSection = false;
            context = Context::None;
            continue;
        }
        row.level = base + (inSection ? 1 : 0);
        row.group = inSection ? section : heading;
    }
}
