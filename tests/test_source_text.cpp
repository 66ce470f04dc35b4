// Source text decoding: UTF-8 repair, binary detection, HTML to prose, and the
// offset map that takes the extractor's offsets back to the original bytes.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "claimgraph/extract/source_text.hpp"
#include "claimgraph/extract/text.hpp"

using namespace claimgraph::extract;

namespace {

const std::string kFFFD = "\xEF\xBF\xBD";

std::string slice(std::string_view s, Span sp) { return std::string(s.substr(sp.start, sp.end - sp.start)); }

// The source of each sentence of a decoded text.
std::vector<std::string> sentence_sources(const std::string& source, const DecodedText& d) {
    std::vector<std::string> out;
    for (const Span& s : SentenceSplitter().split(d.text)) out.push_back(slice(source, d.map.to_source(s)));
    return out;
}

// The map's promises, for any text: monotonic, within the source, and exact
// where the text was copied.
void check_map(const std::string& source, const DecodedText& d) {
    std::size_t prev_start = 0, prev_end = 0;
    for (std::size_t x = 0; x <= d.text.size(); ++x) {
        const std::size_t s = d.map.source_start(x), e = d.map.source_end(x);
        REQUIRE(s <= source.size());
        REQUIRE(e <= source.size());
        REQUIRE(s >= prev_start);
        REQUIRE(e >= prev_end);
        prev_start = s;
        prev_end = e;
    }
    CHECK(d.map.source_start(d.text.size()) == (d.map.identity() ? d.text.size() : source.size()));
}

}  // namespace

TEST_CASE("utf8: well-formed sequences are valid, the rest is not", "[source_text]") {
    CHECK(is_valid_utf8(""));
    CHECK(is_valid_utf8("plain ASCII"));
    CHECK(is_valid_utf8("\xCE\xB3-aminobutyric \xE2\x80\x99 \xF0\x9F\x98\x80"));  // γ ’ 😀
    CHECK_FALSE(is_valid_utf8("\xFF"));
    CHECK_FALSE(is_valid_utf8("\xC0\x80"));          // overlong NUL
    CHECK_FALSE(is_valid_utf8("\xE0\x80\x80"));      // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate U+D800
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xE2\x80"));          // cut short
    CHECK_FALSE(is_valid_utf8("\x80"));              // a lone continuation byte
}

TEST_CASE("utf8: invalid bytes become U+FFFD, one per maximal subpart, with their offset", "[source_text]") {
    const std::string src = "Bad \xE2\x80 seq \xF0\x80 x \xFF\xFE.";
    DecodedText d = decode_plain_text(src);
    // As Python's bytes.decode("utf-8", "replace") and every browser do it.
    CHECK(d.text == "Bad " + kFFFD + " seq " + kFFFD + kFFFD + " x " + kFFFD + kFFFD + ".");
    CHECK(d.invalid_utf8 == 5);
    CHECK(d.first_invalid_utf8 == 4);
    CHECK_FALSE(d.map.identity());
    check_map(src, d);
    // Offsets after a repair still land on the original bytes.
    const std::size_t seq = d.text.find("seq");
    CHECK(d.map.source_start(seq) == src.find("seq"));
    CHECK(d.map.to_source({0, d.text.size()}) == Span{0, src.size()});
}

TEST_CASE("utf8: a sentence after invalid bytes is mapped to its original bytes", "[source_text]") {
    const std::string src = "Caf\xE9 is good.\nKratom boosts dopamine.\n";  // Latin-1 é
    DecodedText d = decode_plain_text(src);
    CHECK(d.invalid_utf8 == 1);
    CHECK(d.first_invalid_utf8 == 3);
    const auto sources = sentence_sources(src, d);
    REQUIRE(sources.size() == 2);
    CHECK(sources[0] == "Caf\xE9 is good.");
    CHECK(sources[1] == "Kratom boosts dopamine.");
}

