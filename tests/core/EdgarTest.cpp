// SPDX-License-Identifier: GPL-3.0-or-later
// Finding and fetching filings on EDGAR, against a server on the loopback
// address that answers in EDGAR's formats: never the internet.
#include "edgar/CompanyDirectory.h"
#include "edgar/EdgarAddress.h"
#include "edgar/EdgarClient.h"
#include "edgar/EdgarOptions.h"
#include "edgar/FilingDownload.h"
#include "edgar/FilingFinder.h"
#include "edgar/FilingIndex.h"
#include "edgar/RequestPacer.h"
#include "edgar/SubmissionsReader.h"
#include "import/FilingImporter.h"
#include "support/EdgarRecording.h"
#include "support/LoopbackHttpServer.h"
#include "support/TestData.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFileInfo>
#include <QHostAddress>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTimer>

#include <gtest/gtest.h>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QString UserAgent = u"Jane Analyst jane.analyst@example.com"_s;

// Runs the event loop until `done` is set, failing the test (not hanging
// it) if that takes more than ten seconds.
template<typename T>
T waitFor(std::optional<T> &done)
{
    QEventLoop loop;
    QTimer guard;
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(10000);
    while (!done && guard.isActive())
        loop.processEvents(QEventLoop::WaitForMoreEvents);
    EXPECT_TRUE(done.has_value()) << "no answer within ten seconds";
    return done.value_or(T{});
}

class EdgarFetch : public ::testing::Test
{
protected:
    EdgarOptions options() const
    {
        EdgarOptions options;
        options.userAgent = UserAgent;
        options.baseUrl = server.url();
        options.cacheFolder = cache.path();
        options.retryDelayMs = 20;
        return options;
    }
    EdgarClient::Result get(EdgarClient &client, const QString &path)
    {
        std::optional<EdgarClient::Result> result;
        client.get(path, [&](const EdgarClient::Result &r) { result = r; });
        return waitFor(result);
    }
    // Every file in the cache, temporary ones included.
    QStringList cached() const
    {
        QStringList files;
        QDirIterator it(cache.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        return files;
    }

    LoopbackHttpServer server;
    QTemporaryDir cache;
};

} // namespace

TEST(EdgarAddressTest, KeepsEdgarsPathsOnAReplacementHost)
{
    EXPECT_EQ(EdgarAddress().url(EdgarAddress::companyTickers()).toString(),
              u"https://www.sec.gov/files/company_tickers.json"_s);
    EXPECT_EQ(EdgarAddress().url(EdgarAddress::submissions(320193)).toString(),
              u"https://data.sec.gov/submissions/CIK0000320193.json"_s);
    EXPECT_EQ(EdgarAddress().url(EdgarAddress::filingIndex(320193, u"0000320193-25-000057"_s)).toString(),
              u"https://www.sec.gov/Archives/edgar/data/320193/000032019325000057/index.json"_s);
    const EdgarAddress mirror(QUrl(u"http://127.0.0.1:8080/edgar/"_s));
    EXPECT_EQ(mirror.url(EdgarAddress::submissions(320193)).toString(),
              u"http://127.0.0.1:8080/edgar/submissions/CIK0000320193.json"_s);
}

TEST(EdgarAddressTest, ReadsAFilingFromAnAddressPastedFromABrowser)
{
    const auto document = EdgarAddress::parseFilingAddress(
        u"https://www.sec.gov/Archives/edgar/data/320193/000032019325000057/aapl-20250329.htm"_s);
    EXPECT_EQ(document.cik, 320193);
    EXPECT_EQ(document.accession, u"0000320193-25-000057"_s);
    EXPECT_EQ(document.document, u"aapl-20250329.htm"_s);
    const auto index = EdgarAddress::parseFilingAddress(
        u"www.sec.gov/Archives/edgar/data/320193/000032019324000005/0000320193-24-000005-index.htm"_s);
    EXPECT_EQ(index.accession, u"0000320193-24-000005"_s);
    EXPECT_TRUE(index.document.isEmpty());
    EXPECT_FALSE(EdgarAddress::parseFilingAddress(u"AAPL"_s).isValid());
    EXPECT_FALSE(EdgarAddress::parseFilingAddress(u"https://www.sec.gov/cgi-bin/browse-edgar?CIK=320193"_s).isValid());
}

