// SPDX-License-Identifier: GPL-3.0-or-later
#include "Filing.h"

#include <QFileInfo>
#include <QHash>

using namespace Qt::StringLiterals;

QString Filing::kindName() const
{
    switch (kind) {
    case Kind::EarningsRelease: return u"earnings-release"_s;
    case Kind::ProspectusSupplement: return u"prospectus-supplement"_s;
    case Kind::InlineXbrl: return u"inline-xbrl"_s;
    }
    return {};
}

QString Filing::fileName() const
{
    return QFileInfo(path).fileName();
}

const Note *Filing::note(const QString &letter) const
{
    for (const Note &n : notes) {
        if (n.letter == letter)
            return &n;
    }
    return nullptr;
}

QStringView Filing::textOf(const Cell &cell) const
{
    const QString &from = cell.cleanedText ? cleanedTexts : text;
    if (cell.textStart < 0 || cell.textLength < 0 || qsizetype(cell.textStart) + cell.textLength > from.size())
        return {};
    return QStringView(from).sliced(cell.textStart, cell.textLength);
}

QString Filing::companyKeyOf(const Schedule &schedule) const
{
    return companyKey(schedule.company.isEmpty() ? company : schedule.company);
}

QString Filing::companyKey(const QString &name)
{
    return name.simplified().toCaseFolded();
}

QString Filing::mostNamedCompany() const
{
    QHash<QString, int> counts; // schedules per company, however printed
    for (const Schedule &schedule : schedules) {
        if (!schedule.company.isEmpty())
            ++counts[companyKey(schedule.company)];
    }
    // Not the hash's order, which changes from one run to the next.
    QString named;
    int best = 0;
    for (const Schedule &schedule : schedules) {
        const int count = schedule.company.isEmpty() ? 0 : counts.value(companyKey(schedule.company));
        if (count > best) {
            best = count;
            named = schedule.company;
        }
    }
    return named;
}
