// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarJson.h"

using namespace Qt::StringLiterals;

std::optional<QJsonDocument> EdgarJson::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parse;
    QJsonDocument document = QJsonDocument::fromJson(json, &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = u"not JSON at byte %1: %2"_s.arg(parse.offset).arg(parse.errorString());
        return std::nullopt;
    }
    return document;
}