TEST(CompanyDirectoryTest, FindsByTickerCikAndName)
{
    CompanyDirectory directory;
    QString error;
    ASSERT_TRUE(directory.read(TestData::bytesOf(TestData::dataPath(u"edgar/company_tickers.json"_s)), &error))
        << qPrintable(error);
    EXPECT_EQ(directory.find(u"aapl"_s).value(0).cik, 320193);
    // Berkshire's class B is BRK.B on the exchange, BRK-B in EDGAR's list.
    EXPECT_EQ(directory.find(u"BRK.B"_s).value(0).cik, 1067983);
    EXPECT_EQ(directory.find(u"0000789019"_s).value(0).ticker, u"MSFT"_s);
    // "Apple" names two companies: the one whose name starts with it first.
    const QList<EdgarCompany> apple = directory.find(u"Apple"_s);
    ASSERT_EQ(apple.size(), 2);
    EXPECT_EQ(apple[0].name, u"Apple Inc."_s);
    EXPECT_EQ(apple[1].ticker, u"APLE"_s);
    // Alphabet's two tickers are one company.
    EXPECT_EQ(directory.find(u"Alphabet"_s).size(), 1);
    EXPECT_FALSE(directory.read("[1, 2", &error));
    EXPECT_TRUE(error.contains(u"byte"_s)) << qPrintable(error);
}

TEST(SubmissionsReaderTest, ListsAFilingsFormDatesItemsAndDocument)
{
    EdgarFilings filings;
    QString company;
    QString error;
    ASSERT_TRUE(SubmissionsReader::read(TestData::bytesOf(TestData::dataPath(u"edgar/CIK0000320193.json"_s)), &filings,
                                        &company, &error))
        << qPrintable(error);
    EXPECT_EQ(company, u"Apple Inc."_s);
    ASSERT_EQ(filings.size(), 6);
    EXPECT_EQ(filings[0].form, u"10-Q"_s);
    EXPECT_EQ(filings[0].filed, QDate(2025, 5, 2));
    EXPECT_EQ(filings[0].reportDate, QDate(2025, 3, 29));
    EXPECT_TRUE(filings[0].isQuarterlyReport());
    EXPECT_TRUE(filings[0].inlineXbrl);
    // An 8-K is a release only with item 2.02: 5.07 is a shareholder vote.
    EXPECT_FALSE(filings[2].isEarningsRelease());
    EXPECT_EQ(filings[4].accession, u"0000320193-24-000005"_s);
    EXPECT_EQ(filings[4].items, (QStringList{u"2.02"_s, u"9.01"_s}));
    EXPECT_TRUE(filings[4].isEarningsRelease());
    EXPECT_FALSE(filings[1].isOpenable()); // a Form 4
    EXPECT_TRUE(filings[5].isAnnualReport());
    EXPECT_FALSE(SubmissionsReader::read(R"({"name": "x"})", &filings, &company, &error));
    EXPECT_TRUE(error.contains(u"accessionNumber"_s)) << qPrintable(error);
}

TEST(FilingIndexTest, TellsAReleaseByItsTypeAndAReportByItsLinkbases)
{
    FilingIndex release;
    QString error;
    ASSERT_TRUE(
        release.readListing(TestData::bytesOf(TestData::dataPath(u"edgar/000032019324000005-index.json"_s)), &error));
    EXPECT_EQ(release.headersName(), u"0000320193-24-000005-index-headers.html"_s);
    release.readHeaders(TestData::bytesOf(TestData::dataPath(u"edgar/0000320193-24-000005-index-headers.html"_s)));
    EXPECT_EQ(release.typeOf(u"a8-kex991q1202412302023.htm"_s), u"EX-99.1"_s);
    EdgarFiling eightK;
    eightK.form = u"8-K"_s;
    eightK.items = {u"2.02"_s, u"9.01"_s};
    EXPECT_EQ(release.documentsFor(eightK), QStringList{u"a8-kex991q1202412302023.htm"_s});
    // Known by its address alone, the headers say what it is.
    const EdgarFiling headed = release.filingOf(320193, u"0000320193-24-000005"_s);
    EXPECT_EQ(headed.form, u"8-K"_s);
    EXPECT_TRUE(headed.isEarningsRelease());
    EXPECT_EQ(headed.primaryDocument, u"aapl-20240201.htm"_s);

    FilingIndex report;
    ASSERT_TRUE(
        report.readListing(TestData::bytesOf(TestData::dataPath(u"edgar/000032019325000057-index.json"_s)), &error));
    EdgarFiling tenQ;
    tenQ.form = u"10-Q"_s;
    tenQ.primaryDocument = u"aapl-20250329.htm"_s;
    tenQ.inlineXbrl = true;
    EXPECT_EQ(report.documentsFor(tenQ), (QStringList{u"aapl-20250329.htm"_s, u"aapl-20250329.xsd"_s,
                                                      u"aapl-20250329_cal.xml"_s, u"aapl-20250329_lab.xml"_s}));
    // A listing that points outside the folder is not followed.
    FilingIndex hostile;
    ASSERT_TRUE(
        hostile.readListing(R"({"directory": {"item": [{"name": "../../x.htm"}, {"name": "ok.htm"}]}})", &error));
    EXPECT_EQ(hostile.names(), QStringList{u"ok.htm"_s});
}

