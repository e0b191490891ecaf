// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelSearch.h"

namespace {

bool isSeparator(QChar c)
{
    return c.isSpace() || c.category() == QChar::Punctuation_Dash;
}

// A text as Find compares it: case folded, without the spaces, hyphens and
// dashes that join or part words, so that "Stock-based", "stock based" and
// "Stock Based" are the same words.
QString searchKey(QStringView text)
{
    QString key;
    key.reserve(text.size());
    for (const QChar c : text) {
        if (isSeparator(c))
            continue;
        key += c.toCaseFolded();
    }
    return key;
}

} // namespace

bool LabelSearch::matches(const QString &label, const QString &text)
{
    const QString wanted = searchKey(text);
    if (wanted.isEmpty())
        return false;
    const QString key = searchKey(label);
    if (key.contains(wanted))
        return true;
    // Words in another order: each of them somewhere in the label.
    QStringList words;
    QString word;
    const QString ended = text + u' ';
    for (const QChar c : ended) {
        if (!isSeparator(c)) {
            word += c.toCaseFolded();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    if (words.size() < 2)
        return false;
    for (const QString &w : std::as_const(words)) {
        if (!key.contains(w))
            return false;
    }
    return true;
}

QList<LabelSearch::Hit> LabelSearch::find(const QList<FilingAnalysisPtr> &filings, const QString &text)
{
    QList<Hit> hits;
    if (searchKey(text).isEmpty())
        return hits;
    for (int f = 0; f < filings.size(); ++f) {
        const QList<Schedule> &schedules = filings[f]->filing.schedules;
        for (int s = 0; s < schedules.size(); ++s) {
            for (int r = 0; r < schedules[s].rows.size(); ++r) {
                if (matches(schedules[s].rows[r].label, text))
                    hits.append({f, s, r});
            }
        }
    }
    return hits;
}
