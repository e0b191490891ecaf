// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinkbaseReader.h"

#include <QFile>

using namespace Qt::StringLiterals;

bool LinkbaseReader::open(const QString &path, Diagnostics &diagnostics)
{
    m_path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics.append(Diagnostic::error(path, 0, 0, u"cannot open the file: "_s + file.errorString()));
        return false;
    }
    if (file.size() > MaxFileSize) {
        diagnostics.append(Diagnostic::error(
            path, 0, 0,
            u"the file has %1 bytes; a linkbase of at most %2 was expected"_s.arg(file.size()).arg(MaxFileSize)));
        return false;
    }
    m_data = file.readAll();
    m_xml.clear();
    m_xml.addData(m_data);
    m_open.clear();
    return true;
}

QXmlStreamReader::TokenType LinkbaseReader::next()
{
    // A token's position is reported where it ends, so where the previous
    // one ended is where this one begins; Qt counts columns from 0, and
    // ends text (the white space between tags) only once it has read the
    // '<' that follows. (White space before the root element is skipped
    // without a token, so the root's own position is not exact.)
    const bool afterText = m_xml.tokenType() == QXmlStreamReader::Characters && !m_xml.isCDATA();
    const int line = static_cast<int>(m_xml.lineNumber());
    const int column = static_cast<int>(m_xml.columnNumber()) + (afterText ? 0 : 1);
    const QXmlStreamReader::TokenType token = m_xml.readNext();
    if (token == QXmlStreamReader::StartElement) {
        m_start = {line, column, 0};
        m_open.append({m_xml.qualifiedName().toString(), m_start});
    } else if (token == QXmlStreamReader::EndElement && !m_open.isEmpty()) {
        m_open.removeLast();
    }
    return token;
}

bool LinkbaseReader::isLinkElement(QStringView localName) const
{
    return m_xml.isStartElement() && m_xml.namespaceUri() == LinkNamespace && m_xml.name() == localName;
}

QString LinkbaseReader::xlink(QStringView localName) const
{
    return m_xml.attributes().value(XlinkNamespace.toString(), localName.toString()).trimmed().toString();
}

QString LinkbaseReader::plain(QStringView localName) const
{
    return m_xml.attributes().value(QString(), localName.toString()).trimmed().toString();
}

void LinkbaseReader::warn(Diagnostics &diagnostics, const QString &message, const QString &found) const
{
    diagnostics.append(Diagnostic::warning(m_path, m_start.line, m_start.column, message, found));
}

void LinkbaseReader::fail(Diagnostics &diagnostics, const QString &message, const QString &found) const
{
    diagnostics.append(Diagnostic::error(m_path, m_start.line, m_start.column, message, found));
}

bool LinkbaseReader::finish(Diagnostics &diagnostics)
{
    if (!m_xml.hasError())
        return true;
    QString message = u"not well-formed XML: "_s + m_xml.errorString();
    // Qt's words say what is wrong; the element still open says what end
    // tag was expected where the document broke off or closed another.
    if (!m_open.isEmpty()
        && (m_xml.error() == QXmlStreamReader::NotWellFormedError
            || m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)) {
        const auto &[name, where] = m_open.constLast();
        message += u" (expected </%1> to close <%1> of line %2)"_s.arg(name).arg(where.line);
    }
    diagnostics.append(Diagnostic::error(m_path, static_cast<int>(m_xml.lineNumber()),
                                         static_cast<int>(m_xml.columnNumber()) + 1, message));
    return false;
}

QString LinkbaseReader::conceptOfHref(const QString &href)
{
    const qsizetype hash = href.lastIndexOf(u'#');
    if (hash < 0)
        return {};
    const QString fragment = href.mid(hash + 1).trimmed();
    if (fragment.isEmpty() || fragment.contains(u'(') || fragment.contains(u'/'))
        return {};
    return conceptOfId(fragment);
}

QString LinkbaseReader::conceptOfId(const QString &id)
{
    const qsizetype underscore = id.indexOf(u'_');
    if (underscore <= 0 || underscore == id.size() - 1)
        return id;
    return id.left(underscore) + u':' + id.mid(underscore + 1);
}

QString LinkbaseReader::localName(const QString &conceptName)
{
    const qsizetype colon = conceptName.indexOf(u':');
    return colon < 0 ? conceptName : conceptName.mid(colon + 1);
}
