// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

// Runs a program to completion, as a user would from a shell, on the
// offscreen platform so nothing needs a display, and keeps what it printed.
struct ProcessRun
{
    int exitCode = -1; // -1: it crashed or did not finish
    QString out;
    QString err;

    static ProcessRun of(const QString &program, const QStringList &arguments, const QString &workingDirectory = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return in(env, program, arguments, workingDirectory);
    }

    // The same in an environment of the test's making (a machine without a display).
    static ProcessRun in(const QProcessEnvironment &env, const QString &program, const QStringList &arguments,
                         const QString &workingDirectory = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        if (!workingDirectory.isEmpty())
            process.setWorkingDirectory(workingDirectory);
        process.start(program, arguments);
        EXPECT_TRUE(process.waitForFinished(120000))
            << qPrintable(program) << ": " << qPrintable(process.errorString());
        ProcessRun run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }
};
