// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What each fuzz target runs on its bytes, shared with the regression test
// that replays every input the fuzzers ever found (tests/fuzz/regressions),
// so a fixed crash stays fixed in the ordinary suite.
#include "analysis/FilingAnalysis.h"
#include "chartdata/ChartBuilder.h"
#include "export/TableExport.h"
#include "import/EarningsReleaseImporter.h"
#include "import/FilingImporter.h"
#include "import/HtmlReleaseImporter.h"
#include "import/InlineXbrlImporter.h"
#include "import/ProspectusImporter.h"
#include "import/SourceText.h"
#include "import/TextDecoder.h"
#include "models/FilingHtml.h"
#include "models/ScheduleTableModel.h"
#include "tracesheet/TraceComposer.h"
#include "tracesheet/TraceHtml.h"
#include "json/CheckJson.h"
#include "json/FilingJson.h"
#include "json/TraceJson.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace FuzzTargets {

inline const QString &fileName()
{
    static const QString name = QStringLiteral("fuzz.txt");
    return name;
}

// The bytes decoded as FilingImporter decodes a file, split into lines;
// nullopt when the decoder refuses them.
inline std::optional<SourceText> source(const QByteArray &bytes)
{
    const DecodedText decoded = TextDecoder::decode(bytes, fileName());
    if (!decoded.ok())
        return std::nullopt;
    return SourceText(decoded.text);
}

// The earnings-release importer without the format detector in front of it,
// so every input reaches the table, note and narrative readers.
inline void releaseImporter(const QByteArray &bytes)
{
    if (const std::optional<SourceText> text = source(bytes))
        (void)EarningsReleaseImporter::import(*text, fileName());
}

// The prospectus importer without the format detector in front of it, so
// every input reaches the offering and holders-table readers.
inline void prospectusImporter(const QByteArray &bytes)
{
    if (const std::optional<SourceText> text = source(bytes))
        (void)ProspectusImporter::import(*text, fileName());
}

// The HTML importer without the sniffing in front of it, so every input
// reaches gumbo, the table grid and the title and caption readers.
inline void htmlImporter(const QByteArray &bytes)
{
    if (const std::optional<SourceText> text = source(bytes))
        (void)HtmlReleaseImporter::import(*text, fileName());
}

// An inline XBRL document: its facts read as XML, then its tables as HTML.
inline void inlineXbrlImporter(const QByteArray &bytes)
{
    if (const std::optional<SourceText> text = source(bytes))
        (void)InlineXbrlImporter::import(*text, fileName());
}

namespace Detail {

inline void readEveryCell(const QAbstractItemModel &model)
{
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int role = 0; role <= ScheduleTableModel::SourceLineRole + 8; ++role)
            (void)model.headerData(column, Qt::Horizontal, role);
    }
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (int role = 0; role <= ScheduleTableModel::SourceLineRole + 8; ++role)
                (void)model.data(index, role);
        }
    }
}

inline void exercise(const FilingAnalysisPtr &analysis)
{
    const Filing &filing = analysis->filing;
    (void)QJsonDocument(FilingJson::toJson(filing)).toJson();
    (void)QJsonDocument(CheckJson::toJson(filing, analysis->tieOut)).toJson();
    (void)QJsonDocument(TraceJson::toJson(filing, analysis->traces, analysis->claims)).toJson();
    (void)TraceJson::toText(filing, analysis->traces, analysis->claims);
    (void)FilingHtml::notes(*analysis);
    (void)FilingHtml::narrative(*analysis);
    for (ChartData::Kind kind : ChartData::standardKinds())
        (void)ChartBuilder::build(*analysis, kind).toTsv();

    ScheduleTableModel model;
    for (qsizetype s = 0; s < filing.schedules.size(); ++s) {
        for (const ScheduleViewOptions &options : {ScheduleViewOptions{}, ScheduleViewOptions{true, true, true}}) {
            model.setSchedule(analysis, s);
            model.setOptions(options);
            readEveryCell(model);
            (void)TableExport::csv(TableExport::whole(model), FilingHtml::heading(filing.schedules[s]));
        }
        QList<qsizetype> rows;
        for (qsizetype r = 0; r < filing.schedules[s].rows.size(); ++r) {
            rows << r;
            (void)TraceHtml::render(TraceComposer::compose(*analysis, RowRef{s, r}));
            (void)TraceHtml::render(TraceComposer::compose(*analysis, RowRef{s, r}, 0));
        }
        (void)ChartBuilder::selection(*analysis, s, rows).toTsv();
    }
}

} // namespace Detail

// Whatever the importer accepts, through everything that runs when a filing
// opens: the analysis (structure, tie-out, traces, narrative), each
// schedule's table model read for every cell and role with and without the
// view options, the trace of every row, the notes and narrative pages, the
// charts, and the JSON and CSV exports.
inline void analysis(const QByteArray &bytes)
{
    ImportResult result = FilingImporter::importBytes(bytes, fileName());
    if (result.filing)
        Detail::exercise(FilingAnalysis::analyze(std::move(*result.filing)));
}

} // namespace FuzzTargets
