// The extractor's fast paths (word-at-a-time lower-casing, stack buffers in
// Lexicon::match, fixed-size compares in the phrase trie) against the plain
// definitions they replace.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/extract/lexicon.hpp"
#include "claimgraph/extract/text.hpp"

using namespace claimgraph;
using namespace claimgraph::extract;

TEST_CASE("fast paths: a token's norm is normalize() of its bytes", "[fast]") {
    std::mt19937 rng(7);
    const std::string alphabet = "aZbYcXmMqQzZAz09 .,-'\xE2\x80\x99\xCE\xB3@[]\n";
    for (int round = 0; round < 2000; ++round) {
        std::string text;
        const std::size_t n = rng() % 60;
        for (std::size_t i = 0; i < n; ++i) {
            if (rng() % 4 == 0) {
                // a run of one letter case, of every length from 1 to 40
                const std::size_t len = 1 + rng() % 40;
                for (std::size_t k = 0; k < len; ++k) text.push_back(static_cast<char>((rng() % 2 ? 'A' : 'a') + rng() % 26));
            } else {
                text.push_back(alphabet[rng() % alphabet.size()]);
            }
        }
        for (const Token& t : tokenize(text, {0, text.size()})) {
            const std::string bytes = text.substr(t.span.start, t.span.end - t.span.start);
            if (t.norm == "'s") continue;  // the possessive's norm is fixed
            REQUIRE(t.norm == normalize(bytes));
        }
    }
}

TEST_CASE("fast paths: letters around the case boundaries lower-case exactly", "[fast]") {
    std::string all;
    for (int c = '0'; c <= 'z'; ++c)
        if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) all.push_back(static_cast<char>(c));
    for (std::size_t len = 1; len <= all.size(); ++len) {
        const std::string word = all.substr(all.size() - len);
        auto tokens = tokenize(word, {0, word.size()});
        REQUIRE(tokens.size() == 1);
        REQUIRE(tokens[0].norm == normalize(word));
    }
}

TEST_CASE("fast paths: long words and long sentences match like short ones", "[fast]") {
    Lexicon lex;
    REQUIRE(lex.add_text("name\ttype\taliases\tids\n"
                         "pseudoephedrinehydrochloride\tsubstance\tpseudoephedrine hcl\t\n"
                         "kratom\tsubstance\t\t\n",
                         "t.tsv")
                .ok());
    std::string text;
    for (int i = 0; i < 500; ++i) text += "Word" + std::to_string(i) + " ";
    text += "PseudoephedrineHydrochloride and pseudoephedrine-HCl and Kratom";
    auto tokens = tokenize(text, {0, text.size()});
    REQUIRE(tokens.size() > 500);
    const auto mentions = lex.match(tokens);
    REQUIRE(mentions.size() == 3);
    CHECK(lex.entity(mentions[0].entity).name == "pseudoephedrinehydrochloride");
    CHECK(lex.entity(mentions[1].entity).name == "pseudoephedrinehydrochloride");
    CHECK(mentions[1].last - mentions[1].first == 3);  // "pseudoephedrine - hcl"
    CHECK(lex.entity(mentions[2].entity).name == "kratom");
    // Words that share a hash prefix's length but not its bytes never match.
    std::string near = "pseudoephedrinehydrochloridf kratoM kratoms kratomx";
    auto near_tokens = tokenize(near, {0, near.size()});
    const auto near_mentions = lex.match(near_tokens);
    REQUIRE(near_mentions.size() == 2);
    CHECK(near_mentions[0].first == 1);
    CHECK(near_mentions[1].first == 2);
}

namespace {

// The default data's extractor stages, for the tests below that compare a
// reusing path with the plain one on the example articles.
struct Stages {
    Lexicon lexicon;
    CueLexicon cues;
    WordRoles roles;
    Stages() {
        const std::string data = CLAIMGRAPH_DATA_DIR;
        REQUIRE(lexicon.add_file(data + "/lexicon.tsv").ok());
        REQUIRE(lexicon.add_non_entities_file(data + "/not-entities.txt").ok());
        REQUIRE(cues.add_file(data + "/cues.tsv").ok());
        REQUIRE(roles.add_file(data + "/word-roles.tsv").ok());
    }
};

std::string read_file(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The example articles, one after another, and a sentence with more claims
// than ClaimRules finds by a scan (it then indexes them).
std::vector<std::string> sample_texts() {
    std::vector<std::string> texts;
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(std::string(CLAIMGRAPH_SOURCE_DIR) + "/examples/kratom/articles"))
        files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const auto& f : files) texts.push_back(read_file(f));
    REQUIRE(texts.size() >= 5);
    texts.push_back("Kratom, caffeine and nicotine increase dopamine, serotonin, norepinephrine, anxiety, "
                    "pain, sleep, mood and energy. It helps.");
    return texts;
}

