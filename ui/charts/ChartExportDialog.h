// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ChartExporter.h"

#include <QDialog>

class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

// Save Chart As: the file (its extension picks the format), the width and
// height, and the scale of the pixels of an image. It collects the choices;
// the caller writes the file through ChartExporter.
class ChartExportDialog : public QDialog
{
    Q_OBJECT

public:
    ChartExportDialog(const QString &path, const ChartExporter::Size &size, QWidget *parent = nullptr);

    QString path() const;
    ChartExporter::Size size() const;

    void accept() override;

private:
    void browse();
    void update();

    QLineEdit *m_path;
    QSpinBox *m_width;
    QSpinBox *m_height;
    QDoubleSpinBox *m_scale;
    QLabel *m_result;
    QDialogButtonBox *m_buttons;
    QString m_confirmed; // a path whose overwriting the file dialog already confirmed
};
