// SPDX-License-Identifier: GPL-3.0-or-later
// The XBRL calculation check and the linkbases it reads: hand-written
// linkbases in tests/data/xbrl/ (README.md there says what each holds) with
// instances built here, and the real linkbases of three EDGAR filing sets
// in ../shared/edgar/ixbrl/ (skipped, saying why, where that folder is
// absent). Every interval below is worked out by hand from v ± ½·10⁻ᵈ.
#include "amount/AmountInterval.h"
#include "checks/CalculationCheck.h"
#include "import/CalculationLinkbase.h"
#include "import/LabelLinkbase.h"
#include "import/LinkbaseFiles.h"
#include "import/LinkbaseReader.h"

#include "support/Amounts.h"
#include "support/QtPrinters.h"
#include "support/TestData.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;
using Verdict = CalculationResult::Verdict;

namespace {

const QString Operations = u"http://example.com/tiny/role/Operations"_s;
const QString JointVenture = u"http://example.com/tiny/role/JointVenture"_s;
const QString Empty = u"http://example.com/tiny/role/Empty"_s;
const QString Arcrole21 = u"http://www.xbrl.org/2003/arcrole/summation-item"_s;
const QString Arcrole11 = u"https://xbrl.org/2023/arcrole/summation-item"_s;

QString fixture(const QString &name)
{
    return QDir(QStringLiteral(TIEOUT_TEST_DATA_DIR "/xbrl")).filePath(name);
}

// ../shared/edgar/ixbrl beside the source tree, or TIEOUT_EDGAR_DIR/ixbrl.
QString edgarFile(const QString &relative)
{
    return QDir::cleanPath(QDir(TestData::edgarDir()).filePath(u"ixbrl/"_s + relative));
}

std::string absent(const QString &path)
{
    return TestData::edgarAbsent(QDir(TestData::edgarDir()).relativeFilePath(path));
}

#define SKIP_UNLESS_PRESENT(path) \
    if (!QFileInfo::exists(path)) \
    GTEST_SKIP() << absent(path)

// An instance built fact by fact: one entity, the first quarter of 2025.
class Instance
{
public:
    XbrlInstance instance;

    Instance() { instance.units.append({u"usd"_s, {u"iso4217:USD"_s}, {}, {}}); }

    int context(const QString &id, const QList<XbrlDimension> &dimensions = {}, int year = 2025)
    {
        XbrlContext context;
        context.id = id;
        context.entity = u"0000000001"_s;
        context.period.start = QDate(year, 1, 1);
        context.period.end = QDate(year, 3, 31);
        context.dimensions = dimensions;
        instance.contexts.append(context);
        return static_cast<int>(instance.contexts.size() - 1);
    }
    int unit(const QString &id, const QString &measure)
    {
        instance.units.append({id, {measure}, {}, {}});
        return static_cast<int>(instance.units.size() - 1);
    }
    // A number stated with these decimals, in US dollars unless told.
    int fact(const QString &conceptName, int context, const Amount &value, int decimals, int unit = 0)
    {
        XbrlFact fact = base(conceptName, context, unit);
        fact.value = value;
        fact.decimals = decimals;
        fact.hasDecimals = true;
        return append(fact);
    }
    // decimals="INF"
    int exactFact(const QString &conceptName, int context, const Amount &value)
    {
        XbrlFact fact = base(conceptName, context, 0);
        fact.value = value;
        fact.exact = true;
        fact.hasDecimals = true;
        return append(fact);
    }
    int nilFact(const QString &conceptName, int context)
    {
        XbrlFact fact = base(conceptName, context, 0);
        fact.nil = true;
        return append(fact);
    }

private:
    XbrlFact base(const QString &conceptName, int context, int unit) const
    {
        XbrlFact fact;
        fact.conceptName = conceptName;
        fact.context = context;
        fact.unit = unit;
        fact.numeric = true;
        return fact;
    }
    int append(const XbrlFact &fact)
    {
        instance.facts.append(fact);
        return static_cast<int>(instance.facts.size() - 1);
    }
};

CalculationItem item(const QString &conceptName, const Amount &weight)
{
    return {conceptName, weight, exact(1), Arcrole11, {}, {}};
}

// GrossProfit = Revenues - CostOfRevenue, as tiny-20250101_cal.xml says it.
QList<CalculationNetwork> grossProfit()
{
    return {{Operations,
             {{u"tiny:GrossProfit"_s,
               Arcrole21,
               {item(u"us-gaap:Revenues"_s, exact(1)), item(u"us-gaap:CostOfRevenue"_s, exact(-1))}}}}};
}

// Total = A + B
QList<CalculationNetwork> twoParts()
{
    return {{Operations, {{u"tiny:Total"_s, Arcrole11, {item(u"tiny:A"_s, exact(1)), item(u"tiny:B"_s, exact(1))}}}}};
}

// The verdict of Total = A + B for two items and a total stated with these decimals.
Verdict twoPartsVerdict(const Amount &a, const Amount &b, int itemDecimals, const Amount &total, int totalDecimals)
{
    Instance x;
    const int c = x.context(u"c"_s);
    x.fact(u"tiny:A"_s, c, a, itemDecimals);
    x.fact(u"tiny:B"_s, c, b, itemDecimals);
    x.fact(u"tiny:Total"_s, c, total, totalDecimals);
    const auto results = CalculationCheck::evaluate(x.instance, twoParts());
    EXPECT_EQ(results.size(), 1);
    return results.isEmpty() ? Verdict::NotBound : results.constFirst().verdict;
}

const CalculationNetwork *networkOf(const QList<CalculationNetwork> &networks, const QString &role)
{
    const auto found =
        std::find_if(networks.begin(), networks.end(), [&](const CalculationNetwork &n) { return n.role == role; });
    return found == networks.end() ? nullptr : &*found;
}

// A warning about this text whose message says this.
bool hasWarning(const Diagnostics &diagnostics, const QString &found, const QString &saying)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) {
        return !d.isError() && d.found == found && d.message.contains(saying);
    });
}

} // namespace

// --- AmountInterval for XBRL decimals ---

TEST(XbrlInterval, NegativeDecimalsStandForMillions)
{
    // 5,000,000 at decimals -6: ± 500,000.
    const auto interval = AmountInterval::around(exact(5000000), -6);
    ASSERT_TRUE(interval);
    EXPECT_EQ(interval->lowString(), u"4500000.0"_s);
    EXPECT_EQ(interval->highString(), u"5500000.0"_s);
}

