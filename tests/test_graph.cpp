#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "claimgraph/export/writers.hpp"
#include "claimgraph/graph/claim_graph.hpp"

using namespace claimgraph;
using claimgraph::graph::ClaimEdge;
using claimgraph::graph::ClaimGraph;

namespace {

Claim claim(const std::string& doc, std::size_t start, const std::string& subject, Predicate p,
            const std::string& target, const std::string& cue, bool hedged = false, bool negated = false,
            BindMode mode = BindMode::none) {
    Claim c;
    c.doc = doc;
    c.start = start;
    c.end = start + 10;
    c.sentence = "sentence of " + doc + " at " + std::to_string(start);
    c.subject = subject;
    c.subject_type = EntityType::substance;
    c.predicate = p;
    c.target = target;
    c.target_type = p == Predicate::binds ? EntityType::receptor : EntityType::neurotransmitter;
    c.cue = cue;
    c.hedged = hedged;
    c.negated = negated;
    c.mode = mode;
    return c;
}

EntitySighting sighting(const std::string& name, EntityType t, std::vector<std::string> aliases,
                        std::size_t mentions) {
    EntitySighting s;
    s.name = name;
    s.type = t;
    s.aliases = std::move(aliases);
    s.mentions = mentions;
    return s;
}

const ClaimEdge* edge_by_id(const ClaimGraph& g, const std::string& id) {
    for (const ClaimEdge* e : g.edges())
        if (e->id() == id) return e;
    return nullptr;
}

// Three overlapping documents: shared edges, a type conflict, hedged, negated
// and binds evidence of opposite modes, an entity that never takes part in a claim.
std::array<DocumentExtraction, 3> three_docs() {
    DocumentExtraction a;
    a.doc = "a.txt";
    a.sentences = 5;
    a.entities = {sighting("dopamine", EntityType::neurotransmitter, {"da", "dopamine"}, 3),
                  sighting("kratom", EntityType::substance, {"kratom"}, 4),
                  sighting("mystery", EntityType::substance, {"mystery"}, 1),
                  sighting("opioid receptors", EntityType::receptor, {"opioid receptors"}, 1)};
    a.claims = {claim("a.txt", 0, "kratom", Predicate::increases, "dopamine", "boosts"),
                claim("a.txt", 40, "kratom", Predicate::binds, "opioid receptors", "agonist", false, false,
                      BindMode::partial_agonist)};

    DocumentExtraction b;
    b.doc = "b.txt";
    b.sentences = 7;
    b.entities = {sighting("dopamine", EntityType::neurotransmitter, {"dopamine levels"}, 2),
                  sighting("kratom", EntityType::substance, {"mitragyna speciosa"}, 1),
                  sighting("mystery", EntityType::enzyme, {"the mystery"}, 2)};
    b.claims = {claim("b.txt", 3, "kratom", Predicate::increases, "dopamine", "raises", true),
                claim("b.txt", 3, "kratom", Predicate::decreases, "dopamine", "lowers", false, true),
                claim("b.txt", 90, "kratom", Predicate::binds, "opioid receptors", "antagonist", false, false,
                      BindMode::antagonist)};

    DocumentExtraction c;
    c.doc = "c.txt";
    c.sentences = 2;
    c.entities = {sighting("mystery", EntityType::other, {"mystery"}, 5)};
    c.claims = {claim("c.txt", 12, "kratom", Predicate::increases, "dopamine", "elevates", false, true),
                claim("c.txt", 20, "kratom", Predicate::modulates, "serotonin", "affects", true)};
    return {a, b, c};
}

// Everything a graph can be observed through, as one string.
std::string fingerprint(const ClaimGraph& g) {
    std::string names;  // only csv and cytoscape show the document names
    for (const ClaimEdge* e : g.edges()) {
        names += e->id() + ":";
        for (const auto& n : e->doc_names) names += " " + n;
        names += "\n";
    }
    return exporter::to_json(g) + exporter::to_dot(g) + exporter::to_claims_jsonl(g) + names;
}

}  // namespace

