// SPDX-License-Identifier: GPL-3.0-or-later
#include "IxtTransform.h"

#include <QList>

#include <algorithm>
#include <array>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

enum class Rule {
    DotDecimal,        // 1,234,567.89
    CommaDecimal,      // 1.234.567,89
    DotDecimalApos,    // 1'234'567.89
    CommaDecimalApos,  // 1'234'567,89
    DotDecimalIndian,  // 1,23,45,678.90
    UnitDecimal,       // 5 dollars 25 cents
    UnitDecimalApos,   // 1'234 francs 50 centimes
    UnitDecimalIndian, // 1,23,456 rupees 50 paise
    FixedZero,         // anything at all: 0
    ZeroDash,          // a dash: 0
    WordsEn,           // three hundred twenty-one thousand five
    Infinity,
    NegativeInfinity,
    NotANumber,
};

struct Format
{
    QStringView name;
    Rule rule;
};

// The registries name one transform differently: registry 1 (2010-04-20)
// "numcommadot", 2 and 3 (2011-07-31, 2015-02-26) "numdotdecimal", 4 and 5
// (2020-02-12, 2022-02-16) "num-dot-decimal". Registry 4 relaxed the older
// patterns (groups of any length, no digit needed before the point), so one
// rule per transform reads every registry's text. The last four are the
// SEC's (http://www.sec.gov/inlineXBRL/transformation/2015-08-31).
constexpr std::array formats{
    Format{u"num-dot-decimal", Rule::DotDecimal},
    Format{u"numdotdecimal", Rule::DotDecimal},
    Format{u"numcommadot", Rule::DotDecimal},
    Format{u"numspacedot", Rule::DotDecimal},
    Format{u"num-comma-decimal", Rule::CommaDecimal},
    Format{u"numcommadecimal", Rule::CommaDecimal},
    Format{u"numdotcomma", Rule::CommaDecimal},
    Format{u"numspacecomma", Rule::CommaDecimal},
    Format{u"numcomma", Rule::CommaDecimal},
    Format{u"num-dot-decimal-apos", Rule::DotDecimalApos},
    Format{u"num-comma-decimal-apos", Rule::CommaDecimalApos},
    Format{u"numdotdecimalin", Rule::DotDecimalIndian},
    Format{u"num-unit-decimal", Rule::UnitDecimal},
    Format{u"numunitdecimal", Rule::UnitDecimal},
    Format{u"num-unit-decimal-apos", Rule::UnitDecimalApos},
    Format{u"numunitdecimalin", Rule::UnitDecimalIndian},
    Format{u"fixed-zero", Rule::FixedZero},
    Format{u"zerodash", Rule::ZeroDash},
    Format{u"zero-dash", Rule::ZeroDash},
    Format{u"numdash", Rule::ZeroDash},
    Format{u"numwordsen", Rule::WordsEn},
    Format{u"numinf", Rule::Infinity},
    Format{u"numneginf", Rule::NegativeInfinity},
    Format{u"numnan", Rule::NotANumber},
};

std::optional<Rule> ruleOf(QStringView format)
{
    // A caller may hand over the whole QName: "ixt:num-dot-decimal".
    const QStringView local = format.mid(format.lastIndexOf(u':') + 1);
    for (const Format &f : formats) {
        if (f.name == local)
            return f.rule;
    }
    return std::nullopt;
}

// Generators pad table cells with no-break and zero-width spaces.
bool isBlank(QChar c)
{
    return c.isSpace() || c == u'\u200B' || c == u'\uFEFF';
}

QStringView trimmed(QStringView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return text.mid(begin, end - begin);
}

// ASCII only: QChar::isDigit would take Arabic-Indic and other digits too.
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// The registries' dashes (hyphen-minus, Armenian and Hebrew hyphens, U+2010
// to U+2015, small and full-width hyphen-minus) and the minus sign.
bool isDash(QChar c)
{
    switch (c.unicode()) {
    case u'-':
    case u'\u058A':
    case u'\u05BE':
    case u'\u2010':
    case u'\u2011':
    case u'\u2012':
    case u'\u2013':
    case u'\u2014':
    case u'\u2015':
    case u'\u2212':
    case u'\uFE58':
    case u'\uFE63':
    case u'\uFF0D': return true;
    default: return false;
    }
}

