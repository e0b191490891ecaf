// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartPalette.h"

#include "desktop/Theme.h"

#include <QPalette>

QColor ChartPalette::period(qsizetype column) const
{
    return periods.value(qBound<qsizetype>(0, column, periods.size() - 1));
}

QColor ChartPalette::component(qsizetype index) const
{
    return components.value(index % components.size());
}

QColor ChartPalette::step(const QColor &period) const
{
    const float keep = 0.55f;
    return QColor::fromRgbF(period.redF() * keep + background.redF() * (1 - keep),
                            period.greenF() * keep + background.greenF() * (1 - keep),
                            period.blueF() * keep + background.blueF() * (1 - keep));
}

ChartPalette ChartPalette::light()
{
    ChartPalette palette;
    palette.background = QColor(0xff, 0xff, 0xff);
    palette.text = QColor(0x1f, 0x23, 0x28);
    palette.quietText = QColor(0x5f, 0x66, 0x6d);
    palette.grid = QColor(0xe3, 0xe6, 0xea);
    palette.axis = QColor(0x9a, 0xa1, 0xa9);
    palette.periods = {QColor(0x1f, 0x4e, 0x79), QColor(0x9d, 0xc3, 0xe6), QColor(0xa6, 0xa6, 0xa6),
                       QColor(0xd0, 0xd0, 0xd0)};
    palette.components = {QColor(0x2e, 0x75, 0xb6), QColor(0xed, 0x7d, 0x31), QColor(0x70, 0xad, 0x47),
                          QColor(0xff, 0xc0, 0x00), QColor(0x70, 0x30, 0xa0), QColor(0x26, 0x44, 0x78)};
    return palette;
}

ChartPalette ChartPalette::dark()
{
    ChartPalette palette;
    palette.background = QColor(0x23, 0x26, 0x2b);
    palette.text = QColor(0xe8, 0xea, 0xed);
    palette.quietText = QColor(0xa8, 0xae, 0xb5);
    palette.grid = QColor(0x3a, 0x3f, 0x46);
    palette.axis = QColor(0x70, 0x77, 0x80);
    palette.periods = {QColor(0x6f, 0xa8, 0xdc), QColor(0x3d, 0x5a, 0x80), QColor(0x80, 0x80, 0x80),
                       QColor(0x5a, 0x5a, 0x5a)};
    palette.components = {QColor(0x5b, 0x9b, 0xd5), QColor(0xf4, 0xa2, 0x61), QColor(0x8f, 0xc9, 0x6b),
                          QColor(0xff, 0xd1, 0x4d), QColor(0xb3, 0x8b, 0xd9), QColor(0x7f, 0xb3, 0xd5)};
    return palette;
}

ChartPalette ChartPalette::forPalette(const QPalette &palette)
{
    ChartPalette chart = Theme::isDark(palette) ? dark() : light();
    chart.background = palette.color(QPalette::Base);
    return chart;
}
