// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFile.h"
#include "InputFiles.h"

#include <QDir>
#include <QFileInfo>

OutputFile::OutputFile(const QString &path) : m_path(path), m_file(path) { }

bool OutputFile::open()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    if (InputFiles::contains(m_path)) {
        m_error = tr("cannot write %1: it is a filing Tieout has read, and Tieout never writes to a filing").arg(shown);
        return false;
    }
    if (QFileInfo(m_path).isDir()) {
        m_error = tr("cannot write %1: it is a folder, not a file").arg(shown);
        return false;
    }
    if (!m_file.open(QIODevice::WriteOnly)) {
        m_error = tr("cannot write %1: %2").arg(shown, m_file.errorString());
        return false;
    }
    return true;
}

bool OutputFile::commit()
{
    if (m_file.commit())
        return true;
    m_error = tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), m_file.errorString());
    return false;
}

void OutputFile::cancel(const QString &why)
{
    m_file.cancelWriting();
    m_error = why;
}
