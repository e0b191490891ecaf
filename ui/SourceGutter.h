// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class SourceView;

// The line-number margin of the source view; it paints through the view,
// which knows where each line is.
class SourceGutter : public QWidget
{
    Q_OBJECT

public:
    explicit SourceGutter(SourceView *view);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SourceView *m_view;
};