TEST(XbrlInterval, DecimalsFinerThanTheValueIsWritten)
{
    // 1,064 at decimals 2: ± 0.005.
    const auto interval = AmountInterval::around(exact(1064), 2);
    ASSERT_TRUE(interval);
    EXPECT_EQ(interval->lowString(), u"1063.995"_s);
    EXPECT_EQ(interval->highString(), u"1064.005"_s);
    // 0.11 at decimals 2, as printed: ± 0.005.
    const auto printed = AmountInterval::around(exact(11, 2), 2);
    ASSERT_TRUE(printed);
    EXPECT_EQ(printed->lowString(), u"0.105"_s);
    EXPECT_EQ(printed->highString(), u"0.115"_s);
}

TEST(XbrlInterval, DecimalWeightsMultiplyExactly)
{
    // [99.5, 100.5] × 0.5 = [49.75, 50.25]; × -1 = [-100.5, -99.5].
    const auto interval = AmountInterval::around(exact(100), 0);
    ASSERT_TRUE(interval);
    const auto half = interval->times(exact(5, 1));
    ASSERT_TRUE(half);
    EXPECT_EQ(half->lowString(), u"49.75"_s);
    EXPECT_EQ(half->highString(), u"50.25"_s);
    const auto negated = interval->times(exact(-1));
    ASSERT_TRUE(negated);
    EXPECT_EQ(negated->lowString(), u"-100.5"_s);
    EXPECT_EQ(negated->highString(), u"-99.5"_s);
}

TEST(XbrlInterval, IntersectionIsWhatBothAllow)
{
    // [999,500, 1,000,500] ∩ [1,000,399.5, 1,000,400.5] is the second.
    const auto thousands = AmountInterval::around(exact(1000000), -3);
    const auto units = AmountInterval::around(exact(1000400), 0);
    ASSERT_TRUE(thousands && units);
    const auto both = thousands->intersection(*units);
    ASSERT_TRUE(both);
    EXPECT_EQ(both->lowString(), u"1000399.5"_s);
    EXPECT_EQ(both->highString(), u"1000400.5"_s);
    // [0.5, 1.5] and [1.5, 2.5] share 1.5; [0.5, 1.5] and [2.5, 3.5] nothing.
    const auto one = AmountInterval::around(exact(1), 0);
    const auto touching = one->intersection(*AmountInterval::around(exact(2), 0));
    ASSERT_TRUE(touching);
    EXPECT_EQ(touching->lowString(), u"1.5"_s);
    EXPECT_EQ(touching->highString(), u"1.5"_s);
    EXPECT_FALSE(one->intersection(*AmountInterval::around(exact(3), 0)));
}

TEST(XbrlInterval, RefusesWhatDoesNotFitRatherThanOverflowing)
{
    EXPECT_FALSE(AmountInterval::around(exact(1), 25));
    EXPECT_FALSE(AmountInterval::around(exact(1), -25));
    // 9.2e18 needs 21 digits at two decimals.
    EXPECT_FALSE(AmountInterval::around(exact(std::numeric_limits<qint64>::max()), 1));
    // 19 decimals, then one more from the weight.
    const auto fine = AmountInterval::around(exact(1, 18), 18);
    ASSERT_TRUE(fine);
    EXPECT_EQ(fine->decimals(), 19);
    EXPECT_FALSE(fine->times(exact(5, 1)));
}

// --- Finding the linkbases ---

TEST(LinkbaseFiles, FollowsTheSchemasLinkbaseRefsAndNothingRemote)
{
    const LinkbaseFiles found = LinkbaseFiles::find(fixture(u"tiny-20250101.htm"_s), u"tiny-20250101.xsd"_s);
    EXPECT_TRUE(found.schemaFound);
    EXPECT_EQ(found.schemaPath, fixture(u"tiny-20250101.xsd"_s));
    ASSERT_EQ(found.files.size(), 2);
    EXPECT_EQ(found.files[0].path, fixture(u"tiny-20250101_lab.xml"_s));
    EXPECT_EQ(found.files[0].kind, LinkbaseFile::Kind::Label);
    EXPECT_EQ(found.files[1].path, fixture(u"tiny-20250101_cal.xml"_s));
    EXPECT_EQ(found.files[1].kind, LinkbaseFile::Kind::Calculation);
    EXPECT_FALSE(found.files[1].embedded);
    EXPECT_EQ(found.calculationPaths(), QStringList{fixture(u"tiny-20250101_cal.xml"_s)});
    EXPECT_EQ(found.labelPaths(), QStringList{fixture(u"tiny-20250101_lab.xml"_s)});
    // The definition linkbase on the web and the missing presentation one.
    EXPECT_EQ(found.diagnostics.size(), 2);
    EXPECT_TRUE(
        hasWarning(found.diagnostics, u"https://example.com/tiny/tiny-20250101_def.xml"_s, u"nothing is downloaded"_s));
    EXPECT_TRUE(hasWarning(found.diagnostics, u"tiny-20250101_pre.xml"_s, u"not in its folder"_s));
}

TEST(LinkbaseFiles, ASchemaThatEmbedsItsLinkbasesIsOneOfThem)
{
    const LinkbaseFiles found = LinkbaseFiles::find(fixture(u"embedded.htm"_s), u"embedded-20250101.xsd"_s);
    EXPECT_TRUE(found.schemaFound);
    ASSERT_EQ(found.files.size(), 2);
    EXPECT_EQ(found.files[0].path, fixture(u"embedded-20250101.xsd"_s));
    EXPECT_EQ(found.files[0].kind, LinkbaseFile::Kind::Calculation);
    EXPECT_TRUE(found.files[0].embedded);
    EXPECT_EQ(found.files[1].kind, LinkbaseFile::Kind::Label);
    EXPECT_TRUE(found.diagnostics.isEmpty());

    const CalculationLinkbase linkbase = CalculationLinkbase::readFiles(found.calculationPaths());
    EXPECT_TRUE(linkbase.diagnostics().isEmpty());
    const QList<CalculationNetwork> networks = linkbase.networks();
    ASSERT_EQ(networks.size(), 1);
    EXPECT_EQ(networks[0].role, u"http://example.com/emb/role/Balance"_s);
    const CalculationSummation *assets = networks[0].summationOf(u"emb:Assets"_s);
    ASSERT_NE(assets, nullptr);
    EXPECT_EQ(assets->arcrole, Arcrole11);
    ASSERT_EQ(assets->items.size(), 2);
    EXPECT_EQ(assets->items[0].conceptName, u"emb:Cash"_s);
    EXPECT_EQ(assets->items[1].conceptName, u"emb:Receivables"_s);
    EXPECT_EQ(assets->items[1].location.line, 12);

    const LabelLinkbase labels = LabelLinkbase::readFiles(found.labelPaths());
    EXPECT_EQ(labels.label(u"emb:Assets"_s), u"Total assets"_s);
}

