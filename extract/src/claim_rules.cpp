#include <algorithm>
#include <initializer_list>
#include <map>
#include <span>
#include <string_view>
#include <unordered_set>
#include <tuple>

#include "claimgraph/extract/extractor.hpp"

namespace claimgraph::extract {
namespace {

// How many words may stand between a cue and its first target ("stimulate the
// release of dopamine"), and between two members of a target list ("mood, and
// a sense of well-being"). Larger windows trade precision for recall.
constexpr std::size_t kMaxGapToFirstTarget = 6;
constexpr std::size_t kMaxGapToFirstTargetWithout = 4;
constexpr std::size_t kMaxGapInList = 3;

class SentenceRules {
public:
    SentenceRules(const Lexicon& lex, const WordRoles& roles, const NameJudge* names,
                  const std::unordered_set<std::size_t>* harms, const AnalyzedSentence& s, RuleScratch& scratch)
        : lex_(lex), roles_(roles), names_(names), harms_(harms), s_(s), c_(s.chunks), is_target_(scratch.is_target),
          target_cue_(scratch.target_cue), claimed_(scratch.claimed), reversed_(scratch.reversed),
          states_(scratch.states), claims_(scratch.claims), seen_(scratch.claim_index) {
        is_target_.assign(c_.size(), false);
        target_cue_.assign(c_.size(), std::nullopt);
        claimed_.assign(c_.size(), false);
        reversed_.assign(c_.size(), false);
        states_.assign(c_.size(), false);
        claims_.clear();
        seen_.clear();
    }

    void run() {
        for (std::size_t k = 0; k < c_.size(); ++k)
            if ((is(k, ChunkKind::entity) || is(k, ChunkKind::word)) && c_[k].cue.cls == CueClass::constituent)
                apply_constituent(k);
        // "better" is also a cue ("better sleep"); after its outcome ("my sleep is better")
        // it says how that outcome is now, and takes no targets after it.
        for (std::size_t k = 0; k < c_.size(); ++k)
            if (is(k, ChunkKind::predicate) && c_[k].last == c_[k].first + 1 &&
                word_rule(norm(c_[k].first)) == WordRule::state)
                states_[k] = apply_state(k);
        mark_reversed_nominals();
        for (std::size_t c = 0; c < c_.size(); ++c) {
            if (states_[c]) continue;
            if (c_[c].kind == ChunkKind::predicate || c_[c].kind == ChunkKind::without) apply_cue(c);
            if (is_anti_prefixed(c)) apply_anti(c);
        }
        // The rules for effects stated without an effect verb, each keyed by a word.
        for (std::size_t k = 0; k < c_.size(); ++k) {
            if (!is(k, ChunkKind::word)) continue;
            switch (word_rule(norm(c_[k].first))) {
                case WordRule::after: apply_after_intake(k); break;
                case WordRule::have: apply_have(k); break;
                case WordRule::quantity: apply_quantity(k); break;
                case WordRule::experience: apply_experience(k); break;
                case WordRule::include: apply_effects_include(k); break;
                case WordRule::state: (void)apply_state(k); break;
                case WordRule::none: break;
            }
        }
    }

    // "Prolactin can have calming effects", "kava has a calming effect": "have" with an
    // outcome right after it (an article or one adjective between) brings it on.
    void apply_have(std::size_t k) {
        std::size_t t = k + 1;
        while (t < c_.size() && t <= k + 2 && is(t, ChunkKind::word) && !is_word(t, "been") && !is_word(t, "no")) {
            // "had fewer manic episodes": the comparative states the change (apply_quantity).
            if (word_rule(norm(c_[t].first)) == WordRule::quantity) return;
            ++t;
        }
        if (!is_condition(t) || is_target_[t]) return;
        const std::vector<std::size_t> targets = outcomes_from(t, is_target_);
        emit_to_outcomes(k, subjects(k, k, true), targets, [](std::size_t) { return Predicate::increases; });
    }

    // "Patients who received psilocybin reported less anxiety", "allowing individuals
    // to experience greater calm": a comparative right before an outcome states a
    // change in it, caused by the clause's agent.
    void apply_quantity(std::size_t k) {
        if (!is_condition(k + 1) || is_target_[k + 1]) return;
        const std::string_view w = norm(c_[k].first);
        const Predicate p = w == "less" || w == "fewer" || w == "lower" ? Predicate::decreases : Predicate::increases;
        const std::vector<std::size_t> targets = outcomes_from(k + 1, is_target_);
        std::vector<std::size_t> subj = coordinated_vp_subject(k);
        if (subj.empty()) subj = subjects(k, k, true);
        emit_to_outcomes(k, subj, targets, [p](std::size_t) { return p; });
    }

    // How people say what a substance did to them: "I felt super relaxed", "it made
    // me groggy", "it made my paranoia worse". The subject is found as for a verb
    // (people who report stand for the substance under discussion).
    void apply_experience(std::size_t k) {
        const bool make = norm(c_[k].first).starts_with("ma");
        std::size_t t = k + 1;
        while (t < c_.size() && t <= k + 3 && (is(t, ChunkKind::word) || is(t, ChunkKind::person)) &&
               roles_.has(norm(c_[t].first), WordRole::filler))
            ++t;
        if (make && t == k + 1) return;  // "make" needs its object: "made me", "made my"
        if (!is_condition(t) || claimed_[t]) return;
        const std::vector<std::size_t> targets = outcomes_from(t, claimed_);
        const std::size_t after = *std::max_element(targets.begin(), targets.end()) + 1;
        const bool worse = is_word(after, "worse"), better = is_word(after, "better");
        // "Cannabis can make some people feel anxious": who feels it is the object of
        // "make", whose subject causes the feeling.
        std::size_t from = k;
        if (!make) {
            std::size_t q = k;
            while (q > 0 && k - q < 3 &&
                   (is(q - 1, ChunkKind::person) ||
                    (is(q - 1, ChunkKind::word) && (roles_.has(norm(c_[q - 1].first), WordRole::filler) ||
                                                    c_[q - 1].cue.cls == CueClass::determiner))))
                --q;
            if (q < k && q > 0 && is(q - 1, ChunkKind::word) && norm(c_[q - 1].first).starts_with("ma") &&
                word_rule(norm(c_[q - 1].first)) == WordRule::experience)
                from = q - 1;
        }
        emit_to_outcomes(k, subjects(from, from, true), targets, [&](std::size_t m) {
            const bool harm = harms_ && harms_->count(c_[m].entity);
            return (worse && !harm) || (better && harm) ? Predicate::decreases : Predicate::increases;
        });
    }

    // How people say an outcome of theirs changed: "My anxiety was way better",
    // "my pain was gone", "her sleep got worse". The agent is the clause's subject
    // before the outcome ("Since I started kratom my anxiety is better"), else the
    // substance under discussion when the sentence names none. Only an outcome
    // someone owns ("my", "his") is read so: "Sleep was better than at baseline"
    // compares, it does not report.
    // True when it read the chunk so.
    bool apply_state(std::size_t k) {
        // "better than placebo" compares; "better than ever" still reports.
        if (k + 1 < c_.size() && is_word(k + 1, "than") &&
            !(k + 2 < c_.size() && (is_word(k + 2, "ever") || is_word(k + 2, "before") || is_word(k + 2, "usual"))))
            return false;
        std::size_t v = k;  // back over fillers ("way", "so much") to the linking verb
        while (v > 0 && k - v < 3 && is(v - 1, ChunkKind::word) && roles_.has(norm(c_[v - 1].first), WordRole::filler))
            --v;
        std::size_t n = v;  // and over a negation: "my anxiety wasn't any better"
        while (n > 0 && v - n < 2 && is(n - 1, ChunkKind::negation)) --n;
        std::size_t outcome;  // the chunk before the linking verb
        if (n >= 2 && is(n - 1, ChunkKind::word) && roles_.has(norm(c_[n - 1].first), WordRole::linking))
            outcome = n - 2;
        else if (n >= 1 && n < v && roles_.has(norm(c_[n].first), WordRole::linking))
            outcome = n - 1;  // the negation is the verb too: "wasnt"
        else
            return false;
        if (!is_condition(outcome)) return false;
        const std::vector<std::size_t> group = group_left(outcome);
        const std::size_t first = *std::min_element(group.begin(), group.end());
        if (first == 0 || !is(first - 1, ChunkKind::word) || !roles_.has(norm(c_[first - 1].first), WordRole::owner))
            return false;
        std::vector<std::size_t> outcomes;
        for (std::size_t m : group)
            if (is_condition(m) && !claimed_[m]) outcomes.push_back(m);
        if (outcomes.empty()) return false;
        std::vector<std::size_t> agents;
        for (std::size_t sc : subjects(first, first, true)) agents.push_back(c_[sc].entity);
        if (agents.empty())
            if (auto topic = unnamed_topic()) agents.push_back(*topic);
        if (agents.empty()) return false;
        const std::string_view w = norm(c_[k].first);
        const bool h = hedged(k, std::nullopt), neg = negated(k);
        for (std::size_t m : outcomes) {
            const bool harm = harms_ && harms_->count(c_[m].entity);
            const Predicate p = w == "gone" || (w == "better") == harm ? Predicate::decreases : Predicate::increases;
            is_target_[m] = claimed_[m] = true;
            for (std::size_t a : agents) emit(a, p, c_[m].entity, k, h, neg, BindMode::none);
        }
        return true;
    }