TEST_CASE("plain text: BOM, CR line ends and control bytes are tidied without moving offsets", "[source_text]") {
    using namespace std::string_literals;
    const std::string with_nul = "\xEF\xBB\xBFKratom boosts dopamine.\r\nCaffeine\0raises alertness.\rOld Mac line.\f"s;
    DecodedText d = decode_plain_text(with_nul);
    CHECK(d.map.identity());
    CHECK(d.invalid_utf8 == 0);
    REQUIRE(d.text.size() == with_nul.size());
    CHECK(d.text.substr(0, 3) == "   ");
    CHECK(d.text.find("\r\n") != std::string::npos);  // CRLF kept: the splitter treats CR as a space
    CHECK(d.text.find("Caffeine raises") != std::string::npos);
    CHECK(d.text.find("alertness.\nOld") != std::string::npos);
    const auto spans = SentenceSplitter().split(d.text);
    REQUIRE(spans.size() == 3);
    CHECK(slice(with_nul, spans[0]) == "Kratom boosts dopamine.");
    CHECK(slice(with_nul, spans[2]) == "Old Mac line.");
}

TEST_CASE("plain text: bytes handed over decode as bytes viewed do", "[source_text]") {
    using namespace std::string_literals;
    for (const std::string& bytes : {"\xEF\xBB\xBFKratom boosts dopamine.\r\nCaffeine\0raises alertness.\rOld Mac.\f"s,
                                     "caf\xE9 au lait, na\xEFve \xFF\xFE bytes\r"s, ""s, "plain"s}) {
        const DecodedText viewed = decode_plain_text(std::string_view(bytes));
        std::string handed = bytes;
        const DecodedText taken = decode_plain_text(std::move(handed));
        CHECK(taken.text == viewed.text);
        CHECK(taken.invalid_utf8 == viewed.invalid_utf8);
        CHECK(taken.first_invalid_utf8 == viewed.first_invalid_utf8);
        CHECK(taken.map.identity() == viewed.map.identity());
        CHECK(taken.map.to_source({2, 9}) == viewed.map.to_source({2, 9}));
    }
}