TEST(RequestPacerTest, NeverLetsMoreThanTheLimitIntoAnySecond)
{
    RequestPacer pacer(3);
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(pacer.waitMs(100), 0);
        pacer.sent(100);
    }
    EXPECT_EQ(pacer.waitMs(100), 1001);
    EXPECT_EQ(pacer.waitMs(1100), 1);
    EXPECT_EQ(pacer.waitMs(1101), 0);
    EXPECT_EQ(RequestPacer(50).perSecond(), RequestPacer::MostPerSecond);
}

TEST(EdgarOptionsTest, AUserAgentNamesSomeoneWithAnEmailAddress)
{
    EXPECT_TRUE(EdgarOptions::isUsableUserAgent(u"Jane Analyst jane@example.com"_s));
    EXPECT_FALSE(EdgarOptions::isUsableUserAgent(u"jane@example.com"_s));
    EXPECT_FALSE(EdgarOptions::isUsableUserAgent(u"Jane Analyst"_s));
    EXPECT_FALSE(EdgarOptions::isUsableUserAgent({}));
}

TEST_F(EdgarFetch, SendsTheUserAgentAndKeepsWhatItGot)
{
    EdgarClient client(options());
    EdgarRecording::serve(server, TestData::dataPath({}), TestData::edgarDir());
    const EdgarClient::Result result = get(client, u"/submissions/CIK0000320193.json"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.failure.message());
    EXPECT_FALSE(result.fromCache);
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests()[0].path, u"/submissions/CIK0000320193.json"_s);
    EXPECT_EQ(server.requests()[0].userAgent, UserAgent.toUtf8());
    EXPECT_EQ(result.file, cache.filePath(u"submissions/CIK0000320193.json"_s));
    EXPECT_EQ(TestData::bytesOf(result.file), TestData::bytesOf(TestData::dataPath(u"edgar/CIK0000320193.json"_s)));
    // Asked again within minutes: the cache answers and nothing is sent.
    const EdgarClient::Result again = get(client, u"/submissions/CIK0000320193.json"_s);
    EXPECT_TRUE(again.fromCache);
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(EdgarFetch, SendsNothingWithoutAUserAgent)
{
    EdgarOptions anonymous = options();
    anonymous.userAgent = u"Mozilla/5.0"_s;
    EdgarClient client(anonymous);
    const EdgarClient::Result result = get(client, u"/files/company_tickers.json"_s);
    EXPECT_EQ(result.failure.kind, EdgarFailure::Kind::NoUserAgent);
    EXPECT_TRUE(result.failure.message().contains(u"name and e-mail"_s)) << qPrintable(result.failure.message());
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(EdgarFetch, KeepsToThePaceItIsGiven)
{
    EdgarOptions paced = options();
    paced.requestsPerSecond = 4;
    EdgarClient client(paced);
    LoopbackHttpServer::Response ok;
    ok.body = "{}";
    std::optional<int> done;
    int answered = 0;
    constexpr int Requests = 10;
    for (int i = 0; i < Requests; ++i) {
        const QString path = u"/files/%1.json"_s.arg(i);
        server.serve(path, ok);
        client.get(path, [&](const EdgarClient::Result &) {
            if (++answered == Requests)
                done = answered;
        });
    }
    waitFor(done);
    const QList<LoopbackHttpServer::Request> requests = server.requests();
    ASSERT_EQ(requests.size(), Requests);
    // Any five in a row span more than a second: no second holds five.
    for (qsizetype i = 0; i + 4 < requests.size(); ++i)
        EXPECT_GT(requests[i + 4].atMs - requests[i].atMs, 1000 - 15) << "requests " << i << " to " << i + 4;
}

TEST_F(EdgarFetch, TriesAgainWhenAskedToSlowDown)
{
    EdgarClient client(options());
    LoopbackHttpServer::Response slowDown;
    slowDown.status = 429;
    slowDown.headers = {{"Retry-After", "0"}};
    server.serveOnce(u"/files/company_tickers.json"_s, slowDown);
    LoopbackHttpServer::Response busy;
    busy.status = 503;
    server.serveOnce(u"/files/company_tickers.json"_s, busy);
    EdgarRecording::serve(server, TestData::dataPath({}), TestData::edgarDir());
    const EdgarClient::Result result = get(client, u"/files/company_tickers.json"_s);
    ASSERT_TRUE(result.ok()) << qPrintable(result.failure.message());
    EXPECT_EQ(server.count(u"/files/company_tickers.json"_s), 3);
}

TEST_F(EdgarFetch, SaysSoWhenStillRateLimitedAfterEveryTry)
{
    EdgarOptions twice = options();
    twice.retries = 1;
    EdgarClient client(twice);
    LoopbackHttpServer::Response slowDown;
    slowDown.status = 429;
    server.serve(u"/files/company_tickers.json"_s, slowDown);
    const EdgarClient::Result result = get(client, u"/files/company_tickers.json"_s);
    EXPECT_EQ(result.failure.kind, EdgarFailure::Kind::RateLimited);
    EXPECT_EQ(server.count(u"/files/company_tickers.json"_s), 2);
    EXPECT_TRUE(result.failure.message().contains(u"429 Too Many Requests"_s)) << qPrintable(result.failure.message());
    EXPECT_TRUE(result.failure.message().contains(u"tried 2 times"_s)) << qPrintable(result.failure.message());
    EXPECT_TRUE(cached().isEmpty()) << qPrintable(cached().join(u", "_s));
}

TEST_F(EdgarFetch, ExplainsA403)
{
    EdgarClient client(options());
    LoopbackHttpServer::Response forbidden;
    forbidden.status = 403;
    forbidden.body = "<h1>Your Request Originates from an Undeclared Automated Tool</h1>";
    server.serve(u"/files/company_tickers.json"_s, forbidden);
    const EdgarClient::Result result = get(client, u"/files/company_tickers.json"_s);
    EXPECT_EQ(result.failure.kind, EdgarFailure::Kind::Forbidden);
    EXPECT_EQ(server.requests().size(), 1); // a refusal is not retried
    const QString message = result.failure.message();
    EXPECT_TRUE(message.contains(u"403 Forbidden"_s) && message.contains(u"User-Agent"_s)) << qPrintable(message);
    EXPECT_TRUE(cached().isEmpty());
}

TEST_F(EdgarFetch, ExplainsADroppedConnection)
{
    EdgarOptions once = options();
    once.retries = 1;
    EdgarClient client(once);
    LoopbackHttpServer::Response drop;
    drop.behaviour = LoopbackHttpServer::Response::Behaviour::Drop;
    server.serve(u"/submissions/CIK0000320193.json"_s, drop);
    const EdgarClient::Result result = get(client, u"/submissions/CIK0000320193.json"_s);
    EXPECT_EQ(result.failure.kind, EdgarFailure::Kind::Dropped);
    // Tried again (Qt itself may resend once on a fresh connection too).
    EXPECT_GE(server.count(u"/submissions/CIK0000320193.json"_s), 2);
    EXPECT_TRUE(result.failure.message().contains(u"closed before /submissions/CIK0000320193.json arrived"_s))
        << qPrintable(result.failure.message());
    EXPECT_TRUE(cached().isEmpty());
}

TEST_F(EdgarFetch, SaysWhenNothingArrivesInTime)
{
    EdgarOptions impatient = options();
    impatient.retries = 0;
    impatient.timeoutMs = 300;
    EdgarClient client(impatient);
    LoopbackHttpServer::Response stall;
    stall.behaviour = LoopbackHttpServer::Response::Behaviour::Stall;
    stall.body = QByteArray(4096, 'x');
    server.serve(u"/files/company_tickers.json"_s, stall);
    const EdgarClient::Result result = get(client, u"/files/company_tickers.json"_s);
    EXPECT_EQ(result.failure.kind, EdgarFailure::Kind::TimedOut);
    EXPECT_TRUE(cached().isEmpty());
}

TEST_F(EdgarFetch, SaysWhenEdgarCannotBeReachedAndGivesWhatItHasKept)
{
    // A port nothing listens on: the connection is refused, as offline.
    QTcpServer closed;
    ASSERT_TRUE(closed.listen(QHostAddress::LocalHost));
    EdgarOptions offline = options();
    offline.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
    closed.close();
    offline.retries = 0;
    EdgarClient client(offline);
    const EdgarClient::Result nothing = get(client, u"/submissions/CIK0000320193.json"_s);
    EXPECT_EQ(nothing.failure.kind, EdgarFailure::Kind::Offline);
    EXPECT_TRUE(nothing.failure.message().startsWith(u"Cannot reach EDGAR"_s)) << qPrintable(nothing.failure.message());

    // A submissions list kept an hour ago is out of date, but better than
    // nothing when EDGAR cannot be reached; the answer says it is old.
    QString error;
    ASSERT_TRUE(client.cache().store(u"/submissions/CIK0000320193.json"_s, "{\"cik\": \"320193\"}", &error));
    QFile kept(cache.filePath(u"submissions/CIK0000320193.json"_s));
    ASSERT_TRUE(kept.open(QIODevice::ReadWrite));
    ASSERT_TRUE(kept.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-3600), QFileDevice::FileModificationTime));
    kept.close();
    const EdgarClient::Result old = get(client, u"/submissions/CIK0000320193.json"_s);
    ASSERT_TRUE(old.ok()) << qPrintable(old.failure.message());
    EXPECT_TRUE(old.stale);
    EXPECT_EQ(old.body, "{\"cik\": \"320193\"}");
}

