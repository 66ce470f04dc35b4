#include <catch2/catch.hpp>

#include <cctype>
#include <fstream>
#include <map>

#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/extract/lexicon.hpp"

using namespace claimgraph;
using namespace claimgraph::extract;

namespace {
const char* kLexicon =
    "name\ttype\taliases\tids\n"
    "# a comment\n"
    "kratom\tsubstance\tmitragyna speciosa|kratom leaves\tMESH:D000074462\n"
    "serotonin\tneurotransmitter\t5-ht|5-hydroxytryptamine|serotonin levels\t\n"
    "serotonin transporter\ttransporter\tsert|serotonin reuptake\t\n"
    "opioid receptors\treceptor\topioid receptor\t\n"
    "well-being\tcondition\twellbeing\t\n";

std::vector<std::string> matched(const Lexicon& lex, const std::string& text) {
    auto tokens = tokenize(text, {0, text.size()});
    std::vector<std::string> out;
    for (const Mention& m : lex.match(tokens)) out.push_back(lex.entity(m.entity).name);
    return out;
}

Lexicon make() {
    Lexicon lex;
    REQUIRE(lex.add_text(kLexicon, "test.tsv").ok());
    return lex;
}
}  // namespace

TEST_CASE("lexicon: case-insensitive matching", "[lexicon]") {
    auto lex = make();
    CHECK(matched(lex, "KRATOM and Mitragyna Speciosa") == std::vector<std::string>{"kratom", "kratom"});
}

TEST_CASE("lexicon: plural and possessive forms", "[lexicon]") {
    auto lex = make();
    CHECK(matched(lex, "opioid receptors and the opioid receptor") ==
          std::vector<std::string>{"opioid receptors", "opioid receptors"});
    CHECK(matched(lex, "kratom's alkaloids") == std::vector<std::string>{"kratom"});
}

TEST_CASE("lexicon: curly and straight apostrophes alike", "[lexicon]") {
    auto lex = make();
    CHECK(matched(lex, "kratom\xE2\x80\x99s effects and kratom's effects") ==
          std::vector<std::string>{"kratom", "kratom"});
}

TEST_CASE("lexicon: longest match wins", "[lexicon]") {
    auto lex = make();
    CHECK(matched(lex, "serotonin reuptake") == std::vector<std::string>{"serotonin transporter"});
    CHECK(matched(lex, "serotonin levels rose") == std::vector<std::string>{"serotonin"});
}

TEST_CASE("lexicon: hyphens are optional inside aliases", "[lexicon]") {
    auto lex = make();
    CHECK(matched(lex, "5-HT and 5 HT, well-being and well being") ==
          std::vector<std::string>{"serotonin", "serotonin", "well-being", "well-being"});
}

TEST_CASE("lexicon: a later file's alias wins", "[lexicon]") {
    auto lex = make();
    REQUIRE(lex.add_text("name\ttype\taliases\tids\nsert protein\treceptor\tsert\t\n", "user.tsv").ok());
    CHECK(matched(lex, "SERT") == std::vector<std::string>{"sert protein"});
}

TEST_CASE("lexicon: malformed lines name the file and line", "[lexicon]") {
    Lexicon lex;
    SECTION("wrong column count") {
        auto s = lex.add_text("name\ttype\taliases\tids\nkratom\tsubstance\n", "bad.tsv");
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().file == "bad.tsv");
        CHECK(s.error().line == 2);
        CHECK(s.error().message.find("bad.tsv:2") != std::string::npos);
    }
    SECTION("unknown type") {
        auto s = lex.add_text("name\ttype\taliases\tids\nkratom\tplant\tx\t\n", "bad.tsv");
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.find("unknown type") != std::string::npos);
    }
    SECTION("empty name") {
        auto s = lex.add_text("name\ttype\taliases\tids\n\tsubstance\tx\t\n", "bad.tsv");
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.find("empty name") != std::string::npos);
    }
    SECTION("missing file") {
        auto s = lex.add_file("/nonexistent/lexicon.tsv");
        REQUIRE_FALSE(s.ok());
        CHECK(s.error().message.find("/nonexistent/lexicon.tsv") != std::string::npos);
    }
}

TEST_CASE("lexicon: the default lexicon in data/ loads", "[lexicon]") {
    Lexicon lex;
    auto s = lex.add_file(std::string(CLAIMGRAPH_DATA_DIR) + "/lexicon.tsv");
    INFO((s.ok() ? "" : s.error().message));
    REQUIRE(s.ok());
    CHECK(lex.size() > 300);
    for (const char* name : {"kratom", "dopamine", "serotonin", "gaba", "prolactin", "opioid receptors",
                             "serotonin transporter", "monoamine oxidase", "anxiety", "well-being"}) {
        INFO(name);
        CHECK(lex.find(name).has_value());
    }
}

