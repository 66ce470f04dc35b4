// The sentence splitter and the extractor, with the default lexicon and cues,
// on any bytes: spans in order and in bounds, claims whose sentence is the
// text between their offsets.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "claimgraph/extract/extractor.hpp"

using namespace claimgraph;

namespace {
const extract::Extractor& extractor() {
    // Loaded once per process: the harness's only state.
    static const auto ex = extract::Extractor::create({CLAIMGRAPH_DATA_DIR, {}, true});
    FUZZ_CHECK(ex.ok());
    return ex.value();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    std::size_t last_end = 0;
    for (const extract::Span& s : extract::SentenceSplitter().split(text)) {
        FUZZ_CHECK(s.start < s.end && s.end <= text.size());
        FUZZ_CHECK(s.start >= last_end);
        last_end = s.end;
        for (const extract::Token& t : extract::tokenize(text, s))
            FUZZ_CHECK(t.span.start >= s.start && t.span.start < t.span.end && t.span.end <= s.end);
    }

    const DocumentExtraction r = extractor().extract("fuzz", text);
    for (const Claim& c : r.claims) {
        FUZZ_CHECK(c.start < c.end && c.end <= text.size());
        FUZZ_CHECK(c.sentence == text.substr(c.start, c.end - c.start));
        FUZZ_CHECK(!c.subject.empty() && !c.target.empty());
    }
    for (const EntitySighting& e : r.entities) FUZZ_CHECK(e.mentions > 0);
    return 0;
}
