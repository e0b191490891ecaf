// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

struct lxw_format;
struct lxw_workbook;

// The cell formats of one workbook, each made once: a workbook holds a
// limited number of them, and a 10-K has tens of thousands of cells.
class WorkbookFormats
{
public:
    // A cell's look, set field by field: Style().bold().indent(2).
    struct Style
    {
        QString numberFormat_ = {}; // Excel's: "#,##0;(#,##0)"; empty for text
        bool bold_ = false;
        bool italic_ = false;
        bool wrap_ = false;
        bool ruleAbove_ = false;       // a total's single rule
        bool doubleRuleBelow_ = false; // the grand total's double rule
        bool ruleBelow_ = false;       // a header's rule
        bool fill_ = false;            // a header's grey
        int indent_ = 0;               // levels
        int align_ = 0;                // 0 general, 1 left, 2 centre, 3 right
        double size_ = 0;              // points; 0 for the default
        bool quiet_ = false;           // grey ink: the company and units above a table
        bool link_ = false;            // blue and underlined
        bool alarm_ = false;           // red ink: a check that fails

        Style &numberFormat(const QString &value)
        {
            numberFormat_ = value;
            return *this;
        }
        Style &bold(bool on = true)
        {
            bold_ = on;
            return *this;
        }
        Style &italic(bool on = true)
        {
            italic_ = on;
            return *this;
        }
        Style &wrap(bool on = true)
        {
            wrap_ = on;
            return *this;
        }
        Style &ruleAbove(bool on = true)
        {
            ruleAbove_ = on;
            return *this;
        }
        Style &doubleRuleBelow(bool on = true)
        {
            doubleRuleBelow_ = on;
            return *this;
        }
        Style &ruleBelow(bool on = true)
        {
            ruleBelow_ = on;
            return *this;
        }
        Style &fill(bool on = true)
        {
            fill_ = on;
            return *this;
        }
        Style &indent(int value)
        {
            indent_ = value;
            return *this;
        }
        Style &align(int value)
        {
            align_ = value;
            return *this;
        }
        Style &size(double value)
        {
            size_ = value;
            return *this;
        }
        Style &quiet(bool on = true)
        {
            quiet_ = on;
            return *this;
        }
        Style &link(bool on = true)
        {
            link_ = on;
            return *this;
        }
        Style &alarm(bool on = true)
        {
            alarm_ = on;
            return *this;
        }

        bool operator==(const Style &) const = default;
    };

    explicit WorkbookFormats(lxw_workbook *workbook) : m_workbook(workbook) { }
    lxw_format *of(const Style &style);

    // Excel's number format for a figure printed with `decimals` places:
    // negatives in parentheses as the filing prints them, "$" where it
    // does, percentages as Excel's, and zero as "—" for a dash.
    static QString numberFormat(int decimals, bool currency, bool percent, bool dashForZero);

private:
    lxw_workbook *m_workbook;
    QHash<QString, lxw_format *> m_made; // by the style's key
};
