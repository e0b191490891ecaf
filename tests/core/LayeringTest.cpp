// SPDX-License-Identifier: GPL-3.0-or-later
// The layers of the source tree, read from its #include lines: each folder
// of app/ includes only folders below it, the core includes nothing of
// Widgets, PrintSupport or QCustomPlot, and ui/ includes nothing of the
// executable. docs/ARCHITECTURE.md draws the same layers; a new folder is
// added to the list here where it belongs, or the test names it.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <gtest/gtest.h>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// From the bottom up: a folder may include those before it, never after.
const QStringList &layers()
{
    static const QStringList order = {
        u"app/amount"_s,      u"app/filing"_s,
        u"app/files"_s,       u"app/import"_s,
        u"app/calculation"_s, u"app/matching"_s,
        u"app/derived"_s,     u"app/structure"_s,
        u"app/checks"_s,      u"app/tracing"_s,
        u"app/narrative"_s,   u"app/analysis"_s,
        u"app/loading"_s,     u"app/edgar"_s,
        u"app/compare"_s,     u"app/json"_s,
        u"app/chartdata"_s,   u"app/tracesheet"_s,
        u"app/models"_s,      u"app/export"_s,
        u"app/workbook"_s,    u"app/report"_s,
        u"ui/desktop"_s,      u"ui/charts"_s,
        u"ui/edgar"_s,        u"ui"_s,
        u"app/cli"_s,         u"app"_s,
    };
    return order;
}

QString sourceDir()
{
    return QStringLiteral(TIEOUT_SOURCE_DIR);
}

struct Include
{
    QString from; // the including file, relative to the source tree
    int line = 0;
    QString target; // the included file, relative to the source tree; "" for a system header
    QString header; // as written
    bool quoted = false;
};

// The folder a file belongs to: the deepest of the layers that holds it.
QString layerOf(const QString &file)
{
    const QString folder = QFileInfo(file).path();
    return layers().contains(folder) ? folder : QString();
}

// Quoted includes resolve as the compiler does: beside the including file,
// then in app/ and ui/ (the include directories of the core and the ui
// library).
QString resolve(const QString &from, const QString &header)
{
    const QDir root(sourceDir());
    const QStringList candidates = {QFileInfo(from).path() + u'/' + header, u"app/"_s + header, u"ui/"_s + header};
    for (const QString &candidate : candidates) {
        const QString clean = QDir::cleanPath(candidate);
        if (QFileInfo::exists(root.filePath(clean)))
            return clean;
    }
    return {};
}

QList<Include> includesOf(const QStringList &roots)
{
    static const QRegularExpression directive(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_s);
    QList<Include> all;
    const QDir root(sourceDir());
    for (const QString &top : roots) {
        QDirIterator it(root.filePath(top), {u"*.h"_s, u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                ADD_FAILURE() << "cannot read " << qPrintable(path);
                continue;
            }
            const QString from = root.relativeFilePath(path);
            int line = 0;
            while (!file.atEnd()) {
                ++line;
                const QString text = QString::fromUtf8(file.readLine());
                const QRegularExpressionMatch match = directive.match(text);
                if (!match.hasMatch())
                    continue;
                const bool quoted = match.captured(1) == u"\""_s;
                const QString header = match.captured(2);
                all.append({from, line, quoted ? resolve(from, header) : QString(), header, quoted});
            }
        }
    }
    return all;
}

QString where(const Include &include)
{
    return u"%1:%2 includes \"%3\""_s.arg(include.from).arg(include.line).arg(include.header);
}

// What the core must never include: the widget and printing modules, and
// QCustomPlot, which is a widget.
bool isWidgetHeader(const QString &header)
{
    static const QStringList modules = {u"QtWidgets"_s, u"QtPrintSupport"_s};
    const QString module = header.section(u'/', 0, 0);
    if (modules.contains(module) || header == u"qcustomplot.h"_s)
        return true;
    const QDir qtHeaders(QStringLiteral(TIEOUT_QT_HEADERS));
    for (const QString &widgets : modules) {
        if (!header.contains(u'/') && QFileInfo::exists(qtHeaders.filePath(widgets + u'/' + header)))
            return true;
    }
    return false;
}

} // namespace

