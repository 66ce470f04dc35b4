#include "claimgraph/extract/text.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "bytes.hpp"
#include "text_internal.hpp"

namespace claimgraph::extract {
namespace {

using detail::load32;
using detail::load64;
using detail::store32;
using detail::store64;

constexpr bool ascii_alnum(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Length of the UTF-8 sequence starting with lead byte c.
std::size_t utf8_length(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 0x6) return 2;
    if ((c >> 4) == 0xE) return 3;
    if ((c >> 3) == 0x1E) return 4;
    return 1;
}

// Non-ASCII letters (Greek, accented Latin) are parts of words; symbols are not.
// U+2000–U+2BFF (lead byte E2, second byte below B0) is punctuation, arrows, maths,
// shapes, stars and dingbats ("★★★★☆ Helps my anxiety" is no name); U+1F000 up (F0 9F)
// is emoji; U+FE00–U+FE3F (EF B8) holds the variation selectors that follow them.
bool is_word_byte_at(std::string_view s, std::size_t p) {
    unsigned char c = static_cast<unsigned char>(s[p]);
    if (c < 0x80) return ascii_alnum(c);
    if (c == 0xC2) return false;  // U+0080–U+00BF: NBSP, «, », ·, °
    if (c < 0xC0) return false;
    if (p + 1 < s.size()) {
        const unsigned char d = static_cast<unsigned char>(s[p + 1]);
        if ((c == 0xE2 && d < 0xB0) || (c == 0xF0 && d == 0x9F) || (c == 0xEF && d == 0xB8)) return false;
    }
    return true;
}

// "1,000 mg", "2,500 people": a comma followed by exactly three digits, inside a number, is a
// thousands separator and no mark of its own (split there, the dose would read "1", ",",
// "000", and the comma would end the object before it).
bool thousands_at(std::string_view s, std::size_t q, std::size_t end) {
    auto digit = [&](std::size_t k) { return k < end && s[k] >= '0' && s[k] <= '9'; };
    return q < end && s[q] == ',' && digit(q + 1) && digit(q + 2) && digit(q + 3) && !digit(q + 4) &&
           !(q + 4 < end && ascii_alnum(static_cast<unsigned char>(s[q + 4])));
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

// Byte classes for the word scan: one table load a byte. Bytes from 0x80 up
// have no class here; the scan hands them to is_word_byte_at().
constexpr unsigned char kAlnum = 1, kDigit = 2, kSpace = 4;
struct ByteClasses {
    unsigned char cls[256] = {};
    constexpr ByteClasses() {
        for (int c = 0; c < 128; ++c) {
            const unsigned char u = static_cast<unsigned char>(c);
            cls[c] = static_cast<unsigned char>((ascii_alnum(u) ? kAlnum : 0) | (u >= '0' && u <= '9' ? kDigit : 0) |
                                                (u == ' ' || u == '\t' || u == '\n' || u == '\r' ? kSpace : 0));
        }
    }
};
constexpr ByteClasses kBytes;

// ASCII lower-casing of the bytes of a word, eight at a time (bytes < 0x80 only):
// 'A'..'Z' gain 0x20, nothing else changes.
using detail::kOnes;
std::uint64_t lower8(std::uint64_t x) {
    const std::uint64_t ge_a = x + kOnes * (0x80 - 'A');      // high bit: byte >= 'A'
    const std::uint64_t gt_z = x + kOnes * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
    return x | (((ge_a ^ gt_z) & (kOnes * 0x80)) >> 2);
}
std::uint32_t lower4(std::uint32_t x) {
    constexpr std::uint32_t ones = 0x01010101u;
    const std::uint32_t ge_a = x + ones * (0x80 - 'A');
    const std::uint32_t gt_z = x + ones * (0x80 - 'Z' - 1);
    return x | (((ge_a ^ gt_z) & (ones * 0x80)) >> 2);
}

// dst[0, n) = ASCII src[0, n) lower-cased, by overlapping fixed-size loads and stores.
void lower_ascii(char* dst, const char* src, std::size_t n) {
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) store64(dst + i, lower8(load64(src + i)));
        store64(dst + n - 8, lower8(load64(src + n - 8)));
    } else if (n >= 4) {
        store32(dst, lower4(load32(src)));
        store32(dst + n - 4, lower4(load32(src + n - 4)));
    } else {
        for (std::size_t i = 0; i < n; ++i) {
            const char c = src[i];
            dst[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        }
    }
}

// The end of the run of ASCII letters and digits that starts at s[q], as far
// as end - 16 at most: compared sixteen bytes at a time where SSE2 is there
// (every x86-64), so a word costs a few instructions rather than a few per
// byte. *digits keeps kDigit only if the run is all digits. The caller scans
// on from the returned offset byte by byte.
std::size_t ascii_alnum_run(const char* s, std::size_t q, std::size_t end, unsigned char* digits) {
#if defined(__SSE2__)
    // x in [lo, lo + n) for unsigned bytes: (x - lo) ^ 0x80, as a signed byte, is below n - 128.
    const auto in_range = [](__m128i x, char lo, int n) {
        const __m128i shifted = _mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(static_cast<char>(0x80)));
        return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(n - 128)));
    };
    while (q + 16 <= end) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s + q));
        const __m128i digit = in_range(v, '0', 10);
        const __m128i letter = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);
        const unsigned alnum = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
        const unsigned digit_bits = static_cast<unsigned>(_mm_movemask_epi8(digit));
        const unsigned run = static_cast<unsigned>(std::countr_one(alnum));  // 16 when all are
        const unsigned run_bits = run == 16 ? 0xFFFFu : (1u << run) - 1;
        if ((digit_bits & run_bits) != run_bits) *digits = 0;
        q += run;
        if (run < 16) return q;
    }
