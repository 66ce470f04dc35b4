// Text helpers shared by the writers (private to claimgraph::export): every
// format needs valid UTF-8 and its own escaping, and document text promises neither.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace claimgraph::exporter::text {

/// Length of the well-formed UTF-8 sequence at s[i], or 0 if it is not one
/// (truncated, overlong, surrogate, above U+10FFFF).
std::size_t utf8_sequence(std::string_view s, std::size_t i);

/// `s` with every byte that is not part of well-formed UTF-8 replaced by U+FFFD.
std::string valid_utf8(std::string_view s);

/// At most `max` bytes of `s`, cut at a UTF-8 character boundary, with "…" when cut.
std::string clip(std::string_view s, std::size_t max);

/// Valid UTF-8 escaped for XML 1.0 character data and attribute values:
/// & < > " ' as entities, tab/newline/CR as character references (so attribute
/// values keep them), other control characters (not allowed in XML 1.0) as a space.
std::string xml_escape(std::string_view s);

/// Locale-independent fixed-point number with `decimals` digits ("2.58").
std::string fixed(double v, int decimals = 2);

}  // namespace claimgraph::exporter::text
