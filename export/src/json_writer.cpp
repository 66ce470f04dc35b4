// The graph as node-link JSON (spec/graph-json.md).
#include <nlohmann/json.hpp>

#include <string>

#include "claimgraph/export/writers.hpp"

namespace claimgraph::exporter {
namespace {

// ordered_json keeps fields in insertion order, i.e. in the order of the spec.
using Json = nlohmann::ordered_json;

// A binds claim's mode as JSON: null for none and for every other predicate.
Json mode_json(Predicate p, BindMode m) {
    if (p != Predicate::binds || m == BindMode::none) return nullptr;
    return std::string(to_string(m));
}

// The mode most of a binds edge's evidence names (ties: the first in enum order).
Json edge_mode_json(const graph::ClaimEdge& e) {
    if (e.predicate != Predicate::binds) return nullptr;
    BindMode best = BindMode::none;
    std::size_t best_count = 0;
    for (const auto& [mode, count] : e.modes)
        if (mode != BindMode::none && count > best_count) {
            best = mode;
            best_count = count;
        }
    return mode_json(e.predicate, best);
}

Json node_json(const graph::EntityNode& n) {
    Json j;
    j["id"] = n.name;
    j["label"] = n.name;
    j["type"] = std::string(to_string(n.type));
    Json aliases = Json::array();
    for (const std::string& a : n.aliases) aliases.push_back(a);  // std::set: sorted, unique
    j["aliases"] = std::move(aliases);
    j["mentions"] = n.mentions;
    return j;
}

Json evidence_json(const Claim& c) {
    Json j;
    j["doc"] = c.doc;
    j["start"] = c.start;
    j["end"] = c.end;
    j["sentence"] = c.sentence;
    j["cue"] = c.cue;
    j["hedged"] = c.hedged;
    j["negated"] = c.negated;
    j["mode"] = mode_json(c.predicate, c.mode);
    return j;
}

Json edge_json(const graph::ClaimGraph& g, const graph::ClaimEdge& e) {
    Json j;
    j["id"] = e.id();
    j["source"] = e.source;
    j["target"] = e.target;
    j["predicate"] = std::string(to_string(e.predicate));
    j["support"] = e.support;
    j["documents"] = e.documents.size();
    j["hedged"] = e.hedged;
    j["negated"] = e.negated;
    Json contradicts = Json::array();
    for (const std::string& id : g.contradictions(e)) contradicts.push_back(id);
    j["contradicts"] = std::move(contradicts);
    Json evidence = Json::array();
    for (const Claim& c : e.evidence) evidence.push_back(evidence_json(c));
    j["evidence"] = std::move(evidence);
    // Beyond the spec: the binds edge's prevailing mode (null otherwise).
    j["mode"] = edge_mode_json(e);
    return j;
}

}  // namespace

std::string to_json(const graph::ClaimGraph& g) {
    Json root;
    root["directed"] = true;
    root["multigraph"] = true;
    Json meta;
    meta["generator"] = kGenerator;
    meta["documents"] = g.documents();
    meta["sentences"] = g.sentences();
    root["graph"] = std::move(meta);

    Json nodes = Json::array();
    for (const graph::EntityNode* n : g.nodes()) nodes.push_back(node_json(*n));
    root["nodes"] = std::move(nodes);

    Json edges = Json::array();
    for (const graph::ClaimEdge* e : g.edges()) edges.push_back(edge_json(g, *e));
    root["edges"] = std::move(edges);

    // Document text is not guaranteed to be valid UTF-8; `replace` writes U+FFFD
    // for a bad byte instead of throwing, so this never throws for bad input.
    return root.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace claimgraph::exporter
