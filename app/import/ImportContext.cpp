// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportContext.h"

void ImportContext::warn(int lineIndex, qsizetype offset, const QString &message, const QString &found)
{
    const SourceLocation at = m_source.locate(lineIndex, offset);
    m_diagnostics << Diagnostic::warning(m_fileName, at.line, at.column, message, found);
}

void ImportContext::warnAt(const SourceLocation &at, const QString &message, const QString &found)
{
    m_diagnostics << Diagnostic::warning(m_fileName, at.line, at.column, message, found);
}

void ImportContext::fail(int lineIndex, qsizetype offset, const QString &message, const QString &found)
{
    const SourceLocation at = m_source.locate(lineIndex, offset);
    m_diagnostics << Diagnostic::error(m_fileName, at.line, at.column, message, found);
}

qsizetype ImportContext::keepCleaned(const QString &text)
{
    const qsizetype start = m_cleaned.size();
    m_cleaned += text;
    return start;
}

bool ImportContext::hasErrors() const
{
    for (const Diagnostic &d : m_diagnostics) {
        if (d.isError())
            return true;
    }
    return false;
}

ImportResult ImportContext::result(Filing &&filing) const
{
    ImportResult result;
    result.diagnostics = m_diagnostics;
    if (!hasErrors()) {
        filing.warnings = m_diagnostics;
        filing.cleanedTexts = m_cleaned;
        result.filing = std::move(filing);
    }
    return result;
}
