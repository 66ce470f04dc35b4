#include <algorithm>
#include <cctype>

#include "claimgraph/extract/extractor.hpp"
#include "grammar.hpp"
#include "harms.hpp"
#include "text_internal.hpp"

namespace claimgraph::extract {

using namespace std::string_view_literals;
namespace {
// "ClearFocus", "CalmWave": a small letter and a capital after the first letter, as a
// brand is written and a word is not.
bool camel_case(std::string_view word) {
    return word.size() > 1 && std::any_of(word.begin() + 1, word.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
           std::any_of(word.begin() + 1, word.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

// Calls `fn(end)` for each place after `from` where `phrase` stands in the raw text as whole
// words (case as written), `end` being where it ends. Written by hand: the tokens of later
// sentences are not made yet when a page's first line is read.
template <class Fn>
void for_each_whole_word(std::string_view text, std::string_view phrase, std::size_t from, Fn fn) {
    auto word_char = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '-'; };
    for (std::size_t at = text.find(phrase, from); at != std::string_view::npos; at = text.find(phrase, at + phrase.size())) {
        const std::size_t after = at + phrase.size();
        if (!(at > 0 && word_char(text[at - 1])) && !(after < text.size() && word_char(text[after]))) fn(after);
    }
}

// How often `phrase` stands in `text` after `from` as whole words.
std::size_t whole_word_uses(std::string_view text, std::string_view phrase, std::size_t from) {
    std::size_t n = 0;
    for_each_whole_word(text, phrase, from, [&](std::size_t) { ++n; });
    return n;
}

// The sentence opens the page, or follows only a short first line of a few words with no
// sentence mark ("Northpeak Nutrition" above "Lumenol Focus(TM) | Uridine + Choline ..."): a
// seller's name over the title leaves the title the page's first line.
// (It reads no more than the first line's few dozen bytes, whatever the sentence: a page of
// one huge line costs nothing.)
// "Halden Labs | Shop | Cognitive Support": a shop's trail of links, no title. Three or more
// parts set off by "|" or ">", one of them a word of the shop's own pages.
bool breadcrumb_line(std::string_view line) {
    std::size_t parts = 1;
    bool shop_word = false;
    std::size_t from = 0;
    for (std::size_t k = 0; k <= line.size(); ++k) {
        if (k < line.size() && line[k] != '|' && line[k] != '>') continue;
        std::string_view part = line.substr(from, k - from);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        for (std::string_view w : {"home"sv, "shop"sv, "store"sv, "products"sv, "all products"sv, "supplements"sv})
            shop_word = shop_word || detail::iequals(part, w);
        if (k < line.size()) ++parts;
        from = k + 1;
    }
    // ("Forum: Recovery Support > Tapering & Withdrawal": a forum's board and its section.)
    bool board = false;
    for (std::string_view w : {"forum:"sv, "board:"sv, "subforum:"sv, "category:"sv, "section:"sv})
        board = board || (line.size() >= w.size() && detail::iequals(line.substr(0, w.size()), w));
    // ("Bipolar Support Forum > Medications & Treatment": a board named as a forum.)
    {
        std::string_view first = line.substr(0, line.find_first_of("|>"));
        while (!first.empty() && first.back() == ' ') first.remove_suffix(1);
        const std::size_t space = first.rfind(' ');
        const std::string_view last = space == std::string_view::npos ? first : first.substr(space + 1);
        for (std::string_view w : {"forum"sv, "forums"sv, "board"sv, "boards"sv, "community"sv, "subforum"sv})
            board = board || detail::iequals(last, w);
    }
    return (parts >= 3 && shop_word) || (parts >= 2 && board);
}

// The line around offset `at`, when it is no longer than a trail of links can be.
std::optional<std::string_view> short_line_at(std::string_view text, std::size_t at) {
    constexpr std::size_t kLongest = 160;
    std::size_t from = at;
    while (from > 0 && text[from - 1] != '\n') {
        if (at - from >= kLongest) return std::nullopt;
        --from;
    }
    std::size_t to = at;
    while (to < text.size() && text[to] != '\n') {
        if (to - from >= kLongest) return std::nullopt;
        ++to;
    }
    return text.substr(from, to - from);
}

bool opens_page(std::string_view text, const Span& span) {
    if (span.start == 0) {
        const auto line = short_line_at(text, 0);
        return !(line && breadcrumb_line(*line));
    }
    if (span.start > 80) return false;
    std::string_view before = text.substr(0, span.start);
    while (!before.empty() && (before.back() == '\n' || before.back() == '\r' || before.back() == ' ')) before.remove_suffix(1);
    if (before.empty()) return true;
    // (The line after a shop's trail of links opens the page.)
    if (before.find('\n') == std::string_view::npos && breadcrumb_line(before)) return true;
    if (before.find('\n') != std::string_view::npos || before.find_first_of(".!?:>|") != std::string_view::npos) return false;
    std::size_t words = 1;
    for (char ch : before) words += ch == ' ';
    return words <= 4 && before.front() >= 'A' && before.front() <= 'Z';
}

// How often the text after `from` uses `word` (lower-case) as a whole word, in any case, and
// how many of those uses are written in lower case.
std::pair<std::size_t, std::size_t> uses_in_any_case(std::string_view text, std::string_view word, std::size_t from) {
    std::size_t any = 0, lower = 0;
    auto alnum = [&](std::size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
    for (std::size_t p = from; p + word.size() <= text.size(); ++p) {
        if ((static_cast<unsigned char>(text[p]) | 0x20) != static_cast<unsigned char>(word[0])) continue;
        if (p > 0 && alnum(p - 1)) continue;
        std::size_t k = 0;
        while (k < word.size() && (static_cast<unsigned char>(text[p + k]) | 0x20) == static_cast<unsigned char>(word[k])) ++k;
        if (k < word.size() || (p + k < text.size() && alnum(p + k))) continue;
        ++any;
        if (text[p] == word[0]) ++lower;
        p += k - 1;
    }
    return {any, lower};
}

// Where the text's second non-empty line ends (its title and the line after, a subtitle or
// a lead), or where the text ends.
std::size_t lead_end(std::string_view text) {
    std::size_t lines = 0, p = 0;
    while (p < text.size() && lines < 2) {
        const std::size_t eol = std::min(text.find('\n', p), text.size());
        if (text.find_first_not_of(" \t\r", p) < eol) ++lines;
        p = eol + 1;
    }
    return std::min(p, text.size());
}

// Does the text after `from` use the brand at tokens [i, end) on its own, twice or more: not
// followed by the word after it in the title ("Serelune softgel", "Why Mnemova?", "Nuvela
// Night combines", but not "ZenLeaf L-Theanine delivers")?
bool brand_used_alone(std::string_view text, const std::vector<Token>& tok, std::size_t i, std::size_t end,
                      std::size_t from) {
    if (end >= tok.size() || end <= i) return false;
    const std::string_view brand = text.substr(tok[i].span.start, tok[end - 1].span.end - tok[i].span.start);
    const std::string_view next = text.substr(tok[end].span.start, tok[end].span.end - tok[end].span.start);
    auto lower = [](std::string_view w) {
        std::string out(w);
        for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return out;
    };
    int alone = 0;
    for_each_whole_word(text, brand, from, [&](std::size_t after) {
        std::size_t w = after;
        while (w < text.size() && text[w] == ' ') ++w;
        // ("ZenLeaf L-Theanine delivers": the title's next word, however it goes on.)
        const bool titled = lower(text.substr(w, next.size())) == lower(next) &&
                            (w + next.size() >= text.size() || !std::isalnum(static_cast<unsigned char>(text[w + next.size()])));
        if (!titled) ++alone;
    });
    return alone >= 2;
}

ChunkKind kind_of(CueClass c) {
    switch (c) {
        case CueClass::predicate:
        case CueClass::postmodifier:
        case CueClass::binding: return ChunkKind::predicate;
        case CueClass::without: return ChunkKind::without;
        case CueClass::hedge: return ChunkKind::hedge;
        case CueClass::negation: return ChunkKind::negation;
        case CueClass::relative: return ChunkKind::relative;
        case CueClass::boundary: return ChunkKind::boundary;
        case CueClass::connector: return ChunkKind::connector;
        case CueClass::person: return ChunkKind::person;
        default: return ChunkKind::word;
    }
}

// Tokens [from, to) as a name: words apart by a space, none around a hyphen ("st john's
// wort", "m-chlorophenylpiperazine") or before a mark written onto its word ("focus+").
std::string join_tokens(const std::vector<Token>& tok, std::size_t from, std::size_t to) {
    std::string out;
    for (std::size_t t = from; t < to; ++t) {
        if (t > from && tok[t].norm != "-"sv && tok[t - 1].norm != "-"sv &&
            !(tok[t].kind == TokenKind::punct && tok[t].span.start == tok[t - 1].span.end))
            out += ' ';
        out += tok[t].norm;
    }
    return out;
}

// An implicit agent: an anaphoric entity chunk for `entity`, over the first token of
// chunk `at` and put before it, where a subject stands for every rule that looks.
void insert_implicit_agent(AnalyzedSentence& s, std::size_t at, std::size_t entity) {
    Chunk agent;
    agent.kind = ChunkKind::entity;
    agent.first = s.chunks[at].first;
    agent.last = s.chunks[at].first + 1;
    agent.entity = entity;
    agent.anaphoric = true;
    s.chunks.insert(s.chunks.begin() + static_cast<std::ptrdiff_t>(at), agent);
}

bool is_close_paren(const AnalyzedSentence& s, std::size_t k) {
    return k < s.chunks.size() && s.chunks[k].kind == ChunkKind::connector && s.tokens[s.chunks[k].first].norm == ")"sv;
}

bool is_comma(const AnalyzedSentence& s, std::size_t k) {
    return k < s.chunks.size() && s.chunks[k].kind == ChunkKind::connector && s.tokens[s.chunks[k].first].norm == ","sv;
}

// "In people with panic disorder a single dose can provoke ...": chunks [0, at) are a
// fronted phrase of whom or where (a preposition, then names and plain words, no verb) that
// no comma closes; the clause starts at `at`.
bool fronted_phrase_before(const AnalyzedSentence& s, std::size_t at) {
    if (at < 3 || at > 8 || s.chunks[0].kind != ChunkKind::word) return false;
    const std::string_view p = s.tokens[s.chunks[0].first].norm;
    if (p != "in"sv && p != "among"sv && p != "for"sv) return false;
    if (s.chunks[at - 1].kind != ChunkKind::entity && s.chunks[at - 1].kind != ChunkKind::person) return false;
    for (std::size_t k = 1; k < at; ++k) {
        const ChunkKind kind = s.chunks[k].kind;
        if (kind != ChunkKind::word && kind != ChunkKind::person && kind != ChunkKind::entity) return false;
        if (kind == ChunkKind::word && s.tokens[s.chunks[k].first].kind != TokenKind::word) return false;
    }
    return true;
}

// "found (mainly) in", "extracted from", "concentrated in": whether the preposition at
// token `prep` follows a word that places a substance in, or gets it from, what comes next
// (the words of apply_part_of's rule, and a few adverbs between).
bool located_before(const std::vector<Token>& tok, std::size_t prep) {
    std::size_t w = prep;
    while (w > 0 && prep - w < 2 && detail::is_placement_adverb(tok[w - 1].norm.view())) --w;
    if (w > 1 && tok[w].norm == "only"sv && tok[w - 1].norm == "not"sv) --w;  // "found not only in"
    if (w == 0) return false;
    const Norm& v = tok[w - 1].norm;
    return v == "found"sv || v == "present"sv || v == "concentrated"sv || v == "extracted"sv || v == "isolated"sv ||
           v == "obtained"sv || v == "stored"sv || v == "abundant"sv;
}

}  // namespace

void Discourse::begin_sentence() {
    if (started_) in_title_ = false;
    started_ = true;
    if (sentence_first_substance_) {
        previous_first_substance_ = sentence_first_substance_;
        previous_first_is_object_ = sentence_first_is_object_;
        previous_salient_.swap(sentence_salient_);
    } else if (sentence_opening_hormone_) {
        // "Researchers say melatonin earns its place ... . There is good evidence that it
        // reduces jet lag": the hormone a sentence opened with, and named no substance beside.
        previous_first_substance_ = sentence_opening_hormone_;
        previous_first_is_object_ = false;
        previous_salient_.assign(1, *sentence_opening_hormone_);
    }
    sentence_salient_.clear();
    sentence_first_substance_.reset();
    sentence_opening_hormone_.reset();
    sentence_named_ = false;
    // Swapped, not moved, so that both vectors keep their capacity.
    for (std::size_t t = 0; t < kTypes; ++t)
        if (!sentence_of_type_[t].empty()) group_of_type_[t].swap(sentence_of_type_[t]), sentence_of_type_[t].clear();
    previous_members_.clear();
    if (sentence_constituent_) previous_members_.swap(sentence_substances_);
    sentence_substances_.clear();
    sentence_constituent_ = false;
}

void Discourse::saw(std::size_t entity, EntityType type, bool anaphoric, bool salient, bool object) {
    const auto t = static_cast<std::size_t>(type);
    last_of_type_[t] = entity;
    auto note = [entity](std::vector<std::size_t>& group) {
        if (std::find(group.begin(), group.end(), entity) == group.end()) group.push_back(entity);
    };
    if (type != EntityType::substance && type != EntityType::condition && type != EntityType::other) {
        note(sentence_of_type_[t]);
        note(sentence_of_type_[kMessengers]);
    }
    if (type == EntityType::condition && !anaphoric) note(sentence_of_type_[t]);  // ("this risk")
    if (type == EntityType::hormone && salient && !anaphoric) ++hormone_mentions_[entity];
    if (!sentence_named_ && type == EntityType::hormone && salient && !anaphoric) sentence_opening_hormone_ = entity;
    sentence_named_ = true;
    if (type != EntityType::substance || !salient) return;
    if (!sentence_first_substance_) {
        sentence_first_substance_ = entity;
        sentence_first_is_object_ = object;
    }
    if (in_title_ && !title_substance_ && !anaphoric) title_substance_ = entity;
    note(sentence_salient_);
    if (!anaphoric) {
        if (substance_mentions_[entity]++ == 0) substance_order_.push_back(entity);
        note(sentence_substances_);
        if (recent_substances_.empty() || recent_substances_.back() != entity) {
            std::erase(recent_substances_, entity);
            recent_substances_.push_back(entity);
        }
    }
}

std::vector<std::size_t> Discourse::last_substances(std::size_t n) const {
    if (n == 0 || recent_substances_.size() < n) return {};
    return {recent_substances_.end() - static_cast<std::ptrdiff_t>(n), recent_substances_.end()};
}

std::optional<std::size_t> Discourse::referent(EntityType type) const {
    if (type != EntityType::substance) return last_of_type_[static_cast<std::size_t>(type)];
    if (sentence_first_substance_) return sentence_first_substance_;
    if (sentence_opening_hormone_) return sentence_opening_hormone_;
    // "When combined with black cohosh, St John's wort has been shown to ... . The herb
    // has traditionally been used ...": when the sentence before named the article's
    // substance, that is what "it" and "the herb" point to, wherever it stood.
    if (auto topic = main_topic();
        topic && std::find(previous_salient_.begin(), previous_salient_.end(), *topic) != previous_salient_.end())
        return topic;
    // "Blood tests show raised levels of homocysteine. ... it has been used in dentistry":
    // a name the sentence before held as an object is no subject to point back to, when
    // the article has a subject of its own.
    if (previous_first_substance_ && previous_first_is_object_)
        if (auto topic = main_topic()) return topic;
    if (previous_first_substance_) return previous_first_substance_;
    return main_topic();
}

std::optional<std::size_t> Discourse::main_topic() const {
    // The most mentioned; of equals, the one named first ("Caffeine is a stimulant.").
    // The title's substance, once the text names it again (a title alone may name
    // what the article sets out from: "Beyond Rhodiola: 3 Underrated Adaptogens").
    if (title_substance_ && substance_mentions_.at(*title_substance_) > 1) return title_substance_;
    std::optional<std::size_t> best;
    std::size_t most = 0;
    for (std::size_t entity : substance_order_)
        if (const std::size_t n = substance_mentions_.at(entity); n > most) best = entity, most = n;
    // An article about a hormone taken as a supplement (melatonin) discusses the
    // hormone it names more often than any substance, even when it compares it with
    // a drug ("Prescription sleeping pills such as zolpidem work very differently").
    for (auto [entity, n] : hormone_mentions_)
        if (n > most) best = entity, most = n;
    return best;
}

std::optional<std::size_t> Discourse::substance_other_than(std::size_t not_this) const {
    if (sentence_first_substance_ && *sentence_first_substance_ != not_this) return sentence_first_substance_;
    if (previous_first_substance_ && *previous_first_substance_ != not_this) return previous_first_substance_;
    std::optional<std::size_t> best;
    std::size_t most = 0;
    for (auto [entity, n] : substance_mentions_)
        if (entity != not_this && n > most) best = entity, most = n;
    return best;
}

std::optional<std::size_t> Discourse::topic_other_than(std::size_t not_this) const {
    const std::optional<std::size_t> topic = main_topic();
    return topic && *topic != not_this ? topic : substance_other_than(not_this);
}

std::vector<std::size_t> Discourse::referents(EntityType type) const {
    const auto t = static_cast<std::size_t>(type);
    // ("this risk": the harms of the last sentence that named any.)
    if (type == EntityType::condition && !(sentence_of_type_[t].empty() && group_of_type_[t].empty()))
        return sentence_of_type_[t].empty() ? group_of_type_[t] : sentence_of_type_[t];
    if (type == EntityType::substance || type == EntityType::condition) {
        auto one = referent(type);
        return one ? std::vector<std::size_t>{*one} : std::vector<std::size_t>{};
    }
    return sentence_of_type_[t].empty() ? group_of_type_[t] : sentence_of_type_[t];
}

bool Chunker::repair_spelling(std::string_view text, std::vector<Token>& tokens, const std::vector<std::uint32_t>* cue_words,
                              const std::vector<std::uint32_t>* lexicon_words, const std::vector<Entity>& coined) const {
    if (!spelling_ || !names_ || !names_->enabled() || spelling_->empty()) return false;
    bool repaired = false;
    auto capitalized = [&](std::size_t k) {
        return k < tokens.size() && tokens[k].kind == TokenKind::word && text[tokens[k].span.start] >= 'A' &&
               text[tokens[k].span.start] <= 'Z';
    };
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        Token& t = tokens[i];
        if (t.kind != TokenKind::word || t.norm.size() < 6) continue;
        // A capital before another capital ("Nocturna Glycine Sleep Powder") begins a name of
        // several words, a brand's, whose spelling is its own. (One capital alone may be a
        // misspelt drug: "my doc put me on Seroquil".)
        if (capitalized(i) && capitalized(i + 1)) continue;
        if (std::any_of(coined.begin(), coined.end(), [&](const Entity& e) {
                const std::string_view name = e.name, w = t.norm.view();
                for (std::size_t at = name.find(w); at != std::string_view::npos; at = name.find(w, at + 1))
                    if ((at == 0 || name[at - 1] == ' ') && (at + w.size() == name.size() || name[at + w.size()] == ' '))
                        return true;
                return false;
            }))
            continue;
        if (cue_words && ((*cue_words)[i] != detail::PhraseTrie::kNone || (*lexicon_words)[i] != detail::PhraseTrie::kNone))
            continue;
        // (A word joined by a hyphen is part of a compound: "voltage-gated".)
        if ((i > 0 && tokens[i - 1].norm == "-"sv) || (i + 1 < tokens.size() && tokens[i + 1].norm == "-"sv)) continue;
        const auto alias = spelling_->repair(t.norm);
        // Only a word that is no English word and no cue: "anxeity", not "anxious" or "sedated".
        if (!alias || names_->english_word(t.norm) || cues_.match_at(tokens, i)) continue;
        t.norm = *alias;
        repaired = true;
    }
    return repaired;
}

AnalyzedSentence Chunker::analyze(std::string_view text, Span sentence, Discourse& discourse) const {
    AnalyzedSentence s;
    analyze(text, sentence, discourse, s);
    return s;
}

void Chunker::analyze(std::string_view text, Span sentence, Discourse& discourse, AnalyzedSentence& s) const {
    s.span = sentence;
    s.makes_claims = true;
    s.topic.reset();
    s.main_topic.reset();
    s.effect_list.reset();
    s.label_end = 0;
    s.coined = &discourse.coined();
    s.coined_mentions.clear();
    tokenize_into(text, sentence, s.tokens);
    if (words_) {
        words_->ids(s.tokens, s.cue_words, s.lexicon_words);
        // (A word either lexicon has is spelt right.)
        if (repair_spelling(text, s.tokens, &s.cue_words, &s.lexicon_words, discourse.coined()))
            words_->ids(s.tokens, s.cue_words, s.lexicon_words);
        lexicon_.match_into(s.tokens, s.lexicon_words, s.mentions);
    } else {
        repair_spelling(text, s.tokens, nullptr, nullptr, discourse.coined());
        lexicon_.match_into(s.tokens, s.mentions);
        cues_.word_ids(s.tokens, s.cue_words);
    }
    s.chunks.clear();
    s.chunks.reserve(s.tokens.size());
    const auto& tok = s.tokens;
    const bool heading = !tok.empty() && tok.back().norm != "."sv && tok.back().norm != "!"sv && tok.back().norm != "?"sv;
    const bool title_open = discourse.title_open();
    if (discourse.at_start() && heading) discourse.begin_title();
    discourse.begin_sentence();
    // "PACKAGE LEAFLET: INFORMATION FOR THE PATIENT", then "Hydrocodone/Acetaminophen 5 mg/325
    // mg Tablets": the title runs on over the opening headings until one names a substance.
    if (title_open && heading) discourse.begin_title();
    s.topic = discourse.referent(EntityType::substance);
    s.main_topic = discourse.main_topic();
    // A question asserts nothing; a statement that ends in "?" (a writer unsure, or
    // exclaiming: "my anxiety actually got WORSE??") still states what it says.
    if (!tok.empty() && tok.back().norm == "?"sv) {
        std::size_t words = 0;
        for (std::size_t k = 0; k < tok.size() && words < 2; ++k) {
            if (tok[k].kind != TokenKind::word) continue;
            ++words;
            if (roles_.has(tok[k].norm, WordRole::interrogative)) s.makes_claims = false;
        }
    }

    // ("did the naltrexone make u feel sick too or was that just me": a forum's question with
    // no mark, an auxiliary first and then its subject.)
    {
        std::size_t k = 0;
        while (k < tok.size() && tok[k].kind != TokenKind::word) ++k;
        if (k + 1 < tok.size() && k <= 1) {
            const std::string_view aux = tok[k].norm, next = tok[k + 1].norm;
            const bool auxiliary = aux == "did"sv || aux == "does"sv || aux == "do"sv || aux == "has"sv || aux == "have"sv ||
                                   aux == "is"sv || aux == "are"sv || aux == "can"sv || aux == "could"sv || aux == "will"sv ||
                                   aux == "would"sv || aux == "should"sv;
            const bool subject = next == "the"sv || next == "you"sv || next == "u"sv || next == "anyone"sv ||
                                 next == "anybody"sv || next == "it"sv || next == "this"sv || next == "that"sv ||
                                 next == "your"sv || next == "ur"sv;
            if (auxiliary && subject) s.makes_claims = false;
        }
    }
    // "Secondary outcomes included response (at least 50% reduction in HAM-D score), remission
    // ...", "The primary end point was the change in MADRS score": a trial's outcomes defined,
    // which says what was measured, not what the drug did.
    {
        std::size_t k = 0;
        while (k < tok.size() && tok[k].kind != TokenKind::word) ++k;
        if (k < tok.size() && (tok[k].norm == "the"sv || tok[k].norm == "other"sv)) ++k;
        if (k + 1 < tok.size() && roles_.has(tok[k].norm, WordSet::outcome_rank)) {
            ++k;
            if (k + 1 < tok.size() && tok[k].norm == "end"sv) ++k;  // "end point(s)"
            std::size_t nouns = 0;
            while (k < tok.size() && nouns < 2 && roles_.has(tok[k].norm, WordSet::outcome_noun)) {
                ++k;
                ++nouns;
            }
            if (nouns > 0 && k < tok.size()) {
                const std::string_view v = tok[k].norm;
                if (v == "was"sv || v == "were"sv || v == "is"sv || v == "are"sv || v == "included"sv || v == "include"sv ||
                    v == "includes"sv || v == "comprised"sv || v == "consisted"sv)
                    s.makes_claims = false;
            }
        }
    }

    std::size_t next_mention = 0;
    std::size_t i = 0;
    bool advice = false;  // the sentence opens with advice to the reader ("Do not take ...")
    // "Warnings: Do not take ...": a label before the advice is no part of the sentence.
    auto only_label = [&]() {
        return s.chunks.size() >= 2 && s.chunks.size() <= 3 && tok[s.chunks.back().first].norm == ":"sv &&
               std::all_of(s.chunks.begin(), s.chunks.end() - 1, [](const Chunk& c) { return c.kind == ChunkKind::word; });
    };
    // ("Halden Labs | Shop | Cognitive Support": a shop's trail of links names no product;
    // looked at once a sentence, and only where a separator stands.)
    const bool trail_of_links =
        std::any_of(tok.begin(), tok.end(), [](const Token& t) { return t.norm == "|"sv || t.norm == ">"sv; }) && [&] {
            const auto line = short_line_at(text, sentence.start);
            return line && breadcrumb_line(*line);
        }();
    // Where the last name in a contrast or a comparison ended, for the names listed with it.
    std::size_t contrast_end = 0;
    auto push_entity = [&](std::size_t first, std::size_t last, std::size_t entity, bool anaphoric) {
        Chunk c;
        c.kind = ChunkKind::entity;
        c.first = first;
        c.last = last;
        c.entity = entity;
        c.anaphoric = anaphoric;
        s.chunks.push_back(c);
        // "Unlike SSRIs, it ...", "more than placebo", "Like other opioids, it ...": a name in a
        // contrast or a comparison is not what "it" points to.
        // ("Unlike classical psychedelics", "Unlike most classical psychedelics": one adjective
        // too, before or after the quantifier.)
        auto quantifier = [](std::string_view w) {
            return w == "most"sv || w == "other"sv || w == "many"sv || w == "some"sv || w == "all"sv || w == "the"sv;
        };
        std::size_t b = first;
        bool adjective = false;
        // ("Compared with older antipsychotics, it has ...": "compared with" or "compared to".)
        // ("In contrast to many stimulant phenethylamines, it ...", "as opposed to".)
        auto compared = [&](std::size_t q) {
            return q >= 1 && (tok[q].norm == "with"sv || tok[q].norm == "to"sv) &&
                   (tok[q - 1].norm == "compared"sv || tok[q - 1].norm == "contrast"sv ||
                    tok[q - 1].norm == "comparison"sv || tok[q - 1].norm == "opposed"sv);
        };
        for (std::size_t steps = 0; steps < 3 && b > 0; ++steps) {
            const std::string_view w = tok[b - 1].norm;
            if (!quantifier(w)) {
                if (adjective || tok[b - 1].kind != TokenKind::word || b < 2 || roles_.has(w, WordRole::contrast) ||
                    w == "like"sv || w == "with"sv || w == "to"sv)
                    break;
                // (An adjective only where a contrast word or a quantifier stands before it.)
                auto opens = [&](std::size_t q) {
                    return roles_.has(tok[q].norm, WordRole::contrast) || quantifier(tok[q].norm) || compared(q);
                };
                if (!opens(b - 2)) {
                    // ("Unlike most clinically used opioids": an adverb in -ly before the adjective.)
                    const std::string_view adverb = tok[b - 2].norm;
                    if (b < 3 || adverb.size() < 5 || !adverb.ends_with("ly") || tok[b - 2].kind != TokenKind::word ||
                        !opens(b - 3))
                        break;
                    --b;
                }
                adjective = true;
            }
            --b;
        }
        // ("no crash like with adderall", "than with coffee": "with" may stand between.)
        const bool with = b > 1 && tok[b - 1].norm == "with"sv &&
                          (tok[b - 2].norm == "like"sv || roles_.has(tok[b - 2].norm, WordRole::contrast));
        bool contrast = with || (b > 0 && (roles_.has(tok[b - 1].norm, WordRole::contrast) ||
                                           (b == 1 && tok[0].norm == "like"sv) || compared(b - 1)));
        // ("Like heroin and fentanyl, they activate ...": so is each name listed with it.)
        // ("Like other opioids, nitazenes also ...": a comma alone ends the phrase.)
        if (!contrast && !anaphoric && contrast_end > 0 && contrast_end < first && first - contrast_end <= 2 &&
            (tok[first - 1].norm == "and"sv || tok[first - 1].norm == "or"sv))
            contrast = first - contrast_end == 1 || tok[contrast_end].norm == ","sv;
        if (contrast && !anaphoric) contrast_end = last;
        // "Nightfall Calm contains no melatonin", "(Melatonin-Free)": a substance named as
        // left out is not what the page discusses, however often it says so.
        // ("free from gluten, soy and dairy": each name of the list after "free from".)
        const bool free_from = first > 1 && (tok[first - 1].norm == "from"sv || tok[first - 1].norm == "of"sv) &&
                               tok[first - 2].norm == "free"sv;
        const bool absent = free_from || (first > 0 && roles_.has(tok[first - 1].norm, WordRole::absence)) ||
                            (last + 1 < tok.size() && tok[last].norm == "-"sv &&
                             roles_.has(tok[last + 1].norm, WordRole::absence_after));
        // ("I noticed I wasn't reaching for that third coffee": what the writer denies taking is
        // no more what "it" in the next sentence points to than what a page leaves out.)
        bool writer_denied = false;
        for (std::size_t k = 0; k + 1 < s.chunks.size() && !writer_denied; ++k)
            if (s.chunks[k].kind == ChunkKind::person && s.chunks[k + 1].kind == ChunkKind::negation &&
                s.chunks[k + 1].last <= first)
                writer_denied = true;
        const bool object = (first > 0 && tok[first - 1].norm == "of"sv) ||
                            std::any_of(s.chunks.begin(), s.chunks.end() - 1,
                                        [](const Chunk& c) { return c.kind == ChunkKind::predicate; });
        // ("ER doctors report surge in visits tied to hemp-derived HHC vapes": what a thing is
        // derived from is not what the text is about.)
        const bool source = last + 1 < tok.size() && tok[last].norm == "-"sv && tok[last + 1].norm == "derived"sv &&
                            tok[last].span.start == tok[last - 1].span.end;
        // ("Forums > Medications > Antipsychotics" over a thread on Zyprexa: the board a post
        // is filed under is no more its topic than a shop's section is its product.)
        const bool filed_under = trail_of_links && [&] {
            const auto line = short_line_at(text, tok[first].span.start);
            return line && breadcrumb_line(*line);
        }();
        discourse.saw(entity, s.entity(lexicon_, entity).type, anaphoric,
                      !contrast && !absent && !writer_denied && !source && !filed_under, object);
    };
    // A name the lexicon lacks, coined for the document: a mention of its own too.
    auto push_coined = [&](std::size_t first, std::size_t last, std::size_t entity) {
        s.coined_mentions.push_back({first, last, entity});
        push_entity(first, last, entity, false);
    };
    // "Modafinil (MOD)", "the nucleus accumbens (NAc)", "O-desmethyltramadol (M1)": a short
    // word in brackets at i, in capitals or a capital and a digit, that names nothing else,
    // abbreviates the name before it.
    // ("fluoxetine (FLX; 10 mg/kg/day)", "(MOD, 200 mg)": a dose may follow it inside.)
    // (ASCII capitals: abbreviations and codes are written in them.)
    auto capitals_in = [](std::string_view raw) {
        return std::count_if(raw.begin(), raw.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
    };
    auto define_bracketed_abbreviation = [&](std::size_t entity) {
        const bool closed = i + 2 < tok.size() &&
                            (tok[i + 2].norm == ")"sv || tok[i + 2].norm == ";"sv ||
                             (tok[i + 2].norm == ","sv && i + 3 < tok.size() && tok[i + 3].kind == TokenKind::number));
        if (!closed || tok[i].norm != "("sv ||
            tok[i + 1].kind != TokenKind::word || tok[i + 1].norm.size() < 2 || tok[i + 1].norm.size() > 6 ||
            (next_mention < s.mentions.size() && s.mentions[next_mention].first == i + 1) || cues_.match_at(tok, i + 1))
            return;
        const std::string_view raw = text.substr(tok[i + 1].span.start, tok[i + 1].span.end - tok[i + 1].span.start);
        const auto capitals = capitals_in(raw);
        const bool digit = std::any_of(raw.begin(), raw.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        if (capitals >= 2 || (capitals == 1 && digit && raw[0] >= 'A' && raw[0] <= 'Z'))
            discourse.define_abbreviation(std::string(tok[i + 1].norm.view()), entity);
    };
    // "zafirlukast (Accolate)", "Singulair (montelukast)": a brand in brackets after a
    // substance's name, or before it with the name in brackets, is that substance. A brand is
    // one capitalised word that neither the lexicon nor WordNet knows ("(Pfizer)" would pass:
    // a maker is named so less often than a brand is).
    auto brand_word = [&](std::size_t k) {
        if (!names_ || !names_->enabled() || tok[k].kind != TokenKind::word || tok[k].norm.size() < 4) return false;
        const std::string_view raw = text.substr(tok[k].span.start, tok[k].span.end - tok[k].span.start);
        return raw[0] >= 'A' && raw[0] <= 'Z' && capitals_in(raw) == 1 &&
               std::all_of(tok[k].norm.view().begin(), tok[k].norm.view().end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
               !cues_.match_at(tok, k) && !discourse.abbreviation(tok[k].norm) && !names_->closed_class(tok[k].norm) &&
               !names_->english_word(tok[k].norm);
    };
    auto define_bracketed_brand = [&](std::size_t first, std::size_t last, std::size_t entity) {
        if (s.entity(lexicon_, entity).type != EntityType::substance) return;
        if (last + 2 < tok.size() && tok[last].norm == "("sv && tok[last + 2].norm == ")"sv &&
            (next_mention >= s.mentions.size() || s.mentions[next_mention].first != last + 1) && brand_word(last + 1))
            discourse.define_abbreviation(std::string(tok[last + 1].norm.view()), entity);
        if (first >= 2 && last < tok.size() && tok[first - 1].norm == "("sv && tok[last].norm == ")"sv &&
            std::none_of(s.mentions.begin(), s.mentions.end(),
                         [&](const Mention& m) { return m.first <= first - 2 && m.last > first - 2; }) &&
            brand_word(first - 2))
            discourse.define_abbreviation(std::string(tok[first - 2].norm.view()), entity);
    };
    EffectSeen effect_seen;
    ContainsSeen contains_seen;
    // The last word of the article's substance's name, when the name has two or more ("nut"
    // of "areca nut"), for "the nut" below; found once a sentence.
    std::string_view topic_head;
    if (s.main_topic && *s.main_topic < lexicon_.size() && lexicon_.entity(*s.main_topic).type == EntityType::substance) {
        const std::string& name = lexicon_.entity(*s.main_topic).name;
        if (const std::size_t space = name.rfind(' '); space != std::string::npos)
            topic_head = std::string_view(name).substr(space + 1);
    }
    while (i < tok.size()) {
        // "Neither drug affected Stroop interference", "Both compounds raised dopamine", "the
        // two drugs": a noun for drugs after a word that counts two stands for the last two
        // substances named ("neither" stays a negation chunk before it). Not before "of":
        // "both drugs of abuse". So "each of the three drugs", "all four drugs" for the last
        // three or four, and "Neither of them is addictive", "both of them help" for two.
        // (The word before is tested first: a role look-up for every token costs.)
        const std::string_view prev_word = i > 0 ? tok[i - 1].norm.view() : std::string_view();
        const bool the_before = i > 1 && (tok[i - 2].norm == "the"sv || tok[i - 2].norm == "these"sv);
        std::size_t counted = 0;
        if (prev_word == "both"sv || prev_word == "neither"sv || prev_word == "either"sv ||
            (prev_word == "two"sv && the_before))
            counted = 2;
        else if ((prev_word == "three"sv || prev_word == "four"sv) && (the_before || (i > 1 && tok[i - 2].norm == "all"sv)))
            counted = prev_word == "three"sv ? 3 : 4;
        bool stands_for_named = counted > 0 && !s.chunks.empty() && roles_.has(tok[i].norm, WordRole::pair_noun) &&
                                !(i + 1 < tok.size() && tok[i + 1].norm == "of"sv);
        if (!stands_for_named && prev_word == "of"sv && i > 1 && (tok[i].norm == "them"sv || tok[i].norm == "these"sv) &&
            (tok[i - 2].norm == "neither"sv || tok[i - 2].norm == "both"sv || tok[i - 2].norm == "either"sv)) {
            counted = 2;
            stands_for_named = true;
        }
        if (stands_for_named) {
            const std::vector<std::size_t> named = discourse.last_substances(counted);
            if (!named.empty()) {
                for (std::size_t e : named) push_entity(i, i + 1, e, true);
                ++i;
                continue;
            }
        }
        // "SSRIs and benzodiazepines both relieve anxiety, but the former often cause emotional
        // blunting and the latter dependence": "the former" stands for the first of the last
        // two substances named, "the latter" for the second. (Grammar, not data: two words.)
        if (prev_word == "the"sv && (tok[i].norm == "former"sv || tok[i].norm == "latter"sv)) {
            const std::vector<std::size_t> pair = discourse.last_two_substances();
            if (!pair.empty()) {
                if (!s.chunks.empty() && s.chunks.back().kind == ChunkKind::word && s.chunks.back().last == i &&
                    s.chunks.back().first + 1 == i)
                    s.chunks.pop_back();  // the "the"
                push_entity(i - 1, i + 1, tok[i].norm == "former"sv ? pair[0] : pair[1], true);
                ++i;
                continue;
            }
        }
        // "Never eat raw ginkgo seeds - they contain a toxin": a hyphen with a space on both
        // sides stands for a dash, which ends a clause ("5 - 10 mg" is a range). A pair sets
        // off an aside instead ("may boost acetylcholine - the learning neurotransmitter - by
        // inhibiting ..."), and ends none.
        // (The token's kind is looked at first: this runs for every token.)
        auto spaced_dash = [&](std::size_t k) {
            return tok[k].kind == TokenKind::punct && k > 0 && k + 1 < tok.size() && tok[k].norm == "-"sv &&
                   tok[k].span.start > tok[k - 1].span.end &&
                   tok[k + 1].span.start > tok[k].span.end && tok[k - 1].kind != TokenKind::number &&
                   tok[k + 1].kind != TokenKind::number;
        };
        if (spaced_dash(i) && !std::any_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& c) { return spaced_dash(c.first); })) {
            bool pair = false;
            for (std::size_t k = i + 2; k < tok.size() && !pair; ++k) pair = spaced_dash(k);
            if (!pair) {
                Cue dash;
                dash.cls = CueClass::boundary;
                dash.words = 1;
                s.chunks.push_back({ChunkKind::boundary, i, i + 1, 0, false, dash});
                ++i;
                continue;
            }
        }
        // "Its active metabolite, m-chlorophenylpiperazine (mCPP), is ...": a name the lexicon
        // lacks, set off after a noun that says it is a substance.
        // ("the flavonoid quercitrin": so is one right after a noun for its kind, which then
        // modifies the name and names nothing of its own.)
        std::size_t length = appositive_name_length(s, i, next_mention);
        if (length == 0 && (length = kind_named_length(s, i, next_mention)) > 0 && !s.chunks.empty() &&
            s.chunks.back().kind == ChunkKind::entity && s.chunks.back().last == i)
            s.chunks.pop_back();
        if (length > 0) {
            const std::size_t id = discourse.coin(join_tokens(tok, i, i + length), EntityType::other, lexicon_.size());
            push_coined(i, i + length, id);
            i += length;
            define_bracketed_abbreviation(id);
            continue;
        }
        // ("Lisdexamfetamine dimesylate (LDX)": a word right after a substance's name is its
        // salt, and the bracket abbreviates the substance.)
        const bool after_substance = !s.chunks.empty() && s.chunks.back().kind == ChunkKind::entity && s.chunks.back().last == i;
        if (const std::size_t length = after_substance ? 0 : systematic_name_length(text, s, i, next_mention); length > 0) {
            // (A single word is most often a constituent of the article's herb, typed other
            // as the appositive names above are, so "it" stays the herb.)
            // (Named as written, lower-cased: "2,5-dimethoxy-4-methylamphetamine" keeps its comma
            // unspaced, as join_tokens would not.)
            std::string name;
            detail::normalize_into(text.substr(tok[i].span.start, tok[i + length - 1].span.end - tok[i].span.start), name);
            const std::size_t id =
                discourse.coin(name, length == 1 ? EntityType::other : EntityType::substance, lexicon_.size());
            push_coined(i, i + length, id);
            i += length;
            while (next_mention < s.mentions.size() && s.mentions[next_mention].first < i) ++next_mention;
            if (tok[i].norm == ","sv)  // ", or THP"
                discourse.define_abbreviation(std::string(tok[i + 2].norm.view()), id);
            else
                define_bracketed_abbreviation(id);
            continue;
        }
        // (A product's name starts with a capital: most words are not looked at further.)
        const char first = text[tok[i].span.start];
        // "Psychotria viridis", "Banisteriopsis caapi": a plant's Latin name the lexicon lacks.
        if (first >= 'A' && first <= 'Z' && binomial_name(text, s, i, next_mention)) {
            const std::size_t id = discourse.coin(join_tokens(tok, i, i + 2), EntityType::substance, lexicon_.size());
            push_coined(i, i + 2, id);
            i += 2;
            continue;
        }
        // "Mulungu Bark: My Honest Experience With ..." ... "a reader emailed me about mulungu":
        // a word of a title that names no substance the lexicon has, that the lexicon and WordNet
        // lack, that NameJudge takes for a substance's name, and that the text goes on to use
        // three times or more, at least twice written small as a common name is (a place or a
        // person keeps its capital), is what the article is about. (Only in a short title's
        // first words: the count reads the whole text, once a word.)
        if (first >= 'A' && first <= 'Z' && discourse.title_open() && heading && i < 8 && sentence.end - sentence.start < 200 &&
            names_ && names_->enabled() && tok[i].kind == TokenKind::word && tok[i].norm.view().size() >= 4 &&
            (next_mention >= s.mentions.size() || s.mentions[next_mention].first != i) && !cues_.match_at(tok, i) &&
            !discourse.abbreviation(tok[i].norm) && !names_->english_word(tok[i].norm) &&
            !names_->closed_class(tok[i].norm) && names_->names_substance(tok[i].norm) &&
            std::none_of(s.mentions.begin(), s.mentions.end(),
                         [&](const Mention& m) { return lexicon_.entity(m.entity).type == EntityType::substance; }) &&
            std::all_of(tok[i].norm.view().begin(), tok[i].norm.view().end(), [](char ch) { return ch >= 'a' && ch <= 'z'; })) {
            const auto [uses, small] = uses_in_any_case(text, tok[i].norm.view(), sentence.end);
            if (uses >= 3 && small >= 2) {
                const std::size_t id = discourse.coin(std::string(tok[i].norm.view()), EntityType::substance, lexicon_.size());
                discourse.define_abbreviation(std::string(tok[i].norm.view()), id);
                push_coined(i, i + 1, id);
                ++i;
                continue;
            }
        }
        // "Authorities tighten controls on etomidate ... An anaesthetic called etomidate ...
        // Etomidate binds to GABA-A receptors": a word that the lexicon and WordNet lack, that
        // ends as a drug's or a compound's name does (NameJudge::names_compound: "-ine", "-ol",
        // "-ast", ...), that the article's first two lines use, and that the text uses four
        // times or more, at least twice written small (a brand, a person or a place keeps its
        // capital), is a substance the article is about. (Only from the first lines: a compound
        // that a later paragraph dwells on, "lactucopicrin", is a constituent, not what "it"
        // points to, and a user name that ends as a drug's, "lowtide", heads a later post. Not
        // right after a substance: "lisdexamfetamine dimesylate" names a salt of it.)
        // (The count reads at most 64 KB, once for each such word: Discourse remembers the
        // words it judged.)
        if (names_ && names_->enabled() && tok[i].kind == TokenKind::word && tok[i].norm.view().size() >= 6 &&
            sentence.start < discourse.lead_end(text, lead_end) &&
            (next_mention >= s.mentions.size() || s.mentions[next_mention].first != i) &&
            !after_substance &&
            std::all_of(tok[i].norm.view().begin(), tok[i].norm.view().end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }) &&
            !(i + 1 < tok.size() && tok[i + 1].norm == "-"sv && tok[i + 1].span.start == tok[i].span.end) &&
            !(i > 0 && tok[i - 1].norm == "-"sv && tok[i - 1].span.end == tok[i].span.start) &&
            !discourse.abbreviation(tok[i].norm) && !cues_.match_at(tok, i) &&
            discourse.judge_frequent_name(std::string(tok[i].norm.view())) && names_->names_compound(tok[i].norm.view())) {
            const std::string_view window = text.substr(0, std::min(text.size(), std::size_t{1} << 16));
            const auto [uses, small] = uses_in_any_case(window, tok[i].norm.view(), 0);
            if (uses >= 4 && small >= 2) {
                const std::size_t id = discourse.coin(std::string(tok[i].norm.view()), EntityType::substance, lexicon_.size());
                discourse.define_abbreviation(std::string(tok[i].norm.view()), id);
                push_coined(i, i + 1, id);
                ++i;
                define_bracketed_abbreviation(id);
                define_bracketed_brand(i - 1, i, id);
                continue;
            }
        }
        if (const ProductName product = first >= 'A' && first <= 'Z' && !trail_of_links
                                            ? product_name(text, s, i, next_mention, discourse)
                                            : ProductName{};
            product.length > 0) {
            push_coined(i, i + product.length, product.entity);
            i += product.length;
            while (next_mention < s.mentions.size() && s.mentions[next_mention].first < i) ++next_mention;
            continue;
        }
        if (const DefinedName defined = i == 0 ? defined_name(s, next_mention, discourse) : DefinedName{};
            defined.length > 0) {
            // (Named as written, lower-cased; it names the substance from then on, and so does
            // each name or code the bracket gives it: "4-FA", "PAL-303".)
            std::string name;
            detail::normalize_into(text.substr(tok[0].span.start, tok[defined.length - 1].span.end - tok[0].span.start), name);
            // (Defined only by what it does, "oFPP is an agonist at 5-HT2C receptors", it is what
            // the article is about when the text names it twice more; else a compound in
            // passing, left to the rules' unknown names.)
            if (!defined.by_action || uses_in_any_case(text, name, sentence.end).first >= 2) {
                const std::size_t id = discourse.coin(name, EntityType::substance, lexicon_.size());
                discourse.define_abbreviation(name, id);
                for (std::size_t k = defined.bracket_open + 1; k < defined.bracket_close;) {
                    std::size_t e = k + 1;
                    while (e < defined.bracket_close && tok[e].span.start == tok[e - 1].span.end &&
                           (tok[e].kind != TokenKind::punct || tok[e].norm == "-"sv))
                        ++e;
                    // ("(α-methyltryptamine, αMT or AMT)": the last name may follow "or".)
                    const bool alone = (k == defined.bracket_open + 1 || tok[k - 1].norm == ","sv || tok[k - 1].norm == ";"sv ||
                                        tok[k - 1].norm == "or"sv) &&
                                       (tok[e].norm == ","sv || tok[e].norm == ";"sv || tok[e].norm == "or"sv || e == defined.bracket_close);
                    if (alone && tok[e - 1].kind != TokenKind::punct && tok[k].kind != TokenKind::punct &&
                        (next_mention >= s.mentions.size() || std::none_of(s.mentions.begin() + static_cast<std::ptrdiff_t>(next_mention), s.mentions.end(),
                                                                           [&](const Mention& m) { return m.first == k; }))) {
                        std::string alias;
                        detail::normalize_into(text.substr(tok[k].span.start, tok[e - 1].span.end - tok[k].span.start), alias);
                        discourse.define_abbreviation(alias, id);
                    }
                    k = e + 1;
                }
                push_coined(0, defined.length, id);
                i = defined.length;
                continue;
            }
        }
        // "Alprazolam calms overactive circuits", "Kava calms the mind": a verb in -s after a
        // substance, that the lexicon read as the plural of an outcome ("calm"), is the verb
        // when the cue file has it; the mention is dropped.
        // ("depression scores fall sharply", "a fall in blood pressure": the singular of an
        // outcome named only in the plural, "falls", is the verb the cue file has.)
        if (next_mention < s.mentions.size() && s.mentions[next_mention].first == i &&
            (verb_not_plural(s, s.mentions[next_mention]) || verb_not_plural_name(s, s.mentions[next_mention]) ||
             outcome_homograph_name(s, s.mentions[next_mention]))) {
            s.mentions.erase(s.mentions.begin() + static_cast<std::ptrdiff_t>(next_mention));
        }
        // "still works against nitazenes, experts stress", "Doctors stress that ...": after people
        // and before the sentence's end, a comma or "that", "stress" is what they say.
        if (next_mention < s.mentions.size() && s.mentions[next_mention].first == i && i > 0 && !s.chunks.empty() &&
            s.chunks.back().kind == ChunkKind::person && s.mentions[next_mention].last == i + 1 &&
            (tok[i].norm == "stress"sv || tok[i].norm == "stressed"sv) &&
            (i + 1 == tok.size() || tok[i + 1].norm == "."sv || tok[i + 1].norm == ","sv || tok[i + 1].norm == "that"sv))
            s.mentions.erase(s.mentions.begin() + static_cast<std::ptrdiff_t>(next_mention));
        // "binds to the benzodiazepine site on GABA-A receptors": a site on a receptor the
        // sentence names is a place on that receptor, which is what is bound; the site is
        // named alone only when no receptor follows ("does not bind to the benzodiazepine site").
        if (next_mention + 1 < s.mentions.size() && s.mentions[next_mention].first == i) {
            const Mention& m = s.mentions[next_mention];
            const Mention& after = s.mentions[next_mention + 1];
            const std::string_view last = tok[m.last - 1].norm.view();
            std::size_t q = m.last;
            if (q < tok.size() && (tok[q].norm == "on"sv || tok[q].norm == "of"sv || tok[q].norm == "at"sv)) ++q;
            if (q > m.last && q < tok.size() && tok[q].norm == "the"sv) ++q;
            if ((last == "site"sv || last == "sites"sv) && q > m.last && after.first == q &&
                s.entity(lexicon_, m.entity).type == EntityType::receptor &&
                s.entity(lexicon_, after.entity).type == EntityType::receptor)
                s.mentions.erase(s.mentions.begin() + static_cast<std::ptrdiff_t>(next_mention));
        }
        if (next_mention < s.mentions.size() && s.mentions[next_mention].first == i) {
            const Mention& m = s.mentions[next_mention++];
            // "opioid-like properties" likens something to the entity; it does not name it; nor
            // does "the calcium-dependent release of glutamate" or "GABA-releasing interneurons".
            // ("anxiety-producing effects" still names the anxiety produced.)
            if (m.last + 1 < tok.size() && tok[m.last].norm == "-"sv && roles_.has(tok[m.last + 1].norm, WordSet::name_adjective) &&
                (tok[m.last + 1].norm == "like"sv || s.entity(lexicon_, m.entity).type != EntityType::condition)) {
                s.chunks.push_back({ChunkKind::word, m.first, m.last + 2, 0, false, {}});
                i = m.last + 2;
                continue;
            }
            if (split_class_name(m, s, discourse)) {
                i = m.last;
                continue;
            }
            // "nor-mephedrone", "desmethyl-tramadol": a prefix hyphened to the name (no space
            // either side) names another substance, a metabolite, which the lexicon lacks.
            if (m.first >= 2 && tok[m.first - 1].norm == "-"sv && roles_.has(tok[m.first - 2].norm, WordRole::metabolite_prefix) &&
                tok[m.first - 1].span.start == tok[m.first - 2].span.end && tok[m.first].span.start == tok[m.first - 1].span.end &&
                s.chunks.size() >= 2 && s.chunks.back().first == m.first - 1 && s.chunks[s.chunks.size() - 2].first == m.first - 2) {
                s.chunks.pop_back();
                s.chunks.pop_back();
                const std::size_t id = discourse.coin(join_tokens(tok, m.first - 2, m.last), EntityType::other, lexicon_.size());
                push_coined(m.first - 2, m.last, id);
                i = m.last;
                continue;
            }
            // "Hydrocodone/Acetaminophen 5 mg/325 mg Tablets", "oxycodone/acetaminophen": two
            // substances joined by a slash with no space names a combination product, an
            // entity of its own, named by both canonical names.
            if (m.last + 1 < tok.size() && tok[m.last].norm == "/"sv && tok[m.last].span.start == tok[m.last - 1].span.end &&
                next_mention < s.mentions.size() && s.mentions[next_mention].first == m.last + 1 &&
                tok[m.last + 1].span.start == tok[m.last].span.end) {
                const Mention& partner = s.mentions[next_mention];
                const Entity& a = s.entity(lexicon_, m.entity);
                const Entity& b = s.entity(lexicon_, partner.entity);
                if (a.type == EntityType::substance && b.type == EntityType::substance && m.entity != partner.entity &&
                    m.entity < lexicon_.size() && partner.entity < lexicon_.size()) {
                    const std::size_t id = discourse.coin(a.name + "/" + b.name, EntityType::substance, lexicon_.size());
                    ++next_mention;
                    push_coined(m.first, partner.last, id);
                    i = partner.last;
                    continue;
                }
            }
            push_entity(m.first, m.last, m.entity, false);
            i = m.last;
            define_bracketed_abbreviation(m.entity);
            define_bracketed_brand(m.first, m.last, m.entity);
            continue;
        }
        const std::size_t mention_start =
            next_mention < s.mentions.size() ? s.mentions[next_mention].first : tok.size();
        // "The nut contains several pyridine alkaloids" in an article on areca nut, "the seed"
        // in one on black seed: "the" or "this" and the last word of the article's substance's
        // name (a name of two words or more) is that substance. (Not before "of": "the root of
        // the plant" names a part; nor after "in": "the tannins in the nut" are the subject.)
        if (!topic_head.empty() && i + 1 < mention_start && i + 1 < tok.size() && tok[i + 1].norm.view() == topic_head &&
            (tok[i].norm == "the"sv || tok[i].norm == "this"sv) && !(i + 2 < tok.size() && tok[i + 2].norm == "of"sv) &&
            !(i > 0 && (tok[i - 1].norm == "in"sv || tok[i - 1].norm == "from"sv))) {
            push_entity(i, i + 2, *s.main_topic, true);
            i += 2;
            continue;
        }
        // "Treatment reduced both inattention and hyperactivity", "Active treatment lowered
        // anxiety": in an article about one substance, "treatment" opening a sentence before a
        // past verb of change is treatment with that substance. (Not "Treatment of overdose is
        // supportive", where a phrase names what is treated.)
        if (tok[i].norm == "treatment"sv && s.main_topic && i + 1 < tok.size() && i + 1 < mention_start &&
            (i == 0 || (i == 1 && tok[0].norm == "active"sv)) &&
            s.entity(lexicon_, *s.main_topic).type == EntityType::substance)
            if (const Cue* verb = cues_.match_at(s.cue_words, i + 1);
                verb && verb->cls == CueClass::predicate && verb->verb && tok[i + 1].norm.view().ends_with("ed")) {
                push_entity(i == 1 ? 0 : i, i + 1, *s.main_topic, true);
                ++i;
                continue;
            }
        const Cue* cue = cues_.match_at(s.cue_words, i);
        if (cue && i + cue->words > mention_start) cue = nullptr;  // a cue never swallows an entity
        // ("mean +3.1 beats/min", "80 beats per minute": a verb's form after a number and
        // before a unit's slash or "per" is a unit.)
        if (cue && cue->verb && i > 0 && tok[i - 1].kind == TokenKind::number && i + 1 < tok.size() &&
            (tok[i + 1].norm == "/"sv || tok[i + 1].norm == "per"sv))
            cue = nullptr;
        // ("Deep Rest is our tincture, blending valerian with hops": a participle of what a
        // product holds only after the comma that sets it off; "Combining it with alcohol can
        // harm the liver" takes one thing with another.)
        if (cue && cue->predicate == Predicate::contains &&
            (tok[i].norm == "combining"sv || tok[i].norm == "blending"sv || tok[i].norm == "pairing"sv) &&
            !(i > 0 && tok[i - 1].norm == ","sv))
            cue = nullptr;
        // "Pain relief of at least 30% was achieved": "of" before an amount is the amount's, and
        // the noun alone follows the name it relieves, as in "pain relief".
        // ("its activation of 5-HT1A receptors": a number that starts a name is no amount.)
        if (cue && cue->words == 2 && i + 3 < tok.size() && tok[i + 1].norm == "of"sv && !s.chunks.empty() &&
            s.chunks.back().kind == ChunkKind::entity && !s.chunks.back().anaphoric && s.chunks.back().last == i &&
            ((tok[i + 2].kind == TokenKind::number && (tok[i + 3].norm == "%"sv || tok[i + 3].norm == "percent"sv)) ||
             tok[i + 2].norm == "at"sv || tok[i + 2].norm == "about"sv || tok[i + 2].norm == "over"sv ||
             tok[i + 2].norm == "more"sv || tok[i + 2].norm == "up"sv))
            if (const Cue* one = cues_.match_at(std::vector<std::uint32_t>{s.cue_words[i]}, 0);
                one && one->also_postmodifier)
                cue = one;
        // ("Calm Mood & Deep Sleep": an outcome's name is a verb only before an outcome it acts on.)
        if (cue && cue->outcome_homograph && !verb_before_outcome(s, i)) cue = nullptr;
        // "IL-6 did not change in either group": after "did not", the noun's phrase ("change
        // in") is the verb and its preposition; the verb's line reads it.
        if (cue && cue->cls == CueClass::predicate && !cue->verb && cue->words >= 2 && i >= 2 && tok[i - 1].norm == "not"sv &&
            (tok[i - 2].norm == "did"sv || tok[i - 2].norm == "does"sv || tok[i - 2].norm == "do"sv))
            if (const Cue* verb = cues_.match_at(std::vector<std::uint32_t>{s.cue_words[i]}, 0); verb && verb->verb) cue = verb;
        // "Combining them isn't dangerous, but both can make you drowsy": "both" standing alone
        // before a verb or a modal is the two substances named last.
        if (cue && cue->cls == CueClass::connector && tok[i].norm == "both"sv && i + 1 < mention_start &&
            i + 1 < tok.size() && (i == 0 || tok[i - 1].norm == ","sv || tok[i - 1].norm == "but"sv || tok[i - 1].norm == "and"sv)) {
            const Cue* next = cues_.match_at(s.cue_words, i + 1);
            const std::string_view w = tok[i + 1].norm.view();
            const bool verb = (next && (next->cls == CueClass::hedge || (next->cls == CueClass::predicate && next->verb))) ||
                              w == "can"sv || w == "may"sv || w == "might"sv || w == "will"sv || w == "are"sv ||
                              w == "were"sv || w == "have"sv || w == "cause"sv || w == "make"sv;
            if (const std::vector<std::size_t> two = discourse.last_two_substances(); verb && two.size() == 2) {
                for (std::size_t e : two) push_entity(i, i + 1, e, true);
                ++i;
                continue;
            }
        }
        // "acts mainly on GABA-B receptors", "binds strongly to": an adverb inside a verb's
        // phrase. (An adverb of the `degree` role, that is no cue itself, in a verb's phrase:
        // "used recreationally for" is no "used for".)
        // ("attaches only loosely to": two such adverbs.)
        std::size_t inner_adverb = 0;
        std::size_t adverbs = 0;
        while (adverbs < 2 && i + adverbs + 2 < tok.size() && roles_.has(tok[i + 1 + adverbs].norm, WordRole::degree) &&
               !cues_.match_at(s.cue_words, i + 1 + adverbs))
            ++adverbs;
        for (; adverbs > 0 && inner_adverb == 0; --adverbs)
            if (const Cue* longer = cues_.match_skipping(s.cue_words, i, i + 1, adverbs);
                longer && (!cue || longer->words > cue->words) && i + longer->words + adverbs <= mention_start &&
                (longer->cls == CueClass::predicate || longer->cls == CueClass::binding)) {
                cue = longer;
                inner_adverb = adverbs;
            }
        // "these feel-good neurotransmitters", "these important brain chemicals": words between
        // the demonstrative and the noun of an anaphor ("these neurotransmitters") leave it one.
        if (cue && cue->cls == CueClass::determiner && inner_adverb == 0 &&
            (tok[i].norm == "these"sv || tok[i].norm == "those"sv)) {
            for (std::size_t skip = 1; skip <= 3 && i + 1 + skip < mention_start && i + 1 + skip < tok.size(); ++skip) {
                const Token& t = tok[i + skip];
                if ((t.kind != TokenKind::word && t.norm != "-"sv) || cues_.match_at(s.cue_words, i + skip)) break;
                if (const Cue* a = cues_.match_skipping(s.cue_words, i, i + 1, skip);
                    a && a->cls == CueClass::anaphor && a->words == 2 && a->referent != EntityType::other &&
                    a->referent != EntityType::substance && i + a->words + skip <= mention_start) {
                    // (Not "these chemical messengers": a noun of any messenger points vaguely, and a
                    // substance's description is "this golden spice", done below.)
                    cue = a;
                    inner_adverb = skip;
                    break;
                }
            }
        }
        // "Lactobacillus plantarum LP-27", "ginkgo extract EGb 761": a strain's or an
        // extract's code right after a substance's name is part of the name, and stands for
        // it alone later in the article ("LP-27 produced a greater reduction ...").
        // (Capitals, then a number, with or without a hyphen; "(LP-27)" in brackets is an
        // abbreviation's business.)
        auto code_end = [&](std::size_t at) -> std::size_t {
            if (tok[at].kind != TokenKind::word || tok[at].norm.size() < 2 || tok[at].norm.size() > 5) return at;
            const std::string_view raw = text.substr(tok[at].span.start, tok[at].span.end - tok[at].span.start);
            if (capitals_in(raw) < 2 ||
                !(raw[0] >= 'A' && raw[0] <= 'Z'))
                return at;
            std::size_t n = at + 1;
            if (n < tok.size() && tok[n].norm == "-"sv && tok[n].span.start == tok[at].span.end) ++n;
            return n < tok.size() && tok[n].kind == TokenKind::number ? n + 1 : at;
        };
        if (!cue && !s.chunks.empty() && s.chunks.back().kind == ChunkKind::entity && !s.chunks.back().anaphoric &&
            s.chunks.back().last == i && s.entity(lexicon_, s.chunks.back().entity).type == EntityType::substance &&
            (next_mention >= s.mentions.size() || s.mentions[next_mention].first != i) && !discourse.abbreviation(tok[i].norm)) {
            // "viloxazine ER", "Adderall XR": a release form in capitals is part of the name.
            if (tok[i].kind == TokenKind::word && tok[i].norm.size() <= 3 && roles_.has(tok[i].norm, WordSet::formulation) &&
                capitals_in(text.substr(tok[i].span.start, tok[i].span.end - tok[i].span.start)) ==
                    static_cast<std::ptrdiff_t>(tok[i].norm.size())) {
                s.chunks.back().last = i + 1;
                ++i;
                continue;
            }
            if (const std::size_t end = code_end(i); end > i) {
                discourse.define_abbreviation(std::string(tok[i].norm.view()), s.chunks.back().entity);
                s.chunks.back().last = end;
                i = end;
                continue;
            }
        }
        // "Strong painkillers called opioids. Using them together with clobazam can cause ...":
        // "them" after a verb of taking, before "together" or "with", is what the sentence
        // before named, when it named one. (After a list, "combining them with alcohol" is as
        // often the products that hold the list: left alone.)
        if (!cue && tok[i].norm == "them"sv && i > 0 && roles_.has(tok[i - 1].norm, WordRole::intake) && i + 1 < tok.size() &&
            (tok[i + 1].norm == "together"sv || tok[i + 1].norm == "with"sv))
            if (const std::vector<std::size_t>& group = discourse.previous_substances(); group.size() == 1) {
                push_entity(i, i + 1, group.front(), true);
                ++i;
                continue;
            }
        // "Imipramine blocks the reuptake of noradrenaline and serotonin ... By raising them,
        // the medicine helps": "them" right after a verb of change, ending its phrase, stands
        // for the messengers an earlier sentence named last, when it named two or more. ("blocks
        // them from getting reabsorbed", "glutamate, which excites them" are other things.)
        if (!cue && tok[i].norm == "them"sv && !s.chunks.empty() && s.chunks.back().kind == ChunkKind::predicate &&
            s.chunks.back().cue.verb &&
            (s.chunks.back().cue.predicate == Predicate::increases || s.chunks.back().cue.predicate == Predicate::decreases) &&
            (i + 1 >= tok.size() || tok[i + 1].kind == TokenKind::punct) &&
            std::none_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& ch) {
                return ch.kind == ChunkKind::entity && s.entity(lexicon_, ch.entity).type == EntityType::neurotransmitter;
            }))
            if (const std::vector<std::size_t> group = discourse.referents(EntityType::neurotransmitter); group.size() >= 2) {
                for (std::size_t e : group) push_entity(i, i + 1, e, true);
                ++i;
                continue;
            }
        // "4-FA", "PAL-303": a code an article defined (defined_name) is several tokens.
        if (!cue && discourse.has_abbreviations() && i + 2 < tok.size() && tok[i + 1].norm == "-"sv &&
            tok[i + 1].span.start == tok[i].span.end &&
            tok[i + 2].span.start == tok[i + 1].span.end && !discourse.abbreviation(tok[i].norm) &&
            (next_mention >= s.mentions.size() || s.mentions[next_mention].first != i)) {
            std::size_t e = i + 1;
            std::string code(tok[i].norm.view());
            std::optional<std::size_t> found;
            std::size_t found_end = i;
            while (e < tok.size() && tok[e].span.start == tok[e - 1].span.end &&
                   (tok[e].kind != TokenKind::punct || tok[e].norm == "-"sv)) {
                code += tok[e].norm.view();
                ++e;
                if (tok[e - 1].kind != TokenKind::punct)
                    if (auto abbreviated = discourse.abbreviation(code)) found = abbreviated, found_end = e;
            }
            if (found) {
                push_entity(i, found_end, *found, false);
                i = found_end;
                while (next_mention < s.mentions.size() && s.mentions[next_mention].first < i) ++next_mention;
                continue;
            }
        }
        if (!cue) {
            if (auto abbreviated = discourse.abbreviation(tok[i].norm)) {
                // (The code's number goes with it: "LP-27 produced ...".)
                const std::size_t end = code_end(i);
                push_entity(i, end > i ? end : i + 1, *abbreviated, false);
                if (end > i) {
                    i = end;
                    continue;
                }
            }
            else if (!s.chunks.empty() && s.chunks.back().kind == ChunkKind::entity && !s.chunks.back().anaphoric &&
                     s.chunks.back().last == i && roles_.has(tok[i].norm, WordRole::measure))
                s.chunks.back().last = i + 1;  // "anxiety scores", "cortisol levels": a measure of the name
            else if (const std::size_t from = unknown_enzyme_start(text, s, i); from < i) {
                // "creatine kinase", "dihydrofolate reductase": the modifier's chunk and any
                // hyphened part before the head become the enzyme's name.
                while (!s.chunks.empty() && s.chunks.back().first >= from) s.chunks.pop_back();
                const std::size_t id = discourse.coin(join_tokens(tok, from, i + 1), EntityType::enzyme, lexicon_.size());
                push_coined(from, i + 1, id);
            } else if (unknown_constituent(text, s, i, contains_seen)) {
                // ("asiatic acid", "madecassic acid": an acid's name is its adjective and the
                // head; the adjective's word chunk is taken back into the name.)
                std::size_t from = i;
                if ((tok[i].norm == "acid"sv || tok[i].norm == "acids"sv) && !s.chunks.empty() &&
                    s.chunks.back().kind == ChunkKind::word && s.chunks.back().first + 1 == i && s.chunks.back().last == i)
                    from = i - 1;
                if (from < i) s.chunks.pop_back();
                const std::size_t id = discourse.coin(join_tokens(tok, from, i + 1), EntityType::other, lexicon_.size());
                push_coined(from, i + 1, id);
            } else if (const std::size_t from = unknown_condition_start(text, s, i, effect_seen); from <= i) {
                if (from < i) s.chunks.pop_back();  // the modifier's word chunk
                const std::size_t id = discourse.coin(join_tokens(tok, from, i + 1), EntityType::condition, lexicon_.size());
                push_coined(from, i + 1, id);
            } else
                s.chunks.push_back({ChunkKind::word, i, i + 1, 0, false, {}});
            ++i;
            // "Cannabis withdrawal syndrome (CWS)": a name and a word or two after it, whose
            // initials the bracket spells, are abbreviated as the name.
            if (i + 2 < tok.size() && tok[i].norm == "("sv && s.chunks.size() >= 2) {
                std::size_t e = s.chunks.size() - 1;
                while (e > 0 && s.chunks.size() - e <= 2 && s.chunks[e].kind == ChunkKind::word &&
                       tok[s.chunks[e].first].kind == TokenKind::word)
                    --e;
                if (s.chunks[e].kind == ChunkKind::entity && !s.chunks[e].anaphoric) {
                    std::string initials;
                    for (std::size_t t = s.chunks[e].first; t < i; ++t)
                        if (tok[t].kind == TokenKind::word) initials += tok[t].norm.view().front();
                    if (initials == tok[i + 1].norm.view()) define_bracketed_abbreviation(s.chunks[e].entity);
                }
                // "In its extended-release form (GXR)", "esketamine nasal spray (ESK)": a
                // substance and the words of its form, then a bracket that starts with the
                // substance's initial, abbreviate the substance. (Words only, hyphens between.)
                std::size_t f = s.chunks.size() - 1;
                while (f > 0 && s.chunks.size() - f <= 5 && s.chunks[f].kind == ChunkKind::word &&
                       (tok[s.chunks[f].first].kind == TokenKind::word || tok[s.chunks[f].first].norm == "-"sv))
                    --f;
                if (f + 1 < s.chunks.size() && s.chunks[f].kind == ChunkKind::entity &&
                    tok[s.chunks[f + 1].first].norm != "-"sv &&
                    s.entity(lexicon_, s.chunks[f].entity).type == EntityType::substance &&
                    (!s.chunks[f].anaphoric || tok[s.chunks[f].last - 1].norm == "its"sv) &&
                    !s.entity(lexicon_, s.chunks[f].entity).name.empty() &&
                    tok[i + 1].norm.view().front() == s.entity(lexicon_, s.chunks[f].entity).name.front())
                    define_bracketed_abbreviation(s.chunks[f].entity);
            }
            continue;
        }
        std::size_t end = i + cue->words + inner_adverb;
        // "nor-binaltorphimine", "no-reflow": a negation word hyphenated to the next is part of a name.
        // ("non-" is a prefix that denies: "non-habit forming", "non-drowsy".)
        if (cue->cls == CueClass::negation && end < tok.size() && tok[end].norm == "-"sv &&
            tok[end].span.start == tok[end - 1].span.end && tok[end - 1].norm != "non"sv) {
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
            i = end;
            continue;
        }
        // "the balance of", "an impact": after a determiner a verb form is a noun.
        // ("its" and "their" are anaphors, and determiners too; so are "my" and "your":
        // "lowered my drive".)
        // ("Pregabalin and opioids each depress breathing": "each" after its names floats; the
        // verb after it is a verb.)
        const bool floating_each = s.chunks.size() >= 2 && s.chunks.back().kind == ChunkKind::word &&
                                   tok[s.chunks.back().first].norm == "each"sv &&
                                   s.chunks[s.chunks.size() - 2].kind == ChunkKind::entity;
        const bool after_determiner =
            !s.chunks.empty() && !floating_each &&
            ((s.chunks.back().kind == ChunkKind::word &&
              (s.chunks.back().cue.cls == CueClass::determiner || roles_.has(tok[s.chunks.back().first].norm, WordRole::owner))) ||
             (s.chunks.back().anaphoric && (tok[s.chunks.back().last - 1].norm == "its"sv ||
                                            tok[s.chunks.back().last - 1].norm == "their"sv)));
        // "improvements in moderate depression", "for moderate anxiety": after a preposition
        // a bare verb form is a noun or an adjective, not a verb.
        // So after a verb in the past: "reduced moderate depression" ("helped reduce" is a verb),
        // and inside a compound: "mild-to-moderate depression".
        const Norm& w = tok[i].norm;
        const std::string_view before = s.chunks.empty() ? std::string_view() : std::string_view(tok[s.chunks.back().last - 1].norm);
        const bool after_preposition =
            !s.chunks.empty() && (s.chunks.back().kind == ChunkKind::word || s.chunks.back().kind == ChunkKind::predicate) &&
            end == i + 1 && !w.ends_with("s") && !w.ends_with("ing") && !w.ends_with("ed") &&
            (before == "in" || before == "for" || before == "with" || before == "of" || before == "-" ||
             (s.chunks.back().kind == ChunkKind::predicate && before.ends_with("ed") && !before.starts_with("help")));
        // A participle stays a predicate: "an increased risk of psychosis".
        const bool participle = tok[i].norm.ends_with("ed");
        // "at higher doses it also binds ...": a comparative before a word of use says how
        // much is taken; it states no change.
        // ("At higher concentrations the drug also acts as ...": so after "at", before a word of
        // concentration.)
        const bool dose_comparative =
            cue->cls == CueClass::predicate && end == i + 1 && w.ends_with("er") && end < tok.size() &&
            (roles_.has(tok[end].norm, WordRole::use) ||
             (before == "at" && (tok[end].norm == "concentrations"sv || tok[end].norm == "concentration"sv ||
                                 tok[end].norm == "dosages"sv || tok[end].norm == "dosage"sv)));
        if ((cue->verb && (after_determiner || after_preposition) && !participle) || dose_comparative) {
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
            i = end;
            continue;
        }
        if (cue->cls == CueClass::determiner) {
            // "This, in turn, can lead to ...": a demonstrative standing alone points back.
            bool stands_alone = false;
            if ((tok[i].norm == "this"sv || tok[i].norm == "these"sv) && i + 1 < tok.size()) {
                auto next = cues_.match_at(s.cue_words, i + 1);
                stands_alone = tok[i + 1].norm == ","sv ||
                               (next && (next->cls == CueClass::hedge || next->cls == CueClass::negation ||
                                         (next->cls == CueClass::predicate && next->verb) ||
                                         // ("This calms the brain and nerves": a verb that names its outcome.)
                                         (next->cls == CueClass::predicate && next->words == 1 && !next->fixed_target.empty() &&
                                          tok[i + 1].norm.ends_with("s") && i + 2 < tok.size() &&
                                          (tok[i + 2].norm == "the"sv || tok[i + 2].norm == "your"sv))));
            }
            if (stands_alone) {
                // ("Stiripentol, fluconazole and omeprazole. These can raise the amount of
                // clobazam": "these" alone is every substance the sentence before named.)
                // (Not "Some of these, notably pellotine", nor "these drops", a noun that is also a verb.)
                const Cue* after = cues_.match_at(s.cue_words, i + 1);
                if (tok[i].norm == "these"sv && !(i > 0 && tok[i - 1].norm == "of"sv) &&
                    !(tok[i + 1].norm.ends_with("s") && after && after->cls == CueClass::predicate))
                    if (const std::vector<std::size_t>& group = discourse.previous_substances(); group.size() >= 2) {
                        for (std::size_t e : group) push_entity(i, end, e, true);
                        i = end;
                        continue;
                    }
                if (auto referent = discourse.referent(EntityType::substance)) {
                    push_entity(i, end, *referent, true);
                    i = end;
                    continue;
                }
            }
            // "Our clinically studied formula supports ...", "these delicious gummies": on a page
            // that coined a product's name, a product word a few plain words after "our",
            // "this" or "these" is that product.
            if (tok[i].norm == "our"sv || tok[i].norm == "this"sv || tok[i].norm == "these"sv) {
                std::size_t h = i + 1;
                while (h < tok.size() && h < i + 4 && h < mention_start &&
                       (tok[h].kind == TokenKind::word || tok[h].norm == "-"sv) && !roles_.has(tok[h].norm, WordRole::product) &&
                       !cues_.match_at(s.cue_words, h))
                    ++h;
                if (h > i + 1 && h < tok.size() && h < mention_start && roles_.has(tok[h].norm, WordRole::product) &&
                    !(h + 1 < tok.size() && tok[h + 1].norm == "of"sv))
                    if (auto product = discourse.first_product(lexicon_.size())) {
                        push_entity(i, h + 1, *product, true);
                        i = h + 1;
                        continue;
                    }
            }
            // "this golden spice", "this humble mineral", "this ancient root": a description of
            // the substance under discussion, with a word or two before its head noun (word
            // role substance-head). (The fixed descriptions, "this herb", are anaphor cues.)
            // ("the fresh leaves", "the dried root": after "the", one word only, and none that
            // sets the thing apart from the one under discussion, "the other herb".)
            const bool the = tok[i].norm == "the"sv && i + 1 < tok.size() && tok[i + 1].norm != "other"sv &&
                             tok[i + 1].norm != "second"sv && tok[i + 1].norm != "new"sv && tok[i + 1].norm != "two"sv;
            if (tok[i].norm == "this"sv || the) {
                std::size_t h = i + 1;
                while (h < tok.size() && h < i + (the ? 2 : 3) && h < mention_start && tok[h].kind == TokenKind::word &&
                       !roles_.has(tok[h].norm, WordRole::substance_head) && !cues_.match_at(s.cue_words, h))
                    ++h;
                // (After "the" the head ends its phrase: "the hardest drug dependencies" are
                // dependencies.)
                const bool ends_phrase = h + 1 >= tok.size() || tok[h + 1].kind != TokenKind::word ||
                                         (h + 1 != mention_start && cues_.match_at(s.cue_words, h + 1)) ||
                                         roles_.has(tok[h + 1].norm, WordRole::linking) ||
                                         tok[h + 1].norm == "also"sv || tok[h + 1].norm.ends_with("ly");
                if (h > i + 1 && h < tok.size() && h < mention_start && roles_.has(tok[h].norm, WordRole::substance_head) &&
                    !(h + 1 < tok.size() && tok[h + 1].norm == "of"sv) && (!the || ends_phrase))
                    if (auto referent = discourse.referent(EntityType::substance)) {
                        push_entity(i, h + 1, *referent, true);
                        i = h + 1;
                        continue;
                    }
            }
            // ("the widely prescribed nerve-pain drug": a description of the drug under
            // discussion, its words up to "drug", "medication" or "medicine" in the singular.)
            if (the && tok[i + 1].norm != "same"sv && tok[i + 1].norm != "study"sv && tok[i + 1].norm != "first"sv) {
                // ("the nerve-pain drug", "the anti-anxiety medication": a condition it is for
                // may stand among the words.)
                auto drug_word = [&](std::size_t t) {
                    return tok[t].norm == "drug"sv || tok[t].norm == "medication"sv || tok[t].norm == "medicine"sv;
                };
                std::size_t h = i + 1, m = next_mention;
                while (h < tok.size() && h < i + 7) {
                    while (m < s.mentions.size() && s.mentions[m].last <= h) ++m;
                    if (m < s.mentions.size() && s.mentions[m].first == h) {
                        if (lexicon_.entity(s.mentions[m].entity).type != EntityType::condition) break;
                        h = s.mentions[m].last;
                        continue;
                    }
                    if ((tok[h].kind != TokenKind::word && tok[h].norm != "-"sv) || cues_.match_at(s.cue_words, h) ||
                        drug_word(h))
                        break;
                    ++h;
                }
                while (m < s.mentions.size() && s.mentions[m].last <= h) ++m;
                const bool head = h > i + 2 && h < tok.size() && !(m < s.mentions.size() && s.mentions[m].first == h) &&
                                  drug_word(h) &&
                                  (h + 1 >= tok.size() || tok[h + 1].kind != TokenKind::word ||
                                   (tok[h + 1].norm != "of"sv &&
                                    (cues_.match_at(s.cue_words, h + 1) || roles_.has(tok[h + 1].norm, WordRole::linking) ||
                                     tok[h + 1].norm == "is"sv || tok[h + 1].norm == "was"sv || tok[h + 1].norm == "has"sv ||
                                     tok[h + 1].norm == "also"sv || tok[h + 1].norm.ends_with("ly"))));
                if (head)
                    if (auto referent = discourse.referent(EntityType::substance)) {
                        push_entity(i, h + 1, *referent, true);
                        i = h + 1;
                        while (next_mention < s.mentions.size() && s.mentions[next_mention].first < i) ++next_mention;
                        continue;
                    }
            }
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, *cue});
            i = end;
            continue;
        }
        if (cue->cls == CueClass::advice || cue->cls == CueClass::question) {
            // "Do not" opens advice; inside a sentence it denies: "the products do not cure anxiety".
            if (!s.chunks.empty() && !only_label() && (tok[end - 1].norm == "not"sv || tok[end - 1].norm == "t"sv)) {
                Cue negation;
                negation.cls = CueClass::negation;
                negation.words = end - i;
                s.chunks.push_back({ChunkKind::negation, i, end, 0, false, negation});
                i = end;
                continue;
            }
            // ("Use of alprazolam with opioids can cause coma": a noun with "of" gives no advice.)
            // ("What surprised me most is that I stay sharp: ... kava didn't impair attention.": a
            // long sentence that ends with a full stop is a statement, whatever word opens it.)
            // ("What helped my akathisia was propranolol.": a cleft, "what" and a verb of its own,
            // then "was", states what did it.)
            auto cleft = [&] {
                if (tok[i].norm != "what"sv || end >= tok.size()) return false;
                const std::string_view next = tok[end].norm;
                if (next == "is"sv || next == "are"sv || next == "was"sv || next == "were"sv || next == "does"sv ||
                    next == "do"sv || next == "did"sv || next == "can"sv || next == "should"sv || next == "would"sv ||
                    next == "will"sv || next == "has"sv || next == "have"sv || next == "about"sv || next == "it"sv ||
                    next == "i"sv || next == "you"sv || next == "they"sv || next == "we"sv || next == "he"sv || next == "she"sv)
                    return false;
                return std::any_of(tok.begin() + end + 1, tok.end(),
                                   [](const Token& t) { return t.norm == "was"sv || t.norm == "is"sv; });
            };
            const bool statement = cue->cls == CueClass::question && tok.back().norm == "."sv && (tok.size() >= 10 || cleft());
            if ((s.chunks.empty() || only_label()) && !(end < tok.size() && tok[end].norm == "of"sv) && !statement) {
                s.makes_claims = false;
                advice = cue->cls == CueClass::advice;
            }
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
            i = end;
            continue;
        }
        // "Patients saw their depression scores fall", "their anxiety dropped": "their" before
        // a condition is the people's, who own outcomes as "my" does; a substance's is
        // "its". ("their sedative effects" stays the drugs'.)
        if (cue->cls == CueClass::anaphor && tok[i].norm == "their"sv && mention_start == i + 1 &&
            s.entity(lexicon_, s.mentions[next_mention].entity).type == EntityType::condition) {
            const std::size_t after = s.mentions[next_mention].last;
            const std::string_view next = after < tok.size() ? tok[after].norm.view() : std::string_view();
            if (!next.starts_with("effect") && !next.starts_with("propert") && !next.starts_with("action")) {
                s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
                i = end;
                continue;
            }
        }
        // ("Cocaine raises dopamine by blocking its reuptake": what is taken back up is a
        // messenger; "its reuptake" there is that of the neurotransmitter named last, which the
        // lexicon names by its transporter, "dopamine reuptake".)
        // ("their reuptake" after two messengers is each one's: the rules read it.)
        if (cue->cls == CueClass::anaphor && cue->words == 1 && tok[i].norm == "its"sv && i + 1 < tok.size() &&
            tok[i + 1].norm == "reuptake"sv)
            if (auto messenger = discourse.referent(EntityType::neurotransmitter))
                if (auto transporter = lexicon_.find(lexicon_.entity(*messenger).name + " reuptake")) {
                    push_entity(i, i + 2, *transporter, true);
                    i += 2;
                    continue;
                }
        if (cue->cls == CueClass::anaphor || cue->cls == CueClass::constituent) {
            EntityType want = cue->cls == CueClass::anaphor ? cue->referent : EntityType::substance;
            // "its (varying) alkaloid content": a possessive and the constituent it owns are one phrase.
            // ("its best-studied constituent": a hyphened adjective is three tokens.)
            if (cue->cls == CueClass::anaphor && cue->words == 1 && (tok[i].norm == "its"sv || tok[i].norm == "their"sv)) {
                const bool hyphened = i + 3 < tok.size() && tok[i + 2].norm == "-"sv;
                for (std::size_t j = i + 1; j < std::min(i + (hyphened ? 5 : 4), mention_start); ++j) {
                    auto c2 = cues_.match_at(s.cue_words, j);
                    if (c2 && c2->cls == CueClass::constituent && j + c2->words <= mention_start) {
                        end = j + c2->words;
                        break;
                    }
                    // ("Its root contains alkaloids": the phrase ends at a verb or any other cue.)
                    if (c2) break;
                }
            }
            const bool constituent = cue->cls == CueClass::constituent || end > i + cue->words;
            // "Its root contains rosavins", "their dried leaves are chewed": a possessive and a
            // part or form of the substance (word role substance-head) name the substance itself,
            // as "the root" does; no constituent. Only where the noun ends the phrase: "its drug
            // interactions" is something else.
            if (end == i + 1 && (tok[i].norm == "its"sv || tok[i].norm == "their"sv)) {
                std::size_t h = i + 1;
                if (h + 1 < mention_start && h + 1 < tok.size() && tok[h].kind == TokenKind::word &&
                    !roles_.has(tok[h].norm, WordRole::substance_head) && !cues_.match_at(s.cue_words, h) &&
                    roles_.has(tok[h + 1].norm, WordRole::substance_head))
                    ++h;  // one adjective: "its dried root"
                if (h < mention_start && h < tok.size() && roles_.has(tok[h].norm, WordRole::substance_head)) {
                    const bool ends_phrase = h + 1 >= tok.size() || tok[h + 1].kind != TokenKind::word ||
                                             (tok[h + 1].norm != "of"sv && cues_.match_at(s.cue_words, h + 1)) ||
                                             roles_.has(tok[h + 1].norm, WordRole::linking);
                    if (ends_phrase) end = h + 1;
                }
            }
            if (constituent) discourse.saw_constituent();
            // "these receptors", "these levels": all that the nearest sentence naming them named.
            // ("Aspirin and warfarin add to this risk": the harms the risk was of, however many,
            // after a verb that raises it; not "To reduce this risk", "weighed against this risk".)
            // ("Schizophrenia can cause hallucinations, delusions and paranoia. Ziprasidone reduces
            // these symptoms": the symptoms after a verb that lowers them too.)
            const bool symptoms = tok[end - 1].norm == "symptoms"sv;
            if (want == EntityType::condition &&
                !(!s.chunks.empty() && s.chunks.back().kind == ChunkKind::predicate && s.chunks.back().cue.verb &&
                  (s.chunks.back().cue.predicate == Predicate::increases ||
                   (symptoms && s.chunks.back().cue.predicate == Predicate::decreases)) &&
                  tok[0].norm != "to"sv)) {
                s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
                i = end;
                continue;
            }
            const bool plural = tok[i].norm == "these"sv || tok[i].norm == "those"sv || want == EntityType::condition;
            // ("These medicines inhibit CYP2D6" after a sentence that named three: all three.)
            // (In a sentence that has named substances, the words are left to the rules that read
            // the names before them: "Mixing pills with alcohol or gabapentin ..., because these
            // drugs also depress breathing".)
            if (plural && cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + cue->words &&
                roles_.has(tok[end - 1].norm, WordRole::drug_noun)) {
                const std::vector<std::size_t> group = discourse.previous_substances();
                if (group.size() >= 2)
                    for (std::size_t e : group) push_entity(i, end, e, true);
                else
                    s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
                i = end;
                continue;
            }
            if (plural && cue->cls == CueClass::anaphor && want != EntityType::substance) {
                std::vector<std::size_t> group = discourse.referents(want);
                // ("blocking the reuptake of dopamine and norepinephrine, which raises the levels
                // of these chemical messengers": "reuptake of dopamine" named the transporter;
                // the messengers it carries are among those pointed back to.)
                if (want == EntityType::neurotransmitter)
                    for (std::size_t t : discourse.referents(EntityType::transporter)) {
                        const std::string& name = lexicon_.entity(t).name;
                        constexpr std::string_view kSuffix = " transporter";
                        if (!std::string_view(name).ends_with(kSuffix)) continue;
                        const auto m = lexicon_.find(name.substr(0, name.size() - kSuffix.size()));
                        if (m && lexicon_.entity(*m).type == EntityType::neurotransmitter &&
                            std::find(group.begin(), group.end(), *m) == group.end())
                            group.insert(group.begin(), *m);
                    }
                for (std::size_t e : group) push_entity(i, end, e, true);
                if (group.empty()) s.chunks.push_back({ChunkKind::word, i, end, 0, false, *cue});
                i = end;
                continue;
            }
            // "release dopamine and norepinephrine and inhibit their reuptake": "their reuptake"
            // is the work of the transporters of the transmitters just named (claims.md).
            if (tok[i].norm == "their"sv && i + 2 <= mention_start && i + 1 < tok.size() &&
                (tok[i + 1].norm == "reuptake"sv || tok[i + 1].norm == "re-uptake"sv)) {
                std::vector<std::size_t> transporters;
                for (std::size_t e : discourse.referents(EntityType::neurotransmitter)) {
                    const std::string& name = lexicon_.entity(e).name;
                    for (const std::string& form : {"reuptake of " + name, name + " reuptake"})
                        if (auto t = lexicon_.find(form); t && lexicon_.entity(*t).type == EntityType::transporter) {
                            transporters.push_back(*t);
                            break;
                        }
                }
                if (!transporters.empty()) {
                    for (std::size_t t : transporters) push_entity(i, i + 2, t, true);
                    i += 2;
                    continue;
                }
            }
            // "ensuring individuals can navigate their journey": "their" after people is theirs.
            if (tok[i].norm == "their"sv) {
                bool people = false;
                for (std::size_t k = s.chunks.size(); k > 0 && s.chunks.size() - k < 4; --k) {
                    if (s.chunks[k - 1].kind == ChunkKind::person) people = true;
                    if (s.chunks[k - 1].kind == ChunkKind::entity || s.chunks[k - 1].kind == ChunkKind::boundary) break;
                }
                if (people) {
                    s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
                    i = end;
                    continue;
                }
            }
            // "chronic stress has become the norm, and it's draining our energy": "it" after a
            // clause joined by "and" or "but" is that clause's subject, here no substance.
            if (tok[i].norm == "it"sv && end == i + 1 && s.chunks.size() >= 3 &&
                s.chunks.back().kind == ChunkKind::connector &&
                (tok[s.chunks.back().first].norm == "and"sv || tok[s.chunks.back().first].norm == "but"sv) &&
                is_comma(s, s.chunks.size() - 2)) {
                std::optional<std::size_t> first;
                bool substance = false, opens = true;
                std::size_t clause_start = 0;
                for (std::size_t k = 0; k < s.chunks.size(); ++k) {
                    const Chunk& ch = s.chunks[k];
                    if (ch.kind == ChunkKind::boundary) {  // "... is a real thing btw - the label has ..."
                        first.reset();
                        opens = true;
                        clause_start = k + 1;
                    } else if (ch.kind == ChunkKind::entity) {
                        if (!first) first = ch.entity;
                        if (s.entity(lexicon_, ch.entity).type == EntityType::substance) substance = true;
                    } else if (!first) {
                        // Only the first clause's subject: the condition a warning is "about"
                        // ("the label has a warning about suicidal thoughts, and it can raise
                        // heart rate") is none, and "it" is the substance again. (A comma
                        // closes a phrase before the subject: "In our always-on world, chronic
                        // stress has become the norm".)
                        const std::string_view w = tok[ch.first].norm;
                        if (w == ","sv) {
                            opens = true;
                            clause_start = k + 1;
                        } else if (k >= clause_start + 3 || ch.kind != ChunkKind::word || w == "about"sv || w == "of"sv ||
                                   w == "in"sv || w == "with"sv || w == "for"sv || w == "on"sv || w == "to"sv || w == "from"sv)
                            opens = false;
                    }
                }
                if (first && opens && !substance && s.entity(lexicon_, *first).type == EntityType::condition) {
                    push_entity(i, end, *first, true);
                    i = end;
                    continue;
                }
            }
            // "Carbamazepine and rifampicin have the opposite effect: they speed up ...": "they"
            // in a sentence that opened with a list of substances, and named no other since,
            // is all of them.
            if (cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + 1 && tok[i].norm == "they"sv) {
                std::vector<std::size_t> opening;
                std::size_t k = 0;
                // ("Some medicines, including the antibiotic clarithromycin and the antifungal
                // ketoconazole, inhibit CYP3A4; they ...": the drugs an opening drug noun lists.)
                bool listed = false;
                {
                    std::size_t q = 0;
                    while (q < s.chunks.size() && q < 3 && s.chunks[q].kind == ChunkKind::word &&
                           !roles_.has(tok[s.chunks[q].first].norm, WordRole::drug_noun))
                        ++q;
                    if (q < s.chunks.size() && s.chunks[q].kind == ChunkKind::word &&
                        roles_.has(tok[s.chunks[q].first].norm, WordRole::drug_noun) && q + 2 < s.chunks.size() &&
                        tok[s.chunks[q + 1].first].norm == ","sv && s.chunks[q + 2].kind == ChunkKind::connector &&
                        (tok[s.chunks[q + 2].first].norm == "including"sv || tok[s.chunks[q + 2].first].norm == "such"sv)) {
                        k = q + 3;  // ("such as" is one connector)
                        listed = true;
                    }
                }
                for (; k < s.chunks.size(); ++k) {
                    const Chunk& ch = s.chunks[k];
                    const std::string_view w = tok[ch.first].norm;
                    if (ch.kind == ChunkKind::entity && !ch.anaphoric &&
                        s.entity(lexicon_, ch.entity).type == EntityType::substance)
                        opening.push_back(ch.entity);
                    else if (listed && ch.kind == ChunkKind::word && k + 1 < s.chunks.size() &&
                             (s.chunks[k + 1].kind == ChunkKind::entity || s.chunks[k + 1].kind == ChunkKind::word))
                        continue;  // "the antifungal" before a member
                    else if (!(ch.kind == ChunkKind::connector && (w == ","sv || w == "and"sv || w == "or"sv)))
                        break;
                }
                bool another = false;
                for (; k < s.chunks.size(); ++k)
                    if (s.chunks[k].kind == ChunkKind::entity && !s.chunks[k].anaphoric &&
                        s.entity(lexicon_, s.chunks[k].entity).type == EntityType::substance)
                        another = true;
                std::sort(opening.begin(), opening.end());
                opening.erase(std::unique(opening.begin(), opening.end()), opening.end());
                if (opening.size() >= 2 && !another) {
                    for (std::size_t e : opening) push_entity(i, end, e, true);
                    i = end;
                    continue;
                }
                // "medicines that block CYP3A4, such as ketoconazole, clarithromycin or ritonavir,
                // because they can make ...": after a word of reason, "they" is the list of
                // substances the sentence named last.
                const std::string_view before = i > 0 ? tok[i - 1].norm.view() : std::string_view();
                if (before == "because"sv || before == "since"sv || before == "as"sv) {
                    std::vector<std::size_t> last_list;
                    std::size_t q = s.chunks.size();
                    while (q > 0 && !(s.chunks[q - 1].kind == ChunkKind::entity && !s.chunks[q - 1].anaphoric &&
                                      s.entity(lexicon_, s.chunks[q - 1].entity).type == EntityType::substance))
                        --q;
                    for (; q > 0; --q) {
                        const Chunk& ch = s.chunks[q - 1];
                        const std::string_view w = tok[ch.first].norm;
                        if (ch.kind == ChunkKind::entity && !ch.anaphoric && s.entity(lexicon_, ch.entity).type == EntityType::substance)
                            last_list.push_back(ch.entity);
                        else if (!(ch.kind == ChunkKind::connector && (w == ","sv || w == "and"sv || w == "or"sv)))
                            break;
                    }
                    std::sort(last_list.begin(), last_list.end());
                    last_list.erase(std::unique(last_list.begin(), last_list.end()), last_list.end());
                    if (last_list.size() >= 2) {
                        for (std::size_t e : last_list) push_entity(i, end, e, true);
                        i = end;
                        continue;
                    }
                }
            }
            std::optional<std::size_t> referent = discourse.referent(want);
            // "Tetrahydroharmine inhibits the reuptake of serotonin. ... 3 to 5 grams of the
            // ground seeds produce nausea": a plant's part is the plant the article is about, not
            // the compound named last. (Unless the sentence names that compound itself.)
            // (Not a product the page sells, which has no parts of a plant: "Deep Rest ... .
            // Valerian has been used as a sleep aid since Galen. Its roots contain valerenic acid".)
            if (referent && want == EntityType::substance && end > i + 1 && roles_.has(tok[end - 1].norm, WordSet::plant_part))
                if (auto topic = discourse.main_topic(); topic && *topic != *referent && *topic < lexicon_.size() &&
                                                         std::none_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& ch) {
                                                             return ch.kind == ChunkKind::entity && ch.entity == *referent;
                                                         }))
                    referent = topic;
            // "The bark contains about 6% alkaloids, of which yohimbine makes up a tenth. Other
            // constituents include rauwolscine": other constituents are the owner's, not the
            // member's the sentence before named.
            if (referent && cue->cls == CueClass::constituent && i > 0 && tok[i - 1].norm == "other"sv) {
                const std::vector<std::size_t>& members = discourse.previous_members();
                if (std::find(members.begin(), members.end(), *referent) != members.end())
                    referent = discourse.topic_other_than(*referent);
            }
            // "they speed up the breakdown of aripiprazole, lowering its blood levels": after
            // "they" stood for a list, "it" and "its" are no member of it, but the substance
            // named since.
            if (referent && want == EntityType::substance && end == i + 1 &&
                (tok[i].norm == "it"sv || tok[i].norm == "its"sv)) {
                auto in_group = [&](std::size_t e) {
                    return std::any_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& ch) {
                        return ch.kind == ChunkKind::entity && ch.anaphoric && ch.entity == e && tok[ch.first].norm == "they"sv;
                    });
                };
                if (in_group(*referent))
                    for (std::size_t k = s.chunks.size(); k-- > 0;) {
                        const Chunk& ch = s.chunks[k];
                        if (ch.kind == ChunkKind::entity && !ch.anaphoric &&
                            s.entity(lexicon_, ch.entity).type == EntityType::substance && !in_group(ch.entity)) {
                            referent = ch.entity;
                            break;
                        }
                    }
            }
            // "Drinking alcohol while taking this medicine is not recommended. ... This medicine
            // may cause drowsiness": a leaflet's "this medicine" is its own drug, not the one
            // named last.
            if (cue->cls == CueClass::anaphor && cue->topic)
                if (auto topic = discourse.main_topic()) referent = topic;
            // "... a compound called cordycepin. [heading] How it might boost your energy": a
            // heading's "it" is what the article is about, not the compound named last.
            if (referent && want == EntityType::substance && end == i + 1 && (tok[i].norm == "it"sv || tok[i].norm == "its"sv) &&
                heading && tok.size() <= 10 && tok.back().norm != ","sv)
                if (auto topic = discourse.main_topic()) referent = topic;
            // "Ginsenosides, a family of saponins found mainly in the root, ...": a plant part
            // that a name of the sentence is found in (or got from) is no part of that name but
            // of another plant, the one the article discusses. (Not past a possessive: "Kava's
            // active compounds are concentrated in the root" is kava's root.)
            if (referent && cue->cls == CueClass::anaphor && want == EntityType::substance && end > i + 1 && i > 0 &&
                roles_.has(tok[end - 1].norm, WordRole::substance_head) && !roles_.has(tok[end - 1].norm, WordRole::product) &&
                (tok[i - 1].norm == "in"sv || tok[i - 1].norm == "from"sv) && located_before(tok, i - 1)) {
                bool named_here = false, owned = false;
                for (std::size_t k = 0; k < s.chunks.size(); ++k) {
                    const Chunk& ch = s.chunks[k];
                    if (ch.kind != ChunkKind::entity || ch.entity != *referent || ch.anaphoric) continue;
                    named_here = true;
                    if (ch.last < tok.size() && tok[ch.last].norm == "'s"sv) owned = true;
                }
                if (named_here && !owned) {
                    referent = discourse.topic_other_than(*referent);
                }
            }
            // "Combined with alcohol, it can cause coma": a fronted "with" phrase names what "it"
            // is taken with, not what "it" is.
            if (referent && cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + 1 &&
                (tok[i].norm == "it"sv || tok[i].norm == "they"sv) && s.chunks.size() >= 3 &&
                s.chunks[0].kind == ChunkKind::word && s.chunks[1].kind == ChunkKind::word &&
                tok[s.chunks[1].first].norm == "with"sv &&
                (tok[s.chunks[0].first].norm == "combined"sv || tok[s.chunks[0].first].norm == "mixed"sv ||
                 tok[s.chunks[0].first].norm == "taken"sv || tok[s.chunks[0].first].norm == "together"sv) &&
                std::any_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& ch) {
                    return ch.kind == ChunkKind::entity && !ch.anaphoric && ch.entity == *referent;
                })) {
                referent = discourse.topic_other_than(*referent);
            }
            // "Flumazenil can reverse it", "Naloxone blocks it": "it" right after a verb is its
            // object, and an object pronoun is never its own clause's subject (that would be
            // "itself"); when the substance it would point to opens the sentence as that
            // subject, it points to the one under discussion.
            // ("Alcohol potentiates its sedative effects": so is "its" after a verb that raises or
            // lowers what it owns; "Kava exerts its effects" is no such verb.)
            const bool object_possessive = tok[i].norm == "its"sv && !(i + 1 < tok.size() && tok[i + 1].norm == "own"sv) &&
                                           s.chunks.size() >= 2 &&
                                           s.chunks.back().kind == ChunkKind::predicate &&
                                           (s.chunks.back().cue.predicate == Predicate::increases ||
                                            s.chunks.back().cue.predicate == Predicate::decreases);
            if (referent && cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + 1 &&
                (tok[i].norm == "it"sv || object_possessive) && s.chunks.size() >= 2 && s.chunks.back().kind == ChunkKind::predicate &&
                s.chunks.back().cue.verb && s.chunks[0].kind == ChunkKind::entity && !s.chunks[0].anaphoric &&
                s.chunks[0].entity == *referent &&
                // ("Alcohol, opioids and other depressants potentiate its ...": past a list of subjects.)
                std::all_of(s.chunks.begin() + 1, s.chunks.end() - 1, [&](const Chunk& ch) {
                    return ch.kind == ChunkKind::hedge || ch.kind == ChunkKind::word || ch.kind == ChunkKind::connector ||
                           (ch.kind == ChunkKind::entity && !ch.anaphoric &&
                            s.entity(lexicon_, ch.entity).type == EntityType::substance);
                })) {
                referent = discourse.topic_other_than(*referent);
            }
            // "Curcumin is the main active compound in it": nor is "it" after "in" the subject
            // of its own clause's copula.
            if (referent && cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + 1 &&
                tok[i].norm == "it"sv && i > 0 && tok[i - 1].norm == "in"sv && s.chunks.size() >= 3 &&
                s.chunks[0].kind == ChunkKind::entity && !s.chunks[0].anaphoric && s.chunks[0].entity == *referent &&
                s.chunks[1].kind == ChunkKind::word &&
                (tok[s.chunks[1].first].norm == "is"sv || tok[s.chunks[1].first].norm == "are"sv) &&
                std::none_of(s.chunks.begin() + 2, s.chunks.end(), [](const Chunk& ch) {
                    return ch.kind == ChunkKind::predicate || ch.kind == ChunkKind::boundary || ch.kind == ChunkKind::relative;
                }))
                referent = discourse.topic_other_than(*referent);
            // "Carbamazepine and phenytoin can lower the amount of mirtazapine in your blood, while
            // ketoconazole and cimetidine can raise it": an object "it" in a clause that "while" or
            // "whereas" sets beside another is that other clause's object.
            if (referent && cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + 1 &&
                tok[i].norm == "it"sv && !s.chunks.empty() && s.chunks.back().kind == ChunkKind::predicate) {
                std::size_t contrast = s.chunks.size();
                for (std::size_t k = s.chunks.size(); k-- > 0;) {
                    const std::string_view w = tok[s.chunks[k].first].norm;
                    if (w == "while"sv || w == "whereas"sv) {
                        contrast = k;
                        break;
                    }
                }
                std::optional<std::size_t> object;
                bool verb_seen = false;
                for (std::size_t k = 0; k < contrast && k < s.chunks.size(); ++k) {
                    const Chunk& ch = s.chunks[k];
                    if (ch.kind == ChunkKind::predicate) verb_seen = true;
                    else if (verb_seen && ch.kind == ChunkKind::entity && !ch.anaphoric &&
                             s.entity(lexicon_, ch.entity).type == EntityType::substance)
                        object = ch.entity;
                }
                if (contrast < s.chunks.size() && object) referent = object;
            }
            // "the L-theanine it contains", "the caffeine they hold": "it" right after a name is
            // the subject of a clause about that name, so never the name itself.
            if (referent && cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + 1 &&
                (tok[i].norm == "it"sv || tok[i].norm == "they"sv) && !s.chunks.empty() &&
                s.chunks.back().kind == ChunkKind::entity && !s.chunks.back().anaphoric && s.chunks.back().last == i &&
                s.chunks.back().entity == *referent)
                referent = discourse.topic_other_than(*referent);
            // "the formula contains no melatonin", "these gummies": on a page that coined a
            // product's name, a product word points to that product, not to its last-named
            // ingredient. (The first coined is the page's product, as in ClaimRules.)
            if (cue->cls == CueClass::anaphor && want == EntityType::substance && end > i + 1 &&
                roles_.has(tok[end - 1].norm, WordRole::product))
                if (auto product = discourse.first_product(lexicon_.size())) referent = product;
            // "I do think they helped with the restless legs": in a review on a page that coined
            // a product's name, "it" and "they" are the product the reviewer took, not the
            // ingredient the sentence before named ("I stopped melatonin because it gave me
            // nightmares" still points to the name before it).
            if (cue->cls == CueClass::anaphor && want == EntityType::substance && end == i + 1 &&
                (tok[i].norm == "it"sv || tok[i].norm == "they"sv) && first_person(s) &&
                std::none_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& c) {
                    return c.kind == ChunkKind::entity && s.entity(lexicon_, c.entity).type != EntityType::condition;
                }))
                if (auto product = discourse.first_product(lexicon_.size())) referent = product;
            // "Hyperforin, one of its main constituents, ...": the owner is not the substance
            // the appositive describes.
            if (referent && constituent && end > i + cue->words) {
                std::size_t k = s.chunks.size();
                while (k > 0 && s.chunks.size() - k < 3 &&
                       (s.chunks[k - 1].kind == ChunkKind::word || s.chunks[k - 1].kind == ChunkKind::person))
                    --k;  // "one of", where "one" is also a person word
                if (k >= 2 && s.chunks[k - 1].kind == ChunkKind::connector && tok[s.chunks[k - 1].first].norm == ","sv &&
                    s.chunks[k - 2].kind == ChunkKind::entity && s.chunks[k - 2].entity == *referent)
                    referent = discourse.substance_other_than(*referent);
            }
            // "Some say they sleep better", "patients report they feel calmer": "they" right
            // after a verb of saying or finding whose subject is people (or "some", "many") is
            // those people, not a substance.
            if (referent && want == EntityType::substance && end == i + 1 && tok[i].norm == "they"sv && s.chunks.size() >= 2) {
                const Chunk& verb = s.chunks.back();
                const Chunk& who = s.chunks[s.chunks.size() - 2];
                const std::string_view v = tok[verb.first].norm, w = tok[who.first].norm;
                const bool saying = verb.last == verb.first + 1 &&
                                    (v == "say"sv || v == "said"sv || v == "says"sv || v == "report"sv || v == "reported"sv ||
                                     v == "find"sv || v == "found"sv || v == "notice"sv || v == "noticed"sv);
                const bool people = who.kind == ChunkKind::person ||
                                    (who.kind == ChunkKind::word && (w == "some"sv || w == "many"sv || w == "most"sv ||
                                                                     w == "others"sv || w == "several"sv));
                if (saying && people) {
                    Cue person;
                    person.cls = CueClass::person;
                    s.chunks.push_back({ChunkKind::person, i, end, 0, false, person});
                    i = end;
                    continue;
                }
            }
            if (referent) {
                // "These compounds bind ...": the owner, and the members the sentence
                // before listed ("alkaloids such as mitragynine and 7-OH"), side by side
                // as one coordinated group.
                const std::vector<std::size_t> members = constituent ? discourse.previous_members() : std::vector<std::size_t>{};
                push_entity(i, end, *referent, true);
                // Remember a constituent ("alkaloids", "its alkaloid content") for the contains rule.
                if (constituent) s.chunks.back().cue.cls = CueClass::constituent;
                for (std::size_t m : members)
                    if (m != *referent) push_entity(i, end, m, true);
            } else {
                // Unresolved, it may still find its owner after it ("alkaloids found in kratom").
                s.chunks.push_back({ChunkKind::word, i, end, 0, false, *cue});
            }
            i = end;
            continue;
        }
        ChunkKind kind = kind_of(cue->cls);
        // "to induce a medically controlled coma", "poorly controlled diabetes": "controlled"
        // after an adverb in -ly and right before a name describes the name; nothing controls it.
        if (kind == ChunkKind::predicate && end == i + 1 && i > 0 && tok[i].norm == "controlled"sv &&
            tok[i - 1].norm.view().ends_with("ly") && next_mention < s.mentions.size() &&
            s.mentions[next_mention].first == end) {
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
            i = end;
            continue;
        }
        // "Made me depressed and super irritable", "I felt so depressed": a verb's participle
        // after "me" or a verb of feeling, with a word of degree between or none, says how
        // the writer felt; the lexicon's "feeling <participle>" names what ("depressed" is
        // no lowering there).
        if (kind == ChunkKind::predicate && end == i + 1 && i > 0 && tok[i].norm.view().ends_with("ed")) {
            auto feeling_word = [&](std::size_t t) {
                const std::string_view w = tok[t].norm.view();
                return w == "me"sv || w == "feel"sv || w == "felt"sv || w == "feeling"sv || w == "feels"sv;
            };
            const std::string_view before = tok[i - 1].norm.view();
            const bool degree = before == "so"sv || before == "very"sv || before == "really"sv || before == "super"sv ||
                                before == "pretty"sv || before == "quite"sv || before == "more"sv;
            if (feeling_word(i - 1) || (degree && i > 1 && feeling_word(i - 2))) {
                if (const auto felt = lexicon_.find("feeling " + std::string(tok[i].norm.view()))) {
                    push_entity(i, end, *felt, false);
                    i = end;
                    continue;
                }
            }
        }
        // "(95% CI 1.6–6.2; p = 0.001)": a mark inside brackets ends no clause of the sentence.
        if (kind == ChunkKind::boundary && end == i + 1 && tok[i].kind == TokenKind::punct) {
            std::size_t open = 0, close = 0;
            for (const Chunk& ch : s.chunks)
                if (ch.kind == ChunkKind::connector && ch.last == ch.first + 1) {
                    if (tok[ch.first].norm == "("sv) ++open;
                    else if (tok[ch.first].norm == ")"sv) ++close;
                }
            if (open > close) kind = ChunkKind::word;
            // ("roughly 70–85 mg of caffeine": a dash between two numbers, no space around, is
            // a range.)
            if (i > 0 && end < tok.size() && tok[i - 1].kind == TokenKind::number && tok[end].kind == TokenKind::number &&
                tok[i - 1].span.end == tok[i].span.start && tok[i].span.end == tok[end].span.start)
                kind = ChunkKind::word;
        }
        // "one of the most used medications": a number, not a person.
        if (kind == ChunkKind::person && tok[i].norm == "one"sv && end < tok.size() && tok[end].norm == "of"sv)
            kind = ChunkKind::word;
        if (kind == ChunkKind::relative && tok[i].norm == "that"sv) {
            // "that" opens a relative clause only right after a noun we know;
            // elsewhere it is a complementizer ("suggests that ...").
            std::size_t k = s.chunks.size();
            while (k > 0 && s.chunks[k - 1].kind == ChunkKind::connector && tok[s.chunks[k - 1].first].norm == ","sv) --k;
            // So it does after a noun phrase set off by a comma after a name ("kavalactones,
            // natural compounds that ..."), which describes the name.
            // ("the endocannabinoid system (ECS), a network of receptors and signaling
            // molecules that ...": a longer phrase opens with an article, and the name may
            // carry its bracketed abbreviation.)
            auto inside = [&](std::size_t q) {
                const Chunk& ch = s.chunks[q];
                const std::string_view w = tok[ch.first].norm;
                return (ch.kind == ChunkKind::word && tok[ch.first].kind == TokenKind::word) ||
                       (ch.kind == ChunkKind::connector && (w == "and"sv || w == "or"sv));
            };
            std::size_t w = k;
            while (w > 0 && k - w < 7 && inside(w - 1)) --w;
            auto article = [&](std::size_t q) {
                const std::string_view a = tok[s.chunks[q].first].norm;
                return a == "a"sv || a == "an"sv || a == "the"sv;
            };
            while (k - w > 3 && w + 1 < k && !article(w)) ++w;
            std::size_t named = w >= 2 ? w - 2 : 0;
            if (w >= 5 && is_close_paren(s, w - 2) && s.chunks[w - 3].kind == ChunkKind::entity &&
                s.chunks[w - 4].kind == ChunkKind::connector && tok[s.chunks[w - 4].first].norm == "("sv)
                named = w - 5;
            const bool appositive = w < k && w >= 2 && (k - w <= 3 || article(w)) && is_comma(s, w - 1) &&
                                    s.chunks[named].kind == ChunkKind::entity;
            // ("a liver enzyme (CYP2D6) that breaks it down": after a name in brackets.)
            const bool bracketed = k >= 3 && is_close_paren(s, k - 1) && s.chunks[k - 2].kind == ChunkKind::entity &&
                                   s.chunks[k - 3].kind == ChunkKind::connector && tok[s.chunks[k - 3].first].norm == "("sv;
            if (!appositive && !bracketed && (k == 0 || s.chunks[k - 1].kind != ChunkKind::entity)) kind = ChunkKind::word;
        }
        s.chunks.push_back({kind, i, end, 0, false, *cue});
        i = end;
    }
    share_elided_heads(s);
    // "inhibits the reuptake of serotonin and dopamine", "a reuptake inhibitor of dopamine,
    // norepinephrine and serotonin": what is taken back up is carried by each messenger's
    // transporter (claims.md), every member of the list, where the lexicon's alias
    // ("reuptake of serotonin") names only the first.
    for (std::size_t k = 0; k + 1 < s.chunks.size(); ++k) {
        const Chunk& c = s.chunks[k];
        auto reuptake = [&](std::size_t t) {
            return s.tokens[t].norm == "reuptake"sv || s.tokens[t].norm == "re-uptake"sv;
        };
        const bool alias = c.kind == ChunkKind::entity && c.last - c.first >= 3 && reuptake(c.first) &&
                           s.tokens[c.first + 1].norm == "of"sv &&
                           s.entity(lexicon_, c.entity).type == EntityType::transporter;
        const bool agent = c.kind == ChunkKind::predicate && c.first > 0 && reuptake(c.first - 1) &&
                           s.tokens[c.last - 1].norm == "of"sv;
        if (!alias && !agent) continue;
        std::size_t q = k + 1;
        while (q < s.chunks.size() && s.chunks[q].kind == ChunkKind::word && s.chunks[q].cue.cls == CueClass::determiner) ++q;
        bool listed = agent;  // (the alias's own member is the first)
        for (; q < s.chunks.size(); ++q) {
            Chunk& m = s.chunks[q];
            const std::string_view w = s.tokens[m.first].norm.view();
            if (m.kind != ChunkKind::entity) {
                if ((m.kind == ChunkKind::connector || m.kind == ChunkKind::word) && m.last == m.first + 1 &&
                    (w == ","sv || w == "and"sv || w == "or"sv))
                    continue;
                break;
            }
            if (m.anaphoric || s.entity(lexicon_, m.entity).type != EntityType::neurotransmitter) break;
            if (!listed && !alias) break;
            if (auto t = lexicon_.find(lexicon_.entity(m.entity).name + " reuptake");
                t && lexicon_.entity(*t).type == EntityType::transporter)
                m.entity = *t;
        }
    }
    // "Barbiturate overdose causes hypothermia, coma and respiratory arrest": a substance's
    // overdose as a clause's subject is the substance taken to excess; what it causes, the
    // substance brings on (as "An overdose of pentobarbital causes ..."). Only before the
    // verb: "raises the risk of opioid overdose" names the overdose.
    for (std::size_t k = 0; k + 2 < s.chunks.size(); ++k) {
        const Chunk& name = s.chunks[k];
        Chunk& excess = s.chunks[k + 1];
        if (name.kind != ChunkKind::entity || name.anaphoric || excess.kind != ChunkKind::entity || excess.anaphoric ||
            excess.first != name.last || excess.last != excess.first + 1 ||
            !roles_.has(tok[excess.first].norm, WordRole::overdose) ||
            s.entity(lexicon_, name.entity).type != EntityType::substance)
            continue;
        std::size_t verb = k + 2;
        if (s.chunks[verb].kind == ChunkKind::hedge && verb + 1 < s.chunks.size()) ++verb;
        const bool opens = k == 0 || s.chunks[k - 1].kind == ChunkKind::boundary ||
                           (s.chunks[k - 1].kind == ChunkKind::word && s.chunks[k - 1].cue.cls == CueClass::determiner &&
                            (k == 1 || s.chunks[k - 2].kind == ChunkKind::boundary));
        if (opens && s.chunks[verb].kind == ChunkKind::predicate) {
            excess.kind = ChunkKind::word;
            excess.cue = Cue{};
        }
    }
    // "Why I Swapped My Morning Coffee for Guayusa": a title that swaps one substance for
    // another is about the one it swaps to. (The verbs of swapping are grammar, a closed set.)
    if (discourse.in_title() && heading) {
        std::optional<std::size_t> swap, from;
        for (std::size_t k = 0; k < s.chunks.size(); ++k) {
            const Chunk& ch = s.chunks[k];
            const std::string_view w = tok[ch.first].norm;
            if (!swap && ch.kind != ChunkKind::entity &&
                (w.starts_with("swap") || w.starts_with("switch") || w.starts_with("trad") || w.starts_with("replac") ||
                 w.starts_with("ditch"))) {
                swap = k;
            } else if (swap && !from && ch.kind == ChunkKind::entity && !ch.anaphoric &&
                       s.entity(lexicon_, ch.entity).type == EntityType::substance) {
                from = k;
            } else if (from && k > *from && k >= 1 && (tok[s.chunks[k - 1].first].norm == "for"sv ||
                                                        tok[s.chunks[k - 1].first].norm == "with"sv ||
                                                        tok[s.chunks[k - 1].first].norm == "to"sv) &&
                       ch.kind == ChunkKind::entity && !ch.anaphoric &&
                       s.entity(lexicon_, ch.entity).type == EntityType::substance && ch.entity != s.chunks[*from].entity) {
                discourse.retitle(ch.entity);
                break;
            }
        }
    }
    // "increases the risk of fatal respiratory depression", "can cause fatal seizures": a
    // property word ("fatal", "addictive") right before an outcome describes the outcome and
    // states nothing of the subject (after a copula it is the predicate: "can be fatal").
    // (Not a verb: "calming anxiety", "It calms inflammation" are a verb and its object.)
    for (std::size_t k = 0; k + 1 < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::predicate || c.cue.fixed_target.empty() || c.cue.verb || c.last != c.first + 1) continue;
        const Chunk& next = s.chunks[k + 1];
        const std::string_view w = tok[c.first].norm.view();
        if (next.kind != ChunkKind::entity || next.anaphoric || next.first != c.last || w.ends_with("ing"sv) ||
            (w.ends_with('s') && !w.ends_with("ous"sv)) ||
            s.entity(lexicon_, next.entity).type != EntityType::condition)
            continue;
        if (k > 0 && s.chunks[k - 1].kind == ChunkKind::word) {
            const std::string_view before = tok[s.chunks[k - 1].first].norm.view();
            if (before == "is"sv || before == "are"sv || before == "was"sv || before == "were"sv || before == "be"sv ||
                before == "been"sv)
                continue;
        }
        c.kind = ChunkKind::word;
    }
    // "In maintenance treatment, a stable daily dose prevents withdrawal", "During therapy,
    // the drug ...": a noun of treatment in a fronted phrase of setting states no effect of
    // its own; left a verb, it stood between the clause's subject and its verb.
    if (s.chunks.size() > 3 && s.chunks[0].kind == ChunkKind::word) {
        const std::string_view p = tok[s.chunks[0].first].norm.view();
        if (p == "in"sv || p == "during"sv || p == "under"sv || p == "on"sv)
            for (std::size_t k = 1; k + 1 < s.chunks.size() && k <= 4; ++k) {
                Chunk& c = s.chunks[k];
                if (c.kind == ChunkKind::word && tok[c.first].kind == TokenKind::word) continue;
                if (c.kind == ChunkKind::predicate && !c.cue.verb && c.cue.fixed_target.empty() && is_comma(s, k + 1))
                    c.kind = ChunkKind::word;
                break;
            }
    }
    // "valerenic acid, which researchers believe enhances GABA": the people who hold the
    // belief are no subject of the relative clause; the belief hedges it, and "which" still
    // stands for the name before it.
    for (std::size_t k = 1; k + 3 < s.chunks.size(); ++k)
        if (s.chunks[k].kind == ChunkKind::relative && s.chunks[k + 1].kind == ChunkKind::person &&
            s.chunks[k + 2].kind == ChunkKind::hedge && s.chunks[k + 3].kind == ChunkKind::predicate &&
            s.chunks[k + 3].cue.verb)
            s.chunks[k + 1].kind = ChunkKind::word;
    // The passes below that look for rare words run only where one look at the tokens says
    // they have anything to do (each pass over the chunks costs more than this one over tokens).
    bool semicolon = false, slash = false, down = false, its = false, fears = false;
    for (const Token& t : tok) {
        const std::string_view w = t.norm.view();
        if (w.size() == 1) {
            semicolon = semicolon || w[0] == ';';
            slash = slash || w[0] == '/';
        } else if (w.size() == 4) {
            down = down || w == "down"sv || w == "back"sv;
        } else if (w.size() == 3) {
            its = its || w == "its"sv;
            down = down || w == "off"sv;
        } else if (w.size() == 2) {
            down = down || w == "up"sv;
        } else if ((w.size() == 5 && w[0] == 'f') || (w.size() == 7 && w[0] == 'w')) {
            fears = fears || w == "fears"sv || w == "worries"sv;
        }
    }
    // "a selective MT1/MT2 agonist", "D2/D3 receptors": a slash with no space between two
    // names of one kind joins them as "and" does (two substances make a product of their
    // own, above).
    for (std::size_t k = 1; slash && k + 1 < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::word || c.last != c.first + 1 || tok[c.first].norm != "/"sv) continue;
        const Chunk& a = s.chunks[k - 1];
        const Chunk& b = s.chunks[k + 1];
        if (a.kind != ChunkKind::entity || b.kind != ChunkKind::entity || a.anaphoric || b.anaphoric ||
            tok[c.first].span.start != tok[a.last - 1].span.end || tok[b.first].span.start != tok[c.first].span.end ||
            s.entity(lexicon_, a.entity).type != s.entity(lexicon_, b.entity).type)
            continue;
        c.kind = ChunkKind::connector;
    }
    // "raising addiction fears", "overdose worries": fears about an outcome are no fear it
    // brings; the outcome before them is what the sentence is about.
    for (std::size_t k = 1; fears && k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || c.last != c.first + 1 || s.chunks[k - 1].kind != ChunkKind::entity ||
            s.chunks[k - 1].last != c.first || s.entity(lexicon_, s.chunks[k - 1].entity).type != EntityType::condition ||
            (tok[c.first].norm != "fears"sv && tok[c.first].norm != "worries"sv))
            continue;
        c.kind = ChunkKind::word;
    }
    // "reduced the MADRS total score (-9.2 versus -6.1 points; p < 0.01) and improved sleep
    // quality": a semicolon inside brackets separates statistics, not clauses.
    if (semicolon) {
        // (Only punctuation is looked at: this runs for every chunk.)
        int depth = 0;
        for (Chunk& c : s.chunks) {
            if (c.last != c.first + 1 || tok[c.first].kind != TokenKind::punct) continue;
            const std::string_view w = tok[c.first].norm;
            if (w == "("sv || w == "["sv) ++depth;
            else if ((w == ")"sv || w == "]"sv) && depth > 0) --depth;
            else if (depth > 0 && c.kind == ChunkKind::boundary && w == ";"sv) c.kind = ChunkKind::word;
        }
    }
    // "GABA transaminase, the enzyme that breaks GABA down": a phrasal verb split by its
    // object is the verb ("breaks down") with the object after it.
    // ("it ramped my anxiety up", "calms the nervous system down": so with a possessive or
    // an article before the object, and the particles up, off and back.)
    for (std::size_t k = 0; down && k + 2 < s.chunks.size(); ++k) {
        Chunk& verb = s.chunks[k];
        std::size_t object = k + 1;
        if (object + 2 < s.chunks.size() && s.chunks[object].last == s.chunks[object].first + 1 &&
            (s.chunks[object].kind == ChunkKind::word || s.chunks[object].kind == ChunkKind::person) &&
            (s.chunks[object].cue.cls == CueClass::determiner || tok[s.chunks[object].first].norm == "my"sv ||
             tok[s.chunks[object].first].norm == "their"sv))
            ++object;
        const Chunk& down = s.chunks[object + 1];
        const std::string_view particle = tok[down.first].norm.view();
        if (verb.kind != ChunkKind::word || verb.last != verb.first + 1 || s.chunks[object].kind != ChunkKind::entity ||
            s.chunks[object].anaphoric || down.kind != ChunkKind::word || down.last != down.first + 1 ||
            (particle != "down"sv && particle != "up"sv && particle != "off"sv && particle != "back"sv))
            continue;
        const std::vector<Token> phrase{tok[verb.first], tok[down.first]};
        if (const Cue* cue = cues_.match_at(phrase, 0); cue && cue->words == 2 && cue->cls == CueClass::predicate) {
            verb.kind = ChunkKind::predicate;
            verb.cue = *cue;
            verb.cue.words = 1;
        }
    }
    // "Bupropion and its major active metabolite, hydroxybupropion, are antagonists of ...",
    // "fluoxetine and its metabolite norfluoxetine inhibit CYP2D6": the second member of the
    // list is the name the possessive phrase leads up to, not the first member again. The
    // phrase (and the comma closing an appositive name) is dropped from the chunks.
    for (std::size_t k = 2; its && k + 2 < s.chunks.size(); ++k) {
        const Chunk& possessive = s.chunks[k];
        if (possessive.kind != ChunkKind::entity || !possessive.anaphoric || possessive.last != possessive.first + 1 ||
            tok[possessive.first].norm != "its"sv ||
            s.chunks[k - 1].kind != ChunkKind::connector ||
            (tok[s.chunks[k - 1].first].norm != "and"sv && tok[s.chunks[k - 1].first].norm != "or"sv) ||
            s.chunks[k - 2].kind != ChunkKind::entity || s.chunks[k - 2].entity != possessive.entity)
            continue;
        std::size_t m = k + 1;
        while (m < s.chunks.size() && m < k + 5 && s.chunks[m].kind == ChunkKind::word &&
               tok[s.chunks[m].first].kind == TokenKind::word && s.chunks[m].last == s.chunks[m].first + 1)
            ++m;
        if (m == k + 1) continue;
        const bool appositive = is_comma(s, m);
        const std::size_t named = appositive ? m + 1 : m;
        if (named >= s.chunks.size() || s.chunks[named].kind != ChunkKind::entity || s.chunks[named].anaphoric ||
            s.entity(lexicon_, s.chunks[named].entity).type == EntityType::condition)
            continue;
        // (An appositive must close: "its metabolite, norfluoxetine, is ...".)
        if (appositive && !is_comma(s, named + 1)) continue;
        if (appositive) s.chunks.erase(s.chunks.begin() + static_cast<std::ptrdiff_t>(named + 1));
        s.chunks.erase(s.chunks.begin() + static_cast<std::ptrdiff_t>(k), s.chunks.begin() + static_cast<std::ptrdiff_t>(named));
    }
    // "Tobacco smoke, but not nicotine itself, inhibits MAO": "but not" and a name set off
    // by commas exclude that name from the clause, and end none (ClaimRules::compared).
    for (std::size_t k = 1; k + 2 < s.chunks.size(); ++k)
        if (s.chunks[k].kind == ChunkKind::boundary && tok[s.chunks[k].first].norm == "but"sv &&
            is_comma(s, k - 1) && s.chunks[k + 1].kind == ChunkKind::negation &&
            tok[s.chunks[k + 1].first].norm == "not"sv && s.chunks[k + 2].kind == ChunkKind::entity) {
            std::size_t e = k + 3;
            while (e < s.chunks.size() && e < k + 6 && s.chunks[e].kind != ChunkKind::predicate && !is_comma(s, e)) ++e;
            if (e < s.chunks.size() && is_comma(s, e)) s.chunks[k].kind = ChunkKind::word;
        }
    // "Kratom not only eases pain but also lifts mood", "Caffeine is found not only in coffee
    // but also in tea": a correlative pair adds what follows "but also" to what came before.
    // Its "not" denies nothing and its "but also" joins as "and" does (the token's norm is
    // rewritten, as a repaired spelling is, so that every list rule reads it as one).
    for (std::size_t k = 0; k + 3 < s.chunks.size(); ++k) {
        if (s.chunks[k].kind != ChunkKind::negation || tok[s.chunks[k].first].norm != "not"sv) continue;
        const std::size_t only = s.chunks[k].first + 1;
        if (only >= tok.size() || !(tok[only].norm == "only"sv || tok[only].norm == "just"sv || tok[only].norm == "merely"sv))
            continue;
        for (std::size_t b = k + 1; b + 1 < s.chunks.size(); ++b) {
            const Chunk& c = s.chunks[b];
            if (c.kind != ChunkKind::boundary) continue;
            if (tok[c.first].norm != "but"sv) break;
            const Chunk& also = s.chunks[b + 1];
            if (also.kind != ChunkKind::word || tok[also.first].norm != "also"sv) break;
            s.tokens[c.first].norm = Norm("and");
            s.chunks[b].kind = ChunkKind::connector;
            s.chunks.erase(s.chunks.begin() + static_cast<std::ptrdiff_t>(b + 1));
            // (Both words go, as an aside's do: "found not only in" is "found in" to the rules.)
            const bool only_apart = k + 1 < s.chunks.size() && s.chunks[k + 1].kind == ChunkKind::word && s.chunks[k + 1].first == only;
            s.chunks.erase(s.chunks.begin() + static_cast<std::ptrdiff_t>(k),
                           s.chunks.begin() + static_cast<std::ptrdiff_t>(k + (only_apart ? 2 : 1)));
            break;
        }
    }
    // "helps people quit opioids", "helping him stay off heroin": the drug quit is no target
    // of what helps (annotators name the quitting, "smoking cessation", when the lexicon has it).
    for (std::size_t k = 1; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || s.chunks[k - 1].kind != ChunkKind::word) continue;
        const std::string_view w = tok[s.chunks[k - 1].first].norm;
        const std::string_view before = k >= 2 && s.chunks[k - 2].kind == ChunkKind::word ? tok[s.chunks[k - 2].first].norm.view()
                                                                                          : std::string_view();
        if ((w == "quit"sv || w == "kick"sv ||
             (w == "off"sv && (before == "stay"sv || before == "get"sv || before == "come"sv || before == "staying"sv ||
                               before == "getting"sv || before == "coming"sv))) &&
            s.entity(lexicon_, c.entity).type == EntityType::substance)
            c.kind = ChunkKind::word;
    }
    // "Vitamins B3, B6 and B12": the plural head names each letter after it.
    for (std::size_t k = 0; k + 2 < s.chunks.size(); ++k) {
        if (s.chunks[k].kind != ChunkKind::entity || s.chunks[k].anaphoric || tok[s.chunks[k].first].norm != "vitamins"sv)
            continue;
        for (std::size_t q = k + 1; q + 1 < s.chunks.size(); q += 2) {
            if (s.chunks[q].kind != ChunkKind::connector) break;
            Chunk& next = s.chunks[q + 1];
            if (next.kind == ChunkKind::entity) continue;
            if (next.kind != ChunkKind::word || next.last != next.first + 1 || tok[next.first].norm.size() > 3) break;
            const auto vitamin = lexicon_.find("vitamin " + std::string(tok[next.first].norm.view()));
            if (!vitamin) break;
            next.kind = ChunkKind::entity;
            next.entity = *vitamin;
        }
    }
    // "quetiapine is basically acting as an antihistamine, it's ...": a class a drug is said to
    // act as is what it does, no name of the sentence (nor what "it" then points to).
    for (std::size_t k = 3; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || s.entity(lexicon_, c.entity).type != EntityType::substance) continue;
        auto word = [&](std::size_t q) { return s.chunks[q].kind == ChunkKind::word ? tok[s.chunks[q].first].norm.view() : ""sv; };
        const std::string_view verb = word(k - 3);
        if ((word(k - 1) == "a"sv || word(k - 1) == "an"sv) && word(k - 2) == "as"sv &&
            (verb == "act"sv || verb == "acts"sv || verb == "acting"sv || verb == "acted"sv || verb == "works"sv ||
             verb == "working"sv || verb == "functions"sv || verb == "functioning"sv))
            c.kind = ChunkKind::word;
    }
    // "a cup of gotu kola tea", "kratom tea": tea made of a plant is that plant, taken so (as
    // "chamomile tea" is in the lexicon); the second name is no substance of its own.
    for (std::size_t k = 1; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        Chunk& before = s.chunks[k - 1];
        if (c.kind != ChunkKind::entity || c.anaphoric || before.kind != ChunkKind::entity || before.anaphoric ||
            c.last != c.first + 1 || before.last != c.first || (tok[c.first].norm != "tea"sv && tok[c.first].norm != "teas"sv) ||
            before.entity == c.entity || s.entity(lexicon_, before.entity).type != EntityType::substance ||
            s.entity(lexicon_, c.entity).type != EntityType::substance)
            continue;
        before.last = c.last;
        s.chunks.erase(s.chunks.begin() + static_cast<std::ptrdiff_t>(k));
        --k;
    }
    // "non-stimulant drugs such as atomoxetine", "a non-opioid painkiller": "non-" before a
    // substance names every drug but that one, which is no entity of the sentence.
    for (std::size_t k = 2; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        // ("switched to guanfacine (non stimulant)": the hyphen left out.)
        const bool spaced = s.chunks[k - 1].kind == ChunkKind::negation && tok[s.chunks[k - 1].first].norm == "non"sv;
        if (c.kind == ChunkKind::entity && !c.anaphoric &&
            (spaced || (s.chunks[k - 2].kind == ChunkKind::negation && tok[s.chunks[k - 2].first].norm == "non"sv &&
                        tok[s.chunks[k - 1].first].norm == "-"sv)) &&
            s.entity(lexicon_, c.entity).type == EntityType::substance)
            c.kind = ChunkKind::word;
    }
    // "the SSRI fluoxetine", "the stimulant caffeine", "the serotonergic psychedelic DMT": a
    // drug class in the singular right before a drug's name labels that drug, and is no
    // entity of the sentence (the lexicon names a class in the plural).
    for (std::size_t k = 0; k + 1 < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        // ("the psychedelic compound psilocybin": a noun that says it is a substance may stand between.)
        const std::size_t n = k + 2 < s.chunks.size() &&
                                      (s.chunks[k + 1].kind == ChunkKind::word || s.chunks[k + 1].anaphoric) &&
                                      s.chunks[k + 1].last == s.chunks[k + 1].first + 1 &&
                                      roles_.has(tok[s.chunks[k + 1].first].norm, WordRole::substance_noun)
                                  ? k + 2
                                  : k + 1;
        const Chunk& next = s.chunks[n];
        if (c.kind != ChunkKind::entity || c.anaphoric || next.kind != ChunkKind::entity || next.anaphoric ||
            next.first != (n == k + 1 ? c.last : c.last + 1) || tok[c.last - 1].norm.view().ends_with('s'))
            continue;
        const Entity& label = s.entity(lexicon_, c.entity);
        const Entity& named = s.entity(lexicon_, next.entity);
        if (label.type == EntityType::substance && named.type == EntityType::substance && label.name.ends_with('s') &&
            !named.name.ends_with('s')) {
            c.kind = ChunkKind::word;
            if (n == k + 2) s.chunks[k + 1].kind = ChunkKind::word;  // ("compound" points to nothing either)
        }
        // So a kind of enzyme before one: "induces the liver enzyme CYP3A4", "the CYP enzyme 2D6".
        if (named.type == EntityType::enzyme && tok[c.last - 1].norm == "enzyme"sv) c.kind = ChunkKind::word;
    }
    // ("block a liver enzyme (CYP2D6) that normally breaks it down": the kind of enzyme
    // before a bracketed name is a description too.)
    for (std::size_t k = 0; k + 3 < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || tok[c.last - 1].norm != "enzyme"sv ||
            s.chunks[k + 1].kind != ChunkKind::connector || tok[s.chunks[k + 1].first].norm != "("sv ||
            s.chunks[k + 2].kind != ChunkKind::entity || s.entity(lexicon_, s.chunks[k + 2].entity).type != EntityType::enzyme)
            continue;
        c.kind = ChunkKind::word;
    }
    // "its stimulant and toxic effects", "psychedelic properties": a class in the singular
    // before a noun of effect (or coordinated with a word before one) is an adjective.
    auto effect_noun = [&](std::size_t t) {
        if (t >= tok.size()) return false;
        const std::string_view w = tok[t].norm;
        return w == "effect"sv || w == "effects"sv || w == "properties"sv || w == "property"sv || w == "action"sv ||
               w == "actions"sv;
    };
    for (Chunk& c : s.chunks) {
        if (c.kind != ChunkKind::entity || c.anaphoric || tok[c.last - 1].norm.view().ends_with('s')) continue;
        const bool coordinated = c.last + 2 < tok.size() && (tok[c.last].norm == "and"sv || tok[c.last].norm == "or"sv ||
                                                              tok[c.last].norm == ","sv) && effect_noun(c.last + 2);
        if (!effect_noun(c.last) && !coordinated) continue;
        const Entity& e = s.entity(lexicon_, c.entity);
        if (e.type != EntityType::substance || !e.name.ends_with('s')) continue;
        // ("antipsychotic properties": a word the cue file has as a property is that property.)
        const Cue* property = cues_.match_at(tok, c.first);
        if (property && property->cls == CueClass::predicate && property->words == c.last - c.first &&
            !property->fixed_target.empty()) {
            c.kind = ChunkKind::predicate;
            c.cue = *property;
        } else {
            c.kind = ChunkKind::word;
        }
    }
    // "inhibitor of neuronal serotonin (5-HT) reuptake": the bracketed alias stands between
    // the transmitter and its reuptake, which is the transporter's work (claims.md).
    for (std::size_t k = 0; k + 4 < s.chunks.size(); ++k) {
        const Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || s.chunks[k + 1].kind != ChunkKind::connector ||
            tok[s.chunks[k + 1].first].norm != "("sv || s.chunks[k + 2].kind != ChunkKind::entity ||
            s.chunks[k + 2].entity != c.entity || s.chunks[k + 3].kind != ChunkKind::connector ||
            tok[s.chunks[k + 3].first].norm != ")"sv || s.chunks[k + 4].kind != ChunkKind::word ||
            (tok[s.chunks[k + 4].first].norm != "reuptake"sv && tok[s.chunks[k + 4].first].norm != "re-uptake"sv))
            continue;
        const Entity& e = s.entity(lexicon_, c.entity);
        if (e.type != EntityType::neurotransmitter) continue;
        const auto transporter = lexicon_.find(e.name + " reuptake");
        if (!transporter || lexicon_.entity(*transporter).type != EntityType::transporter) continue;
        Chunk merged = c;
        merged.entity = *transporter;
        merged.last = s.chunks[k + 4].last;
        s.chunks[k] = merged;
        s.chunks.erase(s.chunks.begin() + static_cast<std::ptrdiff_t>(k + 1), s.chunks.begin() + static_cast<std::ptrdiff_t>(k + 5));
    }
    // "CYP1A2, the liver enzyme that breaks down duloxetine": a name inside an appositive
    // that describes the name before it ("liver enzymes" is also a lab finding) is a
    // description, not an entity; the relative clause is about the name before.
    for (std::size_t k = 3; k + 1 < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || s.chunks[k + 1].kind != ChunkKind::relative) continue;
        std::size_t d = k - 1;
        if (s.chunks[d].kind == ChunkKind::word && s.chunks[d].cue.cls != CueClass::determiner && d > 0) --d;  // "the main"
        if (s.chunks[d].kind != ChunkKind::word || s.chunks[d].cue.cls != CueClass::determiner || d < 2) continue;
        const Chunk& comma = s.chunks[d - 1];
        const Chunk& head = s.chunks[d - 2];
        if (comma.kind != ChunkKind::connector || tok[comma.first].norm != ","sv || head.kind != ChunkKind::entity ||
            head.entity == c.entity)
            continue;
        c.kind = ChunkKind::word;
    }
    // "my psychiatrist gave me a low dose of hydroxyzine", "then just stopped the prozac":
    // a verb that handles a substance is no cue ("it gave me a headache", "it stopped
    // my panic attacks" are).
    for (std::size_t k = 0; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::predicate || c.last != c.first + 1) continue;
        if (!roles_.has(tok[c.first].norm, WordRole::handling)) continue;
        std::size_t q = k + 1;
        while (q < s.chunks.size() && q <= k + 6 && s.chunks[q].kind == ChunkKind::word) ++q;
        // (A drug class split into its target and agent noun is a substance too: "stopping an
        // MAO inhibitor".)
        auto substance_at = [&](std::size_t q) {
            if (s.chunks[q].kind != ChunkKind::entity || s.chunks[q].anaphoric) return false;
            if (s.entity(lexicon_, s.chunks[q].entity).type == EntityType::substance) return true;
            std::size_t a = q + 1;
            while (a < s.chunks.size() && s.chunks[a].kind == ChunkKind::entity) ++a;  // "serotonin and NE reuptake"
            return a < s.chunks.size() && s.chunks[a].kind == ChunkKind::predicate && s.chunks[a].cue.agent;
        };
        if (q < s.chunks.size() && substance_at(q)) {
            c.kind = ChunkKind::word;
            c.cue = Cue{};
        }
    }
    // "Desipramine treatment decreases NET mRNA", "sertraline therapy": after a substance, a
    // use word is its use, not a cue whose target the substance is ("anxiety treatment").
    for (std::size_t k = 1; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        const Chunk& before = s.chunks[k - 1];
        if (c.kind == ChunkKind::predicate && c.cue.also_postmodifier && !c.cue.agent && c.last == c.first + 1 &&
            roles_.has(tok[c.first].norm, WordRole::use) && before.kind == ChunkKind::entity && !before.anaphoric &&
            s.entity(lexicon_, before.entity).type == EntityType::substance) {
            c.kind = ChunkKind::word;
            c.cue = Cue{};
        }
    }
    // "rasagiline completely, selectively, and specifically inhibited MAO-B": the commas and
    // "and" of coordinated adverbs before a verb join no names; they are words of the verb's phrase.
    for (std::size_t k = 1; k < s.chunks.size(); ++k) {
        if (s.chunks[k].kind != ChunkKind::predicate) continue;
        auto adverb = [&](std::size_t q) {
            return s.chunks[q].kind == ChunkKind::word && s.tokens[s.chunks[q].first].norm.view().size() > 4 &&
                   s.tokens[s.chunks[q].first].norm.view().ends_with("ly");
        };
        std::size_t q = k - 1;
        if (!adverb(q)) continue;
        while (q >= 2 && s.chunks[q - 1].kind == ChunkKind::connector) {
            std::size_t r = q - 1;
            const std::string_view w = s.tokens[s.chunks[r].first].norm;
            if (w != ","sv && w != "and"sv && w != "or"sv) break;
            if (w == "and"sv || w == "or"sv)  // ", and"
                if (r >= 1 && s.chunks[r - 1].kind == ChunkKind::connector && s.tokens[s.chunks[r - 1].first].norm == ","sv) --r;
            if (r == 0 || !adverb(r - 1)) break;
            for (std::size_t m = r; m < q; ++m) {
                s.chunks[m].kind = ChunkKind::word;
                s.chunks[m].cue = Cue{};
            }
            q = r - 1;
        }
    }
    // "Although it is an analogue of GABA, it does not bind to GABA-A receptors": the comma
    // that closes an opening subordinate clause, before the main clause's subject and verb,
    // is no list comma ("GABA, it" are no two subjects).
    if (s.chunks.size() > 4 && s.chunks[0].kind == ChunkKind::boundary) {
        for (std::size_t m = 1; m + 2 < s.chunks.size(); ++m) {
            const Chunk& c = s.chunks[m];
            if (c.kind == ChunkKind::boundary || c.kind == ChunkKind::relative) break;
            if (c.kind != ChunkKind::connector || tok[c.first].norm != ","sv) continue;
            const Chunk& subject = s.chunks[m + 1];
            const Chunk& verb = s.chunks[m + 2];
            const std::string_view v = tok[verb.first].norm;
            if (subject.kind == ChunkKind::entity &&
                (verb.kind == ChunkKind::predicate || verb.kind == ChunkKind::hedge || verb.kind == ChunkKind::negation ||
                 v == "is"sv || v == "are"sv || v == "was"sv || v == "were"sv || v == "does"sv || v == "do"sv ||
                 v == "did"sv || v == "has"sv || v == "have"sv || v == "also"sv))
                s.chunks[m].kind = ChunkKind::boundary;
            break;
        }
    }
    // "adding bupropion to escitalopram reduced apathy", "When added to an SSRI, bupropion
    // ...": the drug added to is the treatment it joins, neither raised ("add to" the effects
    // of a drug raises them) nor the subject of what follows.
    {
        auto is_substance = [&](std::size_t k) {
            return k < s.chunks.size() && s.chunks[k].kind == ChunkKind::entity &&
                   s.entity(lexicon_, s.chunks[k].entity).type == EntityType::substance;
        };
        auto demote = [&](std::size_t k) {
            s.chunks[k].kind = ChunkKind::word;
            s.chunks[k].cue = Cue{};
        };
        for (std::size_t k = 0; k + 1 < s.chunks.size(); ++k) {
            const std::string_view w = tok[s.chunks[k].first].norm;
            if (!(w == "add"sv || w == "adds"sv || w == "added"sv || w == "adding"sv)) continue;
            std::size_t to = k + 1;
            if (s.chunks[k].last == s.chunks[k].first + 1) {  // "adding X to": over the drug added
                while (to < s.chunks.size() && to <= k + 4 &&
                       (is_substance(to) || (s.chunks[to].kind == ChunkKind::connector && tok[s.chunks[to].first].norm != ","sv)))
                    ++to;
                if (to < s.chunks.size() && tok[s.chunks[to].first].norm != "to"sv) continue;
                ++to;
            } else if (tok[s.chunks[k].last - 1].norm != "to"sv) {
                continue;
            }
            while (to < s.chunks.size() && s.chunks[to].kind == ChunkKind::word && s.chunks[to].cue.cls == CueClass::determiner) ++to;
            if (!is_substance(to)) continue;
            // ("add to its sedative effect": a possessive owns the effect added to.)
            if (s.chunks[to].anaphoric && (tok[s.chunks[to].last - 1].norm == "its"sv || tok[s.chunks[to].last - 1].norm == "their"sv))
                continue;
            if (s.chunks[k].kind == ChunkKind::predicate) demote(k);
            // The drug joins the chunk before it ("to escitalopram"), so that no rule takes
            // its name for an unknown agent.
            s.chunks[to - 1].last = s.chunks[to].last;
            s.chunks.erase(s.chunks.begin() + static_cast<std::ptrdiff_t>(to));
        }
    }
    // The advice's own words, chunks [0, end), made plain words (names, people and marks stay).
    auto advice_to_words = [&](std::size_t end) {
        for (std::size_t m = 0; m < end; ++m)
            if (s.chunks[m].kind != ChunkKind::entity && s.chunks[m].kind != ChunkKind::connector &&
                s.chunks[m].kind != ChunkKind::person) {
                s.chunks[m].kind = ChunkKind::word;
                s.chunks[m].cue = Cue{};
            }
    };
    // "Do not take it with an MAOI, as tyrosine can raise blood pressure": the reason given
    // for advice states what it says. The advice before it is made plain words.
    if (advice)
        for (std::size_t r = 1; r + 1 < s.chunks.size(); ++r) {
            const std::string_view w = tok[s.chunks[r].first].norm;
            // (So does a clause after a semicolon: "Avoid alcohol while taking this medicine;
            // alcohol can increase drowsiness.")
            const bool reason = w == "because"sv || w == "since"sv || w == ";"sv ||
                                (w == "as"sv && tok[s.chunks[r - 1].first].norm == ","sv);
            if (!reason) continue;
            // ("Do not stop taking it suddenly, as this can cause anxiety": what "this" can cause
            // is the advised-against act's doing, stopping here, no effect of the substance.)
            const std::string_view next = tok[s.chunks[r + 1].first].norm;
            if (next == "this"sv || next == "that"sv || next == "doing"sv ||
                std::any_of(s.chunks.begin(), s.chunks.begin() + r,
                            [&](const Chunk& c) { return roles_.has(tok[c.first].norm, WordRole::cessation); }))
                break;
            // (A relative clause that describes the medicines named in the advice keeps its
            // cue: "taking medicines that block CYP3A4, such as ketoconazole, because ...".)
            advice_to_words(described_medicines_at(s, r).value_or(r));
            s.chunks[r].kind = ChunkKind::boundary;
            s.makes_claims = true;
            break;
        }
    // "Do not take it if you are taking medicines that block CYP3A4, such as ketoconazole or
    // ritonavir": the relative clause that describes the medicines, with their names after it,
    // states a fact of its own inside the advice.
    if (advice && !s.makes_claims)
        if (const auto r = described_medicines_at(s, s.chunks.size())) {
            advice_to_words(*r);
            s.makes_claims = true;
        }
    // "16 weeks of high-EPA omega-3 supplementation": a name after "high-" or "low-" that
    // stands right before another substance's says what kind of that substance it is; it is
    // no agent of its own.
    for (std::size_t k = 2; k + 1 < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || s.entity(lexicon_, c.entity).type != EntityType::substance) continue;
        const Chunk& next = s.chunks[k + 1];
        const Chunk& dash = s.chunks[k - 1];
        const Chunk& grade = s.chunks[k - 2];
        if (next.kind == ChunkKind::entity && s.entity(lexicon_, next.entity).type == EntityType::substance &&
            dash.kind == ChunkKind::word && s.tokens[dash.first].norm == "-"sv && grade.kind == ChunkKind::word &&
            (s.tokens[grade.first].norm == "high"sv || s.tokens[grade.first].norm == "low"sv))
            c.kind = ChunkKind::word;
    }
    mark_directions(s);
    if (!mark_class_label(s)) mark_implicit_agents(s);
    track_effect_list(text, s, discourse);
}