TEST_F(EdgarFetch, ACancelledDownloadLeavesNoFile)
{
    EdgarClient client(options());
    LoopbackHttpServer::Response stall;
    stall.behaviour = LoopbackHttpServer::Response::Behaviour::Stall;
    stall.body = QByteArray(256 * 1024, 'x');
    const QString path = EdgarRecording::TenQFolder + u"aapl-20250329.htm"_s;
    server.serve(path, stall);
    std::optional<EdgarClient::Result> result;
    // Cancelled once part of it has arrived.
    QObject::connect(&client, &EdgarClient::progress, &client, [&](const QString &, qint64 received, qint64) {
        if (received > 0)
            client.cancelAll();
    });
    client.get(path, [&](const EdgarClient::Result &r) { result = r; });
    const EdgarClient::Result cancelled = waitFor(result);
    EXPECT_EQ(cancelled.failure.kind, EdgarFailure::Kind::Cancelled);
    EXPECT_TRUE(cached().isEmpty()) << qPrintable(cached().join(u", "_s));
}

TEST_F(EdgarFetch, FindsACompanysFilingsByTicker)
{
    EdgarClient client(options());
    EdgarRecording::serve(server, TestData::dataPath({}), TestData::edgarDir());
    std::optional<FilingFinder::Found> found;
    FilingFinder(&client).find(u"aapl"_s, [&](const FilingFinder::Found &f) { found = f; });
    const FilingFinder::Found apple = waitFor(found);
    ASSERT_FALSE(apple.failure.failed()) << qPrintable(apple.failure.message());
    EXPECT_EQ(apple.company.name, u"Apple Inc."_s);
    EXPECT_EQ(apple.filings.size(), 6);
    QStringList paths;
    for (const auto &request : server.requests())
        paths << request.path;
    EXPECT_EQ(paths, (QStringList{u"/files/company_tickers.json"_s, u"/submissions/CIK0000320193.json"_s}));

    // A part of several names: the analyst picks, and nothing more is asked yet.
    found.reset();
    FilingFinder(&client).find(u"Apple"_s, [&](const FilingFinder::Found &f) { found = f; });
    const FilingFinder::Found loose = waitFor(found);
    EXPECT_EQ(loose.companies.size(), 2);
    EXPECT_TRUE(loose.filings.isEmpty());

    found.reset();
    FilingFinder(&client).find(u"ZZZZ"_s, [&](const FilingFinder::Found &f) { found = f; });
    EXPECT_TRUE(waitFor(found).failure.message().contains(u"\"ZZZZ\""_s));
}

