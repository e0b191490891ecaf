// SPDX-License-Identifier: GPL-3.0-or-later
#include "FetchCommand.h"

#include "ConsoleOutput.h"
#include "SubcommandOptions.h"
#include "edgar/EdgarClient.h"
#include "edgar/EdgarSettings.h"
#include "edgar/FilingDownload.h"
#include "edgar/FilingFinder.h"
#include "files/OutputFile.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

int fail(const QString &message)
{
    return SubcommandOptions::fail(u"fetch"_s, message);
}

// Runs the event loop until `done` holds an answer.
template<typename T>
T wait(std::optional<T> &done)
{
    QEventLoop loop;
    while (!done)
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    return *done;
}

// The filings the options ask for, newest first.
EdgarFilings chosen(const EdgarFilings &filings, const QString &form, int latest)
{
    EdgarFilings out;
    for (const EdgarFiling &filing : filings) {
        if (out.size() >= latest)
            break;
        const bool wanted = form.isEmpty()     ? filing.isOpenable()
                            : form == u"8-K"_s ? filing.isEarningsRelease()
                                               : filing.isOpenable() && filing.hasForm(form);
        if (wanted)
            out.append(filing);
    }
    return out;
}

// Copies a cached filing's files into DIR/ACCESSION/, as a filing folder.
bool copyOut(const QStringList &files, const QString &folder, QStringList *copies, QString *error)
{
    if (!QDir().mkpath(folder)) {
        *error = u"cannot create %1"_s.arg(folder);
        return false;
    }
    for (const QString &file : files) {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            *error = u"cannot read %1: %2"_s.arg(file, in.errorString());
            return false;
        }
        const QString target = QDir(folder).filePath(QFileInfo(file).fileName());
        OutputFile out(target);
        if (!out.open() || out.device()->write(in.readAll()) < 0 || !out.commit()) {
            *error = out.error();
            return false;
        }
        copies->append(target);
    }
    return true;
}

} // namespace

int FetchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Fetch a company's latest earnings releases (8-K item 2.02), 10-Qs and 10-Ks from SEC EDGAR, or the "
        "filing at an EDGAR address, and print the files to open. Documents are kept in the cache; a filing "
        "fetched before is not asked for again."_s);
    parser.addHelpOption();
    const QCommandLineOption form(u"form"_s, u"Only this form: 8-K (earnings releases), 10-Q or 10-K."_s, u"FORM"_s);
    const QCommandLineOption latest(u"latest"_s, u"How many filings, newest first (default 1)."_s, u"N"_s, u"1"_s);
    const QCommandLineOption out(u"out"_s, u"Copy each filing's files into DIR/ACCESSION/."_s, u"DIR"_s);
    const QCommandLineOption userAgent(
        u"user-agent"_s, u"Your name and e-mail address, as EDGAR requires (default: the one in the settings)."_s,
        u"\"NAME EMAIL\""_s);
    const QCommandLineOption edgarUrl(u"edgar-url"_s, u"Ask this host instead of EDGAR's, with EDGAR's paths."_s,
                                      u"URL"_s);
    parser.addOptions({form, latest, out, userAgent, edgarUrl});
    parser.addPositionalArgument(u"TICKER|CIK|URL"_s, u"A ticker, a CIK, a company's name or an EDGAR filing's "
                                                      "address."_s);
    if (const std::optional<int> stop = SubcommandOptions::parse(parser, arguments))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return fail(u"give one ticker, CIK or EDGAR address"_s);
    const QString wantedForm = parser.value(form).toUpper();
    if (parser.isSet(form) && wantedForm != u"8-K" && wantedForm != u"10-Q" && wantedForm != u"10-K")
        return fail(u"--form takes 8-K, 10-Q or 10-K, not \"%1\""_s.arg(parser.value(form)));
    bool numeric = false;
    const int count = parser.value(latest).toInt(&numeric);
    if (!numeric || count < 1)
        return fail(u"--latest takes a number of filings, 1 or more, not \"%1\""_s.arg(parser.value(latest)));

    EdgarOptions options = EdgarSettings::options();
    if (parser.isSet(userAgent))
        options.userAgent = parser.value(userAgent);
    if (!EdgarOptions::isUsableUserAgent(options.userAgent))
        return fail(u"EDGAR requires every program to say who is downloading: give your name and e-mail address "
                    "with --user-agent \"NAME EMAIL\" (or once in the window's Settings). Nothing was sent."_s);
    if (parser.isSet(edgarUrl)) {
        const QUrl base(parser.value(edgarUrl), QUrl::StrictMode);
        if (!base.isValid() || (base.scheme() != u"http" && base.scheme() != u"https"))
            return fail(u"--edgar-url takes an http or https address, not \"%1\""_s.arg(parser.value(edgarUrl)));
        options.baseUrl = base;
    }

    EdgarClient client(options);
    std::optional<FilingFinder::Found> answer;
    FilingFinder(&client).find(parser.positionalArguments().constFirst(),
                               [&](const FilingFinder::Found &f) { answer = f; });
    const FilingFinder::Found found = wait(answer);
    if (found.failure.failed())
        return fail(found.failure.message());

    EdgarFilings filings;
    QString document;
    if (found.address.isValid()) {
        EdgarFiling filing;
        filing.cik = found.address.cik;
        filing.accession = found.address.accession;
        filings.append(filing);
        document = found.address.document;
    } else if (found.filings.isEmpty() && found.companies.size() > 1) {
        QString names;
        for (const EdgarCompany &company : found.companies)
            names += u"\n  %1 %2 (CIK %3)"_s.arg(company.ticker, -6).arg(company.name).arg(company.cik);
        return fail(u"\"%1\" names several companies; give one's ticker or CIK:%2"_s.arg(
            parser.positionalArguments().constFirst(), names));
    } else {
        filings = chosen(found.filings, wantedForm, count);
        if (filings.isEmpty())
            return fail(u"%1 has no %2 among its recent filings"_s.arg(
                found.company.name, wantedForm.isEmpty()     ? u"earnings release, 10-Q or 10-K"_s
                                    : wantedForm == u"8-K"_s ? u"earnings release (8-K item 2.02)"_s
                                                             : wantedForm));
        ConsoleOutput::out(
            u"%1 (CIK %2)%3\n"_s.arg(found.company.name)
                .arg(found.company.cik)
                .arg(found.stale ? u": EDGAR could not be reached, so its filings are as last listed"_s : QString()));
    }

    int status = 0;
    for (const EdgarFiling &filing : std::as_const(filings)) {
        std::optional<FilingDownload::Downloaded> done;
        FilingDownload(&client).download(
            filing, [&](const FilingDownload::Downloaded &d) { done = d; }, document);
        const FilingDownload::Downloaded downloaded = wait(done);
        if (downloaded.failure.failed()) {
            fail(downloaded.failure.message());
            status = 2;
            continue;
        }
        const EdgarFiling &what = downloaded.filing;
        QString heading = u"  %1 %2"_s.arg(what.form, what.accession);
        if (what.filed.isValid())
            heading += u", filed %1"_s.arg(what.filed.toString(Qt::ISODate));
        if (what.reportDate.isValid() && !what.isEarningsRelease())
            heading += u", period ended %1"_s.arg(what.reportDate.toString(Qt::ISODate));
        QStringList shown = downloaded.documents;
        if (parser.isSet(out)) {
            QStringList copies;
            QString error;
            if (!copyOut(downloaded.files, QDir(parser.value(out)).filePath(what.accession), &copies, &error)) {
                fail(error);
                status = 2;
                continue;
            }
            for (QString &file : shown)
                file = QDir(parser.value(out)).filePath(what.accession + u'/' + QFileInfo(file).fileName());
        }
        ConsoleOutput::out(heading + u'\n');
        for (const QString &file : std::as_const(shown))
            ConsoleOutput::out(u"    "_s + QDir::toNativeSeparators(file) + u'\n');
    }
    ConsoleOutput::err(u"tieout fetch: %1 request(s) sent to %2\n"_s.arg(client.requestsSent())
                           .arg(options.baseUrl.isEmpty() ? u"EDGAR"_s : options.baseUrl.toString()));
    return status;
}
