// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

// File > Open Recent: the filings opened last, each named by what it is
// and where it is ("Acme Corp. — Earnings release, 4/23/07 (q1.txt, ~/filings)"),
// so two releases of one company, or two files of one name, are told apart.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(const QString &title, QWidget *parent = nullptr);

    // Lists the files in Settings again.
    void refresh();
    // What the menu says for a file: its title as kept in Settings, or its
    // name alone when none was kept, and its folder.
    static QString textFor(const QString &path);

Q_SIGNALS:
    void openRequested(const QString &path);
};
