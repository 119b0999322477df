// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// FUZZ_CHECK: a harness invariant that holds in release builds too (assert() would vanish
// under NDEBUG). A broken invariant prints the condition and aborts, which libFuzzer records
// as a crash with its input and the replay test reports as a failure.

#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "%s:%d: invariant broken: %s\n", __FILE__, __LINE__, #cond);    \
            std::abort();                                                                          \
        }                                                                                          \
    } while (false)