TEST_CASE("ClaimGraph: add aggregates claims into edges with exact counters", "[graph]") {
    ClaimGraph g;
    for (const auto& d : three_docs()) g.add(d);

    CHECK(g.documents() == 3);
    CHECK(g.sentences() == 14);
    REQUIRE(g.edges().size() == 4);

    const ClaimEdge* inc = edge_by_id(g, "kratom|increases|dopamine");
    REQUIRE(inc != nullptr);
    CHECK(inc->source == "kratom");
    CHECK(inc->target == "dopamine");
    CHECK(inc->predicate == Predicate::increases);
    CHECK(inc->support == 3);
    CHECK(inc->documents == 3);
    CHECK(inc->doc_names == std::vector<std::string>{"a.txt", "b.txt", "c.txt"});
    CHECK(inc->hedged == 1);
    CHECK(inc->negated == 1);
    REQUIRE(inc->evidence.size() == 3);
    CHECK(inc->evidence[0].cue == "boosts");
    CHECK(inc->evidence[1].cue == "raises");
    CHECK(inc->evidence[2].cue == "elevates");

    const ClaimEdge* binds = edge_by_id(g, "kratom|binds|opioid receptors");
    REQUIRE(binds != nullptr);
    CHECK(binds->modes.at(BindMode::partial_agonist) == 1);
    CHECK(binds->modes.at(BindMode::antagonist) == 1);
}

TEST_CASE("ClaimGraph: node type, aliases and mentions merge across documents", "[graph]") {
    ClaimGraph g;
    for (const auto& d : three_docs()) g.add(d);

    const auto* dopamine = g.find_node("dopamine");
    REQUIRE(dopamine != nullptr);
    CHECK(dopamine->type == EntityType::neurotransmitter);
    CHECK(dopamine->aliases == std::set<std::string>{"da", "dopamine", "dopamine levels"});
    CHECK(dopamine->mentions == 5);

    // substance vs enzyme: the lexicographically smaller wins; `other` never overrides.
    const auto* mystery = g.find_node("mystery");
    REQUIRE(mystery != nullptr);
    CHECK(mystery->type == EntityType::enzyme);
    CHECK(mystery->mentions == 8);
    CHECK(mystery->aliases == std::set<std::string>{"mystery", "the mystery"});

    // Created from a claim alone: the claim's type, no mentions.
    const auto* serotonin = g.find_node("serotonin");
    REQUIRE(serotonin != nullptr);
    CHECK(serotonin->type == EntityType::neurotransmitter);
    CHECK(serotonin->mentions == 0);

    CHECK(g.find_node("nothing") == nullptr);
}

TEST_CASE("ClaimGraph: an unknown type yields to a known one in either order", "[graph]") {
    DocumentExtraction unknown;
    unknown.doc = "u.txt";
    unknown.entities = {sighting("x", EntityType::other, {}, 1)};
    DocumentExtraction known;
    known.doc = "k.txt";
    known.entities = {sighting("x", EntityType::hormone, {}, 1)};

    ClaimGraph g1;
    g1.add(unknown);
    g1.add(known);
    ClaimGraph g2;
    g2.add(known);
    g2.add(unknown);
    CHECK(g1.find_node("x")->type == EntityType::hormone);
    CHECK(g2.find_node("x")->type == EntityType::hormone);
}

TEST_CASE("ClaimGraph: nodes() lists only entities with an edge, sorted by name", "[graph]") {
    ClaimGraph g;
    for (const auto& d : three_docs()) g.add(d);
    std::vector<std::string> names;
    for (const auto* n : g.nodes()) names.push_back(n->name);
    // "mystery" was sighted but takes part in no claim.
    CHECK(names == std::vector<std::string>{"dopamine", "kratom", "opioid receptors", "serotonin"});
}

TEST_CASE("ClaimGraph: edges() sorted by source, predicate name, target", "[graph]") {
    DocumentExtraction d;
    d.doc = "d.txt";
    d.claims = {claim("d.txt", 0, "ab", Predicate::increases, "x", "c"),
                claim("d.txt", 1, "a", Predicate::modulates, "x", "c"),
                claim("d.txt", 2, "a", Predicate::decreases, "y", "c"),
                claim("d.txt", 3, "a", Predicate::decreases, "x", "c"),
                claim("d.txt", 4, "a", Predicate::binds, "z", "c")};
    ClaimGraph g;
    g.add(d);
    std::vector<std::string> ids;
    for (const auto* e : g.edges()) ids.push_back(e->id());
    // "a" before "ab" even though "a|…" sorts after "ab|…" as a string.
    CHECK(ids == std::vector<std::string>{"a|binds|z", "a|decreases|x", "a|decreases|y", "a|modulates|x",
                                          "ab|increases|x"});
}

