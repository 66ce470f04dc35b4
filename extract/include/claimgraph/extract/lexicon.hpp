// The entity lexicon (spec/lexicon.md) and the cue lexicon (data/cues.tsv):
// the two word lists the extractor is driven by. Both are data files a user
// can read and extend; nothing here hard-codes vocabulary.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "claimgraph/extract/text.hpp"
#include "claimgraph/extract/types.hpp"

namespace claimgraph::extract {

namespace detail {

/// Phrases as paths of interned words: every word gets a small integer id
/// (hashed once per look-up, no string built), and a phrase is a path of
/// (node, word) -> node steps from the root. Lexicon and CueLexicon match
/// their phrases on it, so a candidate phrase costs integer look-ups only.
class PhraseTrie {
public:
    static constexpr std::uint32_t kNone = static_cast<std::uint32_t>(-1);
    static constexpr std::uint32_t kRoot = 0;

    /// The id of a word, or kNone when no phrase has it. Inline up to the
    /// filter: it runs for every token, mostly to say kNone, and as a call it
    /// spent as much on saving registers as on the look-up.
    std::uint32_t word(std::string_view w) const {
        if (w.size() <= kShortWord) {
            const std::uint64_t key = short_key(w.data(), w.size());
            if (!may_have(short_filter_bit(key))) return kNone;  // most of a text's words
            return find_short(key);
        }
        return find_long(w);
    }
    /// The node reached from `node` by `word`, or kNone. Inline up to the probe of
    /// the edges: most steps leave a node that ends its phrase, or take an unknown word.
    std::uint32_t child(std::uint32_t node, std::uint32_t word) const {
        if (node == kRoot) return first(word);
        if (word == kNone || node >= has_children_.size() || !has_children_[node]) return kNone;
        return find_child(node, word);
    }
    /// Adds the path of `words` from the root; returns its last node.
    std::uint32_t add(const std::vector<std::string>& words);
    /// add({w}) without building the vector: a one-word phrase.
    std::uint32_t add(std::string_view w) { return extend(kRoot, w); }
    /// The node reached from `node` by `word`, added if need be: add() a word at a time.
    std::uint32_t extend(std::uint32_t node, std::string_view word) { return add_child(node, add_word(word)); }
    /// child(kRoot, word): a phrase's first step, by an array look-up.
    std::uint32_t first(std::uint32_t word) const { return word < first_.size() ? first_[word] : kNone; }
    /// Nodes so far, the root included: node ids are below this.
    std::uint32_t nodes() const { return nodes_; }
    /// Words so far: word ids are below this.
    std::uint32_t words() const { return word_count_; }
    /// The text of word `id`.
    std::string_view text(std::uint32_t id) const {
        return std::string_view(pool_).substr(texts_[id].offset, texts_[id].length);
    }

private:
    std::uint32_t add_word(std::string_view w);
    std::uint32_t add_child(std::uint32_t node, std::uint32_t word);
    /// child() past its tests: the probe of edges_.
    std::uint32_t find_child(std::uint32_t node, std::uint32_t word) const;
    /// Words of up to kShortWord bytes (most words) are their own 64-bit key,
    /// bytes and length, so that a probe compares one integer a slot; longer
    /// ones have kLongKey and compare the hash's high half, then their bytes.
    static constexpr std::size_t kShortWord = 7;
    static constexpr std::uint64_t kLongKey = std::uint64_t{0xFF} << 56;
    struct WordSlot {
        std::uint64_t key = ~std::uint64_t{0};  ///< all ones: empty slot
        std::uint32_t id = kNone;               ///< kNone: empty slot
        std::uint32_t tag = 0;                  ///< long words: the hash's high 32 bits
    };
    static WordSlot slot_of(std::string_view w, std::uint32_t id, std::uint64_t* hash);
    /// A word of at most kShortWord bytes as its own key: its bytes, and its
    /// length in the top byte (so "a" and "a\0" differ). Fixed-size loads only.
    static std::uint64_t short_key(const char* p, std::size_t n) {
        std::uint64_t v = 0;
        if (n >= 4) {
            std::uint32_t lo, hi;
            std::memcpy(&lo, p, 4);
            std::memcpy(&hi, p + n - 4, 4);
            v = lo | (std::uint64_t{hi} << ((n - 4) * 8));
        } else if (n > 0) {
            v = static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) |
                (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << ((n >> 1) * 8)) |
                (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n - 1])) << ((n - 1) * 8));
        }
        return v | (static_cast<std::uint64_t>(n) << 56);
    }
    /// A word's bit in filter_ (kFilterBits of them): from a multiply of a short
    /// word's key, from the top of a long word's hash (whose low bits pick its slot).
    static constexpr unsigned kFilterBits = 15;
    static std::size_t short_filter_bit(std::uint64_t key) {
        return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> (64 - kFilterBits));
    }
    static std::size_t long_filter_bit(std::uint64_t hash);
    /// word() past the filter: the probe of the slots.
    std::uint32_t find_short(std::uint64_t key) const;
    std::uint32_t find_long(std::string_view w) const;
    /// A bit per hash of the words there are (a one-hash Bloom filter): a clear
    /// bit means no such word, so most look-ups of words no phrase has stop
    /// there, in a table that stays in the first-level cache.
    bool may_have(std::size_t bit) const { return (filter_[bit >> 6] >> (bit & 63)) & 1; }
    std::array<std::uint64_t, 512> filter_{};  ///< 2^15 bits
    struct WordText {
        std::uint32_t offset = 0;  ///< into pool_
        std::uint32_t length = 0;
    };
    struct EdgeSlot {
        std::uint64_t key = ~std::uint64_t{0};  ///< (node << 32) | word; all ones: empty slot
        std::uint32_t child = kNone;
    };
    std::string pool_;                ///< the words' bytes
    std::vector<WordText> texts_;     ///< by word id
    std::vector<WordSlot> words_;     ///< open addressing, a power of two in size
    std::vector<std::uint32_t> first_;  ///< by word id: the root's child by that word, or kNone
    std::uint32_t word_count_ = 0;
    std::vector<EdgeSlot> edges_;     ///< open addressing, a power of two in size
    /// By node: 1 when some edge leaves it. Most phrases are one or two words long,
    /// and child() of a node that ends them answers without probing edges_.
    std::vector<std::uint8_t> has_children_;
    std::uint32_t edge_count_ = 0;
    std::uint32_t nodes_ = 1;
};

