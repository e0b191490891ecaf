// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Diagnostic.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

// The labels a filing gives its concepts, read from its _lab.xml (or an
// .xsd's embedded link:linkbase): concept "prefix:Name" -> role -> text.
// Of several languages, one label per concept and role is kept: US English
// first, then English, then the first met.
class LabelLinkbase
{
public:
    static constexpr QStringView StandardLabel = u"http://www.xbrl.org/2003/role/label";
    static constexpr QStringView TerseLabel = u"http://www.xbrl.org/2003/role/terseLabel";
    static constexpr QStringView VerboseLabel = u"http://www.xbrl.org/2003/role/verboseLabel";
    static constexpr QStringView TotalLabel = u"http://www.xbrl.org/2003/role/totalLabel";

    // Reads one file's label links and adds their labels. False, with an
    // error naming the file, line and column, when the file cannot be read
    // or is not well-formed XML; its labels are then left out.
    bool read(const QString &path);
    static LabelLinkbase readFiles(const QStringList &paths);

    // The label of this role; empty when the filing gives none.
    QString label(const QString &conceptName, QStringView role = StandardLabel) const;
    // The standard label, else the terse, else the verbose one; empty when
    // the filing labels the concept in none of them.
    QString bestLabel(const QString &conceptName) const;
    // bestLabel of every concept labelled in one of those roles: what
    // XbrlInstance::labels holds.
    QHash<QString, QString> bestLabels() const;
    // The roles this concept has labels in, sorted.
    QStringList roles(const QString &conceptName) const;
    qsizetype conceptCount() const { return m_labels.size(); }

    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    struct Text
    {
        QString text;
        int rank = 0; // of its language: lower is preferred
    };
    QHash<QString, QHash<QString, Text>> m_labels; // concept -> role -> label
    Diagnostics m_diagnostics;
};