// "Drug class: Antidepressant, aminoketone; norepinephrine-dopamine reuptake inhibitor
// (NDRI)": a monograph's label line says what its topic is, as "X is a ..." would. The
// topic goes first, as an implicit agent (AnalyzedSentence::class_label).
bool Chunker::mark_class_label(AnalyzedSentence& s) const {
    s.class_label = false;
    std::size_t colon = 0;
    while (colon < s.chunks.size() && colon < 3 && s.chunks[colon].kind == ChunkKind::word) ++colon;
    if (colon == 0 || colon + 1 >= s.chunks.size() || s.tokens[s.chunks[colon].first].norm != ":"sv ||
        !roles_.has(s.tokens[s.chunks[colon - 1].first].norm, WordRole::class_label) || !(s.main_topic || s.topic))
        return false;
    insert_implicit_agent(s, 0, s.main_topic ? *s.main_topic : *s.topic);
    s.class_label = true;
    return true;
}

bool Chunker::first_person(const AnalyzedSentence& s) const {
    return std::any_of(s.tokens.begin(), s.tokens.end(),
                       [&](const Token& t) { return roles_.has(t.norm, WordRole::first_person); });
}

bool Chunker::verb_not_plural(const AnalyzedSentence& s, const Mention& m) const {
    const std::vector<Token>& tok = s.tokens;
    if (m.last != m.first + 1 || m.last >= tok.size() || !tok[m.first].norm.ends_with("s")) return false;
    if (tok[m.last].kind != TokenKind::word) return false;  // a verb has its object after it
    const Cue* cue = cues_.match_at(s.cue_words, m.first);
    if (!cue || cue->words != 1 || cue->cls != CueClass::predicate || cue->fixed_target.empty()) return false;
    // The subject right before it, past hedges and adverbs in -ly.
    std::size_t k = s.chunks.size();
    // ("It also calms the agitation": past a filler too.)
    while (k > 0 && (s.chunks[k - 1].kind == ChunkKind::hedge ||
                     (s.chunks[k - 1].kind == ChunkKind::word && (tok[s.chunks[k - 1].first].norm.ends_with("ly") ||
                                                                  roles_.has(tok[s.chunks[k - 1].first].norm, WordRole::filler)))))
        --k;
    // "2. Calms an Anxious Mind": a numbered heading that opens with it, an object after,
    // drops the subject (mark_implicit_agents gives it the topic). (Not any line that opens
    // with it: a product page's bullets are the product's, whose name the page may not
    // give in a form the lexicon knows.)
    if (k == 2 && tok[s.chunks[0].first].kind == TokenKind::number &&
        (tok[s.chunks[1].first].norm == "."sv || tok[s.chunks[1].first].norm == ")"sv))
        return true;
    // "Calms the mind* - supports a relaxed mood": a line that opens with it and an article
    // or a possessive after it.
    if (k == 0) {
        const std::string_view next = tok[m.last].norm;
        return next == "the"sv || next == "your"sv || next == "a"sv || next == "an"sv || next == "my"sv;
    }
    // ("an antioxidant that calms inflammation": or a relative pronoun.)
    if (tok[s.chunks[k - 1].first].norm == "that"sv || tok[s.chunks[k - 1].first].norm == "which"sv) return true;
    return s.chunks[k - 1].kind == ChunkKind::entity &&
           s.entity(lexicon_, s.chunks[k - 1].entity).type == EntityType::substance;
}

