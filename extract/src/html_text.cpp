#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <optional>
#include <string>

#include "claimgraph/extract/source_text.hpp"
#include "text_builder.hpp"
#include "text_internal.hpp"

// HTML to prose in one forward pass. Nothing is kept per open element (no
// stack), so nesting depth and unclosed tags cost nothing; every search for a
// closing delimiter starts where the previous one stopped, so time is linear.

namespace claimgraph::extract {
namespace {

struct NamedEntity {
    std::string_view name;
    char32_t code;
};

// The HTML 4 character entities (the set every browser and Python's
// html.entities.name2codepoint know), &apos; and the upper-case forms of the
// four markup entities. Sorted by name (byte order) for binary search.
constexpr NamedEntity kEntities[] = {
    {"AElig", 0xC6}, {"AMP", 0x26}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Agrave", 0xC0}, {"Alpha", 0x391},
    {"Aring", 0xC5}, {"Atilde", 0xC3}, {"Auml", 0xC4}, {"Beta", 0x392}, {"Ccedil", 0xC7}, {"Chi", 0x3A7},
    {"Dagger", 0x2021}, {"Delta", 0x394}, {"ETH", 0xD0}, {"Eacute", 0xC9}, {"Ecirc", 0xCA}, {"Egrave", 0xC8},
    {"Epsilon", 0x395}, {"Eta", 0x397}, {"Euml", 0xCB}, {"GT", 0x3E}, {"Gamma", 0x393}, {"Iacute", 0xCD},
    {"Icirc", 0xCE}, {"Igrave", 0xCC}, {"Iota", 0x399}, {"Iuml", 0xCF}, {"Kappa", 0x39A}, {"LT", 0x3C},
    {"Lambda", 0x39B}, {"Mu", 0x39C}, {"Ntilde", 0xD1}, {"Nu", 0x39D}, {"OElig", 0x152}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Ograve", 0xD2}, {"Omega", 0x3A9}, {"Omicron", 0x39F}, {"Oslash", 0xD8}, {"Otilde", 0xD5},
    {"Ouml", 0xD6}, {"Phi", 0x3A6}, {"Pi", 0x3A0}, {"Prime", 0x2033}, {"Psi", 0x3A8}, {"QUOT", 0x22},
    {"Rho", 0x3A1}, {"Scaron", 0x160}, {"Sigma", 0x3A3}, {"THORN", 0xDE}, {"Tau", 0x3A4}, {"Theta", 0x398},
    {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Ugrave", 0xD9}, {"Upsilon", 0x3A5}, {"Uuml", 0xDC}, {"Xi", 0x39E},
    {"Yacute", 0xDD}, {"Yuml", 0x178}, {"Zeta", 0x396}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"acute", 0xB4},
    {"aelig", 0xE6}, {"agrave", 0xE0}, {"alefsym", 0x2135}, {"alpha", 0x3B1}, {"amp", 0x26}, {"and", 0x2227},
    {"ang", 0x2220}, {"apos", 0x27}, {"aring", 0xE5}, {"asymp", 0x2248}, {"atilde", 0xE3}, {"auml", 0xE4},
    {"bdquo", 0x201E}, {"beta", 0x3B2}, {"brvbar", 0xA6}, {"bull", 0x2022}, {"cap", 0x2229}, {"ccedil", 0xE7},
    {"cedil", 0xB8}, {"cent", 0xA2}, {"chi", 0x3C7}, {"circ", 0x2C6}, {"clubs", 0x2663}, {"cong", 0x2245},
    {"copy", 0xA9}, {"crarr", 0x21B5}, {"cup", 0x222A}, {"curren", 0xA4}, {"dArr", 0x21D3}, {"dagger", 0x2020},
    {"darr", 0x2193}, {"deg", 0xB0}, {"delta", 0x3B4}, {"diams", 0x2666}, {"divide", 0xF7}, {"eacute", 0xE9},
    {"ecirc", 0xEA}, {"egrave", 0xE8}, {"empty", 0x2205}, {"emsp", 0x2003}, {"ensp", 0x2002}, {"epsilon", 0x3B5},
    {"equiv", 0x2261}, {"eta", 0x3B7}, {"eth", 0xF0}, {"euml", 0xEB}, {"euro", 0x20AC}, {"exist", 0x2203},
    {"fnof", 0x192}, {"forall", 0x2200}, {"frac12", 0xBD}, {"frac14", 0xBC}, {"frac34", 0xBE}, {"frasl", 0x2044},
    {"gamma", 0x3B3}, {"ge", 0x2265}, {"gt", 0x3E}, {"hArr", 0x21D4}, {"harr", 0x2194}, {"hearts", 0x2665},
    {"hellip", 0x2026}, {"iacute", 0xED}, {"icirc", 0xEE}, {"iexcl", 0xA1}, {"igrave", 0xEC}, {"image", 0x2111},
    {"infin", 0x221E}, {"int", 0x222B}, {"iota", 0x3B9}, {"iquest", 0xBF}, {"isin", 0x2208}, {"iuml", 0xEF},
    {"kappa", 0x3BA}, {"lArr", 0x21D0}, {"lambda", 0x3BB}, {"lang", 0x2329}, {"laquo", 0xAB}, {"larr", 0x2190},
    {"lceil", 0x2308}, {"ldquo", 0x201C}, {"le", 0x2264}, {"lfloor", 0x230A}, {"lowast", 0x2217}, {"loz", 0x25CA},
    {"lrm", 0x200E}, {"lsaquo", 0x2039}, {"lsquo", 0x2018}, {"lt", 0x3C}, {"macr", 0xAF}, {"mdash", 0x2014},
    {"micro", 0xB5}, {"middot", 0xB7}, {"minus", 0x2212}, {"mu", 0x3BC}, {"nabla", 0x2207}, {"nbsp", 0xA0},
    {"ndash", 0x2013}, {"ne", 0x2260}, {"ni", 0x220B}, {"not", 0xAC}, {"notin", 0x2209}, {"nsub", 0x2284},
    {"ntilde", 0xF1}, {"nu", 0x3BD}, {"oacute", 0xF3}, {"ocirc", 0xF4}, {"oelig", 0x153}, {"ograve", 0xF2},
    {"oline", 0x203E}, {"omega", 0x3C9}, {"omicron", 0x3BF}, {"oplus", 0x2295}, {"or", 0x2228}, {"ordf", 0xAA},
    {"ordm", 0xBA}, {"oslash", 0xF8}, {"otilde", 0xF5}, {"otimes", 0x2297}, {"ouml", 0xF6}, {"para", 0xB6},
    {"part", 0x2202}, {"permil", 0x2030}, {"perp", 0x22A5}, {"phi", 0x3C6}, {"pi", 0x3C0}, {"piv", 0x3D6},
    {"plusmn", 0xB1}, {"pound", 0xA3}, {"prime", 0x2032}, {"prod", 0x220F}, {"prop", 0x221D}, {"psi", 0x3C8},
    {"quot", 0x22}, {"rArr", 0x21D2}, {"radic", 0x221A}, {"rang", 0x232A}, {"raquo", 0xBB}, {"rarr", 0x2192},
    {"rceil", 0x2309}, {"rdquo", 0x201D}, {"real", 0x211C}, {"reg", 0xAE}, {"rfloor", 0x230B}, {"rho", 0x3C1},
    {"rlm", 0x200F}, {"rsaquo", 0x203A}, {"rsquo", 0x2019}, {"sbquo", 0x201A}, {"scaron", 0x161}, {"sdot", 0x22C5},
    {"sect", 0xA7}, {"shy", 0xAD}, {"sigma", 0x3C3}, {"sigmaf", 0x3C2}, {"sim", 0x223C}, {"spades", 0x2660},
    {"sub", 0x2282}, {"sube", 0x2286}, {"sum", 0x2211}, {"sup", 0x2283}, {"sup1", 0xB9}, {"sup2", 0xB2},
    {"sup3", 0xB3}, {"supe", 0x2287}, {"szlig", 0xDF}, {"tau", 0x3C4}, {"there4", 0x2234}, {"theta", 0x3B8},
    {"thetasym", 0x3D1}, {"thinsp", 0x2009}, {"thorn", 0xFE}, {"tilde", 0x2DC}, {"times", 0xD7}, {"trade", 0x2122},
    {"uArr", 0x21D1}, {"uacute", 0xFA}, {"uarr", 0x2191}, {"ucirc", 0xFB}, {"ugrave", 0xF9}, {"uml", 0xA8},
    {"upsih", 0x3D2}, {"upsilon", 0x3C5}, {"uuml", 0xFC}, {"weierp", 0x2118}, {"xi", 0x3BE}, {"yacute", 0xFD},
    {"yen", 0xA5}, {"yuml", 0xFF}, {"zeta", 0x3B6}, {"zwj", 0x200D}, {"zwnj", 0x200C},
};

// Elements whose start and end end a line: they separate blocks of prose.
constexpr std::string_view kBlockElements[] = {
    "address", "article", "aside",  "blockquote", "body",   "br",       "caption", "center", "dd",
    "details", "dialog",  "dir",    "div",        "dl",     "dt",       "fieldset", "figcaption", "figure",
    "footer",  "form",    "h1",     "h2",         "h3",     "h4",       "h5",      "h6",     "head",
    "header",  "hgroup",  "hr",     "html",       "legend", "li",       "main",    "menu",   "nav",
    "ol",      "optgroup", "option", "p",         "pre",    "section",  "summary", "table",  "tbody",
    "td",      "tfoot",   "th",     "thead",      "tr",     "ul"};

// Elements whose content is raw text up to their end tag, and not prose.
constexpr std::string_view kRawTextElements[] = {"iframe", "noembed", "noframes", "script",
                                                 "style",  "textarea", "title",   "xmp"};

// Windows-1252 for the C1 range, as HTML decodes &#128;–&#159; (0 where HTML keeps the code point).
constexpr std::array<char16_t, 32> kWindows1252 = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_alpha(c) || is_digit(c); }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

template <std::size_t N>
bool member(const std::string_view (&set)[N], std::string_view name) {
    return std::find(std::begin(set), std::end(set), name) != std::end(set);
}

using detail::iequals;

std::optional<char32_t> named_entity(std::string_view name) {
    auto it = std::lower_bound(std::begin(kEntities), std::end(kEntities), name,
                               [](const NamedEntity& e, std::string_view n) { return e.name < n; });
    if (it != std::end(kEntities) && it->name == name) return it->code;
    return std::nullopt;
}

// What a character reference reads as: spaces for whitespace and controls
// (they separate words), nothing for the invisible joiners and the soft hyphen
// (they sit inside words), U+FFFD for what is not a character.
std::string reference_text(char32_t cp) {
    if (cp >= 0x80 && cp <= 0x9F && kWindows1252[cp - 0x80] != 0) cp = kWindows1252[cp - 0x80];
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = 0xFFFD;
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0xA0) return " ";
    if (cp == 0xAD || cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F) return "";
    std::string out;
    detail::append_utf8(out, cp);
    return out;
}

