// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarAddress.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
const QUrl WwwHost(u"https://www.sec.gov"_s);
const QUrl DataHost(u"https://data.sec.gov"_s);
} // namespace

EdgarAddress::EdgarAddress(const QUrl &base) : m_base(base)
{
    // A prefix is joined to EDGAR's paths, so it never ends in "/".
    QString path = m_base.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    m_base.setPath(path);
}

QUrl EdgarAddress::url(const QString &path) const
{
    QUrl url = m_base;
    if (url.isEmpty())
        url = path.startsWith(u"/submissions/"_s) ? DataHost : WwwHost;
    url.setPath(url.path() + path);
    return url;
}

QString EdgarAddress::companyTickers()
{
    return u"/files/company_tickers.json"_s;
}

QString EdgarAddress::submissions(qint64 cik)
{
    return u"/submissions/CIK%1.json"_s.arg(cik, 10, 10, QLatin1Char('0'));
}

QString EdgarAddress::archive(qint64 cik, const QString &accession, const QString &name)
{
    QString folder = accession;
    folder.remove(u'-');
    return u"/Archives/edgar/data/%1/%2/%3"_s.arg(cik).arg(folder, name);
}

QString EdgarAddress::accessionWithDashes(const QString &accession)
{
    QString digits = accession;
    digits.remove(u'-');
    static const QRegularExpression eighteen(u"^\\d{18}$"_s);
    if (!eighteen.match(digits).hasMatch())
        return {};
    return u"%1-%2-%3"_s.arg(digits.left(10), digits.mid(10, 2), digits.mid(12));
}

EdgarAddress::Filing EdgarAddress::parseFilingAddress(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    // /Archives/edgar/data/320193/000032019325000057[/name]
    static const QRegularExpression path(u"/Archives/edgar/data/(\\d{1,10})/(\\d{18})(?:/([^/]*))?/?$"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = path.match(url.path());
    if (!match.hasMatch())
        return {};
    Filing filing;
    filing.cik = match.captured(1).toLongLong();
    filing.accession = accessionWithDashes(match.captured(2));
    const QString name = match.captured(3);
    // The folder's own pages name the filing, not a document in it.
    static const QRegularExpression indexPage(
        u"^(\\d{10}-\\d{2}-\\d{6}-index(-headers)?\\.html?|index\\.(json|html?))$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (!indexPage.match(name).hasMatch())
        filing.document = name;
    return filing;
}
