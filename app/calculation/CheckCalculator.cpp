// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCalculator.h"

#include "amount/AmountInterval.h"
#include "amount/Wide.h"
#include "filing/Filing.h"

using namespace Qt::StringLiterals;

namespace {

AmountInterval intervalOf(const Cell &cell)
{
    return cell.isNil() ? AmountInterval::exactly(Amount::fromInteger(0)) : cell.amount.interval();
}

CheckLine failedToRead(const Filing &filing, const Cell &reported, const QString &why)
{
    CheckLine period;
    period.reported = filing.textOf(reported).toString();
    period.computed = why;
    period.verdict = CheckLine::Verdict::Fail;
    period.location = reported.location;
    return period;
}

// Whether the table prints only one side of the sum in this period: its
// total over terms left empty, or terms under a total left empty. There is
// nothing to tie.
bool oneSided(const Cell &total, const QList<CheckCalculator::Term> &terms)
{
    bool termsUnprinted = true;
    bool termsNil = true;
    for (const CheckCalculator::Term &term : terms) {
        termsUnprinted = termsUnprinted && term.cell->isBlank();
        termsNil = termsNil && term.cell->isNil();
    }
    return (total.isBlank() && !termsNil) || (termsUnprinted && !terms.isEmpty() && !total.isNil());
}

} // namespace

namespace {

// A sum worked out once, for the verdict alone or for the whole check.
struct Evaluation
{
    CheckLine::Verdict verdict = CheckLine::Verdict::Skipped;
    QString failure;                        // why it failed without arithmetic
    std::optional<AmountInterval> interval; // of the weighted terms
    std::optional<Amount> exact;
};

// Most sums add figures printed with the same decimals and weights of ±1:
// then the intervals are plain integers, which structure inference, trying
// a sum at every row of a long schedule, needs. In units of half the last
// digit: a printed value m is [2m − 1, 2m + 1], nil exactly 0. Nullopt when
// the general arithmetic must decide.
std::optional<CheckLine::Verdict> quickVerdict(const Cell &total, const QList<CheckCalculator::Term> &terms)
{
    int decimals = -1;
    const auto fits = [&decimals](const Amount &amount) {
        if (decimals < 0)
            decimals = amount.decimals();
        return amount.decimals() == decimals;
    };
    Wide twiceSum = 0;
    Wide width = 0;
    for (const CheckCalculator::Term &term : terms) {
        const Cell &cell = *term.cell;
        if (!cell.readable || (term.weight != 1 && term.weight != -1))
            return std::nullopt;
        if (cell.isNil())
            continue;
        if (!fits(cell.amount))
            return std::nullopt;
        twiceSum += Wide(2) * term.weight * cell.amount.mantissa();
        ++width;
    }
    if (!total.readable)
        return std::nullopt;
    if ((width == 0 && total.isNil()) || oneSided(total, terms))
        return CheckLine::Verdict::Skipped;
    Wide twiceTotal = 0;
    if (!total.isNil()) {
        if (!fits(total.amount))
            return std::nullopt;
        twiceTotal = Wide(2) * total.amount.mantissa();
        ++width;
    }
    const Wide gap = twiceSum - twiceTotal;
    return (gap < 0 ? -gap : gap) <= width ? CheckLine::Verdict::Pass : CheckLine::Verdict::Fail;
}

// `filing` quotes a term that cannot be read; without it, the verdict alone.
Evaluation evaluate(const Filing *filing, const Cell &total, const QList<CheckCalculator::Term> &terms)
{
    Evaluation result;
    bool allNil = total.isNil();
    for (const CheckCalculator::Term &term : terms) {
        if (!term.cell->readable) {
            result.verdict = CheckLine::Verdict::Fail;
            result.failure = filing ? u"a term cannot be read: \"%1\""_s.arg(filing->textOf(*term.cell))
                                    : u"a term cannot be read"_s;
            return result;
        }
        allNil = allNil && term.cell->isNil();
    }
    if (!total.readable) {
        result.verdict = CheckLine::Verdict::Fail;
        result.failure = u"the total cannot be read"_s;
        return result;
    }
    if (allNil || oneSided(total, terms))
        return result; // nothing to tie in this period: skipped
    result.interval = AmountInterval::exactly(Amount::fromInteger(0));
    result.exact = Amount::fromInteger(0);
    for (const CheckCalculator::Term &term : terms) {
        const auto weighted = intervalOf(*term.cell).times(term.weight);
        result.interval = result.interval && weighted ? result.interval->plus(*weighted) : std::nullopt;
        const auto value = term.cell->amount.times(term.weight);
        result.exact = result.exact && value ? result.exact->plus(*value) : std::nullopt;
    }
    if (!result.interval || !result.exact) {
        result.verdict = CheckLine::Verdict::Fail;
        result.failure = u"overflow"_s;
        return result;
    }
    result.verdict = result.interval->overlaps(intervalOf(total)) ? CheckLine::Verdict::Pass : CheckLine::Verdict::Fail;
    return result;
}

} // namespace