    // The conditions of the last "for <condition>" before chunk c that no claim has.
    std::optional<std::vector<std::size_t>> purpose_before(std::size_t c) const {
        for (std::size_t k = c; k > 1; --k) {
            if (is(k - 1, ChunkKind::predicate) && k - 1 != c) return std::nullopt;
            if (!is_word(k - 2, "for") && !(k >= 3 && is_word(k - 3, "for") && is(k - 2, ChunkKind::word)))
                continue;
            if (!is_condition(k - 1) || claimed_[k - 1] || is_target_[k - 1]) continue;
            std::vector<std::size_t> out;
            for (std::size_t m : group_right(k - 1))
                if (is_condition(m) && !claimed_[m] && !is_target_[m] && m < c) out.push_back(m);
            if (!out.empty()) return out;
        }
        return std::nullopt;
    }
    bool is_messenger(std::size_t chunk) const {
        if (!is(chunk, ChunkKind::entity)) return false;
        const EntityType t = lex_.entity(c_[chunk].entity).type;
        return t == EntityType::neurotransmitter || t == EntityType::hormone;
    }
    bool is_condition(std::size_t chunk) const {
        return is(chunk, ChunkKind::entity) && lex_.entity(c_[chunk].entity).type == EntityType::condition;
    }
    // The conditions of the entity list starting at k that `taken` does not mark.
    std::vector<std::size_t> outcomes_from(std::size_t k, const std::vector<char>& taken) const {
        std::vector<std::size_t> out;
        for (std::size_t m : group_right(k))
            if (!taken[m] && is_condition(m)) out.push_back(m);
        return out;
    }
    // Claims from `subj` to outcomes that a word, not a cue, introduced at k; the
    // predicate may differ per outcome. Nothing when there is no subject.
    template <class PredicateOf>
    void emit_to_outcomes(std::size_t k, const std::vector<std::size_t>& subj, const std::vector<std::size_t>& targets,
                          PredicateOf predicate_of) {
        if (subj.empty()) return;
        const bool h = hedged(k, *std::max_element(subj.begin(), subj.end())), n = negated(k);
        for (std::size_t m : targets) {
            is_target_[m] = claimed_[m] = true;
            for (std::size_t sc : subj) emit(c_[sc].entity, predicate_of(m), c_[m].entity, k, h, n, BindMode::none);
        }
    }

    // "Common side effects include nausea and insomnia", "The benefits of
    // ashwagandha include better sleep", "Its desired effects are euphoria and
    // empathy": the list is what the substance brings on (benefits: what it
    // improves). The substance is named by "of X", "X's", or is the topic.
    void apply_effects_include(std::size_t k) {
        std::size_t h = k;
        while (h > 0 && is(h - 1, ChunkKind::hedge)) --h;
        std::vector<std::size_t> agents;
        std::optional<std::size_t> head_token;
        if (h >= 2 && is(h - 1, ChunkKind::entity)) {
            for (std::size_t m : group_left(h - 1))
                if (is_agent_type(m)) agents.push_back(m);
            const std::size_t of = agents.empty() ? 0 : *std::min_element(agents.begin(), agents.end()) - 1;
            if (agents.empty() || of == 0) return;
            if (is_word(of, "of") && is(of - 1, ChunkKind::word)) {
                head_token = c_[of - 1].first;
                h = of - 1;
            } else if (is(of, ChunkKind::predicate) && norm(c_[of].last - 1) == "of") {
                head_token = c_[of].first;  // "effects of", a nominal cue of its own
                h = of;
            } else {
                return;
            }
        } else if (h > 0 && is(h - 1, ChunkKind::word)) {
            head_token = c_[h - 1].first;
            --h;
        }
        if (!head_token) return;
        ++h;  // h - 1 is the head's chunk
        const std::string_view head = norm(*head_token);
        const bool benefits = head == "benefits" || head == "benefit";
        if (!benefits && head != "effects" && head != "reactions" && head != "events") return;
        // "caffeine's (common side) effects", "its side effects".
        std::size_t p = h - 1;
        for (std::size_t steps = 0; p > 0 && steps < 3 && is(p - 1, ChunkKind::word) && !is_word(p - 1, "'s"); ++steps) --p;
        if (agents.empty() && p >= 2 && is_word(p - 1, "'s") && is(p - 2, ChunkKind::entity)) {
            for (std::size_t m : group_left(p - 2))
                if (is_agent_type(m)) agents.push_back(m);
        }
        if (agents.empty() && p >= 1 && is(p - 1, ChunkKind::entity) && c_[p - 1].anaphoric && is_agent_type(p - 1))
            agents.push_back(p - 1);
        std::optional<std::size_t> agent_entity;
        if (agents.empty()) {
            agent_entity = unnamed_topic();
            if (!agent_entity) return;
        }
        // The list runs to the end of the clause; a member may carry its own
        // direction ("increased energy", "reduced anxiety").
        std::vector<std::size_t> targets;
        for (std::size_t t = k + 1; t < c_.size(); ++t) {
            if (is(t, ChunkKind::boundary) || is(t, ChunkKind::relative) || is(t, ChunkKind::without)) break;
            if (is(t, ChunkKind::entity) && !claimed_[t] && lex_.entity(c_[t].entity).type == EntityType::condition)
                targets.push_back(t);
        }
        if (targets.empty()) return;
        const bool hd = hedged(k + 1, std::nullopt), n = negated(k);
        for (std::size_t t : targets) {
            is_target_[t] = true;
            claimed_[t] = true;
            Predicate p = Predicate::increases;
            if (benefits && harms_ && harms_->count(c_[t].entity)) p = Predicate::decreases;
            if (is(t - 1, ChunkKind::predicate) && c_[t - 1].cue.verb && norm(c_[t - 1].last - 1).ends_with("ed") &&
                (c_[t - 1].cue.predicate == Predicate::increases || c_[t - 1].cue.predicate == Predicate::decreases))
                p = by_valence(c_[t - 1].cue.predicate, t - 1, c_[t].entity);
            if (agent_entity) emit(*agent_entity, p, c_[t].entity, k, hd, n, BindMode::none);
            for (std::size_t a : agents) emit(c_[a].entity, p, c_[t].entity, k, hd, n, BindMode::none);
        }
    }

    // "Users report euphoria and relaxation after consuming kratom", "improvements in
    // depressive symptoms after kratom use", "After taking kava, I felt calm": the
    // substance taken is the agent of the outcomes its clause reports, those no cue
    // gave a subject. An outcome no cue governs was brought on (increases).
    void apply_after_intake(std::size_t a) {
        std::size_t k = a + 1;
        // The intake words are data; the function words between them are grammar.
        static constexpr std::string_view kFunction[] = {"of", "a", "the", "some", "my"};
        auto intake = [&](std::string_view w) {
            return roles_.has(w, WordRole::intake) ||
                   std::find(std::begin(kFunction), std::end(kFunction), w) != std::end(kFunction);
        };
        while (k < c_.size() && k <= a + 3 && is(k, ChunkKind::word) && intake(norm(c_[k].first))) ++k;
        if (!is(k, ChunkKind::entity) || is_target_[k]) return;
        std::vector<std::size_t> agents;
        for (std::size_t m : group_right(k))
            if (is_agent_type(m)) agents.push_back(m);
        if (agents.empty()) return;
        const std::size_t after_agents = *std::max_element(agents.begin(), agents.end()) + 1;
        // "Dopamine levels were increased after cocaine administration": a participle
        // right before "after" is a passive; the patient before it is the target.
        // So is an intransitive verb there: "dopamine rises after kratom use".
        // "in rats treated with MDMA", "in mice given caffeine": the animals or people
        // stand between the change and its agent.
        std::size_t before = a;  // back over "in rats" to the participle
        if (const std::string_view w = norm(c_[a].first); w != "after" && w != "following")
            while (before > 0 && a - before < 3 && (is(before - 1, ChunkKind::word) || is(before - 1, ChunkKind::person)))
                --before;
        if (before > 0 && is(before - 1, ChunkKind::predicate) && c_[before - 1].cue.verb) {
            const std::size_t v = before - 1;
            std::size_t p = v;
            while (p > clause_start(v) && !is(p - 1, ChunkKind::entity) && !is(p - 1, ChunkKind::predicate)) --p;
            if (p > 0 && is(p - 1, ChunkKind::entity) && !claimed_[p - 1]) {
                const bool h = hedged(p - 1, std::nullopt), n = negated(v);
                for (std::size_t t : group_left(p - 1)) {
                    for (std::size_t ag : agents) emit(c_[ag].entity, c_[v].cue.predicate, entity_of(t), v, h, n, c_[v].cue.mode);
                    claimed_[t] = true;
                }
                return;
            }
        }
        // Outcomes before "after" in its clause, or, when the phrase is fronted, after it.
        std::size_t lo = clause_start(a), hi = a;
        bool fronted = true;
        for (std::size_t q = lo; q < a; ++q)
            if (!is(q, ChunkKind::word) && !is(q, ChunkKind::connector)) fronted = false;
        if (fronted) {
            lo = after_agents;
            hi = lo;
            while (hi < c_.size() && !is(hi, ChunkKind::boundary) && !is(hi, ChunkKind::relative)) ++hi;
        }
        for (std::size_t t = lo; t < hi; ++t) {
            if (!is(t, ChunkKind::entity) || claimed_[t] || lex_.entity(c_[t].entity).type != EntityType::condition)
                continue;
            std::size_t cue = target_cue_[t] ? *target_cue_[t] : a;
            Predicate p = target_cue_[t] ? c_[cue].cue.predicate : Predicate::increases;
            if (target_cue_[t] && (c_[cue].kind != ChunkKind::predicate || p == Predicate::binds || p == Predicate::contains))
                continue;
            const bool h = hedged(t, std::nullopt), n = target_cue_[t] ? negated(cue) : negated(t);
            for (std::size_t ag : agents) emit(c_[ag].entity, p, entity_of(t), cue, h, n, BindMode::none);
            claimed_[t] = true;
        }
    }

