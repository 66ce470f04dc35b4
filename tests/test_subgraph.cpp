#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "claimgraph/graph/subgraph.hpp"
#include "formats_fixture.hpp"

using namespace claimgraph;
using claimgraph::graph::ClaimGraph;
using claimgraph::graph::SubgraphOptions;

namespace {

using ET = EntityType;
using P = Predicate;

// a -> b -> c -> d, e -> a, plus x binds y (a separate component); b -> c twice.
std::vector<DocumentExtraction> chain_docs() {
    DocumentExtraction d1;
    d1.doc = "one.txt";
    d1.sentences = 10;
    d1.entities = {{"a", ET::substance, {"alpha", "a"}, 2}, {"b", ET::neurotransmitter, {"b"}, 1}};
    d1.claims = {
        test::format_claim("one.txt", 0, "a", ET::substance, P::increases, "b", ET::neurotransmitter, "A ups B.", "ups"),
        test::format_claim("one.txt", 10, "b", ET::neurotransmitter, P::decreases, "c", ET::condition, "B cuts C.",
                           "cuts"),
        test::format_claim("one.txt", 20, "b", ET::neurotransmitter, P::decreases, "c", ET::condition, "B cuts C.",
                           "cuts", true),
    };
    DocumentExtraction d2;
    d2.doc = "two.txt";
    d2.sentences = 7;
    d2.claims = {
        test::format_claim("two.txt", 0, "c", ET::condition, P::modulates, "d", ET::condition, "C and D.", "and"),
        test::format_claim("two.txt", 10, "e", ET::substance, P::increases, "a", ET::substance, "E ups A.", "ups"),
        test::format_claim("two.txt", 20, "x", ET::substance, P::binds, "y", ET::receptor, "X binds Y.", "binds"),
    };
    return {d1, d2};
}

ClaimGraph whole(std::size_t max_evidence = 0) {
    ClaimGraph g(max_evidence);
    for (const auto& d : chain_docs()) g.add(d);
    return g;
}

ClaimGraph part(const SubgraphOptions& o, std::size_t max_evidence = 0) {
    const ClaimGraph g = whole(max_evidence);
    auto s = graph::select(g, o);
    REQUIRE(s.ok());
    ClaimGraph out(max_evidence);
    for (const auto& d : chain_docs()) out.add(graph::restrict(d, s.value()));
    return out;
}

std::vector<std::string> edge_ids(const ClaimGraph& g) {
    std::vector<std::string> out;
    for (const auto* e : g.edges()) out.push_back(e->id());
    return out;
}

}  // namespace

TEST_CASE("subgraph: no options keep everything", "[subgraph]") {
    CHECK(SubgraphOptions{}.keeps_all());
    CHECK(edge_ids(part({})) == edge_ids(whole()));
}

TEST_CASE("subgraph: --focus keeps the neighbourhood, either direction", "[subgraph]") {
    SubgraphOptions o;
    o.focus = "b";
    o.depth = 1;
    CHECK(edge_ids(part(o)) == std::vector<std::string>{"a|increases|b", "b|decreases|c"});
    o.depth = 2;
    CHECK(edge_ids(part(o)) ==
          std::vector<std::string>{"a|increases|b", "b|decreases|c", "c|modulates|d", "e|increases|a"});
    o.depth = 0;
    CHECK(part(o).edges().empty());
}

TEST_CASE("subgraph: the focus by alias or case, and unknown names are errors", "[subgraph]") {
    const ClaimGraph g = whole();
    CHECK(graph::resolve_entity(g, "Alpha").value() == "a");
    CHECK(graph::resolve_entity(g, " B ").value() == "b");
    auto missing = graph::resolve_entity(g, "zeta");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message.find("no entity 'zeta'") != std::string::npos);
    SubgraphOptions o;
    o.focus = "zeta";
    CHECK_FALSE(graph::select(g, o).ok());
}

TEST_CASE("subgraph: support, predicates and types filter edges", "[subgraph]") {
    SubgraphOptions support;
    support.min_support = 2;
    CHECK(edge_ids(part(support)) == std::vector<std::string>{"b|decreases|c"});

    SubgraphOptions preds;
    preds.predicates = {P::increases, P::binds};
    CHECK(edge_ids(part(preds)) == std::vector<std::string>{"a|increases|b", "e|increases|a", "x|binds|y"});

    SubgraphOptions types;
    types.types = {ET::substance, ET::neurotransmitter};
    CHECK(edge_ids(part(types)) == std::vector<std::string>{"a|increases|b", "e|increases|a"});

    // The focus walks the filtered edges only, and must itself pass the type filter.
    SubgraphOptions both;
    both.focus = "a";
    both.depth = 5;
    both.predicates = {P::increases};
    CHECK(edge_ids(part(both)) == std::vector<std::string>{"a|increases|b", "e|increases|a"});
    both.types = {ET::neurotransmitter};
    CHECK_FALSE(graph::select(whole(), both).ok());
}

TEST_CASE("subgraph: counts stay exact, documents stay the corpus', evidence capped alike", "[subgraph]") {
    SubgraphOptions o;
    o.focus = "c";
    const ClaimGraph g = part(o, 1);
    CHECK(g.documents() == 2);
    CHECK(g.sentences() == 17);
    const auto* e = g.edges().front();
    REQUIRE(e->id() == "b|decreases|c");
    CHECK(e->support == 2);
    CHECK(e->hedged == 1);
    CHECK(e->evidence.size() == 1);
    CHECK(g.find_node("a") == nullptr);  // not a part: its sightings were dropped too
}

TEST_CASE("subgraph: lists of predicates and types", "[subgraph]") {
    CHECK(graph::parse_predicate_list("increases, Binds").value() == std::set<P>{P::increases, P::binds});
    CHECK(graph::parse_type_list("substance,receptor").value() == std::set<ET>{ET::substance, ET::receptor});
    auto bad = graph::parse_predicate_list("increases,raises");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("'raises'") != std::string::npos);
    CHECK_FALSE(graph::parse_type_list(" , ").ok());
}
