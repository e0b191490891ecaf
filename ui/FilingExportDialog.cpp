// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingExportDialog.h"

#include "desktop/LiteralText.h"
#include "report/FilingExport.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageSize>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

constexpr int ShownNames = 4; // file names the summary lists before "and N more"

} // namespace

FilingExportDialog::FilingExportDialog(const Filing &filing, const QString &folder, const QString &pdf,
                                       const QPageLayout &layout, QWidget *parent)
    : QDialog(parent), m_filing(filing), m_folder(folder), m_pdf(pdf), m_layout(layout),
      m_csv(new QRadioButton(tr("&CSV files in a folder, one for each schedule"), this)),
      m_onePdf(new QRadioButton(tr("One P&DF of every schedule"), this)), m_formats(new QButtonGroup(this)),
      m_destinationLabel(new QLabel(this)), m_destination(new QLineEdit(this)), m_paper(new QComboBox(this)),
      m_orientation(new QComboBox(this)), m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this)),
      m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Export Filing"));
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    heading->setText(tr("Every schedule of %1").arg(filing.fileName()));

    m_formats->addButton(m_csv, int(Format::CsvFolder));
    m_formats->addButton(m_onePdf, int(Format::Pdf));
    m_csv->setChecked(true);

    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *where = new QHBoxLayout;
    where->addWidget(m_destination, 1);
    where->addWidget(browse);
    m_destination->setMinimumWidth(380);
    m_destinationLabel->setBuddy(m_destination);

    m_paper->addItem(tr("A4"), int(QPageSize::A4));
    m_paper->addItem(tr("Letter"), int(QPageSize::Letter));
    m_paper->setCurrentIndex(qMax(0, m_paper->findData(int(layout.pageSize().id()))));
    m_orientation->addItem(tr("Portrait"), int(QPageLayout::Portrait));
    m_orientation->addItem(tr("Landscape"), int(QPageLayout::Landscape));
    m_orientation->setCurrentIndex(m_orientation->findData(int(layout.orientation())));

    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3);
    m_export->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_destinationLabel, where);
    form->addRow(tr("&Paper:"), m_paper);
    form->addRow(tr("&Orientation:"), m_orientation);
    auto *layoutBox = new QVBoxLayout(this);
    layoutBox->addWidget(heading);
    layoutBox->addWidget(m_csv);
    layoutBox->addWidget(m_onePdf);
    layoutBox->addSpacing(6);
    layoutBox->addLayout(form);
    layoutBox->addWidget(m_summary);
    layoutBox->addWidget(m_buttons);

    connect(m_formats, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            formatChanged();
    });
    connect(browse, &QPushButton::clicked, this, &FilingExportDialog::browse);
    connect(m_destination, &QLineEdit::textChanged, this, &FilingExportDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FilingExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FilingExportDialog::reject);
    formatChanged();
}

FilingExportDialog::Format FilingExportDialog::format() const
{
    return m_onePdf->isChecked() ? Format::Pdf : Format::CsvFolder;
}

void FilingExportDialog::setFormat(Format format)
{
    (format == Format::Pdf ? m_onePdf : m_csv)->setChecked(true);
}

QString FilingExportDialog::destination() const
{
    return QDir::fromNativeSeparators(m_destination->text().trimmed());
}

void FilingExportDialog::setDestination(const QString &path)
{
    m_destination->setText(QDir::toNativeSeparators(path));
    update(); // the same text again: what is there may have changed
}

QPageLayout FilingExportDialog::pageLayout() const
{
    QPageLayout layout = m_layout;
    layout.setPageSize(QPageSize(QPageSize::PageSizeId(m_paper->currentData().toInt())));
    layout.setOrientation(QPageLayout::Orientation(m_orientation->currentData().toInt()));
    return layout;
}

QString FilingExportDialog::summary() const
{
    return m_summary->text();
}

// Each format keeps its own destination: a folder, or a PDF file.
void FilingExportDialog::formatChanged()
{
    const bool pdf = format() == Format::Pdf;
    const QString shown = destination();
    if (!shown.isEmpty())
        (pdf ? m_folder : m_pdf) = shown;
    m_destinationLabel->setText(pdf ? tr("&File:") : tr("&Folder:"));
    setDestination(pdf ? m_pdf : m_folder);
    m_paper->setEnabled(pdf);
    m_orientation->setEnabled(pdf);
    update();
}

