// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"
#include "filing/SourceLocation.h"

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

// What the linkbase readers share: a QXmlStreamReader over one file that
// knows where each start tag begins, matches elements by namespace URI and
// local name (never by prefix: Toppan Merrill writes <calculationArc
// xmlns="…linkbase">, Workiva <link:calculationArc>), and turns a
// well-formedness error into a Diagnostic naming the file, line, column and
// what was expected.
class LinkbaseReader
{
public:
    static constexpr QStringView LinkNamespace = u"http://www.xbrl.org/2003/linkbase";
    static constexpr QStringView XlinkNamespace = u"http://www.w3.org/1999/xlink";
    static constexpr QStringView XmlNamespace = u"http://www.w3.org/XML/1998/namespace";
    static constexpr QStringView SchemaNamespace = u"http://www.w3.org/2001/XMLSchema";
    // A linkbase larger than this is refused: the largest EDGAR extension
    // label linkbases are a few megabytes.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    // Reads the file into memory; false, with an error, when it cannot.
    bool open(const QString &path, Diagnostics &diagnostics);

    // The next token, as QXmlStreamReader::readNext.
    QXmlStreamReader::TokenType next();
    bool atEnd() const { return m_xml.atEnd(); }
    QXmlStreamReader &xml() { return m_xml; }
    const QString &path() const { return m_path; }

    // The current token is a start tag of this element of the linkbase namespace.
    bool isLinkElement(QStringView localName) const;
    // xlink:href, xlink:label…; empty when absent.
    QString xlink(QStringView localName) const;
    // An attribute without a namespace (weight, order, use, priority).
    QString plain(QStringView localName) const;
    // Where the current start tag begins (its '<'), 1-based.
    SourceLocation startLocation() const { return m_start; }

    // A warning or an error about the current element, at its start tag.
    void warn(Diagnostics &diagnostics, const QString &message, const QString &found = {}) const;
    void fail(Diagnostics &diagnostics, const QString &message, const QString &found = {}) const;
    // After the last token: false, with an error at the reader's position,
    // when the XML was not well formed.
    bool finish(Diagnostics &diagnostics);

    // The concept a locator's href points to, as facts write it:
    // "…/us-gaap-2024.xsd#us-gaap_Revenues" -> "us-gaap:Revenues". EDGAR
    // requires a concept's id to be its prefix, '_' and its local name, so
    // the id is split at its first '_' (local names may hold '_', prefixes
    // may not). Empty when the href has no bare-name fragment
    // (an XPointer such as #element(/1/3) is not followed).
    static QString conceptOfHref(const QString &href);
    // "us-gaap_Revenues" -> "us-gaap:Revenues"; an id without '_' is returned as is.
    static QString conceptOfId(const QString &id);
    // "Revenues" for "us-gaap:Revenues".
    static QString localName(const QString &conceptName);

private:
    QString m_path;
    QByteArray m_data;
    QXmlStreamReader m_xml;
    SourceLocation m_start;
    QList<std::pair<QString, SourceLocation>> m_open; // the open elements, for "expected </…>"
};
