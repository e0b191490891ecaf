// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QPalette>
#include <QString>

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

QString Theme::documentStyleSheet(const QPalette &palette)
{
    // Secondary text: the text colour two-thirds of the way to the background,
    // since not every style gives PlaceholderText a quieter colour.
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    const QString quiet =
        QColor::fromRgbF(text.redF() * 0.4f + base.redF() * 0.6f, text.greenF() * 0.4f + base.greenF() * 0.6f,
                         text.blueF() * 0.4f + base.blueF() * 0.6f)
            .name();
    return u".badge { background-color: %1; color: %2; font-weight: bold; }"
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
               palette.color(QPalette::Text).name(), pass(palette).name(), fail(palette).name(),
               warningBackground(palette).name());
}