TEST_CASE("ClaimGraph: a document added twice counts twice, like its support and mentions", "[graph]") {
    // Every add() is a document: the graph keeps nothing per document name, so that
    // its memory does not grow with the corpus. build and merge add each document once.
    auto docs = three_docs();
    ClaimGraph g;
    g.add(docs[0]);
    auto again = docs[0];
    again.sentences = 9;
    g.add(again);
    g.add(docs[0]);
    CHECK(g.documents() == 3);
    CHECK(g.sentences() == 5 + 9 + 5);
    CHECK(g.find_node("kratom")->mentions == 12);
    const ClaimEdge* inc = edge_by_id(g, "kratom|increases|dopamine");
    REQUIRE(inc != nullptr);
    CHECK(inc->support == 3);
    CHECK(inc->documents == 3);
    CHECK(inc->doc_names == std::vector<std::string>{"a.txt"});
    CHECK(inc->evidence.size() == 3);
}

TEST_CASE("ClaimGraph: a document counts once per edge, however many claims it has there", "[graph]") {
    DocumentExtraction d;
    d.doc = "many.txt";
    d.sentences = 3;
    for (std::size_t start : {0u, 20u, 40u})
        d.claims.push_back(claim("many.txt", start, "kratom", Predicate::increases, "dopamine", "boosts"));
    // A claim naming another document (not what extract makes) counts for that name.
    d.claims.push_back(claim("other.txt", 0, "kratom", Predicate::increases, "dopamine", "boosts"));
    d.claims.push_back(claim("many.txt", 60, "kratom", Predicate::decreases, "dopamine", "lowers"));
    ClaimGraph g;
    g.add(d);
    CHECK(g.documents() == 1);
    const ClaimEdge* inc = edge_by_id(g, "kratom|increases|dopamine");
    REQUIRE(inc != nullptr);
    CHECK(inc->support == 4);
    CHECK(inc->documents == 2);
    CHECK(inc->doc_names == std::vector<std::string>{"many.txt", "other.txt"});
    CHECK(edge_by_id(g, "kratom|decreases|dopamine")->documents == 1);
}

TEST_CASE("ClaimGraph: document names are capped like evidence, their count stays exact", "[graph]") {
    // With a cap nothing grows with the number of documents: 50 documents on one
    // edge keep 2 evidence items and 2 names, the first in name order.
    std::vector<DocumentExtraction> docs;
    for (int i = 49; i >= 0; --i) {
        DocumentExtraction d;
        d.doc = "d" + std::to_string(100 + i) + ".txt";
        d.sentences = 1;
        d.claims = {claim(d.doc, 0, "kratom", Predicate::increases, "dopamine", "boosts")};
        docs.push_back(d);
    }
    ClaimGraph g(2);
    for (const auto& d : docs) g.add(d);
    const ClaimEdge* e = edge_by_id(g, "kratom|increases|dopamine");
    REQUIRE(e != nullptr);
    CHECK(g.documents() == 50);
    CHECK(g.sentences() == 50);
    CHECK(e->support == 50);
    CHECK(e->documents == 50);
    CHECK(e->doc_names == std::vector<std::string>{"d100.txt", "d101.txt"});
    CHECK(e->evidence.size() == 2);

    // The same from merged halves, in either grouping.
    ClaimGraph lo(2), hi(2);
    for (std::size_t i = 0; i < docs.size(); ++i) (i % 2 ? lo : hi).add(docs[i]);
    ClaimGraph m(2);
    m.merge(hi);
    m.merge(lo);
    CHECK(fingerprint(m) == fingerprint(g));
    lo.merge(hi);
    CHECK(fingerprint(lo) == fingerprint(g));

    ClaimGraph all;
    for (const auto& d : docs) all.add(d);
    CHECK(edge_by_id(all, "kratom|increases|dopamine")->doc_names.size() == 50);
}

