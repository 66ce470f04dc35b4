// The one visual vocabulary of every diagram format (private to claimgraph::export):
// entity types by shape and fill, predicates by colour and arrow head, uncertain
// claims by line style, evidence by line width. The DOT, the Cytoscape data, the
// viewer's legend and the Mermaid classes all read it from here, so they agree.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::exporter::style {

struct NodeStyle {
    EntityType type;
    std::string_view dot_shape;   ///< GraphViz shape
    std::string_view dot_style;   ///< GraphViz style
    std::string_view fill;
    std::string_view border;
    std::string_view cy_shape;    ///< the closest Cytoscape.js shape
    std::string_view border_style;  ///< solid or dashed
};

// Indexed by EntityType.
inline constexpr std::array<NodeStyle, 8> kNodeStyles = {{
    {EntityType::substance, "box", "rounded,filled", "#fdd0a2", "#e6550d", "round-rectangle", "solid"},
    {EntityType::neurotransmitter, "ellipse", "filled", "#c6dbef", "#3182bd", "ellipse", "solid"},
    {EntityType::hormone, "octagon", "filled", "#fbc8dc", "#c51b7d", "octagon", "solid"},
    {EntityType::receptor, "hexagon", "filled", "#c7e9c0", "#31a354", "hexagon", "solid"},
    {EntityType::transporter, "cds", "filled", "#dadaeb", "#756bb1", "tag", "solid"},
    {EntityType::enzyme, "parallelogram", "filled", "#fff2ae", "#b8860b", "rhomboid", "solid"},
    {EntityType::condition, "note", "filled", "#eeeeee", "#737373", "rectangle", "solid"},
    {EntityType::other, "ellipse", "dashed,filled", "#ffffff", "#969696", "ellipse", "dashed"},
}};

struct EdgeStyle {
    Predicate predicate;
    std::string_view color;
    std::string_view dot_arrowhead;
    std::string_view cy_arrow;  ///< Cytoscape.js target-arrow-shape
};

// Indexed by Predicate.
inline constexpr std::array<EdgeStyle, 5> kEdgeStyles = {{
    {Predicate::increases, "#1a9850", "normal", "triangle"},
    {Predicate::decreases, "#d73027", "tee", "tee"},
    {Predicate::modulates, "#808080", "vee", "vee"},
    {Predicate::binds, "#5e3c99", "dot", "circle"},
    {Predicate::contains, "#8c510a", "diamond", "diamond"},
}};

/// The colour of the "mostly hedged/negated" and "more evidence" legend samples.
inline constexpr std::string_view kNeutral = "#808080";
/// A DOT/SVG edge is at most this thick (1 + log2 of the support otherwise).
inline constexpr double kMaxWidth = 6.0;

inline const NodeStyle& node(EntityType t) { return kNodeStyles[static_cast<std::size_t>(t)]; }
inline const EdgeStyle& edge(Predicate p) { return kEdgeStyles[static_cast<std::size_t>(p)]; }

/// How one edge is drawn, the same in every format.
struct EdgeLook {
    bool mostly_hedged = false;   ///< more than half the evidence hedged
    bool mostly_negated = false;  ///< more than half negated (wins over hedged)
    std::string_view line;        ///< "solid", "dashed" (mostly hedged) or "dotted" (mostly negated)
    double width = 1.0;           ///< 1 + log2(support), at most kMaxWidth
    std::string label;            ///< "not", the prevailing binds mode, "×N" for N > 1 claims
    BindMode mode = BindMode::none;  ///< binds: the mode most evidence names
};
EdgeLook look(const graph::ClaimEdge& e);

/// The mode most of a binds edge's evidence names (ties: the first in enum order).
BindMode prevailing_mode(const graph::ClaimEdge& e);

/// The sentence a reader should see first: the first evidence item that is
/// neither hedged nor negated, else the first one; nullptr without evidence.
const Claim* best_evidence(const graph::ClaimEdge& e);

/// "1 claim", "3 claims"; `many` defaults to `one` + "s".
std::string count_of(std::size_t n, std::string_view one, std::string_view many = {});

}  // namespace claimgraph::exporter::style
