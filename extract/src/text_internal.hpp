// Byte-level helpers shared by the tokenizer and normalize(): inline, so the
// per-token work of the extractor stays free of calls and allocations.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::extract::detail {

/// normalize(s) written into `out` (replacing what it held): ASCII lower-cased,
/// U+2018 and U+2019 (E2 80 98 / E2 80 99) turned into "'".
inline void normalize_into(std::string_view s, std::string& out) {
    const std::size_t n = s.size();
    out.resize(n);
    char* d = out.data();
    std::size_t j = 0;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            d[j++] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        } else if (c == 0xE2 && i + 2 < n && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
            d[j++] = '\'';
            i += 2;
        } else {
            d[j++] = static_cast<char>(c);
        }
    }
    out.resize(j);
}

/// Whether `a` equals `lower_b` ignoring ASCII case (`lower_b` is written lower-case).
inline bool iequals(std::string_view a, std::string_view lower_b) {
    if (a.size() != lower_b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const char c = a[i] >= 'A' && a[i] <= 'Z' ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
        if (c != lower_b[i]) return false;
    }
    return true;
}

}  // namespace claimgraph::extract::detail
