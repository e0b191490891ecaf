// SPDX-License-Identifier: GPL-3.0-or-later
// The synthetic releases the benchmarks measure (benchmarks/SyntheticRelease)
// must be what they claim: the same bytes for the same size and seed, the
// bundled format that imports without a warning, customer schedules of
// 10,000+ rows, several companies, and figures built to tie, so that every
// check passes. A check that fails here is the analysis mistaking one
// figure for another (it once matched one company's cash with another's).
#include "SyntheticRelease.h"

#include "analysis/FilingAnalysis.h"
#include "checks/CheckText.h"
#include "import/FilingImporter.h"

#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 Size = 1'000'000;

const ImportResult &imported()
{
    static const ImportResult result =
        FilingImporter::importBytes(SyntheticRelease::document(Size), u"synthetic.txt"_s);
    return result;
}

} // namespace

TEST(SyntheticRelease, IsTheSameForTheSameSizeAndSeed)
{
    const QByteArray one = SyntheticRelease::document(200'000, 7);
    EXPECT_EQ(one, SyntheticRelease::document(200'000, 7));
    EXPECT_NE(one, SyntheticRelease::document(200'000, 8));
}

TEST(SyntheticRelease, IsAboutTheSizeAsked)
{
    const qint64 size = SyntheticRelease::document(Size).size();
    EXPECT_GE(size, Size * 98 / 100);
    EXPECT_LE(size, Size * 102 / 100);
}

TEST(SyntheticRelease, ImportsWithoutAWarning)
{
    ASSERT_TRUE(imported().filing.has_value());
    for (const Diagnostic &diagnostic : imported().diagnostics)
        ADD_FAILURE() << diagnostic.toString().toStdString();
    const Filing &filing = *imported().filing;
    EXPECT_GT(filing.schedules.size(), 300);
    const auto longest =
        std::max_element(filing.schedules.cbegin(), filing.schedules.cend(),
                         [](const Schedule &a, const Schedule &b) { return a.rows.size() < b.rows.size(); });
    EXPECT_GE(longest->rows.size(), 10'000);
    QSet<QString> companies;
    for (const Schedule &schedule : filing.schedules)
        companies.insert(schedule.company);
    EXPECT_GE(companies.size(), 2);
    EXPECT_EQ(filing.notes.size(), 4);
}

TEST(SyntheticRelease, EveryCheckTies)
{
    ASSERT_TRUE(imported().filing.has_value());
    const FilingAnalysisPtr analysis = FilingAnalysis::analyze(*imported().filing);
    EXPECT_GT(analysis->tieOut.checks.size(), 8000);
    const CheckText text(analysis->filing);
    for (const Check &check : analysis->tieOut.checks) {
        if (!check.passed())
            ADD_FAILURE() << text.schedule(check).toStdString() << ": " << text.description(check).toStdString();
        // A check with no period checks nothing, yet would count as passed:
        // a figure carried through ten years of releases is checked against
        // the release before, not the first, with which it shares no period.
        if (check.periods.isEmpty())
            ADD_FAILURE() << "checks no period: " << text.schedule(check).toStdString() << ": "
                          << text.description(check).toStdString();
    }
    EXPECT_FALSE(analysis->traces.isEmpty());
    const auto matched = std::count_if(analysis->claims.cbegin(), analysis->claims.cend(),
                                       [](const NarrativeClaim &claim) { return claim.matched; });
    EXPECT_GT(matched, 50);
}

TEST(SyntheticRelease, LongScheduleHasTheRowsAsked)
{
    const ImportResult result = FilingImporter::importBytes(SyntheticRelease::longSchedule(12'000), u"long.txt"_s);
    ASSERT_TRUE(result.filing.has_value());
    ASSERT_EQ(result.filing->schedules.size(), 1);
    // 12,000 customers, 300 region headings and subtotals, and the total.
    EXPECT_EQ(result.filing->schedules[0].rows.size(), 12'000 + 300 + 300 + 1);
}
