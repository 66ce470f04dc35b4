// The graph as a Mermaid flowchart, for Markdown that GitHub renders. Node ids
// are n0, n1, ... (entity names may hold anything), labels are always quoted
// with Mermaid's entity codes for the characters it would read, and the styling
// follows the DOT as far as Mermaid reaches: shapes and fills by entity type
// (classDef), the head by predicate, dotted lines for hedged and negated claims,
// colour and width per edge (linkStyle, grouped), and a label on every edge
// that says the predicate (and "(hedged)" or "(negated)"), so the diagram
// reads without a legend.
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "claimgraph/export/writers.hpp"
#include "style.hpp"
#include "text.hpp"

namespace claimgraph::exporter {
namespace {

using style::count_of;

// `s` as the inside of a quoted Mermaid label: '"' ends the label, '#' starts an
// entity code, '<' '>' '&' would be HTML, '`' would start Markdown; each becomes
// an entity code. Control characters and newlines become spaces.
std::string label(std::string_view s) {
    std::string out;
    for (const char c : text::valid_utf8(s)) {
        switch (c) {
            case '"': out.append("#quot;"); break;
            case '#': out.append("#35;"); break;
            case '<': out.append("#lt;"); break;
            case '>': out.append("#gt;"); break;
            case '&': out.append("#amp;"); break;
            case '`': out.append("#96;"); break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                    out.push_back(' ');
                else
                    out.push_back(c);
        }
    }
    return out;
}

// Opening and closing of the node shape for each entity type (indexed by EntityType).
struct Shape {
    std::string_view open;
    std::string_view close;
};
constexpr Shape kShapes[] = {
    {"(\"", "\")"},    // substance: rounded box
    {"([\"", "\"])"},  // neurotransmitter: stadium
    {"((\"", "\"))"},  // hormone: circle
    {"{{\"", "\"}}"},  // receptor: hexagon
    {"[[\"", "\"]]"},  // transporter: subroutine
    {"[/\"", "\"/]"},  // enzyme: parallelogram
    {">\"", "\"]"},    // condition: flag
    {"[\"", "\"]"},    // other: box (dashed border by its class)
};

// The arrow by predicate (Mermaid flowcharts have three heads: arrow, cross, circle)
// and line (solid, or dotted for mostly hedged and mostly negated claims).
std::string arrow(Predicate p, bool dotted) {
    const std::string_view head = p == Predicate::decreases ? "x" : p == Predicate::binds ? "o" : ">";
    return std::string(dotted ? "-.-" : "--") + std::string(head);
}

}  // namespace

std::string to_mermaid(const graph::ClaimGraph& g) {
    const auto nodes = g.nodes();
    const auto edges = g.edges();
    std::map<std::string, std::size_t> index;
    for (const graph::EntityNode* n : nodes) index.emplace(n->name, index.size());

    std::string out = "flowchart LR\n";
    out.append("%% ").append(kGenerator).append(": ").append(count_of(g.documents(), "document")).append(", ");
    out.append(count_of(nodes.size(), "entity", "entities")).append(", ").append(count_of(edges.size(), "relation"));
    out.append("\n");
    if (nodes.empty()) out.append("  empty[\"no claims\"]\n");
    for (const graph::EntityNode* n : nodes) {
        const Shape& s = kShapes[static_cast<std::size_t>(n->type)];
        out.append("  n").append(std::to_string(index.at(n->name))).append(s.open).append(label(n->name));
        out.append(s.close).append(":::").append(to_string(n->type)).append("\n");
    }

    // linkStyle groups: (colour, width, dotted pattern) -> edge indices.
    std::map<std::tuple<std::string, std::string, std::string>, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const graph::ClaimEdge& e = *edges[i];
        const style::EdgeLook l = style::look(e);
        std::string text(to_string(e.predicate));
        std::string extra = l.label;  // "not", the binds mode, "×N"
        if (extra.rfind("not", 0) == 0) extra.erase(0, extra.size() > 3 ? 4 : 3);
        if (!extra.empty()) text.append(" ").append(extra);
        if (l.mostly_negated) text.append(" (negated)");
        else if (l.mostly_hedged) text.append(" (hedged)");
        out.append("  n").append(std::to_string(index.at(e.source))).append(" ");
        out.append(arrow(e.predicate, l.line != "solid")).append("|\"").append(label(text)).append("\"| n");
        out.append(std::to_string(index.at(e.target))).append("\n");
        const std::string dash = l.mostly_negated ? "2 4" : l.mostly_hedged ? "6 4" : "";
        groups[{std::string(style::edge(e.predicate).color), text::fixed(l.width, 1), dash}].push_back(i);
    }

    for (const style::NodeStyle& s : style::kNodeStyles) {
        out.append("  classDef ").append(to_string(s.type)).append(" fill:").append(s.fill);
        out.append(",stroke:").append(s.border).append(",color:#000");
        if (s.border_style == "dashed") out.append(",stroke-dasharray:4 3");
        out.append("\n");
    }
    for (const auto& [key, indices] : groups) {
        const auto& [color, width, dash] = key;
        out.append("  linkStyle ");
        for (std::size_t k = 0; k < indices.size(); ++k) out.append(k ? "," : "").append(std::to_string(indices[k]));
        out.append(" stroke:").append(color).append(",stroke-width:").append(width).append("px,color:").append(color);
        if (!dash.empty()) out.append(",stroke-dasharray:").append(dash);
        out.append("\n");
    }
    return out;
}

}  // namespace claimgraph::exporter
