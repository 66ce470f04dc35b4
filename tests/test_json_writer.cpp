#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/export/writers.hpp"
#include "formats_fixture.hpp"
#include "claimgraph/graph/claim_graph.hpp"

using namespace claimgraph;
using claimgraph::graph::ClaimGraph;
using nlohmann::json;

namespace {

// The fixture's claim builder, with this file's (cue, sentence) argument order.
Claim make_claim(const std::string& doc, std::size_t start, const std::string& subject, EntityType stype,
                 Predicate p, const std::string& target, EntityType ttype, const std::string& cue,
                 const std::string& sentence, bool hedged = false, bool negated = false,
                 BindMode mode = BindMode::none) {
    return test::format_claim(doc, start, subject, stype, p, target, ttype, sentence, cue, hedged, negated, mode);
}

// A hand-made graph: kratom increases dopamine (2 docs, one hedged, one negated),
// kratom decreases dopamine, and kratom binds mu-opioid receptor as a partial
// agonist and as an antagonist.
ClaimGraph small_graph() {
    constexpr auto sub = EntityType::substance;
    constexpr auto nt = EntityType::neurotransmitter;
    constexpr auto rec = EntityType::receptor;

    DocumentExtraction a;
    a.doc = "001_a.txt";
    a.sentences = 4;
    EntitySighting kratom;
    kratom.name = "kratom";
    kratom.type = sub;
    kratom.aliases = {"kratom", "mitragyna speciosa"};
    kratom.mentions = 3;
    EntitySighting dopamine;
    dopamine.name = "dopamine";
    dopamine.type = nt;
    dopamine.aliases = {"dopamine levels"};
    dopamine.mentions = 2;
    a.entities = {dopamine, kratom};
    a.claims = {
        make_claim("001_a.txt", 0, "kratom", sub, Predicate::increases, "dopamine", nt, "boosts",
                   "Kratom boosts dopamine levels."),
        make_claim("001_a.txt", 31, "kratom", sub, Predicate::binds, "mu-opioid receptor", rec, "partial agonist",
                   "Kratom is a partial agonist at the mu-opioid receptor.", false, false,
                   BindMode::partial_agonist),
    };

    DocumentExtraction b;
    b.doc = "002_b.txt";
    b.sentences = 6;
    b.entities = {kratom};
    b.claims = {
        make_claim("002_b.txt", 10, "kratom", sub, Predicate::increases, "dopamine", nt, "raise",
                   "Kratom may raise dopamine.", true),
        make_claim("002_b.txt", 40, "kratom", sub, Predicate::increases, "dopamine", nt, "increase",
                   "Kratom does not increase dopamine.", false, true),
        make_claim("002_b.txt", 80, "kratom", sub, Predicate::decreases, "dopamine", nt, "lowers",
                   "Kratom lowers dopamine.", false, false),
        make_claim("002_b.txt", 120, "kratom", sub, Predicate::binds, "mu-opioid receptor", rec, "antagonist",
                   "Kratom acts as an antagonist at the mu-opioid receptor.", false, false, BindMode::antagonist),
        make_claim("002_b.txt", 200, "kratom", sub, Predicate::binds, "mu-opioid receptor", rec, "partial agonist",
                   "It is a partial agonist of the mu-opioid receptor.", false, false, BindMode::partial_agonist),
    };

    ClaimGraph g;
    g.add(a);
    g.add(b);
    return g;
}

const json& edge_with_id(const json& doc, const std::string& id) {
    for (const json& e : doc.at("edges"))
        if (e.at("id") == id) return e;
    FAIL("no edge " << id);
    return doc;  // unreachable
}

std::vector<std::string> keys_of(const nlohmann::ordered_json& j) {
    std::vector<std::string> keys;
    for (const auto& item : j.items()) keys.push_back(item.key());
    return keys;
}

}  // namespace

TEST_CASE("to_json: top level, graph metadata and nodes", "[json]") {
    const std::string text = exporter::to_json(small_graph());
    REQUIRE(!text.empty());
    CHECK(text.back() == '\n');
    CHECK(text.rfind("{\n  \"directed\": true,\n  \"multigraph\": true,\n", 0) == 0);  // dump(2), spec order

    const auto doc = nlohmann::ordered_json::parse(text);
    CHECK(keys_of(doc) == std::vector<std::string>{"directed", "multigraph", "graph", "nodes", "edges"});
    CHECK(doc["directed"] == true);
    CHECK(doc["multigraph"] == true);
    CHECK(doc["graph"]["generator"] == exporter::kGenerator);
    CHECK(doc["graph"]["documents"] == 2);
    CHECK(doc["graph"]["sentences"] == 10);

    const auto& nodes = doc["nodes"];
    REQUIRE(nodes.size() == 3);
    CHECK(nodes[0]["id"] == "dopamine");
    CHECK(nodes[1]["id"] == "kratom");
    CHECK(nodes[2]["id"] == "mu-opioid receptor");
    CHECK(keys_of(nodes[1]) == std::vector<std::string>{"id", "label", "type", "aliases", "mentions"});
    CHECK(nodes[1]["label"] == "kratom");
    CHECK(nodes[1]["type"] == "substance");
    CHECK(nodes[1]["aliases"] == json::array({"kratom", "mitragyna speciosa"}));
    CHECK(nodes[1]["mentions"] == 6);
    CHECK(nodes[0]["type"] == "neurotransmitter");
    CHECK(nodes[0]["mentions"] == 2);
    CHECK(nodes[2]["type"] == "receptor");
    CHECK(nodes[2]["aliases"] == json::array());
    CHECK(nodes[2]["mentions"] == 0);
}

