// SPDX-License-Identifier: GPL-3.0-or-later
// tieout_generate SIZE OUT [SEED]: writes a synthetic earnings release of
// about SIZE bytes ("10M", "500k" or a plain number) to OUT; in HTML, as an
// 8-K exhibit is filed, when OUT ends in .htm or .html (SIZE is then the
// size of the text it is made from).
#include "SyntheticHtmlRelease.h"
#include "SyntheticRelease.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QTextStream>

#include <optional>

namespace {

std::optional<qint64> sizeOf(QString text)
{
    qint64 unit = 1;
    if (text.endsWith(u'M', Qt::CaseInsensitive))
        unit = 1'000'000;
    else if (text.endsWith(u'k', Qt::CaseInsensitive))
        unit = 1'000;
    if (unit != 1)
        text.chop(1);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value * unit;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    const std::optional<qint64> size = args.size() >= 2 ? sizeOf(args[0]) : std::nullopt;
    bool seedOk = true;
    const quint64 seed = args.size() >= 3 ? args[2].toULongLong(&seedOk) : 1;
    if (!size || !seedOk || args.size() > 3) {
        err << "usage: tieout_generate SIZE OUT [SEED]   (SIZE: 1M, 10M, 50M, 500k or bytes)\n";
        return 2;
    }
    QSaveFile file(args[1]);
    const bool html = args[1].endsWith(u".htm") || args[1].endsWith(u".html");
    const QByteArray text = SyntheticRelease::document(*size, seed);
    if (!file.open(QIODevice::WriteOnly) || file.write(html ? SyntheticHtmlRelease::fromText(text) : text) < 0
        || !file.commit()) {
        err << args[1] << ": cannot write: " << file.errorString() << '\n';
        return 1;
    }
    return 0;
}
