// Subgraphs for readable diagrams: a part of a ClaimGraph chosen by support,
// predicate, entity type and the neighbourhood of one entity.
//
// A ClaimGraph only grows (add, merge), so a subgraph is built, not cut: select()
// decides which edges stay, and restrict() trims each document's extraction to
// them; adding the trimmed extractions to a new ClaimGraph gives the subgraph with
// exact counts (support, hedged, negated, modes), the corpus' document and sentence
// counts, and evidence capped the same way as the whole graph's.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::graph {

struct SubgraphOptions {
    std::string focus;              ///< an entity (name or alias); empty: no focus
    std::size_t depth = 1;          ///< with focus: steps from it, along edges in either direction
    std::size_t min_support = 0;    ///< edges with fewer evidence items go (0 and 1 keep all)
    std::set<Predicate> predicates; ///< empty: all
    std::set<EntityType> types;     ///< entities of other types go, with their edges; empty: all

    /// True when these options keep the whole graph.
    bool keeps_all() const { return focus.empty() && min_support <= 1 && predicates.empty() && types.empty(); }
};

/// What a subgraph keeps: edge ids ("source|predicate|target") and the entities they join.
struct Selection {
    std::set<std::string> edges;
    std::set<std::string> nodes;

    /// True when `c` is evidence of a kept edge.
    bool keeps(const Claim& c) const;
};

/// The edges that `o` keeps. First the edge filters (min_support, predicates, and
/// both ends' types); then, with a focus, the entities within `depth` steps of it
/// over the remaining edges, and the remaining edges among them (the induced
/// subgraph, like networkx's ego_graph). An Error when the focus names no entity
/// of the graph (it suggests near names) or one that the type filter leaves out.
Result<Selection> select(const ClaimGraph& g, const SubgraphOptions& o);

/// `doc` trimmed to the selection: the same document and sentence count, the claims
/// of kept edges, the sightings of kept entities.
DocumentExtraction restrict(const DocumentExtraction& doc, const Selection& s);

/// The canonical name of the entity `name_or_alias` refers to: an exact name, else a
/// name or alias equal ignoring case. An Error when none or several match.
Result<std::string> resolve_entity(const ClaimGraph& g, std::string_view name_or_alias);

/// "increases,binds" -> {increases, binds}. Names as in claims.md, ',' separated,
/// spaces around them ignored. An Error names the bad item and the valid names.
Result<std::set<Predicate>> parse_predicate_list(std::string_view list);
/// "substance,receptor" -> {substance, receptor}, like parse_predicate_list.
Result<std::set<EntityType>> parse_type_list(std::string_view list);

}  // namespace claimgraph::graph
