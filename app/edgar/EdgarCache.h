// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// EDGAR's documents as downloaded, kept in the user's cache folder under
// their EDGAR paths (…/Archives/edgar/data/320193/000032019325000057/
// aapl-20250329.htm), so a cached filing is a filing folder like any other:
// the inline XBRL reader finds its linkbases beside it, and `tieout check`
// opens it by path. Nothing is written anywhere else.
class EdgarCache
{
    Q_DECLARE_TR_FUNCTIONS(EdgarCache)

public:
    // `folder` empty: the user's cache folder (QStandardPaths::CacheLocation)/edgar.
    explicit EdgarCache(const QString &folder = {});
    static QString defaultFolder();
    QString folder() const { return m_folder; }

    // The file that keeps an EDGAR path; empty for a path that could
    // leave the cache ("..").
    QString fileOf(const QString &edgarPath) const;
    // How long a copy is good for: a filed document never changes, so
    // forever; a company's submissions change with each filing, so a few
    // minutes; the ticker list, a day.
    static qint64 maxAgeSeconds(const QString &edgarPath);
    static constexpr qint64 Forever = -1;
    // The cached copy's file when it is there and still good at `now`;
    // empty otherwise.
    QString freshFile(const QString &edgarPath, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // The cached copy's file however old, for when EDGAR cannot be reached.
    QString anyFile(const QString &edgarPath) const;
    // Writes a download through OutputFile: complete or not at all.
    bool store(const QString &edgarPath, const QByteArray &body, QString *error) const;

    struct Usage
    {
        qint64 bytes = 0;
        int files = 0;
    };
    Usage usage() const;
    // Removes every cached document; false, with `error`, if one stays.
    bool clear(QString *error) const;

private:
    QString m_folder;
};
