// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelSearch.h"

QList<LabelSearch::Hit> LabelSearch::find(const QList<FilingAnalysisPtr> &filings, const QString &text)
{
    QList<Hit> hits;
    const QString wanted = text.simplified();
    if (wanted.isEmpty())
        return hits;
    for (int f = 0; f < filings.size(); ++f) {
        const QList<Schedule> &schedules = filings[f]->filing.schedules;
        for (int s = 0; s < schedules.size(); ++s) {
            for (int r = 0; r < schedules[s].rows.size(); ++r) {
                if (schedules[s].rows[r].label.contains(wanted, Qt::CaseInsensitive))
                    hits.append({f, s, r});
            }
        }
    }
    return hits;
}
