// Plain-text decoding (UTF-8 repair, BOM, CR, control bytes) and binary
// sniffing on any bytes: valid UTF-8 out; the identity map when the input was
// valid; repairs counted, and the map in bounds and in order.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "check.hpp"
#include "claimgraph/extract/source_text.hpp"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    (void)extract::looks_binary(bytes);
    const bool valid = extract::is_valid_utf8(bytes);
    const extract::DecodedText d = extract::decode_plain_text(bytes);
    FUZZ_CHECK(extract::is_valid_utf8(d.text));
    FUZZ_CHECK(valid == (d.invalid_utf8 == 0));
    // Valid input keeps every offset. (Invalid input may too: a 3-byte maximal
    // subpart, say "\xF0\x9F\x98", is replaced by the 3 bytes of U+FFFD.)
    if (valid) FUZZ_CHECK(d.map.identity());
    if (!valid) FUZZ_CHECK(d.first_invalid_utf8 < size);
    FUZZ_CHECK(d.text.size() <= 3 * size);
    fuzz::check_map(size, d);
    return 0;
}
