// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "LibraryVersions.h"
#include "import/FilingImporter.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>


using namespace Qt::StringLiterals;

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Tieout"));
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setTextFormat(Qt::PlainText);
    setCentralWidget(m_placeholder);
    createMenus();
    resize(1200, 800);
    refresh();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tieout"), this, &MainWindow::showAbout);
}

void MainWindow::openFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        ImportResult result = FilingImporter::importFile(path);
        if (result.filing)
            m_filings.append(std::move(*result.filing));
        else
            statusBar()->showMessage(result.firstError());
    }
    refresh();
}

void MainWindow::refresh()
{
    QStringList lines;
    for (const Filing &filing : std::as_const(m_filings))
        lines << tr("%1 — %n schedule(s)", nullptr, int(filing.schedules.size())).arg(filing.title);
    m_placeholder->setText(lines.isEmpty() ? tr("No filing open") : lines.join(u'\n'));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tieout"),
                       tr("<h3>Tieout %1</h3>"
                          "<p>A financial statement viewer for equity analysts.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
                          "<p>Built with Qt %2 and QCustomPlot %3.</p>")
                               .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                                    LibraryVersions::qcustomplot()));
}
