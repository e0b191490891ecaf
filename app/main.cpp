// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiSession.h"
#include "cli/CommandLine.h"
#include "cli/ConsoleOutput.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
void nameApplication()
{
    QCoreApplication::setOrganizationName(u"Tieout"_s);
    QCoreApplication::setApplicationName(u"tieout"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(TIEOUT_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    // Subcommands, --help and --version need no display: they run on a
    // plain core application, so they work on a headless machine.
    if (CommandLine::drawsWidgets(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        nameApplication();
        return CommandLine::runConsole(QCoreApplication::arguments());
    }
    if (!CommandLine::wantsGui(argc, argv)) {
        QCoreApplication app(argc, argv);
        nameApplication();
        return CommandLine::runConsole(QCoreApplication::arguments());
    }
    // Decided before QApplication, which aborts when it finds no display.
    if (const QString refusal = CommandLine::guiRefusal(argc, argv); !refusal.isEmpty()) {
        ConsoleOutput::err(refusal + u'\n');
        return 2;
    }
    QApplication app(argc, argv);
    nameApplication();
    QApplication::setApplicationDisplayName(u"Tieout"_s);
    return GuiSession::run(QCoreApplication::arguments().mid(1));
}
