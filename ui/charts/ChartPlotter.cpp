// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPlotter.h"

#include "amount/AmountFormat.h"

#include <QFontMetrics>
#include <QLocale>

#include <qcustomplot.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Kind = ChartData::Kind;

constexpr double GroupWidth = 0.78; // of a category's slot, shared by its bars
constexpr double BarFill = 0.88;    // of each bar's share; the rest separates the periods
constexpr double StackWidth = 0.5;
constexpr double Headroom = 0.16; // above the tallest bar, for its label and the legend
constexpr int MaxLabelLines = 3;
constexpr int NarrowSlot = 84;      // pixels of a category below which its name turns sideways
constexpr int SidewaysLength = 130; // pixels of a name on its side

// Scaled from the base, whether it is sized in points (on screen) or in pixels (exports).
QFont sized(const QFont &base, double factor, bool bold = false)
{
    QFont font(base);
    if (base.pixelSize() > 0)
        font.setPixelSize(std::max(1, qRound(base.pixelSize() * factor)));
    else
        font.setPointSizeF(base.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

// Breaks text at spaces into lines no wider than `width`; the last line
// allowed is elided, so a long label never runs into its neighbour.
QString wrapped(const QString &text, const QFontMetrics &metrics, int width, int maxLines)
{
    QStringList lines;
    QString line;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString candidate = line.isEmpty() ? words[w] : line + u' ' + words[w];
        if (line.isEmpty() || metrics.horizontalAdvance(candidate) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) {
            line = candidate + u' ' + QStringList(words.mid(w + 1)).join(u' ');
            break;
        }
        lines << line;
        line = words[w];
    }
    lines << metrics.elidedText(line, Qt::ElideRight, width);
    return lines.join(u'\n');
}

bool isWaterfall(Kind kind)
{
    return kind == Kind::BridgeOperatingIncome || kind == Kind::BridgeNetIncome;
}

QString figure(const Amount &amount)
{
    return AmountFormat().format(amount);
}

} // namespace

ChartPlotter::ChartPlotter(QCustomPlot *plot) : m_plot(plot)
{
    frame();
}

// The parts every chart has, made once: title and subtitle rows above the
// axis rect, the legend inside it, and a category axis along the bottom.
void ChartPlotter::frame()
{
    const QFont base = m_plot->font();
    // Figures group their thousands as the filings print them.
    m_plot->setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, QString(), sized(base, 1.35, true));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_plot->plotLayout()->insertRow(1);
    m_subtitle = new QCPTextElement(m_plot, QString(), sized(base, 1.0));
    m_plot->plotLayout()->addElement(1, 0, m_subtitle);
    m_title->setMargins(QMargins(8, 10, 8, 0));
    m_subtitle->setMargins(QMargins(8, 2, 8, 6));

    m_plot->legend->setVisible(true);
    m_plot->legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setFont(base);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->axisRect()->setMinimumMargins(QMargins(12, 8, 24, 8));

    m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    m_plot->xAxis->setSubTicks(false);
    m_plot->xAxis->setTickLength(0, 0);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->xAxis->setTickLabelFont(base);
    m_plot->yAxis->setTickLabelFont(base);
    m_plot->yAxis->setLabelFont(base);
    m_plot->yAxis->setNumberFormat(u"f"_s);
    m_plot->yAxis->setSubTicks(false);
    m_plot->yAxis->setPadding(6);
}

