// Builds a decoded text from a source, piece by piece and in source order,
// recording the OffsetMap back to the source as it goes. Shared by the plain
// text and HTML decoders (source_text.hpp).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/source_text.hpp"

namespace claimgraph::extract::detail {

/// Bytes of the well-formed UTF-8 sequence at the start of s (1 to 4), or 0
/// when it is ill-formed; then *bad holds the length of its maximal subpart
/// (the bytes one U+FFFD replaces, at least 1). s must not be empty.
std::size_t utf8_sequence(std::string_view s, std::size_t* bad);

/// Appends the UTF-8 encoding of code point cp (U+FFFD for surrogates and
/// anything above U+10FFFF).
void append_utf8(std::string& out, char32_t cp);

/// The offset-keeping clean-ups of decode_plain_text, in place: a leading BOM
/// becomes three spaces, a CR not followed by LF becomes LF, and control
/// characters other than tab, LF and CR become spaces.
void tidy_in_place(std::string& text);

class TextBuilder {
public:
    explicit TextBuilder(std::string_view source) : src_(source) { text_.reserve(source.size()); }

    /// Source bytes consumed so far.
    std::size_t cursor() const { return cursor_; }
    const std::string& text() const { return text_; }

    /// Copies source[cursor, end) to the text, each maximal invalid UTF-8
    /// subsequence replaced by U+FFFD.
    void copy_to(std::size_t end);
    /// `out` stands for source[cursor, end) in the text.
    void replace_to(std::size_t end, std::string_view out);
    /// Copies what is left and hands over the text and its map.
    DecodedText finish();

private:
    void emit(std::size_t source_length, std::string_view out);

    std::string_view src_;
    std::string text_;
    std::size_t cursor_ = 0;
    std::vector<OffsetMap::Anchor> anchors_{OffsetMap::Anchor{0, 0}};
    bool last_linear_ = true;  ///< the piece being extended is linear
    std::size_t invalid_ = 0;
    std::size_t first_invalid_ = 0;
};

}  // namespace claimgraph::extract::detail
