// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open from EDGAR…, offscreen, against the server on the loopback
// address that answers as EDGAR does.
#include "edgar/EdgarSettings.h"
#include "edgar/EdgarSettingsDialog.h"
#include "edgar/OpenFromEdgarDialog.h"
#include "support/EdgarRecording.h"
#include "support/LoopbackHttpServer.h"
#include "support/TestData.h"

#include <QDir>
#include <QEventLoop>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

bool waitFor(QSignalSpy &spy)
{
    return !spy.isEmpty() || spy.wait(10000);
}

class OpenFromEdgar : public ::testing::Test
{
protected:
    void SetUp() override
    {
        documents = EdgarRecording::serve(server, TestData::dataPath({}), TestData::edgarDir());
        options.userAgent = u"Jane Analyst jane@example.com"_s;
        options.baseUrl = server.url();
        options.cacheFolder = cache.path();
    }
    // A row as the list shows it.
    static QStringList row(const OpenFromEdgarDialog &dialog, int r)
    {
        const QTreeWidgetItem *item = dialog.findChild<QTreeWidget *>()->topLevelItem(r);
        QStringList cells;
        for (int c = 0; item && c < item->columnCount(); ++c)
            cells << item->text(c);
        return cells;
    }

    LoopbackHttpServer server;
    QTemporaryDir cache;
    EdgarOptions options;
    bool documents = false;
};

// Opens Apple's latest earnings release and 10-Q as an analyst would: the
// ticker typed, both picked, Open.
QStringList openLatest(const EdgarOptions &options)
{
    OpenFromEdgarDialog dialog(options);
    QSignalSpy settled(&dialog, &OpenFromEdgarDialog::settled);
    QSignalSpy ready(&dialog, &OpenFromEdgarDialog::filesReady);
    dialog.find(u"aapl"_s);
    EXPECT_TRUE(waitFor(settled)) << qPrintable(dialog.status());
    EXPECT_TRUE(dialog.selectLatest([](const EdgarFiling &f) { return f.isEarningsRelease(); }));
    EXPECT_TRUE(dialog.selectLatest([](const EdgarFiling &f) { return f.isQuarterlyReport(); }, true));
    QPushButton *open = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->text() == u"&Open"_s)
            open = button;
    }
    EXPECT_TRUE(open && open->isEnabled());
    if (open)
        open->click();
    EXPECT_TRUE(waitFor(ready)) << qPrintable(dialog.status());
    return ready.isEmpty() ? QStringList() : ready.constFirst().constFirst().toStringList();
}

} // namespace

TEST_F(OpenFromEdgar, ListsACompanysReleasesAndReportsByTicker)
{
    OpenFromEdgarDialog dialog(options);
    QSignalSpy settled(&dialog, &OpenFromEdgarDialog::settled);
    dialog.find(u"AAPL"_s);
    ASSERT_TRUE(waitFor(settled));
    EXPECT_EQ(dialog.status(), u"Apple Inc. (CIK 320193): 4 filing(s) shown."_s);
    // Newest first; the vote's 8-K and the Form 4 are not what Tieout opens.
    EXPECT_EQ(row(dialog, 0), (QStringList{u"2025-05-02"_s, u"10-Q"_s, u"Quarterly report"_s, u"2025-03-29"_s,
                                           u"0000320193-25-000057"_s}));
    EXPECT_EQ(row(dialog, 1), (QStringList{u"2024-02-02"_s, u"10-Q"_s, u"Quarterly report"_s, u"2023-12-30"_s,
                                           u"0000320193-24-000006"_s}));
    EXPECT_EQ(row(dialog, 2),
              (QStringList{u"2024-02-01"_s, u"8-K"_s, u"Earnings release"_s, QString(), u"0000320193-24-000005"_s}));
    EXPECT_EQ(row(dialog, 3).value(2), u"Annual report"_s);
    EXPECT_EQ(dialog.listed().size(), 4);
    // scripts/screenshots keeps the dialog as it stands, for docs/.
    if (const QString shots = qEnvironmentVariable("TIEOUT_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.selectLatest([](const EdgarFiling &f) { return f.isEarningsRelease(); });
        dialog.selectLatest([](const EdgarFiling &f) { return f.isQuarterlyReport(); }, true);
        dialog.show();
        EXPECT_TRUE(dialog.grab().save(QDir(shots).filePath(u"open-from-edgar.png"_s)));
        EdgarSettings::setUserAgent(u"Jane Analyst jane@example.com"_s);
        EdgarSettingsDialog settings(cache.path());
        settings.show();
        EXPECT_TRUE(settings.grab().save(QDir(shots).filePath(u"edgar-settings.png"_s)));
    }
}

TEST_F(OpenFromEdgar, OpensTheLatestReleaseAndTenQAndReopensThemWithoutARequest)
{
    if (!documents)
        GTEST_SKIP() << TestData::edgarAbsent(u"ixbrl/aapl-20250329-10-q"_s);
    const QStringList opened = openLatest(options);
    const QString root = cache.filePath(u"Archives/edgar/data/320193/"_s);
    // In the list's order, newest first.
    EXPECT_EQ(opened, (QStringList{root + u"000032019325000057/aapl-20250329.htm"_s,
                                   root + u"000032019324000005/a8-kex991q1202412302023.htm"_s}));
    const qsizetype sent = server.requests().size();
    EXPECT_GT(sent, 0);
    // From a fresh dialog, the same filings: the cache answers everything.
    EXPECT_EQ(openLatest(options), opened);
    EXPECT_EQ(server.requests().size(), sent);
}

TEST_F(OpenFromEdgar, SaysWhyARequestWasRefused)
{
    LoopbackHttpServer::Response forbidden;
    forbidden.status = 403;
    server.serve(u"/files/company_tickers.json"_s, forbidden);
    OpenFromEdgarDialog dialog(options);
    QSignalSpy settled(&dialog, &OpenFromEdgarDialog::settled);
    dialog.find(u"MSFT"_s);
    ASSERT_TRUE(waitFor(settled));
    EXPECT_TRUE(dialog.status().contains(u"403 Forbidden"_s)) << qPrintable(dialog.status());
    EXPECT_TRUE(dialog.listed().isEmpty());
}

TEST_F(OpenFromEdgar, OffersTheCompaniesALooseNameCouldMean)
{
    OpenFromEdgarDialog dialog(options);
    QSignalSpy settled(&dialog, &OpenFromEdgarDialog::settled);
    dialog.find(u"Apple"_s);
    ASSERT_TRUE(waitFor(settled));
    EXPECT_EQ(dialog.status(), u"\"Apple\" could mean 2 companies: pick one."_s);
    EXPECT_TRUE(dialog.listed().isEmpty());
}