void FilingExportDialog::browse()
{
    if (format() == Format::Pdf) {
        const QString chosen =
            QFileDialog::getSaveFileName(this, windowTitle(), destination(), tr("PDF documents (*.pdf)"));
        if (chosen.isEmpty())
            return;
        m_confirmed = chosen;
        setDestination(chosen);
    } else {
        // The folder offered is the one above a folder not yet made.
        QString start = destination();
        while (!start.isEmpty() && !QFileInfo(start).isDir() && QFileInfo(start).path() != start)
            start = QFileInfo(start).path();
        const QString chosen = QFileDialog::getExistingDirectory(this, windowTitle(), start);
        if (!chosen.isEmpty())
            setDestination(chosen);
    }
}

QStringList FilingExportDialog::replaced() const
{
    QStringList existing;
    if (format() == Format::CsvFolder && !destination().isEmpty()) {
        for (const QString &path : FilingExport::csvPaths(m_filing, destination())) {
            if (QFileInfo::exists(path))
                existing << path;
        }
    }
    return existing;
}

// Says what the choices will write, and allows Export only when it can be.
void FilingExportDialog::update()
{
    const qsizetype schedules = m_filing.schedules.size();
    const QString path = destination();
    bool ready = schedules > 0 && !path.isEmpty();
    QString text;
    if (schedules == 0) {
        text = tr("%1 has no schedules to export.").arg(m_filing.fileName());
    } else if (format() == Format::CsvFolder) {
        QStringList names;
        for (const QString &file : FilingExport::csvPaths(m_filing, path.isEmpty() ? u"."_s : path))
            names << QFileInfo(file).fileName();
        const QString listed = names.size() <= ShownNames ? names.join(u", "_s)
                                                          : tr("%1 and %2 more")
                                                                .arg(names.mid(0, ShownNames).join(u", "_s),
                                                                     QString::number(names.size() - ShownNames));
        text = names.size() == 1 ? tr("1 CSV file: %1.").arg(listed)
                                 : tr("%1 CSV files: %2.").arg(QString::number(names.size()), listed);
        if (path.isEmpty()) {
            text = tr("Choose the folder to write them in.") + u' ' + text;
        } else if (QFileInfo::exists(path) && !QFileInfo(path).isDir()) {
            text = tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path));
            ready = false;
        } else {
            const qsizetype existing = replaced().size();
            if (!QFileInfo::exists(path))
                text += u' ' + tr("The folder will be made.");
            else if (existing == 1)
                text += u' ' + tr("It replaces the file of the same name there.");
            else if (existing > 1)
                text += u' ' + tr("It replaces the %1 files of the same names there.").arg(existing);
        }
    } else {
        text = schedules == 1
                   ? tr("One PDF of the schedule, with its units.")
                   : tr("One PDF of the %1 schedules, each from the top of a page, with its units.").arg(schedules);
        if (path.isEmpty()) {
            text = tr("Choose the PDF to write.") + u' ' + text;
        } else if (QFileInfo(path).suffix().compare(u"pdf"_s, Qt::CaseInsensitive) != 0) {
            text = tr("The name must end in .pdf.");
            ready = false;
        }
    }
    m_summary->setText(text);
    m_export->setEnabled(ready);
}

void FilingExportDialog::accept()
{
    QString question;
    if (format() == Format::CsvFolder) {
        const QStringList existing = replaced();
        if (existing.size() == 1)
            question = tr("%1 in %2 will be replaced. Replace it?")
                           .arg(QFileInfo(existing.constFirst()).fileName(), QDir::toNativeSeparators(destination()));
        else if (existing.size() > 1)
            question = tr("%1 files in %2 will be replaced. Replace them?")
                           .arg(QString::number(existing.size()), QDir::toNativeSeparators(destination()));
    } else if (QFileInfo::exists(destination()) && destination() != m_confirmed) {
        question = tr("%1 already exists. Replace it?").arg(QFileInfo(destination()).fileName());
    }
    if (!question.isEmpty()
        && QMessageBox::question(this, windowTitle(), LiteralText::literal(question)) != QMessageBox::Yes)
        return;
    QDialog::accept();
}