// Digits of an integer and a fraction to the result's form: no leading
// zeros, "0" for an empty integer part, the fraction as shown.
QString plainDecimal(QStringView integer, QStringView fraction)
{
    qsizetype first = 0;
    while (first + 1 < integer.size() && integer[first] == u'0')
        ++first;
    QString result = integer.isEmpty() ? u"0"_s : integer.mid(first).toString();
    if (!fraction.isEmpty())
        result.append(u'.').append(fraction);
    return result;
}

QString quoted(QStringView text)
{
    // A long text (numwordsen can be a phrase) is cut: the message is a line.
    constexpr qsizetype limit = 40;
    if (text.size() <= limit)
        return u"\"%1\""_s.arg(text);
    return u"\"%1…\""_s.arg(text.left(limit));
}

QString expectation(Rule rule)
{
    switch (rule) {
    case Rule::DotDecimal: return u"digits with \",\" or \" \" between thousands and \".\" before decimals"_s;
    case Rule::CommaDecimal: return u"digits with \".\" or \" \" between thousands and \",\" before decimals"_s;
    case Rule::DotDecimalApos:
        return u"digits with \"'\", \",\" or \" \" between thousands and \".\" before decimals"_s;
    case Rule::CommaDecimalApos:
        return u"digits with \"'\", \".\" or \" \" between thousands and \",\" before decimals"_s;
    case Rule::DotDecimalIndian:
        return u"digits in Indian groups, as in \"1,23,45,678.90\", or ungrouped, with \".\" before decimals"_s;
    case Rule::UnitDecimal:
    case Rule::UnitDecimalApos:
        return u"a whole number, a unit and one or two digits of the fraction, as in \"5 dollars 25 cents\""_s;
    case Rule::UnitDecimalIndian:
        return u"a whole number in Indian groups, a unit and one or two digits of the fraction, "
               u"as in \"1,23,456 rupees 50 paise\""_s;
    case Rule::ZeroDash: return u"a single dash standing for zero"_s;
    case Rule::WordsEn:
        return u"a whole number in English words, as in \"three hundred twenty-one thousand five\", "
               u"or \"no\", \"none\", \"nil\" or \"zero\""_s;
    case Rule::FixedZero:
    case Rule::Infinity:
    case Rule::NegativeInfinity:
    case Rule::NotANumber: break;
    }
    return {};
}

IxtTransform::Result success(QString decimal)
{
    return {std::move(decimal), {}};
}

IxtTransform::Result failure(QString error)
{
    return {{}, std::move(error)};
}

// "<shown>" is not a number in the <format> format: expected <what>[, but <why>]
IxtTransform::Result notANumber(QStringView format, QStringView shown, Rule rule, const QString &why = {})
{
    QString error = shown.isEmpty() ? u"the text is empty, which is not a number in the %1 format"_s.arg(format)
                                    : u"%1 is not a number in the %2 format"_s.arg(quoted(shown), format);
    error.append(u": expected "_s).append(expectation(rule));
    if (!why.isEmpty())
        error.append(u", but "_s).append(why);
    return failure(error);
}

// What is most likely meant when a number format fails on a dash or a sign.
QString signHint(QStringView shown)
{
    if (shown.size() == 1 && isDash(shown[0]))
        return u"a dash stands for zero only in the fixed-zero and zerodash formats"_s;
    if (!shown.isEmpty() && (isDash(shown[0]) || shown[0] == u'+' || shown[0] == u'('))
        return u"a number is shown without its sign: the sign attribute gives it"_s;
    return {};
}

