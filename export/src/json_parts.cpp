#include "json_parts.hpp"

#include <charconv>
#include <cstdint>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace claimgraph::exporter::json {

Json mode(Predicate p, BindMode m) {
    if (p != Predicate::binds || m == BindMode::none) return nullptr;
    return std::string(to_string(m));
}

Json evidence(const Claim& c) {
    Json j;
    j["doc"] = c.doc;
    j["start"] = c.start;
    j["end"] = c.end;
    j["sentence"] = c.sentence;
    j["cue"] = c.cue;
    j["hedged"] = c.hedged;
    j["negated"] = c.negated;
    j["mode"] = mode(c.predicate, c.mode);
    return j;
}

Json evidence_list(const graph::ClaimEdge& e) {
    Json out = Json::array();
    for (const Claim& c : e.evidence) out.push_back(evidence(c));
    return out;
}

Json contradicts(const graph::ClaimGraph& g, const graph::ClaimEdge& e) { return strings(g.contradictions(e)); }

namespace {

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlong form, no
// surrogate, nothing above U+10FFFF) that starts with the non-ASCII byte s[i];
// 0 when there is none.
std::size_t utf8_sequence_at(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char c = byte(i);
    std::size_t n = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (i + n > s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
    for (std::size_t k = 2; k < n; ++k)
        if ((byte(i + k) & 0xC0) != 0x80) return 0;
    return n;
}

#if defined(__SSE2__)
// Bit k set when byte k of p[0, 16) is a control character, '"', '\\' or not ASCII.
unsigned needs_look16(const char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    // Signed bytes: below 0x20 takes in the non-ASCII ones (negative) too.
    const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i quote = _mm_cmpeq_epi8(v, _mm_set1_epi8('"'));
    const __m128i backslash = _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(low, _mm_or_si128(quote, backslash))));
}
#endif

// `s` quoted and escaped as nlohmann's dump (ensure_ascii false) writes it: '"',
// '\\' and control characters escaped, every other byte as it is. False, with
// nothing appended, when `s` is not valid UTF-8 (the caller lets nlohmann
// replace the bad bytes).
bool append_string(std::string& out, std::string_view s) {
    static constexpr char kHex[] = "0123456789abcdef";
    const std::size_t mark = out.size();
    out.push_back('"');
    std::size_t run = 0;  // start of the bytes not yet appended, which need no escape
    for (std::size_t i = 0; i < s.size();) {
#if defined(__SSE2__)
        // Sixteen bytes at a time while none of them needs a look (every x86-64 has SSE2).
        while (i + 16 <= s.size() && needs_look16(s.data() + i) == 0) i += 16;
        if (i >= s.size()) break;
#endif
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            const std::size_t n = utf8_sequence_at(s, i);
            if (n == 0) {
                out.resize(mark);
                return false;
            }
            i += n;
            continue;
        }
        out.append(s.data() + run, i - run);
        out.push_back('\\');
        switch (c) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '\b': out.push_back('b'); break;
            case '\t': out.push_back('t'); break;
            case '\n': out.push_back('n'); break;
            case '\f': out.push_back('f'); break;
            case '\r': out.push_back('r'); break;
            default:
                out.append("u00");
                out.push_back(kHex[c >> 4]);
                out.push_back(kHex[c & 0xF]);
        }
        run = ++i;
    }
    out.append(s.data() + run, s.size() - run);
    out.push_back('"');
    return true;
}

template <typename Integer>
void append_integer(std::string& out, Integer v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, r.ptr);
}