bool same_claims(const std::vector<SentenceClaim>& a, const std::vector<SentenceClaim>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto key = [](const SentenceClaim& c) {
            return std::tie(c.unknown_subject, c.subject, c.predicate, c.target, c.cue_chunk, c.hedged, c.negated, c.mode);
        };
        if (key(a[i]) != key(b[i])) return false;
    }
    return true;
}

}  // namespace

TEST_CASE("fast paths: rules applied with one scratch give what fresh rules give", "[fast]") {
    const Stages st;
    const Chunker chunker(st.lexicon, st.cues, st.roles);
    const ClaimRules rules(st.lexicon, st.roles);
    RuleScratch scratch;  // one for every sentence of every text, as Extractor uses it
    std::size_t sentences = 0, most_claims = 0;
    for (const std::string& text : sample_texts()) {
        Discourse discourse;
        for (const Span& span : SentenceSplitter().split(text)) {
            const AnalyzedSentence a = chunker.analyze(text, span, discourse);
            const std::vector<SentenceClaim> fresh = rules.apply(a);
            REQUIRE(same_claims(rules.apply(a, scratch), fresh));
            most_claims = std::max(most_claims, fresh.size());
            ++sentences;
        }
    }
    CHECK(sentences > 200);
    CHECK(most_claims > 16);  // the indexed path ran too
}

TEST_CASE("fast paths: Norm keeps its text through copies, moves and sizes across the inline limit", "[fast]") {
    std::vector<std::string> texts;
    for (std::size_t n : {0u, 1u, 7u, 23u, 24u, 25u, 40u, 300u}) {
        std::string t;
        for (std::size_t i = 0; i < n; ++i) t.push_back(static_cast<char>('a' + i % 26));
        texts.push_back(t);
    }
    for (const std::string& a : texts) {
        Norm n(a);
        CHECK(n == a);
        CHECK(n.size() == a.size());
        Norm copy = n;
        CHECK(copy == a);
        Norm moved = std::move(copy);
        CHECK(moved == a);
        for (const std::string& b : texts) {
            Norm m(b);
            m = n;  // copy-assign over every size, heap to inline and back
            CHECK(m == a);
            Norm o(b);
            o = std::move(m);
            CHECK(o == a);
            o = std::string_view(b);
            CHECK(o == b);
            char* d = o.overwrite(a.size());
            std::copy(a.begin(), a.end(), d);
            CHECK(o == a);
        }
        Norm& self = n;
        n = self;
        CHECK(n == a);
    }
    // Tokens in a growing vector are moved: their norms come along.
    std::vector<Token> tokens;
    for (std::size_t i = 0; i < 200; ++i) {
        Token& t = tokens.emplace_back();
        t.norm = texts[i % texts.size()];
    }
    for (std::size_t i = 0; i < tokens.size(); ++i) CHECK(tokens[i].norm == texts[i % texts.size()]);
    const std::vector<Token> copied = tokens;
    CHECK(copied[7].norm == texts[7]);
    CHECK(copied[7].norm.view() == std::string_view(texts[7]));
}

TEST_CASE("fast paths: runs of sixteen and more bytes split and classify like short ones", "[fast]") {
    const auto kinds = [](const std::string& text, Span span) {
        std::string out;
        for (const Token& t : tokenize(text, span)) {
            out += std::string(t.norm) + (t.kind == TokenKind::number ? "#" : t.kind == TokenKind::word ? "w" : "p");
            out += ' ';
        }
        return out;
    };
    const std::string digits = "12345678901234567890";
    CHECK(kinds(digits, {0, digits.size()}) == digits + "# ");
    CHECK(kinds(digits + "a", {0, digits.size() + 1}) == digits + "aw ");
    CHECK(kinds("a" + digits, {0, digits.size() + 1}) == "a" + digits + "w ");
    CHECK(kinds("123456789012345.5 mg", {0, 20}) == "123456789012345.5# mgw ");
    CHECK(kinds("ABCDEFGHIJKLMNOPQRSTUVWXYZ-Zz", {0, 29}) == "abcdefghijklmnopqrstuvwxyzw -p zzw ");
    CHECK(kinds("abcdefghijklmnop\xCE\xB3qrs and", {0, 25}) == "abcdefghijklmnop\xCE\xB3qrsw andw ");
    // A span that ends inside a long word ends the word there.
    const std::string longword = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (std::size_t end = 1; end <= longword.size(); ++end)
        REQUIRE(kinds(longword, {0, end}) == longword.substr(0, end) + "w ");
    for (std::size_t end = 1; end <= digits.size(); ++end)
        REQUIRE(kinds(digits + "x", {0, end}) == digits.substr(0, end) + "# ");
    // Every byte value after a run of fifteen letters: the run ends exactly where a byte is no letter or digit.
    for (int b = 1; b < 128; ++b) {
        std::string text = "abcdefghijklmno" + std::string(1, static_cast<char>(b)) + "zzzzzzzzzzzzzzzzzz";
        const auto tokens = tokenize(text, {0, text.size()});
        const bool alnum = std::isalnum(b) != 0;
        INFO("byte " << b);
        REQUIRE(!tokens.empty());
        CHECK((tokens[0].span.end == 15) == !alnum);
    }
}

