// SPDX-License-Identifier: GPL-3.0-or-later
#include "Filing.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

QString Filing::kindName() const
{
    switch (kind) {
    case Kind::EarningsRelease: return u"earnings-release"_s;
    case Kind::ProspectusSupplement: return u"prospectus-supplement"_s;
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
