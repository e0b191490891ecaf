// SPDX-License-Identifier: GPL-3.0-or-later
#include "TraceCommand.h"

#include "FilingCommand.h"
#include "checks/TieOutChecker.h"
#include "narrative/NarrativeMatcher.h"
#include "tracing/AdjustmentTracer.h"
#include "json/TraceJson.h"

using namespace Qt::StringLiterals;

int TraceCommand::run(const QStringList &arguments)
{
    return FilingCommand::run(arguments, u"Trace every non-GAAP adjustment to its notes and sources."_s,
                              [](const Filing &filing, bool named) {
                                  const QList<AdjustmentTrace> traces =
                                      AdjustmentTracer::trace(filing, TieOutChecker::run(filing));
                                  FilingCommand::Output output;
                                  // A bundled filing without a reconciliation has nothing to trace.
                                  output.skip = traces.isEmpty() && !named;
                                  const QList<NarrativeClaim> claims = NarrativeMatcher::match(filing);
                                  output.json = TraceJson::toJson(filing, traces, claims);
                                  output.text = TraceJson::toText(filing, traces, claims);
                                  return output;
                              });
}
