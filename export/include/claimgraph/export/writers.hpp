// Writers: a ClaimGraph (or claims) to text formats. Each returns the whole
// output as a string; the caller decides where it goes (see atomic_file.hpp).
// Output is byte-for-byte deterministic: nodes, edges and evidence are sorted.
//
// The namespace is claimgraph::exporter because `export` is a C++ keyword.
#pragma once

#include <string>
#include <vector>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::exporter {

inline constexpr const char* kGenerator = "claimgraph 0.1.0";

/// spec/graph-json.md, pretty-printed with two-space indent, trailing newline.
std::string to_json(const graph::ClaimGraph& g);

/// GraphViz DOT for `dot -Tsvg`: styled by entity type and predicate, with a legend.
std::string to_dot(const graph::ClaimGraph& g);

/// JSON Lines, one evidence-level claim a line: the gold-record fields
/// (doc, sentence, subject, predicate, target, hedged, negated) plus start, end, cue, mode.
std::string to_claims_jsonl(const std::vector<Claim>& claims);
/// Every evidence item of the graph, in edge order then evidence order.
std::string to_claims_jsonl(const graph::ClaimGraph& g);

}  // namespace claimgraph::exporter
