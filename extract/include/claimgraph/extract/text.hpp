// Text stages of the extractor, each usable (and tested) on its own:
//   SentenceSplitter  document bytes -> sentence spans (byte offsets kept)
//   tokenize()        a sentence span -> tokens with byte offsets
#pragma once

#include <cstddef>
#include <cstring>
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

/// A token's normalized text, read as a std::string_view. Up to kInline bytes
/// (nearly every word) are kept inside the object, so that tokenizing a
/// sentence allocates nothing and sets each word's bytes without a call into
/// the library, as std::string's members are; longer text goes to the heap.
/// A pointer to the bytes, wherever they are, makes view() two loads: the
/// rules read a token's text far more often than it is written.
class Norm {
public:
    static constexpr std::size_t kInline = 24;

    Norm() noexcept = default;
    explicit Norm(std::string_view s) { assign(s); }
    Norm(const Norm& other) { assign(other.view()); }
    Norm(Norm&& other) noexcept { take(other); }
    Norm& operator=(const Norm& other) {
        if (this != &other) assign(other.view());
        return *this;
    }
    Norm& operator=(Norm&& other) noexcept {
        if (this != &other) {
            release();
            take(other);
        }
        return *this;
    }
    Norm& operator=(std::string_view s) {
        assign(s);
        return *this;
    }
    ~Norm() { release(); }

    /// `s` must not view this Norm's own bytes.
    void assign(std::string_view s) {
        char* d = overwrite(s.size());
        if (!s.empty()) std::memcpy(d, s.data(), s.size());
    }
    /// Makes the text n bytes long and returns them, to be written: what they
    /// hold until then is unspecified.
    char* overwrite(std::size_t n) {
        if (n <= kInline) {
            release();
            size_ = n;
            return inline_;
        }
        if (!on_heap() || capacity_ < n) {
            release();
            data_ = new char[n];
            capacity_ = n;
        }
        size_ = n;
        return data_;
    }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const char* data() const { return data_; }
    std::string_view view() const { return {data_, size_}; }
    operator std::string_view() const { return view(); }
    char operator[](std::size_t i) const { return data_[i]; }
    char back() const { return data_[size_ - 1]; }
    /// Inline for the reason operator== is: a literal's length makes the compare in place.
    [[gnu::always_inline]] bool starts_with(std::string_view prefix) const {
        return size_ >= prefix.size() && std::memcmp(data_, prefix.data(), prefix.size()) == 0;
    }
    [[gnu::always_inline]] bool ends_with(std::string_view suffix) const {
        return size_ >= suffix.size() && std::memcmp(data_ + size_ - suffix.size(), suffix.data(), suffix.size()) == 0;
    }
    friend bool operator==(const Norm& a, const Norm& b) { return a.view() == b.view(); }
    /// Inline, with the length of `b` in the compare: the chunker compares tokens with
    /// literals ("("sv, "their"sv), whose bytes are then compared in place, not by a
    /// call to memcmp as std::string_view's == makes it.
    [[gnu::always_inline]] friend bool operator==(const Norm& a, std::string_view b) {
        return a.size_ == b.size() && std::memcmp(a.data_, b.data(), b.size()) == 0;
    }

private:
    bool on_heap() const { return size_ > kInline; }
    void release() {
        if (on_heap()) delete[] data_;
        data_ = inline_;
        size_ = 0;
    }
    void take(Norm& other) {
        size_ = other.size_;
        if (other.on_heap()) {
            data_ = other.data_;
            capacity_ = other.capacity_;
            other.data_ = other.inline_;
            other.size_ = 0;
        } else {
            data_ = inline_;
            std::memcpy(inline_, other.inline_, kInline);
        }
    }
    char* data_ = inline_;  ///< inline_, or the heap's bytes when there are more than kInline
    std::size_t size_ = 0;
    union {
        char inline_[kInline];
        std::size_t capacity_;  ///< of the heap's bytes
    };
};

struct Token {
    Span span;  ///< byte offsets into the document
    Norm norm;  ///< lower-cased, curly apostrophes straightened
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
