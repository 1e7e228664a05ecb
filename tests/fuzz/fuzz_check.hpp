#pragma once

#include <cstdio>
#include <cstdlib>

// A property a fuzz target checks: a failure aborts, which libFuzzer reports as a crash
// with its input, and the standalone runner (ctest) as a failed test.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz check failed: %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)