// "medicines that block CYP3A4, such as ketoconazole": the chunk of the drug noun a
// relative clause describes, when the names follow ("such as", "including") before chunk
// `before`; none otherwise.
std::optional<std::size_t> Chunker::described_medicines_at(const AnalyzedSentence& s, std::size_t before) const {
    const auto& tok = s.tokens;
    for (std::size_t r = 1; r + 2 < before && r + 2 < s.chunks.size(); ++r) {
        const std::string_view w = tok[s.chunks[r].first].norm;
        if ((w != "that"sv && w != "which"sv) || s.chunks[r - 1].kind != ChunkKind::word ||
            !roles_.has(tok[s.chunks[r - 1].first].norm, WordRole::drug_noun))
            continue;
        for (std::size_t q = r + 1; q < before && q < s.chunks.size(); ++q) {
            const std::string_view n = tok[s.chunks[q].first].norm;
            if (s.chunks[q].kind == ChunkKind::connector && (n == "such"sv || n == "including"sv)) return r - 1;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool Chunker::verb_not_plural_name(const AnalyzedSentence& s, const Mention& m) const {
    const std::vector<Token>& tok = s.tokens;
    if (m.last != m.first + 1 || tok[m.first].norm.ends_with("s")) return false;
    const std::string& name = lexicon_.entity(m.entity).name;
    const std::string_view word = tok[m.first].norm;
    if (name.size() != word.size() + 1 || !name.ends_with('s') || !name.starts_with(word)) return false;
    const Cue* cue = cues_.match_at(s.cue_words, m.first);
    return cue && cue->cls == CueClass::predicate && (cue->verb || cue->words > 1);
}

bool Chunker::outcome_homograph_name(const AnalyzedSentence& s, const Mention& m) const {
    if (m.last != m.first + 1) return false;
    const Cue* cue = cues_.match_at(s.cue_words, m.first);
    return cue && cue->outcome_homograph && cue->words == 1 && verb_before_outcome(s, m.first);
}

bool Chunker::verb_before_outcome(const AnalyzedSentence& s, std::size_t i) const {
    const std::vector<Token>& tok = s.tokens;
    if (i == 0 || i + 2 >= tok.size()) return false;
    const std::string_view before = tok[i - 1].norm;
    if (before != "to"sv && before != "may"sv && before != "might"sv && before != "can"sv && before != "could"sv &&
        before != "will"sv && before != "help"sv && before != "helps"sv && before != "helped"sv && before != "which"sv &&
        before != "that"sv)
        return false;
    std::size_t o = i + 1;
    const std::string_view det = tok[o].norm;
    if (det == "the"sv || det == "their"sv || det == "your"sv || det == "his"sv || det == "her"sv || det == "my"sv ||
        det == "its"sv || det == "our"sv)
        ++o;
    for (const Mention& next : s.mentions)
        if (next.first == o) return s.entity(lexicon_, next.entity).type != EntityType::substance;
    return false;
}

// Drug leaflets list effects under a lead-in: "Common side effects may include:" or
// "Call your doctor at once if you have:", then one bullet line per item ("- nausea,
// vomiting"). A bullet line under such a lead-in names effects of the lead-in's
// substance (else the article's); any other line ends the list.
void Chunker::track_effect_list(std::string_view text, AnalyzedSentence& s, Discourse& discourse) const {
    // A bullet line: the splitter left its marker ("- ", "* ", "• ") out of the sentence.
    std::size_t b = s.span.start;
    while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
    bool bullet = false;
    if (b > 0 && (text[b - 1] == '-' || text[b - 1] == '*')) {
        bullet = b == 1 || text[b - 2] == '\n' || text[b - 2] == '\r';
    } else if (b >= 3 && text.substr(b - 3, 3) == "\u2022") {
        bullet = b == 3 || text[b - 4] == '\n' || text[b - 4] == '\r';
    }
    if (bullet && discourse.effect_list()) {
        s.effect_list = discourse.effect_list();
        s.effect_list->fresh = false;
        discourse.set_effect_list(s.effect_list);
        // "- relieve severe anxiety": the lead-in's agent is the verb's subject.
        if (s.effect_list->purpose && !s.chunks.empty() && s.chunks[0].kind == ChunkKind::predicate &&
            s.chunks[0].cue.verb && s.chunks[0].cue.cls == CueClass::predicate)
            insert_implicit_agent(s, 0, s.effect_list->agent);
        return;
    }
    // "- Abnormal bleeding. Taking FETZIMA with aspirin may increase your risk of bleeding.\n-
    // Manic episodes ...": a sentence that goes on along a bullet's line explains the item;
    // it leaves the list open for the next bullet, and is read by the rules, not as an item.
    if (discourse.effect_list() && !discourse.effect_list()->fresh && b > 0 && text[b - 1] != '\n' && text[b - 1] != '\r') {
        std::size_t line = b;
        while (line > 0 && text[line - 1] != '\n' && text[line - 1] != '\r') --line;
        while (line < b && (text[line] == ' ' || text[line] == '\t')) ++line;
        if (line + 1 < b && (text[line] == '-' || text[line] == '*' || text.substr(line, 3) == "\u2022") &&
            (text[line + 1] == ' ' || text.substr(line, 3) == "\u2022"))
            return;
    }
    const bool verbless =
        std::none_of(s.chunks.begin(), s.chunks.end(), [](const Chunk& c) { return c.kind == ChunkKind::predicate; });
    const auto& tok = s.tokens;
    // "The benefits\n1. Sharper memory and focus\nA small study ...\n2. A calmer mood": a
    // numbered line with no verb at a line's start is an item, as a bullet is; the
    // paragraphs between items leave the list open.
    const bool line_start = s.span.start == 0 || text[s.span.start - 1] == '\n' || text[s.span.start - 1] == '\r';
    const bool numbered = line_start && tok.size() > 2 && tok[0].kind == TokenKind::number &&
                          (tok[1].norm == "."sv || tok[1].norm == ")"sv);
    if (const auto& open = discourse.effect_list(); open && !open->purpose) {
        if (numbered) {
            auto list = *open;
            list.fresh = false;
            list.numbered = true;
            discourse.set_effect_list(list);
            // (An item with a verb, or an adjective cue, "1. Better memory", is read by the rules;
            // so is one with a hedge, whose next word is a verb: "5. May Calm Restless Legs".)
            if (verbless && std::none_of(s.chunks.begin(), s.chunks.end(),
                                         [](const Chunk& c) { return c.kind == ChunkKind::hedge; }))
                s.effect_list = list;
            return;
        }
        if (open->numbered && !numbered && !tok.empty() &&
            (tok.back().norm == "."sv || tok.back().norm == "!"sv))
            return;  // a paragraph under the item (a question is a heading: "Are there side effects?")
    }
    // "Side effects of sertraline include:\nnausea, diarrhea, insomnia": the line right after
    // a lead-in, with no verb of its own, is the list.
    if (discourse.effect_list() && discourse.effect_list()->fresh && !discourse.effect_list()->purpose && verbless) {
        s.effect_list = discourse.effect_list();
        discourse.set_effect_list(std::nullopt);
        return;
    }
    discourse.set_effect_list(std::nullopt);
    const std::optional<std::size_t> topic = s.main_topic ? s.main_topic : s.topic;
    // A label at a line's start ("Indications: insomnia, anxiety", "Ingredients:"), or a
    // heading that is only a label ("Indications"): what follows the colon on the line, or
    // the bullets after, is what the topic is used for or holds.
    {
        using Kind = Discourse::EffectList::Kind;
        std::size_t colon = 0;
        while (colon < tok.size() && colon < 4 && tok[colon].norm != ":"sv) ++colon;
        const std::size_t label_end = colon < tok.size() && tok[colon].norm == ":"sv ? colon : tok.size();
        std::optional<Kind> kind;
        if (label_end <= 3)
            for (std::size_t k = 0; k < label_end && !kind; ++k) {
                if (roles_.has(tok[k].norm, WordRole::indication_label)) kind = Kind::indications;
                else if (roles_.has(tok[k].norm, WordRole::ingredient_label)) kind = Kind::ingredients;
            }
        const auto product = discourse.first_product(lexicon_.size());
        const std::optional<std::size_t> agent = kind == Kind::ingredients && product ? product : topic;
        // ("Every 500 ml can contains a precision blend of performance ingredients:": a lead-in
        // whose verb is one of containing heads the bullets after it as what it holds.)
        if (!kind && !tok.empty() && tok.back().norm == ":"sv &&
            std::any_of(s.chunks.begin(), s.chunks.end(), [](const Chunk& c) {
                return c.kind == ChunkKind::predicate && c.cue.cls == CueClass::predicate && c.cue.predicate == Predicate::contains;
            }) &&
            std::none_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& c) {
                return c.kind == ChunkKind::entity && !c.anaphoric;
            })) {
            const std::optional<std::size_t> holder = product ? product : topic;
            if (holder) {
                Discourse::EffectList list{*holder, false, false, true, Kind::ingredients};
                list.fresh = true;
                discourse.set_effect_list(list);
                return;
            }
        }
        if (kind && agent) {
            Discourse::EffectList list{*agent, false, false, true, *kind};
            if (label_end + 1 < tok.size()) {
                s.effect_list = list;  // the list on the label's own line, after the colon
            } else {
                list.fresh = label_end < tok.size();  // a heading with no colon leads bullets only
                discourse.set_effect_list(list);
            }
            return;
        }
    }
    // A leaflet's frequency heading ("Common: may affect up to 1 in 10 people", "Very rare
    // (may affect up to 1 in 10,000 people)") leads a list of side effects, colon or not.
    std::size_t f = 0;
    if (tok.size() > 2 && (tok[0].norm == "very"sv || tok[0].norm == "not"sv)) f = 1;
    // ("Common side effects (may affect up to 1 in 10 people): headache, ...": the words that
    // name the effects may follow the frequency.)
    std::size_t g = f + 1;
    while (g < tok.size() && g < f + 4 &&
           (tok[g].norm == "side"sv || tok[g].norm == "effects"sv || tok[g].norm == "-"sv || tok[g].norm == "adverse"sv ||
            tok[g].norm == "reactions"sv))
        ++g;
    if (g > f + 1 && tok[g - 1].norm != "effects"sv && tok[g - 1].norm != "reactions"sv) g = f + 1;
    const bool frequency_label =
        tok.size() > g &&
        (roles_.has(tok[f].norm, WordRole::frequency_label) || (f == 1 && tok[f].norm == "known"sv)) &&  // "Not known:"
        (tok[g].norm == ":"sv || tok[g].norm == "("sv);
    // "Uncommon: nightmares, agitation, dizziness", "Common (may affect up to 1 in 10 people):
    // dry mouth, ...": the list on the label's own line, after its colon.
    std::size_t list_colon = g;
    if (frequency_label && tok[g].norm == "("sv)
        while (list_colon < tok.size() && list_colon < f + 16 && tok[list_colon].norm != ":"sv) ++list_colon;
    // (Not "Common: may affect up to 1 in 10 people": that says how common, and heads the list below.)
    // ("...: confusion, hallucinations and falls, particularly in older patients": only
    // the first words after the colon say how common.)
    const std::size_t how_common_from = std::min(list_colon, tok.size());
    const std::size_t how_common_to = std::min(how_common_from + 10, tok.size());
    const bool says_how_common = std::any_of(tok.begin() + static_cast<std::ptrdiff_t>(how_common_from),
                                             tok.begin() + static_cast<std::ptrdiff_t>(how_common_to),
                                             [](const Token& t) { return t.norm == "people"sv || t.norm == "patients"sv; });
    if (frequency_label && list_colon + 1 < tok.size() && tok[list_colon].norm == ":"sv && !says_how_common) {
        if (topic) s.effect_list = Discourse::EffectList{*topic, true, false};
        return;
    }
    const bool frequency =
        frequency_label &&
        std::any_of(tok.begin(), tok.end(), [](const Token& t) { return t.norm == "people"sv || t.norm == "patients"sv; });
    if (frequency) {
        if (topic) discourse.set_effect_list(Discourse::EffectList{*topic, true, false});
        return;
    }
    // A heading that names effects ("Common side effects", "Serious side effects"), with no
    // end mark and no verb, leads the bullets after it.
    auto benefit_word = [&](const Chunk& c) { return roles_.has(tok[c.first].norm, WordRole::benefit_label); };
    const bool benefits = std::any_of(s.chunks.begin(), s.chunks.end(), benefit_word);
    const auto list_kind = benefits ? Discourse::EffectList::Kind::benefits : Discourse::EffectList::Kind::effects;
    // ("Benefits of lion's mane": a noun cue is no verb.)
    const bool no_verb = std::none_of(s.chunks.begin(), s.chunks.end(),
                                      [](const Chunk& c) { return c.kind == ChunkKind::predicate && c.cue.verb; });
    // ("Why you'll love it": six tokens with the contraction's.)
    if (!tok.empty() && tok.size() <= (benefits ? 6u : 5u) && tok.back().kind == TokenKind::word && (benefits ? no_verb : verbless) &&
        (benefits ||
         std::any_of(s.chunks.begin(), s.chunks.end(), [&](const Chunk& c) { return roles_.has(tok[c.first].norm, WordRole::effects); }))) {
        if (topic) discourse.set_effect_list(Discourse::EffectList{*topic, false, false, false, list_kind});
        return;
    }
    if (tok.empty() || tok.back().norm != ":"sv) return;
    // The lead-in names effects ("side effects", "symptoms", "include") or what someone
    // has or notices ("if you have:", "what i noticed:").
    // ("Tell your doctor if you have ever had:" lists a history, not effects.)
    bool lead = false, hedged = false, history = false;
    std::optional<std::size_t> agent;
    for (std::size_t k = 0; k < s.chunks.size(); ++k) {
        const Chunk& c = s.chunks[k];
        const std::string_view w = tok[c.first].norm;
        // ("Call your doctor at once if you have:": what may happen, as a hedge says.)
        if (c.kind == ChunkKind::hedge || w == "if"sv) hedged = true;
        if (c.kind == ChunkKind::entity && !c.anaphoric && !agent && s.entity(lexicon_, c.entity).type == EntityType::substance)
            agent = c.entity;
        if (roles_.names_effects(w) || roles_.has(w, WordRole::benefit_label) || w == "have"sv || w == "get"sv ||
            w == "develop"sv)
            lead = true;
        if (w == "ever"sv || w == "had"sv || w == "history"sv) history = true;
    }
    // ("These affect more than 1 in 10 people:", "These happen in fewer than 1 in 100
    // people:": a leaflet's frequency of the side effects listed below.)
    if (tok.size() >= 4 && (tok[tok.size() - 2].norm == "people"sv || tok[tok.size() - 2].norm == "patients"sv) &&
        std::any_of(tok.begin(), tok.end(), [](const Token& t) {
            return t.norm == "affect"sv || t.norm == "affects"sv || t.norm == "happen"sv || t.norm == "happens"sv;
        }))
        lead = true;
    // ("Call a doctor straight away if you:": each bullet says what you have or feel. "Do
    // not take diazepam if you:" lists who should not take it.)
    if (tok.size() >= 3 && tok[tok.size() - 2].norm == "you"sv && tok[tok.size() - 3].norm == "if"sv &&
        std::none_of(tok.begin(), tok.end(), [](const Token& t) {
            return t.norm == "take"sv || t.norm == "taking"sv || t.norm == "use"sv || t.norm == "using"sv ||
                   t.norm == "before"sv || t.norm == "give"sv;
        }))
        lead = true;
    if (history) lead = false;
    if (!agent) agent = topic;
    const bool purpose = tok.size() >= 2 && tok[tok.size() - 2].norm == "to"sv;
    // "Sertraline is used to treat:", "It is approved for:": the bullets name what it is used for.
    if (tok.size() >= 3 && agent) {
        const std::string_view before = tok[tok.size() - 2].norm;
        const bool used = std::any_of(tok.begin(), tok.end(), [](const Token& t) {
            return t.norm == "used"sv || t.norm == "approved"sv || t.norm == "prescribed"sv || t.norm == "indicated"sv;
        });
        if (before == "treat"sv || before == "manage"sv || before == "relieve"sv || before == "prevent"sv ||
            (before == "for"sv && used)) {
            discourse.set_effect_list(Discourse::EffectList{*agent, hedged, false, true, Discourse::EffectList::Kind::indications});
            return;
        }
    }
    if ((lead || purpose) && agent) discourse.set_effect_list(Discourse::EffectList{*agent, hedged, purpose, true, list_kind});
}

// An enzyme the lexicon lacks, named by its head in "-ase" (the naming rule for enzymes)
// after what it acts on: "creatine kinase", "dihydrofolate reductase", "indolethylamine
// N-methyltransferase". The head alone ("the kinase") is a class, and names none. Returns
// the name's first token, or i for none.
std::size_t Chunker::unknown_enzyme_start(std::string_view text, const AnalyzedSentence& s, std::size_t i) const {
    const std::vector<Token>& tok = s.tokens;
    const std::string_view head = tok[i].norm.view();
    if (!names_ || !names_->enabled() || tok[i].kind != TokenKind::word || head.size() < 6 || !head.ends_with("ase") ||
        s.chunks.empty() || !names_->names_enzyme(head))
        return i;
    std::size_t from = i;
    // ("N-methyltransferase": a letter or two hyphened to the head.)
    if (from >= 3 && tok[from - 1].norm == "-"sv && tok[from - 2].kind == TokenKind::word && tok[from - 2].norm.size() <= 2 &&
        tok[from - 1].span.start == tok[from - 2].span.end && tok[from].span.start == tok[from - 1].span.end)
        from -= 2;
    // The modifier: a name the lexicon has, or a word WordNet lacks, right before.
    std::size_t c = s.chunks.size();
    while (c > 0 && s.chunks[c - 1].first >= from) --c;
    if (c == 0 || s.chunks[c - 1].last != from) return i;
    const Chunk& m = s.chunks[c - 1];
    if (m.kind == ChunkKind::entity && !m.anaphoric && m.last == m.first + 1) return m.first;
    if (m.kind == ChunkKind::word && m.last == m.first + 1 && tok[m.first].kind == TokenKind::word &&
        text[tok[m.first].span.start] >= 'a' && text[tok[m.first].span.start] <= 'z' && tok[m.first].norm.size() >= 5 &&
        !names_->closed_class(tok[m.first].norm) && !names_->english_word(tok[m.first].norm))
        return m.first;
    return i;
}

// "Cordyceps militaris is especially rich in cordycepin", "The leaves also contain cathine
// ..., together with norephedrine": a compound the lexicon lacks, where a verb of containing
// governs the phrase (no clause boundary, relative or other verb between), one lower-case word
// WordNet lacks that ends as a compound's name does (NameJudge::names_compound) and ends its
// noun phrase (a closed-class word or a mark follows). Typed other,
// as a compound named after a substance noun is (a substance would be taken for a product).
bool Chunker::governed_unknown_constituent(std::string_view text, const AnalyzedSentence& s, std::size_t i) const {
    const std::vector<Token>& tok = s.tokens;
    if (!names_ || !names_->enabled() || tok[i].kind != TokenKind::word) return false;
    // "asiatic acid and madecassic acid", "uric acid": an acid is named by an adjective in
    // "-ic" (the caller takes the adjective into the name).
    if ((tok[i].norm == "acid"sv || tok[i].norm == "acids"sv) && i > 0 && tok[i - 1].kind == TokenKind::word &&
        tok[i - 1].norm.size() > 4 && tok[i - 1].norm.view().ends_with("ic") && text[tok[i - 1].span.start] >= 'a' &&
        text[tok[i - 1].span.start] <= 'z')
        return !names_->closed_class(tok[i - 1].norm.view());
    if (tok[i].norm.size() < 6) return false;
    const char first = text[tok[i].span.start];
    if (first < 'a' || first > 'z') return false;
    // (Part of a hyphened word is no name of its own: "beta-glucans" is the lexicon's.)
    if ((i > 0 && tok[i - 1].norm == "-"sv && tok[i - 1].span.end == tok[i].span.start) ||
        (i + 1 < tok.size() && tok[i + 1].norm == "-"sv && tok[i + 1].span.start == tok[i].span.end))
        return false;
    // (At the end of its noun phrase: "triethylene glycol" is a name of two words.)
    if (i + 1 < tok.size() && tok[i + 1].kind == TokenKind::word && !names_->closed_class(tok[i + 1].norm)) return false;
    // ("arbutin and thymol": a word WordNet files under a chemical compound names one too.)
    // (Only at a list's break: "pyridine alkaloids" names a kind.)
    const bool ends_item = i + 1 >= tok.size() || tok[i + 1].kind != TokenKind::word || tok[i + 1].norm == "and"sv ||
                           tok[i + 1].norm == "or"sv;
    return names_->names_compound(tok[i].norm.view()) || (ends_item && names_->names_chemical(tok[i].norm.view()));
}

// A plant's or a fungus's Latin name at token i: a capitalized genus that WordNet files
// under a genus or a plant, or does not know, and a lower-case epithet that WordNet does
// not know and that ends as Latin does ("-a", "-i", "-is", "-us", "-um", "-ae").
bool Chunker::binomial_name(std::string_view text, const AnalyzedSentence& s, std::size_t i, std::size_t next_mention) const {
    const std::vector<Token>& tok = s.tokens;
    if (!names_ || !names_->enabled() || i + 1 >= tok.size() || tok[i].kind != TokenKind::word ||
        tok[i + 1].kind != TokenKind::word || tok[i].norm.size() < 4 || tok[i + 1].norm.size() < 4)
        return false;
    if (next_mention < s.mentions.size() && s.mentions[next_mention].first <= i + 1) return false;
    if (tok[i + 1].span.start != tok[i].span.end + 1) return false;  // one space between
    const std::string_view epithet = tok[i + 1].norm.view();
    const char e0 = text[tok[i + 1].span.start];
    if (e0 < 'a' || e0 > 'z') return false;
    const bool latin = epithet.ends_with("a") || epithet.ends_with("i") || epithet.ends_with("is") ||
                       epithet.ends_with("us") || epithet.ends_with("um") || epithet.ends_with("ae");
    if (!latin || cues_.match_at(s.cue_words, i + 1)) return false;
    return names_->names_binomial(tok[i].norm.view(), epithet);
}

// "can also cause aseptic meningitis", "side effects include thrombocytopenia": a
// condition the lexicon lacks, named by NameJudge (WordNet, data/condition-hypernyms.txt).
// Only after a word of effect in the sentence (a cue, or "include"), in lower case (a
// capital starts a name or a sentence) and at the end of its noun phrase (what follows
// is a closed-class word or a mark: "ulcer medication" names a medicine). A modifier
// before it joins the name when WordNet lacks it ("hemophagocytic") or it ends in "-ic"
// ("aseptic"). Returns the name's first token, or a value past `i` for none.
std::size_t Chunker::unknown_condition_start(std::string_view text, const AnalyzedSentence& s, std::size_t i,
                                             EffectSeen& effect) const {
    const std::size_t none = i + 1;
    const std::vector<Token>& tok = s.tokens;
    if (!names_ || !names_->enabled() || tok[i].kind != TokenKind::word || tok[i].norm.size() < 5) return none;
    const char first = text[tok[i].span.start];
    if (first < 'a' || first > 'z') return none;
    // (The chunks are looked at once a sentence: `effect` remembers how far.)
    for (; !effect.seen && effect.scanned < s.chunks.size(); ++effect.scanned) {
        const Chunk& c = s.chunks[effect.scanned];
        effect.seen = c.kind == ChunkKind::predicate ||
                      (c.kind == ChunkKind::word && tok[c.first].norm.view().starts_with("includ"));
    }
    if (!effect.seen) return none;
    // Where an effect's target stands: right after the cue, a list's mark or "include",
    // past a determiner and a word or two ("can cause a rare aseptic ..."). (A word after
    // "of" or "in" is not looked up: most words are, in most sentences.)
    {
        std::size_t b = s.chunks.size(), words = 0;
        while (b > 0 && words < 3 && s.chunks[b - 1].kind == ChunkKind::word && tok[s.chunks[b - 1].first].kind == TokenKind::word &&
               !tok[s.chunks[b - 1].first].norm.view().starts_with("includ")) {
            --b;
            ++words;
        }
        if (b == 0) return none;
        const Chunk& before = s.chunks[b - 1];
        if (!(before.kind == ChunkKind::predicate || before.kind == ChunkKind::connector ||
              (before.kind == ChunkKind::word && tok[before.first].norm.view().starts_with("includ"))))
            return none;
        // (The words between are a determiner and modifiers: "can cause a rare ...", not "can
        // cause problems in ...".)
        for (std::size_t q = b; q < s.chunks.size(); ++q)
            if (s.chunks[q].cue.cls != CueClass::determiner && names_->closed_class(tok[s.chunks[q].first].norm)) return none;
    }
    if (!names_->names_condition(tok[i].norm)) return none;
    if (i + 1 < tok.size() && tok[i + 1].kind == TokenKind::word && !names_->closed_class(tok[i + 1].norm)) return none;
    // (A closed-class word follows, or a mark. data/not-names.txt lists generic nouns too
    // ("medication"): a long one, which WordNet knows as a noun, goes on the compound.)
    if (i + 1 < tok.size() && tok[i + 1].kind == TokenKind::word && tok[i + 1].norm.size() > 5 &&
        names_->english_noun(tok[i + 1].norm))
        return none;
    if (i == 0 || s.chunks.empty() || s.chunks.back().kind != ChunkKind::word || s.chunks.back().first != i - 1 ||
        s.chunks.back().last != i || s.chunks.back().cue.cls == CueClass::determiner)
        return i;
    const Token& m = tok[i - 1];
    const char mfirst = text[m.span.start];
    if (m.kind != TokenKind::word || mfirst < 'a' || mfirst > 'z' || m.norm.size() < 4 || names_->closed_class(m.norm) ||
        roles_.has(m.norm, WordRole::lowered) || roles_.has(m.norm, WordRole::raised))
        return i;
    return m.norm.ends_with("ic") || !names_->english_word(m.norm) ? i - 1 : i;
}

// "Its active metabolite, m-chlorophenylpiperazine (mCPP), is an agonist at 5-HT2C
// receptors", "the minor alkaloid, mitraciliatine, ...": a name the lexicon lacks, set off
// by a comma right after a noun that says it is a substance (word role substance-noun),
// is a substance of its own (and "its" is not it). Its length in tokens, or 0. The name
// is one written word (hyphens join its parts) followed by a comma or a bracket, and
// NameJudge must take it for a substance's name: "its main metabolite, however, ..." and
// "a compound, in turn, ..." name none.
std::size_t Chunker::appositive_name_length_after_comma(const AnalyzedSentence& s, std::size_t i,
                                                      std::size_t next_mention) const {
    const auto& tok = s.tokens;
    if (!names_ || !names_->enabled() || i < 2 || tok[i - 1].norm != ","sv || tok[i].kind != TokenKind::word ||
        !roles_.has(tok[i - 2].norm, WordRole::substance_noun))
        return 0;
    std::size_t end = i + 1;
    while (end < tok.size() && tok[end].span.start == tok[end - 1].span.end && tok[end].norm != ","sv &&
           tok[end].norm != "("sv && tok[end].norm != ")"sv)
        ++end;
    if (end >= tok.size() || (tok[end].norm != ","sv && tok[end].norm != "("sv)) return 0;
    if ((next_mention < s.mentions.size() && s.mentions[next_mention].first < end) || cues_.match_at(s.cue_words, i))
        return 0;
    return names_->names_substance(join_tokens(tok, i, end)) ? end - i : 0;
}

// "the flavonoid quercitrin", "a lignan called syringaresinol", "a family of saponins called
// julibrosides": a name the lexicon lacks, right after a noun for a kind of substance (a
// class the lexicon knows, or a noun such as "alkaloid") and its article, or after such a
// noun and "called" or "named", is a constituent's name. One word that WordNet lacks and
// that ends as a compound's name does; its length in tokens (1), or 0.
std::size_t Chunker::kind_named_length_after_kind(const AnalyzedSentence& s, std::size_t i, std::size_t next_mention) const {
    const auto& tok = s.tokens;
    // (The inline kind_named_length has tested the word before and the token's kind.)
    if (!names_ || !names_->enabled()) return 0;
    if (next_mention < s.mentions.size() && s.mentions[next_mention].first == i) return 0;
    if (i + 1 < tok.size() && tok[i + 1].span.start == tok[i].span.end && tok[i + 1].norm == "-"sv) return 0;
    // The kind's last token: right before the name, or before "called".
    std::size_t kind = i - 1;
    const bool called = tok[kind].norm == "called"sv || tok[kind].norm == "named"sv;
    if (called) --kind;
    const bool kind_noun = roles_.has(tok[kind].norm, WordRole::substance_noun);
    bool kind_class = false;
    if (!kind_noun && next_mention > 0) {
        const Mention& m = s.mentions[next_mention - 1];
        kind_class = m.last == kind + 1 && m.first == kind && lexicon_.entity(m.entity).type == EntityType::substance;
    }
    if (!kind_noun && !kind_class && !(called && names_->names_compound(tok[kind].norm.view())))
        return 0;
    // (Without "called", an article before the kind: "the flavonoid quercitrin".)
    if (!called && !(kind > 0 && (tok[kind - 1].norm == "the"sv || tok[kind - 1].norm == "a"sv || tok[kind - 1].norm == "an"sv)))
        return 0;
    return names_->names_compound(tok[i].norm.view()) ? 1 : 0;
}

// "2,5-Dimethoxy-4-methylamphetamine (DOM) is a psychedelic drug": a chemical's
// systematic name, one written word of three tokens or more that
// hyphens join and that holds a locant (a number), ending in a word that ends as a
// compound's name does, and then its abbreviation in brackets, names a substance of its
// own, which the lexicon lacks (it may know a part: "methylamphetamine"). Its length in
// tokens, or 0. (Only with the abbreviation: that is how such a name is introduced, and
// the text goes on to use the short name.)
// ("the star of the show is tetrahydropalmatine, or THP": a single word too, of eight
// letters or more, that WordNet lacks and that ends as a compound's name does, with its
// abbreviation in brackets or after ", or".)
std::size_t Chunker::systematic_name_length_joined(std::string_view text, const AnalyzedSentence& s, std::size_t i,
                                                   std::size_t next_mention) const {
    const auto& tok = s.tokens;
    // (Words, numbers, hyphens and commas only: "novel" and a no-break space before a name
    // are no part of it.)
    auto part = [&](const Token& t) {
        return (t.kind == TokenKind::word || t.kind == TokenKind::number || t.norm == "-"sv || t.norm == ","sv) &&
               t.norm.view().find(' ') == std::string_view::npos;
    };
    if (!names_ || !names_->enabled() || !part(tok[i]) ||
        (i > 0 && tok[i].span.start == tok[i - 1].span.end && part(tok[i - 1])))
        return 0;
    std::size_t end = i + 1;
    bool hyphen = false, locant = tok[i].kind == TokenKind::number;
    while (end < tok.size() && tok[end].span.start == tok[end - 1].span.end && part(tok[end]) &&
           !(tok[end].norm == ","sv && end + 1 < tok.size() && tok[end + 1].span.start > tok[end].span.end)) {
        hyphen = hyphen || tok[end].norm == "-"sv;
        locant = locant || tok[end].kind == TokenKind::number;
        ++end;
    }
    if (tok[end - 1].kind != TokenKind::word || end + 2 >= tok.size()) return 0;
    const bool single = end == i + 1;
    if (single ? tok[i].norm.view().size() < 8 : (end - i < 3 || !hyphen || !locant)) return 0;
    // The abbreviation's token: "(DOM)", or ", or THP" after a single word.
    std::size_t abbreviation = end + 1;
    if (tok[end].norm == "("sv) {
        if (tok[end + 2].norm != ")"sv) return 0;
    } else if (single && tok[end].norm == ","sv && end + 3 < tok.size() && tok[end + 1].norm == "or"sv &&
               (tok[end + 3].norm == ","sv || tok[end + 3].norm == "."sv || tok[end + 3].norm == ")"sv)) {
        abbreviation = end + 2;
    } else {
        return 0;
    }
    if (tok[abbreviation].kind != TokenKind::word) return 0;
    // (The abbreviation in capitals, two or more, and no name the lexicon knows: "(MDMA)"
    // after a name the lexicon lacks is the lexicon's MDMA.)
    const std::string_view raw =
        text.substr(tok[abbreviation].span.start, tok[abbreviation].span.end - tok[abbreviation].span.start);
    if (std::count_if(raw.begin(), raw.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }) < 2) return 0;
    // (Nor where a name the lexicon knows starts the run: a user's lexicon may hold the whole
    // systematic name, "4-phenyl-2-N,N-dimethyl-aminotetralin", as its tokens split it.)
    for (std::size_t m = next_mention; m < s.mentions.size() && s.mentions[m].first <= abbreviation; ++m)
        if (s.mentions[m].first == abbreviation || s.mentions[m].first == i) return 0;
    return names_->names_compound(tok[end - 1].norm.view()) ? end - i : 0;
}

