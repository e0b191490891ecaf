// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

// EDGAR's JSON (the ticker list, submissions, folder listings), parsed with
// the one error message every reader gives: where the bytes stop being JSON.
struct EdgarJson
{
    static std::optional<QJsonDocument> parse(const QByteArray &json, QString *error);
};