/// match_key() without allocating: a view of `norm`, or of `scratch` when
/// the key is not a prefix of it ("therapies" -> "therapy").
std::string_view match_key_view_plural(std::string_view norm, std::string& scratch);
inline std::string_view match_key_view(std::string_view norm, std::string& scratch) {
    // Every rule needs a final 's': most words leave here, without a call.
    if (norm.size() <= 3 || norm.back() != 's') return norm;
    return match_key_view_plural(norm, scratch);
}

}  // namespace detail

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
    /// The same into `out`, cleared first, keeping its capacity across sentences.
    void match_into(const std::vector<Token>& tokens, std::vector<Mention>& out) const;
    /// The same, given each token's word as TokenWords::ids() found it (`words`, one per token).
    void match_into(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& words,
                    std::vector<Mention>& out) const;
    const Entity& entity(std::size_t i) const { return entities_[i]; }
    std::size_t size() const { return entities_.size(); }
    std::optional<std::size_t> find(std::string_view name_or_alias) const;

private:
    friend class TokenWords;
    static constexpr std::size_t kNotAnEntity = static_cast<std::size_t>(-1);
    /// Buffers add_alias() reuses from alias to alias while a file is read.
    struct AliasScratch {
        std::vector<Token> tokens;
        std::string key, plural;
    };
    void add_alias(std::string_view alias, std::size_t entity, AliasScratch& scratch);
    /// add() of an entry the caller gives up, whose strings are moved, not copied.
    void add(Entity&& e, AliasScratch& scratch);
    /// match_into() with token i's trie word id given by word_of(i, norm).
    template <class WordOf>
    void match_with(const std::vector<Token>& tokens, WordOf&& word_of, std::vector<Mention>& out) const;

    std::vector<Entity> entities_;
    std::unordered_map<std::string, std::size_t> by_name_;
    struct Target {
        std::size_t entity = 0;
        std::size_t layer = 0;
    };
    /// The aliases' match keys word by word; a node's target is set when an alias ends there.
    detail::PhraseTrie trie_;
    struct NodeTarget {
        Target target;
        bool set = false;
    };
    std::vector<NodeTarget> node_targets_;  ///< by trie node
    std::vector<std::size_t> targets_in_layer_;  ///< aliases by layer: a layer with none is not searched
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
    plain,        ///< holds a cue word but states nothing: "moderate to severe", "mild to moderate"
};