// A name at the sentence's start (glued words, numbers and hyphens) that the lexicon lacks,
// and that NameJudge takes for a substance, followed by an optional bracket and "is a" or
// "was an" with, within a few words, what says it is a drug: a substance the lexicon knows
// ("stimulant", "benzodiazepine"), a noun for one ("compound", "drug"), or an agent noun
// ("antagonist", "inhibitor"). An encyclopedia or an abstract defines its topic so, and names
// it the same way in the sentences after, where "it" is that substance and no class.
Chunker::DefinedName Chunker::defined_name(const AnalyzedSentence& s, std::size_t next_mention,
                                           const Discourse& discourse) const {
    const auto& tok = s.tokens;
    if (!names_ || !names_->enabled() || tok.size() < 5 || tok[0].kind == TokenKind::punct ||
        (next_mention < s.mentions.size() && s.mentions[next_mention].first == 0) || cues_.match_at(tok, 0))
        return {};
    std::size_t end = 1;
    while (end < tok.size() && tok[end].span.start == tok[end - 1].span.end &&
           (tok[end].kind == TokenKind::word || tok[end].kind == TokenKind::number || tok[end].norm == "-"sv))
        ++end;
    if (tok[end - 1].kind != TokenKind::word || end > 7) return {};
    // (A name the lexicon knows inside the run is the lexicon's business: "L-theanine".)
    if (next_mention < s.mentions.size() && s.mentions[next_mention].first < end) return {};
    // (The form first, WordNet last: every sentence's first word comes here, and a look-up
    // in WordNet costs a dozen binary searches.)
    DefinedName defined;
    std::size_t k = end;
    if (tok[k].norm == "("sv) {
        std::size_t depth = 0, close = k;
        for (; close < tok.size(); ++close) {
            if (tok[close].norm == "("sv) ++depth;
            if (tok[close].norm == ")"sv && --depth == 0) break;
        }
        if (close >= tok.size()) return {};
        defined.bracket_open = k;
        defined.bracket_close = close;
        k = close + 1;
    }
    // ("Toluene, the best-studied solvent, inhibits NMDA receptors": or an appositive set off
    // by commas, that the sentence goes on past.)
    const bool appositive = k + 3 < tok.size() && tok[k].norm == ","sv && !defined.bracket_close &&
                            (tok[k + 1].norm == "a"sv || tok[k + 1].norm == "an"sv || tok[k + 1].norm == "the"sv);
    if (!appositive && (k + 2 >= tok.size() || (tok[k].norm != "is"sv && tok[k].norm != "was"sv) ||
                        (tok[k + 1].norm != "a"sv && tok[k + 1].norm != "an"sv)))
        return {};
    bool head = false;
    std::size_t t = k + 2;
    for (; t < tok.size() && t < k + 8 && !head; ++t) {
        if (tok[t].kind == TokenKind::punct && tok[t].norm != "-"sv) break;
        for (std::size_t m = next_mention; m < s.mentions.size() && s.mentions[m].first <= t && !head; ++m)
            head = s.mentions[m].first == t && lexicon_.entity(s.mentions[m].entity).type == EntityType::substance;
        if (head) break;
        const Cue* cue = cues_.match_at(tok, t);
        if ((cue && cue->agent) || roles_.has(tok[t].norm, WordRole::substance_noun) ||
            roles_.has(tok[t].norm, WordRole::substance_head)) {
            head = true;
            defined.by_action = cue && cue->agent;
        }
    }
    if (!head) return {};
    if (appositive) {  // (a comma closes it: "the best-studied solvent, inhibits")
        while (t < tok.size() && t < k + 10 && tok[t].kind != TokenKind::punct) ++t;
        if (t >= tok.size() || tok[t].norm != ","sv || t + 1 >= tok.size() || tok[t + 1].kind != TokenKind::word) return {};
    }
    std::string name;
    for (std::size_t q = 0; q < end; ++q) name += tok[q].norm.view();
    // (A word of English is no coined name, unless WordNet files it under substances and
    // an appositive says it is one: "Toluene, the best-studied solvent, ...".)
    if (end == 1 && (names_->closed_class(name) || (names_->english_word(name) && !appositive))) return {};
    // (Nor a name the article has defined already: "4-FA is a releasing agent" after
    // "4-Fluoroamphetamine (4-FA) is a synthetic stimulant".)
    if (discourse.abbreviation(name) || !names_->names_substance(name)) return {};
    defined.length = end;
    return defined;
}

