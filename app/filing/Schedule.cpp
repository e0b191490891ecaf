// SPDX-License-Identifier: GPL-3.0-or-later
#include "Schedule.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Schedule::unitsCaption() const
{
    for (const QString &caption : captions) {
        QString text = caption.trimmed();
        if (text.startsWith(u'(') && text.endsWith(u')'))
            text = text.mid(1, text.size() - 2).trimmed();
        if (text.startsWith(u"in "_s, Qt::CaseInsensitive) || text.contains(u"thousands"_s, Qt::CaseInsensitive)
            || text.contains(u"millions"_s, Qt::CaseInsensitive))
            return text;
    }
    return {};
}

qint64 Schedule::scaleOf(const QStringList &captions)
{
    // "in thousands", "Dollars in millions", "(Millions of dollars)", and
    // the unit alone in parentheses: "(Millions)", "(Billions, except per
    // share amounts)", as American Express writes them.
    static const QRegularExpression pattern(
        uR"(\bin (thousands|millions|billions)\b|\b(thousands|millions|billions) of (u\.s\. )?dollars\b|^\(\s*(thousands|millions|billions)\b(?! of (shares|units)\b))"_s,
        QRegularExpression::CaseInsensitiveOption);
    // "(Shares in millions)" gives the share counts' unit, not the money's.
    static const QRegularExpression sharesOnly(uR"(^\W*shares?\s+in\s+(thousands|millions|billions)\b)"_s,
                                               QRegularExpression::CaseInsensitiveOption);
    for (const QString &caption : captions) {
        const auto match = pattern.match(caption);
        if (!match.hasMatch() || sharesOnly.match(caption).hasMatch())
            continue;
        const QString word = (match.captured(1) + match.captured(2) + match.captured(4)).toLower();
        if (word == u"thousands")
            return 1000;
        if (word == u"millions")
            return 1000000;
        return 1000000000;
    }
    return 1;
}

bool Schedule::statesUnits(const QStringList &captions)
{
    static const QRegularExpression whole(uR"(\bin (u\.s\. )?dollars\b|\bin units\b)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    if (scaleOf(captions) != 1)
        return true;
    for (const QString &caption : captions) {
        if (whole.match(caption).hasMatch())
            return true;
    }
    return false;
}

QString Schedule::takeUnits(QString &text)
{
    static const QRegularExpression units(uR"(\([^()]*\bin (thousands|millions|billions)\b[^()]*\))"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = units.match(text);
    if (!match.hasMatch())
        return {};
    const QString taken = match.captured();
    text.remove(match.capturedStart(), match.capturedLength());
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line = line.simplified();
    lines.removeAll(QString());
    text = lines.join(u'\n');
    return taken;
}

qint64 Schedule::shareScaleOf(const QStringList &captions)
{
    // "share amounts which are reflected in thousands", "shares in thousands":
    // the word for shares comes before the unit, unlike "in thousands,
    // except per share amounts".
    static const QRegularExpression pattern(uR"(\bshares?\b[^;()]*?\bin (thousands|millions)\b)"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    // "in thousands, except share and per share data": share counts are
    // excepted from the unit, so they are whole shares; "except per share
    // data" excepts only the amounts per share.
    static const QRegularExpression excepted(uR"(\bexcept\b[^;()]*?(?<!per )\bshares?\b)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    for (const QString &caption : captions) {
        const auto match = pattern.match(caption);
        if (match.hasMatch())
            return match.captured(1).compare(u"thousands", Qt::CaseInsensitive) == 0 ? 1000 : 1000000;
    }
    for (const QString &caption : captions) {
        if (excepted.match(caption).hasMatch() && scaleOf({caption}) > 1)
            return 1;
    }
    return 0;
}

QString Schedule::scaleName() const
{
    switch (scale) {
    case 1000: return u"thousands"_s;
    case 1000000: return u"millions"_s;
    case 1000000000: return u"billions"_s;
    default: return u"units"_s;
    }
}

qsizetype Schedule::findRow(const QString &label, int occurrence) const
{
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows[i].label == label && rows[i].occurrence == occurrence)
            return i;
    }
    return -1;
}

bool Schedule::isReconciliationTitle(const QString &title)
{
    static const QRegularExpression reconciliation(uR"(non-gaap|reconciliation|\badjusted\b)"_s,
                                                   QRegularExpression::CaseInsensitiveOption);
    return reconciliation.match(title).hasMatch();
}
