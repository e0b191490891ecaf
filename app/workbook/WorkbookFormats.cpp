// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkbookFormats.h"

#include <QStringList>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {

QString keyOf(const WorkbookFormats::Style &s)
{
    const auto flag = [](bool on) { return on ? u"1"_s : u"0"_s; };
    return QStringList{s.numberFormat_,
                       flag(s.bold_),
                       flag(s.italic_),
                       flag(s.wrap_),
                       flag(s.ruleAbove_),
                       flag(s.doubleRuleBelow_),
                       flag(s.ruleBelow_),
                       flag(s.fill_),
                       flag(s.quiet_),
                       flag(s.link_),
                       flag(s.alarm_),
                       QString::number(s.indent_),
                       QString::number(s.align_),
                       QString::number(s.size_)}
        .join(u'|');
}

} // namespace

lxw_format *WorkbookFormats::of(const Style &style)
{
    const QString key = keyOf(style);
    if (lxw_format *made = m_made.value(key))
        return made;
    lxw_format *format = workbook_add_format(m_workbook);
    if (!style.numberFormat_.isEmpty())
        format_set_num_format(format, style.numberFormat_.toUtf8().constData());
    if (style.bold_)
        format_set_bold(format);
    if (style.italic_)
        format_set_italic(format);
    if (style.wrap_)
        format_set_text_wrap(format);
    if (style.ruleAbove_)
        format_set_top(format, LXW_BORDER_THIN);
    if (style.doubleRuleBelow_)
        format_set_bottom(format, LXW_BORDER_DOUBLE);
    else if (style.ruleBelow_)
        format_set_bottom(format, LXW_BORDER_THIN);
    if (style.fill_) {
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, 0xF2F2F2);
    }
    if (style.indent_ > 0)
        format_set_indent(format, uint8_t(qMin(style.indent_, 15)));
    switch (style.align_) {
    case 1: format_set_align(format, LXW_ALIGN_LEFT); break;
    case 2: format_set_align(format, LXW_ALIGN_CENTER); break;
    case 3: format_set_align(format, LXW_ALIGN_RIGHT); break;
    default: break;
    }
    format_set_align(format, LXW_ALIGN_VERTICAL_TOP);
    if (style.size_ > 0)
        format_set_font_size(format, style.size_);
    if (style.quiet_)
        format_set_font_color(format, 0x5F666D);
    if (style.alarm_)
        format_set_font_color(format, 0xB71C1C);
    if (style.link_) {
        format_set_font_color(format, LXW_COLOR_BLUE);
        format_set_underline(format, LXW_UNDERLINE_SINGLE);
    }
    m_made.insert(key, format);
    return format;
}

QString WorkbookFormats::numberFormat(int decimals, bool currency, bool percent, bool dashForZero)
{
    QString number = u"#,##0"_s;
    if (percent)
        number = u"0"_s;
    if (decimals > 0)
        number += u'.' + QString(decimals, u'0');
    if (percent)
        number += u'%';
    if (currency)
        number.prepend(u'$');
    QString format = u"%1;(%1)"_s.arg(number);
    if (dashForZero)
        format += u";\"\u2014\""_s;
    return format;
}
