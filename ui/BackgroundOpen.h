// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loading/FilingLoader.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QStringList>

#include <atomic>

class QThread;
class QWidget;

// Opening large files without freezing the window: the files are imported
// and analysed on a thread of their own while a progress dialog says which
// one is being read and offers Cancel. Cancelled, the dialog closes at once
// and the thread stops at its next step (between a file's import and its
// analysis, or between files); what it read is dropped. The object deletes
// itself once the thread has stopped.
class BackgroundOpen : public QObject
{
    Q_OBJECT

public:
    BackgroundOpen(const QStringList &paths, QWidget *window);
    ~BackgroundOpen() override;

    void cancel();
    QProgressDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // What was read, unless the open was cancelled.
    void finished(const QList<FilingLoader::Loaded> &loaded);
    void cancelled();
    // The thread has stopped, cancelled or not.
    void stopped();

private:
    void step(int file);
    void done();

    QStringList m_paths;
    QPointer<QProgressDialog> m_dialog; // the window's child: gone first when the window closes
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancelled = false;
    QList<FilingLoader::Loaded> m_loaded; // written by the thread, read once it has stopped
};
