#include "claimgraph/extract/text.hpp"

namespace claimgraph::extract {
namespace {

bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Length of the UTF-8 sequence starting with lead byte c.
std::size_t utf8_length(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 0x6) return 2;
    if ((c >> 4) == 0xE) return 3;
    if ((c >> 3) == 0x1E) return 4;
    return 1;
}

// Non-ASCII letters (Greek, accented Latin) are parts of words; the general
// punctuation block (U+2000–U+206F: dashes, curly quotes, bullets) is not.
bool is_word_byte_at(std::string_view s, std::size_t p) {
    unsigned char c = static_cast<unsigned char>(s[p]);
    if (c < 0x80) return ascii_alnum(c);
    if (c == 0xE2 && p + 1 < s.size() && (static_cast<unsigned char>(s[p + 1]) & 0xFC) == 0x80) return false;
    if (c == 0xC2) return false;  // U+0080–U+00BF: NBSP, «, », ·, °
    return c >= 0xC0;
}

bool is_apostrophe_at(std::string_view s, std::size_t p, std::size_t* len) {
    if (s[p] == '\'') {
        *len = 1;
        return true;
    }
    if (p + 2 < s.size() && static_cast<unsigned char>(s[p]) == 0xE2 && static_cast<unsigned char>(s[p + 1]) == 0x80 &&
        static_cast<unsigned char>(s[p + 2]) == 0x99) {
        *len = 3;
        return true;
    }
    return false;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span span) {
    std::vector<Token> out;
    std::size_t p = span.start;
    const std::size_t end = span.end;
    while (p < end) {
        unsigned char c = static_cast<unsigned char>(text[p]);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            ++p;
            continue;
        }
        std::size_t alen = 0;
        if (is_apostrophe_at(text, p, &alen) && !out.empty() && out.back().span.end == p && p + alen < end &&
            (text[p + alen] == 's' || text[p + alen] == 'S') &&
            (p + alen + 1 >= end || !is_word_byte_at(text, p + alen + 1))) {
            out.push_back({{p, p + alen + 1}, "'s", TokenKind::punct});
            p += alen + 1;
            continue;
        }
        if (is_word_byte_at(text, p)) {
            std::size_t q = p;
            bool all_digits = true;
            while (q < end) {
                if (is_word_byte_at(text, q)) {
                    if (!(text[q] >= '0' && text[q] <= '9')) all_digits = false;
                    q += utf8_length(static_cast<unsigned char>(text[q]));
                } else if (text[q] == '.' && all_digits && q + 1 < end && text[q + 1] >= '0' && text[q + 1] <= '9') {
                    ++q;  // decimal point inside a number
                } else {
                    break;
                }
            }
            if (q > end) q = end;
            out.push_back({{p, q}, normalize(text.substr(p, q - p)), all_digits ? TokenKind::number : TokenKind::word});
            p = q;
            continue;
        }
        std::size_t len = std::min(utf8_length(c), end - p);
        out.push_back({{p, p + len}, normalize(text.substr(p, len)), TokenKind::punct});
        p += len;
    }
    return out;
}

}  // namespace claimgraph::extract