    enum class WordRule { none, after, have, quantity, experience, include, state };
    // One look-up per word chunk (a switch on the first letter), not a string compare per rule.
    static WordRule word_rule(std::string_view w) {
        auto any = [w](std::initializer_list<std::string_view> words) {
            return std::find(words.begin(), words.end(), w) != words.end();
        };
        if (w.empty()) return WordRule::none;
        switch (w[0]) {
            case 'a':
                if (w == "after") return WordRule::after;
                if (w == "are") return WordRule::include;
                break;
            case 'f':
                if (w == "following") return WordRule::after;
                if (any({"fewer", "felt", "feel", "feels", "feeling"}))
                    return w == "fewer" ? WordRule::quantity : WordRule::experience;
                break;
            case 'h':
                if (any({"have", "has", "had", "having"})) return WordRule::have;
                if (w == "higher") return WordRule::quantity;
                break;
            case 'l':
                if (w == "less" || w == "lower") return WordRule::quantity;
                break;
            case 'm':
                if (w == "more") return WordRule::quantity;
                if (any({"made", "makes", "make"})) return WordRule::experience;
                break;
            case 'g':
                if (w == "given") return WordRule::after;
                if (w == "greater") return WordRule::quantity;
                if (w == "gone") return WordRule::state;
                break;
            case 'b':
                if (w == "better") return WordRule::state;
                break;
            case 'i':
                if (any({"include", "includes", "included"})) return WordRule::include;
                break;
            case 't':
                if (w == "treated") return WordRule::after;  // the plain phrase "treated with"
                break;
            case 'r':
                if (w == "receiving") return WordRule::after;
                break;
            case 'w':
                if (w == "were") return WordRule::include;
                if (w == "worse") return WordRule::state;
                break;
            default: break;
        }
        return WordRule::none;
    }

    // "anti-anxiety", "anti-inflammatory": "anti-" before a condition the lexicon has.
    bool is_anti_prefixed(std::size_t k) const {
        return is(k, ChunkKind::entity) && k >= 2 && is_hyphen(k - 1) && is_word(k - 2, "anti") &&
               lex_.entity(c_[k].entity).type == EntityType::condition;
    }

    void apply_anti(std::size_t k) {
        is_target_[k] = true;
        std::vector<std::size_t> subj = subjects(k - 2, k - 2);
        if (subj.empty()) return;
        const bool h = hedged(k - 2, *std::max_element(subj.begin(), subj.end())), n = negated(k - 2);
        for (std::size_t sc : subj) emit(c_[sc].entity, Predicate::decreases, c_[k].entity, k, h, n, BindMode::none);
    }

    // "the reuptake of norepinephrine and serotonin": when one member of a list was
    // named through "reuptake", the transmitters beside it stand for their transporters too.
    void distribute_reuptake(const std::vector<std::size_t>& targets) {
        bool reuptake = false;
        for (std::size_t t : targets)
            for (std::size_t tok = c_[t].first; tok < c_[t].last; ++tok)
                if (norm(tok) == "reuptake" || norm(tok) == "re-uptake") reuptake = true;
        if (!reuptake) return;
        for (std::size_t t : targets) {
            const Entity& e = lex_.entity(c_[t].entity);
            if (e.type != EntityType::neurotransmitter) continue;
            for (const std::string& form : {"reuptake of " + e.name, e.name + " reuptake"}) {
                auto tr = lex_.find(form);
                if (tr && lex_.entity(*tr).type == EntityType::transporter) {
                    entity_override_[t] = *tr;
                    break;
                }
            }
        }
    }
    std::size_t entity_of(std::size_t chunk) const {
        auto it = entity_override_.find(chunk);
        return it != entity_override_.end() ? it->second : c_[chunk].entity;
    }

    // "alkaloids such as mitragynine and 7-OH", "Its active alkaloids, mitragynine and
    // 7-OH, ...", "mitragynine and 7-OH, two alkaloids found in kratom": the owner
    // of the constituent contains the substances named beside it.
    void apply_constituent(std::size_t k) {
        std::optional<std::size_t> owner;
        if (is(k, ChunkKind::entity)) owner = c_[k].entity;
        // An owner named right after ("alkaloids found in kratom leaves") wins over the resolved one.
        for (std::size_t q = k + 1; q < c_.size() && q <= k + 3; ++q) {
            if (is(q, ChunkKind::entity)) {
                if (q > k + 1 && (is_word(q - 1, "in") || is_word(q - 1, "of") || is_word(q - 1, "from")) &&
                    lex_.entity(c_[q].entity).type == EntityType::substance)
                    owner = c_[q].entity;
                break;
            }
            if (!is(q, ChunkKind::word)) break;
        }
        std::vector<std::size_t> members;
        // Members after: past the owner's phrase, then a list opened by a comma or "such as".
        if (!owner) return;
        std::size_t q = k + 1;
        while (q < c_.size() && q <= k + 5 && (is(q, ChunkKind::word) || (is(q, ChunkKind::entity) && c_[q].entity == *owner)))
            ++q;
        if (q < c_.size() && is(q, ChunkKind::connector)) {
            while (q < c_.size() && is(q, ChunkKind::connector)) ++q;
            if (is(q, ChunkKind::entity))
                for (std::size_t m : group_right(q))
                    if (lex_.entity(c_[m].entity).type == EntityType::substance && c_[m].entity != *owner) members.push_back(m);
        }
        // Members before: "X and Y, two prominent alkaloids".
        if (members.empty()) {
            std::size_t p = k;
            while (p > 0 && k - p < 4 && (is(p - 1, ChunkKind::word) || is(p - 1, ChunkKind::person))) --p;
            if (p > 1 && is_comma(p - 1) && is(p - 2, ChunkKind::entity))
                for (std::size_t m : group_left(p - 2))
                    if (lex_.entity(c_[m].entity).type == EntityType::substance && c_[m].entity != *owner) members.push_back(m);
        }
        for (std::size_t m : members) emit(*owner, Predicate::contains, c_[m].entity, k, false, false, BindMode::none);
    }

private:
    // A view, so that comparing with a literal checks the size first, with no strlen.
    std::string_view norm(std::size_t token) const { return s_.tokens[token].norm; }
    bool is(std::size_t chunk, ChunkKind k) const { return chunk < c_.size() && c_[chunk].kind == k; }
    bool is_hyphen(std::size_t chunk) const { return is(chunk, ChunkKind::word) && norm(c_[chunk].first) == "-"; }
    bool is_comma(std::size_t chunk) const { return is(chunk, ChunkKind::connector) && norm(c_[chunk].first) == ","; }
    bool is_close_paren(std::size_t chunk) const {
        return is(chunk, ChunkKind::connector) && norm(c_[chunk].first) == ")";
    }
    // ", including", ", such as", ", like": the list goes on after the comma.
    bool introduces_members(std::size_t chunk) const {
        if (!is(chunk, ChunkKind::connector)) return false;
        const std::string_view w = norm(c_[chunk].first);
        if (w == "particularly" || w == "especially") return is(chunk + 1, ChunkKind::entity);
        return w == "including" || w == "such" || w == "like" || w == "e" || w == "namely" || w == "for";
    }

    // The chunk after an entity that claims it as a left target, if any:
    // "stress-relieving" (a cue after a hyphen) or "anxiety relief" (a postmodifier).
    std::optional<std::size_t> postmodifier_after(std::size_t entity) const {
        std::size_t j = entity + 1;
        bool hyphen = is_hyphen(j);
        if (hyphen) ++j;
        if (!is(j, ChunkKind::predicate)) return std::nullopt;
        if (hyphen || c_[j].cue.also_postmodifier) return j;
        return std::nullopt;
    }

    // Entities coordinated with the one at k, walking left ("serotonin and dopamine").
    std::vector<std::size_t> group_left(std::size_t k) const {
        std::vector<std::size_t> members{k};
        std::size_t p = k;
        while (p > 0) {
            std::size_t q = p - 1;
            if (is(q, ChunkKind::connector)) {
                p = q;
                continue;
            }
            if (is(q, ChunkKind::entity) && !is_target_[q]) {
                // "Unlike morphine, mitragynine ...": a fronted comparison is no part of the list.
                if (q > 0 && (is_word(q - 1, "unlike") || is_word(q - 1, "besides") || is_word(q - 1, "than") ||
                              is_word(q - 1, "except")))
                    break;
                members.push_back(q);
                p = q;
                continue;
            }
            break;
        }
        return members;
    }

    // The chunk after a parenthetical that opens at `open` ("(0.3 mg/kg)"), or `open` itself.
    std::size_t skip_parenthetical(std::size_t open) const {
        if (!is(open, ChunkKind::connector) || norm(c_[open].first) != "(") return open;
        for (std::size_t q = open + 1; q < c_.size() && q <= open + 12; ++q) {
            if (is(q, ChunkKind::entity)) return open;  // "(GABA)" is an alias in the list, not an aside
            if (is(q, ChunkKind::connector) && norm(c_[q].first) == ")") return q + 1;
        }
        return open;
    }

    std::vector<std::size_t> group_right(std::size_t k) const {
        std::vector<std::size_t> members{k};
        for (std::size_t q = k + 1; q < c_.size(); ++q) {
            if (std::size_t after = skip_parenthetical(q); after != q) {
                q = after - 1;
                continue;
            }
            if (is(q, ChunkKind::connector)) continue;
            if (is(q, ChunkKind::entity)) {
                members.push_back(q);
                continue;
            }
            break;
        }
        return members;
    }