TEST_CASE("ClaimGraph: a claim without a document name takes the extraction's", "[graph]") {
    DocumentExtraction d;
    d.doc = "named.txt";
    d.claims = {claim("", 0, "kratom", Predicate::increases, "dopamine", "boosts")};
    ClaimGraph g;
    g.add(d);
    const ClaimEdge* e = edge_by_id(g, "kratom|increases|dopamine");
    REQUIRE(e != nullptr);
    CHECK(e->documents == 1);
    CHECK(e->doc_names == std::vector<std::string>{"named.txt"});
    CHECK(e->evidence.at(0).doc == "named.txt");
}

TEST_CASE("ClaimGraph: evidence is sorted by evidence_less and capped, counters stay exact", "[graph]") {
    DocumentExtraction d;
    d.doc = "z.txt";
    for (std::size_t start : {50u, 10u, 30u, 20u, 40u})
        d.claims.push_back(claim("z.txt", start, "kratom", Predicate::increases, "dopamine", "boosts",
                                 start == 10u, start == 20u));
    ClaimGraph g(2);
    CHECK(g.max_evidence() == 2);
    g.add(d);
    const ClaimEdge* e = edge_by_id(g, "kratom|increases|dopamine");
    REQUIRE(e != nullptr);
    CHECK(e->support == 5);
    CHECK(e->hedged == 1);
    CHECK(e->negated == 1);
    REQUIRE(e->evidence.size() == 2);
    CHECK(e->evidence[0].start == 10);
    CHECK(e->evidence[1].start == 20);

    ClaimGraph all;
    all.add(d);
    const ClaimEdge* full = edge_by_id(all, "kratom|increases|dopamine");
    REQUIRE(full->evidence.size() == 5);
    CHECK(std::is_sorted(full->evidence.begin(), full->evidence.end(), graph::evidence_less));
}

TEST_CASE("evidence_less is a total order beyond its documented key", "[graph]") {
    Claim a = claim("d", 0, "x", Predicate::increases, "y", "cue");
    Claim b = a;
    CHECK_FALSE(graph::evidence_less(a, b));
    CHECK_FALSE(graph::evidence_less(b, a));
    b.sentence += "!";
    CHECK(graph::evidence_less(a, b) != graph::evidence_less(b, a));
    b = a;
    b.target = "z";
    CHECK(graph::evidence_less(a, b));
    b = a;
    b.hedged = true;
    CHECK(graph::evidence_less(a, b));
    b = a;
    b.doc = "c";  // doc comes first
    b.start = 99;
    CHECK(graph::evidence_less(b, a));
}

TEST_CASE("ClaimGraph: contradictions", "[graph]") {
    ClaimGraph g;
    for (const auto& d : three_docs()) g.add(d);

    SECTION("increases and decreases of the same pair contradict each other; partial negation is self-contradiction") {
        const ClaimEdge* inc = edge_by_id(g, "kratom|increases|dopamine");
        const ClaimEdge* dec = edge_by_id(g, "kratom|decreases|dopamine");
        REQUIRE(inc != nullptr);
        REQUIRE(dec != nullptr);
        // inc: 1 of 3 negated -> also contradicts itself.
        CHECK(g.contradictions(*inc) ==
              std::vector<std::string>{"kratom|decreases|dopamine", "kratom|increases|dopamine"});
        // dec: all of its evidence is negated -> not a self-contradiction.
        CHECK(g.contradictions(*dec) == std::vector<std::string>{"kratom|increases|dopamine"});
    }
    SECTION("partial agonist and antagonist binding of the same pair") {
        const ClaimEdge* binds = edge_by_id(g, "kratom|binds|opioid receptors");
        REQUIRE(binds != nullptr);
        CHECK(g.contradictions(*binds) == std::vector<std::string>{"kratom|binds|opioid receptors"});
    }
    SECTION("an edge with nothing against it") {
        const ClaimEdge* mod = edge_by_id(g, "kratom|modulates|serotonin");
        REQUIRE(mod != nullptr);
        CHECK(g.contradictions(*mod).empty());
    }
    SECTION("opposite directions of a different pair do not contradict") {
        DocumentExtraction d;
        d.doc = "r.txt";
        d.claims = {claim("r.txt", 0, "dopamine", Predicate::decreases, "kratom", "lowers")};
        g.add(d);
        const ClaimEdge* inc = edge_by_id(g, "kratom|increases|dopamine");
        const auto c = g.contradictions(*inc);
        CHECK(std::find(c.begin(), c.end(), "dopamine|decreases|kratom") == c.end());
    }
}

