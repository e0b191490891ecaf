// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackgroundOpen.h"

#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QThread>

BackgroundOpen::BackgroundOpen(const QStringList &paths, QWidget *window)
    : QObject(window), m_paths(paths), m_dialog(new QProgressDialog(window))
{
    m_dialog->setWindowTitle(tr("Opening"));
    m_dialog->setWindowModality(Qt::WindowModal);
    // One file shows a busy bar: its import has no steps worth counting.
    m_dialog->setRange(0, paths.size() > 1 ? int(paths.size()) : 0);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    connect(m_dialog, &QProgressDialog::canceled, this, &BackgroundOpen::cancel);
    step(0);

    m_thread = QThread::create([this] {
        m_loaded = FilingLoader::load(m_paths, &m_cancelled, [this](int file) {
            QMetaObject::invokeMethod(
                this, [this, file] { step(file); }, Qt::QueuedConnection);
        });
    });
    connect(m_thread, &QThread::finished, this, &BackgroundOpen::done);
    m_thread->start();
}

BackgroundOpen::~BackgroundOpen()
{
    m_cancelled = true;
    m_thread->wait();
    delete m_thread;
    delete m_dialog.data();
}

void BackgroundOpen::step(int file)
{
    if (m_cancelled || file >= m_paths.size() || !m_dialog)
        return;
    const QFileInfo info(m_paths[file]);
    const QString size = QLocale().formattedDataSize(info.size());
    m_dialog->setLabelText(
        m_paths.size() > 1
            ? tr("Opening %1 (%2), %3 of %4…").arg(info.fileName(), size).arg(file + 1).arg(m_paths.size())
            : tr("Opening %1 (%2)…").arg(info.fileName(), size));
    if (m_paths.size() > 1)
        m_dialog->setValue(file);
}

void BackgroundOpen::cancel()
{
    if (m_cancelled.exchange(true))
        return;
    if (m_dialog)
        m_dialog->hide();
    Q_EMIT cancelled();
}

void BackgroundOpen::done()
{
    if (m_dialog)
        m_dialog->hide();
    if (!m_cancelled)
        Q_EMIT finished(m_loaded);
    Q_EMIT stopped();
    deleteLater();
}
