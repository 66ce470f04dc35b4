#pragma once
// Closed sets of English function words that both the chunker and the claim rules
// test for: grammar, not data a user extends (data/word-roles.tsv holds the open-class
// words by role).
#include <string_view>

namespace claimgraph::extract::detail {

// The participles that open an aside of how a drug was taken: "Nalmefene, given together
// with naltrexone, significantly reduced ...", "Kava, when combined with alcohol, ...".
inline bool is_intake_participle(std::string_view w) {
    return w == "given" || w == "taken" || w == "administered" || w == "coadministered" || w == "co-administered" ||
           w == "combined" || w == "used";
}

// The adverbs that may stand between a word of placing and its preposition: "found
// naturally in", "found almost exclusively in", "found only in".
inline bool is_placement_adverb(std::string_view w) {
    return w.ends_with("ly") || w == "almost" || w == "only" || w == "also";
}

}  // namespace claimgraph::extract::detail
