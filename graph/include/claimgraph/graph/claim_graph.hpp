// ClaimGraph: claims merged into a directed multigraph (Boost.Graph), one
// vertex per canonical entity and one edge per (subject, predicate, target).
//
// Merging is associative and commutative: every aggregate is a count, a set or
// an evidence list kept sorted by a total order, so any order of add()/merge()
// calls gives the same graph and the writers emit the same bytes.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::graph {

struct EntityNode {
    std::string name;  ///< canonical, the node id
    EntityType type = EntityType::other;
    std::set<std::string> aliases;  ///< lower-cased surface forms seen
    std::size_t mentions = 0;
};

struct ClaimEdge {
    std::string source;
    std::string target;
    Predicate predicate = Predicate::modulates;
    std::size_t support = 0;           ///< evidence items ever added (exact, even when evidence is capped)
    std::set<std::string> documents;   ///< distinct documents among them
    std::size_t hedged = 0;
    std::size_t negated = 0;
    std::vector<Claim> evidence;       ///< sorted by evidence_less; at most max_evidence items
    /// binds only: how many evidence items named each mode (never BindMode::none).
    /// Exact like support, so contradictions and the edge's mode survive evidence capping.
    std::map<BindMode, std::size_t> modes;

    /// "source|predicate|target"
    std::string id() const;
};

/// The total order evidence is kept in: doc, start, end, cue, hedged, negated, mode,
/// then subject, target, predicate, sentence and the entity types (ties only).
bool evidence_less(const Claim& a, const Claim& b);

class ClaimGraph {
public:
    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode, ClaimEdge>;
    using Vertex = Graph::vertex_descriptor;
    using Edge = Graph::edge_descriptor;

    /// max_evidence = 0 keeps every evidence item.
    explicit ClaimGraph(std::size_t max_evidence = 0) : max_evidence_(max_evidence) {}

    /// Adds one document's entities and claims. A document name added twice counts once
    /// in documents() (its sentence count is the larger of the two).
    void add(const DocumentExtraction& doc);
    /// Adds everything of `other` into this graph: the same result as adding other's
    /// documents here. Evidence is capped at this graph's max_evidence; `other` should be
    /// capped no tighter (evidence it already dropped cannot come back).
    void merge(const ClaimGraph& other);

    std::size_t documents() const { return doc_sentences_.size(); }
    std::size_t sentences() const;

    /// Entities that take part in at least one edge, sorted by name.
    std::vector<const EntityNode*> nodes() const;
    /// All edges, sorted by (source, predicate, target).
    std::vector<const ClaimEdge*> edges() const;
    /// Ids of the edges `e` contradicts (graph-json.md), sorted; may include e's own id.
    std::vector<std::string> contradictions(const ClaimEdge& e) const;
    const EntityNode* find_node(const std::string& name) const;

    const Graph& boost_graph() const { return g_; }
    std::size_t max_evidence() const { return max_evidence_; }

private:
    /// The vertex named `name`, created if missing; `type` is folded into its type.
    Vertex vertex_for(const std::string& name, EntityType type);
    /// Folds a sighting (or another graph's node) into the vertex of the same name.
    void add_node(const EntityNode& n);
    /// The edge source -predicate-> target, created (with empty aggregates) if missing.
    ClaimEdge& edge_for(Vertex source, Vertex target, Predicate p);
    /// The edge source -predicate-> target, or nullptr.
    const ClaimEdge* find_edge(Vertex source, Vertex target, Predicate p) const;
    /// Adds the aggregates and evidence of `from` (same id) into `into`, keeping the
    /// evidence sorted and capped.
    void add_evidence(ClaimEdge& into, const ClaimEdge& from) const;

    // Only indices and names are stored outside g_ (vecS vertex descriptors are
    // plain indices), never edge descriptors: those point into g_'s edge list and
    // would dangle in a copied ClaimGraph. Edges are found by scanning the few
    // out-edges of their source.
    Graph g_;
    std::map<std::string, Vertex> vertex_by_name_;
    std::map<std::string, std::size_t> doc_sentences_;
    std::size_t max_evidence_ = 0;
};

}  // namespace claimgraph::graph
