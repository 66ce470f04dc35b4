// Just enough of WordNet (Debian's wordnet-base: /usr/share/wordnet) to judge
// a word the lexicon does not know: is it an English word at all, and if it
// is a noun, what is it a kind of? "Phenibut increases GABA activity" names a
// substance the lexicon lacks; "Exercise increases dopamine" does not.
//
// Written by hand rather than through libwordnet (wordnet-dev) because that
// library keeps global state and prints to stdout, which a library here may
// not do; reading the two documented file formats (wndb(5)) is short.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::extract {

class WordNet {
public:
    /// Loads the index files of `dir`; an Error when they are missing.
    static Result<WordNet> open(const std::string& dir);

    /// True when WordNet lists the word (any inflection it knows) as any part of speech.
    bool knows(std::string_view word) const;
    /// The hypernym chain of the word's first noun sense, the word's own synset
    /// first ("ketamine", "general_anesthetic", ..., "drug", ...); empty when
    /// WordNet has no noun by that name.
    std::vector<std::string> noun_hypernyms(std::string_view word) const;
    /// True when WordNet lists the word (or its singular) as a noun and as no verb,
    /// adjective or adverb: "appraisal", "performance", not "sharply", "after" or "rate".
    bool only_noun(std::string_view word) const;

private:
    struct Files;
    // The index files are sorted by lemma, so a word is found by binary search.
    // The files are mapped into memory, not read: nothing is loaded up front,
    // which keeps start-up cheap, and a look-up touches a few pages. Shared
    // and read-only, so copies of a WordNet and threads may use it at once.
    std::shared_ptr<const Files> files_;
    std::optional<std::string_view> index_line(std::string_view index, std::string_view lemma) const;
    std::optional<std::size_t> noun_offset(std::string_view word) const;
};

}  // namespace claimgraph::extract
