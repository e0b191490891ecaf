// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Filing.h"

#include <QDialog>
#include <QPageLayout>

class QButtonGroup;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

// File > Export Filing: every schedule at once, as CSV files in a folder
// or as one PDF, with the paper of the PDF. It collects the choices and
// says what they will write; FilingExport writes.
class FilingExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format { CsvFolder, Pdf };

    // `folder` and `pdf` are where each format is first offered to go.
    FilingExportDialog(const Filing &filing, const QString &folder, const QString &pdf, const QPageLayout &layout,
                       QWidget *parent = nullptr);

    Format format() const;
    void setFormat(Format format);
    // The folder of the CSV files, or the PDF's path.
    QString destination() const;
    void setDestination(const QString &path);
    QPageLayout pageLayout() const;
    // What the choices will write, as the dialog says it.
    QString summary() const;

    void accept() override;

private:
    void browse();
    void formatChanged();
    void update();
    // The files the CSV export would replace.
    QStringList replaced() const;

    const Filing &m_filing;
    QString m_folder;
    QString m_pdf;
    QPageLayout m_layout;
    QRadioButton *m_csv;
    QRadioButton *m_onePdf;
    QButtonGroup *m_formats;
    QLabel *m_destinationLabel;
    QLineEdit *m_destination;
    QComboBox *m_paper;
    QComboBox *m_orientation;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QString m_confirmed; // a PDF whose replacing the file dialog already confirmed
};