#else
    (void)s;
    (void)end;
    (void)digits;
#endif
    return q;
}

#if defined(__SSE2__)
// The classes of up to 64 bytes of a sentence from `base` on, a bit a byte, so
// that the token loop finds where a word or a run of spaces ends with one bit
// scan instead of a look-up a byte. Bytes past the sentence's end have no class.
struct Window {
    std::size_t base = 0;
    std::uint64_t alnum = 0, digit = 0, space = 0;
    /// The window's bytes, and sixteen more (zero past the sentence), so that a
    /// word's bytes are lower-cased by one sixteen-byte load wherever it starts.
    alignas(16) char bytes[80];

    void load(std::string_view text, std::size_t from, std::size_t end) {
        base = from;
        const std::size_t n = std::min<std::size_t>(64, end - from);
        if (n == 64) {
            std::memcpy(bytes, text.data() + from, 64);
            std::memset(bytes + 64, 0, 16);
        } else {
            std::memset(bytes, 0, sizeof bytes);
            std::memcpy(bytes, text.data() + from, n);
        }
        const auto in_range = [](__m128i x, char lo, int count) {
            const __m128i shifted = _mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8(lo)), _mm_set1_epi8(static_cast<char>(0x80)));
            return _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(count - 128)));
        };
        alnum = digit = space = 0;
        for (unsigned k = 0; k < 4; ++k) {
            const __m128i v = _mm_load_si128(reinterpret_cast<const __m128i*>(bytes + 16 * k));
            const __m128i d = in_range(v, '0', 10);
            const __m128i l = in_range(_mm_or_si128(v, _mm_set1_epi8(0x20)), 'a', 26);
            const __m128i s = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\t'))),
                                           _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
            alnum |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(_mm_or_si128(d, l)))} << (16 * k);
            digit |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(d))} << (16 * k);
            space |= std::uint64_t{static_cast<std::uint16_t>(_mm_movemask_epi8(s))} << (16 * k);
        }
        if (n < 64) {  // the zero bytes past the sentence are neither
            const std::uint64_t valid = (std::uint64_t{1} << n) - 1;
            alnum &= valid;
            digit &= valid;
            space &= valid;
        }
    }

    /// Writes the sixteen bytes at `from` (a word of at most that many, then
    /// whatever follows) lower-cased to dst, which has room for them.
    void lower16(std::size_t from, char* dst) const {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + (from - base)));
        const __m128i shifted = _mm_xor_si128(_mm_sub_epi8(v, _mm_set1_epi8('A')), _mm_set1_epi8(static_cast<char>(0x80)));
        const __m128i upper = _mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(26 - 128)));
        _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20))));
    }
};
static_assert(Norm::kInline >= 16, "Window::lower16 stores sixteen bytes into a Norm's inline room");
#endif

}  // namespace

