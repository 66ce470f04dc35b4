#include "claimgraph/extract/text.hpp"

namespace claimgraph::extract {

std::string normalize(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        // U+2018 / U+2019 are E2 80 98 / E2 80 99 in UTF-8.
        if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
            (static_cast<unsigned char>(s[i + 2]) == 0x98 || static_cast<unsigned char>(s[i + 2]) == 0x99)) {
            out.push_back('\'');
            i += 2;
            continue;
        }
        out.push_back(c < 0x80 ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c) : static_cast<char>(c));
    }
    return out;
}

std::string match_key(std::string_view w) {
    std::string s(w);
    if (s.size() > 4 && s.ends_with("ies")) return s.substr(0, s.size() - 3) + "y";
    if (s.size() > 4 && s.ends_with("sses")) return s.substr(0, s.size() - 2);
    if (s.size() > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is"))
        return s.substr(0, s.size() - 1);
    return s;
}

}  // namespace claimgraph::extract
