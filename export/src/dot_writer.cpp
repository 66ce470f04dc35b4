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

namespace claimgraph::exporter {
namespace {

constexpr std::string_view kFont = "Helvetica";
constexpr double kMaxPenwidth = 6.0;
constexpr std::size_t kMaxTooltipSentence = 400;  // bytes; long sentences make unwieldy tooltips

struct NodeStyle {
    EntityType type;
    std::string_view shape;
    std::string_view style;
    std::string_view fill;
    std::string_view border;
};

// Indexed by EntityType.
constexpr std::array<NodeStyle, 8> kNodeStyles = {{
    {EntityType::substance, "box", "rounded,filled", "#fdd0a2", "#e6550d"},
    {EntityType::neurotransmitter, "ellipse", "filled", "#c6dbef", "#3182bd"},
    {EntityType::hormone, "octagon", "filled", "#fbc8dc", "#c51b7d"},
    {EntityType::receptor, "hexagon", "filled", "#c7e9c0", "#31a354"},
    {EntityType::transporter, "cds", "filled", "#dadaeb", "#756bb1"},
    {EntityType::enzyme, "parallelogram", "filled", "#fff2ae", "#b8860b"},
    {EntityType::condition, "note", "filled", "#eeeeee", "#737373"},
    {EntityType::other, "ellipse", "dashed,filled", "#ffffff", "#969696"},
}};

struct EdgeStyle {
    Predicate predicate;
    std::string_view color;
    std::string_view arrowhead;
};

// Indexed by Predicate.
constexpr std::array<EdgeStyle, 5> kEdgeStyles = {{
    {Predicate::increases, "#1a9850", "normal"},
    {Predicate::decreases, "#d73027", "tee"},
    {Predicate::modulates, "#808080", "vee"},
    {Predicate::binds, "#5e3c99", "dot"},
    {Predicate::contains, "#8c510a", "diamond"},
}};

const NodeStyle& node_style(EntityType t) { return kNodeStyles[static_cast<std::size_t>(t)]; }
const EdgeStyle& edge_style(Predicate p) { return kEdgeStyles[static_cast<std::size_t>(p)]; }

// Length of the well-formed UTF-8 sequence at s[i], or 0 if it is not one
// (truncated, overlong, surrogate, above U+10FFFF). dot rejects bad UTF-8 with
// a warning, so such bytes must not reach it.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) return 1;
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
        cp = b0 & 0x1Fu;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        cp = b0 & 0x0Fu;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        cp = b0 & 0x07u;
    } else {
        return 0;
    }
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((byte(i + k) & 0xC0u) != 0x80u) return 0;
        cp = (cp << 6) | (byte(i + k) & 0x3Fu);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10FFFF ||
        (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return len;
}

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
        const std::size_t len = utf8_sequence(s, i);
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

// At most `max` bytes of `s`, cut at a UTF-8 character boundary, with "…" when cut.
std::string clip(std::string_view s, std::size_t max) {
    if (s.size() <= max) return std::string(s);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0u) == 0x80u) --cut;
    return std::string(s.substr(0, cut)) + "\xE2\x80\xA6";
}

// Locale-independent fixed-point number ("2.58"), as dot expects.
std::string number(double v) {
    std::array<char, 32> buf{};
    const auto res = std::to_chars(buf.data(), buf.data() + buf.size(), v, std::chars_format::fixed, 2);
    return std::string(buf.data(), res.ptr);
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
    const NodeStyle& s = node_style(t);
    a.set("shape", s.shape).set("style", s.style).set("fillcolor", s.fill).set("color", s.border);
}

// The sentence a reader should see first: the first evidence item that is
// neither hedged nor negated, else the first one.
const Claim* best_evidence(const graph::ClaimEdge& e) {
    for (const Claim& c : e.evidence)
        if (!c.hedged && !c.negated) return &c;
    return e.evidence.empty() ? nullptr : &e.evidence.front();
}

// The mode most of a binds edge's evidence names (ties: the first in enum order).
BindMode prevailing_mode(const graph::ClaimEdge& e) {
    BindMode best = BindMode::none;
    std::size_t best_count = 0;
    for (const auto& [mode, count] : e.modes)
        if (mode != BindMode::none && count > best_count) {
            best = mode;
            best_count = count;
        }
    return best;
}