CheckLine::Verdict CheckCalculator::sumVerdict(const Cell &total, const QList<Term> &terms)
{
    if (const std::optional<CheckLine::Verdict> quick = quickVerdict(total, terms))
        return *quick;
    return evaluate(nullptr, total, terms).verdict;
}

CheckLine CheckCalculator::sum(const Filing &filing, const Cell &total, const QList<Term> &terms)
{
    const Evaluation evaluation = evaluate(&filing, total, terms);
    if (!evaluation.failure.isEmpty())
        return failedToRead(filing, total, evaluation.failure);
    CheckLine period;
    period.location = total.location;
    period.reported = total.amount.toPlainString();
    if (evaluation.verdict == CheckLine::Verdict::Skipped)
        return period;
    period.computed = u"[%1, %2]"_s.arg(evaluation.interval->lowString(), evaluation.interval->highString());
    if (const auto difference = total.amount.minus(*evaluation.exact))
        period.difference = difference->toPlainString();
    period.verdict = evaluation.verdict;
    return period;
}

namespace {

// The printed value's rounding bounds, v ± ½·10⁻ᵈ, as exact decimals.
std::optional<std::pair<Amount, Amount>> boundsOf(const Amount &printed)
{
    const auto low = Amount::of(printed.mantissa() * 10 - 5, printed.decimals() + 1);
    const auto high = Amount::of(printed.mantissa() * 10 + 5, printed.decimals() + 1);
    if (!low || !high)
        return std::nullopt;
    return std::pair{*low, *high};
}

// The range of (top − offset × bottom) × factor ÷ bottom over the rounding
// box of the two printed figures, to `places` decimals: the quotient is
// monotonic in each figure over a box that keeps the bottom positive, so
// the range is met at its corners. Nullopt when the box reaches zero.
std::optional<std::pair<Amount, Amount>> quotientRange(const Amount &top, const Amount &bottom, qint64 factor,
                                                       int offset, int places)
{
    const auto t = boundsOf(top);
    const auto b = boundsOf(bottom);
    if (!t || !b || b->first <= Amount::fromInteger(0))
        return std::nullopt;
    std::optional<Amount> lowest;
    std::optional<Amount> highest;
    for (const Amount &tt : {t->first, t->second}) {
        for (const Amount &bb : {b->first, b->second}) {
            const auto shifted = bb.times(offset);
            const auto difference = shifted ? tt.minus(*shifted) : std::nullopt;
            const auto scaled = difference ? difference->times(factor) : std::nullopt;
            const auto corner = scaled ? Amount::ratio(*scaled, bb, places) : std::nullopt;
            if (!corner)
                return std::nullopt;
            lowest = !lowest || *corner < *lowest ? corner : lowest;
            highest = !highest || *corner > *highest ? corner : highest;
        }
    }
    return std::pair{*lowest, *highest};
}

// Whether a printed figure, give or take `slack` tenths of its last digit,
// meets a range.
bool meets(const Amount &reported, const std::pair<Amount, Amount> &range, qint64 slack)
{
    const auto low = Amount::of(reported.mantissa() * 10 - slack, reported.decimals() + 1);
    const auto high = Amount::of(reported.mantissa() * 10 + slack, reported.decimals() + 1);
    return low && high && range.first <= *high && range.second >= *low;
}

// reported ≟ (top − offset × bottom) × 100 ÷ bottom in percent, within the
// rounding of all three figures. A percentage printed whole is often forced
// so that a column foots to 100%: one point either way is allowed there.
CheckLine percentWithin(const Filing &filing, const Cell &reported, const Amount &top, const Amount &bottom, int offset)
{
    CheckLine period;
    period.location = reported.location;
    period.reported = reported.amount.toPlainString();
    if (reported.isNil() || bottom.isNil() || bottom <= Amount::fromInteger(0))
        return period;
    if (!reported.readable)
        return failedToRead(filing, reported, u"the figure cannot be read"_s);
    const int places = reported.amount.decimals() + 2;
    const auto shifted = bottom.times(offset);
    const auto difference = shifted ? top.minus(*shifted) : std::nullopt;
    const auto scaled = difference ? difference->times(100) : std::nullopt;
    const auto precise = scaled ? Amount::ratio(*scaled, bottom, places) : std::nullopt;
    const auto range = quotientRange(top, bottom, 100, offset, places + 1);
    if (!precise || !range)
        return failedToRead(filing, reported, u"no percentage: the figures are out of range"_s);
    period.computed = precise->toPlainString();
    if (const auto gap = reported.amount.minus(*precise))
        period.difference = gap->toPlainString();
    const qint64 slack = reported.amount.decimals() == 0 ? 10 : 5; // in tenths of the last digit
    period.verdict = meets(reported.amount, *range, slack) ? CheckLine::Verdict::Pass : CheckLine::Verdict::Fail;
    return period;
}

} // namespace

