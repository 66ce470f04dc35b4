#include "claimgraph/extract/extractor.hpp"

#include "text_internal.hpp"
#include "tsv.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

namespace claimgraph::extract {

namespace {

// A data file of one word a line, '#' comments.
Result<std::unordered_set<std::string>> read_word_list(const std::string& path) {
    auto text = detail::read_whole_file(path);
    if (!text.ok()) return text.error();
    std::unordered_set<std::string> words;
    Status rows = detail::for_each_tsv_row(text.value(), path, [&](const std::vector<std::string>& f, std::size_t) {
        if (f.size() != 1) return Status(Error{"expected one word a line, found a tab"});
        words.insert(normalize(detail::trim(f[0])));
        return ok_status();
    });
    if (!rows.ok()) return rows.error();
    return words;
}

}  // namespace

Status WordRoles::add_text(std::string_view text, const std::string& source) {
    static constexpr std::pair<std::string_view, WordRole> kRoles[] = {
        {"filler", WordRole::filler}, {"intake", WordRole::intake},     {"use", WordRole::use},
        {"lack", WordRole::lack},     {"contrast", WordRole::contrast}, {"report", WordRole::report},
        {"linking", WordRole::linking}, {"owner", WordRole::owner}, {"lead-in", WordRole::lead_in},
        {"lowered", WordRole::lowered}, {"raised", WordRole::raised}, {"deficit", WordRole::deficit},
        {"overdose", WordRole::overdose}, {"steady", WordRole::steady},
        {"cessation", WordRole::cessation}, {"measure", WordRole::measure},
        {"cohort", WordRole::cohort}, {"steady-level", WordRole::steady_level},
        {"handling", WordRole::handling}, {"effects", WordRole::effects}, {"unit", WordRole::unit},
        {"product", WordRole::product}, {"summary", WordRole::summary},
        {"recipient", WordRole::recipient}, {"degree", WordRole::degree},
        {"interrogative", WordRole::interrogative}, {"absence", WordRole::absence},
        {"absence-after", WordRole::absence_after}, {"substance-noun", WordRole::substance_noun},
        {"class-label", WordRole::class_label}, {"breakdown", WordRole::breakdown},
        {"together", WordRole::together}, {"link", WordRole::link},
        {"indication-label", WordRole::indication_label}, {"ingredient-label", WordRole::ingredient_label},
        {"benefit-label", WordRole::benefit_label}, {"first-person", WordRole::first_person},
        {"treatment-time", WordRole::treatment_time}, {"drug-noun", WordRole::drug_noun},
        {"taken-with", WordRole::taken_with}, {"people-quantifier", WordRole::people_quantifier},
        {"time-unit", WordRole::time_unit}, {"more-of", WordRole::more_of}, {"less-of", WordRole::less_of},
        {"improved", WordRole::improved}, {"worsened", WordRole::worsened},
        {"frequency-label", WordRole::frequency_label}, {"adulterant", WordRole::adulterant},
        {"keeping", WordRole::keeping},
        {"sign", WordRole::sign}, {"outcome-verb", WordRole::outcome_verb},
        {"restoring", WordRole::restoring}, {"displacing", WordRole::displacing},
        {"messenger-noun", WordRole::messenger_noun}, {"weight-unit", WordRole::weight_unit},
        {"substance-head", WordRole::substance_head}, {"formulated", WordRole::formulated},
        {"compound-class", WordRole::compound_class}, {"metabolite-prefix", WordRole::metabolite_prefix},
        {"messenger-verb", WordRole::messenger_verb}, {"pair-noun", WordRole::pair_noun},
        {"diet-label", WordRole::diet_label}, {"portion", WordRole::portion}, {"how-bad", WordRole::how_bad}};
    static constexpr std::pair<std::string_view, WordSet> kSets[] = {
        {"quantity-noun", WordSet::quantity_noun},
        {"site-word", WordSet::site_word},
        {"more-comparative", WordSet::more_comparative},
        {"better-comparative", WordSet::better_comparative},
        {"plant-part", WordSet::plant_part},
        {"outcome-rank", WordSet::outcome_rank},
        {"outcome-noun", WordSet::outcome_noun},
        {"maker-word", WordSet::maker_word},
        {"body-region", WordSet::body_region},
        {"document-word", WordSet::document_word}, {"name-adjective", WordSet::name_adjective},
        {"formulation", WordSet::formulation}};
    return detail::for_each_tsv_row(text, source, [&](const std::vector<std::string>& f, std::size_t) {
        if (f.size() != 2) return Status(Error{"expected two tab-separated columns: word, role"});
        std::string word = normalize(detail::trim(f[0]));
        const std::string role = detail::trim(f[1]);
        auto r = std::find_if(std::begin(kRoles), std::end(kRoles), [&](const auto& k) { return k.first == role; });
        auto set = std::find_if(std::begin(kSets), std::end(kSets), [&](const auto& k) { return k.first == role; });
        if (r == std::end(kRoles) && set == std::end(kSets)) {
            std::string known;  // the message names the roles from the tables, so it cannot fall behind them
            for (const auto& k : kRoles) known += (known.empty() ? "" : ", ") + std::string(k.first);
            for (const auto& k : kSets) known += ", " + std::string(k.first);
            return Status(Error{"unknown role '" + role + "' (" + known + ")"});
        }
        const bool prefix = word.ends_with('*');
        if (prefix) word.pop_back();
        if (word.empty()) return Status(Error{"empty word"});
        if (set != std::end(kSets)) {
            if (prefix) return Status(Error{"role '" + role + "' takes whole words, not a prefix ending in '*'"});
            sets_[word] |= static_cast<std::uint32_t>(set->second);
            return ok_status();
        }
        const auto bit = static_cast<std::uint64_t>(r->second);
        const auto first = static_cast<unsigned char>(word[0]);
        // A whole word in its length's bucket; a prefix in every bucket of its length or more.
        for (std::size_t n = std::min(word.size(), kLengthBuckets - 1); n < kLengthBuckets; ++n) {
            first_and_length_[first][n] |= bit;
            if (!prefix) break;
        }
        if (!prefix) {
            first_byte_[first] |= bit;
            last_byte_[static_cast<unsigned char>(word.back())] |= bit;
            lengths_[first] |= std::uint32_t{1} << std::min<std::size_t>(word.size(), 31);
            const std::uint32_t node = words_.add(std::string_view(word));
            if (bits_by_node_.size() <= node) bits_by_node_.resize(node + 1, 0);
            bits_by_node_[node] |= bit;
        } else {
            prefix_first_byte_[first] |= bit;
            auto p = std::find_if(prefixes_.begin(), prefixes_.end(), [&](const auto& e) { return e.first == word; });
            if (p == prefixes_.end()) prefixes_.emplace_back(word, bit);
            else p->second |= bit;
        }
        return ok_status();
    });
}

Status WordRoles::add_file(const std::string& path) {
    auto text = detail::read_whole_file(path);
    if (!text.ok()) return text.error();
    return add_text(text.value(), path);
}

bool WordRoles::has_filtered(std::string_view norm, std::uint64_t bit) const {
    const auto first = static_cast<unsigned char>(norm[0]);
    const bool word = (first_byte_[first] & bit) && (last_byte_[static_cast<unsigned char>(norm.back())] & bit) &&
                      (lengths_[first] & (std::uint32_t{1} << std::min<std::size_t>(norm.size(), 31)));
    const bool prefix = prefix_first_byte_[first] & bit;
    if (!word && !prefix) return false;
    return has_word(norm, bit, word, prefix);
}

bool WordRoles::has_word(std::string_view norm, std::uint64_t bit, bool word, bool by_prefix) const {
    if (word) {
        const std::uint32_t node = words_.first(words_.word(norm));
        if (node != detail::PhraseTrie::kNone && (bits_by_node_[node] & bit)) return true;
    }
    if (!by_prefix) return false;
    for (const auto& [prefix, bits] : prefixes_)
        if ((bits & bit) && norm.starts_with(prefix)) return true;
    return false;
}

Result<Extractor> Extractor::create(const ExtractorOptions& options) {
    Lexicon lexicon;
    if (options.use_default_lexicon) {
        for (Status s : {lexicon.add_file(options.data_dir + "/lexicon.tsv"),
                         lexicon.add_non_entities_file(options.data_dir + "/not-entities.txt")})
            if (!s.ok()) return s.error();
    }
    lexicon.begin_layer();
    for (const auto& path : options.lexicon_files) {
        Status s = lexicon.add_file(path);
        if (!s.ok()) return s.error();
    }
    CueLexicon cues;
    Status s = cues.add_file(options.data_dir + "/cues.tsv");
    if (!s.ok()) return s.error();
    WordRoles roles;
    s = roles.add_file(options.data_dir + "/word-roles.tsv");
    if (!s.ok()) return s.error();

    NameJudge names;
    if (auto wn = WordNet::open(options.wordnet_dir); wn.ok()) {
        auto hypernyms = read_word_list(options.data_dir + "/substance-hypernyms.txt");
        if (!hypernyms.ok()) return hypernyms.error();
        auto not_names = read_word_list(options.data_dir + "/not-names.txt");
        if (!not_names.ok()) return not_names.error();
        // (Optional, for a data folder from before it was added.)
        std::unordered_set<std::string> conditions;
        if (std::ifstream(options.data_dir + "/condition-hypernyms.txt")) {
            auto list = read_word_list(options.data_dir + "/condition-hypernyms.txt");
            if (!list.ok()) return list.error();
            conditions = std::move(list).value();
        }
        names = NameJudge(std::move(wn).value(), std::move(hypernyms).value(), std::move(not_names).value(), conditions);
    }
    std::unordered_set<std::size_t> harms;
    if (options.use_default_lexicon || std::ifstream(options.data_dir + "/negative-conditions.txt")) {
        auto list = read_word_list(options.data_dir + "/negative-conditions.txt");
        if (!list.ok()) return list.error();
        for (const auto& name : list.value())
            if (auto e = lexicon.find(name)) harms.insert(*e);
    }
    return Extractor(std::move(lexicon), std::move(cues), std::move(roles), std::move(names), std::move(harms));
}

namespace {
// The word less its letter at `i`.
std::string without_letter(std::string_view word, std::size_t i) {
    std::string out;
    out.reserve(word.size() - 1);
    out.append(word.substr(0, i));
    out.append(word.substr(i + 1));
    return out;
}

constexpr std::uint64_t kBase = 0x100000001b3ULL;  // odd: the hash is a polynomial in it, modulo 2^64

// The polynomial hash of `word`: sum of letter * kBase^(n-1-k).
std::uint64_t poly_hash(std::string_view word) {
    std::uint64_t h = 0;
    for (const char c : word) h = h * kBase + static_cast<unsigned char>(c);
    return h;
}

bool all_letters(std::string_view word) {
    return std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

// One edit apart: a letter added, dropped or changed, or two neighbours swapped, before the
// last letter (an ending that differs makes another word of the family: "hypomanic").
bool one_edit_apart(std::string_view a, std::string_view b) {
    if (a.size() > b.size()) std::swap(a, b);
    if (b.size() - a.size() > 1) return false;
    std::size_t i = 0;
    while (i < a.size() && a[i] == b[i]) ++i;
    if (i + 1 >= b.size()) return false;
    if (a.size() == b.size()) {
        if (i == a.size()) return false;  // the same word
        if (a.substr(i + 1) == b.substr(i + 1)) return true;  // changed
        return i + 1 < a.size() && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);  // swapped
    }
    return a.substr(i) == b.substr(i + 1);  // one added
}
}  // namespace

void SpellingRepair::bloom_add(std::uint64_t h) {
    h *= 0x9e3779b97f4a7c15ULL;
    for (const unsigned shift : {64 - kBloomBits, 64 - 2 * kBloomBits}) {
        const std::uint64_t bit = (h >> shift) & ((std::uint64_t{1} << kBloomBits) - 1);
        bloom_[bit / 64] |= std::uint64_t{1} << (bit % 64);
    }
}

bool SpellingRepair::bloom_has(std::uint64_t h) const {
    h *= 0x9e3779b97f4a7c15ULL;
    for (const unsigned shift : {64 - kBloomBits, 64 - 2 * kBloomBits}) {
        const std::uint64_t bit = (h >> shift) & ((std::uint64_t{1} << kBloomBits) - 1);
        if (!(bloom_[bit / 64] & (std::uint64_t{1} << (bit % 64)))) return false;
    }
    return true;
}

SpellingRepair::SpellingRepair(const Lexicon& lexicon) : bloom_((std::size_t{1} << kBloomBits) / 64) {
    for (std::size_t e = 0; e < lexicon.size(); ++e) {
        const Entity& entity = lexicon.entity(e);
        auto add = [&](const std::string& alias) {
            // (An alias may have moved to a later entry: only the entry that owns it now.)
            if (alias.size() < kMinLength || !all_letters(alias) || lexicon.find(alias) != e) return;
            const auto index = static_cast<std::uint32_t>(aliases_.size());
            aliases_.push_back(alias);
            entity_of_.push_back(e);
            by_variant_[alias].push_back(index);
            bloom_add(poly_hash(alias));
            for (std::size_t i = 0; i < alias.size(); ++i) {
                std::string variant = without_letter(alias, i);
                bloom_add(poly_hash(variant));
                by_variant_[std::move(variant)].push_back(index);
            }
        };
        add(entity.name);
        for (const std::string& alias : entity.aliases) add(alias);
    }
}

std::optional<std::string_view> SpellingRepair::repair(std::string_view word) const {
    constexpr std::size_t kMax = 48;
    if (word.size() < kMinLength || word.size() > kMax || by_variant_.empty() || !all_letters(word)) return std::nullopt;
    {
        // The word and each of its one-letter-less variants through the Bloom filter first:
        // prefix[i] hashes word[0, i), suffix[j] hashes word[j, n), power[k] is kBase^k.
        const std::size_t n = word.size();
        std::uint64_t prefix[kMax + 1], suffix[kMax + 1], power[kMax + 1];
        prefix[0] = 0;
        power[0] = 1;
        for (std::size_t i = 0; i < n; ++i) {
            prefix[i + 1] = prefix[i] * kBase + static_cast<unsigned char>(word[i]);
            power[i + 1] = power[i] * kBase;
        }
        suffix[n] = 0;
        for (std::size_t j = n; j-- > 0;) suffix[j] = static_cast<unsigned char>(word[j]) * power[n - 1 - j] + suffix[j + 1];
        bool maybe = bloom_has(prefix[n]);
        for (std::size_t i = 0; i < n && !maybe; ++i) maybe = bloom_has(prefix[i] * power[n - 1 - i] + suffix[i + 1]);
        if (!maybe) return std::nullopt;
    }
    std::optional<std::size_t> found;  // the alias
    bool ambiguous = false;
    auto consider = [&](std::string_view variant) {
        const auto it = by_variant_.find(variant);
        if (it == by_variant_.end()) return;
        for (const std::uint32_t a : it->second) {
            if (aliases_[a] == word) {
                ambiguous = true;  // an alias itself needs no repair
                return;
            }
            if (!one_edit_apart(word, aliases_[a])) continue;
            if (found && entity_of_[*found] != entity_of_[a]) ambiguous = true;
            if (!found) found = a;
        }
    };
    consider(word);
    // Each variant is written into one buffer: no string is made per look-up.
    char buffer[kMax];
    for (std::size_t i = 0; i < word.size() && !ambiguous; ++i) {
        std::memcpy(buffer, word.data(), i);
        std::memcpy(buffer + i, word.data() + i + 1, word.size() - i - 1);
        consider(std::string_view(buffer, word.size() - 1));
    }
    if (!found || ambiguous) return std::nullopt;
    return std::string_view(aliases_[*found]);
}

namespace {
// A word list of data/: its lines "-itis" are endings, the rest WordNet lemmas.
void split_endings(const std::unordered_set<std::string>& lines, std::unordered_set<std::string>& lemmas,
                   std::vector<std::string>& endings) {
    for (const std::string& h : lines) {
        if (h.size() > 1 && h[0] == '-') endings.push_back(h.substr(1));
        else lemmas.insert(h);
    }
    std::sort(endings.begin(), endings.end());  // the same order whatever the set's
}
// Whether `w` ends with one of `endings`, with more than two letters before it.
bool ends_as(const std::string& w, const std::vector<std::string>& endings) {
    return std::any_of(endings.begin(), endings.end(),
                       [&](const std::string& e) { return w.size() > e.size() + 2 && w.ends_with(e); });
}
}  // namespace

struct NameJudge::Memo {
    static constexpr std::size_t kMaxRemembered = std::size_t{1} << 16;
    std::mutex mu;
    std::unordered_map<std::string, bool> answers;
    std::unordered_map<std::string, bool> conditions;  // names_condition's, as `answers`
};

NameJudge::NameJudge(std::optional<WordNet> wordnet, std::unordered_set<std::string> substance_hypernyms,
                     std::unordered_set<std::string> not_names)
    : wordnet_(std::move(wordnet)),
      not_names_(std::move(not_names)),
      memo_(std::make_shared<Memo>()) {
    split_endings(substance_hypernyms, hypernyms_, compound_endings_);
}

NameJudge::NameJudge(std::optional<WordNet> wordnet, std::unordered_set<std::string> substance_hypernyms,
                     std::unordered_set<std::string> not_names, const std::unordered_set<std::string>& condition_hypernyms)
    : NameJudge(std::move(wordnet), std::move(substance_hypernyms), std::move(not_names)) {
    split_endings(condition_hypernyms, condition_hypernyms_, condition_endings_);
}

bool NameJudge::names_condition(std::string_view word) const {
    if (!wordnet_ || condition_hypernyms_.empty() || word.size() < 5) return false;
    // (A token's norm is normalized already: lower-case letters and hyphens need no pass.)
    const bool plain = std::all_of(word.begin(), word.end(), [](char c) { return (c >= 'a' && c <= 'z') || c == '-'; });
    const std::string w = plain ? std::string(word) : normalize(word);
    if (not_names_.count(w)) return false;
    return remembered(true, w, &NameJudge::wordnet_names_condition);
}

bool NameJudge::remembered(bool conditions, const std::string& w, bool (NameJudge::*ask)(const std::string&) const) const {
    std::unordered_map<std::string, bool>& answers = conditions ? memo_->conditions : memo_->answers;
    {
        std::lock_guard<std::mutex> lock(memo_->mu);
        if (auto it = answers.find(w); it != answers.end()) return it->second;
    }
    const bool answer = (this->*ask)(w);  // not under the lock: the slow part
    std::lock_guard<std::mutex> lock(memo_->mu);
    if (answers.size() >= Memo::kMaxRemembered) answers.clear();
    answers.emplace(w, answer);
    return answer;
}

bool NameJudge::names_enzyme(std::string_view head) const {
    // (Enzymes are named "-ase" by convention: the ending is grammar, and WordNet says the rest.)
    if (!wordnet_ || !head.ends_with("ase") || not_names_.count(std::string(head))) return false;
    if (!wordnet_->knows(head)) return true;
    for (const std::string& h : wordnet_->noun_hypernyms(head))
        if (h == "enzyme") return true;
    return false;
}

bool NameJudge::names_compound(std::string_view word) const {
    if (!wordnet_ || compound_endings_.empty() || word.size() < 6) return false;
    // (The ending first, WordNet last: a look-up costs a dozen binary searches.)
    std::string w(word);
    if (!ends_as(w.ends_with('s') ? w.substr(0, w.size() - 1) : w, compound_endings_)) return false;  // "triterpenes"
    return !not_names_.count(w) && !wordnet_->knows(w);
}

bool NameJudge::names_binomial(std::string_view genus, std::string_view epithet) const {
    if (!wordnet_ || not_names_.count(std::string(genus)) || not_names_.count(std::string(epithet)) || wordnet_->knows(epithet))
        return false;
    if (names_substance(genus)) return true;
    for (const std::string& h : wordnet_->noun_hypernyms(genus))
        if (h == "genus") return true;
    return false;
}

bool NameJudge::wordnet_names_condition(const std::string& w) const {
    if (!wordnet_->knows(w)) return ends_as(w, condition_endings_);
    const std::vector<std::string> chain = wordnet_->noun_hypernyms(w);
    // (chain[0] is the word's own synset: "disease" is a condition's kind, not its name.)
    if (chain.empty() || condition_hypernyms_.count(chain[0])) return false;
    for (std::size_t i = 1; i < chain.size(); ++i)
        if (condition_hypernyms_.count(chain[i])) return true;
    return false;
}

bool NameJudge::names_substance(std::string_view word) const {
    const std::string w = normalize(word);
    if (!wordnet_ || w.size() < 3 || not_names_.count(w)) return false;
    return remembered(false, w, &NameJudge::wordnet_names_substance);
}

bool NameJudge::wordnet_names_substance(const std::string& w) const {
    if (!wordnet_->knows(w)) return true;
    for (const std::string& h : wordnet_->noun_hypernyms(w))
        if (hypernyms_.count(h)) return true;
    return false;
}

DocumentExtraction Extractor::extract(std::string_view doc_name, std::string_view text) const {
    DocumentExtraction out;
    out.doc = std::string(doc_name);
    const std::vector<Span> spans = SentenceSplitter().split(text);
    out.sentences = spans.size();

    const Chunker chunker(lexicon_, cues_, roles_, &words_, &names_, &spelling_, &harms_);
    const ClaimRules rules(lexicon_, roles_, &names_, &harms_);
    Discourse discourse;
    struct Seen {
        /// Sorted and unique, as EntitySighting wants them (and moved there at the end):
        /// an entity has a few aliases in a document, which a vector holds in one block
        /// where a std::set allocated a node each.
        std::vector<std::string> aliases;
        std::size_t mentions = 0;
        /// The bytes of its last mention, in `text`: most mentions repeat them, and
        /// the same bytes are the same alias, with no normalizing and no look-up.
        std::string_view last_surface;
    };
    std::map<std::size_t, Seen> seen;
    std::map<std::string, Seen> unknown_seen;  // names the lexicon lacks

    std::string alias;  // reused: most mentions repeat an alias already seen
    AnalyzedSentence a;  // reused: its vectors keep their capacity from sentence to sentence
    RuleScratch rule_scratch;  // likewise
    std::vector<std::string_view> unknown_in_sentence;  // likewise; views of the names in rule_scratch's claims
    for (const Span& span : spans) {
        chunker.analyze(text, span, discourse, a);
        auto surface = [&](std::size_t first, std::size_t last) {
            return text.substr(a.tokens[first].span.start, a.tokens[last - 1].span.end - a.tokens[first].span.start);
        };
        auto sightings = {&a.mentions, &a.coined_mentions};
        for (const std::vector<Mention>* mentions : sightings)
        for (const Mention& m : *mentions) {
            Seen& e = seen[m.entity];
            ++e.mentions;
            const std::size_t from = a.tokens[m.first].span.start;
            const std::string_view bytes = text.substr(from, a.tokens[m.last - 1].span.end - from);
            if (bytes == e.last_surface) continue;
            e.last_surface = bytes;
            detail::normalize_into(bytes, alias);
            if (auto at = std::lower_bound(e.aliases.begin(), e.aliases.end(), alias);
                at == e.aliases.end() || *at != alias)
                e.aliases.insert(at, alias);
        }
        unknown_in_sentence.clear();
        for (const SentenceClaim& sc : rules.apply(a, rule_scratch)) {
            const bool unknown = !sc.unknown_subject.empty();
            if (unknown && std::find(unknown_in_sentence.begin(), unknown_in_sentence.end(),
                                     std::string_view(sc.unknown_subject)) == unknown_in_sentence.end()) {
                unknown_in_sentence.emplace_back(sc.unknown_subject);
                Seen& u = unknown_seen[sc.unknown_subject];
                if (u.mentions++ == 0) u.aliases.push_back(sc.unknown_subject);  // its one alias, its name
            }
            const Entity& t = a.entity(lexicon_, sc.target);
            const Chunk& cue = a.chunks[sc.cue_chunk];
            // Built in place: moving a finished claim in moved its five strings again.
            Claim& c = out.claims.emplace_back();
            c.doc = out.doc;
            c.start = span.start;
            c.end = span.end;
            c.sentence.assign(text.substr(span.start, span.end - span.start));
            // A.entity, not the lexicon's: the subject may be a product the document coined.
            c.subject = unknown ? sc.unknown_subject : a.entity(lexicon_, sc.subject).name;
            c.subject_type = unknown ? EntityType::other : a.entity(lexicon_, sc.subject).type;
            c.predicate = sc.predicate;
            c.target = t.name;
            c.target_type = t.type;
            c.cue.assign(surface(cue.first, cue.last));
            c.hedged = sc.hedged;
            c.negated = sc.negated;
            c.mode = sc.mode;
        }
    }
    // Sorted by name as (name, sighting) pointers, which swap cheaply, then built in
    // that order: the same comparisons on the same sequence as sorting the sightings.
    struct Sorted {
        const std::string* name;
        EntityType type;
        Seen* seen;
    };
    std::vector<Sorted> order;
    order.reserve(seen.size() + unknown_seen.size());
    for (auto& [idx, e] : seen) {
        // An index past the lexicon's is a product the document coined.
        const Entity& ent = idx < lexicon_.size() ? lexicon_.entity(idx) : discourse.coined()[idx - lexicon_.size()];
        order.push_back({&ent.name, ent.type, &e});
    }
    for (auto& [name, e] : unknown_seen) order.push_back({&name, EntityType::other, &e});
    std::sort(order.begin(), order.end(), [](const Sorted& a, const Sorted& b) { return *a.name < *b.name; });
    out.entities.reserve(order.size());
    for (const Sorted& o : order)
        out.entities.push_back({*o.name, o.type, std::move(o.seen->aliases), o.seen->mentions});
    return out;
}

}  // namespace claimgraph::extract
