// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QSaveFile>
#include <QString>

// Every file Tieout writes goes through here. It is written beside its
// destination and renamed over it only once complete (QSaveFile), so a
// failed or abandoned write leaves the old file exactly as it was. And it is
// never a filing this process has read (InputFiles): writing over one is
// refused before anything is written.
class OutputFile
{
    Q_DECLARE_TR_FUNCTIONS(OutputFile)

public:
    explicit OutputFile(const QString &path);

    // Opens the temporary file, or returns false with error() saying why
    // (an opened filing, a folder, a folder that cannot be written).
    bool open();
    QIODevice *device() { return &m_file; }
    // Replaces the destination with what was written; false, with error(),
    // when that fails (the destination is then as it was).
    bool commit();
    // Abandons the write, keeping the destination as it was; `why` says what
    // failed ("cannot draw the chart"), and becomes error().
    void cancel(const QString &why);
    // "cannot write PATH: reason", or the reason given to cancel().
    QString error() const { return m_error; }

private:
    QString m_path;
    QSaveFile m_file;
    QString m_error;
};