    // "..., kratom may improve mood": an entity group followed by its own
    // verb is the subject of a new clause, not one more member of a list.
    bool starts_clause(std::size_t j) const {
        // Only the list's last member is followed by the verb: "A and B, kratom may ..."
        // keeps B in the list and starts the clause at kratom.
        for (std::size_t v = j + 1; v < c_.size() && v <= j + 5; ++v) {
            if (is(v, ChunkKind::predicate)) return true;
            if (!is(v, ChunkKind::hedge) && !is(v, ChunkKind::negation) && !is(v, ChunkKind::word)) return false;
        }
        return false;
    }

    std::vector<std::size_t> right_targets(std::size_t c) const {
        std::vector<std::size_t> out;
        const bool without = c_[c].kind == ChunkKind::without;
        std::size_t gap = 0;
        bool found = false;
        for (std::size_t j = c + 1; j < c_.size(); ++j) {
            const Chunk& ch = c_[j];
            if (ch.kind == ChunkKind::entity) {
                if (found && j > 0 && is(j - 1, ChunkKind::connector) && starts_clause(j)) break;
                // "reduces nicotine cravings": a name right before a condition modifies it.
                if (modifies_next(j)) continue;
                // "improvements in mood, pain management": pain belongs to "management",
                // and so does all of "stress and anxiety management".
                std::size_t last = j;
                for (std::size_t q = j + 1; q < c_.size(); ++q) {
                    if (is(q, ChunkKind::entity)) last = q;
                    else if (!is(q, ChunkKind::connector) || is_comma(q)) break;
                }
                if (auto post = postmodifier_after(last)) {
                    found = true;
                    gap = 0;
                    j = *post;
                    continue;
                }
                out.push_back(j);
                found = true;
                gap = 0;
                continue;
            }
            if (ch.kind == ChunkKind::connector) {
                // "acts on GABA-B receptors kinda like baclofen": after a hedging adverb "like"
                // compares; after a noun ("systems like serotonin") it names members.
                if (found && norm(ch.first) == "like" && j > 0 &&
                    (is_word(j - 1, "kinda") || is_word(j - 1, "just") || is_word(j - 1, "much") ||
                     is_word(j - 1, "sorta") || is_word(j - 1, "somewhat") || is_word(j - 1, "exactly")))
                    break;
                // "By modulating these systems, kratom can ...": the comma closed the
                // object phrase before any target; what follows is the next clause.
                if (!found && gap > 0 && is_comma(j) && !introduces_members(j + 1)) break;
                continue;
            }
            // "enhances the effect of GABA", "blocks the effects of adenosine": what a verb does
            // to a messenger's effects it does to the messenger.
            if (!found && ch.kind == ChunkKind::predicate && ch.cue.of_form &&
                (norm(ch.first) == "effect" || norm(ch.first) == "effects") && j + 1 < c_.size() &&
                is(j + 1, ChunkKind::entity) && is_messenger(j + 1) && !is_word(j + 2, "on") &&
                c_[c].kind == ChunkKind::predicate &&
                c_[c].cue.cls == CueClass::predicate && c_[c].cue.verb)
                continue;
            // "impact one's mental health": a possessive person is a determiner.
            const bool possessive_person = ch.kind == ChunkKind::person && is_word(j + 1, "'s");
            // "support for individuals struggling with depression", "helps people with anxiety":
            // the people stand for their condition.
            const bool sufferers = ch.kind == ChunkKind::person && !found &&
                                   (is_word(j + 1, "with") || is_word(j + 1, "struggling") || is_word(j + 1, "suffering") ||
                                    is_word(j + 1, "living") || is_word(j + 1, "dealing") || is_word(j + 1, "coping") ||
                                    is_word(j + 1, "diagnosed"));
            if (ch.kind != ChunkKind::word && !possessive_person && !sufferers) break;
            if (norm(ch.first) == "by") break;  // "inhibition of MAO by X": the agent follows
            // "blocked the euphoric effects of amphetamine": a substance after "of" owns the
            // effect named before it; it is not a target.
            if (found && norm(ch.first) == "of" && j + 1 < c_.size() && is(j + 1, ChunkKind::entity) &&
                lex_.entity(c_[j + 1].entity).type == EntityType::substance)
                break;
            // "does not produce the high associated with THC", "sedation seen with opioids":
            // a participle and its preposition open a phrase that modifies the noun before;
            // a substance it names is no target of the cue. (A condition is: "reducing
            // symptoms associated with stress" reduces stress.)
            if (const std::string_view w = norm(ch.first);
                w.size() >= 4 && (w.ends_with("ed") || w == "seen" || w == "found" || w == "known") &&
                j + 2 < c_.size() && is(j + 2, ChunkKind::entity) && !is_condition(j + 2) &&
                (is_word(j + 1, "with") || is_word(j + 1, "by") || is_word(j + 1, "in") || is_word(j + 1, "to")))
                break;
            // "improvements in mood after kratom use", "than placebo": an adjunct, not the list.
            // (So does what introduces an agent: "after", "given", "treated with".)
            if (word_rule(norm(ch.first)) == WordRule::after || norm(ch.first) == "before" ||
                norm(ch.first) == "during" || (found && (norm(ch.first) == "than" || norm(ch.first) == "versus")))
                break;
            // "without inducing sedation, making it useful": a participle after the
            // list's comma opens a clause of its own.
            if (found && is_comma(j - 1) && norm(ch.first).ends_with("ing")) break;
            // "helps explain why kratom ...": an embedded question has its own subject.
            if (norm(ch.first) == "why" || norm(ch.first) == "how" || norm(ch.first) == "what") break;
            // "without fully mimicking ...": a verb that is no cue ends the phrase.
            if (without && norm(ch.first).ends_with("ing")) break;
            if (is_hyphen(j) || norm(ch.first) == "'s") continue;
            ++gap;
            std::size_t limit = found ? kMaxGapInList : (without ? kMaxGapToFirstTargetWithout : kMaxGapToFirstTarget);
            if (gap > limit) break;
        }
        return out;
    }

    // The subjects of the cue whose leftmost part (cue or left target) is at `from`.
    // When every target is a condition, a condition cannot be the subject
    // ("Prolactin, a hormone associated with breastfeeding, plays a role in
    // stress"): the search passes over it to the agent before.
    std::vector<std::size_t> subjects(std::size_t c, std::size_t from, bool conditions_only_targets = false,
                                      bool ligand_only = false) const {
        auto acceptable = [&](std::size_t q) {
            const EntityType t = lex_.entity(c_[q].entity).type;
            if (conditions_only_targets && t == EntityType::condition) return false;
            // What binds or acts as an agonist is a ligand, not a receptor or a transporter:
            // "X is a substrate of the dopamine transporter and an agonist of TAAR1".
            return !ligand_only || (t != EntityType::receptor && t != EntityType::transporter &&
                                    t != EntityType::enzyme && t != EntityType::condition);
        };
        for (std::size_t k = from; k > 0; --k) {
            std::size_t q = k - 1;
            // "X enhances GABA at the GABA-A receptor, resulting in sedation": a participle
            // of consequence after a comma shares the subject of its clause.
            if (q > 0 && is_comma(q - 1) && (is(q, ChunkKind::word) || is(q, ChunkKind::predicate)) &&
                norm(c_[q].first).ends_with("ing") && q + 1 <= from) {
                for (std::size_t r = clause_start(q); r + 1 < q; ++r) {
                    if (is(r, ChunkKind::predicate)) break;  // the first verb comes before any subject
                    if (is(r, ChunkKind::entity) && !is_target_[r] && acceptable(r)) {
                        std::vector<std::size_t> g;
                        for (std::size_t m : group_right(r))
                            if (!is_target_[m] && m < q) g.push_back(m);
                        if (!g.empty()) return g;
                        break;
                    }
                }
            }
            if (is(q, ChunkKind::relative)) {
                std::size_t p = q;
                while (p > 0 && (is_comma(p - 1) || is_close_paren(p - 1))) --p;
                // The antecedent of "which" is its subject, target of an earlier cue or not.
                if (p > 0 && is(p - 1, ChunkKind::entity)) {
                    std::vector<std::size_t> members{p - 1};
                    std::size_t r = p - 1;
                    while (r > 0) {
                        --r;
                        if (is(r, ChunkKind::connector)) continue;
                        if (is(r, ChunkKind::entity)) {
                            members.push_back(r);
                            continue;
                        }
                        break;
                    }
                    // "Sertraline is an SSRI that blocks SERT": the relative clause
                    // describes the copula's subject.
                    if (auto copula_subject = subject_of_copula(r)) return *copula_subject;
                    return members;
                }
                // "... interact with the brain's neurotransmitter systems, which are pivotal
                // in regulating mood": the clause is about the plural noun it follows, no entity.
                if (p > 0 && is(p - 1, ChunkKind::word)) {
                    const std::string_view w = norm(c_[p - 1].first);
                    if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")) {
                        // "X are general anesthetics which can also act as ...": a copula
                        // complement describes its subject.
                        for (std::size_t r = p - 1; r > 0 && p - r <= 4 && is(r - 1, ChunkKind::word); --r) {
                            const std::string_view v = norm(c_[r - 1].first);
                            if ((v == "are" || v == "is" || v == "were" || v == "was") && r >= 2 &&
                                is(r - 2, ChunkKind::entity) && !is_target_[r - 2])
                                return group_left(r - 2);
                        }
                        return {};
                    }
                }
                continue;
            }
            // "prolactin, a hormone key in managing stress": a cue inside an appositive
            // is about the head it describes, even one an earlier cue took as its target.
            if (is_comma(q) && q > 0 && q + 1 < from && is(q - 1, ChunkKind::entity) && acceptable(q - 1) &&
                opens_noun_phrase(q + 1)) {
                bool only_words = true;
                for (std::size_t k2 = q + 1; k2 < from && only_words; ++k2)
                    only_words = is(k2, ChunkKind::word) || is(k2, ChunkKind::predicate);
                if (only_words) return group_left(q - 1);
            }
            // "nicotine withdrawal increases anxiety": the condition is the head; the name before modifies it.
            if (modifies_next(q) && !acceptable(q + 1)) return {};
            // "it is less likely than amphetamine to cause dependence": a name compared
            // against is not the subject.
            if (is(q, ChunkKind::entity) && !c_[q].anaphoric && q > 0 && is(q - 1, ChunkKind::word) &&
                roles_.has(norm(c_[q - 1].first), WordRole::contrast))
                continue;
            if (is(q, ChunkKind::entity) && !is_target_[q] && acceptable(q)) {
                std::vector<std::size_t> g = group_left(q);
                if (lacking(*std::min_element(g.begin(), g.end())) || considered(*std::min_element(g.begin(), g.end())))
                    return {};
                if (auto head = appositive_head(g)) return *head;
                // "Sertraline is an SSRI used to treat depression": what is said of the
                // class is said of the copula's subject.
                if (std::size_t lo = *std::min_element(g.begin(), g.end()); lo > 0)
                    if (auto copula_subject = subject_of_copula(lo - 1)) return *copula_subject;
                return g;
            }
            // "individuals can experience greater well-being": a person is the subject, and makes no
            // claim; unless they report an effect of the substance under discussion.
            // "..., allowing individuals to experience greater calm": the people are the
            // participle's object; its subject is the clause's.
            if (is(q, ChunkKind::person) && !c_[q].anaphoric && q >= 2 && is_comma(q - 2) && is(q - 1, ChunkKind::word) &&
                norm(c_[q - 1].first).ends_with("ing"))
                continue;
            if (is(q, ChunkKind::person)) return c_[q].anaphoric ? std::vector<std::size_t>{q} : std::vector<std::size_t>{};
        }
        return fronted_clause_subject(c);
    }

