// Writers: a ClaimGraph (or claims) to text formats. Each returns the whole
// output as a string; the caller decides where it goes (see atomic_file.hpp and
// formats.hpp). Output is byte-for-byte deterministic: nodes, edges and evidence
// are sorted, and nothing depends on the time, the locale or the machine.
//
// Every diagram format draws the same way: entity types by shape and fill,
// predicates by colour and arrow head (increases green arrow, decreases red tee,
// modulates grey vee, binds purple dot, contains brown diamond), mostly hedged
// edges dashed, mostly negated ones dotted and labelled "not", and edges with
// more evidence thicker.
//
// The namespace is claimgraph::exporter because `export` is a C++ keyword.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::exporter {

inline constexpr const char* kGenerator = "claimgraph 0.1.0";

/// spec/graph-json.md, pretty-printed with two-space indent, trailing newline.
std::string to_json(const graph::ClaimGraph& g);

/// Graphs with more entities than this are laid out by sfdp (force-directed)
/// instead of dot (layered, left to right); see to_dot.
inline constexpr std::size_t kDotLayoutMaxNodes = 80;

/// GraphViz DOT for `dot -Tsvg`: styled by entity type and predicate, with a legend.
/// Up to kDotLayoutMaxNodes entities: dot's layered layout, left to right, with a
/// legend cluster. Larger: the DOT names layout="sfdp" with overlap="prism" (any
/// GraphViz command honours it) and the legend is one table node.
std::string to_dot(const graph::ClaimGraph& g);

/// JSON Lines, one evidence-level claim a line: the gold-record fields
/// (doc, sentence, subject, predicate, target, hedged, negated) plus start, end, cue, mode.
std::string to_claims_jsonl(const std::vector<Claim>& claims);
/// Every evidence item of the graph, in edge order then evidence order.
std::string to_claims_jsonl(const graph::ClaimGraph& g);

/// GraphML with a typed <key> for every node, edge and graph attribute (int for
/// counts, string otherwise; lists as JSON text), node ids the entity names and
/// edge ids the spec's "source|predicate|target". Opens in Gephi, yEd and
/// Cytoscape desktop; boost::read_graphml reads it back into the same graph.
std::string to_graphml(const graph::ClaimGraph& g);

/// Cytoscape.js JSON in the .cyjs layout that Cytoscape desktop and networkx
/// read: {"format_version", "generated_by", "target_cytoscapejs_version", "data": {graph},
/// "elements": {"nodes": [...], "edges": [...]}}. `elements` is what cy.add() and
/// cytoscape({elements}) load unchanged; every element's data carries the spec's
/// fields and its styling (shape, fill, border, color, arrow, line, width, label),
/// so a stylesheet maps data(...) to style.
std::string to_cytoscape(const graph::ClaimGraph& g);

/// A Mermaid flowchart (left to right) that renders in GitHub Markdown: node ids
/// n0, n1, ... (labels quoted and escaped), shapes and classes by entity type,
/// arrows by predicate (increases -->, decreases --x, binds --o, modulates and
/// contains --> in their colours), mostly hedged and mostly negated edges dotted
/// (-.->, negated with finer dots) and labelled "(hedged)" or "(negated)". GitHub
/// renders at most 500 edges and 50,000 characters: subset larger graphs first.
std::string to_mermaid(const graph::ClaimGraph& g);

/// The Neo4j bulk-import files (neo4j-admin database import full --nodes=nodes.csv
/// --relationships=relationships.csv): RFC 4180 CSV, arrays ';'-separated.
struct Neo4jCsv {
    std::string nodes;          ///< id:ID, name, type, aliases:string[], mentions:int, :LABEL (Entity;<Type>)
    std::string relationships;  ///< :START_ID, :END_ID, :TYPE (INCREASES, ...), id, counts, lists, evidence JSON
};
Neo4jCsv to_neo4j_csv(const graph::ClaimGraph& g);

/// True when this build embeds the interactive viewer (CMake option CLAIMGRAPH_VIEWER).
bool viewer_available();

/// One self-contained HTML page (Cytoscape.js and the viewer embedded, the graph
/// as Cytoscape JSON inside it): works offline from a file:// address. An Error
/// when this build has no viewer (configured with -DCLAIMGRAPH_VIEWER=OFF).
Result<std::string> to_html(const graph::ClaimGraph& g);

}  // namespace claimgraph::exporter
