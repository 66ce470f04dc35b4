// Invariant checks for the fuzz targets: a broken promise is a crash the
// fuzzer reports (and a failure when a corpus is replayed), with a message.
#pragma once

#include <cstdio>
#include <cstdlib>

#include "claimgraph/extract/source_text.hpp"

#define FUZZ_CHECK(cond)                                                                        \
    do {                                                                                        \
        if (!(cond)) {                                                                          \
            std::fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);     \
            std::abort();                                                                       \
        }                                                                                       \
    } while (0)

namespace claimgraph::fuzz {

// An OffsetMap's promises: every text offset maps into the source, and the
// mapping never goes backwards.
inline void check_map(std::size_t source_size, const extract::DecodedText& d) {
    std::size_t prev_start = 0, prev_end = 0;
    for (std::size_t x = 0; x <= d.text.size(); ++x) {
        const std::size_t s = d.map.source_start(x), e = d.map.source_end(x);
        FUZZ_CHECK(s <= source_size && e <= source_size);
        FUZZ_CHECK(s >= prev_start && e >= prev_end);
        prev_start = s;
        prev_end = e;
    }
    if (d.map.identity()) FUZZ_CHECK(d.text.size() == source_size);
}

}  // namespace claimgraph::fuzz
