// SPDX-License-Identifier: GPL-3.0-or-later
#include "PeakMemory.h"

#include "BenchmarkData.h"

#include <QFile>
#include <QProcess>

#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 residentBytes()
{
    QFile statm(u"/proc/self/statm"_s);
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * sysconf(_SC_PAGESIZE) : -1;
}

qint64 peakResidentBytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss) * 1024;
}

} // namespace

int PeakMemory::measureHere(const QString &path)
{
    const qint64 before = residentBytes();
    const FilingAnalysisPtr analysis = BenchmarkData::analyse(path);
    if (!analysis || before < 0)
        return 1;
    std::printf("%lld\n", static_cast<long long>(peakResidentBytes() - before));
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
