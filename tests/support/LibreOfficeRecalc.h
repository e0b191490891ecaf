// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

// A workbook as another spreadsheet computes it: LibreOffice Calc,
// headless, told to recalculate every formula on load (as Excel does a
// workbook another program wrote), saves each sheet's values as CSV, which
// is read back. libreoffice-calc-nogui is in packaging/debian-packages.txt.
class LibreOfficeRecalc
{
public:
    QString error; // why there are no values; empty when there are

    static LibreOfficeRecalc of(const QString &workbook)
    {
        LibreOfficeRecalc recalc;
        const QString soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        if (soffice.isEmpty()) {
            recalc.error = QStringLiteral("no soffice: install libreoffice-calc-nogui (scripts/test does)");
            return recalc;
        }
        QTemporaryDir scratch;
        // A profile of its own, where OOXMLRecalcMode 0 means "always recalculate".
        QDir(scratch.path()).mkpath(QStringLiteral("profile/user"));
        QFile settings(scratch.filePath(QStringLiteral("profile/user/registrymodifications.xcu")));
        if (!settings.open(QIODevice::WriteOnly)) {
            recalc.error = settings.errorString();
            return recalc;
        }
        settings.write(R"(<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
)");
        settings.close();
        // Comma-separated, quoted, UTF-8, US English numbers, values as stored
        // (not as shown), every sheet to a file of its own.
        const QString filter =
            QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,false,true,false,false,false,-1");
        QProcess process;
        process.start(soffice,
                      {QStringLiteral("-env:UserInstallation=")
                           + QUrl::fromLocalFile(scratch.filePath(QStringLiteral("profile"))).toString(),
                       QStringLiteral("--headless"), QStringLiteral("--norestore"), QStringLiteral("--convert-to"),
                       filter, QStringLiteral("--outdir"), scratch.filePath(QStringLiteral("out")), workbook});
        if (!process.waitForFinished(180000) || process.exitCode() != 0) {
            recalc.error = QStringLiteral("soffice failed: ") + QString::fromLocal8Bit(process.readAllStandardError());
            return recalc;
        }
        const QString base = QFileInfo(workbook).completeBaseName() + QLatin1Char('-');
        const QDir out(scratch.filePath(QStringLiteral("out")));
        for (const QString &name : out.entryList({QStringLiteral("*.csv")})) {
            QFile csv(out.filePath(name));
            if (csv.open(QIODevice::ReadOnly))
                recalc.m_sheets.insert(name.mid(base.size()).chopped(4), rows(QString::fromUtf8(csv.readAll())));
        }
        if (recalc.m_sheets.isEmpty())
            recalc.error =
                QStringLiteral("soffice wrote no sheet: ") + QString::fromLocal8Bit(process.readAllStandardOutput());
        return recalc;
    }

    // The value at "C12" as LibreOffice computed it, as text ("626936", "0.54"); empty when none.
    QString at(const QString &sheet, const QString &a1) const
    {
        qsizetype letters = 0;
        int column = 0;
        while (letters < a1.size() && a1[letters].isLetter())
            column = column * 26 + (a1[letters++].unicode() - 'A' + 1);
        const int row = a1.mid(letters).toInt();
        return m_sheets.value(sheet).value(row - 1).value(column - 1);
    }
    // The same as a number: Calc writes a percentage with its sign even
    // when asked for values ("67.0%"), which is 0.67.
    double number(const QString &sheet, const QString &a1) const
    {
        const QString text = at(sheet, a1);
        return text.endsWith(u'%') ? text.chopped(1).toDouble() / 100 : text.toDouble();
    }
    QStringList sheets() const { return m_sheets.keys(); }

private:
    // RFC 4180: quoted fields may hold commas, doubled quotes and line breaks.
    static QList<QStringList> rows(const QString &text)
    {
        QList<QStringList> rows{{}};
        QString field;
        bool quoted = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (quoted) {
                if (c == u'"' && i + 1 < text.size() && text[i + 1] == u'"')
                    field += text[++i];
                else if (c == u'"')
                    quoted = false;
                else
                    field += c;
            } else if (c == u'"') {
                quoted = true;
            } else if (c == u',') {
                rows.last() << field;
                field.clear();
            } else if (c == u'\n') {
                rows.last() << field;
                field.clear();
                rows.append(QStringList());
            } else if (c != u'\r') {
                field += c;
            }
        }
        if (!field.isEmpty() || !rows.last().isEmpty())
            rows.last() << field;
        return rows;
    }

    QHash<QString, QList<QStringList>> m_sheets;
};
