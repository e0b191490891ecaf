// SPDX-License-Identifier: GPL-3.0-or-later
#include "StartupTiming.h"

#include "MedianReporter.h"

#include <QElapsedTimer>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

// Wall time in milliseconds, or a negative number when it did not exit 0.
double timeRun(const QString &program, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer clock;
    clock.start();
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return -1;
    return double(clock.nsecsElapsed()) / 1e6;
}

} // namespace

StartupTiming::Result StartupTiming::compare(const QString &baseline, const QString &program,
                                             const QStringList &programArguments, int runs)
{
    Result result;
    // One run of each first, not counted: the files and fonts come from the
    // page cache from then on, as they do for a user who opens it twice.
    if (timeRun(baseline, {}) < 0 || timeRun(program, programArguments) < 0) {
        result.error = u"a start-up run failed"_s;
        return result;
    }
    QList<double> baselineTimes;
    QList<double> programTimes;
    for (int i = 0; i < runs; ++i) {
        baselineTimes.append(timeRun(baseline, {}));
        programTimes.append(timeRun(program, programArguments));
        if (baselineTimes.constLast() < 0 || programTimes.constLast() < 0) {
            result.error = u"a start-up run failed"_s;
            return result;
        }
    }
    result.baselineMs = MedianReporter::median(baselineTimes);
    result.programMs = MedianReporter::median(programTimes);
    return result;
}