CheckLine CheckCalculator::ratio(const Filing &filing, const Cell &reported, const Amount &numerator,
                                 const Amount &denominator, qint64 factor)
{
    CheckLine period;
    period.location = reported.location;
    period.reported = reported.amount.toPlainString();
    if (reported.isNil())
        return period;
    if (!reported.readable)
        return failedToRead(filing, reported, u"the figure cannot be read"_s);
    const auto scaled = numerator.times(factor);
    const int places = reported.amount.decimals();
    const auto precise = scaled ? Amount::ratio(*scaled, denominator, places + 2) : std::nullopt;
    const auto rounded = scaled ? Amount::ratio(*scaled, denominator, places) : std::nullopt;
    if (!precise || !rounded)
        return failedToRead(filing, reported, u"no ratio: the denominator is zero or nil"_s);
    period.computed = precise->toPlainString();
    if (const auto difference = reported.amount.minus(*precise))
        period.difference = difference->toPlainString();
    // As printed, or within the rounding of the figures it divides: $1,266
    // million over 475 million shares is 2.665, and the 2.66 printed is
    // 1,266 over a count between 474.5 and 475.5 million.
    const auto range = quotientRange(numerator, denominator, factor, 0, places + 2);
    period.verdict = *rounded == reported.amount || (range && meets(reported.amount, *range, 5))
                         ? CheckLine::Verdict::Pass
                         : CheckLine::Verdict::Fail;
    return period;
}

CheckLine CheckCalculator::below(const Filing &filing, const Cell &reported, const Amount &numerator,
                                 const Amount &denominator, qint64 factor, const Amount &limit)
{
    CheckLine period;
    period.location = reported.location;
    period.reported = reported.marker ? filing.textOf(reported).toString() : QString();
    const auto scaled = numerator.times(factor);
    const auto precise = scaled ? Amount::ratio(*scaled, denominator, 4) : std::nullopt;
    if (!precise)
        return failedToRead(filing, reported, u"no ratio: the denominator is zero or nil"_s);
    period.computed = precise->toPlainString();
    period.verdict = *precise < limit ? CheckLine::Verdict::Pass : CheckLine::Verdict::Fail;
    return period;
}

CheckLine CheckCalculator::growth(const Filing &filing, const Cell &reported, const Amount &current, const Amount &base)
{
    // A change across zero, or from a loss, has no percentage by any one
    // convention: filings print "n/m", or the change in the loss's size.
    if (current.isNil() || current <= Amount::fromInteger(0)) {
        CheckLine skipped;
        skipped.location = reported.location;
        skipped.reported = reported.amount.toPlainString();
        return skipped;
    }
    return percentWithin(filing, reported, current, base, 1);
}

CheckLine CheckCalculator::share(const Filing &filing, const Cell &reported, const Amount &part, const Amount &whole)
{
    return percentWithin(filing, reported, part, whole, 0);
}
