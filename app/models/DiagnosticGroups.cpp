// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnosticGroups.h"

#include "amount/AmountFormat.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// The importer's warnings that repeat, by how their messages begin, with
// the words for many of them.
struct Kind
{
    QStringView start;
    const char *many; // "%1 cells could not be read as numbers"
};

const Kind *knownKind(const QString &message)
{
    static const Kind kinds[] = {
        {u"unreadable amount", QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 cells could not be read as numbers")},
        {u"row ends early", QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 rows end before their last period column")},
        {u"unexpected value after the last period column",
         QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 rows have a value after the last period column")},
        {u"expected a note letter", QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 note cells hold no note letter")},
        {u"values without a label",
         QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 rows of values have no label and were skipped")},
        {u"table without a title", QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 tables have no title")},
        {u"table without a period header",
         QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 tables have no period header and were skipped")},
        {u"table header names no period",
         QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 table headers name no period; their tables were skipped")},
        {u"table header without rows",
         QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 table headers have no rows under them")},
        {u"a second Note", QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 notes repeat a letter already used")},
        {u"a second table in a prospectus supplement",
         QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 further tables of the prospectus supplement are not read")},
        {u"holders table without a header", QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 holders tables have no header")},
    };
    for (const Kind &kind : kinds) {
        if (message.startsWith(kind.start))
            return &kind;
    }
    // "row \"Revenue\" cites Note E, but the filing has no Note E": the row comes first.
    static const Kind citesNoNote{
        u"cites Note", QT_TRANSLATE_NOOP("DiagnosticGroups", "%1 rows cite a note the filing does not have")};
    if (message.startsWith(u"row \"") && message.contains(u"\" cites Note "))
        return &citesNoNote;
    return nullptr;
}

} // namespace

QString DiagnosticGroups::kindOf(const Diagnostic &diagnostic)
{
    if (diagnostic.isError())
        return {};
    if (const Kind *kind = knownKind(diagnostic.message))
        return kind->start.toString();
    // Another warning: the same words around different quotes and figures.
    static const QRegularExpression quoted(uR"("[^"]*"|'[^']*'|\d+)"_s);
    return QString(diagnostic.message).replace(quoted, u"…"_s);
}

QString DiagnosticGroups::summary(const Diagnostic &first, qsizetype count)
{
    const QString n = AmountFormat::count(count);
    if (const Kind *kind = knownKind(first.message))
        return tr(kind->many).arg(n);
    return tr("%1 warnings like this: %2").arg(n, first.message);
}

QList<DiagnosticGroups::Group> DiagnosticGroups::group(const Diagnostics &diagnostics)
{
    QList<Group> groups;
    // By file and kind: the group a warning joins.
    QHash<QString, qsizetype> groupOf;
    for (qsizetype i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics[i];
        const QString kind = kindOf(d);
        if (kind.isEmpty()) {
            groups.append(Group{{i}, {}});
            continue;
        }
        const QString key = d.file + u'\n' + kind;
        const auto found = groupOf.constFind(key);
        if (found == groupOf.cend()) {
            groupOf.insert(key, groups.size());
            groups.append(Group{{i}, {}});
        } else {
            groups[*found].members.append(i);
        }
    }
    for (Group &g : groups) {
        if (g.isGroup())
            g.summary = summary(diagnostics[g.members.constFirst()], g.members.size());
    }
    return groups;
}
