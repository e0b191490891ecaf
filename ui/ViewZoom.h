// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

// Zoom for the reading surfaces: the tables, the notes and narrative, the
// trace panel and the source, all at one size. View > Zoom In (Ctrl++),
// Zoom Out (Ctrl+-) and Actual Size (Ctrl+0), and Ctrl with the wheel over
// any of them, in the steps a browser takes; the size is kept in Settings.
class ViewZoom : public QObject
{
    Q_OBJECT

public:
    explicit ViewZoom(QObject *parent = nullptr);

    // Zooms this widget's font with the others, from the font it has now.
    void add(QWidget *widget);
    QList<QAction *> actions() const { return {m_in, m_out, m_reset}; }
    QAction *zoomInAction() const { return m_in; }
    QAction *zoomOutAction() const { return m_out; }
    QAction *resetAction() const { return m_reset; }

    int percent() const;
    // Steps in or out (negative), within the smallest and largest sizes.
    void zoom(int steps);
    void setPercent(int percent);

Q_SIGNALS:
    void changed(int percent);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply(QWidget *widget) const;
    void update();

    int m_step = 0;                  // index into the steps
    int m_wheel = 0;                 // the wheel's turn not yet a step (high-resolution wheels turn by less)
    QHash<QWidget *, QFont> m_fonts; // each widget's font at 100%
    QList<QPointer<QWidget>> m_widgets;
    QAction *m_in = nullptr;
    QAction *m_out = nullptr;
    QAction *m_reset = nullptr;
};
