// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCalculator.h"

#include "amount/AmountInterval.h"

using namespace Qt::StringLiterals;

namespace {

AmountInterval intervalOf(const Cell &cell)
{
    return cell.isNil() ? AmountInterval::exactly(Amount::fromInteger(0)) : cell.amount.interval();
}

CheckPeriod failedToRead(const Cell &reported, const QString &why)
{
    CheckPeriod period;
    period.reported = reported.text;
    period.computed = why;
    period.verdict = CheckPeriod::Verdict::Fail;
    period.location = reported.location;
    return period;
}

} // namespace

CheckPeriod CheckCalculator::sum(const Cell &total, const QList<Term> &terms)
{
    CheckPeriod period;
    period.location = total.location;
    period.reported = total.amount.toPlainString();
    bool allNil = total.isNil();
    for (const Term &term : terms) {
        if (!term.cell->readable)
            return failedToRead(total, u"a term cannot be read: \"%1\""_s.arg(term.cell->text));
        allNil = allNil && term.cell->isNil();
    }
    if (!total.readable)
        return failedToRead(total, u"the total cannot be read"_s);
    if (allNil)
        return period; // nothing printed in this period: skipped

    std::optional<AmountInterval> interval = AmountInterval::exactly(Amount::fromInteger(0));
    std::optional<Amount> exact = Amount::fromInteger(0);
    for (const Term &term : terms) {
        const auto weighted = intervalOf(*term.cell).times(term.weight);
        interval = interval && weighted ? interval->plus(*weighted) : std::nullopt;
        const auto value = term.cell->amount.times(term.weight);
        exact = exact && value ? exact->plus(*value) : std::nullopt;
    }
    if (!interval || !exact)
        return failedToRead(total, u"overflow"_s);
    period.computed = u"[%1, %2]"_s.arg(interval->lowString(), interval->highString());
    if (const auto difference = total.amount.minus(*exact))
        period.difference = difference->toPlainString();
    period.verdict = interval->overlaps(intervalOf(total)) ? CheckPeriod::Verdict::Pass : CheckPeriod::Verdict::Fail;
    return period;
}

CheckPeriod CheckCalculator::ratio(const Cell &reported, const Amount &numerator, const Amount &denominator,
                                   qint64 factor)
{
    CheckPeriod period;
    period.location = reported.location;
    period.reported = reported.amount.toPlainString();
    if (reported.isNil())
        return period;
    if (!reported.readable)
        return failedToRead(reported, u"the figure cannot be read"_s);
    const auto scaled = numerator.times(factor);
    const int places = reported.amount.decimals();
    const auto precise = scaled ? Amount::ratio(*scaled, denominator, places + 2) : std::nullopt;
    const auto rounded = scaled ? Amount::ratio(*scaled, denominator, places) : std::nullopt;
    if (!precise || !rounded)
        return failedToRead(reported, u"no ratio: the denominator is zero or nil"_s);
    period.computed = precise->toPlainString();
    if (const auto difference = reported.amount.minus(*precise))
        period.difference = difference->toPlainString();
    period.verdict = *rounded == reported.amount ? CheckPeriod::Verdict::Pass : CheckPeriod::Verdict::Fail;
    return period;
}

CheckPeriod CheckCalculator::below(const Cell &reported, const Amount &numerator, const Amount &denominator,
                                   qint64 factor, const Amount &limit)
{
    CheckPeriod period;
    period.location = reported.location;
    period.reported = reported.marker;
    const auto scaled = numerator.times(factor);
    const auto precise = scaled ? Amount::ratio(*scaled, denominator, 4) : std::nullopt;
    if (!precise)
        return failedToRead(reported, u"no ratio: the denominator is zero or nil"_s);
    period.computed = precise->toPlainString();
    period.verdict = *precise < limit ? CheckPeriod::Verdict::Pass : CheckPeriod::Verdict::Fail;
    return period;
}
