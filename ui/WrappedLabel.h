// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QLabel>

// A selectable rich-text label that wraps, and remembers its height at each
// width. While a window settles, its layouts ask a wrapping label for its
// height dozens of times at a handful of widths, and QLabel lays the whole
// document out again for every answer: at start-up that was a fifth of the
// work before the first paint.
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    void setText(const QString &text);
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    mutable QHash<int, int> m_heights;
};