TEST_CASE("lexicon: no name in the default lexicon names two entities", "[lexicon]") {
    // A later line's alias silently takes a name from an earlier entity ("black seed oil" and
    // "black seed" both claimed Nigella sativa; "SAM-e" and "S-adenosylmethionine" were two
    // entities), so the data file must not say one name twice.
    std::ifstream in(std::string(CLAIMGRAPH_DATA_DIR) + "/lexicon.tsv");
    REQUIRE(in);
    std::map<std::string, std::pair<std::string, int>> owner;  // name -> entity, line
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> fields;
        for (std::size_t at = 0;;) {
            const std::size_t tab = line.find('\t', at);
            fields.push_back(line.substr(at, tab == std::string::npos ? std::string::npos : tab - at));
            if (tab == std::string::npos) break;
            at = tab + 1;
        }
        std::vector<std::string> names{fields[0]};
        for (std::size_t at = 0; fields.size() > 2 && !fields[2].empty();) {
            const std::size_t bar = fields[2].find('|', at);
            names.push_back(fields[2].substr(at, bar == std::string::npos ? std::string::npos : bar - at));
            if (bar == std::string::npos) break;
            at = bar + 1;
        }
        for (std::string name : names) {
            for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            const auto [it, fresh] = owner.emplace(name, std::make_pair(fields[0], n));
            INFO("'" << name << "' on line " << n << " (" << fields[0] << ") and line " << it->second.second << " ("
                     << it->second.first << ")");
            CHECK((fresh || it->second.first == fields[0]));
        }
    }
}

TEST_CASE("cue lexicon: verbs are inflected", "[lexicon]") {
    CHECK(inflect_verb("boost") == std::vector<std::string>{"boost", "boosts", "boosted", "boosting"});
    CHECK(inflect_verb("reduce") == std::vector<std::string>{"reduce", "reduces", "reduced", "reducing"});
    CHECK(inflect_verb("modify") == std::vector<std::string>{"modify", "modifies", "modified", "modifying"});
    // A final consonant after one vowel may double ("stopped", "controlled"); both spellings are kept.
    CHECK(inflect_verb("stop") ==
          std::vector<std::string>{"stop", "stops", "stoped", "stoping", "stopped", "stopping"});
    CHECK(inflect_verb("control") ==
          std::vector<std::string>{"control", "controls", "controled", "controling", "controlled", "controlling"});
    CHECK(inflect_verb("suppress") ==
          std::vector<std::string>{"suppress", "suppresses", "suppressed", "suppressing"});
}

TEST_CASE("cue lexicon: the cue file in data/ loads, bad lines are errors", "[lexicon]") {
    CueLexicon cues;
    REQUIRE(cues.add_file(std::string(CLAIMGRAPH_DATA_DIR) + "/cues.tsv").ok());
    CHECK(cues.size() > 200);
    auto s = CueLexicon().add_text("boost\tverb\tgrows\n", "cues.tsv");
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == "cues.tsv:1: unknown predicate 'grows'");
}

TEST_CASE("lexicon: a later layer wins over an overlapping longer match", "[lexicon]") {
    Lexicon lex;
    REQUIRE(lex.add_text("name\ttype\taliases\tids\nmaois\tsubstance\tmao inhibitor\t\n", "default.tsv").ok());
    CHECK(matched(lex, "an MAO inhibitor") == std::vector<std::string>{"maois"});
    lex.begin_layer();
    REQUIRE(lex.add_text("name\ttype\taliases\tids\nmao\treceptor\t\t\n", "user.tsv").ok());
    CHECK(matched(lex, "an MAO inhibitor") == std::vector<std::string>{"mao"});
    CHECK(matched(lex, "MAO inhibitors and MAO") == std::vector<std::string>{"mao", "mao"});
}

TEST_CASE("word roles: the file in data/ loads; prefixes, several roles a word, bad lines", "[lexicon]") {
    WordRoles roles;
    REQUIRE(roles.add_file(std::string(CLAIMGRAPH_DATA_DIR) + "/word-roles.tsv").ok());
    CHECK(roles.has("reportedly", WordRole::report));  // "report*"
    CHECK(roles.has("felt", WordRole::report));
    CHECK_FALSE(roles.has("felt", WordRole::filler));
    CHECK(roles.has("intake", WordRole::use));
    CHECK(roles.has("intake", WordRole::intake));
    CHECK_FALSE(roles.has("report", WordRole::use));

    WordRoles mine;
    REQUIRE(mine.add_text("# mine\nKinda\tfiller\nexpos*\tintake\n", "mine.tsv").ok());
    CHECK(mine.has("kinda", WordRole::filler));  // matched on the lower-cased word
    CHECK(mine.has("exposure", WordRole::intake));
    CHECK_FALSE(mine.has("expo", WordRole::intake));

    auto bad = WordRoles().add_text("# roles\nkinda\tfluff\n", "roles.tsv");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("roles.tsv:2: unknown role 'fluff'") == 0);
    // The roles it lists are the table's: the newest are there too.
    CHECK(bad.error().message.find("handling, effects, unit, product") != std::string::npos);
    CHECK(bad.error().line == 2);
    auto columns = WordRoles().add_text("kinda\n", "roles.tsv");
    REQUIRE_FALSE(columns.ok());
    CHECK(columns.error().message.find("roles.tsv:1:") == 0);
}