TEST(Layering, EveryFolderOfTheCodeIsALayer)
{
    for (const Include &include : includesOf({u"app"_s, u"ui"_s})) {
        EXPECT_FALSE(layerOf(include.from).isEmpty())
            << qPrintable(include.from) << " is in a folder the layers do not list (tests/core/LayeringTest.cpp)";
    }
}

TEST(Layering, QuotedIncludesNameFilesOfTheTree)
{
    for (const Include &include : includesOf({u"app"_s, u"ui"_s})) {
        // Quoted includes are the project's own (system headers take <>), so
        // each names a file the layers can place.
        if (include.quoted && include.target.isEmpty())
            ADD_FAILURE() << qPrintable(where(include)) << ", a file that is not in the tree";
    }
}

TEST(Layering, EachFolderIncludesOnlyTheFoldersBelowIt)
{
    const QStringList &order = layers();
    for (const Include &include : includesOf({u"app"_s, u"ui"_s})) {
        if (include.target.isEmpty())
            continue;
        const qsizetype from = order.indexOf(layerOf(include.from));
        const qsizetype to = order.indexOf(layerOf(include.target));
        EXPECT_LE(to, from) << qPrintable(where(include)) << ": " << qPrintable(layerOf(include.target)) << " is above "
                            << qPrintable(layerOf(include.from));
    }
}

TEST(Layering, TheCoreIncludesNoWidgets)
{
    for (const Include &include : includesOf({u"app"_s})) {
        const QString layer = layerOf(include.from);
        if (layer == u"app/cli"_s || layer == u"app"_s)
            continue; // the executable wires the core and the ui library
        EXPECT_FALSE(isWidgetHeader(include.header))
            << qPrintable(where(include)) << ": the core links Qt Core and Gui only";
        if (!include.target.isEmpty()) {
            EXPECT_TRUE(include.target.startsWith(u"app/"_s))
                << qPrintable(where(include)) << ": the core includes no ui/";
        }
    }
}

TEST(Layering, TheDocumentModelAndAmountsIncludeNothingAboveThem)
{
    for (const Include &include : includesOf({u"app/amount"_s, u"app/filing"_s})) {
        if (include.target.isEmpty())
            continue;
        const QString layer = layerOf(include.target);
        const bool allowed = layer == u"app/amount"_s || (layer == u"app/filing"_s && layerOf(include.from) == layer);
        EXPECT_TRUE(allowed) << qPrintable(where(include));
    }
}

TEST(Layering, ImportersIncludeNoAnalysisModelsOrExports)
{
    const QStringList allowed = {u"app/amount"_s, u"app/filing"_s, u"app/files"_s, u"app/import"_s};
    for (const Include &include : includesOf({u"app/import"_s})) {
        if (!include.target.isEmpty()) {
            EXPECT_TRUE(allowed.contains(layerOf(include.target))) << qPrintable(where(include));
        }
    }
}

// The rule above would catch a cycle too; this says it in the terms of a
// graph, so that a new folder added to the list out of order is caught as
// a cycle rather than passing as a layer.
TEST(Layering, NoCycleBetweenFolders)
{
    QHash<QString, QSet<QString>> edges;
    for (const Include &include : includesOf({u"app"_s, u"ui"_s})) {
        const QString from = layerOf(include.from);
        const QString to = layerOf(include.target);
        if (!include.target.isEmpty() && from != to)
            edges[from].insert(to);
    }
    // Depth-first search; a folder met again on the current path closes a cycle.
    QHash<QString, int> state; // 1: on the path, 2: done
    QStringList path;
    std::function<void(const QString &)> visit = [&](const QString &folder) {
        state[folder] = 1;
        path.append(folder);
        for (const QString &next : std::as_const(edges[folder])) {
            if (state.value(next) == 1) {
                ADD_FAILURE() << "cycle: " << qPrintable(path.mid(path.indexOf(next)).join(u" -> "_s)) << " -> "
                              << qPrintable(next);
            } else if (state.value(next) == 0) {
                visit(next);
            }
        }
        path.removeLast();
        state[folder] = 2;
    };
    const QStringList folders = edges.keys();
    for (const QString &folder : folders) {
        if (state.value(folder) == 0)
            visit(folder);
    }
}