TEST_CASE("to_json: edges, counters, contradictions and evidence", "[json]") {
    const auto doc = nlohmann::ordered_json::parse(exporter::to_json(small_graph()));
    const auto& edges = doc["edges"];
    REQUIRE(edges.size() == 3);
    CHECK(edges[0]["id"] == "kratom|binds|mu-opioid receptor");
    CHECK(edges[1]["id"] == "kratom|decreases|dopamine");
    CHECK(edges[2]["id"] == "kratom|increases|dopamine");

    const auto& inc = edges[2];
    const auto keys = keys_of(inc);
    const std::vector<std::string> spec_keys = {"id",      "source",  "target",      "predicate", "support",
                                                "documents", "hedged", "negated", "contradicts", "evidence"};
    REQUIRE(keys.size() >= spec_keys.size());
    CHECK(std::vector<std::string>(keys.begin(), keys.begin() + spec_keys.size()) == spec_keys);
    CHECK(inc["source"] == "kratom");
    CHECK(inc["target"] == "dopamine");
    CHECK(inc["predicate"] == "increases");
    CHECK(inc["support"] == 3);
    CHECK(inc["documents"] == 2);
    CHECK(inc["hedged"] == 1);
    CHECK(inc["negated"] == 1);
    // Contradicted by the decreases edge, and by itself (partly negated).
    CHECK(inc["contradicts"] == json::array({"kratom|decreases|dopamine", "kratom|increases|dopamine"}));
    CHECK(inc["mode"].is_null());

    const auto& ev = inc["evidence"];
    REQUIRE(ev.size() == 3);
    CHECK(keys_of(ev[0]) ==
          std::vector<std::string>{"doc", "start", "end", "sentence", "cue", "hedged", "negated", "mode"});
    CHECK(ev[0]["doc"] == "001_a.txt");
    CHECK(ev[0]["start"] == 0);
    CHECK(ev[0]["end"] == 30);
    CHECK(ev[0]["sentence"] == "Kratom boosts dopamine levels.");
    CHECK(ev[0]["cue"] == "boosts");
    CHECK(ev[0]["hedged"] == false);
    CHECK(ev[0]["negated"] == false);
    CHECK(ev[0]["mode"].is_null());
    CHECK(ev[1]["doc"] == "002_b.txt");
    CHECK(ev[1]["hedged"] == true);
    CHECK(ev[2]["negated"] == true);

    const auto& dec = edges[1];
    CHECK(dec["contradicts"] == json::array({"kratom|increases|dopamine"}));
    CHECK(dec["support"] == 1);

    const auto& binds = edges[0];
    CHECK(binds["predicate"] == "binds");
    CHECK(binds["support"] == 3);
    CHECK(binds["contradicts"] == json::array({"kratom|binds|mu-opioid receptor"}));
    CHECK(binds["mode"] == "partial agonist");  // extra field: the prevailing mode
    REQUIRE(binds["evidence"].size() == 3);
    CHECK(binds["evidence"][0]["mode"] == "partial agonist");
    CHECK(binds["evidence"][1]["mode"] == "antagonist");
    CHECK(binds["evidence"][2]["mode"] == "partial agonist");
}

TEST_CASE("to_json: evidence capping keeps exact counters", "[json]") {
    ClaimGraph capped(1);
    capped.merge(small_graph());
    const auto doc = json::parse(exporter::to_json(capped));
    const auto& inc = edge_with_id(doc, "kratom|increases|dopamine");
    CHECK(inc["support"] == 3);
    CHECK(inc["evidence"].size() == 1);
    CHECK(inc["contradicts"].size() == 2);
}

TEST_CASE("to_json: empty graph and deterministic output", "[json]") {
    const std::string empty = exporter::to_json(ClaimGraph{});
    const auto doc = json::parse(empty);
    CHECK(doc["nodes"] == json::array());
    CHECK(doc["edges"] == json::array());
    CHECK(doc["graph"]["documents"] == 0);
    CHECK(exporter::to_json(small_graph()) == exporter::to_json(small_graph()));
}