TEST_CASE("fast paths: cue phrases matched on word ids are the phrases matched on tokens", "[fast]") {
    const Stages st;
    std::vector<std::uint32_t> words;
    std::size_t matched = 0;
    for (const std::string& text : sample_texts()) {
        for (const Span& span : SentenceSplitter().split(text)) {
            const std::vector<Token> tokens = tokenize(text, span);
            st.cues.word_ids(tokens, words);
            REQUIRE(words.size() == tokens.size());
            for (std::size_t i = 0; i < tokens.size(); ++i) {
                const Cue* by_token = st.cues.match_at(tokens, i);
                REQUIRE(st.cues.match_at(words, i) == by_token);
                if (by_token) ++matched;
            }
        }
    }
    CHECK(matched > 1000);
}

TEST_CASE("fast paths: TokenWords gives each token the ids both lexicons look up", "[fast]") {
    const Stages st;
    const TokenWords words(st.lexicon, st.cues);
    std::vector<std::uint32_t> cue_words, by_cues, lexicon_words;
    std::vector<Mention> by_ids, by_tokens;
    // Every lexicon alias's words and their plurals, as well as the articles' words.
    std::vector<std::string> texts = sample_texts();
    std::string plurals;
    for (std::size_t e = 0; e < st.lexicon.size(); ++e)
        for (const std::string& name : {st.lexicon.entity(e).name})
            for (const Token& t : tokenize(name, {0, name.size()}))
                plurals += std::string(t.norm) + " " + std::string(t.norm) + "s " + std::string(t.norm) + "es " +
                           (t.norm.ends_with("y") ? std::string(t.norm.view().substr(0, t.norm.size() - 1)) + "ies " : "");
    texts.push_back(plurals);
    std::size_t mentions = 0;
    for (const std::string& text : texts) {
        for (const Span& span : SentenceSplitter().split(text)) {
            const std::vector<Token> tokens = tokenize(text, span);
            words.ids(tokens, cue_words, lexicon_words);
            st.cues.word_ids(tokens, by_cues);
            REQUIRE(cue_words == by_cues);
            st.lexicon.match_into(tokens, lexicon_words, by_ids);
            st.lexicon.match_into(tokens, by_tokens);
            REQUIRE(by_ids.size() == by_tokens.size());
            for (std::size_t m = 0; m < by_ids.size(); ++m) {
                REQUIRE(by_ids[m].first == by_tokens[m].first);
                REQUIRE(by_ids[m].last == by_tokens[m].last);
                REQUIRE(by_ids[m].entity == by_tokens[m].entity);
            }
            mentions += by_ids.size();
        }
    }
    CHECK(mentions > 1000);
}

TEST_CASE("fast paths: a thousands separator stays inside its number, in both scans", "[fast]") {
    // Bug: "1,000" was three tokens, "1", "," and "000".
    auto norms = [](const std::string& text) {
        std::vector<std::string> out;
        for (const Token& t : tokenize(text, {0, text.size()})) out.emplace_back(t.norm.view());
        return out;
    };
    using S = std::vector<std::string>;
    CHECK(norms("take 1,000 mg") == S{"take", "1,000", "mg"});
    CHECK(norms("2,500,000 units, 5,10 and 20") == S{"2,500,000", "units", ",", "5", ",", "10", "and", "20"});
    CHECK(norms("1,0000 and 1,000x") == S{"1", ",", "0000", "and", "1", ",", "000x"});
    // (Past the 64-byte window of the fast scan, and after a non-ASCII word, the general scan.)
    const std::string padded = std::string(70, 'a') + " 3,000 mg caf\u00e9 4,000";
    const auto tail = norms(padded);
    REQUIRE(tail.size() == 5);
    CHECK(tail[1] == "3,000");
    CHECK(tail[4] == "4,000");
    for (const Token& t : tokenize(padded, {0, padded.size()}))
        if (t.norm.view() == "3,000" || t.norm.view() == "4,000") CHECK(t.kind == TokenKind::number);
}
