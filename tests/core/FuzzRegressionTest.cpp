// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in the ordinary suite, every input the fuzzers ever found a
// problem with (tests/fuzz/regressions) and the fuzzers' seeds, through
// exactly what each fuzz target runs: so a fixed crash stays fixed, and the
// ASan build (scripts/sanitize) checks them all under the sanitizers.
#include "fuzz/FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

std::vector<std::string> inputs()
{
    std::vector<std::string> paths;
    for (const QString &folder : {u"regressions"_s, u"seeds"_s}) {
        const QDir dir(QStringLiteral(TIEOUT_FUZZ_DIR) + u'/' + folder);
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            paths.push_back(dir.filePath(name).toStdString());
    }
    return paths;
}

class FuzzRegression : public ::testing::TestWithParam<std::string>
{ };

} // namespace

TEST_P(FuzzRegression, RunsThroughEveryTargetWithoutAFault)
{
    QFile file(QString::fromStdString(GetParam()));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << GetParam();
    const QByteArray bytes = file.readAll();
    FuzzTargets::releaseImporter(bytes);
    FuzzTargets::prospectusImporter(bytes);
    FuzzTargets::htmlImporter(bytes);
    FuzzTargets::inlineXbrlImporter(bytes);
    FuzzTargets::analysis(bytes);
}

INSTANTIATE_TEST_SUITE_P(Inputs, FuzzRegression, ::testing::ValuesIn(inputs()),
                         [](const ::testing::TestParamInfo<std::string> &input) {
                             const QFileInfo file(QString::fromStdString(input.param));
                             QString name = file.dir().dirName() + u'_' + file.completeBaseName();
                             return name.replace(QRegularExpression(u"[^A-Za-z0-9]"_s), u"_"_s).toStdString();
                         });

TEST(FuzzRegressionInputs, ThereAreInputsToReplay)
{
    EXPECT_GE(inputs().size(), 2U);
}