TEST_CASE("binary: control bytes mark binary data; a stray NUL or Latin-1 does not", "[source_text]") {
    CHECK_FALSE(looks_binary(""));
    CHECK_FALSE(looks_binary("Kratom boosts dopamine.\n"));
    CHECK_FALSE(looks_binary(std::string("Kratom boosts dopamine levels in the brain.\0", 45)));
    CHECK_FALSE(looks_binary("Caf\xE9" " cr\xE8" "me br\xFB" "l\xE9" "e, na\xEF" "ve \xE0 la carte."));
    CHECK_FALSE(looks_binary("\x1B[31mred\x1B[0m and page\fbreaks"));
    CHECK(looks_binary(std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR\0\0\x01\0", 20)));
    CHECK(looks_binary(std::string("K\0r\0a\0t\0o\0m\0", 12)));  // UTF-16
    std::mt19937 rng(7);
    std::string random(8192, '\0');
    for (char& c : random) c = static_cast<char>(rng() & 0xFF);
    CHECK(looks_binary(random));
}

TEST_CASE("binary: the word-at-a-time count equals a byte-by-byte count", "[source_text]") {
    // looks_binary() flags eight bytes at once and counts only the flagged ones;
    // every byte value, at every position of a word and near the 5% threshold,
    // must count as the rule says.
    const auto is_control = [](unsigned char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v' && c != 0x1B) || c == 0x7F;
    };
    const auto reference = [&](const std::string& s) {
        std::size_t n = 0;
        for (char c : s) n += is_control(static_cast<unsigned char>(c)) ? 1 : 0;
        return n * 20 > s.size();
    };
    for (int b = 0; b < 256; ++b) {
        for (std::size_t at = 0; at < 24; ++at) {
            std::string s(20, 'a');  // one control byte in 20 is not more than 5%
            s[at % 20] = static_cast<char>(b);
            s[(at * 7 + 3) % 20] = static_cast<char>(255 - b);
            if (at >= 20) s.push_back(static_cast<char>(b));  // 22 bytes, an odd tail
            CHECK(looks_binary(s) == reference(s));
        }
    }
    std::mt19937 rng(11);
    const std::string alphabet = std::string("\x00\x01\x08\t\n\v\f\r\x0E\x1B\x1F\x7F\x80\x9F\xA0\xE2\xFF", 17) + "aZ 0.";
    for (int round = 0; round < 2000; ++round) {
        std::string s(rng() % 80, 'x');
        for (char& c : s)
            if (rng() % 16 == 0) c = alphabet[rng() % alphabet.size()];
        CHECK(looks_binary(s) == reference(s));
    }
}

TEST_CASE("html: scripts, styles, comments and tags are not prose; entities are decoded", "[source_text][html]") {
    const std::string src =
        "<!DOCTYPE html><html><head><title>Kratom boosts title</title><style>p { color: red }</style>"
        "<script>var s = \"<p>Kratom boosts scripts.</p>\";</script></head><body>\n"
        "<h1>Kratom &amp; dopamine</h1>\n"
        "<p class=\"x > y\">Kratom <b>boosts</b>\n   dopamine&nbsp;levels&#8230; It may "
        "<!-- Kratom boosts comments. --> reduce anxiety.</p>"
        "<ul><li>Caffeine raises alertness</li><li>AT&T dose < 5 mg &foo; it&#x2019;s</ul>"
        "<p>dopa&shy;mine &#150; &#0; &#99999999999; &lt;3 &AMP; &eacute;</p></body></html>";
    DecodedText d = html_to_text(src);
    check_map(src, d);
    CHECK(d.text.find("title") == std::string::npos);
    CHECK(d.text.find("color") == std::string::npos);
    CHECK(d.text.find("scripts") == std::string::npos);
    CHECK(d.text.find("comments") == std::string::npos);
    CHECK(d.text.find('<') == d.text.find("< 5 mg"));  // the only '<' left is prose
    CHECK(d.text ==
          "Kratom & dopamine\n"
          "Kratom boosts dopamine levels\xE2\x80\xA6 It may reduce anxiety.\n"
          "Caffeine raises alertness\n"
          "AT&T dose < 5 mg &foo; it\xE2\x80\x99s\n"
          "dopamine \xE2\x80\x93 " + kFFFD + " " + kFFFD + " <3 & \xC3\xA9\n");

    // Every sentence maps back to the bytes it came from, markup included.
    const auto sources = sentence_sources(src, d);
    REQUIRE(sources.size() == 5);
    CHECK(sources[0] == "Kratom &amp; dopamine");
    CHECK(sources[1] ==
          "Kratom <b>boosts</b>\n   dopamine&nbsp;levels&#8230; It may "
          "<!-- Kratom boosts comments. --> reduce anxiety.");
    CHECK(sources[2] == "Caffeine raises alertness");
    CHECK(sources[3] == "AT&T dose < 5 mg &foo; it&#x2019;s");
    CHECK(sources[4] == "dopa&shy;mine &#150; &#0; &#99999999999; &lt;3 &AMP; &eacute;");
}

TEST_CASE("html: pre keeps its lines; block elements end sentences without a period", "[source_text][html]") {
    const std::string src = "<div>Kratom boosts dopamine<div>Caffeine raises alertness</div></div>"
                            "<pre>line one\n  line two</pre>tail<br>end";
    DecodedText d = html_to_text(src);
    CHECK(d.text == "Kratom boosts dopamine\nCaffeine raises alertness\nline one\n  line two\ntail\nend");
    check_map(src, d);
}

TEST_CASE("html: unclosed tags, comments, quotes and raw text end at the end of the input", "[source_text][html]") {
    CHECK(html_to_text("Kratom boosts dopamine. <!-- never closed <p>hidden").text == "Kratom boosts dopamine. ");
    CHECK(html_to_text("Kratom boosts dopamine.<a href=\"never closed>hidden").text == "Kratom boosts dopamine.");
    CHECK(html_to_text("Kratom<script>hidden <p> forever").text == "Kratom");
    CHECK(html_to_text("<p>Kratom <b><i><span>boosts dopamine.").text == "Kratom boosts dopamine.");
    CHECK(html_to_text("a <").text == "a <");
    CHECK(html_to_text("a </").text == "a </");
    CHECK(html_to_text("a </ b> c</>d").text == "a cd");
    CHECK(html_to_text("<![CDATA[ x ]]>y<?php echo 1 ?>z").text == "yz");
    CHECK(html_to_text("x<!---->y<!-->z<!--->w").text == "xyzw");
    CHECK(html_to_text("&").text == "&");
    CHECK(html_to_text("&#").text == "&#");
    CHECK(html_to_text("&#x;").text == "&#x;");
    CHECK(html_to_text("&amp").text == "&");
    CHECK(html_to_text("&ampx").text == "&ampx");
    CHECK(html_to_text("\xEF\xBB\xBF<p>x</p>").text == "x\n");
    const DecodedText bad = html_to_text("<p>Caf\xE9 <b>\xFF</b></p>");
    CHECK(bad.text == "Caf" + kFFFD + " " + kFFFD + "\n");
    CHECK(bad.invalid_utf8 == 2);
    CHECK(bad.first_invalid_utf8 == 6);
}

TEST_CASE("html: 5,000-deep nesting is read in linear time", "[source_text][html]") {
    std::string deep;
    for (int i = 0; i < 5000; ++i) deep += "<div><span class='x'>";
    deep += "Kratom boosts dopamine.";
    std::string unclosed = deep;
    for (int i = 0; i < 5000; ++i) deep += "</span></div>";
    DecodedText d = html_to_text(deep);
    CHECK(d.text == "Kratom boosts dopamine.\n");
    CHECK(html_to_text(unclosed).text == "Kratom boosts dopamine.");
    const auto sources = sentence_sources(deep, d);
    REQUIRE(sources.size() == 1);
    CHECK(sources[0] == "Kratom boosts dopamine.");
}

TEST_CASE("html: time is linear in the input, however hostile", "[source_text][html]") {
    // Inputs that would be quadratic for a parser that rescans: many unclosed
    // comments' worth of "<!--", "</" without the end tag of a raw-text
    // element, quotes never closed.
    const auto seconds = [](const std::string& s) {
        const auto t0 = std::chrono::steady_clock::now();
        DecodedText d = html_to_text(s);
        const auto t1 = std::chrono::steady_clock::now();
        CHECK(d.text.size() <= s.size() * 3);
        return std::chrono::duration<double>(t1 - t0).count();
    };
    const auto repeat = [](std::string_view unit, std::size_t bytes) {
        std::string s;
        while (s.size() < bytes) s += unit;
        return s;
    };
    const std::size_t n = 1 << 20;
    const double ordinary = seconds(repeat("<p>Kratom <b>boosts</b> dopamine &amp; serotonin levels.</p>\n", n));
    for (const char* unit : {"<!-- c -->", "<!-- c --!>", "<script></scrip", "<style>x</styl", "<a b='", "<a b=\"",
                             "&#1234567", "<!-", "<!--", "&amp;", "&amp", "</x", "<b>", "  \n", "<", "&"}) {
        const double t = seconds(repeat(unit, n));
        INFO(unit << ": " << t << " s against " << ordinary << " s for ordinary HTML");
        CHECK(t < 10 * ordinary + 0.05);
    }
}

TEST_CASE("offset map: pieces of another length map to their whole source range", "[source_text]") {
    // text "a&b" from "a&amp;b": a -> 0, & -> [1, 6), b -> 6
    const OffsetMap m({{0, 0}, {1, 1}, {2, 6}, {3, 7}});
    CHECK(m.source_start(0) == 0);
    CHECK(m.source_start(1) == 1);
    CHECK(m.source_start(2) == 6);
    CHECK(m.source_start(3) == 7);
    CHECK(m.source_start(99) == 7);
    CHECK(m.source_end(0) == 0);
    CHECK(m.source_end(1) == 1);
    CHECK(m.source_end(2) == 6);
    CHECK(m.source_end(3) == 7);
    CHECK(m.to_source({1, 2}) == Span{1, 6});
    CHECK(m.to_source({2, 2}) == Span{6, 6});
    const OffsetMap identity;
    CHECK(identity.identity());
    CHECK(identity.to_source({3, 9}) == Span{3, 9});
}

TEST_CASE("offset map: random HTML-like input keeps every promise", "[source_text][html]") {
    std::mt19937 rng(12345);
    const std::vector<std::string> parts = {"<p>", "</p>", "<b>", "&amp;", "&#8230;", "&nbsp;", " ", "\n\n", "Kratom",
                                            " boosts ", "dopamine.", "<!--", "-->", "<script>", "</script>", "\xFF",
                                            "\xE2\x80", "<pre>", "</pre>", "'", "\"", "<a href='", ">", "&", "<"};
    for (int round = 0; round < 300; ++round) {
        std::string src;
        const int n = static_cast<int>(rng() % 40);
        for (int i = 0; i < n; ++i) src += parts[rng() % parts.size()];
        INFO(src);
        const DecodedText d = html_to_text(src);
        CHECK(is_valid_utf8(d.text));
        check_map(src, d);
        const DecodedText p = decode_plain_text(src);
        CHECK(is_valid_utf8(p.text));
        check_map(src, p);
    }
}

TEST_CASE("plain text: the sixteen-byte scans tidy and validate as a byte-by-byte pass does", "[source_text]") {
    // Reference UTF-8 validity, one code point at a time (RFC 3629).
    const auto valid = [](const std::string& s) {
        for (std::size_t i = 0; i < s.size();) {
            const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
            const unsigned char c = b(i);
            std::size_t n = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
            if (n == 0 || i + n > s.size()) return false;
            std::uint32_t cp = n == 1 ? c : c & (0xFF >> (n + 1));
            for (std::size_t k = 1; k < n; ++k) {
                if ((b(i + k) & 0xC0) != 0x80) return false;
                cp = (cp << 6) | (b(i + k) & 0x3F);
            }
            if ((n == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
                return false;
            i += n;
        }
        return true;
    };
    // Reference tidying of valid text: a BOM to spaces, a lone CR to LF, other controls but tab and LF to a space.
    const auto tidy = [](std::string s) {
        if (s.compare(0, 3, "\xEF\xBB\xBF") == 0) s.replace(0, 3, "   ");
        for (std::size_t i = 0; i < s.size(); ++i) {
            const auto c = static_cast<unsigned char>(s[i]);
            if (c == '\r') {
                if (i + 1 == s.size() || s[i + 1] != '\n') s[i] = '\n';
            } else if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
                s[i] = ' ';
            }
        }
        return s;
    };
    std::mt19937 rng(5);
    const std::vector<std::string> pieces = {"a", "Z", " ", ".", "\n", "\r", "\r\n", "\t", std::string(1, '\0'), "\x1B", "\x7F",
                                             "\x1F", "\xCE\xB3", "\xE2\x80\x99", "\xF0\x9F\x98\x80", "\x80", "\xC0\xAF",
                                             "\xED\xA0\x80", "\xFF", "kratom boosts dopamine"};
    for (int round = 0; round < 3000; ++round) {
        std::string s = round % 7 == 0 ? "\xEF\xBB\xBF" : "";
        const std::size_t n = rng() % 40;
        for (std::size_t k = 0; k < n; ++k) s += rng() % 3 == 0 ? pieces[rng() % pieces.size()] : std::string(rng() % 20, 'x');
        INFO("round " << round);
        REQUIRE(is_valid_utf8(s) == valid(s));
        if (valid(s)) REQUIRE(decode_plain_text(s).text == tidy(s));
    }
}