TEST(LinkbaseFiles, WithoutTheSchemaLooksForEdgarsNames)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    ASSERT_TRUE(QFile::copy(fixture(u"tiny-20250101_cal.xml"_s), folder.filePath(u"lone-20250101_cal.xml"_s)));
    ASSERT_TRUE(QFile::copy(fixture(u"tiny-20250101_lab.xml"_s), folder.filePath(u"lone-20250101_lab.xml"_s)));
    const QString document = folder.filePath(u"lone-20250101.htm"_s);

    for (const QString &schemaRef : {u"lone-20250101.xsd"_s, u"https://example.com/lone/lone-20250101.xsd"_s}) {
        const LinkbaseFiles found = LinkbaseFiles::find(document, schemaRef);
        EXPECT_FALSE(found.schemaFound) << qPrintable(schemaRef);
        EXPECT_EQ(found.calculationPaths(), QStringList{folder.filePath(u"lone-20250101_cal.xml"_s)});
        EXPECT_EQ(found.labelPaths(), QStringList{folder.filePath(u"lone-20250101_lab.xml"_s)});
        EXPECT_EQ(found.diagnostics.size(), 1);
    }
}

TEST(LinkbaseFiles, OnlyRelativeReferencesAreLocal)
{
    EXPECT_TRUE(LinkbaseFiles::isLocalRelative(u"aapl-20250329_cal.xml"_s));
    EXPECT_TRUE(LinkbaseFiles::isLocalRelative(u"sub/x_lab.xml"_s));
    EXPECT_FALSE(LinkbaseFiles::isLocalRelative(u"https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd"_s));
    EXPECT_FALSE(LinkbaseFiles::isLocalRelative(u"http://example.com/x_cal.xml"_s));
    EXPECT_FALSE(LinkbaseFiles::isLocalRelative(u"file:///etc/passwd"_s));
    EXPECT_FALSE(LinkbaseFiles::isLocalRelative(u"/etc/passwd"_s));
    EXPECT_FALSE(LinkbaseFiles::isLocalRelative(u"C:\\filings\\x_cal.xml"_s));
    EXPECT_FALSE(LinkbaseFiles::isLocalRelative(QString()));
}

// --- Reading calculation arcs ---

TEST(CalculationLinkbase, ReadsConceptsFromLocatorIds)
{
    EXPECT_EQ(
        LinkbaseReader::conceptOfHref(u"https://xbrl.fasb.org/us-gaap/2024/elts/us-gaap-2024.xsd#us-gaap_Revenues"_s),
        u"us-gaap:Revenues"_s);
    EXPECT_EQ(LinkbaseReader::conceptOfHref(u"x.xsd#ifrs-full_Revenue"_s), u"ifrs-full:Revenue"_s);
    // The first '_' splits: local names may hold one, prefixes may not.
    EXPECT_EQ(LinkbaseReader::conceptOfHref(u"x.xsd#tiny_Some_Name"_s), u"tiny:Some_Name"_s);
    EXPECT_EQ(LinkbaseReader::conceptOfHref(u"x.xsd#element(/1/2)"_s), QString());
    EXPECT_EQ(LinkbaseReader::conceptOfHref(u"x.xsd"_s), QString());
}

TEST(CalculationLinkbase, ReadsWeightsAsExactDecimals)
{
    const auto check = [](const QString &text, const Amount &expected) {
        const auto parsed = CalculationLinkbase::parseDecimal(text);
        ASSERT_TRUE(parsed) << qPrintable(text);
        EXPECT_TRUE(parsed->isIdenticalTo(expected))
            << qPrintable(text) << " read as " << qPrintable(parsed->toPlainString());
    };
    check(u"1.0"_s, exact(1));
    check(u"-1.0"_s, exact(-1));
    check(u" 0.50 "_s, exact(5, 1));
    check(u"+2"_s, exact(2));
    check(u"-.5"_s, exact(-5, 1));
    check(u"007"_s, exact(7));
    EXPECT_FALSE(CalculationLinkbase::parseDecimal(u"1e3"));
    EXPECT_FALSE(CalculationLinkbase::parseDecimal(u""));
    EXPECT_FALSE(CalculationLinkbase::parseDecimal(u"."));
    EXPECT_FALSE(CalculationLinkbase::parseDecimal(u"one"));
}

TEST(CalculationLinkbase, ReadsBothArcrolesWhateverThePrefix)
{
    const QString path = fixture(u"tiny-20250101_cal.xml"_s);
    CalculationLinkbase linkbase;
    ASSERT_TRUE(linkbase.read(path));
    EXPECT_TRUE(linkbase.diagnostics().isEmpty());
    EXPECT_EQ(linkbase.roles(), (QStringList{Operations, JointVenture, Empty}));
    EXPECT_EQ(linkbase.arcs().size(), 8); // prohibiting ones included

    const QList<CalculationNetwork> networks = linkbase.networks();
    ASSERT_EQ(networks.size(), 3);
    EXPECT_EQ(networks[0].role, Operations);
    EXPECT_EQ(networks[0].itemCount(), 4);

    // GrossProfit: OtherRevenue is prohibited by an equivalent arc that
    // writes the same order and weight as "3.0" and "1.00".
    const CalculationSummation *gross = networks[0].summationOf(u"tiny:GrossProfit"_s);
    ASSERT_NE(gross, nullptr);
    EXPECT_EQ(gross->arcrole, Arcrole21);
    ASSERT_EQ(gross->items.size(), 2);
    EXPECT_EQ(gross->items[0].conceptName, u"us-gaap:Revenues"_s);
    EXPECT_TRUE(gross->items[0].weight.isIdenticalTo(exact(1)));
    EXPECT_EQ(gross->items[1].conceptName, u"us-gaap:CostOfRevenue"_s);
    EXPECT_TRUE(gross->items[1].weight.isIdenticalTo(exact(-1)));
    EXPECT_EQ(gross->items[1].file, path);
    EXPECT_EQ(gross->items[1].location.line, 10);
    EXPECT_EQ(gross->items[1].location.column, 5);

    // OperatingIncome: the prohibition of priority 0 is overridden by the
    // optional arc of priority 1 (line 17); items in their order attribute's order.
    const CalculationSummation *operating = networks[0].summationOf(u"tiny:OperatingIncome"_s);
    ASSERT_NE(operating, nullptr);
    ASSERT_EQ(operating->items.size(), 2);
    EXPECT_EQ(operating->items[0].conceptName, u"tiny:GrossProfit"_s);
    EXPECT_EQ(operating->items[1].conceptName, u"tiny:OperatingExpenses"_s);
    EXPECT_EQ(operating->items[1].location.line, 17);

    // Written without a prefix, with the Calculations 1.1 arcrole, the arc before its locators.
    EXPECT_EQ(networks[1].role, JointVenture);
    const CalculationSummation *share = networks[1].summationOf(u"tiny:ShareOfJointVentureIncome"_s);
    ASSERT_NE(share, nullptr);
    EXPECT_EQ(share->arcrole, Arcrole11);
    ASSERT_EQ(share->items.size(), 1);
    EXPECT_EQ(share->items[0].conceptName, u"tiny:JointVentureIncome"_s);
    EXPECT_TRUE(share->items[0].weight.isIdenticalTo(exact(5, 1)));
    EXPECT_EQ(share->items[0].location.line, 21);
    EXPECT_EQ(share->items[0].location.column, 5);

    EXPECT_EQ(networks[2].role, Empty);
    EXPECT_TRUE(networks[2].summations.isEmpty());
}

