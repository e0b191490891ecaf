// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkbaseFiles.h"

#include "LinkbaseReader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// The xlink:role values XBRL 2.1 (4.3.4) gives a linkbaseRef to say what the
// linkbase holds; the role is optional, so the names EDGAR's filer manual
// gives linkbases (<stem>_cal.xml, <stem>_lab.xml) are the second clue.
LinkbaseFile::Kind kindOf(const QString &role, const QString &href)
{
    if (role == u"http://www.xbrl.org/2003/role/calculationLinkbaseRef")
        return LinkbaseFile::Kind::Calculation;
    if (role == u"http://www.xbrl.org/2003/role/labelLinkbaseRef")
        return LinkbaseFile::Kind::Label;
    if (!role.isEmpty())
        return LinkbaseFile::Kind::Other;
    if (href.endsWith(u"_cal.xml", Qt::CaseInsensitive))
        return LinkbaseFile::Kind::Calculation;
    if (href.endsWith(u"_lab.xml", Qt::CaseInsensitive))
        return LinkbaseFile::Kind::Label;
    return LinkbaseFile::Kind::Other;
}

// The file an href names, relative to a folder: fragment dropped,
// %-escapes decoded.
QString localPath(const QDir &folder, const QString &href)
{
    const QString file = QUrl::fromPercentEncoding(href.section(u'#', 0, 0).toUtf8());
    return QDir::cleanPath(folder.filePath(file));
}

void add(LinkbaseFiles &found, const LinkbaseFile &file)
{
    for (const LinkbaseFile &known : std::as_const(found.files)) {
        if (known.path == file.path && known.kind == file.kind)
            return;
    }
    found.files.append(file);
}

// Reads the schema's link:linkbaseRef elements and notes the kinds of
// linkbase it embeds.
void readSchema(LinkbaseFiles &found)
{
    LinkbaseReader reader;
    if (!reader.open(found.schemaPath, found.diagnostics))
        return;
    found.schemaFound = true;
    const QDir folder = QFileInfo(found.schemaPath).dir();
    int embeddedDepth = 0; // > 0 inside a link:linkbase of the schema
    while (!reader.atEnd()) {
        const auto token = reader.next();
        if (token == QXmlStreamReader::EndElement && embeddedDepth > 0) {
            --embeddedDepth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (embeddedDepth > 0) {
            ++embeddedDepth;
            if (reader.isLinkElement(u"calculationLink"))
                add(found, {found.schemaPath, LinkbaseFile::Kind::Calculation, true});
            else if (reader.isLinkElement(u"labelLink"))
                add(found, {found.schemaPath, LinkbaseFile::Kind::Label, true});
            continue;
        }
        if (reader.isLinkElement(u"linkbase")) {
            embeddedDepth = 1;
            continue;
        }
        if (!reader.isLinkElement(u"linkbaseRef"))
            continue;
        const QString href = reader.xlink(u"href");
        if (href.isEmpty()) {
            reader.warn(found.diagnostics, u"link:linkbaseRef without xlink:href: expected the linkbase's file name"_s);
            continue;
        }
        if (!LinkbaseFiles::isLocalRelative(href)) {
            reader.warn(found.diagnostics,
                        u"linkbase not read: only files beside the schema are read, nothing is downloaded"_s, href);
            continue;
        }
        const QString path = localPath(folder, href);
        if (!QFileInfo(path).isFile()) {
            reader.warn(found.diagnostics, u"the schema names a linkbase that is not in its folder"_s, href);
            continue;
        }
        add(found, {path, kindOf(reader.xlink(u"role"), href), false});
    }
    reader.finish(found.diagnostics);
}

} // namespace

LinkbaseFiles LinkbaseFiles::find(const QString &documentPath, const QString &schemaRef)
{
    LinkbaseFiles found;
    const QDir documentFolder = QFileInfo(documentPath).dir();
    const QString href = schemaRef.trimmed();
    if (href.isEmpty()) {
        found.diagnostics.append(Diagnostic::warning(
            documentPath, 0, 0, u"no link:schemaRef: the filing's linkbases cannot be found without its schema"_s));
        return found;
    }
    QDir folder = documentFolder;
    if (isLocalRelative(href)) {
        const QString path = localPath(documentFolder, href);
        folder = QFileInfo(path).dir();
        found.schemaPath = path;
        if (QFileInfo(path).isFile())
            readSchema(found);
    }
    if (found.schemaFound)
        return found;

    // Without the schema, EDGAR's naming rule says where the linkbases are.
    const QString stem = QFileInfo(QUrl(href).path()).completeBaseName();
    found.diagnostics.append(Diagnostic::warning(
        documentPath, 0, 0,
        u"the schema %1 is not beside the document; looking for %2_cal.xml and %2_lab.xml"_s.arg(href, stem)));
    const std::pair<QString, LinkbaseFile::Kind> conventional[] = {
        {stem + u"_cal.xml"_s, LinkbaseFile::Kind::Calculation},
        {stem + u"_lab.xml"_s, LinkbaseFile::Kind::Label},
    };
    for (const auto &[name, kind] : conventional) {
        const QString path = folder.filePath(name);
        if (QFileInfo(path).isFile())
            add(found, {QDir::cleanPath(path), kind, false});
    }
    return found;
}

QStringList LinkbaseFiles::paths(LinkbaseFile::Kind kind) const
{
    QStringList result;
    for (const LinkbaseFile &file : files) {
        if (file.kind == kind)
            result.append(file.path);
    }
    return result;
}

bool LinkbaseFiles::isLocalRelative(const QString &href)
{
    // A scheme ("https:", "file:", and "C:" for a Windows drive) or a
    // leading slash makes the reference something other than a sibling.
    static const QRegularExpression scheme(u"^[A-Za-z][A-Za-z0-9+.\\-]*:"_s);
    const QString text = href.trimmed();
    return !text.isEmpty() && !text.startsWith(u'/') && !text.startsWith(u'\\') && !scheme.match(text).hasMatch();
}
