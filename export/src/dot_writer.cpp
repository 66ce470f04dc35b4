// The graph as GraphViz DOT. Meant to be read: entity types are told apart by
// shape and fill, predicates by colour and arrow head, uncertain claims by line
// style, and a legend cluster explains all of it. The output must go through
// `dot -Tsvg` without a single warning, so every string is quoted, escaped and
// made valid UTF-8 here.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/export/writers.hpp"
#include "style.hpp"
#include "text.hpp"

namespace claimgraph::exporter {
namespace {

using style::count_of;

constexpr std::string_view kFont = "Helvetica";
constexpr std::size_t kMaxTooltipSentence = 400;  // bytes; long sentences make unwieldy tooltips

// `s` as a double-quoted DOT string. Inside quotes dot itself only knows \" ;
// labels and tooltips (escString) also read \\ and \n, so a backslash is
// doubled and a newline becomes \n. '&' would start an HTML entity, so it is
// written as &amp; (which graphviz shows as '&'). Other control characters and
// invalid UTF-8 bytes become a space and U+FFFD.
std::string quote(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 2);
    out.push_back('"');
    for (std::size_t i = 0; i < s.size();) {
        const std::size_t len = text::utf8_sequence(s, i);
        if (len == 0) {
            out.append("\xEF\xBF\xBD");
            ++i;
            continue;
        }
        if (len > 1) {
            out.append(s.substr(i, len));
            i += len;
            continue;
        }
        const char c = s[i++];
        switch (c) {
            case '"': out.append("\\\""); break;
            case '\\': out.append("\\\\"); break;
            case '&': out.append("&amp;"); break;
            case '\n': out.append("\\n"); break;
            case '\r': break;
            default:
                if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)
                    out.push_back(' ');
                else
                    out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

// One attribute list: [a="x", b="y"]. Values are quoted by the caller's helper.
class Attrs {
public:
    Attrs& set(std::string_view key, std::string_view value) {
        if (!text_.empty()) text_.append(", ");
        text_.append(key).append("=").append(quote(value));
        return *this;
    }
    std::string str() const { return "[" + text_ + "]"; }

private:
    std::string text_;
};

void node_attrs(Attrs& a, EntityType t) {
    const style::NodeStyle& s = style::node(t);
    a.set("shape", s.dot_shape).set("style", s.dot_style).set("fillcolor", s.fill).set("color", s.border);
}

// A prefix for the legend's node ids that no entity name starts with, so the
// legend can never be merged with a real node.
std::string legend_prefix(const std::vector<const graph::EntityNode*>& nodes) {
    std::string prefix = "legend:";
    const auto taken = [&] {
        return std::any_of(nodes.begin(), nodes.end(),
                           [&](const graph::EntityNode* n) { return n->name.rfind(prefix, 0) == 0; });
    };
    while (taken()) prefix.insert(prefix.begin(), '_');
    return prefix;
}

void write_legend(std::string& out, const std::string& prefix) {
    out.append("  subgraph \"cluster_legend\" {\n");
    out.append("    graph ")
        .append(Attrs()
                    .set("label", "Legend")
                    .set("style", "rounded,dashed")
                    .set("color", "#9e9e9e")
                    .set("fontsize", "12")
                    .str())
        .append(";\n");

    // Entity types, two columns (chained by invisible edges, which in LR run left to right).
    const auto& types = style::kNodeStyles;
    const std::size_t half = (types.size() + 1) / 2;
    for (const style::NodeStyle& s : types) {
        Attrs a;
        a.set("label", to_string(s.type));
        node_attrs(a, s.type);
        a.set("tooltip", "entity type: " + std::string(to_string(s.type)));
        out.append("    ").append(quote(prefix + "type:" + std::string(to_string(s.type)))).append(" ");
        out.append(a.str()).append(";\n");
    }
    for (std::size_t i = 0; i + half < types.size(); ++i) {
        out.append("    ")
            .append(quote(prefix + "type:" + std::string(to_string(types[i].type))))
            .append(" -> ")
            .append(quote(prefix + "type:" + std::string(to_string(types[i + half].type))))
            .append(" [style=\"invis\"];\n");
    }

    // Edge styles: a caption on the left, the sample edge running to a hidden point.
    struct Sample {
        std::string name;
        std::string caption;
        std::string color;
        std::string arrowhead;
        std::string style;
        std::string penwidth;
        std::string label;
    };
    std::vector<Sample> samples;
    for (const style::EdgeStyle& s : style::kEdgeStyles) {
        const std::string p(to_string(s.predicate));
        samples.push_back({p, p, std::string(s.color), std::string(s.dot_arrowhead), "solid", "1.00", ""});
    }
    const std::string grey(style::kNeutral);
    samples.push_back({"hedged", "mostly hedged", grey, "vee", "dashed", "1.00", ""});
    samples.push_back({"negated", "mostly negated", grey, "vee", "dotted", "1.00", "not"});
    // Drawn like an edge with 8 claims (1 + log2(8) = 4).
    samples.push_back({"support", "more evidence", grey, "vee", "solid", text::fixed(4.0), "\xC3\x97" "8"});

    for (const Sample& s : samples) {
        const std::string from = prefix + "edge:" + s.name;
        const std::string to = prefix + "edge:" + s.name + ":head";
        out.append("    ").append(quote(from)).append(" ");
        out.append(Attrs()
                       .set("label", s.caption)
                       .set("shape", "plaintext")
                       .set("style", "solid")
                       .set("fontsize", "10")
                       .set("height", "0.3")
                       .str())
            .append(";\n");
        out.append("    ").append(quote(to)).append(" ");
        out.append(Attrs().set("label", "").set("shape", "point").set("style", "invis").set("width", "0.05").str())
            .append(";\n");
        Attrs e;
        e.set("color", s.color).set("fontcolor", s.color).set("arrowhead", s.arrowhead).set("style", s.style);
        e.set("penwidth", s.penwidth);
        if (!s.label.empty()) e.set("label", s.label);
        e.set("tooltip", s.caption);
        out.append("    ").append(quote(from)).append(" -> ").append(quote(to)).append(" ");
        out.append(e.str()).append(";\n");
    }
    out.append("  }\n");
}

// The legend as one node with an HTML-like table, for the force-directed layout:
// sfdp ignores clusters, so the cluster legend's samples would drift apart, while
// one node stays whole. The same vocabulary: fills and borders of the entity
// types, and for each predicate and line style a sample drawn in its colour.
void write_table_legend(std::string& out, const std::string& prefix) {
    const auto cell = [](std::string_view attrs, std::string_view content) {
        return "<TD " + std::string(attrs) + ">" + std::string(content) + "</TD>";
    };
    std::string t = "<TABLE BORDER=\"1\" STYLE=\"ROUNDED\" COLOR=\"#9e9e9e\" CELLBORDER=\"0\" CELLSPACING=\"3\" "
                    "CELLPADDING=\"3\">";
    t.append("<TR>").append(cell("COLSPAN=\"4\"", "<B>Legend</B>")).append("</TR>");
    const auto& types = style::kNodeStyles;
    const std::size_t half = (types.size() + 1) / 2;
    for (std::size_t i = 0; i < half; ++i) {
        t.append("<TR>");
        for (const std::size_t k : {i, i + half}) {
            if (k >= types.size()) continue;
            const style::NodeStyle& s = types[k];
            const std::string attrs = "COLSPAN=\"2\" BORDER=\"1\" BGCOLOR=\"" + std::string(s.fill) + "\" COLOR=\"" +
                                      std::string(s.border) + "\"" +
                                      (s.border_style == "dashed" ? " STYLE=\"DASHED\"" : "");
            t.append(cell(attrs, to_string(s.type)));
        }
        t.append("</TR>");
    }
    // A sample line for each predicate (the head's shape as a glyph) and each line style.
    struct Sample {
        std::string glyph;
        std::string color;
        std::string caption;
    };
    std::vector<Sample> samples;
    for (const style::EdgeStyle& s : style::kEdgeStyles) {
        static constexpr std::array<std::string_view, 5> kHeads = {"\xE2\x96\xB6", "\xE2\x94\xA4", "\xE2\x80\xBA",
                                                                   "\xE2\x97\x8F", "\xE2\x97\x86"};  // ▶ ┤ › ● ◆
        samples.push_back({"\xE2\x94\x80\xE2\x94\x80" + std::string(kHeads[static_cast<std::size_t>(s.predicate)]),
                           std::string(s.color), std::string(to_string(s.predicate))});
    }
    const std::string grey(style::kNeutral);
    samples.push_back({"\xE2\x95\x8C\xE2\x95\x8C\xE2\x80\xBA", grey, "mostly hedged (dashed)"});  // ╌╌›
    samples.push_back({"\xE2\x94\x88\xE2\x94\x88\xE2\x80\xBA", grey, "mostly negated (dotted, \"not\")"});  // ┈┈›
    samples.push_back({"\xE2\x94\x81\xE2\x94\x81\xE2\x80\xBA", grey, "more evidence (thicker, \xC3\x97N)"});  // ━━›
    for (std::size_t i = 0; i < samples.size(); i += 2) {
        t.append("<TR>");
        for (std::size_t k = i; k < i + 2 && k < samples.size(); ++k) {
            const Sample& s = samples[k];
            t.append(cell("ALIGN=\"RIGHT\"", "<FONT COLOR=\"" + s.color + "\">" + s.glyph + "</FONT>"));
            t.append(cell("ALIGN=\"LEFT\"", text::xml_escape(s.caption)));
        }
        t.append("</TR>");
    }
    t.append("</TABLE>");
    out.append("  ").append(quote(prefix + "table")).append(" [shape=\"plaintext\", margin=\"0\", fontsize=\"10\", ");
    out.append("tooltip=\"Legend\", label=<").append(t).append(">];\n");
}

void write_node(std::string& out, const graph::EntityNode& n) {
    std::string tooltip = n.name + " (" + std::string(to_string(n.type)) + "), " + count_of(n.mentions, "mention");
    if (!n.aliases.empty()) {
        tooltip.append("\naliases:");
        const char* sep = " ";
        for (const std::string& alias : n.aliases) {
            tooltip.append(sep).append(alias);
            sep = ", ";
        }
    }
    Attrs a;
    a.set("label", n.name);
    node_attrs(a, n.type);
    a.set("tooltip", tooltip);
    out.append("  ").append(quote(n.name)).append(" ").append(a.str()).append(";\n");
}

void write_edge(std::string& out, const graph::ClaimEdge& e) {
    const style::EdgeStyle& s = style::edge(e.predicate);
    const style::EdgeLook l = style::look(e);

    std::string tooltip = e.source + " " + std::string(to_string(e.predicate)) + " " + e.target + ": " +
                          count_of(e.support, "claim") + " in " + count_of(e.documents, "document") + ", " +
                          std::to_string(e.hedged) + " hedged, " + std::to_string(e.negated) + " negated";
    if (const Claim* c = style::best_evidence(e))
        tooltip.append("\n").append(text::clip(c->sentence, kMaxTooltipSentence)).append("\n(").append(c->doc).append(")");

    Attrs a;
    a.set("color", s.color).set("fontcolor", s.color).set("arrowhead", s.dot_arrowhead);
    if (l.line != "solid") a.set("style", l.line);
    a.set("penwidth", text::fixed(l.width));
    if (!l.label.empty()) a.set("label", l.label);
    a.set("tooltip", tooltip);
    out.append("  ").append(quote(e.source)).append(" -> ").append(quote(e.target)).append(" ");
    out.append(a.str()).append(";\n");
}

}  // namespace

std::string to_dot(const graph::ClaimGraph& g) {
    const auto nodes = g.nodes();
    const auto edges = g.edges();
    // Layout by size. Up to kDotLayoutMaxNodes entities, dot's layered drawing
    // (left to right, causes before effects) reads best and keeps the legend in a
    // cluster. Beyond that the layers grow into one very tall column with long
    // edges (184 entities: 3600x9000 px), so larger graphs use sfdp, the scalable
    // force-directed engine: overlap="prism" removes node overlaps while keeping
    // the shape of the layout, edges are drawn first so labels stay legible, and
    // the legend is a single table node (sfdp has no clusters). sfdp starts from a
    // fixed seed, so the drawing is the same every run.
    const bool layered = nodes.size() <= kDotLayoutMaxNodes;

    std::string out;
    out.append("// ").append(kGenerator).append("\n");
    out.append("digraph \"claimgraph\" {\n");
    const std::string title = std::string(kGenerator) + ": " + count_of(g.documents(), "document") + ", " +
                              count_of(nodes.size(), "entity", "entities") + ", " + count_of(edges.size(), "relation");
    Attrs graph_attrs;
    if (layered) {
        graph_attrs.set("rankdir", "LR");
    } else {
        graph_attrs.set("layout", "sfdp").set("overlap", "prism").set("sep", "+8").set("start", "1");
        graph_attrs.set("outputorder", "edgesfirst").set("K", "0.8");
    }
    graph_attrs.set("fontname", kFont).set("fontsize", "14").set("label", title).set("labelloc", "t");
    graph_attrs.set("labeljust", "l");
    if (layered) graph_attrs.set("nodesep", "0.3").set("ranksep", "0.7");
    out.append("  graph ").append(graph_attrs.str()).append(";\n");
    out.append("  node ")
        .append(Attrs().set("fontname", kFont).set("fontsize", "11").set("penwidth", "1.2").str())
        .append(";\n");
    out.append("  edge ")
        .append(Attrs().set("fontname", kFont).set("fontsize", "9").set("arrowsize", "0.8").str())
        .append(";\n\n");

    if (layered)
        write_legend(out, legend_prefix(nodes));
    else
        write_table_legend(out, legend_prefix(nodes));
    out.append("\n");
    for (const graph::EntityNode* n : nodes) write_node(out, *n);
    if (!nodes.empty()) out.append("\n");
    for (const graph::ClaimEdge* e : edges) write_edge(out, *e);
    out.append("}\n");
    return out;
}

}  // namespace claimgraph::exporter
