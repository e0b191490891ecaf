// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;

// Find (Ctrl+F): a text to look for in the labels of every open filing,
// next and previous match, and a switch that filters the table down to
// the matching rows. The bar only collects input; the window searches.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QWidget *parent = nullptr);

    QString text() const;
    bool filterRows() const;
    void setText(const QString &text);
    enum class Wrap { None, ToFirst, ToLast };
    // "3 of 12", or that nothing matched; and that Next went past the last
    // match to the first (or Previous past the first to the last).
    void setStatus(int current, int total, Wrap wrap = Wrap::None);
    QString status() const;
    // Shows the bar and puts the cursor in its field.
    void activate();

Q_SIGNALS:
    void textChanged(const QString &text);
    void next();
    void previous();
    void filterToggled(bool filter);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QLineEdit *m_field = nullptr;
    QCheckBox *m_filter = nullptr;
    QLabel *m_status = nullptr;
};