TEST_CASE("to_json: invalid UTF-8 in a sentence is replaced, not thrown", "[json]") {
    DocumentExtraction d;
    d.doc = "bad.txt";
    d.claims = {make_claim("bad.txt", 0, "kratom", EntityType::substance, Predicate::increases, "dopamine",
                           EntityType::neurotransmitter, "boosts", std::string("Kratom \xff boosts \"dopamine\"."))};
    ClaimGraph g;
    g.add(d);
    std::string text;
    REQUIRE_NOTHROW(text = exporter::to_json(g));
    const auto doc = json::parse(text);
    CHECK(doc["edges"][0]["evidence"][0]["sentence"] == "Kratom \xEF\xBF\xBD boosts \"dopamine\".");
}

TEST_CASE("to_claims_jsonl: one object a line, gold fields first", "[json][claims]") {
    const std::vector<Claim> claims = {
        make_claim("d.txt", 5, "kratom", EntityType::substance, Predicate::binds, "mu-opioid receptor",
                   EntityType::receptor, "agonist", "Kratom is an agonist\nat MOR.", false, false, BindMode::agonist),
        make_claim("d.txt", 50, "kratom", EntityType::substance, Predicate::decreases, "anxiety",
                   EntityType::condition, "eases", "Kratom may ease anxiety.", true),
    };
    const std::string text = exporter::to_claims_jsonl(claims);
    std::istringstream in(text);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    REQUIRE(lines.size() == 2);
    CHECK(text.back() == '\n');

    const auto first = nlohmann::ordered_json::parse(lines[0]);
    CHECK(keys_of(first) == std::vector<std::string>{"doc", "sentence", "subject", "predicate", "target", "hedged",
                                                     "negated", "start", "end", "cue", "mode", "subject_type",
                                                     "target_type"});
    CHECK(first["sentence"] == "Kratom is an agonist\nat MOR.");
    CHECK(first["predicate"] == "binds");
    CHECK(first["mode"] == "agonist");
    CHECK(first["start"] == 5);
    CHECK(first["subject_type"] == "substance");
    CHECK(first["target_type"] == "receptor");

    const auto second = json::parse(lines[1]);
    CHECK(second["mode"].is_null());
    CHECK(second["hedged"] == true);
    CHECK(second["target"] == "anxiety");

    CHECK(exporter::to_claims_jsonl(std::vector<Claim>{}).empty());
}

TEST_CASE("to_claims_jsonl: a graph's evidence in edge order", "[json][claims]") {
    const std::string text = exporter::to_claims_jsonl(small_graph());
    std::istringstream in(text);
    std::vector<std::string> order;
    for (std::string line; std::getline(in, line);) {
        const auto j = json::parse(line);
        order.push_back(j["predicate"].get<std::string>() + "@" + std::to_string(j["start"].get<int>()));
    }
    CHECK(order == std::vector<std::string>{"binds@31", "binds@120", "binds@200", "decreases@80", "increases@0",
                                            "increases@10", "increases@40"});
}

TEST_CASE("json: written bytes are nlohmann's dump of the same document, for every kind of string", "[json]") {
    // The writer serializes without nlohmann's serializer: its bytes must be what
    // nlohmann writes for the same values. Parsing them back and dumping with
    // nlohmann must give them again, whatever the strings hold.
    std::string nasty = "quote \" backslash \\ slash / del \x7F";
    for (int c = 0; c < 0x20; ++c) nasty += std::string(1, static_cast<char>(c)) + "|";
    nasty += " \xCE\xB3 \xE2\x80\x99 \xF0\x9F\x98\x80 end";
    const std::vector<std::string> bad = {"bad \xFF byte", "overlong \xC0\xAF", "surrogate \xED\xA0\x80",
                                          "cut \xE2\x80", "lone \x80 continuation", "\xF5\x80\x80\x80 past U+10FFFF"};
    constexpr auto sub = EntityType::substance;
    constexpr auto nt = EntityType::neurotransmitter;
    DocumentExtraction d;
    d.doc = "doc \"1\"\t.txt";
    d.sentences = 3;
    EntitySighting s;
    s.name = "kratom \\ " + nasty;
    s.type = sub;
    s.aliases = {nasty, bad[0], ""};
    s.mentions = 18446744073709551615ull;  // the largest count: an unsigned number
    d.entities = {s};
    d.claims.push_back(make_claim(d.doc, 0, s.name, sub, Predicate::increases, "dopamine", nt, nasty, nasty));
    for (std::size_t i = 0; i < bad.size(); ++i)
        d.claims.push_back(make_claim(d.doc, 10 + i, s.name, sub, Predicate::decreases, bad[i], nt, bad[i], bad[i]));
    ClaimGraph g;
    g.add(d);
    g.add(DocumentExtraction{});  // an empty document: empty lists in places
    const std::pair<std::string, int> written[] = {{exporter::to_json(g), 2}, {exporter::to_cytoscape(g), 1}};
    for (const auto& [out, indent] : written) {
        REQUIRE(!out.empty());
        REQUIRE(out.back() == '\n');
        const std::string body = out.substr(0, out.size() - 1);
        const auto parsed = nlohmann::ordered_json::parse(body);
        CHECK(parsed.dump(indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace) == body);
    }
}
