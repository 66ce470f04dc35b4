#include "claimgraph/extract/source_text.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "bytes.hpp"
#include "text_builder.hpp"

namespace claimgraph::extract {

// --- OffsetMap -----------------------------------------------------------------

namespace {
using Anchor = OffsetMap::Anchor;

// The anchor that starts the piece holding text byte x (x < last anchor's text):
// the last anchor at or before x. Pieces of no text share their text offset
// with the next anchor, so they are never chosen.
std::vector<Anchor>::const_iterator piece_of(const std::vector<Anchor>& anchors, std::size_t x) {
    auto it = std::upper_bound(anchors.begin(), anchors.end(), x,
                               [](std::size_t v, const Anchor& a) { return v < a.text; });
    return it - 1;  // anchors.front().text == 0 <= x
}

bool linear(const Anchor& a, const Anchor& b) { return b.text - a.text == b.source - a.source; }
}  // namespace

std::size_t OffsetMap::source_start(std::size_t x) const {
    if (anchors_.empty()) return x;
    if (x >= anchors_.back().text) return anchors_.back().source;
    auto a = piece_of(anchors_, x);
    auto b = a + 1;
    return linear(*a, *b) ? a->source + (x - a->text) : a->source;
}

std::size_t OffsetMap::source_end(std::size_t x) const {
    if (anchors_.empty() || x == 0) return x;
    if (x > anchors_.back().text) return anchors_.back().source;
    auto a = piece_of(anchors_, x - 1);
    auto b = a + 1;
    return linear(*a, *b) ? a->source + (x - a->text) : b->source;
}

Span OffsetMap::to_source(Span s) const {
    const std::size_t start = source_start(s.start);
    if (s.end <= s.start) return {start, start};
    return {start, std::max(start, source_end(s.end))};
}

// --- UTF-8 ---------------------------------------------------------------------

namespace detail {

std::size_t utf8_sequence(std::string_view s, std::size_t* bad) {
    const auto at = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const auto cont = [&](std::size_t i) { return i < s.size() && (at(i) & 0xC0) == 0x80; };
    const unsigned char c = at(0);
    *bad = 1;
    if (c < 0x80) return 1;
    if (c < 0xC2 || c > 0xF4) return 0;  // a continuation byte, an overlong lead, or beyond U+10FFFF
    if (c < 0xE0) return cont(1) ? 2 : 0;
    // The second byte's range excludes overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4).
    unsigned char lo = 0x80, hi = 0xBF;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
    if (s.size() < 2 || at(1) < lo || at(1) > hi) return 0;
    *bad = 2;
    if (!cont(2)) return 0;
    if (c < 0xF0) return 3;
    *bad = 3;
    return cont(3) ? 4 : 0;
}

void append_utf8(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x80) {
        out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
}

// --- TextBuilder ---------------------------------------------------------------

void TextBuilder::emit(std::size_t source_length, std::string_view out) {
    if (source_length == 0 && out.empty()) return;
    const bool is_linear = source_length == out.size();
    if (!(is_linear && last_linear_)) {
        // A new piece starts here (consecutive linear pieces are one piece).
        const Anchor a{text_.size(), cursor_};
        if (anchors_.back().text != a.text || anchors_.back().source != a.source) anchors_.push_back(a);
        last_linear_ = is_linear;
    }
    text_.append(out);
    cursor_ += source_length;
}

void TextBuilder::copy_to(std::size_t end) {
    end = std::min(end, src_.size());
    while (cursor_ < end) {
        // The longest well-formed run from the cursor, ASCII first (the common case).
        std::size_t p = cursor_;
        std::size_t bad = 0;
        while (p < end) {
            if (static_cast<unsigned char>(src_[p]) < 0x80) {
                ++p;
                continue;
            }
            const std::size_t n = utf8_sequence(src_.substr(p, end - p), &bad);
            if (n == 0) break;
            p += n;
        }
        if (p > cursor_) emit(p - cursor_, src_.substr(cursor_, p - cursor_));
        if (p < end) {
            if (invalid_++ == 0) first_invalid_ = cursor_;
            emit(bad, "\xEF\xBF\xBD");
        }
    }
}

void TextBuilder::replace_to(std::size_t end, std::string_view out) {
    end = std::clamp(end, cursor_, src_.size());
    emit(end - cursor_, out);
}

DecodedText TextBuilder::finish() {
    copy_to(src_.size());
    DecodedText d;
    d.invalid_utf8 = invalid_;
    d.first_invalid_utf8 = first_invalid_;
    if (anchors_.size() > 1 || !last_linear_) {
        const Anchor last{text_.size(), src_.size()};
        if (anchors_.back().text != last.text || anchors_.back().source != last.source) anchors_.push_back(last);
        d.map = OffsetMap(std::move(anchors_));
    }
    d.text = std::move(text_);
    return d;
}

}  // namespace detail

// --- Plain text ----------------------------------------------------------------

namespace {

// Control characters that text has none (or a stray one) of.
constexpr bool is_binary_control(unsigned char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F;
}

// is_binary_control as a table: one load a byte.
struct BinaryControls {
    unsigned char is[256] = {};
    constexpr BinaryControls() {
        for (int c = 0; c < 256; ++c) is[c] = is_binary_control(static_cast<unsigned char>(c)) ? 1 : 0;
    }
};
constexpr BinaryControls kBinaryControls;

using detail::kHighBits;
using detail::kOnes;
using detail::load64;

// True when one of the eight bytes of v is below 0x20 or is 0x7F: the bytes
// is_binary_control and tidy_in_place look at. Exact, not a mere hint.
bool has_control(std::uint64_t v) {
    const std::uint64_t below_space = (v - kOnes * 0x20) & ~v & kHighBits;
    return below_space != 0 || detail::has_zero_byte(v ^ (kOnes * 0x7F));
}

// The high bit of each byte of v (little-endian) that is below 0x20 or is
// 0x7F, exactly: no carry crosses a byte (each sum stays below 0x100).
std::uint64_t control_bytes(std::uint64_t v) {
    constexpr std::uint64_t low7 = ~kHighBits;
    const std::uint64_t below_space = ~(((v & low7) + kOnes * 0x60) | v) & kHighBits;
    const std::uint64_t t = v ^ (kOnes * 0x7F);
    const std::uint64_t del = ~(((t & low7) + low7) | t) & kHighBits;
    return below_space | del;
}

#if defined(__SSE2__)
// The same sixteen bytes at a time (every x86-64 has SSE2): bit k set when
// byte k of p[0, 16) is below 0x20 or is 0x7F.
unsigned control_mask16(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i below_space = _mm_and_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),    // signed: also 0x80..0xFF,
                                              _mm_cmpgt_epi8(v, _mm_set1_epi8(-1)));     // which this takes out
    const __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(below_space, del)));
}
// Bit k set when byte k of p[0, 16) is not ASCII.
unsigned high_mask16(const char* p) {
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))));
}
#endif

}  // namespace