TEST_CASE("ClaimGraph: contradictions survive evidence capping", "[graph]") {
    DocumentExtraction d;
    d.doc = "cap.txt";
    d.claims = {claim("cap.txt", 0, "kratom", Predicate::binds, "mu", "agonist", false, false, BindMode::agonist),
                claim("cap.txt", 5, "kratom", Predicate::binds, "mu", "inverse agonist", false, false,
                      BindMode::inverse_agonist),
                claim("cap.txt", 0, "kratom", Predicate::increases, "dopamine", "boosts"),
                claim("cap.txt", 9, "kratom", Predicate::increases, "dopamine", "boosts", false, true)};
    ClaimGraph g(1);
    g.add(d);
    const ClaimEdge* binds = edge_by_id(g, "kratom|binds|mu");
    const ClaimEdge* inc = edge_by_id(g, "kratom|increases|dopamine");
    REQUIRE(binds->evidence.size() == 1);
    REQUIRE(inc->evidence.size() == 1);
    CHECK(g.contradictions(*binds) == std::vector<std::string>{"kratom|binds|mu"});
    CHECK(g.contradictions(*inc) == std::vector<std::string>{"kratom|increases|dopamine"});

    // Two agonist-like modes do not contradict each other.
    DocumentExtraction same;
    same.doc = "same.txt";
    same.claims = {claim("same.txt", 0, "x", Predicate::binds, "r", "agonist", false, false, BindMode::agonist),
                   claim("same.txt", 1, "x", Predicate::binds, "r", "partial", false, false,
                         BindMode::partial_agonist)};
    ClaimGraph g2;
    g2.add(same);
    CHECK(g2.contradictions(*edge_by_id(g2, "x|binds|r")).empty());
}

TEST_CASE("ClaimGraph: any add order and any merge grouping give byte-identical output", "[graph]") {
    const auto docs = three_docs();
    for (std::size_t cap : {0u, 1u, 2u}) {
        CAPTURE(cap);
        ClaimGraph reference(cap);
        for (const auto& d : docs) reference.add(d);
        const std::string expected = fingerprint(reference);

        // All six add orders.
        std::array<std::size_t, 3> order = {0, 1, 2};
        int permutations = 0;
        do {
            CAPTURE(order[0], order[1], order[2]);
            ClaimGraph g(cap);
            for (std::size_t i : order) g.add(docs[i]);
            CHECK(exporter::to_json(g) == exporter::to_json(reference));
            CHECK(fingerprint(g) == expected);
            ++permutations;
        } while (std::next_permutation(order.begin(), order.end()));
        CHECK(permutations == 6);

        const auto single = [&](std::size_t i) {
            ClaimGraph g(cap);
            g.add(docs[i]);
            return g;
        };
        const auto merged = [&](ClaimGraph x, const ClaimGraph& y) {
            x.merge(y);
            return x;
        };
        const ClaimGraph a = single(0), b = single(1), c = single(2);

        // (a+b)+c, a+(b+c), (c+a)+b, b+(c+a), and merging into an empty graph.
        CHECK(fingerprint(merged(merged(a, b), c)) == expected);
        CHECK(fingerprint(merged(a, merged(b, c))) == expected);
        CHECK(fingerprint(merged(merged(c, a), b)) == expected);
        CHECK(fingerprint(merged(b, merged(c, a))) == expected);
        CHECK(fingerprint(merged(merged(ClaimGraph(cap), merged(c, b)), a)) == expected);

        // Mixing add and merge.
        ClaimGraph mixed(cap);
        mixed.add(docs[2]);
        mixed.merge(merged(b, a));
        CHECK(fingerprint(mixed) == expected);
    }
}

