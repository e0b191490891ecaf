// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

struct Filing;

// What the subcommands that read filings share: `--json` and `--help`, the
// files (the bundled filings when none is given), errors on standard error
// like a compiler's, and exit 2 when an input cannot be read. Each command
// says what it makes of one filing, as text and as JSON.
class FilingCommand
{
public:
    struct Output
    {
        QString text;
        QJsonObject json;
        bool skip = false; // nothing to say about this filing
    };
    // `named`: the user gave this file; false for a bundled filing opened by default.
    using PerFiling = std::function<Output(const Filing &, bool named)>;

    // Runs `perFiling` on each file; `finish` may add a closing line and
    // members to the JSON root, and returns the exit status when every input
    // was read.
    static int run(const QStringList &arguments, const QString &description, const PerFiling &perFiling,
                   const std::function<int(QString &text, QJsonObject &root)> &finish = {});
};