    // An appositive opens with an article or a number after the comma ("X, a
    // hormone ...", "X and Y, two alkaloids ...") or another word ("X, unlike Y,"),
    // not with an entity, which would make it a list.
    bool opens_appositive(std::size_t k) const { return (is(k, ChunkKind::word) && !is_hyphen(k)) || is(k, ChunkKind::person); }
    // "a hormone ...", "two alkaloids ...", "one of": an article or a number opens a noun phrase
    // (and not a verb: "THC, ..., is a partial agonist").
    bool opens_noun_phrase(std::size_t k) const {
        if (!is(k, ChunkKind::word)) return false;
        if (c_[k].cue.cls == CueClass::determiner || s_.tokens[c_[k].first].kind == TokenKind::number) return true;
        static constexpr std::string_view kOpeners[] = {"a", "an", "the", "one", "two", "three", "both", "several", "many"};
        return std::find(std::begin(kOpeners), std::end(kOpeners), norm(c_[k].first)) != std::end(kOpeners);
    }

    // "Mitragynine and 7-OH, two alkaloids found in kratom, reduce pain": an entity
    // group set off by commas after another names only a detail of that head.
    std::optional<std::vector<std::size_t>> appositive_head(const std::vector<std::size_t>& g) const {
        const std::size_t lo = *std::min_element(g.begin(), g.end()), hi = *std::max_element(g.begin(), g.end());
        if (!is_comma(hi + 1)) return std::nullopt;
        std::size_t k = lo;
        for (std::size_t steps = 0; k > 0 && steps < 8; ++steps, --k) {
            const std::size_t q = k - 1;
            if (is(q, ChunkKind::word) || is(q, ChunkKind::person) || (is(q, ChunkKind::entity) && c_[q].anaphoric))
                continue;
            if (q + 1 < lo && is_comma(q) && q > 0 && is(q - 1, ChunkKind::entity) && !is_target_[q - 1] &&
                opens_appositive(q + 1))
                return group_left(q - 1);
            break;
        }
        return std::nullopt;
    }

    // "individuals interested in kratom as a treatment for depression", "when
    // considering kratom as an approach to ...": a use someone weighs, not a claim.
    bool considered(std::size_t first_member) const {
        if (first_member == 0 || !is(first_member - 1, ChunkKind::word)) return false;
        const std::string_view w = norm(c_[first_member - 1].first);
        if (w == "considering" || w == "consider" || w == "considered") return true;
        return first_member >= 2 && is(first_member - 2, ChunkKind::word) && (w == "in" || w == "about" || w == "of") &&
               (norm(c_[first_member - 2].first) == "interested" || norm(c_[first_member - 2].first) == "thinking");
    }

    // "nicotine cravings", "caffeine withdrawal": an entity right before a condition
    // (no connector between) is a modifier of that condition, not a member of its own.
    bool modifies_next(std::size_t k) const {
        return is(k, ChunkKind::entity) && is(k + 1, ChunkKind::entity) &&
               lex_.entity(c_[k + 1].entity).type == EntityType::condition &&
               lex_.entity(c_[k].entity).type != EntityType::condition && !c_[k].anaphoric &&
               c_[k].last == c_[k + 1].first;
    }

    // "Imbalances in these neurotransmitters can lead to ...": the subject is the
    // disturbance, which is no claim about what the entity does. A short closed
    // list of nouns of lack and disorder.
    bool lacking(std::size_t first_member) const {
        std::size_t k = first_member;
        while (k > 0 && is(k - 1, ChunkKind::word) && c_[k - 1].cue.cls == CueClass::determiner) --k;
        if (k < 2 || !(is_word(k - 1, "in") || is_word(k - 1, "of"))) return false;
        if (!is(k - 2, ChunkKind::word)) return false;
        return roles_.has(norm(c_[k - 2].first), WordRole::lack);
    }

    // "5-HTP is converted into serotonin and may improve mood": a verb after "and"
    // (hedges and adverbs between) shares the clause's subject, the first entity
    // group of the clause, rather than the nearest one.
    std::vector<std::size_t> coordinated_vp_subject(std::size_t c) const {
        std::size_t k = c;
        while (k > 0 && (is(k - 1, ChunkKind::hedge) || is(k - 1, ChunkKind::negation) ||
                         (is(k - 1, ChunkKind::word) && (norm(c_[k - 1].first).ends_with("ly") ||
                                                         norm(c_[k - 1].first) == "also"))))
            --k;
        if (k == 0) return {};
        const std::string_view w = norm(c_[k - 1].first);
        std::size_t from = clause_start(c);
        if (is(k - 1, ChunkKind::boundary) && (w == "but" || w == "yet")) {
            // "CBD did not reduce withdrawal but lowered cravings": the verb after "but"
            // shares the subject of the clause before it (not its negation).
            from = clause_start(k - 1);
        } else if (!is(k - 1, ChunkKind::connector) || (w != "and" && w != "or")) {
            return {};
        }
        for (std::size_t q = from; q + 1 < k; ++q) {
            if (is(q, ChunkKind::predicate)) return {};  // the first verb comes before any subject
            if (is(q, ChunkKind::entity) && !is_target_[q]) {
                std::vector<std::size_t> g;
                for (std::size_t m : group_right(q))
                    if (!is_target_[m]) g.push_back(m);
                return g;
            }
        }
        return {};
    }

    // The subject of "X is a/an ..." when chunk k ends such a copula phrase.
    std::optional<std::vector<std::size_t>> subject_of_copula(std::size_t k) const {
        if (!(is_word(k, "a") || is_word(k, "an") || is_word(k, "the"))) return std::nullopt;
        std::size_t s;
        if (k >= 2 && (is_word(k - 1, "is") || is_word(k - 1, "are") || is_word(k - 1, "was"))) {
            s = k - 2;
        } else if (k >= 3 && is_word(k - 1, "as") && is(k - 2, ChunkKind::word) &&
                   (norm(c_[k - 2].first).starts_with("act") || norm(c_[k - 2].first).starts_with("function") ||
                    norm(c_[k - 2].first).starts_with("serve"))) {
            s = k - 3;  // "Bupropion acts as an NDRI and a nicotinic receptor antagonist"
        } else {
            return std::nullopt;
        }
        // "Methylphenidate, sold under the brand name Ritalin, is a stimulant ...",
        // "Methylphenidate (Ritalin) is ...": back over an appositive or a parenthesis.
        if (is_comma(s) || is_close_paren(s)) {
            const bool paren = is_close_paren(s);
            std::size_t q = s;
            bool opened = false;
            while (q > 0 && s - q < 12 && !opened) {
                --q;
                opened = paren ? is(q, ChunkKind::connector) && norm(c_[q].first) == "(" : is_comma(q);
            }
            if (!opened || q == 0) return std::nullopt;
            s = q - 1;
        }
        if (!is(s, ChunkKind::entity) || is_target_[s]) return std::nullopt;
        return group_left(s);
    }