TEST_F(EdgarFetch, BringsATenQWithItsLinkbasesAndOpensItFromTheCache)
{
    if (TestData::edgarPath(u"ixbrl/aapl-20250329-10-q/aapl-20250329.htm"_s).isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(u"ixbrl/aapl-20250329-10-q/aapl-20250329.htm"_s);
    EdgarRecording::serve(server, TestData::dataPath({}), TestData::edgarDir());
    EdgarClient client(options());
    EdgarFiling tenQ;
    tenQ.cik = 320193;
    tenQ.accession = u"0000320193-25-000057"_s;
    tenQ.form = u"10-Q"_s;
    tenQ.primaryDocument = u"aapl-20250329.htm"_s;
    tenQ.inlineXbrl = true;
    std::optional<FilingDownload::Downloaded> downloaded;
    FilingDownload(&client).download(tenQ, [&](const FilingDownload::Downloaded &d) { downloaded = d; });
    const FilingDownload::Downloaded brought = waitFor(downloaded);
    ASSERT_FALSE(brought.failure.failed()) << qPrintable(brought.failure.message());
    const QString folder = cache.filePath(u"Archives/edgar/data/320193/000032019325000057/"_s);
    EXPECT_EQ(brought.documents, QStringList{folder + u"aapl-20250329.htm"_s});
    EXPECT_EQ(brought.files.size(), 4);
    EXPECT_TRUE(QFileInfo::exists(folder + u"aapl-20250329_cal.xml"_s));
    const int sent = int(server.requests().size());
    EXPECT_EQ(sent, 5); // the listing, the document, the schema and two linkbases

    // Again: nothing is sent, and the cached folder opens as a filing with
    // its calculation linkbase beside it.
    downloaded.reset();
    FilingDownload(&client).download(tenQ, [&](const FilingDownload::Downloaded &d) { downloaded = d; });
    EXPECT_FALSE(waitFor(downloaded).failure.failed());
    EXPECT_EQ(server.requests().size(), sent);
    const ImportResult opened = FilingImporter::importFile(brought.documents.value(0));
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.firstError());
    EXPECT_FALSE(opened.filing->xbrl.calculations.isEmpty());
}