void detail::tidy_in_place(std::string& t) {
    if (t.compare(0, 3, "\xEF\xBB\xBF") == 0) t.replace(0, 3, "   ");
    const std::size_t n = t.size();
    char* d = t.data();
    for (std::size_t i = 0; i < n; ++i) {
#if defined(__SSE2__)
        while (i + 16 <= n && control_mask16(d + i) == 0) i += 16;  // sixteen bytes with nothing to do
#endif
        while (i + 8 <= n && !has_control(load64(d + i))) i += 8;  // eight bytes with nothing to do
        if (i >= n) break;
        const unsigned char c = static_cast<unsigned char>(d[i]);
        if (c >= 0x20 && c != 0x7F) continue;  // the common case: nothing to do
        if (c == '\r') {
            if (i + 1 == n || d[i + 1] != '\n') d[i] = '\n';
        } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
            d[i] = ' ';
        }
    }
}

bool looks_binary(std::string_view sample) {
    std::size_t controls = 0;
    std::size_t i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= sample.size(); i += 16)
        for (unsigned m = control_mask16(sample.data() + i); m != 0; m &= m - 1)
            controls += kBinaryControls.is[static_cast<unsigned char>(sample[i + static_cast<unsigned>(std::countr_zero(m))])];
#endif
    for (; i + 8 <= sample.size(); i += 8) {
        // Text has a line feed every few dozen bytes, so most words with a
        // control byte have one: only the flagged bytes go to the table.
        for (std::uint64_t m = control_bytes(load64(sample.data() + i)); m != 0; m &= m - 1) {
            const unsigned bit = static_cast<unsigned>(std::countr_zero(m)) >> 3;
            const unsigned k = std::endian::native == std::endian::little ? bit : 7 - bit;
            controls += kBinaryControls.is[static_cast<unsigned char>(sample[i + k])];
        }
    }
    for (; i < sample.size(); ++i) controls += kBinaryControls.is[static_cast<unsigned char>(sample[i])];
    return controls * 20 > sample.size();
}

bool is_valid_utf8(std::string_view s) {
    std::size_t bad = 0;
    for (std::size_t p = 0; p < s.size();) {
        // ASCII sixteen, then eight bytes at a time.
#if defined(__SSE2__)
        while (p + 16 <= s.size() && high_mask16(s.data() + p) == 0) p += 16;
#endif
        while (p + 8 <= s.size() && (load64(s.data() + p) & kHighBits) == 0) p += 8;
        if (p >= s.size()) break;
        if (static_cast<unsigned char>(s[p]) < 0x80) {
            ++p;
            continue;
        }
        const std::size_t n = detail::utf8_sequence(s.substr(p), &bad);
        if (n == 0) return false;
        p += n;
    }
    return true;
}

DecodedText decode_plain_text(std::string_view bytes) {
    DecodedText d;
    if (is_valid_utf8(bytes)) {
        d.text.assign(bytes.begin(), bytes.end());
    } else {
        detail::TextBuilder b(bytes);
        d = b.finish();
    }
    detail::tidy_in_place(d.text);
    return d;
}

DecodedText decode_plain_text(std::string&& bytes) {
    if (!is_valid_utf8(bytes)) return decode_plain_text(std::string_view(bytes));
    DecodedText d;
    d.text = std::move(bytes);
    detail::tidy_in_place(d.text);
    return d;
}

}  // namespace claimgraph::extract