TEST_CASE("ClaimGraph: copies are independent; merging a graph into itself doubles it", "[graph]") {
    const auto docs = three_docs();
    ClaimGraph g;
    g.add(docs[0]);
    const std::string before = exporter::to_json(g);

    ClaimGraph copy = g;
    copy.add(docs[1]);
    CHECK(exporter::to_json(g) == before);
    CHECK(edge_by_id(copy, "kratom|increases|dopamine")->support == 2);

    g.merge(g);
    const ClaimEdge* inc = edge_by_id(g, "kratom|increases|dopamine");
    CHECK(inc->support == 2);
    CHECK(inc->evidence.size() == 2);
    CHECK(inc->documents == 2);
    CHECK(g.documents() == 2);
    CHECK(g.sentences() == 10);
    CHECK(g.find_node("kratom")->mentions == 8);
}

TEST_CASE("ClaimGraph: an empty graph", "[graph]") {
    ClaimGraph g;
    CHECK(g.documents() == 0);
    CHECK(g.sentences() == 0);
    CHECK(g.nodes().empty());
    CHECK(g.edges().empty());
    CHECK(boost::num_vertices(g.boost_graph()) == 0);
}

TEST_CASE("ClaimGraph: names of every length, alike in their first or last bytes, stay apart", "[graph]") {
    // The vertex index hashes a name's bytes in overlapping fixed-size loads.
    std::vector<std::string> names;
    names.push_back("");
    for (std::size_t n = 1; n <= 40; ++n) {
        names.push_back(std::string(n, 'a'));
        names.push_back(std::string(n - 1, 'a') + "b");
        names.push_back("b" + std::string(n - 1, 'a'));
    }
    names.erase(names.begin() + 3);  // "b" a second time
    DocumentExtraction d;
    d.doc = "n.txt";
    for (std::size_t i = 0; i < names.size(); ++i)
        d.entities.push_back(sighting(names[i], EntityType::substance, {names[i]}, i + 1));
    ClaimGraph g;
    g.add(d);
    g.add(d);  // the second time, every name is found again
    for (std::size_t i = 0; i < names.size(); ++i) {
        const auto* n = g.find_node(names[i]);
        REQUIRE(n != nullptr);
        CHECK(n->mentions == 2 * (i + 1));
    }
}

TEST_CASE("ClaimGraph: two known types settle on the same one in either order", "[graph]") {
    DocumentExtraction a;
    a.doc = "a.txt";
    a.entities = {sighting("x", EntityType::hormone, {}, 1), sighting("y", EntityType::enzyme, {}, 1)};
    DocumentExtraction b;
    b.doc = "b.txt";
    b.entities = {sighting("x", EntityType::neurotransmitter, {}, 1), sighting("y", EntityType::enzyme, {}, 1)};
    ClaimGraph g1;
    g1.add(a);
    g1.add(b);
    ClaimGraph g2;
    g2.add(b);
    g2.add(a);
    CHECK(g1.find_node("x")->type == EntityType::hormone);  // "hormone" < "neurotransmitter"
    CHECK(g2.find_node("x")->type == EntityType::hormone);
    CHECK(g1.find_node("y")->type == EntityType::enzyme);
}

TEST_CASE("ClaimGraph: adding an extraction by move builds the graph adding a copy does", "[graph]") {
    for (std::size_t max_evidence : {0u, 1u, 2u}) {
        auto docs = three_docs();
        // A claim without its document's name, and one naming another document.
        docs[1].claims.push_back(claim("", 50, "kratom", Predicate::increases, "dopamine", "lifts"));
        docs[1].claims.push_back(claim("z.txt", 7, "kratom", Predicate::increases, "dopamine", "raises"));
        docs[1].claims.push_back(claim("z.txt", 9, "kratom", Predicate::modulates, "serotonin", "alters"));
        ClaimGraph copied(max_evidence), moved(max_evidence);
        for (const auto& d : docs) copied.add(d);
        for (auto& d : docs) moved.add(std::move(d));
        CHECK(fingerprint(moved) == fingerprint(copied));
        CHECK(moved.documents() == copied.documents());
    }
}
