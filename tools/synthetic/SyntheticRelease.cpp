// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticRelease.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

constexpr int FirstYear = 2001;
constexpr qint64 QuartersPerCompany = 40; // ten years of releases, 2001 to 2010
constexpr std::array<const char *, 4> QuarterEnds{"March 31", "June 30", "September 30", "December 31"};
constexpr std::array<const char *, 4> QuarterWords{"first", "second", "third", "fourth"};
constexpr std::array<const char *, 4> ReleaseMonths{"April 23", "July 21", "October 20", "January 26"};

constexpr std::array<const char *, 24> Words{
    "revenue",   "growth",     "customers", "service",   "providers", "enterprise", "demand",   "routing",
    "platform",  "networks",   "quarter",   "strength",  "adoption",  "partners",   "security", "pipeline",
    "execution", "investment", "product",   "portfolio", "markets",   "operators",  "backbone", "momentum"};
constexpr std::array<const char *, 8> Names{"Harbor", "Summit", "Granite", "Meridian",
                                            "Cobalt", "Willow", "Beacon",  "Atlas"};
constexpr std::array<const char *, 6> Kinds{"Holdings", "Systems", "Partners", "Logistics", "Health", "Energy"};

// SplitMix64: one well-mixed number per (seed, what, index).
quint64 mix(quint64 seed, qint64 what, qint64 index)
{
    quint64 z =
        seed * 0x9E3779B97F4A7C15ULL + quint64(what) * 0xBF58476D1CE4E5B9ULL + quint64(index) * 0x94D049BB133111EBULL;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// The figures of one quarter's statement of operations, in thousands.
struct Operations
{
    qint64 product, service, revenue;
    qint64 costProduct, costService, cost, gross;
    qint64 research, sales, admin, amortization, other, expenses, operating;
    qint64 interestIncome, interestExpense, beforeTax, tax, net;
    qint64 basicShares, dilutedShares;
    std::array<qint64, 5> stockComp; // cost product, cost service, R&D, S&M, G&A
    qint64 stockCompTotal;
    std::array<qint64, 3> segments;
    qint64 taxEffect, nonGaapOperating, nonGaapNet;
};

// The balance sheet at the end of a quarter, in thousands.
struct Balances
{
    qint64 cash, investments, receivables, prepaid, current;
    qint64 property, goodwill, otherAssets, assets;
    qint64 payables, compensation, deferred, currentLiabilities, debt;
    qint64 common, paidIn, deficit, equity;
};

class Writer
{
public:
    explicit Writer(quint64 seed) : m_seed(seed) { }

    QByteArray take() const { return QByteArray::fromStdString(m_out); }
    qint64 size() const { return qint64(m_out.size()); }

    // Quarters count from the first of 2001; a company reports at most 40.
    void setCompany(int company);
    void release(qint64 quarter);
    void customers(int rows, qint64 year, int number);
    void notes();

private:
    qint64 value(qint64 quarter, int what, qint64 low, qint64 high) const
    {
        return low + qint64(mix(m_seed, what, m_company * 64 + quarter) % quint64(high - low));
    }
    Operations operations(qint64 quarter) const;
    Balances balances(qint64 quarter) const;

    void line(const std::string &text) { m_out += text + '\n'; }
    void blank() { m_out += '\n'; }
    void title(const char *name, const char *caption);
    void quarterHeader(qint64 quarter, bool noteColumn);
    void row(const char *label, qint64 current, qint64 yearAgo, bool dollar = false, bool underline = false);
    void noteRow(const char *label, const char *note, qint64 current, qint64 yearAgo, bool dollar = false,
                 bool underline = false);
    void perShareRow(const char *label, const char *note, qint64 current, qint64 yearAgo, bool noteColumn);
    void heading(const std::string &label, int columns);
    void paragraph(qint64 quarter, int index);

    void operationsTable(qint64 quarter);
    void stockCompTable(qint64 quarter);
    void segmentTable(qint64 quarter);
    void reconciliationTable(qint64 quarter);
    void balanceTable(qint64 quarter);
    void cashFlowTable(qint64 quarter);

    quint64 m_seed;
    int m_company = 0;
    std::string m_name;
    std::string m_out;
};

std::string twoDigits(qint64 value)
{
    return value < 10 ? '0' + std::to_string(value) : std::to_string(value);
}

std::string oneDecimal(double value)
{
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%.1f", value);
    return text.data();
}

std::string thousands(qint64 value)
{
    std::string digits = std::to_string(std::abs(value));
    for (qint64 at = qint64(digits.size()) - 3; at > 0; at -= 3)
        digits.insert(std::size_t(at), 1, ',');
    return digits;
}

std::string money(qint64 value, bool dollar, bool underline)
{
    std::string text = value < 0 ? '(' + thousands(value) + ')' : thousands(value);
    if (dollar)
        text = "\\$ " + text;
    return underline ? "<u>" + text + "</u>" : text;
}

// Cents, rounded half away from zero, printed "0.12" or "(0.05)".
std::string perShare(qint64 cents)
{
    const std::string digits = std::to_string(std::abs(cents) / 100) + '.' + twoDigits(std::abs(cents) % 100);
    return cents < 0 ? '(' + digits + ')' : digits;
}

qint64 centsOf(qint64 numerator, qint64 denominator)
{
    return qint64(std::llround(100.0 * double(numerator) / double(denominator)));
}

qint64 yearOf(qint64 quarter)
{
    return FirstYear + quarter / 4;
}

Operations Writer::operations(qint64 q) const
{
    Operations o{};
    o.product = value(q, 1, 300000, 650000);
    o.service = value(q, 2, 80000, 160000);
    o.revenue = o.product + o.service;
    o.costProduct = value(q, 3, 120000, 180000);
    o.costService = value(q, 4, 40000, 70000);
    o.cost = o.costProduct + o.costService;
    o.gross = o.revenue - o.cost;
    o.research = value(q, 5, 90000, 150000);
    o.sales = value(q, 6, 100000, 160000);
    o.admin = value(q, 7, 18000, 30000);
    o.amortization = value(q, 8, 15000, 25000);
    o.other = value(q, 9, 0, 15000);
    o.expenses = o.research + o.sales + o.admin + o.amortization + o.other;
    o.operating = o.gross - o.expenses;
    o.interestIncome = value(q, 10, 15000, 35000);
    o.interestExpense = -value(q, 11, 900, 1200);
    o.beforeTax = o.operating + o.interestIncome + o.interestExpense;
    o.tax = o.beforeTax * value(q, 12, 25, 35) / 100;
    o.net = o.beforeTax - o.tax;
    o.basicShares = value(q, 13, 550000, 580000);
    o.dilutedShares = o.basicShares + value(q, 14, 20000, 40000);
    o.stockComp = {value(q, 15, 300, 600), value(q, 16, 1000, 3500), value(q, 17, 9000, 12000),
                   value(q, 18, 6000, 8000), value(q, 19, 3000, 4000)};
    o.stockCompTotal = 0;
    for (const qint64 part : o.stockComp)
        o.stockCompTotal += part;
    o.segments[0] = o.product * value(q, 20, 55, 75) / 100;
    o.segments[1] = o.product * value(q, 21, 10, 20) / 100;
    o.segments[2] = o.product - o.segments[0] - o.segments[1];
    o.taxEffect = -value(q, 22, 9000, 17000);
    o.nonGaapOperating = o.operating + o.stockCompTotal + o.amortization + o.other;
    o.nonGaapNet = o.net + o.stockCompTotal + o.amortization + o.other + o.taxEffect;
    return o;
}

Balances Writer::balances(qint64 q) const
{
    Balances b{};
    b.cash = value(q, 40, 900000, 2100000);
    b.investments = value(q, 41, 400000, 600000);
    b.receivables = value(q, 42, 200000, 300000);
    b.prepaid = value(q, 43, 40000, 60000);
    b.current = b.cash + b.investments + b.receivables + b.prepaid;
    b.property = value(q, 44, 300000, 400000);
    b.goodwill = value(q, 45, 3600000, 3700000);
    b.otherAssets = value(q, 46, 80000, 95000);
    b.assets = b.current + b.property + b.goodwill + b.otherAssets;
    b.payables = value(q, 47, 170000, 190000);
    b.compensation = value(q, 48, 80000, 115000);
    b.deferred = value(q, 49, 300000, 340000);
    b.currentLiabilities = b.payables + b.compensation + b.deferred;
    b.debt = 399944;
    b.common = 6;
    b.paidIn = value(q, 50, 7600000, 7800000);
    b.equity = b.assets - b.currentLiabilities - b.debt;
    b.deficit = b.equity - b.common - b.paidIn;
    return b;
}

void Writer::setCompany(int company)
{
    m_company = company;
    m_name = std::string(Names[company % Names.size()]) + ' ' + Kinds[(company / Names.size()) % Kinds.size()];
    if (company >= int(Names.size() * Kinds.size()))
        m_name += ' ' + std::to_string(company / (Names.size() * Kinds.size()) + 1);
    m_name += ", Inc.";
}

void Writer::title(const char *name, const char *caption)
{
    line("**" + m_name + "**  ");
    line(std::string("**") + name + "**  ");
    line(std::string("(") + caption + ")  ");
    line("(unaudited)");
    blank();
}

void Writer::quarterHeader(qint64 q, bool noteColumn)
{
    const std::string lead = noteColumn ? "\t\t" : "\t";
    line(lead + "Three Months Ended " + QuarterEnds[q % 4] + ",\t");
    line(lead + std::to_string(yearOf(q)) + '\t' + std::to_string(yearOf(q) - 1));
}

void Writer::row(const char *label, qint64 current, qint64 yearAgo, bool dollar, bool underline)
{
    line(std::string(label) + '\t' + money(current, dollar, underline) + '\t' + money(yearAgo, dollar, underline));
}

void Writer::noteRow(const char *label, const char *note, qint64 current, qint64 yearAgo, bool dollar, bool underline)
{
    line(std::string(label) + '\t' + note + '\t' + money(current, dollar, underline) + '\t'
         + money(yearAgo, dollar, underline));
}

void Writer::perShareRow(const char *label, const char *note, qint64 current, qint64 yearAgo, bool noteColumn)
{
    const std::string notes = noteColumn ? std::string(note) + '\t' : std::string();
    line(std::string(label) + '\t' + notes + "\\$ " + perShare(current) + "\t\\$ " + perShare(yearAgo));
}

void Writer::heading(const std::string &label, int columns)
{
    line(label + std::string(std::size_t(columns), '\t'));
}

void Writer::paragraph(qint64 q, int index)
{
    std::string text;
    const int sentences = 3 + int(mix(m_seed, 60 + index, q) % 4);
    for (int s = 0; s < sentences; ++s) {
        const int words = 12 + int(mix(m_seed, 70 + s, q * 8 + index) % 14);
        for (int w = 0; w < words; ++w) {
            std::string word = Words[mix(m_seed, 80 + w, q * 64 + index * 8 + s) % Words.size()];
            if (w == 0)
                word[0] = char(word[0] - 'a' + 'A');
            text += word;
            text += w + 1 < words ? " " : ". ";
        }
    }
    text.pop_back(); // the space after the last full stop
    line(text);
    blank();
}

void Writer::operationsTable(qint64 q)
{
    const Operations o = operations(q);
    const Operations y = operations(q - 4);
    title("Condensed Consolidated Statements of Operations", "in thousands, except per share amounts");
    quarterHeader(q, false);
    heading("Net revenues:", 2);
    row("Product", o.product, y.product, true);
    row("Service", o.service, y.service);
    row("Total net revenues", o.revenue, y.revenue, false, true);
    heading("Cost of revenues:", 2);
    row("Product", o.costProduct, y.costProduct);
    row("Service", o.costService, y.costService);
    row("Total cost of revenues", o.cost, y.cost, false, true);
    row("Gross margin", o.gross, y.gross);
    heading("Operating expenses:", 2);
    row("Research and development", o.research, y.research);
    row("Sales and marketing", o.sales, y.sales);
    row("General and administrative", o.admin, y.admin);
    row("Amortization of purchased intangibles", o.amortization, y.amortization);
    row("Other charges", o.other, y.other);
    row("Total operating expenses", o.expenses, y.expenses, false, true);
    row("Operating income", o.operating, y.operating);
    row("Interest and other income", o.interestIncome, y.interestIncome);
    row("Interest and other expense", o.interestExpense, y.interestExpense);
    row("Income before income taxes", o.beforeTax, y.beforeTax, false, true);
    row("Provision for income taxes", o.tax, y.tax);
    row("Net income", o.net, y.net, true, true);
    heading("Net income per share:", 2);
    perShareRow("Basic", "", centsOf(o.net, o.basicShares), centsOf(y.net, y.basicShares), false);
    perShareRow("Diluted", "", centsOf(o.net, o.dilutedShares), centsOf(y.net, y.dilutedShares), false);
    heading("Shares used in computing net income per share:", 2);
    row("Basic", o.basicShares, y.basicShares);
    row("Diluted", o.dilutedShares, y.dilutedShares);
    blank();
}

void Writer::stockCompTable(qint64 q)
{
    static constexpr std::array<const char *, 5> labels{
        "Cost of revenues \xe2\x80\x93 Product", "Cost of revenues \xe2\x80\x93 Service", "Research and development",
        "Sales and marketing", "General and administrative"};
    const Operations o = operations(q);
    const Operations y = operations(q - 4);
    title("Stock Based Compensation by Category", "in thousands");
    line("Stock-based compensation is included in the following cost and expense categories by period:");
    blank();
    quarterHeader(q, false);
    for (std::size_t i = 0; i < labels.size(); ++i)
        row(labels[i], o.stockComp[i], y.stockComp[i], i == 0);
    row("Total", o.stockCompTotal, y.stockCompTotal, true, true);
    blank();
}

void Writer::segmentTable(qint64 q)
{
    static constexpr std::array<const char *, 3> labels{"Infrastructure", "Service Layer Technologies",
                                                        "Enterprise Access"};
    const Operations o = operations(q);
    const Operations y = operations(q - 4);
    title("Net Product Revenue by Operating Segment", "in thousands");
    quarterHeader(q, false);
    for (std::size_t i = 0; i < labels.size(); ++i)
        row(labels[i], o.segments[i], y.segments[i], i == 0);
    line(std::string("<b>Total</b>\t<b>") + money(o.product, true, false) + "</b>\t<b>" + money(y.product, true, false)
         + "</b>");
    blank();
}

void Writer::reconciliationTable(qint64 q)
{
    const Operations o = operations(q);
    const Operations y = operations(q - 4);
    title("Reconciliation between GAAP and non-GAAP Results of Operations", "in thousands, except per share amounts");
    quarterHeader(q, true);
    noteRow("GAAP Operating income", "", o.operating, y.operating, true);
    noteRow("Stock-based compensation expense", "C", o.stockCompTotal, y.stockCompTotal);
    noteRow("Amortization of purchased intangible assets", "A", o.amortization, y.amortization);
    noteRow("Other charges", "B", o.other, y.other);
    noteRow("Non-GAAP Operating income", "", o.nonGaapOperating, y.nonGaapOperating, false, true);
    noteRow("GAAP Net income", "", o.net, y.net);
    noteRow("Stock-based compensation expense", "C", o.stockCompTotal, y.stockCompTotal);
    noteRow("Amortization of purchased intangible assets", "A", o.amortization, y.amortization);
    noteRow("Other charges", "B", o.other, y.other);
    noteRow("Income tax effect", "B", o.taxEffect, y.taxEffect);
    noteRow("Non-GAAP Net income", "", o.nonGaapNet, y.nonGaapNet, true, true);
    heading("Non-GAAP Net income per share:", 3);
    perShareRow("Basic", "D", centsOf(o.nonGaapNet, o.basicShares), centsOf(y.nonGaapNet, y.basicShares), true);
    perShareRow("Diluted", "D", centsOf(o.nonGaapNet, o.dilutedShares), centsOf(y.nonGaapNet, y.dilutedShares), true);
    heading("Shares used in computing non-GAAP Net income per share:", 3);
    noteRow("Basic", "D", o.basicShares, y.basicShares);
    noteRow("Diluted", "D", o.dilutedShares, y.dilutedShares);
    blank();
}

void Writer::balanceTable(qint64 q)
{
    const qint64 yearEnd = 4 * (yearOf(q) - FirstYear) - 1; // December 31 of the year before
    const Balances b = balances(q);
    const Balances e = balances(yearEnd);
    title("Condensed Consolidated Balance Sheets", "in thousands");
    line(std::string("\t") + QuarterEnds[q % 4] + ", " + std::to_string(yearOf(q)) + "\tDecember 31, "
         + std::to_string(yearOf(q) - 1));
    heading("<b>ASSETS</b>", 2);
    heading("Current assets:", 2);
    row("Cash and cash equivalents", b.cash, e.cash, true);
    row("Short-term investments", b.investments, e.investments);
    row("Accounts receivable, net of allowance for doubtful accounts", b.receivables, e.receivables);
    row("Prepaid expenses and other current assets", b.prepaid, e.prepaid);
    row("Total current assets", b.current, e.current);
    row("Property and equipment, net", b.property, e.property);
    row("Goodwill", b.goodwill, e.goodwill);
    row("Other long-term assets", b.otherAssets, e.otherAssets);
    row("Total assets", b.assets, e.assets, true, true);
    heading("<b>LIABILITIES AND STOCKHOLDERS' EQUITY</b>", 2);
    heading("Current liabilities:", 2);
    row("Accounts payable", b.payables, e.payables, true);
    row("Accrued compensation", b.compensation, e.compensation);
    row("Deferred revenue", b.deferred, e.deferred);
    row("Total current liabilities", b.currentLiabilities, e.currentLiabilities);
    row("Long-term debt", b.debt, e.debt);
    heading("Stockholders' equity:", 2);
    row("Common stock, \\$0.00001 par value", b.common, e.common);
    row("Additional paid-in capital", b.paidIn, e.paidIn);
    row("Accumulated deficit", b.deficit, e.deficit);
    row("Total stockholders' equity", b.equity, e.equity, false, true);
    row("Total liabilities and stockholders' equity", b.assets, e.assets, true, true);
    blank();
}

void Writer::cashFlowTable(qint64 q)
{
    struct Flows
    {
        qint64 net, depreciation, stockComp, receivables, deferred, operating;
        qint64 property, purchases, maturities, investing;
        qint64 issuance, repurchase, financing, change, beginning, ending;
    };
    const auto flowsOf = [this](qint64 quarter) {
        const Operations o = operations(quarter);
        Flows f{};
        f.net = o.net;
        f.depreciation = value(quarter, 30, 40000, 50000);
        f.stockComp = o.stockCompTotal;
        f.receivables = value(quarter, 31, 0, 40000) - 20000;
        f.deferred = value(quarter, 32, 10000, 40000);
        f.operating = f.net + f.depreciation + f.stockComp + f.receivables + f.deferred;
        f.property = -value(quarter, 33, 15000, 35000);
        f.purchases = -value(quarter, 34, 10000, 140000);
        f.maturities = value(quarter, 35, 100000, 350000);
        f.investing = f.property + f.purchases + f.maturities;
        f.beginning = balances(quarter - 1).cash;
        f.ending = balances(quarter).cash;
        f.change = f.ending - f.beginning;
        f.issuance = value(quarter, 36, 10000, 50000);
        f.repurchase = f.change - f.operating - f.investing - f.issuance;
        f.financing = f.issuance + f.repurchase;
        return f;
    };
    const Flows f = flowsOf(q);
    const Flows y = flowsOf(q - 4);
    title("Condensed Consolidated Statements of Cash Flows", "in thousands");
    quarterHeader(q, false);
    heading("<b>OPERATING ACTIVITIES:</b>", 2);
    row("Net income", f.net, y.net, true);
    heading("Adjustments to reconcile net income to net cash from operating activities:", 2);
    row("Depreciation and amortization", f.depreciation, y.depreciation);
    row("Stock-based compensation", f.stockComp, y.stockComp);
    heading("Changes in operating assets and liabilities:", 2);
    row("Accounts receivable, net", f.receivables, y.receivables);
    row("Deferred revenue", f.deferred, y.deferred);
    row("Net cash provided by operating activities", f.operating, y.operating);
    heading("<b>INVESTING ACTIVITIES:</b>", 2);
    row("Purchases of property and equipment, net", f.property, y.property);
    row("Purchases of available-for-sale investments", f.purchases, y.purchases);
    row("Maturities and sales of available-for-sale investments", f.maturities, y.maturities);
    row("Net cash used in investing activities", f.investing, y.investing);
    heading("<b>FINANCING ACTIVITIES:</b>", 2);
    row("Proceeds from issuance of common stock", f.issuance, y.issuance);
    row("Retirement of common stock", f.repurchase, y.repurchase);
    row("Net cash used in financing activities", f.financing, y.financing);
    row("Net increase (decrease) in cash and cash equivalents", f.change, y.change);
    row("Cash and cash equivalents at beginning of period", f.beginning, y.beginning);
    line(std::string("Cash and cash equivalents at end of period\t<b>") + money(f.ending, true, false) + "</b>\t<b>"
         + money(y.ending, true, false) + "</b>");
    blank();
}

void Writer::release(qint64 q)
{
    const Operations o = operations(q);
    const Operations y = operations(q - 4);
    const std::string quarterName = std::string("Q") + std::to_string(q % 4 + 1) + "'" + twoDigits(yearOf(q) % 100);
    const auto millions = [](qint64 thousandsValue) { return oneDecimal(double(thousandsValue) / 1000.0); };
    line("**" + m_name + " Reports " + quarterName + " Financial Results**  ");
    line("**" + quarterName + " Net Revenue of \\$" + millions(o.revenue) + "M**");
    blank();
    const qint64 releaseYear = q % 4 == 3 ? yearOf(q) + 1 : yearOf(q);
    line(std::string("SUNNYVALE, CA \xe2\x80\x93 ") + ReleaseMonths[q % 4] + ", " + std::to_string(releaseYear) + " -- "
         + m_name + " today reported its results for the " + QuarterWords[q % 4] + " quarter ended "
         + QuarterEnds[q % 4] + ", " + std::to_string(yearOf(q)) + '.');
    blank();
    line(std::string("Net revenues for the ") + QuarterWords[q % 4] + " quarter of " + std::to_string(yearOf(q))
         + " were \\$" + millions(o.revenue) + " million, compared with \\$" + millions(y.revenue) + " million for the "
         + QuarterWords[q % 4] + " quarter of " + std::to_string(yearOf(q) - 1) + '.');
    blank();
    for (int i = 0; i < 3; ++i)
        paragraph(q, i);
    operationsTable(q);
    stockCompTable(q);
    segmentTable(q);
    reconciliationTable(q);
    balanceTable(q);
    cashFlowTable(q);
}

void Writer::customers(int rows, qint64 year, int number)
{
    constexpr int PerRegion = 40;
    const std::string title = std::string("Revenue by Customer, Book ") + std::to_string(number);
    line("**" + m_name + "**  ");
    line("**" + title + "**  ");
    line("(in thousands)  ");
    line("(unaudited)");
    blank();
    line("\tYear Ended December 31,\t");
    line('\t' + std::to_string(year) + '\t' + std::to_string(year - 1));
    qint64 total[2] = {0, 0};
    const int regions = (rows + PerRegion - 1) / PerRegion;
    for (int region = 1; region <= regions; ++region) {
        heading(std::string("Region ") + std::to_string(region) + ':', 2);
        qint64 sum[2] = {0, 0};
        const int first = (region - 1) * PerRegion;
        for (int c = first; c < std::min(rows, first + PerRegion); ++c) {
            const quint64 pick = mix(m_seed, 90 + number, c);
            const std::string name = std::string(Names[pick % Names.size()]) + ' ' + Kinds[(pick >> 8) % Kinds.size()]
                                     + " No. " + std::to_string(c + 1);
            qint64 amounts[2];
            for (int p = 0; p < 2; ++p) {
                amounts[p] = (mix(m_seed, 100 + p, c * 31 + number) % 9000) + 100;
                sum[p] += amounts[p];
            }
            line(name + '\t' + money(amounts[0], c == first, false) + '\t' + money(amounts[1], c == first, false));
        }
        line(std::string("Total Region ") + std::to_string(region) + '\t' + money(sum[0], false, true) + '\t'
             + money(sum[1], false, true));
        total[0] += sum[0];
        total[1] += sum[1];
    }
    line(std::string("Total revenue by customer\t") + money(total[0], true, true) + '\t' + money(total[1], true, true));
    blank();
}

void Writer::notes()
{
    line("#### Discussion of Non-GAAP Financial Measures");
    blank();
    paragraph(0, 7);
    line("**Note A: Acquisition Related Expenses.** We excluded (i) amortization of purchased intangible assets "
         "associated with our acquisitions; and (ii) compensation expense related to acquisitions.");
    blank();
    line("**Note B: Other Items.** We exclude certain other items that are the result of unique or unplanned "
         "events, including (i) restructuring and related costs; and (ii) the income tax effect of these "
         "exclusions.");
    blank();
    line("**Note C: Stock-Based Compensation Related Items.** We exclude stock-based compensation expense "
         "because it is a non-cash expense.");
    blank();
    line("**Note D: Non-GAAP Net Income Per Share Items.** We provide basic and diluted non-GAAP net income per "
         "share using the shares used in computing GAAP net income per share.");
}

} // namespace

QByteArray SyntheticRelease::document(qint64 bytes, quint64 seed)
{
    // A few very long schedules, about a fifth of the document between them.
    const int longSchedules = bytes < 4'000'000 ? 1 : bytes < 30'000'000 ? 2 : 3;
    const int customerRows = int(std::max<qint64>(10'000, bytes / 5 / longSchedules / 40));
    const qint64 releasesUntilLong = std::max<qint64>(1, (bytes * 4 / 5) / 16'000 / (longSchedules + 1));

    Writer writer(seed);
    qint64 releases = 0;
    int written = 0;
    while (writer.size() < bytes - 1200) {
        writer.setCompany(int(releases / QuartersPerCompany));
        writer.release(releases % QuartersPerCompany);
        ++releases;
        if (written < longSchedules && releases % releasesUntilLong == 0)
            writer.customers(customerRows, yearOf(releases % QuartersPerCompany), ++written);
    }
    while (written < longSchedules)
        writer.customers(customerRows, FirstYear + 9, ++written);
    writer.notes();
    return writer.take();
}

QByteArray SyntheticRelease::longSchedule(int rows, quint64 seed)
{
    Writer writer(seed);
    writer.setCompany(0);
    writer.customers(rows, FirstYear, 1);
    return writer.take();
}