    // "By modulating these systems, kratom can create a calming effect": the
    // fronted clause has no subject of its own and borrows the main clause's.
    std::vector<std::size_t> fronted_clause_subject(std::size_t c) const {
        std::size_t j = c + 1;
        while (j < c_.size() && !is_comma(j)) ++j;
        for (std::size_t k = j + 1; k < c_.size() && k <= j + 3; ++k) {
            if (!is(k, ChunkKind::entity)) continue;
            std::vector<std::size_t> g = group_right(k);
            std::size_t after = *std::max_element(g.begin(), g.end()) + 1;
            for (std::size_t v = after; v < c_.size() && v <= after + 3; ++v)
                if (is(v, ChunkKind::predicate)) return g;
            return {};
        }
        return {};
    }

    std::size_t clause_start(std::size_t c) const {
        for (std::size_t k = c; k > 0; --k)
            if (is(k - 1, ChunkKind::boundary) || is(k - 1, ChunkKind::relative)) return k;
        return 0;
    }

    // Hedges count within the cue's clause. Those before its subject count only
    // when the subject opens the clause ("research suggests that kratom ..."),
    // not when an earlier verb stands between ("X may boost A and it boosts A").
    bool hedged(std::size_t from, std::optional<std::size_t> subject) const {
        std::size_t start = clause_start(from);
        if (subject && *subject < from && *subject >= start) {
            for (std::size_t k = start; k < *subject; ++k)
                if (is(k, ChunkKind::predicate)) {
                    // "While known for its effects on X, recent studies suggest that Y ...": a
                    // comma after the earlier verb opens a new stretch, whose hedges count.
                    std::size_t after_comma = *subject;
                    for (std::size_t q = *subject; q > k + 1; --q)
                        if (is_comma(q - 1)) {
                            after_comma = q;
                            break;
                        }
                    bool and_after = after_comma < *subject && (is_word(after_comma, "and") || is(after_comma, ChunkKind::connector));
                    start = and_after ? *subject : after_comma;
                    break;
                }
        }
        for (std::size_t k = start; k < from; ++k)
            if (is(k, ChunkKind::hedge)) return true;
        return false;
    }

    bool negated(std::size_t c) const {
        if (c_[c].kind == ChunkKind::without) return true;
        std::size_t start = clause_start(c);
        for (std::size_t k = c; k > start; --k) {
            if (is(k - 1, ChunkKind::predicate)) break;
            // "the lack of trial data and concerns about its potential for dependence":
            // a negation inside the noun phrase before "and" denies only that phrase.
            if (is(k - 1, ChunkKind::connector) && k >= 2 && is(k - 2, ChunkKind::word) &&
                (norm(c_[k - 1].first) == "and" || norm(c_[k - 1].first) == ","))
                break;
            if (is(k - 1, ChunkKind::negation) || is(k - 1, ChunkKind::without)) return true;
        }
        return false;
    }

    // The receptor "BASE receptor(s)" if the lexicon has one ("opioid" -> opioid receptors).
    std::optional<std::size_t> receptor_named(std::string_view base) const {
        for (const char* suffix : {" receptors", " receptor"}) {
            auto r = lex_.find(std::string(base) + suffix);
            if (r && lex_.entity(*r).type == EntityType::receptor) return r;
        }
        return std::nullopt;
    }

    // "opioid agonist": the receptor named after what precedes the binding word.
    std::optional<std::size_t> receptor_named_by(std::size_t entity_chunk) const {
        std::size_t e = c_[entity_chunk].entity;
        if (lex_.entity(e).type == EntityType::receptor) return e;
        std::string surface;
        for (std::size_t t = c_[entity_chunk].first; t < c_[entity_chunk].last; ++t) {
            if (!surface.empty() && norm(t) != "-" && surface.back() != '-') surface.push_back(' ');
            surface += norm(t);
        }
        if (auto r = receptor_named(surface)) return r;
        return receptor_named(lex_.entity(e).name);
    }

    bool is_word(std::size_t chunk, std::string_view w) const { return is(chunk, ChunkKind::word) && norm(c_[chunk].first) == w; }
    bool is_preposition_of_target(std::size_t chunk) const {
        return is_word(chunk, "on") || is_word(chunk, "in") || is_word(chunk, "for") || is_word(chunk, "against") ||
               is_word(chunk, "upon") || is_word(chunk, "over");
    }
    bool is_agent_noun(std::size_t chunk) const { return is(chunk, ChunkKind::predicate) && c_[chunk].cue.agent; }
    // The substance under discussion, when the sentence names no agent of its own
    // (and no anaphor stands for one): the implicit agent of what it reports.
    std::optional<std::size_t> unnamed_topic() const {
        for (const Chunk& ch : c_)
            if (ch.kind == ChunkKind::entity && is_agent_type_entity(ch.entity)) return std::nullopt;
        return s_.topic;
    }
    bool is_agent_type_entity(std::size_t e) const {
        const EntityType t = lex_.entity(e).type;
        return t == EntityType::substance || t == EntityType::other;
    }
    bool is_agent_type(std::size_t chunk) const { return is_agent_type_entity(c_[chunk].entity); }

    // Members of the entity list starting at k that can act as agents.
    std::vector<std::size_t> agents_from(std::size_t k) const {
        std::vector<std::size_t> out;
        for (std::size_t m : group_right(k))
            if (!is_target_[m] && is_agent_type(m)) out.push_back(m);
        return out;
    }

    // The agent of "by": "inhibited by clorgyline", "blocked by the D2 antagonist
    // raclopride" (the receptor there only qualifies the agent noun).
    std::vector<std::size_t> agent_after_by(std::size_t by) const {
        for (std::size_t k = by + 1; k < c_.size() && k <= by + 6; ++k) {
            if (is(k, ChunkKind::entity)) {
                if (is_target_[k] || is_agent_noun(k + 1) || (is_hyphen(k + 1) && is_agent_noun(k + 2))) continue;
                return agents_from(k);
            }
            if (is(k, ChunkKind::boundary) || is(k, ChunkKind::relative) ||
                (is(k, ChunkKind::predicate) && !c_[k].cue.agent))
                break;
        }
        return {};
    }

    // An agent noun's subject in apposition after it: "the D3 antagonist
    // SB-277011", "AAAD inhibitors carbidopa, ...", "antagonists such as X".
    // An unknown name may stand first when the known one follows in brackets:
    // "the kappa blocker nor-binaltorphimine (nor-BNI)".
    std::vector<std::size_t> appositive_after(std::size_t after) const {
        std::size_t unknown_words = 0;
        for (std::size_t k = after; k < c_.size(); ++k) {
            const bool bracket = is(k, ChunkKind::word) && (norm(c_[k].first) == "[" || norm(c_[k].first) == ":");
            if (is(k, ChunkKind::connector) || bracket) continue;
            if (is(k, ChunkKind::entity)) {
                if (is_target_[k] || !is_agent_type(k)) return {};
                if (unknown_words > 0) {
                    const std::string_view before = norm(c_[k - 1].first);
                    if (before != "(" && before != "[") return {};
                }
                return agents_from(k);
            }
            if (is_hyphen(k)) continue;
            if (is(k, ChunkKind::word) && ++unknown_words <= 3) continue;
            return {};
        }
        return {};
    }

    // "H1 antagonism of clozapine", "5-HT1A agonist actions of yohimbine".
    std::vector<std::size_t> agent_after_of(std::size_t after) const {
        std::size_t k = after;
        if (is_word(k, "of") && is(k + 1, ChunkKind::entity) && !is_target_[k + 1] && is_agent_type(k + 1))
            return agents_from(k + 1);
        return {};
    }

    // A past participle followed by "by": the passive voice.
    std::optional<std::size_t> passive_by(std::size_t c) const {
        const std::string_view last = norm(c_[c].last - 1);
        if (c_[c].cue.agent || !(last.ends_with("ed") || last == "bound")) return std::nullopt;
        std::size_t k = c + 1;
        if (is(k, ChunkKind::word) && norm(c_[k].first).ends_with("ly")) ++k;  // "inhibited strongly by"
        if (is_word(k, "by")) return k;
        return std::nullopt;
    }

