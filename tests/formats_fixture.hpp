// Graphs for the format tests (unit tests and tests/formats_fixture.cpp, which
// writes them out for the browser tests): every entity type and predicate,
// hedged, negated and contradicted edges, and names and sentences with every
// character some format must escape.
#pragma once

#include <string>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::test {

inline Claim format_claim(const std::string& doc, std::size_t start, const std::string& subject, EntityType stype,
                          Predicate p, const std::string& target, EntityType ttype, const std::string& sentence,
                          const std::string& cue, bool hedged = false, bool negated = false,
                          BindMode mode = BindMode::none) {
    Claim c;
    c.doc = doc;
    c.start = start;
    c.end = start + sentence.size();
    c.sentence = sentence;
    c.subject = subject;
    c.subject_type = stype;
    c.predicate = p;
    c.target = target;
    c.target_type = ttype;
    c.cue = cue;
    c.hedged = hedged;
    c.negated = negated;
    c.mode = mode;
    return c;
}

/// 13 entities (one name of each awkward kind), 12 edges.
inline graph::ClaimGraph awkward_graph(std::size_t max_evidence = 0) {
    using ET = EntityType;
    using P = Predicate;
    DocumentExtraction a;
    a.doc = "a & b/<doc> \"1\".txt";
    a.sentences = 30;
    a.entities = {{"kratom", ET::substance, {"kratom", "mitragyna speciosa"}, 5},
                  {"dopamine", ET::neurotransmitter, {"dopamine", "da"}, 3}};
    a.claims = {
        format_claim(a.doc, 0, "kratom", ET::substance, P::increases, "dopamine", ET::neurotransmitter,
                     "Users say \"kratom boosts dopamine\" in C:\\notes\nsecond line & more </script><script>x</script>.",
                     "boosts"),
        format_claim(a.doc, 200, "kratom", ET::substance, P::increases, "dopamine", ET::neurotransmitter,
                     "Kratom may raise dopamine.", "raise", true),
        format_claim(a.doc, 300, "kratom", ET::substance, P::decreases, "dopamine", ET::neurotransmitter,
                     "Kratom lowers dopamine; or so they say.", "lowers"),
        format_claim(a.doc, 400, "kratom", ET::substance, P::decreases, "cortisol", ET::hormone,
                     "Kratom lowers cortisol.", "lowers"),
        format_claim(a.doc, 500, "kratom", ET::substance, P::binds, "mu-opioid receptor", ET::receptor,
                     "Kratom is a partial agonist at the mu-opioid receptor.", "partial agonist", false, false,
                     BindMode::partial_agonist),
        format_claim(a.doc, 600, "kratom", ET::substance, P::binds, "mu-opioid receptor", ET::receptor,
                     "Kratom antagonises the mu-opioid receptor.", "antagonises", false, false, BindMode::antagonist),
        format_claim(a.doc, 700, "kratom", ET::substance, P::modulates, "serotonin transporter", ET::transporter,
                     "Kratom might affect SERT.", "affect", true),
        format_claim(a.doc, 800, "kratom", ET::substance, P::contains, "mitragynine", ET::substance,
                     "Kratom contains mitragynine.", "contains"),
        format_claim(a.doc, 900, "kratom", ET::substance, P::decreases, "monoamine oxidase", ET::enzyme,
                     "Kratom does not inhibit MAO.", "inhibit", false, true),
        format_claim(a.doc, 1000, "kratom", ET::substance, P::increases, "sedation", ET::condition,
                     std::string("Kratom \xC3\xA9nergises without sedation \xff."), "energises", false, true),
    };
    DocumentExtraction b;
    b.doc = "b.txt";
    b.sentences = 4;
    b.claims = {
        format_claim(b.doc, 0, "say \"ok\" & <b>#1</b> `x`", ET::other, P::modulates, "back\\slash; semi", ET::other,
                     "Odd names \"quoted\" & <tagged>.", "Odd"),
        format_claim(b.doc, 50, "end", ET::other, P::increases, "kratom|increases|dopamine", ET::other,
                     "A name like an edge id, and a node called end.", "like"),
        format_claim(b.doc, 100, "kratom", ET::substance, P::increases, "dopamine", ET::neurotransmitter,
                     "Kratom increases dopamine.", "increases"),
    };
    graph::ClaimGraph g(max_evidence);
    g.add(a);
    g.add(b);
    return g;
}

/// A graph of `n` entities (a few hubs and many leaves) for size-dependent choices.
inline graph::ClaimGraph large_graph(std::size_t n) {
    DocumentExtraction d;
    d.doc = "large.txt";
    d.sentences = n;
    for (std::size_t i = 1; i < n; ++i) {
        const std::string hub = "hub " + std::to_string(i % 7);
        const std::string leaf = "entity " + std::to_string(i);
        d.claims.push_back(format_claim(d.doc, i * 10, hub, EntityType::substance,
                                        static_cast<Predicate>(i % 5), leaf,
                                        static_cast<EntityType>(i % 8), "Hub " + std::to_string(i % 7) + " has a cue for entity " + std::to_string(i) + ".",
                                        "cue", i % 3 == 0, i % 11 == 0));
    }
    graph::ClaimGraph g;
    g.add(d);
    return g;
}

}  // namespace claimgraph::test
