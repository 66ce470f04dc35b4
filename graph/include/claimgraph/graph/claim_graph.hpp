// ClaimGraph: claims merged into a directed multigraph (Boost.Graph), one
// vertex per canonical entity and one edge per (subject, predicate, target).
//
// Merging is associative and commutative: every aggregate is a count, a set or
// a list kept sorted by a total order (and capped), so any order of add()/merge()
// calls gives the same graph and the writers emit the same bytes.
//
// Every add() is one document: documents, sentences, support and mentions all
// count what was added, so a document added twice counts twice everywhere. Nothing
// is kept per document beyond what the edges' capped lists hold, so with
// max_evidence > 0 memory depends on the graph, not on the size of the corpus.
#pragma once

#include <boost/graph/adjacency_list.hpp>

#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <unordered_map>
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
    std::size_t documents = 0;         ///< documents (add() calls) among them (exact, like support)
    /// Names of those documents, sorted, distinct; at most max_evidence (the first in
    /// name order), so that it does not grow with the corpus.
    std::vector<std::string> doc_names;
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

    /// Adds one document's entities and claims. Each call is one document: one more in
    /// documents() and in the `documents` of every edge it has a claim on (claims that
    /// name another document count once per name). Adding a document twice counts it
    /// twice, as it does its support and mentions.
    void add(const DocumentExtraction& doc);
    /// The same, taking the claims it keeps as evidence instead of copying them
    /// (each holds its sentence): `doc`'s claims are left moved-from.
    void add(DocumentExtraction&& doc);
    /// Adds everything of `other` into this graph: the same result as adding other's
    /// documents here. Evidence is capped at this graph's max_evidence; `other` should be
    /// capped no tighter (evidence it already dropped cannot come back).
    void merge(const ClaimGraph& other);

    std::size_t documents() const { return documents_; }
    std::size_t sentences() const { return sentences_; }

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
    /// Adds the counters and evidence of `from` (same id) into `into`, keeping the
    /// evidence sorted and capped. Not the document count and names: add() and
    /// merge() count those differently.
    void add_evidence(ClaimEdge& into, const ClaimEdge& from) const;
    /// add() of one document, copying (const) or moving its claims into evidence.
    template <typename Extraction>
    void add_document(Extraction& doc);
    /// add_evidence() of a one-claim edge holding `c` (whose doc is set); Claim&& moves it in.
    template <typename C>
    void add_claim(ClaimEdge& into, C&& c) const;
    /// Inserts `c` into into.evidence, keeping it sorted and capped.
    template <typename C>
    void insert_evidence(ClaimEdge& into, C&& c) const;
    /// Adds `name` to e.doc_names, keeping it sorted, distinct and capped.
    void add_doc_name(ClaimEdge& e, const std::string& name) const;

    // Only indices and names are stored outside g_ (vecS vertex descriptors are
    // plain indices), never edge descriptors: those point into g_'s edge list and
    // would dangle in a copied ClaimGraph. Edges are found by scanning the few
    // out-edges of their source.
    Graph g_;
    std::map<std::string, Vertex> vertex_by_name_;
    /// The same names, for vertex_for(): two per claim and one per sighting, where
    /// the tree's string compares were a third of add(). Never iterated (its order
    /// is not deterministic); own copies of the names, so a copied graph stays valid.
    /// Names are short: a hash of eight bytes at a time, inline, costs less than
    /// std::hash's call into the library.
    struct NameHash {
        std::size_t operator()(const std::string& name) const noexcept;
    };
    std::unordered_map<std::string, Vertex, NameHash> vertex_index_;
    std::size_t documents_ = 0;
    std::size_t sentences_ = 0;
    std::size_t max_evidence_ = 0;
};

}  // namespace claimgraph::graph
