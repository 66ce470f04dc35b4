// The extractor: document text to claims, in stages that can each be run
// and tested alone:
//
//   SentenceSplitter  -> sentence spans          (text.hpp)
//   tokenize()        -> tokens with offsets     (text.hpp)
//   Lexicon::match()  -> entity mentions         (lexicon.hpp)
//   Chunker           -> phrase chunks: entity groups, cue phrases, function words
//   ClaimRules        -> claims over the chunks
//
// Extractor ties them together and carries the discourse state (what "it"
// and "this herb" refer to) from one sentence to the next.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "claimgraph/extract/lexicon.hpp"
#include "claimgraph/extract/text.hpp"
#include "claimgraph/extract/types.hpp"
#include "claimgraph/extract/wordnet.hpp"

namespace claimgraph::extract {

enum class ChunkKind {
    entity,     ///< an entity mention, or an anaphor/constituent resolved to one
    predicate,  ///< a cue that states an effect (increases/decreases/modulates/binds/contains)
    without,    ///< "without"
    hedge,
    negation,
    relative,
    boundary,
    connector,
    person,     ///< "we", "users": a human subject
    word,       ///< any other token
};

struct Chunk {
    ChunkKind kind = ChunkKind::word;
    std::size_t first = 0;  ///< token range [first, last)
    std::size_t last = 0;
    std::size_t entity = 0;   ///< entity chunks: index into the lexicon
    bool anaphoric = false;   ///< entity chunks: resolved from "it", "this herb", "its alkaloids"...;
                              ///< person chunks: `entity` is the implicit agent of what they report
    Cue cue;                  ///< cue chunks
    /// Entity chunks: the phrase names the entity changed, -1 lowered ("slowed breathing",
    /// "memory problems", "low mood"), +1 raised ("increased appetite"); 0 names it plainly.
    /// What brings on "slowed breathing" lowers breathing; what relieves "low mood" raises mood.
    signed char direction = 0;
    /// Entity chunks: named as kept in balance ("a balanced mood", "healthy cortisol levels"
    /// under "supports"): what supports it regulates it (modulates) rather than raising it.
    bool steady = false;
};

/// What earlier sentences (and earlier words of this one) make available to
/// anaphora. "It" and "this herb" point to the salient substance: the first one
/// named earlier in the sentence, else the first one of the last sentence that
/// named one, else the most mentioned so far (the article's topic; in an article
/// that names no substance, the most mentioned hormone, as melatonin). Other types
/// ("this receptor", "the hormone") point to the most recent of their type;
/// plural ones ("these receptors") to all of that type the nearest sentence
/// naming one named.
class Discourse {
public:
    void begin_sentence();
    /// The sentence begun is the article's title (its first line, with no end mark):
    /// the substance it names first is what the article is about, however often the
    /// text names another ("Magnesium Glycinate 400 mg" on a page that says
    /// "magnesium" more often).
    void begin_title() { in_title_ = true; }
    /// In the article's opening headings, none of which has named a substance yet.
    bool title_open() const { return in_title_ && !title_substance_; }
    /// In the article's title, whatever it has named.
    bool in_title() const { return in_title_; }
    /// The title names `entity` as what the article is about, though it named another
    /// first ("Why I Swapped My Morning Coffee for Guayusa").
    void retitle(std::size_t entity) { title_substance_ = entity; }
    bool at_start() const { return !started_; }
    /// `salient`: false for a name in a contrast ("Unlike SSRIs, it ..."), which "it" does not point to.
    /// `object`: named after the sentence's verb or after "of" ("show raised levels of
    /// homocysteine"), where a name is no subject "it" in the next sentence points back to.
    void saw(std::size_t entity, EntityType type, bool anaphoric, bool salient = true, bool object = false);
    /// The sentence has a constituent phrase ("alkaloids such as ..."): the
    /// substances it names are members that "these compounds" may point back to.
    void saw_constituent() { sentence_constituent_ = true; }
    std::optional<std::size_t> referent(EntityType type) const;
    /// The substance mentioned most so far (in an article that names none, the hormone
    /// mentioned most): what the article is about, and what a sentence without a
    /// subject ("Supports restful sleep.") or a list of side effects is about.
    std::optional<std::size_t> main_topic() const;
    /// The salient substance other than `not_this`: "Hyperforin, one of its constituents" -
    /// "its" cannot be the hyperforin it describes.
    std::optional<std::size_t> substance_other_than(std::size_t not_this) const;
    /// The article's subject, unless it is `not_this`; then the salient substance other
    /// than it. Where a pronoun cannot be the name it would point to ("Naloxone blocks
    /// it"), what it points to instead.
    std::optional<std::size_t> topic_other_than(std::size_t not_this) const;
    /// "these neurotransmitters": every entity of `type` that this sentence
    /// named so far, else that the last sentence naming one named. With
    /// EntityType::other, any messenger or target (neurotransmitter, hormone,
    /// receptor, transporter, enzyme): "these levels", "these systems". With
    /// EntityType::condition, the conditions named that way ("this risk"); with
    /// EntityType::substance, the one referent().
    std::vector<std::size_t> referents(EntityType type) const;
    /// "Neither drug affected Stroop interference", "Both compounds raised dopamine": the
    /// two substances named most recently (not through an anaphor), older first; empty
    /// when fewer than two have been named.
    std::vector<std::size_t> last_two_substances() const { return last_substances(2); }
    /// The `n` distinct substances named most recently, older first; empty when fewer
    /// have been named ("the three drugs").
    std::vector<std::size_t> last_substances(std::size_t n) const;
    /// "Tell your doctor if you take fluoxetine, paroxetine or bupropion. These medicines
    /// inhibit CYP2D6": the substances the last sentence that named any named, when this
    /// sentence has named none yet; empty otherwise.
    const std::vector<std::size_t>& previous_substances() const {
        static const std::vector<std::size_t> kNone;
        return sentence_salient_.empty() ? previous_salient_ : kNone;
    }
    /// "Common side effects may include:" followed by bullet lines: what each item
    /// names, `agent` brings on, hedged as the lead-in was. Set by a lead-in that ends
    /// with a colon; kept while bullet lines follow.
    /// A lead-in that ends with "to:" ("Diazepam is used in adults to:") lists what the
    /// agent is for (`purpose`): each bullet opens with a verb whose subject it is
    /// ("- relieve severe anxiety").
    struct EffectList {
        std::size_t agent = 0;
        bool hedged = false;
        bool purpose = false;
        /// Set by a lead-in that ends with a colon and no bullet has followed yet: the
        /// next line may be the list itself ("Side effects include:\nnausea, diarrhea").
        bool fresh = false;
        /// What the list names: effects the agent brings on; what it is used for
        /// ("Indications:", word role indication-label); or what it holds ("Ingredients:",
        /// role ingredient-label).
        enum class Kind : unsigned char { effects, indications, ingredients, benefits } kind = Kind::effects;
        /// Its items are numbered lines ("1. Sharper focus"), which a paragraph may follow
        /// before the next item: only a heading with no number ends the list.
        bool numbered = false;
    };
    const std::optional<EffectList>& effect_list() const { return effect_list_; }
    /// Names an article coins that the lexicon lacks: a product's brand ("Nightfall Calm
    /// Gummies", typed substance) or a compound named after a substance noun ("its
    /// metabolite, mCPP,", typed other). Their ids follow the lexicon's: `base`
    /// (Lexicon::size()) + index.
    std::size_t coin(const std::string& name, EntityType type, std::size_t base) {
        auto [it, added] = coined_by_name_.emplace(name, base + coined_.size());
        if (added) coined_.push_back({name, type, {}, {}});
        return it->second;
    }
    const std::vector<Entity>& coined() const { return coined_; }
    /// The first product coined, as an id past `base`: a page that names one is about it.
    std::optional<std::size_t> first_product(std::size_t base) const { return first_product_in(coined_, base); }
    static std::optional<std::size_t> first_product_in(const std::vector<Entity>& coined, std::size_t base) {
        for (std::size_t k = 0; k < coined.size(); ++k)
            if (coined[k].type == EntityType::substance) return base + k;
        return std::nullopt;
    }
    /// A brand a coined product goes by without its product word ("Nightfall Calm").
    void brand(const std::string& stem, std::size_t id) { brands_.emplace(stem, id); }
    bool has_brands() const { return !brands_.empty(); }
    std::optional<std::size_t> brand(const std::string& stem) const {
        auto it = brands_.find(stem);
        return it == brands_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }
    /// "Modafinil (MOD)": an abbreviation an article defines for a name stands for it
    /// in the rest of the article.
    void define_abbreviation(std::string abbreviation, std::size_t entity) {
        abbreviations_.emplace(std::move(abbreviation), entity);
    }
    bool has_abbreviations() const { return !abbreviations_.empty(); }
    /// True the first time a word is asked about: the chunker counts an unknown name's uses
    /// in the text once a word, not once a use.
    bool judge_frequent_name(std::string word) { return judged_names_.insert(std::move(word)).second; }
    /// Where the document's lead ends (its first two non-empty lines), found once: `find`
    /// is asked with the document's text each time.
    std::size_t lead_end(std::string_view text, std::size_t (*find)(std::string_view)) {
        if (!lead_end_) lead_end_ = find(text);
        return *lead_end_;
    }
    std::optional<std::size_t> abbreviation(std::string_view word) const {
        if (abbreviations_.empty()) return std::nullopt;
        auto it = abbreviations_.find(std::string(word));
        return it == abbreviations_.end() ? std::nullopt : std::optional<std::size_t>(it->second);
    }
    void set_effect_list(std::optional<EffectList> list) { effect_list_ = list; }
    /// The substances the previous sentence named beside a constituent phrase
    /// ("alkaloids such as mitragynine and 7-OH"), for "these compounds".
    const std::vector<std::size_t>& previous_members() const { return previous_members_; }

private:
    static constexpr std::size_t kTypes = 8;
    static constexpr std::size_t kMessengers = 7;  ///< the slot for EntityType::other: any messenger
    std::array<std::optional<std::size_t>, kTypes> last_of_type_;
    std::array<std::vector<std::size_t>, kTypes> sentence_of_type_;  ///< this sentence's, by type
    std::array<std::vector<std::size_t>, kTypes> group_of_type_;     ///< the last sentence naming the type
    std::optional<std::size_t> sentence_first_substance_;
    std::optional<std::size_t> previous_first_substance_;
    bool sentence_first_is_object_ = false;
    bool previous_first_is_object_ = false;
    /// A hormone named before any other entity of the sentence ("Melatonin is bad, and it
    /// caused nightmares", "I stopped melatonin because it ..."): what "it" points to when the
    /// sentence names no substance. (`sentence_named_` says whether any entity came first.)
    std::optional<std::size_t> sentence_opening_hormone_;
    bool sentence_named_ = false;
    bool started_ = false;
    bool in_title_ = false;
    std::optional<std::size_t> title_substance_;
    std::map<std::size_t, std::size_t> substance_mentions_;
    std::vector<std::size_t> recent_substances_;  ///< substances named (not through an anaphor), most recent last
    std::vector<std::size_t> substance_order_;  ///< the substances of substance_mentions_, first named first
    std::map<std::size_t, std::size_t> hormone_mentions_;  ///< the topic when no substance was named
    std::vector<std::size_t> sentence_substances_;  ///< named, not resolved, in this sentence
    std::vector<std::size_t> sentence_salient_;     ///< substances this sentence named or resolved
    std::vector<std::size_t> previous_salient_;     ///< those of the last sentence that had any
    bool sentence_constituent_ = false;
    std::vector<std::size_t> previous_members_;
    std::optional<EffectList> effect_list_;
    std::map<std::string, std::size_t> abbreviations_;
    std::set<std::string> judged_names_;  ///< judge_frequent_name's
    std::optional<std::size_t> lead_end_;
    std::vector<Entity> coined_;
    std::map<std::string, std::size_t> coined_by_name_;
    std::map<std::string, std::size_t> brands_;
};

/// What some open-class words do in a sentence, for the rules that need to
/// recognise them by role rather than by cue (data/word-roles.tsv): words a
/// user may extend without touching code.
enum class WordRole : std::uint64_t {
    filler = 1,     ///< between "made" / "felt" and the outcome: "made me kinda groggy"
    intake = 2,     ///< between "after" and the agent: "after taking kratom"
    use = 4,        ///< the topic's use as a clause subject: "Long-term use can lead to tolerance"
    lack = 8,       ///< a disturbance, not an agent: "imbalances in serotonin"
    contrast = 16,  ///< before a name that "it" does not point to: "Unlike SSRIs, it ..."
    report = 32,    ///< people reporting an effect of the topic: "Users have noted ..."
    linking = 64,   ///< links an outcome to how it now is: "my anxiety was (way) better"
    owner = 128,    ///< a possessive before an outcome someone reports on: "my", "his"
    lead_in = 256,  ///< opens a subjectless claim before its verb: "Clinically proven to improve focus"
    lowered = 512,  ///< before an outcome, names it lowered or impaired: "low mood", "poor balance", "loss of appetite"
    raised = 1024,  ///< before an outcome, names it raised: "high fever", "elevated heart rate"
    deficit = 2048, ///< after an outcome, names it impaired: "memory problems", "breathing difficulties"
    overdose = 4096, ///< a condition whose symptoms are effects of the substance: "symptoms of an overdose include"
    steady = 8192,   ///< before an outcome or a messenger, names it kept in balance: "a balanced mood", "stable levels"
    cessation = 16384,  ///< stopping a substance: "Stopping it abruptly can cause dizziness" says nothing of what it does
    measure = 32768,    ///< after a name, a measure of it, no entity of its own: "bupropion concentrations"
    product = 65536,    ///< ends a product's brand name: "Nightfall Calm Gummies", "SunLift Mood Support"
    cohort = 131072,    ///< after a substance, the people who took it: "in the ayahuasca arm", "the caffeine group"
    steady_level = 262144,  ///< before a messenger only, names it kept in balance: "healthy cortisol levels"
    handling = 524288,  ///< a cue verb that, with a substance for object, handles it: "gave me hydroxyzine", "stopped the prozac"
    effects = 1048576,  ///< in a lead-in before a colon, names what follows as effects: "Side effects:", "downsides:"
    unit = 2097152,     ///< a unit of a dose: "200 mg magnesium"
    summary = 4194304,  ///< a noun that sums up the clause before: "..., an action that may reduce craving"
    recipient = 8388608,  ///< a cue verb whose first object may be a person: "won't give you the jitters"
    degree = 16777216,    ///< an adverb of degree or manner that may stand inside a verb's phrase: "acts mainly on"
    interrogative = 33554432,  ///< opens a question: "did it help?" asks; "my anxiety got worse??" states
    absence = 67108864,   ///< before a name, names it left out: "contains no melatonin", "without caffeine"
    absence_after = 134217728,  ///< after a name and a hyphen, names it left out: "melatonin-free"
    substance_noun = 268435456,  ///< a noun that says the name set off after it is a substance: "its metabolite, mCPP,"
    class_label = 536870912,  ///< ends a label before a colon that says what the topic is: "Drug class:"
    breakdown = 1073741824,  ///< a verb of breakdown, whose "to X" names its product: "metabolized to cotinine"
    together = 2147483648u,  ///< says a use is with another drug: "Concomitant use", "the combination"
    link = 4294967296u,  ///< after a form of "be", links a substance to outcomes as "linked to" does: "is associated with"
    indication_label = 8589934592u,  ///< labels what the topic is used for: "Indications: insomnia"
    ingredient_label = 17179869184u,  ///< labels what the topic holds: "Ingredients: L-theanine, chamomile"
    benefit_label = 34359738368u,  ///< names a list as the topic's benefits: "Pros:", "Key benefits"
    first_person = 68719476736u,  ///< the writer speaking of themself: "I", "my", "I've" (a review's voice)
    treatment_time = 137438953472u,  ///< names a time or setting of treatment: "on the day of dosing"
    drug_noun = 274877906944u,  ///< a noun for drugs in general: "The following medicines can ..."
    taken_with = 549755813888u,  ///< after "when" or "if", before "with": "when taken with duloxetine"
    people_quantifier = 1099511627776u,  ///< standing alone before a verb of reporting, people: "some notice dizziness"
    time_unit = 2199023255552u,  ///< a unit of time or dosing in a fronted phrase: "After two weeks my mood lifted"
    more_of = 4398046511104u,  ///< after a verb of an outcome that people do, more of it: "I sleep longer"
    less_of = 8796093022208u,  ///< the same, less of it: "I worry less"
    improved = 17592186044416u,  ///< the same, the outcome going well: "I sleep better" (a harm then falls)
    worsened = 35184372088832u,  ///< the same, the outcome going badly: "I sleep worse" (a harm then rises)
    frequency_label = 70368744177664u,  ///< a leaflet's frequency heading: "Common:", "Very rare (1 in 10,000)"
    adulterant = 140737488355328u,  ///< hyphened after a substance, the next one holds it: "xylazine-laced fentanyl"
    keeping = 281474976710656u,  ///< before a messenger or an outcome that is no condition, keeps it in balance: "helps maintain dopamine levels"
    sign = 562949953421312u,  ///< reads one thing as a sign of another: "thought to reflect depleted serotonin"
    outcome_verb = 1125899906842624u,  ///< opens an outcome the lexicon names with its verb: "I don't wake up at 3am anymore"
    restoring = 2251799813685248u,  ///< brings an outcome back; a steady word after it is no balance: "restoring normal breathing"
    displacing = 4503599627370496u,  ///< pushes a drug off a receptor: "knocks fentanyl off opioid receptors"
    messenger_noun = 9007199254740992u,  ///< says the name after it is a messenger: "the neurotransmitter GABA"
    weight_unit = 18014398509481984u,  ///< a unit of body weight: "gained 20 lbs on seroquel"
    substance_head = 36028797018963968u,  ///< heads a description of the substance discussed: "this golden spice"
    formulated = 72057594037927936u,  ///< opens a product page's line of ingredients: "Formulated with melatonin"
    compound_class = 144115188075855872u,  ///< a class of compound that a word before it names: "ganoderic acids"
    metabolite_prefix = 288230376151711744u,  ///< hyphened to a substance's name, names another: "nor-mephedrone"
    messenger_verb = 576460752303423488u,  ///< a cue verb said only of the body's messengers and machinery: "hits GABA"
    pair_noun = 1152921504606846976u,  ///< after "both", "neither", "either", "the two": the last two substances named
    diet_label = 2305843009213693952u,  ///< left out for a diet, not for what the product does: "gluten-free"
    portion = 4611686018427387904u,  ///< a portion or container of a product, which stands for it: "Each serving contains"
    how_bad = 9223372036854775808u,  ///< after an outcome and "is", how bad it is on a substance: "dry mouth is brutal on dex"
};

/// Word roles past the 64 of WordRole, for rules that ask about a word rarely (once a
/// sentence or in one rule's branch, not at every chunk): WordRoles hashes the word for
/// these instead of filtering by byte, which WordRole's bits pay for.
enum class WordSet : std::uint32_t {
    quantity_noun = 1,  ///< how much, before "of" and a name: "a trace of theophylline", "small amounts of rutin"
    site_word = 2,      ///< names a web forum or its breadcrumbs on a page's first line: "SleepTalk Forums > Meds"
    more_comparative = 4,    ///< in a verbless review line, says the outcome after it grew: "Deeper sleep."
    better_comparative = 8,  ///< the same, that it got better: "Sharper focus." (a harm then fell)
    plant_part = 16,         ///< a part of a plant, which stands for the plant: "the ground seeds", "the dried root"
    outcome_rank = 32,       ///< ranks a trial's outcome: "primary", "secondary" ("Secondary outcomes included ...")
    outcome_noun = 64,       ///< names a trial's outcome: "outcome", "endpoint", "measures"
    maker_word = 128,        ///< ends a maker's name on a page's own first line: "NORTHPEAK NUTRITION"
    body_region = 256,       ///< a place in the body: "brain regions that govern memory" (the place governs)
    document_word = 512,     ///< ends a leaflet's heading on its first line: "MEDICATION GUIDE", "PACKAGE LEAFLET"
    name_adjective = 1024,   ///< hyphened after a name, makes it an adjective that names nothing: "calcium-dependent"
    formulation = 2048,      ///< right after a substance, names its release form, part of its name: "viloxazine ER"
};

/// Words by role. A word ending in '*' in the file stands for every word it begins.
class WordRoles {
public:
    /// Lines of "word<TAB>role"; an Error names the source and line of a bad one.
    Status add_text(std::string_view text, const std::string& source);
    Status add_file(const std::string& path);
    /// `norm`: a normalized token (tokenize()'s Token::norm). Inline up to the
    /// filter by first byte and length: it runs for nearly every chunk, most words
    /// stop there, and small enough to be inlined it costs a few instructions
    /// instead of a call.
    [[gnu::always_inline]] bool has(std::string_view norm, WordRole role) const {
        const auto bit = static_cast<std::uint64_t>(role);
        if (norm.empty() ||
            !(first_and_length_[static_cast<unsigned char>(norm[0])][std::min(norm.size(), kLengthBuckets - 1)] & bit))
            return false;
        return has_filtered(norm, bit);
    }
    /// A lead-in word before a colon that makes the list after it effects: a word of
    /// role `effects`, a reporting verb, "experienced", "noticed".
    bool names_effects(std::string_view norm) const {
        return has(norm, WordRole::effects) || has(norm, WordRole::report) || norm.starts_with("experienc") ||
               norm.starts_with("notic");
    }
    bool has(std::string_view norm, WordSet set) const {
        const auto it = sets_.find(norm);
        return it != sets_.end() && (it->second & static_cast<std::uint32_t>(set));
    }

private:
    /// has() past the first byte's filter: the other filters, then has_word().
    bool has_filtered(std::string_view norm, std::uint64_t bit) const;
    /// has() past the filters: `word`, a whole word may have the role; `prefix`, a prefix may.
    bool has_word(std::string_view norm, std::uint64_t bit, bool word, bool prefix) const;
    /// The whole words, each a one-word phrase, whose node's bits are its roles:
    /// the trie's look-up (a filter, then an integer compare for most words) costs
    /// a fraction of hashing the word for an unordered_map, and has() runs for
    /// nearly every chunk.
    detail::PhraseTrie words_;
    std::vector<std::uint64_t> bits_by_node_;  ///< by words_ node
    /// By first byte: the roles of the whole words that start with it, and a bit per
    /// length (31: longer) they have; by last byte, the roles of those that end with
    /// it; by first byte, the roles of the prefixes that start with it. Most look-ups
    /// (a word with no role) end here, without hashing the word.
    std::array<std::uint64_t, 256> first_byte_{};
    std::array<std::uint64_t, 256> last_byte_{};
    std::array<std::uint32_t, 256> lengths_{};
    std::array<std::uint64_t, 256> prefix_first_byte_{};
    /// By first byte and length (the last bucket: that length or more), the roles a
    /// word may have: those of the whole words of that first byte and length, and of
    /// the prefixes of that first byte no longer than the length. has()'s inline filter.
    static constexpr std::size_t kLengthBuckets = 16;
    std::array<std::array<std::uint64_t, kLengthBuckets>, 256> first_and_length_{};
    std::vector<std::pair<std::string, std::uint64_t>> prefixes_;
    struct StringHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::unordered_map<std::string, std::uint32_t, StringHash, std::equal_to<>> sets_;  ///< WordSet bits by word
};

struct AnalyzedSentence {
    Span span;
    std::vector<Token> tokens;
    std::vector<std::uint32_t> cue_words;  ///< CueLexicon::word_ids() of the tokens
    std::vector<std::uint32_t> lexicon_words;  ///< TokenWords::ids(), when the chunker has them
    std::vector<Mention> mentions;
    std::vector<Chunk> chunks;
    bool makes_claims = true;  ///< false for questions and advice
    /// The substance under discussion as the sentence begins, for implicit agents
    /// ("Common side effects include nausea").
    std::optional<std::size_t> topic;
    /// The article's subject as the sentence begins (Discourse::main_topic).
    std::optional<std::size_t> main_topic;
    /// The sentence is a bullet under an effect list's lead-in (Discourse::EffectList).
    std::optional<Discourse::EffectList> effect_list;
    /// "Drug class: antidepressant; norepinephrine-dopamine reuptake inhibitor (NDRI)": a
    /// label line that says what the topic is. Chunk 0 is then the topic (an implicit
    /// agent), and each class named after the colon is said of it.
    bool class_label = false;
    /// "- MAO inhibitors: Concomitant use ...": the chunk after the colon of a list item's
    /// label of names, else 0. A use said to be together stands for the topic past it, and
    /// the labelled drugs are its partners (set with the implicit agents).
    std::size_t label_end = 0;
    /// The names the document coined so far (Discourse::coin), for ids past the lexicon's,
    /// and where this sentence names them.
    const std::vector<Entity>* coined = nullptr;
    std::vector<Mention> coined_mentions;
    /// The entity an entity chunk or a claim names: the lexicon's, or one the document coined.
    const Entity& entity(const Lexicon& lexicon, std::size_t id) const {
        return id < lexicon.size() ? lexicon.entity(id) : (*coined)[id - lexicon.size()];
    }
};

class NameJudge;
class SpellingRepair;

/// Groups tokens into chunks and resolves anaphors against `discourse`,
/// which it updates with the entities the sentence mentions.
class Chunker {
public:
    /// `words`: the two lexicons' words by one look-up a token (built from these
    /// lexicons), or null to look them up in each.
    /// `names`: decides whether a word the lexicon lacks names a substance, for names
    /// set off after a substance noun ("its metabolite, mCPP,"); null for none.
    /// `spelling`: repairs misspelt names (used only with `names`, whose WordNet must not
    /// know the word); null for none.
    /// `harms`: the lexicon's harms (data/negative-conditions.txt), which a fall said of the
    /// measure before them does not reach ("slowed breathing and coma"); null for none.
    Chunker(const Lexicon& lexicon, const CueLexicon& cues, const WordRoles& roles, const TokenWords* words = nullptr,
            const NameJudge* names = nullptr, const SpellingRepair* spelling = nullptr,
            const std::unordered_set<std::size_t>* harms = nullptr)
        : lexicon_(lexicon), cues_(cues), roles_(roles), words_(words), names_(names), spelling_(spelling), harms_(harms) {}
    AnalyzedSentence analyze(std::string_view text, Span sentence, Discourse& discourse) const;
    /// The same into `out`, whose vectors keep their capacity from the last sentence.
    void analyze(std::string_view text, Span sentence, Discourse& discourse, AnalyzedSentence& out) const;

private:
    void mark_implicit_agents(AnalyzedSentence& s) const;
    bool mark_class_label(AnalyzedSentence& s) const;
    void mark_directions(AnalyzedSentence& s) const;
    void share_elided_heads(AnalyzedSentence& s) const;
    bool split_class_name(const Mention& m, AnalyzedSentence& s, Discourse& discourse) const;
    /// Inline up to its first test, a comma before token i: analyze() asks at every
    /// token, and as a call each token paid more for the call than for the test.
    std::size_t appositive_name_length(const AnalyzedSentence& s, std::size_t i, std::size_t next_mention) const {
        if (i < 2 || s.tokens[i - 1].norm != std::string_view(",")) return 0;
        return appositive_name_length_after_comma(s, i, next_mention);
    }
    std::size_t appositive_name_length_after_comma(const AnalyzedSentence& s, std::size_t i,
                                                   std::size_t next_mention) const;
    /// Inline up to its first tests, the word before token i ("called", a kind's name): analyze()
    /// asks at every token, and as a call each token paid more for the call than for the tests.
    std::size_t kind_named_length(const AnalyzedSentence& s, std::size_t i, std::size_t next_mention) const {
        if (i < 2 || s.tokens[i].kind != TokenKind::word) return 0;
        const std::string_view before = s.tokens[i - 1].norm;
        if (before != std::string_view("called") && before != std::string_view("named") &&
            !(next_mention > 0 && s.mentions[next_mention - 1].last == i) && !roles_.has(before, WordRole::substance_noun))
            return 0;
        return kind_named_length_after_kind(s, i, next_mention);
    }
    std::size_t kind_named_length_after_kind(const AnalyzedSentence& s, std::size_t i, std::size_t next_mention) const;
    /// Inline up to its first test, a token joined to the next with no space or before a
    /// bracket: most are neither.
    std::size_t systematic_name_length(std::string_view text, const AnalyzedSentence& s, std::size_t i,
                                       std::size_t next_mention) const {
        if (i + 3 >= s.tokens.size() ||
            (s.tokens[i + 1].span.start != s.tokens[i].span.end && s.tokens[i + 1].norm != std::string_view("(")))
            return 0;
        return systematic_name_length_joined(text, s, i, next_mention);
    }
    std::size_t systematic_name_length_joined(std::string_view text, const AnalyzedSentence& s, std::size_t i,
                                              std::size_t next_mention) const;
    /// "Seltorexant is a selective OX2R antagonist", "4-Fluoroamphetamine (4-FA, 4-FMP) is a
    /// synthetic stimulant": a name the lexicon lacks that opens a sentence defining it as a
    /// drug. The name's length in tokens (0 for none), and the bracket after it, if any.
    struct DefinedName {
        std::size_t length = 0;
        std::size_t bracket_open = 0, bracket_close = 0;  ///< tokens of "(" and ")"; equal for none
        bool by_action = false;  ///< defined by what it does ("an OX2R antagonist"), not by a class
    };
    DefinedName defined_name(const AnalyzedSentence& s, std::size_t next_mention, const Discourse& discourse) const;
    /// A product's brand name at token i (Chunker::coin_product): its length and entity.
    struct ProductName {
        std::size_t length = 0;
        std::size_t entity = 0;
    };
    ProductName product_name(std::string_view text, const AnalyzedSentence& s, std::size_t i, std::size_t next_mention,
                             Discourse& discourse) const;
    void track_effect_list(std::string_view text, AnalyzedSentence& s, Discourse& discourse) const;
    bool binomial_name(std::string_view text, const AnalyzedSentence& s, std::size_t i, std::size_t next_mention) const;
    std::size_t unknown_enzyme_start(std::string_view text, const AnalyzedSentence& s, std::size_t i) const;
    /// How far unknown_constituent has looked through a sentence's chunks for a verb of containing.
    struct ContainsSeen {
        std::size_t scanned = 0;
        std::size_t verb = 0;   ///< the last verb's chunk
        bool governed = false;  ///< that verb is one of containing, and no boundary has followed
    };
    /// Inline up to whether a verb of containing governs the phrase (the chunks are looked at
    /// once a sentence, as they come): analyze() asks at every plain word, and few stand there.
    bool unknown_constituent(std::string_view text, const AnalyzedSentence& s, std::size_t i, ContainsSeen& seen) const {
        // (A chunk taken back, as a coined name's modifier is, is looked at again when replaced.)
        if (seen.scanned > s.chunks.size()) {
            seen.scanned = s.chunks.size();
            if (seen.verb >= s.chunks.size()) seen.governed = false;
        }
        for (; seen.scanned < s.chunks.size(); ++seen.scanned) {
            const Chunk& ch = s.chunks[seen.scanned];
            // (A colon goes on to the list the object names: "contains a whole cocktail of
            // compounds: flavonoids like apigenin, arbutin and thymol".)
            if ((ch.kind == ChunkKind::boundary && s.tokens[ch.first].norm != std::string_view(":")) ||
                ch.kind == ChunkKind::relative)
                seen.governed = false;
            if (ch.kind == ChunkKind::predicate) {
                seen.governed = ch.cue.cls == CueClass::predicate && ch.cue.predicate == Predicate::contains;
                seen.verb = seen.scanned;
            }
            // ("The principal compounds are harmaline and harmine, accompanied by smaller
            // amounts of harmalol": a constituent word heads the list as a verb of containing does.)
            if (ch.cue.cls == CueClass::constituent && (ch.kind == ChunkKind::word || ch.kind == ChunkKind::entity)) {
                seen.governed = true;
                seen.verb = seen.scanned;
            }
        }
        // (Farther on, a list the verb's object opened may go on: "contains a group of
        // isoquinoline alkaloids, including californidine, escholtzine, protopine and
        // allocryptopine".)
        // ("..., asiatic acid and madecassic acid": an acid's adjective may stand between.)
        std::size_t end = s.chunks.size();
        if (end >= 3 && s.chunks.back().kind == ChunkKind::word && s.chunks.back().last == i) --end;
        const bool list_goes_on = end >= 2 && s.chunks[end - 1].kind == ChunkKind::connector &&
                                  s.chunks[end - 2].kind == ChunkKind::entity;
        return seen.governed && (s.chunks.size() - seen.verb <= 12 || list_goes_on) &&
               governed_unknown_constituent(text, s, i);
    }
    bool governed_unknown_constituent(std::string_view text, const AnalyzedSentence& s, std::size_t i) const;
    /// How far unknown_condition_start has looked through a sentence's chunks for a word of effect.
    struct EffectSeen {
        std::size_t scanned = 0;
        bool seen = false;
    };
    std::size_t unknown_condition_start(std::string_view text, const AnalyzedSentence& s, std::size_t i,
                                        EffectSeen& effect) const;
    /// "Kava calms the mind": a one-word mention in -s after a substance that the cue file
    /// has as a property verb is that verb, not the plural of an outcome.
    bool verb_not_plural(const AnalyzedSentence& s, const Mention& m) const;
    /// "depression scores fall": the singular of an outcome the lexicon names only in the
    /// plural ("falls") that the cue file has as a verb is that verb.
    bool verb_not_plural_name(const AnalyzedSentence& s, const Mention& m) const;
    /// "given lorazepam to calm their agitation", "may calm inflammation", "benzodiazepines,
    /// which calm agitation": the word at token i, after "to", a modal, "help" or a relative
    /// pronoun, with an outcome named next (past an article or a
    /// possessive) for its object, is a verb. An `outcome-homograph` cue ("calm") is read only there.
    bool verb_before_outcome(const AnalyzedSentence& s, std::size_t i) const;
    /// The mention `m` is an `outcome-homograph` cue's word where verb_before_outcome() reads a verb.
    bool outcome_homograph_name(const AnalyzedSentence& s, const Mention& m) const;
    bool first_person(const AnalyzedSentence& s) const;
    /// "taking medicines that block CYP3A4, such as ketoconazole": in an advice sentence, the
    /// chunk of the drug noun whose relative clause states a fact, the names following it
    /// before chunk `before`.
    std::optional<std::size_t> described_medicines_at(const AnalyzedSentence& s, std::size_t before) const;
    const Lexicon& lexicon_;
    const CueLexicon& cues_;
    const WordRoles& roles_;
    const TokenWords* words_;
    const NameJudge* names_;
    const SpellingRepair* spelling_;
    const std::unordered_set<std::size_t>* harms_;
    /// Rewrites the norm of each misspelt name among the tokens; true when it did. The
    /// tokens' word ids (TokenWords::ids), when given, spare the words either lexicon has.
    /// `text` holds the tokens' bytes; `coined`, the products the document has named, whose
    /// words are spelt as their makers chose ("Nocturna" is no misspelt "nocturia").
    bool repair_spelling(std::string_view text, std::vector<Token>& tokens, const std::vector<std::uint32_t>* cue_words,
                         const std::vector<std::uint32_t>* lexicon_words, const std::vector<Entity>& coined) const;
};

/// Repairs a misspelt name: "anxeity", "dizzyness", "pregablin", "insomina" in a
/// forum post are the lexicon's "anxiety", "dizziness", "pregabalin", "insomnia".
/// A word of six letters or more that is one edit (a letter added, dropped or
/// changed, or two neighbours swapped) from exactly one entity's one-word alias
/// of six letters or more. The index holds each alias with each of its letters
/// dropped in turn, so a look-up is one hash probe per letter of the word
/// (the "symmetric delete" method). Written here because none of the Debian
/// libraries at hand offers a spelling index over a custom word list (hunspell's
/// suggestions are for dictionaries, and much slower); NameJudge must still find
/// the word unknown to WordNet before a repair is used (Chunker).
class SpellingRepair {
public:
    SpellingRepair() = default;
    explicit SpellingRepair(const Lexicon& lexicon);
    /// The alias `word` misspells, or nothing when it misspells none or more
    /// than one entity's, or is an alias itself. `word` is a token's norm.
    std::optional<std::string_view> repair(std::string_view word) const;
    bool empty() const { return by_variant_.empty(); }

private:
    static constexpr std::size_t kMinLength = 6;
    /// Hashes a std::string and a std::string_view alike, so that a look-up makes no string.
    struct Hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    std::vector<std::string> aliases_;
    std::vector<std::size_t> entity_of_;  ///< by alias
    std::unordered_map<std::string, std::vector<std::uint32_t>, Hash, std::equal_to<>> by_variant_;  ///< an alias, or it less a letter
    /// A Bloom filter over the same keys, by a polynomial hash whose value for a word less
    /// one letter follows from the word's prefix and suffix hashes in a few instructions:
    /// most words of a text are tested letter by letter this way and never hashed as strings.
    std::vector<std::uint64_t> bloom_;
    static constexpr unsigned kBloomBits = 20;
    void bloom_add(std::uint64_t h);
    bool bloom_has(std::uint64_t h) const;
};

/// Decides whether a word the lexicon lacks names a substance: a word WordNet
/// does not know at all ("phenibut", "SB-277011"), or a noun whose first
/// sense descends from one of the hypernyms in data/substance-hypernyms.txt
/// ("ketamine" -> ... -> "drug"), and not one of data/not-names.txt (closed-class
/// words, which WordNet does not list, and generic nouns such as "drugs").
/// Without WordNet it accepts nothing.
class NameJudge {
public:
    NameJudge() = default;
    NameJudge(std::optional<WordNet> wordnet, std::unordered_set<std::string> substance_hypernyms,
              std::unordered_set<std::string> not_names);
    /// With `condition_hypernyms` (data/condition-hypernyms.txt: WordNet nouns such as
    /// "ill_health" and "symptom" a condition's chain passes through, and lines "-itis"
    /// that name the endings of a condition WordNet lacks), names_condition answers.
    NameJudge(std::optional<WordNet> wordnet, std::unordered_set<std::string> substance_hypernyms,
              std::unordered_set<std::string> not_names, const std::unordered_set<std::string>& condition_hypernyms);
    /// Safe to call from several threads at once.
    bool names_substance(std::string_view word) const;
    /// True when the noun, which the lexicon lacks, names a condition: WordNet files its
    /// first sense under a condition hypernym ("meningitis" under ill_health, "tinnitus"
    /// under symptom) but it is no such hypernym itself ("disease", "symptom"); or WordNet
    /// lacks the word and it ends as a condition's name does ("lymphohistiocytosis").
    /// Safe to call from several threads at once.
    bool names_condition(std::string_view word) const;
    /// True when the two words are a plant's or fungus's Latin name: WordNet files the genus
    /// under a genus or as a substance (names_substance), or lacks it, and lacks the epithet.
    bool names_binomial(std::string_view genus, std::string_view epithet) const;
    /// True for a head in "-ase" that WordNet files under "enzyme" or does not know.
    bool names_enzyme(std::string_view head) const;
    /// True for a normalized word WordNet lacks that ends (in the singular) as a compound's
    /// name does: the lines "-ine", "-ol", ... of data/substance-hypernyms.txt
    /// ("cordycepin", "mesembrenol", "triterpenes"). A hint, not a judgement: callers ask
    /// only where a compound is expected (after "contains"), or of a word an article's lead
    /// names and its text uses often (the chunker's article substance).
    bool names_compound(std::string_view word) const;
    /// True when WordNet files the word's first noun sense under "compound" ("thymol",
    /// "limonene"; not "placebo", a drug, or "flowers").
    bool names_chemical(std::string_view word) const {
        if (!wordnet_ || not_names_.count(std::string(word))) return false;
        for (const std::string& h : wordnet_->noun_hypernyms(word))
            if (h == "compound") return true;
        return false;
    }
    bool enabled() const { return wordnet_.has_value(); }
    /// True when WordNet lists the word (false without WordNet).
    bool english_word(std::string_view word) const { return wordnet_ && wordnet_->knows(word); }
    /// True when WordNet has a noun by that name.
    bool english_noun(std::string_view word) const { return wordnet_ && !wordnet_->noun_hypernyms(word).empty(); }
    /// True when WordNet has the word as a noun only (WordNet::only_noun), and it is no
    /// closed-class word: what follows a verb as its object.
    bool noun_only(std::string_view word) const {
        return wordnet_ && !closed_class(word) && wordnet_->only_noun(word);
    }
    /// True for a word of data/not-names.txt: the closed-class words of English and the like.
    bool closed_class(std::string_view word) const { return not_names_.count(std::string(word)) > 0; }

private:
    /// What WordNet says of a normalized word: unknown, or a noun under a substance hypernym.
    bool wordnet_names_substance(const std::string& w) const;
    std::optional<WordNet> wordnet_;
    std::unordered_set<std::string> hypernyms_;
    std::vector<std::string> compound_endings_;  ///< "ine", from the lines "-ine" of the substance hypernyms
    std::unordered_set<std::string> not_names_;  ///< data/not-names.txt
    std::unordered_set<std::string> condition_hypernyms_;
    std::vector<std::string> condition_endings_;  ///< "itis", from the lines "-itis"
    bool wordnet_names_condition(const std::string& w) const;
    /// `ask`'s answer for the word, from the memo (`conditions`: names_condition's table,
    /// else names_substance's) or asked once and remembered.
    bool remembered(bool conditions, const std::string& w, bool (NameJudge::*ask)(const std::string&) const) const;
    /// WordNet's answers so far, by word: each costs a dozen binary searches of its
    /// index files, and the same few words come back document after document.
    /// Shared by copies and by threads (behind its mutex); cleared when it holds
    /// kMaxRemembered words, so that it does not grow with the corpus.
    struct Memo;
    std::shared_ptr<Memo> memo_;
};

/// A claim between lexicon entities, before it is given its document context.
struct SentenceClaim {
    std::string unknown_subject;  ///< set when the subject is a name the lexicon lacks (type other)
    std::size_t subject = 0;
    Predicate predicate = Predicate::modulates;
    std::size_t target = 0;
    std::size_t cue_chunk = 0;
    bool hedged = false;
    bool negated = false;
    BindMode mode = BindMode::none;
};

/// The working memory of ClaimRules::apply: per-chunk tables and the claims
/// found. A caller that applies the rules sentence after sentence keeps one, so
/// that the tables keep their capacity instead of being allocated per sentence.
struct RuleScratch {
    std::vector<char> is_target, claimed, reversed, states;  ///< bytes, not std::vector<bool>'s bits: cheaper to read and set
    std::vector<std::optional<std::size_t>> target_cue;
    std::vector<SentenceClaim> claims;
    std::map<std::tuple<std::string, std::size_t, Predicate, std::size_t>, std::size_t> claim_index;
};

/// The claim rules, written over chunks: a cue's targets are the entity list it
/// governs (after it, or before it for postmodifiers such as "anxiety relief");
/// its subjects are the nearest entity group before it that is not already a
/// target, or the antecedent of a relative clause; hedges and negations count
/// within the cue's clause. Lists on either side expand to one claim per member.
class ClaimRules {
public:
    /// `harms`: lexicon entities that are harms (data/negative-conditions.txt), for benefit/harm cues.
    ClaimRules(const Lexicon& lexicon, const WordRoles& roles, const NameJudge* names = nullptr,
               const std::unordered_set<std::size_t>* harms = nullptr)
        : lexicon_(lexicon), roles_(roles), names_(names), harms_(harms) {}
    std::vector<SentenceClaim> apply(const AnalyzedSentence& s) const;
    /// The same in scratch.claims (replacing what it held), reusing the scratch's memory.
    const std::vector<SentenceClaim>& apply(const AnalyzedSentence& s, RuleScratch& scratch) const;

private:
    const Lexicon& lexicon_;
    const WordRoles& roles_;
    const NameJudge* names_;
    const std::unordered_set<std::size_t>* harms_;
};

struct ExtractorOptions {
    std::string data_dir;                    ///< holds lexicon.tsv, cues.tsv and word-roles.tsv
    std::vector<std::string> lexicon_files;  ///< added after the default lexicon, in order
    bool use_default_lexicon = true;
    /// WordNet's dictionary files, for substances the lexicon lacks; if absent
    /// the extractor works without them (Extractor::has_wordnet() says).
    std::string wordnet_dir = "/usr/share/wordnet";
};

class Extractor {
public:
    /// Loads the data files; an Error names the file and line of a bad entry.
    static Result<Extractor> create(const ExtractorOptions& options);
    /// Builds from lexicons already loaded (tests, embedding).
    Extractor(Lexicon lexicon, CueLexicon cues, WordRoles roles, NameJudge names = {},
              std::unordered_set<std::size_t> harms = {})
        : lexicon_(std::move(lexicon)),
          cues_(std::move(cues)),
          roles_(std::move(roles)),
          names_(std::move(names)),
          harms_(std::move(harms)),
          words_(lexicon_, cues_),
          spelling_(lexicon_) {}

    DocumentExtraction extract(std::string_view doc_name, std::string_view text) const;
    const Lexicon& lexicon() const { return lexicon_; }
    bool has_wordnet() const { return names_.enabled(); }

private:
    Lexicon lexicon_;
    CueLexicon cues_;
    WordRoles roles_;
    NameJudge names_;
    std::unordered_set<std::size_t> harms_;
    TokenWords words_;  ///< of lexicon_ and cues_, so declared after them
    SpellingRepair spelling_;  ///< of lexicon_
};

}  // namespace claimgraph::extract