TEST(CalculationLinkbase, MalformedXmlIsAnErrorWithWhereAndWhatWasExpected)
{
    const QString path = fixture(u"broken-20250101_cal.xml"_s);
    CalculationLinkbase linkbase;
    EXPECT_FALSE(linkbase.read(path));
    EXPECT_TRUE(linkbase.hasErrors());
    ASSERT_EQ(linkbase.diagnostics().size(), 1);
    const Diagnostic &error = linkbase.diagnostics().constFirst();
    EXPECT_TRUE(error.isError());
    EXPECT_EQ(error.file, path);
    EXPECT_EQ(error.line, 8); // </link:linkbase> while the link of line 4 is open
    EXPECT_GT(error.column, 0);
    EXPECT_TRUE(error.message.contains(u"expected </link:calculationLink>"_s)) << qPrintable(error.message);
    EXPECT_TRUE(error.message.contains(u"line 4"_s)) << qPrintable(error.message);
    // A file read in part adds nothing.
    EXPECT_TRUE(linkbase.arcs().isEmpty());
    EXPECT_TRUE(linkbase.networks().isEmpty());
}

TEST(CalculationLinkbase, AMissingFileIsAnError)
{
    CalculationLinkbase linkbase;
    EXPECT_FALSE(linkbase.read(fixture(u"no-such_cal.xml"_s)));
    ASSERT_EQ(linkbase.diagnostics().size(), 1);
    EXPECT_TRUE(linkbase.diagnostics()[0].isError());
    EXPECT_EQ(linkbase.diagnostics()[0].line, 0);
}

TEST(CalculationLinkbase, ArcsItCannotUseAreWarningsAndTheRestIsRead)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"odd_cal.xml"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(R"(<linkbase xmlns="http://www.xbrl.org/2003/linkbase" xmlns:x="http://www.w3.org/1999/xlink">
<calculationLink x:role="http://example.com/r" x:type="extended">
<loc x:type="locator" x:label="t" x:href="a.xsd#odd_Total"/>
<loc x:type="locator" x:label="i" x:href="a.xsd#odd_Item"/>
<calculationArc x:type="arc" x:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" x:from="t" x:to="nobody" weight="1"/>
<calculationArc x:type="arc" x:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" x:from="t" x:to="i" weight="0"/>
<calculationArc x:type="arc" x:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" x:from="t" x:to="i" weight="one"/>
<calculationArc x:type="arc" x:arcrole="http://example.com/arcrole/other" x:from="t" x:to="i" weight="1"/>
<calculationArc x:type="arc" x:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" x:from="t" x:to="i" weight="2"/>
</calculationLink>
</linkbase>
)");
    file.close();
    CalculationLinkbase linkbase;
    ASSERT_TRUE(linkbase.read(path));
    EXPECT_FALSE(linkbase.hasErrors());
    ASSERT_EQ(linkbase.diagnostics().size(), 4);
    EXPECT_EQ(linkbase.diagnostics()[0].line, 6); // weight 0, reported as its arc is read
    EXPECT_EQ(linkbase.diagnostics()[1].line, 7); // weight "one"
    EXPECT_EQ(linkbase.diagnostics()[2].line, 8); // another arcrole
    EXPECT_EQ(linkbase.diagnostics()[3].line, 5); // the label no locator has, at the link's end
    EXPECT_EQ(linkbase.diagnostics()[3].found, u"nobody"_s);
    ASSERT_EQ(linkbase.arcs().size(), 1);
    EXPECT_EQ(linkbase.arcs()[0].from, u"odd:Total"_s);
    EXPECT_TRUE(linkbase.arcs()[0].weight.isIdenticalTo(exact(2)));
}

TEST(CalculationLinkbase, AProhibitionOfEqualPriorityWinsInEitherOrder)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    const QString path = folder.filePath(u"priority_cal.xml"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    // Items a and b are each written twice with priority 2, once optional and
    // once prohibited, in the two orders; c is prohibited at priority 1 but
    // written again as optional at priority 2; d's prohibition weighs -1, so
    // it is not equivalent to d's arc of weight 1.
    file.write(
        R"(<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" xmlns:xlink="http://www.w3.org/1999/xlink">
<link:calculationLink xlink:role="http://example.com/r" xlink:type="extended">
<link:loc xlink:type="locator" xlink:label="t" xlink:href="p.xsd#p_Total"/>
<link:loc xlink:type="locator" xlink:label="a" xlink:href="p.xsd#p_A"/>
<link:loc xlink:type="locator" xlink:label="b" xlink:href="p.xsd#p_B"/>
<link:loc xlink:type="locator" xlink:label="c" xlink:href="p.xsd#p_C"/>
<link:loc xlink:type="locator" xlink:label="d" xlink:href="p.xsd#p_D"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="a" weight="1" priority="2"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="a" weight="1" priority="2" use="prohibited"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="b" weight="1" priority="2" use="prohibited"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="b" weight="1" priority="2"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="c" weight="1" priority="1" use="prohibited"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="c" weight="1" priority="2"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="d" weight="1"/>
<link:calculationArc xlink:type="arc" xlink:arcrole="http://www.xbrl.org/2003/arcrole/summation-item" xlink:from="t" xlink:to="d" weight="-1" use="prohibited"/>
</link:calculationLink>
</link:linkbase>
)");
    file.close();
    CalculationLinkbase linkbase;
    ASSERT_TRUE(linkbase.read(path));
    EXPECT_EQ(linkbase.arcs().size(), 8);
    const QList<CalculationNetwork> networks = linkbase.networks();
    ASSERT_EQ(networks.size(), 1);
    const CalculationSummation *total = networks[0].summationOf(u"p:Total"_s);
    ASSERT_NE(total, nullptr);
    ASSERT_EQ(total->items.size(), 2);
    EXPECT_EQ(total->items[0].conceptName, u"p:C"_s);
    EXPECT_EQ(total->items[1].conceptName, u"p:D"_s);
    EXPECT_EQ(total->items[1].location.line, 14);
}

