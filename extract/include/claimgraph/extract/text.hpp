// Text stages of the extractor, each usable (and tested) on its own:
//   SentenceSplitter  document bytes -> sentence spans (byte offsets kept)
//   tokenize()        a sentence span -> tokens with byte offsets
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace claimgraph::extract {

/// A half-open byte range [start, end) into the original document.
struct Span {
    std::size_t start = 0;
    std::size_t end = 0;
    bool operator==(const Span&) const = default;
};

/// Splits a document into sentences without copying it, keeping byte offsets.
///
/// Rules (spec: eval/seeds/README.md): each non-empty line is split after
/// `.`, `!` or `?` when whitespace and a capital, digit or opening quote follow,
/// or when a capital letter follows directly ("word.Word"), or before a
/// lower-case word unless an abbreviation, an initial, a closing quote or
/// bracket, or an ellipsis says otherwise (docs/extraction.md); a leading bullet
/// marker ("- ", "* ", "• ") is left out; a line without a final period (a
/// heading) is a sentence of its own; numbered headings ("1. Start Low") stay
/// whole; abbreviations ("e.g.", "i.e.", "Dr.", "vs.", "approx.") and decimals
/// ("7.5 mg") do not end a sentence.
class SentenceSplitter {
public:
    std::vector<Span> split(std::string_view text) const;
};

enum class TokenKind { word, number, punct };

struct Token {
    Span span;         ///< byte offsets into the document
    std::string norm;  ///< lower-cased, curly apostrophes straightened
    TokenKind kind = TokenKind::word;
};

/// Tokenizes text[span] into words (letters and digits, including non-ASCII
/// letters such as "γ"), numbers ("7.5"), the possessive "'s" as its own token,
/// and single punctuation marks. Hyphens are tokens of their own so that
/// "mood-boosting" and "5-HT" are matched part by part.
std::vector<Token> tokenize(std::string_view text, Span span);
/// The same into `out`, which is cleared first: a caller that tokenizes sentence
/// after sentence keeps one vector's capacity instead of allocating one each time.
void tokenize_into(std::string_view text, Span span, std::vector<Token>& out);

/// Lower-cases ASCII and maps curly apostrophes/quotes (U+2018, U+2019) to "'".
std::string normalize(std::string_view s);

/// The key a word is matched by in the lexicon: the normalized word with a
/// plural ending removed ("receptors" -> "receptor", "therapies" -> "therapy").
std::string match_key(std::string_view norm);

}  // namespace claimgraph::extract
