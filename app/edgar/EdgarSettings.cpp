// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarSettings.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace {
const QString UserAgentKey = u"edgar/userAgent"_s;
const QString PaceKey = u"edgar/requestsPerSecond"_s;
} // namespace

QString EdgarSettings::userAgent()
{
    return QSettings().value(UserAgentKey).toString();
}

void EdgarSettings::setUserAgent(const QString &userAgent)
{
    QSettings().setValue(UserAgentKey, userAgent.simplified());
}

int EdgarSettings::requestsPerSecond()
{
    return std::clamp(QSettings().value(PaceKey, RequestPacer::DefaultPerSecond).toInt(), 1,
                      RequestPacer::MostPerSecond);
}

void EdgarSettings::setRequestsPerSecond(int perSecond)
{
    QSettings().setValue(PaceKey, std::clamp(perSecond, 1, RequestPacer::MostPerSecond));
}

EdgarOptions EdgarSettings::options()
{
    EdgarOptions options;
    options.userAgent = userAgent();
    options.requestsPerSecond = requestsPerSecond();
    return options;
}
