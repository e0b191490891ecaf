// SPDX-License-Identifier: GPL-3.0-or-later
#include "OpenFromEdgarDialog.h"

#include "EdgarSettingsDialog.h"
#include "edgar/EdgarClient.h"
#include "edgar/EdgarSettings.h"
#include "edgar/FilingDownload.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Kind { Openable, Releases, Quarterly, Annual, Everything };

bool shows(int kind, const EdgarFiling &filing)
{
    switch (kind) {
    case Releases: return filing.isEarningsRelease();
    case Quarterly: return filing.isQuarterlyReport();
    case Annual: return filing.isAnnualReport();
    case Everything: return true;
    default: return filing.isOpenable();
    }
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

OpenFromEdgarDialog::OpenFromEdgarDialog(const EdgarOptions &options, QWidget *parent)
    : QDialog(parent), m_options(options)
{
    setWindowTitle(tr("Open from EDGAR"));
    m_query = new QLineEdit(this);
    m_query->setPlaceholderText(tr("Ticker, company name, CIK or EDGAR address"));
    m_query->setClearButtonEnabled(true);
    m_find = new QPushButton(tr("&Find"), this);
    connect(m_find, &QPushButton::clicked, this, &OpenFromEdgarDialog::findTyped);
    connect(m_query, &QLineEdit::returnPressed, this, &OpenFromEdgarDialog::findTyped);
    auto *settings = new QPushButton(tr("&Settings…"), this);
    connect(settings, &QPushButton::clicked, this, &OpenFromEdgarDialog::editSettings);
    auto *top = new QHBoxLayout;
    top->addWidget(m_query, 1);
    top->addWidget(m_find);
    top->addWidget(settings);

    m_companies = new QComboBox(this);
    m_companies->setVisible(false);
    connect(m_companies, &QComboBox::activated, this, [this](int index) {
        if (index < 0 || index >= m_companyList.size() || m_busy)
            return;
        setBusy(true, tr("Listing the filings of %1…").arg(m_companyList[index].name));
        FilingFinder(m_client).listFilings(
            m_companyList[index], [this](const FilingFinder::Found &found) { showFound(found); }, m_companyList);
    });
    m_kinds = new QComboBox(this);
    m_kinds->addItems({tr("Earnings releases, 10-Qs and 10-Ks"), tr("Earnings releases (8-K item 2.02)"),
                       tr("Quarterly reports (10-Q)"), tr("Annual reports (10-K)"), tr("Every filing")});
    connect(m_kinds, &QComboBox::currentIndexChanged, this, &OpenFromEdgarDialog::showFilings);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_companies, 1);
    filters->addWidget(new QLabel(tr("&Show:"), this));
    filters->addWidget(m_kinds);
    qobject_cast<QLabel *>(filters->itemAt(1)->widget())->setBuddy(m_kinds);

    m_list = new QTreeWidget(this);
    m_list->setHeaderLabels({tr("Filed"), tr("Form"), tr("What"), tr("Period"), tr("Accession")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &OpenFromEdgarDialog::openSelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_open->setEnabled(!m_busy && !m_list->selectedItems().isEmpty()); });

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_open = buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    m_open->setEnabled(false);
    m_open->setDefault(false);
    connect(m_open, &QPushButton::clicked, this, &OpenFromEdgarDialog::openSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpenFromEdgarDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(760, 460);

    m_client = new EdgarClient(m_options, this);
    connect(m_client, &EdgarClient::progress, this, [this](const QString &path, qint64 received, qint64 total) {
        m_progress->setRange(0, total > 0 ? 1000 : 0);
        if (total > 0)
            m_progress->setValue(int(1000 * received / total));
        m_status->setText(
            tr("Downloading %1 (%2)…").arg(path.section(u'/', -1), QLocale().formattedDataSize(received)));
    });
    if (!EdgarOptions::isUsableUserAgent(m_options.userAgent))
        m_status->setText(tr("EDGAR asks every program to say who is downloading: you will be asked once for "
                             "your name and e-mail address."));
}

OpenFromEdgarDialog::~OpenFromEdgarDialog() = default;

QString OpenFromEdgarDialog::status() const
{
    return m_status->text();
}

bool OpenFromEdgarDialog::ensureUserAgent()
{
    if (EdgarOptions::isUsableUserAgent(m_options.userAgent))
        return true;
    editSettings();
    if (EdgarOptions::isUsableUserAgent(m_options.userAgent))
        return true;
    showFailure(EdgarFailure::of(EdgarFailure::Kind::NoUserAgent, {}).message());
    return false;
}

void OpenFromEdgarDialog::editSettings()
{
    EdgarSettingsDialog dialog(m_options.cacheFolder, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The client keeps its options: a new one takes the new name and pace.
    const EdgarOptions saved = EdgarSettings::options();
    m_options.userAgent = saved.userAgent;
    m_options.requestsPerSecond = saved.requestsPerSecond;
    if (!m_busy) {
        delete m_client;
        m_client = new EdgarClient(m_options, this);
    }
    m_status->clear();
}

void OpenFromEdgarDialog::findTyped()
{
    find(m_query->text());
}

void OpenFromEdgarDialog::find(const QString &query)
{
    if (m_busy)
        return;
    m_query->setText(query);
    if (query.trimmed().isEmpty() || !ensureUserAgent())
        return;
    setBusy(true, tr("Looking up %1 on EDGAR…").arg(query.simplified()));
    FilingFinder(m_client).find(query, [this](const FilingFinder::Found &found) { showFound(found); });
}

void OpenFromEdgarDialog::showFound(const FilingFinder::Found &found)
{
    setBusy(false);
    m_address = found.address;
    if (found.failure.failed()) {
        showFailure(found.failure.message());
        return;
    }
    if (found.address.isValid()) {
        // A pasted address opens that filing at once.
        EdgarFiling filing;
        filing.cik = found.address.cik;
        filing.accession = found.address.accession;
        m_queue = {filing};
        m_ready.clear();
        downloadNext();
        return;
    }
    m_companyList = found.companies;
    m_companies->clear();
    for (const EdgarCompany &company : std::as_const(m_companyList))
        m_companies->addItem(company.ticker.isEmpty() ? company.name : u"%1 — %2"_s.arg(company.ticker, company.name));
    m_companies->setVisible(m_companyList.size() > 1);
    m_filings = found.filings;
    if (found.filings.isEmpty() && m_companyList.size() > 1) {
        m_companies->setCurrentIndex(-1);
        m_companies->setPlaceholderText(tr("Pick one of %n companies", nullptr, int(m_companyList.size())));
        m_status->setText(tr("\"%1\" could mean %n companies: pick one.", nullptr, int(m_companyList.size()))
                              .arg(m_query->text().simplified()));
        showFilings();
        Q_EMIT settled();
        return;
    }
    for (qsizetype i = 0; i < m_companyList.size(); ++i) {
        if (m_companyList[i].cik == found.company.cik)
            m_companies->setCurrentIndex(int(i));
    }
    showFilings();
    m_status->setText(
        found.stale ? tr("EDGAR could not be reached: these are %1's filings as last listed.").arg(found.company.name)
                    : tr("%1 (CIK %2): %n filing(s) shown.", nullptr, int(m_shown.size()))
                          .arg(found.company.name)
                          .arg(found.company.cik));
    Q_EMIT settled();
}

void OpenFromEdgarDialog::showFilings()
{
    m_list->clear();
    m_shown.clear();
    for (const EdgarFiling &filing : std::as_const(m_filings)) {
        if (!shows(m_kinds->currentIndex(), filing))
            continue;
        m_shown.append(filing);
        auto *item = new QTreeWidgetItem(m_list, {dateText(filing.filed), filing.form, filing.kindText(),
                                                  filing.isEarningsRelease() ? QString() : dateText(filing.reportDate),
                                                  filing.accession});
        item->setToolTip(2,
                         filing.items.isEmpty() ? filing.description : tr("Items %1").arg(filing.items.join(u", "_s)));
        item->setDisabled(!filing.isOpenable());
    }
    for (int c = 0; c < m_list->columnCount(); ++c) {
        if (c != 2)
            m_list->resizeColumnToContents(c);
    }
}

bool OpenFromEdgarDialog::selectLatest(const std::function<bool(const EdgarFiling &)> &wanted, bool add)
{
    if (!add)
        m_list->clearSelection();
    for (qsizetype i = 0; i < m_shown.size(); ++i) {
        if (wanted(m_shown[i])) {
            m_list->topLevelItem(int(i))->setSelected(true);
            m_list->scrollToItem(m_list->topLevelItem(int(i)));
            return true;
        }
    }
    return false;
}

void OpenFromEdgarDialog::openSelected()
{
    if (m_busy)
        return;
    m_queue.clear();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->isSelected() && m_shown[i].isOpenable())
            m_queue.append(m_shown[i]);
    }
    m_ready.clear();
    if (!m_queue.isEmpty())
        downloadNext();
}