class HtmlReader {
public:
    explicit HtmlReader(std::string_view html) : h_(html), n_(html.size()), b_(html) {}

    DecodedText run() {
        if (h_.substr(0, 3) == "\xEF\xBB\xBF") {
            b_.replace_to(3, "");
            i_ = 3;
        }
        while (i_ < n_) {
            const char c = h_[i_];
            if (c == '<' && markup()) continue;
            if (c == '&' && reference()) continue;
            if (is_space(c) && pre_ == 0) {
                whitespace();
                continue;
            }
            // Any other byte (and '<' or '&' that start nothing) is text, copied.
            last_ = pre_ > 0 && c == '\n' ? Last::line_start : pre_ > 0 && is_space(c) ? Last::space : Last::word;
            ++i_;
        }
        flush();
        DecodedText d = b_.finish();
        detail::tidy_in_place(d.text);  // control bytes (and CRs) left in <pre> text
        return d;
    }

private:
    enum class Last { line_start, space, word };  ///< what the text ends with, pending copy included

    // Copies the pending text [cursor, i_).
    void flush() {
        if (b_.cursor() < i_) b_.copy_to(i_);
    }
    // [i_, end) is markup that is not text.
    void drop(std::size_t end) {
        flush();
        b_.replace_to(end, "");
        i_ = end;
    }
    // [i_, end) is markup that ends a line.
    void line_break(std::size_t end) {
        flush();
        b_.replace_to(end, last_ == Last::line_start ? "" : "\n");
        last_ = Last::line_start;
        i_ = end;
    }

