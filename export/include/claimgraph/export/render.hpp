// Diagrams as images, laid out and rendered in-process by GraphViz's library
// (libgvc): no `dot` executable is needed. The image is the DOT of to_dot()
// rendered, so it has the same styling, legend and layout choice.
//
// Rendering is deterministic (the same graph gives the same bytes every run on
// the same GraphViz and fonts), prints nothing (GraphViz's messages are kept and
// returned in the Error), and is serialised by a lock: GraphViz itself keeps
// process-wide state and is not thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::exporter {

enum class ImageFormat { svg, png };

/// Lays out `dot` (with the engine its `layout` attribute names, else dot) and
/// renders it: SVG through GraphViz's core renderer, PNG through cairo at 96 dpi.
Result<std::string> render_dot(std::string_view dot, ImageFormat format);

/// render_dot(to_dot(g), ...).
Result<std::string> to_svg(const graph::ClaimGraph& g);
Result<std::string> to_png(const graph::ClaimGraph& g);

}  // namespace claimgraph::exporter
