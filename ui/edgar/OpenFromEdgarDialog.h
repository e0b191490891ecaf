// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edgar/CompanyDirectory.h"
#include "edgar/EdgarFiling.h"
#include "edgar/EdgarOptions.h"
#include "edgar/FilingFinder.h"

#include <QDialog>
#include <QStringList>

class EdgarClient;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// File > Open from EDGAR…: a ticker, a company's name, a CIK or a filing's
// address → the company's recent earnings releases, 10-Qs and 10-Ks → the
// ones picked, downloaded (or taken from the cache) and handed to the window
// to open. Every download shows its progress and can be cancelled; a
// failure is said in the dialog, in words.
class OpenFromEdgarDialog : public QDialog
{
    Q_OBJECT

public:
    // `options` from the settings; a test gives its own server and cache.
    explicit OpenFromEdgarDialog(const EdgarOptions &options, QWidget *parent = nullptr);
    ~OpenFromEdgarDialog() override;

    // Types `query` and finds it, as the Find button does.
    void find(const QString &query);
    // The filings listed, as shown.
    EdgarFilings listed() const { return m_shown; }
    QString status() const;
    // Selects the newest listed filing that `wanted` accepts (true if one is).
    bool selectLatest(const std::function<bool(const EdgarFiling &)> &wanted, bool add = false);

    void reject() override;

Q_SIGNALS:
    // The files to open, all in the cache: the dialog has closed.
    void filesReady(const QStringList &paths);
    // The filings are listed, or a failure is shown (for tests and the status bar).
    void settled();

private:
    void findTyped();
    void showFound(const FilingFinder::Found &found);
    void showFilings();
    void openSelected();
    void downloadNext();
    void setBusy(bool busy, const QString &what = {});
    void showFailure(const QString &message);
    bool ensureUserAgent();
    void editSettings();

    EdgarOptions m_options;
    EdgarClient *m_client = nullptr;
    QLineEdit *m_query = nullptr;
    QPushButton *m_find = nullptr;
    QComboBox *m_companies = nullptr;
    QComboBox *m_kinds = nullptr;
    QTreeWidget *m_list = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_open = nullptr;
    QList<EdgarCompany> m_companyList;
    EdgarFilings m_filings; // the company's, as listed by EDGAR
    EdgarFilings m_shown;   // those the kind filter shows, in the list's order
    EdgarFilings m_queue;   // picked, still to download
    QStringList m_ready;    // downloaded documents to open
    EdgarAddress::Filing m_address;
    bool m_busy = false;
};
