#include <algorithm>

#include "claimgraph/extract/extractor.hpp"

namespace claimgraph::extract {

using namespace std::string_view_literals;
namespace {

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

}  // namespace

void Discourse::begin_sentence() {
    if (sentence_first_substance_) previous_first_substance_ = sentence_first_substance_;
    sentence_first_substance_.reset();
    // Swapped, not moved, so that both vectors keep their capacity.
    for (std::size_t t = 0; t < kTypes; ++t)
        if (!sentence_of_type_[t].empty()) group_of_type_[t].swap(sentence_of_type_[t]), sentence_of_type_[t].clear();
    previous_members_.clear();
    if (sentence_constituent_) previous_members_.swap(sentence_substances_);
    sentence_substances_.clear();
    sentence_constituent_ = false;
}

void Discourse::saw(std::size_t entity, EntityType type, bool anaphoric, bool salient) {
    const auto t = static_cast<std::size_t>(type);
    last_of_type_[t] = entity;
    auto note = [entity](std::vector<std::size_t>& group) {
        if (std::find(group.begin(), group.end(), entity) == group.end()) group.push_back(entity);
    };
    if (type != EntityType::substance && type != EntityType::condition && type != EntityType::other) {
        note(sentence_of_type_[t]);
        note(sentence_of_type_[kMessengers]);
    }
    if (type == EntityType::hormone && salient && !anaphoric) ++hormone_mentions_[entity];
    if (type != EntityType::substance || !salient) return;
    if (!sentence_first_substance_) sentence_first_substance_ = entity;
    if (!anaphoric) {
        ++substance_mentions_[entity];
        note(sentence_substances_);
    }
}

std::optional<std::size_t> Discourse::referent(EntityType type) const {
    if (type != EntityType::substance) return last_of_type_[static_cast<std::size_t>(type)];
    if (sentence_first_substance_) return sentence_first_substance_;
    if (previous_first_substance_) return previous_first_substance_;
    std::optional<std::size_t> best;
    std::size_t most = 0;
    for (auto [entity, n] : substance_mentions_)
        if (n > most) best = entity, most = n;
    // An article about a hormone taken as a supplement (melatonin) names no other
    // substance: the hormone it names most is what it discusses.
    if (!best)
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

std::vector<std::size_t> Discourse::referents(EntityType type) const {
    const auto t = static_cast<std::size_t>(type);
    if (type == EntityType::substance || type == EntityType::condition) {
        auto one = referent(type);
        return one ? std::vector<std::size_t>{*one} : std::vector<std::size_t>{};
    }
    return sentence_of_type_[t].empty() ? group_of_type_[t] : sentence_of_type_[t];
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
    tokenize_into(text, sentence, s.tokens);
    lexicon_.match_into(s.tokens, s.mentions);
    cues_.word_ids(s.tokens, s.cue_words);
    s.chunks.clear();
    s.chunks.reserve(s.tokens.size());
    const auto& tok = s.tokens;
    discourse.begin_sentence();
    s.topic = discourse.referent(EntityType::substance);
    if (!tok.empty() && tok.back().norm == "?"sv) s.makes_claims = false;

    std::size_t next_mention = 0;
    std::size_t i = 0;
    auto push_entity = [&](std::size_t first, std::size_t last, std::size_t entity, bool anaphoric) {
        Chunk c;
        c.kind = ChunkKind::entity;
        c.first = first;
        c.last = last;
        c.entity = entity;
        c.anaphoric = anaphoric;
        s.chunks.push_back(c);
        // "Unlike SSRIs, it ...", "more than placebo": a name in a contrast is not what "it" points to.
        const std::string_view before = first > 0 ? std::string_view(tok[first - 1].norm) : std::string_view();
        const bool contrast = !before.empty() && roles_.has(before, WordRole::contrast);
        discourse.saw(entity, lexicon_.entity(entity).type, anaphoric, !contrast);
    };
    while (i < tok.size()) {
        if (next_mention < s.mentions.size() && s.mentions[next_mention].first == i) {
            const Mention& m = s.mentions[next_mention++];
            // "opioid-like properties" likens something to the entity; it does not name it.
            if (m.last + 1 < tok.size() && tok[m.last].norm == "-"sv && tok[m.last + 1].norm == "like"sv) {
                s.chunks.push_back({ChunkKind::word, m.first, m.last + 2, 0, false, {}});
                i = m.last + 2;
                continue;
            }
            push_entity(m.first, m.last, m.entity, false);
            i = m.last;
            continue;
        }
        const std::size_t mention_start =
            next_mention < s.mentions.size() ? s.mentions[next_mention].first : tok.size();
        const Cue* cue = cues_.match_at(s.cue_words, i);
        if (cue && i + cue->words > mention_start) cue = nullptr;  // a cue never swallows an entity
        if (!cue) {
            s.chunks.push_back({ChunkKind::word, i, i + 1, 0, false, {}});
            ++i;
            continue;
        }
        std::size_t end = i + cue->words;
        // "nor-binaltorphimine", "no-reflow": a negation word hyphenated to the next is part of a name.
        if (cue->cls == CueClass::negation && end < tok.size() && tok[end].norm == "-"sv &&
            tok[end].span.start == tok[end - 1].span.end) {
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
            i = end;
            continue;
        }
        // "the balance of", "an impact": after a determiner a verb form is a noun.
        // ("its" and "their" are anaphors, and determiners too.)
        const bool after_determiner =
            !s.chunks.empty() &&
            ((s.chunks.back().kind == ChunkKind::word && s.chunks.back().cue.cls == CueClass::determiner) ||
             (s.chunks.back().anaphoric && (tok[s.chunks.back().last - 1].norm == "its"sv ||
                                            tok[s.chunks.back().last - 1].norm == "their"sv)));
        // A participle stays a predicate: "an increased risk of psychosis".
        const bool participle = tok[i].norm.ends_with("ed");
        if (cue->verb && after_determiner && !participle) {
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
                                         (next->cls == CueClass::predicate && next->verb)));
            }
            if (stands_alone) {
                if (auto referent = discourse.referent(EntityType::substance)) {
                    push_entity(i, end, *referent, true);
                    i = end;
                    continue;
                }
            }
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, *cue});
            i = end;
            continue;
        }
        if (cue->cls == CueClass::advice || cue->cls == CueClass::question) {
            // "Do not" opens advice; inside a sentence it denies: "the products do not cure anxiety".
            if (!s.chunks.empty() && (tok[end - 1].norm == "not"sv || tok[end - 1].norm == "t"sv)) {
                Cue negation;
                negation.cls = CueClass::negation;
                negation.words = end - i;
                s.chunks.push_back({ChunkKind::negation, i, end, 0, false, negation});
                i = end;
                continue;
            }
            if (s.chunks.empty()) s.makes_claims = false;
            s.chunks.push_back({ChunkKind::word, i, end, 0, false, {}});
            i = end;
            continue;
        }
        if (cue->cls == CueClass::anaphor || cue->cls == CueClass::constituent) {
            EntityType want = cue->cls == CueClass::anaphor ? cue->referent : EntityType::substance;
            // "its (varying) alkaloid content": a possessive and the constituent it owns are one phrase.
            if (cue->cls == CueClass::anaphor && cue->words == 1 && (tok[i].norm == "its"sv || tok[i].norm == "their"sv)) {
                for (std::size_t j = i + 1; j < std::min(i + 4, mention_start); ++j) {
                    auto c2 = cues_.match_at(s.cue_words, j);
                    if (c2 && c2->cls == CueClass::constituent && j + c2->words <= mention_start) {
                        end = j + c2->words;
                        break;
                    }
                }
            }
            const bool constituent = cue->cls == CueClass::constituent || end > i + cue->words;
            if (constituent) discourse.saw_constituent();
            // "these receptors", "these levels": all that the nearest sentence naming them named.
            const bool plural = tok[i].norm == "these"sv || tok[i].norm == "those"sv;
            if (plural && cue->cls == CueClass::anaphor && want != EntityType::substance) {
                const std::vector<std::size_t> group = discourse.referents(want);
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
            std::optional<std::size_t> referent = discourse.referent(want);
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
        if (kind == ChunkKind::relative && tok[i].norm == "that"sv) {
            // "that" opens a relative clause only right after a noun we know;
            // elsewhere it is a complementizer ("suggests that ...").
            std::size_t k = s.chunks.size();
            while (k > 0 && s.chunks[k - 1].kind == ChunkKind::connector && tok[s.chunks[k - 1].first].norm == ","sv) --k;
            if (k == 0 || s.chunks[k - 1].kind != ChunkKind::entity) kind = ChunkKind::word;
        }
        s.chunks.push_back({kind, i, end, 0, false, *cue});
        i = end;
    }
    mark_implicit_agents(s);
}

