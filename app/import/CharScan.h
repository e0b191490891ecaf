// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

// Questions asked of every character of a whole file (is there a control
// character, a surrogate, how many line ends), answered in blocks of a
// fixed 64 characters: a loop of known length without a branch per
// character, which the compiler turns into vector instructions. A 16 MB
// 10-K is 16 million characters, and each character-at-a-time pass over it
// cost a visible part of its opening.
class CharScan
{
public:
    // How many characters satisfy `test` (char16_t → bool).
    template<typename Test>
    static qsizetype count(QStringView text, Test test)
    {
        const char16_t *at = text.utf16();
        const char16_t *const end = at + text.size();
        qsizetype total = 0;
        for (; end - at >= Block; at += Block) {
            unsigned inBlock = 0;
            for (int i = 0; i < Block; ++i)
                inBlock += unsigned(test(at[i]));
            total += inBlock;
        }
        for (; at < end; ++at)
            total += test(*at) ? 1 : 0;
        return total;
    }

    // Whether any character satisfies `test`.
    template<typename Test>
    static bool any(QStringView text, Test test)
    {
        const char16_t *at = text.utf16();
        const char16_t *const end = at + text.size();
        for (; end - at >= Block; at += Block) {
            unsigned found = 0;
            for (int i = 0; i < Block; ++i)
                found |= unsigned(test(at[i]));
            if (found)
                return true;
        }
        for (; at < end; ++at) {
            if (test(*at))
                return true;
        }
        return false;
    }

private:
    static constexpr int Block = 64;
};