// --- Labels ---

TEST(LabelLinkbase, PrefersUsEnglishAndKeepsTerseAndVerboseLabels)
{
    LabelLinkbase labels;
    ASSERT_TRUE(labels.read(fixture(u"tiny-20250101_lab.xml"_s)));
    EXPECT_TRUE(labels.diagnostics().isEmpty());
    EXPECT_EQ(labels.conceptCount(), 3);
    EXPECT_EQ(labels.label(u"tiny:GrossProfit"_s), u"Gross Profit"_s);
    EXPECT_EQ(labels.label(u"tiny:GrossProfit"_s, LabelLinkbase::TerseLabel), u"Gross margin"_s);
    // No role is the standard label; the text's runs of white space are one space.
    EXPECT_EQ(labels.label(u"us-gaap:Revenues"_s), u"Revenues, net"_s);
    EXPECT_EQ(labels.label(u"us-gaap:Revenues"_s, LabelLinkbase::VerboseLabel),
              u"Revenues from all sources, net of returns"_s);
    EXPECT_EQ(labels.label(u"tiny:OperatingExpenses"_s), QString());
    EXPECT_EQ(labels.bestLabel(u"tiny:OperatingExpenses"_s), u"Operating expenses"_s);
    EXPECT_EQ(labels.roles(u"tiny:GrossProfit"_s),
              (QStringList{u"http://www.xbrl.org/2003/role/label"_s, u"http://www.xbrl.org/2003/role/terseLabel"_s}));
    const QHash<QString, QString> best = labels.bestLabels();
    EXPECT_EQ(best.size(), 3);
    EXPECT_EQ(best.value(u"tiny:GrossProfit"_s), u"Gross Profit"_s);
    EXPECT_EQ(best.value(u"tiny:OperatingExpenses"_s), u"Operating expenses"_s);
}

// --- The check ---

TEST(CalculationCheck, PassesWhenTheFiguresTie)
{
    Instance x;
    const int c = x.context(u"q1"_s);
    const int revenues = x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0);
    const int cost = x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(400), 0);
    const int gross = x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 1);
    const CalculationResult &r = results[0];
    EXPECT_EQ(r.verdict, Verdict::Pass);
    EXPECT_EQ(r.role, Operations);
    EXPECT_EQ(r.total, u"tiny:GrossProfit"_s);
    EXPECT_EQ(r.context, c);
    EXPECT_EQ(r.unit, 0);
    EXPECT_EQ(r.totalFact, gross);
    ASSERT_EQ(r.items.size(), 2);
    EXPECT_EQ(r.items[0].fact, revenues);
    EXPECT_TRUE(r.items[0].weight.isIdenticalTo(exact(1)));
    EXPECT_EQ(r.items[1].fact, cost);
    EXPECT_TRUE(r.items[1].weight.isIdenticalTo(exact(-1)));
    // [999.5, 1000.5] - [399.5, 400.5] = [599, 601] against [599.5, 600.5].
    EXPECT_EQ(r.itemsLow, u"599.0"_s);
    EXPECT_EQ(r.itemsHigh, u"601.0"_s);
    EXPECT_EQ(r.totalLow, u"599.5"_s);
    EXPECT_EQ(r.totalHigh, u"600.5"_s);
    EXPECT_EQ(CalculationResult::verdictName(r.verdict), u"pass"_s);
}

TEST(CalculationCheck, FailsOneMillionBeyondTheRoundingOfMillions)
{
    Instance x;
    const int now = x.context(u"q1-2025"_s);
    const int before = x.context(u"q1-2024"_s, {}, 2024);
    for (int c : {now, before}) {
        x.fact(u"us-gaap:Revenues"_s, c, exact(100000000), -6);
        x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(40000000), -6);
    }
    // Items [99.5M, 100.5M] - [39.5M, 40.5M] = [59M, 61M]: 62M ± 0.5M misses
    // it by half a million, 61M ± 0.5M reaches it.
    x.fact(u"tiny:GrossProfit"_s, now, exact(62000000), -6);
    x.fact(u"tiny:GrossProfit"_s, before, exact(61000000), -6);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].context, now);
    EXPECT_EQ(results[0].verdict, Verdict::Fail);
    EXPECT_EQ(results[0].itemsLow, u"59000000.0"_s);
    EXPECT_EQ(results[0].itemsHigh, u"61000000.0"_s);
    EXPECT_EQ(results[0].totalLow, u"61500000.0"_s);
    EXPECT_EQ(results[0].totalHigh, u"62500000.0"_s);
    EXPECT_FALSE(results[0].brokenByDimensionalItem);
    EXPECT_EQ(results[1].context, before);
    EXPECT_EQ(results[1].verdict, Verdict::Pass);
}

TEST(CalculationCheck, TiesWithinRoundingAndNoFurther)
{
    // 1.4 + 1.4 at one decimal: [2.70, 2.90] meets 3's [2.5, 3.5] though 2.8 ≠ 3.
    EXPECT_EQ(twoPartsVerdict(exact(14, 1), exact(14, 1), 1, exact(3), 0), Verdict::Pass);
    // 1.2 + 1.2: [2.30, 2.50] touches [2.5, 3.5] at 2.5; the intervals are closed.
    EXPECT_EQ(twoPartsVerdict(exact(12, 1), exact(12, 1), 1, exact(3), 0), Verdict::Pass);
    // 1.1 + 1.1: [2.10, 2.30] falls short.
    EXPECT_EQ(twoPartsVerdict(exact(11, 1), exact(11, 1), 1, exact(3), 0), Verdict::Fail);
    // Whole numbers: 1 + 1 is [1, 3], which reaches 3 but not 4 ([3.5, 4.5]).
    EXPECT_EQ(twoPartsVerdict(exact(1), exact(1), 0, exact(3), 0), Verdict::Pass);
    EXPECT_EQ(twoPartsVerdict(exact(1), exact(1), 0, exact(4), 0), Verdict::Fail);
    // 1.4 stated at decimals 0 has a digit below its precision: not checked.
    EXPECT_EQ(twoPartsVerdict(exact(14, 1), exact(14, 1), 0, exact(3), 0), Verdict::ExcessDigits);
}