void ChartPlotter::draw(const ChartData &chart, const ChartPalette &palette)
{
    m_chart = chart;
    m_palette = palette;
    m_tips.clear();
    m_values.clear();
    m_plot->clearPlottables();
    m_plot->clearItems();

    m_plot->setBackground(palette.background);
    m_plot->axisRect()->setBackground(palette.background);
    m_title->setTextColor(palette.text);
    m_subtitle->setTextColor(palette.quietText);
    m_plot->legend->setBrush(palette.background);
    m_plot->legend->setTextColor(palette.text);
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(palette.axis));
        axis->setTickPen(QPen(palette.axis));
        axis->setTickLabelColor(palette.text);
        axis->setLabelColor(palette.quietText);
    }
    m_plot->yAxis->grid()->setPen(QPen(palette.grid, 0, Qt::SolidLine));
    m_plot->yAxis->grid()->setZeroLinePen(QPen(palette.axis));

    m_title->setText(chart.isAvailable() ? chart.title : ChartData::nameOf(chart.kind)); // fit() wraps them
    m_subtitle->setText(chart.isAvailable() ? chart.subtitle : chart.unavailable);
    m_plot->yAxis->setLabel(chart.valueAxis);
    if (!chart.isAvailable())
        return;

    if (chart.kind == Kind::RevenueMix)
        drawStacked();
    else if (isWaterfall(chart.kind))
        drawWaterfall();
    else
        drawGrouped();
    m_plot->xAxis->setRange(-0.5, double(chart.categories.size()) - 0.5);

    // A total stands apart from the lines it adds up.
    if (chart.totalCategory > 0 && !isWaterfall(chart.kind)) {
        auto *separator = new QCPItemStraightLine(m_plot);
        separator->point1->setCoords(double(chart.totalCategory) - 0.5, 0);
        separator->point2->setCoords(double(chart.totalCategory) - 0.5, 1);
        separator->setPen(QPen(palette.grid, 1.5, Qt::DashLine));
    }
}

double ChartPlotter::keyOf(qsizetype category, qsizetype series) const
{
    if (m_chart.kind == Kind::RevenueMix)
        return double(category);
    const double share = GroupWidth / double(std::max<qsizetype>(1, m_chart.series.size()));
    return double(category) - GroupWidth / 2 + (double(series) + 0.5) * share;
}

double ChartPlotter::barWidth() const
{
    if (m_chart.kind == Kind::RevenueMix)
        return StackWidth;
    return GroupWidth / double(std::max<qsizetype>(1, m_chart.series.size())) * BarFill;
}

// Bars of each period side by side, one group per category.
void ChartPlotter::drawGrouped()
{
    double low = 0;
    double high = 0;
    const qsizetype count = m_chart.series.size();
    for (qsizetype s = 0; s < count; ++s) {
        const ChartData::Series &series = m_chart.series[s];
        const QColor color = series.period >= 0 ? m_palette.period(series.period) : m_palette.component(s);
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(series.name);
        bars->setBrush(color);
        bars->setPen(QPen(color));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(barWidth());
        bars->addToLegend();
        QStringList tips;
        for (qsizetype c = 0; c < m_chart.categories.size(); ++c) {
            const Amount value = series.values.value(c);
            if (value.isNil())
                continue;
            const double v = value.toDouble();
            bars->addData(keyOf(c, s), v);
            tips << tip(c, s);
            addValueLabel(keyOf(c, s), v, series.labels.value(c), v >= 0 ? Qt::AlignBottom : Qt::AlignTop);
            low = std::min(low, v);
            high = std::max(high, v);
        }
        m_tips.insert(bars, tips);
    }
    setRange(low, high);
}

// The components of each category stacked, each labelled inside its part.
void ChartPlotter::drawStacked()
{
    double high = 0;
    double low = 0;
    QList<double> tops(m_chart.categories.size(), 0.0);
    QCPBars *below = nullptr;
    for (qsizetype s = 0; s < m_chart.series.size(); ++s) {
        const ChartData::Series &series = m_chart.series[s];
        const QColor color = m_palette.component(s);
        auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(series.name);
        bars->setBrush(color);
        bars->setPen(QPen(m_palette.background, 1));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setWidth(barWidth());
        bars->addToLegend();
        if (below)
            bars->moveAbove(below);
        below = bars;
        QStringList tips;
        for (qsizetype c = 0; c < m_chart.categories.size(); ++c) {
            const Amount value = series.values.value(c);
            const double v = value.isNil() ? 0.0 : value.toDouble();
            bars->addData(double(c), v);
            tips << tip(c, s);
            const QColor ink = color.lightnessF() > 0.6 ? QColor(0x1f, 0x23, 0x28) : QColor(Qt::white);
            auto *label = new QCPItemText(m_plot);
            label->position->setCoords(double(c), tops[c] + v / 2);
            label->setPositionAlignment(Qt::AlignCenter);
            label->setText(series.labels.value(c));
            label->setColor(ink);
            label->setFont(m_plot->font());
            m_values << label;
            tops[c] += v;
            high = std::max(high, tops[c]);
            low = std::min(low, tops[c]);
        }
        m_tips.insert(bars, tips);
    }
    setRange(low, high);
}