// "1 claim", "3 claims"; `many` defaults to `one` + "s".
std::string count_of(std::size_t n, std::string_view one, std::string_view many = {}) {
    std::string out = std::to_string(n) + " ";
    if (n == 1)
        out.append(one);
    else if (many.empty())
        out.append(one).append("s");
    else
        out.append(many);
    return out;
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
    const std::size_t half = (kNodeStyles.size() + 1) / 2;
    for (const NodeStyle& s : kNodeStyles) {
        Attrs a;
        a.set("label", to_string(s.type));
        node_attrs(a, s.type);
        a.set("tooltip", "entity type: " + std::string(to_string(s.type)));
        out.append("    ").append(quote(prefix + "type:" + std::string(to_string(s.type)))).append(" ");
        out.append(a.str()).append(";\n");
    }
    for (std::size_t i = 0; i + half < kNodeStyles.size(); ++i) {
        out.append("    ")
            .append(quote(prefix + "type:" + std::string(to_string(kNodeStyles[i].type))))
            .append(" -> ")
            .append(quote(prefix + "type:" + std::string(to_string(kNodeStyles[i + half].type))))
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
    for (const EdgeStyle& s : kEdgeStyles) {
        const std::string p(to_string(s.predicate));
        samples.push_back({p, p, std::string(s.color), std::string(s.arrowhead), "solid", "1.00", ""});
    }
    samples.push_back({"hedged", "mostly hedged", "#808080", "vee", "dashed", "1.00", ""});
    samples.push_back({"negated", "mostly negated", "#808080", "vee", "dotted", "1.00", "not"});
    // Drawn like an edge with 8 claims (1 + log2(8) = 4).
    samples.push_back({"support", "more evidence", "#808080", "vee", "solid", number(4.0), "\xC3\x97" "8"});

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
    const EdgeStyle& s = edge_style(e.predicate);
    // "Most" means more than half, so a tie shows the claim as asserted.
    const bool mostly_negated = e.negated * 2 > e.support;
    const bool mostly_hedged = e.hedged * 2 > e.support;

    std::string label;
    if (mostly_negated) label = "not";
    if (e.predicate == Predicate::binds) {
        const BindMode m = prevailing_mode(e);
        if (m != BindMode::none) label.append(label.empty() ? "" : " ").append(to_string(m));
    }
    if (e.support > 1) label.append(label.empty() ? "" : " ").append("\xC3\x97").append(std::to_string(e.support));

    // 1 for a single claim, one step thicker per doubling of the evidence.
    const double penwidth =
        std::min(kMaxPenwidth, 1.0 + std::log2(static_cast<double>(std::max<std::size_t>(e.support, 1))));

    std::string tooltip = e.source + " " + std::string(to_string(e.predicate)) + " " + e.target + ": " +
                          count_of(e.support, "claim") + " in " + count_of(e.documents.size(), "document") + ", " +
                          std::to_string(e.hedged) + " hedged, " + std::to_string(e.negated) + " negated";
    if (const Claim* c = best_evidence(e))
        tooltip.append("\n").append(clip(c->sentence, kMaxTooltipSentence)).append("\n(").append(c->doc).append(")");

    Attrs a;
    a.set("color", s.color).set("fontcolor", s.color).set("arrowhead", s.arrowhead);
    if (mostly_negated)
        a.set("style", "dotted");
    else if (mostly_hedged)
        a.set("style", "dashed");
    a.set("penwidth", number(penwidth));
    if (!label.empty()) a.set("label", label);
    a.set("tooltip", tooltip);
    out.append("  ").append(quote(e.source)).append(" -> ").append(quote(e.target)).append(" ");
    out.append(a.str()).append(";\n");
}

}  // namespace

std::string to_dot(const graph::ClaimGraph& g) {
    const auto nodes = g.nodes();
    const auto edges = g.edges();

    std::string out;
    out.append("// ").append(kGenerator).append("\n");
    out.append("digraph \"claimgraph\" {\n");
    const std::string title = std::string(kGenerator) + ": " + count_of(g.documents(), "document") + ", " +
                              count_of(nodes.size(), "entity", "entities") + ", " + count_of(edges.size(), "relation");
    out.append("  graph ")
        .append(Attrs()
                    .set("rankdir", "LR")
                    .set("fontname", kFont)
                    .set("fontsize", "14")
                    .set("label", title)
                    .set("labelloc", "t")
                    .set("labeljust", "l")
                    .set("nodesep", "0.3")
                    .set("ranksep", "0.7")
                    .str())
        .append(";\n");
    out.append("  node ")
        .append(Attrs().set("fontname", kFont).set("fontsize", "11").set("penwidth", "1.2").str())
        .append(";\n");
    out.append("  edge ")
        .append(Attrs().set("fontname", kFont).set("fontsize", "9").set("arrowsize", "0.8").str())
        .append(";\n\n");

    write_legend(out, legend_prefix(nodes));
    out.append("\n");
    for (const graph::EntityNode* n : nodes) write_node(out, *n);
    if (!nodes.empty()) out.append("\n");
    for (const graph::ClaimEdge* e : edges) write_edge(out, *e);
    out.append("}\n");
    return out;
}

}  // namespace claimgraph::exporter