    void whitespace() {
        std::size_t j = i_;
        while (j < n_ && is_space(h_[j])) ++j;
        if (last_ == Last::word && j == i_ + 1 && h_[i_] == ' ') {  // one space between words: a plain copy
            last_ = Last::space;
            i_ = j;
            return;
        }
        flush();
        b_.replace_to(j, last_ == Last::word ? " " : "");
        if (last_ == Last::word) last_ = Last::space;
        i_ = j;
    }

    // Past the attributes of a tag whose name ends at k: after its '>', or the
    // end of the input (a tag cut off by the end is dropped, as browsers do).
    std::size_t tag_end(std::size_t k) const {
        while (k < n_) {
            const char c = h_[k];
            if (c == '>') return k + 1;
            if (is_space(c) || c == '/') {
                ++k;
                continue;
            }
            if (c == '=') ++k;  // '=' may start an attribute name
            while (k < n_ && !is_space(h_[k]) && h_[k] != '/' && h_[k] != '>' && h_[k] != '=') ++k;
            while (k < n_ && is_space(h_[k])) ++k;
            if (k < n_ && h_[k] == '=') {
                ++k;
                while (k < n_ && is_space(h_[k])) ++k;
                if (k < n_ && (h_[k] == '"' || h_[k] == '\'')) {
                    const std::size_t q = h_.find(h_[k], k + 1);
                    if (q == std::string_view::npos) return n_;
                    k = q + 1;
                } else {
                    while (k < n_ && !is_space(h_[k]) && h_[k] != '>') ++k;
                }
            }
        }
        return n_;
    }

