// The entity lexicon (spec/lexicon.md) and the cue lexicon (data/cues.tsv):
// the two word lists the extractor is driven by. Both are data files a user
// can read and extend; nothing here hard-codes vocabulary.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimgraph/extract/text.hpp"
#include "claimgraph/extract/types.hpp"

namespace claimgraph::extract {

struct Entity {
    std::string name;  ///< canonical, lower-case
    EntityType type = EntityType::other;
    std::vector<std::string> aliases;
    std::vector<std::string> ids;
};

/// A run of tokens [first, last) that names an entity.
struct Mention {
    std::size_t first = 0;
    std::size_t last = 0;
    std::size_t entity = 0;  ///< index into Lexicon::entity()
};

/// Canonical entities and their aliases, matched case-insensitively with
/// plural and possessive forms, curly and straight apostrophes alike, and
/// hyphens optional ("well-being" = "well being"); the longest match wins.
class Lexicon {
public:
    /// Parses lexicon text; `source` names it in errors ("file:line: ...").
    /// Entries for a name already present add aliases and replace the type;
    /// an alias already present moves to the new entry (later files win).
    Status add_text(std::string_view text, const std::string& source);
    Status add_file(const std::string& path);
    void add(const Entity& e);
    /// Phrases that look like entities but name none ("mood disorders",
    /// "side effects"): matched like aliases, so they win over a shorter
    /// alias inside them, and then dropped. One phrase a line, '#' comments.
    Status add_non_entities_text(std::string_view text, const std::string& source);
    Status add_non_entities_file(const std::string& path);

    /// Entries added after this call form a new layer whose matches win over
    /// overlapping matches of earlier layers, longer or not: a user's
    /// --lexicon entry "mao" keeps "MAO inhibitor" from matching the built-in
    /// "mao inhibitor" around it.
    void begin_layer() { ++layer_; }

    std::vector<Mention> match(const std::vector<Token>& tokens) const;
    const Entity& entity(std::size_t i) const { return entities_[i]; }
    std::size_t size() const { return entities_.size(); }
    std::optional<std::size_t> find(std::string_view name_or_alias) const;

private:
    static constexpr std::size_t kNotAnEntity = static_cast<std::size_t>(-1);
    void add_alias(const std::string& alias, std::size_t entity);

    std::vector<Entity> entities_;
    std::unordered_map<std::string, std::size_t> by_name_;
    struct Target {
        std::size_t entity = 0;
        std::size_t layer = 0;
    };
    std::unordered_map<std::string, Target> by_key_;  ///< alias match key -> entity
    /// First word of an alias -> the most words an alias starting with it has:
    /// most tokens start no alias, and are passed over with one look-up.
    std::unordered_map<std::string, std::size_t> max_words_by_first_;
    std::size_t max_words_ = 1;
    std::size_t layer_ = 0;
};

/// The match key of a phrase: its tokens' match keys, hyphens dropped, joined by spaces.
std::string phrase_key(std::string_view phrase);

/// What a cue phrase signals (see data/cues.tsv for the classes).
enum class CueClass {
    predicate,    ///< a verb or noun that states an effect; targets follow it
    postmodifier, ///< a noun or participle that may follow its target ("anxiety relief", "mood-boosting")
    binding,      ///< "agonist", "binds to": predicate binds with a mode
    hedge,
    negation,
    without,      ///< "without": denies the effect on what follows
    anaphor,      ///< "it", "this herb": points to an earlier entity of a type
    constituent,  ///< "alkaloids", "compounds": parts of the substance that owns them
    relative,     ///< "which", "that": the clause that follows is about what precedes
    boundary,     ///< ends a clause: "but", "although", ";"
    advice,       ///< sentence-initial imperative: the sentence makes no claim
    connector,    ///< "and", "or", "such as", "like": joins the members of a list
    question,     ///< sentence-initial "what", "how": a question makes no claim
    determiner,   ///< "the", "a", "its": what follows is a noun ("the balance of"), not a verb
    person,       ///< "we", "users", "individuals": a human subject, who makes no claim about substances
};

struct Cue {
    CueClass cls = CueClass::predicate;
    Predicate predicate = Predicate::modulates;
    BindMode mode = BindMode::none;
    EntityType referent = EntityType::substance;  ///< anaphor only
    bool also_postmodifier = false;               ///< predicate nouns that may follow the target
    BindMode receptor_mode = BindMode::none;  ///< "blocks": on a receptor the claim is binds with this mode
    bool flips_on_harm = false;  ///< benefit/harm cues: the direction flips on a harmful condition
    std::string fixed_target;  ///< property words ("anxiolytic"): the target the word itself names
    bool of_form = false;  ///< "effects of X on Y": the subject follows "of", the targets a preposition after it
    bool verb = false;   ///< came from a `verb` line: a verb form that a determiner turns into a noun
    bool agent = false;  ///< names its subject by its action ("inhibitor", "antagonist"): the subject may follow in apposition
    std::size_t words = 1;                        ///< tokens the phrase spans
};

/// Cue phrases, matched longest first on normalized tokens. A `verb` line in
/// the file is expanded to its inflections (boost -> boosts, boosted, boosting).
class CueLexicon {
public:
    Status add_text(std::string_view text, const std::string& source);
    Status add_file(const std::string& path);
    /// The longest cue that starts at token i, or null. The pointer lives as long as the lexicon.
    const Cue* match_at(const std::vector<Token>& tokens, std::size_t i) const;
    std::size_t size() const { return cues_.size(); }

private:
    void add_phrase(const std::string& phrase, Cue cue);
    std::unordered_map<std::string, Cue> cues_;  ///< normalized phrase -> cue
    std::unordered_map<std::string, std::size_t> max_words_by_first_;  ///< as in Lexicon
    std::size_t max_words_ = 1;
};

/// Inflections of an English verb: base, 3rd person, past, gerund.
std::vector<std::string> inflect_verb(std::string_view base);

}  // namespace claimgraph::extract