void OpenFromEdgarDialog::downloadNext()
{
    if (m_queue.isEmpty()) {
        setBusy(false);
        if (!m_ready.isEmpty()) {
            Q_EMIT filesReady(m_ready);
            accept();
        }
        return;
    }
    const EdgarFiling filing = m_queue.takeFirst();
    setBusy(true, tr("Fetching %1 %2…").arg(filing.form.isEmpty() ? tr("filing") : filing.form, filing.accession));
    const QString document = m_address.isValid() ? m_address.document : QString();
    FilingDownload(m_client).download(
        filing,
        [this](const FilingDownload::Downloaded &downloaded) {
            if (downloaded.failure.failed()) {
                m_queue.clear();
                setBusy(false);
                showFailure(downloaded.failure.message());
                return;
            }
            m_ready += downloaded.documents;
            downloadNext();
        },
        document);
}

void OpenFromEdgarDialog::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    m_progress->setRange(0, 0);
    m_find->setEnabled(!busy);
    m_query->setEnabled(!busy);
    m_open->setEnabled(!busy && !m_list->selectedItems().isEmpty());
    if (!what.isEmpty())
        m_status->setText(what);
}

void OpenFromEdgarDialog::showFailure(const QString &message)
{
    m_status->setText(message);
    Q_EMIT settled();
}

void OpenFromEdgarDialog::reject()
{
    // Cancel stops a download under way; a second Cancel closes.
    if (m_busy) {
        m_queue.clear();
        m_client->cancelAll();
        setBusy(false);
        m_status->setText(tr("Cancelled: nothing half-downloaded was kept."));
        return;
    }
    QDialog::reject();
}