// "Nightfall Calm Gummies combine magnesium with L-theanine", "SunLift Mood Support":
// a product named by a brand in capitals that ends in a product word (word role
// product), and holds no substance the lexicon knows, is an entity of its own,
// coined for the document. Its brand without the product word ("Nightfall Calm
// contains no melatonin", "Our Nightfall Calm gummies") names it afterwards. (A
// product named after its substance, "ZenLeaf L-Theanine", is that substance.)
Chunker::ProductName Chunker::product_name(std::string_view text, const AnalyzedSentence& s, std::size_t i,
                                           std::size_t next_mention, Discourse& discourse) const {
    const auto& tok = s.tokens;
    auto capitalized = [&](std::size_t t) {
        const char ch = text[tok[t].span.start];
        return tok[t].kind == TokenKind::word && ch >= 'A' && ch <= 'Z';
    };
    static constexpr std::string_view kOpeners[] = {"our", "the", "this", "these", "my", "your", "a", "an", "how",
                                                    "why", "what", "new", "buy", "shop", "try", "with", "and", "for",
                                                    "each", "every", "per", "all", "any", "some", "its", "their",
                                                    "one", "two", "three", "four", "five", "six",  // "Two softgels provide"
                                                    // ("Will Calm Drops make me sleepy?": a question's verb.)
                                                    "will", "can", "does", "do", "is", "are", "should", "could", "would",
                                                    "did", "when", "where", "who", "which"};
    auto opener = [&](std::size_t t) {
        return std::find(std::begin(kOpeners), std::end(kOpeners), tok[t].norm) != std::end(kOpeners);
    };
    // A title's separator: "Lumenol Focus | Uridine ...", "AXON FLOW - Nootropic Energy".
    auto separator = [&](std::size_t t) {
        return t < tok.size() && (tok[t].norm == "|"sv || tok[t].norm == "-"sv || tok[t].norm == "\u2013"sv ||
                                  tok[t].norm == "\u2014"sv);
    };
    // A brand written as one word with a capital inside: "BrightMind", "ClearFocus".
    auto camel = [&](std::size_t t) {
        const std::string_view w = text.substr(tok[t].span.start, tok[t].span.end - tok[t].span.start);
        return w.size() > 3 && camel_case(w);
    };
    // (Letters only, and more than four: no code such as "KSM-66" or "GABA".)
    auto camel_word = [&](std::size_t t) {
        const std::string_view w = text.substr(tok[t].span.start, tok[t].span.end - tok[t].span.start);
        return w.size() > 4 && w[0] >= 'A' && w[0] <= 'Z' &&
               std::all_of(w.begin(), w.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
    };
    // ("Meet Mnemova, our most advanced formula": a brand already coined names the product
    // after any capitalised word.)
    // ("Because Deep Rest contains no melatonin": a brand of two or three words too; "Unlike
    // many calming products, Calmora won't": after a comma as well.)
    // ("Taurine Calm won't leave you drowsy": at the sentence's start too.)
    if (capitalized(i) && discourse.has_brands() &&
        (i == 0 || (capitalized(i - 1) && !opener(i - 1)) || tok[i - 1].norm == ","sv || (i == 1 && opener(0))))
        for (std::size_t b = std::min(tok.size(), i + 5); b > i; --b)  // ("NeuroLift Mood & Motivation")
            if (auto known = discourse.brand(join_tokens(tok, i, b))) return {b - i, *known};
    // ("How I stack it": the writer's "I" before a product word names no brand.)
    if (!capitalized(i) || opener(i) || (i > 0 && capitalized(i - 1) && !opener(i - 1)) ||
        roles_.has(tok[i].norm, WordRole::first_person))
        return {};
    // ("SleepTalk Forums > Insomnia & Sleep Problems > Meds": a site's name and its
    // breadcrumbs open a forum page; they name no product.)
    if (s.span.start == 0 && !discourse.has_brands() &&
        std::any_of(tok.begin(), tok.end(),
                    [&](const Token& t) { return t.norm == ">"sv || roles_.has(t.norm, WordSet::site_word); }))
        return {};
    // ("NORTHPEAK NUTRITION" alone on a page's first line, then "BrightLift Mood & Energy
    // Complex": a maker's name in capitals names no product; the next line's title does.
    // Nor does a leaflet's heading, "MEDICATION GUIDE" above "FETZIMA (levomilnacipran) ...".)
    if (s.span.start == 0 && i == 0 && tok.size() <= 4 &&
        (roles_.has(tok.back().norm, WordSet::maker_word) || roles_.has(tok.back().norm, WordSet::document_word)) &&
        std::all_of(tok.begin(), tok.end(), [&](const Token& t) {
            return t.kind == TokenKind::word &&
                   std::none_of(text.begin() + static_cast<std::ptrdiff_t>(t.span.start),
                                text.begin() + static_cast<std::ptrdiff_t>(t.span.end), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        }))
        return {};
    // "120 Vegetarian Capsules": after a number, a count of units, not a brand.
    if (i > 0 && tok[i - 1].kind == TokenKind::number) return {};
    // "Calm, Sleep & Muscle Support": the last of a list of what the product is for.
    if (i > 0 && (tok[i - 1].norm == "&"sv || tok[i - 1].norm == ","sv)) return {};
    // The run may hold outcomes ("Calm", "Sleep", "Mood") but no substance.
    std::size_t substance_at = tok.size();
    for (std::size_t m = next_mention; m < s.mentions.size() && s.mentions[m].first < i + 7; ++m)
        if (lexicon_.entity(s.mentions[m].entity).type == EntityType::substance) {
            substance_at = s.mentions[m].first;
            break;
        }
    // "Solara Turmeric Curcumin Complex": a run that names two substances or more and ends on
    // its product word is a blend's name, not one ingredient's ("Island Calm Kava Gummies" is kava).
    if (substance_at < tok.size()) {
        std::size_t run = i;
        while (run < tok.size() && run - i < 6 && capitalized(run) && !opener(run)) ++run;
        if (run > i + 2 && roles_.has(tok[run - 1].norm, WordRole::product)) {
            std::vector<std::size_t> named;
            for (std::size_t m = next_mention; m < s.mentions.size() && s.mentions[m].first < run; ++m)
                if (s.mentions[m].last <= run && lexicon_.entity(s.mentions[m].entity).type == EntityType::substance &&
                    std::find(named.begin(), named.end(), s.mentions[m].entity) == named.end())
                    named.push_back(s.mentions[m].entity);
            if (named.size() >= 2 && substance_at > i) substance_at = tok.size();
        }
    }
    // "SunLift Mood Support - Saffron + 5-HTP Formula", "BrightLift Mood & Energy Complex | PEA
    // + Hordenine" ... "BrightLift is a fast-acting formula": a brand written as one word with
    // a capital inside, that opens a page's title before any substance and that the text goes
    // on to use alone, is the product's name; the title's words up to its separator name it
    // too. (Outcomes named after the brand, "Mood", are what it is for, not part of its name.)
    // ("Lumenwell ClearFocus(TM) Nootropic Capsules - Calm Energy & Laser Focus" ... "Unlock your
    // best thinking with ClearFocus": so is such a name after its maker's.)
    if (opens_page(text, s.span) && i == 0 && !discourse.has_brands() && tok.size() > 2 && !separator(i + 1)) {
        std::size_t run = i + 1;
        while (run < tok.size() && run - i < 7 && !separator(run) &&
               (capitalized(run) || tok[run].norm == "&"sv || tok[run].norm == "and"sv || tok[run].norm == "\u2122"sv ||
                tok[run].norm == "\u00ae"sv))
            ++run;
        // ("Steadymint Focus Gum | L-Theanine + Caffeine" ... "Two pieces of Steadymint": so is a
        // coined word, no English one, that opens a title run ending in a product word.)
        const bool coined_word = names_ && names_->enabled() && tok[i].kind == TokenKind::word &&
                                 tok[i].norm.view().size() > 4 && !names_->english_word(tok[i].norm) &&
                                 run - i >= 2 && run < tok.size() && roles_.has(tok[run - 1].norm, WordRole::product);
        const std::size_t name = camel(i) && camel_word(i)                          ? i
                                 : capitalized(i) && camel(i + 1) && camel_word(i + 1) ? i + 1
                                 : coined_word                    ? i
                                                                  : tok.size();
        // (A name of what it holds in the run, a messenger sold as a supplement too ("Nocturna
        // Glycine Sleep Powder"), leaves the title to the rules below.)
        const bool holds_named = std::any_of(s.mentions.begin() + static_cast<std::ptrdiff_t>(next_mention), s.mentions.end(),
                                             [&](const Mention& m) {
                                                 return m.first < run && lexicon_.entity(m.entity).type != EntityType::condition;
                                             });
        if (name < run && substance_at >= run && !holds_named && !lexicon_.find(std::string(tok[i].norm.view())) &&
            !lexicon_.find(std::string(tok[name].norm.view())) && brand_used_alone(text, tok, name, name + 1, s.span.end)) {
            const std::size_t id = discourse.coin(join_tokens(tok, name, name + 1), EntityType::substance, lexicon_.size());
            for (std::size_t b = run; b > i; --b) discourse.brand(join_tokens(tok, i, b), id);
            if (name > i)
                for (std::size_t b = run; b > name; --b) discourse.brand(join_tokens(tok, name, b), id);
            return {run - i, id};
        }
    }
    std::size_t end = i;
    // ("Hushleaf Evening Wind-Down Powder": a capitalised word joined to the next by a hyphen,
    // unspaced, is one word of the name.)
    auto hyphen_joined = [&](std::size_t t) {
        return t + 2 < tok.size() && t + 2 < substance_at && tok[t + 1].norm == "-"sv &&
               tok[t + 1].span.start == tok[t].span.end && tok[t + 2].span.start == tok[t + 1].span.end &&
               capitalized(t + 2);
    };
    while (end < tok.size() && end < substance_at && end - i < 6 && capitalized(end) && !opener(end))
        end += hyphen_joined(end) ? 3 : 1;
    // "Serelune Lavender Calm Softgels" ... "Each Serelune softgel contains", "Why Mnemova?": a
    // page's first word, a brand the lexicon lacks, right before the substance its title
    // names, that the text goes on to use on its own (twice or more) names a product of its
    // own, which holds the substance; the title's run up to its product word is that product.
    // (The title names a product word: "Chronic fluoxetine ..." opens an abstract.)
    // ("Calmora(TM) Pure Inositol Powder": a trademark sign, and a word or two of how pure or
    // natural, may stand between the brand and the substance.)
    std::size_t named_at = i + 1;
    while (named_at < substance_at && named_at < i + 3 && tok[named_at].kind != TokenKind::word &&
           (tok[named_at].norm == "\u2122"sv || tok[named_at].norm == "\u00ae"sv))
        ++named_at;
    for (std::size_t extra = 0; named_at < substance_at && extra < 2 && capitalized(named_at) && !opener(named_at) &&
                                !roles_.has(tok[named_at].norm, WordRole::product);
         ++extra)
        ++named_at;
    // ("Lumenol Focus(TM) | Uridine + Choline ...": a trademark sign after the words, and the
    // title's separator, too.)
    while (named_at < substance_at && named_at < i + 6 && tok[named_at].kind != TokenKind::word &&
           (tok[named_at].norm == "\u2122"sv || tok[named_at].norm == "\u00ae"sv || separator(named_at)))
        ++named_at;
    // ("Nuvela Night(TM) Apigenin Sleep Capsules" ... "Nuvela Night combines": the brand may be
    // the words up to the substance, when the text uses them alone; else the first.)
    std::size_t brand_end = 0;
    if (opens_page(text, s.span) && i == 0 && !discourse.has_brands() && end >= i + 1 && substance_at == named_at &&
        !lexicon_.find(std::string(tok[i].norm.view())) &&
        std::any_of(tok.begin(), tok.end(), [&](const Token& t) { return roles_.has(t.norm, WordRole::product); }))
        for (std::size_t b = named_at; b > i && !brand_end; --b)
            if (brand_used_alone(text, tok, i, b, s.span.end)) brand_end = b;
    // ("Somnara NightMind(TM) Magnesium L-Threonate Complex" ... "NightMind is built around
    // Magtein": a maker's name before the product's own, which the text uses alone.)
    std::size_t own_name = 0;
    // (A one-word title has no word after the maker's: the fuzzer's "MaintKratoainimn".)
    if (!brand_end && opens_page(text, s.span) && i == 0 && !discourse.has_brands() && substance_at == named_at &&
        i + 1 < tok.size() && capitalized(i + 1) && !lexicon_.find(std::string(tok[i].norm.view())) &&
        std::any_of(tok.begin(), tok.end(), [&](const Token& t) { return roles_.has(t.norm, WordRole::product); }))
        for (std::size_t b = named_at; b > i + 1 && !brand_end; --b)
            if (brand_used_alone(text, tok, i + 1, b, s.span.end)) {
                brand_end = b;
                own_name = i + 1;
            }
    // ("Nuvessa Taurine Calm | Amino Acid Relaxation Support" ... "Nuvessa Taurine Calm pairs
    // 1,000 mg of taurine with ...": a brand, the substance, and a word or two after it, up to
    // the title's separator, that the text goes on to use (whole at least once, and its words
    // after the brand twice or more), name the product; those words name it too when the text
    // uses them alone: "unlike many sleep aids, Taurine Calm won't ...".)
    if (!brand_end && opens_page(text, s.span) && i == 0 && !discourse.has_brands() && substance_at == named_at &&
        substance_at < tok.size() && !lexicon_.find(std::string(tok[i].norm.view()))) {
        std::size_t run = substance_at;
        while (run < tok.size() && run - i < 5 && capitalized(run) && !opener(run)) ++run;
        // ("BrightMind ALCAR Focus+ | ...": a plus sign written onto the last word is the name's.)
        if (run < tok.size() && run > substance_at && tok[run].norm == "+"sv && tok[run].span.start == tok[run - 1].span.end)
            ++run;
        const bool closed = run == tok.size() || separator(run);
        if (run > substance_at + 1 && closed) {
            const std::string_view whole = text.substr(tok[i].span.start, tok[run - 1].span.end - tok[i].span.start);
            const std::string_view tail = text.substr(tok[i + 1].span.start, tok[run - 1].span.end - tok[i + 1].span.start);
            const std::size_t whole_uses = whole_word_uses(text, whole, s.span.end);
            const std::size_t tail_uses = whole_word_uses(text, tail, s.span.end);  // the whole's among them
            // (A brand written as one word with a capital inside, "BrightMind", is a coined name
            // whatever its words after are used for.)
            if (whole_uses >= 1 && (tail_uses >= 2 || camel(i))) {
                const std::size_t id = discourse.coin(join_tokens(tok, i, run), EntityType::substance, lexicon_.size());
                discourse.brand(join_tokens(tok, i, run), id);
                if (tail_uses > whole_uses) discourse.brand(join_tokens(tok, i + 1, run), id);
                return {run - i, id};
            }
        }
    }
    if (brand_end) {
        end = brand_end;
        // (The product is named by its own name, not its maker's: "NightMind", "Deep Rest".)
        const std::size_t id =
            discourse.coin(join_tokens(tok, own_name ? own_name : i, end), EntityType::substance, lexicon_.size());
        discourse.brand(join_tokens(tok, i, end), id);
        if (own_name) discourse.brand(join_tokens(tok, own_name, end), id);
        // ("Lumenol Focus" ... "Many customers say Lumenol takes the edge off": its first word,
        // used alone, names it too.)
        if (end > i + 1 && brand_used_alone(text, tok, i, i + 1, s.span.end)) discourse.brand(join_tokens(tok, i, i + 1), id);
        std::size_t run = end;
        while (run < tok.size() && run - i < 7 && capitalized(run) && !opener(run)) ++run;
        std::size_t last = run;
        while (last > end && !roles_.has(tok[last - 1].norm, WordRole::product)) --last;
        if (last > end) {
            for (std::size_t b = last; b > end; --b) discourse.brand(join_tokens(tok, i, b), id);
            return {last - i, id};
        }
        return {end - i, id};
    }
    // The product word may be written small: "Nightfall Calm gummies".
    // ("Appetite support: the munchies are real" is a label of what the product does, no name.)
    // ("Swallow capsules whole": a sentence's first word of English alone before it is the
    // verb of an instruction, no brand.)
    const bool small_product_word = end < tok.size() && end < substance_at && roles_.has(tok[end].norm, WordRole::product) &&
                                    !(end + 1 < tok.size() && tok[end + 1].norm == ":"sv) &&
                                    !(i == 0 && end == 1 && names_ && names_->english_word(tok[0].norm));
    if (small_product_word) ++end;
    // A mention may not stick out past the run's end.
    for (std::size_t m = next_mention; m < s.mentions.size() && s.mentions[m].first < end; ++m)
        if (s.mentions[m].last > end) end = s.mentions[m].first;
    auto join = [&](std::size_t from, std::size_t to) { return join_tokens(tok, from, to); };
    // The longest product name in the run, ending on its product word.
    std::size_t last = end;
    while (last > i + 1 && !roles_.has(tok[last - 1].norm, WordRole::product)) --last;
    if (last >= i + 2 && roles_.has(tok[last - 1].norm, WordRole::product)) {
        const std::string stem = join(i, last - 1);
        const auto known = discourse.brand(stem);
        const std::size_t id = known ? *known : discourse.coin(join(i, last), EntityType::substance, lexicon_.size());
        // Its brand and the brand's leading words name it too ("Nightfall Calm Sleep" -> "Nightfall Calm").
        for (std::size_t b = last - 1; b > i; --b) {
            const bool camel = b == i + 1 && std::any_of(text.begin() + static_cast<std::ptrdiff_t>(tok[i].span.start) + 1,
                                                         text.begin() + static_cast<std::ptrdiff_t>(tok[i].span.end),
                                                         [](char ch) { return ch >= 'A' && ch <= 'Z'; });
            // ("Nocturna Glycine Sleep Powder" ... "Two weeks on Nocturna": on the first line, a
            // first word the text goes on to use alone, twice or more, names it too.)
            if (b >= i + 2 || camel || (opens_page(text, s.span) && brand_used_alone(text, tok, i, b, s.span.end)))
                discourse.brand(join(i, b), id);
        }
        // ("Lumora Bright Side(TM) Mood Gummies" ... "Bright Side contains no melatonin": on the
        // first line, two words or more after the maker's name, that name nothing the lexicon
        // knows and that the text goes on to use alone, twice or more, name it too.)
        if (opens_page(text, s.span) && i == 0)
            for (std::size_t b = last - 1; b >= i + 3; --b) {
                const bool names_entity = std::any_of(
                    s.mentions.begin() + static_cast<std::ptrdiff_t>(next_mention), s.mentions.end(),
                    [&](const Mention& m) { return m.first < b && m.last > i + 1; });
                if (!names_entity && brand_used_alone(text, tok, i + 1, b, s.span.end)) {
                    discourse.brand(join(i + 1, b), id);
                    break;
                }
            }
        // ("Lumenwell ClearFocus Nootropic Capsules" ... "Unlock your best thinking with
        // ClearFocus": a word in camel case inside the brand names the product alone.)
        for (std::size_t b = i + 1; b + 1 < last; ++b) {
            const std::string_view w = text.substr(tok[b].span.start, tok[b].span.end - tok[b].span.start);
            if (w.size() > 3 && camel_case(w) && !lexicon_.find(std::string(tok[b].norm.view())))
                discourse.brand(join(b, b + 1), id);
        }
        return {last - i, id};
    }
    // "CalmWave GABA 750 — Natural Relaxation Support": on a page's first line, a brand
    // written in camel case names the product, with the capitalised words and numbers after
    // it, when they name no substance (one ingredient, "ZenLeaf L-Theanine", stands for it).
    // ("AXON FLOW | Nootropic Energy Capsules": so does a name in capitals that the title's
    // first separator ends.)
    // ("SUMMIT FOCUS Mushroom Coffee": or a whole title line, a brand in capitals and then
    // capitalised words that end with the product's kind, a substance. The run before the
    // substance holds none, as above.)
    if (opens_page(text, s.span) && i == 0 && !discourse.has_brands() && end == substance_at && end < tok.size() &&
        std::any_of(s.mentions.begin() + static_cast<std::ptrdiff_t>(next_mention), s.mentions.end(),
                    [&](const Mention& m) { return m.first == substance_at && m.last == tok.size(); })) {
        std::size_t caps = i;
        auto all_caps_word = [&](std::size_t t) {
            const std::string_view w = text.substr(tok[t].span.start, tok[t].span.end - tok[t].span.start);
            return w.size() > 1 && std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
        };
        while (caps < end && caps - i < 3 && all_caps_word(caps)) ++caps;
        bool titled = caps > i;
        for (std::size_t t = caps; titled && t < tok.size(); ++t) titled = capitalized(t);
        if (titled) {
            const std::size_t id = discourse.coin(join(i, caps), EntityType::substance, lexicon_.size());
            for (std::size_t b = tok.size(); b > i; --b) discourse.brand(join(i, b), id);
            return {tok.size() - i, id};
        }
    }
    // ("AXION FOCUS" alone on the first line: two or three words in capitals, no substance.)
    const bool whole_line = end == tok.size() && substance_at == tok.size() && end - i >= 2;
    auto all_capitals = [&](std::size_t t) {
        const std::string_view w = text.substr(tok[t].span.start, tok[t].span.end - tok[t].span.start);
        return w.size() > 1 && std::none_of(w.begin(), w.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
    };
    // ("KINETIQ Cordyceps + Ginseng Energy Drink Mix": one word in capitals opening a page's
    // title that goes on to name what the product holds, in capitalised words.)
    const bool brand_before_substance =
        end == i + 1 && substance_at == end && tok.size() >= substance_at + 3 && tok[i].span.end - tok[i].span.start >= 4 &&
        all_capitals(i) && [&] {
            for (std::size_t t = substance_at; t < tok.size(); ++t)
                if (tok[t].kind == TokenKind::word && !capitalized(t)) return false;
            return true;
        }();
    if (opens_page(text, s.span) && i == 0 && !discourse.has_brands() &&
        (end < substance_at || whole_line || brand_before_substance) && end > i && end - i <= 3) {
        const std::string_view word = text.substr(tok[i].span.start, tok[i].span.end - tok[i].span.start);
        // (A separator set off by spaces: "SB-277011" is a code name.)
        const bool set_off = separator(end) && tok[end].span.start > tok[end - 1].span.end;
        bool shouted = whole_line || set_off;
        for (std::size_t t = i; shouted && t < end; ++t) shouted = all_capitals(t);
        // ("Somnara Deep Rest | L-Tryptophan Sleep Capsules" ... "Why Deep Rest works": words in
        // capitals set off from a title that names a product word, which the text goes on to
        // use, whole or by its last two words, twice or more.)
        const bool reused =
            set_off && end - i >= 2 &&
            std::any_of(tok.begin() + static_cast<std::ptrdiff_t>(end), tok.end(),
                        [&](const Token& t) { return roles_.has(t.norm, WordRole::product); }) &&
            whole_word_uses(text, text.substr(tok[i].span.start, tok[end - 1].span.end - tok[i].span.start), s.span.end) +
                    whole_word_uses(text, text.substr(tok[end - 2].span.start, tok[end - 1].span.end - tok[end - 2].span.start),
                                    s.span.end) >=
                2;
        if ((camel_case(word) || shouted || reused || brand_before_substance) && !lexicon_.find(std::string(tok[i].norm.view()))) {
            std::size_t e = end;
            while (e < tok.size() && e - i < 5 && tok[e].kind == TokenKind::number) ++e;
            // ("NeuroLift Mood & Motivation | ...": a last word joined by "&" before the separator.)
            if (e + 2 <= tok.size() && tok[e].norm == "&"sv && capitalized(e + 1) && (e + 2 == tok.size() || separator(e + 2)))
                e += 2;
            const std::size_t id = discourse.coin(join(i, e), EntityType::substance, lexicon_.size());
            // (The whole name too: "Axon Flow pairs ..." in the text after "AXON FLOW |".)
            for (std::size_t b = e; b > i; --b) discourse.brand(join(i, b), id);
            if (reused) discourse.brand(join(end - 2, end), id);
            return {e - i, id};
        }
    }
    // A brand already seen, without its product word. (Most documents coin none:
    // no names to join then.)
    if (!discourse.has_brands()) return {};
    // ("NeuroLift Mood & Motivation combines ...": past a last word joined by "&".)
    std::size_t reach = end;
    if (reach + 1 < tok.size() && tok[reach].norm == "&"sv && capitalized(reach + 1)) reach += 2;
    for (std::size_t b = reach; b > i; --b)
        if (auto known = discourse.brand(join(i, b))) return {b - i, *known};
    return {};
}

// "a selective serotonin reuptake inhibitor", "an MAO inhibitor", "a norepinephrine-dopamine
// reuptake inhibitor": a drug class named by what it does to a target is read as the
// target and the agent noun, so that "Sertraline is a selective serotonin reuptake
// inhibitor" says what sertraline does (the class stays a name when it is abbreviated:
// "SSRIs").
bool Chunker::split_class_name(const Mention& m, AnalyzedSentence& s, Discourse& discourse) const {
    const auto& tok = s.tokens;
    if (m.last - m.first < 2 || lexicon_.entity(m.entity).type != EntityType::substance) return false;
    // A class a drug is said to be ("is a potent MAO inhibitor", "the MAO inhibitor
    // clorgyline", "MAO inhibitors such as ..."), not one member of a list of drugs
    // ("with SSRIs, SNRIs or MAO inhibitors").
    auto join = [&](std::size_t a, std::size_t b) { return join_tokens(tok, a, b); };
    auto target_type = [&](std::size_t e) {
        const EntityType t = lexicon_.entity(e).type;
        return t == EntityType::receptor || t == EntityType::transporter || t == EntityType::enzyme;
    };
    // "a serotonin and noradrenaline reuptake inhibitor": the name before "and" shares
    // the target's head ("serotonin reuptake"), and is the first of the class's targets.
    auto shared_head = [&](std::size_t word, std::size_t a) -> std::optional<std::size_t> {
        const std::string rest = join(a + 1, m.last - 1);
        if (rest.empty()) return std::nullopt;
        auto other = lexicon_.find(std::string(tok[word].norm.view()) + " " + rest);
        if (other && target_type(*other)) return other;
        return std::nullopt;
    };
    std::optional<std::size_t> coordinated_before;  // the chunk of the name before "and"
    if (m.first > 0) {
        const std::string_view w = tok[m.first - 1].norm;
        // ("a serotonin-norepinephrine-dopamine reuptake inhibitor": a hyphen joins the first of three.)
        const ChunkKind joiner = w == "-"sv ? ChunkKind::word : ChunkKind::connector;
        if ((w == "and"sv || w == "or"sv || w == "-"sv) && m.first >= 2 && s.chunks.size() >= 2 &&
            s.chunks.back().kind == joiner && s.chunks[s.chunks.size() - 2].kind == ChunkKind::entity &&
            s.chunks[s.chunks.size() - 2].last == m.first - 1 && s.chunks[s.chunks.size() - 2].first == m.first - 2) {
            // Kept when the word before names a target with the class's head; checked below.
            coordinated_before = s.chunks.size() - 2;
        } else if (w == ","sv || w == "or"sv || w == "and"sv || w == "with"sv || w == "like"sv ||
                   w == "including"sv || w == "/"sv || (w == "as"sv && m.first >= 2 && tok[m.first - 2].norm == "such"sv)) {
            return false;
        }
    }
    // "Selective serotonin reuptake inhibitors (SSRIs) and benzodiazepines relieve anxiety",
    // "SSRIs (selective serotonin reuptake inhibitors)": the class that opens a clause in the
    // plural, or that spells out an abbreviation in brackets, names the drugs; it says
    // nothing of what one drug is. ("belongs to a group of medicines called selective
    // serotonin reuptake inhibitors (SSRIs)" still says what the drug does.)
    {
        const bool opens = m.first == 0 || tok[m.first - 1].norm == ":"sv || tok[m.first - 1].norm == ";"sv;
        const bool plural = tok[m.last - 1].norm.view().ends_with('s');
        const bool bracketed = m.first > 0 && tok[m.first - 1].norm == "("sv;
        // ("MAO inhibitors such as clorgyline ...": the examples are what the class does.)
        const std::string_view next = m.last < tok.size() ? tok[m.last].norm.view() : std::string_view();
        const bool examples = next == "such"sv || next == "like"sv || next == "including"sv;
        if ((opens && plural && !examples) || bracketed) return false;
    }
    // "- MAO inhibitors: Concomitant use ...": the label of an item in a list of
    // interactions names the drugs, and says nothing of what they do.
    if (m.last < tok.size() && tok[m.last].norm == ":"sv &&
        std::all_of(tok.begin(), tok.begin() + static_cast<std::ptrdiff_t>(m.first),
                    [](const Token& t) { return t.kind == TokenKind::punct; }))
        return false;
    const Cue* agent = cues_.match_at(tok, m.last - 1);
    if (!agent || !agent->agent || agent->words != 1) return false;
    // The longest run of tokens before the agent word that names a target.
    for (std::size_t a = m.first; a + 1 < m.last; ++a) {
        if (tok[a].kind == TokenKind::punct) continue;  // ("-dopamine reuptake" is no run of its own)
        auto target = lexicon_.find(join(a, m.last - 1));
        if (!target || !target_type(*target)) continue;
        std::vector<std::size_t> targets{*target};
        // "norepinephrine-dopamine reuptake": the first of a hyphenated pair shares the rest.
        bool hyphen_pair = false;
        if (a >= m.first + 2 && tok[a - 1].norm == "-"sv) {
            const std::string rest = join(a + 1, m.last - 1);
            if (auto other = lexicon_.find(std::string(tok[a - 2].norm.view()) + (rest.empty() ? "" : " " + rest)); other && target_type(*other)) {
                targets.insert(targets.begin(), *other);
                hyphen_pair = a == m.first + 2;
            }
        }
        // Within the name: "serotonin and norepinephrine reuptake inhibitor".
        if (a >= m.first + 2 && (tok[a - 1].norm == "and"sv || tok[a - 1].norm == "or"sv))
            if (auto other = shared_head(a - 2, a)) targets.insert(targets.begin(), *other);
        if (coordinated_before) {
            if (a != m.first && !hyphen_pair) return false;
            auto other = shared_head(m.first - 2, a);
            if (!other) return false;
            Chunk& before = s.chunks[*coordinated_before];
            before.entity = *other;  // "serotonin" stands for "serotonin reuptake" here
            // (A hyphen between joins the two as "and" would: one group of targets.)
            if (s.chunks.back().kind == ChunkKind::word) s.chunks.back().kind = ChunkKind::connector;
            discourse.saw(*other, lexicon_.entity(*other).type, false);
        }
        for (std::size_t t : targets) {
            Chunk c;
            c.kind = ChunkKind::entity;
            c.first = a;
            c.last = m.last - 1;
            c.entity = t;
            s.chunks.push_back(c);  // side by side, a coordinated group
            discourse.saw(t, lexicon_.entity(t).type, false);
        }
        s.chunks.push_back({ChunkKind::predicate, m.last - 1, m.last, 0, false, *agent});
        return true;
    }
    return false;
}

// "both manic and depressive episodes", "D2 and D3 receptors", "kappa- and delta-opioid
// receptors": a word coordinated before a name shares the name's head when the two
// together name an entity too.
void Chunker::share_elided_heads(AnalyzedSentence& s) const {
    auto& c = s.chunks;
    const auto& tok = s.tokens;
    // The text of tokens [from, to) as the lexicon spells phrases: spaced words, hyphens joined.
    auto text_of = [&](std::size_t from, std::size_t to) {
        std::string out;
        for (std::size_t t = from; t < to; ++t) {
            if (t > from && tok[t].norm != "-"sv && tok[t - 1].norm != "-"sv) out += ' ';
            out += tok[t].norm;
        }
        return out;
    };
    for (std::size_t k = c.size(); k-- > 2;) {
        if (c[k].kind != ChunkKind::entity || c[k].anaphoric || c[k].last - c[k].first < 2) continue;
        // Each word before it in the list ("histamine, muscarinic or alpha-adrenergic receptors"),
        // with the longest head of the name that makes an entity with it.
        for (std::size_t j = k - 1; j >= 1;) {
            const std::string_view joined_by = tok[c[j].first].norm;
            if (c[j].kind != ChunkKind::connector || (joined_by != "and"sv && joined_by != "or"sv && joined_by != ","sv))
                break;
            std::size_t w = j - 1;
            bool suspended = false;  // "kappa- and delta-opioid": the hyphen stays with the first word
            if (c[w].kind == ChunkKind::word && tok[c[w].first].norm == "-"sv && w > 0) {
                suspended = true;
                --w;
            }
            // "muscarinic, histamine H1 or alpha1-adrenergic receptors": a member named in full,
            // of the head's type, is passed over to the words before it.
            if (!suspended && w > 0 && c[w].kind == ChunkKind::entity && !c[w].anaphoric && c[w].last > c[w].first + 1 &&
                s.entity(lexicon_, c[w].entity).type == s.entity(lexicon_, c[k].entity).type) {
                j = w - 1;
                continue;
            }
            // (A name of its own may stand there: "histamine, muscarinic ... receptors".)
            if ((c[w].kind != ChunkKind::word && !(c[w].kind == ChunkKind::entity && !c[w].anaphoric)) ||
                c[w].last != c[w].first + 1 || tok[c[w].first].kind == TokenKind::punct)
                break;
            constexpr std::size_t kNone = static_cast<std::size_t>(-1);
            std::size_t shared = kNone;
            for (std::size_t h = c[k].first + 1; h < c[k].last && shared == kNone; ++h) {
                const bool hyphen_head = tok[h].norm == "-"sv;
                if (hyphen_head != suspended) continue;
                const auto e =
                    lexicon_.find(std::string(tok[c[w].first].norm) + (hyphen_head ? "" : " ") + text_of(h, c[k].last));
                if (e && *e != c[k].entity && !(c[w].kind == ChunkKind::entity && *e == c[w].entity)) shared = *e;
            }
            if (shared == kNone) break;
            c[w].kind = ChunkKind::entity;
            c[w].entity = shared;
            c[w].cue = Cue{};
            if (suspended) c[w].last = c[w].first + 2;
            if (w == 0) break;
            j = w - 1;
        }
    }
    // "suicidal thoughts and behaviour", "sleep quality and duration": the modifier of a name
    // is shared forward with a bare noun joined to it, when the two make a name of the same
    // type.
    for (std::size_t k = 0; k + 2 < c.size(); ++k) {
        if (c[k].kind != ChunkKind::entity || c[k].anaphoric || c[k].last - c[k].first < 2) continue;
        const std::string_view joined_by = tok[c[k + 1].first].norm;
        if (c[k + 1].kind != ChunkKind::connector || (joined_by != "and"sv && joined_by != "or"sv)) continue;
        const std::size_t w = k + 2;
        if (c[w].kind != ChunkKind::word || c[w].last != c[w].first + 1 || tok[c[w].first].kind != TokenKind::word) continue;
        // (Not a noun that goes on, "suicidal thoughts and behaviour changes"; a preposition
        // may follow, "... and behaviour in people under 25".)
        if (w + 1 < c.size() && c[w + 1].kind == ChunkKind::word && tok[c[w + 1].first].kind == TokenKind::word) {
            static constexpr std::string_view kPrepositions[] = {"in", "of", "at", "with", "for", "during", "among",
                                                                 "after", "by", "from", "to", "as", "when", "while"};
            const std::string_view next = tok[c[w + 1].first].norm;
            if (std::find(std::begin(kPrepositions), std::end(kPrepositions), next) == std::end(kPrepositions)) continue;
        }
        const auto e = lexicon_.find(text_of(c[k].first, c[k].last - 1) + " " + std::string(tok[c[w].first].norm));
        if (!e || *e == c[k].entity || lexicon_.entity(*e).type != s.entity(lexicon_, c[k].entity).type) continue;
        c[w].kind = ChunkKind::entity;
        c[w].entity = *e;
        c[w].cue = Cue{};
    }
    // "the 5-HT2A, H1 and alpha1 blockade": listed with a receptor, a bare word that names
    // one with "receptor" after it is that receptor, its head elided.
    auto receptor_at = [&](std::size_t q) {
        return q < c.size() && c[q].kind == ChunkKind::entity && !c[q].anaphoric &&
               s.entity(lexicon_, c[q].entity).type == EntityType::receptor;
    };
    auto joins = [&](std::size_t q) {
        if (q >= c.size() || c[q].kind != ChunkKind::connector) return false;
        const std::string_view w = tok[c[q].first].norm;
        return w == "and"sv || w == "or"sv || w == ","sv;
    };
    for (bool changed = true; changed;) {
        changed = false;
        for (std::size_t w = 0; w < c.size(); ++w) {
            if (c[w].kind != ChunkKind::word || c[w].last != c[w].first + 1 || tok[c[w].first].kind != TokenKind::word)
                continue;
            if (!((w >= 2 && joins(w - 1) && receptor_at(w - 2)) || (joins(w + 1) && receptor_at(w + 2)))) continue;
            const auto e = lexicon_.find(std::string(tok[c[w].first].norm) + " receptor");
            if (!e || lexicon_.entity(*e).type != EntityType::receptor) continue;
            c[w].kind = ChunkKind::entity;
            c[w].entity = *e;
            c[w].cue = Cue{};
            changed = true;
        }
    }
}

// "can cause drowsiness, slowed breathing and memory problems", "side effects include
// decreased appetite", "relieves low mood": a word that says how an outcome has changed
// belongs to the outcome's phrase (Chunk::direction). A participle there is no verb of
// the sentence, so it is made a plain word: the list it stands in goes on past it.
void Chunker::mark_directions(AnalyzedSentence& s) const {
    auto& c = s.chunks;
    const auto& tok = s.tokens;
    // "No more anxiety!", "Kava means no more headaches": what there is no more of fell,
    // and the "no" denies nothing of the sentence.
    for (std::size_t k = 0; k + 2 < c.size(); ++k)
        if (c[k].kind == ChunkKind::negation && tok[c[k].first].norm == "no"sv && c[k].last == c[k].first + 1 &&
            c[k + 1].kind == ChunkKind::word && tok[c[k + 1].first].norm == "more"sv && c[k + 2].kind == ChunkKind::entity &&
            !c[k + 2].anaphoric && s.entity(lexicon_, c[k + 2].entity).type == EntityType::condition) {
            c[k].kind = ChunkKind::word;
            c[k + 2].direction = -1;
        }
    auto word_at = [&](std::size_t k) -> const Norm& { return tok[c[k].first].norm; };
    auto plain_word = [&](std::size_t k, WordRole role) {
        return c[k].kind == ChunkKind::word && c[k].last == c[k].first + 1 && roles_.has(word_at(k), role);
    };
    auto is_condition = [&](std::size_t k) {
        return c[k].kind == ChunkKind::entity && s.entity(lexicon_, c[k].entity).type == EntityType::condition;
    };
    // Outcomes, and the body's messengers and targets: "reduced dopamine", "loss of BDNF".
    auto changeable = [&](std::size_t k) {
        return c[k].kind == ChunkKind::entity && !c[k].anaphoric &&
               s.entity(lexicon_, c[k].entity).type != EntityType::substance &&
               s.entity(lexicon_, c[k].entity).type != EntityType::other;
    };
    // The outcome an "and" or "or" joins to the one at k shares its direction, unless a comma
    // after it makes the two items of a longer list.
    auto harm = [&](std::size_t k) {
        return detail::is_harm_entity(harms_, lexicon_.size(), c[k].entity,
                                      [&](std::size_t id) { return s.entity(lexicon_, id).type; });
    };
    auto share_with_pair = [&](std::size_t k) {
        if (k + 2 < c.size() && c[k + 1].kind == ChunkKind::connector &&
            (word_at(k + 1) == "and"sv || word_at(k + 1) == "or"sv) && changeable(k + 2) && c[k + 2].direction == 0 &&
            // (A fall of a measure does not reach a harm beside it: "slowed breathing and coma",
            // "decreased appetite and nausea" name two effects; "reduced anxiety and
            // depression" one fall of two.)
            !(c[k].direction < 0 && harm(k + 2) && !harm(k)) &&
            // (A comma after the pair goes on with a list; one before "though" ends the clause.)
            !(k + 3 < c.size() && c[k + 3].kind == ChunkKind::connector && word_at(k + 3) == ","sv &&
              !(k + 4 < c.size() && c[k + 4].kind == ChunkKind::boundary)))
            c[k + 2].direction = c[k].direction;
    };
    // Words after which a participle opens a noun phrase: "include reduced appetite",
    // "with impaired coordination", "a heightened sense of calm", "reported increased energy".
    auto opens_noun_phrase = [&](std::size_t k) {
        if (c[k].cue.cls == CueClass::determiner) return true;
        static constexpr std::string_view kOpeners[] = {"of", "in", "with", "for", "from", "as", "like",
                                                        "include", "includes", "included", "including",
                                                        "are", "were", "is", "was", "be", "been", "being"};
        const std::string_view w = word_at(k);
        if (std::find(std::begin(kOpeners), std::end(kOpeners), w) != std::end(kOpeners)) return true;
        return roles_.has(w, WordRole::report) || w.starts_with("experienc") || w.starts_with("notic");
    };
    // Is the participle at m attributive ("causes slowed breathing") rather than the
    // verb of its clause ("Nicotine increased dopamine", "... reduced anxiety and
    // increased sleep", where it is coordinated with a verb of the other direction)?
    auto participle = [&](std::size_t m) {
        return c[m].kind == ChunkKind::predicate && c[m].cue.cls == CueClass::predicate && c[m].last == c[m].first + 1 &&
               word_at(m).ends_with("ed");
    };
    auto attributive_impl = [&](auto& self, std::size_t m) -> bool {
        std::size_t q = m;
        while (q > 0 && c[q - 1].kind == ChunkKind::word && (word_at(q - 1).ends_with("ly") || word_at(q - 1) == "also"sv))
            --q;
        // A participle before a determiner or a possessive is a verb, never a noun phrase's
        // first word: "Definitely reduced my anxiety" (its subject left out), "gave me nausea
        // and killed my appetite". Otherwise, opening the sentence, it is attributive
        // ("Reduced appetite is common").
        if (m + 1 < c.size() && c[m + 1].kind == ChunkKind::word &&
            (c[m + 1].cue.cls == CueClass::determiner || roles_.has(word_at(m + 1), WordRole::owner)))
            return false;
        if (q == 0) return true;
        const Chunk& before = c[q - 1];
        switch (before.kind) {
            // (After "but" it is a verb again: "did not reduce withdrawal but lowered cravings".)
            case ChunkKind::predicate:
            case ChunkKind::without: return true;
            case ChunkKind::word: return opens_noun_phrase(q - 1);
            // "Common (may affect up to 1 in 10 people): decreased appetite, ...": a colon
            // opens a list of noun phrases.
            case ChunkKind::boundary: return word_at(q - 1) == ":"sv;
            case ChunkKind::connector: {
                // "slowed or stopped breathing": coordinated participles are attributive together.
                if ((word_at(q - 1) == "or"sv || word_at(q - 1) == "and"sv) && q >= 2 && participle(q - 2))
                    return self(self, q - 2);
                // "Psilocybin, the active ingredient in magic mushrooms, reduced symptoms": the
                // comma that closes an appositive after a substance comes before the verb.
                if (word_at(q - 1) == ","sv)
                    for (std::size_t k = q - 1; k > 1; --k) {
                        const Chunk& g = c[k - 1];
                        // ("Ketamine, an antagonist at NMDA receptors, reduced ...": a noun cue in
                        // the appositive is passed over.)
                        if ((g.kind == ChunkKind::predicate && g.cue.verb) || g.kind == ChunkKind::boundary ||
                            g.kind == ChunkKind::relative)
                            break;
                        if (g.kind == ChunkKind::connector && word_at(k - 1) == ","sv) {
                            // ("Nalmefene, given together with psychosocial support, significantly
                            // reduced heavy drinking": so does an aside of how it was taken.)
                            const bool taken_so = detail::is_intake_participle(word_at(k));
                            if (k - 1 > 0 && c[k - 2].kind == ChunkKind::entity && !c[k - 2].anaphoric &&
                                s.entity(lexicon_, c[k - 2].entity).type == EntityType::substance &&
                                c[k].kind == ChunkKind::word && (c[k].cue.cls == CueClass::determiner || taken_so))
                                return false;
                            break;
                        }
                    }
                // "Silexan was well tolerated and reduced anxiety", "The drug was safe and
                // lowered ...": after a substance's copula and its complement, "and" joins a
                // second verb.
                // ("nicotine was safe and well tolerated and improved attention": past a complement
                // of two adjectives joined by "and".)
                if (word_at(q - 1) == "and"sv)
                    for (std::size_t r = q - 1; r > 1 && q - r <= 6; --r) {
                        if (c[r - 1].kind == ChunkKind::connector && word_at(r - 1) == "and"sv && r + 1 < q) continue;
                        if (c[r - 1].kind != ChunkKind::word || tok[c[r - 1].first].kind != TokenKind::word ||
                            c[r - 1].cue.cls == CueClass::determiner)
                            break;
                        const std::string_view v = word_at(r - 1);
                        if (v == "was"sv || v == "were"sv || v == "is"sv || v == "are"sv) {
                            // (Past a dose: "Silexan 80 mg/day was well tolerated and ...".)
                            std::size_t e = r - 2;
                            while (e > 0 && r - 2 - e < 5 && c[e].kind == ChunkKind::word &&
                                   (tok[c[e].first].kind == TokenKind::number || word_at(e) == "/"sv ||
                                    word_at(e) == "day"sv || word_at(e) == "daily"sv || roles_.has(word_at(e), WordRole::unit)))
                                --e;
                            if (r - 1 < q - 2 && c[e].kind == ChunkKind::entity &&
                                s.entity(lexicon_, c[e].entity).type == EntityType::substance)
                                return false;
                            break;
                        }
                    }
                // In a list: attributive unless the list is the object of a lowering verb
                // ("reduced anxiety and increased sleep" coordinates two verbs).
                for (std::size_t k = q - 1; k > 0; --k) {
                    const Chunk& g = c[k - 1];
                    if (g.kind == ChunkKind::boundary || g.kind == ChunkKind::relative) return true;
                    // ("reduced the rise in anxiety and improved calmness": past a noun of change
                    // that the verb governs, to the verb.)
                    // (So past a participle hyphened to a word: "the stress-induced rise in".)
                    if (g.kind == ChunkKind::predicate &&
                        (!g.cue.verb || (k >= 2 && c[k - 2].kind == ChunkKind::word && word_at(k - 2) == "-"sv))) {
                        bool governed = false;  // a verb before it, in the same phrase
                        for (std::size_t r = k - 1; r > 0 && k - 1 - r < 6 && !governed; --r) {
                            const Chunk& v = c[r - 1];
                            const bool hyphened = r >= 2 && word_at(r - 2) == "-"sv;
                            if (v.kind == ChunkKind::predicate && v.cue.verb && !hyphened) governed = true;
                            else if (v.kind != ChunkKind::word && v.kind != ChunkKind::entity && !hyphened) break;
                        }
                        if (governed) continue;
                    }
                    // ("the extract improved attention and lowered morning cortisol": after a past
                    // tense of benefit, a past participle is the second verb.)
                    if (g.kind == ChunkKind::predicate)
                        return !(g.cue.predicate == Predicate::decreases && !g.cue.flips_on_harm) &&
                               !(g.cue.flips_on_harm && g.cue.predicate == Predicate::increases && g.cue.verb &&
                                 word_at(k - 1).ends_with("ed"));
                    // "Erinacines crossed the barrier and boosted NGF": a past tense right after a
                    // substance is the first of two coordinated verbs.
                    if (g.kind == ChunkKind::word && k >= 2 && word_at(k - 1).ends_with("ed") &&
                        c[k - 2].kind == ChunkKind::entity && s.entity(lexicon_, c[k - 2].entity).type == EntityType::substance)
                        return false;
                }
                return true;
            }
            default: return false;
        }
    };
    auto attributive = [&](std::size_t m) { return attributive_impl(attributive_impl, m); };
    // "helps keep mood, sleep, appetite and stress responses in balance": the list before
    // "in balance" is kept in balance, not raised.
    for (std::size_t k = 1; k + 1 < c.size(); ++k) {
        if (!(c[k].kind == ChunkKind::word && word_at(k) == "in"sv && c[k + 1].last == c[k + 1].first + 1 &&
              (c[k + 1].kind == ChunkKind::word || c[k + 1].kind == ChunkKind::predicate) &&
              roles_.has(word_at(k + 1), WordRole::steady)))
            continue;
        c[k + 1].kind = ChunkKind::word;  // ("balance" is also a verb: here it is a noun)
        c[k + 1].cue = Cue{};
        std::size_t q = k, words = 0;
        while (q > 0 && (c[q - 1].kind == ChunkKind::entity || c[q - 1].kind == ChunkKind::connector ||
                         (c[q - 1].kind == ChunkKind::word && words < 2 && tok[c[q - 1].first].kind == TokenKind::word))) {
            --q;
            if (c[q].kind == ChunkKind::word) ++words;
            if (c[q].kind == ChunkKind::entity) {
                c[q].steady = true;
                words = 0;
            }
        }
    }
    for (std::size_t k = 0; k < c.size(); ++k) {
        // "lower bupropion concentrations": a measure of the name before it, not an entity; the
        // name's chunk takes it in, as it takes in a measure word that names no entity ("IL-6
        // concentrations did not change" is IL-6 not changing).
        if (k > 0 && c[k].kind == ChunkKind::entity && c[k].last == c[k].first + 1 && !c[k].anaphoric &&
            c[k - 1].kind == ChunkKind::entity && c[k - 1].last == c[k].first && roles_.has(word_at(k), WordRole::measure)) {
            c[k - 1].last = c[k].last;
            c.erase(c.begin() + static_cast<std::ptrdiff_t>(k));
            --k;
            continue;
        }
        // "a balanced, positive mood", "balanced levels of dopamine", "stable blood sugar".
        if (c[k].kind == ChunkKind::entity && !c[k].anaphoric)
            for (std::size_t q = k; q > 0 && k - q < 4; --q) {
                // ("balanced" is also the verb "balance": here it is the outcome's adjective.
                // Not before "by": "Sleep is regulated by melatonin" is the passive verb.)
                const bool adjective_cue = c[q - 1].kind == ChunkKind::predicate && c[q - 1].last == c[q - 1].first + 1 &&
                                           roles_.has(word_at(q - 1), WordRole::steady) && attributive(q - 1) &&
                                           !(c[q].kind == ChunkKind::word && word_at(q) == "by"sv);
                if (adjective_cue) {
                    c[q - 1].kind = ChunkKind::word;
                    c[q - 1].cue = Cue{};
                }
                // ("healthy cortisol levels" keeps a hormone in balance; "healthy sleep" is more sleep,
                // and "healthy levels of GABA and serotonin" more of the neurotransmitters.)
                // ("Supports a healthy stress response": a response kept healthy is regulated.)
                const EntityType type = s.entity(lexicon_, c[k].entity).type;
                const Norm& head = tok[c[k].last - 1].norm;
                const bool response = head == "response"sv || head == "responses"sv ||
                                      (k + 1 < c.size() && c[k + 1].kind == ChunkKind::word &&
                                       (word_at(k + 1) == "response"sv || word_at(k + 1) == "responses"sv));
                // ("restoring normal breathing" brings breathing back: more of it, not a balance.)
                std::size_t v = q - 1;
                while (v > 0 && c[v - 1].kind == ChunkKind::word && c[v - 1].cue.cls == CueClass::determiner) --v;
                const bool restored = v > 0 && c[v - 1].kind == ChunkKind::predicate && roles_.has(word_at(v - 1), WordRole::restoring);
                // ("Helps maintain dopamine and norepinephrine levels": a messenger's levels kept
                // up are kept in balance; "maintaining cognitive performance" raises an outcome.)
                const bool maintained = c[q - 1].kind == ChunkKind::word && roles_.has(word_at(q - 1), WordRole::keeping) &&
                                        type != EntityType::condition && type != EntityType::substance;
                if (!restored && (plain_word(q - 1, WordRole::steady) || maintained ||
                    ((response || (type != EntityType::condition && type != EntityType::neurotransmitter)) &&
                     plain_word(q - 1, WordRole::steady_level)))) {
                    c[k].steady = true;
                    // "balanced levels of dopamine and serotonin": the levels of the whole list
                    // (but "a balanced mood and mental clarity" balances only the mood).
                    if (!is_condition(k))
                        for (std::size_t m = k + 1; m < c.size() && (c[m].kind == ChunkKind::entity ||
                                                                    c[m].kind == ChunkKind::connector); ++m)
                            if (c[m].kind == ChunkKind::entity) c[m].steady = true;
                    break;
                }
                if (c[q - 1].kind != ChunkKind::word && !(c[q - 1].kind == ChunkKind::connector && word_at(q - 1) == ","sv))
                    break;
            }
        if (!changeable(k)) continue;
        // ("a weak MAO inhibitor", "a potent 5-HT2A agonist": the adjective says how strong the
        // agent is, not that the name before it is low.)
        if (k + 1 < c.size() && c[k + 1].kind == ChunkKind::predicate && c[k + 1].cue.agent) continue;
        if (k + 1 < c.size() && plain_word(k + 1, WordRole::deficit)) {  // "memory problems"
            c[k].direction = -1;
            continue;
        }
        if (k == 0) continue;
        std::size_t m = k - 1;
        // "loss of appetite", "trouble with coordination", "loss of hippocampal BDNF",
        // "difficulties in breathing"
        for (std::size_t o = m, steps = 0; o > 0 && steps < 2 && c[o].kind == ChunkKind::word; --o, ++steps)
            if ((word_at(o) == "of"sv || word_at(o) == "with"sv || word_at(o) == "in"sv) && plain_word(o - 1, WordRole::lowered)) {
                c[k].direction = -1;
                share_with_pair(k);  // ("problems with coordination or memory")
                break;
            }
        // ("problems with balance or coordination": past a first member the lexicon lacks.)
        if (c[k].direction == 0 && m >= 3 && c[m].kind == ChunkKind::connector && (word_at(m) == "or"sv || word_at(m) == "and"sv) &&
            c[m - 1].kind == ChunkKind::word && tok[c[m - 1].first].kind == TokenKind::word && c[m - 2].kind == ChunkKind::word &&
            (word_at(m - 2) == "with"sv || word_at(m - 2) == "of"sv || word_at(m - 2) == "in"sv) &&
            plain_word(m - 3, WordRole::lowered))
            c[k].direction = -1;
        if (c[k].direction != 0) continue;
        // "tramadol causes less respiratory depression than morphine": a verb of cause compares
        // how much of the outcome two agents bring on; both still bring it on.
        // ("producing less nausea and less respiratory depression than morphine": each member
        // of a list of them.)
        if (m > 0 && (word_at(m) == "less"sv || word_at(m) == "fewer"sv)) {
            auto less_at = [&](std::size_t q) { return word_at(q) == "less"sv || word_at(q) == "fewer"sv; };
            auto joins = [&](std::size_t q) {
                return c[q].kind == ChunkKind::connector && (word_at(q) == "and"sv || word_at(q) == "or"sv || word_at(q) == ","sv);
            };
            std::size_t v = m;  // back over earlier members to the verb
            while (v >= 3 && joins(v - 1) && c[v - 2].kind == ChunkKind::entity && less_at(v - 3)) v -= 3;
            std::size_t t = k + 1;  // on past later members to "than"
            while (t + 2 < c.size() && joins(t) && less_at(t + 1) && c[t + 2].kind == ChunkKind::entity) t += 3;
            if (v > 0 && t < c.size() && c[t].kind == ChunkKind::word && word_at(t) == "than"sv &&
                c[v - 1].kind == ChunkKind::predicate && c[v - 1].cue.verb && c[v - 1].cue.predicate == Predicate::increases)
                continue;
        }
        // One plain adjective may stand between: "reduced motor coordination", "low blood sugar".
        auto function_word = [&](std::size_t q) {
            const std::string_view w = word_at(q);
            // ("a type of eye problem called glaucoma": a word of naming is no adjective.)
            return w == "by"sv || w == "to"sv || w == "at"sv || w == "on"sv || w == "than"sv || w == "and"sv ||
                   w == "or"sv || w == "into"sv || w == "via"sv || w == "called"sv || w == "named"sv || w == "termed"sv;
        };
        if (m > 0 && c[m].kind == ChunkKind::word && c[m].cue.cls != CueClass::determiner &&
            tok[c[m].first].kind == TokenKind::word && !opens_noun_phrase(m) && !function_word(m) &&
            !plain_word(m, WordRole::lowered) &&
            !plain_word(m, WordRole::raised) && (c[m - 1].kind == ChunkKind::predicate || c[m - 1].kind == ChunkKind::word))
            --m;
        // ("dangerously slow, shallow breathing": two adjectives a comma joins, the first a cue.)
        if (m >= 2 && c[m].kind == ChunkKind::word && tok[c[m].first].kind == TokenKind::word &&
            c[m].cue.cls != CueClass::determiner && !roles_.has(word_at(m), WordRole::owner) && m + 1 == k &&
            c[m - 1].kind == ChunkKind::connector && word_at(m - 1) == ","sv && c[m - 2].kind == ChunkKind::predicate &&
            c[m - 2].last == c[m - 2].first + 1 &&
            (roles_.has(word_at(m - 2), WordRole::lowered) || roles_.has(word_at(m - 2), WordRole::raised)) &&
            attributive(m - 2))
            m -= 2;
        // An adjective that is also a verb cue: "slow breathing" (not "can slow breathing").
        const bool adjective_cue = c[m].kind == ChunkKind::predicate && c[m].last == c[m].first + 1 &&
                                   (roles_.has(word_at(m), WordRole::lowered) || roles_.has(word_at(m), WordRole::raised)) &&
                                   attributive(m);
        if (adjective_cue) {
            c[k].direction = roles_.has(word_at(m), WordRole::lowered) ? -1 : 1;
            c[m].kind = ChunkKind::word;
            c[m].cue = Cue{};
        } else if (plain_word(m, WordRole::lowered)) {
            c[k].direction = -1;
        } else if (plain_word(m, WordRole::raised)) {
            c[k].direction = 1;
        } else if (c[m].kind == ChunkKind::predicate && c[m].cue.cls == CueClass::predicate &&
                   c[m].last == c[m].first + 1 && word_at(m).ends_with("ed") &&
                   (c[m].cue.predicate == Predicate::increases || c[m].cue.predicate == Predicate::decreases) &&
                   !(c[m].cue.flips_on_harm && c[m].cue.predicate == Predicate::decreases) && attributive(m)) {
            c[k].direction = c[m].cue.predicate == Predicate::increases ? 1 : -1;
            c[m].kind = ChunkKind::word;
            c[m].cue = Cue{};
            // ... and the participle coordinated before it: "slowed or stopped breathing".
            if (m >= 2 && c[m - 1].kind == ChunkKind::connector &&
                (word_at(m - 1) == "or"sv || word_at(m - 1) == "and"sv) && participle(m - 2)) {
                c[m - 2].kind = ChunkKind::word;
                c[m - 2].cue = Cue{};
            }
        }
        // "may contribute to reduced nicotine craving and withdrawal symptoms": a participle
        // right before the first name modifies the pair an "and" joins (a comma after the
        // second would make them items of a list). An adjective need not: "the low mood and
        // cravings".
        // (Nor when a comma comes before: "sedation, slowed breathing and coma" is a list.)
        // A comparative quantifier does too: "less anxiety and depression", "fewer headaches
        // and nausea", "more energy and focus".
        const auto quantifier = [&](std::size_t q) {
            return word_at(q) == "less"sv || word_at(q) == "fewer"sv || word_at(q) == "more"sv;
        };
        if (c[k].direction != 0 && m + 1 == k && (word_at(m).ends_with("ed") || quantifier(m)) && m > 0 &&
            !(c[m - 1].kind == ChunkKind::connector && word_at(m - 1) == ","sv))
            share_with_pair(k);
        // ... and a quantifier the whole list it opens: "less anxiety, stress and depression".
        if (c[k].direction != 0 && m + 1 == k && quantifier(m))
            for (std::size_t q = k + 1; q + 1 < c.size() && c[q].kind == ChunkKind::connector; q += 2) {
                std::string_view joint = word_at(q);
                if (joint == ","sv && c[q + 1].kind == ChunkKind::connector &&
                    (word_at(q + 1) == "and"sv || word_at(q + 1) == "or"sv))
                    joint = word_at(++q);  // "stress, and depression"
                if ((joint != ","sv && joint != "and"sv && joint != "or"sv) || q + 1 >= c.size() || !changeable(q + 1)) break;
                if (c[q + 1].direction == 0) c[q + 1].direction = c[k].direction;
                if (joint != ","sv) break;
            }
    }
}

// In a sentence that names no substance, two phrases stand for the one under
// discussion (the topic): people who report an effect ("Users have noted an
// uplift in mood"; the person chunk carries the topic, marked anaphoric), and
// its use as a clause's subject ("Long-term use can lead to tolerance"; the word
// becomes an anaphoric entity chunk).
void Chunker::mark_implicit_agents(AnalyzedSentence& s) const {
    // The article's substance, not the last one named: "Excessive use may cause liver
    // damage" after a sentence that warned about alcohol is about the article's herb.
    // (Before any substance was named there is none; a sentence may still name its own.)
    const bool has_topic = s.topic.has_value();
    const std::size_t topic = s.main_topic ? *s.main_topic : s.topic.value_or(0);
    auto names_substance = [&](std::size_t from, std::size_t to) {
        for (std::size_t k = from; k < to && k < s.chunks.size(); ++k)
            if (s.chunks[k].kind == ChunkKind::entity && !s.chunks[k].anaphoric &&
                s.entity(lexicon_, s.chunks[k].entity).type == EntityType::substance)
                return true;
        return false;
    };
    // "Regular consumption leads to tolerance to some of caffeine's effects": a substance
    // named after the use words does not stand for their subject.
    // ("Large overdoses may lead to coma": an overdose is the substance's use too.)
    // "Doses above about 400 mg per day may ...", "Intakes of 200 mg or more": the amount
    // after the use words says how much, and the use stays the clause's subject. Returns the
    // chunk after the amount, or `from` when none starts there.
    auto after_amount = [&](std::size_t from) {
        auto word = [&](std::size_t q) { return q < s.chunks.size() && s.chunks[q].kind == ChunkKind::word; };
        auto text = [&](std::size_t q) { return s.tokens[s.chunks[q].first].norm; };
        std::size_t q = from;  // "above", "more than", "of about", "up to"
        while (q < from + 3 && word(q) && !(text(q)[0] >= '0' && text(q)[0] <= '9')) ++q;
        if (!word(q) || !(text(q)[0] >= '0' && text(q)[0] <= '9') || !word(q + 1) ||
            !roles_.has(text(q + 1), WordRole::unit))
            return from;
        q += 2;
        if (word(q) && text(q) == "daily"sv) ++q;
        if (q + 1 < s.chunks.size() && text(q) == "or"sv && text(q + 1) == "more"sv) q += 2;
        if (word(q) && (text(q) == "per"sv || text(q) == "a"sv || text(q) == "each"sv)) q += 1;
        if (q > 0 && word(q) && (text(q - 1) == "per"sv || text(q - 1) == "a"sv || text(q - 1) == "each"sv) &&
            (text(q) == "day"sv || text(q) == "dose"sv || text(q) == "kg"sv || text(q) == "night"sv))
            ++q;
        return q;
    };
    // "too much", "too many", "more than recommended", "more than the recommended dose": an
    // amount past what is advised. Returns the chunk after it, or `q` when none starts there.
    auto after_excess = [&](std::size_t q) {
        auto text = [&](std::size_t i) {
            return i < s.chunks.size() && s.chunks[i].kind == ChunkKind::word ? s.tokens[s.chunks[i].first].norm
                                                                              : std::string_view();
        };
        auto advised = [](std::string_view w) { return w == "recommended"sv || w == "directed"sv || w == "prescribed"sv; };
        if (text(q) == "too"sv && (text(q + 1) == "much"sv || text(q + 1) == "many"sv)) return q + 2;
        if (text(q) != "more"sv || text(q + 1) != "than"sv) return q;
        if (advised(text(q + 2))) return q + 3;
        if (text(q + 2) == "the"sv && advised(text(q + 3)))
            return q + 4 + static_cast<std::size_t>(roles_.has(text(q + 4), WordRole::use));
        return q;
    };
    auto use_word = [&](std::size_t k) {
        const Chunk& c = s.chunks[k];
        const std::string_view w = s.tokens[c.last - 1].norm;  // ("Moderate doses" is one plain phrase)
        return (c.kind == ChunkKind::word && roles_.has(w, WordRole::use)) ||
               (c.kind == ChunkKind::entity && !c.anaphoric && roles_.has(w, WordRole::overdose)) ||
               // "Taking more than 400 mg a day may ...", "Taking more than recommended can
               // cause ...": taking an amount is the use too.
               (c.kind == ChunkKind::word && c.last == c.first + 1 && roles_.has(w, WordRole::intake) &&
                (after_amount(k + 1) > k + 1 || after_excess(k + 1) > k + 1));
    };
    // "- MAO inhibitors: Concomitant use ...": the label of a list item names the drugs
    // the use is together with (ClaimRules), not whose use it is.
    std::size_t& after_label = s.label_end;
    {
        std::size_t k = 0;
        while (k < s.chunks.size() && s.chunks[k].kind == ChunkKind::word &&
               s.tokens[s.chunks[k].first].kind == TokenKind::punct)
            ++k;
        const std::size_t first = k;
        while (k < s.chunks.size() && (s.chunks[k].kind == ChunkKind::entity || s.chunks[k].kind == ChunkKind::connector)) ++k;
        if (k > first && k < s.chunks.size() && s.chunks[k].kind == ChunkKind::boundary && s.tokens[s.chunks[k].first].norm == ":"sv)
            after_label = k + 1;
    }
    // (Only a use together: "- Alcohol: Heavy use can cause seizures" is alcohol's use.)
    auto together = [&](std::size_t k) {
        for (std::size_t q = k > 0 ? k - 1 : k; q <= k; ++q)
            for (std::size_t t = s.chunks[q].first; t < s.chunks[q].last; ++t)
                if (roles_.has(s.tokens[t].norm, WordRole::together)) return true;
        return false;
    };
    for (std::size_t k = 0; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (!has_topic || !use_word(k) || names_substance(together(k) ? after_label : 0, k)) continue;
        std::size_t start = k;  // back over a few modifiers to the clause's start
        // "Higher doses", "Reduced intake": a participle or comparative is a modifier here;
        // but in "Consistency in intake", "intake" is no head after a preposition.
        // ("Heavy or prolonged use": coordinated modifiers.)
        auto modifier = [&](const Chunk& m) {
            const std::string_view w = s.tokens[m.first].norm;
            // (A preposition is none: "Abrupt cessation after regular use" is about the cessation.)
            return ((m.kind == ChunkKind::word || m.kind == ChunkKind::predicate) && w != "in" && w != "of" &&
                    w != "for" && w != "with" && w != "on" && w != "after" && w != "before" && w != "during" &&
                    w != "from" && w != "without" && w != "by" && w != "to" && w != "at" && w != "that") ||
                   (m.kind == ChunkKind::connector && (w == "or" || w == "and"));
        };
        // (A hyphen inside a compound modifier is no word of its own: "Heavy or long-term use".)
        for (std::size_t words = 0; start > 0 && words < 4 && modifier(s.chunks[start - 1]);) {
            --start;
            if (s.tokens[s.chunks[start].first].norm != "-"sv) ++words;
        }
        // "Both doses reduced anxiety", "Neither dose increased sedation": a quantifier opens
        // the phrase ("neither" stays a denial of the clause).
        std::size_t opener = start;
        if (opener > 0 && ((s.chunks[opener - 1].kind == ChunkKind::connector &&
                            (s.tokens[s.chunks[opener - 1].first].norm == "both"sv ||
                             s.tokens[s.chunks[opener - 1].first].norm == "either"sv)) ||
                           (s.chunks[opener - 1].kind == ChunkKind::negation &&
                            s.tokens[s.chunks[opener - 1].first].norm == "neither"sv)))
            --opener;
        // ("One study found that a single dose improved attention": "that" after a verb opens
        // the clause it reports.)
        const bool opens_clause = opener == 0 || s.chunks[opener - 1].kind == ChunkKind::boundary ||
                                  (s.chunks[opener - 1].kind == ChunkKind::connector &&
                                   s.tokens[s.chunks[opener - 1].first].norm == ","sv) ||
                                  (opener >= 2 && s.chunks[opener - 1].kind == ChunkKind::word &&
                                   s.tokens[s.chunks[opener - 1].first].norm == "that"sv &&
                                   (s.chunks[opener - 2].kind == ChunkKind::word || s.chunks[opener - 2].kind == ChunkKind::hedge)) ||
                                  // ("There is no evidence that occasional use ... harms memory")
                                  (s.chunks[opener - 1].kind == ChunkKind::negation &&
                                   s.tokens[s.chunks[opener - 1].last - 1].norm == "that"sv) ||
                                  // ("Researchers say repeated use may cause ...": a report's verb
                                  // after the people who report, "that" left out.)
                                  (opener >= 2 && s.chunks[opener - 1].kind == ChunkKind::hedge &&
                                   s.chunks[opener - 2].kind == ChunkKind::person) ||
                                  fronted_phrase_before(s, opener);
        if (!opens_clause) continue;
        std::size_t v = k + 1;
        // "Chronic use, especially by injection, is linked to ...", "Long-term use, however,
        // can ...": an aside between commas stands between the use and its verb.
        std::size_t after_aside = k + 1;
        if (is_comma(s, k + 1)) {
            std::size_t e = k + 2;
            while (e < s.chunks.size() && e <= k + 9 && !is_comma(s, e) &&
                   s.chunks[e].kind != ChunkKind::predicate && s.chunks[e].kind != ChunkKind::relative &&
                   s.chunks[e].kind != ChunkKind::boundary)
                ++e;
            if (e > k + 2 && is_comma(s, e)) v = after_aside = e + 1;
        }
        // "Concomitant use with MAOIs, other serotonergic drugs (SSRIs, triptans) or linezolid
        // increases ...": what it is used with stands between the use and its verb.
        if (k + 2 < s.chunks.size() && s.chunks[k + 1].kind == ChunkKind::word && s.tokens[s.chunks[k + 1].first].norm == "with"sv &&
            s.chunks[k + 2].kind == ChunkKind::entity) {
            std::size_t e = k + 2, words = 0;
            while (e < s.chunks.size() && e <= k + 18 &&
                   (s.chunks[e].kind == ChunkKind::entity || s.chunks[e].kind == ChunkKind::connector ||
                    (s.chunks[e].kind == ChunkKind::word && ++words <= 4)))
                ++e;
            if (e > k + 2) v = after_aside = e;
        }
        if (v == k + 1) v = after_aside = after_amount(k + 1);
        if (v == k + 1) v = after_aside = after_excess(k + 1);
        // "Regular use several times a day can lead to ...", "occasional use at therapeutic doses
        // harms ...": how often, or at what doses, stands between the use and its verb.
        if (v == k + 1) {
            auto word_at = [&](std::size_t q) {
                return q < s.chunks.size() && s.chunks[q].kind == ChunkKind::word ? std::string_view(s.tokens[s.chunks[q].first].norm)
                                                                                  : std::string_view();
            };
            std::size_t q = k + 1;
            if (word_at(q) == "at"sv) {  // "at therapeutic doses": up to a word of use
                std::size_t e = q + 1;
                while (e <= q + 2 && !word_at(e).empty() && !roles_.has(word_at(e), WordRole::use)) ++e;
                if (roles_.has(word_at(e), WordRole::use)) v = after_aside = e + 1;
            } else {
                if (word_at(q) == "a"sv && word_at(q + 1) == "few"sv) ++q;
                const std::string_view how_many = word_at(q);
                if ((how_many == "several"sv || how_many == "many"sv || how_many == "multiple"sv || how_many == "few"sv ||
                     how_many == "two"sv || how_many == "three"sv) &&
                    word_at(q + 1) == "times"sv &&
                    (word_at(q + 2) == "a"sv || word_at(q + 2) == "per"sv || word_at(q + 2) == "each"sv) &&
                    roles_.has(word_at(q + 3), WordRole::time_unit))
                    v = after_aside = q + 4;
            }
        }
        // "A single intravenous infusion of a subanesthetic dose can ...": a use of a use is
        // the use; its verb follows the second.
        if (v == k + 1 && v + 1 < s.chunks.size() && s.chunks[v].kind == ChunkKind::word &&
            s.tokens[s.chunks[v].first].norm == "of"sv) {
            std::size_t e = v + 1;
            while (e < s.chunks.size() && e <= v + 3 && s.chunks[e].kind == ChunkKind::word && !use_word(e)) ++e;
            if (e < s.chunks.size() && e <= v + 3 && use_word(e)) v = after_aside = e + 1;
        }
        // ("Heavy use has been tied to ...": a link word is the verb; ClaimRules::is_be_link.
        // An adverb in the verb group is one word more: "has also been linked to".)
        std::size_t reach = after_aside + 2;
        // ("the tabs made me a bit nauseous": a verb of experience is the verb too.)
        auto experience_verb = [](std::string_view w) {
            return w == "made"sv || w == "makes"sv || w == "gave"sv || w == "gives"sv || w == "left"sv || w == "leaves"sv ||
                   w == "kept"sv || w == "keeps"sv;
        };
        while (v < s.chunks.size() && v <= reach && s.chunks[v].kind == ChunkKind::word &&
               !roles_.has(s.tokens[s.chunks[v].first].norm, WordRole::link) &&
               !(v == after_aside && experience_verb(s.tokens[s.chunks[v].first].norm))) {
            const std::string_view w = s.tokens[s.chunks[v].first].norm;
            if (reach == after_aside + 2 && (w == "also"sv || (w.size() > 4 && w.ends_with("ly")))) ++reach;
            ++v;
        }
        const bool link = v < s.chunks.size() && v <= reach && s.chunks[v].kind == ChunkKind::word;
        if (v >= s.chunks.size() || v > reach ||
            (!link &&
            (s.chunks[v].kind != ChunkKind::predicate && s.chunks[v].kind != ChunkKind::hedge &&
             s.chunks[v].kind != ChunkKind::negation)))
            continue;
        for (std::size_t m = start; m < k; ++m) s.chunks[m].kind = ChunkKind::word;  // modifiers, not verbs
        c.kind = ChunkKind::entity;
        c.entity = topic;
        // ("Each serving contains 100 mg of caffeine": a portion of the product the page
        // named is that product.)
        if (s.coined && roles_.has(s.tokens[c.last - 1].norm, WordRole::portion))
            if (auto product = Discourse::first_product_in(*s.coined, lexicon_.size())) c.entity = *product;
        c.anaphoric = true;
    }
    // "Ginkgo is generally well tolerated, but some people experience mild headaches":
    // people who report, after the one substance the sentence names, report of it.
    // ("some users report a euphoric high and a feeling of calm similar to benzodiazepines":
    // a name compared against is none the people report of.)
    auto compared_against = [&](std::size_t k) {
        if (k == 0) return false;
        // ("effects often compared with those of alcohol": past "those of".)
        if (k >= 3 && s.tokens[s.chunks[k - 1].last - 1].norm == "of"sv && s.tokens[s.chunks[k - 2].first].norm == "those"sv)
            k -= 2;
        const std::string_view w = s.tokens[s.chunks[k - 1].last - 1].norm;
        if (w == "like"sv || w == "than"sv || roles_.has(w, WordRole::contrast)) return true;
        if (k < 2 || (w != "to"sv && w != "with"sv)) return false;
        const std::string_view a = s.tokens[s.chunks[k - 2].last - 1].norm;
        return a == "similar"sv || a == "compared"sv || a == "comparable"sv || a == "identical"sv ||
               (w == "with"sv && (a == "like"sv || a == "than"sv));  // "like with opioids"
    };
    // "since the formula contains no melatonin or sedating antihistamines": a name the text
    // says is left out (after "no", or in a list that "no" opens) is none the people took.
    auto left_out = [&](std::size_t k) {
        for (std::size_t j = k; j > 0 && k - j < 6; --j) {
            const Chunk& b = s.chunks[j - 1];
            if ((b.kind == ChunkKind::word || b.kind == ChunkKind::negation) && roles_.has(s.tokens[b.first].norm, WordRole::absence))
                return true;
            if (b.kind != ChunkKind::word && b.kind != ChunkKind::connector && b.kind != ChunkKind::entity) return false;
            if (b.kind == ChunkKind::word && s.tokens[b.first].kind != TokenKind::word) return false;
        }
        return false;
    };
    std::optional<std::size_t> only_named;
    std::size_t named_at = 0;
    bool several = false;
    for (std::size_t k = 0; k < s.chunks.size(); ++k) {
        const Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::entity || c.anaphoric || s.entity(lexicon_, c.entity).type != EntityType::substance ||
            compared_against(k) || left_out(k))
            continue;
        if (!only_named) {
            only_named = c.entity;
            named_at = k;
        } else if (*only_named != c.entity &&
                   !(s.chunks[k - 1].kind == ChunkKind::predicate &&
                     (named_at == 0 || s.chunks[named_at - 1].kind != ChunkKind::predicate))) {
            // ("Cordyceps increases ATP, which could explain why people feel energized": what
            // the named substance acts on is no second substance the people could report of.)
            several = true;
        }
    }
    // "Naturally rich in fulvic acid, humic acid and trace minerals", "Packed with
    // antioxidants": a label's line that opens on what the product holds names what it holds.
    bool opens_on_holding = false;
    for (std::size_t k = 0; k < s.chunks.size() && k < 3; ++k) {
        const Chunk& c = s.chunks[k];
        if (c.kind == ChunkKind::word && s.tokens[c.first].norm.ends_with("ly")) continue;
        opens_on_holding = c.kind == ChunkKind::predicate && !c.cue.verb && c.cue.cls == CueClass::predicate &&
                           c.cue.predicate == Predicate::contains;
        break;
    }
    // ("Standardised to crocin and safranal, the two compounds most studied in saffron research,
    // our saffron extract has been shown ...": unless a substance opens the main clause after
    // the comma, with "our" or "the" before it or none; it holds them.)
    auto main_clause_substance = [&] {
        auto comma = [&](std::size_t j) {
            return s.chunks[j].kind == ChunkKind::connector && s.tokens[s.chunks[j].first].norm == ","sv;
        };
        for (std::size_t k = 1; k < s.chunks.size(); ++k) {
            const Chunk& c = s.chunks[k];
            if (c.kind == ChunkKind::boundary || c.kind == ChunkKind::relative) return false;
            if (c.kind != ChunkKind::entity || c.anaphoric || s.entity(lexicon_, c.entity).type != EntityType::substance)
                continue;
            // (Its verb follows: "including iron, zinc and magnesium" goes on with the list.)
            const bool verb_after = k + 1 < s.chunks.size() && [&](const Chunk& v) {
                if (v.kind == ChunkKind::predicate || v.kind == ChunkKind::hedge) return true;
                const Norm& a = s.tokens[v.first].norm;
                return v.kind == ChunkKind::word && (a == "has"sv || a == "is"sv || a == "was"sv || a == "can"sv ||
                                                     a == "may"sv || a == "will"sv || a == "helps"sv);
            }(s.chunks[k + 1]);
            if (!verb_after) continue;
            const std::size_t before = k - 1;
            if (comma(before)) return true;
            const Norm& w = s.tokens[s.chunks[before].first].norm;
            if (before > 0 && s.chunks[before].kind == ChunkKind::word && comma(before - 1) &&
                (w == "our"sv || w == "the"sv || w == "this"sv))
                return true;
        }
        return false;
    };
    if (opens_on_holding) {
        if (has_topic && !main_clause_substance()) insert_implicit_agent(s, 0, topic);
        return;
    }
    if ((only_named && several) || (!only_named && !has_topic)) return;
    // "It may also modulate serotonin and GABA, which could explain why many users feel
    // calmer": with no name of its own, a sentence whose pronoun points to a substance is
    // about that one, not the page's topic (on a page about several herbs they differ).
    // (std::optional's "maybe uninitialized" false alarm in g++ 12 at -O2 rules it out here;
    // found only when a person reports, which few sentences have.)
    constexpr std::size_t kNoOne = static_cast<std::size_t>(-1);
    auto pointed_to = [&]() {
        std::size_t found = kNoOne;
        for (const Chunk& c : s.chunks)
            if (c.kind == ChunkKind::entity && c.anaphoric && s.entity(lexicon_, c.entity).type == EntityType::substance) {
                if (found != kNoOne && found != c.entity) return kNoOne;
                found = c.entity;
            }
        return found;
    };
    // "Lots of people feel groggy after taking melatonin": people who report what came after
    // taking a named substance (or hormone) report of it, not of the topic; the rule for
    // "after" gives it the outcomes. (Looked for only once a person reports.)
    auto after_taking_named = [&]() {
        for (std::size_t k = 0; k + 1 < s.chunks.size(); ++k) {
            if (s.chunks[k].kind != ChunkKind::word) continue;
            const std::string_view w = s.tokens[s.chunks[k].first].norm;
            if (w != "after"sv && w != "following"sv) continue;
            std::size_t e = k + 1;
            while (e < s.chunks.size() && e <= k + 3 && s.chunks[e].kind == ChunkKind::word &&
                   (roles_.has(s.tokens[s.chunks[e].first].norm, WordRole::intake) ||
                    s.tokens[s.chunks[e].first].norm == "a"sv || s.tokens[s.chunks[e].first].norm == "the"sv))
                ++e;
            if (e > k + 1 && e < s.chunks.size() && s.chunks[e].kind == ChunkKind::entity && !s.chunks[e].anaphoric) {
                const EntityType t = s.entity(lexicon_, s.chunks[e].entity).type;
                if (t == EntityType::substance || t == EntityType::hormone) return true;
            }
        }
        return false;
    };
    auto reports = [&](std::size_t k) {
        if (k >= s.chunks.size()) return false;
        return roles_.has(s.tokens[s.chunks[k].first].norm, WordRole::report);
    };
    // "I felt way less anxious on kratom": people who report what they felt on (or with,
    // or from) the one substance the sentence names report of it, though it comes after.
    const bool on_named = only_named && named_at > 0 && s.chunks[named_at - 1].kind == ChunkKind::word &&
                          (s.tokens[s.chunks[named_at - 1].first].norm == "on"sv ||
                           s.tokens[s.chunks[named_at - 1].first].norm == "from"sv);
    // An adverb's chunk between a quantifier and its verb: "Many also report marked anxiety".
    auto adverb = [&](std::size_t q) {
        if (q >= s.chunks.size() || s.chunks[q].kind != ChunkKind::word || s.chunks[q].last != s.chunks[q].first + 1)
            return false;
        const std::string_view w = s.tokens[s.chunks[q].first].norm;
        return w == "also"sv || w == "often"sv || w == "still"sv || w.ends_with("ly");
    };
    for (std::size_t k = only_named && !on_named ? named_at + 1 : 0; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        // "but some notice dizziness", "many report better sleep": a quantifier standing alone
        // before a verb of reporting is people (past an adverb too).
        if (c.kind == ChunkKind::word && c.last == c.first + 1 && k + 1 < s.chunks.size() &&
            roles_.has(s.tokens[c.first].norm, WordRole::people_quantifier) &&
            (reports(k + 1) || (adverb(k + 1) && reports(k + 2))))
            c.kind = ChunkKind::person;
        // "Case reports describe hyperthermia, ... and seizures after heavy use": the reports
        // speak as people who report do.
        if (c.kind == ChunkKind::hedge && k > 0 && k + 1 < s.chunks.size() && s.tokens[c.first].norm == "reports"sv &&
            s.chunks[k - 1].kind == ChunkKind::word && s.tokens[s.chunks[k - 1].first].norm == "case"sv && reports(k + 1))
            c.kind = ChunkKind::person;
        if (c.kind != ChunkKind::person) continue;
        // ("Kratom users report less anxiety": the name's own people report of it too.)
        std::size_t v = k + 1;
        // ("so many people (me included!) feel more energized": past a bracketed aside.)
        if (v < s.chunks.size() && s.chunks[v].kind == ChunkKind::connector && s.tokens[s.chunks[v].first].norm == "("sv)
            for (std::size_t q = v + 1; q < s.chunks.size() && q <= v + 6; ++q)
                if (s.chunks[q].kind == ChunkKind::connector && s.tokens[s.chunks[q].first].norm == ")"sv) {
                    v = q + 1;
                    break;
                }
        const std::size_t after_person = v;
        while (v < s.chunks.size() && v <= after_person + 2 && !reports(v)) {
            // ("Users may experience dizziness", "users can suffer seizures": past a modal. Not
            // after an opening "By ...": "By practicing responsible usage, individuals can
            // experience greater well-being" says what the practice brings.)
            if (s.chunks[v].kind == ChunkKind::hedge && s.chunks[v].last == s.chunks[v].first + 1 &&
                s.tokens.front().norm != "by"sv) {
                ++v;
                continue;
            }
            // ("You won't feel groggy", "I didn't feel groggy": past a denial, which denies the claim.)
            if (s.chunks[v].kind == ChunkKind::negation && s.chunks[v].last <= s.chunks[v].first + 3 &&
                s.tokens.front().norm != "by"sv) {
                ++v;
                continue;
            }
            if (s.chunks[v].kind != ChunkKind::word) break;
            const std::string_view w = s.tokens[s.chunks[v].first].norm;
            // "Users typically describe", "I do feel calmer", "I still feel", "you will feel"
            if (w != "have"sv && w != "has"sv && w != "also"sv && w != "often"sv && w != "do"sv && w != "did"sv && w != "will"sv &&
                w != "does"sv && w != "still"sv && w != "now"sv && w != "always"sv && !w.ends_with("ly"))
                break;
            ++v;
        }
        // "Cannabis users had higher rates of psychosis", "Kratom users showed ...": a
        // substance's own people, and what they had or showed.
        const bool own = k > 0 && s.chunks[k - 1].kind == ChunkKind::entity && !s.chunks[k - 1].anaphoric &&
                         s.entity(lexicon_, s.chunks[k - 1].entity).type == EntityType::substance;
        const bool had = own && v < s.chunks.size() && s.chunks[v].kind == ChunkKind::word &&
                         (s.tokens[s.chunks[v].first].norm == "had"sv || s.tokens[s.chunks[v].first].norm == "have"sv ||
                          s.tokens[s.chunks[v].first].norm == "has"sv || s.tokens[s.chunks[v].first].norm == "showed"sv ||
                          s.tokens[s.chunks[v].first].norm == "show"sv);
        // "I have way less anxiety now", "I'm less anxious": the writer with less or more of
        // an outcome reports a change (a comparative says so; "I have anxiety" says nothing).
        auto i_changed = [&]() {
            if (!roles_.has(s.tokens[c.first].norm, WordRole::first_person)) return false;
            std::size_t q = k + 1;
            while (q < s.chunks.size() && q <= k + 5 && s.chunks[q].kind == ChunkKind::word) {
                const std::string_view w = s.tokens[s.chunks[q].first].norm;
                if (w == "less"sv || w == "fewer"sv || w == "more"sv)
                    return q + 1 < s.chunks.size() && s.chunks[q + 1].kind == ChunkKind::entity && !s.chunks[q + 1].anaphoric &&
                           s.entity(lexicon_, s.chunks[q + 1].entity).type == EntityType::condition;
                if (w != "have"sv && w != "had"sv && w != "'"sv && w != "m"sv && w != "am"sv && w != "now"sv &&
                    w != "get"sv && w != "got"sv && !roles_.has(w, WordRole::filler))
                    return false;
                ++q;
            }
            return false;
        };
        if ((!reports(v) && !had && !i_changed()) || after_taking_named()) continue;
        const std::size_t pointed = had || only_named ? kNoOne : pointed_to();
        c.entity = had ? s.chunks[k - 1].entity : only_named ? *only_named : pointed != kNoOne ? pointed : topic;
        c.anaphoric = true;
    }
    // (A sentence that names a substance names its own subject, except where it opens
    // with a verb: "Contains less than 0.3% THC.", "Boosts caffeine's effects." name the
    // verb's object.)
    if (!only_named) {
        // "Diazepam acts on GABA-A receptors. This strengthens the effect of GABA": "This" right
        // before a verb stands for what the sentence before did, whose doer is its substance.
        // So do "These adaptations" and "This effect": a demonstrative and a noun of change.
        // ("Because these symptoms are common in fibromyalgia, these actions could relieve
        // pain": so after a fronted clause of reason or time, at its comma, when that clause
        // states no effect of its own, whose subject the rules would look for after it.)
        std::size_t d = 0;
        if (s.chunks.size() > 4 && s.chunks[0].kind == ChunkKind::boundary) {
            const std::string_view w = s.tokens[s.chunks[0].first].norm.view();
            if (w == "because"sv || w == "since"sv || w == "although"sv || w == "while"sv || w == "when"sv || w == "if"sv)
                for (std::size_t k = 1; k + 2 < s.chunks.size() && k < 16; ++k) {
                    if (s.chunks[k].kind == ChunkKind::predicate) break;
                    if (s.chunks[k].kind == ChunkKind::connector && s.tokens[s.chunks[k].first].norm == ","sv) {
                        d = k + 1;
                        break;
                    }
                }
        }
        if (s.topic && s.chunks.size() > d + 2 && s.chunks[d].kind == ChunkKind::word && s.chunks[d].last == s.chunks[d].first + 1 &&
            (s.tokens[s.chunks[d].first].norm == "this"sv || s.tokens[s.chunks[d].first].norm == "these"sv)) {
            static constexpr std::string_view kChanges[] = {"effect",      "effects",     "change",    "changes",
                                                            "adaptation",  "adaptations", "action",    "actions",
                                                            "alteration",  "alterations", "mechanism", "mechanisms"};
            std::size_t v = d + 1;
            if (s.chunks[d + 1].kind == ChunkKind::word &&
                std::find(std::begin(kChanges), std::end(kChanges), s.tokens[s.chunks[d + 1].first].norm) != std::end(kChanges)) {
                v = d + 2;  // past "are believed to", "may", "can", "could plausibly"
                while (v < s.chunks.size() && v < d + 7 &&
                       (s.chunks[v].kind == ChunkKind::hedge ||
                        (s.chunks[v].kind == ChunkKind::word &&
                         (s.tokens[s.chunks[v].first].norm == "are"sv || s.tokens[s.chunks[v].first].norm == "is"sv ||
                          s.tokens[s.chunks[v].first].norm == "to"sv || s.tokens[s.chunks[v].first].norm == "also"sv ||
                          (s.tokens[s.chunks[v].first].kind == TokenKind::word &&
                           s.tokens[s.chunks[v].first].norm.view().ends_with("ly"))))))
                    ++v;
            } else if (s.tokens[s.chunks[d].first].norm != "this"sv) {
                v = s.chunks.size();
            }
            if (v < s.chunks.size() && s.chunks[v].kind == ChunkKind::predicate && s.chunks[v].cue.verb &&
                s.chunks[v].cue.cls == CueClass::predicate) {
                s.chunks[d].kind = ChunkKind::entity;
                s.chunks[d].entity = *s.topic;
                s.chunks[d].anaphoric = true;
                return;
            }
        }
        // "Blockade of presynaptic A1 receptors also facilitates the release of ...", in an
        // article about caffeine: an action named as a noun that opens a sentence naming no
        // substance is the article's substance's action. (The topic is put before the noun,
        // where the noun's subject and the verb's stand.)
        // (Not activation: "Activation of kappa-opioid receptors reduces the release of
        // dopamine" says what the receptors do, and most annotators make them the subject.)
        auto activation = [&](const Chunk& c) {
            const std::string_view w = s.tokens[c.first].norm.view();
            return w.starts_with("activat") || w.starts_with("stimulat");
        };
        if (!s.chunks.empty() && s.chunks[0].kind == ChunkKind::predicate && !s.chunks[0].cue.verb &&
            !s.chunks[0].cue.agent && s.tokens[s.chunks[0].last - 1].norm == "of"sv && !activation(s.chunks[0]) &&
            (s.chunks[0].cue.predicate == Predicate::increases || s.chunks[0].cue.predicate == Predicate::decreases)) {
            insert_implicit_agent(s, 0, topic);
            return;
        }
        // "Blocking histamine in the skin relieves itching", in a leaflet about hydroxyzine: so
        // is an action named by a gerund on a messenger or receptor, when a verb follows.
        if (s.chunks.size() > 3 && s.chunks[0].kind == ChunkKind::predicate && s.chunks[0].cue.verb &&
            s.chunks[0].last == s.chunks[0].first + 1 && s.tokens[s.chunks[0].first].norm.ends_with("ing") &&
            !activation(s.chunks[0]) &&
            (s.chunks[0].cue.predicate == Predicate::increases || s.chunks[0].cue.predicate == Predicate::decreases) &&
            s.chunks[1].kind == ChunkKind::entity && !s.chunks[1].anaphoric) {
            const EntityType t = s.entity(lexicon_, s.chunks[1].entity).type;
            const bool acted_on = t == EntityType::neurotransmitter || t == EntityType::receptor || t == EntityType::enzyme ||
                                  t == EntityType::transporter;
            bool verb_after = false;
            for (std::size_t k = 2; k < s.chunks.size() && k < 9 && !verb_after; ++k) {
                if (s.chunks[k].kind == ChunkKind::boundary || s.chunks[k].kind == ChunkKind::relative ||
                    (s.chunks[k].kind == ChunkKind::connector && s.tokens[s.chunks[k].first].norm == ","sv))
                    break;
                verb_after = s.chunks[k].kind == ChunkKind::predicate && s.chunks[k].cue.verb &&
                             !s.tokens[s.chunks[k].first].norm.ends_with("ing");
            }
            if (acted_on && verb_after) {
                insert_implicit_agent(s, 0, topic);
                return;
            }
        }
    }
    // Product pages and leaflets drop the subject: "Supports a healthy mood and relieves
    // occasional sleeplessness." A sentence that opens with a verb in the third person
    // (hedges before it allowed: "May reduce stress") states an effect of the topic.
    // The subject is an entity chunk over the verb's own first token, so that every
    // rule finds it where a subject stands.
    // Also behind an adverb or a lead-in ("Clinically proven to improve focus").
    // "1. Lifts Low Mood", "2) Eases anxiety": a number opens a list item or a heading.
    std::size_t numbered = 0;
    if (s.chunks.size() > 2 && s.tokens[s.chunks[0].first].kind == TokenKind::number &&
        (s.tokens[s.chunks[1].first].norm == "."sv || s.tokens[s.chunks[1].first].norm == ")"sv))
        numbered = 2;
    else {
        // A review's stars ("★★★★☆ Helps my anxiety"), a tick or a bullet sign open a line as a
        // number does.
        while (numbered < s.chunks.size() && numbered < 8 && s.chunks[numbered].kind == ChunkKind::word &&
               s.tokens[s.chunks[numbered].first].kind == TokenKind::punct &&
               static_cast<unsigned char>(s.tokens[s.chunks[numbered].first].norm.view()[0]) >= 0x80 &&
               s.tokens[s.chunks[numbered].first].norm != "\u201c"sv)
            ++numbered;
        // A label ("Caution: May cause drowsiness.", "Warning: ...") opens a line as a number does.
        if (numbered == 0 && s.chunks.size() > 3)
            for (std::size_t q = 1; q <= 2; ++q)
                if (s.tokens[s.chunks[q].first].norm == ":"sv) {
                    bool words = true;
                    for (std::size_t r = 0; r < q; ++r)
                        words = words && s.chunks[r].kind == ChunkKind::word && s.tokens[s.chunks[r].first].kind == TokenKind::word;
                    if (words) numbered = q + 1;
                    break;
                }
        // A review quoted on a product page: '"Takes the edge off my anxiety at work ..."'.
        if (s.chunks.size() > numbered + 1 && s.chunks[numbered].kind == ChunkKind::word &&
            (s.tokens[s.chunks[numbered].first].norm == "\""sv ||
             s.tokens[s.chunks[numbered].first].norm == "\u201c"sv))
            ++numbered;
    }
    std::size_t v = numbered;
    while (v < s.chunks.size() && v < numbered + 4 &&
           (s.chunks[v].kind == ChunkKind::hedge ||
            (s.chunks[v].kind == ChunkKind::word && (s.tokens[s.chunks[v].first].norm.ends_with("ly") ||
                                                     roles_.has(s.tokens[s.chunks[v].first].norm, WordRole::lead_in)))))
        ++v;
    // A bullet may also open with what the product is, a property word, denied or not:
    // "Non-habit forming and gentle on the stomach", "Anxiolytic and calming".
    std::size_t p = v;
    if (p < s.chunks.size() && s.chunks[p].kind == ChunkKind::negation) ++p;
    if (p < s.chunks.size() && p > v && s.tokens[s.chunks[p].first].norm == "-"sv) ++p;  // "non-"
    const bool property = p < s.chunks.size() && s.chunks[p].kind == ChunkKind::predicate &&
                          !s.chunks[p].cue.fixed_target.empty();
    if (property) {
        if (only_named) return;
        v = p;
    } else {
        // (An irregular past is a phrase of the cue file, not a verb line: "also gave me anxiety".)
        auto irregular_past = [](std::string_view w) { return w == "gave"sv || w == "caused"sv || w == "made"sv; };
        if (v >= s.chunks.size() || s.chunks[v].kind != ChunkKind::predicate ||
            !(s.chunks[v].cue.verb || irregular_past(s.tokens[s.chunks[v].first].norm)) ||
            s.chunks[v].cue.cls != CueClass::predicate)
            return;
        const std::string_view verb = s.tokens[s.chunks[v].first].norm;
        const bool third_person = verb.size() > 3 && verb.ends_with('s') && !verb.ends_with("ss");
        // "Definitely reduced my anxiety.", "Helped a lot with sleep": a forum drops "it" before
        // a past tense as a product page does before the third person. (A bare form is an
        // imperative: "Reduce your anxiety today!")
        const bool past = (verb.size() > 4 && verb.ends_with("ed")) || irregular_past(verb);
        if (!(third_person || past || v > numbered)) return;
    }
    // The article's subject, not the last substance named: a product page's bullets
    // are about the product, whatever the bullet before compared it with.
    // (Before any substance is named there is none: "It's mood-boosting" on a page's second
    // line had read an empty topic.)
    if (!s.main_topic && !s.topic) return;
    insert_implicit_agent(s, numbered, s.main_topic ? *s.main_topic : *s.topic);
}

}  // namespace claimgraph::extract
