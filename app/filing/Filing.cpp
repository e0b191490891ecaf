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
