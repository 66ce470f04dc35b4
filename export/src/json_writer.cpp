// The graph as node-link JSON (spec/graph-json.md).
#include <string>
#include <vector>

#include "claimgraph/export/writers.hpp"
#include "json_parts.hpp"
#include "style.hpp"

namespace claimgraph::exporter {
namespace {

void node_json(json::Writer& w, const graph::EntityNode& n) {
    w.begin_object();
    w.key("id");
    w.string(n.name);
    w.key("label");
    w.string(n.name);
    w.key("type");
    w.string(to_string(n.type));
    w.key("aliases");  // std::set: sorted, unique
    w.begin_array();
    for (const std::string& a : n.aliases) w.string(a);
    w.end_array();
    w.key("mentions");
    w.number(n.mentions);
    w.end_object();
}

// A binds mode as JSON: null for none and for every other predicate (json::mode).
void mode_json(json::Writer& w, Predicate p, BindMode m) {
    if (p != Predicate::binds || m == BindMode::none)
        w.null();
    else
        w.string(to_string(m));
}

// One evidence item, the fields of json::evidence() in its order.
void evidence_json(json::Writer& w, const Claim& c) {
    w.begin_object();
    w.key("doc");
    w.string(c.doc);
    w.key("start");
    w.number(c.start);
    w.key("end");
    w.number(c.end);
    w.key("sentence");
    w.string(c.sentence);
    w.key("cue");
    w.string(c.cue);
    w.key("hedged");
    w.boolean(c.hedged);
    w.key("negated");
    w.boolean(c.negated);
    w.key("mode");
    mode_json(w, c.predicate, c.mode);
    w.end_object();
}

void edge_json(json::Writer& w, const graph::ClaimGraph& g, const graph::ClaimEdge& e) {
    w.begin_object();
    w.key("id");
    w.string(e.id());
    w.key("source");
    w.string(e.source);
    w.key("target");
    w.string(e.target);
    w.key("predicate");
    w.string(to_string(e.predicate));
    w.key("support");
    w.number(e.support);
    w.key("documents");
    w.number(e.documents);
    w.key("hedged");
    w.number(e.hedged);
    w.key("negated");
    w.number(e.negated);
    w.key("contradicts");
    w.value(json::contradicts(g, e));
    w.key("evidence");
    w.begin_array();
    for (const Claim& c : e.evidence) evidence_json(w, c);
    w.end_array();
    // Beyond the spec: the binds edge's prevailing mode (null otherwise).
    w.key("mode");
    mode_json(w, e.predicate, style::prevailing_mode(e));
    w.end_object();
}

}  // namespace

// Written as it goes (json::Writer), in the layout of json::dump(..., 2): a graph
// that keeps all its evidence is as large as the text of its sentences, and
// building it as a Json tree first copied every sentence once more.
std::string to_json(const graph::ClaimGraph& g) {
    std::string out;
    // Most of the text is evidence: room for it up front, so that a large graph
    // is not copied at every doubling of the string.
    std::size_t estimate = 4096;
    const std::vector<const graph::ClaimEdge*> edges = g.edges();
    for (const graph::ClaimEdge* e : edges) {
        estimate += 512;
        for (const Claim& c : e->evidence) estimate += 256 + c.doc.size() + c.sentence.size() + c.cue.size();
    }
    out.reserve(estimate);
    json::Writer w(out, 2);
    w.begin_object();
    w.key("directed");
    w.boolean(true);
    w.key("multigraph");
    w.boolean(true);
    w.key("graph");
    w.begin_object();
    w.key("generator");
    w.string(kGenerator);
    w.key("documents");
    w.number(g.documents());
    w.key("sentences");
    w.number(g.sentences());
    w.end_object();
    w.key("nodes");
    w.begin_array();
    for (const graph::EntityNode* n : g.nodes()) node_json(w, *n);
    w.end_array();
    w.key("edges");
    w.begin_array();
    for (const graph::ClaimEdge* e : edges) edge_json(w, g, *e);
    w.end_array();
    w.end_object();
    // Document text is not guaranteed to be valid UTF-8; the writer puts U+FFFD
    // for a bad byte (as nlohmann's `replace` does) instead of throwing.
    out.push_back('\n');
    return out;
}

}  // namespace claimgraph::exporter