// Each period's bridge: its first and last bars are totals standing on
// zero, each step in between floats from where the previous one ended.
void ChartPlotter::drawWaterfall()
{
    double low = 0;
    double high = 0;
    const qsizetype count = m_chart.series.size();
    for (qsizetype s = 0; s < count; ++s) {
        const ChartData::Series &series = m_chart.series[s];
        const QColor color = m_palette.period(series.period);
        for (qsizetype c = 0; c < m_chart.categories.size(); ++c) {
            const Amount value = series.values.value(c);
            if (value.isNil())
                continue;
            const bool total = c == 0 || c == m_chart.totalCategory;
            const double base = series.bases.value(c).isNil() ? 0.0 : series.bases.value(c).toDouble();
            const double v = value.toDouble();
            // One plottable per bar: QCPBars has one base value for all its bars.
            auto *bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
            bars->setName(series.name);
            bars->setBaseValue(base);
            bars->setBrush(total ? color : m_palette.step(color));
            bars->setPen(QPen(color));
            bars->setWidthType(QCPBars::wtPlotCoords);
            bars->setWidth(barWidth());
            bars->addData(keyOf(c, s), v);
            if (c == 0)
                bars->addToLegend();
            m_tips.insert(bars, {tip(c, s)});
            const double top = std::max(base, base + v);
            const double bottom = std::min(base, base + v);
            if (total && v < 0)
                addValueLabel(keyOf(c, s), bottom, series.labels.value(c), Qt::AlignTop);
            else
                addValueLabel(keyOf(c, s), top, series.labels.value(c), Qt::AlignBottom);
            low = std::min(low, bottom);
            high = std::max(high, top);
        }
    }
    setRange(low, high);
}

void ChartPlotter::addValueLabel(double key, double value, const QString &text, Qt::Alignment side)
{
    auto *label = new QCPItemText(m_plot);
    label->position->setCoords(key, value);
    label->setPositionAlignment(side | Qt::AlignHCenter);
    label->setText(text);
    label->setColor(m_palette.text);
    label->setFont(sized(m_plot->font(), 0.92));
    label->setPadding(QMargins(0, 3, 0, 3));
    m_values << label;
}

void ChartPlotter::setRange(double low, double high)
{
    m_low = low;
    m_high = high;
    // Per-share figures need their decimals; amounts in thousands do not.
    m_plot->yAxis->setNumberPrecision(high - low < 10 ? 2 : 0);
    fitRange();
}

void ChartPlotter::fitRange()
{
    const double span = std::max(m_high - m_low, 1e-9);
    // In pixels: a value label's line, and the legend at the top right.
    const double height = std::max(1, m_plot->axisRect()->height());
    const double label = QFontMetrics(sized(m_plot->font(), 0.92)).height() + 8;
    // The legend's bottom edge, from the plot's top: it sits inset, below its margin.
    const double legend =
        m_plot->legend->visible() ? m_plot->legend->outerRect().bottom() - m_plot->axisRect()->rect().top() : 0;
    // The share of the plot's height that room must be, at most half of it.
    const double above = std::min(0.5, (label + legend) / height);
    const double below = std::min(0.5, label / height);
    double low = 0;
    if (m_low < 0) {
        // x below the lowest figure is `below` of the whole: x = below * (span + x).
        low = m_low - std::max(span * Headroom, span * below / (1 - below));
    }
    const double reach = m_high - low; // from the bottom edge to the highest figure
    const double high = m_high + std::max(span * Headroom, reach * above / (1 - above));
    m_plot->yAxis->setRange(low, high);
}

QString ChartPlotter::categoryText(qsizetype category) const
{
    const QString text = m_chart.categories.value(category);
    const QString notes = m_chart.categoryNotes.value(category);
    return notes.isEmpty() ? text : u"(%1) %2"_s.arg(notes, text);
}

