// SPDX-License-Identifier: GPL-3.0-or-later
#include "FactPlace.h"

#include "filing/Filing.h"

QList<FactPlace> FactPlace::of(const Filing &filing)
{
    QList<FactPlace> places(filing.xbrl.facts.size());
    for (int s = 0; s < filing.schedules.size(); ++s) {
        const QList<Row> &rows = filing.schedules[s].rows;
        for (int r = 0; r < rows.size(); ++r) {
            for (int p = 0; p < rows[r].cells.size(); ++p) {
                const int fact = rows[r].cells[p].fact;
                if (fact >= 0 && fact < places.size() && places[fact].schedule < 0)
                    places[fact] = {s, r, p};
            }
        }
    }
    return places;
}