    // Where "</name" (any case, then a space, '/', '>' or the end) starts after k, or the end.
    std::size_t end_tag_of(std::string_view name, std::size_t k) const {
        while ((k = h_.find("</", k)) != std::string_view::npos) {
            const std::size_t after = k + 2 + name.size();
            if (after <= n_ && iequals(h_.substr(k + 2, name.size()), name) &&
                (after == n_ || is_space(h_[after]) || h_[after] == '/' || h_[after] == '>'))
                return k;
            k += 2;
        }
        return n_;
    }

    // Up to and past `delim` from k, or the end.
    std::size_t past(std::string_view delim, std::size_t k) const {
        const std::size_t f = h_.find(delim, k);
        return f == std::string_view::npos ? n_ : f + delim.size();
    }

    // Past the "-->" (or the rarer "--!>") that ends a comment whose text starts at k, or the end.
    std::size_t comment_end(std::size_t k) const {
        while ((k = h_.find("--", k)) != std::string_view::npos) {
            if (h_.compare(k + 2, 1, ">") == 0) return k + 3;
            if (h_.compare(k + 2, 2, "!>") == 0) return k + 4;
            ++k;
        }
        return n_;
    }

    // A tag, comment or declaration at '<'; false when the '<' is text ("dose < 5 mg").
    bool markup() {
        if (i_ + 1 >= n_) return false;
        const char d = h_[i_ + 1];
        if (d == '!') {
            if (h_.compare(i_, 4, "<!--") == 0) {
                std::size_t k = i_ + 4;
                if (h_.compare(k, 1, ">") == 0) {
                    drop(k + 1);  // <!-->
                } else if (h_.compare(k, 2, "->") == 0) {
                    drop(k + 2);  // <!--->
                } else {
                    drop(comment_end(k));
                }
            } else if (h_.compare(i_, 9, "<![CDATA[") == 0) {
                drop(past("]]>", i_ + 9));
            } else {
                drop(past(">", i_ + 2));  // <!DOCTYPE …> and other declarations
            }
            return true;
        }
        if (d == '?') {
            drop(past(">", i_ + 2));
            return true;
        }
        const bool end_tag = d == '/';
        const std::size_t name_start = i_ + (end_tag ? 2 : 1);
        if (end_tag && name_start < n_ && h_[name_start] == '>') {
            drop(name_start + 1);  // "</>"
            return true;
        }
        if (name_start >= n_ || !is_alpha(h_[name_start])) {
            if (!end_tag || name_start >= n_) return false;
            drop(past(">", name_start));  // "</ …>" is a bogus comment
            return true;
        }
        std::size_t k = name_start;
        std::array<char, 12> buf{};
        std::size_t len = 0;
        while (k < n_ && !is_space(h_[k]) && h_[k] != '/' && h_[k] != '>') {
            if (len < buf.size()) buf[len] = lower(h_[k]);
            ++len;
            ++k;
        }
        const std::string_view name = len <= buf.size() ? std::string_view(buf.data(), len) : std::string_view();
        const std::size_t end = tag_end(k);
        if (name == "pre") pre_ = end_tag ? (pre_ > 0 ? pre_ - 1 : 0) : pre_ + 1;
        if (member(kBlockElements, name))
            line_break(end);
        else
            drop(end);
        if (!end_tag && member(kRawTextElements, name)) drop(end_tag_of(name, i_));
        return true;
    }

