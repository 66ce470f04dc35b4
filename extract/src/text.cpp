#include "claimgraph/extract/text.hpp"

#include "text_internal.hpp"

namespace claimgraph::extract {

std::string normalize(std::string_view s) {
    std::string out;
    detail::normalize_into(s, out);
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
