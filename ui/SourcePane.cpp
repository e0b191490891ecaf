// SPDX-License-Identifier: GPL-3.0-or-later
#include "SourcePane.h"

#include "RenderedSource.h"
#include "SourceView.h"
#include "import/HtmlReleaseImporter.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Characters of HTML laid out at most: a release of 2 MB takes 0.4 s and
// 30 MB here.
constexpr qsizetype MaxRendered = 6 * 1024 * 1024;

} // namespace

SourcePane::SourcePane(QWidget *parent)
    : QWidget(parent), m_text(new SourceView(this)), m_rendered(new RenderedSource(this)),
      m_stack(new QStackedWidget(this)), m_bar(new QWidget(this)), m_asFiled(new QToolButton(m_bar)),
      m_html(new QToolButton(m_bar))
{
    m_asFiled->setText(tr("As filed"));
    m_asFiled->setToolTip(tr("The document as a browser shows it, without images or scripts"));
    m_html->setText(tr("HTML"));
    m_html->setToolTip(tr("The HTML as filed, with line numbers"));
    auto *group = new QButtonGroup(this);
    for (QToolButton *button : {m_asFiled, m_html}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        group->addButton(button);
    }
    m_asFiled->setChecked(true);
    auto *bar = new QHBoxLayout(m_bar);
    bar->setContentsMargins(2, 0, 2, 0);
    bar->setSpacing(2);
    bar->addWidget(m_asFiled);
    bar->addWidget(m_html);
    bar->addStretch();

    m_stack->addWidget(m_text);
    m_stack->addWidget(m_rendered);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    layout->addWidget(m_stack);
    m_bar->hide();
    setFocusProxy(m_text);

    connect(m_asFiled, &QToolButton::toggled, this, [this](bool on) { setShowsRendered(on); });
}

void SourcePane::setText(const QString &key, const QString &text)
{
    m_text->setText(key, text);
    if (key == m_key && !key.isEmpty())
        return;
    m_key = key;
    const bool html = HtmlReleaseImporter::isHtml(text);
    // Qt's rich text engine takes seconds and hundreds of megabytes over a
    // long 10-K: such a document is read as its HTML.
    const bool renderable = html && text.size() <= MaxRendered;
    m_source = renderable ? text : QString();
    m_asFiled->setEnabled(renderable);
    m_asFiled->setToolTip(renderable ? tr("The document as a browser shows it, without images or scripts")
                                     : tr("Too long to lay out here: shown as its HTML"));
    m_bar->setVisible(html);
    setShowsRendered(html && m_preferRendered);
}

bool SourcePane::showsRendered() const
{
    return m_stack->currentWidget() == m_rendered;
}

void SourcePane::setShowsRendered(bool rendered)
{
    if (!m_source.isEmpty())
        m_preferRendered = rendered;
    rendered = rendered && !m_source.isEmpty();
    m_asFiled->setChecked(rendered);
    m_html->setChecked(!rendered);
    m_stack->setCurrentWidget(rendered ? static_cast<QWidget *>(m_rendered) : m_text);
    setFocusProxy(m_stack->currentWidget());
    syncRendered();
}

void SourcePane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    syncRendered();
}

void SourcePane::showLocation(int line, int column, int length)
{
    m_text->showLocation(line, column, length);
    syncRendered();
}

// The rendered document shows what the text highlights: the same words,
// counted from the top, as many times over as the text shows them first.
void SourcePane::syncRendered()
{
    // Laid out only when seen: a 2 MB release takes most of a second.
    if (!showsRendered() || !isVisible())
        return;
    m_rendered->setFiling(m_key, m_source);
    QString needle = m_text->highlightedText().trimmed();
    // An entity or a tag in the span does not read the same once drawn.
    const qsizetype markup = std::min(needle.indexOf(u'&') < 0 ? needle.size() : needle.indexOf(u'&'),
                                      needle.indexOf(u'<') < 0 ? needle.size() : needle.indexOf(u'<'));
    needle = needle.left(markup).trimmed();
    if (needle.isEmpty() || m_text->highlightedLine() == 0)
        return;
    const qsizetype at = m_text->highlightedOffset();
    m_rendered->highlight(needle, RenderedSource::occurrencesBefore(m_source, at, needle));
}
