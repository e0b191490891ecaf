// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QPalette>
#include <QString>

#include <cmath>

using namespace Qt::StringLiterals;

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::pass(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
}

QColor Theme::fail(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
}

QColor Theme::derived(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x90, 0xca, 0xf9) : QColor(0x1a, 0x4f, 0x8b);
}

QColor Theme::warningBackground(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x4e, 0x40, 0x16) : QColor(0xff, 0xf4, 0xce);
}

QColor Theme::highlight(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x5c, 0x4b, 0x0f) : QColor(0xff, 0xec, 0x99);
}

double Theme::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](float c) { return c <= 0.04045f ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor Theme::readable(const QColor &colour, const QColor &background, double ratio)
{
    if (contrast(colour, background) >= ratio)
        return colour;
    const QColor towards =
        contrast(Qt::white, background) >= contrast(Qt::black, background) ? QColor(Qt::white) : QColor(Qt::black);
    // Keep as much of the colour as still reads.
    QColor mixed = towards;
    for (int step = 1; step <= 20; ++step) {
        const float t = float(step) / 20.0f;
        mixed = QColor::fromRgbF(colour.redF() * (1 - t) + towards.redF() * t,
                                 colour.greenF() * (1 - t) + towards.greenF() * t,
                                 colour.blueF() * (1 - t) + towards.blueF() * t);
        if (contrast(mixed, background) >= ratio)
            break;
    }
    return mixed;
}

QColor Theme::link(const QPalette &palette)
{
    return readable(palette.color(QPalette::Link), palette.color(QPalette::Base));
}

QPalette Theme::darkPalette()
{
    QPalette palette;
    const QColor window(0x2d, 0x2d, 0x30);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x28));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Light, QColor(0x50, 0x50, 0x54));
    palette.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x44));
    palette.setColor(QPalette::Mid, QColor(0x28, 0x28, 0x2a));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
    return palette;
}

QString Theme::documentStyleSheet(const QPalette &palette)
{
    // Secondary text: the text colour two-thirds of the way to the background,
    // since not every style gives PlaceholderText a quieter colour, but never
    // so faint that it does not read.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QString quiet =
        readable(QColor::fromRgbF(text.redF() * 0.4f + base.redF() * 0.6f, text.greenF() * 0.4f + base.greenF() * 0.6f,
                                  text.blueF() * 0.4f + base.blueF() * 0.6f),
                 base)
            .name();
    return u"a { color: %9; }"
           u".badge { background-color: %1; color: %2; font-weight: bold; }"
           u".detail { color: %3; }"
           u".tag { color: %3; font-style: italic; }"
           u".quote { color: %3; margin-left: 10px; }"
           u".highlight { background-color: %4; color: %5; }"
           u".ties { color: %6; font-weight: bold; }"
           u".breaks { color: %7; font-weight: bold; }"
           u".limit { font-style: italic; }"
           u".unmatched { background-color: %8; }"
           u"h2 { margin-bottom: 0px; } h3 { margin-top: 14px; margin-bottom: 4px; }"
           u"p { margin-top: 2px; margin-bottom: 4px; }"_s.arg(
               derived(palette).name(), palette.color(QPalette::Base).name(), quiet, highlight(palette).name(),
               palette.color(QPalette::Text).name(), readable(pass(palette), base).name(),
               readable(fail(palette), base).name(), warningBackground(palette).name(), link(palette).name());
}
