// SPDX-License-Identifier: GPL-3.0-or-later
// `tieout fetch` against the server on the loopback address that answers
// as EDGAR does: the built binary, run as a user would.
#include "support/EdgarRecording.h"
#include "support/LoopbackHttpServer.h"
#include "support/ProcessRun.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QString edgarDir()
{
    const QString set = qEnvironmentVariable("TIEOUT_EDGAR_DIR");
    return set.isEmpty() ? QDir::cleanPath(QStringLiteral(TIEOUT_TEST_DATA_DIR "/../../../shared/edgar")) : set;
}

class FetchCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        documents = EdgarRecording::serve(server, QStringLiteral(TIEOUT_TEST_DATA_DIR), edgarDir());
    }
    // The user's folders, the cache among them, in a folder of the test's own.
    ProcessRun tieout(const QStringList &arguments) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        return ProcessRun::in(env, QStringLiteral(TIEOUT_EXECUTABLE), arguments);
    }
    QStringList fetch(const QStringList &more) const
    {
        return QStringList{u"fetch"_s, u"--edgar-url"_s, server.url().toString()} + more;
    }

    LoopbackHttpServer server;
    QTemporaryDir home;
    bool documents = false;
};

} // namespace

TEST_F(FetchCli, SendsNothingWithoutAUserAgent)
{
    const ProcessRun run = tieout(fetch({u"AAPL"_s}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"--user-agent \"NAME EMAIL\""_s)) << qPrintable(run.err);
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(FetchCli, FetchesTheLatestTenQIntoAFolderThatCheckOpens)
{
    if (!documents)
        GTEST_SKIP() << "the real EDGAR documents are not in " << qPrintable(edgarDir());
    const QTemporaryDir out;
    const QStringList arguments = fetch({u"--user-agent"_s, u"Jane Analyst jane@example.com"_s, u"--form"_s, u"10-Q"_s,
                                         u"--out"_s, out.path(), u"aapl"_s});
    const ProcessRun run = tieout(arguments);
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    const QString document = out.filePath(u"0000320193-25-000057/aapl-20250329.htm"_s);
    EXPECT_TRUE(run.out.startsWith(u"Apple Inc. (CIK 320193)\n  10-Q 0000320193-25-000057, filed 2025-05-02, "
                                   "period ended 2025-03-29\n"_s))
        << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(document)) << qPrintable(run.out);
    EXPECT_TRUE(QFileInfo::exists(out.filePath(u"0000320193-25-000057/aapl-20250329_cal.xml"_s)));
    for (const auto &request : server.requests())
        EXPECT_EQ(request.userAgent, "Jane Analyst jane@example.com") << qPrintable(request.path);

    // What it fetched is a filing like any other.
    const ProcessRun check = tieout({u"check"_s, document});
    EXPECT_NE(check.exitCode, 2) << qPrintable(check.err);
    EXPECT_TRUE(check.out.contains(u"[calculation]"_s) || check.out.contains(u"calculation"_s))
        << qPrintable(check.out.left(2000));

    // Fetched again: the cache answers, EDGAR is not asked.
    const qsizetype sent = server.requests().size();
    const ProcessRun again = tieout(arguments);
    EXPECT_EQ(again.exitCode, 0) << qPrintable(again.err);
    EXPECT_EQ(server.requests().size(), sent);
    EXPECT_TRUE(again.err.contains(u"0 request(s)"_s)) << qPrintable(again.err);
}

TEST_F(FetchCli, FetchesTheLatestEarningsRelease)
{
    if (!documents)
        GTEST_SKIP() << "the real EDGAR documents are not in " << qPrintable(edgarDir());
    const ProcessRun run =
        tieout(fetch({u"--user-agent"_s, u"Jane Analyst jane@example.com"_s, u"--form"_s, u"8-K"_s, u"320193"_s}));
    ASSERT_EQ(run.exitCode, 0) << qPrintable(run.err);
    EXPECT_TRUE(run.out.contains(u"  8-K 0000320193-24-000005, filed 2024-02-01\n"_s)) << qPrintable(run.out);
    EXPECT_TRUE(run.out.contains(u"/edgar/Archives/edgar/data/320193/000032019324000005/a8-kex991q1202412302023.htm"_s))
        << qPrintable(run.out);
}

TEST_F(FetchCli, SaysWhichCompaniesANameCouldMean)
{
    const ProcessRun run = tieout(fetch({u"--user-agent"_s, u"Jane Analyst jane@example.com"_s, u"Apple"_s}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"APLE"_s) && run.err.contains(u"Apple Inc."_s)) << qPrintable(run.err);
}

TEST_F(FetchCli, ReportsAForbiddenRequestInWords)
{
    LoopbackHttpServer::Response forbidden;
    forbidden.status = 403;
    server.serve(u"/files/company_tickers.json"_s, forbidden);
    const ProcessRun run = tieout(fetch({u"--user-agent"_s, u"Jane Analyst jane@example.com"_s, u"MSFT"_s}));
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(run.err.contains(u"403 Forbidden"_s)) << qPrintable(run.err);
}