    void apply_cue(std::size_t c) {
        const Chunk& cue = c_[c];
        const bool agent_noun = cue.cue.agent;
        // "Treatment with fluoxetine reduced anxiety": the use of a substance, not a cue
        // whose target follows.
        if (cue.last == cue.first + 1 && roles_.has(norm(cue.first), WordRole::use) && is_word(c + 1, "with")) return;

        // "Elevated prolactin levels can contribute to ...": a participle opening the
        // clause describes its subject; it states no effect of its own.
        if (cue.cue.verb && norm(cue.last - 1).ends_with("ed") && is(c + 1, ChunkKind::entity)) {
            bool nothing_before = true;
            for (std::size_t k = clause_start(c); k < c; ++k)
                if (is(k, ChunkKind::entity) || is(k, ChunkKind::predicate)) nothing_before = false;
            // (After "but" it is the clause's verb: "... did not reduce withdrawal but lowered cravings".)
            if (nothing_before && coordinated_vp_subject(c).empty()) return;
        }

        // "Cannabidiol has anxiolytic effects": the word names its own target.
        if (!cue.cue.fixed_target.empty()) {
            auto target = lex_.find(cue.cue.fixed_target);
            if (!target) return;
            std::vector<std::size_t> subj = coordinated_vp_subject(c);
            if (subj.empty()) subj = subjects(c, c);
            if (subj.empty()) return;
            const bool h = hedged(c, *std::max_element(subj.begin(), subj.end())), n = negated(c);
            for (std::size_t sc : subj) emit(c_[sc].entity, cue.cue.predicate, *target, c, h, n, BindMode::none);
            return;
        }

        // "the interaction between kratom and dopamine receptors": the first is the subject.
        if (cue.cue.of_form && norm(cue.last - 1) == "between") {
            if (!is(c + 1, ChunkKind::entity) || is_target_[c + 1]) return;
            std::vector<std::size_t> g = group_right(c + 1);
            if (g.size() < 2) return;
            std::vector<std::size_t> targets(g.begin() + 1, g.end());
            for (std::size_t t : targets) is_target_[t] = true;
            emit_all(c, {g.front()}, targets, std::nullopt, false, c);
            return;
        }
        // "the effects of kratom on dopamine", "the role of X in Y".
        if (cue.cue.of_form) {
            if (!is(c + 1, ChunkKind::entity) || is_target_[c + 1]) return;
            std::vector<std::size_t> subj;
            for (std::size_t m : group_right(c + 1))
                if (!is_target_[m]) subj.push_back(m);
            std::size_t p = *std::max_element(subj.begin(), subj.end()) + 1;
            // "benefits of X for Y"; but "the role of kratom for depression" is a use label.
            auto opens_targets = [&](std::size_t q) {
                return is_preposition_of_target(q) && (cue.cue.flips_on_harm || !is_word(q, "for"));
            };
            for (std::size_t words = 0; words < 2 && is(p, ChunkKind::word) && !opens_targets(p); ++words) ++p;
            if (!opens_targets(p)) return;
            std::vector<std::size_t> targets = right_targets(p);
            if (targets.empty()) return;
            for (std::size_t t : targets) is_target_[t] = true;
            emit_all(c, subj, targets, std::nullopt, false, c);
            return;
        }
        std::vector<std::size_t> targets;
        std::optional<std::size_t> word_receptor;  // a receptor named by a plain word, not a chunk
        std::vector<std::size_t> subj;
        std::size_t leftmost = c;
        bool left_form = false;

        // Passive: "the transporter was inhibited by cocaine".
        if (auto by = passive_by(c)) {
            subj = agent_after_by(*by);
            if (!subj.empty()) {
                // The surface subject is the patient: the nearest entity group before the
                // verb, even one another cue took ("MDMA-induced serotonin release is blocked by X").
                std::size_t k = c;
                while (k > 0 && !is(k - 1, ChunkKind::entity) && !is(k - 1, ChunkKind::boundary)) --k;
                if (k == 0 || !is(k - 1, ChunkKind::entity)) return;
                targets = {k - 1};
                for (std::size_t q = k - 1; q > 0 && (is(q - 1, ChunkKind::connector) || is(q - 1, ChunkKind::entity)); --q)
                    if (is(q - 1, ChunkKind::entity)) targets.push_back(q - 1);
                for (std::size_t t : targets) is_target_[t] = true;
                emit_all(c, subj, targets, std::nullopt, false, *std::max_element(targets.begin(), targets.end()));
                return;
            }
        }

        if (cue.kind == ChunkKind::predicate && c > 0) {
            std::size_t p = c - 1;
            bool hyphen = is_hyphen(p);
            if (hyphen && p > 0) --p;
            // "H3 receptor (H3R) antagonists": the bracketed alias stands between.
            if (!hyphen && is(p, ChunkKind::connector) && norm(c_[p].first) == ")" && p >= 2 &&
                is(p - 1, ChunkKind::entity) && is(p - 2, ChunkKind::connector) && norm(c_[p - 2].first) == "(")
                p -= 1;
            // "DMI-induced": a participle after a hyphen names the agent before it, not a target.
            bool agentive_participle = hyphen && norm(cue.last - 1).ends_with("ed");
            // "caffeine-induced anxiety": the agent before, the target right after.
            if (agentive_participle && is(p, ChunkKind::entity) && is(c + 1, ChunkKind::entity) &&
                !is_target_[c + 1]) {
                is_target_[c + 1] = true;
                emit_all(c, group_left(p), {c + 1}, std::nullopt, false, p);
                return;
            }
            bool binding_noun = cue.cue.predicate == Predicate::binds && cue.cue.mode != BindMode::none;
            bool can_take_left = (hyphen && !agentive_participle) || cue.cue.also_postmodifier || binding_noun;
            if (is(p, ChunkKind::entity) && can_take_left && !(agent_noun && is_agent_type(p))) {
                targets = group_left(p);
                left_form = true;
                leftmost = *std::min_element(targets.begin(), targets.end());
            } else if (binding_noun && is(p, ChunkKind::entity)) {
                // "a partial opioid agonist": "opioid" names the substance class, and the receptors after it.
                if (auto r = receptor_named_by(p)) {
                    word_receptor = *r;
                    left_form = true;
                    leftmost = p;
                }
            } else if (binding_noun && is(p, ChunkKind::word)) {
                // "a partial opioid agonist": the word names a receptor family.
                if (auto r = receptor_named(norm(c_[p].first))) {
                    word_receptor = *r;
                    left_form = true;
                    leftmost = p;
                }
            }
        }
        std::size_t after = c + 1;
        if (!left_form) {
            targets = right_targets(c);
            if (agent_noun) {
                // "an inhibitor of MAO-B, deprenyl": a substance after the target is the agent.
                std::vector<std::size_t> kept;
                for (std::size_t t : targets)
                    if (!is_agent_type(t)) kept.push_back(t);
                targets = kept;
            }
            if (!targets.empty()) after = *std::max_element(targets.begin(), targets.end()) + 1;
            // "I tried kratom for my back pain and honestly it helped": a benefit verb
            // with no object helps with what the sentence said it was taken for.
            if (targets.empty() && cue.cue.verb && cue.cue.flips_on_harm && !is(c + 1, ChunkKind::entity))
                if (auto purpose = purpose_before(c)) targets = *purpose;
        }
        if (targets.empty() && !word_receptor) return;
        for (std::size_t t : targets) {
            is_target_[t] = true;
            if (!target_cue_[t]) target_cue_[t] = c;
        }
        distribute_reuptake(targets);

        // "Phenibut increases GABA activity": a name the lexicon lacks, right before the verb.
        if (cue.cue.verb && !left_form) {
            if (std::string name = unknown_name_before(c); !name.empty()) {
                for (std::size_t t : targets) emit_unknown(name, c, t);
                return;
            }
        }
        if (agent_noun) subj = appositive_after(after);
        if (subj.empty() && left_form) subj = agent_after_of(after);
        if (subj.empty() && is_word(after, "by")) subj = agent_after_by(after);  // "inhibition of MAO by X"
        if (subj.empty() && !left_form && cue.cue.verb) subj = coordinated_vp_subject(c);
        if (subj.empty()) {
            bool only_conditions = !word_receptor && !targets.empty();
            for (std::size_t t : targets)
                if (lex_.entity(c_[t].entity).type != EntityType::condition) only_conditions = false;
            const bool ligand = agent_noun || cue.cue.predicate == Predicate::binds;
            subj = subjects(c, leftmost, only_conditions, ligand);
        }
        if (subj.empty()) return;
        std::size_t subject_pos = *std::max_element(subj.begin(), subj.end());
        emit_all(c, subj, targets, word_receptor, left_form, subject_pos < leftmost ? subject_pos : leftmost);
    }

    void emit_all(std::size_t c, const std::vector<std::size_t>& subj, const std::vector<std::size_t>& targets,
                  std::optional<std::size_t> word_receptor, bool left_form, std::size_t subject_pos) {
        const Chunk& cue = c_[c];
        std::size_t leftmost = c;
        for (std::size_t t : targets) leftmost = std::min(leftmost, t);
        if (word_receptor && leftmost > 0) leftmost = std::min(leftmost, c - 1);
        Predicate pred = cue.kind == ChunkKind::without ? Predicate::increases : cue.cue.predicate;
        BindMode mode = cue.kind == ChunkKind::without ? BindMode::none : cue.cue.mode;
        if (pred == Predicate::binds && left_form && mode == BindMode::agonist && leftmost > 0) {
            const std::string_view w = norm(c_[leftmost - 1].first);
            if (w == "partial") mode = BindMode::partial_agonist;
            if (w == "inverse") mode = BindMode::inverse_agonist;
        }
        // "its potential for dependence": a cue that opens with a hedge word is hedged itself.
        const bool h = hedged(leftmost, subject_pos) || norm(cue.first) == "potential" || norm(cue.first) == "possible",
                   n = negated(c);
        if (!subj.empty())
            for (std::size_t tc : targets) claimed_[tc] = true;
        for (std::size_t sc : subj) {
            if (word_receptor) emit(c_[sc].entity, pred, *word_receptor, c, h, n, mode);
            for (std::size_t tc : targets) {
                std::size_t target = entity_of(tc);
                if (pred == Predicate::binds && left_form) {
                    auto r = receptor_named_by(tc);
                    if (r) target = *r;
                }
                emit(c_[sc].entity, pred, target, c, h, n, mode);
            }
        }
    }