/// Trivially copyable (every chunk of a sentence holds a copy): the strings,
/// fixed_target and default_target, are views of text the CueLexicon owns.
struct Cue {
    CueClass cls = CueClass::predicate;
    Predicate predicate = Predicate::modulates;
    BindMode mode = BindMode::none;
    EntityType referent = EntityType::substance;  ///< anaphor only
    bool topic = false;  ///< anaphor only: the substance the article is about ("this medicine" in a leaflet)
    BindMode receptor_mode = BindMode::none;  ///< "blocks": on a receptor the claim is binds with this mode
    bool also_postmodifier = false;               ///< predicate nouns that may follow the target
    bool flips_on_harm = false;  ///< benefit/harm cues: the direction flips on a harmful condition
    bool of_form = false;  ///< "effects of X on Y": the subject follows "of", the targets a preposition after it
    bool verb = false;   ///< came from a `verb` line: a verb form that a determiner turns into a noun
    bool agent = false;  ///< names its subject by its action ("inhibitor", "antagonist"): the subject may follow in apposition
    /// From an `outcome-homograph` line: a verb spelled as an outcome's name ("calm"), read as the
    /// verb only after "to", a modal or "help" with an outcome for its object.
    bool outcome_homograph = false;
    /// Property words ("anxiolytic"): the target the word itself names; empty for other cues.
    /// Valid as long as the CueLexicon the cue came from.
    std::string_view fixed_target;
    /// Verbs whose object may go unsaid ("it takes the edge off"): the target they mean then;
    /// empty for other cues. Valid as the fixed_target is.
    std::string_view default_target;
    std::size_t words = 1;                        ///< tokens the phrase spans
};
static_assert(std::is_trivially_copyable_v<Cue>);

/// Cue phrases, matched longest first on normalized tokens. A `verb` line in
/// the file is expanded to its inflections (boost -> boosts, boosted, boosting).
class CueLexicon {
public:
    Status add_text(std::string_view text, const std::string& source);
    Status add_file(const std::string& path);
    /// The longest cue that starts at token i, or null. The pointer lives as long as the lexicon.
    const Cue* match_at(const std::vector<Token>& tokens, std::size_t i) const;
    /// Each token's word as the phrases know it, into `out` (replacing what it held),
    /// for the match_at below: a caller that tries phrases at every token looks
    /// each word up once, not once more for every phrase tried through it.
    void word_ids(const std::vector<Token>& tokens, std::vector<std::uint32_t>& out) const;
    /// match_at(tokens, i) of the tokens whose word_ids() are `words`. Inline up to
    /// the first word's step: the chunker asks at every token, and most start no cue.
    const Cue* match_at(const std::vector<std::uint32_t>& words, std::size_t i) const {
        const std::uint32_t node = trie_.first(words[i]);
        return node == detail::PhraseTrie::kNone ? nullptr : match_from(words, i, node);
    }
    /// The longest cue of two words or more that starts at token i when the `count`
    /// tokens from `skip` (after i) are passed over: "acts mainly on" is "acts on",
    /// "attaches only loosely to" is "attaches to". Its Cue::words does not count the
    /// tokens passed over; null when no such cue reaches past them.
    const Cue* match_skipping(const std::vector<std::uint32_t>& words, std::size_t i, std::size_t skip,
                              std::size_t count = 1) const;
    std::size_t size() const { return cues_.size(); }

private:
    friend class TokenWords;
    void add_phrase(const std::string& phrase, Cue cue);
    /// match_at() past its first step: `node`, the trie node of words[i].
    const Cue* match_from(const std::vector<std::uint32_t>& words, std::size_t i, std::uint32_t node) const;
    detail::PhraseTrie trie_;                 ///< cue phrases, token by token
    std::vector<std::uint32_t> cue_of_node_;  ///< by trie node: index into cues_, or kNone
    std::vector<Cue> cues_;                   ///< one per distinct phrase
    /// The text of the cues' fixed_target views, each string on the heap of its
    /// own so that the views survive the vector growing or the lexicon moving.
    std::vector<std::unique_ptr<const std::string>> fixed_targets_;
};

/// A token's word in both lexicons by one look-up: the CueLexicon's word id of its
/// text (CueLexicon::word_ids) and the Lexicon's of its match key, which
/// Lexicon::match_into would look up one after the other. Holds every text
/// that has either: the cue words, and each lexicon word with the plurals whose
/// match key it is. Built from the two lexicons as they are; ids only, so it
/// stays valid when they move.
class TokenWords {
public:
    TokenWords() = default;
    TokenWords(const Lexicon& lexicon, const CueLexicon& cues);
    /// Each token's cue word id and lexicon word id (kNone when none), replacing
    /// what the vectors held.
    void ids(const std::vector<Token>& tokens, std::vector<std::uint32_t>& cue_words,
             std::vector<std::uint32_t>& lexicon_words) const;

private:
    detail::PhraseTrie texts_;  ///< each text a one-word phrase
    struct Ids {
        std::uint32_t cue = detail::PhraseTrie::kNone;
        std::uint32_t lexicon = detail::PhraseTrie::kNone;
    };
    std::vector<Ids> ids_by_node_;  ///< by texts_ node
    std::vector<Ids> ids_by_word_;  ///< the same by texts_ word id, for ids()
};

/// Inflections of an English verb: base, 3rd person, past, gerund.
std::vector<std::string> inflect_verb(std::string_view base);

}  // namespace claimgraph::extract
