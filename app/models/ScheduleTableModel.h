// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ScheduleViewOptions.h"
#include "analysis/FilingAnalysis.h"
#include "compare/FigureDifference.h"
#include "derived/DerivedValue.h"

#include <QAbstractTableModel>
#include <QHash>

// A schedule as a financial table: the label column, the note column when
// the schedule cites notes, then one column per period, with the columns
// the view options add (common size beside each period, Δ and Δ% after
// them) and, where the tie-out recomputed a column (a holders table), the
// recomputed figures beside the filed ones. Values are written as an
// analyst expects (thousands separators, negatives in parentheses, "$"
// where the filing prints it, nil as "—", per-share with two decimals,
// percentages with their sign). Views read level, kind, rules and tie-out
// marks from the custom roles; the model holds no widget.
class ScheduleTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        LevelRole = Qt::UserRole + 1, // int: indentation level of the row
        KindRole,                     // RowKind as int
        ValueRole,                    // the exact value as a plain decimal string, "" for nil
        LocationRole,                 // "line 154, column 47"
        NoteRole,                     // "A/B"
        TieRole,                      // Tie as int: the verdict of the checks on this cell
        RuleRole,                     // Rules as int: lines the view draws around the cell
        ColumnKindRole,               // ColumnKind as int, also in headerData
        SourceLineRole,               // int: the line of the cell (or of the label) in the file
        SourceColumnRole,             // int: its column
        ComparedRole,                 // int: FigureDifference::Kind + 1 when another report differs, else 0
    };
    enum class ColumnKind { Label, Note, Value, Recomputed, CommonSize, Change, Growth };
    enum Tie { NoTie = 0, Ties = 1, Breaks = 2 };
    enum Rule { NoRule = 0, RuleAbove = 1, DoubleRuleBelow = 2 };

    explicit ScheduleTableModel(QObject *parent = nullptr);

    // The schedule at `index` of the analysed filing.
    void setSchedule(FilingAnalysisPtr analysis, qsizetype index);
    void setOptions(const ScheduleViewOptions &options);
    // What the filing shown reports differently from earlier reports of
    // the same figures (FilingSetComparison::reportedBy): its cells are
    // marked and their tool tips say what was reported before. `files`
    // names each filing of the comparison.
    void setDifferences(const FigureDifferences &differences, const QStringList &files);
    const ScheduleViewOptions &options() const { return m_options; }

    const Schedule &schedule() const;
    const FilingAnalysisPtr &analysis() const { return m_analysis; }
    qsizetype scheduleIndex() const { return m_index; }

    // What the view options can do for this schedule.
    bool canCompare() const;
    bool canCommonSize() const { return m_commonSizeBase >= 0; }
    bool canShowMillions() const;
    QString commonSizeBaseLabel() const;
    // "in thousands, except per share amounts" as the caption prints it, or
    // the millions it shows.
    QString unitsText() const;
    // Units as the status bar says them, the currency first and once:
    // "$ in thousands, except per share data" from "in thousands, except
    // per share data", "Dollars in thousands, …" and "in thousands of
    // dollars, …" alike; a caption naming another currency as printed.
    static QString unitsWithCurrency(const QString &units);

    ColumnKind columnKind(int column) const;
    // The period a column shows (its value, common size or recomputed
    // figure), or -1 for the label, note and change columns.
    int periodOf(int column) const;
    // The column of a period's value as filed.
    int valueColumn(int period) const;
    // The cell behind an index, or nullptr where the index shows none.
    const Cell *cellAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // How a cell of a row is written in the table.
    static QString displayText(const Filing &filing, const Row &row, const Cell &cell);

private:
    struct Column
    {
        ColumnKind kind = ColumnKind::Label;
        int period = -1;
    };
    struct CheckedCell
    {
        qsizetype check = -1;
        qsizetype period = -1;
    };

    void rebuild();
    void indexChecks();
    void findRules();
    QString text(const Row &row, const Column &column) const;
    DerivedValue derived(const Row &row, const Column &column) const;
    QString derivedText(const Row &row, const Column &column) const;
    QString recomputedText(const Row &row, int period) const;
    QString toolTip(const QModelIndex &index) const;
    QString headerText(const Column &column) const;
    // The difference a cell shows, or null.
    const FigureDifference *differenceAt(const QModelIndex &index) const;
    const CheckedCell *recomputed(const Row &row, int period) const;
    // The checks (and their period) whose reported figure is the cell at index.
    const QList<CheckedCell> *checkedAt(const QModelIndex &index) const;
    // A money figure in millions when that option is on; blank otherwise.
    DerivedValue millions(const Row &row, const Cell &cell) const;

    FilingAnalysisPtr m_analysis;
    qsizetype m_index = -1;
    ScheduleViewOptions m_options;
    QList<Column> m_columns;
    QHash<quint64, QList<CheckedCell>> m_checked; // by the reported cell's line and column
    QList<int> m_rules;                           // Rule flags per row
    QList<bool> m_recomputedPeriods;              // periods the tie-out recomputed
    qsizetype m_commonSizeBase = -1;
    QStringList m_periodNames;       // PeriodNames::of the schedule: "Q1 2008 (as restated)"
    FigureDifferences m_differences; // of the filing shown, every schedule
    QStringList m_files;
};
