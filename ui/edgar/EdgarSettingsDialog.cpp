// SPDX-License-Identifier: GPL-3.0-or-later
#include "EdgarSettingsDialog.h"

#include "edgar/EdgarCache.h"
#include "edgar/EdgarSettings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
// "Jane Analyst jane@example.com" → the name, and the address.
std::pair<QString, QString> split(const QString &userAgent)
{
    static const QRegularExpression email(u"[^\\s@]+@[^\\s@]+"_s);
    const QRegularExpressionMatch match = email.match(userAgent);
    if (!match.hasMatch())
        return {userAgent.trimmed(), {}};
    return {QString(userAgent).remove(match.capturedStart(), match.capturedLength()).simplified(), match.captured()};
}
} // namespace

EdgarSettingsDialog::EdgarSettingsDialog(const QString &cacheFolder, QWidget *parent)
    : QDialog(parent), m_cacheFolder(cacheFolder.isEmpty() ? EdgarCache::defaultFolder() : cacheFolder)
{
    setWindowTitle(tr("EDGAR Settings"));
    auto *why = new QLabel(tr("SEC EDGAR asks every program to say who is downloading. Your name and e-mail "
                              "address are sent with each request to EDGAR, and nowhere else."),
                           this);
    why->setWordWrap(true);
    const auto [name, email] = split(EdgarSettings::userAgent());
    m_name = new QLineEdit(name, this);
    m_name->setPlaceholderText(tr("Jane Analyst"));
    m_email = new QLineEdit(email, this);
    m_email->setPlaceholderText(tr("jane.analyst@example.com"));
    m_pace = new QSpinBox(this);
    m_pace->setRange(1, RequestPacer::MostPerSecond);
    m_pace->setValue(EdgarSettings::requestsPerSecond());
    m_pace->setSuffix(tr(" a second"));
    m_pace->setToolTip(tr("EDGAR allows at most %1 requests a second.").arg(RequestPacer::MostPerSecond));
    m_cache = new QLabel(this);
    m_cache->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cache->setWordWrap(true);
    auto *clear = new QPushButton(tr("C&lear Cache"), this);
    connect(clear, &QPushButton::clicked, this, &EdgarSettingsDialog::clearCache);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Requests:"), m_pace);
    form->addRow(tr("Cache:"), m_cache);
    form->addRow(QString(), clear);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    showCache();
}

QString EdgarSettingsDialog::userAgent() const
{
    return QString(m_name->text().simplified() + u' ' + m_email->text().trimmed()).trimmed();
}

void EdgarSettingsDialog::accept()
{
    if (!EdgarOptions::isUsableUserAgent(userAgent())) {
        QMessageBox::warning(this, windowTitle(),
                             tr("Give your name and an e-mail address: EDGAR refuses requests "
                                "that do not say who is asking."));
        return;
    }
    EdgarSettings::setUserAgent(userAgent());
    EdgarSettings::setRequestsPerSecond(m_pace->value());
    QDialog::accept();
}

void EdgarSettingsDialog::showCache()
{
    const EdgarCache::Usage usage = EdgarCache(m_cacheFolder).usage();
    m_cache->setText(tr("%1 in %n document(s), in %2", nullptr, usage.files)
                         .arg(QLocale().formattedDataSize(usage.bytes), m_cacheFolder));
}

void EdgarSettingsDialog::clearCache()
{
    QString error;
    if (!EdgarCache(m_cacheFolder).clear(&error))
        QMessageBox::warning(this, windowTitle(), error);
    showCache();
}