TEST(CalculationCheck, ATotalWithoutItemsHereIsNotBound)
{
    Instance x;
    const int now = x.context(u"q1-2025"_s);
    const int before = x.context(u"q1-2024"_s, {}, 2024);
    const int gross = x.fact(u"tiny:GrossProfit"_s, now, exact(600), 0);
    // Items only in a context without a total: no result there.
    x.fact(u"us-gaap:Revenues"_s, before, exact(1000), 0);
    x.fact(u"us-gaap:CostOfRevenue"_s, before, exact(400), 0);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].verdict, Verdict::NotBound);
    EXPECT_EQ(results[0].totalFact, gross);
    EXPECT_EQ(results[0].items[0].fact, -1);
    EXPECT_EQ(results[0].items[1].fact, -1);
    EXPECT_TRUE(results[0].itemsLow.isEmpty());
}

TEST(CalculationCheck, NilFactsTakeNoPart)
{
    // Only nil items: not bound.
    {
        Instance x;
        const int c = x.context(u"q1"_s);
        x.nilFact(u"us-gaap:Revenues"_s, c);
        x.nilFact(u"us-gaap:CostOfRevenue"_s, c);
        x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
        const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
        ASSERT_EQ(results.size(), 1);
        EXPECT_EQ(results[0].verdict, Verdict::NotBound);
    }
    // A nil total: not bound either.
    {
        Instance x;
        const int c = x.context(u"q1"_s);
        x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0);
        const int gross = x.nilFact(u"tiny:GrossProfit"_s, c);
        const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
        ASSERT_EQ(results.size(), 1);
        EXPECT_EQ(results[0].verdict, Verdict::NotBound);
        EXPECT_EQ(results[0].totalFact, gross);
    }
    // A nil item beside one with a value: the sum is of the value alone,
    // [-400.5, -399.5], far from [599.5, 600.5].
    {
        Instance x;
        const int c = x.context(u"q1"_s);
        x.nilFact(u"us-gaap:Revenues"_s, c);
        x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(400), 0);
        x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
        const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
        ASSERT_EQ(results.size(), 1);
        EXPECT_EQ(results[0].verdict, Verdict::Fail);
        EXPECT_EQ(results[0].items[0].fact, -1);
        EXPECT_EQ(results[0].itemsLow, u"-400.5"_s);
        EXPECT_EQ(results[0].itemsHigh, u"-399.5"_s);
    }
}

TEST(CalculationCheck, ConsistentDuplicatesCountAsTheirMostPreciseFact)
{
    Instance x;
    const int c = x.context(u"q1"_s);
    // 1,000,000 in thousands ([999,500, 1,000,500]) and 999,600 in units
    // ([999,599.5, 999,600.5]) agree; the second is the finer.
    const int thousands = x.fact(u"us-gaap:Revenues"_s, c, exact(1000000), -3);
    const int units = x.fact(u"us-gaap:Revenues"_s, c, exact(999600), 0);
    x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(400000), -3);
    x.fact(u"tiny:GrossProfit"_s, c, exact(601000), -3);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 1);
    const CalculationResult &r = results[0];
    EXPECT_EQ(r.items[0].fact, units);
    EXPECT_EQ(r.items[0].duplicates, (QList<int>{thousands, units}));
    EXPECT_FALSE(r.items[0].inconsistent);
    // [999,599.5, 999,600.5] - [399,500, 400,500] = [599,099.5, 600,100.5],
    // short of [600,500, 601,500]; the thousands alone would have tied.
    EXPECT_EQ(r.itemsLow, u"599099.5"_s);
    EXPECT_EQ(r.itemsHigh, u"600100.5"_s);
    EXPECT_EQ(r.totalLow, u"600500.0"_s);
    EXPECT_EQ(r.totalHigh, u"601500.0"_s);
    EXPECT_EQ(r.verdict, Verdict::Fail);
}

TEST(CalculationCheck, CompleteDuplicatesAreOneFact)
{
    Instance x;
    const int c = x.context(u"q1"_s);
    x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0);
    x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(400), 0);
    const int first = x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
    const int second = x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].verdict, Verdict::Pass);
    EXPECT_EQ(results[0].totalFact, first);
    EXPECT_EQ(results[0].totalDuplicates, (QList<int>{first, second}));
}

TEST(CalculationCheck, InconsistentDuplicatesStopTheCheck)
{
    const auto verdictWith = [](auto addRevenues, bool duplicateTotal = false) {
        Instance x;
        const int c = x.context(u"q1"_s);
        addRevenues(x, c);
        x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(400), 0);
        x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
        if (duplicateTotal)
            x.fact(u"tiny:GrossProfit"_s, c, exact(601), 0);
        const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
        EXPECT_EQ(results.size(), 1);
        return results.value(0);
    };
    // The same decimals, two values.
    const CalculationResult sameDecimals = verdictWith([](Instance &x, int c) {
        x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0);
        x.fact(u"us-gaap:Revenues"_s, c, exact(1001), 0);
    });
    EXPECT_EQ(sameDecimals.verdict, Verdict::Duplicates);
    EXPECT_TRUE(sameDecimals.items[0].inconsistent);
    EXPECT_EQ(CalculationResult::verdictName(sameDecimals.verdict), u"duplicates"_s);
    // [999,500, 1,000,500] and [1,000,599.5, 1,000,600.5] share nothing.
    EXPECT_EQ(verdictWith([](Instance &x, int c) {
                  x.fact(u"us-gaap:Revenues"_s, c, exact(1000000), -3);
                  x.fact(u"us-gaap:Revenues"_s, c, exact(1000600), 0);
              }).verdict,
              Verdict::Duplicates);
    // A nil beside a value.
    EXPECT_EQ(verdictWith([](Instance &x, int c) {
                  x.nilFact(u"us-gaap:Revenues"_s, c);
                  x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0);
              }).verdict,
              Verdict::Duplicates);
    // The total twice, 600 and 601.
    const CalculationResult total =
        verdictWith([](Instance &x, int c) { x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0); }, true);
    EXPECT_EQ(total.verdict, Verdict::Duplicates);
    EXPECT_TRUE(total.totalInconsistent);
}

