// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartExportDialog.h"

#include "desktop/LiteralText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

ChartExportDialog::ChartExportDialog(const QString &path, const ChartExporter::Size &size, QWidget *parent)
    : QDialog(parent), m_path(new QLineEdit(QDir::toNativeSeparators(path), this)), m_width(new QSpinBox(this)),
      m_height(new QSpinBox(this)), m_scale(new QDoubleSpinBox(this)), m_result(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save Chart As"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    m_path->setMinimumWidth(360);

    for (QSpinBox *box : {m_width, m_height}) {
        box->setRange(16, 20000);
        box->setSuffix(tr(" px"));
        box->setAccelerated(true);
    }
    m_width->setValue(size.width);
    m_height->setValue(size.height);
    m_scale->setRange(0.5, 8.0);
    m_scale->setSingleStep(0.5);
    m_scale->setDecimals(1);
    m_scale->setSuffix(tr(" ×"));
    m_scale->setValue(size.scale);
    m_result->setWordWrap(true);

    // QFormLayout gives a label made from text a buddy only when the field
    // is a widget: without one, a QLabel shows its "&" as written.
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_path);
    auto *form = new QFormLayout(this);
    form->addRow(fileLabel, file);
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Scale:"), m_scale);
    form->addRow(QString(), m_result);
    form->addRow(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ChartExportDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChartExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ChartExportDialog::reject);
    connect(m_path, &QLineEdit::textChanged, this, &ChartExportDialog::update);
    for (QSpinBox *box : {m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &ChartExportDialog::update);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ChartExportDialog::update);
    update();
}

QString ChartExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

ChartExporter::Size ChartExportDialog::size() const
{
    return {m_width->value(), m_height->value(), m_scale->value()};
}

void ChartExportDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, windowTitle(), path(), ChartExporter::fileFilter());
    if (chosen.isEmpty())
        return;
    m_confirmed = chosen;
    m_path->setText(QDir::toNativeSeparators(chosen));
}

// Says what the choices will write, and allows Save only when it can be.
void ChartExportDialog::update()
{
    const QString format = QFileInfo(path()).suffix().toLower();
    const bool known = ChartExporter::formats().contains(format);
    const bool vector = format == u"pdf" || format == u"svg";
    QString text;
    if (path().isEmpty())
        text = tr("Choose a file ending in .png, .jpg, .pdf or .svg.");
    else if (!known)
        text = tr("The name must end in .png, .jpg, .pdf or .svg: the extension picks the format.");
    else if (vector)
        text = tr("%1 of %2 × %3, in vectors: sharp at any size.")
                   .arg(format.toUpper())
                   .arg(m_width->value())
                   .arg(m_height->value());
    else
        text = tr("%1 image of %2 × %3 pixels.")
                   .arg(format == u"png" ? u"PNG"_s : u"JPEG"_s)
                   .arg(qRound(m_width->value() * m_scale->value()))
                   .arg(qRound(m_height->value() * m_scale->value()));
    m_result->setText(text);
    m_scale->setEnabled(!vector);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(known);
}

void ChartExportDialog::accept()
{
    if (QFileInfo::exists(path()) && path() != m_confirmed
        && QMessageBox::question(
               this, windowTitle(),
               LiteralText::literal(tr("%1 already exists. Replace it?").arg(QFileInfo(path()).fileName())))
               != QMessageBox::Yes)
        return;
    QDialog::accept();
}
