#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "claimgraph/extract/text.hpp"
#include "bytes.hpp"

namespace claimgraph::extract {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Abbreviations whose period is not a sentence end. Kept here rather than in
// data/ because they are part of how English punctuation works, not a
// domain vocabulary a user would extend.
// ("var.", "subsp.", "spp.": a plant's variety, subspecies and species, "Camellia assamica
// var. kucha".)
constexpr std::array<std::string_view, 29> kAbbreviations = {
    "e.g", "i.e", "dr", "vs", "approx", "mr", "mrs", "ms", "prof", "etc", "fig", "no", "st",
    "inc", "ltd", "jr", "sr", "al", "ca", "cf", "resp", "viz", "u.s", "ph.d", "incl", "esp",
    "var", "subsp", "spp"};

// The longest abbreviation above is 6 bytes and the longest dotted initialism
// worth knowing ("e.p.s.c") 7: the walk back stops at 8, so a line of periods
// with no spaces ("a.b.c.d...") stays linear.
constexpr std::size_t kMaxAbbreviationBytes = 8;

// The word that ends at the period at dot (back to a space or an opening
// bracket), or an empty view when it is longer than any abbreviation.
std::string_view word_before(std::string_view line, std::size_t dot) {
    std::size_t b = dot;
    while (b > 0 && dot - b <= kMaxAbbreviationBytes && !is_space(line[b - 1]) && line[b - 1] != '(' &&
           line[b - 1] != '[')
        --b;
    if (dot - b > kMaxAbbreviationBytes) return {};
    return line.substr(b, dot - b);
}

// The word lower-cased into `buf`: normalize() of a word that may be an
// abbreviation (letters and periods), without a string. Other bytes stay as
// they are, which matches no abbreviation either way.
std::string_view lower_case(std::string_view word, std::array<char, kMaxAbbreviationBytes>& buf) {
    const std::size_t n = std::min(word.size(), buf.size());
    for (std::size_t i = 0; i < n; ++i) buf[i] = is_upper(word[i]) ? static_cast<char>(word[i] + 32) : word[i];
    return std::string_view(buf.data(), n);
}

// `word` comes from word_before(): at most kMaxAbbreviationBytes long.
bool is_listed_abbreviation(std::string_view word) {
    std::array<char, kMaxAbbreviationBytes> buf;
    const std::string_view norm = lower_case(word, buf);
    for (auto a : kAbbreviations)
        if (norm == a) return true;
    return false;
}

bool is_abbreviation(std::string_view line, std::size_t dot) {
    std::string_view word = word_before(line, dot);
    if (word.empty()) return false;
    if (is_listed_abbreviation(word)) return true;
    // A single capital initial ("J. Smith") is not a sentence end either; a capital that
    // names a kind after a common noun is: "the release of substance P. Although ...",
    // "vitamin D. It ...", "hepatitis C." ("reported by J. Smith": a short word before.)
    if (word.size() != 1 || !is_upper(word[0])) return false;
    const std::size_t start = dot - 1;
    if (start < 2 || !is_space(line[start - 1])) return true;
    std::size_t b = start - 1;
    std::size_t letters = 0;
    while (b > 0 && is_lower(line[b - 1])) --b, ++letters;
    const bool common_noun = letters >= 4 && (b == 0 || is_space(line[b - 1]));
    return !common_noun;
}

bool is_letter(char c) { return is_upper(c) || is_lower(c); }

// "i.v", "s.c", "e.p.s.c", "a.m": single letters joined by periods (the last
// period is the one being judged, so it is not part of word).
bool is_dotted_initialism(std::string_view word) {
    if (word.size() < 3 || word.size() % 2 == 0) return false;
    for (std::size_t k = 0; k < word.size(); ++k)
        if (k % 2 == 0 ? !is_letter(word[k]) : word[k] != '.') return false;
    return true;
}

// Whether the period at dot, followed by whitespace and a lower-case word,
// still ends its sentence. Writers who type in lower case ("it made me
// relaxed. anxiety was way down") end sentences this way, so it does, unless
// the word before is one whose period a lower-case word is expected to follow:
// a listed abbreviation ("e.g. dopamine", "et al. reported", "vs. placebo";
// "no" is "number" only before a digit, so "no. it didn't" ends), a single
// letter that is not a unit after a number ("j. smith"; "vitamin b. it" is
// lost), or a dotted initialism ("10 mg/kg i.p. injection", "(i.v.) route").
bool period_ends_before_lower(std::string_view line, std::size_t dot) {
    std::string_view word = word_before(line, dot);
    if (word.empty()) return true;
    if (word.size() == 1) {
        if (!is_letter(word[0])) return true;
        // After a number a single letter is a unit ("took 5 g. then"), not an initial.
        const std::size_t b = dot - 1;
        return b >= 2 && is_space(line[b - 1]) && is_digit(line[b - 2]);
    }
    if (is_dotted_initialism(word)) return false;
    std::array<char, kMaxAbbreviationBytes> buf;
    return !is_listed_abbreviation(word) || lower_case(word, buf) == "no";
}

// Bytes of a UTF-8 opening quote at p (“ or ‘), or 0.
std::size_t opening_quote(std::string_view s, std::size_t p) {
    if (p < s.size() && (s[p] == '"' || s[p] == '\'' || s[p] == '(')) return 1;
    if (p + 2 < s.size() && static_cast<unsigned char>(s[p]) == 0xE2 && static_cast<unsigned char>(s[p + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[p + 2]) == 0x9C || static_cast<unsigned char>(s[p + 2]) == 0x98))
        return 3;
    return 0;
}

// Bytes of a closing quote or bracket at p (” ’ " ' ) ]), or of a footnote mark
// (* † ‡: product pages mark each claim for their disclaimer, "relaxation.* L-theanine"),
// or 0.
std::size_t closing_mark(std::string_view s, std::size_t p) {
    if (p < s.size() && (s[p] == '"' || s[p] == '\'' || s[p] == ')' || s[p] == ']' || s[p] == '*')) return 1;
    if (p + 2 < s.size() && static_cast<unsigned char>(s[p]) == 0xE2 && static_cast<unsigned char>(s[p + 1]) == 0x80 &&
        (static_cast<unsigned char>(s[p + 2]) == 0x9D || static_cast<unsigned char>(s[p + 2]) == 0x99 ||
         static_cast<unsigned char>(s[p + 2]) == 0xA0 || static_cast<unsigned char>(s[p + 2]) == 0xA1))
        return 3;
    return 0;
}

// Length of a bullet marker at the start of a trimmed line, or 0.
std::size_t bullet_length(std::string_view line) {
    if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && is_space(line[1])) return 2;
    if (line.size() >= 4 && line.substr(0, 3) == "\xE2\x80\xA2" && is_space(line[3])) return 4;  // •
    return 0;
}