// num-dot-decimal and its kin, by registry 4's rule: digits and separators
// in any grouping, then optionally the decimal mark and digits, which may
// be spaced; at least one digit in all.
std::optional<QString> readGrouped(QStringView text, QChar mark, QStringView separators)
{
    QString integer;
    QString fraction;
    qsizetype i = 0;
    for (; i < text.size() && text[i] != mark; ++i) {
        if (isDigit(text[i]))
            integer.append(text[i]);
        else if (!separators.contains(text[i]))
            return std::nullopt;
    }
    if (i < text.size()) {
        for (++i; i < text.size(); ++i) {
            if (isDigit(text[i]))
                fraction.append(text[i]);
            else if (text[i] != u' ' && text[i] != u'\u00A0')
                return std::nullopt;
        }
        // "12." is not in the registry's pattern: a mark needs digits after it.
        if (fraction.isEmpty())
            return std::nullopt;
    }
    if (integer.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    return plainDecimal(integer, fraction);
}

// The digits of an integer grouped the Indian way: ungrouped, or a last
// group of three, groups of two before it and a first group of one or two
// ("1,23,45,678").
std::optional<QString> indianDigits(QStringView text)
{
    static constexpr QStringView separators = u", \u00A0";
    QString digits;
    QList<qsizetype> groups;
    qsizetype run = 0;
    for (const QChar c : text) {
        if (isDigit(c)) {
            digits.append(c);
            ++run;
        } else if (separators.contains(c) && run > 0) {
            groups.append(run);
            run = 0;
        } else {
            return std::nullopt;
        }
    }
    if (run == 0)
        return std::nullopt;
    groups.append(run);
    if (groups.size() > 1) {
        if (groups.last() != 3 || groups.first() > 2)
            return std::nullopt;
        for (qsizetype g = 1; g + 1 < groups.size(); ++g) {
            if (groups[g] != 2)
                return std::nullopt;
        }
    }
    return digits;
}

std::optional<QString> readIndian(QStringView text)
{
    const qsizetype mark = text.indexOf(u'.');
    const std::optional<QString> integer = indianDigits(mark < 0 ? text : text.left(mark));
    if (!integer)
        return std::nullopt;
    const QStringView fraction = mark < 0 ? QStringView() : text.mid(mark + 1);
    if (mark >= 0 && (fraction.isEmpty() || !std::all_of(fraction.begin(), fraction.end(), isDigit)))
        return std::nullopt;
    return plainDecimal(*integer, fraction);
}

// num-unit-decimal: the whole number, a unit that starts with neither a digit
// nor a separator, one or two digits of the fraction ("5" cents is .05),
// then anything but digits. Read from the end, where the fraction is.
std::optional<QString> readUnitDecimal(QStringView text, QStringView separators, bool indian)
{
    QString s = text.toString();
    for (QChar &c : s) {
        // Full-width digits, as Japanese filings write them.
        if (c >= u'\uFF10' && c <= u'\uFF19')
            c = QChar(char16_t(u'0' + (c.unicode() - u'\uFF10')));
    }
    qsizetype end = s.size();
    while (end > 0 && !isDigit(s[end - 1]))
        --end;
    qsizetype fractionStart = end;
    while (fractionStart > 0 && isDigit(s[fractionStart - 1]))
        --fractionStart;
    if (end == 0 || end - fractionStart > 2)
        return std::nullopt;
    qsizetype unitStart = fractionStart;
    while (unitStart > 0 && !isDigit(s[unitStart - 1]))
        --unitStart;
    if (unitStart == 0)
        return std::nullopt;
    // Separators right after the digits belong to the number ("5, dollars").
    if (!indian) {
        while (unitStart < fractionStart && separators.contains(s[unitStart]))
            ++unitStart;
    }
    if (unitStart == fractionStart)
        return std::nullopt;

    const QStringView integerText = QStringView(s).left(unitStart);
    QString integer;
    if (indian) {
        const std::optional<QString> digits = indianDigits(integerText);
        if (!digits)
            return std::nullopt;
        integer = *digits;
    } else {
        for (const QChar c : integerText) {
            if (isDigit(c))
                integer.append(c);
            else if (!separators.contains(c))
                return std::nullopt;
        }
    }
    QString fraction = s.mid(fractionStart, end - fractionStart);
    if (fraction.size() == 1)
        fraction.prepend(u'0');
    return plainDecimal(integer, fraction);
}

struct Word
{
    QString text; // lower case
    QChar joint;  // what came before it: ' ', '-' or ','; null for the first word
};

constexpr std::array<QStringView, 19> smallNames{u"one",     u"two",       u"three",    u"four",     u"five",
                                                 u"six",     u"seven",     u"eight",    u"nine",     u"ten",
                                                 u"eleven",  u"twelve",    u"thirteen", u"fourteen", u"fifteen",
                                                 u"sixteen", u"seventeen", u"eighteen", u"nineteen"};
constexpr std::array<QStringView, 8> tensNames{u"twenty", u"thirty",  u"forty",  u"fifty",
                                               u"sixty",  u"seventy", u"eighty", u"ninety"};
// Powers of a thousand, as far as the SEC's pattern goes.
constexpr std::array<QStringView, 6> scaleNames{u"thousand", u"million",     u"billion",
                                                u"trillion", u"quadrillion", u"quintillion"};

// 1 to 19, or 0.
int smallValue(QStringView word)
{
    for (qsizetype i = 0; i < qsizetype(smallNames.size()); ++i) {
        if (smallNames[i] == word)
            return int(i) + 1;
    }
    return 0;
}

// 20 to 90, or 0.
int tensValue(QStringView word)
{
    for (qsizetype i = 0; i < qsizetype(tensNames.size()); ++i) {
        if (tensNames[i] == word)
            return int(i + 2) * 10;
    }
    return 0;
}

// 1 for thousand to 6 for quintillion, or 0.
int scaleValue(QStringView word)
{
    for (qsizetype i = 0; i < qsizetype(scaleNames.size()); ++i) {
        if (scaleNames[i] == word)
            return int(i) + 1;
    }
    return 0;
}

bool isZeroWord(QStringView word)
{
    return word == u"zero" || word == u"no" || word == u"none" || word == u"nil";
}

// Letters make words; white space, one hyphen or one comma separate them.
// Returns the words, or sets `why`.
QList<Word> splitWords(QStringView text, QString &why)
{
    QList<Word> words;
    QString current;
    QChar joint;
    for (const QChar c : text) {
        if (c.isLetter()) {
            current.append(c.toLower());
            continue;
        }
        if (!current.isEmpty()) {
            words.append({current, joint});
            current.clear();
            joint = QChar();
        }
        if (isBlank(c)) {
            if (joint.isNull())
                joint = u' ';
        } else if ((isDash(c) || c == u',') && !words.isEmpty() && (joint.isNull() || joint == u' ')) {
            joint = c == u',' ? QChar(u',') : QChar(u'-');
        } else {
            why = u"%1 is not part of a number in words"_s.arg(quoted(QStringView(&c, 1)));
            return {};
        }
    }
    if (!current.isEmpty())
        words.append({current, joint});
    else if (joint == u'-' || joint == u',')
        why = u"the words end with %1"_s.arg(quoted(QStringView(&joint, 1)));
    return why.isEmpty() ? words : QList<Word>();
}

struct WordReader
{
    const QList<Word> &words;
    qsizetype at = 0;
    QString why;

    bool atEnd() const { return at >= words.size(); }
    QStringView word(qsizetype offset = 0) const
    {
        return at + offset < words.size() ? QStringView(words[at + offset].text) : QStringView();
    }

    // Why the current word cannot start a number.
    QString misplaced() const
    {
        const QStringView w = word();
        if (w == u"hundred" || scaleValue(w))
            return u"%1 needs a number before it"_s.arg(quoted(w));
        if (w == u"and")
            return u"\"and\" comes only after hundred or a scale word"_s;
        if (isZeroWord(w))
            return u"%1 stands alone"_s.arg(quoted(w));
        if (smallValue(w) || tensValue(w))
            return u"%1 is out of place"_s.arg(quoted(w));
        return u"%1 is not a number word"_s.arg(quoted(w));
    }

    // one … nineteen, twenty … ninety, twenty-one … ninety-nine; 0 if none.
    int belowHundred()
    {
        if (atEnd())
            return 0;
        if (const int small = smallValue(word())) {
            ++at;
            return small;
        }
        if (const int tens = tensValue(word())) {
            ++at;
            const int unit = smallValue(word());
            if (unit >= 1 && unit <= 9) {
                ++at;
                return tens + unit;
            }
            return tens;
        }
        return 0;
    }

    // What comes before a scale word: up to "nineteen hundred ninety-nine",
    // "a hundred" included; 0 and `why` set if none.
    int group()
    {
        int hundreds = 0;
        if (word() == u"a" && (word(1) == u"hundred" || scaleValue(word(1)))) {
            ++at;
            if (word() != u"hundred")
                return 1; // "a thousand"
            hundreds = 1;
        } else if (word(1) == u"hundred" && smallValue(word())) {
            hundreds = smallValue(word());
            ++at;
        }
        if (hundreds > 0) {
            ++at; // hundred
            const bool joined = word() == u"and";
            if (joined)
                ++at;
            const int rest = belowHundred();
            if (joined && rest == 0) {
                why = atEnd() ? u"the words end with \"and\""_s : misplaced();
                return 0;
            }
            return hundreds * 100 + rest;
        }
        const int value = belowHundred();
        if (value == 0)
            why = atEnd() ? u"the words end too early"_s : misplaced();
        return value;
    }
};

// The value of English number words as the SEC's numwordsen reads them,
// exactly (a quintillion is beyond 64 bits): groups below a thousand, each
// but the last followed by a scale word, the scales decreasing. "and" may
// follow hundred or a scale word; a hyphen joins tens and units; a comma
// may follow a scale word. Case does not matter.
std::optional<QString> readWords(QStringView text, QString &why)
{
    const QList<Word> words = splitWords(text, why);
    if (words.isEmpty()) {
        if (why.isEmpty())
            why = u"there are no words"_s;
        return std::nullopt;
    }
    for (qsizetype i = 1; i < words.size(); ++i) {
        if (words[i].joint == u'-'
            && !(tensValue(words[i - 1].text) && smallValue(words[i].text) >= 1 && smallValue(words[i].text) <= 9)) {
            why = u"a hyphen joins only tens and units, as in \"twenty-five\""_s;
            return std::nullopt;
        }
        if (words[i].joint == u',' && !scaleValue(words[i - 1].text)) {
            why = u"a comma comes only after thousand, million or a larger scale word"_s;
            return std::nullopt;
        }
    }
    if (words.size() == 1 && isZeroWord(words.first().text))
        return u"0"_s;

    // Base-1000 digits, least significant first; one more than the scales
    // for the carry of "nineteen hundred quintillion".
    std::array<int, scaleNames.size() + 2> thousands{};
    WordReader reader{words, 0, {}};
    int lastScale = int(scaleNames.size()) + 1;
    bool afterScale = false;
    while (!reader.atEnd()) {
        if (afterScale && reader.word() == u"and") {
            ++reader.at;
            if (reader.atEnd()) {
                why = u"the words end with \"and\""_s;
                return std::nullopt;
            }
        }
        const int value = reader.group();
        if (value == 0) {
            why = reader.why;
            return std::nullopt;
        }
        if (afterScale && value >= 1000) {
            why = u"what follows a scale word must be below a thousand"_s;
            return std::nullopt;
        }
        int scale = 0;
        if (!reader.atEnd()) {
            scale = scaleValue(reader.word());
            if (scale == 0) {
                why = reader.misplaced();
                return std::nullopt;
            }
            if (scale >= lastScale) {
                why = u"%1 comes after a smaller scale word"_s.arg(quoted(reader.word()));
                return std::nullopt;
            }
            ++reader.at;
            lastScale = scale;
            afterScale = true;
        }
        thousands[scale] += value;
        for (qsizetype k = scale; thousands[k] >= 1000; ++k) {
            thousands[k + 1] += thousands[k] / 1000;
            thousands[k] %= 1000;
        }
        if (scale == 0)
            break;
    }
    if (!reader.atEnd()) {
        why = reader.misplaced();
        return std::nullopt;
    }
    qsizetype top = qsizetype(thousands.size()) - 1;
    while (top > 0 && thousands[top] == 0)
        --top;
    QString result = QString::number(thousands[top]);
    for (qsizetype k = top - 1; k >= 0; --k)
        result.append(u"%1"_s.arg(thousands[k], 3, 10, QChar(u'0')));
    return result;
}

// No format: the text must already be an xs:decimal, and ix:nonFraction
// content is never signed.
IxtTransform::Result readPlain(QStringView shown)
{
    auto error = [shown](const QString &why) {
        QString text = shown.isEmpty() ? u"the text is empty, which is not a number"_s
                                       : u"%1 is not a plain number"_s.arg(quoted(shown));
        text.append(u" (there is no format attribute): expected digits with at most one \".\", "
                    u"no sign and no thousands separators"_s);
        if (!why.isEmpty())
            text.append(u", but "_s).append(why);
        return failure(text);
    };
    const qsizetype mark = shown.indexOf(u'.');
    const QStringView integer = mark < 0 ? shown : shown.left(mark);
    const QStringView fraction = mark < 0 ? QStringView() : shown.mid(mark + 1);
    const bool digitsOnly =
        std::all_of(integer.begin(), integer.end(), isDigit) && std::all_of(fraction.begin(), fraction.end(), isDigit);
    if (digitsOnly && !(integer.isEmpty() && fraction.isEmpty()))
        return success(plainDecimal(integer, fraction));

    QString why = signHint(shown);
    if (why.isEmpty() && (shown.contains(u',') || shown.contains(u' ') || shown.contains(u'\u00A0')))
        why = u"thousands separators need a format such as num-dot-decimal"_s;
    return error(why);
}

} // namespace

