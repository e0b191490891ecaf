// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecentFilesMenu.h"

#include "desktop/Settings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// A folder as the analyst knows it: under the home folder as "~/…", and
// never so long that the menu runs off the screen.
QString shortFolder(const QString &path)
{
    QString folder = QDir::toNativeSeparators(QFileInfo(path).absolutePath());
    const QString home = QDir::toNativeSeparators(QDir::homePath());
    if (folder == home || folder.startsWith(home + QDir::separator()))
        folder = u'~' + folder.mid(home.size());
    constexpr qsizetype MaxLength = 60;
    if (folder.size() > MaxLength)
        folder = folder.left(MaxLength / 2 - 1) + u'…' + folder.right(MaxLength / 2 - 1);
    return folder;
}

} // namespace

RecentFilesMenu::RecentFilesMenu(const QString &title, QWidget *parent) : QMenu(title, parent)
{
    refresh();
}

QString RecentFilesMenu::textFor(const QString &path)
{
    const QString title = Settings::recentFileTitle(path);
    const QString name = QFileInfo(path).fileName();
    if (title.isEmpty())
        return tr("%1 (%2)").arg(name, shortFolder(path));
    return tr("%1 (%2, %3)").arg(title, name, shortFolder(path));
}

void RecentFilesMenu::refresh()
{
    clear();
    const QStringList files = Settings::recentFiles();
    for (const QString &path : files) {
        QString text = textFor(path);
        text.replace(u'&', u"&&"_s); // a company's "&" is not a mnemonic
        QAction *action = addAction(text, this, [this, path] { Q_EMIT openRequested(path); });
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setData(path);
    }
    addSeparator();
    addAction(tr("Clear Menu"), this, [this] {
        Settings::clearRecentFiles();
        refresh();
    });
    setEnabled(!files.isEmpty());
}