    // A character reference at '&'; false when it is a plain '&' ("AT&T", "&unknown;").
    bool reference() {
        std::size_t k = i_ + 1;
        std::string out;
        if (k < n_ && h_[k] == '#') {
            ++k;
            const bool hex = k < n_ && (h_[k] == 'x' || h_[k] == 'X');
            if (hex) ++k;
            const std::size_t digits = k;
            std::uint32_t v = 0;
            for (; k < n_; ++k) {
                const char c = h_[k];
                std::uint32_t dv;
                if (is_digit(c))
                    dv = static_cast<std::uint32_t>(c - '0');
                else if (hex && lower(c) >= 'a' && lower(c) <= 'f')
                    dv = static_cast<std::uint32_t>(lower(c) - 'a' + 10);
                else
                    break;
                // Saturates: anything above U+10FFFF is not a character anyway.
                v = std::min<std::uint32_t>(v * (hex ? 16 : 10) + dv, 0x110000);
            }
            if (k == digits) return false;
            if (k < n_ && h_[k] == ';') ++k;
            out = reference_text(v);
        } else {
            std::size_t e = k;
            while (e < n_ && e - k < 32 && is_alnum(h_[e])) ++e;
            if (e == k) return false;
            const std::string_view name = h_.substr(k, e - k);
            const auto cp = named_entity(name);
            if (!cp) return false;
            if (e < n_ && h_[e] == ';') {
                k = e + 1;
            } else {
                // Without ';' only the old markup entities count, and not before more of a word ("&amp=", "&copy2").
                const bool legacy = name == "amp" || name == "lt" || name == "gt" || name == "quot" ||
                                    name == "nbsp" || name == "AMP" || name == "LT" || name == "GT" ||
                                    name == "QUOT";
                if (!legacy || (e < n_ && (is_alnum(h_[e]) || h_[e] == '='))) return false;
                k = e;
            }
            out = reference_text(*cp);
        }
        flush();
        if (out == " " && last_ != Last::word) out.clear();  // a space next to a space, or at a line start
        b_.replace_to(k, out);
        if (!out.empty()) last_ = out == " " ? Last::space : Last::word;
        i_ = k;
        return true;
    }

    std::string_view h_;
    std::size_t n_;
    detail::TextBuilder b_;
    std::size_t i_ = 0;
    std::size_t pre_ = 0;  ///< <pre> elements open: whitespace kept
    Last last_ = Last::line_start;
};

}  // namespace

DecodedText html_to_text(std::string_view html) { return HtmlReader(html).run(); }

}  // namespace claimgraph::extract
