// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSession.h"

#include "MainWindow.h"
#include "import/FilingImporter.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int GuiSession::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"FILE"_s, QApplication::translate("GuiSession", "Filings to open."), u"[FILE...]"_s);
    QStringList withProgram = arguments;
    withProgram.prepend(QCoreApplication::applicationFilePath());
    if (!parser.parse(withProgram)) {
        qWarning("tieout: %s", qPrintable(parser.errorText()));
        return 2;
    }
    QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        files = FilingImporter::bundledFilings();

    MainWindow window;
    window.openFiles(files);
    window.show();
    return QApplication::exec();
}