TEST(CalculationCheck, WeightsFromTheLinkbaseIncludingAHalf)
{
    CalculationLinkbase linkbase;
    ASSERT_TRUE(linkbase.read(fixture(u"tiny-20250101_cal.xml"_s)));
    const QList<CalculationNetwork> networks = linkbase.networks();
    for (const qint64 share : {50, 51}) {
        Instance x;
        const int c = x.context(u"q1"_s);
        x.fact(u"tiny:JointVentureIncome"_s, c, exact(100), 0);
        x.fact(u"tiny:ShareOfJointVentureIncome"_s, c, exact(share), 0);
        const auto results = CalculationCheck::evaluate(x.instance, networks);
        ASSERT_EQ(results.size(), 1);
        EXPECT_EQ(results[0].role, JointVenture);
        EXPECT_EQ(results[0].arcrole, Arcrole11);
        // [99.5, 100.5] × 0.5 = [49.75, 50.25]: 50 ([49.5, 50.5]) ties, 51 ([50.5, 51.5]) does not.
        EXPECT_EQ(results[0].itemsLow, u"49.75"_s);
        EXPECT_EQ(results[0].itemsHigh, u"50.25"_s);
        EXPECT_EQ(results[0].verdict, share == 50 ? Verdict::Pass : Verdict::Fail);
    }
    // GrossProfit's -1.0 from the file subtracts.
    Instance x;
    const int c = x.context(u"q1"_s);
    x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0);
    x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(400), 0);
    x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
    const auto results = CalculationCheck::evaluate(x.instance, networks);
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].total, u"tiny:GrossProfit"_s);
    EXPECT_EQ(results[0].verdict, Verdict::Pass);
}

TEST(CalculationCheck, ABreakFromALineTaggedOnlyWithADimensionIsNamed)
{
    Instance x;
    const int total = x.context(u"q1"_s);
    const int segment =
        x.context(u"q1-widgets"_s, {{u"us-gaap:StatementBusinessSegmentsAxis"_s, u"tiny:WidgetsMember"_s}});
    const int revenues = x.fact(u"us-gaap:Revenues"_s, segment, exact(1000), 0);
    x.fact(u"us-gaap:CostOfRevenue"_s, total, exact(400), 0);
    x.fact(u"tiny:GrossProfit"_s, total, exact(600), 0);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 1);
    const CalculationResult &r = results[0];
    EXPECT_EQ(r.context, total);
    EXPECT_EQ(r.verdict, Verdict::Fail);
    EXPECT_EQ(r.items[0].fact, -1);
    EXPECT_TRUE(r.items[0].dimensionalOnly);
    EXPECT_FALSE(r.items[1].dimensionalOnly);
    EXPECT_TRUE(r.brokenByDimensionalItem);
    EXPECT_NE(revenues, -1);
}

TEST(CalculationCheck, EquivalentContextsAndEqualUnitsBind)
{
    Instance x;
    const int c = x.context(u"c1"_s);
    const int same = x.context(u"c1-again"_s);
    const int dollars = x.unit(u"u-dollars"_s, u"iso4217:USD"_s);
    const int shares = x.unit(u"shares"_s, u"xbrli:shares"_s);
    x.fact(u"us-gaap:Revenues"_s, same, exact(1000), 0, dollars);
    x.fact(u"us-gaap:CostOfRevenue"_s, same, exact(400), 0);
    x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0);
    // A total in shares meets no item.
    x.fact(u"tiny:GrossProfit"_s, c, exact(600), 0, shares);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 2);
    EXPECT_EQ(results[0].context, c);
    EXPECT_EQ(results[0].verdict, Verdict::Pass);
    EXPECT_EQ(results[1].unit, shares);
    EXPECT_EQ(results[1].verdict, Verdict::NotBound);
}

TEST(CalculationCheck, FactsWithAnotherPrefixAreMatchedByLocalName)
{
    Instance x;
    const int c = x.context(u"q1"_s);
    x.fact(u"us-gaap:Revenues"_s, c, exact(1000), 0);
    x.fact(u"us-gaap:CostOfRevenue"_s, c, exact(400), 0);
    const int gross = x.fact(u"tny:GrossProfit"_s, c, exact(600), 0);
    const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
    ASSERT_EQ(results.size(), 1);
    EXPECT_EQ(results[0].total, u"tiny:GrossProfit"_s);
    EXPECT_EQ(results[0].totalFact, gross);
    EXPECT_EQ(results[0].verdict, Verdict::Pass);
}

TEST(CalculationCheck, ExactValuesStandForThemselves)
{
    for (const qint64 gross : {600, 601}) {
        Instance x;
        const int c = x.context(u"q1"_s);
        x.exactFact(u"us-gaap:Revenues"_s, c, exact(1000));
        x.exactFact(u"us-gaap:CostOfRevenue"_s, c, exact(400));
        x.exactFact(u"tiny:GrossProfit"_s, c, exact(gross));
        const auto results = CalculationCheck::evaluate(x.instance, grossProfit());
        ASSERT_EQ(results.size(), 1);
        EXPECT_EQ(results[0].itemsLow, u"600.0"_s);
        EXPECT_EQ(results[0].itemsHigh, u"600.0"_s);
        EXPECT_EQ(results[0].verdict, gross == 600 ? Verdict::Pass : Verdict::Fail);
    }
}

// --- Real filing sets from EDGAR ---

TEST(EdgarLinkbases, AppleFindsItsLinkbasesThroughItsSchema)
{
    const QString document = edgarFile(u"aapl-20250329-10-q/aapl-20250329.htm"_s);
    SKIP_UNLESS_PRESENT(document);
    const LinkbaseFiles found = LinkbaseFiles::find(document, u"aapl-20250329.xsd"_s);
    EXPECT_TRUE(found.schemaFound);
    EXPECT_TRUE(found.diagnostics.isEmpty());
    EXPECT_EQ(found.files.size(), 4); // _pre, _def, _lab, _cal
    EXPECT_EQ(found.calculationPaths(), QStringList{edgarFile(u"aapl-20250329-10-q/aapl-20250329_cal.xml"_s)});
    EXPECT_EQ(found.labelPaths(), QStringList{edgarFile(u"aapl-20250329-10-q/aapl-20250329_lab.xml"_s)});
}