// Length of a leading "12. " numbering, or 0: its period never ends a sentence.
std::size_t numbering_length(std::string_view line) {
    std::size_t i = 0;
    while (i < line.size() && is_digit(line[i])) ++i;
    if (i > 0 && i < 4 && i + 1 < line.size() && line[i] == '.' && is_space(line[i + 1])) return i + 1;
    return 0;
}

// The first '.', '!' or '?' at or after p, or line.size(): sixteen bytes at a
// time where SSE2 is there (every x86-64), else eight, since most bytes are none
// of them; the mark's place in the block is a bit scan.
std::size_t next_end_mark(std::string_view line, std::size_t p) {
    using detail::has_zero_byte;
    using detail::kOnes;
#if defined(__SSE2__)
    while (p + 16 <= line.size()) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(line.data() + p));
        const __m128i marks = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
                                           _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('!')), _mm_cmpeq_epi8(v, _mm_set1_epi8('?'))));
        if (const unsigned bits = static_cast<unsigned>(_mm_movemask_epi8(marks)); bits != 0)
            return p + static_cast<std::size_t>(std::countr_zero(bits));
        p += 16;
    }
#endif
    while (p + 8 <= line.size()) {
        const std::uint64_t v = detail::load64(line.data() + p);
        if (has_zero_byte(v ^ (kOnes * '.')) || has_zero_byte(v ^ (kOnes * '!')) || has_zero_byte(v ^ (kOnes * '?')))
            break;
        p += 8;
    }
    while (p < line.size() && line[p] != '.' && line[p] != '!' && line[p] != '?') ++p;
    return p;
}

void emit(std::string_view text, std::size_t start, std::size_t end, std::vector<Span>& out) {
    while (start < end && is_space(text[start])) ++start;
    while (end > start && is_space(text[end - 1])) --end;
    if (end > start) out.push_back({start, end});
}

