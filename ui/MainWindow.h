// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Filing.h"

#include <QList>
#include <QMainWindow>

class QLabel;

// The main window. It wires the views to the core; it computes nothing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);

    void openFiles(const QStringList &paths);
    const QList<Filing> &filings() const { return m_filings; }

private:
    void createMenus();
    void showAbout();
    void refresh();

    QList<Filing> m_filings;
    QLabel *m_placeholder = nullptr;
};
