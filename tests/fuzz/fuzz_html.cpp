// HTML to prose on any bytes: valid UTF-8 out, an offset map that stays in
// bounds and in order, and no more text than the source can account for.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "claimgraph/extract/source_text.hpp"
#include "claimgraph/extract/text.hpp"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view html(reinterpret_cast<const char*>(data), size);
    const extract::DecodedText d = extract::html_to_text(html);
    FUZZ_CHECK(extract::is_valid_utf8(d.text));
    // A byte of source gives at most 3 bytes of text (an invalid byte's U+FFFD);
    // a line break or space stands for a tag or a run of whitespace.
    FUZZ_CHECK(d.text.size() <= 3 * size);
    fuzz::check_map(size, d);
    // Every sentence maps to a non-empty source range.
    for (const extract::Span& s : extract::SentenceSplitter().split(d.text)) {
        const extract::Span src = d.map.to_source(s);
        FUZZ_CHECK(src.start < src.end && src.end <= size);
    }
    return 0;
}
