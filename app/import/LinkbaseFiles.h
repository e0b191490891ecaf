// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>

// One file that holds linkbases of a filing's DTS: a linkbase document
// (aapl-20250329_cal.xml) or the extension schema itself when it embeds
// link:linkbase elements in its xs:appinfo.
struct LinkbaseFile
{
    enum class Kind { Calculation, Label, Other };

    QString path;
    Kind kind = Kind::Other;
    bool embedded = false; // link:linkbase inside the .xsd, not a linkbase document
};

// The linkbases of the filing an inline XBRL document belongs to, found
// beside it and never downloaded: EDGAR serves the extension schema and its
// linkbases in the document's folder, while the standard taxonomies
// (us-gaap, dei) live on the web, and a viewer that fetched them would read
// the network on every open. So only local, relative hrefs are followed.
class LinkbaseFiles
{
public:
    // `documentPath` is the .htm; `schemaRef` its link:schemaRef href
    // ("aapl-20250329.xsd"). Reads the schema for link:linkbaseRef and
    // embedded linkbases; where the schema is not there, falls back to the
    // names EDGAR gives the linkbases, <stem>_cal.xml and <stem>_lab.xml.
    static LinkbaseFiles find(const QString &documentPath, const QString &schemaRef);

    QString schemaPath;       // the schema's local path, empty when the href is not a local one
    bool schemaFound = false; // the schema exists and was read
    QList<LinkbaseFile> files;
    Diagnostics diagnostics; // remote or missing linkbases, an unreadable schema

    QStringList paths(LinkbaseFile::Kind kind) const;
    QStringList calculationPaths() const { return paths(LinkbaseFile::Kind::Calculation); }
    QStringList labelPaths() const { return paths(LinkbaseFile::Kind::Label); }

    // True for a relative reference to a local file ("aapl-20250329_cal.xml",
    // "sub/x.xml"); false for one with a scheme or an absolute path
    // ("https://xbrl.fasb.org/…", "file:///…", "/srv/…", "C:\…").
    static bool isLocalRelative(const QString &href);
};
