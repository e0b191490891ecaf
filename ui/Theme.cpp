// SPDX-License-Identifier: GPL-3.0-or-later
#include "Theme.h"

#include <QPalette>

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