// nlohmann's serializer::dump, byte for byte, into `out` (which grows once per
// doubling rather than through an output adapter): objects and arrays with
// `step` spaces a level when `pretty`, else compact; the same escapes. Floats,
// binary values and strings that are not valid UTF-8 (U+FFFD for each bad byte)
// are left to nlohmann itself.
void append_json(std::string& out, const Json& v, bool pretty, std::size_t step, std::size_t current) {
    using nlohmann::detail::value_t;
    switch (v.type()) {
        case value_t::object: {
            const auto& object = v.get_ref<const Json::object_t&>();
            if (object.empty()) {
                out.append("{}");
                return;
            }
            const std::size_t inner = current + step;
            out.append(pretty ? "{\n" : "{");
            bool first = true;
            for (const auto& [key, value] : object) {
                if (!first) out.append(pretty ? ",\n" : ",");
                first = false;
                if (pretty) out.append(inner, ' ');
                if (!append_string(out, key)) out.append(Json(key).dump(-1, ' ', false, Json::error_handler_t::replace));
                out.append(pretty ? ": " : ":");
                append_json(out, value, pretty, step, inner);
            }
            if (pretty) {
                out.push_back('\n');
                out.append(current, ' ');
            }
            out.push_back('}');
            return;
        }
        case value_t::array: {
            const auto& array = v.get_ref<const Json::array_t&>();
            if (array.empty()) {
                out.append("[]");
                return;
            }
            const std::size_t inner = current + step;
            out.append(pretty ? "[\n" : "[");
            bool first = true;
            for (const Json& value : array) {
                if (!first) out.append(pretty ? ",\n" : ",");
                first = false;
                if (pretty) out.append(inner, ' ');
                append_json(out, value, pretty, step, inner);
            }
            if (pretty) {
                out.push_back('\n');
                out.append(current, ' ');
            }
            out.push_back(']');
            return;
        }
        case value_t::string: {
            const auto& s = v.get_ref<const Json::string_t&>();
            if (!append_string(out, s)) out.append(v.dump(-1, ' ', false, Json::error_handler_t::replace));
            return;
        }
        case value_t::boolean: out.append(v.get<bool>() ? "true" : "false"); return;
        case value_t::number_integer: append_integer(out, v.get<std::int64_t>()); return;
        case value_t::number_unsigned: append_integer(out, v.get<std::uint64_t>()); return;
        case value_t::null: out.append("null"); return;
        default: out.append(v.dump(-1, ' ', false, Json::error_handler_t::replace)); return;
    }
}

}  // namespace

void Writer::separate() {
    Level& top = levels_.back();
    if (pretty_) {
        out_.append(top.empty ? "\n" : ",\n");
        out_.append(levels_.size() * step_, ' ');
    } else if (!top.empty) {
        out_.push_back(',');
    }
    top.empty = false;
}

void Writer::before_value() {
    if (!levels_.empty() && !levels_.back().object) separate();  // in an object, key() did it
}

void Writer::open(char bracket, bool object) {
    before_value();
    out_.push_back(bracket);
    levels_.push_back({object});
}

void Writer::close(char bracket) {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (pretty_ && !empty) {
        out_.push_back('\n');
        out_.append(levels_.size() * step_, ' ');
    }
    out_.push_back(bracket);
}

void Writer::key(std::string_view k) {
    separate();
    if (!append_string(out_, k)) out_.append(Json(std::string(k)).dump(-1, ' ', false, Json::error_handler_t::replace));
    out_.append(pretty_ ? ": " : ":");
}

void Writer::string(std::string_view s) {
    before_value();
    if (!append_string(out_, s)) out_.append(Json(std::string(s)).dump(-1, ' ', false, Json::error_handler_t::replace));
}

void Writer::boolean(bool b) {
    before_value();
    out_.append(b ? "true" : "false");
}

void Writer::number(std::uint64_t n) {
    before_value();
    append_integer(out_, n);
}

void Writer::null() {
    before_value();
    out_.append("null");
}

void Writer::value(const Json& j) {
    before_value();
    append_json(out_, j, pretty_, step_, levels_.size() * step_);
}

std::string dump(const Json& j, int indent) {
    std::string out;
    append_json(out, j, indent >= 0, indent >= 0 ? static_cast<std::size_t>(indent) : 0, 0);
    return out;
}

}  // namespace claimgraph::exporter::json
