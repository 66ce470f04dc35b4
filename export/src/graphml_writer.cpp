// The graph as GraphML (http://graphml.graphdrawing.org/): one typed <key> per
// attribute, then the nodes and edges with a <data> for every key, so that
// Gephi, yEd, Cytoscape desktop and boost::read_graphml all see every field.
// GraphML has no list type: lists are JSON text in a string attribute.
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/export/writers.hpp"
#include "json_parts.hpp"
#include "style.hpp"
#include "text.hpp"

namespace claimgraph::exporter {
namespace {

struct Key {
    std::string_view id;
    std::string_view domain;  // graph, node, edge
    std::string_view name;
    std::string_view type;    // int, double, string
};

// Every attribute, in the order written. The names are those of graph-json.md
// where it has them; the rest are the styling every diagram format shares.
constexpr Key kKeys[] = {
    {"g_generator", "graph", "generator", "string"},
    {"g_documents", "graph", "documents", "int"},
    {"g_sentences", "graph", "sentences", "int"},
    {"n_label", "node", "label", "string"},
    {"n_type", "node", "type", "string"},
    {"n_aliases", "node", "aliases", "string"},
    {"n_mentions", "node", "mentions", "int"},
    {"n_shape", "node", "shape", "string"},
    {"n_fill", "node", "fill", "string"},
    {"n_border", "node", "border", "string"},
    {"e_predicate", "edge", "predicate", "string"},
    {"e_support", "edge", "support", "int"},
    {"e_documents", "edge", "documents", "int"},
    {"e_hedged", "edge", "hedged", "int"},
    {"e_negated", "edge", "negated", "int"},
    {"e_mode", "edge", "mode", "string"},
    {"e_contradicts", "edge", "contradicts", "string"},
    {"e_label", "edge", "label", "string"},
    {"e_color", "edge", "color", "string"},
    {"e_line", "edge", "line", "string"},
    {"e_width", "edge", "width", "double"},
    {"e_sentence", "edge", "sentence", "string"},
    {"e_doc", "edge", "doc", "string"},
    {"e_evidence", "edge", "evidence", "string"},
};

void data(std::string& out, std::string_view indent, std::string_view key, std::string_view value) {
    out.append(indent).append("<data key=\"").append(key).append("\">").append(text::xml_escape(value));
    out.append("</data>\n");
}

}  // namespace

std::string to_graphml(const graph::ClaimGraph& g) {
    std::string out;
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<!-- ").append(kGenerator).append(" -->\n");
    out.append(
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
        "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n");
    for (const Key& k : kKeys) {
        out.append("  <key id=\"").append(k.id).append("\" for=\"").append(k.domain).append("\" attr.name=\"");
        out.append(k.name).append("\" attr.type=\"").append(k.type).append("\"/>\n");
    }
    out.append("  <graph id=\"claimgraph\" edgedefault=\"directed\">\n");
    data(out, "    ", "g_generator", kGenerator);
    data(out, "    ", "g_documents", std::to_string(g.documents()));
    data(out, "    ", "g_sentences", std::to_string(g.sentences()));

    for (const graph::EntityNode* n : g.nodes()) {
        const style::NodeStyle& s = style::node(n->type);
        out.append("    <node id=\"").append(text::xml_escape(n->name)).append("\">\n");
        data(out, "      ", "n_label", n->name);
        data(out, "      ", "n_type", to_string(n->type));
        data(out, "      ", "n_aliases", json::dump(json::strings(n->aliases)));
        data(out, "      ", "n_mentions", std::to_string(n->mentions));
        data(out, "      ", "n_shape", s.cy_shape);
        data(out, "      ", "n_fill", s.fill);
        data(out, "      ", "n_border", s.border);
        out.append("    </node>\n");
    }

    for (const graph::ClaimEdge* e : g.edges()) {
        const style::EdgeLook l = style::look(*e);
        out.append("    <edge id=\"").append(text::xml_escape(e->id())).append("\" source=\"");
        out.append(text::xml_escape(e->source)).append("\" target=\"").append(text::xml_escape(e->target));
        out.append("\">\n");
        data(out, "      ", "e_predicate", to_string(e->predicate));
        data(out, "      ", "e_support", std::to_string(e->support));
        data(out, "      ", "e_documents", std::to_string(e->documents));
        data(out, "      ", "e_hedged", std::to_string(e->hedged));
        data(out, "      ", "e_negated", std::to_string(e->negated));
        data(out, "      ", "e_mode", to_string(l.mode));
        data(out, "      ", "e_contradicts", json::dump(json::contradicts(g, *e)));
        data(out, "      ", "e_label", l.label);
        data(out, "      ", "e_color", style::edge(e->predicate).color);
        data(out, "      ", "e_line", l.line);
        data(out, "      ", "e_width", text::fixed(l.width));
        const Claim* best = style::best_evidence(*e);
        data(out, "      ", "e_sentence", best ? best->sentence : "");
        data(out, "      ", "e_doc", best ? best->doc : "");
        data(out, "      ", "e_evidence", json::dump(json::evidence_list(*e)));
        out.append("    </edge>\n");
    }
    out.append("  </graph>\n</graphml>\n");
    return out;
}

}  // namespace claimgraph::exporter
