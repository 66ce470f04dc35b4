// From a document's bytes to the text the extractor reads, keeping the way back.
//
// Documents arrive as bytes: plain text in any state (invalid UTF-8, a BOM, CR
// line ends, stray control bytes), HTML, or binary files given by mistake. The
// extractor wants clean UTF-8 prose, and the graph wants evidence offsets into
// the ORIGINAL bytes (spec/graph-json.md: doc[start:end] is the sentence). So
// every decoder here returns the text together with an OffsetMap from text
// offsets back to source offsets.
//
// What the map gives for a sentence span [start, end) of the text is the
// smallest source range the sentence came from: for plain text the same bytes
// (the sentence text differs only where bytes were repaired), for HTML the
// range from the sentence's first character to its last, markup inside it
// included, entities undecoded.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/text.hpp"

namespace claimgraph::extract {

/// Text offsets -> source offsets. Pieces of the text are either copied from
/// the source byte for byte (or replaced by as many bytes: "linear") or stand
/// for a source range of another length (an entity, a collapsed run of spaces,
/// a tag, an invalid byte); the map keeps one anchor where each such piece
/// starts. Empty when the text has the source's offsets throughout.
class OffsetMap {
public:
    /// True when every text offset is the same source offset.
    bool identity() const { return anchors_.empty(); }
    /// Where the text byte at `offset` comes from: the first source byte of
    /// its piece (for linear pieces, exactly the corresponding byte). An
    /// offset at or past the end of the text maps to the end of the source.
    std::size_t source_start(std::size_t offset) const;
    /// One past the last source byte that the text bytes before `offset` come
    /// from: the end of a span. 0 maps to 0.
    std::size_t source_end(std::size_t offset) const;
    /// [source_start(start), source_end(end)) for a non-empty span; an empty
    /// span maps to an empty span at source_start(start).
    Span to_source(Span text_span) const;
    /// Anchors held (memory is linear in them; tests and benchmarks).
    std::size_t anchors() const { return anchors_.size(); }

    struct Anchor {
        std::size_t text = 0;
        std::size_t source = 0;
    };
    /// For the decoders: sorted by both fields; the last is (text size, source size).
    OffsetMap() = default;
    explicit OffsetMap(std::vector<Anchor> anchors) : anchors_(std::move(anchors)) {}

private:
    std::vector<Anchor> anchors_;
};

/// A document's text as the extractor reads it, and where it came from.
struct DecodedText {
    std::string text;  ///< valid UTF-8
    OffsetMap map;     ///< text offsets -> source offsets
    std::size_t invalid_utf8 = 0;             ///< invalid UTF-8 sequences replaced by U+FFFD
    std::size_t first_invalid_utf8 = 0;       ///< source byte offset of the first one
};

/// How much of a file `looks_binary` wants to see.
inline constexpr std::size_t kBinarySniffBytes = 8192;

/// True when `sample` (the start of a file; kBinarySniffBytes is enough) is
/// not text: more than 5% of its bytes are control characters other than tab,
/// line feed, carriage return, form feed, vertical tab and escape — NUL and
/// the like, which text has a few of at most (a stray NUL, a page break) and
/// executables, images, archives and UTF-16 have plenty of. Invalid UTF-8
/// alone does not make a file binary (a Latin-1 file is text to repair).
bool looks_binary(std::string_view sample);

/// True when every byte of `s` is part of a well-formed UTF-8 sequence (no
/// overlong forms, no surrogates, nothing above U+10FFFF).
bool is_valid_utf8(std::string_view s);

/// Plain text: each maximal invalid UTF-8 subsequence becomes U+FFFD (the
/// Unicode "substitution of maximal subparts"); and, keeping every offset, a
/// leading BOM becomes three spaces, a CR not followed by LF becomes LF (old
/// Mac line ends), and control characters other than tab, LF and CR become
/// spaces (a stray NUL separates words like a space). When the input is valid
/// UTF-8 the map is the identity.
DecodedText decode_plain_text(std::string_view bytes);
/// The same of bytes the caller is done with: when they are valid UTF-8 they
/// become the text in place, without a copy.
DecodedText decode_plain_text(std::string&& bytes);

/// HTML (or an HTML fragment, however malformed) to prose:
///  - the content of the raw-text elements (script, style, title, textarea,
///    xmp, iframe, noembed, noframes), comments, <!DOCTYPE>, <![CDATA[…]]>,
///    <?…?> and the tags themselves are not text;
///  - character references are decoded: named (&amp; &nbsp; &rsquo; &mdash;
///    &hellip; &alpha; … the common HTML 4 set) and numeric (&#8230; &#x2026;);
///    &nbsp; reads as a space; unknown names stay as written;
///  - block elements (p, div, li, h1–h6, br, tr, td, …) end the line, so they
///    end a sentence; other whitespace runs read as one space, except in <pre>;
///  - nesting depth does not matter (nothing is kept per open element) and
///    unclosed tags, comments and quotes end at the end of the input;
///  - invalid UTF-8 in text is replaced as in decode_plain_text.
/// Time and memory are linear in the input.
DecodedText html_to_text(std::string_view html);

}  // namespace claimgraph::extract
