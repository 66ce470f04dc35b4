// The graph as Cytoscape.js JSON, in the .cyjs layout Cytoscape desktop writes:
// graph data beside an `elements` object with `nodes` and `edges` lists, each
// element {"data": {...}}. The styling travels as data (shape, fill, border,
// color, arrow, line, width, label), so one stylesheet of data(...) mappings
// draws it like the DOT; the html format embeds exactly this.
#include <set>
#include <string>

#include "claimgraph/export/writers.hpp"
#include "cytoscape_json.hpp"
#include "json_parts.hpp"
#include "style.hpp"

namespace claimgraph::exporter {
namespace {

using json::Json;

Json node_element(const graph::EntityNode& n) {
    const style::NodeStyle& s = style::node(n.type);
    Json d;
    d["id"] = n.name;
    d["name"] = n.name;  // Cytoscape desktop's and networkx's label column
    d["label"] = n.name;
    d["type"] = std::string(to_string(n.type));
    d["aliases"] = json::strings(n.aliases);
    d["mentions"] = n.mentions;
    d["shape"] = std::string(s.cy_shape);
    d["fill"] = std::string(s.fill);
    d["border"] = std::string(s.border);
    d["border_style"] = std::string(s.border_style);
    Json el;
    el["data"] = std::move(d);
    return el;
}

Json edge_element(const graph::ClaimGraph& g, const graph::ClaimEdge& e, const std::string& element_id) {
    const style::EdgeStyle& s = style::edge(e.predicate);
    const style::EdgeLook l = style::look(e);
    Json d;
    d["id"] = element_id;
    d["key"] = e.id();  // the spec's edge id (equal to id unless a node has the same name)
    d["source"] = e.source;
    d["target"] = e.target;
    d["predicate"] = std::string(to_string(e.predicate));
    d["support"] = e.support;
    d["documents"] = e.documents;
    d["hedged"] = e.hedged;
    d["negated"] = e.negated;
    d["mode"] = json::mode(e.predicate, l.mode);
    Json contradicts = json::contradicts(g, e);
    d["contradicted"] = !contradicts.empty();
    d["contradicts"] = std::move(contradicts);
    // The edge as a whole: what its line style says.
    d["stance"] = l.mostly_negated ? "negated" : l.mostly_hedged ? "hedged" : "asserted";
    d["doc_names"] = json::strings(e.doc_names);
    d["evidence"] = json::evidence_list(e);
    d["label"] = l.label;
    d["color"] = std::string(s.color);
    d["arrow"] = std::string(s.cy_arrow);
    d["line"] = std::string(l.line);
    d["width"] = l.width;
    Json el;
    el["data"] = std::move(d);
    return el;
}

}  // namespace

json::Json cytoscape_json(const graph::ClaimGraph& g) {
    const auto nodes = g.nodes();
    const auto edges = g.edges();

    // Cytoscape.js wants one id space for nodes and edges. Edge ids are the spec's
    // "source|predicate|target"; should an entity be named like one, the edge's
    // element id gets a '#' suffix (its spec id stays in data.key).
    std::set<std::string> taken;
    for (const graph::EntityNode* n : nodes) taken.insert(n->name);

    Json root;
    root["format_version"] = "1.0";
    root["generated_by"] = kGenerator;
    root["target_cytoscapejs_version"] = "~3.34";
    Json meta;
    meta["name"] = "claimgraph";
    meta["generator"] = kGenerator;
    meta["documents"] = g.documents();
    meta["sentences"] = g.sentences();
    root["data"] = std::move(meta);

    Json node_list = Json::array();
    for (const graph::EntityNode* n : nodes) node_list.push_back(node_element(*n));
    Json edge_list = Json::array();
    for (const graph::ClaimEdge* e : edges) {
        std::string id = e->id();
        while (taken.count(id)) id.push_back('#');
        taken.insert(id);
        edge_list.push_back(edge_element(g, *e, id));
    }
    Json elements;
    elements["nodes"] = std::move(node_list);
    elements["edges"] = std::move(edge_list);
    root["elements"] = std::move(elements);
    return root;
}

std::string to_cytoscape(const graph::ClaimGraph& g) {
    std::string out = json::dump(cytoscape_json(g), 1);
    out.push_back('\n');
    return out;
}

}  // namespace claimgraph::exporter
