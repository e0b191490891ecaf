// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

// The facts list as the analyst narrows it: words of the concept or its
// label, one period, one dimension (or only facts without any), one unit;
// sorted by the fact model's SortRole.
class FactFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    // Dimension filters besides an axis's name.
    static inline const QString AnyDimensions = QStringLiteral("*");
    static inline const QString NoDimensions = QString();

    explicit FactFilterModel(QObject *parent = nullptr);

    // Words every shown fact's concept or label contains, case aside.
    void setText(const QString &text);
    // XbrlPeriod::toString of the period shown; empty for all.
    void setPeriod(const QString &period);
    // An axis the facts shown have; AnyDimensions for all, NoDimensions
    // for only the facts without dimensions.
    void setDimension(const QString &axis);
    // A unit's name; empty for all.
    void setUnit(const QString &unit);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    QString m_period;
    QString m_dimension = AnyDimensions;
    QString m_unit;
};