    // The name right before the verb group ("Phenibut may increase"), when the
    // lexicon lacks it and NameJudge takes it for a substance; empty otherwise.
    std::string unknown_name_before(std::size_t c) const {
        if (!names_ || !names_->enabled()) return {};
        std::size_t k = c;
        while (k > 0 && (is(k - 1, ChunkKind::hedge) || is(k - 1, ChunkKind::negation) ||
                         (is(k - 1, ChunkKind::word) && norm(c_[k - 1].first).ends_with("ly"))))
            --k;
        // The name: word tokens joined by hyphens ("SB-277011", "L-theanine").
        std::size_t end = k, begin = k;
        while (begin > 0 && is(begin - 1, ChunkKind::word) && c_[begin - 1].cue.cls != CueClass::determiner) {
            const Token& t = s_.tokens[c_[begin - 1].first];
            bool hyphen = t.norm == "-";
            if (!hyphen && t.kind == TokenKind::punct) break;
            if (!hyphen && begin < end && !is_hyphen(begin)) break;  // two words: only hyphens join a name
            --begin;
        }
        if (begin == end || is_hyphen(begin)) return {};
        // "this amino acid promotes ...": a common noun after a determiner is a description, not a name.
        for (std::size_t p = begin, steps = 0; p > 0 && steps < 3; --p, ++steps) {
            if (!is(p - 1, ChunkKind::word)) break;
            if (c_[p - 1].cue.cls == CueClass::determiner) return {};
        }
        std::string name, head;
        bool has_letter = false;
        for (std::size_t q = begin; q < end; ++q) {
            const std::string_view w = norm(c_[q].first);
            name += w;
            if (w != "-" && s_.tokens[c_[q].first].kind == TokenKind::word) {
                head = w;
                has_letter = true;
            }
        }
        // A hyphenated code ("SB-277011") is judged whole; a plain word by itself.
        if (!has_letter || !names_->names_substance(end - begin > 1 ? name : head)) return {};
        return name;
    }

    void emit_unknown(const std::string& name, std::size_t c, std::size_t tc) {
        const Chunk& cue = c_[c];
        const std::size_t t = c_[tc].entity;
        const EntityType tt = lex_.entity(t).type;
        Predicate p = cue.cue.predicate;
        BindMode mode = cue.cue.mode;
        if (tt == EntityType::receptor && cue.cue.receptor_mode != BindMode::none) {
            p = Predicate::binds;
            mode = cue.cue.receptor_mode;
        }
        if (p == Predicate::contains) return;
        p = by_valence(p, c, t);
        if (p == Predicate::binds && tt != EntityType::receptor) {
            if (tt != EntityType::neurotransmitter) return;
            p = Predicate::modulates;
            mode = BindMode::none;
        }
        add_claim({name, 0, p, t, c, hedged(c, std::nullopt), negated(c), p == Predicate::binds ? mode : BindMode::none});
    }

    // "Gabapentin reduces the release of glutamate", "blocks the production of
    // prolactin": a verb that lowers the object of a change noun reverses the noun's
    // direction (the noun keeps its subject search and its targets).
    void mark_reversed_nominals() {
        for (std::size_t c = 0; c < c_.size(); ++c) {
            const Cue& cue = c_[c].cue;
            if (!is(c, ChunkKind::predicate) || cue.verb || cue.of_form || cue.agent ||
                (cue.predicate != Predicate::increases && cue.predicate != Predicate::decreases))
                continue;
            std::size_t v = c;
            while (v > 0 && c - v < 2 && is(v - 1, ChunkKind::word)) --v;
            if (v > 0 && is(v - 1, ChunkKind::predicate) && c_[v - 1].cue.verb &&
                c_[v - 1].cue.predicate == Predicate::decreases && !c_[v - 1].cue.flips_on_harm)
                reversed_[c] = true;
        }
    }

    // The opposite direction; other predicates have none.
    static Predicate opposite(Predicate p) {
        if (p == Predicate::increases) return Predicate::decreases;
        if (p == Predicate::decreases) return Predicate::increases;
        return p;
    }
    // "improves anxiety" relieves it: benefit and harm cues flip on a harmful condition.
    Predicate by_valence(Predicate p, std::size_t cue, std::size_t target) const {
        if (!c_[cue].cue.flips_on_harm || !harms_ || !harms_->count(target)) return p;
        return opposite(p);
    }

    void emit(std::size_t s, Predicate p, std::size_t t, std::size_t cue, bool h, bool n, BindMode mode) {
        if (s == t) return;
        // "To assess whether cannabidiol reduces withdrawal": an embedded question asserts nothing.
        // ("Whether you're seeking relief ..., kratom may help" opens with a condition, not a question.)
        // A comma between "whether" and the cue has closed the question ("To determine whether
        // ..., animals were pretreated with the MAO inhibitor X").
        if (const std::size_t start = clause_start(cue); start > 1 && is(start - 1, ChunkKind::boundary) &&
                                                         norm(c_[start - 1].first) == "whether") {
            bool closed = false;
            for (std::size_t k = start; k < cue && !closed; ++k) closed = is_comma(k);
            if (!closed) return;
        }
        if (reversed_[cue]) p = opposite(p);
        const EntityType st = lex_.entity(s).type, tt = lex_.entity(t).type;
        if (tt == EntityType::receptor && c_[cue].cue.receptor_mode != BindMode::none) {
            p = Predicate::binds;  // "blocks 5-HT3 receptors"
            mode = c_[cue].cue.receptor_mode;
        }
        p = by_valence(p, cue, t);
        // A condition acts only on the body's messengers and their machinery
        // ("stress disrupts dopamine balance"); two conditions are a correlation,
        // and a condition does not act on a substance.
        if (st == EntityType::condition &&
            (tt == EntityType::condition || tt == EntityType::substance || tt == EntityType::other))
            return;
        // Only a substance acts on a substance ("prolactin increases kratom" is a misparse).
        if ((tt == EntityType::substance || tt == EntityType::other) && st != EntityType::substance &&
            st != EntityType::other)
            return;
        if (p == Predicate::binds) {
            if (st == EntityType::condition) return;
            if (tt == EntityType::transporter || tt == EntityType::enzyme) {
                // Blocking a transporter or an enzyme lowers its work; an agonist of one raises it.
                if (mode == BindMode::none) return;
                p = mode == BindMode::antagonist || mode == BindMode::inverse_agonist ? Predicate::decreases
                                                                                      : Predicate::increases;
                mode = BindMode::none;
            } else if (tt == EntityType::neurotransmitter) {
                p = Predicate::modulates;  // "binds to serotonin systems" names no receptor
                mode = BindMode::none;
            } else if (tt != EntityType::receptor) {
                return;
            }
        }
        if (p != Predicate::binds) mode = BindMode::none;
        if (p == Predicate::contains && (st != EntityType::substance || tt != EntityType::substance)) return;
        add_claim({{}, s, p, t, cue, h, n, mode});
    }

    // One claim per (subject, predicate, target) per sentence: asserted beats
    // hedged, and affirmed beats denied (eval/seeds/README.md). Merged as they
    // come, so a list of thousands of mentions on both sides of one cue costs
    // its distinct pairs, not the product of its mentions; and a sentence keeps
    // at most kMaxClaimsPerSentence claims, far more than prose ever states.
    static constexpr std::size_t kMaxClaimsPerSentence = 1000;
    // A sentence has a few claims: up to this many, the claim with the same key is
    // found by a scan; past it, by an index of the keys, built then.
    static constexpr std::size_t kScannedClaims = 16;

    static auto key_of(const SentenceClaim& c) { return std::make_tuple(c.unknown_subject, c.subject, c.predicate, c.target); }

    void add_claim(const SentenceClaim& cl) {
        SentenceClaim* prev = nullptr;
        if (claims_.size() <= kScannedClaims) {
            for (SentenceClaim& c : claims_)
                if (c.subject == cl.subject && c.target == cl.target && c.predicate == cl.predicate &&
                    c.unknown_subject == cl.unknown_subject) {
                    prev = &c;
                    break;
                }
        } else {
            if (seen_.empty())
                for (std::size_t i = 0; i < claims_.size(); ++i) seen_.emplace(key_of(claims_[i]), i);
            if (auto it = seen_.find(key_of(cl)); it != seen_.end()) prev = &claims_[it->second];
        }
        if (!prev) {
            if (claims_.size() >= kMaxClaimsPerSentence) return;
            if (!seen_.empty()) seen_.emplace(key_of(cl), claims_.size());
            claims_.push_back(cl);
            return;
        }
        prev->hedged = prev->hedged && cl.hedged;
        prev->negated = prev->negated && cl.negated;
        if (prev->mode == BindMode::none) prev->mode = cl.mode;
    }

    const Lexicon& lex_;
    const WordRoles& roles_;
    const NameJudge* names_;
    const std::unordered_set<std::size_t>* harms_;
    const AnalyzedSentence& s_;
    // A span, not the vector: its size is a member, where the vector's is a
    // division by sizeof(Chunk), and is() asks for it at every step.
    const std::span<const Chunk> c_;
    // The per-chunk tables and the claims live in the caller's RuleScratch, so that
    // sentence after sentence reuses their memory.
    std::vector<char>& is_target_;
    std::vector<std::optional<std::size_t>>& target_cue_;  ///< target chunk -> the cue that took it
    std::vector<char>& claimed_;                           ///< target chunk -> some claim has it
    std::vector<char>& reversed_;  ///< cue chunk -> a lowering verb reverses it ("reduces the release of")
    std::vector<char>& states_;    ///< state word chunk -> apply_state() read it so
    std::map<std::size_t, std::size_t> entity_override_;  ///< chunk -> entity it stands for here
    std::vector<SentenceClaim>& claims_;
    std::map<std::tuple<std::string, std::size_t, Predicate, std::size_t>, std::size_t>& seen_;  ///< past kScannedClaims
};

}  // namespace

std::vector<SentenceClaim> ClaimRules::apply(const AnalyzedSentence& s) const {
    RuleScratch scratch;
    apply(s, scratch);
    return std::move(scratch.claims);
}

const std::vector<SentenceClaim>& ClaimRules::apply(const AnalyzedSentence& s, RuleScratch& scratch) const {
    scratch.claims.clear();
    if (s.makes_claims) SentenceRules(lexicon_, roles_, names_, harms_, s, scratch).run();
    return scratch.claims;
}

}  // namespace claimgraph::extract
