// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarFailure.h"

QString EdgarFailure::message() const
{
    const QString tried = tries > 1 ? tr(" (tried %1 times)").arg(tries) : QString();
    switch (kind) {
    case Kind::None: return {};
    case Kind::NoUserAgent:
        return tr("EDGAR asks every program to say who is downloading: enter your name and e-mail address "
                  "(Settings, or --user-agent \"NAME EMAIL\"). Nothing was sent.");
    case Kind::Offline:
        return tr("Cannot reach EDGAR: %1. Check the network connection; filings already downloaded open "
                  "without one.")
            .arg(detail);
    case Kind::Forbidden:
        return tr("EDGAR refused %1 (403 Forbidden). EDGAR refuses programs whose User-Agent does not name "
                  "their user with an e-mail address, and blocks for a while those that ask too fast: check "
                  "the name and e-mail in Settings and try again later.")
            .arg(path);
    case Kind::NotFound: return tr("EDGAR has no %1 (404 Not Found).").arg(path);
    case Kind::RateLimited:
        return tr("EDGAR asked Tieout to slow down (429 Too Many Requests) and still refused %1%2; wait a few "
                  "minutes and try again.")
            .arg(path, tried);
    case Kind::ServerError:
        return tr("EDGAR failed to serve %1 (HTTP %2)%3; try again later.").arg(path).arg(status).arg(tried);
    case Kind::Dropped: return tr("The connection to EDGAR closed before %1 arrived whole%2.").arg(path, tried);
    case Kind::TimedOut: return tr("EDGAR did not answer for %1 in time%2.").arg(path, tried);
    case Kind::Cancelled: return tr("Cancelled: nothing of %1 was kept.").arg(path);
    case Kind::BadResponse: return tr("EDGAR's answer for %1 is not what was expected: %2.").arg(path, detail);
    case Kind::NotCached: return tr("%1 arrived but could not be kept: %2.").arg(path, detail);
    case Kind::NoMatch: return detail.left(1).toUpper() + detail.mid(1) + u'.';
    case Kind::NothingToOpen:
        return tr("The filing %1 holds no earnings release, 10-Q or 10-K document Tieout reads.").arg(path);
    }
    return detail;
}
