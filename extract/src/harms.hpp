#pragma once
// Whether an entity is a harm: one the lexicon lists in data/negative-conditions.txt, or a
// condition the lexicon lacks that the chunker coined (NameJudge::names_condition: those are
// diseases and symptoms). The chunker and the claim rules ask the same question.
#include <cstddef>
#include <unordered_set>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::extract::detail {

// `type_of(id)` is asked only for a coined entity (id >= lexicon_size).
template <class TypeOf>
bool is_harm_entity(const std::unordered_set<std::size_t>* harms, std::size_t lexicon_size, std::size_t id, TypeOf type_of) {
    return (harms && harms->count(id)) || (id >= lexicon_size && type_of(id) == EntityType::condition);
}

}  // namespace claimgraph::extract::detail
