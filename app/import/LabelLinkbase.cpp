// SPDX-License-Identifier: GPL-3.0-or-later
#include "LabelLinkbase.h"

#include "LinkbaseReader.h"

#include <QMultiHash>

using namespace Qt::StringLiterals;

namespace {

// US English, as EDGAR labels are written, then any English.
int languageRank(const QString &language)
{
    if (language.compare(u"en-US", Qt::CaseInsensitive) == 0)
        return 0;
    if (language.compare(u"en", Qt::CaseInsensitive) == 0)
        return 1;
    if (language.startsWith(u"en-", Qt::CaseInsensitive))
        return 2;
    return 3;
}

struct Resource
{
    QString role;
    QString text;
    int rank = 0;
};

struct Arc
{
    QString from;
    QString to;
    SourceLocation location;
};

} // namespace

bool LabelLinkbase::read(const QString &path)
{
    LinkbaseReader reader;
    if (!reader.open(path, m_diagnostics))
        return false;

    QHash<QString, QHash<QString, Text>> found;
    QMultiHash<QString, QString> locators;   // xlink:label -> concept, within the current link
    QMultiHash<QString, Resource> resources; // xlink:label -> label resource
    QList<Arc> arcs;
    const auto resolveLink = [&] {
        for (const Arc &arc : std::as_const(arcs)) {
            const QList<QString> concepts = locators.values(arc.from);
            const QList<Resource> labels = resources.values(arc.to);
            if (concepts.isEmpty() || labels.isEmpty()) {
                m_diagnostics.append(Diagnostic::warning(
                    path, arc.location.line, arc.location.column,
                    u"labelArc not read: expected a locator at xlink:from and a label at xlink:to"_s,
                    concepts.isEmpty() ? arc.from : arc.to));
                continue;
            }
            for (const QString &conceptName : concepts) {
                for (const Resource &label : labels) {
                    Text &known = found[conceptName][label.role];
                    if (known.text.isEmpty() || label.rank < known.rank)
                        known = {label.text, label.rank};
                }
            }
        }
        locators.clear();
        resources.clear();
        arcs.clear();
    };

    QStringList languages{QString()}; // xml:lang in scope, inherited down the tree
    int linkDepth = -1;               // depth of the open labelLink, -1 outside one
    int labelDepth = -1;              // depth of the open label resource
    Resource label;
    QString labelName;
    while (!reader.atEnd()) {
        const auto token = reader.next();
        if (token == QXmlStreamReader::Characters && labelDepth >= 0) {
            label.text += reader.xml().text();
            continue;
        }
        if (token == QXmlStreamReader::EndElement) {
            const int depth = static_cast<int>(languages.size()) - 1;
            languages.removeLast();
            if (depth == labelDepth) {
                label.text = label.text.simplified();
                resources.insert(labelName, label);
                labelDepth = -1;
            } else if (depth == linkDepth) {
                resolveLink();
                linkDepth = -1;
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto lang = reader.xml().attributes().value(LinkbaseReader::XmlNamespace.toString(), u"lang"_s);
        languages.append(lang.isNull() ? languages.constLast() : lang.toString());
        const int depth = static_cast<int>(languages.size()) - 1;
        if (linkDepth < 0) {
            if (reader.isLinkElement(u"labelLink"))
                linkDepth = depth;
            continue;
        }
        if (depth != linkDepth + 1)
            continue;
        if (reader.isLinkElement(u"loc")) {
            const QString conceptName = LinkbaseReader::conceptOfHref(reader.xlink(u"href"));
            if (!conceptName.isEmpty())
                locators.insert(reader.xlink(u"label"), conceptName);
        } else if (reader.isLinkElement(u"label")) {
            labelDepth = depth;
            labelName = reader.xlink(u"label");
            const QString role = reader.xlink(u"role");
            label = {role.isEmpty() ? StandardLabel.toString() : role, {}, languageRank(languages.constLast())};
        } else if (reader.isLinkElement(u"labelArc")) {
            // Prohibiting label arcs are rare in filings and not honoured here.
            if (reader.plain(u"use") != u"prohibited")
                arcs.append({reader.xlink(u"from"), reader.xlink(u"to"), reader.startLocation()});
        }
    }
    if (!reader.finish(m_diagnostics))
        return false;
    for (auto entry = found.cbegin(); entry != found.cend(); ++entry) {
        QHash<QString, Text> &roles = m_labels[entry.key()];
        for (auto role = entry->cbegin(); role != entry->cend(); ++role) {
            Text &known = roles[role.key()];
            if (known.text.isEmpty() || role->rank < known.rank)
                known = *role;
        }
    }
    return true;
}

LabelLinkbase LabelLinkbase::readFiles(const QStringList &paths)
{
    LabelLinkbase labels;
    for (const QString &path : paths)
        labels.read(path);
    return labels;
}

QString LabelLinkbase::label(const QString &conceptName, QStringView role) const
{
    const auto roles = m_labels.constFind(conceptName);
    if (roles == m_labels.constEnd())
        return {};
    return roles->value(role.toString()).text;
}

QString LabelLinkbase::bestLabel(const QString &conceptName) const
{
    for (QStringView role : {StandardLabel, TerseLabel, VerboseLabel}) {
        const QString text = label(conceptName, role);
        if (!text.isEmpty())
            return text;
    }
    return {};
}

QHash<QString, QString> LabelLinkbase::bestLabels() const
{
    QHash<QString, QString> labels;
    for (auto entry = m_labels.cbegin(); entry != m_labels.cend(); ++entry) {
        const QString text = bestLabel(entry.key());
        if (!text.isEmpty())
            labels.insert(entry.key(), text);
    }
    return labels;
}

QStringList LabelLinkbase::roles(const QString &conceptName) const
{
    QStringList roles = m_labels.value(conceptName).keys();
    roles.sort();
    return roles;
}