void split_line(std::string_view text, std::size_t line_start, std::size_t line_end, std::vector<Span>& out) {
    std::string_view line = text.substr(line_start, line_end - line_start);
    std::size_t i = 0;
    while (i < line.size() && is_space(line[i])) ++i;
    i += bullet_length(line.substr(i));
    std::size_t sentence_start = i;
    std::size_t skip_until = i + numbering_length(line.substr(i));
    for (std::size_t p = std::max(i, skip_until); p < line.size(); ++p) {
        // Most bytes end nothing: pass over them without the checks below.
        p = next_end_mark(line, p);
        if (p >= line.size()) break;
        char c = line[p];
        std::size_t after = p + 1;
        bool exclaims = c != '.';  // the run of marks holds a '!' or '?'
        while (after < line.size() && (line[after] == '.' || line[after] == '!' || line[after] == '?'))
            exclaims |= line[after++] != '.';
        const std::size_t marks_end = after;
        while (std::size_t n = closing_mark(line, after)) after += n;
        if (after >= line.size()) break;  // the line end closes the sentence anyway
        bool boundary = false;
        if (is_space(line[after])) {
            std::size_t next = after;
            while (next < line.size() && is_space(line[next])) ++next;
            std::size_t q = opening_quote(line, next);
            char n = next < line.size() ? line[next] : '\0';
            if (is_upper(n) || is_digit(n) || q > 0) {
                // Only a lone period can be an abbreviation's ("e.g.. The" ends).
                boundary = exclaims || marks_end - p > 1 || !is_abbreviation(line, p);
            } else if (is_lower(n) && after == marks_end) {
                // Before a lower-case word: "it works! i felt calm" and "last
                // week. it made me relaxed" end there. A closing quote or
                // bracket in between means the mark belonged to a quotation or
                // an aside ("\"Does it work?\" she asked", "(?) dopamine"), and
                // an ellipsis ("hmm... not sure") trails off mid-sentence.
                if (exclaims)
                    boundary = true;
                else if (marks_end - p == 1)
                    boundary = period_ends_before_lower(line, p);
            }
        } else if (c == '.' && is_upper(line[after]) && p >= 2 && is_lower(line[p - 1]) && is_lower(line[p - 2])) {
            // "word.Word": two sentences joined without a space.
            boundary = !is_abbreviation(line, p);
        }
        if (!boundary) {
            // The later marks of the run see the same text after them and are
            // never an abbreviation's or a "word.Word" period: judging each
            // again would only make a long run of them quadratic.
            p = marks_end - 1;
            continue;
        }
        emit(text, line_start + sentence_start, line_start + after, out);
        sentence_start = after;
        p = after - 1;
    }
    emit(text, line_start + sentence_start, line_end, out);
}

// No sentence a person writes is this long; text without sentence ends (a
// scraped table, a run of words) is cut into pieces of at most this size, at a
// space where there is one, so that each claim's copy of its sentence stays small.
constexpr std::size_t kMaxSentenceBytes = 4096;

void emit_bounded(std::string_view text, Span s, std::vector<Span>& out) {
    while (s.end - s.start > kMaxSentenceBytes) {
        std::size_t cut = s.start + kMaxSentenceBytes;
        std::size_t space = text.rfind(' ', cut);
        if (space != std::string_view::npos && space > s.start + kMaxSentenceBytes / 2) {
            cut = space;
        } else {
            // No space near: cut before a UTF-8 continuation byte never.
            while (cut > s.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
        }
        emit(text, s.start, cut, out);
        s.start = cut;
    }
    emit(text, s.start, s.end, out);
}

}  // namespace

std::vector<Span> SentenceSplitter::split(std::string_view text) const {
    std::vector<Span> spans;
    std::size_t line_start = 0;
    while (line_start <= text.size()) {
        std::size_t nl = text.find('\n', line_start);
        std::size_t line_end = nl == std::string_view::npos ? text.size() : nl;
        split_line(text, line_start, line_end, spans);
        if (nl == std::string_view::npos) break;
        line_start = nl + 1;
    }
    std::vector<Span> out;
    out.reserve(spans.size());
    for (const Span& s : spans) emit_bounded(text, s, out);
    return out;
}


}  // namespace claimgraph::extract
