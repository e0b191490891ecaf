// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ImportResult.h"

class SourceText;

// Reads a prospectus supplement converted from the SEC's HTML: the offering
// facts (issuer, security, principal, shares issuable on conversion,
// conversion price, shares outstanding) and the selling-holders table with
// its columns and footnotes as filed. Holder names are kept as the file has
// them, even where the conversion wrapped and shifted them.
class ProspectusImporter
{
public:
    static ImportResult import(const SourceText &source, const QString &fileName);
};
