// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

// Why something could not be had from EDGAR, in words an analyst acts on.
struct EdgarFailure
{
    Q_DECLARE_TR_FUNCTIONS(EdgarFailure)

public:
    enum class Kind {
        None,
        NoUserAgent,   // nothing was sent: no name and e-mail to send
        Offline,       // EDGAR could not be reached at all
        Forbidden,     // 403
        NotFound,      // 404
        RateLimited,   // 429, still after every retry
        ServerError,   // 5xx, still after every retry
        Dropped,       // the connection closed before the document was whole
        TimedOut,      // nothing arrived for too long
        Cancelled,     // the analyst cancelled
        BadResponse,   // it arrived, but is not what EDGAR sends
        NotCached,     // a write to the cache failed
        NothingToOpen, // the filing holds no document Tieout reads
        NoMatch        // what was typed names no company or filing (detail says)
    };

    Kind kind = Kind::None;
    QString path;   // the EDGAR path asked for
    QString detail; // Qt's or the parser's own words, for the second half
    int status = 0; // the HTTP status, when there was one
    int tries = 1;

    static EdgarFailure of(Kind kind, const QString &path, const QString &detail = {})
    {
        EdgarFailure failure;
        failure.kind = kind;
        failure.path = path;
        failure.detail = detail;
        return failure;
    }
    bool failed() const { return kind != Kind::None; }
    // One or two sentences: what failed, and what to do about it.
    QString message() const;
};
