// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatedFormula.h"

#include "filing/Schedule.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The tail of a label made only of letters in parentheses and the signs
// between them, starting with a letter: " (c)=(a)+∑(b)".
const QRegularExpression &tailPattern()
{
    static const QRegularExpression tail(
        uR"(\([a-z]{1,2}\)(?:\s*(?:\([a-z]{1,2}\)|[=+/\-\x{2212}\x{2013}\x{2211}\x{03A3}]))*\s*$)"_s);
    return tail;
}

} // namespace

StatedFormula StatedFormula::parse(const QString &label)
{
    StatedFormula formula;
    static const QRegularExpression token(uR"(\(([a-z]{1,2})\)|([=+/\-\x{2212}\x{2013}]))"_s);
    const qsizetype open = label.indexOf(u'(');
    if (open <= 0 || !label.endsWith(u')'))
        return formula;
    // The first "(x)" from which the rest of the label is all letters and signs.
    qsizetype start = -1;
    for (qsizetype at = open; at >= 0 && at < label.size(); at = label.indexOf(u'(', at + 1)) {
        const auto match = tailPattern().match(label, at, QRegularExpression::NormalMatch,
                                               QRegularExpression::AnchorAtOffsetMatchOption);
        if (match.hasMatch()) {
            start = at;
            break;
        }
    }
    if (start <= 0 || label.left(start).trimmed().isEmpty())
        return formula;
    QStringList keys;
    QList<QChar> signs; // the sign before each key: '=' after the row's own letter
    QChar pending = u'+';
    for (auto it = token.globalMatch(label, start); it.hasNext();) {
        const auto match = it.next();
        if (match.hasCaptured(1)) {
            if (pending.isNull())
                return {}; // "(a) (b)": two markers, not arithmetic
            keys << match.captured(1);
            signs << pending;
            pending = QChar();
        } else if (!pending.isNull() && !keys.isEmpty()) {
            return {}; // two signs in a row
        } else {
            pending = match.captured(2).at(0);
        }
    }
    if (keys.isEmpty())
        return formula;
    qsizetype first = 0;
    if (signs.size() > 1 && signs[1] == u'=') {
        formula.key = keys[0];
        first = 1;
    } else if (keys.size() == 1) {
        formula.key = keys[0];
        return formula;
    }
    const qsizetype count = keys.size() - first;
    if (count == 2 && signs[first + 1] == u'/') {
        formula.form = Form::Ratio;
        formula.terms = {{keys[first], 1}, {keys[first + 1], -1}};
        return formula;
    }
    for (qsizetype k = first; k < keys.size(); ++k) {
        const QChar sign = k == first ? u'+' : signs[k];
        if (sign == u'/' || sign == u'=')
            return {};
        formula.terms.append({keys[k], sign == u'+' ? 1 : -1});
    }
    formula.form = count >= 1 ? Form::Sum : Form::None;
    return formula;
}

StatedFormula::Table StatedFormula::of(const Schedule &schedule)
{
    Table table;
    QList<StatedFormula> rows;
    rows.reserve(schedule.rows.size());
    bool states = false;
    for (const Row &row : schedule.rows) {
        rows.append(row.label.endsWith(u')') ? parse(row.label) : StatedFormula());
        states = states || rows.constLast().form != Form::None;
    }
    if (!states)
        return table;
    table.rows = std::move(rows);
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        if (!table.rows[r].key.isEmpty())
            table.rowsOf[table.rows[r].key].append(r);
    }
    return table;
}

QList<std::pair<qsizetype, int>> StatedFormula::Table::resolve(const StatedFormula &formula, qsizetype self) const
{
    QList<std::pair<qsizetype, int>> terms;
    for (const Term &term : formula.terms) {
        const QList<qsizetype> found = rowsOf.value(term.key);
        if (found.isEmpty() || found.contains(self))
            return {};
        for (const qsizetype row : found)
            terms.append({row, term.weight});
    }
    return terms;
}

bool StatedFormula::Table::isTerm(qsizetype row) const
{
    if (row >= rows.size() || rows[row].key.isEmpty())
        return false;
    for (const StatedFormula &formula : rows) {
        for (const Term &term : formula.terms) {
            if (term.key == rows[row].key)
                return true;
        }
    }
    return false;
}
