// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "edgar/EdgarOptions.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

// Settings > EDGAR: the name and e-mail address every request carries, how
// many requests a second, and the cache (where it is, how large, Clear).
class EdgarSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `cacheFolder` empty: the user's cache folder.
    explicit EdgarSettingsDialog(const QString &cacheFolder = {}, QWidget *parent = nullptr);

    QString userAgent() const;
    void accept() override;

private:
    void showCache();
    void clearCache();

    QString m_cacheFolder;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_email = nullptr;
    QSpinBox *m_pace = nullptr;
    QLabel *m_cache = nullptr;
};
