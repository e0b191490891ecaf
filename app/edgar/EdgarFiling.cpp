// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarFiling.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
QString baseForm(const QString &form)
{
    return form.section(u'/', 0, 0).trimmed().toUpper();
}
} // namespace

bool EdgarFiling::hasForm(const QString &wanted) const
{
    return baseForm(form) == baseForm(wanted);
}

bool EdgarFiling::isEarningsRelease() const
{
    return hasForm(u"8-K"_s) && items.contains(u"2.02"_s);
}

bool EdgarFiling::isQuarterlyReport() const
{
    return hasForm(u"10-Q"_s);
}

bool EdgarFiling::isAnnualReport() const
{
    return hasForm(u"10-K"_s) || hasForm(u"10-KT"_s) || hasForm(u"20-F"_s) || hasForm(u"40-F"_s);
}

QString EdgarFiling::kindText() const
{
    const bool amended = form.contains(u"/A"_s);
    QString kind;
    if (isEarningsRelease())
        kind = QCoreApplication::translate("EdgarFiling", "Earnings release");
    else if (isQuarterlyReport())
        kind = QCoreApplication::translate("EdgarFiling", "Quarterly report");
    else if (isAnnualReport())
        kind = QCoreApplication::translate("EdgarFiling", "Annual report");
    else
        kind = description.isEmpty() ? form : description;
    return amended ? QCoreApplication::translate("EdgarFiling", "%1 (amended)").arg(kind) : kind;
}
