// The Cytoscape JSON document as a value (private to claimgraph::export): the
// cytoscape format writes it, the html format embeds it.
#pragma once

#include "claimgraph/graph/claim_graph.hpp"
#include "json_parts.hpp"

namespace claimgraph::exporter {

json::Json cytoscape_json(const graph::ClaimGraph& g);

}  // namespace claimgraph::exporter