void ChartPlotter::fit()
{
    // Title and subtitle wrap to the width rather than run off both sides.
    const int width = m_plot->viewport().width() - 24;
    const bool available = m_chart.isAvailable();
    m_title->setText(
        wrapped(available ? m_chart.title : ChartData::nameOf(m_chart.kind), QFontMetrics(m_title->font()), width, 2));
    m_subtitle->setText(
        wrapped(available ? m_chart.subtitle : m_chart.unavailable, QFontMetrics(m_subtitle->font()), width, 3));
    m_plot->plotLayout()->setOuterRect(m_plot->viewport());
    for (const auto phase : {QCPLayoutElement::upPreparation, QCPLayoutElement::upMargins, QCPLayoutElement::upLayout})
        m_plot->plotLayout()->update(phase);
    fitRange(); // the room above the bars, in this size's pixels

    const qsizetype categories = std::max<qsizetype>(1, m_chart.categories.size());
    const int slot = int(m_plot->axisRect()->width() / categories);
    const QFontMetrics metrics(m_plot->xAxis->tickLabelFont());

    // Too narrow a slot for words: the names turn on their side, one line each.
    const bool sideways = slot < NarrowSlot;
    m_plot->xAxis->setTickLabelRotation(sideways ? -90 : 0);
    QMap<double, QString> ticks;
    for (qsizetype c = 0; c < m_chart.categories.size(); ++c) {
        const QString growth = m_chart.growth.value(c);
        // Upright, the note letters keep a line of their own, so wrapping never elides them.
        const QString notes = m_chart.categoryNotes.value(c);
        QString text = sideways ? metrics.elidedText(categoryText(c), Qt::ElideRight, SidewaysLength)
                                : wrapped(m_chart.categories[c], metrics, std::max(slot - 8, 24), MaxLabelLines);
        if (!sideways && !notes.isEmpty())
            text += u"\n("_s + notes + u')';
        if (!growth.isEmpty())
            text += (sideways ? u"  "_s : u"\n"_s) + growth;
        ticks.insert(double(c), text);
    }
    if (const auto ticker = m_plot->xAxis->ticker().dynamicCast<QCPAxisTickerText>())
        ticker->setTicks(ticks);

    // A value label may reach over its bar's edges into the gaps, but no
    // wider than its share of the category, or it would run into the next.
    const double share =
        m_chart.kind == Kind::RevenueMix ? StackWidth : 1.0 / double(std::max<qsizetype>(1, m_chart.series.size()));
    const double room = slot * share;
    for (QCPItemText *label : std::as_const(m_values)) {
        const QFontMetrics labelMetrics(label->font());
        label->setVisible(labelMetrics.horizontalAdvance(label->text()) <= room);
    }
}

int ChartPlotter::visibleValueLabels() const
{
    return int(
        std::count_if(m_values.cbegin(), m_values.cend(), [](const QCPItemText *label) { return label->visible(); }));
}

QString ChartPlotter::tip(qsizetype category, qsizetype series) const
{
    QString html = u"<b>%1</b>"_s.arg(m_chart.categories.value(category).toHtmlEscaped());
    const QString notes = m_chart.categoryNotes.value(category);
    if (!notes.isEmpty())
        html += QObject::tr(" · Note %1").arg(notes.toHtmlEscaped());
    for (qsizetype s = 0; s < m_chart.series.size(); ++s) {
        const ChartData::Series &line = m_chart.series[s];
        QString text = u"%1: %2"_s.arg(line.name.toHtmlEscaped(), line.labels.value(category).toHtmlEscaped());
        // A step of a bridge also says where it takes the running figure.
        if (!line.bases.isEmpty() && category > 0 && category != m_chart.totalCategory) {
            const Amount from = line.bases.value(category);
            if (const auto to = from.plus(line.values.value(category)))
                text += QObject::tr(" (%1 to %2)").arg(figure(from), figure(*to));
        }
        html += u"<br>"_s + (s == series ? u"<b>%1</b>"_s.arg(text) : text);
    }
    if (!m_chart.growth.value(category).isEmpty())
        html += u"<br>"_s + QObject::tr("Change: %1").arg(m_chart.growth[category].toHtmlEscaped());
    if (!m_chart.valueAxis.isEmpty())
        html += u"<br><i>%1</i>"_s.arg(m_chart.valueAxis.toHtmlEscaped());
    return html;
}

QString ChartPlotter::toolTipAt(const QPointF &pos) const
{
    int index = -1;
    QCPAbstractPlottable *plottable = m_plot->plottableAt(pos, false, &index);
    if (!plottable || index < 0)
        return {};
    return m_tips.value(plottable).value(index);
}
