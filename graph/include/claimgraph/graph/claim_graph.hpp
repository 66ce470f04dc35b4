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

    /// "source|predicate|target"
    std::string id() const;
};

/// The total order evidence is kept in: doc, start, end, cue, hedged, negated, mode.
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
    /// Adds everything of `other` into this graph.
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
    Vertex vertex_for(const std::string& name, EntityType type);
    void add_evidence(ClaimEdge& e, const std::vector<Claim>& claims, std::size_t support,
                      const std::set<std::string>& docs, std::size_t hedged, std::size_t negated);

    Graph g_;
    std::map<std::string, Vertex> vertex_by_name_;
    std::map<std::string, Edge> edge_by_id_;
    std::map<std::string, std::size_t> doc_sentences_;
    std::size_t max_evidence_ = 0;
};

}  // namespace claimgraph::graph