TEST(EdgarLinkbases, AppleCalculations)
{
    const QString path = edgarFile(u"aapl-20250329-10-q/aapl-20250329_cal.xml"_s);
    SKIP_UNLESS_PRESENT(path);
    CalculationLinkbase linkbase;
    ASSERT_TRUE(linkbase.read(path));
    EXPECT_TRUE(linkbase.diagnostics().isEmpty());
    // ../shared/edgar/README.md: 106 summation-item arcs in 9 roles, 22 with weight -1.
    EXPECT_EQ(linkbase.arcs().size(), 106);
    EXPECT_EQ(linkbase.roles().size(), 9);
    EXPECT_EQ(std::count_if(linkbase.arcs().begin(), linkbase.arcs().end(),
                            [](const CalculationArc &arc) { return arc.weight == exact(-1); }),
              22);
    const QList<CalculationNetwork> networks = linkbase.networks();
    qsizetype items = 0;
    for (const CalculationNetwork &network : networks)
        items += network.itemCount();
    EXPECT_EQ(items, 106); // none prohibited

    // Lines 16-18 of the file: gross margin is net sales less cost of sales.
    const CalculationNetwork *operations =
        networkOf(networks, u"http://www.apple.com/role/CONDENSEDCONSOLIDATEDSTATEMENTSOFOPERATIONSUnaudited"_s);
    ASSERT_NE(operations, nullptr);
    const CalculationSummation *gross = operations->summationOf(u"us-gaap:GrossProfit"_s);
    ASSERT_NE(gross, nullptr);
    EXPECT_EQ(gross->arcrole, Arcrole21);
    ASSERT_EQ(gross->items.size(), 2);
    EXPECT_EQ(gross->items[0].conceptName, u"us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"_s);
    EXPECT_TRUE(gross->items[0].weight.isIdenticalTo(exact(1)));
    EXPECT_EQ(gross->items[1].conceptName, u"us-gaap:CostOfGoodsAndServicesSold"_s);
    EXPECT_TRUE(gross->items[1].weight.isIdenticalTo(exact(-1)));
    EXPECT_EQ(gross->items[1].location.line, 18);
    EXPECT_EQ(gross->items[1].location.column, 5);
    // Lines 31-33: net income is income before taxes less the provision.
    const CalculationSummation *net = operations->summationOf(u"us-gaap:NetIncomeLoss"_s);
    ASSERT_NE(net, nullptr);
    ASSERT_EQ(net->items.size(), 2);
    EXPECT_EQ(net->items[0].conceptName,
              u"us-gaap:IncomeLossFromContinuingOperationsBeforeIncomeTaxesExtraordinaryItemsNoncontrollingInterest"_s);
    EXPECT_EQ(net->items[1].conceptName, u"us-gaap:IncomeTaxExpenseBenefit"_s);
    EXPECT_TRUE(net->items[1].weight.isIdenticalTo(exact(-1)));
    // Lines 58-60: an extension concept, with Apple's own prefix.
    const CalculationNetwork *comprehensive = networkOf(
        networks, u"http://www.apple.com/role/CONDENSEDCONSOLIDATEDSTATEMENTSOFCOMPREHENSIVEINCOMEUnaudited"_s);
    ASSERT_NE(comprehensive, nullptr);
    const CalculationSummation *derivatives = comprehensive->summationOf(
        u"aapl:OtherComprehensiveIncomeLossDerivativeInstrumentGainLossafterReclassificationandTax"_s);
    ASSERT_NE(derivatives, nullptr);
    ASSERT_EQ(derivatives->items.size(), 2);
    EXPECT_EQ(derivatives->items[1].conceptName,
              u"aapl:OtherComprehensiveIncomeLossDerivativeInstrumentGainLossReclassificationAfterTax"_s);
    EXPECT_TRUE(derivatives->items[1].weight.isIdenticalTo(exact(-1)));
}

TEST(EdgarLinkbases, AppleLabels)
{
    const QString path = edgarFile(u"aapl-20250329-10-q/aapl-20250329_lab.xml"_s);
    SKIP_UNLESS_PRESENT(path);
    LabelLinkbase labels;
    ASSERT_TRUE(labels.read(path));
    // Lines 1471-1474.
    EXPECT_EQ(labels.label(u"us-gaap:GrossProfit"_s), u"Gross Profit"_s);
    EXPECT_EQ(labels.label(u"us-gaap:GrossProfit"_s, LabelLinkbase::TotalLabel), u"Gross margin"_s);
}

TEST(EdgarLinkbases, AeonCalculationsWrittenWithoutAPrefix)
{
    const QString path = edgarFile(u"aeon-20230930-10-q/aeon-20230930_cal.xml"_s);
    SKIP_UNLESS_PRESENT(path);
    const LinkbaseFiles found =
        LinkbaseFiles::find(edgarFile(u"aeon-20230930-10-q/aeon-20230930x10q.htm"_s), u"aeon-20230930.xsd"_s);
    EXPECT_EQ(found.calculationPaths(), QStringList{path});

    CalculationLinkbase linkbase;
    ASSERT_TRUE(linkbase.read(path));
    EXPECT_TRUE(linkbase.diagnostics().isEmpty());
    // ../shared/edgar/README.md: 71 arcs in 7 roles; 10 of them weigh -1
    // (weight="-1" counted in the file with grep).
    EXPECT_EQ(linkbase.arcs().size(), 71);
    EXPECT_EQ(linkbase.roles().size(), 7);
    EXPECT_EQ(std::count_if(linkbase.arcs().begin(), linkbase.arcs().end(),
                            [](const CalculationArc &arc) { return arc.weight == exact(-1); }),
              10);
    // Lines 34-42: stockholders' equity, treasury stock subtracted.
    const QList<CalculationNetwork> networks = linkbase.networks();
    const CalculationNetwork *balance =
        networkOf(networks, u"http://www.aeonbiopharma.com/role/StatementCondensedConsolidatedBalanceSheets"_s);
    ASSERT_NE(balance, nullptr);
    const CalculationSummation *equity = balance->summationOf(u"us-gaap:StockholdersEquity"_s);
    ASSERT_NE(equity, nullptr);
    ASSERT_EQ(equity->items.size(), 5);
    EXPECT_EQ(equity->items[0].conceptName, u"us-gaap:CommonStockValue"_s);
    EXPECT_EQ(equity->items[1].conceptName, u"us-gaap:AdditionalPaidInCapital"_s);
    EXPECT_EQ(equity->items[2].conceptName, u"aeon:SubscriptionReceivables"_s);
    EXPECT_EQ(equity->items[3].conceptName, u"us-gaap:RetainedEarningsAccumulatedDeficit"_s);
    EXPECT_EQ(equity->items[4].conceptName, u"us-gaap:TreasuryStockValue"_s);
    EXPECT_TRUE(equity->items[4].weight.isIdenticalTo(exact(-1)));
    EXPECT_EQ(equity->items[4].location.line, 42);
    EXPECT_EQ(equity->items[4].location.column, 5);
}

TEST(EdgarLinkbases, SouthernCompanyHasARoleButNoArcs)
{
    const QString path = edgarFile(u"so-20191217-8-k/so-20191217_cal.xml"_s);
    SKIP_UNLESS_PRESENT(path);
    CalculationLinkbase linkbase;
    ASSERT_TRUE(linkbase.read(path));
    EXPECT_TRUE(linkbase.diagnostics().isEmpty());
    EXPECT_EQ(linkbase.roles(), QStringList{u"http://southerncompany.com/role/CoverPageDocument"_s});
    EXPECT_TRUE(linkbase.arcs().isEmpty());
    const QList<CalculationNetwork> networks = linkbase.networks();
    ASSERT_EQ(networks.size(), 1);
    EXPECT_TRUE(networks[0].summations.isEmpty());
}
