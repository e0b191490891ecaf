// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarOptions.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

bool EdgarOptions::isUsableUserAgent(const QString &userAgent)
{
    static const QRegularExpression email(u"[^\\s@]+@[^\\s@]+\\.[^\\s@]+"_s);
    const QString text = userAgent.simplified();
    const QRegularExpressionMatch match = email.match(text);
    // Something besides the address: the name.
    return match.hasMatch() && !QString(text).remove(match.capturedStart(), match.capturedLength()).trimmed().isEmpty();
}