// In a sentence that names no substance, two phrases stand for the one under
// discussion (the topic): people who report an effect ("Users have noted an
// uplift in mood"; the person chunk carries the topic, marked anaphoric), and
// its use as a clause's subject ("Long-term use can lead to tolerance"; the word
// becomes an anaphoric entity chunk).
void Chunker::mark_implicit_agents(AnalyzedSentence& s) const {
    if (!s.topic) return;
    for (const Chunk& c : s.chunks)
        if (c.kind == ChunkKind::entity && !c.anaphoric && lexicon_.entity(c.entity).type == EntityType::substance) return;
    auto reports = [&](std::size_t k) {
        if (k >= s.chunks.size()) return false;
        return roles_.has(s.tokens[s.chunks[k].first].norm, WordRole::report);
    };
    for (std::size_t k = 0; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::word || !roles_.has(s.tokens[c.first].norm, WordRole::use)) continue;
        std::size_t start = k;  // back over a few modifiers to the clause's start
        // "Higher doses", "Reduced intake": a participle or comparative is a modifier here;
        // but in "Consistency in intake", "intake" is no head after a preposition.
        auto modifier = [&](const Chunk& m) {
            const std::string_view w = s.tokens[m.first].norm;
            return (m.kind == ChunkKind::word || m.kind == ChunkKind::predicate) && w != "in" && w != "of" &&
                   w != "for" && w != "with" && w != "on";
        };
        while (start > 0 && k - start < 3 && modifier(s.chunks[start - 1])) --start;
        const bool opens_clause = start == 0 || s.chunks[start - 1].kind == ChunkKind::boundary ||
                                  (s.chunks[start - 1].kind == ChunkKind::connector &&
                                   s.tokens[s.chunks[start - 1].first].norm == ","sv);
        if (!opens_clause) continue;
        std::size_t v = k + 1;
        while (v < s.chunks.size() && v <= k + 3 && s.chunks[v].kind == ChunkKind::word) ++v;
        if (v >= s.chunks.size() || v > k + 3 ||
            (s.chunks[v].kind != ChunkKind::predicate && s.chunks[v].kind != ChunkKind::hedge &&
             s.chunks[v].kind != ChunkKind::negation))
            continue;
        for (std::size_t m = start; m < k; ++m) s.chunks[m].kind = ChunkKind::word;  // modifiers, not verbs
        c.kind = ChunkKind::entity;
        c.entity = *s.topic;
        c.anaphoric = true;
    }
    for (std::size_t k = 0; k < s.chunks.size(); ++k) {
        Chunk& c = s.chunks[k];
        if (c.kind != ChunkKind::person) continue;
        std::size_t v = k + 1;
        while (v < s.chunks.size() && v <= k + 3 && s.chunks[v].kind == ChunkKind::word && !reports(v)) {
            const std::string_view w = s.tokens[s.chunks[v].first].norm;
            if (w != "have"sv && w != "has"sv && w != "also"sv && w != "often"sv && w != "commonly"sv &&
                w != "frequently"sv)
                break;
            ++v;
        }
        if (!reports(v)) continue;
        c.entity = *s.topic;
        c.anaphoric = true;
    }
    // Product pages and leaflets drop the subject: "Supports a healthy mood and relieves
    // occasional sleeplessness." A sentence that opens with a verb in the third person
    // (hedges before it allowed: "May reduce stress") states an effect of the topic.
    // The subject is an entity chunk over the verb's own first token, so that every
    // rule finds it where a subject stands.
    // Also behind an adverb or a lead-in ("Clinically proven to improve focus").
    std::size_t v = 0;
    while (v < s.chunks.size() && v < 4 &&
           (s.chunks[v].kind == ChunkKind::hedge ||
            (s.chunks[v].kind == ChunkKind::word && (s.tokens[s.chunks[v].first].norm.ends_with("ly") ||
                                                     roles_.has(s.tokens[s.chunks[v].first].norm, WordRole::lead_in)))))
        ++v;
    if (v >= s.chunks.size() || s.chunks[v].kind != ChunkKind::predicate || !s.chunks[v].cue.verb ||
        s.chunks[v].cue.cls != CueClass::predicate)
        return;
    const std::string_view verb = s.tokens[s.chunks[v].first].norm;
    const bool third_person = verb.size() > 3 && verb.ends_with('s') && !verb.ends_with("ss");
    if (!(third_person || v > 0)) return;
    Chunk agent;
    agent.kind = ChunkKind::entity;
    agent.first = s.chunks[0].first;
    agent.last = s.chunks[0].first + 1;
    agent.entity = *s.topic;
    agent.anaphoric = true;
    s.chunks.insert(s.chunks.begin(), agent);
}

}  // namespace claimgraph::extract
