// SPDX-License-Identifier: GPL-3.0-or-later
#include "InlineXbrlImporter.h"

#include "CalculationLinkbase.h"
#include "HtmlReleaseImporter.h"
#include "ImportContext.h"
#include "InlineXbrlReader.h"
#include "LabelLinkbase.h"
#include "LinkbaseFiles.h"
#include "SourceText.h"

#include <QFileInfo>
#include <QLocale>
#include <QObject>

using namespace Qt::StringLiterals;

namespace {

// The text of the first fact of a dei concept ("dei:DocumentType"), simplified.
QString deiText(const XbrlInstance &instance, QStringView localName)
{
    for (const XbrlFact &fact : instance.facts) {
        if (!fact.numeric && fact.conceptName.endsWith(localName) && fact.conceptName.startsWith(u"dei:"))
            return fact.text.simplified();
    }
    return {};
}

// The filing's calculation and label linkbases, from the folder the
// document is in (EDGAR's filing folder): nothing is downloaded.
void readLinkbases(Filing &filing, const QString &path)
{
    if (filing.xbrl.schemaRef.isEmpty() || path.startsWith(u':') || !QFileInfo::exists(path))
        return;
    const LinkbaseFiles found = LinkbaseFiles::find(path, filing.xbrl.schemaRef);
    const CalculationLinkbase calculations = CalculationLinkbase::readFiles(found.calculationPaths());
    const LabelLinkbase labels = LabelLinkbase::readFiles(found.labelPaths());
    filing.xbrl.calculations = calculations.networks();
    filing.xbrl.labels = labels.bestLabels();
    filing.xbrl.linkbases = found.calculationPaths() + found.labelPaths();
    filing.warnings += found.diagnostics + calculations.diagnostics() + labels.diagnostics();
    if (found.calculationPaths().isEmpty())
        filing.warnings << Diagnostic::warning(
            path, 0, 0,
            u"no calculation linkbase beside the document (expected %1 or its _cal.xml in the same folder): the "
            "filing's own calculations are not checked, only what the tables show"_s.arg(filing.xbrl.schemaRef));
}

} // namespace

bool InlineXbrlImporter::isInlineXbrl(QStringView text)
{
    return InlineXbrlReader::isInlineXbrl(text);
}

ImportResult InlineXbrlImporter::import(const SourceText &source, const QString &fileName)
{
    ImportContext context(fileName, source);
    const auto [from, to] = InlineXbrlReader::documentSpan(source.text());
    if (from < 0) {
        context.fail(0, 0, u"no <html> element: expected an inline XBRL document in XHTML"_s);
        return context.result({});
    }
    InlineXbrlReader::Result read = InlineXbrlReader::read(context, from, to);
    if (!read.ok) {
        ImportResult failed;
        failed.diagnostics = context.diagnostics();
        return failed;
    }
    HtmlReleaseImporter::Tagged tagged{std::move(read.instance), std::move(read.markup), from, to};
    ImportResult result = HtmlReleaseImporter::import(source, fileName, std::move(tagged));
    // The facts' warnings come first: they are read first.
    result.diagnostics = context.diagnostics() + result.diagnostics;
    if (result.filing) {
        Filing &filing = *result.filing;
        filing.warnings = context.diagnostics() + filing.warnings;
        filing.form = deiText(filing.xbrl, u":DocumentType");
        if (const QString company = deiText(filing.xbrl, u":EntityRegistrantName"); !company.isEmpty())
            filing.company = company;
        const QDate end = QDate::fromString(deiText(filing.xbrl, u":DocumentPeriodEndDate"), u"MMMM d, yyyy"_s);
        if (end.isValid())
            filing.date = end;
        // A report's cover names its form, not a headline: "Apple Inc. Form 10-Q for the period ended March 29, 2025".
        readLinkbases(filing, fileName);
        if (!filing.form.isEmpty()) {
            filing.title = QObject::tr("%1 Form %2").arg(filing.company, filing.form).trimmed();
            if (end.isValid())
                filing.title +=
                    QObject::tr(" for the period ended %1").arg(QLocale::c().toString(end, u"MMMM d, yyyy"_s));
        }
    }
    return result;
}
