// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeakMemory.h"

#include "BenchmarkData.h"

#include <QFile>
#include <QProcess>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// A field of /proc/self/status in bytes: VmRSS now, VmHWM the peak. Not
// getrusage's ru_maxrss, which a process inherits across exec from the
// benchmark program that started it.
qint64 statusBytes(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

} // namespace

int PeakMemory::measureHere(const QString &path)
{
    const qint64 before = statusBytes("VmRSS");
    const FilingAnalysisPtr analysis = BenchmarkData::analyse(path);
    if (!analysis || before < 0)
        return 1;
    std::printf("%lld\n", static_cast<long long>(statusBytes("VmHWM") - before));
    return 0;
}

qint64 PeakMemory::measure(const QString &program, const QString &path)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, {u"--peak-memory"_s, path});
    if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return -1;
    bool ok = false;
    const qint64 bytes = process.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? bytes : -1;
}
