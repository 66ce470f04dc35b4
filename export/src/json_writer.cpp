// The graph as node-link JSON (spec/graph-json.md).
#include <nlohmann/json.hpp>

#include <string>

#include "claimgraph/export/writers.hpp"
#include "json_parts.hpp"
#include "style.hpp"

namespace claimgraph::exporter {
namespace {

using json::Json;

Json node_json(const graph::EntityNode& n) {
    Json j;
    j["id"] = n.name;
    j["label"] = n.name;
    j["type"] = std::string(to_string(n.type));
    j["aliases"] = json::strings(n.aliases);  // std::set: sorted, unique
    j["mentions"] = n.mentions;
    return j;
}

Json edge_json(const graph::ClaimGraph& g, const graph::ClaimEdge& e) {
    Json j;
    j["id"] = e.id();
    j["source"] = e.source;
    j["target"] = e.target;
    j["predicate"] = std::string(to_string(e.predicate));
    j["support"] = e.support;
    j["documents"] = e.documents;
    j["hedged"] = e.hedged;
    j["negated"] = e.negated;
    j["contradicts"] = json::contradicts(g, e);
    j["evidence"] = json::evidence_list(e);
    // Beyond the spec: the binds edge's prevailing mode (null otherwise).
    j["mode"] = json::mode(e.predicate, style::prevailing_mode(e));
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
    std::string out = json::dump(root, 2);
    out.push_back('\n');  // not `+ "\n"`, which copies the whole text
    return out;
}

}  // namespace claimgraph::exporter