std::vector<Token> tokenize(std::string_view text, Span span) {
    std::vector<Token> out;
    tokenize_into(text, span, out);
    return out;
}

void tokenize_into(std::string_view text, Span span, std::vector<Token>& out) {
    // The tokens of the last sentence are written over, not destroyed and built
    // again: `n` counts the ones written, and those past it are dropped at the end.
    std::size_t n = 0;
    const auto next = [&]() -> Token& {
        if (n < out.size()) return out[n++];
        ++n;
        return out.emplace_back();
    };
    std::size_t p = span.start;
    const std::size_t end = span.end;
    if (end > p) out.reserve((end - p) / 4 + 4);  // words and the spaces between them: rarely more
    std::string normalized;  // non-ASCII tokens (rare) are normalized here first
    const auto push = [&](std::size_t from, std::size_t to, TokenKind kind) {
        Token& t = next();
        t.span = {from, to};
        t.kind = kind;
        if (to == from + 1 && static_cast<unsigned char>(text[from]) < 0x80) {
            // One ASCII byte, a mark of punctuation: what normalize() makes of it, with no copy.
            const char c = text[from];
            *t.norm.overwrite(1) = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
            return;
        }
        detail::normalize_into(text.substr(from, to - from), normalized);
        t.norm.assign(normalized);
    };
#if defined(__SSE2__)
    // Most of a sentence is words of ASCII letters and digits that end at a space or
    // a mark, the spaces after them, and one-byte marks: those are taken here, by bit
    // scans over a window of the sentence. Anything else (a possessive, a decimal
    // point, a non-ASCII byte) goes to the general scan below, one token at a time.
    Window w;
    if (p < end) w.load(text, p, end);
#endif
    while (p < end) {
#if defined(__SSE2__)
        if (p >= w.base + 64) w.load(text, p, end);
        unsigned off = static_cast<unsigned>(p - w.base);
        if (const std::uint64_t spaces = w.space >> off; spaces & 1) {
            const unsigned skip = static_cast<unsigned>(std::countr_zero(~spaces));
            p += skip;
            off += skip;
            if (p >= end) break;
            if (off >= 64) continue;
        }
        if (const std::uint64_t alnum = w.alnum >> off; alnum & 1) {
            const unsigned run = static_cast<unsigned>(std::countr_one(alnum));
            const std::size_t q = p + run;
            if (off + run < 64 || q >= end) {
                const std::uint64_t bits = run == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << run) - 1;
                const bool number = ((w.digit >> off) & bits) == bits;
                if (q >= end || (text[q] != '.' && !(number && thousands_at(text, q, end)) &&
                                 static_cast<unsigned char>(text[q]) < 0x80)) {
                    Token& t = next();
                    t.span = {p, q};
                    t.kind = number ? TokenKind::number : TokenKind::word;
                    if (run <= 16)
                        w.lower16(p, t.norm.overwrite(run));
                    else
                        lower_ascii(t.norm.overwrite(run), text.data() + p, run);
                    p = q;
                    continue;
                }
            } else if (off > 0) {  // the word runs past the window: again from its start
                w.load(text, p, end);
                continue;
            }
        } else if (const unsigned char c = static_cast<unsigned char>(text[p]); c < 0x80 && c != '\'') {
            // An ASCII mark (neither space nor letter nor digit): a token of its own.
            Token& t = next();
            t.span = {p, p + 1};
            t.kind = TokenKind::punct;
            *t.norm.overwrite(1) = static_cast<char>(c);
            ++p;
            continue;
        }
#endif
        unsigned char c = static_cast<unsigned char>(text[p]);
        const unsigned char cls = kBytes.cls[c];
        if (cls & kSpace) {
            ++p;
            continue;
        }
        if (cls & kAlnum) {
            // The common token: a word or number that starts with an ASCII letter or
            // digit (no apostrophe to look at), and most often ends at a space or a
            // mark, where the general scan below would stop at once.
            std::size_t q = p;
            unsigned char digits = kDigit;
            q = ascii_alnum_run(text.data(), q, end, &digits);
            while (q < end) {
                const unsigned char k = kBytes.cls[static_cast<unsigned char>(text[q])];
                if (!(k & kAlnum)) break;
                digits &= k;
                ++q;
            }
            if (q == end || (text[q] != '.' && !(digits != 0 && thousands_at(text, q, end)) &&
                             static_cast<unsigned char>(text[q]) < 0x80)) {
                Token& t = next();
                t.span = {p, q};
                t.kind = digits != 0 ? TokenKind::number : TokenKind::word;
                lower_ascii(t.norm.overwrite(q - p), text.data() + p, q - p);
                p = q;
                continue;
            }
            // Else a decimal point or a non-ASCII letter may go on: the general scan, from the start.
        }
        std::size_t alen = 0;
        if ((c == '\'' || c == 0xE2) && is_apostrophe_at(text, p, &alen) && n > 0 &&
            out[n - 1].span.end == p && p + alen < end && (text[p + alen] == 's' || text[p + alen] == 'S') &&
            (p + alen + 1 >= end || !is_word_byte_at(text, p + alen + 1))) {
            Token& t = next();
            t.span = {p, p + alen + 1};
            t.norm = "'s";
            t.kind = TokenKind::punct;
            p += alen + 1;
            continue;
        }
        if (is_word_byte_at(text, p)) {
            std::size_t q = p;
            // The common case first: a run of ASCII letters and digits, sixteen
            // bytes at a time while the sentence has that many left.
            unsigned char digits = kDigit;
            q = ascii_alnum_run(text.data(), q, end, &digits);
            while (q < end) {
                const unsigned char k = kBytes.cls[static_cast<unsigned char>(text[q])];
                if (!(k & kAlnum)) break;
                digits &= k;
                ++q;
            }
            bool all_digits = digits != 0, ascii = true;
            // Then, where it stopped at a decimal point or a non-ASCII byte, the general scan.
            while (q < end) {
                const unsigned char b = static_cast<unsigned char>(text[q]);
                if (b < 0x80) {
                    const unsigned char k = kBytes.cls[b];
                    if (k & kAlnum) {
                        all_digits = all_digits && (k & kDigit);
                        ++q;
                    } else if (b == '.' && all_digits && q + 1 < end && text[q + 1] >= '0' && text[q + 1] <= '9') {
                        ++q;  // decimal point inside a number
                    } else if (all_digits && thousands_at(text, q, end)) {
                        q += 4;  // "1,000 mg": a thousands separator inside a number
                    } else {
                        break;
                    }
                } else if (is_word_byte_at(text, q)) {
                    all_digits = ascii = false;
                    q += utf8_length(b);
                } else {
                    break;
                }
            }
            if (q > end) q = end;
            if (ascii) {  // normalize() of ASCII is lower-casing
                Token& t = next();
                t.span = {p, q};
                t.kind = all_digits ? TokenKind::number : TokenKind::word;
                lower_ascii(t.norm.overwrite(q - p), text.data() + p, q - p);
            } else {
                push(p, q, all_digits ? TokenKind::number : TokenKind::word);
            }
            p = q;
            continue;
        }
        std::size_t len = std::min(utf8_length(c), end - p);
        // "ClearFocus™ Nootropic Capsules", "PharmaGABA®": a trademark sign marks a brand
        // and says nothing; as a token it would split the name it ends.
        const bool trademark =
            len == 3 ? (c == 0xE2 && static_cast<unsigned char>(text[p + 1]) == 0x84 &&
                        (static_cast<unsigned char>(text[p + 2]) == 0xA2 || static_cast<unsigned char>(text[p + 2]) == 0xA0))
            : len == 2 ? (c == 0xC2 && (static_cast<unsigned char>(text[p + 1]) == 0xAE ||
                                        static_cast<unsigned char>(text[p + 1]) == 0xA9))
                       : false;
        if (!trademark) push(p, p + len, TokenKind::punct);
        p += len;
    }
    out.resize(n);
}

}  // namespace claimgraph::extract