TEST_F(EdgarFetch, FindsAReleaseInAnEightKByItsHeaders)
{
    if (TestData::edgarPath(u"releases/apple-2024-02-01-ex99-1.htm"_s).isEmpty())
        GTEST_SKIP() << TestData::edgarAbsent(u"releases/apple-2024-02-01-ex99-1.htm"_s);
    EdgarRecording::serve(server, TestData::dataPath({}), TestData::edgarDir());
    EdgarClient client(options());
    // Pasted from a browser: only the folder is known.
    const auto address = EdgarAddress::parseFilingAddress(server.url().toString() + EdgarRecording::ReleaseFolder
                                                          + u"0000320193-24-000005-index.htm"_s);
    EdgarFiling filing;
    filing.cik = address.cik;
    filing.accession = address.accession;
    std::optional<FilingDownload::Downloaded> downloaded;
    FilingDownload(&client).download(filing, [&](const FilingDownload::Downloaded &d) { downloaded = d; });
    const FilingDownload::Downloaded brought = waitFor(downloaded);
    ASSERT_FALSE(brought.failure.failed()) << qPrintable(brought.failure.message());
    EXPECT_TRUE(brought.filing.isEarningsRelease());
    ASSERT_EQ(brought.documents.size(), 1);
    EXPECT_TRUE(brought.documents[0].endsWith(u"/000032019324000005/a8-kex991q1202412302023.htm"_s));
    const ImportResult opened = FilingImporter::importFile(brought.documents[0]);
    ASSERT_TRUE(opened.ok()) << qPrintable(opened.firstError());
    EXPECT_FALSE(opened.filing->schedules.isEmpty());
}
