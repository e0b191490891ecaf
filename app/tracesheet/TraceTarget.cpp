// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceTarget.h"

#include <QStringList>
#include <QUrl>

using namespace Qt::StringLiterals;

TraceTarget TraceTarget::toRow(const RowRef &row)
{
    TraceTarget target;
    target.kind = Kind::Row;
    target.row = row;
    return target;
}

TraceTarget TraceTarget::toCell(const RowRef &row, qsizetype period)
{
    TraceTarget target = toRow(row);
    target.kind = Kind::Cell;
    target.period = period;
    return target;
}

TraceTarget TraceTarget::toNote(const QString &letter, const QString &clause)
{
    TraceTarget target;
    target.kind = Kind::Note;
    target.note = letter;
    target.clause = clause;
    return target;
}

TraceTarget TraceTarget::toSource(const SourceLocation &location)
{
    TraceTarget target;
    target.kind = Kind::Source;
    target.location = location;
    return target;
}

TraceTarget TraceTarget::inFiling(qsizetype other) const
{
    TraceTarget target = *this;
    target.filing = other;
    return target;
}

QString TraceTarget::toUrl() const
{
    if (filing >= 0 && kind != Kind::None)
        return u"filing:%1:"_s.arg(filing) + inFiling(-1).toUrl();
    // Letters and numerals come from the file: encoded, so a ':' in one
    // cannot shift the fields.
    const auto encoded = [](const QString &text) { return QString::fromLatin1(QUrl::toPercentEncoding(text)); };
    switch (kind) {
    case Kind::None: break;
    case Kind::Row: return u"row:%1:%2"_s.arg(row.schedule).arg(row.row);
    case Kind::Cell: return u"cell:%1:%2:%3"_s.arg(row.schedule).arg(row.row).arg(period);
    case Kind::Note: return u"note:%1:%2"_s.arg(encoded(note), encoded(clause));
    case Kind::Source: return u"source:%1:%2:%3"_s.arg(location.line).arg(location.column).arg(location.length);
    }
    return {};
}

TraceTarget TraceTarget::fromUrl(const QString &url)
{
    static constexpr QLatin1StringView other("filing:");
    if (url.startsWith(other)) {
        const qsizetype end = url.indexOf(u':', other.size());
        bool ok = false;
        const qsizetype filing =
            end < 0 ? -1 : QStringView(url).sliced(other.size(), end - other.size()).toLongLong(&ok);
        const TraceTarget target = ok && filing >= 0 ? fromUrl(url.sliced(end + 1)) : TraceTarget{};
        return target.isValid() && target.filing < 0 ? target.inFiling(filing) : TraceTarget{};
    }
    const QStringList parts = url.split(u':');
    const auto number = [&parts](qsizetype i) { return parts.value(i).toLongLong(); };
    const auto decoded = [&parts](qsizetype i) { return QUrl::fromPercentEncoding(parts.value(i).toLatin1()); };
    const QString &kind = parts.constFirst();
    if (kind == u"row" && parts.size() == 3)
        return toRow({number(1), number(2)});
    if (kind == u"cell" && parts.size() == 4)
        return toCell({number(1), number(2)}, number(3));
    if (kind == u"note" && parts.size() == 3)
        return toNote(decoded(1), decoded(2));
    if (kind == u"source" && parts.size() == 4)
        return toSource({int(number(1)), int(number(2)), int(number(3))});
    return {};
}
