// SPDX-License-Identifier: GPL-3.0-or-later
// jemalloc's settings (CMakeLists.txt: Tieout::allocator), which it reads from
// this symbol when it starts. Pages freed are given back to the system after
// a tenth of a second rather than ten: a large filing's import frees much of
// what it made before the analysis makes more, and the analysis's peak was
// 5% higher with the default (docs/PERFORMANCE.md).
extern "C" {
// NOLINTNEXTLINE(cppcoreguidelines-avoid-non-const-global-variables): the name and type jemalloc looks for
const char *malloc_conf = "dirty_decay_ms:100";
}
