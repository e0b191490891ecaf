// SPDX-License-Identifier: GPL-3.0-or-later
#include "FindBar.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

FindBar::FindBar(QWidget *parent)
    : QWidget(parent), m_field(new QLineEdit(this)), m_filter(new QCheckBox(tr("&Filter rows"), this)),
      m_status(new QLabel(this))
{
    m_field->setPlaceholderText(tr("Find a line in every open filing"));
    m_field->setAccessibleName(tr("Find"));
    auto *previousButton = new QToolButton(this);
    previousButton->setArrowType(Qt::UpArrow);
    previousButton->setToolTip(tr("Previous match (Shift+F3)"));
    auto *nextButton = new QToolButton(this);
    nextButton->setArrowType(Qt::DownArrow);
    nextButton->setToolTip(tr("Next match (F3)"));
    auto *close = new QToolButton(this);
    close->setAutoRaise(true);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setToolTip(tr("Close (Esc)"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 6, 2);
    layout->addWidget(new QLabel(tr("Find:"), this));
    layout->addWidget(m_field, 1);
    layout->addWidget(previousButton);
    layout->addWidget(nextButton);
    layout->addWidget(m_status);
    layout->addWidget(m_filter);
    layout->addWidget(close);

    connect(m_field, &QLineEdit::textChanged, this, &FindBar::textChanged);
    connect(m_field, &QLineEdit::returnPressed, this, &FindBar::next);
    connect(nextButton, &QToolButton::clicked, this, &FindBar::next);
    connect(previousButton, &QToolButton::clicked, this, &FindBar::previous);
    connect(m_filter, &QCheckBox::toggled, this, &FindBar::filterToggled);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        Q_EMIT closed();
    });
    hide();
}

// The clear button loads its icon when it is enabled: the bar, hidden until
// the first Find, does that when it is first shown.
void FindBar::showEvent(QShowEvent *event)
{
    m_field->setClearButtonEnabled(true);
    QWidget::showEvent(event);
}

QString FindBar::text() const
{
    return m_field->text();
}

bool FindBar::filterRows() const
{
    return m_filter->isChecked();
}

void FindBar::setText(const QString &text)
{
    m_field->setText(text);
}

void FindBar::setStatus(int current, int total, Wrap wrap)
{
    if (m_field->text().isEmpty())
        m_status->clear();
    else if (total == 0)
        m_status->setText(tr("No match"));
    else if (wrap == Wrap::ToFirst)
        m_status->setText(tr("%1 of %2, from the first again").arg(current + 1).arg(total));
    else if (wrap == Wrap::ToLast)
        m_status->setText(tr("%1 of %2, from the last again").arg(current + 1).arg(total));
    else
        m_status->setText(tr("%1 of %2").arg(current + 1).arg(total));
}

QString FindBar::status() const
{
    return m_status->text();
}

void FindBar::activate()
{
    show();
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        Q_EMIT closed();
        return;
    }
    QWidget::keyPressEvent(event);
}
