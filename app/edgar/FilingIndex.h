// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "EdgarFiling.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// What a filing's folder holds, and which of its files Tieout needs.
//
// The folder's index.json lists every file by name; the
// ACCESSION-index-headers.html it lists says each document's EDGAR type
// (<TYPE>EX-99.1 <FILENAME>ex991.htm), which is the only reliable way to
// find an 8-K's press release: exhibits are named as each filing agent
// likes ("ex_873308.htm", "bke20241122-8kexhibit.htm").
class FilingIndex
{
public:
    // index.json: {"directory": {"item": [{"name": …}, …]}}. False, with
    // `error`, when it is not one.
    bool readListing(const QByteArray &json, QString *error);
    // The SGML headers page, as EDGAR serves it (escaped inside <pre>) or
    // raw. Documents it does not type keep their names alone.
    void readHeaders(const QByteArray &page);

    QStringList names() const { return m_names; }
    // The headers page, when the folder has one: fetched only for filings
    // whose documents cannot be told by the submissions list alone.
    QString headersName() const;
    bool hasTypes() const { return !m_types.isEmpty(); }
    QString typeOf(const QString &name) const { return m_types.value(name); }
    // From the headers: the form filed ("CONFORMED SUBMISSION TYPE: 10-Q"),
    // its 8-K items, and its primary document (the one typed as the form).
    // What a pasted filing address is known by.
    EdgarFiling filingOf(qint64 cik, const QString &accession) const;

    // The files to fetch to open `filing` in Tieout, in that order:
    // - an earnings release: its EX-99 exhibits in HTML (by type when the
    //   headers are read, else by the names agents give them);
    // - a 10-Q or 10-K: its primary document, its extension schema and its
    //   calculation and label linkbases (the check of the filing's own
    //   calculations needs them; the presentation and definition
    //   linkbases are not read).
    // Empty when the folder holds none of them.
    QStringList documentsFor(const EdgarFiling &filing) const;

private:
    QStringList releaseExhibits() const;

    QStringList m_names;
    QHash<QString, QString> m_types; // by file name: "EX-99.1", "10-Q", "EX-101.CAL"
    QString m_form;
    QStringList m_items;
};