TEST_CASE("word roles: the rarely asked sets (WordSet) load from the same file", "[lexicon]") {
    WordRoles roles;
    REQUIRE(roles.add_file(std::string(CLAIMGRAPH_DATA_DIR) + "/word-roles.tsv").ok());
    CHECK(roles.has("trace", WordSet::quantity_noun));
    CHECK(roles.has("forums", WordSet::site_word));
    CHECK(roles.has("guide", WordSet::document_word));
    CHECK_FALSE(roles.has("trace", WordSet::site_word));
    CHECK_FALSE(roles.has("dopamine", WordSet::quantity_noun));

    WordRoles mine;
    REQUIRE(mine.add_text("Dollop\tquantity-noun\ndollop\tsite-word\nkinda\tfiller\n", "mine.tsv").ok());
    CHECK(mine.has("dollop", WordSet::quantity_noun));  // lower-cased, and both sets kept
    CHECK(mine.has("dollop", WordSet::site_word));
    CHECK(mine.has("kinda", WordRole::filler));
    CHECK_FALSE(mine.has("dollop", WordRole::filler));

    auto prefix = WordRoles().add_text("dollop*\tquantity-noun\n", "roles.tsv");
    REQUIRE_FALSE(prefix.ok());
    CHECK(prefix.error().message.find("roles.tsv:1: role 'quantity-noun' takes whole words") == 0);
    // An unknown role's message lists the sets too.
    auto bad = WordRoles().add_text("kinda\tfluff\n", "roles.tsv");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("how-bad, quantity-noun, site-word, more-comparative, better-comparative, plant-part, outcome-rank, outcome-noun, maker-word, body-region, document-word, name-adjective, formulation)") !=
          std::string::npos);
}

TEST_CASE("cue lexicon: a property word's target outlives growing and moving the lexicon", "[lexicon]") {
    CueLexicon cues;
    // Short targets (held inside a std::string) are the ones a moved string would take along.
    REQUIRE(cues.add_text("anxiolytic\tproperty\tdecreases anxiety\n", "cues.tsv").ok());
    for (int i = 0; i < 100; ++i)
        REQUIRE(cues.add_text("word" + std::to_string(i) + "\tproperty\tincreases t" + std::to_string(i) + "\n", "cues.tsv").ok());
    const CueLexicon moved = std::move(cues);
    const auto tokens = tokenize("anxiolytic word7", {0, 16});
    const Cue* c = moved.match_at(tokens, 0);
    REQUIRE(c != nullptr);
    CHECK(c->fixed_target == "anxiety");
    CHECK(c->predicate == Predicate::decreases);
    const Cue copy = *c;  // chunks hold copies
    CHECK(copy.fixed_target == "anxiety");
    const Cue* w = moved.match_at(tokens, 1);
    REQUIRE(w != nullptr);
    CHECK(w->fixed_target == "t7");
}

TEST_CASE("cue lexicon: a plain phrase is a cue of class plain", "[lexicon]") {
    CueLexicon cues;
    REQUIRE(cues.add_text("moderate\tverb\tmodulates\nmoderate to severe\tplain\n", "cues.tsv").ok());
    const auto tokens = tokenize("moderate to severe pain", {0, 23});
    const Cue* c = cues.match_at(tokens, 0);
    REQUIRE(c != nullptr);
    CHECK(c->cls == CueClass::plain);
    CHECK(c->words == 3);
}

TEST_CASE("tokenizer: symbols and emoji are marks and letters of any script are words", "[lexicon]") {
    auto kinds = [](const std::string& text) {
        std::string out;
        for (const Token& t : tokenize(text, {0, text.size()}))
            out += t.kind == TokenKind::word ? 'w' : t.kind == TokenKind::number ? 'n' : 'p';
        return out;
    };
    CHECK(kinds("\u2605\u2605\u2605\u2605\u2606 Helps") == "pppppw");  // review stars
    CHECK(kinds("day 45 \U0001F389\uFE0F ok") == "wnppw");              // an emoji and its variation selector
    CHECK(kinds("\u2265 50") == "pn");                                    // a sign of maths
    CHECK(kinds("\u2714 Calms") == "pw");                                 // a tick
    CHECK(kinds("\u03b14\u03b22 caf\u00e9") == "ww");                      // Greek and accented letters
}