IxtTransform::Result IxtTransform::apply(QStringView format, QStringView shown)
{
    const QStringView text = trimmed(shown);
    if (format.isEmpty())
        return readPlain(text);
    const std::optional<Rule> rule = ruleOf(format);
    if (!rule) {
        return failure(u"unknown number format %1: expected one of num-dot-decimal, num-comma-decimal, "
                       u"num-unit-decimal, num-dot-decimal-apos, num-comma-decimal-apos, num-unit-decimal-apos, "
                       u"numdotdecimalin, numunitdecimalin, fixed-zero, zerodash, numwordsen, "
                       u"or an older registry's name for one of them"_s.arg(quoted(format)));
    }

    std::optional<QString> decimal;
    switch (*rule) {
    case Rule::DotDecimal: decimal = readGrouped(text, u'.', u", \u00A0"); break;
    case Rule::CommaDecimal: decimal = readGrouped(text, u',', u". \u00A0"); break;
    case Rule::DotDecimalApos: decimal = readGrouped(text, u'.', u",'`\u00B4\u2019\u2032 \u00A0"); break;
    case Rule::CommaDecimalApos: decimal = readGrouped(text, u',', u".'`\u00B4\u2019\u2032 \u00A0"); break;
    case Rule::DotDecimalIndian: decimal = readIndian(text); break;
    case Rule::UnitDecimal: decimal = readUnitDecimal(text, u".,\uFF0C\uFF0E", false); break;
    case Rule::UnitDecimalApos:
        decimal = readUnitDecimal(text, u".,\uFF0C\uFF0E'`\u00B4\u2019\u2032\uFF07", false);
        break;
    case Rule::UnitDecimalIndian: decimal = readUnitDecimal(text, {}, true); break;
    case Rule::FixedZero: return success(u"0"_s);
    case Rule::ZeroDash:
        if (text.size() == 1 && isDash(text[0]))
            return success(u"0"_s);
        return notANumber(format, text, *rule);
    case Rule::WordsEn: {
        QString why;
        decimal = readWords(text, why);
        if (!decimal)
            return notANumber(format, text, *rule, why);
        break;
    }
    case Rule::Infinity:
        return failure(u"the %1 format stands for infinity, which is not a finite amount"_s.arg(format));
    case Rule::NegativeInfinity:
        return failure(u"the %1 format stands for negative infinity, which is not a finite amount"_s.arg(format));
    case Rule::NotANumber:
        return failure(u"the %1 format stands for NaN (not a number), which is not a finite amount"_s.arg(format));
    }
    if (!decimal)
        return notANumber(format, text, *rule, signHint(text));
    return success(*decimal);
}

bool IxtTransform::knows(QStringView format)
{
    return !format.isEmpty() && ruleOf(format).has_value();
}
