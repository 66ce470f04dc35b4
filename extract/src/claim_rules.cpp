#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <map>
#include <set>
#include <span>
#include <string_view>
#include <unordered_set>
#include <tuple>

#include "claimgraph/extract/extractor.hpp"
#include "grammar.hpp"
#include "harms.hpp"

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
            if ((is(k, ChunkKind::entity) || is(k, ChunkKind::word)) && c_[k].cue.cls == CueClass::constituent) {
                apply_constituent(k);
                // "the principal constituent of the plant"
                if (word_rule(norm(c_[k].last - 1)) == WordRule::part) apply_part_of(k);
            }
        apply_following_list();
        // "better" is also a cue ("better sleep"); after its outcome ("my sleep is better")
        // it says how that outcome is now, and takes no targets after it.
        for (std::size_t k = 0; k < c_.size(); ++k)
            if (is(k, ChunkKind::predicate) && c_[k].last == c_[k].first + 1 &&
                word_rule(norm(c_[k].first)) == WordRule::state)
                states_[k] = apply_state(k);
        // "by 5.7 beats per minute": a count and a rate make a unit of the cue word.
        for (std::size_t k = 1; k + 1 < c_.size(); ++k)
            if (is(k, ChunkKind::predicate) && c_[k].last == c_[k].first + 1 && is_number(k - 1) && is_word(k + 1, "per"))
                states_[k] = true;
        // "Caffeine occurs naturally in coffee, tea and guarana": where a substance
        // occurs is what contains it; nothing is brought on.
        for (std::size_t k = 0; k < c_.size(); ++k)
            if (is(k, ChunkKind::predicate) && c_[k].last == c_[k].first + 1 && norm(c_[k].first).starts_with("occur") &&
                occurs_in_substance(k)) {
                states_[k] = true;
                apply_part_of(k);
            }
        // "it is added to many soft drinks": what it is added to contains it.
        for (std::size_t k = 1; k < c_.size(); ++k)
            if (is(k, ChunkKind::predicate) && norm(c_[k].first) == "added" && c_[k].last == c_[k].first + 2 &&
                (is_word(k - 1, "is") || is_word(k - 1, "are") || is_word(k - 1, "was") || is_word(k - 1, "were") ||
                 is_word(k - 1, "be") || is_word(k - 1, "been")))
                states_[k] = apply_added_to(k);
        // "People who took X were less likely to develop depression": "develop" after a
        // comparison of how likely is read by apply_as_likely, which knows the direction.
        for (std::size_t k = 2; k + 2 < c_.size(); ++k)
            if (is(k, ChunkKind::hedge) && norm(c_[k].first) == "likely" && is_word(k + 1, "to") &&
                is(k + 2, ChunkKind::predicate) && norm(c_[k + 2].first).starts_with("develop") &&
                (is_word(k - 1, "less") || is_word(k - 1, "more") || (is_word(k - 1, "as") && k >= 3)))
                states_[k + 2] = true;
        mark_reversed_nominals();
        // (Before the cues: the outcome it claims is then no subject of a verb after it,
        // "GABA, the brain's main calming pathway, and to help regulate cortisol".)
        apply_messenger_description();
        apply_demonstrative_description();
        apply_breakdown_by();
        apply_breaking_enzyme_blocked();
        apply_hyphened_adulterant();
        apply_alongside();
        apply_treat_with();
        apply_what_cleft();
        apply_found_in();
        apply_contact_relative();
        mark_activation_openers();
        for (std::size_t c = 0; c < c_.size(); ++c) {
            if (states_[c]) continue;
            if (c_[c].kind == ChunkKind::predicate && apply_compared_after(c)) continue;
            // ("panic disorder, with or without agoraphobia": either way, so no absence.)
            if (c_[c].kind == ChunkKind::without && c >= 2 && is_mark(c - 1, "or") && is_word(c - 2, "with")) continue;
            if (c_[c].kind == ChunkKind::predicate || c_[c].kind == ChunkKind::without) apply_cue(c);
            if (is_anti_prefixed(c)) apply_anti(c);
        }
        // (Before "after X" takes the outcomes of a sentence for X: "Headache (MOD 14%, CAF
        // 10%) and nausea were the most frequent adverse events, and ... after CAF".)
        apply_named_side_effects();
        apply_effects_more_common_with();
        apply_reported_outcomes();
        apply_release_by();
        // The rules for effects stated without an effect verb, each keyed by a word.
        for (std::size_t k = 0; k < c_.size(); ++k) {
            // "side effects such as nausea", "effects like anxiety", "reactions, including ...":
            // the list after the head.
            if (is(k, ChunkKind::connector) && k > 0 &&
                (is(k - 1, ChunkKind::word) || (k > 1 && is_comma(k - 1) && is(k - 2, ChunkKind::word))) &&
                (norm(c_[k].first) == "such" || norm(c_[k].first) == "like" || norm(c_[k].first) == "including"))
                apply_effects_include(k);
            // "a rare side effect called priapism", "a reaction known as serotonin syndrome".
            if (k > 0 && is(k - 1, ChunkKind::word) && (is_word(k, "called") || (is_word(k, "known") && is_word(k + 1, "as"))))
                apply_effects_include(k);
            // ("report" is a hedge too, and reports what follows.)
            if (is(k, ChunkKind::hedge) && word_rule(norm(c_[k].first)) == WordRule::report) apply_report(k);
            // ("marketed as" is a hedge too: "marketed as a nasal spray for depression".)
            // ("is indicated as adjunctive therapy for": "indicated" is a hedge elsewhere, as in
            // "studies indicated that", so only after a form of "be".)
            // ("has been studied for memory support": the hedge ends in the participle and "for".)
            if (is(k, ChunkKind::hedge) &&
                ((word_rule(norm(c_[k].first)) == WordRule::used_for &&
                  (norm(c_[k].first) != "indicated" || (k > 0 && is_finite_be(k - 1)))) ||
                 studied_for(k)))
                apply_used_for(k);
            if (is(k, ChunkKind::hedge) && norm(c_[k].first) == "linked") apply_linked(k);
            // "Liver injury has been reported with kava": what is reported with a substance,
            // after "been", is linked to it.
            if (is(k, ChunkKind::hedge) && norm(c_[k].first) == "reported" && is_word(k - 1, "been") &&
                (is_word(k + 1, "with") || is_word(k + 1, "after")) && is_agent_type(k + 2))
                apply_linked(k);
            if (is(k, ChunkKind::hedge) && norm(c_[k].first) == "likely" && is_word(k + 1, "to")) apply_as_likely(k);
            // ("Akathisia is more likely with higher doses": as "more common with".)
            if (is(k, ChunkKind::hedge) && norm(c_[k].first) == "likely" && is_word(k - 1, "more") &&
                (is_word(k + 1, "with") || is_word(k + 1, "at")))
                apply_more_common(k);
            // "Some people experience nausea when taking bacopa on an empty stomach": "when" or
            // "while" and a word of intake say what was taken, as "after" does.
            if (is(k, ChunkKind::boundary) && (norm(c_[k].first) == "when" || norm(c_[k].first) == "while") &&
                is(k + 1, ChunkKind::word) && roles_.has(norm(c_[k + 1].first), WordRole::intake))
                apply_after_intake(k);
            if (!is(k, ChunkKind::word)) continue;
            // ("Seizures associated with tramadol are rare": right after the outcome, with the
            // substance after, a participle of linking says the same without "be".)
            if (roles_.has(norm(c_[k].first), WordRole::link) &&
                (is_be_link(k) || (k > 0 && is_condition(k - 1) && is_word(k + 1, "with") && is_agent_type(k + 2))))
                apply_linked(k);
            else if (roles_.has(norm(c_[k].first), WordRole::link))
                apply_link_active(k);
            if (roles_.has(norm(c_[k].first), WordRole::displacing)) apply_displace(k);
            switch (word_rule(norm(c_[k].first))) {
                case WordRule::after: apply_after_intake(k); break;
                case WordRule::have: apply_have(k); break;
                case WordRule::quantity: apply_quantity(k); break;
                case WordRule::experience: apply_experience(k); break;
                case WordRule::include: apply_effects_include(k); break;
                case WordRule::state: (void)apply_state(k); break;
                case WordRule::none:
                    if (roles_.has(norm(c_[k].first), WordRole::worsened)) (void)apply_state(k);
                    break;
                case WordRule::report: apply_report(k); break;
                case WordRule::part: apply_part_of(k); break;
                case WordRule::common: apply_more_common(k); break;
                case WordRule::used_for: apply_used_for(k); break;
                case WordRule::raw_material: apply_raw_material(k); break;
            }
        }
        apply_effect_list();
        apply_effects_owner();
        apply_copula_property();
        apply_non_prefixed();
        apply_possessive_effects();
        apply_free_of();
        apply_content_of();
        apply_blend_of();
        apply_title_tagline();
        apply_product_listing();
        apply_inline_effect_list();
        apply_none_with();
        apply_none_fragment();
        apply_change_fragment();
        apply_the_way();
        apply_same_target();
        apply_similar_to();
        apply_compared_opening();
        apply_unchanged();
        // (The passes below look for a chunk kind most sentences lack: one look at the chunks
        // says which can find anything.)
        bool person = false, without = false, relative = false, negation = false;
        for (const Chunk& ch : c_) {
            person |= ch.kind == ChunkKind::person;
            without |= ch.kind == ChunkKind::without;
            relative |= ch.kind == ChunkKind::relative;
            negation |= ch.kind == ChunkKind::negation;
        }
        apply_as_did();
        apply_conversion();
        if (person) apply_got_from();
        if (without) apply_without_owner();
        if (relative) apply_of_which();
        if (relative) apply_object_relative();
        apply_same_ones();
        if (negation) apply_while_not();
        apply_as_were();
        apply_and_to();
        apply_taken_with_partner();
        apply_taking_with();
        apply_enzyme_chain();
        apply_enzyme_mediated();
        apply_outcome_chain();
        apply_reuptake_chain();
        apply_contains_then_named();
        apply_so_more_stays();
        apply_so_gets_changed();
        apply_mediator_agents();
        apply_definite_effect();
        apply_threshold();
        apply_linked_outcome();
        apply_person_became();
        apply_worse_if_taken_with();
        apply_source_class();
        apply_class_with_properties();
        apply_link_between();
        apply_weight_change();
        apply_formulated_with();
        apply_no_longer();
        apply_person_verb_outcome();
        apply_there_were_reports();
        apply_reports_in_takers();
        apply_converted_to();
        apply_went_from_to();
        apply_quoted_attribution();
        apply_constituent_in();
        apply_object_clause();
        apply_state_on();
        apply_takers_sleep();
        apply_how_bad();
        apply_person_got_outcome();
        apply_gapped_former_latter();
        apply_no_difference();
        apply_colon_elaboration();
        apply_outcome_on();
        apply_serving_delivers();
        apply_pushed_up();
    }

    // "Each serving also delivers L-theanine and apigenin", "Every capsule provides magnesium
    // and vitamin B6": on a page that coined its product, what a serving of it delivers, the
    // product holds (the amounts may go unsaid).
    void apply_serving_delivers() {
        if (c_.size() < 4) return;
        std::size_t k = 0;
        if (!(is_word(k, "each") || is_word(k, "every"))) return;
        ++k;
        // (The serving may be read as the product already: "Each serving" is an anaphor for it.)
        auto serving = [&](std::size_t q) {
            return (is(q, ChunkKind::word) || (is(q, ChunkKind::entity) && c_[q].anaphoric)) &&
                   roles_.has(norm(c_[q].last - 1), WordRole::use);
        };
        while (k < c_.size() && k < 4 && is(k, ChunkKind::word) && !serving(k)) ++k;
        if (k >= c_.size() || !serving(k)) return;
        ++k;
        if (is_word(k, "also")) ++k;
        if (!is(k, ChunkKind::predicate) || !c_[k].cue.verb) return;
        const std::string_view v = norm(c_[k].first);
        if (!(v.starts_with("deliver") || v.starts_with("provid") || v.starts_with("suppl") || v.starts_with("offer")))
            return;
        const auto product = product_of_page();
        if (!product || !is_agent_type(k + 1) || c_[k + 1].anaphoric) return;
        for (std::size_t m : group_right(k + 1)) {
            if (!is_agent_type(m) || c_[m].anaphoric || c_[m].entity == *product) continue;
            is_target_[m] = claimed_[m] = true;
            emit(*product, Predicate::contains, c_[m].entity, k, false, negated(k), BindMode::none);
        }
    }

    // "NSAIDs like ibuprofen and naproxen can push your lithium level up", "grapefruit juice
    // or clarithromycin can push your levels up a lot", "can drive blood pressure dangerously
    // high": a verb of pushing with "up" or "high" after its object raises the object ("down",
    // "low" lower it). Unnamed levels ("your levels") are the drug the reader takes.
    void apply_pushed_up() {
        for (std::size_t v = 1; v + 2 < c_.size(); ++v) {
            if (!is(v, ChunkKind::word)) continue;
            const std::string_view w = norm(c_[v].first);
            if (!(w.starts_with("push") || w.starts_with("drive") || w.starts_with("drove") || w.starts_with("bump") ||
                  w.starts_with("send") || w.starts_with("sent") || w.starts_with("knock") || w.starts_with("kick")))
                continue;
            std::size_t q = v + 1;
            if (is(q, ChunkKind::word) && (roles_.has(norm(c_[q].first), WordRole::owner) || is_word(q, "the"))) ++q;
            std::vector<std::size_t> objects;
            bool levels = false;
            while (q < c_.size() && q <= v + 8) {
                if (is(q, ChunkKind::entity) && !is_agent_type(q)) objects.push_back(q);
                else if (is_word(q, "level") || is_word(q, "levels")) levels = true;
                else if (!is_mark(q, "and") &&
                         !(is_agent_type(q) && (is_word(q + 1, "level") || is_word(q + 1, "levels") ||
                                                norm(c_[q].last - 1) == "level" || norm(c_[q].last - 1) == "levels")))
                    break;
                else if (is(q, ChunkKind::entity)) objects.push_back(q);  // ("your lithium levels")
                ++q;
            }
            while (q < c_.size() && q <= v + 10 && is(q, ChunkKind::word) && norm(c_[q].first).ends_with("ly")) ++q;
            if (!is(q, ChunkKind::word)) continue;
            const std::string_view way = norm(c_[q].first);
            Predicate p;
            if (way == "up" || way == "high" || way == "higher") p = Predicate::increases;
            else if (way == "down" || way == "low" || way == "lower") p = Predicate::decreases;
            else continue;
            std::vector<std::size_t> targets;
            for (std::size_t o : objects) targets.push_back(c_[o].entity);
            if (targets.empty() && levels)
                if (const auto topic = article_topic()) targets.push_back(*topic);
            if (targets.empty()) continue;
            std::size_t a = v;
            while (a > 0 && (is(a - 1, ChunkKind::hedge) || is(a - 1, ChunkKind::negation) ||
                             (is(a - 1, ChunkKind::word) && (is_word(a - 1, "also") || norm(c_[a - 1].first).ends_with("ly")))))
                --a;
            if (a == 0 || !is_agent_type(a - 1)) continue;
            std::vector<std::size_t> agents;
            for (std::size_t m : group_left(a - 1))
                if (is_agent_type(m)) agents.push_back(m);
            // ("grapefruit juice or stuff like clarithromycin": past a kind word and "like".)
            if (std::size_t f = *std::min_element(agents.begin(), agents.end());
                f >= 4 && (is_mark(f - 1, "like") || is_word(f - 1, "like")) && is(f - 2, ChunkKind::word) && is_mark(f - 3, "or") &&
                is_agent_type(f - 4))
                for (std::size_t m : group_left(f - 4))
                    if (is_agent_type(m)) agents.push_back(m);
            const bool h = hedged(v, std::nullopt), n = negated(v);
            for (std::size_t o : objects) is_target_[o] = claimed_[o] = true;
            for (std::size_t ag : agents)
                for (std::size_t t : targets)
                    if (c_[ag].entity != t) emit(c_[ag].entity, p, t, v, h, n, BindMode::none);
        }
    }

    // "Tolerance to mescaline develops rapidly", "Tolerance to MDA builds quickly": tolerance
    // to a substance is what taking it brings on ("does not develop" denies it).
    // ("Tolerance to the sedative effects of barbiturates develops within days": to the
    // effects of a substance, which is the agent.)
    void apply_tolerance_to() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            if (!is_word(k, "to")) continue;
            std::size_t a = k + 1;
            if (!is_agent_type(a)) {
                std::size_t q = k + 1;
                while (q < c_.size() && q <= k + 4 && !is_word(q, "of") && (is(q, ChunkKind::word) || is_condition(q))) ++q;
                if (q == k + 1 || !is_word(q, "of") || !is_agent_type(q + 1)) continue;
                a = q + 1;
            }
            if (c_[a].anaphoric) continue;
            const std::size_t o = k - 1;
            if (!is_condition(o) || norm(c_[o].first) != "tolerance") continue;
            // ("your body can develop tolerance to oxazepam", "people build up a tolerance to
            // it": the verb comes first; its cue found no subject, as a body or people are none.)
            std::size_t before = o;
            if (before > 0 && (is_word(before - 1, "a") || is_word(before - 1, "up"))) --before;
            if (before > 0 && is_word(before - 1, "up")) --before;
            if (before > 0 && !is(before - 1, ChunkKind::entity) &&
                (norm(c_[before - 1].first).starts_with("develop") || norm(c_[before - 1].first).starts_with("build") ||
                 norm(c_[before - 1].first) == "built")) {
                is_target_[o] = claimed_[o] = true;
                emit(c_[a].entity, Predicate::increases, c_[o].entity, before - 1, hedged(before - 1, std::nullopt),
                     negated(before - 1), BindMode::none);
                continue;
            }
            if (is_target_[a] || claimed_[o] || is_target_[o] || o != clause_start(o)) continue;
            std::size_t v = a + 1;
            while (v < c_.size() && v < a + 5 && (is(v, ChunkKind::hedge) || is(v, ChunkKind::negation) ||
                                                  (is(v, ChunkKind::word) && !norm(c_[v].first).starts_with("develop") &&
                                                   !norm(c_[v].first).starts_with("build"))))
                ++v;
            if (v >= c_.size() || !(norm(c_[v].first).starts_with("develop") || norm(c_[v].first).starts_with("build"))) continue;
            is_target_[o] = claimed_[o] = true;
            emit(c_[a].entity, Predicate::increases, c_[o].entity, v, hedged(v, std::nullopt), negated(v), BindMode::none);
        }
    }

    // "the first 2 weeks of nausea on cymbalta were brutal", "weight gain on cymbalta is less
    // common than on paxil": an outcome right before "on" and a substance, that no cue has
    // taken, is what being on the substance brought ("no nausea on it" denies it).
    void apply_outcome_on() {
        apply_tolerance_to();
        for (std::size_t k = 1; k + 1 < c_.size(); ++k) {
            if (!is_word(k, "on") || !is_agent_type(k + 1) || is_target_[k + 1]) continue;
            if (is_word(k + 2, "own") || possessive_pronoun(k + 1)) continue;  // ("breathing on their own")
            if (group_right(k + 1).size() > 1) continue;  // ("on kratom and caffeine": whose it was is not said)
            const std::size_t o = k - 1;
            if (!is_condition(o) || c_[o].anaphoric || claimed_[o] || is_target_[o]) continue;
            // (Not the object of a verb or a noun of effect before it: "focus on", "the effect
            // of stress on kratom users".)
            std::size_t before = o;
            while (before > 0 && o - before < 2 && is(before - 1, ChunkKind::word) &&
                   (roles_.has(norm(c_[before - 1].first), WordRole::owner) || is_word(before - 1, "the") ||
                    is_word(before - 1, "of") || is_word(before - 1, "any")))
                --before;
            if (before > 0 && (is(before - 1, ChunkKind::predicate) || is(before - 1, ChunkKind::without) ||
                               is(before - 1, ChunkKind::hedge)))
                continue;
            const bool no = before > 0 && is(before - 1, ChunkKind::negation) && norm(c_[before - 1].first) == "no";
            is_target_[o] = claimed_[o] = true;
            emit(c_[k + 1].entity, Predicate::increases, c_[o].entity, k, hedged(k, std::nullopt), no || negated(k),
                 BindMode::none, c_[o].direction);
        }
    }

    // "scopolamine produces the classic anticholinergic syndrome: a racing heart, fever,
    // delirium and vivid hallucinations": the outcomes a colon lists after an outcome a
    // claim brings on (or relieves) are its parts, and that claim's too.
    void apply_colon_elaboration() {
        const std::size_t n = claims_.size();
        for (std::size_t k = 1; k + 1 < c_.size(); ++k) {
            if (!is(k, ChunkKind::boundary) || norm(c_[k].first) != ":" || !is_condition(k - 1) || !is_target_[k - 1]) continue;
            std::size_t first = k + 1;  // past "a", "an" and a word or two: "a racing heart", "vivid hallucinations"
            while (first < c_.size() && first <= k + 3 && is(first, ChunkKind::word) && s_.tokens[c_[first].first].kind == TokenKind::word)
                ++first;
            if (!is_condition(first)) continue;
            // (The list ends the sentence or its clause: no verb after it. Its members may
            // have a word before them: "and vivid hallucinations".)
            std::vector<std::size_t> parts;
            std::size_t end = first;
            for (; end < c_.size() && !is(end, ChunkKind::boundary) && !is(end, ChunkKind::predicate) &&
                   !is(end, ChunkKind::relative) && !is(end, ChunkKind::negation) && !is(end, ChunkKind::hedge);
                 ++end)
                if (is_condition(end)) parts.push_back(end);
                else if (is(end, ChunkKind::entity)) break;
            if (end < c_.size() && !is(end, ChunkKind::boundary)) continue;
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim whole = claims_[i];
                if (whole.target != c_[k - 1].entity || whole.cue_chunk >= k - 1 || !whole.unknown_subject.empty() ||
                    (whole.predicate != Predicate::increases && whole.predicate != Predicate::decreases))
                    continue;
                for (std::size_t m : parts) {
                    if (!is_condition(m) || claimed_[m]) continue;
                    is_target_[m] = claimed_[m] = true;
                    emit(whole.subject, whole.predicate, c_[m].entity, whole.cue_chunk, whole.hedged, whole.negated,
                         BindMode::none, c_[m].direction);
                }
                break;
            }
        }
    }

    // A trial's null results, with no agent in the clause: "There were no significant
    // between-group differences in depressive symptoms or sleep quality", "No benefit was
    // seen for anxiety", "No clinically significant QT prolongation was observed". What
    // was tested, the substance under discussion (or the one named between: "no difference
    // between melatonin and placebo in sleep latency"), is denied the change.
    void apply_no_difference() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::negation) || norm(c_[k].first) != "no") continue;
            std::size_t q = k + 1;
            // (Past "significant", "clinically", "between-group": words that grade or place it.)
            auto grading = [&](std::size_t i) {
                if (!is(i, ChunkKind::word)) return false;
                const std::string_view w = norm(c_[i].first);
                return w == "significant" || w == "clinically" || w == "statistically" || w == "meaningful" ||
                       w == "relevant" || w == "between" || w == "-" || w == "group" || w == "notable" ||
                       w == "apparent" || w == "clear" || w == "additional" || w == "further";
            };
            while (q < c_.size() && q <= k + 5 && grading(q)) ++q;
            if (q >= c_.size()) continue;
            const std::string_view head = is(q, ChunkKind::word) || is(q, ChunkKind::predicate) ? norm(c_[q].first)
                                                                                                : std::string_view();
            const bool benefit = head == "benefit";
            std::optional<std::size_t> agent;
            std::size_t r = q + 1;
            std::vector<std::size_t> outcomes;
            Predicate p = Predicate::modulates;
            std::size_t cue = q;  // (the claim's cue: the noun, or the verb that reports it)
            // ("No changes in liver enzymes were seen", "There was no effect on anxiety": a noun
            // cue that holds its preposition.)
            const std::string_view cue_end = is(q, ChunkKind::predicate) ? norm(c_[q].last - 1) : std::string_view();
            if (is(q, ChunkKind::predicate) && c_[q].last == c_[q].first + 2 && (cue_end == "in" || cue_end == "on") &&
                (head == "change" || head == "changes" || head == "difference" || head == "differences" || head == "effect" ||
                 head == "effects") &&
                is_condition(q + 1)) {
                outcomes = outcomes_no_claim_has(q + 1);
            } else if (is(q, ChunkKind::word) &&
                       (head == "difference" || head == "differences" || head == "change" || head == "changes" || benefit)) {
                // "between groups", "between melatonin and placebo", "was seen", "were observed"
                while (r < c_.size() && r <= q + 6 && !is_word(r, "in") && !is_word(r, "for") && !is_word(r, "on")) {
                    if ((is_agent_type(r) || (is(r, ChunkKind::entity) && entity(c_[r].entity).type == EntityType::hormone)) &&
                        !agent)
                        agent = c_[r].entity;
                    else if (!is(r, ChunkKind::word) && !is(r, ChunkKind::connector)) break;
                    ++r;
                }
                if (!(is_word(r, "in") || is_word(r, "for") || is_word(r, "on")) || !is_condition(r + 1)) continue;
                for (std::size_t m : group_right(r + 1))
                    if (is_condition(m) && !claimed_[m] && !is_target_[m]) outcomes.push_back(m);
            } else if (is_condition(q)) {
                // "No clinically significant QT prolongation was observed"
                std::vector<std::size_t> named = group_right(q);
                const std::size_t after = *std::max_element(named.begin(), named.end()) + 1;
                if (!((is_word(after, "was") || is_word(after, "were")) && after + 1 < c_.size() &&
                      (is_word(after + 1, "observed") || is_word(after + 1, "seen") || is_word(after + 1, "noted") ||
                       is_word(after + 1, "reported") || is_word(after + 1, "found"))))
                    continue;
                for (std::size_t m : named)
                    if (is_condition(m) && !claimed_[m] && !is_target_[m]) outcomes.push_back(m);
                p = Predicate::increases;
                cue = after + 1;
            } else {
                continue;
            }
            if (!agent) agent = unnamed_topic();
            // ("There were no differences between groups in body weight, and EPA did not raise
            // LDL cholesterol": the one agent another clause names is the one tested.)
            if (!agent)
                for (std::size_t a = 0; a < c_.size(); ++a) {
                    if (!is_agent_type(a)) continue;
                    if (agent && *agent != c_[a].entity) {
                        agent.reset();
                        break;
                    }
                    agent = c_[a].entity;
                }
            if (!agent || outcomes.empty()) continue;
            const bool h = hedged(k, std::nullopt);
            for (std::size_t m : outcomes) {
                is_target_[m] = claimed_[m] = true;
                emit(*agent, benefit ? benefit_to(c_[m].entity) : p, c_[m].entity, cue, h, true, BindMode::none);
            }
        }
    }

    // "the former often cause emotional blunting and the latter dependence": "and the latter"
    // (or "the former") and outcomes, with no verb of their own, say the verb before of
    // another subject (right_targets stops before them).
    void apply_gapped_former_latter() {
        for (std::size_t k = 2; k + 1 < c_.size(); ++k) {
            if (!former_or_latter(k) || !is_and_or_but(k - 1) || !is_condition(k + 1) || claimed_[k + 1]) continue;
            std::optional<std::size_t> verb;
            for (std::size_t q = k - 1; q > 0 && !verb; --q) {
                if (is(q - 1, ChunkKind::boundary)) break;
                if (is(q - 1, ChunkKind::predicate) && c_[q - 1].cue.verb && c_[q - 1].cue.cls == CueClass::predicate &&
                    (c_[q - 1].cue.predicate == Predicate::increases || c_[q - 1].cue.predicate == Predicate::decreases))
                    verb = q - 1;
            }
            if (!verb) continue;
            const bool h = hedged(*verb, std::nullopt), n = negated(*verb);
            for (std::size_t m : group_right(k + 1)) {
                if (!is_condition(m) || claimed_[m]) continue;
                is_target_[m] = claimed_[m] = true;
                emit(c_[k].entity, c_[*verb].cue.predicate, c_[m].entity, *verb, h, n, BindMode::none, c_[m].direction);
            }
        }
    }
    // The outcomes of the list at chunk `from` that no claim of the sentence has for its
    // target: a cue's rule may have marked them taken and found no subject for them.
    std::vector<std::size_t> outcomes_no_claim_has(std::size_t from) const {
        std::vector<std::size_t> out;
        for (std::size_t m : group_right(from))
            if (is_condition(m) && std::none_of(claims_.begin(), claims_.end(),
                                                [&](const SentenceClaim& cl) { return cl.target == c_[m].entity; }))
                out.push_back(m);
        return out;
    }
    // Chunk k is "the former" or "the latter" standing for a substance.
    bool former_or_latter(std::size_t k) const {
        return is(k, ChunkKind::entity) && c_[k].anaphoric && c_[k].last == c_[k].first + 2 &&
               (norm(c_[k].first + 1) == "former" || norm(c_[k].first + 1) == "latter");
    }

    // "i got headaches from it", "I get really bad night sweats on subs", "Downsides: i get
    // headaches and night sweats": what the writer gets from, or on, a substance it brings on;
    // under a label of side effects, the substance under discussion does. ("I get migraines",
    // said alone, may be why the writer takes it, and says nothing.)
    void apply_person_got_outcome() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            // "it blocks H1 receptors, which is why you get drowsy", "it blocks muscarinic
            // receptors so you get the dry mouth": what anyone gets as the consequence of a
            // clause, that clause's subject brings on.
            std::size_t consequence = 0;  // the chunk of "which" or "so"
            if (k >= 3 && is_word(k - 1, "why") && is_word(k - 2, "is") && norm(c_[k - 3].first) == "which") consequence = k - 3;
            else if (k >= 2 && (is_word(k - 1, "so") || (is(k - 1, ChunkKind::boundary) && norm(c_[k - 1].last - 1) == "so")))
                consequence = k - 1;
            if (!is(k, ChunkKind::person) || (!roles_.has(norm(c_[k].first), WordRole::first_person) && !consequence)) continue;
            std::size_t v = k + 1;  // past "also", "still", "always", "sometimes"
            while (v < c_.size() && v <= k + 2 && is(v, ChunkKind::word) &&
                   (roles_.has(norm(c_[v].first), WordRole::filler) || norm(c_[v].first).ends_with("ly") ||
                    is_word(v, "sometimes")))
                ++v;
            // ("but I started getting heart palpitations", "i kept getting headaches": an onset the
            // writer reports, of the substance under discussion when none is named.)
            const bool onset = (is_word(v, "started") || is_word(v, "began") || is_word(v, "kept")) &&
                               (is_word(v + 1, "getting") || is_word(v + 1, "having"));
            if (onset) ++v;
            if (!(is_word(v, "get") || is_word(v, "got") || is_word(v, "gets") || is_word(v, "getting") ||
                  is_word(v, "had") || is_word(v, "developed") || (onset && is_word(v, "having"))))
                continue;
            std::size_t r = v + 1;  // past "really bad", "the worst", "some", "crazy"
            while (r < c_.size() && r <= v + 3 && is(r, ChunkKind::word) &&
                   (roles_.has(norm(c_[r].first), WordRole::filler) || c_[r].cue.cls == CueClass::determiner ||
                    roles_.has(norm(c_[r].first), WordRole::how_bad) || is_word(r, "worst") || is_word(r, "some")))
                ++r;
            if (!is_condition(r) || claimed_[r] || is_target_[r]) continue;
            std::vector<std::size_t> outcomes;
            std::size_t end = r;
            for (std::size_t m : group_right(r)) {
                end = std::max(end, m);
                if (is_condition(m) && !claimed_[m] && !is_target_[m]) outcomes.push_back(m);
            }
            std::optional<std::size_t> agent;
            std::size_t e = end + 1;
            if (is_word(e, "on") || is_word(e, "from") || is_word(e, "with") || is_word(e, "after")) {
                std::size_t a = e + 1;
                if (is(a, ChunkKind::word) && c_[a].cue.cls == CueClass::determiner) ++a;
                if (is_agent_type(a)) agent = c_[a].entity;
                else continue;  // ("from work", "with my doctor")
            } else if (k == 2 && is(1, ChunkKind::boundary) && norm(c_[1].first) == ":" && is(0, ChunkKind::word) &&
                       roles_.has(norm(c_[0].first), WordRole::effects)) {
                agent = unnamed_topic();
            } else if (consequence) {
                const std::vector<std::size_t> main = clause_subject_before(consequence);
                if (!main.empty() && is_agent_type(main.front())) agent = c_[main.front()].entity;
            } else if (onset) {
                // ("It helped, but I started getting headaches": the sentence may name it too, so
                // long as it names no other.)
                agent = unnamed_topic();
                if (!agent)
                    if (const auto topic = article_topic()) {
                        bool other = false;
                        for (std::size_t q = 0; q < c_.size(); ++q)
                            other |= is_agent_type(q) && c_[q].entity != *topic;
                        if (!other) agent = topic;
                    }
            }
            if (!agent) continue;
            for (std::size_t m : outcomes) {
                is_target_[m] = claimed_[m] = true;
                emit(*agent, Predicate::increases, c_[m].entity, v, hedged(v, std::nullopt), negated(v), BindMode::none,
                     c_[m].direction);
            }
        }
    }

    // "i was SO irritable on it", "dry mouth is brutal on dex", "My anxiety was bad on
    // phentermine": how the writer was, or how bad an outcome was, while on a substance is
    // that substance's doing. (The writer first, a form of "be" or "felt", fillers, the
    // outcome; or the outcome, a form of "be", a word of how bad, and "on".)
    // "Students who drink energy drinks every day sleep almost an hour less a night", "people
    // who take melatonin sleep longer": how long the people who take a substance sleep is
    // what the substance does to sleep.
    void apply_takers_sleep() {
        static constexpr std::string_view kTake[] = {"take", "took", "takes", "drink", "drank", "drinks", "use", "used",
                                                     "uses", "smoke", "smoked", "smokes", "consume", "consumed", "consumes"};
        for (std::size_t k = 1; k + 4 < c_.size(); ++k) {
            if (!(is(k, ChunkKind::relative) && norm(c_[k].first) == "who") && !is_word(k, "who")) continue;
            if (!is(k - 1, ChunkKind::person) && !is(k - 1, ChunkKind::word)) continue;
            if (!is(k + 1, ChunkKind::word) ||
                std::find(std::begin(kTake), std::end(kTake), norm(c_[k + 1].first)) == std::end(kTake))
                continue;
            const std::size_t x = k + 2;
            auto taken = [&](std::size_t e) {
                return is(e, ChunkKind::entity) && (is_agent_type(e) || entity(c_[e].entity).type == EntityType::hormone);
            };
            if (!taken(x) || c_[x].anaphoric) continue;
            std::size_t v = x + 1;
            while (v < c_.size() && v <= x + 4 && is(v, ChunkKind::word) && s_.tokens[c_[v].first].kind == TokenKind::word &&
                   norm(c_[v].first) != "slept" && norm(c_[v].first) != "sleep" && norm(c_[v].first) != "sleeps")
                ++v;
            // ("slept", the past, is no name of sleep in the lexicon; the verb is it all the same.)
            const bool verb = (is(v, ChunkKind::entity) || is(v, ChunkKind::word)) &&
                              (norm(c_[v].first) == "sleep" || norm(c_[v].first) == "slept" || norm(c_[v].first) == "sleeps");
            const auto sleep = lex_.find("sleep");
            if (!verb || !sleep || (is(v, ChunkKind::entity) && c_[v].entity != *sleep)) continue;
            std::optional<Predicate> way;
            for (std::size_t w = v + 1; w < c_.size() && w <= v + 6 && !way; ++w) {
                if (!is(w, ChunkKind::word)) break;
                const std::string_view n = norm(c_[w].first);
                if (n == "less" || n == "shorter" || n == "worse" || n == "fewer") way = Predicate::decreases;
                else if (n == "more" || n == "longer" || n == "better") way = Predicate::increases;
            }
            if (!way || claimed_[v]) continue;
            is_target_[v] = claimed_[v] = true;
            for (std::size_t a : group_right(x))
                if (taken(a)) emit(c_[a].entity, *way, *sleep, v, hedged(v, a), negated(v), BindMode::none);
        }
    }

    void apply_state_on() {
        for (std::size_t k = 0; k + 1 < c_.size(); ++k) {
            if (!is_word(k, "on") || !is_agent_type(k + 1) || is_target_[k + 1]) continue;
            auto be = [&](std::size_t q) {
                return is_finite_be(q) || is_word(q, "am") || is_word(q, "'m") || is_word(q, "felt") || is_word(q, "got") ||
                       is_word(q, "get") || is_word(q, "became");
            };
            auto filler = [&](std::size_t q) {
                return is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::filler) && !is_word(q, "me") &&
                       !is_word(q, "my") && !is_word(q, "you") && !is_word(q, "your");
            };
            std::optional<std::size_t> outcome;
            // "on methadone i was drowsy all the time", "On subs i feel clear headed": the
            // phrase fronted, the writer's state after it.
            if (k == clause_start(k) || k == 0) {
                std::size_t q = k + 2;
                if (is_comma(q)) ++q;
                if (is(q, ChunkKind::person) && roles_.has(norm(c_[q].first), WordRole::first_person) &&
                    (be(q + 1) || is_word(q + 1, "feel"))) {
                    std::size_t r = q + 2;
                    while (r < c_.size() && r < q + 5 && filler(r)) ++r;
                    if (is_condition(r) && !claimed_[r])
                        for (std::size_t m : group_right(r)) {
                            if (!is_condition(m) || claimed_[m]) continue;
                            is_target_[m] = claimed_[m] = true;
                            emit(c_[k + 1].entity, Predicate::increases, c_[m].entity, q + 1, hedged(q + 1, std::nullopt),
                                 negated(q + 1), BindMode::none, c_[m].direction);
                        }
                }
                continue;
            }
            if (is_condition(k - 1) && !claimed_[k - 1]) {
                // The writer's state: "i was SO irritable on it".
                std::size_t q = k - 1;
                while (q > 0 && k - 1 - q < 3 && filler(q - 1)) --q;
                if (q >= 2 && be(q - 1) && is(q - 2, ChunkKind::person) &&
                    roles_.has(norm(c_[q - 2].first), WordRole::first_person))
                    outcome = k - 1;
            } else if (is(k - 1, ChunkKind::word) && roles_.has(norm(c_[k - 1].first), WordRole::how_bad)) {
                // How bad an outcome was: "dry mouth is brutal on dex".
                std::size_t q = k - 1;
                while (q > 0 && k - 1 - q < 3 && filler(q - 1)) --q;
                if (q >= 2 && be(q - 1) && is_condition(q - 2) && !claimed_[q - 2]) outcome = q - 2;
            }
            if (!outcome) continue;
            is_target_[*outcome] = claimed_[*outcome] = true;
            emit(c_[k + 1].entity, Predicate::increases, c_[*outcome].entity, k, hedged(k, std::nullopt), negated(k),
                 BindMode::none, c_[*outcome].direction);
        }
    }

    // "the comedown every evening was brutal", "yes the seroquel hangover is real": how bad
    // an outcome is, said last in its clause, is the doing of the name before it, or of the
    // substance under discussion when the sentence names none. (Not of a state before it was
    // taken: "my anxiety was awful before I started" says nothing of it.)
    void apply_how_bad() {
        for (std::size_t k = 2; k < c_.size(); ++k) {
            // ("focus is amazing", "my sleep has been great": how good, the same way; a harm
            // said to be so is left alone.)
            const bool good = is(k, ChunkKind::word) && roles_.has(norm(c_[k].first), WordRole::improved);
            if (!is(k, ChunkKind::word) || !(roles_.has(norm(c_[k].first), WordRole::how_bad) || good)) continue;
            if (!(k + 1 == c_.size() || is(k + 1, ChunkKind::boundary) || is_comma(k + 1) || is_word(k + 1, ".") ||
                  is_word(k + 1, "!") || is_word(k + 1, "tho") || is_word(k + 1, "though") || is_word(k + 1, "too") ||
                  is_word(k + 1, "but")))
                continue;
            std::size_t q = k;
            while (q > 0 && k - q < 3 && is(q - 1, ChunkKind::word) && roles_.has(norm(c_[q - 1].first), WordRole::filler)) --q;
            if (q < 2 || !(is_finite_be(q - 1) || is_word(q - 1, "'s") || is_word(q - 1, "been"))) continue;
            // ("has been great": past the auxiliary.)
            if (is_word(q - 1, "been") && q >= 3 && (is_word(q - 2, "has") || is_word(q - 2, "have"))) --q;
            // The outcome before the verb, past a phrase of when ("every evening").
            std::size_t o = q - 2;
            if (is(o, ChunkKind::word) && o > 0) {
                std::size_t w = o;
                while (w > 0 && q - 2 - w < 3 && is(w, ChunkKind::word) && s_.tokens[c_[w].first].kind == TokenKind::word) --w;
                // (Only a phrase of when: "relapse rates are brutal" is no outcome's.)
                if (is_word(w + 1, "every") || is_word(w + 1, "each") || is_word(w + 1, "at") || is_word(w + 1, "in")) o = w;
            }
            if (!is_condition(o) || claimed_[o] || is_target_[o] || (good && is_harm(c_[o].entity))) continue;
            // (Nor of stopping: "the rebound anxiety + insomnia was brutal".)
            bool before_it = false;
            for (std::size_t t = 0; t < c_.size() && !before_it; ++t) {
                const std::string_view w = norm(c_[t].first);
                before_it = w == "before" || w == "until" || w == "used" || w == "rebound" || w == "withdrawal" ||
                            w == "stopped" || w == "quit" || w == "quitting" || w == "stopping";
            }
            if (before_it) continue;
            std::optional<std::size_t> agent;
            if (o > 0 && is_agent_type(o - 1) && !c_[o - 1].anaphoric && c_[o - 1].last == c_[o].first) agent = c_[o - 1].entity;
            else agent = unnamed_topic();
            // ("it made me feel like a god ... and then the comedown was brutal": or the one
            // substance the sentence points to by pronoun.)
            if (!agent) {
                bool one = true;
                for (std::size_t t = 0; t < c_.size() && one; ++t)
                    if (is_agent_type(t)) {
                        if (!c_[t].anaphoric || (agent && *agent != c_[t].entity)) one = false;
                        else agent = c_[t].entity;
                    }
                if (!one) agent.reset();
            }
            if (!agent) continue;
            is_target_[o] = claimed_[o] = true;
            emit(*agent, Predicate::increases, c_[o].entity, k, hedged(k, std::nullopt), negated(k), BindMode::none,
                 c_[o].direction);
        }
    }

    // "The flavonoids in ginkgo are powerful antioxidants that neutralize free radicals",
    // "The beta-glucans in reishi are thought to ...": the plant holds the compound named in
    // it, and what the phrase's clause says, the compound does as well as the plant.
    // "The real magic is the L-theanine it contains", "the constipation it causes": a name
    // with "it" and a verb after it, no "that", is that verb's object, and "it" its subject
    // (the substance "it" stands for holds the name, or brings it on).
    // ("the drowsiness that topiramate causes", "the drowsiness topiramate causes": a name
    // as its subject, with "that" or without.)
    // ("Alcohol can add to the dizziness and drowsiness that prazosin causes", "the drowsiness
    // that this medicine can cause": each name of a list after "the", and a modal before the verb.)
    void apply_object_clause() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            const std::size_t a = object_clause_subject(k);
            if (a == 0) continue;
            // (The list back to its article: the names may be a verb's targets already.)
            std::vector<std::size_t> names{k};
            for (std::size_t q = k; q >= 2 && is(q - 1, ChunkKind::connector) && !is_mark(q - 1, "(") &&
                                    !is_close_paren(q - 1) && is(q - 2, ChunkKind::entity) && !c_[q - 2].anaphoric;
                 q -= 2)
                names.insert(names.begin(), q - 2);
            if (names.front() == 0 || !is_word(names.front() - 1, "the")) continue;
            const std::size_t v = object_clause_verb(a);
            const Cue& cue = c_[v].cue;
            for (std::size_t m : names) {
                if (!is(m, ChunkKind::entity) || c_[m].anaphoric) continue;
                const EntityType t = entity(c_[m].entity).type;
                const bool holds = cue.predicate == Predicate::contains && t == EntityType::substance;
                const bool brings = cue.predicate == Predicate::increases && !cue.flips_on_harm && t == EntityType::condition;
                if (!holds && !brings) continue;
                is_target_[m] = claimed_[m] = true;
                emit(c_[a].entity, cue.predicate, c_[m].entity, v, hedged(v, std::nullopt), negated(v), BindMode::none);
            }
        }
    }
    // The verb of the clause whose subject is at `a`, past a modal ("that this medicine can cause").
    std::size_t object_clause_verb(std::size_t a) const {
        return is(a + 1, ChunkKind::hedge) && a + 2 < c_.size() && is(a + 2, ChunkKind::predicate) ? a + 2 : a + 1;
    }
    // Chunk k is a name whose clause follows it with its own subject ("it", "they" or a name
    // that acts, after "that" or not) and verb, and no object: "the constipation it causes",
    // "the drowsiness that topiramate causes". Returns that subject's chunk, or 0.
    std::size_t object_clause_subject(std::size_t k) const {
        if (!is(k, ChunkKind::entity) || c_[k].anaphoric) return 0;
        const std::size_t a = is(k + 1, ChunkKind::relative) && norm(c_[k + 1].first) == "that" ? k + 2 : k + 1;
        if (!is(a, ChunkKind::entity) || a + 1 >= c_.size()) return 0;
        const std::size_t v = object_clause_verb(a);
        if (!is(v, ChunkKind::predicate) || !c_[v].cue.verb || c_[k].entity == c_[a].entity || !is_agent_type(a) ||
            c_[a].last > c_[a].first + 3)
            return 0;
        // (The verb ends its clause: "the anxiety it relieves" says nothing of what follows.)
        if (v + 1 < c_.size() && (is(v + 1, ChunkKind::entity) || is(v + 1, ChunkKind::person))) return 0;
        // ("the drowsiness that this medicine can cause": a description that points back too.)
        if (c_[a].anaphoric) {
            const std::string_view pronoun = norm(c_[a].first);
            const bool description = c_[a].last > c_[a].first + 1 && (pronoun == "this" || pronoun == "the");
            if (!description && (c_[a].last != c_[a].first + 1 || (pronoun != "it" && pronoun != "they"))) return 0;
        }
        return a;
    }

    // "Laboratory testing has found residual butane and pesticides in some illicit shatter",
    // "Analyses detected fentanyl in 8 of 10 samples of X": what a test found in a product,
    // the product holds.
    void apply_found_in() {
        for (std::size_t k = 1; k + 3 < c_.size(); ++k) {
            if (!(is_word(k, "found") || is_word(k, "detected") || is_word(k, "identified"))) continue;
            // (An active verb: "has found", "testing found"; not "is found in", a part's rule.)
            if (is_finite_be(k - 1) || is_word(k - 1, "be") || is_word(k - 1, "been")) continue;
            std::size_t first = k + 1;
            while (first < k + 3 && is(first, ChunkKind::word) && !is_word(first, "in") && !is_word(first, "that")) ++first;
            if (!is(first, ChunkKind::entity) || c_[first].anaphoric || entity(c_[first].entity).type != EntityType::substance)
                continue;
            std::vector<std::size_t> found;
            std::size_t in = first;
            while (in < c_.size() && in < first + 12 && !is(in, ChunkKind::boundary) && !is(in, ChunkKind::predicate) &&
                   !is_word(in, "in")) {
                if (is(in, ChunkKind::entity) && !c_[in].anaphoric && entity(c_[in].entity).type == EntityType::substance)
                    found.push_back(in);
                ++in;
            }
            if (!is_word(in, "in")) continue;
            std::size_t p = in + 1;
            while (p < c_.size() && p < in + 4 && is(p, ChunkKind::word) && s_.tokens[c_[p].first].kind == TokenKind::word) ++p;
            if (!is(p, ChunkKind::entity) || c_[p].anaphoric || entity(c_[p].entity).type != EntityType::substance) continue;
            for (std::size_t m : found)
                if (c_[m].entity != c_[p].entity)
                    emit(c_[p].entity, Predicate::contains, c_[m].entity, k, hedged(k, std::nullopt), negated(k), BindMode::none);
        }
    }

    // ("the tyramine and PEA in cacao": each compound of a list before "in".)
    void apply_constituent_in() {
        for (std::size_t k = 0; k + 3 < c_.size(); ++k) {
            if (!is_word(k, "the") || !is(k + 1, ChunkKind::entity)) continue;
            std::size_t in = k + 2;
            while (in + 1 < c_.size() && in < k + 6 && is(in, ChunkKind::connector) && !is_comma(in) &&
                   is(in + 1, ChunkKind::entity))
                in += 2;
            const std::size_t p = in + 1;  // the plant
            if (!is_word(in, "in") || !is(p, ChunkKind::entity) || c_[p].anaphoric ||
                entity(c_[p].entity).type != EntityType::substance)
                continue;
            bool compounds = true;
            for (std::size_t m = k + 1; m < in && compounds; m += 2)
                compounds = !c_[m].anaphoric && entity(c_[m].entity).type == EntityType::substance &&
                            c_[m].entity != c_[p].entity;
            if (!compounds) continue;
            // (One name each: "the caffeine in coffee and tea" is left alone.)
            if (is(p + 1, ChunkKind::connector) && !is_comma(p + 1)) continue;
            const std::size_t plant = c_[p].entity;
            std::size_t end = p + 1;
            while (end < c_.size() && !is(end, ChunkKind::boundary)) ++end;
            const std::size_t n = claims_.size();
            // ("Caffeine, the stimulant in coffee, ...": in an appositive, the one noun before
            // "in" names the kind of the name the appositive describes; that name is held.)
            const bool described = in == k + 2 && k >= 2 && is_comma(k - 1) && is_agent_type(k - 2) && !c_[k - 2].anaphoric &&
                                   c_[k - 2].entity != plant;
            for (std::size_t m = k + 1; m < in; m += 2) {
                const std::size_t compound = described ? c_[k - 2].entity : c_[m].entity;
                emit(plant, Predicate::contains, compound, in, false, false, BindMode::none);
                for (std::size_t i = 0; i < n; ++i)
                    if (claims_[i].subject == plant && claims_[i].unknown_subject.empty() && claims_[i].cue_chunk > p &&
                        claims_[i].cue_chunk < end && claims_[i].predicate != Predicate::contains)
                        credit_too(claims_[i], compound);
            }
            return;
        }
    }

    // "\"Naloxone will bring back the breathing that the opioid took away,\" Okafor said.",
    // "\"...,\" said Dr. Bell": a quotation attributed after it is what someone says, hedged
    // as a report (the hedge stands after the quote, out of the scope it reads forward).
    void apply_quoted_attribution() {
        for (std::size_t k = 2; k < c_.size(); ++k) {
            if (!is(k, ChunkKind::hedge)) continue;
            std::size_t q = k;
            while (q > 0 && k - q < 4 && (is(q - 1, ChunkKind::person) || (is(q - 1, ChunkKind::word) && !is_quote(q - 1)))) --q;
            // (A closing quote: the quoted words end with a mark inside it. "rates it as
            // \"probably effective\"" opens one.)
            if (q < 2 || !is_quote(q - 1) || !(is_comma(q - 2) || is_word(q - 2, ".") || is_word(q - 2, "?") ||
                                              is_word(q - 2, "!") || is(q - 2, ChunkKind::boundary)))
                continue;
            for (SentenceClaim& cl : claims_)
                if (cl.cue_chunk < q - 1) cl.hedged = true;
            return;
        }
    }
    bool is_quote(std::size_t chunk) const {
        if (!is(chunk, ChunkKind::word)) return false;
        const std::string_view w = norm(c_[chunk].first);
        return w == "\"" || w == "\u201d" || w == "\u201c";
    }

    // "patients who use xylazine-laced fentanyl", "fentanyl-spiked counterfeit pills": the
    // substance after a participle of adulterating hyphened to another holds that one. (Before
    // the cues: "spiked" is a verb's cue elsewhere, here none.)
    void apply_hyphened_adulterant() {
        for (std::size_t k = 0; k + 3 < c_.size(); ++k) {
            if (!is(k, ChunkKind::entity) || !is_hyphen(k + 1) || c_[k].anaphoric || !is_agent_type(k) ||
                !(is(k + 2, ChunkKind::word) || is(k + 2, ChunkKind::predicate)) || c_[k + 2].last != c_[k + 2].first + 1 ||
                !roles_.has(norm(c_[k + 2].first), WordRole::adulterant) || !is(k + 3, ChunkKind::entity) ||
                c_[k + 3].anaphoric || entity(c_[k + 3].entity).type != EntityType::substance)
                continue;
            // (Written as one word: "xylazine-laced", not "xylazine - laced".)
            const auto& tok = s_.tokens;
            const std::size_t h = c_[k + 1].first;
            if (tok[h].span.start != tok[h - 1].span.end || tok[h + 1].span.start != tok[h].span.end) continue;
            emit(c_[k + 3].entity, Predicate::contains, c_[k].entity, k + 2, hedged(k + 2, std::nullopt), negated(k + 2),
                 BindMode::none);
            states_[k + 2] = true;
        }
    }

    // "My resting heart rate went from around 65 to 85 on it", "my weight has gone from 60 to
    // 54 kg": a measure that went from one number to another rose or fell with the substance
    // it was on (or the one under discussion, when its owner is the writer).
    void apply_went_from_to() {
        for (std::size_t k = 1; k + 4 < c_.size(); ++k) {
            // "it took my anxiety from like a 9 to a 3": what took the writer's outcome from one
            // number to another changed it.
            std::optional<std::size_t> taker;
            std::size_t from_at = k + 1, outcome = 0;
            if ((is_word(k, "took") || is_word(k, "takes") || is_word(k, "brought") || is_word(k, "got")) && is_agent_type(k - 1) &&
                k + 5 < c_.size() && (is_word(k + 1, "my") || is_word(k + 1, "our")) && is(k + 2, ChunkKind::entity) &&
                !is_agent_type(k + 2) && is_word(k + 3, "from")) {
                taker = c_[k - 1].entity;
                outcome = k + 2;
                from_at = k + 3;
            } else {
                if (!(is_word(k, "went") || is_word(k, "gone") || is_word(k, "goes")) || !is_word(k + 1, "from")) continue;
                std::size_t o = k;
                if (o > 1 && (is_word(o - 1, "has") || is_word(o - 1, "have"))) --o;
                if (!is(o - 1, ChunkKind::entity) || is_agent_type(o - 1) || claimed_[o - 1] || is_target_[o - 1]) continue;
                outcome = o - 1;
            }
            // The numbers, past a word of about-ness ("around", "about", "like", "~").
            // ("from like a 9": "like", a list's word too, and an article.)
            auto number_at = [&](std::size_t q) -> std::optional<std::pair<double, std::size_t>> {
                for (int skips = 0; skips < 2 && q < c_.size() && (is(q, ChunkKind::word) || is_mark(q, "like")) && !is_number(q);
                     ++skips)
                    ++q;
                if (q >= c_.size() || !is(q, ChunkKind::word) || !is_number(q))
                    return std::nullopt;
                const std::string_view text = norm(c_[q].first);
                double value = 0;
                const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
                if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
                return std::make_pair(value, q);
            };
            const auto from = number_at(from_at + 1);
            if (!from) continue;
            std::size_t to_word = from->second + 1;
            if (is_unit(to_word)) ++to_word;  // "60 kg to"
            if (to_word + 1 < c_.size() && norm(c_[to_word].first) == "/" && is_number(to_word + 1)) to_word += 2;  // "a 9/10 to"
            if (!is_word(to_word, "to")) continue;
            const auto to = number_at(to_word + 1);
            if (!to || to->first == from->first) continue;
            // The agent: "on it", "on zoloft" after the numbers; else the writer's own measure
            // ("my") under the substance under discussion.
            std::optional<std::size_t> agent = taker;
            std::size_t after = to->second + 1;
            if (is_unit(after)) ++after;
            if (agent) {
            } else if (is_word(after, "on") && is(after + 1, ChunkKind::entity) && is_agent_type(after + 1)) agent = c_[after + 1].entity;
            else if (outcome > 0 && (is_word(outcome - 1, "my") || (outcome > 1 && is_word(outcome - 2, "my"))))
                agent = unnamed_topic();
            if (!agent) continue;
            claimed_[outcome] = is_target_[outcome] = true;
            emit(*agent, to->first > from->first ? Predicate::increases : Predicate::decreases, c_[outcome].entity, k,
                 hedged(k, std::nullopt), negated(k), BindMode::none);
        }
    }

    // "Tryptophan is converted into serotonin", "a prodrug that gets converted to
    // dextroamphetamine", "it is deacetylated, first to 6-MAM and then to morphine": what a
    // drug is turned into, it raises (a precursor raises its product). The verb of breakdown
    // stays the enzyme's lowering of the drug; "to" names the product, no target of it.
    // Only a participle (the drug is its subject): "CYP3A4 converts it to mCPP" is the enzyme's.
    void apply_converted_to() {
        for (std::size_t c = 1; c + 2 < c_.size(); ++c) {
            // (The cheap tests first: the role is a hash look-up.)
            if (!is(c, ChunkKind::predicate) || c_[c].last != c_[c].first + 1 || !norm(c_[c].first).ends_with("ed") ||
                !(is_finite_be(c - 1) || is_word(c - 1, "gets") || is_word(c - 1, "get") || is_word(c - 1, "be") ||
                  is_word(c - 1, "been")) ||
                !roles_.has(norm(c_[c].first), WordRole::breakdown))
                continue;
            std::vector<std::size_t> products;
            for (std::size_t q = c + 1; q + 1 < c_.size() && q <= c + 10; ++q) {
                if (is(q, ChunkKind::boundary) || is(q, ChunkKind::predicate) || is(q, ChunkKind::relative) || is_word(q, "by"))
                    break;
                if (!(is_word(q, "to") || is_word(q, "into")) || !is(q + 1, ChunkKind::entity)) continue;
                for (std::size_t m : group_right(q + 1))
                    if (is_molecule(m)) products.push_back(m);
            }
            if (products.empty()) continue;
            std::vector<std::size_t> drugs;
            // (Not a drug it was taken with: "When taken with alcohol, a portion is converted to
            // ethylphenidate" turns none of the alcohol.)
            for (std::size_t sc : subjects(c, c))
                if (is_agent_type(sc) && !(sc > 0 && is_word(sc - 1, "with"))) drugs.push_back(sc);
            const bool h = hedged(c, std::nullopt), n = negated(c);
            for (std::size_t d : drugs)
                for (std::size_t m : products) emit(c_[d].entity, Predicate::increases, c_[m].entity, c, h, n, BindMode::none);
        }
    }

    // "Your body uses tryptophan to make serotonin", "L-Tyrosine is an amino acid that your
    // brain uses to make dopamine": what the body makes a messenger or a substance from raises
    // it (claims.md: a precursor increases its product). "make" alone is no cue, so the rule
    // starts at "use" (k); a verb of making that is a cue ("produce") has claimed its targets.
    void apply_raw_material(std::size_t k) {
        auto making = [&](std::size_t q) {
            if (q >= c_.size() || !(is(q, ChunkKind::word) || is(q, ChunkKind::predicate))) return false;
            const std::string_view w = norm(c_[q].first);
            return w == "make" || w == "produce" || w == "build" || w == "synthesize" || w == "synthesise" ||
                   w == "create" || w == "manufacture";
        };
        std::vector<std::size_t> agents;  // chunks
        std::size_t to = k + 1;
        if (is_molecule(k + 1)) {  // "uses tyrosine (and phenylalanine) to make"
            const std::vector<std::size_t> g = group_right(k + 1);
            to = *std::max_element(g.begin(), g.end()) + 1;
            for (std::size_t m : g)
                if (is_molecule(m)) agents.push_back(m);
        }
        if (!is_word(to, "to") || !making(to + 1) || to + 2 >= c_.size() || !is(to + 2, ChunkKind::entity)) return;
        if (agents.empty()) {
            // "an amino acid that your brain uses", "Tryptophan, which the body uses": the
            // relative clause's antecedent, or the copula's subject its noun describes.
            std::size_t q = k;
            while (q > 0 && k - q < 3 && is(q - 1, ChunkKind::word) && !is_word(q - 1, "that") && !is_word(q - 1, "which"))
                --q;
            // ("Choline is the raw material your brain uses to make acetylcholine": or no relative
            // word at all, the user named right after the noun.)
            const bool zero_relative = k >= 4 && (is_word(k - 2, "your") || is_word(k - 2, "the") || is_word(k - 2, "our")) &&
                                       (is_word(k - 1, "brain") || is_word(k - 1, "body")) && is(k - 3, ChunkKind::word) &&
                                       !is_word(k - 3, "that");
            if (zero_relative) q = k - 2;
            if (q < 2 ||
                !(zero_relative || is_word(q - 1, "that") || (is(q - 1, ChunkKind::relative) && norm(c_[q - 1].first) == "which")))
                return;
            std::size_t p = zero_relative ? q : q - 1;
            while (p > 0 && is_comma(p - 1)) --p;
            if (p == 0) return;
            if (is_molecule(p - 1)) {
                for (std::size_t m : group_left(p - 1))
                    if (is_molecule(m)) agents.push_back(m);
            } else if (is(p - 1, ChunkKind::word)) {
                if (auto subject = subject_of_copula(p - 1))
                    for (std::size_t m : *subject)
                        if (is_molecule(m)) agents.push_back(m);
            }
        }
        if (agents.empty()) return;
        const bool h = hedged(k, std::nullopt), n = negated(k);
        for (std::size_t t : group_right(to + 2)) {
            if (!is_molecule(t) || claimed_[t] || is_target_[t]) continue;
            is_target_[t] = claimed_[t] = true;
            for (std::size_t a : agents) emit(c_[a].entity, Predicate::increases, c_[t].entity, to + 1, h, n, BindMode::none);
        }
    }

    // "104 reports of adverse events in people who consumed delta-8 products ..., including
    // hallucinations, vomiting and tremor", "reports of seizures among users who took kratom":
    // what is reported in the people who took a substance, it brought on; hedged, as a report
    // is (claims.md).
    void apply_reports_in_takers() {
        for (std::size_t k = 0; k + 6 < c_.size(); ++k) {
            const std::string_view w = norm(c_[k].first);
            if ((w != "reports" && w != "cases") || !is_word(k + 1, "of")) continue;
            std::vector<std::size_t> outcomes;
            std::size_t q = k + 2;
            while (q < c_.size() && q < k + 10 && !is_word(q, "in") && !is_word(q, "among")) {
                if (is(q, ChunkKind::boundary) || is(q, ChunkKind::predicate) || is(q, ChunkKind::relative)) break;
                if (is_condition(q)) outcomes.push_back(q);
                ++q;
            }
            if (!(is_word(q, "in") || is_word(q, "among"))) continue;
            std::size_t r = q + 1;
            if (is(r, ChunkKind::word)) ++r;  // ("young people")
            if (!is(r, ChunkKind::person) && !(is(r, ChunkKind::word) && roles_.has(norm(c_[r].first), WordRole::cohort)))
                continue;
            if (!is(r + 1, ChunkKind::relative) || !is(r + 2, ChunkKind::word)) continue;
            const std::string_view v = norm(c_[r + 2].first);
            if (!(v == "consumed" || v == "took" || v == "used" || v == "ingested" || v == "ate" || v == "smoked" ||
                  v == "vaped" || v == "drank" || roles_.has(v, WordRole::intake)))
                continue;
            if (!is_agent_type(r + 3) || c_[r + 3].anaphoric) continue;
            const std::size_t agent = c_[r + 3].entity;
            // (", including A, B and C" later in the clause lists the events.)
            for (std::size_t i = r + 4; i + 1 < c_.size(); ++i) {
                if (is(i, ChunkKind::boundary) || is(i, ChunkKind::predicate) || is(i, ChunkKind::relative)) break;
                if (is_word(i, "including") || is_mark(i, "including")) {
                    for (std::size_t m : group_right(i + 1))
                        if (is_condition(m)) outcomes.push_back(m);
                    break;
                }
            }
            for (std::size_t m : outcomes) {
                if (claimed_[m]) continue;
                is_target_[m] = claimed_[m] = true;
                emit(agent, Predicate::increases, c_[m].entity, k, true, negated(k), BindMode::none, c_[m].direction);
            }
        }
    }

    // "There have been rare reports of liver injury", "There are reports of seizures in people
    // taking kratom": outcomes reported, in an existential sentence, of the substance the
    // people took, else of the one under discussion; hedged, as a report is (claims.md).
    void apply_there_were_reports() {
        if (c_.size() < 5 || !is_word(0, "there")) return;
        std::size_t k = 1;
        while (k < c_.size() && k < 5 && is(k, ChunkKind::word) &&
               (is_word(k, "have") || is_word(k, "has") || is_word(k, "been") || is_word(k, "are") || is_word(k, "were") ||
                is_word(k, "is") || is_word(k, "was") || is_word(k, "also") || is_word(k, "rare") || is_word(k, "some") ||
                is_word(k, "several") || is_word(k, "isolated") || is_word(k, "occasional") || is_word(k, "many")))
            ++k;
        if (k == 1 || k + 2 >= c_.size() || !(norm(c_[k].first) == "reports" || norm(c_[k].first) == "cases") ||
            !is_word(k + 1, "of") || !is_condition(k + 2) || claimed_[k + 2])
            return;
        std::optional<std::size_t> agent;
        for (std::size_t q = k + 3; q + 1 < c_.size() && !agent; ++q)
            if ((is_word(q, "taking") || is_word(q, "using") || is_word(q, "on")) && is_agent_type(q + 1)) agent = c_[q + 1].entity;
        if (!agent) agent = unnamed_topic();
        if (!agent) return;
        for (std::size_t m : group_right(k + 2)) {
            if (!is_condition(m) || claimed_[m]) continue;
            is_target_[m] = claimed_[m] = true;
            emit(*agent, Predicate::increases, c_[m].entity, k, true, negated(k), BindMode::none, c_[m].direction);
        }
    }

    // "I sleep better now", "I'm sleeping so much better", "patients slept longer on
    // melatonin", "I worry less": people doing an outcome's verb better, worse, more or less
    // report a change in it, with the substance after "on" or "with", else the substance
    // under discussion.
    void apply_person_verb_outcome() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::person)) continue;
            std::size_t v = k + 1;  // past "'m", "have been", "can", "now"
            while (v < c_.size() && v <= k + 4 &&
                   ((is(v, ChunkKind::word) &&
                     (is_word(v, "'") || is_word(v, "m") || is_word(v, "am") || is_word(v, "ve") || is_word(v, "have") ||
                      is_word(v, "been") || is_word(v, "now") || is_word(v, "finally") || is_word(v, "actually"))) ||
                    is(v, ChunkKind::hedge)))
                ++v;
            // "I can finally sleep through the night", "i can actually focus on work": the
            // writer able, at last, to do an outcome's verb reports more of it (hedged: "can"
            // of ability, claims.md).
            bool able = false, at_last = false;
            for (std::size_t q = k + 1; q < v; ++q) {
                able = able || (is(q, ChunkKind::hedge) && (norm(c_[q].first) == "can" || norm(c_[q].first) == "could"));
                at_last = at_last || is_word(q, "finally") || is_word(q, "actually") || is_word(q, "now");
            }
            if (v + 1 >= c_.size()) return;
            // The outcome its verb names: "sleep" (an entity), "sleeping", "slept".
            std::optional<std::size_t> outcome;
            // ("I stay asleep way longer", "I fall asleep faster": the lexicon's verb phrase.)
            if (is_condition(v) && (c_[v].last == c_[v].first + 1 || norm(c_[v].last - 1) == "asleep")) {
                outcome = c_[v].entity;
            } else if (is(v, ChunkKind::word) && c_[v].last == c_[v].first + 1) {
                const std::string_view w = norm(c_[v].first);
                std::optional<std::size_t> e;
                if (w == "slept") e = lex_.find("sleep");
                else if (w.size() > 5 && w.ends_with("ing")) e = lex_.find(w.substr(0, w.size() - 3));
                if (e && entity(*e).type == EntityType::condition) outcome = e;
            }
            if (!outcome) continue;
            const std::size_t q = past_fillers(v + 1, 3);
            if (q >= c_.size() || c_[q].last != c_[q].first + 1) continue;
            const std::string_view how = norm(c_[q].first);
            const bool harm = is_harm(*outcome);
            Predicate p;
            if (roles_.has(how, WordRole::improved)) p = harm ? Predicate::decreases : Predicate::increases;
            else if (roles_.has(how, WordRole::worsened)) p = harm ? Predicate::increases : Predicate::decreases;
            else if (roles_.has(how, WordRole::more_of)) p = Predicate::increases;
            else if (roles_.has(how, WordRole::less_of)) p = Predicate::decreases;
            else if (able && at_last && is(v, ChunkKind::entity) && roles_.has(norm(c_[k].first), WordRole::first_person))
                p = harm ? Predicate::decreases : Predicate::increases;
            else continue;
            std::optional<std::size_t> agent = agent_after(q);
            if (!agent && is(k, ChunkKind::person) && c_[k].anaphoric) agent = c_[k].entity;
            if (!agent) agent = opening_intake_agent(k);
            if (!agent) agent = unnamed_topic();
            if (!agent || *agent == *outcome) continue;
            if (is(v, ChunkKind::entity)) claimed_[v] = is_target_[v] = true;
            emit(*agent, p, *outcome, q, hedged(q, std::nullopt), negated(q), BindMode::none);
            states_[q] = true;
        }
    }

    // "I don't get headaches anymore", "I no longer get panic attacks", "I stopped getting
    // panic attacks": what the writer no longer gets fell, with the substance under
    // discussion (a sentence that names none).
    void apply_no_longer() {
        if (c_.size() < 4 || !is(0, ChunkKind::person) || !roles_.has(norm(c_[0].first), WordRole::first_person)) return;
        std::size_t k = 1;
        if (is_word(k, "'") && (is_word(k + 1, "m") || is_word(k + 1, "ve"))) k += 2;  // "I'm not", "I've stopped"
        else if (is_word(k, "am") || is_word(k, "have")) ++k;
        const std::size_t opener = k;
        bool stopped = false;  // else denied
        if (is(k, ChunkKind::negation)) {
            ++k;
            if (is_word(k, "longer")) ++k;
        } else if (is(k, ChunkKind::predicate) && norm(c_[k].first).starts_with("stop")) {
            stopped = true;
            ++k;
        } else {
            return;
        }
        // "I don't wake up at 3am anymore", "I'm not waking up at 3am anymore": an outcome the
        // lexicon names with its verb.
        const bool verb_named = !stopped && is_condition(k) && s_.tokens[c_[k].first].norm.ends_with("ing") == (opener > 1) &&
                                roles_.has(s_.tokens[c_[k].first].norm, WordRole::outcome_verb);
        const std::string_view verb = is(k, ChunkKind::word) ? std::string_view(norm(c_[k].first)) : std::string_view();
        if (!verb_named) {
            if (!(verb == "get" || verb == "have" || verb == "getting" || verb == "having" || verb == "experience")) return;
            if (stopped != verb.ends_with("ing")) return;
        }
        const std::size_t t = verb_named ? k : k + 1;
        // ("stopped" has made the outcome its target, with no subject to claim it.)
        if (!is_condition(t) || claimed_[t]) return;
        // ("I don't get headaches" alone says nothing of a change: "anymore" or "no longer" does.)
        bool change = stopped || is_word(opener + 1, "longer");
        for (std::size_t q = t + 1; q < c_.size() && !change; ++q)
            change = is_word(q, "anymore") || (is_word(q, "any") && is_word(q + 1, "more"));
        if (!change) return;
        const std::optional<std::size_t> topic = unnamed_topic();
        if (!topic) return;
        for (std::size_t m : outcomes_from(t, claimed_)) {
            is_target_[m] = claimed_[m] = true;
            emit(*topic, Predicate::decreases, c_[m].entity, t, hedged(t, std::nullopt), false, BindMode::none);
        }
    }

    // "i get really irritable when it wears off", "trouble sleeping if i take it after
    // 10am": what the writer gets, or a bare outcome, tied in the same sentence to the
    // substance ("it", or a name after "take") is brought on by it. ("I get anxiety at
    // work" ties it to nothing, and says nothing of a substance.)
    // "Some people get mild stomach upset or dry mouth": some of the people who take it
    // get an outcome, as some experience it (no tie needed: the quantifier says it is the
    // substance's people), from the substance under discussion.
    void apply_linked_outcome() {
        std::size_t t = 0;
        bool some_people = false;
        if (is(0, ChunkKind::person) && roles_.has(norm(c_[0].first), WordRole::first_person)) {
            const std::size_t v = past_fillers(1, 3);
            if (!(is_word(v, "get") || is_word(v, "gets") || is_word(v, "getting") || is_word(v, "got"))) return;
            t = past_fillers(v + 1, 3);
        } else if ((is_word(0, "some") || is_word(0, "many") || is_word(0, "most")) && is(1, ChunkKind::person) &&
                   !roles_.has(norm(c_[1].first), WordRole::first_person)) {
            const std::size_t v = past_fillers(2, 2);
            if (!(is_word(v, "get") || is_word(v, "got"))) return;
            t = past_fillers(v + 1, 3);
            // (One adjective of how bad: "mild stomach upset".)
            if (is(t, ChunkKind::word) && s_.tokens[c_[t].first].kind == TokenKind::word && is_condition(t + 1)) ++t;
            some_people = true;
        }
        if (!is_condition(t) || claimed_[t] || is_target_[t]) return;
        const std::vector<std::size_t> outcomes = outcomes_from(t, claimed_);
        std::size_t q = *std::max_element(outcomes.begin(), outcomes.end()) + 1;
        // Up to the few words that tie it: "when it wears off", "if i take it", "from it".
        std::optional<std::size_t> agent;
        for (std::size_t steps = 0; q < c_.size() && steps < 6 && !agent; ++q, ++steps) {
            const bool tie_word = norm(c_[q].first) == "when" || norm(c_[q].first) == "if";
            if ((is(q, ChunkKind::boundary) && !tie_word) || is(q, ChunkKind::relative) || is(q, ChunkKind::predicate)) break;
            // "i got dizzy after every dose": a dose of it, unnamed, is the substance under discussion.
            if (is_word(q, "after")) {
                std::size_t d = q + 1;
                if (is_word(d, "every") || is_word(d, "each") || is_word(d, "a") || is_word(d, "the") || is_word(d, "my")) ++d;
                if (is_word(d, "dose") || is_word(d, "doses") || is_word(d, "pill") || is_word(d, "pills")) {
                    agent = unnamed_topic();
                    if (!agent) break;
                    continue;
                }
            }
            if (is(q, ChunkKind::entity)) {
                if (!is_agent_type(q)) break;
                const bool tied = c_[q].anaphoric || (q > 0 && (is_word(q - 1, "take") || is_word(q - 1, "taking") ||
                                                                is_word(q - 1, "took") || is_word(q - 1, "takes") ||
                                                                is_word(q - 1, "from") || is_word(q - 1, "on")));
                if (!tied) break;
                agent = c_[q].entity;
            }
        }
        if (!agent && some_people) agent = unnamed_topic();
        if (!agent) return;
        if (t == 0) {  // a bare outcome needs "if" or "when" right after it
            const std::string_view next = outcomes.back() + 1 < c_.size() ? std::string_view(norm(c_[outcomes.back() + 1].first)) : "";
            if (next != "if" && next != "when") return;
        }
        const bool h = hedged(t, std::nullopt), n = negated(t);
        for (std::size_t m : outcomes) {
            is_target_[m] = claimed_[m] = true;
            emit(*agent, Predicate::increases, c_[m].entity, t, h, n, BindMode::none, c_[m].direction);
        }
    }

    // "Some people may become dependent on pregabalin", "many users got addicted to kratom",
    // "I became tolerant to it within a month": people who became so on or to a substance
    // were made so by it.
    void apply_person_became() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::person)) continue;
            std::size_t v = k + 1;
            while (v < c_.size() && v <= k + 3 &&
                   (is(v, ChunkKind::hedge) || (is(v, ChunkKind::word) && (norm(c_[v].first).ends_with("ly") ||
                                                                          is_word(v, "also") || is_word(v, "have")))))
                ++v;
            // ("become" is a cue of its own: "become more anxious".)
            const std::string_view w = v < c_.size() && (is(v, ChunkKind::word) || is(v, ChunkKind::predicate))
                                           ? std::string_view(norm(c_[v].first))
                                           : "";
            if (!(w == "become" || w == "became" || w == "becomes" || w == "becoming" || w == "get" || w == "got" ||
                  w == "gets" || w == "getting" || w == "grow" || w == "grew"))
                continue;
            const std::size_t t = v + 1;
            if (!is_condition(t) || claimed_[t]) continue;
            std::size_t a = t + 1;
            if (is_word(a, "on") || is_word(a, "to")) ++a;
            else if (!norm(c_[t].last - 1).ends_with("on")) continue;  // ("dependent on" is one name)
            if (!is_agent_type(a)) continue;
            is_target_[t] = claimed_[t] = true;
            emit(c_[a].entity, Predicate::increases, c_[t].entity, v, hedged(v, a), negated(v), BindMode::none);
        }
    }

    // "Sleepiness and dizziness may be worse if pregabalin is taken together with oxycodone
    // or lorazepam", "Drowsiness is increased when you take it with alcohol": a leaflet's
    // interaction. The outcomes that open the clause grow worse when the drugs are taken
    // together, so each drug raises them.
    void apply_worse_if_taken_with() {
        for (std::size_t k = 3; k + 2 < c_.size(); ++k) {
            const std::string_view w = norm(c_[k].first);
            if (w != "if" && w != "when") continue;
            std::size_t b = k - 1;  // the state: "worse", "increased", "more likely"
            const std::string_view st = norm(c_[b].first);
            if (is_word(b, "likely") && is_word(b - 1, "more")) --b;
            else if (!(st == "worse" || st == "increased" || st == "higher" || st == "greater" || st == "stronger")) continue;
            if (b < 2 || !(is_word(b - 1, "be") || is_finite_be(b - 1) || is_word(b - 1, "become") || is_word(b - 1, "get"))) continue;
            std::size_t o = b - 2;
            if (is(o, ChunkKind::hedge) && o > 0) --o;
            if (!is_condition(o) || claimed_[o]) continue;
            const std::vector<std::size_t> outcomes = group_left(o);
            if (*std::min_element(outcomes.begin(), outcomes.end()) != clause_start(o)) continue;
            // What is taken: "if pregabalin is taken (together) with B", "when you take A with B",
            // "if taken with B" (with the substance under discussion).
            std::size_t q = k + 1;
            std::vector<std::size_t> agents;
            bool first_named = false;
            if (is(q, ChunkKind::person)) {
                ++q;
                if (!(is_word(q, "take") || is_word(q, "use") || is_word(q, "combine") || is_word(q, "mix"))) continue;
                ++q;
            }
            if (is_agent_type(q)) {
                agents.push_back(c_[q].entity);
                first_named = true;
                ++q;
                if (is_finite_be(q)) ++q;
            }
            if (!(is_word(q, "taken") || (!is_word(q - 1, "is") && !is_word(q - 1, "are") && first_named))) continue;
            if (is_word(q, "taken")) ++q;
            if (is_word(q, "together")) ++q;
            // ("together with" is a list's connector.)
            if (!is_word(q, "with") && !(is(q, ChunkKind::connector) && norm(c_[q].first) == "together")) continue;
            const std::vector<std::size_t> with = agents_from(q + 1);
            if (with.empty()) continue;
            if (!first_named) {  // (what "taken" leaves unsaid is the article's drug; the sentence names another)
                const std::optional<std::size_t> topic = article_topic();
                if (!topic) continue;
                agents.push_back(*topic);
            }
            for (std::size_t m : with) agents.push_back(c_[m].entity);
            const bool h = hedged(b, std::nullopt), n = negated(b);
            for (std::size_t m : outcomes) {
                if (!is_condition(m) || claimed_[m]) continue;
                is_target_[m] = claimed_[m] = true;
                for (std::size_t a : agents)
                    if (a != c_[m].entity) emit(a, Predicate::increases, c_[m].entity, b, h, n, BindMode::none);
            }
        }
    }

    // "Apigenin (50 mg): the chamomile flavonoid ...", "Caffeine, the coffee alkaloid, ...": a
    // class named after its source, describing a name, says the source holds that name.
    void apply_source_class() {
        for (std::size_t k = 4; k < c_.size(); ++k) {
            if (!is(k, ChunkKind::entity) || c_[k].anaphoric || entity(c_[k].entity).type != EntityType::substance) continue;
            const std::size_t src = k - 1;
            if (!is(src, ChunkKind::entity) || c_[src].anaphoric || entity(c_[src].entity).type != EntityType::substance ||
                claimed_[src])
                continue;
            if (!(is_word(k - 2, "the") || is_word(k - 2, "a") || is_word(k - 2, "an"))) continue;
            const std::optional<std::size_t> named = labelled_name_before(k - 3);
            if (!named || c_[*named].entity == c_[src].entity || c_[*named].entity == c_[k].entity) continue;
            is_target_[src] = claimed_[src] = true;
            emit(c_[src].entity, Predicate::contains, c_[*named].entity, k, false, negated(k), BindMode::none);
        }
    }

    // "Doxylamine is an antihistamine with sedative properties", "Ibogaine is a psychoactive
    // substance with dissociative and hallucinogenic properties", "Doxylamine, an antihistamine
    // with sedative properties, ...": the properties the class is given are the named drug's.
    void apply_class_with_properties() {
        for (std::size_t w = 3; w + 1 < c_.size(); ++w) {
            if (!is_word(w, "with") || !is_condition(w + 1) || claimed_[w + 1]) continue;
            std::vector<std::size_t> props;
            for (std::size_t m : group_right(w + 1)) {
                if (!is_condition(m)) break;
                props.push_back(m);
            }
            const std::string_view end = norm(c_[props.back()].last - 1);
            if (end != "properties" && end != "effects") continue;
            if (!(is(w - 1, ChunkKind::word) || (is(w - 1, ChunkKind::entity) && !c_[w - 1].anaphoric &&
                                                  entity(c_[w - 1].entity).type == EntityType::substance)))
                continue;
            std::optional<std::vector<std::size_t>> named = subject_of_copula(w - 1);
            // ("is an antihistamine with ...": a class the lexicon names.)
            if (!named && is(w - 1, ChunkKind::entity) && w >= 4 && (is_word(w - 2, "a") || is_word(w - 2, "an")) &&
                is_finite_be(w - 3) && is_agent_type(w - 4))
                named = group_left(w - 4);
            if (!named) named = described_by_appositive(w - 1);
            if (!named) continue;
            const bool h = hedged(w, std::nullopt), n = negated(w);
            for (std::size_t m : props) {
                if (!is_condition(m) || claimed_[m]) continue;
                is_target_[m] = claimed_[m] = true;
                for (std::size_t a : *named)
                    if (is_agent_type(a)) emit(c_[a].entity, Predicate::increases, c_[m].entity, w, h, n, BindMode::none);
            }
        }
    }

    // "Alongside ergine and its epimer isoergine, morning glory seeds contain ...", "Besides
    // caffeine, guarana contains theobromine": the fronted names are held too, and are no
    // subject of the main clause.
    void apply_alongside() {
        if (c_.size() < 5 || !(is_word(0, "alongside") || is_word(0, "besides"))) return;
        std::vector<std::size_t> fronted;
        std::size_t q = 1;
        for (; q < c_.size() && !is_comma(q); ++q)
            if (is_agent_type(q)) fronted.push_back(q);
        if (fronted.empty() || q + 2 >= c_.size() || !is_agent_type(q + 1)) return;
        const std::vector<std::size_t> subject = group_right(q + 1);
        std::size_t v = *std::max_element(subject.begin(), subject.end()) + 1;
        while (v < c_.size() && v <= q + 6 && (is(v, ChunkKind::word) || is(v, ChunkKind::hedge))) ++v;
        if (!is(v, ChunkKind::predicate) || !c_[v].cue.verb || c_[v].cue.predicate != Predicate::contains) return;
        for (std::size_t f : fronted) {
            is_target_[f] = claimed_[f] = true;
            for (std::size_t sc : subject)
                if (is_agent_type(sc)) emit(c_[sc].entity, Predicate::contains, c_[f].entity, v, hedged(v, sc), negated(v), BindMode::none);
        }
    }

    // "found a link between kratom use and liver injury", "found no link between
    // benzodiazepine use and dementia": a link, as "linked to" does, raises the outcome,
    // hedged; "no link" denies it.
    void apply_link_between() {
        for (std::size_t k = 1; k + 4 < c_.size(); ++k) {
            if (!(is_word(k, "link") || is_word(k, "links")) || !is_word(k + 1, "between")) continue;
            std::optional<std::size_t> agent;
            std::size_t a = k + 3;
            if (is_agent_type(k + 2)) {
                agent = c_[k + 2].entity;
                if (is(a, ChunkKind::word) && roles_.has(norm(c_[a].first), WordRole::use)) ++a;  // "benzodiazepine use"
            } else if (is(k + 2, ChunkKind::word) && roles_.has(norm(c_[k + 2].first), WordRole::use)) {
                // "found no link between intakes below 200 mg a day and miscarriage": the intake
                // of the substance under discussion (and how much of it).
                agent = article_topic();
                while (a < c_.size() && a < k + 11 && is(a, ChunkKind::word) && !is_word(a, "and") &&
                       s_.tokens[c_[a].first].kind != TokenKind::punct)
                    ++a;
            }
            if (!agent || !(is_word(a, "and") || is_mark(a, "and")) || !is_condition(a + 1) || claimed_[a + 1]) continue;
            const bool no = is(k - 1, ChunkKind::negation) && norm(c_[k - 1].first) == "no";
            // ("and miscarriage or stillbirth": each.)
            for (std::size_t t : group_right(a + 1)) {
                if (!is_condition(t) || claimed_[t]) continue;
                is_target_[t] = claimed_[t] = true;
                emit(*agent, Predicate::increases, c_[t].entity, k, true, no || negated(k), BindMode::none);
            }
        }
    }

    // "Formulated with melatonin and L-theanine to help you fall asleep", "Made with
    // magnesium", "Powered by ashwagandha": a product page's line that opens so names
    // what the page's product contains.
    void apply_formulated_with() {
        if (c_.size() < 3 || !is(0, ChunkKind::word) || !roles_.has(norm(c_[0].first), WordRole::formulated)) return;
        std::size_t q = 1;
        if (is(q, ChunkKind::word) && norm(c_[q].first).ends_with("ly")) ++q;  // "Formulated specially with"
        if (!(is_word(q, "with") || is_word(q, "by"))) return;
        const std::optional<std::size_t> product = product_of_page();
        if (!product) return;
        for (std::size_t k = q + 1; k < c_.size(); ++k) {
            if (is(k, ChunkKind::entity)) {
                if (c_[k].anaphoric || c_[k].entity == *product) continue;
                const EntityType t = entity(c_[k].entity).type;
                if (t != EntityType::substance && t != EntityType::hormone && t != EntityType::other) break;
                emit(*product, Predicate::contains, c_[k].entity, k, false, negated(k), BindMode::none);
            } else if (!is(k, ChunkKind::connector) && !(is(k, ChunkKind::word) && (roles_.has(norm(c_[k].first), WordRole::unit) ||
                                                                                   is_number(k)))) {
                break;
            }
        }
    }

    // "gained 20 lbs on seroquel", "I lost like 12 lbs", "lost 5 kg": a change of weight
    // by an amount is weight gain or loss, brought on by the substance the writer was on
    // (after "on"), else the one under discussion.
    void apply_weight_change() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::word) && !is(k, ChunkKind::predicate)) continue;
            const std::string_view w = norm(c_[k].first);
            const bool loss = w == "lost" || w == "lose" || w == "losing";
            // ("I've put on 28 lbs since starting it": "put on" gains.)
            const bool put_on = (w == "put" || w == "puts" || w == "putting") && is_word(k + 1, "on");
            const bool gain = w == "gained" || w == "gain" || w == "gaining" || put_on;
            if (!loss && !gain) continue;
            std::size_t q = put_on ? k + 2 : k + 1;
            while (q < c_.size() && q <= k + 3 && (is(q, ChunkKind::word) || is(q, ChunkKind::connector)) &&
                   !is_number(q) &&
                   (roles_.has(norm(c_[q].first), WordRole::filler) || norm(c_[q].first) == "like" || is_word(q, "about") ||
                    is_word(q, "over") || is_word(q, "almost") || is_word(q, "around")))
                ++q;
            // ("Lost about 9kg": the number and its unit written as one word.)
            auto glued_amount = [&](std::size_t t) {
                if (!is(t, ChunkKind::word) || c_[t].last != c_[t].first + 1) return false;
                const std::string_view a = norm(c_[t].first);
                std::size_t digits = 0;
                while (digits < a.size() && ((a[digits] >= '0' && a[digits] <= '9') || a[digits] == '.')) ++digits;
                return digits > 0 && digits < a.size() && roles_.has(a.substr(digits), WordRole::weight_unit);
            };
            const bool glued = glued_amount(q);
            if (!glued && (!is(q, ChunkKind::word) || !is_number(q) || !is(q + 1, ChunkKind::word) ||
                           !roles_.has(norm(c_[q + 1].first), WordRole::weight_unit)))
                continue;
            if (glued) --q;  // (so that q + 2 is the chunk after the amount, as below)
            const auto target = lex_.find(loss ? "weight loss" : "weight gain");
            if (!target) return;
            // The subject: a person (or none: "lost like 12 lbs"), so the substance is named
            // after "on" or is the one under discussion.
            std::size_t p = k;
            while (p > 0 && k - p < 4 && is(p - 1, ChunkKind::word) &&
                   (roles_.has(norm(c_[p - 1].first), WordRole::filler) || is_word(p - 1, "ve") || is_word(p - 1, "have") ||
                    is_word(p - 1, "had") || norm(c_[p - 1].first) == "'"))
                --p;
            std::optional<std::size_t> agent;
            if (p > 0 && is(p - 1, ChunkKind::word) && word_rule(norm(c_[p - 1].first)) == WordRule::experience) {
                // "Sertraline made me gain 10 kg": the subject of "made".
                const std::vector<std::size_t> subj = subjects(p - 1, p - 1, true);
                if (subj.size() == 1) agent = c_[subj.front()].entity;
                if (!agent) continue;
            } else if (!(p == 0 || is(p - 1, ChunkKind::person) || is_comma(p - 1))) {  // (", gained like 4 lbs")
                continue;
            }
            if (!agent && is_word(q + 2, "on") && is(q + 3, ChunkKind::entity) && is_agent_type(q + 3)) agent = c_[q + 3].entity;
            if (!agent) agent = unnamed_topic();
            if (!agent && p > 0) agent = writer_clause_agent(p - 1);
            if (!agent) return;
            emit(*agent, Predicate::increases, *target, k, hedged(k, std::nullopt), negated(k), BindMode::none);
            return;
        }
    }

    // "Naloxone knocks fentanyl off opioid receptors", "displaces opioids from the mu
    // receptor": the subject binds the receptor and pushes the drug off it (decreases).
    void apply_displace(std::size_t k) {
        const std::size_t d = k + 1;
        if (!is(d, ChunkKind::entity) || !is_agent_type(d) || claimed_[d]) return;
        // ("knocking opioids such as fentanyl, heroin and oxycodone off ...": the list and its members.)
        std::vector<std::size_t> drugs;
        std::size_t r = d;
        for (; r < c_.size() && (is(r, ChunkKind::entity) || (is(r, ChunkKind::connector) && !is_mark(r, "("))); ++r)
            if (is(r, ChunkKind::entity) && is_agent_type(r)) drugs.push_back(r);
        if (drugs.empty() || !(is_word(r, "off") || is_word(r, "from"))) return;
        ++r;
        // (past "the brain's", "their")
        for (const std::size_t from = r; r < c_.size() && r <= from + 4 && is(r, ChunkKind::word);) ++r;
        if (!is(r, ChunkKind::entity) || entity(c_[r].entity).type != EntityType::receptor) return;
        const std::vector<std::size_t> subj = subjects(k, k);
        if (subj.empty()) return;
        const bool h = hedged(k, *std::max_element(subj.begin(), subj.end())), n = negated(k);
        is_target_[r] = claimed_[r] = true;
        for (std::size_t sc : subj) {
            emit(c_[sc].entity, Predicate::binds, c_[r].entity, k, h, n, BindMode::none);
            for (std::size_t m : drugs) {
                is_target_[m] = claimed_[m] = true;
                emit(c_[sc].entity, Predicate::decreases, c_[m].entity, k, h, n, BindMode::none);
            }
        }
    }

    // "It can lower the seizure threshold": what lowers the threshold of an outcome makes
    // the outcome likelier, and annotators state that too ("increases seizures").
    void apply_threshold() {
        const std::size_t n = claims_.size();
        for (std::size_t i = 0; i < n; ++i) {
            const SentenceClaim original = claims_[i];
            if (original.predicate != Predicate::decreases && original.predicate != Predicate::increases) continue;
            const std::string& name = entity(original.target).name;
            constexpr std::string_view kThreshold = " threshold";
            if (!std::string_view(name).ends_with(kThreshold)) continue;
            const std::string stem = name.substr(0, name.size() - kThreshold.size());
            std::optional<std::size_t> outcome = lex_.find(stem + "s");
            if (!outcome) outcome = lex_.find(stem);
            if (!outcome || entity(*outcome).type != EntityType::condition) continue;
            SentenceClaim cl = original;
            cl.target = *outcome;
            cl.predicate = opposite(original.predicate);
            // (Said outright elsewhere in the sentence, the claim keeps that statement's flags.)
            if (std::none_of(claims_.begin(), claims_.end(), [&](const SentenceClaim& c) {
                    return c.subject == cl.subject && c.target == cl.target && c.predicate == cl.predicate &&
                           c.unknown_subject == cl.unknown_subject;
                }))
                add_claim(cl);
        }
    }

    // "the sleepy side effect went away", "the anti-craving effect sticks around": an
    // effect named with an article, in a sentence that names no substance, is the
    // substance under discussion's (an adjective of the outcome raises it; "anti-" lowers).
    void apply_definite_effect() {
        for (std::size_t t = 1; t + 1 < c_.size(); ++t) {
            if (!is_condition(t) || claimed_[t]) continue;
            const bool anti = is_anti_prefixed(t);  // (apply_anti has marked it a target, with no subject)
            if (is_target_[t] && !anti) continue;
            if (!anti && !adjective_form(t)) continue;
            const std::size_t first = anti ? t - 2 : t;
            std::size_t e = t + 1;
            if (is_word(e, "side")) ++e;
            if (!(is_word(e, "effect") || is_word(e, "effects")) || !owned_or_definite(first) || is_word(e + 1, "of")) continue;
            const std::optional<std::size_t> topic = unnamed_topic();
            if (!topic) return;
            claimed_[t] = is_target_[t] = true;
            emit(*topic, anti ? Predicate::decreases : Predicate::increases, c_[t].entity, t, hedged(t, std::nullopt),
                 negated(t), BindMode::none, anti ? 0 : c_[t].direction);
        }
    }

    // "Fluvoxamine blocks CYP1A2, the liver enzyme that breaks down duloxetine, and can push
    // duloxetine levels much higher": what lowers the enzyme that breaks a substance down
    // raises that substance, when the sentence says so too (a raising verb, "more of", "so
    // more ... hangs around"). Without it ("may inhibit MAO, the enzyme that breaks down
    // serotonin"), the writer stated the two steps only, and annotators keep to them.
    void apply_enzyme_chain() {
        const std::size_t n = claims_.size();
        for (std::size_t i = 0; i < n; ++i) {
            const SentenceClaim first = claims_[i];
            if (first.predicate != Predicate::decreases || !first.unknown_subject.empty() ||
                entity(first.target).type != EntityType::enzyme)
                continue;
            bool raise_said = false;
            for (std::size_t k = 0; k < c_.size() && !raise_said; ++k)
                raise_said = k != first.cue_chunk &&
                             ((is(k, ChunkKind::predicate) && c_[k].cue.predicate == Predicate::increases) ||
                              is_word(k, "more"));
            if (!raise_said) continue;
            for (std::size_t j = 0; j < n; ++j) {
                const SentenceClaim& second = claims_[j];
                if (j == i || second.subject != first.target || second.predicate != Predicate::decreases ||
                    !second.unknown_subject.empty() || second.negated || second.target == first.subject)
                    continue;
                SentenceClaim cl = first;
                cl.predicate = Predicate::increases;
                cl.target = second.target;
                add_claim(cl);
            }
        }
    }

    // "Overdose causes respiratory depression, which can progress to hypoxia, coma and death",
    // "paroxetine can lower the amount of sodium in the blood, particularly in older people,
    // which may cause confusion or fits": what a substance's effect goes on to cause, the
    // substance causes (as hedged as the relative clause). The effect is an outcome it raised,
    // or a level it lowered (the fall is the cause: "naloxone reverses fentanyl, which can
    // cause withdrawal"); the relative clause opens after a comma
    // past the effect, with no verb between.
    void apply_outcome_chain() {
        const std::size_t n = claims_.size();
        if (n == 0) return;
        for (std::size_t r = 2; r + 2 < c_.size(); ++r) {
            if (!is(r, ChunkKind::relative) || norm(c_[r].first) != "which" || !is_comma(r - 1)) continue;
            std::size_t v = r + 1;
            while (v < c_.size() && v <= r + 3 && (is(v, ChunkKind::hedge) || (is(v, ChunkKind::word) && norm(c_[v].first).ends_with("ly"))))
                ++v;
            if (!is(v, ChunkKind::predicate) || !c_[v].cue.verb || c_[v].cue.predicate != Predicate::increases ||
                c_[v].cue.flips_on_harm)
                continue;
            // The effect: the last chunk before the comma that some claim took, with no verb after it.
            std::optional<std::size_t> effect;
            for (std::size_t q = r - 1; q > 0 && r - 1 - q < 10; --q) {
                if (is(q - 1, ChunkKind::predicate) || is(q - 1, ChunkKind::boundary) || is(q - 1, ChunkKind::relative)) break;
                if (is(q - 1, ChunkKind::entity) && is_target_[q - 1]) {
                    effect = q - 1;
                    break;
                }
            }
            if (!effect) continue;
            // (The relative clause's own rule found no subject for them, an outcome: they may
            // be marked taken, but no claim has them.)
            const std::vector<std::size_t> outcomes = outcomes_no_claim_has(v + 1);
            if (outcomes.empty()) continue;
            const bool h = hedged(v, std::nullopt);
            // (Every outcome of the effect's list: "somnolence, postural hypotension and motor
            // instability, which may lead to falls".)
            std::vector<std::size_t> effects = group_left(*effect);
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim first = claims_[i];
                if (!first.unknown_subject.empty() || first.negated) continue;
                bool of_effect = false;
                for (std::size_t e : effects) of_effect = of_effect || c_[e].entity == first.target;
                if (!of_effect) continue;
                const EntityType t = entity(first.target).type;
                const bool raised_outcome = first.predicate == Predicate::increases && t == EntityType::condition;
                const bool lowered_level = first.predicate == Predicate::decreases && t != EntityType::condition;
                if (!raised_outcome && !lowered_level) continue;
                for (std::size_t m : outcomes) {
                    claimed_[m] = is_target_[m] = true;
                    SentenceClaim cl = first;
                    cl.predicate = Predicate::increases;
                    cl.target = c_[m].entity;
                    cl.cue_chunk = v;
                    cl.hedged = first.hedged || h;
                    cl.mode = BindMode::none;
                    add_claim(cl);
                }
                break;
            }
        }
    }

    // "Its root contains more than 140 active compounds, but the two superstars are rosavins
    // and salidroside": when what a substance contains names no entity, a clause after it
    // that picks some out with a word of rank or number ("the two", "main", "key") and a
    // copula names what it contains.
    void apply_contains_then_named() {
        for (std::size_t k = 0; k + 4 < c_.size(); ++k) {
            if (!is(k, ChunkKind::predicate) || !c_[k].cue.verb || c_[k].cue.predicate != Predicate::contains) continue;
            // (The object may be a constituent word, which stands for the owner: "active compounds".)
            std::size_t q = k + 1;
            while (q < c_.size() &&
                   (is(q, ChunkKind::word) || (is(q, ChunkKind::entity) && c_[q].cue.cls == CueClass::constituent)))
                ++q;
            if (q == k + 1 || q >= c_.size() || !(is_comma(q) || is(q, ChunkKind::boundary))) continue;
            while (q < c_.size() && (is_comma(q) || is(q, ChunkKind::boundary))) ++q;
            bool ranked = false;
            std::size_t copula = q;
            for (; copula < c_.size() && copula <= q + 10 && (is(copula, ChunkKind::word) || is(copula, ChunkKind::person));
                 ++copula) {  // ("the two groups researchers pay most attention to are ...")
                const std::string_view w = norm(c_[copula].first);
                if (w == "are" || w == "include") break;
                ranked = ranked || w == "two" || w == "three" || w == "main" || w == "key" || w == "major" || w == "primary";
            }
            if (!ranked || !(is_word(copula, "are") || is_word(copula, "include")) || !is(copula + 1, ChunkKind::entity))
                continue;
            const std::vector<std::size_t> subj = subjects(k, k);
            if (subj.empty()) continue;
            for (std::size_t m : group_right(copula + 1)) {
                if (entity(c_[m].entity).type != EntityType::substance || claimed_[m]) continue;
                claimed_[m] = is_target_[m] = true;
                for (std::size_t sc : subj)
                    if (c_[sc].entity != c_[m].entity)
                        emit(c_[sc].entity, Predicate::contains, c_[m].entity, k, false, negated(k), BindMode::none);
            }
        }
    }

    // "BioPerine slows this process down by inhibiting glucuronidation, so more curcumin stays
    // in your system": a consequence that more of a named substance stays (remains, builds
    // up) is a rise in it, the doing of the clause's subject before "so".
    void apply_so_more_stays() {
        for (std::size_t k = 1; k + 3 < c_.size(); ++k) {
            if (!is(k, ChunkKind::boundary) || c_[k].last - c_[k].first > 3 || !(is_word(k + 1, "more") || is_word(k + 2, "more")))
                continue;
            bool so = false;
            for (std::size_t t = c_[k].first; t < c_[k].last; ++t) so = so || s_.tokens[t].norm == std::string_view("so");
            if (!so) continue;
            std::size_t m = k + 1;
            if (is_word(m, "that")) ++m;
            if (!is_word(m, "more")) continue;
            std::size_t e = m + 1;
            if (is_word(e, "of")) ++e;
            if (!is(e, ChunkKind::entity) || c_[e].anaphoric || claimed_[e]) continue;
            // ("so that more serotonin, noradrenaline and dopamine remain available": a list.)
            const std::vector<std::size_t> more = group_right(e);
            const std::size_t after = *std::max_element(more.begin(), more.end()) + 1;
            if (!is(after, ChunkKind::word)) continue;
            const std::string_view v = norm(c_[after].first);
            // ("so more serotonin is available": "be" and "available" say it stays.)
            const bool available = (is_finite_be(after) || v == "becomes" || v == "become") && is_word(after + 1, "available");
            if (!(v.starts_with("stay") || v.starts_with("remain") || v.starts_with("linger") || v.starts_with("build") ||
                  v.starts_with("hang") || v.starts_with("circulat") || v.starts_with("reach") || available))
                continue;
            const std::vector<std::size_t> subj = clause_subject_before(k);
            for (std::size_t m : more) {
                if (!is(m, ChunkKind::entity) || c_[m].anaphoric || claimed_[m]) continue;
                for (std::size_t sc : subj) {
                    if (c_[sc].entity == c_[m].entity) continue;
                    claimed_[m] = is_target_[m] = true;
                    emit(c_[sc].entity, Predicate::increases, c_[m].entity, k, hedged(k, sc), negated(k), BindMode::none);
                }
            }
        }
    }

    // "naltrexone blocks the opioid receptors so the endorphin buzz you get from booze gets
    // blunted": what "so" says then happens to a named messenger or outcome is the doing of
    // the subject of the clause before "so".
    void apply_so_gets_changed() {
        for (std::size_t k = 1; k + 3 < c_.size(); ++k) {
            bool so = is_word(k, "so");
            if (is(k, ChunkKind::boundary) && c_[k].last - c_[k].first <= 3)
                for (std::size_t t = c_[k].first; t < c_[k].last; ++t) so = so || s_.tokens[t].norm == std::string_view("so");
            if (!so) continue;
            std::size_t e = k + 1;
            if (is_word(e, "the") || is_word(e, "your") || is_word(e, "that")) ++e;
            if (!is(e, ChunkKind::entity) || c_[e].anaphoric || claimed_[e] || is_agent_type(e)) continue;
            // ("the endorphin buzz you get from booze gets blunted": a few words may describe it.)
            auto participle_at = [&](std::size_t aux) -> std::optional<std::size_t> {
                if (!(is_word(aux, "gets") || is_word(aux, "get") || is_finite_be(aux))) return std::nullopt;
                std::size_t v = aux + 1;
                if (is(v, ChunkKind::word) && norm(c_[v].first).ends_with("ly")) ++v;
                if (!is(v, ChunkKind::predicate) || !norm(c_[v].last - 1).ends_with("ed") ||
                    (c_[v].cue.predicate != Predicate::increases && c_[v].cue.predicate != Predicate::decreases))
                    return std::nullopt;
                return v;
            };
            std::optional<std::size_t> found;
            for (std::size_t aux = e + 1; aux < c_.size() && aux <= e + 8 && !found; ++aux) {
                if (is(aux, ChunkKind::predicate) || is(aux, ChunkKind::boundary)) break;
                found = participle_at(aux);
            }
            if (!found) continue;
            const std::size_t v = *found;
            const std::vector<std::size_t> subj = clause_subject_before(k);
            if (subj.empty()) continue;
            claimed_[e] = is_target_[e] = true;
            states_[v] = true;
            for (std::size_t sc : subj)
                emit(c_[sc].entity, c_[v].cue.predicate, c_[e].entity, v, hedged(k, sc), negated(v), BindMode::none);
        }
    }

    // "It appears to slow the reuptake of serotonin, dopamine and norepinephrine, ..., so more
    // of them stay active between nerve cells": as with an enzyme (apply_enzyme_chain), what
    // lowers a transmitter's transporter raises the transmitter when the sentence says so
    // after it ("so more of them", "leaves more serotonin"); not otherwise (claims.md).
    void apply_reuptake_chain() {
        const std::size_t n = claims_.size();
        for (std::size_t i = 0; i < n; ++i) {
            const SentenceClaim first = claims_[i];
            if (first.predicate != Predicate::decreases || !first.unknown_subject.empty() || first.negated ||
                entity(first.target).type != EntityType::transporter || !is_agent_type_entity(first.subject))
                continue;
            // ("more" only: a raising verb after it is often about something else, "which
            // strengthens the pain-blocking signals", "secondary to release".)
            bool raise_said = false;
            for (std::size_t k = first.cue_chunk + 1; k < c_.size() && !raise_said; ++k) raise_said = is_word(k, "more");
            if (!raise_said) continue;
            const std::string& name = entity(first.target).name;
            constexpr std::string_view kSuffix = " transporter";
            if (!std::string_view(name).ends_with(kSuffix)) continue;
            const auto transmitter = lex_.find(name.substr(0, name.size() - kSuffix.size()));
            if (!transmitter || entity(*transmitter).type != EntityType::neurotransmitter) continue;
            SentenceClaim cl = first;
            cl.predicate = Predicate::increases;
            cl.target = *transmitter;
            add_claim(cl);
        }
    }

    // "Ginkgo may increase dopamine and serotonin activity, which could help lift mood",
    // "It may also modulate serotonin and GABA, which could ...": what the messengers a
    // substance raises or modulates do in the relative clause after them, the substance
    // does through them (annotators credit both).
    void apply_mediator_agents() {
        const std::size_t n = claims_.size();
        for (std::size_t i = 0; i < n; ++i) {
            const SentenceClaim original = claims_[i];
            if (!original.unknown_subject.empty() || original.cue_chunk < 3) continue;
            const EntityType type = entity(original.subject).type;
            if (type == EntityType::substance) credit_messengers(original);
            // ("may raise the level of ammonia in the blood, which can cause confusion": a
            // substance whose level is raised acts as a messenger does.)
            if (type != EntityType::neurotransmitter && type != EntityType::hormone && type != EntityType::substance) continue;
            const std::optional<std::size_t> which = which_opening(original.cue_chunk, false);
            if (!which) continue;
            const std::size_t rel = *which;
            // The messenger among the names just before the comma, the target of an earlier verb.
            bool antecedent = false;
            for (std::size_t a = rel - 1; a > 0 && rel - a < 8 && !antecedent; --a) {
                if (is(a - 1, ChunkKind::predicate) || is(a - 1, ChunkKind::boundary) || is(a - 1, ChunkKind::relative)) break;
                antecedent = is(a - 1, ChunkKind::entity) && c_[a - 1].entity == original.subject && is_target_[a - 1] &&
                             (type != EntityType::substance || level_of(a - 1));
            }
            if (!antecedent) continue;
            for (std::size_t j = 0; j < n; ++j) {
                const SentenceClaim& raise = claims_[j];
                if (raise.target != original.subject || raise.cue_chunk >= rel || !raise.unknown_subject.empty() ||
                    raise.negated || entity(raise.subject).type != EntityType::substance ||
                    (raise.predicate != Predicate::increases && raise.predicate != Predicate::modulates))
                    continue;
                // (Only a subject the sentence names: "The glutamate surge ... increases the
                // release of BDNF, which ..." credits no topic the chunker supplied.)
                bool named = false;
                for (std::size_t k = 0; k < raise.cue_chunk && !named; ++k)
                    named = is(k, ChunkKind::entity) && c_[k].entity == raise.subject;
                if (named) credit_too(original, raise.subject);
            }
        }
    }

    // Chunk e is named as an amount in the body: "the level of ammonia", "blood levels of
    // lithium", "the concentration of sodium".
    bool level_of(std::size_t e) const {
        if (e < 2 || !is_word(e - 1, "of") || !is(e - 2, ChunkKind::word)) return false;
        const std::string_view w = norm(c_[e - 2].first);
        return w == "level" || w == "levels" || w == "concentration" || w == "concentrations" || w == "amount" ||
               w == "amounts";
    }
    // The "which" set off by a comma that opens the clause of the cue at `cue`: hedges, words
    // and a benefit verb may stand between ("which could help lift mood"), and with `people`
    // the people who report ("which could explain why many users feel calmer").
    std::optional<std::size_t> which_opening(std::size_t cue, bool people) const {
        std::size_t r = cue;
        while (r > 0 && (is(r - 1, ChunkKind::hedge) || is(r - 1, ChunkKind::word) || is(r - 1, ChunkKind::negation) ||
                         (people && is(r - 1, ChunkKind::person)) ||
                         (is(r - 1, ChunkKind::predicate) && c_[r - 1].cue.verb && c_[r - 1].cue.flips_on_harm)))
            --r;
        if (r < 3 || !is(r - 1, ChunkKind::relative) || norm(c_[r - 1].first) != "which" || !is_comma(r - 2))
            return std::nullopt;
        return r - 1;
    }

    // The other way round: "It may also modulate serotonin and GABA, which could explain why
    // many users feel calmer": a claim of the substance in the "which" clause after the
    // messengers it raised or modulated is the messengers' too.
    void credit_messengers(const SentenceClaim& original) {
        const std::optional<std::size_t> which = which_opening(original.cue_chunk, true);
        if (!which) return;
        const std::size_t rel = *which;
        for (std::size_t a = rel - 1; a > 0 && rel - a < 8; --a) {
            const std::size_t m = a - 1;
            if (is(m, ChunkKind::predicate) || is(m, ChunkKind::boundary) || is(m, ChunkKind::relative)) break;
            if (!is(m, ChunkKind::entity) || !is_target_[m] || !is_messenger(m)) continue;
            const bool raised = std::any_of(claims_.begin(), claims_.end(), [&](const SentenceClaim& cl) {
                return cl.subject == original.subject && cl.target == c_[m].entity && !cl.negated && cl.cue_chunk < rel &&
                       (cl.predicate == Predicate::increases || cl.predicate == Predicate::modulates);
            });
            if (raised) credit_too(original, c_[m].entity);
        }
    }

    // The claim `original` made of `subject` too, unless that is its subject or its target.
    void credit_too(const SentenceClaim& original, std::size_t subject) {
        if (original.subject == subject || original.target == subject) return;
        SentenceClaim cl = original;
        cl.unknown_subject.clear();
        cl.subject = subject;
        add_claim(cl);
    }

    // "Mescaline produces hallucinogenic effects broadly similar to those of LSD and
    // psilocybin": the names whose effects the outcome is likened to bring it on too.
    void apply_similar_to() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            if (!(is_word(k, "similar") || is_word(k, "comparable")) || !is_word(k + 1, "to")) continue;
            // (Only "those of" or "that of", the effects of the names: "a feeling of calm similar
            // to benzodiazepines" likens the feeling, and annotators credit the benzodiazepines
            // with nothing.)
            std::size_t a = k + 2;
            if (!((is_word(a, "those") || is_word(a, "that")) && is_word(a + 1, "of"))) continue;
            a += 2;
            if (!is(a, ChunkKind::entity) || c_[a].anaphoric || !is_agent_type(a)) continue;
            std::vector<std::size_t> likened;
            for (std::size_t m : group_right(a))
                if (is_agent_type(m) && !c_[m].anaphoric) likened.push_back(c_[m].entity);
            // The outcome likened: a claim's target right before, a word or two ("effects",
            // "broadly") between.
            std::size_t b = k;
            while (b > 0 && k - b < 3 && is(b - 1, ChunkKind::word) && !is_comma(b - 1)) --b;
            if (b == 0 || !is(b - 1, ChunkKind::entity) || !is_condition(b - 1)) continue;
            const std::size_t outcome = entity_of(b - 1), n = claims_.size();
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim original = claims_[i];
                if (original.target != outcome || original.negated) continue;
                for (std::size_t e : likened) credit_too(original, e);
            }
        }
    }

    // "Aspirin and ibuprofen make bleeding more likely when taken with duloxetine",
    // "Drinking alcohol while on duloxetine can make you sleepy": an interaction is the
    // doing of both drugs, so the one taken with (or been on) shares the clause's claims.
    // (Only a named substance: "when taken with it", "with food" credit nothing.)
    void apply_taken_with_partner() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            const std::string_view w = norm(c_[k].first);
            if (!(is(k, ChunkKind::boundary) || is(k, ChunkKind::word)) ||
                !(w == "when" || w == "if" || w == "while" || w == "whilst"))
                continue;
            std::size_t q = k + 1;
            if (is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::taken_with)) ++q;
            // ("while on duloxetine", "while taking gabapentin": what the subject is on.)
            const bool on = w != "if" && ((q == k + 1 && is_word(q, "on")) ||
                                          (q == k + 2 && roles_.has(norm(c_[k + 1].first), WordRole::intake)));
            if (!on && (q == k + 1 || !is_word(q, "with"))) continue;
            std::vector<std::size_t> partners;
            std::size_t end = on && q == k + 2 ? q : q + 1;
            for (; end < c_.size() && !is(end, ChunkKind::boundary) && !is(end, ChunkKind::relative) &&
                   !is(end, ChunkKind::predicate) && !is(end, ChunkKind::hedge);
                 ++end) {
                if (is_comma(end) && end + 1 < c_.size() && is_and_or_but(end + 1)) break;
                if (is(end, ChunkKind::entity) && !c_[end].anaphoric && is_agent_type(end)) partners.push_back(end);
                else if (!is(end, ChunkKind::connector) && !is_comma(end)) break;
            }
            if (partners.empty()) continue;
            const std::size_t lo = clause_start(k > 0 ? k - 1 : 0);
            std::size_t hi = end;
            // (Not fronted: "When combined with black cohosh, St John's wort has been shown to
            // improve mood" credits the herb the sentence is about.)
            // ("... when taken with opioids, and it has been misused for its euphoric effects":
            // ", and" opens a clause of its own.)
            while (hi < c_.size() && !is(hi, ChunkKind::boundary) && !is(hi, ChunkKind::relative) &&
                   !(is_comma(hi) && hi + 1 < c_.size() && is_and_or_but(hi + 1)))
                ++hi;
            const std::size_t n = claims_.size();
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim original = claims_[i];
                if (original.cue_chunk < lo || original.cue_chunk >= hi || (original.cue_chunk >= k && original.cue_chunk < end))
                    continue;
                // ("Other medicines that raise serotonin ... can lead to serotonin syndrome when
                // combined with duloxetine": a relative clause's claim is its own.)
                if (const std::size_t r = original.cue_chunk - 1; original.cue_chunk > lo &&
                    (is(r, ChunkKind::relative) || is_word(r, "that") || is_word(r, "which") || is_word(r, "who")))
                    continue;
                for (std::size_t m : partners) credit_too(original, c_[m].entity);
            }
            k = end;
        }
    }

    // "Drinking alcohol while you take clonazepam can make you very sleepy": what is taken
    // (at `drug`) while another is taken ("while" at `q`) is taken with it, and both are
    // credited with what the sentence says the taking does.
    bool apply_taken_while(std::size_t drug, std::size_t q) {
        if (!(is_word(q, "while") || is_word(q, "when") ||
              (is(q, ChunkKind::boundary) && (norm(c_[q].first) == "while" || norm(c_[q].first) == "when"))))
            return false;
        std::size_t t = q + 1;
        if (is(t, ChunkKind::person)) ++t;
        if (is_word(t, "are") || is_word(t, "is")) ++t;
        if (is(t, ChunkKind::word) && roles_.has(norm(c_[t].first), WordRole::intake)) ++t;
        else if (is_word(t, "on") || is_word(t, "take") || is_word(t, "use")) ++t;
        else return false;
        if (!is(t, ChunkKind::entity) || c_[t].anaphoric || !is_agent_type(t)) return false;
        const std::vector<std::size_t> drugs{c_[drug].entity, c_[t].entity};
        const std::size_t n = claims_.size();
        for (std::size_t i = 0; i < n; ++i) {
            const SentenceClaim original = claims_[i];
            if (original.cue_chunk <= t || clause_start(original.cue_chunk) > t + 1) continue;
            if (std::find(drugs.begin(), drugs.end(), original.subject) == drugs.end()) continue;
            for (std::size_t d : drugs) credit_too(original, d);
        }
        return true;
    }

    // "Taking St John's wort (Hypericum perforatum) with citalopram may raise serotonin
    // levels too far and cause serotonin syndrome": a sentence that opens on taking one
    // substance with others says each claim of its main clause of them all (claims of the
    // first or of a partner, whichever verb found which).
    void apply_taking_with() {
        if (c_.size() < 5) return;
        // (The lexicon may name the intake with the drink: "Drinking alcohol while ...".)
        if (is(0, ChunkKind::entity) && !c_[0].anaphoric && is_agent_type(0) &&
            roles_.has(norm(c_[0].first), WordRole::intake) && c_[0].last > c_[0].first + 1) {
            (void)apply_taken_while(0, 1);
            return;
        }
        if (!is(0, ChunkKind::word) || !roles_.has(norm(c_[0].first), WordRole::intake) || !is(1, ChunkKind::entity) ||
            c_[1].anaphoric || !is_agent_type(1))
            return;
        std::size_t q = past_bracket(2, 4);  // the name's bracketed alias
        if (apply_taken_while(1, q)) return;
        // ("Taking Viibryd together with": one connector.)
        if (!is_word(q, "with") && !(is(q, ChunkKind::connector) && norm(c_[q].first) == "together")) return;
        std::vector<std::size_t> drugs{c_[1].entity};
        std::size_t end = q + 1;
        // ("Taking amitriptyline with tramadol, or with other antidepressants such as fluoxetine
        // or sertraline, can ...": another "with" after the list goes on with it.)
        for (bool more = true; more;) {
            more = false;
            // ("with other medicines that raise serotonin, such as triptans, tramadol or lithium":
            // a kind described, then its members.)
            for (std::size_t m = end; m < c_.size() && m < end + 11 && !is(m, ChunkKind::boundary); ++m) {
                if (introduces_members(m) || (is_comma(m) && introduces_members(m + 1))) {
                    end = is_comma(m) ? m + 2 : m + 1;
                    if (norm(c_[end - 1].first) == "such" && is_word(end, "as")) ++end;
                    break;
                }
                if (is(m, ChunkKind::entity) && is_agent_type(m)) break;
            }
            for (; end < c_.size() && (is(end, ChunkKind::entity) || is(end, ChunkKind::connector)); ++end) {
                if (is(end, ChunkKind::entity) && !c_[end].anaphoric && is_agent_type(end)) drugs.push_back(c_[end].entity);
                if (is_word(end + 1, "with") && (is_mark(end, "or") || is_mark(end, "and")) && end + 2 < c_.size()) {
                    end += 2;
                    more = true;
                    break;
                }
            }
        }
        if (drugs.size() < 2) return;
        const std::size_t n = claims_.size();
        for (std::size_t i = 0; i < n; ++i) {
            const SentenceClaim original = claims_[i];
            if (original.cue_chunk < end || clause_start(original.cue_chunk) > end) continue;
            if (std::find(drugs.begin(), drugs.end(), original.subject) == drugs.end()) continue;
            for (std::size_t d : drugs) credit_too(original, d);
        }
    }

    // A review's verbless denial: "No grogginess, no jitters.", "No hangover in the
    // morning!!": the outcomes did not come with the substance under discussion (the page's
    // product, else the article's substance). Only with no verb cue and no substance
    // named in the sentence.
    // "CBD doesn't bind to CB1 receptors the way THC does", "Maca won't give you the
    // jitters the way coffee can": the name compared does what the clause denies of its
    // subject. (Its claim is the clause's, affirmed; hedged after a modal: "can".)
    // "It causes drowsiness less often than the benzodiazepines do": so after "than" with a
    // verb of its own.
    void apply_the_way() {
        for (std::size_t k = 1; k + 1 < c_.size(); ++k) {
            // (How often, not how much: "causes less constipation than morphine does" says
            // nothing of which way morphine acts.)
            // ("Xylazine does depress breathing, but much less than fentanyl does": how much it does
            // the same, with no outcome between "less" and "than".)
            const bool than = is_word(k, "than") && k >= 2 &&
                              (((is_word(k - 2, "less") || is_word(k - 2, "more")) &&
                                (is_word(k - 1, "often") || norm(c_[k - 1].first).ends_with("ly"))) ||
                               ((is_word(k - 1, "less") || is_word(k - 1, "more")) &&
                                (is_word(k - 2, "much") || is_word(k - 2, "far") || is_word(k - 2, "but") || is_comma(k - 2)) &&
                                (is_word(k + 2, "does") || is_word(k + 2, "do") || is_word(k + 2, "did"))));
            if (!(than || (is_word(k, "way") && is_word(k - 1, "the")))) continue;
            std::size_t x = k + 1;
            if (than && is_word(x, "the")) ++x;
            // ("the way whole licorice does")
            if (!than && is(x, ChunkKind::word) && s_.tokens[c_[x].first].kind == TokenKind::word && !is_word(x, "that") &&
                is(x + 1, ChunkKind::entity))
                ++x;
            if (!is(x, ChunkKind::entity) || c_[x].anaphoric || !is_agent_type(x)) continue;
            const bool modal = x + 1 < c_.size() && is(x + 1, ChunkKind::hedge);
            if (!modal && !(is_word(x + 1, "does") || is_word(x + 1, "do") || is_word(x + 1, "did") ||
                            (!than && (is_word(x + 1, "is") || is_word(x + 1, "are") || is_word(x + 1, "was") ||
                                       is_word(x + 1, "were") || is_word(x + 1, "will")))))
                continue;
            // (After "but", the clause compared is the one before.)
            const bool much_less = is_word(k - 1, "less") || is_word(k - 1, "more");
            const std::size_t start = much_less ? 0 : clause_start(k - 1);
            const std::size_t n = claims_.size();
            for (std::size_t i = 0; i < n; ++i) {
                SentenceClaim cl = claims_[i];
                if (cl.cue_chunk >= k - 1 || cl.cue_chunk < start || !cl.unknown_subject.empty() ||
                    cl.subject == c_[x].entity || cl.target == c_[x].entity)
                    continue;
                cl.subject = c_[x].entity;
                cl.negated = false;
                cl.hedged = modal;
                add_claim(cl);
            }
        }
    }

    // "Muscimol is a potent agonist at GABA-A receptors, the same target as alcohol and
    // benzodiazepines": the names a target is shared with act on it too. How, the sentence
    // does not say, and most annotators record that they act on it (modulates).
    void apply_same_target() {
        for (std::size_t k = 4; k + 3 < c_.size(); ++k) {
            // ("target" may be read as a verb's cue.)
            if (!is_word(k, "same") || !is_word(k - 1, "the") || !is_comma(k - 2) || c_[k + 1].last != c_[k + 1].first + 1 ||
                !is_word(k + 2, "as") || !is(k + 3, ChunkKind::entity) || c_[k + 3].anaphoric)
                continue;
            const std::string_view noun = norm(c_[k + 1].first);
            if (noun != "target" && noun != "targets" && noun != "receptor" && noun != "receptors" && noun != "site" &&
                noun != "sites")
                continue;
            const std::size_t r = k - 3;
            if (!is(r, ChunkKind::entity)) continue;
            const EntityType t = entity(c_[r].entity).type;
            if (!is_protein_type(t)) continue;
            std::vector<std::size_t> agents;
            for (std::size_t m : group_right(k + 3))
                if (is_agent_type(m) && !c_[m].anaphoric) agents.push_back(m);
            const std::size_t start = clause_start(r), target = entity_of(r), n = claims_.size();
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim cl = claims_[i];  // (a copy: add_claim may grow claims_)
                if (cl.cue_chunk >= r || cl.cue_chunk < start || cl.target != target ||
                    (cl.predicate != Predicate::binds && cl.predicate != Predicate::modulates))
                    continue;
                for (std::size_t m : agents) {
                    SentenceClaim shared = cl;
                    shared.unknown_subject.clear();
                    shared.subject = c_[m].entity;
                    shared.predicate = Predicate::modulates;
                    shared.negated = false;
                    shared.mode = BindMode::none;
                    add_claim(shared);
                }
                break;
            }
        }
    }

    // "Like antidepressants, quetiapine may increase the risk of suicidal thoughts", "Like
    // other opioids, it binds to mu-opioid receptors": what the main clause says, the names
    // likened to its subject do too. "Unlike benzodiazepines, valerian does not cause
    // dependence": what the main clause's subject is denied, the names it is set against do,
    // plainly. (Annotators differ on this one: the blind sets q to u read it so, v and some of
    // a to h do not; over all of them it gained 20 claims matched for 38 given.)
    void apply_compared_opening() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            const bool unlike = norm(c_[k].first) == "unlike";
            // ("..., and unlike alcohol or opioids it causes no dependence": after ", and" too.)
            const bool opens = k == 0 || is_comma(k - 1) || is(k - 1, ChunkKind::boundary) ||
                               (k >= 2 && is_and_or_but(k - 1) && is_comma(k - 2));
            if ((norm(c_[k].first) != "like" && !unlike) || !opens) continue;
            // The names up to the comma that closes the phrase ("other opioids").
            std::vector<std::size_t> likened;
            const std::size_t close = likened_names(k + 1, k + 10, likened);
            // (A pronoun subject may follow with no comma: "unlike alcohol or opioids it causes".)
            const bool pronoun_next = close < c_.size() && is(close, ChunkKind::entity) && c_[close].anaphoric &&
                                      c_[close].last == c_[close].first + 1 && is_agent_type(close);
            if (likened.empty() || !(is_comma(close) || (unlike && pronoun_next))) continue;
            std::size_t subject_at = is_comma(close) ? close + 1 : close;
            // ("Unlike alcohol, though, it doesn't make you sleepy": past an aside adverb.)
            // (A boundary chunk: "though" ends a clause elsewhere.)
            if (subject_at + 1 < c_.size() && is_comma(subject_at + 1) &&
                (norm(c_[subject_at].first) == "though" || norm(c_[subject_at].first) == "however"))
                subject_at += 2;
            // (Only the main clause's claims: in "..., which relieves pain" the likeness ends.)
            std::size_t end = std::max(close + 1, subject_at);
            while (end < c_.size() && !is(end, ChunkKind::relative) && !is(end, ChunkKind::boundary)) ++end;
            // "Sertraline, like other SSRIs, can cause ...": set off after the subject, the phrase
            // stands where the subject search looks, so a claim of the likened names is the
            // subject's too.
            std::optional<std::size_t> owner;
            if (k >= 2 && is_comma(k - 1) && is_agent_type(k - 2) && !c_[k - 2].anaphoric) owner = c_[k - 2].entity;
            std::optional<std::size_t> main_subject;
            // (A hormone taken as a supplement acts too: "Unlike benzodiazepines, melatonin does not
            // impair cognition".)
            if (subject_at < c_.size() &&
                (is_agent_type(subject_at) ||
                 (is(subject_at, ChunkKind::entity) && entity(c_[subject_at].entity).type == EntityType::hormone)))
                main_subject = c_[subject_at].entity;
            const std::size_t n = claims_.size();
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim original = claims_[i];
                if (original.cue_chunk <= close || original.cue_chunk >= end) continue;
                if (unlike) {
                    if (!original.negated || !main_subject || original.subject != *main_subject) continue;
                    SentenceClaim contrast = original;
                    contrast.negated = false;
                    contrast.hedged = false;
                    for (std::size_t m : likened) credit_too(contrast, c_[m].entity);
                    continue;
                }
                if (owner &&
                    std::any_of(likened.begin(), likened.end(), [&](std::size_t m) { return c_[m].entity == original.subject; }))
                    credit_too(original, *owner);
                for (std::size_t m : likened) credit_too(original, c_[m].entity);
            }
            return;
        }
    }

    // "Agmatine restored sucrose preference and reduced immobility, as did fluoxetine": the
    // names after a closing ", as did" (does, do) do what the clause before says, with its
    // hedge and polarity. (right_targets stops at the comma, so they are no targets.)
    // "..., and at higher doses it also binds the α2δ subunit, as gabapentin does": the names
    // before the verb do what the verb nearest before them says.
    void apply_as_did() {
        for (std::size_t k = 2; k + 2 < c_.size(); ++k) {
            std::vector<std::size_t> likened;
            std::size_t e = 0;
            bool nearest_only = false;
            if (as_did_at(k)) {
                e = likened_names(k + 2, k + 10, likened);
            } else if (is_comma(k - 1) && is_word(k, "as") && is_agent_type(k + 1) && !c_[k + 1].anaphoric) {
                std::size_t v = k + 1;
                while (v < c_.size() && v < k + 8 && (is(v, ChunkKind::entity) || is(v, ChunkKind::connector)) && !is_comma(v)) {
                    if (is(v, ChunkKind::entity) && is_agent_type(v) && !c_[v].anaphoric) likened.push_back(v);
                    ++v;
                }
                if (!(is_word(v, "does") || is_word(v, "did") || is_word(v, "do"))) continue;
                e = v + 1;
                nearest_only = true;
            } else {
                continue;
            }
            // (The phrase ends the clause: "as did fluoxetine." or "as did X, though ...".)
            if (likened.empty() || !(e >= c_.size() || is_comma(e) || is_word(e, ".") || is(e, ChunkKind::boundary)))
                continue;
            const std::size_t start = clause_start(k - 1);
            const std::size_t n = claims_.size();
            std::size_t nearest = 0;
            for (std::size_t i = 0; i < n; ++i)
                if (claims_[i].cue_chunk < k && claims_[i].cue_chunk >= start) nearest = std::max(nearest, claims_[i].cue_chunk);
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim original = claims_[i];
                if (original.cue_chunk >= k || original.cue_chunk < start || (nearest_only && original.cue_chunk != nearest))
                    continue;
                for (std::size_t m : likened) credit_too(original, c_[m].entity);
            }
        }
    }
    // "L-tryptophan is converted to 5-HTP by tryptophan hydroxylase", "your pineal gland
    // converts serotonin into melatonin", "the conversion of 5-HTP into serotonin", "5-HTP is
    // then turned into serotonin": what a substance or messenger is made into, it raises (the
    // annotators' reading); where an enzyme that makes it is named, the enzyme raises it
    // instead. (That the enzyme lowers what it converts, the verb's own rule says.)
    void apply_conversion() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::predicate) && !is(k, ChunkKind::word)) continue;
            const std::string_view w = norm(c_[k].first);
            if (w.empty() || (w[0] != 'c' && w[0] != 't')) continue;  // (most chunks stop here)
            const bool verb = (is(k, ChunkKind::predicate) && w.starts_with("convert")) || is_word(k, "turned");
            const bool noun = is_word(k, "conversion") && is_word(k + 1, "of");
            if (!verb && !noun) continue;
            std::optional<std::size_t> from, enzyme;
            bool passive = false;
            std::size_t q = k + 1;
            if (noun) {
                from = k + 2;
                q = k + 3;
            } else if (is_molecule(k + 1)) {  // active: "converts serotonin into melatonin"
                from = k + 1;
                q = k + 2;
                if (k > 0 && is(k - 1, ChunkKind::entity) && entity(c_[k - 1].entity).type == EntityType::enzyme) enzyme = k - 1;
                // ("dopamine beta-hydroxylase, the enzyme that converts dopamine into norepinephrine")
                if (k >= 2 && is(k - 1, ChunkKind::relative)) {
                    std::size_t a = k - 1;
                    while (a > 0 && k - 1 - a < 3 && is(a - 1, ChunkKind::word)) --a;
                    if (a >= 2 && a < k - 1 && is_comma(a - 1) && is(a - 2, ChunkKind::entity) &&
                        entity(c_[a - 2].entity).type == EntityType::enzyme)
                        enzyme = a - 2;
                }
            } else {  // passive: "X is (then) converted", "gets converted"
                std::size_t b = k;
                while (b > 0 && k - b < 3 && is(b - 1, ChunkKind::word) &&
                       (is_word(b - 1, "then") || is_word(b - 1, "later") || is_word(b - 1, "also") ||
                        is_word(b - 1, "further") || norm(c_[b - 1].first).ends_with("ly")))
                    --b;
                if (b < 2 || !(is_finite_be(b - 1) || is_word(b - 1, "gets") || is_word(b - 1, "get") || is_word(b - 1, "got") ||
                               is_word(b - 1, "been") || is_word(b - 1, "be")))
                    continue;
                std::size_t f = b - 2;
                // ("A related compound, 1,4-butanediol (1,4-BD), is converted to GHB": past the
                // bracketed short name and the comma closing the appositive.)
                if (is_comma(f) && f > 0 && is_close_paren(f - 1))
                    if (const auto open = open_paren_before(f - 1, 4); open && *open > 0) f = *open - 1;
                if (!is_molecule(f) || c_[f].anaphoric) continue;
                from = f;
                passive = true;
            }
            if (!is_molecule(*from)) continue;
            // "... to 5-HTP by the enzyme tryptophan hydroxylase", "... by CYP2D6 into morphine"
            std::optional<std::size_t> into;
            // ("is converted to caffeine in the liver, mainly by the enzyme MAO": the enzyme may
            // come after a comma.)
            for (std::size_t r = q; r < c_.size() && r <= q + 10 && !is(r, ChunkKind::boundary) && !is(r, ChunkKind::relative);
                 ++r) {
                if (is_word(r, "by"))
                    for (std::size_t e = r + 1; e < c_.size() && e <= r + 3; ++e)
                        if (is(e, ChunkKind::entity)) {
                            if (entity(c_[e].entity).type == EntityType::enzyme) enzyme = e;
                            break;
                        }
                if (!into && (is_word(r, "to") || is_word(r, "into")) && is_molecule(r + 1)) into = r + 1;
                if (into && is_comma(r) && is_and_or_but(r + 1)) break;  // (", and" opens the next clause)
            }
            if (!into || c_[*into].entity == c_[*from].entity) continue;
            const bool h = hedged(k, std::nullopt), n = negated(k);
            // (A drug an enzyme breaks down into a metabolite does not raise the metabolite, to
            // the annotators: "CYP2D6 converts codeine into morphine" is the enzyme's doing.)
            // (In the passive, "L-tryptophan is converted to 5-HTP by tryptophan hydroxylase",
            // the precursor is the sentence's subject, and they credit both.)
            if (enzyme) emit(c_[*enzyme].entity, Predicate::increases, c_[*into].entity, k, h, n, BindMode::none);
            if (!enzyme || passive) emit(c_[*from].entity, Predicate::increases, c_[*into].entity, k, h, n, BindMode::none);
        }
    }

    // "Lifts your mood without the fog of alcohol or the crash of caffeine": an outcome that
    // "without" denies, owned by a substance after "of", is that substance's doing.
    void apply_without_owner() {
        for (std::size_t w = 0; w + 3 < c_.size(); ++w) {
            if (!is(w, ChunkKind::without)) continue;
            for (std::size_t t = w + 1; t + 2 < c_.size() && t <= w + 14; ++t) {
                if (is(t, ChunkKind::boundary) || is(t, ChunkKind::predicate) || is(t, ChunkKind::relative)) break;
                // ("the crash of caffeine": "the" or "a" before the outcome, no adjective of kind;
                // "the jitters and crash of caffeine": the outcomes joined before "of" too.)
                if (!is_condition(t) || !(is_word(t - 1, "the") || is_word(t - 1, "a"))) continue;
                std::vector<std::size_t> outcomes;
                for (std::size_t m : group_right(t))
                    if (is_condition(m)) outcomes.push_back(m);
                const std::size_t last = outcomes.back();
                if (!is_word(last + 1, "of") || !is_agent_type(last + 2) || c_[last + 2].anaphoric) continue;
                is_target_[last + 2] = claimed_[last + 2] = true;
                for (std::size_t m : outcomes)
                    emit(c_[last + 2].entity, Predicate::increases, c_[m].entity, m, hedged(w, std::nullopt), false,
                         BindMode::none, c_[m].direction);
                t = last + 2;
            }
        }
    }

    // "It is ineffective against absence seizures, which it may even worsen", "anxiety, which
    // caffeine can worsen", "GABA-A receptors, the same receptors that benzodiazepines like
    // Xanax target": what stands before ", which" (or an appositive's "that") and a name (or a
    // pronoun for one) then acts on with a verb that has no object of its own is that verb's object.
    // "may interact with adenosine receptors, the same ones caffeine blocks to keep you awake":
    // an appositive that names a receptor again, with a clause of its own and no relative word,
    // says what its subject does to the receptor.
    void apply_same_ones() {
        for (std::size_t k = 4; k + 3 < c_.size(); ++k) {
            if (!is_word(k, "same") || !is_word(k - 1, "the") || !is_comma(k - 2) || !is(k - 3, ChunkKind::entity) ||
                !is_protein_type(entity(c_[k - 3].entity).type))
                continue;
            const std::string_view noun = is(k + 1, ChunkKind::word) ? norm(c_[k + 1].first) : std::string_view();
            if (noun != "ones" && noun != "receptors" && noun != "receptor" && noun != "targets" && noun != "target" &&
                noun != "sites" && noun != "site")
                continue;
            const std::size_t a = k + 2;
            if (!is_agent_type(a) || c_[a].anaphoric) continue;
            std::vector<std::size_t> subj;
            for (std::size_t m : group_right(a))
                if (is_agent_type(m) && !c_[m].anaphoric) subj.push_back(m);
            std::size_t v = subj.back() + 1;
            while (v < c_.size() && v <= a + 6 &&
                   (is(v, ChunkKind::hedge) || is_word(v, "also") || (is(v, ChunkKind::word) && norm(c_[v].first).ends_with("ly"))))
                ++v;
            if (!is(v, ChunkKind::predicate) || !c_[v].cue.verb || c_[v].last != c_[v].first + 1 ||
                c_[v].cue.predicate == Predicate::contains)
                continue;
            const Chunk& cue = c_[v];
            const std::size_t t = k - 3;
            // (The appositive's clause is its own: "may" before the receptor hedges nothing in it.)
            bool h = false;
            for (std::size_t q = a + 1; q < v; ++q) h |= is(q, ChunkKind::hedge);
            const bool n = negated(v);
            for (std::size_t sc : subj) emit(c_[sc].entity, cue.cue.predicate, c_[t].entity, v, h, n, cue.cue.mode);
        }
    }

    void apply_object_relative() {
        for (std::size_t k = 2; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::relative)) continue;
            const std::string_view r = norm(c_[k].first);
            // ("symptoms that opioid withdrawal medications such as buprenorphine and methadone
            // only partly relieve": the agents a described kind lists.)
            std::size_t first_agent = k + 1;
            if (!is_agent_type(first_agent)) {
                std::size_t q = k + 1;
                while (q < c_.size() && q <= k + 5 && (is(q, ChunkKind::word) || is_condition(q))) ++q;
                if (q == k + 1 || !introduces_members(q)) continue;
                first_agent = q + 1;
                if (norm(c_[q].first) == "such" && is_word(first_agent, "as")) ++first_agent;
                if (!is_agent_type(first_agent)) continue;
            }
            std::optional<std::size_t> t;
            std::vector<std::size_t> objects;
            // ("anxiety, agitation and high blood pressure, symptoms that ...": a noun of
            // symptoms set after the list names it again.)
            if (r == "that" && k >= 3 && is(k - 1, ChunkKind::word) && is_comma(k - 2) && is_condition(k - 3) &&
                (is_word(k - 1, "symptoms") || is_word(k - 1, "effects") || is_word(k - 1, "problems") ||
                 is_word(k - 1, "complaints"))) {
                t = k - 3;
                for (std::size_t m : group_left(k - 3))
                    if (is_condition(m) && !claimed_[m]) objects.push_back(m);
            }
            // (The outcome may be another verb's target too: "ineffective against absence seizures".)
            if (r == "which" && is_comma(k - 1) && is(k - 2, ChunkKind::entity) && !is_agent_type(k - 2)) t = k - 2;
            // ("GABA-A receptors, the same receptors that ...": the appositive names the entity again.)
            // ("the same calming receptors that ...": an adjective may stand before the noun.)
            if (!t && r == "that" && k >= 5 && is(k - 1, ChunkKind::word)) {
                std::size_t sm = k - 2;
                if (!is_word(sm, "same") && sm > 0 && is(sm, ChunkKind::word)) --sm;
                if (sm >= 3 && is_word(sm, "same") && is_word(sm - 1, "the") && is_comma(sm - 2) && is(sm - 3, ChunkKind::entity) &&
                    !is_agent_type(sm - 3))
                    t = sm - 3;
            }
            if (!t) continue;
            if (objects.empty()) objects.push_back(*t);
            std::vector<std::size_t> subj;
            for (std::size_t m : group_right(first_agent))
                if (is_agent_type(m)) subj.push_back(m);
            std::size_t v = *std::max_element(subj.begin(), subj.end()) + 1;
            while (v < c_.size() && v <= k + 8 &&
                   (is(v, ChunkKind::hedge) || is_word(v, "even") || is_mark(v, "even") || is_word(v, "also") ||
                    (is(v, ChunkKind::word) && norm(c_[v].first).ends_with("ly"))))
                ++v;
            // ("the same receptors that benzodiazepines act on": a verb and its stranded
            // preposition.)
            auto stranded = [&](std::size_t q) {
                const std::string_view p = norm(c_[q].last - 1);
                return c_[q].last == c_[q].first + 2 && (p == "on" || p == "to" || p == "at" || p == "with");
            };
            if (!is(v, ChunkKind::predicate) || !c_[v].cue.verb || (c_[v].last != c_[v].first + 1 && !stranded(v)) ||
                c_[v].cue.predicate == Predicate::contains)
                continue;
            // (Nothing after the verb that could be its own object: the clause ends, or an aside
            // in brackets follows.)
            if (v + 1 < c_.size() && !is(v + 1, ChunkKind::boundary) && !is_comma(v + 1) && !is_mark(v + 1, "(") &&
                !(is(v + 1, ChunkKind::word) && s_.tokens[c_[v + 1].first].kind == TokenKind::punct))
                continue;
            // (emit reads the cue: a receptor's mode, a benefit or harm's valence.)
            const Chunk& cue = c_[v];
            if (cue.cue.predicate == Predicate::binds && entity(c_[*t].entity).type != EntityType::receptor) continue;
            const bool h = hedged(v, std::nullopt), n = negated(v);
            for (std::size_t o : objects) {
                is_target_[o] = claimed_[o] = true;
                for (std::size_t sc : subj)
                    emit(c_[sc].entity, cue.cue.predicate, c_[o].entity, v, h, n, cue.cue.mode, c_[o].direction);
            }
        }
    }

    // "The nut contains several pyridine alkaloids, of which arecoline is the most abundant;
    // arecaidine, guvacine and guvacoline are present in smaller amounts": the names after
    // "of which" (and, after a semicolon, those said to be present) are among what the verb's
    // subject contains.
    void apply_of_which() {
        for (std::size_t k = 3; k + 1 < c_.size(); ++k) {
            if (!is(k, ChunkKind::relative) || !is_agent_type(k + 1) || c_[k + 1].anaphoric || !is_word(k - 1, "of") ||
                norm(c_[k].first) != "which" || !is_comma(k - 2))
                continue;
            // The verb of containing before the comma, its object a plural noun (or a constituent).
            std::size_t v = k - 2;
            while (v > 0 && k - 2 - v < 6 && !is(v - 1, ChunkKind::predicate) &&
                   (is(v - 1, ChunkKind::word) || (is(v - 1, ChunkKind::entity) && c_[v - 1].anaphoric)))
                --v;
            if (v == 0 || v == k - 2 || !is(v - 1, ChunkKind::predicate) || c_[v - 1].cue.predicate != Predicate::contains)
                continue;
            const std::size_t verb = v - 1;
            const std::vector<std::size_t> owners = agent_subjects(verb, false);
            if (owners.empty()) continue;
            std::vector<std::size_t> parts;
            for (std::size_t m : group_right(k + 1))
                if (is_agent_type(m) && !c_[m].anaphoric) parts.push_back(m);
            // ("; arecaidine, guvacine and guvacoline are present in smaller amounts")
            std::size_t q = parts.back() + 1;
            while (q < c_.size() && !is(q, ChunkKind::boundary)) ++q;
            if (q + 1 < c_.size() && norm(c_[q].first) == ";" && is_agent_type(q + 1) && !c_[q + 1].anaphoric) {
                const std::vector<std::size_t> more = group_right(q + 1);
                const std::size_t after = more.back() + 1;
                if ((is_word(after, "are") || is_word(after, "is")) && is_word(after + 1, "present"))
                    for (std::size_t m : more)
                        if (is_agent_type(m) && !c_[m].anaphoric) parts.push_back(m);
            }
            const bool h = hedged(verb, std::nullopt), n = negated(verb);
            for (std::size_t m : parts) {
                is_target_[m] = claimed_[m] = true;
                for (std::size_t o : owners) emit(c_[o].entity, Predicate::contains, c_[m].entity, verb, h, n, BindMode::none);
            }
        }
    }

    // "without the jitters I get from coffee", "the afternoon crash I used to get from
    // coffee", "the crash you get from energy drinks": an outcome that someone gets from a
    // substance, in a clause of its own after it, is that substance's doing (whatever the
    // clause around it says of the outcome).
    void apply_got_from() {
        for (std::size_t t = 0; t + 3 < c_.size(); ++t) {
            if (!is_condition(t)) continue;
            // ("No headaches like I got from racetams": "like" may stand between.)
            const std::size_t p = (is_word(t + 1, "like") || is_mark(t + 1, "like")) ? t + 2 : t + 1;
            if (!is(p, ChunkKind::person)) continue;
            std::size_t q = p + 1;
            if (is_word(q, "used") && is_word(q + 1, "to")) q += 2;
            else if (is_word(q, "would") || is_word(q, "always") || is_word(q, "usually") || is_word(q, "sometimes")) ++q;
            if (!(is_word(q, "get") || is_word(q, "got") || is_word(q, "gets") || is_word(q, "getting"))) continue;
            if (!is_word(q + 1, "from") || !is_agent_type(q + 2) || c_[q + 2].anaphoric) continue;
            std::vector<std::size_t> agents;
            for (std::size_t a : group_right(q + 2))
                if (is_agent_type(a) && !c_[a].anaphoric) agents.push_back(a);
            for (std::size_t a : agents) {
                is_target_[a] = claimed_[a] = true;
                emit(c_[a].entity, Predicate::increases, c_[t].entity, q, hedged(q, std::nullopt), false, BindMode::none,
                     c_[t].direction);
            }
        }
    }

    // "Panax ginseng contains ginsenosides, while eleuthero doesn't", "Kava lowers anxiety,
    // whereas valerian does not": the name after "while", "whereas" or "but" with only a
    // denial for its verb is denied what the clause before said.
    void apply_while_not() {
        for (std::size_t k = 2; k + 2 < c_.size(); ++k) {
            if (!is_agent_type(k + 1) || c_[k + 1].anaphoric ||
                !(is(k, ChunkKind::boundary) || is(k, ChunkKind::word) || is(k, ChunkKind::connector)))
                continue;
            const std::string_view w = norm(c_[k].first);
            if (!(w == "while" || w == "whereas" || w == "but")) continue;
            std::size_t q = k + 2;
            if (is_word(q, "does") || is_word(q, "do") || is_word(q, "did")) ++q;
            if (!is(q, ChunkKind::negation)) continue;
            // ("does not", "doesn't", "didn't": an auxiliary and "not", or one word.)
            const std::string_view neg = norm(c_[q].first);
            if (q == k + 2 ? !(neg.starts_with("do") || neg.starts_with("did")) : neg != "not") continue;
            // (The denial ends the clause: "while eleuthero doesn't." or "..., but X did not, and ...".)
            if (!(q + 1 >= c_.size() || is_comma(q + 1) || is_word(q + 1, ".") || is(q + 1, ChunkKind::boundary))) continue;
            const std::size_t start = clause_start(k > 0 && is_comma(k - 1) ? k - 1 : k);
            const std::size_t n = claims_.size();
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim original = claims_[i];
                if (original.cue_chunk >= k || original.cue_chunk < start || original.negated) continue;
                if (original.subject == c_[k + 1].entity || original.target == c_[k + 1].entity) continue;
                SentenceClaim denied = original;
                denied.unknown_subject.clear();
                denied.subject = c_[k + 1].entity;
                denied.negated = true;
                add_claim(denied);
            }
        }
    }
    // "Sedation was more common with dronabinol, as were dizziness and dry mouth": the
    // outcomes after ", as were" share what the clause said of the outcome before.
    void apply_as_were() {
        for (std::size_t k = 2; k + 2 < c_.size(); ++k) {
            if (!is_comma(k - 1) || !is_word(k, "as") || !(is_word(k + 1, "were") || is_word(k + 1, "was")) ||
                !is_condition(k + 2))
                continue;
            std::vector<std::size_t> outcomes;
            for (std::size_t m : group_right(k + 2))
                if (is_condition(m) && !claimed_[m]) outcomes.push_back(m);
            const std::size_t start = clause_start(k - 1);
            const std::size_t n = claims_.size();
            for (std::size_t i = 0; i < n; ++i) {
                const SentenceClaim original = claims_[i];
                if (original.cue_chunk >= k || original.cue_chunk < start || !original.unknown_subject.empty() ||
                    entity(original.target).type != EntityType::condition)
                    continue;
                for (std::size_t m : outcomes) {
                    SentenceClaim shared = original;
                    shared.target = c_[m].entity;
                    add_claim(shared);
                }
            }
            for (std::size_t m : outcomes) is_target_[m] = claimed_[m] = true;
        }
    }
    // "can lead to tolerance (the tablets work less well) and to physical and psychological
    // dependence", "leads quickly to tolerance, so that ..., and to physical dependence": "and
    // to" gives a verb that ended on "to" one more object, however far after its first.
    void apply_and_to() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            if (!is_mark(k, "and") || !is_word(k + 1, "to")) continue;
            std::size_t t = k + 2;
            // (Past the outcome's adjectives, coordinated or not: "physical and psychological".)
            while (t < c_.size() && t <= k + 6 &&
                   ((is(t, ChunkKind::word) && s_.tokens[c_[t].first].kind == TokenKind::word &&
                     c_[t].cue.cls != CueClass::determiner) ||
                    is_mark(t, "and") || is_mark(t, "or")))
                ++t;
            if (!is_condition(t) || claimed_[t] || is_target_[t]) continue;
            // The last claim before, made by a verb that ends on "to" and brought on an outcome.
            const SentenceClaim* last = nullptr;
            for (const SentenceClaim& cl : claims_)
                if (cl.cue_chunk < k && is(cl.cue_chunk, ChunkKind::predicate) && cl.unknown_subject.empty() &&
                    c_[cl.cue_chunk].cue.verb && norm(c_[cl.cue_chunk].last - 1) == "to" &&
                    entity(cl.target).type == EntityType::condition && (!last || cl.cue_chunk >= last->cue_chunk))
                    last = &cl;
            if (!last) continue;
            const SentenceClaim original = *last;
            std::vector<SentenceClaim> added;
            for (const SentenceClaim& cl : claims_)
                if (cl.cue_chunk == original.cue_chunk && cl.target == original.target) {
                    SentenceClaim more = cl;
                    more.target = c_[t].entity;
                    added.push_back(more);
                }
            for (const SentenceClaim& more : added) add_claim(more);
            is_target_[t] = claimed_[t] = true;
        }
    }
    // The names a likeness phrase lists ("other opioids", "fluoxetine or imipramine"), from
    // chunk `from` to a comma or to anything but words and connectors, looking no further
    // than chunk `last`; returns where the list ends.
    std::size_t likened_names(std::size_t from, std::size_t last, std::vector<std::size_t>& names) const {
        std::size_t e = from;
        for (; e < c_.size() && e <= last && !is_comma(e); ++e) {
            if (is(e, ChunkKind::entity) && !c_[e].anaphoric && is_agent_type(e)) names.push_back(e);
            else if (!is(e, ChunkKind::word) && !is(e, ChunkKind::connector)) break;
        }
        return e;
    }
    // Chunk k is the "as" of ", as did" (does, do).
    bool as_did_at(std::size_t k) const {
        return k >= 1 && is_comma(k - 1) && is_word(k, "as") &&
               (is_word(k + 1, "did") || is_word(k + 1, "does") || is_word(k + 1, "do"));
    }

    // "nausea, vomiting and constipation are common side effects", "Headache and nausea were
    // the most frequent adverse events", "Eructation was the most frequent adverse event":
    // outcomes named as side effects are brought on by the substance the sentence names
    // before them, or after "of", or else by the page's subject.
    void apply_named_side_effects() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            // (The copula needs a condition right before it or a bracket: most chunks stop here.)
            if (!is(k, ChunkKind::word) || !(is_condition(k - 1) || is_close_paren(k - 1))) continue;
            if (!(is_word(k, "are") || is_word(k, "were") || is_word(k, "is") || is_word(k, "was"))) continue;
            std::vector<std::size_t> outcomes, bracketed;
            std::size_t q = k;
            while (q > 0) {
                // "Headache (MOD 14%, CAF 10%, PBO 5%)": the substances in brackets after an
                // outcome are the groups it was counted in.
                if (is_close_paren(q - 1)) {
                    const auto open = open_paren_before(q - 1, 13);
                    if (!open) break;
                    const std::size_t o = *open;
                    for (std::size_t b = o + 1; b + 1 < q; ++b)
                        if (is(b, ChunkKind::entity) && entity(c_[b].entity).type == EntityType::substance)
                            bracketed.push_back(c_[b].entity);
                    q = o;
                    continue;
                }
                // "Sedation, fatigue and impaired concentration are the most common adverse
                // effects": the word that gives a member its direction (the chunker's reading of
                // "impaired concentration" as a fall) is no end of the list.
                const bool direction_word =
                    is(q - 1, ChunkKind::word) && q < k && is(q, ChunkKind::entity) && c_[q].direction != 0 &&
                    (q == 1 || (is(q - 2, ChunkKind::connector) && norm(c_[q - 2].first) != "("));
                if (direction_word) {
                    --q;
                    continue;
                }
                if (is_condition(q - 1) && !claimed_[q - 1] && !is_target_[q - 1]) outcomes.push_back(q - 1);
                else if (!(is(q - 1, ChunkKind::connector) && norm(c_[q - 1].first) != "(")) break;
                // ("somnolence (n = 4) and dry mouth (n = 3)": a count in brackets goes with its name.)
                --q;
            }
            if (outcomes.empty()) continue;
            const std::size_t first = q;
            std::size_t t = k + 1;
            // ("are a really common side effect": a forum's words of degree.)
            auto forum_degree_word = [&](std::size_t q) {
                return is_word(q, "really") || is_word(q, "pretty") || is_word(q, "super") || is_word(q, "quite") ||
                       is_word(q, "fairly");
            };
            // "is a common side effect", "is one of the most frequent adverse effects", "is a
            // well-known risk of": the article, "one of" and the words that grade an effect.
            while (t < c_.size() && t <= k + 8 &&
                   ((is(t, ChunkKind::hedge) && norm(c_[t].first) == "reported" && c_[t].last == c_[t].first + 1) ||
                    (is_word(t, "well") && t + 1 < c_.size() && is_hyphen(t + 1)) || (is_hyphen(t) && is_word(t - 1, "well")) ||
                    is_word(t, "the") || is_word(t, "most") || is_word(t, "very") || is_word(t, "common") || is_word(t, "also") ||
                    is_word(t, "commonly") || is_word(t, "frequent") || is_word(t, "frequently") ||
                    is_word(t, "reported") || is_word(t, "serious") || is_word(t, "main") || is_word(t, "typical") ||
                    is_word(t, "known") || is_word(t, "possible") || is_word(t, "rare") || is_word(t, "among") ||
                    is_word(t, "a") || is_word(t, "an") || (is_word(t, "one") && is_word(t + 1, "of")) ||
                    (is_word(t, "of") && is_word(t - 1, "one")) || is_word(t, "well-known") || is_word(t, "recognised") ||
                    is_word(t, "recognized") || is_word(t, "potential") || is_word(t, "important") ||
                    is_word(t, "significant") || is_word(t, "major") || is_word(t, "notable") || is_word(t, "documented") ||
                    is_word(t, "uncommon") || is_word(t, "other") || is_word(t, "dangerous") || is_word(t, "unpleasant") ||
                    is_word(t, "troublesome") || is_word(t, "bothersome") || is_word(t, "often") || is_word(t, "particularly") ||
                    forum_degree_word(t)))
                ++t;
            // (A forum's degree word only before "side effect": "low mood is pretty common" after
            // stopping a drug is no effect of it.)
            bool forum_degree = false;
            for (std::size_t d = k + 1; d < t; ++d) forum_degree = forum_degree || forum_degree_word(d);
            if (forum_degree && !(is_word(t, "side") || is_word(t, "adverse"))) continue;
            const bool graded = t > k + 1 && (is_word(t - 1, "frequent") || is_word(t - 1, "common"));
            bool named = false;
            auto effect_noun = [&](std::size_t e) {
                const std::string_view w = norm(c_[e].first);
                return w == "effects" || w == "effect" || w == "events" || w == "event" || w == "reactions" ||
                       w == "reaction";
            };
            if ((is_word(t, "side") || is_word(t, "adverse")) && t + 1 < c_.size() && is(t + 1, ChunkKind::word) &&
                effect_noun(t + 1)) {
                named = true;
                t += 2;
            } else if ((is_word(t, "side") || is_word(t, "adverse")) && t + 1 < c_.size() && is(t + 1, ChunkKind::predicate) &&
                       effect_noun(t + 1) && norm(c_[t + 1].last - 1) == "of") {
                named = true;  // "side effects of kratom": the "of" is in the cue's chunk
                t += 1;
            } else if (t > k + 1 && (is_word(t - 1, "frequent") || is_word(t - 1, "common")) &&
                       (t >= c_.size() || is_comma(t) || is(t, ChunkKind::boundary) || norm(c_[t].first) == "." ||
                        norm(c_[t].first) == ";")) {
                named = true;  // "were the most frequent", "are common, especially when ..."
            } else if (t > k + 1 && (is_word(t - 1, "frequent") || is_word(t - 1, "common")) && when_in_treatment(t)) {
                named = true;  // "were common on the day of dosing", "was common at the start of treatment"
            }
            // "Weight gain is a known risk of olanzapine", "is a common complication of": a risk
            // named by what brings it on, right after "of" or "with".
            bool needs_agent = false;
            // "Nausea is common with sertraline": graded, then who brings it on.
            if (!named && graded && is_word(t, "with") && t + 1 < c_.size() && is_agent_type(t + 1)) named = needs_agent = true;
            if (!named && t + 2 < c_.size() && is(t, ChunkKind::word) &&
                (is_word(t, "risk") || is_word(t, "risks") || is_word(t, "complication") || is_word(t, "complications")) &&
                (is_word(t + 1, "of") || is_word(t + 1, "with"))) {
                named = needs_agent = true;
                ++t;
            }
            if (!named) continue;
            // ("Somnolence was the most common adverse event (21% with 180 μg ...), followed by
            // dizziness and dry mouth": the runners-up are adverse events too.)
            {
                std::size_t x = t;
                if (is_mark(x, "(")) {
                    while (x < c_.size() && x <= t + 30 && !is_close_paren(x)) ++x;
                    ++x;
                }
                if (is_comma(x)) ++x;
                if (is_word(x, "followed") && is_word(x + 1, "by") && is_condition(x + 2))
                    for (std::size_t m : group_right(x + 2))
                        if (is_condition(m) && !claimed_[m] && !is_target_[m]) outcomes.push_back(m);
            }
            std::optional<std::size_t> agent;
            const bool of_form = is_word(t, "of") || (t < c_.size() && is(t, ChunkKind::predicate) && norm(c_[t].last - 1) == "of");
            // "is common with sertraline", "the most frequent adverse event with hydroxyzine".
            if ((of_form || is_word(t, "with")) && t + 1 < c_.size() && is(t + 1, ChunkKind::entity) && is_agent_type(t + 1))
                agent = c_[t + 1].entity;
            if (needs_agent && !agent) continue;
            std::sort(bracketed.begin(), bracketed.end());
            bracketed.erase(std::unique(bracketed.begin(), bracketed.end()), bracketed.end());
            if (!agent && !bracketed.empty()) {
                std::sort(outcomes.begin(), outcomes.end());
                for (std::size_t m : outcomes) {
                    is_target_[m] = claimed_[m] = true;
                    for (std::size_t a : bracketed)
                        emit(a, Predicate::increases, c_[m].entity, k, hedged(k, std::nullopt), negated(k), BindMode::none,
                             c_[m].direction);
                }
                continue;
            }
            emit_outcomes_of(agent, first, outcomes, k, hedged(k, std::nullopt));
        }
    }

    // "Adverse events were more frequent with nicotine, mainly nausea (14% vs 5%), skin
    // irritation at the patch site and insomnia", "Side effects were more common with melatonin
    // than placebo, including headache": a trial's arm named by the effects more common with it,
    // and then the effects. (The effects follow a comma; a word that picks them out may open them.)
    void apply_effects_more_common_with() {
        for (std::size_t k = 0; k + 6 < c_.size(); ++k) {
            if (!(is_word(k, "side") || is_word(k, "adverse")) || !is(k + 1, ChunkKind::word)) continue;
            const std::string_view noun = norm(c_[k + 1].first);
            if (noun != "effects" && noun != "events" && noun != "reactions") continue;
            std::size_t t = k + 2;
            if (!(is_word(t, "were") || is_word(t, "was") || is_word(t, "are") || is_word(t, "is"))) continue;
            ++t;
            while (t < c_.size() && t <= k + 6 &&
                   (is_word(t, "more") || is_word(t, "also") || is_word(t, "much") || is_word(t, "slightly") ||
                    is_word(t, "significantly") || is_word(t, "far") || is_word(t, "numerically")))
                ++t;
            if (!is_word(t - 1, "more") || !(is_word(t, "frequent") || is_word(t, "common")) || !is_word(t + 1, "with") ||
                t + 2 >= c_.size() || !is(t + 2, ChunkKind::entity) || !is_agent_type(t + 2))
                continue;
            const std::size_t agent = c_[t + 2].entity;
            std::size_t u = t + 3;
            if (is_word(u, "than"))  // "than placebo", "than with placebo"
                while (u < c_.size() && u <= t + 7 && !is_comma(u) && !is(u, ChunkKind::entity)) ++u;
            if (!is_comma(u)) continue;
            ++u;
            if (is_word(u, "mainly") || is_word(u, "mostly") || is_word(u, "chiefly") || is_word(u, "primarily") ||
                is_word(u, "particularly") || is_word(u, "especially") || is_word(u, "notably") ||
                (is(u, ChunkKind::connector) && norm(c_[u].first) == "including"))
                ++u;
            if (!is_condition(u)) continue;
            // The list: its members, with counts in brackets and a place after a member ("at
            // the patch site") passed over, up to the sentence's next clause.
            const bool h = hedged(k, std::nullopt), n = negated(k);
            for (std::size_t m = u; m < c_.size(); ++m) {
                if (is_mark(m, "(")) {
                    while (m < c_.size() && !is_close_paren(m)) ++m;
                    continue;
                }
                if (is(m, ChunkKind::boundary) || is(m, ChunkKind::predicate) || is(m, ChunkKind::hedge) ||
                    is(m, ChunkKind::negation) || is_mark(m, ".") || is_mark(m, ";"))
                    break;
                if (!is_condition(m) || claimed_[m]) continue;
                is_target_[m] = claimed_[m] = true;
                emit(agent, Predicate::increases, c_[m].entity, k, h, n, BindMode::none, c_[m].direction);
            }
        }
    }

    // After "common" or "frequent": a phrase of when in treatment, and nothing more
    // ("on the day of dosing", "during the first week of treatment"). ("Depression is common
    // in people with chronic pain" says who has it, not what brings it on.)
    bool when_in_treatment(std::size_t t) const {
        // "Nausea and headaches are also common afterward": a word of when, alone.
        if (is(t, ChunkKind::word) && roles_.has(norm(c_[t].first), WordRole::treatment_time) &&
            (t + 1 >= c_.size() || is_comma(t + 1) || is(t + 1, ChunkKind::boundary) || norm(c_[t + 1].first) == "." ||
             norm(c_[t + 1].first) == ";"))
            return true;
        if (!(is_word(t, "on") || is_word(t, "during") || is_word(t, "at") || is_word(t, "in") || is_word(t, "after")))
            return false;
        bool when = false;
        std::size_t q = t + 1;
        // ("of treatment": a noun that is a cue, not a verb, may stand in it.)
        for (; q < c_.size() && q < t + 8 && (is(q, ChunkKind::word) || (is(q, ChunkKind::predicate) && !c_[q].cue.verb));
             ++q) {
            const std::string_view w = norm(c_[q].first);
            if (w == "," || w == "." || w == ";") break;
            if (roles_.has(w, WordRole::treatment_time)) when = true;
        }
        return when && (q >= c_.size() || is_comma(q) || is(q, ChunkKind::boundary) || norm(c_[q].first) == "." ||
                        norm(c_[q].first) == ";");
    }

    // Outcomes a sentence names with no verb of their own (apply_named_side_effects,
    // apply_reported_outcomes) are brought on by `agent`, else by the substance the
    // sentence names before them (`first` is the first outcome), else by the page's subject.
    void emit_outcomes_of(std::optional<std::size_t> agent, std::size_t first, std::vector<std::size_t>& outcomes,
                          std::size_t cue, bool h) {
        // ("Unlike amphetamine, modafinil ...": a name after a contrast word is compared, not credited.)
        for (std::size_t a = 0; a < first && !agent; ++a)
            if (is(a, ChunkKind::entity) && entity(c_[a].entity).type == EntityType::substance &&
                !(a > 0 && is(a - 1, ChunkKind::word) && roles_.has(norm(c_[a - 1].first), WordRole::contrast)))
                agent = c_[a].entity;
        if (!agent) agent = page_subject();
        if (!agent) return;
        std::sort(outcomes.begin(), outcomes.end());
        for (std::size_t m : outcomes) {
            is_target_[m] = claimed_[m] = true;
            emit(*agent, Predicate::increases, c_[m].entity, cue, h, negated(cue), BindMode::none, c_[m].direction);
        }
    }

    // "seizures have been reported in people taking the recommended dose", "cases of
    // torsade de pointes have been reported", "Hyponatremia has occurred, usually in older
    // patients": outcomes reported or seen are the doing of the substance the sentence
    // names before them, or else of the page's subject.
    void apply_reported_outcomes() {
        for (std::size_t k = 2; k < c_.size(); ++k) {
            if (is(k, ChunkKind::entity) || is(k, ChunkKind::connector)) continue;
            const std::string_view w = norm(c_[k].first);
            if (w.size() != 8 || (w[0] != 'r' && w[0] != 'o')) continue;  // "reported", "occurred"
            // "Transient vomiting occurred in 57% of the ayahuasca group": the substance of
            // the cohort the outcome was seen in brings it on.
            std::optional<std::size_t> cohort_agent;
            bool trial_group = false;
            for (std::size_t q = k + 1; q + 1 < c_.size() && q <= k + 8 && !is(q, ChunkKind::boundary); ++q) {
                if (is(q, ChunkKind::entity) && !c_[q].anaphoric && entity(c_[q].entity).type == EntityType::substance &&
                    is(q + 1, ChunkKind::word) && roles_.has(norm(c_[q + 1].first), WordRole::cohort)) {
                    cohort_agent = c_[q].entity;
                    trial_group = true;
                    break;
                }
                // ("occurred in 3.5% of brexpiprazole-treated patients": the count's cohort named
                // by what it was given.)
                if (w == "occurred" && is_agent_type(q) && !c_[q].anaphoric && is_hyphen(q + 1) && is_word(q + 2, "treated")) {
                    cohort_agent = c_[q].entity;
                    trial_group = true;
                    break;
                }
            }
            // "Seizures have been reported in patients taking lamotrigine": right after the
            // verb, the people taking a substance are its cohort. (Not past a comma: "usually in
            // older patients taking diuretics" names who is at risk.)
            if (!cohort_agent && is_word(k + 1, "in") && is(k + 2, ChunkKind::person) && k + 4 < c_.size() &&
                (is_word(k + 3, "on") || (is(k + 3, ChunkKind::word) && roles_.has(norm(c_[k + 3].first), WordRole::intake))) &&
                is_agent_type(k + 4) && !c_[k + 4].anaphoric)
                cohort_agent = c_[k + 4].entity;
            std::size_t aux;
            if (w == "reported" && is(k, ChunkKind::hedge) && is_word(k - 1, "been") &&
                (is_word(k - 2, "has") || is_word(k - 2, "have") || is_word(k - 2, "had")))
                aux = k - 2;
            else if (w == "occurred" && (is(k, ChunkKind::word) || is(k, ChunkKind::predicate)) &&
                     (is_word(k - 1, "has") || is_word(k - 1, "have")))
                aux = k - 1;
            else if (w == "occurred" && cohort_agent && (is(k, ChunkKind::word) || is(k, ChunkKind::predicate)))
                aux = k;
            // "Somnolence was reported in 3.5% of the brexpiprazole group": a trial's count.
            else if (w == "reported" && trial_group && is(k, ChunkKind::hedge) && (is_word(k - 1, "was") || is_word(k - 1, "were")) &&
                     is_word(k + 1, "in"))
                aux = k - 1;
            // "Extrapyramidal symptoms are frequently observed during the first few days of
            // treatment": what is observed at a time in treatment is the drug's. (Not "were
            // observed in the placebo group", nor a plain "was observed".)
            else if (w == "observed" && is(k, ChunkKind::word) && when_in_treatment(k + 1)) {
                aux = k - 1;
                while (aux > 0 && k - aux < 3 && is(aux, ChunkKind::word) && norm(c_[aux].first).ends_with("ly")) --aux;
                if (!is_finite_be(aux)) continue;
            } else
                continue;
            // "Serious neuropsychiatric reactions, including depressed mood, agitation and
            // hostility, have been reported": the outcomes are the example list set off before.
            std::size_t last = aux;
            std::size_t head = 0;  // the chunk after the list's "including", when there is one
            if (aux >= 3 && is_comma(aux - 1)) {
                auto opens_list = [&](std::size_t q) {
                    return norm(c_[q].first) == "including" || (norm(c_[q].first) == "as" && q > 0 && is_word(q - 1, "such"));
                };
                std::size_t q = aux - 1;
                while (q > 0 && !opens_list(q - 1) && (is(q - 1, ChunkKind::entity) || is(q - 1, ChunkKind::connector)) &&
                       aux - q < 16)
                    --q;
                if (q >= 2 && q < aux - 1 && opens_list(q - 1)) {
                    last = aux - 1;
                    head = q;
                }
            }
            if (last == 0 || !is_condition(last - 1) || claimed_[last - 1] || is_target_[last - 1]) continue;
            std::vector<std::size_t> outcomes;
            for (std::size_t m : group_left(last - 1))
                if (is_condition(m) && !claimed_[m] && !is_target_[m] && m >= head) outcomes.push_back(m);
            if (outcomes.empty()) continue;
            std::size_t first = *std::min_element(outcomes.begin(), outcomes.end());
            // The list's head stands where the outcomes would: "Serious reactions, including".
            std::size_t opens = first;
            if (head > 0) {
                opens = head - 1;
                if (norm(c_[opens].first) == "as") --opens;
                if (opens == 0 || !is_comma(opens - 1)) continue;
                --opens;
                // ("Serious skin rashes, including ...": the head may name an outcome itself.)
                std::vector<std::size_t> head_outcomes;
                while (opens > 0 && opens + 6 > head && (is(opens - 1, ChunkKind::word) || is_condition(opens - 1))) {
                    --opens;
                    if (is_condition(opens) && !claimed_[opens] && !is_target_[opens]) head_outcomes.push_back(opens);
                }
                if (!(opens == 0 || is(opens - 1, ChunkKind::boundary) || is_comma(opens - 1)) || opens + 6 <= head) continue;
                outcomes.insert(outcomes.end(), head_outcomes.begin(), head_outcomes.end());
                first = opens;
            }
            // The clause must open with the outcomes ("cases of" may stand before them).
            std::size_t opener = first;
            while (opener > 0 && first - opener < 3 && is(opener - 1, ChunkKind::word)) --opener;
            if (!(opener == 0 || is(opener - 1, ChunkKind::boundary) || is_comma(opener - 1) ||
                  (is(opener - 1, ChunkKind::connector) && (norm(c_[opener - 1].first) == "and" || norm(c_[opener - 1].first) == "but"))))
                continue;
            // (Not a drug named after them: "usually in older patients taking diuretics" names
            // who is at risk.)
            // (A report is hedged; a trial's count in a group, "was reported in 3.5% of", is not.)
            const bool group_count = w == "reported" && trial_group && (is_word(aux, "was") || is_word(aux, "were"));
            emit_outcomes_of(cohort_agent, first, outcomes, k, !group_count && (w == "reported" || hedged(k, std::nullopt)));
        }
    }

    // "The release of serotonin by MDMA", "dopamine release by kratom": the lexicon names
    // a messenger's release as the messenger (so that "stimulates the release of dopamine"
    // raises dopamine); with "by" and a substance after it, the substance releases it.
    void apply_release_by() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is_messenger(k) || c_[k].anaphoric || is_target_[k] || !is_word(k + 1, "by") || !is_agent_type(k + 2) ||
                c_[k + 2].anaphoric)
                continue;
            bool release = false;
            for (std::size_t t = c_[k].first; t < c_[k].last && !release; ++t) {
                const std::string_view w = norm(t);
                release = w.starts_with("release") || w == "efflux" || w == "secretion";
            }
            if (!release) continue;
            is_target_[k] = claimed_[k] = true;
            for (std::size_t a : agents_from(k + 2))
                emit(c_[a].entity, Predicate::increases, c_[k].entity, k, hedged(k, a), negated(k), BindMode::none);
        }
    }

    void apply_none_fragment() {
        std::size_t k = 0;
        if (k < c_.size() && is(k, ChunkKind::word) && s_.tokens[c_[k].first].kind == TokenKind::punct) ++k;  // a quote mark
        // (Or later in a short line: "Wake up refreshed, never groggy.")
        // ("No next-day grogginess", "no morning grogginess": a word or two of when may stand
        // before the outcome.)
        auto denied_at = [&](std::size_t q) -> std::size_t {
            // ("zero sedation", as a forum says "no"; but "zero appetite" is appetite lost.)
            const bool zero = is_word(q, "zero");
            if (!zero && (!is(q, ChunkKind::negation) || !(norm(c_[q].first) == "no" || norm(c_[q].first) == "never")))
                return 0;
            std::size_t t = q + 1;
            while (t < c_.size() && t <= q + 3 && is(t, ChunkKind::word) && c_[t].cue.cls != CueClass::determiner &&
                   (s_.tokens[c_[t].first].kind == TokenKind::word || is_hyphen(t)))
                ++t;
            return is_condition(t) && (!zero || is_harm(c_[t].entity)) ? t : 0;
        };
        auto denies = [&](std::size_t q) { return denied_at(q) != 0; };
        if (k + 1 >= c_.size()) return;
        if (!denies(k)) {
            if (s_.tokens.size() > 12) return;  // (a short line: "Non-habit forming – no next-day grogginess*")
            while (k + 1 < c_.size() && !denies(k)) ++k;
            // ("Non-habit forming – no next-day grogginess": after a dash too.)
            if (k + 1 >= c_.size() || k == 0 || !(is_comma(k - 1) || is(k - 1, ChunkKind::boundary))) return;
        }
        // ("No jitters, no crash, no caffeine": a substance denied right after "no" is one the
        // product does not hold.)
        // ("Zero caffeine, zero jitters, zero afternoon crash": "zero" too.)
        auto denied_substance = [&](std::size_t q) {
            return q > 0 && ((is(q - 1, ChunkKind::negation) && norm(c_[q - 1].first) == "no") || is_word(q - 1, "zero")) &&
                   entity(c_[q].entity).type == EntityType::substance && !c_[q].anaphoric;
        };
        // (A name that modifies a noun after it is no ingredient denied: "No lavender burps".)
        auto modifier = [&](std::size_t q) {
            return !c_[q].anaphoric && entity(c_[q].entity).type == EntityType::substance && q + 1 < c_.size() &&
                   (is(q + 1, ChunkKind::entity) ||
                    (is(q + 1, ChunkKind::word) && s_.tokens[c_[q + 1].first].kind == TokenKind::word));
        };
        // ("zero withdrawal when i missed doses": a clause of when, after an outcome, says
        // when it did not come; its words are no verb of the fragment.)
        std::size_t fragment_end = c_.size();
        for (std::size_t q = k + 1; q < c_.size(); ++q) {
            if ((norm(c_[q].first) == "when" || norm(c_[q].first) == "if") && is_condition(q - 1)) {
                fragment_end = q;
                break;
            }
            // ("No jitters, no crash, and I sleep better too": ", and" and a person open a clause
            // of the reviewer's own, which other rules read.)
            if (is_comma(q) && q + 2 < c_.size() && is_and_or_but(q + 1) && is(q + 2, ChunkKind::person)) {
                fragment_end = q;
                break;
            }
        }
        for (std::size_t q = 0; q < fragment_end; ++q) {
            const Chunk& ch = c_[q];
            if (ch.kind == ChunkKind::predicate || ch.kind == ChunkKind::without || ch.kind == ChunkKind::person ||
                (ch.kind == ChunkKind::entity && entity(ch.entity).type != EntityType::condition && !denied_substance(q) &&
                 !modifier(q)))
                return;
        }
        const std::optional<std::size_t> agent = page_subject();
        if (!agent) return;
        // (From the line's start: "No caffeine, no jitters" denies the caffeine before the first
        // outcome denied.)
        for (std::size_t q = 0; q < c_.size(); ++q)
            if (is(q, ChunkKind::entity) && denied_substance(q) && !modifier(q) && c_[q].entity != *agent && !claimed_[q]) {
                claimed_[q] = true;
                emit(*agent, Predicate::contains, c_[q].entity, q, false, true, BindMode::none);
            }
        // "No grogginess, no jitters": each "no" names one more; "No sedation or withdrawal
        // symptoms were observed": one "no" denies the list it opens.
        for (std::size_t q = k; q + 1 < fragment_end; ++q) {
            const std::size_t t = denied_at(q);
            if (t == 0 || claimed_[t]) continue;
            for (std::size_t m : group_right(t)) {
                if (!is_condition(m) || claimed_[m]) continue;
                claimed_[m] = true;
                // ("zero" is no lowering of what it denies.)
                emit(*agent, Predicate::increases, c_[m].entity, q, false, true, BindMode::none,
                     is_word(q, "zero") ? 0 : c_[m].direction);
            }
        }
    }

    // "no hangover with noble kava", "No grogginess on melatonin": a denied outcome with
    // the substance it came without.
    // A review's verbless list of changes: "Better focus and less anxiety.", "Noticeably
    // better focus on busy days.", "Less anxiety, better sleep, no crash!": each outcome
    // after a word of change changed so under the substance under discussion (as
    // apply_none_fragment). Only short lines with no verb, no person and no other name.
    void apply_change_fragment() {
        // (Short lines only; a longer one with an aside after a comma, below.)
        if (s_.tokens.size() > 14 &&
            (s_.tokens.size() > 40 || std::none_of(c_.begin(), c_.end(), [](const Chunk& ch) { return ch.kind == ChunkKind::relative; })))
            return;
        // ("No effect on my anxiety, which was a bit disappointing": a relative clause after a
        // comma is an aside on the fragment.)
        std::size_t end = c_.size();
        for (std::size_t q = 1; q + 1 < c_.size(); ++q)
            if (is_comma(q) && is(q + 1, ChunkKind::relative)) {
                end = q;
                break;
            }
        if (end == 0 || c_[end - 1].last > 14) return;
        for (std::size_t t = 0; t < c_[end - 1].last; ++t)
            if (s_.tokens[t].norm == "than") return;  // "Better sleep than on placebo" compares
        for (std::size_t q = 0; q < end; ++q) {
            const Chunk& ch = c_[q];
            if ((ch.kind == ChunkKind::predicate && ch.cue.verb) || ch.kind == ChunkKind::person ||
                ch.kind == ChunkKind::hedge || ch.kind == ChunkKind::relative ||
                (ch.kind == ChunkKind::entity && entity(ch.entity).type != EntityType::condition))
                return;
        }
        std::optional<std::size_t> agent;
        for (std::size_t t = 0; t < end; ++t) {
            if (!is_condition(t) || claimed_[t]) continue;
            // "No effect on my anxiety", "No change in my sleep": a denied noun of change.
            if (std::size_t n = t; n >= 2) {
                if (is(n - 1, ChunkKind::word) &&
                    (c_[n - 1].cue.cls == CueClass::determiner || roles_.has(norm(c_[n - 1].first), WordRole::owner)))
                    --n;
                if (n >= 2 && is(n - 1, ChunkKind::predicate) && !c_[n - 1].cue.verb && c_[n - 1].cue.fixed_target.empty() &&
                    c_[n - 1].cue.cls == CueClass::predicate && is(n - 2, ChunkKind::negation) &&
                    (norm(c_[n - 2].first) == "no" || norm(c_[n - 2].first) == "zero") &&
                    (c_[n - 1].cue.predicate == Predicate::modulates || c_[n - 1].cue.predicate == Predicate::increases ||
                     c_[n - 1].cue.predicate == Predicate::decreases)) {
                    if (!agent) agent = page_subject();
                    if (!agent) return;
                    claimed_[t] = true;
                    emit(*agent, c_[n - 1].cue.predicate, c_[t].entity, n - 1, false, true, BindMode::none, c_[t].direction);
                    continue;
                }
            }
            // The change word right before the outcome, or one plain word before that:
            // "better overall mood". (An adverb before it, "noticeably better", is no matter.)
            if (t == 0 || (!is(t - 1, ChunkKind::word) && !is(t - 1, ChunkKind::predicate) && !is(t - 1, ChunkKind::negation)))
                continue;
            std::size_t w = t - 1;
            if (is(w, ChunkKind::word) && w > 0 && !change_at(w, t) && (is(w - 1, ChunkKind::word) || is(w - 1, ChunkKind::predicate)))
                --w;
            const auto change = change_at(w, t);
            if (!change) continue;
            if (!agent) agent = page_subject();
            if (!agent) return;
            claimed_[t] = true;
            emit(*agent, change->first, c_[t].entity, w, false, change->second, BindMode::none);
        }
    }

    // How the one-word chunk w says the outcome at t changed, and whether it denies it:
    // "better"/"worse" by the outcome's valence, "less", "more", "no".
    std::optional<std::pair<Predicate, bool>> change_at(std::size_t w, std::size_t t) const {
        if (c_[w].last != c_[w].first + 1) return std::nullopt;
        const std::string_view change = norm(c_[w].first);
        if (change == "better" || change == "worse") return std::pair{worse_or_better(change == "worse", c_[t].entity), false};
        if (change == "less" || change == "fewer" || change == "lower") return std::pair{Predicate::decreases, false};
        // ("No more anxiety!": what there is no more of fell.)
        if (change == "more" && w > 0 && is_word(w - 1, "no")) return std::pair{Predicate::decreases, false};
        if (change == "more" || change == "greater" || change == "higher") return std::pair{Predicate::increases, false};
        // ("Faster recovery.", "Deeper sleep.": how much; "Sharper focus.", "Calmer mood.": how well.)
        if (roles_.has(change, WordSet::more_comparative)) return std::pair{Predicate::increases, false};
        if (roles_.has(change, WordSet::better_comparative)) return std::pair{worse_or_better(false, c_[t].entity), false};
        if (change == "no" || change == "zero") return std::pair{Predicate::increases, true};
        return std::nullopt;
    }

    // "The following medicines can increase the sleepiness caused by zopiclone: antipsychotics,
    // strong painkillers (opioids) and ...": a leaflet names the subjects of its verb in the
    // list after the colon.
    void apply_following_list() {
        if (c_.size() < 6 || !is_word(0, "the") || !is_word(1, "following")) return;
        std::size_t k = 2;
        if (!(is(k, ChunkKind::word) && roles_.has(norm(c_[k].first), WordRole::drug_noun))) return;
        ++k;
        while (k < c_.size() && (is(k, ChunkKind::hedge) || is_word(k, "also"))) ++k;
        if (!is(k, ChunkKind::predicate) || !c_[k].cue.verb ||
            (c_[k].cue.predicate != Predicate::increases && c_[k].cue.predicate != Predicate::decreases &&
             c_[k].cue.predicate != Predicate::modulates))
            return;
        const std::size_t verb = k;
        std::size_t colon = verb + 1;
        while (colon < c_.size() && norm(c_[colon].first) != ":") ++colon;
        if (colon + 1 >= c_.size()) return;
        // The targets: before the colon, up to a participle that opens a modifier ("caused by").
        std::vector<std::size_t> targets;
        for (std::size_t t = verb + 1; t < colon; ++t) {
            if (is(t, ChunkKind::predicate) || is(t, ChunkKind::boundary)) break;
            if (is(t, ChunkKind::entity) && !is_agent_type(t)) targets.push_back(t);
        }
        std::vector<std::size_t> agents;
        for (std::size_t a = colon + 1; a < c_.size(); ++a)
            if (is_agent_type(a)) agents.push_back(a);
        if (targets.empty() || agents.empty()) return;
        const bool h = hedged(verb, std::nullopt), n = negated(verb);
        for (std::size_t a : agents) {
            is_target_[a] = claimed_[a] = true;  // no rule reads the list otherwise
            for (std::size_t t : targets)
                emit(c_[a].entity, c_[verb].cue.predicate, c_[t].entity, verb, h, n, BindMode::none, c_[t].direction);
        }
        for (std::size_t t : targets) is_target_[t] = claimed_[t] = true;
        // Nothing after the colon is the verb's object.
        // ("medicines for depression" in the list names a kind of drug, no benefit.)
        for (std::size_t q = colon + 1; q < c_.size(); ++q) claimed_[q] = is_target_[q] = states_[q] = true;
        states_[verb] = true;
    }

    void apply_none_with() {
        for (std::size_t k = 0; k + 3 < c_.size(); ++k) {
            if (!is(k, ChunkKind::negation) || norm(c_[k].first) != "no" || !is_condition(k + 1)) continue;
            const std::vector<std::size_t> outcomes = outcomes_from(k + 1, claimed_);
            if (outcomes.empty()) continue;
            std::size_t p = *std::max_element(outcomes.begin(), outcomes.end()) + 1;
            if (!(is_word(p, "with") || is_word(p, "on") || is_word(p, "from"))) continue;
            std::size_t a = p + 1;
            while (a < c_.size() && a <= p + 2 && is(a, ChunkKind::word) && s_.tokens[c_[a].first].kind == TokenKind::word &&
                   !is_word(a, "the") && !is_word(a, "my"))
                ++a;
            if (!is_agent_type(a) || is_target_[a]) continue;
            for (std::size_t t : outcomes) {
                claimed_[t] = true;
                emit(c_[a].entity, Predicate::increases, c_[t].entity, k, hedged(k, a), true, BindMode::none, c_[t].direction);
            }
        }
    }

    // "other stuff ive noticed: yawning like crazy, jaw clenching at night, zero appetite",
    // "Side effects: nausea and headache", "downsides: some dizziness": a lead-in that names
    // effects, then a colon, in one sentence; what follows is the substance's effects (the
    // one the lead-in names, else the article's). Track_effect_list does the same for a
    // lead-in on a line of its own.
    void apply_inline_effect_list() {
        std::size_t colon = 0;
        while (colon < c_.size() && norm(c_[colon].first) != ":") ++colon;
        // "the side effects finally got to me (sweating like crazy, zero libido, and my bp
        // crept up)": a bracket opens the list as a colon does, and its close ends it.
        std::size_t end = c_.size();
        if (colon == c_.size()) {
            colon = 0;
            while (colon < c_.size() && !is_mark(colon, "(")) ++colon;
            if (colon == c_.size()) return;
            end = colon + 1;
            while (end < c_.size() && !is_mark(end, ")")) ++end;
        }
        if (colon == 0 || colon + 1 >= c_.size()) return;
        bool lead = false, hedged_lead = false;
        std::optional<std::size_t> agent;
        // ("... accounts for the drug's peripheral effects: dilated pupils, blurred vision and
        // dry mouth": effects an owner has, right before the colon, are that owner's, whatever
        // the clause before them says.)
        if (end == c_.size() && roles_.names_effects(norm(c_[colon - 1].first))) {
            std::size_t q = colon - 1;
            while (q > 0 && colon - 1 - q < 3 && is(q - 1, ChunkKind::word) && !is_word(q - 1, "'s") &&
                   s_.tokens[c_[q - 1].first].kind == TokenKind::word)
                --q;
            if (q >= 2 && is_word(q - 1, "'s") && is_agent_type(q - 2)) agent = c_[q - 2].entity;
            else if (q >= 1 && possessive_pronoun(q - 1) && is_agent_type(q - 1)) agent = c_[q - 1].entity;
        }
        const bool owned = agent.has_value();
        for (std::size_t k = 0; k < colon && !owned; ++k) {
            const std::string_view w = norm(c_[k].first);
            if (is(k, ChunkKind::hedge)) hedged_lead = true;
            if (is(k, ChunkKind::entity) && !c_[k].anaphoric && entity(c_[k].entity).type == EntityType::substance && !agent)
                agent = c_[k].entity;
            if (is(k, ChunkKind::predicate) || w == "ever" || w == "had" || w == "history") return;
            if (roles_.names_effects(w)) lead = true;
        }
        if (!lead && !owned) return;
        if (!agent) agent = article_topic();
        if (!agent) return;
        for (std::size_t t = colon + 1; t < end; ++t) {
            if (is(t, ChunkKind::entity) && is_agent_type(t) && !c_[t].anaphoric) return;  // another agent: not a plain list
            // (A person opens a clause of their own: "..., and i'm a little paranoid about my liver".)
            if (is(t, ChunkKind::boundary) || is(t, ChunkKind::relative) || is(t, ChunkKind::person)) return;
            // "... lets just say my libido has left the building": an outcome someone owns opens a
            // clause that says how it is now, not a list item.
            if (t > 0 && is(t - 1, ChunkKind::word) && roles_.has(norm(c_[t - 1].first), WordRole::owner)) return;
            if (!is_condition(t) || claimed_[t] || is_target_[t]) continue;
            claimed_[t] = true;
            emit(*agent, Predicate::increases, c_[t].entity, t, hedged_lead, negated(t), BindMode::none, c_[t].direction);
        }
    }

    // "Prolactin can have calming effects", "kava has a calming effect": "have" with an
    // outcome right after it (an article or one adjective between) brings it on.
    // "Matcha has more caffeine, more L-theanine and more EGCG than regular green tea",
    // "Guayusa has about 40 mg of caffeine": a substance has the substances it holds. Words
    // of how much may stand before each; "than" ends the list.
    // ("Matcha, where you whisk up the whole powdered leaf, has more caffeine": past an aside
    // set off by commas.)
    bool apply_have_substances(std::size_t k) {
        if (k == 0 || (norm(c_[k].first) != "has" && norm(c_[k].first) != "have")) return false;
        std::size_t subject = k - 1;
        if (is_comma(subject))
            for (std::size_t q = k - 2; q >= 1 && k - q < 14; --q) {
                if (is(q, ChunkKind::boundary) && !(norm(c_[q].first) == "where" && is_comma(q - 1))) break;
                if (is_comma(q)) {
                    subject = q - 1;
                    break;
                }
            }
        if (!is(subject, ChunkKind::entity) || entity(c_[subject].entity).type != EntityType::substance) return false;
        auto amount_word = [&](std::size_t q) {
            if (!is(q, ChunkKind::word)) return false;
            if (is_number(q) || is_unit(q)) return true;
            static constexpr std::string_view kAmount[] = {"more", "less", "much", "some", "about", "around", "roughly",
                                                           "only", "a", "lot", "lots", "of", "little", "plenty",
                                                           "even", "far", "slightly", "twice", "as"};
            return std::find(std::begin(kAmount), std::end(kAmount), norm(c_[q].first).view()) != std::end(kAmount);
        };
        std::vector<std::size_t> held;
        bool denied = false;  // "has no caffeine"
        for (std::size_t q = k + 1; q < c_.size() && q < k + 24; ++q) {
            if (q == k + 1 && is(q, ChunkKind::negation) && norm(c_[q].first) == "no") {
                denied = true;
            } else if (is(q, ChunkKind::entity)) {
                if (entity(c_[q].entity).type != EntityType::substance || c_[q].anaphoric || is_target_[q] || is_hyphen(q + 1))
                    break;
                held.push_back(q);
            } else if (!(is(q, ChunkKind::connector) && !introduces_members(q)) && !amount_word(q)) {
                break;
            }
        }
        if (held.empty()) return false;
        const bool h = hedged(k, std::nullopt), n = denied || negated(k);
        for (std::size_t q : held) {
            is_target_[q] = claimed_[q] = true;
            emit(c_[subject].entity, Predicate::contains, c_[q].entity, k, h, n, BindMode::none);
        }
        return true;
    }

    void apply_have(std::size_t k) {
        if (apply_have_substances(k)) return;
        std::size_t t = k + 1;
        // "Silexan has shown no sedative effects", "has demonstrated anxiolytic effects":
        // the perfect of showing is having; "no" denies what follows.
        if (is_word(t, "shown") || is_word(t, "demonstrated") || is_word(t, "displayed")) ++t;
        bool denied = false;
        if (is(t, ChunkKind::negation) && norm(c_[t].first) == "no") {
            denied = true;
            ++t;
        }
        std::size_t words_from = t;
        // "had a couple of crazy vivid dreams", "had a few headaches": past the quantity.
        if (is_word(t, "a") && (is_word(t + 1, "couple") || is_word(t + 1, "few") || is_word(t + 1, "bunch") ||
                                is_word(t + 1, "lot")))
            words_from = t = is_word(t + 2, "of") ? t + 3 : t + 2;
        // ("had a history of seizures" is no effect.)
        while (t < c_.size() && t <= words_from + 1 && is(t, ChunkKind::word) && !is_word(t, "been") &&
               !is_word(t, "no")) {
            // "had fewer manic episodes": the comparative states the change (apply_quantity).
            if (word_rule(norm(c_[t].first)) == WordRule::quantity) return;
            if (is_word(t, "history") || is_word(t, "diagnosis") || is_word(t, "to")) return;
            ++t;
        }
        if (!is_condition(t) || is_target_[t]) return;
        const std::vector<std::size_t> targets = outcomes_from(t, is_target_);
        const std::vector<std::size_t> subj = subjects(k, k, true);
        // "Next day I had a mild headache": what a person had, in a sentence that names no
        // substance, came with the substance under discussion.
        std::size_t p = k;
        while (p > 0 && k - p < 2 && is(p - 1, ChunkKind::word) &&
               (norm(c_[p - 1].first).ends_with("ly") || roles_.has(norm(c_[p - 1].first), WordRole::filler)))
            --p;
        // ("I have pretty bad social anxiety": in the present, a condition one lives with.)
        // (A forum line may drop its "I": "also had a couple of vivid dreams".)
        if (subj.empty() && (p == 0 || is(p - 1, ChunkKind::person)) && norm(c_[k].first) != "have" && norm(c_[k].first) != "has")
            if (auto topic = unnamed_topic() ? unnamed_topic() : (p > 0 ? writer_clause_agent(p - 1) : std::nullopt)) {
                const bool h = hedged(k, std::nullopt);
                for (std::size_t m : targets) {
                    is_target_[m] = claimed_[m] = true;
                    emit(*topic, Predicate::increases, c_[m].entity, k, h, denied || negated(k), BindMode::none,
                         c_[m].direction);
                }
                return;
            }
        if (!denied) {
            emit_to_outcomes(k, subj, targets, [](std::size_t) { return Predicate::increases; });
            return;
        }
        if (subj.empty()) return;
        const bool h = hedged(k, *std::max_element(subj.begin(), subj.end()));
        for (std::size_t m : targets) {
            is_target_[m] = claimed_[m] = true;
            for (std::size_t sc : subj)
                emit(c_[sc].entity, Predicate::increases, c_[m].entity, k, h, true, BindMode::none, c_[m].direction);
        }
    }

    // "Patients who received psilocybin reported less anxiety", "allowing individuals
    // to experience greater calm": a comparative right before an outcome states a
    // change in it, caused by the clause's agent.
    // "Plasma AEA concentrations were higher after CBD 600 mg than after placebo", "Cortisol
    // was lower in the caffeine group": a measure said to be higher or lower after a
    // substance, or in the group that took it, is the substance's doing.
    bool apply_compared_after(std::size_t k) {
        const std::string_view w = norm(c_[k].first);
        if (w != "higher" && w != "lower" && w != "greater" && w != "smaller") return false;
        std::size_t v = k;
        while (v > 0 && k - v < 3 && is(v - 1, ChunkKind::word) && norm(c_[v - 1].first).ends_with("ly")) --v;
        if (v < 2 || !(is_word(v - 1, "was") || is_word(v - 1, "were") || is_word(v - 1, "is") || is_word(v - 1, "are")))
            return false;
        const std::size_t end = measure_end_before(v - 1);
        if (end == 0) return false;
        std::size_t y = end - 1;  // the measure: "Plasma AEA concentrations", "anxiety scores"
        while (y > 0 && end - 1 - y < 2 && is(y, ChunkKind::word) && roles_.has(norm(c_[y].first), WordRole::measure)) --y;
        if (!is(y, ChunkKind::entity) || is_target_[y] || is_agent_type(y)) return false;
        // The agent: "after (taking) X", "following X", "in the X group".
        std::size_t a = k + 1;
        if (is_word(a, "after") || is_word(a, "following") || is_word(a, "with")) {
            ++a;
            while (a < c_.size() && a <= k + 5 && is(a, ChunkKind::word) && roles_.has(norm(c_[a].first), WordRole::intake)) ++a;
            while (is(a, ChunkKind::word) && c_[a].cue.cls == CueClass::determiner) ++a;
        } else if ((is_word(a, "in") || is_word(a, "among")) && is_word(a + 1, "the") && is(a + 2, ChunkKind::entity) &&
                   is(a + 3, ChunkKind::word) && roles_.has(norm(c_[a + 3].first), WordRole::cohort)) {
            a += 2;
        } else {
            return false;
        }
        if (!is(a, ChunkKind::entity) || !is_agent_type(a)) return false;
        const Predicate p = w == "lower" || w == "smaller" ? Predicate::decreases : Predicate::increases;
        is_target_[y] = claimed_[y] = true;
        emit(c_[a].entity, p, entity_of(y), k, hedged(k, std::nullopt), negated(k), BindMode::none);
        return true;
    }

    void apply_quantity(std::size_t k) {
        if (apply_compared_after(k)) return;
        // ("reported less daytime fatigue than those on placebo": a plain word of when or what
        // kind may stand before the outcome.)
        std::size_t first = k + 1;
        if (!is_condition(first) && is(first, ChunkKind::word) && c_[first].last == c_[first].first + 1 &&
            s_.tokens[c_[first].first].kind == TokenKind::word && c_[first].cue.cls != CueClass::determiner &&
            is_condition(first + 1) && c_[first].last == c_[first + 1].first && !is_word(first, "than") &&
            !is_word(first, "of") && !is_word(first, "and") && !is_word(first, "or"))
            ++first;
        if (!is_condition(first) || is_target_[first]) return;
        const std::string_view w = norm(c_[k].first);
        // ("no more headaches": what there is no more of fell; Chunker::mark_directions.)
        const bool no_more = w == "more" && k > 0 && is_word(k - 1, "no");
        const Predicate p = w == "less" || w == "fewer" || w == "lower" || no_more ? Predicate::decreases : Predicate::increases;
        const std::vector<std::size_t> targets = outcomes_from(first, is_target_);
        std::vector<std::size_t> subj = coordinated_vp_subject(k);
        if (subj.empty()) subj = subjects(k, k, true);
        // "Patients on psilocybin were far less depressed", "I'm less depressed now": people
        // who are less of an outcome are so with the substance they are on (or took), else
        // the one under discussion.
        // ("I fall asleep faster and wake up less groggy": so is someone who wakes up so.)
        const bool woke = k >= 2 && is_word(k - 1, "up") &&
                          (is_word(k - 2, "wake") || is_word(k - 2, "woke") || is_word(k - 2, "wakes") || is_word(k - 2, "waking"));
        if (subj.empty() && k >= 2 && (is_finite_be(k - 1) || is_word(k - 1, "m") || woke ||
                                       (is(k - 1, ChunkKind::word) && roles_.has(norm(c_[k - 1].first), WordRole::filler) &&
                                        (is_finite_be(k - 2) || is_word(k - 2, "m"))))) {
            const std::size_t start = clause_start(k);
            if (is(start, ChunkKind::person)) {
                std::optional<std::size_t> agent;
                // ("Since I started taking it, I ...": what the writer took, named or pointed to.)
                for (std::size_t q = start + 1; q < k && !agent; ++q)
                    if (is(q, ChunkKind::entity) && is_agent_type(q) &&
                        (is_word(q - 1, "on") || (is(q - 1, ChunkKind::word) && roles_.has(norm(c_[q - 1].first), WordRole::intake))))
                        agent = c_[q].entity;
                if (!agent) agent = unnamed_topic();
                if (agent && (!c_[start].anaphoric || roles_.has(norm(c_[start].first), WordRole::first_person))) {
                    const bool h = hedged(k, std::nullopt), n = negated(k);
                    for (std::size_t m : targets) {
                        is_target_[m] = claimed_[m] = true;
                        emit(*agent, p, c_[m].entity, k, h, n, BindMode::none);
                    }
                    return;
                }
            }
        }
        emit_to_outcomes(k, subj, targets, [p](std::size_t) { return p; }, true, first);
        // "reported less depression and better sleep": a second comparative after "and"
        // says its own outcome's change ("better" raises a good and lowers a harm).
        const std::size_t after = *std::max_element(targets.begin(), targets.end()) + 1;
        if (subj.empty() || !is_mark(after, "and") || !is_condition(after + 2) || is_target_[after + 2]) return;
        const std::string_view w2 = is(after + 1, ChunkKind::word) ? std::string_view(norm(c_[after + 1].first)) : std::string_view();
        Predicate p2;
        if (w2 == "better" || w2 == "worse") p2 = worse_or_better(w2 == "worse", c_[after + 2].entity);
        else if (w2 == "more" || w2 == "greater" || w2 == "higher") p2 = Predicate::increases;
        else if (w2 == "less" || w2 == "fewer" || w2 == "lower") p2 = Predicate::decreases;
        else return;
        emit_to_outcomes(after + 1, subj, outcomes_from(after + 2, is_target_), [p2](std::size_t) { return p2; }, true);
    }

    // "These alkaloids block muscarinic receptors, preventing acetylcholine from slowing the
    // heart, narrowing the pupils and triggering sweat": what follows "from" is what the name
    // before it would do, and is its claim, not the clause subject's (who only prevents it).
    // ("preventing acetylcholine from carrying signals that slow the heartbeat": and in a
    // relative clause inside that phrase.) The name, for a verb at chunk c in the phrase after
    // "prevent/stop/keep X from", which opens with a verb in "-ing".
    std::optional<std::size_t> prevented_subject(std::size_t c) const {
        if (!is(c, ChunkKind::predicate)) return std::nullopt;
        for (std::size_t p = c; p-- > 0 && c - p < 16;) {
            if (is(p, ChunkKind::boundary)) return std::nullopt;
            if (!is_word(p, "from")) continue;
            if (p < 2 || !is(p - 1, ChunkKind::entity) || is_condition(p - 1) || p + 1 >= c_.size() ||
                !norm(c_[p + 1].first).ends_with("ing"))
                return std::nullopt;
            const std::string_view v = norm(c_[p - 2].first);
            if (v.starts_with("prevent") || v.starts_with("stop") || v == "keep" || v == "keeps" || v == "keeping" ||
                v == "kept")
                return p - 1;
            return std::nullopt;
        }
        return std::nullopt;
    }

    // "Ashwagandha takes the edge off without making me feel drugged", "for me it took the
    // edge off": a verb whose object may go unsaid (Cue::default_target) has that target
    // when nothing follows it that it could act on.
    bool apply_default_target(std::size_t c) {
        const Chunk& cue = c_[c];
        if (cue.cue.default_target.empty()) return false;
        // (Nothing follows that could be its object: the sentence or clause ends, or "without",
        // "for me", "and" go on. "took the edge off the wd" names the edge, if not as a name;
        // "grab delta 8 to take the edge off" is what someone took it for.)
        const bool unsaid = c + 1 >= c_.size() || is(c + 1, ChunkKind::boundary) || is(c + 1, ChunkKind::connector) ||
                            is(c + 1, ChunkKind::without) || is_word(c + 1, "for") || is_word(c + 1, ".");
        if (!unsaid || (c > 0 && is_word(c - 1, "to"))) return false;
        const auto target = lex_.find(cue.cue.default_target);
        if (!target) return false;
        std::vector<std::size_t> subj = coordinated_vp_subject(c);
        if (subj.empty()) subj = subjects(c, c, true, false);
        if (subj.empty()) return false;
        const bool h = hedged(c, *std::max_element(subj.begin(), subj.end())), n = negated(c);
        for (std::size_t sc : subj) emit(c_[sc].entity, cue.cue.predicate, *target, c, h, n, BindMode::none);
        return true;
    }

    // "Nardil can damage the liver", "Ketamine can damage the bladder": a verb of damage whose
    // object is an organ the lexicon names a damage of ("liver damage", "bladder damage") brings
    // that damage on. (The organs are the lexicon's: a word W with an entity "W damage".)
    bool apply_organ_damage(std::size_t c) {
        const std::string_view v = norm(c_[c].first);
        if (!c_[c].cue.verb || c_[c].last != c_[c].first + 1 || !(v.starts_with("damag") || v.starts_with("injur")))
            return false;
        // ("may also damage the kidneys and the heart": each organ of a list.)
        std::vector<std::size_t> damages;
        for (std::size_t o = c + 1; o < c_.size();) {
            if (is_word(o, "the") || (is(o, ChunkKind::word) && roles_.has(norm(c_[o].first), WordRole::owner))) ++o;
            if (!is(o, ChunkKind::word) || c_[o].last != c_[o].first + 1 || s_.tokens[c_[o].first].kind != TokenKind::word)
                break;
            const auto damage = lex_.find(std::string(norm(c_[o].first)) + " damage");
            if (!damage || entity(*damage).type != EntityType::condition) break;
            damages.push_back(*damage);
            if (!(is_comma(o + 1) || is_and_or_but(o + 1) || is_word(o + 1, "and") || is_word(o + 1, "or"))) break;
            o += 2;
        }
        if (damages.empty()) return false;
        const std::vector<std::size_t> subj = subjects(c, c);
        if (subj.empty()) return false;
        const bool h = hedged(c, *std::max_element(subj.begin(), subj.end())), n = negated(c);
        for (std::size_t sc : subj)
            for (std::size_t d : damages) emit(c_[sc].entity, Predicate::increases, d, c, h, n, BindMode::none);
        return true;
    }

    // "makes it harder to fall asleep", "harder for your body to fight infection": the words
    // of difficulty before "to" (grammar, a closed set).
    static bool harder_word(std::string_view w) {
        return w == "harder" || w == "hard" || w == "difficult" || w == "tougher" || w == "impossible" || w == "trickier";
    }

    // How people say what a substance did to them: "I felt super relaxed", "it made
    // me groggy", "it made my paranoia worse". The subject is found as for a verb
    // (people who report stand for the substance under discussion).
    // "it keeps my anxiety away", "keeps the cravings at bay": the outcomes that the verb of
    // keeping at k keeps away (`after` is the chunk after them) fall. True when it read them so.
    bool kept_away(std::size_t k, const std::vector<std::size_t>& outcomes, std::size_t after) {
        if (!norm(c_[k].first).starts_with("ke") ||
            !(is_word(after, "away") || (is_word(after, "at") && is_word(after + 1, "bay"))))
            return false;
        std::vector<std::size_t> subj = coordinated_vp_subject(k);
        if (subj.empty()) subj = subjects(k, k, true);
        emit_to_outcomes(k, subj, outcomes, [](std::size_t) { return Predicate::decreases; });
        return true;
    }

    void apply_experience(std::size_t k) {
        const std::string_view verb = norm(c_[k].first);
        // "made me groggy", "left me groggy", "keeps me calm"
        const bool make = verb.starts_with("ma") || verb.starts_with("le") || verb.starts_with("ke");
        std::size_t t = k + 1;
        // ("leave people groggy": after "make" and "leave" the people are the object; "won't
        // leave most people groggy": with a word of how many before them.)
        // ("can make older people drowsy": or an adjective for them.)
        auto how_many = [&](std::size_t q) {
            return make && is(q + 1, ChunkKind::person) &&
                   (is_word(q, "most") || is_word(q, "many") || is_word(q, "some") || is_word(q, "few") ||
                    is_word(q, "all") || is_word(q, "older") || is_word(q, "elderly") || is_word(q, "young") ||
                    is_word(q, "younger"));
        };
        while (t < c_.size() && t <= k + 3 && (is(t, ChunkKind::word) || is(t, ChunkKind::person)) &&
               (roles_.has(norm(c_[t].first), WordRole::filler) || (make && is(t, ChunkKind::person)) || how_many(t)))
            ++t;
        // ("may make your baby drowsy": a baby or a child is who the outcome is made in.)
        if (make && t <= k + 2 && (is_word(t, "baby") || is_word(t, "child") || is_word(t, "infant")) && is_condition(t + 1))
            ++t;
        // "Caffeine can make it harder to fall asleep", "makes it easier to focus": the outcome
        // after "it ... to" falls (rises) with the subject.
        if (verb.starts_with("ma") && t == k + 1 && (is_word(t, "it") || (is(t, ChunkKind::entity) && c_[t].anaphoric &&
                                                                          norm(c_[t].first) == "it"))) {
            std::size_t a = t + 1;
            if (is_word(a, "more") || is_word(a, "much") || is_word(a, "a") || is_word(a, "way")) ++a;
            if (is_word(a, "lot")) ++a;
            const std::string_view how = is(a, ChunkKind::word) ? norm(c_[a].first) : std::string_view();
            const bool harder = harder_word(how);
            const bool easier = how == "easier" || how == "easy";
            if ((harder || easier) && is_word(a + 1, "to")) {
                std::size_t o = a + 2;
                if (is_word(o, "get") || is_word(o, "stay") || is_word(o, "keep")) ++o;
                if (is_condition(o) && !claimed_[o] && !is_target_[o]) {
                    // ("Melatonin makes it easier": a hormone taken too.)
                    const std::vector<std::size_t> subj = agent_subjects(k, true, true);
                    const Predicate p = harder ? Predicate::decreases : Predicate::increases;
                    emit_to_outcomes(k, subj, {o}, [p](std::size_t) { return p; });
                    if (!subj.empty()) return;
                }
            }
        }
        // "can make the level of lurasidone in your blood rise", "makes cortisol levels drop":
        // what "make" has change by a verb of change is raised or lowered by the subject.
        if (verb.starts_with("ma") && t == k + 1) {
            std::size_t o = t;
            if (is_word(o, "the") || is_word(o, "your")) ++o;
            if ((is_word(o, "level") || is_word(o, "levels") || is_word(o, "amount") || is_word(o, "concentration") ||
                 is_word(o, "concentrations")) &&
                is_word(o + 1, "of"))
                o += 2;
            if (is(o, ChunkKind::entity) && !is_target_[o] && !claimed_[o]) {
                std::vector<std::size_t> objects;
                for (std::size_t m : group_right(o))
                    if (!is_target_[m] && !claimed_[m]) objects.push_back(m);
                std::size_t v = *std::max_element(objects.begin(), objects.end()) + 1;
                // (Where: "in your blood", "in the brain".)
                if (is_word(v, "in")) {
                    std::size_t q = v + 1;
                    while (q < c_.size() && q <= v + 3 && is(q, ChunkKind::word) && !is_change_verb(q)) ++q;
                    if (q > v + 1) v = q;
                }
                if (is_change_verb(v)) {
                    const std::vector<std::size_t> subj = agent_subjects(k, false);
                    const Predicate p = c_[v].cue.predicate;
                    emit_to_outcomes(k, subj, objects, [p](std::size_t) { return p; });
                    if (!subj.empty()) return;
                }
            }
        }
        // "if you have Parkinson's disease or dementia, as risperidone may make these conditions
        // (it, them) worse": a condition named earlier in the sentence, not the drug.
        if (verb.starts_with("ma") && t == k + 1 && k > 0) {
            std::size_t w = t;
            const bool pronoun = is(w, ChunkKind::entity) && c_[w].anaphoric && c_[w].last == c_[w].first + 1 &&
                                 (norm(c_[w].first) == "it" || norm(c_[w].first) == "them");
            if (pronoun) ++w;
            else if ((is_word(w, "these") || is_word(w, "this") || is_word(w, "the")) &&
                     (is_word(w + 1, "conditions") || is_word(w + 1, "condition") || is_word(w + 1, "problems") ||
                      is_word(w + 1, "symptoms")))
                w += 2;
            if (w > t && is_comparative(past_degree_words(w), "worse")) {
                // (A list's reading may take the condition before the comma into the subject:
                // "If you have epilepsy, risperidone can ...".)
                const std::vector<std::size_t> subj = agent_subjects(k, true);
                std::size_t named = 0;  // the last condition before the verb
                if (!subj.empty())
                    for (std::size_t q = k; q > 0 && !named; --q)
                        if (is_condition(q - 1) && !claimed_[q - 1] && !is_target_[q - 1] &&
                            std::find(subj.begin(), subj.end(), q - 1) == subj.end())
                            named = q;
                if (named) {
                    std::vector<std::size_t> outcomes;
                    for (std::size_t m : group_left(named - 1))
                        if (is_condition(m) && !claimed_[m] && !is_target_[m]) outcomes.push_back(m);
                    for (std::size_t m : outcomes) is_target_[m] = true;
                    emit_to_outcomes(k, subj, outcomes, [&](std::size_t m) { return worse_or_better(true, c_[m].entity); });
                    return;
                }
            }
        }
        // "make" needs its object ("made me", "made my"), or an outcome and how likely it
        // becomes: "makes bleeding more likely".
        if (make && t == k + 1) {
            // "It may also make tamoxifen less effective", "can make birth control pills less
            // effective": a drug made less (or more) effective is lowered (raised).
            // (Not "may make it less effective": "it" there is seldom the sentence's first name.)
            if (verb.starts_with("ma") && is_agent_type(t) && !c_[t].anaphoric && !claimed_[t] && !is_target_[t]) {
                const std::vector<std::size_t> drugs = group_right(t);
                const std::size_t after = *std::max_element(drugs.begin(), drugs.end()) + 1;
                // (", a medicine used to treat breast cancer,": past an appositive set off by commas.)
                std::size_t a = after;
                if (is_comma(a))
                    for (std::size_t q = a + 1; q < c_.size() && q <= a + 10; ++q)
                        if (is_comma(q)) {
                            a = q + 1;
                            break;
                        }
                const bool more = is_word(a, "more"), less = is_word(a, "less");
                if ((more || less) && (is_word(a + 1, "effective") || is_word(a + 1, "potent"))) {
                    std::vector<std::size_t> subj = subjects(k, k, true);
                    const bool h = hedged(k, std::nullopt), n = negated(k);
                    for (std::size_t d : drugs) {
                        if (!is_agent_type(d)) continue;
                        is_target_[d] = claimed_[d] = true;
                        for (std::size_t sc : subj)
                            emit(c_[sc].entity, less ? Predicate::decreases : Predicate::increases, c_[d].entity, k, h, n,
                                 BindMode::none);
                    }
                }
                return;
            }
            // ("may make the drowsiness worse": past the article.)
            if (is_word(t, "the") && is_condition(t + 1)) ++t;
            // ("make the drowsiness caused by paroxetine worse", "make the dizziness and
            // sleepiness caused by prazosin worse": past the phrase that says what brought
            // them on, whose rule has claimed the outcomes already.)
            std::size_t e = t;
            while (is_condition(e) && e + 2 < c_.size() && is(e + 1, ChunkKind::connector) && is_condition(e + 2)) e += 2;
            const bool caused_by = e + 4 < c_.size() && is_condition(e) && is(e + 1, ChunkKind::predicate) &&
                                   norm(c_[e + 1].last - 1).ends_with("ed") &&
                                   (norm(c_[e + 1].last - 1) == "by" || is_word(e + 2, "by")) &&
                                   is_agent_type(is_word(e + 2, "by") ? e + 3 : e + 2);
            if (!is_condition(t) || (claimed_[t] && !caused_by)) return;
            std::vector<std::size_t> outcomes;
            if (caused_by)
                for (std::size_t m = t; m <= e; m += 2) outcomes.push_back(m);
            else
                outcomes = outcomes_from(t, claimed_);
            std::size_t after = *std::max_element(outcomes.begin(), outcomes.end()) + 1;
            if (caused_by) after += is_word(e + 2, "by") ? 3 : 2;
            const bool more = is_word(after, "more"), less = is_word(after, "less");
            // ("keeps the cravings at bay", as below.)
            if (!caused_by && kept_away(k, outcomes, after)) return;
            // "may make depressive symptoms worse", "makes sleep better", "makes the anxiety
            // way worse".
            if (const std::size_t cmp = past_degree_words(after); is_comparative(cmp, "worse") || is_comparative(cmp, "better")) {
                const bool worse = is_comparative(cmp, "worse");
                for (std::size_t m : outcomes) is_target_[m] = true;
                emit_to_outcomes(k, subjects(k, k, true), outcomes,
                                 [&](std::size_t m) { return worse_or_better(worse, c_[m].entity); });
                return;
            }
            // ("makes the sedation way heavier", "makes the high stronger": more of it.)
            if (const std::size_t cmp = past_degree_words(after);
                cmp < c_.size() && is(cmp, ChunkKind::word) && roles_.has(norm(c_[cmp].first), WordSet::more_comparative)) {
                for (std::size_t m : outcomes) is_target_[m] = true;
                emit_to_outcomes(k, subjects(k, k, true), outcomes, [](std::size_t) { return Predicate::increases; });
                return;
            }
            const std::string_view how = after + 1 < c_.size() ? norm(c_[after + 1].first) : std::string_view();
            if (!(more || less) || !(how == "likely" || how == "common" || how == "frequent")) return;  // ("likely" is a hedge)
            emit_to_outcomes(k, subjects(k, k, true), outcomes,
                             [less](std::size_t) { return less ? Predicate::decreases : Predicate::increases; });
            return;
        }
        // "may make you less alert", "made me more anxious": the outcome's direction
        // (Chunk::direction, from the comparative) says which way.
        if (make && t > k + 1 && (is_word(t, "less") || is_word(t, "more")) && is_condition(t + 1) && !claimed_[t + 1]) {
            const std::vector<std::size_t> outcomes = outcomes_from(t + 1, claimed_);
            for (std::size_t m : outcomes) is_target_[m] = true;
            emit_to_outcomes(k, subjects(k, k, true), outcomes, [](std::size_t) { return Predicate::increases; });
            return;
        }
        if (!is_condition(t) || claimed_[t]) return;
        const std::vector<std::size_t> targets = outcomes_from(t, claimed_);
        const std::size_t after = past_degree_words(*std::max_element(targets.begin(), targets.end()) + 1);
        const bool worse = is_comparative(after, "worse"), better = is_comparative(after, "better");
        if (kept_away(k, targets, after)) return;
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
        // ("Alcohol increases the sedative effect of temazepam and can make you very sleepy": a
        // verb joined by "and" to the clause's first shares its subject.)
        std::vector<std::size_t> subj = coordinated_vp_subject(from);
        if (subj.empty()) subj = subjects(from, from, true);
        // "i had the worst dry mouth and felt super groggy", "felt groggy the next day": the
        // writer felt it (a verb joined to the writer's clause, or a line that drops its
        // "I"), with the substance under discussion.
        // ("also gave me anxiety I never had before", "just made me sweaty": a forum line that
        // drops its subject opens with the verb, past a few fillers.)
        auto dropped_subject = [&] {
            if (!(verb == "felt" || is_irregular_past(verb) || verb.ends_with("ed"))) return false;
            const std::size_t start = clause_start(k);
            if (k - start > 2) return false;
            // (The words a subjectless line may open with, as the chunker's implicit subject
            // allows them: role lead-in, or an adverb in -ly.)
            for (std::size_t q = start; q < k; ++q)
                if (!((is(q, ChunkKind::word) && (roles_.has(norm(c_[q].first), WordRole::lead_in) ||
                                                  norm(c_[q].first).ends_with("ly"))) ||
                      is_word(q, "and") || is_mark(q, "and")))
                    return false;
            return start == 0 || is_comma(start - 1) || is(start - 1, ChunkKind::boundary) || is_word(start - 1, ".");
        };
        if (subj.empty() && (!make || dropped_subject()) && unnamed_topic()) {
            const std::size_t start = clause_start(k);
            const bool writer = is(start, ChunkKind::person) && roles_.has(norm(c_[start].first), WordRole::first_person);
            const bool joined = k > start + 1 && is_and_or_but(k - 1) && writer;
            if (joined || (k == 0 && norm(c_[k].first) == "felt") || dropped_subject()) {
                const bool h = hedged(k, std::nullopt), n = negated(k);
                for (std::size_t m : targets) {
                    is_target_[m] = claimed_[m] = true;
                    emit(*unnamed_topic(), worse || better ? worse_or_better(worse, c_[m].entity) : Predicate::increases,
                         c_[m].entity, k, h, n, BindMode::none, c_[m].direction);
                }
                return;
            }
        }
        emit_to_outcomes(k, subj, targets, [&](std::size_t m) {
            return worse || better ? worse_or_better(worse, c_[m].entity) : Predicate::increases;
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
        std::size_t v = k;  // back over fillers ("way", "so much", "mostly") to the linking verb
        // (and over a hedge and an amount: "is maybe 20% better", "is a tiny bit better")
        auto filler = [&](std::size_t q) {
            if (is(q, ChunkKind::hedge)) return true;
            // ("depression is like 60% better": the forum's "like" before an amount.)
            if (is_mark(q, "like") && q + 1 < k && is_number(q + 1)) return true;
            if (!is(q, ChunkKind::word)) return false;
            const std::string_view w = norm(c_[q].first);
            return roles_.has(w, WordRole::filler) || w.ends_with("ly") || w == "tiny" || w == "%" ||
                   is_number(q);
        };
        while (v > 0 && k - v < 4 && filler(v - 1)) --v;
        std::size_t n = v;  // and over a negation: "my anxiety wasn't any better"
        while (n > 0 && v - n < 2 && is(n - 1, ChunkKind::negation)) --n;
        std::size_t outcome;  // the chunk before the linking verb (an adverb between: "my anxiety actually got worse")
        bool verbless = false;  // "suicidal thoughts basically gone": no linking verb
        if (n >= 2 && is(n - 1, ChunkKind::word) && roles_.has(norm(c_[n - 1].first), WordRole::linking)) {
            outcome = n - 2;
            if (outcome > 0 && is(outcome, ChunkKind::word) && norm(c_[outcome].first).ends_with("ly") &&
                is_condition(outcome - 1))
                --outcome;
        }
        else if (n >= 1 && n < v && roles_.has(norm(c_[n].first), WordRole::linking))
            outcome = n - 1;  // the negation is the verb too: "wasnt"
        // ("first month was amazing, suicidal thoughts basically gone": a forum drops the verb
        // before "gone", the outcome opening its clause.)
        else if (n >= 1 && n == v && norm(c_[k].first) == "gone" && is_condition(n - 1) &&
                 (n - 1 == 0 || is_comma(n - 2) || is(n - 2, ChunkKind::boundary))) {
            outcome = n - 1;
            verbless = true;
        }
        else
            return false;
        // ("my focus at work is noticeably better", "my anxiety in the mornings is way down":
        // a phrase of where or when stands between the outcome and its verb.)
        if (!is_condition(outcome))
            if (auto p = place_phrase_after(outcome, [&](std::size_t q) { return is_condition(q); })) outcome = *p - 1;
        if (!is_condition(outcome)) return false;
        const std::vector<std::size_t> group = group_left(outcome);
        const std::size_t first = *std::min_element(group.begin(), group.end());
        // Owned ("my anxiety was better"), or unowned at the start of a clause in a sentence
        // that names no substance: "anxiety is maybe 20% better", "the nausea is mostly gone".
        const bool owned = first > 0 && is(first - 1, ChunkKind::word) && roles_.has(norm(c_[first - 1].first), WordRole::owner);
        std::size_t opener = first;
        while (opener > 0 && is(opener - 1, ChunkKind::word) && c_[opener - 1].cue.cls == CueClass::determiner) --opener;
        // ("..., and brain fog is basically gone", "Now the nausea is gone": "and" or an
        // adverb may open the clause.)
        std::size_t open = opener;
        // (A forum's comma splice: "first month was amazing, suicidal thoughts basically gone".)
        if (open > 0 && (is_and_or_but(open - 1) || is_word(open - 1, "now") || is_word(open - 1, "so") ||
                         (is_comma(open - 1) && verbless) ||
                         (is(open - 1, ChunkKind::word) && norm(c_[open - 1].first).ends_with("ly"))))
            --open;
        // ("for me the anxiety got way better": who it was for may open the clause.)
        else if (open >= 2 && is_word(open - 2, "for") && (is(open - 1, ChunkKind::person) || is_word(open - 1, "me")))
            open -= 2;
        // ("After a week the fatigue was gone": a fronted phrase of time.)
        if (const std::size_t start = clause_start(first); start < open && past_time_phrase(start) == open) open = start;
        // ("tolerance is real w this stuff": the substance after "with" or "on", a forum's "w"; an
        // unowned outcome only with the substance under discussion there: "Anxiety is worse with
        // caffeine" names its own agent.)
        const bool with_after = (is_word(k + 1, "on") || is_word(k + 1, "with") || is_word(k + 1, "w")) && is_agent_type(k + 2);
        // ("Honestly it works, the racing thoughts are gone": after a clause whose subject is a
        // pronoun for the substance under discussion, and the sentence's only name, the clause
        // after the comma is the writer's report of what it did.)
        bool topic_pronoun = false;
        if (open == opener && opener < first && open > 1 && is_comma(open - 1))
            if (const auto topic = article_topic()) {
                bool other = false;
                for (std::size_t q = 0; q < c_.size() && !other; ++q)
                    if (is_agent_type(q)) {
                        other = !c_[q].anaphoric || c_[q].entity != *topic;
                        topic_pronoun = topic_pronoun || (q + 1 < open && !other);
                    }
                topic_pronoun = topic_pronoun && !other;
                if (topic_pronoun) --open;
            }
        if (!owned && !((opener == clause_start(first) || open == clause_start(first) ||
                         (open < opener && is(open, ChunkKind::connector))) &&
                        (unnamed_topic() || (with_after && c_[k + 2].anaphoric) || topic_pronoun)))
            return false;
        std::vector<std::size_t> outcomes;
        for (std::size_t m : group)
            if (is_condition(m) && !claimed_[m]) outcomes.push_back(m);
        if (outcomes.empty()) return false;
        std::vector<std::size_t> agents;
        for (std::size_t sc : subjects(first, first, true)) agents.push_back(c_[sc].entity);
        // "my back pain is way better on bupe", "my anxiety is better with magnesium": the
        // substance the writer is on, after the state, is what changed it (without this the
        // cue "better" took the harm as raised).
        if (agents.empty() && with_after)
            for (std::size_t m : agents_from(k + 2)) agents.push_back(c_[m].entity);
        if (agents.empty())
            if (auto topic = unnamed_topic()) agents.push_back(*topic);
        // ("my focus at work is noticeably better and I'm not reaching for a third coffee": an
        // owned outcome's change is the substance under discussion's, though a later clause,
        // after "and" or "but", names another.)
        if (agents.empty() && owned) {
            std::size_t joint = c_.size();
            for (std::size_t q = k + 1; q < c_.size() && joint == c_.size(); ++q)
                if (is_and_or_but(q) || is_comma(q)) joint = q;
            bool later_only = joint < c_.size();
            for (std::size_t q = 0; q < c_.size() && later_only; ++q)
                if (is_agent_type(q) && !c_[q].anaphoric && q < joint) later_only = false;
            if (later_only)
                if (auto topic = article_topic()) agents.push_back(*topic);
        }
        if (agents.empty()) return false;
        const std::string_view w = norm(c_[k].first);
        const bool h = hedged(k, std::nullopt), neg = negated(k);
        for (std::size_t m : outcomes) {
            const bool harm = is_harm(c_[m].entity);
            // "gone" and "down" say the outcome fell, "up" that it rose; "better" and "worse"
            // depend on whether it is a harm.
            // (The words of "better" and "worse" are data: "my anxiety got bad", "my memory is shot".)
            const bool better = roles_.has(w, WordRole::improved);
            // ("real": "tolerance is real", "the munchies are real" say it comes.)
            const Predicate p = w == "gone" || w == "down"  ? Predicate::decreases
                                : w == "up" || w == "real"  ? Predicate::increases
                                : better == harm            ? Predicate::decreases
                                                            : Predicate::increases;
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
    // A substance or a messenger: what the body makes something from, or makes of it.
    bool is_molecule(std::size_t chunk) const {
        if (!is(chunk, ChunkKind::entity)) return false;
        const EntityType t = entity(c_[chunk].entity).type;
        return t == EntityType::substance || t == EntityType::neurotransmitter || t == EntityType::hormone;
    }
    bool is_messenger(std::size_t chunk) const {
        if (!is(chunk, ChunkKind::entity)) return false;
        const EntityType t = entity(c_[chunk].entity).type;
        return t == EntityType::neurotransmitter || t == EntityType::hormone;
    }
    bool is_condition(std::size_t chunk) const {
        return is(chunk, ChunkKind::entity) && entity(c_[chunk].entity).type == EntityType::condition;
    }
    // The conditions of the entity list starting at k that `taken` does not mark.
    std::vector<std::size_t> outcomes_from(std::size_t k, const std::vector<char>& taken) const {
        std::vector<std::size_t> out;
        if (relates_next(k)) k = is_condition(k + 3) ? k + 3 : k + 4;  // ("less stress-related insomnia")
        for (std::size_t m : group_right(k))
            if (!taken[m] && is_condition(m)) out.push_back(m);
        return out;
    }
    // Claims from `subj` to outcomes that a word, not a cue, introduced at k; the
    // predicate may differ per outcome. Nothing when there is no subject.
    // `own_direction`: the word at k says the change itself ("less anxiety"), so the
    // target's Chunk::direction, which that same word set, is not applied again.
    template <class PredicateOf>
    void emit_to_outcomes(std::size_t k, const std::vector<std::size_t>& subj, const std::vector<std::size_t>& targets,
                          PredicateOf predicate_of, bool own_direction = false, std::size_t own_at = 0) {
        // (The outcome whose direction the quantifier at k gave it: right after k, or at own_at.)
        if (own_at == 0) own_at = k + 1;
        if (subj.empty()) return;
        const bool h = hedged(k, *std::max_element(subj.begin(), subj.end())), n = negated(k);
        for (std::size_t m : targets) {
            is_target_[m] = claimed_[m] = true;
            for (std::size_t sc : subj)
                emit(c_[sc].entity, predicate_of(m), c_[m].entity, k, h, n, BindMode::none,
                     own_direction && m == own_at ? 0 : c_[m].direction);
        }
    }

    // "Common side effects include nausea and insomnia", "The benefits of
    // ashwagandha include better sleep", "Its desired effects are euphoria and
    // empathy": the list is what the substance brings on (benefits: what it
    // improves). The substance is named by "of X", "X's", or is the topic.
    // "Symptoms of an overdose can include ...", "Overdose symptoms may include ...",
    // "Psychiatric effects such as anxiety have been reported" (k at "such"): the same,
    // what an overdose shows is what the substance brings on.
    void apply_effects_include(std::size_t k) {
        std::size_t h = k;
        bool reported_after = false;  // "symptoms reported were"
        // "Serious reactions, including ...": a comma may stand before the connector.
        if (is(k, ChunkKind::connector) && h > 0 && is_comma(h - 1)) --h;
        // ("Physical effects commonly include ...": an adverb of how often, too.)
        while (h > 0 && (is(h - 1, ChunkKind::hedge) ||
                         (is(k, ChunkKind::word) && is(h - 1, ChunkKind::word) && norm(c_[h - 1].first).ends_with("ly") &&
                          c_[h - 1].last == c_[h - 1].first + 1))) {
            reported_after = reported_after || norm(c_[h - 1].first) == "reported";
            --h;
        }
        // "adverse reactions to bupropion (incidence of at least 5%) were ...": past an aside.
        if (h > 0 && is_close_paren(h - 1)) {
            std::size_t o = h - 1;
            while (o > 0 && h - o < 16 && !(is(o - 1, ChunkKind::connector) && norm(c_[o - 1].first) == "(")) --o;
            if (o > 0) h = o - 1;
        }
        // "The most common side effects of prazosin, which affect more than 1 in 10 people, are
        // ...": past a relative clause set off by commas.
        if (h > 2 && is_comma(h - 1))
            for (std::size_t o = h - 2; o > 0 && h - o < 14; --o) {
                if (is(o, ChunkKind::boundary) || is_comma(o)) break;
                if (is(o, ChunkKind::relative) && norm(c_[o].first) == "which" && is_comma(o - 1)) {
                    h = o - 1;
                    break;
                }
            }
        // "Side effects are similar to those of other opioids and include ...": the head is
        // the subject of the copula the verb is coordinated with; names compared in its
        // complement are no owners.
        std::size_t aside_begin = 0, aside_end = 0;
        if (h >= 4 && (is(h - 1, ChunkKind::connector) || is(h - 1, ChunkKind::word)) && norm(c_[h - 1].first) == "and") {
            for (std::size_t q = h - 1; q >= 2 && h - q < 12; --q) {
                if (is(q - 1, ChunkKind::boundary) || is(q - 1, ChunkKind::relative) || is(q - 1, ChunkKind::predicate)) break;
                if ((is_word(q - 1, "are") || is_word(q - 1, "were") || is_word(q - 1, "is")) && is(q - 2, ChunkKind::word) &&
                    (norm(c_[q - 2].first) == "effects" || norm(c_[q - 2].first) == "events" ||
                     norm(c_[q - 2].first) == "reactions")) {
                    aside_begin = q;
                    aside_end = h;
                    h = q - 1;
                    break;
                }
            }
        }
        std::vector<std::size_t> agents;
        std::optional<std::size_t> head_token;
        bool of_overdose = false;  // "symptoms of (an) overdose", "overdose symptoms"
        auto overdose = [&](std::size_t e) {
            return is(e, ChunkKind::entity) && roles_.has(norm(c_[e].last - 1), WordRole::overdose);
        };
        if (h >= 3 && overdose(h - 1) &&
            (is_word(h - 2, "of") || (is(h - 2, ChunkKind::word) && c_[h - 2].cue.cls == CueClass::determiner &&
                                      is_word(h - 3, "of")))) {
            const std::size_t of = is_word(h - 2, "of") ? h - 2 : h - 3;
            if (of == 0 || !is(of - 1, ChunkKind::word)) return;
            head_token = c_[of - 1].first;
            h = of - 1;
            of_overdose = true;
        } else if (h >= 2 && is(h - 1, ChunkKind::word) && overdose(h - 2)) {
            head_token = c_[h - 1].first;
            h = h - 1;
            of_overdose = true;
        } else if (h >= 2 && (is(h - 1, ChunkKind::entity) || (is(h - 1, ChunkKind::word) && roles_.has(norm(c_[h - 1].first), WordRole::cohort) &&
                                                               is(h - 2, ChunkKind::entity)))) {
            // "The most common adverse events in the sertraline group were nausea (21%), ...":
            // the arm names whose events they were.
            const bool arm = is(h - 1, ChunkKind::word);
            for (std::size_t m : group_left(arm ? h - 2 : h - 1))
                if (is_agent_type(m)) agents.push_back(m);
            std::size_t of = agents.empty() ? 0 : *std::min_element(agents.begin(), agents.end()) - 1;
            if (agents.empty() || of == 0) return;
            if (arm && is_word(of, "the") && of > 1) --of;
            if (arm && !is_word(of, "in")) return;
            // "The possible side effects of an overdose of Levetiracetam are ...": past the
            // overdose, to the effects.
            if (!arm && is_word(of, "of") && of >= 3 && overdose(of - 1)) {
                std::size_t o = of - 2;
                if (is(o, ChunkKind::word) && c_[o].cue.cls == CueClass::determiner && o > 0) --o;
                // (Or "side effects of", a nominal cue of its own.)
                if ((is_word(o, "of") && o > 0 && is(o - 1, ChunkKind::word)) ||
                    (is(o, ChunkKind::predicate) && norm(c_[o].last - 1) == "of")) {
                    of = o;
                    of_overdose = true;
                }
            }
            if ((is_word(of, "of") || is_word(of, "to") || is_word(of, "with") || is_word(of, "in")) && is(of - 1, ChunkKind::word)) {  // "reactions to X"
                head_token = c_[of - 1].first;
                h = of - 1;
            } else if (is(of, ChunkKind::predicate) && norm(c_[of].last - 1) == "of") {
                head_token = c_[of].first;  // "effects of", a nominal cue of its own
                h = of;
            } else {
                return;
            }
        } else if (h > 0 && (is(h - 1, ChunkKind::word) || is(h - 1, ChunkKind::person))) {
            // ("The most common effects of phenibut in poisoned patients were": whom, a person
            // word, before the copula; the loop below goes back past it.)
            head_token = c_[h - 1].first;
            --h;
            // "Side effects during an infusion can include", "Side effects in children include",
            // "Adverse events reported in trials included", "Side effects for me were": past a
            // phrase of when, where or whom.
            auto effects_word = [&](std::size_t q) {
                const std::string_view w = norm(c_[q].first);
                return w == "effects" || w == "events" || w == "reactions" || w == "symptoms" || w == "complaints" ||
                       w == "problems";
            };
            if (!effects_word(h))
                for (std::size_t q = h; q >= 2 && h - q < 5 && (is(q - 1, ChunkKind::word) || is(q - 1, ChunkKind::hedge)); --q)
                    if ((is_word(q - 1, "during") || is_word(q - 1, "after") || is_word(q - 1, "at") || is_word(q - 1, "in") ||
                         is_word(q - 1, "for") ||
                         is_word(q - 1, "among") || norm(c_[q - 1].first) == "reported" || is_word(q - 1, "seen") ||
                         is_word(q - 1, "observed")) &&
                        is(q - 2, ChunkKind::word) && effects_word(q - 2)) {
                        // ("The most common problems reported were agitation and confusion":
                        // reported, as "the most commonly reported symptoms" are.)
                        reported_after = norm(c_[q - 1].first) == "reported" || is_word(q - 1, "seen") ||
                                         is_word(q - 1, "observed");
                        h = q - 2;
                        head_token = c_[h].first;
                        break;
                    }
            // "the side effects people mention most are", "The side effects users report are":
            // past a clause of who reports them, its verb and an adverb, to the effects.
            if (!effects_word(h))
                for (std::size_t q = h; q >= 2 && h - q < 3 && (is(q, ChunkKind::word) || is(q, ChunkKind::predicate)); --q)
                    if (is(q - 1, ChunkKind::person) && is(q - 2, ChunkKind::word) && effects_word(q - 2)) {
                        h = q - 2;
                        head_token = c_[h].first;
                        break;
                    }
            // "The most common side effects of aripiprazole in adults include": past whom, to
            // the effects of the drug named before it.
            if (!effects_word(h))
                for (std::size_t q = h; q >= 3 && h - q < 4 && (is(q - 1, ChunkKind::word) || is(q - 1, ChunkKind::person)); --q) {
                    if (!(is_word(q - 1, "in") || is_word(q - 1, "among") || is_word(q - 1, "for"))) continue;
                    const std::size_t named = q - 2;
                    if (!is_agent_type(named) || c_[named].anaphoric) break;
                    std::size_t first = named;
                    for (std::size_t m : group_left(named)) first = std::min(first, m);
                    if (first == 0 || !is(first - 1, ChunkKind::predicate) || norm(c_[first - 1].last - 1) != "of" ||
                        !norm(c_[first - 1].first).starts_with("effect"))
                        break;
                    for (std::size_t m : group_left(named))
                        if (is_agent_type(m)) agents.push_back(m);
                    h = first - 1;
                    head_token = c_[h].first;
                    break;
                }
        }
        if (!head_token) return;
        ++h;  // h - 1 is the head's chunk
        const std::string_view head = norm(*head_token);
        const bool benefits = head == "benefits" || head == "benefit";
        // ("The most common complaints were a rapid heartbeat, anxiety and nausea": what the
        // patients complained of, counted as symptoms are.)
        const bool symptoms = head == "symptoms" || head == "signs" || head == "complaints" || head == "problems";
        // "symptoms of depression include ..." correlate two conditions; symptoms reported
        // (to a poison center, in a trial) are what the substance brought on: "The most
        // commonly reported symptoms were agitation and vomiting".
        bool reported = reported_after;
        for (std::size_t q = h - 1; q > 0 && h - 1 - q < 3 && (is(q - 1, ChunkKind::word) || is(q - 1, ChunkKind::hedge)) && !reported;
             --q)
            reported = norm(c_[q - 1].first) == "reported" || norm(c_[q - 1].first) == "observed";
        // ("According to the study, the most common symptoms were drowsiness and lethargy": so
        // are symptoms counted in the past, with no "of" naming a condition they belong to.)
        if (symptoms && !reported && h == k && is_word(k, "were") && *head_token > 0 && norm(*head_token - 1) == "common")
            reported = true;
        if (symptoms && !of_overdose && !reported) return;
        if (!benefits && !symptoms && head != "effects" && head != "reactions" && head != "events" &&
            head != "risks" && head != "dangers" && head != "effect" && head != "reaction" && head != "event")
            return;
        // A singular copula names an effect only after "side" or "adverse" ("The main side
        // effect of X is nausea"): "The effect is stronger in people with depression" says
        // who feels it.
        if (is_word(k, "is") || is_word(k, "was")) {
            const std::size_t ht = *head_token;
            if (ht == 0 || !(norm(ht - 1) == "side" || norm(ht - 1) == "adverse") || benefits || symptoms) return;
        }
        // "caffeine's (common side) effects", "its side effects".
        std::size_t p = h - 1;
        for (std::size_t steps = 0; p > 0 && steps < 3 && is(p - 1, ChunkKind::word) && !is_word(p - 1, "'s"); ++steps) --p;
        if (agents.empty() && p >= 2 && is_word(p - 1, "'s") && is(p - 2, ChunkKind::entity)) {
            for (std::size_t m : group_left(p - 2))
                if (is_agent_type(m)) agents.push_back(m);
        }
        if (agents.empty() && p >= 1 && is(p - 1, ChunkKind::entity) && c_[p - 1].anaphoric && is_agent_type(p - 1))
            agents.push_back(p - 1);
        // The list runs to the end of the clause; a member may carry its own
        // direction ("increased energy", "reduced anxiety"). (", and the drug temporarily
        // raised heart rate": a clause of its own, with its own subject.)
        std::vector<std::size_t> targets;
        std::size_t list_end = k + 1;
        for (; list_end < c_.size(); ++list_end) {
            const std::size_t t = list_end;
            // ("include a fast heartbeat, a drop in blood pressure on standing up, which can make
            // you feel faint, and hiccups": a relative clause set off by commas inside the list
            // is the member's aside; the list goes on after it.)
            if (is(t, ChunkKind::relative) && t > 0 && is_comma(t - 1)) {
                std::size_t close = t + 1;
                while (close < c_.size() && close <= t + 10 && !is_comma(close) && !is(close, ChunkKind::boundary)) ++close;
                if (close + 2 < c_.size() && is_comma(close) && is_and_or_but(close + 1) && is(close + 2, ChunkKind::entity)) {
                    list_end = close;
                    continue;
                }
            }
            if (is(t, ChunkKind::boundary) || is(t, ChunkKind::relative) || is(t, ChunkKind::without)) break;
            if (is(t, ChunkKind::entity) && is_agent_type(t) && t >= k + 3 && is_comma(t - 2) &&
                is(t - 1, ChunkKind::connector) && starts_clause(t))
                break;
            if (is(t, ChunkKind::entity) && !claimed_[t] && entity(c_[t].entity).type == EntityType::condition &&
                !relates_next(t))
                targets.push_back(t);
        }
        if (targets.empty()) return;
        // "Its cardiovascular effects are a concern for people with hypertension": after a
        // copula, outcomes past a preposition say whom the effects concern; they are none.
        // (Benefits for people with a condition do treat it: "Benefits were confined to
        // participants with MDD".)
        // ("The most common side effects are an unpleasant, bitter taste in the mouth, headache
        // and dizziness": a preposition inside an earlier member, a comma before the outcome,
        // says where that member is felt.)
        if (is_finite_be(k) && !benefits)
            for (std::size_t q = k + 1; q < targets.front(); ++q)
                if (is_word(q, "for") || is_word(q, "with") || is_word(q, "in") || is_word(q, "among")) {
                    bool member_before = false;
                    for (std::size_t m = q + 1; m < targets.front() && !member_before; ++m) member_before = is_comma(m);
                    if (!member_before) return;
                }
        std::optional<std::size_t> agent_entity;
        bool own_clause = false;  // after ", and": the hedges before it are not this clause's
        if (agents.empty()) {
            // "CBD was well tolerated; the most common adverse events were diarrhea and
            // somnolence": one substance, in a clause of its own before the head, is the
            // sentence's; any other named makes the owner unclear.
            // ("MDMA was well tolerated, and adverse events such as nausea were mild": ", and"
            // ends that clause too.)
            auto clause_before = [&](std::size_t q) {
                if (clause_start(q) < clause_start(p)) return true;
                for (std::size_t m = q + 1; m + 1 < p; ++m)
                    if (is_comma(m) && is_and_or_but(m + 1)) return own_clause = true;
                return false;
            };
            std::optional<std::size_t> before;
            for (std::size_t q = 0; q < list_end; ++q) {
                if (!is(q, ChunkKind::entity) || !is_agent_type(q) || (q >= aside_begin && q < aside_end)) continue;
                // ("..., with a milder empathogenic component than MDMA": a name compared with
                // owns none of the effects.)
                if (q > k && !c_[q].anaphoric && compared_with(q)) continue;
                // ("Trazodone has a rare side effect called priapism": the owner is the subject of "has".)
                const bool has = q + 1 < k && (is_word(q + 1, "has") || is_word(q + 1, "have") || is_word(q + 1, "had"));
                if (q < p && (clause_before(q) || has) && (!before || *before == c_[q].entity)) before = c_[q].entity;
                else return;
            }
            agent_entity = before ? before : article_topic();
            if (!agent_entity) return;
        }
        const bool hd = own_clause ? hedged(k + 1, p) : hedged(k + 1, std::nullopt), n = negated(k);
        for (std::size_t t : targets) {
            is_target_[t] = true;
            claimed_[t] = true;
            Predicate p = Predicate::increases;
            if (benefits && is_harm(c_[t].entity)) p = Predicate::decreases;
            if (auto named = listed_change(t)) p = *named;
            // A member may carry its own direction ("increased energy", "memory problems").
            const signed char d = c_[t].direction;
            if (agent_entity) emit(*agent_entity, p, c_[t].entity, k, hd, n, BindMode::none, d);
            for (std::size_t a : agents) emit(c_[a].entity, p, c_[t].entity, k, hd, n, BindMode::none, d);
        }
    }

    // "Side effects include diarrhea, changes in appetite and drowsiness", "a drop in
    // blood pressure": a list member named as a change says its own direction.
    std::optional<Predicate> listed_change(std::size_t t) const {
        if (t == 0 || !is(t - 1, ChunkKind::predicate) || c_[t - 1].cue.verb || c_[t - 1].cue.flips_on_harm) return std::nullopt;
        const Predicate p = c_[t - 1].cue.predicate;
        if (p != Predicate::increases && p != Predicate::decreases && p != Predicate::modulates) return std::nullopt;
        return p;
    }

    // "Users report euphoria and relaxation after consuming kratom", "improvements in
    // depressive symptoms after kratom use", "After taking kava, I felt calm": the
    // substance taken is the agent of the outcomes its clause reports, those no cue
    // gave a subject. An outcome no cue governs was brought on (increases).
    void apply_after_intake(std::size_t a) {
        std::size_t k = a + 1;
        // The intake words are data; the function words between them are grammar.
        // ("after a single ibogaine treatment", "after one session", "after daily kava use": how
        // much or how often is grammar of the same phrase.)
        static constexpr std::string_view kFunction[] = {"of",    "a",     "the",   "some",     "my",    "single",
                                                         "one",   "daily", "each",  "repeated", "acute", "chronic"};
        auto intake = [&](std::string_view w) {
            return roles_.has(w, WordRole::intake) ||
                   std::find(std::begin(kFunction), std::end(kFunction), w) != std::end(kFunction);
        };
        // "after four weeks of reishi powder", "after 8 weeks of daily ashwagandha": how long it
        // was taken stands before the intake.
        for (std::size_t q = k; q < c_.size() && q <= a + 3 && is(q, ChunkKind::word); ++q)
            if (roles_.has(norm(c_[q].first), WordRole::time_unit)) {
                if (is_word(q + 1, "of")) k = q + 2;
                break;
            }
        const std::size_t intake_from = k;
        while (k < c_.size() && k <= intake_from + 3 && is(k, ChunkKind::word) && intake(norm(c_[k].first))) ++k;
        if (!is(k, ChunkKind::entity) || is_target_[k]) return;
        // ("after taking melatonin": a hormone taken is a supplement.)
        const bool taken = k > a + 1;
        std::vector<std::size_t> agents;
        for (std::size_t m : group_right(k))
            if (is_agent_type(m) || (taken && entity(c_[m].entity).type == EntityType::hormone)) agents.push_back(m);
        if (agents.empty()) return;
        const std::size_t after_agents = *std::max_element(agents.begin(), agents.end()) + 1;
        // "Alcohol withdrawal is usually treated with diazepam": a condition that is treated
        // with a substance is lowered by it (animals or people treated with it are not:
        // "in rats treated with MDMA").
        // ("Withdrawal is usually managed with high doses of benzodiazepines": so is one
        // managed with it; nothing else "managed with" says.)
        const bool managed = norm(c_[a].first) == "managed";
        if (norm(c_[a].first) == "treated" || managed) {
            std::size_t b = a;
            while (b > 0 && a - b < 3 &&
                   ((is(b - 1, ChunkKind::word) && norm(c_[b - 1].first).ends_with("ly")) || is(b - 1, ChunkKind::negation)))
                --b;
            if (b > 1 && (is_finite_be(b - 1) || is_word(b - 1, "be") || is_word(b - 1, "been"))) {
                std::size_t t = b - 1;
                while (t > 0 && b - 1 - t < 2 && is(t - 1, ChunkKind::hedge)) --t;
                if (t > 0 && is_condition(t - 1) && !claimed_[t - 1]) {
                    const bool h = hedged(t - 1, std::nullopt), n = negated(a);
                    for (std::size_t o : group_left(t - 1)) {
                        if (!is_condition(o)) continue;
                        for (std::size_t ag : agents) emit(c_[ag].entity, Predicate::decreases, entity_of(o), a, h, n, BindMode::none);
                        claimed_[o] = true;
                    }
                }
                return;
            }
            if (managed) return;
        }
        // "for insomnia after ambien stopped working": the name is the subject of a clause
        // whose verb says what it did; it brought on nothing before "after".
        if (!taken && after_agents < c_.size() && is(after_agents, ChunkKind::predicate) && c_[after_agents].cue.verb)
            return;
        // "Dopamine levels were increased after cocaine administration": a participle
        // right before "after" is a passive; the patient before it is the target.
        // So is an intransitive verb there: "dopamine rises after kratom use".
        // "in rats treated with MDMA", "in mice given caffeine": the animals or people
        // stand between the change and its agent.
        std::size_t before = a;  // back over "in rats" to the participle
        if (const std::string_view w = norm(c_[a].first); w != "after" && w != "following")
            while (before > 0 && a - before < 3 && (is(before - 1, ChunkKind::word) || is(before - 1, ChunkKind::person)))
                --before;
        // ("Cortisol rose after caffeine", "cortisol was higher after LSD": an irregular verb of
        // change right after its outcome, or an adjective after "be"; not "felt better after".)
        if (before > 0 && is(before - 1, ChunkKind::predicate) &&
            (c_[before - 1].cue.verb ||
             (before > 1 && is_change_verb(before - 1) && (is(before - 2, ChunkKind::entity) || is_finite_be(before - 2))))) {
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
            if (!is(t, ChunkKind::entity) || claimed_[t] || entity(c_[t].entity).type != EntityType::condition ||
                (!target_cue_[t] && names_population(t)))
                continue;
            std::size_t cue = target_cue_[t] ? *target_cue_[t] : a;
            Predicate p = target_cue_[t] ? c_[cue].cue.predicate : Predicate::increases;
            // "those given esketamine saw their depression scores drop": a verb right after the
            // outcome says which way it went.
            if (!target_cue_[t] && is_change_verb(t + 1)) {
                cue = t + 1;
                p = c_[cue].cue.predicate;
            }
            if (target_cue_[t] && (c_[cue].kind != ChunkKind::predicate || p == Predicate::binds || p == Predicate::contains))
                continue;
            const bool h = hedged(t, std::nullopt), n = target_cue_[t] ? negated(cue) : negated(t);
            for (std::size_t ag : agents) emit(c_[ag].entity, p, entity_of(t), cue, h, n, BindMode::none, c_[t].direction);
            claimed_[t] = true;
        }
    }

    // "Stimulating kappa-opioid receptors reduces the release of dopamine", "Activation of this
    // receptor relieves pain": a clause opened by activating a receptor (or other target) says
    // what the receptor does, the verb's claim with the receptor for subject
    // (activated_subject); the opening states no claim of its own.
    void mark_activation_openers() {
        for (std::size_t g = 0; g + 2 < c_.size(); ++g) {
            if (g > 0 && !is(g - 1, ChunkKind::boundary)) continue;
            const std::optional<std::size_t> activated = activation_target(g);
            if (!activated) continue;
            const std::size_t t = *activated;
            std::size_t v = t + 1;
            if (is_word(v, "in") || is_word(v, "on"))
                while (v < c_.size() && v < t + 12 && (is(v, ChunkKind::word) || is(v, ChunkKind::entity) || is_mark(v, "and")) &&
                       !is_comma(v))
                    ++v;
            while (v < c_.size() && (is(v, ChunkKind::hedge) || (is(v, ChunkKind::word) && (norm(c_[v].first).ends_with("ly") ||
                                                                                              is_word(v, "to") || is_finite_be(v)))))
                ++v;
            if (!is(v, ChunkKind::predicate) || !c_[v].cue.verb) continue;
            states_[g] = true;
        }
    }
    // "the intense dissociation it produces", "the anxiety it relieves": an outcome
    // followed by "it" or "they" and a verb of change with no object is what the pronoun's
    // substance does to it (a relative clause with its pronoun left out).
    void apply_contact_relative() {
        for (std::size_t c = 2; c < c_.size(); ++c) {
            if (!is(c, ChunkKind::predicate) || !c_[c].cue.verb || states_[c] ||
                (c_[c].cue.predicate != Predicate::increases && c_[c].cue.predicate != Predicate::decreases))
                continue;
            if (!is(c - 1, ChunkKind::entity) || !c_[c - 1].anaphoric ||
                (norm(c_[c - 1].first) != "it" && norm(c_[c - 1].first) != "they") || !is_agent_type(c - 1))
                continue;
            if (!is_condition(c - 2) || c_[c - 2].anaphoric || claimed_[c - 2]) continue;
            // (The verb takes no object: the clause ends or goes on with its own verb.)
            if (c + 1 < c_.size() && !is(c + 1, ChunkKind::boundary) && !is_comma(c + 1) && !is_word(c + 1, "is") &&
                !is_word(c + 1, "are") && !is_word(c + 1, "was") && !is_word(c + 1, "were") && !is_word(c + 1, "can") &&
                !is_word(c + 1, "may") && !is(c + 1, ChunkKind::hedge))
                continue;
            states_[c] = true;
            is_target_[c - 2] = claimed_[c - 2] = true;
            emit(c_[c - 1].entity, c_[c].cue.predicate, c_[c - 2].entity, c, hedged(c, c - 1), negated(c), BindMode::none);
        }
    }


    // "What helped my akathisia was propranolol", "What actually fixed the akathisia for me was
    // a low dose of mirtazapine": a cleft names the agent after "was", past the verb's objects.
    void apply_what_cleft() {
        for (std::size_t k = 0; k + 4 < c_.size(); ++k) {
            if (!is_word(k, "what") || !(k == 0 || is(k - 1, ChunkKind::boundary) || is_comma(k - 1) || is_word(k - 1, "but")))
                continue;
            std::size_t v = k + 1;
            while (v < k + 3 && is(v, ChunkKind::word) &&
                   (norm(c_[v].first).ends_with("ly") || roles_.has(norm(c_[v].first), WordRole::degree)))
                ++v;
            if (!is(v, ChunkKind::predicate) || !c_[v].cue.verb || c_[v].cue.predicate == Predicate::contains ||
                c_[v].cue.predicate == Predicate::binds)
                continue;
            std::size_t t = v + 1;
            while (t < v + 3 && is(t, ChunkKind::word) && (roles_.has(norm(c_[t].first), WordRole::owner) || is_word(t, "the")))
                ++t;
            if (!is_condition(t) || c_[t].anaphoric) continue;
            const std::vector<std::size_t> outcomes = group_right(t);
            // (Past "for me", "most", "the most" to the copula.)
            std::size_t be = outcomes.back() + 1;
            while (be < outcomes.back() + 4 && is(be, ChunkKind::word) && !is_word(be, "was") && !is_word(be, "is") &&
                   (is_word(be, "for") || is_word(be, "me") || is_word(be, "us") || is_word(be, "the") || is_word(be, "most") ||
                    is_word(be, "best")))
                ++be;
            if (!is_word(be, "was") && !is_word(be, "is")) continue;
            // (Past "a low dose of", "a combination of" to the name.)
            std::size_t a = be + 1;
            while (a < be + 5 && is(a, ChunkKind::word) && !is_comma(a)) ++a;
            if (!is_agent_type(a) || c_[a].anaphoric || (a > be + 1 && !is_word(a - 1, "of") && !is_word(a - 1, "a") &&
                                                             !is_word(a - 1, "the") && !is_word(a - 1, "some")))
                continue;
            std::vector<std::size_t> agents;
            for (std::size_t m : group_right(a))
                if (is_agent_type(m) && !c_[m].anaphoric) agents.push_back(m);
            const bool h = hedged(v, std::nullopt), n = negated(v);
            for (std::size_t o : outcomes) {
                if (!is_condition(o)) continue;
                for (std::size_t ag : agents)
                    emit(c_[ag].entity, by_valence(c_[v].cue.predicate, v, o), entity_of(o), v, h, n, BindMode::none);
                claimed_[o] = is_target_[o] = true;
            }
            for (std::size_t ag : agents) is_target_[ag] = true;
            states_[v] = true;
        }
    }

    // "Some hospitals have begun treating xylazine withdrawal with clonidine or
    // dexmedetomidine", "Doctors treat alcohol withdrawal with diazepam": what a condition is
    // treated with lowers it, whoever does the treating. The verb is then read here alone.
    void apply_treat_with() {
        for (std::size_t k = 0; k + 3 < c_.size(); ++k) {
            if (!is(k, ChunkKind::predicate) || !c_[k].cue.verb || c_[k].last != c_[k].first + 1) continue;
            // ("Blocking the 5-HT2A receptor with ketanserin abolishes ...": so is what a gerund
            // that opens the clause acts on a receptor with.)
            if (norm(c_[k].first).ends_with("ing") && (k == 0 || is(k - 1, ChunkKind::boundary))) {
                std::size_t r = k + 1;
                if (is_word(r, "the")) ++r;
                if (is(r, ChunkKind::entity) && !c_[r].anaphoric && is_protein_type(entity(c_[r].entity).type) &&
                    is_word(r + 1, "with") && is_agent_type(r + 2) && !c_[r + 2].anaphoric) {
                    const bool receptor = entity(c_[r].entity).type == EntityType::receptor;
                    const Predicate p = receptor && (c_[k].cue.predicate == Predicate::decreases || c_[k].cue.mode != BindMode::none)
                                            ? Predicate::binds
                                            : c_[k].cue.predicate;
                    for (std::size_t ag : group_right(r + 2))
                        if (is_agent_type(ag) && !c_[ag].anaphoric)
                            emit(c_[ag].entity, p, entity_of(r), k, hedged(k, std::nullopt), negated(k),
                                 p == Predicate::binds ? c_[k].cue.mode : BindMode::none);
                    claimed_[r] = is_target_[r] = true;
                    states_[k] = true;
                }
                continue;
            }
            if (!norm(c_[k].first).starts_with("treat")) continue;
            // ("treating xylazine withdrawal": a name may say whose the condition is.)
            // ("treated severe phenibut withdrawal": an adjective or two may come first.)
            std::size_t at = k + 1;
            while (at < k + 3 && is(at, ChunkKind::word) && !is_word(at, "with") && !is_word(at, "it") &&
                   !is_word(at, "them"))
                ++at;
            const std::size_t first = is_condition(at)                                          ? at
                                      : is(at, ChunkKind::entity) && is_condition(at + 1) ? at + 1
                                                                                          : 0;
            if (!first) continue;
            const std::vector<std::size_t> outcomes = group_right(first);
            const std::size_t with = outcomes.back() + 1;
            if (!is_word(with, "with") || !is_agent_type(with + 1)) continue;
            std::vector<std::size_t> agents;
            for (std::size_t m : group_right(with + 1))
                if (is_agent_type(m)) agents.push_back(m);
            const bool h = hedged(k, std::nullopt), n = negated(k);
            for (std::size_t t : outcomes) {
                if (!is_condition(t)) continue;
                for (std::size_t ag : agents) emit(c_[ag].entity, Predicate::decreases, entity_of(t), k, h, n, BindMode::none);
                claimed_[t] = is_target_[t] = true;
            }
            for (std::size_t ag : agents) is_target_[ag] = true;
            states_[k] = true;
        }
    }

    // "After two weeks my mood lifted", "Within days the fatigue was gone": the end of a
    // fronted phrase of time that starts at `from` (no comma needed), or `from` itself.
    std::size_t past_time_phrase(std::size_t from) const {
        // ("6 months in, depression is better", "Two weeks in the brain fog lifted".)
        if (from + 2 < c_.size() && is(from, ChunkKind::word) && is(from + 1, ChunkKind::word) &&
            roles_.has(norm(c_[from + 1].first), WordRole::time_unit) && is_word(from + 2, "in") &&
            (is_number(from) || [](std::string_view w) {
                 return w == "two" || w == "three" || w == "four" || w == "five" || w == "six" || w == "few" ||
                        w == "several" || w == "couple";
             }(norm(c_[from].first))))
            return from + 3 < c_.size() && is_comma(from + 3) ? from + 4 : from + 3;
        if (from + 2 >= c_.size() ||
            !(is_word(from, "after") || is_word(from, "within") || is_word(from, "by") || is_word(from, "over") ||
              is_word(from, "in")))
            return from;
        for (std::size_t q = from + 1; q < c_.size() && q <= from + 4 && is(q, ChunkKind::word); ++q)
            if (roles_.has(norm(c_[q].first), WordRole::time_unit))
                return q + 1 < c_.size() && is_comma(q + 1) ? q + 2 : q + 1;
        return from;
    }

    // "Patients with depression felt better after rhodiola", "people with mild anxiety": a
    // condition after people and "with" says who they are, not what a substance did. So does
    // one before people: "breast cancer survivors", "insomnia patients".
    bool names_population(std::size_t t) const {
        if (is(t + 1, ChunkKind::person)) return true;
        std::size_t w = t;
        while (w > 0 && t - w < 2 && is(w - 1, ChunkKind::word) && !is_word(w - 1, "with")) --w;
        return w >= 2 && is_word(w - 1, "with") && is(w - 2, ChunkKind::person);
    }

    enum class WordRule { none, after, have, quantity, experience, include, state, report, part, common, used_for, raw_material };
    // One look-up per word chunk (a switch on the first letter), not a string compare per rule.
    static WordRule word_rule(const Norm& w) {
        auto any = [&w](std::initializer_list<std::string_view> words) {
            // A loop g++ unrolls over the literals, each compared in place (Norm's ==).
            for (const std::string_view x : words)
                if (w == x) return true;
            return false;
        };
        if (w.empty()) return WordRule::none;
        switch (w[0]) {
            case 'a':
                if (w == "after") return WordRule::after;
                if (w == "are") return WordRule::include;
                if (w == "approved") return WordRule::used_for;
                break;
            case 'u':
                if (w == "used") return WordRule::used_for;
                if (w == "up") return WordRule::state;  // "my energy is up"
                if (w == "use" || w == "uses") return WordRule::raw_material;
                break;
            case 'f':
                if (w == "following") return WordRule::after;
                if (w == "found" || w == "from") return WordRule::part;
                if (w == "frequent") return WordRule::common;
                if (any({"fewer", "felt", "feel", "feels", "feeling"}))
                    return w == "fewer" ? WordRule::quantity : WordRule::experience;
                break;
            case 'h':
                if (any({"have", "has", "had", "having"})) return WordRule::have;
                if (w == "higher") return WordRule::quantity;
                break;
            case 'm':
                if (w == "marketed") return WordRule::used_for;
                if (w == "managed") return WordRule::after;  // the plain phrase "managed with"
                if (w == "mixed") return WordRule::part;  // "mixed into fentanyl"
                if (w == "more") return WordRule::quantity;
                if (any({"made", "makes", "make"})) return WordRule::experience;
                break;
            case 'k':
                if (any({"keep", "keeps", "kept", "keeping"})) return WordRule::experience;  // "keeps me calm"
                break;
            case 'l':
                if (w == "less" || w == "lower") return WordRule::quantity;
                if (any({"leave", "leaves", "left"})) return WordRule::experience;  // "left me groggy"
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
                if (w == "is") return WordRule::include;  // "The main side effect of X is nausea"
                if (any({"ingredient", "ingredients"})) return WordRule::part;
                if (w == "isolated") return WordRule::part;
                if (w == "indicated") return WordRule::used_for;  // "is indicated as adjunctive therapy for"
                break;
            case 's':
                if (w == "studied") return WordRule::used_for;  // "has been studied for memory support"
                if (w == "suffer") return WordRule::report;     // "users can suffer seizures" (apply_report)
                break;
            case 'p':
                if (w == "present") return WordRule::part;
                if (w == "prescribed") return WordRule::used_for;
                break;
            case 'c':
                // ("THC, the main psychoactive compound in cannabis,")
                if (any({"constituent", "constituents", "component", "components", "compound", "compounds"}))
                    return WordRule::part;
                if (w == "common") return WordRule::common;
                break;
            case 'e':
                if (any({"experience", "experiences", "experienced"})) return WordRule::report;
                if (w == "extracted") return WordRule::part;
                break;
            case 'o':
                if (w == "obtained") return WordRule::part;
                break;
            case 'd':
                if (any({"describe", "describes", "described"})) return WordRule::report;
                if (w == "down") return WordRule::state;  // "my anxiety is way down"
                break;
            case 'n':
                if (any({"note", "notes", "noted", "notice", "notices", "noticed"})) return WordRule::report;
                break;
            case 't':
                if (w == "treated") return WordRule::after;  // the plain phrase "treated with"
                break;
            case 'r':
                if (w == "receiving") return WordRule::after;
                if (any({"report", "reports", "reported"})) return WordRule::report;
                if (w == "real") return WordRule::state;  // "tolerance is real w this stuff"
                break;
            case 'w':
                if (w == "were" || w == "was") return WordRule::include;
                if (w == "worse") return WordRule::state;
                break;
            default: break;
        }
        return WordRule::none;
    }

    // "anti-anxiety", "anti-inflammatory": "anti-" before a condition the lexicon has.
    bool is_anti_prefixed(std::size_t k) const {
        return is(k, ChunkKind::entity) && k >= 2 && is_hyphen(k - 1) && is_word(k - 2, "anti") &&
               entity(c_[k].entity).type == EntityType::condition;
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
            const Entity& e = entity(c_[t].entity);
            if (e.type != EntityType::neurotransmitter) continue;
            for (const std::string& form : {"reuptake of " + e.name, e.name + " reuptake"}) {
                auto tr = lex_.find(form);
                if (tr && entity(*tr).type == EntityType::transporter) {
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
        // "The vine contributes β-carboline alkaloids, chiefly harmine and harmaline": the
        // name right before the constituent word is the kind of its members, not their owner.
        if (owner && c_[k].anaphoric && k > 0 && is(k - 1, ChunkKind::entity) && !c_[k - 1].anaphoric &&
            c_[k - 1].entity == *owner && c_[k - 1].last == c_[k].first)
            owner.reset();
        // An owner named right after ("alkaloids found in kratom leaves") wins over the resolved one.
        for (std::size_t q = k + 1; q < c_.size() && q <= k + 3; ++q) {
            if (is(q, ChunkKind::entity)) {
                if (q > k + 1 && (is_word(q - 1, "in") || is_word(q - 1, "of") || is_word(q - 1, "from")) &&
                    entity(c_[q].entity).type == EntityType::substance) {
                    // ("a second compound found in the plant": "the plant" resolved to a name
                    // this sentence gave is a guess among them; owner_after says no owner.)
                    if (c_[q].anaphoric)
                        for (std::size_t r = 0; r < k; ++r)
                            if (is(r, ChunkKind::entity) && !c_[r].anaphoric && c_[r].entity == c_[q].entity) return;
                    owner = c_[q].entity;
                }
                break;
            }
            if (!is(q, ChunkKind::word)) break;
        }
        std::vector<std::size_t> members;
        // Members after: past the owner's phrase, then a list opened by a comma or "such as".
        if (!owner) return;
        // The substances of the list that starts at chunk `from`, other than the owner.
        auto add_members = [&](std::size_t from) {
            // (A compound the document coined is typed other: "alkaloids, including californidine".)
            for (std::size_t m : group_right(from))
                if ((entity(c_[m].entity).type == EntityType::substance || entity(c_[m].entity).type == EntityType::other) &&
                    c_[m].entity != *owner)
                    members.push_back(m);
        };
        // A word that says the names after it are the chief ones: "principally ephedrine", "are
        // mainly hypericin".
        auto chiefly = [&](std::size_t w) {
            if (!is(w, ChunkKind::word)) return false;
            const std::string_view x = norm(c_[w].first);
            return x == "principally" || x == "chiefly" || x == "mainly" || x == "mostly" || x == "primarily" ||
                   x == "largely" || x == "notably" || x == "especially" || x == "particularly";
        };
        std::size_t q = k + 1;
        // (The members the sentence before listed stand on the constituent's own words as
        // more chunks: "Other constituents" after "ephedrine and pseudoephedrine".)
        while (q < c_.size() && is(q, ChunkKind::entity) && c_[q].first == c_[k].first && c_[q].last == c_[k].last) ++q;
        const std::size_t after_constituent = q;
        while (q < c_.size() && q <= after_constituent + 4 &&
               (is(q, ChunkKind::word) || (is(q, ChunkKind::entity) && c_[q].entity == *owner)))
            ++q;
        if (q < c_.size() && is(q, ChunkKind::connector)) {
            while (q < c_.size() && is(q, ChunkKind::connector)) ++q;
            // "phenethylamine alkaloids, principally ephedrine and pseudoephedrine"
            while (q < c_.size() && chiefly(q)) ++q;
            if (is(q, ChunkKind::entity)) add_members(q);
        }
        // "Its main active compounds are hypericin and hyperforin", "its alkaloids include
        // mitragynine": a copula or "include" right after the constituent, adverbs between.
        // ("Its alkaloids are similar to morphine" names no member: only those words between.)
        // ("The main active compounds in hops are humulone and lupulone": past the owner's
        // phrase; "Its constituents are the aromatic ethers myristicin, elemicin and safrole":
        // and past "the" and a plural noun of the members' kind.)
        // (A constituent word has its owner named after it.)
        if (members.empty() && is(q, ChunkKind::entity) && q > after_constituent) {
            std::size_t w = after_constituent;
            if (w + 1 < q && (is_word(w, "in") || is_word(w, "of") || is_word(w, "from")) && is(w + 1, ChunkKind::entity) &&
                c_[w + 1].entity == *owner)
                w += 2;
            bool linked = w < q, copula = false;
            for (; w < q && linked; ++w) {
                const std::string_view x = norm(c_[w].first);
                const bool verb = x == "are" || x == "is" || x == "were" || x == "include" || x == "includes";
                copula = copula || verb;
                // ("The active compounds in kava are called kavalactones": a name given after the copula.)
                const bool naming = copula && (x == "called" || x == "named" || x == "known" || (x == "as" && is_word(w - 1, "known")));
                linked = is(w, ChunkKind::word) && (verb || chiefly(w) || naming);
                // ("Other constituents include its stereoisomers rauwolscine and corynanthine": a
                // possessive and a plural noun of the members' kind stand before them.)
                if (!linked && copula && w + 2 == q && is(w, ChunkKind::entity) && c_[w].anaphoric &&
                    c_[w].last == c_[w].first + 1 && (norm(c_[w].first) == "its" || norm(c_[w].first) == "their")) {
                    const std::string_view kind = norm(c_[w + 1].first);
                    linked = is(w + 1, ChunkKind::word) && c_[w + 1].last == c_[w + 1].first + 1 && kind.size() > 3 &&
                             kind.ends_with('s') && !kind.ends_with("ss");
                    w = q;
                }
                if (!linked && copula && x == "the" && q - w <= 3) {
                    const std::string_view kind = norm(c_[q - 1].first);
                    linked = q - 1 > w && kind.size() > 3 && kind.ends_with('s') && !kind.ends_with("ss");
                    for (std::size_t v = w + 1; v < q && linked; ++v)
                        linked = is(v, ChunkKind::word) && s_.tokens[c_[v].first].kind == TokenKind::word &&
                                 !is_word(v, "of") && !is_word(v, "to") && !is_word(v, "for") && !is_word(v, "in") &&
                                 !is_word(v, "than") && !is_word(v, "like") && !is_word(v, "as");
                    w = q;
                }
            }
            if (linked) add_members(q);
        }
        // "harmaline and harmine, accompanied by smaller amounts of harmalol and by the
        // quinazoline alkaloids vasicine and vasicinone": the list goes on past a phrase of
        // accompaniment, the lesser members still the owner's.
        while (!members.empty()) {
            std::size_t r = members.back() + 1;
            if (std::size_t after = skip_parenthetical(r); after != r) r = after;
            if (is_comma(r)) ++r;
            if (is_mark(r, "and")) ++r;
            const bool accompanied = (is_word(r, "accompanied") || is_word(r, "followed")) && is_word(r + 1, "by");
            // (A connector of several words is compared by its first: "together with", "as well as".)
            const bool joined = is(r, ChunkKind::connector) && c_[r].last > c_[r].first + 1 &&
                                (is_mark(r, "together") || is_mark(r, "along") || is_mark(r, "as"));
            if (!accompanied && !joined) break;
            r += joined ? 1 : 2;
            std::size_t e = r;
            // ("smaller amounts of", "traces of", "the quinazoline alkaloids": words of amount
            // or kind before the next names, never a verb or another cue.)
            while (e < c_.size() && e < r + 6 && is(e, ChunkKind::word) && !is_word(e, "to") && !is_word(e, "in")) ++e;
            if (!is(e, ChunkKind::entity)) break;
            const std::size_t before = members.size();
            add_members(e);
            // "and by the quinazoline alkaloids ...": one more phrase of the same kind.
            std::size_t next = members.size() > before ? members.back() + 1 : e + 1;
            if (std::size_t after = skip_parenthetical(next); after != next) next = after;
            if (members.size() == before) break;
            if (is_mark(next, "and") && is_word(next + 1, "by")) {
                std::size_t f = next + 2;
                while (f < c_.size() && f < next + 8 && is(f, ChunkKind::word)) ++f;
                if (is(f, ChunkKind::entity)) add_members(f);
                break;
            }
        }
        // Members before: "X and Y, two prominent alkaloids".
        if (members.empty()) {
            std::size_t p = k;
            while (p > 0 && k - p < 4 && (is(p - 1, ChunkKind::word) || is(p - 1, ChunkKind::person))) --p;
            if (p > 1 && is_comma(p - 1) && is(p - 2, ChunkKind::entity))
                for (std::size_t m : group_left(p - 2))
                    if (entity(c_[m].entity).type == EntityType::substance && c_[m].entity != *owner) members.push_back(m);
        }
        for (std::size_t m : members) emit(*owner, Predicate::contains, c_[m].entity, k, false, false, BindMode::none);
    }

private:
    // The lexicon's entity, or one the document coined (AnalyzedSentence::entity).
    const Entity& entity(std::size_t id) const { return s_.entity(lex_, id); }
    // "People who are depressed have lower levels of serotonin", "Patients with anxiety show
    // higher cortisol": the clause's subject is people picked out by a condition, whose
    // change it is, not a substance's.
    bool population_subject(std::size_t c) const {
        std::size_t start = clause_start(c);
        // ("People who are depressed ... have": the clause starts inside the relative.)
        const bool relative = start >= 2 && is(start - 1, ChunkKind::relative) && is(start - 2, ChunkKind::person);
        if (relative) start -= 2;
        if (!is(start, ChunkKind::person) || c_[start].anaphoric) return false;
        for (std::size_t q = start + 1; q < c && q <= start + 6; ++q) {
            if (is_agent_type(q)) return false;  // "people taking kratom"
            if (is_condition(q) && (is_word(q - 1, "with") || relative)) return true;
            // "people who are depressed": the state as a participle.
            if (relative && is(q, ChunkKind::predicate) && q <= start + 4 && is_finite_be(q - 1)) return true;
        }
        return false;
    }
    // A harm (data/negative-conditions.txt), or a condition the lexicon lacks that the
    // chunker coined: those are diseases and symptoms (NameJudge::names_condition).
    bool is_harm(std::size_t id) const {
        return detail::is_harm_entity(harms_, lex_.size(), id, [&](std::size_t coined) { return entity(coined).type; });
    }
    // The token's Norm, not a view of it: comparing it with a literal checks the size
    // first and then compares the literal's bytes in place (Norm's ==), where a
    // std::string_view's == called memcmp.
    const Norm& norm(std::size_t token) const { return s_.tokens[token].norm; }
    bool is(std::size_t chunk, ChunkKind k) const { return chunk < c_.size() && c_[chunk].kind == k; }
    // These small tests run hundreds of thousands of times on /tmp/c2: always inline,
    // so that the literal each caller gives is compared in place, not through a call.
    [[gnu::always_inline]] bool is_hyphen(std::size_t chunk) const { return is(chunk, ChunkKind::word) && norm(c_[chunk].first) == "-"; }
    [[gnu::always_inline]] bool is_comma(std::size_t chunk) const { return is_mark(chunk, ","); }
    [[gnu::always_inline]] bool is_mark(std::size_t chunk, std::string_view mark) const {
        return is(chunk, ChunkKind::connector) && norm(c_[chunk].first) == mark;
    }
    // "Serum gamma-glutamyltransferase, a marker of liver injury, fell", "Craving scores, as
    // measured by the MCQ, were lower", "BDNF on day 2 was higher": where a measure that
    // stands before its verb at chunk `v` ends, past an aside set off by commas (an
    // appositive or "as measured by ...") and a phrase of when it was measured; `v` itself
    // when neither stands there.
    std::size_t measure_end_before(std::size_t v) const {
        std::size_t end = v;
        if (end >= 3 && is_comma(end - 1)) {
            for (std::size_t q = end - 1; q > 0 && end - q < 12; --q) {
                if (is(q - 1, ChunkKind::boundary) || is(q - 1, ChunkKind::relative) ||
                    (is(q - 1, ChunkKind::predicate) && c_[q - 1].cue.verb))
                    break;
                if (!is_comma(q - 1)) continue;
                const bool appositive = is_word(q, "a") || is_word(q, "an") || is_word(q, "the");
                const bool measured = is_word(q, "as") && (is_word(q + 1, "measured") || is_word(q + 1, "assessed") ||
                                                           is_word(q + 1, "rated") || is_word(q + 1, "scored"));
                if ((appositive || measured) && q >= 2) end = q - 1;
                break;
            }
        }
        // ("on day 2", "at week 8", "during week 2"; "after 8 weeks of treatment" is no such
        // phrase: it names what was taken.)
        if (end < 2) return end;
        const auto names_time = [&](std::size_t before) {
            for (std::size_t q = before + 2; q < end; ++q)
                if (roles_.has(norm(c_[q].first), WordRole::time_unit)) return true;
            return false;
        };
        if (const auto p = place_phrase_after(end - 1, names_time)) return *p;
        return end;
    }
    // The "(" that opens the bracket closed at chunk `close`, at most `reach` chunks before it.
    std::optional<std::size_t> open_paren_before(std::size_t close, std::size_t reach) const {
        for (std::size_t o = close; o > 0 && close - o < reach;)
            if (is_mark(--o, "(")) return o;
        return std::nullopt;
    }
    bool is_close_paren(std::size_t chunk) const {
        return is_mark(chunk, ")");
    }
    // The chunk after the ")" that closes the bracket opened at `open`, at most `reach` chunks
    // on, whatever it holds (an alias, a dose, an aside); `open` itself when no bracket opens
    // there or none closes. (skip_parenthetical keeps a bracket that names an entity.)
    std::size_t past_bracket(std::size_t open, std::size_t reach) const {
        if (!is_mark(open, "(")) return open;
        for (std::size_t q = open + 1; q < c_.size() && q <= open + reach; ++q)
            if (is_close_paren(q)) return q + 1;
        return open;
    }
    // ", including", ", such as", ", like": the list goes on after the comma.
    bool introduces_members(std::size_t chunk) const {
        if (!is(chunk, ChunkKind::connector)) return false;
        const std::string_view w = norm(c_[chunk].first);
        // ("most importantly the hERG potassium channel": an article may stand between.)
        if (w == "particularly" || w == "especially" || w == "notably" || w == "most")
            return is(chunk + 1, ChunkKind::entity) || (is_word(chunk + 1, "the") && is(chunk + 2, ChunkKind::entity));
        return w == "including" || w == "such" || w == "like" || w == "e" || w == "namely" || w == "for" || w == "among";
    }

    // The chunk after an entity that claims it as a left target, if any:
    // "the pain relief", "my stress relief": an outcome phrase with an article or an owner
    // before it names a change someone had, not a heading ("Anxiety Relief") or a purpose
    // ("For anxiety relief, consider ...").
    bool owned_or_definite(std::size_t first) const {
        return first > 0 && is(first - 1, ChunkKind::word) &&
               (c_[first - 1].cue.cls == CueClass::determiner || roles_.has(norm(c_[first - 1].first), WordRole::owner));
    }

    // For the cue at c in "the anxiety-producing effects of THC": the drug whose effects the
    // compound adjective names, if any.
    // ("the anxiety-producing and psychotomimetic effects of THC": past another effect named
    // as an entity.)
    std::optional<std::size_t> effects_owner_after(std::size_t c) const {
        std::size_t q = c + 1;
        const bool another = is_and_or_but(q) && is(q + 1, ChunkKind::entity) &&
                             norm(c_[q + 1].last - 1).starts_with("effect") && is_word(q + 2, "of");
        if (another) q += 2;
        else if (!(is(q, ChunkKind::predicate) && c_[q].cue.of_form && norm(c_[q].first).starts_with("effect")))
            return std::nullopt;
        if (is(q + 1, ChunkKind::entity) && is_agent_type(q + 1) && !c_[q + 1].anaphoric) return q + 1;
        return std::nullopt;
    }

    // "stress-relieving" (a cue after a hyphen) or "anxiety relief" (a postmodifier).
    std::optional<std::size_t> postmodifier_after(std::size_t entity) const {
        std::size_t j = entity + 1;
        bool hyphen = is_hyphen(j);
        if (hyphen) ++j;
        if (!is(j, ChunkKind::predicate)) return std::nullopt;
        if (hyphen || c_[j].cue.also_postmodifier) return j;
        return std::nullopt;
    }

    // "muscle relaxation and pain relief", "focus and stress relief": what a postmodifier
    // that lowers relieves is harms; a member before it that is no harm, where the one
    // nearest it is, is no part of its group.
    bool outside_relief(std::size_t member, std::size_t nearest, std::size_t post) const {
        return member != nearest && c_[post].cue.predicate == Predicate::decreases && harms_ && is_condition(member) &&
               is_condition(nearest) && is_harm(c_[nearest].entity) && !is_harm(c_[member].entity);
    }

    // A one-word participle of change in no direction ("altered", "changed"): before a noun
    // after "of" or a report it describes that noun alone.
    bool participle_of_change(std::size_t t) const {
        return is(t, ChunkKind::predicate) && c_[t].cue.predicate == Predicate::modulates && c_[t].last == c_[t].first + 1 &&
               norm(c_[t].first).ends_with("ed");
    }

    // Entities coordinated with the one at k, walking left ("serotonin and dopamine").
    std::vector<std::size_t> group_left(std::size_t k) const {
        auto kind_word = [&](std::size_t w) {  // "antibiotic", not "of" ("a touch of rhodiola")
            const std::string_view n = norm(c_[w].first);
            return s_.tokens[c_[w].first].kind == TokenKind::word && n != "of" && n != "in" && n != "with" &&
                   n != "for" && n != "to" && n != "from" && n != "on" && n != "at" && n != "by";
        };
        std::vector<std::size_t> members{k};
        // ("..., and its effect may be mediated by ...": a possessive before its noun heads no
        // list with the names before it.)
        if (possessive_pronoun(k) && is(k + 1, ChunkKind::word))
            return members;
        // ("Ginseng is not a stimulant like caffeine, and it doesn't give you the jitters": a
        // pronoun after ", and" opens a clause; it is no member of a list of names.)
        // ("Olanzapine is one of the worst antipsychotics for weight gain, it blocks the H1
        // receptor": so does a pronoun after a comma alone, the comma splice of informal text.)
        // (Not after the list of "Combined with alcohol, benzodiazepines or opioids, it can
        // cause ...": the drugs it is taken with share what it does.)
        auto after_with_list = [&] {
            std::size_t q = k - 1;
            while (q > 0 && (is(q - 1, ChunkKind::entity) || is(q - 1, ChunkKind::connector))) --q;
            return q < k - 1 && q > 0 && is_word(q - 1, "with");
        };
        if (c_[k].anaphoric && c_[k].last == c_[k].first + 1 && (norm(c_[k].first) == "it" || norm(c_[k].first) == "they") &&
            k > 0 &&
            ((is_comma(k - 1) && !after_with_list()) ||
             (is(k - 1, ChunkKind::connector) && (norm(c_[k - 1].first) == "and" || norm(c_[k - 1].first) == "but") &&
              k > 1 && is_comma(k - 2))))
            return members;
        std::size_t p = k;
        std::size_t before_conjunction = 0;  // members.size() when the first "and" was passed
        bool first_was_or = false;
        while (p > 0) {
            std::size_t q = p - 1;
            // "Neither melatonin nor valerian improved sleep": "nor" joins the two names.
            if (is(q, ChunkKind::negation) && norm(c_[q].first) == "nor" && q >= 2 && is(q - 1, ChunkKind::entity) &&
                is(q - 2, ChunkKind::negation) && norm(c_[q - 2].first) == "neither") {
                p = q;
                continue;
            }
            // "Fluvoxamine (an antidepressant) and ciprofloxacin": an aside in brackets after a
            // member is passed over to the member.
            if (is_close_paren(q) && q >= 2) {
                const auto open = open_paren_before(q, 8);
                if (open && *open >= 1 && is(*open - 1, ChunkKind::entity)) {
                    p = *open;
                    continue;
                }
            }
            // ("In patients who had failed an SSRI, zinc reduced ...": a name right before a
            // comma that ends a clause of its own, one with a verb or a relative pronoun, is no
            // member of the list after the comma.)
            if (p == k && members.size() == 1 && !c_[k].anaphoric && is_comma(q) && q > 0 && is(q - 1, ChunkKind::entity)) {
                bool clause = false;
                for (std::size_t b = q - 1; b > 0 && !clause && !is_comma(b - 1) && !is(b - 1, ChunkKind::boundary); --b)
                    clause = is(b - 1, ChunkKind::relative) || (is(b - 1, ChunkKind::predicate) && c_[b - 1].cue.verb);
                if (clause) break;
            }
            if (is(q, ChunkKind::connector)) {
                // "nausea and headache, and the drug raised cortisol": a list has one "and";
                // a second one closes another list, which the first joined as a clause.
                if (norm(c_[q].first) == "and" || norm(c_[q].first) == "or") {
                    // ("SSRIs such as fluoxetine and sertraline or the tricyclic clomipramine": an
                    // "and" between two names, before the "or" that adds the last, joins one list.)
                    const bool and_before_or = first_was_or && norm(c_[q].first) == "and" && q >= 1 && !is_comma(q - 1) &&
                                               is(q - 1, ChunkKind::entity) && members.size() == before_conjunction + 1;
                    if (before_conjunction && and_before_or) {
                        first_was_or = false;
                        p = q;
                        continue;
                    }
                    if (before_conjunction) {
                        members.resize(before_conjunction);
                        break;
                    }
                    before_conjunction = members.size();
                    first_was_or = norm(c_[q].first) == "or";
                }
                p = q;
                continue;
            }
            // "such as triptans for migraine, tramadol and lithium": what a member is for is
            // no member.
            if (is_condition(q) && q >= 2 && is_word(q - 1, "for") && is_agent_type(q - 2)) {
                p = q - 1;
                continue;
            }
            // "Vomiting, agitation and, rarely, seizures": an adverb of how often, set off by
            // commas before the last member, is no end of the list.
            if (is(q, ChunkKind::word) && q >= 1 && is_comma(q - 1) && is_comma(p) && members.size() == 1 &&
                (norm(c_[q].first).ends_with("ly") || norm(c_[q].first) == "sometimes")) {
                p = q - 1;
                continue;
            }
            if (is(q, ChunkKind::entity) && !is_target_[q]) {
                // "Unlike morphine, mitragynine ...": a fronted comparison is no part of the list.
                if (compared(q)) break;
                // "Dronabinol, a synthetic form of THC, and nabilone ...": the member is the
                // name an appositive describes, not a name inside it.
                {
                    std::size_t l = q;
                    while (l > 0 && q - l < 6 && is(l - 1, ChunkKind::word) && s_.tokens[c_[l - 1].first].kind == TokenKind::word)
                        --l;
                    // (The appositive closes with ", and" or ", or": "a novel dopamine D2, D3
                    // and 5-HT3 receptors antagonist" is a list inside it.)
                    if (l < q && l >= 2 && opens_noun_phrase(l) && is_comma(l - 1) && is(l - 2, ChunkKind::entity) &&
                        is_comma(p) && p + 1 < c_.size() && is(p + 1, ChunkKind::connector) &&
                        (norm(c_[p + 1].first) == "and" || norm(c_[p + 1].first) == "or") && !is_target_[l - 2]) {
                        members.push_back(l - 2);
                        p = l - 2;
                        continue;
                    }
                }
                members.push_back(q);
                p = q;
                continue;
            }
            // "Aspirin, naproxen and blood thinners such as warfarin": the class a member is
            // named by stands in the list before it.
            if (is(q, ChunkKind::word) && is(p, ChunkKind::connector) && kind_word(q) &&
                (norm(c_[p].first) == "such" || norm(c_[p].first) == "including")) {
                std::size_t d = q;
                if (d > 0 && is(d - 1, ChunkKind::word) && c_[d - 1].cue.cls != CueClass::determiner && kind_word(d - 1)) --d;
                if (d >= 2 && is(d - 1, ChunkKind::connector) && is(d - 2, ChunkKind::entity) && is_agent_type(d - 2)) {
                    p = d - 1;
                    continue;
                }
            }
            // "Aged cheeses, salami and other cured meats": the class the members before it
            // belong to is a member too.
            // (Only where the class ends the phrase: "Brugmansia or other scopolamine-containing
            // plants" names plants.)
            if (is_word(q, "other") && is(p, ChunkKind::entity) && q >= 2 && is(q - 1, ChunkKind::connector) &&
                !is_comma(q - 1) && is(q - 2, ChunkKind::entity) &&
                !is_hyphen(p + 1) &&
                (p + 1 >= c_.size() || is(p + 1, ChunkKind::connector) || is(p + 1, ChunkKind::predicate) ||
                 is(p + 1, ChunkKind::hedge) || is(p + 1, ChunkKind::boundary) || is_word(p + 1, "are") ||
                 is_word(p + 1, "were") || is_word(p + 1, "all"))) {
                p = q - 1;  // (its "and" closes no other list)
                continue;
            }
            // "Fluvoxamine and the antibiotic ciprofloxacin": a member named with its kind.
            if (is(q, ChunkKind::word) && is(p, ChunkKind::entity) && kind_word(q)) {
                std::size_t d = q;
                if (d > 0 && is(d - 1, ChunkKind::word) && c_[d - 1].cue.cls != CueClass::determiner && kind_word(d - 1)) --d;
                if (d >= 3 && c_[d - 1].cue.cls == CueClass::determiner && is(d - 2, ChunkKind::connector) &&
                    !is_comma(d - 2) && is(d - 3, ChunkKind::entity) && s_.tokens[c_[q].first].kind == TokenKind::word) {
                    p = d - 1;
                    continue;
                }
            }
            break;
        }
        return members;
    }

    // The chunk after a parenthetical that opens at `open` ("(0.3 mg/kg)"), or `open` itself.
    std::size_t skip_parenthetical(std::size_t open) const {
        if (!is(open, ChunkKind::connector) || norm(c_[open].first) != "(") return open;
        for (std::size_t q = open + 1; q < c_.size() && q <= open + 12; ++q) {
            // "(GABA)" is an alias in the list, not an aside; "(the phenanthrenes)", after
            // "morphine, codeine and thebaine", names their kind and is one.
            if (is(q, ChunkKind::entity) && !(q == open + 2 && is_word(open + 1, "the"))) return open;
            if (is_mark(q, ")")) return q + 1;
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
            // "treats nausea and vomiting caused by chemotherapy": a participle and "by" right
            // after the name modify it; no clause starts there.
            if (is(v, ChunkKind::predicate) && v == j + 1 && norm(c_[v].last - 1).ends_with("ed") &&
                is_word(v + 1, "by") && !(v + 2 < c_.size() && is_number(v + 2)))
                break;
            // "combines mucuna with L-tyrosine and rhodiola to support ...": an infinitive
            // after the name has no subject of its own there; the list goes on.
            if (v == j + 1 && is_word(v, "to")) break;
            if (is(v, ChunkKind::predicate)) return true;
            // ("Unlike propranolol, which lowers heart rate, motherwort won't leave me tired": a
            // negated auxiliary or a modal right after the name is a finite verb's, whatever
            // verb follows.)
            if (v == j + 1 && (is(v, ChunkKind::negation) || is(v, ChunkKind::hedge))) {
                const std::string_view w = norm(c_[v].first);
                if (w == "won" || w == "doesn" || w == "didn" || w == "don" || w == "can" || w == "cannot" ||
                    w == "isn" || w == "wasn" || w == "wouldn" || w == "won't" || w == "doesn't" || w == "didn't" ||
                    w == "can't" || w == "isn't" || w == "will" || w == "may" || w == "might" || w == "could" ||
                    w == "would" || w == "should")
                    return true;
            }
            // ("raises blood pressure and heart rate rather than lowering them": a contrast
            // after the name opens no clause of its own.)
            if (is(v, ChunkKind::negation) && (norm(c_[v].first) == "rather" || norm(c_[v].first) == "instead")) break;
            // "..., and seizures have been reported": a finite auxiliary right after the name
            // (or after the noun it modifies: "..., and a synthetic DMT formulation is under
            // investigation").
            if (v <= j + 3 && (is_word(v, "has") || is_word(v, "have") || is_word(v, "had") || is_word(v, "is") ||
                               is_word(v, "was") || is_word(v, "were")))
                return true;
            if (!is(v, ChunkKind::hedge) && !is(v, ChunkKind::negation) && !is(v, ChunkKind::word)) break;
        }
        // "..., and nausea, vomiting and constipation are common side effects": a list of its
        // own followed by a copula.
        // (An adjective may stand before a member: "muscle tightness, nausea and decreased
        // appetite were mild".)
        std::size_t v = j + 1;
        while (v < c_.size() && v <= j + 12 &&
               (is(v, ChunkKind::entity) || (is(v, ChunkKind::connector) && !is_comma(v + 1)) ||
                (is(v, ChunkKind::word) && v > j + 1 && is(v - 1, ChunkKind::connector) && is(v + 1, ChunkKind::entity))))
            ++v;
        // ("Methadone and buprenorphine, which reduce cravings and anxiety, are cheap": a comma
        // right before the copula closes a relative clause; the list is not its subject.)
        return v > j + 1 && !is_comma(v - 1) && (is_word(v, "are") || is_word(v, "were"));
    }

    // "physical, emotional and environmental stress": the condition after a list of single
    // plain words (closed by "and" or "or") in which the comma at `comma` sits, a plain word
    // before it.
    std::optional<std::size_t> adjective_list_after(std::size_t comma) const {
        auto plain = [&](std::size_t q) {
            return is(q, ChunkKind::word) && c_[q].last == c_[q].first + 1 && s_.tokens[c_[q].first].kind == TokenKind::word &&
                   c_[q].cue.cls != CueClass::determiner;
        };
        if (comma == 0 || !plain(comma - 1)) return std::nullopt;
        std::size_t q = comma + 1;  // the next adjective
        // ("1,000 mg of pure, pharmaceutical-grade taurine": after "of", a name of any kind.)
        const bool of_amount = comma >= 2 && is_word(comma - 2, "of");
        for (std::size_t members = 0; members < 4; ++members) {
            if (!plain(q)) return std::nullopt;
            ++q;  // the mark after it
            if (is_hyphen(q) && plain(q + 1)) q += 2;  // "pharmaceutical-grade"
            // ("deliver smooth, sustained energy": two adjectives and no "and"; not "dropping
            // stuff, my coordination", nor "a balanced, positive mood", which keeps it steady.)
            if (is_condition(q) || (of_amount && members == 0 && is(q, ChunkKind::entity) && !c_[q].anaphoric)) {
                for (std::size_t a = comma - 1; a < q; ++a)
                    if (is(a, ChunkKind::word) && (roles_.has(norm(c_[a].first), WordRole::owner) ||
                                                   roles_.has(norm(c_[a].first), WordRole::steady) ||
                                                   roles_.has(norm(c_[a].first), WordRole::steady_level)))
                        return std::nullopt;
                return q;
            }
            if (is_comma(q)) {
                ++q;
                continue;
            }
            if ((is_mark(q, "and") || is_mark(q, "or") || is_word(q, "and") || is_word(q, "or")) && plain(q + 1) &&
                is_condition(q + 2))
                return q + 2;
            return std::nullopt;
        }
        return std::nullopt;
    }

    // Where "called" or "known as" ends (the chunk before the name), when it follows chunk
    // `from` after fewer than `reach` plain words and a name follows it ("condition in babies
    // called PPHN"): a long description the name then ends.
    // The chunk before the first member that ", including" or ", such as" lists right after
    // the plain words at `from` ("compounds, including the flavonoid apigenin"), if any.
    std::optional<std::size_t> members_ahead(std::size_t from) const {
        std::size_t q = from;
        while (q < c_.size() && q < from + 3 && is(q, ChunkKind::word)) ++q;
        if (!is_comma(q) || !introduces_members(q + 1)) return std::nullopt;
        std::size_t name = q + 2;
        if (norm(c_[q + 1].first) == "such" && is_word(name, "as")) ++name;
        for (std::size_t w = 0; w < 2 && is(name, ChunkKind::word) && s_.tokens[c_[name].first].kind == TokenKind::word; ++w)
            ++name;
        if (!is(name, ChunkKind::entity) || c_[name].anaphoric) return std::nullopt;
        return name - 1;
    }

    std::optional<std::size_t> namer_ahead(std::size_t from, std::size_t reach = 4) const {
        for (std::size_t q = from; q < c_.size() && q < from + reach; ++q) {
            if (is_word(q, "called") || (is_word(q, "known") && is_word(q + 1, "as"))) {
                const std::size_t name = is_word(q, "known") ? q + 2 : q + 1;
                if (is(name, ChunkKind::entity) || (is(name, ChunkKind::word) && is(name + 1, ChunkKind::entity)))
                    return name - 1;
                return std::nullopt;
            }
            if (!is(q, ChunkKind::word) && !is(q, ChunkKind::person)) return std::nullopt;
        }
        return std::nullopt;
    }

    std::vector<std::size_t> right_targets(std::size_t c) const {
        std::vector<std::size_t> out = right_targets_as_written(c);
        // "can cause uncontrolled, repetitive movements of the face, tongue or limbs, known as
        // tardive dyskinesia": an object in plain words that names nothing, then ", known as"
        // or ", called" and a condition, is that condition.
        if (out.empty() && is(c, ChunkKind::predicate) && c_[c].cue.verb)
            for (std::size_t q = c + 1; q + 2 < c_.size() && q <= c + 16; ++q) {
                if (is_comma(q) && (is_word(q + 1, "called") || (is_word(q + 1, "known") && is_word(q + 2, "as")))) {
                    const std::size_t name = is_word(q + 1, "called") ? q + 2 : q + 3;
                    if (q > c + 1 && name < c_.size() && is_condition(name) && !c_[name].anaphoric) out.push_back(name);
                    break;
                }
                if (!is(q, ChunkKind::word) && !is_comma(q) && !(is(q, ChunkKind::connector) && !is_mark(q, "("))) break;
            }
        bool renamed = false;
        // "causes a painful erection that will not go away (priapism)", "a rapid heartbeat
        // (tachycardia)": a condition described in plain words and then named in brackets is
        // the named condition; the words' own name ("erection", "heartbeat") is no second effect.
        for (std::size_t& t : out) {
            if (!is_condition(t) || c_[t].anaphoric) continue;
            std::size_t k = t + 1;
            while (k < c_.size() && k <= t + 8 && !is_mark(k, "(") && !is_comma(k) &&
                   (is(k, ChunkKind::word) || is(k, ChunkKind::relative) || is(k, ChunkKind::negation) ||
                    is(k, ChunkKind::hedge)))
                ++k;
            if (k + 2 >= c_.size() || !is_mark(k, "(") || !is_condition(k + 1) || !is_close_paren(k + 2)) continue;
            if (c_[k + 1].entity == c_[t].entity) continue;
            t = k + 1;
            renamed = true;
        }
        if (renamed) {
            std::sort(out.begin(), out.end());
            out.erase(std::unique(out.begin(), out.end()), out.end());
        }
        // "may cause a drop in blood pressure, skin rash and headache": a noun of a fall said
        // of a measure does not reach the harms listed after it, effects of their own.
        if (is(c, ChunkKind::predicate) && !c_[c].cue.verb && c_[c].cue.predicate == Predicate::decreases && out.size() > 1 &&
            is_condition(out.front()) && !is_harm(c_[out.front()].entity))
            for (std::size_t i = 1; i < out.size(); ++i)
                if (is_condition(out[i]) && is_harm(c_[out[i]].entity) && out[i] > out[i - 1] + 1) {
                    out.resize(i);
                    break;
                }
        // "can cause a serious fall in the number of white blood cells, called
        // agranulocytosis": the name "called" gives after a noun of change names the change
        // itself, which the subject brings on, whatever way the change goes.
        if (is(c, ChunkKind::predicate) && !c_[c].cue.verb &&
            (c_[c].cue.predicate == Predicate::increases || c_[c].cue.predicate == Predicate::decreases)) {
            // (When the lexicon names the measure too, "white blood cells", the name is a
            // target after it, set off by a comma.)
            if (!out.empty()) {
                const std::size_t last = *std::max_element(out.begin(), out.end());
                if (is_comma(last + 1) && is_word(last + 2, "called") && is_condition(last + 3) && is_condition(last) &&
                    c_[last + 3].entity != c_[last].entity)
                    out.push_back(last + 3);
            }
            for (std::size_t t : out)
                if (is_condition(t) && t > 0 && (is_word(t - 1, "called") || (t > 1 && is_word(t - 2, "known") && is_word(t - 1, "as"))))
                    named_change_.insert({c, t});
        }
        return out;
    }

    std::vector<std::size_t> right_targets_as_written(std::size_t c) const {
        std::vector<std::size_t> out;
        const bool without = c_[c].kind == ChunkKind::without;
        std::size_t gap = 0;
        bool found = false;
        // "Sleep improved with melatonin", "Anxiety fell after melatonin", "improved in the
        // melatonin group": a hormone after a verb of change and "with", "after" or "in the" (of
        // a group) is what was taken (agent_after), no object.
        auto hormone = [&](std::size_t q) { return is(q, ChunkKind::entity) && entity(c_[q].entity).type == EntityType::hormone; };
        if (((is_word(c + 1, "with") || is_word(c + 1, "after")) && hormone(c + 2)) ||
            (is_word(c + 1, "in") && is_word(c + 2, "the") && hormone(c + 3) && is(c + 4, ChunkKind::word) &&
             roles_.has(norm(c_[c + 4].first), WordRole::cohort)))
            if (is_change_verb(c)) return out;
        // ("Depressive symptoms and anxiety improved more in the psilocybin group (MADRS
        // difference 4.1 points)": after the arm that changed them, a measure's name in
        // brackets is what was measured, no object.)
        if (is_change_verb(c)) {
            std::size_t q = c + 1;
            while (q < c_.size() && q <= c + 3 && is(q, ChunkKind::word) &&
                   (is_word(q, "more") || is_word(q, "less") || is_word(q, "most") || norm(c_[q].first).ends_with("ly")))
                ++q;
            if (is_word(q, "in") && is_word(q + 1, "the") && (hormone(q + 2) || is_agent_type(q + 2)) && is(q + 3, ChunkKind::word) &&
                roles_.has(norm(c_[q + 3].first), WordRole::cohort))
                return out;
        }
        // "fluvoxamine (another medicine used in the treatment of depression) or ciprofloxacin":
        // a cue inside brackets has its objects inside them.
        bool bracketed = false;
        if (!has_open_paren_)
            has_open_paren_ = std::any_of(c_.begin(), c_.end(), [&](const Chunk& ch) {
                return ch.kind == ChunkKind::connector && s_.tokens[ch.first].norm == "(";
            });
        for (std::size_t k = c; *has_open_paren_ && k > 0 && c - k < 12; --k) {
            if (is_close_paren(k - 1) || is(k - 1, ChunkKind::boundary)) break;
            // (A gloss of a name: "(another medicine used ...)", "(used to treat ...)"; not a
            // statistic's aside, "(incidence of at least 5% and twice the rate of placebo) were
            // nausea", whose comparison reads the list after it.)
            if (is_mark(k - 1, "(")) {
                bracketed = k >= 2 && is(k - 2, ChunkKind::entity) &&
                            (is_word(k, "another") || is_word(k, "a") || is_word(k, "an") || is_word(k, "the") ||
                             is_word(k, "used") || is_word(k, "also") || is_word(k, "which") ||
                             (is(k, ChunkKind::predicate) && norm(c_[k].first) == "used"));
                break;
            }
        }
        for (std::size_t j = c + 1; j < c_.size(); ++j) {
            const Chunk& ch = c_[j];
            if (bracketed && is_close_paren(j)) break;
            // ("contain three things that matter for this conversation: caffeine, ...", "pairs two
            // of the most researched nootropics in one clean capsule: Noopept, ...": plain words
            // up to a colon that opens the list describe what it lists, however many.)
            if (j == c + 1 && is(c, ChunkKind::predicate) && (c_[c].cue.verb || c_[c].cue.predicate == Predicate::contains)) {
                std::size_t q = j;
                while (q < c_.size() && q < j + 12 && (is(q, ChunkKind::word) || is(q, ChunkKind::person))) ++q;
                // (Not a clause after the colon: "help many patients: SSRIs and benzodiazepines
                // both relieve anxiety".)
                if (q > j && is(q, ChunkKind::boundary) && norm(c_[q].first) == ":" && is(q + 1, ChunkKind::entity)) {
                    const std::vector<std::size_t> g = group_right(q + 1);
                    std::size_t e = past_bracket(*std::max_element(g.begin(), g.end()) + 1, 6);
                    while (e < c_.size() && (norm(c_[e].first) == "both" || is_word(e, "also") || is_word(e, "all") ||
                                             is_word(e, "each")))
                        ++e;
                    if (!is(e, ChunkKind::predicate) && !is(e, ChunkKind::hedge)) {
                        j = q - 1;
                        gap = 1;
                        continue;
                    }
                }
            }
            // ("slows the movement of the gut, and constipation caused by this medicine can become
            // serious": after the objects, ", and" and an outcome a participle and "by" follow
            // open a clause of their own.)
            if (found && is_comma(j) && j + 4 < c_.size() && is_and_or_but(j + 1) && is_condition(j + 2) &&
                is(j + 3, ChunkKind::predicate) && norm(c_[j + 3].first).ends_with("ed") && is_word(j + 4, "by"))
                break;
            // ("can lower the seizure threshold, and the risk of fits rises with the dose": so do
            // ", and" and a noun phrase whose own verb of change follows it.)
            if (found && is_comma(j) && j + 3 < c_.size() && is_and_or_but(j + 1)) {
                std::size_t q = j + 2;
                while (q < c_.size() && q < j + 9 && (is(q, ChunkKind::word) || is(q, ChunkKind::entity)) && !is_comma(q)) ++q;
                if (q > j + 3 && q < c_.size() && is(q, ChunkKind::predicate) && c_[q].last == c_[q].first + 1 &&
                    is_change_verb(q) && norm(c_[q].first).ends_with("s") && std::any_of(c_.begin() + static_cast<std::ptrdiff_t>(j + 2),
                                                                                          c_.begin() + static_cast<std::ptrdiff_t>(q),
                                                                                          [](const Chunk& ch) { return ch.kind == ChunkKind::entity; }))
                    break;
            }
            // ("gave me zero benefit for focus and made my anxiety way worse": "and" and a verb
            // of experience open a verb phrase of their own.)
            if (found && (is_and_or_but(j) || is_word(j, "and")) && j + 1 < c_.size() && is(j + 1, ChunkKind::word) &&
                word_rule(norm(c_[j + 1].first)) == WordRule::experience && is_irregular_past(norm(c_[j + 1].first)))
                break;
            // ("packed with polyphenols, including aspalathin, which is found almost nowhere else
            // in nature, plus nothofagin and quercetin": a relative clause set off by commas holds
            // what a thing holds back; "plus" or "as well as" after it goes on with the list.)
            if (found && is_comma(j) && is(j + 1, ChunkKind::relative) && is(c, ChunkKind::predicate) &&
                c_[c].cue.predicate == Predicate::contains) {
                std::size_t close = j + 2;
                while (close < c_.size() && close <= j + 14 && !is_comma(close) && !is(close, ChunkKind::boundary) &&
                       !is(close, ChunkKind::relative) && !is_agent_type(close))
                    ++close;
                if (close + 2 < c_.size() && is_comma(close) &&
                    (is_word(close + 1, "plus") || is_mark(close + 1, "plus") || is_word(close + 1, "alongside") ||
                     (is(close + 1, ChunkKind::connector) && norm(c_[close + 1].first) == "as" &&
                      c_[close + 1].last == c_[close + 1].first + 3)) &&
                    is_agent_type(close + 2)) {
                    j = close;
                    continue;
                }
            }
            // ("blocks serotonin reuptake like other SSRIs": what the subject is likened to, after
            // its objects, is none of them.)
            if (found && (is_mark(j, "like") || is_word(j, "like")) &&
                (is_word(j + 1, "other") || is_word(j + 1, "most") || is_word(j + 1, "many") || is_word(j + 1, "all") ||
                 (is_word(j + 1, "the") && is_word(j + 2, "other"))))
                break;
            // ("vape to cope with stress or to feel less anxious": "or to" and a verb open a second
            // purpose of their own; "and to a lesser extent" goes on with the list.)
            if (found && (is_and_or_but(j) || is_word(j, "or") || is_mark(j, "or")) && is_word(j + 1, "to") &&
                j + 2 < c_.size() && c_[j + 2].cue.cls != CueClass::determiner &&
                ((is(j + 2, ChunkKind::predicate) && c_[j + 2].cue.verb) ||
                 (is(j + 2, ChunkKind::word) && word_rule(norm(c_[j + 2].first)) == WordRule::experience)))
                break;
            // ("contain doxylamine succinate, an antihistamine with sedative properties": after
            // what a thing holds, a comma and an article open an appositive, no second object.)
            if (found && is_comma(j) && is(c, ChunkKind::predicate) && c_[c].cue.predicate == Predicate::contains &&
                (is_word(j + 1, "a") || is_word(j + 1, "an")) && is(j + 2, ChunkKind::entity) && !is_word(j + 3, "and") &&
                !is_mark(j + 3, "and") && !is_comma(j + 3))
                break;
            // ("can add to the drowsiness from alcohol or sleep meds": the agents an outcome
            // comes from are no objects; apply_effects_owner credits them.)
            if (found && is_word(j, "from") && j > 0 && is_condition(j - 1) && is_agent_type(j + 1)) break;
            // ("increases deep sleep, unlike benzos": a contrast ends the objects.)
            if (found && is(j, ChunkKind::word) && roles_.has(norm(ch.first), WordRole::contrast)) break;
            // "reduced immobility, as did fluoxetine": what is likened is no object (apply_as_did).
            if (j + 1 < c_.size() && as_did_at(j + 1)) break;
            // "cause emotional blunting and the latter dependence" (apply_gapped_former_latter).
            if (former_or_latter(j)) break;
            // "Unlike atropine, which quickens the pulse at ordinary doses, scopolamine crosses
            // ...": after outcomes, a comma and a substance with a word of its own after it
            // (no list's "and") start the next clause.
            if (found && is_comma(j) && is_agent_type(j + 1) && !c_[j + 1].anaphoric && j + 2 < c_.size() &&
                is(j + 2, ChunkKind::word) && s_.tokens[c_[j + 2].first].kind == TokenKind::word && !is_word(j + 2, "and") &&
                !is_word(j + 2, "or") && std::all_of(out.begin(), out.end(), [&](std::size_t t) { return is_condition(t); }))
                break;
            // ("contain 80mg of caffeine per can, alongside sugar": how much in what is no
            // distance to the next member.)
            // ("per can": the container, not the modal.)
            if (found && is_word(j, "per") && j + 1 < c_.size() && c_[j + 1].last == c_[j + 1].first + 1 &&
                ((is(j + 1, ChunkKind::word) && s_.tokens[c_[j + 1].first].kind == TokenKind::word) ||
                 (is(j + 1, ChunkKind::hedge) && norm(c_[j + 1].first) == "can"))) {
                ++j;
                continue;
            }
            // "panic disorder with or without agoraphobia, social anxiety disorder": which form
            // of a member is meant is no member, nor the list's end.
            if (found && is_word(j, "with") && (is_mark(j + 1, "or") || is_word(j + 1, "or")) && is(j + 2, ChunkKind::without) &&
                is(j + 3, ChunkKind::entity)) {
                j += 3;
                continue;
            }
            // "It also binds, with lower affinity, to the kappa-opioid receptor", "raises, at high
            // doses, blood pressure": a short aside of words between commas right after the verb
            // is how, not what; the objects follow it.
            if (j == c + 1 && is_comma(j) && c_[c].kind == ChunkKind::predicate &&
                (is_word(j + 1, "with") || is_word(j + 1, "at") || is_word(j + 1, "in"))) {
                std::size_t q = j + 2;
                while (q < c_.size() && q <= j + 6 && !is_comma(q) &&
                       (is(q, ChunkKind::word) || (is(q, ChunkKind::predicate) && c_[q].cue.cls == CueClass::plain)))
                    ++q;
                if (q > j + 2 && q + 1 < c_.size() && is_comma(q)) {
                    j = q;
                    continue;
                }
            }
            // An aside set off by commas after the list's "and" holds the last member back:
            // "an antagonist at 5-HT2B receptors and, with lower affinity, at 5-HT2A and H1
            // receptors", "causes constipation, sedation and, at high doses or in people without
            // tolerance, respiratory depression". A short one of words is no gap ("with lower
            // affinity": a cue word may stand in it); one a preposition or an adverb of how often
            // opens may be longer and hold names, and a verb after it ends the list ("reduces
            // craving and, through cross-tolerance, blunts the euphoria": the verb has objects of
            // its own).
            if (found && (is_mark(j, "and") || is_mark(j, "or") || is_word(j, "and") || is_word(j, "or")) && is_comma(j + 1)) {
                const std::size_t a = j + 2;  // the aside's first chunk
                if (is_word(a, "at") || is_word(a, "in") || is_word(a, "through") || is_word(a, "via") || is_word(a, "with") ||
                    is_word(a, "especially") || is_word(a, "particularly") || is_word(a, "rarely") ||
                    is_word(a, "occasionally")) {
                    std::size_t q = a + 1;
                    while (q < c_.size() && q <= j + 12 && !is_comma(q) && !is(q, ChunkKind::boundary) &&
                           !is(q, ChunkKind::relative) && !is(q, ChunkKind::predicate))
                        ++q;
                    if (q + 1 < c_.size() && is_comma(q)) {
                        if (is(q + 1, ChunkKind::predicate) || is(q + 1, ChunkKind::hedge) || is(q + 1, ChunkKind::negation))
                            break;
                        j = q;
                        continue;
                    }
                }
                if (is_mark(j, "and") || is_mark(j, "or")) {
                    std::size_t close = a;
                    while (close < c_.size() && close < a + 4 &&
                           ((is(close, ChunkKind::word) && s_.tokens[c_[close].first].kind == TokenKind::word) ||
                            (is(close, ChunkKind::predicate) && c_[close].last == c_[close].first + 1)))
                        ++close;
                    if (close > a && close < c_.size() && is_comma(close)) {
                        j = close;
                        gap = 0;
                        continue;
                    }
                }
            }
            // "can reduce how often seizures happen", "lowers how much anxiety people feel":
            // the outcome a question of degree names is the object.
            if (j == c + 1 && is_word(j, "how") &&
                (is_word(j + 1, "often") || is_word(j + 1, "frequently") || is_word(j + 1, "much") ||
                 is_word(j + 1, "severe") || is_word(j + 1, "intense") || is_word(j + 1, "bad")) &&
                is_condition(j + 2)) {
                ++j;
                continue;
            }
            // "its root contains its own family of compounds, the eleutherosides": "its own" is
            // whose the object is, no object itself. (Not "binds to its own receptors", where
            // the owner names the receptors.)
            if (possessive_pronoun(j) && is_word(j + 1, "own") && is(c, ChunkKind::predicate) &&
                c_[c].cue.predicate == Predicate::contains) {
                ++j;
                continue;
            }
            // "naltrexone blocked ketamine's antidepressant effect": a verb that lowers acts on
            // what the owner does, which apply_possessive_effects states; neither name is its
            // target. (So before an effect's adjective that names its outcome.)
            if (c_[c].kind == ChunkKind::predicate && c_[c].cue.predicate == Predicate::decreases && !reversed_[c] &&
                is(j, ChunkKind::entity) && !ch.anaphoric && is_agent_type(j) && is_word(j + 1, "'s") &&
                (is_condition(j + 2) || (is(j + 2, ChunkKind::predicate) && !c_[j + 2].cue.fixed_target.empty())))
                break;
            // "can enhance kratom's sedative effects", "are thought to enhance its relaxing
            // effect": a verb that raises acts on the outcome the owner brings on, not on the
            // owner (apply_possessive_effects credits the owner).
            if (c_[c].kind == ChunkKind::predicate && c_[c].cue.predicate == Predicate::increases && is(j, ChunkKind::entity) &&
                is_agent_type(j)) {
                const std::size_t a = possessive_pronoun(j) ? j + 1 : (!ch.anaphoric && is_word(j + 1, "'s")) ? j + 2 : 0;
                // (A property word after a name's "'s" is left to the verb's reading of the name,
                // which the owner's effect rules read through.)
                // ("potentiate its sedative and respiratory-depressant effects": a list of them.)
                auto effect_word = [&](std::size_t b) {
                    return is_condition(b) ||
                           (possessive_pronoun(j) && is(b, ChunkKind::predicate) && !c_[b].cue.fixed_target.empty());
                };
                bool effects = false;
                for (std::size_t b = a; a > 0 && b < c_.size() && b < a + 7 && !effects; ++b) {
                    if (effect_word(b)) effects = named_effects(b);
                    else if (!(b > a && is(b, ChunkKind::connector) && norm(c_[b].first) != "(")) break;
                }
                if (effects) continue;
            }
            // "used for its euphoric and empathogenic effects and is being studied for PTSD":
            // "and" and a finite verb start a predicate of the subject's own.
            if (is_and_or_but(j) && (is_finite_be(j + 1) || is_word(j + 1, "has") || is_word(j + 1, "have")))
                break;
            // "can lead to serotonin syndrome, and mixing it with alcohol makes dehydration
            // worse": "and" and a word of intake open a clause whose subject is that intake.
            if (found && is_and_or_but(j) && is(j + 1, ChunkKind::word) && norm(c_[j + 1].first).ends_with("ing") &&
                roles_.has(norm(c_[j + 1].first), WordRole::intake) && is(j + 2, ChunkKind::entity))
                break;
            // "slows the movement of the gut, and the constipation it causes usually does not
            // wear off": after "and", a name that "it" and a verb follow opens a clause.
            if (is_and_or_but(j) && is_word(j + 1, "the") && object_clause_subject(j + 2) != 0) break;
            // "can increase the drowsiness topiramate causes": the name after the object is
            // the subject of the object's clause, no second object.
            if (found && j > 0 && is(j, ChunkKind::entity) && object_clause_subject(j - 1) == j) break;
            // "took away the cravings and let him sleep again": "and", a verb and its person
            // object start a predicate of the subject's own.
            // ("did nothing for my depression, just made me nauseous": a comma too, and an adverb
            // of degree before the verb.)
            if (found && (is_and_or_but(j) || is_comma(j))) {
                std::size_t v = j + 1;
                if (is_word(v, "just") || is_word(v, "only") || is_word(v, "also") || is_word(v, "actually")) ++v;
                if (is(v, ChunkKind::word) && s_.tokens[c_[v].first].kind == TokenKind::word &&
                    (is(v + 1, ChunkKind::person) || is_word(v + 1, "me") || is_word(v + 1, "him") || is_word(v + 1, "her") ||
                     is_word(v + 1, "them") || is_word(v + 1, "us")))
                    break;
            }
            // "Naltrexone, which blocks opioid receptors, and acamprosate, ...": ", and" after a
            // relative clause set off by a comma closes it; the name after is the next member of
            // the list the clause's antecedent opened.
            // (Not a list's last member: "which affects dopamine, serotonin, and norepinephrine";
            // the name here has an aside of its own after it.)
            if (found && out.size() == 1 && is_comma(j) && is_and_or_but(j + 1) && is(j + 2, ChunkKind::entity) &&
                is_comma(j + 3)) {
                const std::size_t start = clause_start(c);
                if (start >= 2 && is(start - 1, ChunkKind::relative) && is_comma(start - 2)) break;
            }
            // "contains 5-MeO-DMT at up to 15% by weight, together with bufotenine": how much of a
            // member there is, as a share, is no distance to the next.
            if (found && is_word(j, "at")) {
                std::size_t q = j + 1;
                while (q < c_.size() && q <= j + 3 && is(q, ChunkKind::word) && !is_number(q) &&
                       (is_word(q, "up") || is_word(q, "to") || is_word(q, "least") || is_word(q, "about") ||
                        is_word(q, "around") || is_word(q, "roughly")))
                    ++q;
                if (q + 1 < c_.size() && is_number(q) && (is_word(q + 1, "%") || is_unit(q + 1))) {
                    q += 2;
                    if (is_word(q, "by") && is_word(q + 1, "weight")) q += 2;
                    if (q < c_.size() && (is_comma(q) || is(q, ChunkKind::connector))) {
                        j = q - 1;
                        continue;
                    }
                }
            }
            // "used for pain relief, and at lower doses for depression": a phrase of how much
            // is taken is no distance between the members.
            if (found && (is_word(j, "at") || is_word(j, "in")) && is(j + 1, ChunkKind::word)) {
                std::size_t d = j + 1;
                if (!roles_.has(norm(c_[d].first), WordRole::use) && is(d + 1, ChunkKind::word)) ++d;
                if (roles_.has(norm(c_[d].first), WordRole::use) && is_word(d + 1, "for")) {
                    j = d;
                    continue;
                }
            }
            // "contains theobromine (the gentle stimulant found in dark chocolate), a trace of
            // theophylline": a bracketed description of the member before is none, and the list
            // goes on past it.
            if (found && is_mark(j, "(") && is_agent_type(j - 1))
                if (std::size_t close = j + 1; close + 1 < c_.size() && (is_word(close, "a") || is_word(close, "an") || is_word(close, "the"))) {
                    while (close < c_.size() && close <= j + 12 && !is_close_paren(close) && !is(close, ChunkKind::boundary)) ++close;
                    if (close < c_.size() && is_close_paren(close)) {
                        j = close;
                        continue;
                    }
                }
            // "contains organic MCT oil (from coconut), full-spectrum hemp extract and ...": a
            // bracketed aside of words after a member is no end of the list. Nor is a statistic
            // with commas: "raised the incidence of hypothyroidism (HR 1.92, 1.61–2.29) and of
            // chronic kidney disease".
            if (found && is_mark(j, "(")) {
                std::size_t close = j + 1;
                bool words = true, commas = false;
                // ("hallucinations (hearing or seeing things that are not there) and delusions": a
                // gloss may hold a relative clause and a denial.)
                while (close < c_.size() && close <= j + 12 &&
                       (is(close, ChunkKind::word) || is_comma(close) || is(close, ChunkKind::relative) ||
                        is(close, ChunkKind::negation) || is(close, ChunkKind::connector)) &&
                       !is_close_paren(close)) {
                    // ("(3.1 vs 4.6; p = 0.008) and craving": a semicolon separates a statistic's
                    // parts too, when "and" or "or" follows the bracket.)
                    if (is_comma(close) ||
                        (norm(c_[close].first) == ";" && close + 1 < c_.size() && [&] {
                             std::size_t e = close;
                             while (e < c_.size() && e <= j + 12 && !is_close_paren(e)) ++e;
                             return e + 1 < c_.size() && (is_mark(e + 1, "and") || is_mark(e + 1, "or"));
                         }()))
                        commas = true;
                    else if (s_.tokens[c_[close].first].kind != TokenKind::word) words = false;
                    ++close;
                }
                // (Words only, or a statistic the commas would end the list at. A short statistic
                // with no commas, then "and": "sleep (p=0.045) and daytime wakefulness", whose
                // symbols would count as distance to a member with a word before it.)
                if (close > j + 1 && close < c_.size() && is_close_paren(close) && close + 1 < c_.size() &&
                    is(close + 1, ChunkKind::connector) && ((words && !commas && close <= j + 11) || (!words && commas) ||
                                                            (!words && close <= j + 6 && c_[close + 1].kind == ChunkKind::connector &&
                                                             (is_mark(close + 1, "and") || is_mark(close + 1, "or"))))) {
                    j = close;
                    continue;
                }
            }
            // "Evidence that cannabis relieves chronic pain is moderate, and evidence for
            // anxiety ...": a copula after the objects is the verb of the clause around them.
            if (found && is_finite_be(j)) break;
            // "to treat anxiety disorders, trouble sleeping caused by anxiety, and active
            // seizures": a participle and "by" modify the member before; its agent is no
            // member, and the list goes on after a comma.
            if (found && is(j, ChunkKind::predicate) && c_[j].last == c_[j].first + 1 && norm(c_[j].first).ends_with("ed") &&
                is_word(j + 1, "by") && is(j + 2, ChunkKind::entity) && is_comma(j + 3) && j + 4 < c_.size() &&
                is(j + 4, ChunkKind::connector)) {
                j += 2;
                continue;
            }
            // "may increase bleeding risk, particularly with NSAIDs or aspirin": drugs after
            // "with" are what the effect comes with, not more targets ("along with serotonin"
            // still adds one).
            // ("combines melatonin with chamomile": what a product combines with is in it too.)
            if (found && ch.kind == ChunkKind::word && norm(ch.first) == "with" && !is_word(j - 1, "along") &&
                !is_word(j - 1, "together") && (out.empty() || !is_agent_type(out.back())) &&
                c_[c].cue.predicate != Predicate::contains) {
                std::size_t e = j + 1;
                while (e < c_.size() && e <= j + 2 && is(e, ChunkKind::word)) ++e;
                if (is_agent_type(e)) break;
            }
            if (ch.kind == ChunkKind::entity) {
                // "saponins, which give the brew its bitter character": after a verb of giving and
                // the one given to, "its" owns the thing given, a noun the lexicon lacks; the owner is
                // no target.
                if (!found && possessive_pronoun(j) && j >= c + 2 && c_[c].kind == ChunkKind::predicate &&
                    roles_.has(norm(c_[c].last - 1), WordRole::recipient) && is(j - 1, ChunkKind::word)) {
                    std::size_t q = j + 1;
                    while (q < c_.size() && q <= j + 5 && (is(q, ChunkKind::word) || (is_comma(q) && is(q + 1, ChunkKind::word))) &&
                           s_.tokens[c_[q].first].kind != TokenKind::punct)
                        ++q;
                    if (q > j + 1 && (q >= c_.size() || (!is(q, ChunkKind::entity) && !is(q, ChunkKind::predicate)))) break;
                }
                // "by inhibiting its CYP2D6-mediated metabolism": what slows an enzyme's breakdown
                // of a drug acts on the enzyme; the drug broken down is no target.
                if (const std::size_t e = possessive_pronoun(j) ? j + 1 : j; enzyme_mediated_breakdown(e)) {
                    out.push_back(e);
                    break;
                }
                // "keep more of this calming neurotransmitter available": the adjective says what
                // the messenger brings on (apply_demonstrative_description), no target of the verb.
                if (claimed_[j] && (is_word(j - 1, "this") || is_word(j - 1, "these")) && is(j + 1, ChunkKind::word) &&
                    names_messenger_kind(norm(c_[j + 1].first)))
                    continue;
                // "manage stress or sleep more soundly", "sleep better": an outcome's verb with
                // its comparative is a verb phrase of its own, not one more object.
                if (found && c_[j].last == c_[j].first + 1 && is(j + 1, ChunkKind::word) &&
                    (roles_.has(norm(c_[j + 1].first), WordRole::improved) || roles_.has(norm(c_[j + 1].first), WordRole::more_of)) &&
                    (!is_word(j + 1, "more") || (j + 2 < c_.size() && is(j + 2, ChunkKind::word) && norm(c_[j + 2].first).ends_with("ly"))))
                    break;
                // "acts on the same brain receptors as morphine": what the receptors are the same
                // as is compared, no target.
                if (j >= 2 && is_word(j - 1, "as")) {
                    bool same = false;
                    for (std::size_t q = j - 1; q > c + 1 && j - q < 6 && !same; --q) same = is_word(q - 1, "same");
                    if (same) break;
                }
                // (Adjectives may stand between: "..., and abrupt withdrawal can cause ...".)
                std::size_t before = j;
                while (before > 0 && j - before < 2 && is(before - 1, ChunkKind::word) && !is_hyphen(before - 1)) --before;
                // (Not the last member of a list joined with no comma, whose verb is the whole
                // list's: "withdrawal symptoms such as lethargy, nightmares and a slight tremor
                // have been described".)
                const bool last_member = before >= 2 && is_and_or_but(before - 1) && !is_comma(before - 2) && !out.empty() &&
                                         out.back() == before - 2 && before < j && c_[before].cue.cls == CueClass::determiner;
                if (found && before > 0 && is(before - 1, ChunkKind::connector) && !last_member && starts_clause(j)) break;
                // "didnt do anything for my focus, it just made me anxious": a pronoun for a
                // substance after a comma is the subject of a clause of its own, no member.
                // ("..., and it's maybe even more sedating", "and its definately gentler": after ", and"
                // too, and "its" written for "it's" before an adverb.)
                if (found && before == j && (is_comma(j - 1) || (j >= 2 && is_and_or_but(j - 1) && is_comma(j - 2))) &&
                    c_[j].anaphoric && c_[j].last == c_[j].first + 1 && is_agent_type(j) &&
                    (norm(c_[j].first) == "it" || norm(c_[j].first) == "they" ||
                     (norm(c_[j].first) == "its" && (is(j + 1, ChunkKind::hedge) || is_word(j + 1, "'") ||
                                                     (is(j + 1, ChunkKind::word) && norm(c_[j + 1].first).ends_with("ly")) ||
                                                     is_word(j + 1, "so") || is_word(j + 1, "just") || is_word(j + 1, "not") ||
                                                     is_word(j + 1, "way") || is_word(j + 1, "pretty") ||
                                                     is_word(j + 1, "kinda") || is_word(j + 1, "also") ||
                                                     is_word(j + 1, "definately") || is_word(j + 1, "maybe") ||
                                                     is_word(j + 1, "probably") || is_word(j + 1, "even") ||
                                                     is_word(j + 1, "very") || is_word(j + 1, "super")))))
                    break;
                // "my focus has improved a lot and brain fog is gone": "and" and a name with its
                // own finite verb open a clause, though no target came before.
                if (!found && before > 0 && is_and_or_but(before - 1) &&
                    (is_finite_be(j + 1) || is_word(j + 1, "has") || is_word(j + 1, "have")))
                    break;
                // "reduces suicide in bipolar disorder", "suicidal ideation in depression": a
                // condition after "in" right after a target is who the claim is about.
                if (found && is_condition(j) && j >= 2 && is_word(j - 1, "in") && !out.empty() && out.back() == j - 2 &&
                    is_condition(j - 2))
                    continue;  // (the list may go on: "for apathy in Alzheimer's disease, and for fatigue")
                // "particularly in fatigued or sleep-deprived people": outcomes that describe
                // the people the claim is about are not its targets.
                if (is_condition(j)) {
                    std::size_t after = j + 1;
                    while (after < c_.size() && after <= j + 3 &&
                           ((is(after, ChunkKind::connector) && !is_comma(after)) || is(after, ChunkKind::entity) ||
                            is_hyphen(after)))
                        ++after;
                    // ("gave me anxiety I never had before": a pronoun after the outcome opens a
                    // relative clause; it is no people the outcome describes.)
                    // ("the jitters and queasiness people associate with the mushroom": people with a
                    // verb of their own after them open a relative clause; they are no population.)
                    const bool clause_of_people =
                        after + 1 < c_.size() && is(after + 1, ChunkKind::word) &&
                        (roles_.has(norm(c_[after + 1].first), WordRole::report) || is_word(after + 1, "associate") ||
                         is_word(after + 1, "get") || is_word(after + 1, "feel") || is_word(after + 1, "expect"));
                    // ("improved my mood and I slept well": a personal pronoun after "and" opens a
                    // clause of its own; a pronoun is never a population.)
                    const std::string_view who = is(after, ChunkKind::person) ? norm(c_[after].first) : std::string_view();
                    const bool pronoun = is(after, ChunkKind::person) &&
                                         (roles_.has(who, WordRole::first_person) || who == "you" || who == "we" ||
                                          who == "he" || who == "she" || who == "they");
                    if (is(after, ChunkKind::person) && !is_word(after + 1, "'s") && !clause_of_people && !pronoun) break;
                }
                // "the opioid effects of tramadol": a drug's name before "effects" says whose
                // effects they are like; the effects' owner follows "of".
                if (is_agent_type(j) && j + 1 < c_.size() &&
                    (norm(c_[j + 1].first) == "effects" || norm(c_[j + 1].first) == "effect"))
                    continue;
                // "contain cathine (norpseudoephedrine), a weaker stimulant, together with ...": a
                // class after ", a" and set off by a comma describes the member before; it is none.
                // ("theobromine, a trace of theophylline, and rutin": how much of it is no class.)
                if (found && is_agent_type(j) && !(j >= 2 && is_word(j - 1, "of") && is(j - 2, ChunkKind::word) &&
                                                   roles_.has(norm(c_[j - 2].first), WordSet::quantity_noun)) &&
                    (j + 1 >= c_.size() || is_comma(j + 1) || is_word(j + 1, ".") || is(j + 1, ChunkKind::boundary))) {
                    if (const auto article = article_before(j); article && *article >= 1 && is_comma(*article - 1))
                        continue;
                }
                // "reduces nicotine cravings": a name right before a condition modifies it.
                if (modifies_next(j)) continue;
                if (relates_next(j)) {
                    j += 2;
                    continue;
                }
                // "attenuated the nicotine-evoked DA response", "abolished the ketamine-induced
                // rise in glutamate": the name before "-evoked" is that participle's agent; what
                // the verb acts on is the outcome after it (a rise, not a fall, is passed).
                if (!without && is_hyphen(j + 1) && j + 2 < c_.size() && is(j + 2, ChunkKind::predicate) &&
                    norm(c_[j + 2].last - 1).ends_with("ed")) {
                    j += 2;
                    if (j + 1 < c_.size() && is(j + 1, ChunkKind::predicate) && !c_[j + 1].cue.verb &&
                        c_[j + 1].cue.predicate == Predicate::increases)
                        ++j;
                    continue;
                }
                // "improvements in mood, pain management": pain belongs to "management",
                // and so does all of "stress and anxiety management".
                std::size_t last = j;
                for (std::size_t q = j + 1; q < c_.size(); ++q) {
                    if (is(q, ChunkKind::entity)) last = q;
                    else if (!is(q, ChunkKind::connector) || is_comma(q)) break;
                }
                if (auto post = postmodifier_after(last); post && !outside_relief(j, last, *post)) {
                    // "may attenuate the anxiety-producing effects of THC": a verb that acts on a
                    // drug's effects acts on the outcome they bring on.
                    if (last == j && is_hyphen(j + 1) && c_[c].kind == ChunkKind::predicate && c_[c].cue.verb)
                        if (const auto owner = effects_owner_after(*post)) {
                            out.push_back(j);
                            // ("may enhance the blood-pressure-lowering effect of prazosin": what the
                            // effect does to the outcome, the verb does with it.)
                            if (is(j + 2, ChunkKind::predicate) && c_[j + 2].cue.predicate == Predicate::decreases)
                                lowered_by_effect_.insert({c, j});
                            // (A verb that adds to the effect does nothing to its owner, which
                            // apply_effects_owner credits; one that blunts it works against the
                            // owner, as annotators read "attenuates the effects of THC".)
                            if (c_[c].cue.predicate == Predicate::increases) {
                                const std::vector<std::size_t> owners = group_right(*owner);
                                found = true;
                                gap = 0;
                                j = *std::max_element(owners.begin(), owners.end());
                                continue;
                            }
                        }
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
                // "block CYP3A4, such as ketoconazole and ritonavir": examples of another kind
                // than the targets illustrate a noun further back (the drugs), not the list.
                if (found && introduces_members(j) && !out.empty()) {
                    std::size_t e = j + 1;
                    while (e < c_.size() && e <= j + 2 && is(e, ChunkKind::connector)) ++e;
                    if (is(e, ChunkKind::entity) &&
                        (entity(c_[e].entity).type == EntityType::substance) !=
                            (entity(c_[out.back()].entity).type == EntityType::substance))
                        break;
                }
                // "acts on GABA-B receptors kinda like baclofen": after a hedging adverb "like"
                // compares; after a noun ("systems like serotonin") it names members.
                // ("act more like a stimulant": right after the verb, or after "more", it compares too.)
                if (norm(ch.first) == "like" && j > 0 &&
                    (((found || j == c + 1) && (is_word(j - 1, "kinda") || is_word(j - 1, "just") || is_word(j - 1, "much") ||
                                                is_word(j - 1, "sorta") || is_word(j - 1, "somewhat") ||
                                                is_word(j - 1, "exactly"))) ||
                     is_word(j - 1, "more") || j == c + 1))
                    break;
                // "By modulating these systems, kratom can ...": the comma closed the
                // object phrase before any target; what follows is the next clause.
                // (But "the reuptake of two chemical messengers, serotonin and noradrenaline":
                // after a plural noun, the names that follow are its members.)
                // ("adapt to physical, emotional and environmental stress": a list of adjectives
                // before one outcome is no gap.)
                if (!found && is_comma(j))
                    if (const auto outcome = adjective_list_after(j)) {
                        j = *outcome - 1;
                        continue;
                    }
                if (!found && gap > 0 && is_comma(j) && !introduces_members(j + 1)) {
                    // ("two chemical messengers in the brain, noradrenaline and serotonin": past
                    // where they are, to the noun.)
                    const std::size_t n = j >= 4 && in_the_body(j - 3) ? j - 4 : j - 1;
                    const std::string_view noun = is(n, ChunkKind::word) ? norm(c_[n].first) : std::string_view();
                    const bool members = is(j + 1, ChunkKind::entity) && noun.size() > 3 && noun.ends_with('s') &&
                                         !noun.ends_with("ss") && !noun.ends_with("us") && !starts_clause(j + 1);
                    // ("balance the body's stress hormone, cortisol": after a noun that says what
                    // kind of messenger, the name that follows is the one it means.)
                    const bool named = is(j + 1, ChunkKind::entity) && !starts_clause(j + 1) &&
                                       ((names_messenger_kind(noun) && is_messenger(j + 1)) ||
                                        (noun == "enzyme" && entity(c_[j + 1].entity).type == EntityType::enzyme));
                    if (!members && !named) break;
                }
                // "enhances the activity of GABA, the brain's main calming neurotransmitter": a
                // description of the target names what the messenger does
                // (apply_messenger_description), no more targets.
                if (found && is_comma(j) && !messenger_description(j).empty()) break;
                // "combines 50 mg of apigenin, the gentle flavonoid found in chamomile flowers, with
                // magnesium and L-theanine": an appositive whose class the words after it place
                // ("found in", "derived from") describes the substance before it; the list goes
                // on past its closing comma.
                if (found && !out.empty() && is_comma(j) && is_agent_type(out.back()) &&
                    (is_word(j + 1, "a") || is_word(j + 1, "an") || is_word(j + 1, "the"))) {
                    std::size_t cls = j + 2;
                    while (cls < c_.size() && cls <= j + 4 && is(cls, ChunkKind::word)) ++cls;
                    if (is_agent_type(cls) && !c_[cls].anaphoric && cls + 1 < c_.size() &&
                        (is(cls + 1, ChunkKind::predicate) || is(cls + 1, ChunkKind::word)) &&
                        (norm(c_[cls + 1].first) == "found" || norm(c_[cls + 1].first) == "derived" ||
                         norm(c_[cls + 1].first) == "extracted" || norm(c_[cls + 1].first) == "isolated" ||
                         norm(c_[cls + 1].first) == "made")) {
                        std::size_t close = cls + 2;
                        while (close < c_.size() && close <= cls + 10 && !is_comma(close) && !is(close, ChunkKind::boundary) &&
                               !is(close, ChunkKind::relative))
                            ++close;
                        if (close + 1 < c_.size() && is_comma(close) &&
                            (is_word(close + 1, "with") || is_word(close + 1, "plus") || is_word(close + 1, "alongside") ||
                             (is(close + 1, ChunkKind::connector) && !is_comma(close + 1)))) {
                            j = close;
                            continue;
                        }
                        break;
                    }
                }
                // "an antagonist of the NMDA receptor, a type of glutamate receptor": an
                // appositive describes the target before it; it names no target of its own.
                // The list goes on past it when a connector follows its closing comma:
                // "causes dissociation, a sense of detachment from one's body, as well as
                // sedation and dizziness".
                // ("contains theobromine, a trace of theophylline and rutin": how much of the next
                // member is no appositive.)
                if (found && is_comma(j) && (is_word(j + 1, "a") || is_word(j + 1, "an")) && is(j + 2, ChunkKind::word) &&
                    is_word(j + 3, "of") && !roles_.has(norm(c_[j + 2].first), WordSet::quantity_noun)) {
                    std::size_t close = j + 4;
                    while (close < c_.size() && close <= j + 14 && !is_comma(close) && !is(close, ChunkKind::predicate) &&
                           !is(close, ChunkKind::boundary) && !is(close, ChunkKind::relative) && !is(close, ChunkKind::entity))
                        ++close;
                    if (close + 1 < c_.size() && is_comma(close) && is(close + 1, ChunkKind::connector) && !is_comma(close + 1)) {
                        j = close;
                        continue;
                    }
                    break;
                }
                continue;
            }
            // "enhances the effect of GABA", "blocks the effects of adenosine": what a verb does
            // to a messenger's effects it does to the messenger.
            // So with a drug's: "reverses the opioid effects of tramadol", "blocks most of the
            // subjective effects of MDMA", "attenuates the anxiety-producing effects of THC".
            // ("enhances the effect of the neurotransmitter GABA": past the noun that says what it is.)
            std::size_t named = j + 1;
            if (ch.kind == ChunkKind::predicate && ch.cue.of_form) {
                std::size_t q = j + 1;
                while (q < c_.size() && q <= j + 3 && is(q, ChunkKind::word) && !roles_.has(norm(c_[q].first), WordRole::messenger_noun)) ++q;
                if (q < c_.size() && q <= j + 3 && is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::messenger_noun) &&
                    is(q + 1, ChunkKind::entity) && is_messenger(q + 1))
                    named = q + 1;
                // ("enhance the effects of anticoagulant medications such as warfarin": a kind of
                // drug the lexicon lacks, and its examples.)
                else if (!is(j + 1, ChunkKind::entity)) {
                    q = j + 1;
                    while (q < c_.size() && q <= j + 3 && is(q, ChunkKind::word) && s_.tokens[c_[q].first].kind == TokenKind::word &&
                           c_[q].cue.cls != CueClass::determiner)
                        ++q;
                    if (q > j + 1 && q + 1 < c_.size() && (is(q, ChunkKind::connector) || is(q, ChunkKind::word)) &&
                        (norm(c_[q].first) == "such" || norm(c_[q].first) == "like" || norm(c_[q].first) == "including") &&
                        is_agent_type(q + 1))
                        named = q + 1;
                }
            }
            if (ch.kind == ChunkKind::predicate && ch.cue.of_form &&
                (norm(ch.first) == "effect" || norm(ch.first) == "effects") && named < c_.size() &&
                is(named, ChunkKind::entity) && (is_messenger(named) || is_agent_type(named)) &&
                (!found || is_agent_type(named)) && !effect_on_entity(named + 1) && c_[c].kind == ChunkKind::predicate &&
                c_[c].cue.cls == CueClass::predicate && c_[c].cue.verb) {
                j = named - 1;
                continue;
            }
            // "used to treat adults and adolescents aged 15 years and older who suffer from
            // schizophrenia": the people a relative clause says have it stand for it too.
            if (ch.kind == ChunkKind::person && !found && c_[c].kind == ChunkKind::predicate && c_[c].cue.verb) {
                std::size_t r = j + 1;
                while (r < c_.size() && r <= j + 9 &&
                       (is(r, ChunkKind::word) || is(r, ChunkKind::person) || (is(r, ChunkKind::connector) && !is_comma(r))) &&
                       !is_word(r, "who"))
                    ++r;
                if (r + 2 < c_.size() && norm(c_[r].first) == "who") {
                    std::size_t e = r + 1;
                    bool has = false;
                    if (is_word(e, "have") || is_word(e, "has")) {  // "who have schizophrenia"
                        ++e;
                        has = true;
                    } else if ((is_word(e, "suffer") || is_word(e, "live") || is_word(e, "are")) &&
                               (is_word(e + 1, "from") || is_word(e + 1, "with"))) {
                        e += 2;
                        has = true;
                    }
                    if (has && is_condition(e)) {
                        j = e - 1;
                        continue;
                    }
                }
            }
            // "impact one's mental health": a possessive person is a determiner.
            const bool possessive_person = ch.kind == ChunkKind::person && is_word(j + 1, "'s");
            // "support for individuals struggling with depression", "helps people with anxiety":
            // the people stand for their condition.
            const bool sufferers = ch.kind == ChunkKind::person && !found &&
                                   (is_word(j + 1, "with") || is_word(j + 1, "struggling") || is_word(j + 1, "suffering") ||
                                    is_word(j + 1, "living") || is_word(j + 1, "dealing") || is_word(j + 1, "coping") ||
                                    is_word(j + 1, "diagnosed"));
            // "helps you handle stress", "helped me sleep": the person helped is no break.
            const bool helped = ch.kind == ChunkKind::person && j == c + 1 && c_[c].kind == ChunkKind::predicate &&
                                c_[c].cue.verb && c_[c].cue.flips_on_harm;
            // "the risk of a serious lung condition in babies called ...": who has the object's
            // condition, before its name, is no break.
            const bool whose = ch.kind == ChunkKind::person && !found && is_word(j - 1, "in") && !is_word(j + 1, "'s");
            // "won't give you the jitters": the person given to is no break.
            const bool recipient = ch.kind == ChunkKind::person && j == c + 1 && c_[c].kind == ChunkKind::predicate &&
                                   roles_.has(norm(c_[c].last - 1), WordRole::recipient);
            // "contains no melatonin": the denial stands inside the object (negated() finds it).
            // ("contains no artificial colours, no gluten and no dairy": each member may have its own.)
            const bool denial = ch.kind == ChunkKind::negation && (norm(ch.first) == "no" || norm(ch.first) == "little") &&
                                (!found || (is(j - 1, ChunkKind::connector) && is(j + 1, ChunkKind::entity)));
            // "produces neither euphoria nor respiratory depression": "neither" opens the object
            // and "nor" joins its members, each denied (the loop over targets finds them).
            const bool neither_nor =
                ch.kind == ChunkKind::negation &&
                ((norm(ch.first) == "neither" && j == c + 1) ||
                 (norm(ch.first) == "nor" && (found || is(j - 1, ChunkKind::predicate)) &&
                  (is(j + 1, ChunkKind::entity) || (is(j + 1, ChunkKind::word) && c_[j + 1].cue.cls == CueClass::determiner &&
                                                    is(j + 2, ChunkKind::entity)))));
            // "without making me drowsy", "without leaving you groggy": the person made so.
            const bool made = without && ch.kind == ChunkKind::person && !found && j > c + 1 &&
                              (is_word(j - 1, "making") || is_word(j - 1, "leaving"));
            // "reduced public speaking-induced anxiety": a word, a hyphen and a participle make
            // an adjective of the noun after (a name before the hyphen is the participle's
            // agent, above).
            const bool compound_participle = ch.kind == ChunkKind::predicate && ch.last == ch.first + 1 &&
                                             (norm(ch.first).ends_with("ed") || norm(ch.first).ends_with("ing")) &&
                                             j >= c + 3 && is_hyphen(j - 1) &&
                                             (is(j - 2, ChunkKind::word) ||
                                              (is(j - 2, ChunkKind::predicate) && c_[j - 2].last == c_[j - 2].first + 1)) &&
                                             s_.tokens[c_[j - 2].first].kind == TokenKind::word;
            // "may cause the opposite of the intended effect: restlessness, agitation, ...": a
            // colon after an object that names no entity opens the list of what it is.
            // ("Driving and using machines: aripiprazole can cause sleepiness": a heading's verb
            // opens the sentence, and what the colon opens is a clause of its own.)
            if (!found && ch.kind == ChunkKind::boundary && norm(ch.first) == ":" && gap > 0 && gap <= 8 &&
                is(j + 1, ChunkKind::entity) && c_[c].kind == ChunkKind::predicate &&
                (c_[c].cue.verb || c_[c].cue.predicate == Predicate::contains) && c > 0 &&
                // ("things that helped me: gabapentin took the edge off": a name with a verb of its
                // own after the colon opens a clause, not a list.)
                // (A bracket may stand between: "gabapentin (prescribed) took".)
                !(is_agent_type(j + 1) &&
                  (is(past_bracket(j + 2, 6), ChunkKind::predicate) || is(past_bracket(j + 2, 6), ChunkKind::hedge))))
                continue;  // ("combines four ingredients: alpha-GPC, ...": a phrase of containing too)
            // "produces analgesia, drowsiness and constricted pupils": a word that names its own
            // effect and target is a member of the list (its own cue states that claim), and the
            // list goes on past it (and past "effects" after it).
            if (ch.kind == ChunkKind::predicate && !ch.cue.fixed_target.empty() && !ch.cue.verb &&
                c_[c].kind == ChunkKind::predicate && c_[c].cue.verb) {
                auto joins = [&](std::size_t q) {
                    return is_word(q, "and") || is_word(q, "or") || (is(q, ChunkKind::negation) && norm(c_[q].first) == "nor");
                };
                std::size_t e = j + 1;
                if (is(e, ChunkKind::word) && (is_word(e, "effects") || is_word(e, "effect") || is_word(e, "properties")))
                    ++e;
                if ((!found || is_comma(j - 1) || joins(j - 1)) && (is_comma(e) || joins(e)) &&
                    (is(e + 1, ChunkKind::entity) || (is_comma(e) && joins(e + 1) && is(e + 2, ChunkKind::entity)) ||
                     (joins(e) && is(e + 1, ChunkKind::word) && c_[e + 1].cue.cls == CueClass::determiner &&
                      is(e + 2, ChunkKind::entity)))) {
                    j = e - 1;
                    continue;
                }
            }
            // ("sedation and slow-healing skin wounds": a cue word before a hyphen and a
            // participle makes an adjective of the noun after, inside the list.)
            if (ch.kind == ChunkKind::predicate && ch.last == ch.first + 1 && is_hyphen(j + 1) &&
                is(j + 2, ChunkKind::predicate) && c_[j + 2].last == c_[j + 2].first + 1 &&
                (norm(c_[j + 2].first).ends_with("ing") || norm(c_[j + 2].first).ends_with("ed")) &&
                is(j + 3, ChunkKind::entity)) {
                j += 2;
                continue;
            }
            if (ch.kind != ChunkKind::word && !possessive_person && !sufferers && !denial && !neither_nor && !helped && !made &&
                !recipient && !compound_participle && !whose)
                break;
            // "may increase the risk of a serious lung condition called PPHN", "a reaction known as
            // serotonin syndrome": the name after "called" is the object the words before
            // describe, however many they were.
            if (!found && gap > 0)
                if (const auto namer = namer_ahead(j, 1)) {
                    gap = 0;
                    j = *namer;
                    continue;
                }
            // ("contain a bunch of interesting compounds, including the flavonoid apigenin": the
            // members a described kind lists are its objects, however long the description.)
            if (!found && gap > 0)
                if (const auto members = members_ahead(j)) {
                    gap = 0;
                    j = *members;
                    continue;
                }
            // ("contains caffeine and a group of antioxidants called catechins", "betulinic acid,
            // along with polysaccharides called beta-glucans": a later member may be such a
            // description too, right after the list's joint.)
            if (found && gap == 0 && is(j, ChunkKind::word))
                if (const auto namer = namer_ahead(j, 6)) {
                    j = *namer;
                    continue;
                }
            if (compound_participle) continue;
            // "reduced total sleep time by 24 min and slow-wave sleep by 11 min": how much a
            // member changed, and the list goes on.
            if (found && norm(ch.first) == "by") {
                std::size_t q = j + 1;
                while (q < c_.size() && q <= j + 2 && is(q, ChunkKind::word) &&
                       s_.tokens[c_[q].first].kind == TokenKind::word && !is_unit(q))
                    ++q;  // "about", "roughly"
                if (q < c_.size() && is(q, ChunkKind::word) && is_number(q)) {
                    std::size_t e = q + 1;  // the unit: "min", "%", "points", "beats per minute"
                    // (A unit word may be a cue elsewhere: "beats".)
                    while (e < c_.size() && e <= q + 3 &&
                           (is(e, ChunkKind::word) || (is(e, ChunkKind::predicate) && c_[e].last == c_[e].first + 1)) &&
                           !is_word(e, "in") && !is_word(e, "of") && !is_word(e, "by") && !is_word(e, "and"))
                        ++e;
                    j = e - 1;
                    continue;
                }
            }
            if (norm(ch.first) == "by") break;  // "inhibition of MAO by X": the agent follows
            // "produces effects similar to those of LSD": what it is likened to is no object
            // (apply_similar_to).
            if ((norm(ch.first) == "similar" || norm(ch.first) == "comparable") && is_word(j + 1, "to")) break;
            // ("adenosine receptors, the same ones caffeine blocks": an appositive that names the
            // object again, whose clause has a subject of its own (apply_same_ones).)
            if (found && norm(ch.first) == "same" && is_word(j - 1, "the") && is_comma(j - 2)) break;
            // "blocks the norepinephrine transporter so more norepinephrine hangs around": "so"
            // after the objects opens the clause of what follows from them.
            if (found && norm(ch.first) == "so" && ch.kind == ChunkKind::word && !is_word(j + 1, "much") &&
                !is_word(j + 1, "well") && !is_word(j + 1, "far"))
                break;
            // "CYP3A4 converts it to mCPP": what a breakdown verb makes is no target.
            if ((norm(ch.first) == "to" || norm(ch.first) == "into") && roles_.has(norm(c_[c].last - 1), WordRole::breakdown))
                break;
            // "the jitters the way coffee can": a comparison, not the object (apply_the_way).
            // ("the way whole licorice does": an adjective may come first.)
            if (norm(ch.first) == "way" && is_word(j - 1, "the") &&
                (is(j + 1, ChunkKind::entity) || (is(j + 1, ChunkKind::word) && !is_word(j + 1, "that") && is(j + 2, ChunkKind::entity))))
                break;
            // "blocked the euphoric effects of amphetamine": a substance after "of" owns the
            // effect named before it; it is not a target (apply_effects_owner).
            // ("with 100 mg of L-theanine": a dose of it, no effect.)
            // ("raise blood levels of metoprolol and of amitriptyline": "of" after "and" repeats
            // the one before the last target, which goes on the list.)
            if (found && norm(ch.first) == "of" && j + 1 < c_.size() && is(j + 1, ChunkKind::entity) &&
                entity(c_[j + 1].entity).type == EntityType::substance && !is_unit(j - 1) &&
                !(is(j - 1, ChunkKind::word) && roles_.has(norm(c_[j - 1].first), WordSet::quantity_noun)) &&
                !(is_and_or_but(j - 1) && !out.empty() && out.back() + 2 == j && out.back() > 0 && is_word(out.back() - 1, "of")))
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
            // ("maintain dopamine levels under stress": when, not what.)
            if (word_rule(norm(ch.first)) == WordRule::after || norm(ch.first) == "before" ||
                norm(ch.first) == "during" ||
                (found && (norm(ch.first) == "than" || norm(ch.first) == "versus" || norm(ch.first) == "under")) ||
                // ("causes fewer side effects than clonidine": what it is compared with, before any
                // object, is none.)
                // (Not after "binds more tightly", whose reading of the names lets "which"
                // after them point back past them.)
                // ("50 times lower than that of morphine", "lower rates of abuse than for
                // oxycodone": nor is the one after "that of" or "for".)
                (norm(ch.first) == "than" && c_[c].cue.predicate != Predicate::binds &&
                 (is_agent_type(j + 1) || ((is_word(j + 1, "that") || is_word(j + 1, "those")) && is_word(j + 2, "of")) ||
                  is_word(j + 1, "for") || is_word(j + 1, "with"))))
                break;
            // "without inducing sedation, making it useful": a participle after the
            // list's comma opens a clause of its own.
            if (found && is_comma(j - 1) && norm(ch.first).ends_with("ing")) break;
            // "will bring back the breathing if fentanyl is on board": a condition's clause has a
            // subject of its own.
            if (found && (norm(ch.first) == "if" || norm(ch.first) == "unless")) break;
            // "helps explain why kratom ...": an embedded question has its own subject.
            if (norm(ch.first) == "why" || norm(ch.first) == "how" || norm(ch.first) == "what") break;
            // "without fully mimicking ...": a verb that is no cue ends the phrase.
            // ("without morning grogginess": a time of day is no verb.)
            if (without && norm(ch.first).ends_with("ing") && norm(ch.first) != "morning" && norm(ch.first) != "evening" &&
                !((norm(ch.first) == "making" || norm(ch.first) == "leaving") &&
                  (is(j + 1, ChunkKind::person) || is_word(j + 1, "me"))))
                break;
            // ("reduce heroin, injection-related transmission of HIV": a hyphened compound
            // modifier is one word of distance, not two.)
            if (found && is_hyphen(j) && is(j + 1, ChunkKind::word) && j > 0 && is(j - 1, ChunkKind::word) &&
                s_.tokens[c_[j].first].span.start == s_.tokens[c_[j - 1].last - 1].span.end &&
                s_.tokens[c_[j + 1].first].span.start == s_.tokens[c_[j].first].span.end) {
                ++j;
                continue;
            }
            if (is_hyphen(j) || norm(ch.first) == "'s") continue;
            // "produces an anticholinergic delirium marked by confusion, agitation and
            // hyperthermia": the signs that mark an outcome are brought on with it. (Not a
            // withdrawal's: what stopping brings on is no effect of taking.)
            if (found && !out.empty() && is(j, ChunkKind::word) &&
                (norm(ch.first) == "marked" || norm(ch.first) == "characterized" || norm(ch.first) == "characterised") &&
                is_word(j + 1, "by") && is(out.back(), ChunkKind::entity) &&
                entity(c_[out.back()].entity).name.find("withdrawal") == std::string::npos) {
                ++j;
                gap = 0;
                continue;
            }
            // "serotonin, norepinephrine and, to a lesser degree, dopamine": an aside of degree
            // inside the list is no gap.
            if (norm(ch.first) == "to" && is_word(j + 1, "a") && j + 3 < c_.size() &&
                (is_word(j + 2, "lesser") || is_word(j + 2, "greater") || is_word(j + 2, "smaller") ||
                 is_word(j + 2, "larger") || is_word(j + 2, "certain")) &&
                (is_word(j + 3, "degree") || is_word(j + 3, "extent"))) {
                j += 3;
                continue;
            }
            // "the activity of two chemical messengers in the brain, noradrenaline and
            // serotonin": where they are is no gap.
            if (in_the_body(j) && is_comma(j + 3)) {
                j += 2;
                continue;
            }
            // "combines 200 mg of magnesium with 100 mg of L-theanine": a dose is no gap.
            if (is_number(j) && is_unit(j + 1)) {
                ++j;
                continue;
            }
            // ("300-500 mg of theobromine, only about 20-40 mg of caffeine": nor are the words of
            // how nearly, or a range, before a dose.)
            if (found && is(j, ChunkKind::word)) {
                std::size_t q = j;
                while (q < c_.size() && q < j + 5 && is(q, ChunkKind::word) && !is_number(q) &&
                       c_[q].last == c_[q].first + 1)
                    ++q;
                std::size_t r = q;
                while (r + 2 < c_.size() && r < q + 2 && is_number(r) && is(r + 1, ChunkKind::word) &&
                       (norm(c_[r + 1].first) == "-" || norm(c_[r + 1].first) == "\u2013" || norm(c_[r + 1].first) == "to") &&
                       is_number(r + 2))
                    r += 2;
                if (q < c_.size() && is_number(q) && r + 1 < c_.size() && is_unit(r + 1) && q - j <= 3) {
                    j = r + 1;
                    continue;
                }
            }
            // ("and 85+ ionic trace minerals, including iron": a count is no word of distance.)
            if (found && (is_number(j) || is_word(j, "+")) && j > 0 && (is_number(j - 1) || is(j - 1, ChunkKind::connector)))
                continue;
            // ("and a small trace of rutin", "and a hefty dose of polyphenols": the words of how
            // much, up to the quantity noun, are no distance.)
            if (found && is(j, ChunkKind::word) && roles_.has(norm(ch.first), WordSet::quantity_noun) && is_word(j + 1, "of")) {
                gap = 0;
                continue;
            }
            ++gap;
            std::size_t limit = found ? kMaxGapInList : (without ? kMaxGapToFirstTargetWithout : kMaxGapToFirstTarget);
            if (gap > limit && !(gap <= limit + 4 && !found && (namer_ahead(j + 1) || messengers_named_ahead(j)))) break;
        }
        return out;
    }

    // The subjects of the cue whose leftmost part (cue or left target) is at `from`.
    // When every target is a condition, a condition cannot be the subject
    // ("Prolactin, a hormone associated with breastfeeding, plays a role in
    // stress"): the search passes over it to the agent before.
    // "Nalmefene, given together with psychosocial support, significantly reduced heavy
    // drinking", "Kava, when taken with alcohol, may ...": a participle's aside set off by
    // commas before the verb at `from` says how the name before it was taken; that name is
    // the subject, not one in the aside.
    std::vector<std::size_t> participial_aside_head(std::size_t from) const {
        std::size_t q = from;
        while (q > 0 && from - q < 3 &&
               (is(q - 1, ChunkKind::hedge) || (is(q - 1, ChunkKind::word) && norm(c_[q - 1].first).ends_with("ly"))))
            --q;
        if (q < 5 || !is_comma(q - 1)) return {};
        for (std::size_t o = q - 2; o > 0 && q - 1 - o < 10; --o) {
            if (is(o, ChunkKind::boundary) || is(o, ChunkKind::relative)) return {};
            if (!is_comma(o)) continue;
            std::size_t p = o + 1;
            if (is_word(p, "when") || is_word(p, "if") || (is(p, ChunkKind::boundary) && norm(c_[p].first) == "when")) ++p;
            if (p >= q - 1 || !(is(p, ChunkKind::word) || is(p, ChunkKind::predicate)) || c_[p].last != c_[p].first + 1)
                return {};
            // ("amphetamine, sold under brand names such as Adderall and Vyvanse, ...": the brands
            // an aside names are the name before it.)
            const std::string_view participle = norm(c_[p].first);
            if (!detail::is_intake_participle(participle) && participle != "sold" && participle != "marketed" &&
                participle != "branded")
                return {};
            if (!is(o - 1, ChunkKind::entity) || !is_agent_type(o - 1) || c_[o - 1].anaphoric) return {};
            return group_left(o - 1);
        }
        return {};
    }

    // "Nabilone, a synthetic analogue of delta-9-tetrahydrocannabinol (THC) licensed for the
    // treatment of nausea, acts ...": a participle after "a NOUN of X", where the noun says
    // what a substance is, describes the noun, and so the name the appositive is set off
    // after; X is licensed for nothing.
    std::optional<std::size_t> participle_of_described(std::size_t from) const {
        // ("licensed for the treatment of": the participle before the noun cue.)
        if (from >= 2 && is_word(from - 1, "the") && is(from - 2, ChunkKind::predicate)) from -= 2;
        if (from < 5 || !is(from, ChunkKind::predicate) || !norm(c_[from].first).ends_with("ed")) return std::nullopt;
        std::size_t e = from - 1;
        if (is_close_paren(e))
            if (const auto open = open_paren_before(e, 6); open && *open > 0) e = *open - 1;
        return owner_of_appositive_object(e);
    }

    // The name before an appositive "a NOUN of X" when X is the entity at e (or its alias in
    // brackets after it) and NOUN says what a substance is: "Nabilone, a synthetic analogue
    // of delta-9-tetrahydrocannabinol (THC), ..." for THC gives nabilone.
    std::optional<std::size_t> owner_of_appositive_object(std::size_t e) const {
        if (e >= 2 && is_mark(e - 1, "(") && is(e - 2, ChunkKind::entity)) e -= 2;
        if (e < 4 || !is_agent_type(e) || !is_word(e - 1, "of") || !is(e - 2, ChunkKind::word) ||
            !roles_.has(norm(c_[e - 2].first), WordRole::substance_noun))
            return std::nullopt;
        std::size_t q = e - 2;
        while (q > 0 && e - q < 6 && is(q - 1, ChunkKind::word) && !is_comma(q - 1)) --q;
        if (q < 2 || !is_comma(q - 1) || !(is_word(q, "a") || is_word(q, "an") || is_word(q, "the")) ||
            !is_agent_type(q - 2) || c_[q - 2].anaphoric)
            return std::nullopt;
        return q - 2;
    }

    // The subjects of the cue at `c` that can act: substances and names the lexicon lacks
    // (and hormones taken as supplements, with `hormones`).
    std::vector<std::size_t> agent_subjects(std::size_t c, bool conditions_only_targets, bool hormones = false) const {
        std::vector<std::size_t> out;
        for (std::size_t q : subjects(c, c, conditions_only_targets))
            if (is_agent_type(q) || (hormones && entity(c_[q].entity).type == EntityType::hormone)) out.push_back(q);
        return out;
    }

    // "Activation of kappa-opioid receptors in the striatum reduces the release of dopamine",
    // "Stimulation of 5-HT1A receptors reduces anxiety": the receptor (or other target)
    // whose activation opens the clause does what the verb at `from` says. (A place after
    // it, "in the striatum", and hedges may stand between.)
    std::optional<std::size_t> activated_subject(std::size_t from) const {
        std::size_t q = from;
        // ("... is thought to increase glutamate release": a hedge's "is" and "to" too.)
        while (q > 0 && (is(q - 1, ChunkKind::hedge) ||
                         (is(q - 1, ChunkKind::word) && (norm(c_[q - 1].first).ends_with("ly") || is_word(q - 1, "to") ||
                                                         (is_finite_be(q - 1) && is(q, ChunkKind::hedge))))))
            --q;
        // Back to the opening cue, over the target and where it is ("in the brainstem and spinal
        // cord", "on GABAergic interneurons in the ventral tegmental area").
        std::size_t cue = q;
        for (std::size_t k = q; k > 0 && q - k < 12; --k) {
            if (is(k - 1, ChunkKind::predicate)) {
                cue = k - 1;
                break;
            }
            if (!(is(k - 1, ChunkKind::word) || is(k - 1, ChunkKind::entity) || is_mark(k - 1, "and")) || is_comma(k - 1))
                return std::nullopt;
        }
        if (cue == q || (cue != clause_start(from) && !(cue > 0 && is_comma(cue - 1)))) return std::nullopt;
        const std::optional<std::size_t> target = activation_target(cue);
        if (!target || *target >= q) return std::nullopt;
        // (The words between are where: "in the striatum", "on fat cells".)
        if (*target + 1 < q && !is_word(*target + 1, "in") && !is_word(*target + 1, "on")) return std::nullopt;
        return target;
    }

    // The receptor (or other target) that the cue at `cue` activates, when the cue is
    // "activation of" or "stimulation of", or a gerund of activating ("Stimulating
    // kappa-opioid receptors", "Stimulating those receptors": the receptor may be one named
    // before, as in "Activation of this receptor").
    std::optional<std::size_t> activation_target(std::size_t cue) const {
        if (!is(cue, ChunkKind::predicate)) return std::nullopt;
        const std::string_view head = norm(c_[cue].first);
        const bool nominal = (head == "activation" || head == "stimulation") &&
                             (c_[cue].cue.of_form || norm(c_[cue].last - 1) == "of");
        const bool gerund = c_[cue].last == c_[cue].first + 1 && head.ends_with("ing") &&
                            (head.starts_with("stimulat") || head.starts_with("activat"));
        if (!nominal && !gerund) return std::nullopt;
        std::size_t target = cue + 1;
        if (is(target, ChunkKind::word) && c_[target].cue.cls == CueClass::determiner) ++target;
        if (!is(target, ChunkKind::entity) || !is_protein_type(entity(c_[target].entity).type)) return std::nullopt;
        return target;
    }

    // "BZP is an antagonist at alpha-2 receptors, which act as a brake on norepinephrine
    // release; blocking them further increases noradrenergic activity": a clause opened by a
    // gerund of blocking or inhibiting a target has for subject what blocks it, the name an
    // earlier claim of the sentence has binding or lowering that target; not the target. With
    // no such name the clause has no subject here (an empty list).
    std::optional<std::vector<std::size_t>> blocking_gerund_subject(std::size_t from) const {
        std::size_t q = from;
        while (q > 0 && (is(q - 1, ChunkKind::hedge) ||
                         (is(q - 1, ChunkKind::word) && (norm(c_[q - 1].first).ends_with("ly") || is_word(q - 1, "further") ||
                                                         is_word(q - 1, "also")))))
            --q;
        if (q < 2) return std::nullopt;
        // ("blocking them": a pronoun stands for the target the earlier claim names.)
        const bool pronoun = is_word(q - 1, "them") || is_word(q - 1, "it");
        const std::size_t target = q - 1;
        if (!pronoun) {
            if (!is(target, ChunkKind::entity)) return std::nullopt;
            const EntityType t = entity(c_[target].entity).type;
            if (!is_protein_type(t)) return std::nullopt;
        }
        std::size_t g = target - 1;
        if (g > 0 && is(g, ChunkKind::word) && c_[g].cue.cls == CueClass::determiner) --g;
        if (!is(g, ChunkKind::predicate) || c_[g].last != c_[g].first + 1 || !norm(c_[g].first).ends_with("ing") ||
            (c_[g].cue.predicate != Predicate::decreases && c_[g].cue.predicate != Predicate::binds))
            return std::nullopt;
        if (g > 0 && !is(g - 1, ChunkKind::boundary) && !is_comma(g - 1)) return std::nullopt;
        for (const SentenceClaim& cl : claims_) {
            const EntityType t = entity(cl.target).type;
            if (cl.cue_chunk >= g || (pronoun ? !is_protein_type(t) : cl.target != entity_of(target)) ||
                !cl.unknown_subject.empty() ||
                (cl.predicate != Predicate::binds && cl.predicate != Predicate::decreases))
                continue;
            for (std::size_t m = 0; m < g; ++m)
                if (is(m, ChunkKind::entity) && c_[m].entity == cl.subject && is_agent_type(m)) return std::vector<std::size_t>{m};
        }
        return std::vector<std::size_t>{};
    }

    std::vector<std::size_t> subjects(std::size_t c, std::size_t from, bool conditions_only_targets = false,
                                      bool ligand_only = false) const {
        auto acceptable = [&](std::size_t q) {
            const EntityType t = entity(c_[q].entity).type;
            if (conditions_only_targets && t == EntityType::condition) return false;
            // ("a caffeine-free afternoon ritual that may support focus": what a thing is free of
            // does nothing in it.)
            if (is_hyphen(q + 1) && is_word(q + 2, "free")) return false;
            // ("Stopping smoking, with or without Champix, may change ...": either way, so the
            // name is not what acts.)
            if (q >= 2 && is(q - 1, ChunkKind::without) && is_mark(q - 2, "or") && is_word(q - 3, "with")) return false;
            // What binds or acts as an agonist is a ligand, not a receptor or a transporter:
            // "X is a substrate of the dopamine transporter and an agonist of TAAR1".
            return !ligand_only || (t != EntityType::receptor && t != EntityType::transporter &&
                                    t != EntityType::enzyme && t != EntityType::condition);
        };
        if (auto members = members_of_described_class(c); !members.empty()) return members;
        if (auto described = participle_of_described(from)) return {*described};
        if (auto activated = activated_subject(from)) return {*activated};
        if (auto blocker = blocking_gerund_subject(from)) return *blocker;
        // "Tapentadol can cause respiratory depression, particularly when combined with
        // benzodiazepines or alcohol, and long-term use leads to tolerance": a use that opens a
        // clause after ", and", owned by no name, is the use of the sentence's subject, not of
        // the names just before it.
        {
            std::size_t q = from;
            while (q > 0 && (is(q - 1, ChunkKind::hedge) || is(q - 1, ChunkKind::negation))) --q;
            if (q >= 2 && is_word(q - 1, "use")) {
                std::size_t b = q - 1;
                while (b > 0 && q - 1 - b < 4 && is(b - 1, ChunkKind::word) && s_.tokens[c_[b - 1].first].kind != TokenKind::number &&
                       !is_word(b - 1, "of") && !is_word(b - 1, "and") && !possessive_pronoun(b - 1) &&
                       c_[b - 1].cue.cls != CueClass::determiner)
                    --b;
                // (The sentence's subject: its first name with a verb or a modal right after it,
                // "Like other opioids, tapentadol can cause".)
                if (b >= 2 && is_and_or_but(b - 1) && is_comma(b - 2))
                    for (std::size_t k = 0; k + 1 < b - 2; ++k) {
                        if (is(k, ChunkKind::boundary) || is(k, ChunkKind::predicate)) break;
                        if (is(k, ChunkKind::entity) && !c_[k].anaphoric && is_agent_type(k) &&
                            (is(k + 1, ChunkKind::hedge) || (is(k + 1, ChunkKind::predicate) && c_[k + 1].cue.verb)))
                            return {k};
                    }
            }
        }
        // "may interact with SSRIs and other medications that raise serotonin": the verb after
        // "that" and the kind named after "and other" is the names' ("that" stays a plain word
        // there: the clause around it goes on past it).
        if (c == from && c >= 4 && is_word(c - 1, "that"))
            for (std::size_t q = c - 1; q >= 3 && c - 1 - q < 3 && is(q - 1, ChunkKind::word); --q) {
                if (!is_word(q - 1, "other") && !is_word(q - 1, "similar")) continue;
                if (q < c - 1 &&
                    ((is_and_or_but(q - 2) && norm(c_[q - 2].first) != "but") || is_mark(q - 2, "or") || is_word(q - 2, "or")) &&
                    is_agent_type(q - 3) && !c_[q - 3].anaphoric)
                    return group_left(q - 3);
                break;
            }
        // "Gabapentinoids, the drug class that includes pregabalin and gabapentin, were linked
        // to ...": the class an aside gives members of, and the members.
        if (auto g = class_with_members_aside(from); !g.empty()) return g;
        // "Agmatine reversed depressive-like behaviour, probably through blockade of NMDA
        // receptors and a reduction in nitric oxide signalling": a noun of change after
        // "through" or "via" (or joined to one) says how the clause's subject acts.
        if (is(c, ChunkKind::predicate) && !c_[c].cue.verb)
            if (auto at = mechanism_preposition(c, 2))
                if (auto main = clause_subject_before(*at); !main.empty()) return main;
        // "These serotonin effects may contribute to its benefits for mood": a noun cue's
        // possessive owns it, whatever the clause's subject.
        // (After a preposition: "Neurotransmitter Balance and Its Impact on Mood", a title,
        // says nothing of what "its" stands for.)
        if (c == from && c > 1 && is(c, ChunkKind::predicate) && !c_[c].cue.verb && is_agent_type(c - 1) &&
            possessive_pronoun(c - 1) &&
            [&](std::string_view w) {
                return w == "to" || w == "for" || w == "of" || w == "on" || w == "in" || w == "about" || w == "from";
            }(norm(c_[c - 2].last - 1))) {
            std::vector<std::size_t> owners;
            for (std::size_t q = c; q > 0 && is(q - 1, ChunkKind::entity) && c_[q - 1].first == c_[c - 1].first; --q)
                if (is_agent_type(q - 1)) owners.push_back(q - 1);
            return owners;
        }
        if (auto head = reduced_relative_head(c); !head.empty()) return head;
        if (auto head = participial_aside_head(from); !head.empty()) return head;
        // "packed in brain regions involved in memory, motivation and perception": a participle
        // right after a plain noun modifies that noun, which is its subject; a noun the lexicon
        // lacks makes no claim (nor does the name before it, the receptor or the drug).
        if (c == from && c > 0 && is(c, ChunkKind::predicate) && !c_[c].cue.verb &&
            (norm(c_[c].first) == "involved" || norm(c_[c].first) == "implicated") && is(c - 1, ChunkKind::word) &&
            s_.tokens[c_[c - 1].first].kind == TokenKind::word && !is_finite_be(c - 1) && !is_word(c - 1, "be") &&
            !is_word(c - 1, "been") && !is_word(c - 1, "being") && !norm(c_[c - 1].first).ends_with("ly") &&
            !names_messenger_kind(norm(c_[c - 1].first)) && !roles_.has(norm(c_[c - 1].first), WordRole::substance_noun))
            return {};  // ("oxytocin, a hormone involved in bonding": the noun describes the name before it)
        // "Sertraline is a selective serotonin reuptake inhibitor (SSRI) used to treat
        // depression": the bracketed abbreviation stands for the class in the copula's
        // complement, and what the class is used for is said of the copula's subject.
        {
            std::size_t q = from;
            while (q > 0 && from - q < 3 && is(q - 1, ChunkKind::word)) --q;
            if (q >= 5 && q < from && is_close_paren(q - 1) && is(q - 2, ChunkKind::entity) && is_mark(q - 3, "(") &&
                is_agent_noun(q - 4)) {
                std::size_t a = q - 4;
                while (a > 0 && q - 4 - a < 6 && (is(a - 1, ChunkKind::entity) || is(a - 1, ChunkKind::word)) &&
                       !is_word(a - 1, "a") && !is_word(a - 1, "an"))
                    --a;
                if (a > 0 && (is_word(a - 1, "a") || is_word(a - 1, "an")))
                    if (auto copula_subject = subject_of_copula(a - 1)) return *copula_subject;
            }
        }
        // "Vasoconstriction and tachycardia result from the increased availability of
        // norepinephrine": an outcome that results from a change is its effect, not its agent
        // ("The actions of THC result from its partial agonist activity" keeps THC).
        // So does an outcome that is caused by or attributed to a change: "Hallucinations are
        // caused by 5-HT2A receptor activation", "its euphoric effects are attributed to
        // activation of mu-opioid receptors" (the outcome is the change's effect).
        for (std::size_t k = from; k > 1 && from - k < 5; --k) {
            if (is_word(k - 1, "from")) {
                const std::string_view v = norm(c_[k - 2].first);
                if (v.starts_with("result") || v.starts_with("stem") || v.starts_with("aris") || v == "arose")
                    conditions_only_targets = true;
                break;
            }
            if (is_word(k - 1, "by") || is_word(k - 1, "to")) {
                const std::string_view v = norm(c_[k - 2].last - 1);
                if (is_word(k - 1, "by") ? (v == "caused" || v == "explained" || v == "driven" || v == "triggered")
                                         : (v == "attributed" || v == "attributable" || v == "ascribed"))
                    conditions_only_targets = true;
                break;
            }
        }
        // "Tamoxifen: By inhibiting CYP2D6, bupropion may reduce ...": a clause opened by
        // "By" + verb takes the subject of the clause after it, whatever stands before.
        if (c > 0 && is_word(c - 1, "by") && clause_start(c) + 1 >= c && norm(c_[c].first).ends_with("ing"))
            if (auto main = fronted_clause_subject(c); !main.empty()) return main;
        // "Whether you want to brighten your mood, manage stress or sleep more soundly, this
        // golden spice deserves a spot", "From calming anxiety to deepening sleep, this humble
        // mineral ...": the fronted list of what it does belongs to the main clause's subject.
        if (is_word(0, "from") || norm(c_[0].first) == "whether")
            for (std::size_t k = c + 1; k + 1 < c_.size(); ++k) {
                if (is(k, ChunkKind::boundary) && norm(c_[k].first) != "whether") break;
                if (!is_comma(k) || !is(k + 1, ChunkKind::entity) || !is_agent_type(k + 1)) continue;
                const std::size_t after = k + 2;
                if (after < c_.size() && is(after, ChunkKind::word) && s_.tokens[c_[after].first].kind == TokenKind::word &&
                    !is_word(after, "and") && !is_word(after, "or"))
                    return {k + 1};
            }
        // "Ginkgo may protect acetylcholine by slowing down acetylcholinesterase": "by" +
        // verb later in the clause states how the clause's subject acts, not its object.
        if (c > 1 && is_word(c - 1, "by") && norm(c_[c].first).ends_with("ing"))
            if (auto main = clause_subject_before(c - 1); !main.empty()) return main;
        // "Naloxone works by knocking opioids off the opioid receptors, restoring normal
        // breathing": a participle of consequence after a comma shares its clause's subject,
        // not the object before the comma.
        if (c > 1 && from == c && is_comma(c - 1) && c_[c].cue.verb && norm(c_[c].first).ends_with("ing"))
            if (auto main = clause_subject_before(c - 1); !main.empty()) return main;
        // "..., and abrupt discontinuation can provoke seizures": the stopping is the verb's
        // subject, and what stopping brings on is not the drug's doing (claims.md), so no
        // subject further back is the verb's. (Words only, up to ten chunks: "stopping cold turkey
        // from a dose like yours can cause seizures".)
        // (The stopping word may be a cue of its own, "stopping", and "like" a connector.)
        for (std::size_t q = from, steps = 0; q > 0 && steps < 10; ++steps) {
            --q;
            if ((is(q, ChunkKind::word) || is(q, ChunkKind::predicate)) && roles_.has(norm(c_[q].first), WordRole::cessation))
                return {};
            // ("but stopping it suddenly can cause sweating": the pronoun stopped, too; though
            // "stopping it does not produce withdrawal" denies the drug a withdrawal.)
            if (is(q, ChunkKind::entity) && c_[q].anaphoric && c_[q].last == c_[q].first + 1 && q > 0 && !negated(c) &&
                (is(q - 1, ChunkKind::word) || is(q - 1, ChunkKind::predicate)) &&
                roles_.has(norm(c_[q - 1].first), WordRole::cessation))
                return {};
            if (!is(q, ChunkKind::word) && !is(q, ChunkKind::hedge) && !is(q, ChunkKind::negation) &&
                !(is(q, ChunkKind::connector) && !is_comma(q)))
                break;
        }
        // "Baclofen withdrawal can cause seizures", "Withdrawal from baclofen can cause
        // seizures": withdrawal, the condition, is the subject; the drug named with it is not.
        {
            std::size_t q = from;
            while (q > 0 && from - q < 3 && (is(q - 1, ChunkKind::hedge) || is(q - 1, ChunkKind::negation))) --q;
            const auto withdrawal = [&](std::size_t k) {
                return is(k, ChunkKind::entity) && is_condition(k) && roles_.has(norm(c_[k].first), WordRole::cessation);
            };
            if (q > 0 && withdrawal(q - 1)) return {};
            if (q >= 3 && is(q - 1, ChunkKind::entity) && (is_word(q - 2, "from") || is_word(q - 2, "of")) &&
                withdrawal(q - 3))
                return {};
        }
        // "Probenecid and valproate (for epilepsy) may increase ...", "valproate (an
        // anticonvulsant) may ...": a bracket right before the verb says what the name before it
        // is for or is; the condition or class in it is no subject.
        {
            std::size_t q = from;
            while (q > 0 && from - q < 3 && (is(q - 1, ChunkKind::hedge) || is(q - 1, ChunkKind::negation))) --q;
            if (q >= 4 && is_close_paren(q - 1))
                if (const auto open = open_paren_before(q - 1, 8);
                    open && *open >= 1 && is_agent_type(*open - 1) &&
                    (is_word(*open + 1, "for") || is_word(*open + 1, "a") || is_word(*open + 1, "an") ||
                     is_word(*open + 1, "used")))
                    from = *open;
        }
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
                // "blocks CYP1A2, the liver enzyme that breaks down duloxetine, and can raise
                // duloxetine levels": ", and" and a verb of its own after the relative clause's
                // verb close the clause; its antecedent is no subject of what follows.
                {
                    bool verb = false, closed = false;
                    for (std::size_t m = q + 1; m + 2 <= c && !closed; ++m) {
                        if (is(m, ChunkKind::predicate)) verb = true;
                        closed = verb && is_comma(m) && is_and_or_but(m + 1) &&
                                 (m + 2 == c || is(m + 2, ChunkKind::hedge) || is(m + 2, ChunkKind::predicate));
                    }
                    if (closed) continue;
                }
                std::size_t p = q;
                // "tramadol, triptans or lithium, all of which increase the risk of ...": the
                // antecedent is the list of substances before "all of". (A list of outcomes
                // before it is passed over: "leads to A and B, all of which can lower anxiety".)
                if (p >= 3 && is_word(p - 1, "of") &&
                    (is_word(p - 2, "all") || is_word(p - 2, "both") || is_word(p - 2, "each") || is_word(p - 2, "most")) &&
                    is_comma(p - 3) && is(p - 4, ChunkKind::entity)) {
                    std::vector<std::size_t> agents;  // targets of an earlier cue too
                    for (std::size_t m = p - 3; m > 0 && (is(m - 1, ChunkKind::entity) || is(m - 1, ChunkKind::connector)); --m)
                        if (is(m - 1, ChunkKind::entity) && is_agent_type(m - 1)) agents.push_back(m - 1);
                    if (!agents.empty()) return agents;
                }
                while (p > 0 && (is_comma(p - 1) || is_close_paren(p - 1))) --p;
                // "8-prenylnaringenin, one of the most potent plant oestrogens known, which
                // activates oestrogen receptors": the clause describes the name the "one of"
                // aside ranks among its kind, not the kind.
                for (std::size_t m = p; m >= 4 && p - m < 9; --m) {
                    if (!is_word(m - 1, "the") || !is_word(m - 2, "of") || !is_word(m - 3, "one")) {
                        if (is_comma(m - 1) || is(m - 1, ChunkKind::predicate) || is(m - 1, ChunkKind::boundary)) break;
                        continue;
                    }
                    if (is_comma(m - 4) && m >= 5 && is(m - 5, ChunkKind::entity) && !c_[m - 5].anaphoric && is_agent_type(m - 5))
                        return group_left(m - 5);
                    break;
                }
                // "buprenorphine, a partial agonist at the mu-opioid receptor that eases cravings":
                // the relative clause describes the agonist, not the receptor it acts at; the
                // agonist is the name the appositive describes.
                if (p >= 2 && is(p - 1, ChunkKind::entity) && !c_[p - 1].anaphoric &&
                    (entity(c_[p - 1].entity).type == EntityType::receptor ||
                     entity(c_[p - 1].entity).type == EntityType::transporter)) {
                    std::size_t a = p - 2;
                    if (a > 0 && is_word(a, "the")) --a;
                    if (is(a, ChunkKind::predicate) && (c_[a].cue.agent || c_[a].cue.predicate == Predicate::binds) &&
                        !c_[a].cue.verb) {
                        std::size_t b = a;
                        while (b > 0 && a - b < 3 && is(b - 1, ChunkKind::word) && !is_comma(b - 1)) --b;
                        if (b >= 2 && is_comma(b - 1) && is(b - 2, ChunkKind::entity) && is_agent_type(b - 2))
                            return group_left(b - 2);
                    }
                }
                // "dopamine and serotonin activity in the brain, which could help lift mood": a
                // place phrase after the names is passed over to them.
                // ("alpha-2 receptors on nerve cells, which normally act as a brake on ...": a
                // receptor, transporter or enzyme is where it sits, with no article needed.)
                {
                    std::size_t l = p;
                    while (l > 0 && p - l < 3 && is(l - 1, ChunkKind::word) && !is_word(l - 1, "in") && !is_word(l - 1, "on"))
                        --l;
                    const auto sits = [&](std::size_t e) {
                        const EntityType t = entity(c_[e].entity).type;
                        return is_protein_type(t);
                    };
                    if (l >= 2 && l < p && (is_word(l - 1, "in") || is_word(l - 1, "on")) && is(l - 2, ChunkKind::entity) &&
                        ((is_word(l - 1, "in") && c_[l].cue.cls == CueClass::determiner) || sits(l - 2)))
                        p = l - 1;
                }
                // "rich in withanolides, natural compounds that help the body adapt to
                // stress", "mitragynine, an alkaloid that binds ...": a noun phrase set off by
                // a comma describes the names before it, not the plant a part-word points to.
                if (p > 0 && (is(p - 1, ChunkKind::word) || c_[p - 1].cue.cls == CueClass::constituent)) {
                    std::size_t l = p - 1;
                    // (A longer phrase opens with an article: "the endocannabinoid system (ECS),
                    // a network of receptors and signaling molecules that helps ...".)
                    auto inside = [&](std::size_t q) {
                        return (is(q, ChunkKind::word) && !is_hyphen(q) && s_.tokens[c_[q].first].kind == TokenKind::word) ||
                               (is(q, ChunkKind::connector) && !is_comma(q) && norm(c_[q].first) != "(");
                    };
                    while (l > 0 && p - l < 8 && inside(l - 1)) --l;
                    while (p - l >= 4 && l < p - 1 && !opens_noun_phrase(l)) ++l;
                    // The name the phrase follows, past its bracketed abbreviation.
                    std::size_t named = l >= 2 ? l - 2 : 0;
                    if (l >= 5 && is_close_paren(l - 2) && (is(l - 3, ChunkKind::word) || is(l - 3, ChunkKind::entity)) &&
                        is(l - 4, ChunkKind::connector) &&
                        norm(c_[l - 4].first) == "(")
                        named = l - 5;
                    // ("blocks nicotinic receptors, an action that may reduce craving": a noun that
                    // sums up the clause leaves the antecedent to the search below.)
                    if (l >= 2 && is_comma(l - 1) && is(named, ChunkKind::entity) &&
                        !roles_.has(norm(c_[p - 1].first), WordRole::summary)) {
                        std::vector<std::size_t> head;  // the whole list, targets of an earlier cue too
                        for (std::size_t m = named + 1; m > 0 && (is(m - 1, ChunkKind::entity) || is(m - 1, ChunkKind::connector)); --m)
                            if (is(m - 1, ChunkKind::entity)) head.push_back(m - 1);
                        return head;
                    }
                }
                // "inhibits the reuptake of serotonin and norepinephrine, which strengthens
                // ...": a singular verb after a list has the clause for its antecedent.
                // (So after a plural name: "binds to mu-opioid receptors, which relieves pain".)
                // ("which is thought to reduce ...": the first verb after "which" tells its number.)
                if (p > 0 && is(p - 1, ChunkKind::entity) && singular_after(q)) {
                    auto plural = [&](std::string_view w) {
                        return w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us");
                    };
                    // ("prolactin, the hormone that controls milk production": an appositive that
                    // names the same thing again is no list.)
                    const bool list = p >= 3 && is(p - 2, ChunkKind::connector) && is(p - 3, ChunkKind::entity) &&
                                      !(c_[p - 1].anaphoric && c_[p - 1].entity == c_[p - 3].entity);
                    if (list || plural(norm(c_[p - 1].last - 1))) continue;
                }
                // "CBD inhibits CYP3A4, which can increase blood levels of clobazam": an enzyme an
                // earlier verb lowered does not raise what it breaks down; the lowering does, and
                // the search goes on to that clause's subject.
                // (A verb that lowers is still the enzyme's: "which does not break down caffeine";
                // "which slows the breakdown of these neurotransmitters" raises them.)
                // So for any other name an earlier verb lowered, when "which" after a comma is
                // the subject of its clause: "can lower the amount of sodium in the blood, which
                // may cause confusion" (a lack of sodium confuses, not sodium). Not "relieve
                // anxiety that is causing distress" (which anxiety), nor "inactivating vitamin
                // B12, which the body needs to produce myelin" (its object).
                // (Nor "alpha-2 receptors, which normally act as a brake on ...": what the name
                // does when nothing blocks it.)
                const bool lowering_is_antecedent = norm(c_[q].first) == "which" && is_comma(q - 1) && q + 1 < c_.size() &&
                                                    !is(q + 1, ChunkKind::entity) && !is(q + 1, ChunkKind::person) &&
                                                    !(is(q + 1, ChunkKind::word) && opens_noun_phrase(q + 1)) &&
                                                    !is_word(q + 1, "normally") && !is_word(q + 1, "usually") &&
                                                    !is_word(q + 1, "ordinarily") && !describes_use(q + 1);
                if (p > 0 && is(p - 1, ChunkKind::entity) &&
                    (entity(c_[p - 1].entity).type == EntityType::enzyme
                         ? (c_[c].cue.predicate == Predicate::increases) != reversed_[c]
                         : lowering_is_antecedent) &&
                    is_target_[p - 1] && target_cue_[p - 1] && is(*target_cue_[p - 1], ChunkKind::predicate) &&
                    c_[*target_cue_[p - 1]].cue.predicate == Predicate::decreases)
                    continue;
                // "L-theanine 200 mg – an amino acid from green tea that promotes calm focus": the
                // name after "from" tells where the appositive's noun comes from; the relative
                // clause is about that noun, which describes the name before the appositive.
                if (p >= 2 && is(p - 1, ChunkKind::entity) && (is_word(p - 2, "from") || is_word(p - 2, "in"))) {
                    std::size_t a = p - 2;
                    // (The noun may be an anaphor already: "a compound found in kratom".)
                    while (a > 0 && p - 2 - a < 4 && (is(a - 1, ChunkKind::word) || (is(a - 1, ChunkKind::entity) && c_[a - 1].anaphoric)) &&
                           !is_word(a - 1, "a") && !is_word(a - 1, "an"))
                        --a;
                    if (a >= 2 && (is_word(a - 1, "a") || is_word(a - 1, "an")))
                        if (const auto named = labelled_name_before(a - 2)) return group_left(*named);
                }
                // "Apigenin (50 mg): the chamomile flavonoid that binds GABA-A receptors": a class
                // named after its source, in a label's description, is the labelled name.
                if (p >= 4 && is(p - 1, ChunkKind::entity) && is(p - 2, ChunkKind::entity) && !c_[p - 1].anaphoric &&
                    !c_[p - 2].anaphoric && (is_word(p - 3, "the") || is_word(p - 3, "a") || is_word(p - 3, "an")))
                    if (const auto named = labelled_name_before(p - 4)) return group_left(*named);
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
                    // "its action in the brain has a calming effect that reduces anxiety": an
                    // effect the subject has does what the clause after it says; the subject does.
                    if (members.size() == 1 && is_condition(p - 1) &&
                        (norm(c_[p - 1].last - 1) == "effect" || norm(c_[p - 1].last - 1) == "effects")) {
                        std::size_t v = p - 1;
                        while (v > 0 && p - 1 - v < 3 && is(v - 1, ChunkKind::word) &&
                               (is_word(v - 1, "a") || is_word(v - 1, "an") || norm(c_[v - 1].first).ends_with("ly") ||
                                is_word(v - 1, "mild") || is_word(v - 1, "strong") || is_word(v - 1, "gentle")))
                            --v;
                        if (v > 1 && (is_word(v - 1, "has") || is_word(v - 1, "have") || is_word(v - 1, "had") ||
                                      is_word(v - 1, "exerts") || is_word(v - 1, "produces")))
                            if (auto owner = clause_subject_before(v - 1); !owner.empty()) return owner;
                    }
                    // "Sertraline is an SSRI that blocks SERT": the relative clause
                    // describes the copula's subject.
                    if (auto copula_subject = subject_of_copula(r)) return *copula_subject;
                    // "Methylphenidate (MPH), a psychostimulant that inhibits DAT": so it does the
                    // name an appositive's class describes.
                    if (members.size() == 1 && !c_[p - 1].anaphoric && is_agent_type(p - 1))
                        if (auto named = described_by_appositive(p - 1)) return *named;
                    return members;
                }
                // "... interact with the brain's neurotransmitter systems, which are pivotal
                // in regulating mood": the clause is about the plural noun it follows, no entity.
                if (p > 0 && is(p - 1, ChunkKind::word)) {
                    const std::string_view w = norm(c_[p - 1].first);
                    // "Datura seeds, which contain scopolamine, ...": the part of a plant named
                    // right before it is the plant.
                    if (p >= 2 && roles_.has(w, WordRole::substance_head) && is(p - 2, ChunkKind::entity) &&
                        !c_[p - 2].anaphoric && !is_target_[p - 2] && entity(c_[p - 2].entity).type == EntityType::substance)
                        return std::vector<std::size_t>{p - 2};
                    // "alprazolam calms overactive circuits, which reduces anxiety": a singular
                    // verb after a plural noun has the clause before for its antecedent; the
                    // search goes on to that clause's subject.
                    if (singular_after(q)) continue;
                    if (w.size() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us")) {
                        // "ibuprofen, naproxen and other anti-inflammatory painkillers, which can
                        // weaken the effect of prazosin": the names before "and other" are of
                        // the kind, and the clause is about them too.
                        // (So "sildenafil, tadalafil or similar medicines for erection problems".)
                        for (std::size_t r = p - 1; r >= 3 && p - r <= 6 && !is_comma(r) && !is(r, ChunkKind::boundary) &&
                                                    !is(r, ChunkKind::relative) && !(is(r, ChunkKind::predicate) && c_[r].cue.verb);
                             --r)
                            if (is_word(r, "other") || is_word(r, "similar")) {
                                if ((is_and_or_but(r - 1) || is_word(r - 1, "or") || is_mark(r - 1, "or")) &&
                                    is_agent_type(r - 2) && !c_[r - 2].anaphoric)
                                    return group_left(r - 2);
                                break;
                            }
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
            // ("monoamine oxidase (MAO), the enzyme that ...": past the name's bracketed alias.)
            std::size_t named = q;
            if (is_comma(q) && q > 2 && is_close_paren(q - 1))
                if (auto open = open_paren_before(q - 1, 5); open && *open > 0) named = *open;
            if (is_comma(q) && named > 0 && q + 1 < from && is(named - 1, ChunkKind::entity) && acceptable(named - 1) &&
                opens_noun_phrase(q + 1)) {
                bool only_words = true;
                // ("CYP1A2, the liver enzyme that breaks down duloxetine": its relative clause too.)
                for (std::size_t k2 = q + 1; k2 < from && only_words; ++k2)
                    only_words = is(k2, ChunkKind::word) || is(k2, ChunkKind::predicate) ||
                                 (is(k2, ChunkKind::relative) && k2 + 1 == from);
                if (only_words) {
                    // The whole list the appositive describes: "GABA, serotonin and dopamine,
                    // the brain chemicals that help regulate mood" (targets of an earlier cue too).
                    std::vector<std::size_t> head;
                    for (std::size_t m = q; m > named; --m)  // names inside the brackets: "Phenelzine (PLZ), a ..."
                        if (is(m - 1, ChunkKind::entity) && acceptable(m - 1)) head.push_back(m - 1);
                    for (std::size_t m = named; m > 0 && (is(m - 1, ChunkKind::entity) || is(m - 1, ChunkKind::connector)); --m)
                        if (is(m - 1, ChunkKind::entity) && acceptable(m - 1)) head.push_back(m - 1);
                    if (!head.empty()) return head;
                }
            }
            // "Regular use can lead to dependence, and abrupt withdrawal can cause agitation":
            // a condition that opens its clause is that clause's subject, and a condition acting
            // on conditions is no claim; the search does not go on to the clause before.
            if (conditions_only_targets && is_condition(q) && !c_[q].anaphoric) {
                std::size_t o = q;
                while (o > 0 && is(o - 1, ChunkKind::word) && s_.tokens[c_[o - 1].first].kind == TokenKind::word &&
                       !is_word(o - 1, "of") && !is_word(o - 1, "in") && !is_word(o - 1, "with") && !is_word(o - 1, "by"))
                    --o;
                const bool after_comma_and =
                    o >= 2 && is(o - 1, ChunkKind::connector) && norm(c_[o - 1].first) == "and" && is_comma(o - 2);
                const bool opens = o == 0 || is(o - 1, ChunkKind::boundary) || after_comma_and;
                // (Only when the condition stands right before the verb, hedges and adverbs
                // between: "and worry, allowing individuals to experience ..." is a list.)
                bool right_before = q + 1 < from;
                for (std::size_t v = q + 1; v < from && right_before; ++v)
                    right_before = is(v, ChunkKind::hedge) || is(v, ChunkKind::negation) ||
                                   (is(v, ChunkKind::word) && norm(c_[v].first).ends_with("ly"));
                if (opens && right_before) return {};
            }
            // "nicotine withdrawal increases anxiety": the condition is the head; the name before modifies it.
            if (modifies_next(q) && !acceptable(q + 1)) return {};
            // "it is less likely than amphetamine to cause dependence": a name compared
            // against is not the subject.
            if (is(q, ChunkKind::entity) && !c_[q].anaphoric && compared(q)) continue;
            // "It is taken up by DAT and NET, reverses the direction of transport and so causes
            // the release of dopamine": the agent of an earlier passive is no subject of a verb
            // coordinated after it; the passive's subject is.
            if (is(q, ChunkKind::entity) && c_[c].kind == ChunkKind::predicate) {
                std::size_t b = q;
                while (b > 0 && q - b < 12 &&
                       (is(b - 1, ChunkKind::entity) || is(b - 1, ChunkKind::connector) || is_word(b - 1, "the")))
                    --b;
                bool coordinated = false;
                for (std::size_t m = q + 1; m < from && !coordinated; ++m) coordinated = is_comma(m) || is_mark(m, "and");
                if (b > 0 && is_word(b - 1, "by") && coordinated) {
                    std::size_t v = b - 1;  // back over the participle ("taken up", "metabolised mainly")
                    while (v > 0 && b - 1 - v < 4 && !is_finite_be(v - 1) &&
                           (is(v - 1, ChunkKind::word) || is(v - 1, ChunkKind::predicate)))
                        --v;
                    if (v >= 2 && is_finite_be(v - 1) && is(v - 2, ChunkKind::entity) && is_agent_type(v - 2))
                        return group_left(v - 2);
                }
            }
            // "The resulting increase in dopamine is thought to underlie euphoria": a rise in
            // a messenger that opens the clause is the verb's subject, and the messenger is
            // what brings the outcome on (the seed guide's mediators).
            if (is_target_[q] && target_cue_[q] && *target_cue_[q] + 1 == q && c_[c].kind == ChunkKind::predicate &&
                c_[c].cue.verb && is(q, ChunkKind::entity) && is_messenger(q)) {
                const std::size_t n = *target_cue_[q];
                const Chunk& noun = c_[n];
                bool opens = noun.kind == ChunkKind::predicate && !noun.cue.verb && noun.cue.predicate == Predicate::increases;
                for (std::size_t r = clause_start(n); r < n && opens; ++r) opens = is(r, ChunkKind::word);
                if (opens) return {q};
            }
            // ("Nabilone, a synthetic analogue of THC licensed for nausea, acts as ...": past the
            // appositive's comma, its "of" names no subject; the name it describes is.)
            if (is(q, ChunkKind::entity) && !is_target_[q] && acceptable(q) && q + 1 < from)
                if (const auto owner = owner_of_appositive_object(q)) {
                    bool closed = false;
                    for (std::size_t m = q + 1; m < from && !closed; ++m) closed = is_comma(m);
                    if (closed) return {*owner};
                }
            if (is(q, ChunkKind::entity) && !is_target_[q] && acceptable(q)) {
                std::vector<std::size_t> g = group_left(q);
                // ("By correcting the balance of these chemical messengers, Risperidone can ease":
                // what an opening phrase points back to, of another kind, is no member.)
                if (q >= 2 && is_comma(q - 1) && !c_[q].anaphoric && is_agent_type(q))
                    std::erase_if(g, [&](std::size_t m) {
                        return m < q && c_[m].anaphoric && is_messenger(m);
                    });
                // "Caffeine in coffee is linked to anxiety", "The flavonoids in ginkgo neutralize free
                // radicals": the substance before "in" is a subject too (the one it is in does it
                // through it).
                if (const std::size_t lo = *std::min_element(g.begin(), g.end());
                    lo >= 2 && is_agent_type(q) && is_word(lo - 1, "in") && is_agent_type(lo - 2) && !c_[lo - 2].anaphoric &&
                    !is_target_[lo - 2]) {
                    std::vector<std::size_t> both = group_left(lo - 2);
                    both.insert(both.end(), g.begin(), g.end());
                    // ("Caffeine, the stimulant in coffee, blocks adenosine receptors": set off
                    // as an appositive, they describe the name before it, which is the subject.)
                    if (auto head = appositive_head(both)) return *head;
                    return both;
                }
                if (auto taker = taken_with(*std::min_element(g.begin(), g.end()), q)) return *taker;
                if (auto partners = combined_with_label(q); !partners.empty()) {
                    partners.insert(partners.begin(), q);
                    return partners;
                }
                if (lacking(*std::min_element(g.begin(), g.end())) || considered(*std::min_element(g.begin(), g.end())) ||
                    stopped(*std::min_element(g.begin(), g.end())))
                    return {};
                if (auto head = appositive_head(g)) return *head;
                // "Solriamfetol, a wake-promoting agent approved for sleepiness in narcolepsy,
                // inhibits ...": outcomes named inside an appositive set off by commas before the
                // verb are what the name before it is for; that name is the subject.
                if (from >= 3 && is_comma(from - 1) &&
                    std::all_of(g.begin(), g.end(), [&](std::size_t m) { return is_condition(m); }))
                    for (std::size_t p = *std::min_element(g.begin(), g.end()); p > 1 && from - p < 16; --p) {
                        if (is(p - 1, ChunkKind::boundary) || is(p - 1, ChunkKind::relative)) break;
                        if (!is_comma(p - 1)) continue;
                        if (p >= 2 && is(p - 2, ChunkKind::entity) && is_agent_type(p - 2) && !is_target_[p - 2] &&
                            opens_noun_phrase(p))
                            return group_left(p - 2);
                        break;
                    }
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
            // "Kratom helps you fall asleep": the person after a verb is its object.
            if (is(q, ChunkKind::person) && !c_[q].anaphoric && q > 0 && is(q - 1, ChunkKind::predicate) &&
                c_[q - 1].cue.verb)
                continue;
            // "and in older people a single dose can provoke panic attacks": people after "in"
            // or "among", with the clause's own subject after them ("a single dose"), are where
            // the effect shows, not who brings it on.
            if (is(q, ChunkKind::person) && !c_[q].anaphoric) {
                std::size_t w = q;
                while (w > 0 && q - w < 2 && is(w - 1, ChunkKind::word) && !is_word(w - 1, "in") && !is_word(w - 1, "among"))
                    --w;
                bool own_subject = false;
                for (std::size_t k = from; k > q + 1 && !own_subject; --k) {
                    if (!is(k - 1, ChunkKind::word) && !is(k - 1, ChunkKind::hedge) && !is(k - 1, ChunkKind::negation)) break;
                    own_subject = is_word(k - 1, "a") || is_word(k - 1, "an") || is_word(k - 1, "the") || is_word(k - 1, "each");
                }
                if (w > 0 && (is_word(w - 1, "in") || is_word(w - 1, "among")) && own_subject) continue;
                // ("reduced depressive symptoms in patients with bipolar depression, without weight
                // gain": a phrase of in whom, closed by the comma before the cue, is an aside.)
                bool aside = w > 0 && (is_word(w - 1, "in") || is_word(w - 1, "among")) && from > q + 1 && is_comma(from - 1);
                for (std::size_t k = q + 1; k + 1 < from && aside; ++k)
                    aside = is(k, ChunkKind::word) || is(k, ChunkKind::connector) || is_condition(k);
                if (aside) continue;
            }
            if (is(q, ChunkKind::person)) return c_[q].anaphoric ? std::vector<std::size_t>{q} : std::vector<std::size_t>{};
        }
        return fronted_clause_subject(c);
    }

    // "reduce the effect of levodopa, which is used to treat Parkinson's disease": a passive
    // of use after "which" at chunk k describes the name before it; no lowering of it.
    bool describes_use(std::size_t k) const {
        if (!(is_word(k, "is") || is_word(k, "are") || is_word(k, "was") || is_word(k, "were"))) return false;
        std::size_t q = k + 1;
        if (is(q, ChunkKind::word) && norm(c_[q].first).ends_with("ly")) ++q;  // "commonly used"
        if (!is(q, ChunkKind::word) && !is(q, ChunkKind::predicate)) return false;
        const std::string_view w = norm(c_[q].first);
        return w == "used" || w == "prescribed" || w == "given" || w == "approved" || w == "taken";
    }

    // "rich in crocin and safranal, compounds shown in lab studies to inhibit ...": a noun
    // set off by a comma after names, with a participle and "to" before the cue, says the
    // cue of those names (targets of an earlier cue too).
    std::vector<std::size_t> reduced_relative_head(std::size_t c) const {
        std::size_t r = c;
        while (r > 0 && (is(r - 1, ChunkKind::hedge) || is(r - 1, ChunkKind::negation))) --r;
        if (r < 4 || !is_word(r - 1, "to")) return {};
        std::size_t p = r - 1;
        bool participle = false;
        while (!participle && p > 0 && r - 1 - p < 5 && is(p - 1, ChunkKind::word)) {
            --p;
            const std::string_view w = norm(c_[p].first);
            participle = w == "shown" || w == "known" || w == "found" || w == "thought" || w == "believed" ||
                         w == "said" || w == "proven" || w == "demonstrated";
        }
        if (!participle) return {};
        std::size_t l = p;
        while (l > 0 && p - l < 3 && is(l - 1, ChunkKind::word) && s_.tokens[c_[l - 1].first].kind == TokenKind::word) --l;
        if (l == p || l < 2 || !is_comma(l - 1) || !is(l - 2, ChunkKind::entity)) return {};
        // ("L-theanine, an amino acid found in green tea, is known to increase ...": a finite
        // verb makes it the main clause, whose subject came before the appositive.)
        for (std::size_t q = l; q < p; ++q)
            if (is_finite_be(q)) return {};
        std::vector<std::size_t> head;
        for (std::size_t m = l - 1; m > 0 && (is(m - 1, ChunkKind::entity) || is(m - 1, ChunkKind::connector)); --m)
            if (is(m - 1, ChunkKind::entity) && is_agent_type(m - 1)) head.push_back(m - 1);
        return head;
    }

    // "Other medicines that raise serotonin, such as tramadol and lithium, ...", "Drugs
    // that block dopamine receptors, including haloperidol, ...": a relative clause on a
    // class noun is said of the members named after it.
    std::vector<std::size_t> members_of_described_class(std::size_t c) const {
        std::size_t r = c;
        // ("medicines that strongly block CYP3A4": an adverb in -ly too.)
        while (r > 0 && (is(r - 1, ChunkKind::hedge) || is(r - 1, ChunkKind::negation) ||
                         (is(r - 1, ChunkKind::word) && norm(c_[r - 1].first).ends_with("ly"))))
            --r;
        if (r < 2 || !(is_word(r - 1, "that") || is_word(r - 1, "which") ||
                       (is(r - 1, ChunkKind::relative) && (norm(c_[r - 1].first) == "that" || norm(c_[r - 1].first) == "which"))))
            return {};
        // ("Antipsychotics that block dopamine D2 receptors, such as haloperidol and risperidone,
        // worsen parkinsonism": a class the lexicon names, in the plural, as well.)
        const std::string_view noun = norm(c_[r - 2].last - 1);
        const bool class_name = is(r - 2, ChunkKind::entity) && !c_[r - 2].anaphoric && is_agent_type(r - 2);
        if ((!is(r - 2, ChunkKind::word) && !class_name) || noun.size() < 4 || !noun.ends_with('s') || noun.ends_with("ss"))
            return {};
        std::size_t k = c + 1;
        while (k + 1 < c_.size() && k <= c + 8 && !is_comma(k) && !is(k, ChunkKind::predicate) &&
               !is(k, ChunkKind::boundary) && !is(k, ChunkKind::relative))
            ++k;
        if (k + 1 >= c_.size() || !is_comma(k) || !is(k + 1, ChunkKind::connector)) return {};
        const std::string_view opener = norm(c_[k + 1].first);
        if (opener != "such" && opener != "including" && opener != "like") return {};
        std::vector<std::size_t> members;
        for (std::size_t m = k + 2; m < c_.size(); ++m) {
            if (is(m, ChunkKind::predicate) || is(m, ChunkKind::hedge) || is(m, ChunkKind::negation) ||
                is(m, ChunkKind::boundary) || is(m, ChunkKind::relative) || is(m, ChunkKind::without))
                break;
            // ("triptans for migraine": what a member is for is no member.)
            if (is(m, ChunkKind::entity) && is_agent_type(m) && !(m > 0 && is_word(m - 1, "for"))) members.push_back(m);
        }
        return members;
    }

    // "X, but not Y, ..." and "X, not Y, ...": the name after "not", set off by commas, is
    // left out of what the clause says.
    bool excluded(std::size_t q) const {
        // "Kava (not a benzo) reduces anxiety": the same in brackets, an article between.
        const std::size_t a = q >= 3 && (is_word(q - 1, "a") || is_word(q - 1, "an")) ? q - 1 : q;
        if (a >= 2 && is(a - 1, ChunkKind::negation) && norm(c_[a - 1].first) == "not" && is_mark(a - 2, "(") &&
            is_close_paren(q + 1))
            return true;
        if (q < 2 || !is(q - 1, ChunkKind::negation) || norm(c_[q - 1].first) != "not") return false;
        const bool opens = is_comma(q - 2) || (q >= 3 && is_word(q - 2, "but") && is_comma(q - 3));
        if (!opens) return false;
        for (std::size_t e = q + 1; e < c_.size() && e < q + 4; ++e) {
            if (is_comma(e)) return true;
            if (!is(e, ChunkKind::word) && !is(e, ChunkKind::entity)) return false;
        }
        return false;
    }

    // "less likely than amphetamine", "Unlike most opioids, tramadol ...", "Like other
    // opioids, it binds ...": a name compared against (a quantifier may stand between)
    // is not what the clause is about.
    bool compared(std::size_t q) const {
        // "Unlike delta-9-tetrahydrocannabinol (THC), CBD ...": the abbreviation of a name
        // compared against is compared against too.
        if (q >= 2 && is_mark(q - 1, "(") && is(q - 2, ChunkKind::entity) && is_close_paren(q + 1))
            return compared(q - 2);
        std::size_t p = q;
        for (std::size_t steps = 0; steps < 2 && p > 0 && is(p - 1, ChunkKind::word) &&
                                    (is_word(p - 1, "most") || is_word(p - 1, "other") || is_word(p - 1, "many") ||
                                     is_word(p - 1, "some") || is_word(p - 1, "all") || is_word(p - 1, "the"));
             ++steps)
            --p;
        // ("Unlike classical psychedelics": one adjective right after the contrast word.)
        if (p >= 2 && is(p - 1, ChunkKind::word) && s_.tokens[c_[p - 1].first].kind == TokenKind::word &&
            is(p - 2, ChunkKind::word) && roles_.has(norm(c_[p - 2].first), WordRole::contrast))
            --p;
        if (p == 0) return false;
        if (is(p - 1, ChunkKind::word) && roles_.has(norm(c_[p - 1].first), WordRole::contrast)) return true;
        // "Compared with LSD, the experience is ...", "In contrast to many stimulant
        // phenethylamines, it does not ...", "as opposed to": a name set against.
        if (p >= 2 && (is_word(p - 1, "with") || is_word(p - 1, "to")) &&
            (is_word(p - 2, "compared") || is_word(p - 2, "contrast") || is_word(p - 2, "comparison") ||
             is_word(p - 2, "opposed")))
            return true;
        // "Unlike coffee or energy drinks, maca won't ...", "Unlike SSRIs such as sertraline,
        // ...": every name of the phrase the contrast word opens is compared against, not only
        // the first (the later ones had been taken as the clause's subjects, denied).
        for (std::size_t b = p, steps = 0; b > 0 && steps < 8; --b, ++steps) {
            const std::size_t at = b - 1;
            if (is_word(at, "unlike") && at + 1 < p)
                return true;
            if (is_comma(at) || is(at, ChunkKind::boundary) || is(at, ChunkKind::predicate) ||
                is(at, ChunkKind::relative) || is(at, ChunkKind::negation) || is(at, ChunkKind::hedge))
                break;
        }
        // "Tobacco smoke, but not nicotine itself, inhibits MAO", "THC, not CBD, causes ...".
        if (excluded(q)) return true;
        // ("Caffeine is not addictive in the way nicotine is, but regular use ...": the name
        // after "the way" is compared.)
        if (p >= 2 && is_word(p - 1, "way") && is_word(p - 2, "the")) return true;
        if (p >= 3 && is(p - 1, ChunkKind::word) && !is_word(p - 1, "that") && is_word(p - 2, "way") && is_word(p - 3, "the"))
            return true;
        // "lower doses act more like a stimulant, boosting energy": a class likened to.
        if (q >= 2 && (is_word(q - 1, "a") || is_word(q - 1, "an")) && norm(c_[q - 2].first) == "like") return true;
        // "Drinking alcohol while on duloxetine can make you sleepy": the drug one is on is
        // the setting, not the agent.
        if (p >= 2 && is_word(p - 1, "on")) {  // ("while" may be a clause boundary)
            const std::string_view w = norm(c_[p - 2].first);
            if (w == "while" || w == "when" || w == "whilst") return true;
        }
        // "pills sold as diazepam and oxycodone contained protonitazene", "tablets made to
        // look like oxycodone": what a thing passes for is not what it is.
        if (std::size_t f = first_of_list(q); f >= 2) {
            const std::string_view before = norm(c_[f - 2].first);
            if (is_word(f - 1, "as") && (before == "sold" || before == "marketed" || before == "disguised" ||
                                         before == "passed" || before == "labelled" || before == "labeled" ||
                                         before == "mislabeled" || before == "mislabelled" || before == "branded"))
                return true;
            if (norm(c_[f - 1].first) == "like" && before == "look") return true;
        }
        // "Counterfeit \"Adderall\" seized by the DEA has contained methamphetamine", "fake
        // Xanax bars": a fake is not the drug it passes for.
        if (std::size_t f = first_of_list(q); f >= 1) {
            std::size_t w = f - 1;
            if (w > 0 && is_quote(w)) --w;
            const std::string_view before = norm(c_[w].first);
            if (is(w, ChunkKind::word) && (before == "counterfeit" || before == "fake" || before == "bogus" ||
                                           before == "knockoff" || before == "pressed"))
                return true;
        }
        // A fronted "Like X, ...".
        return p == 1 && norm(c_[0].first) == "like";
    }
    // The first member of the list of names that holds chunk q ("diazepam and oxycodone").
    std::size_t first_of_list(std::size_t q) const {
        while (q >= 2 && is(q - 1, ChunkKind::connector) && !is_mark(q - 1, "(") && is(q - 2, ChunkKind::entity)) q -= 2;
        return q;
    }

    // "- MAO inhibitors: Concomitant use is contraindicated; the combination increases the
    // risk of hypertensive reactions": in a list of interactions, the use together that
    // stands for the topic (`q`) is its use with the drugs the item is labelled with, and
    // those do it too (as with taken_with).
    std::vector<std::size_t> combined_with_label(std::size_t q) const {
        // (The chunker lets a use stand for the topic past a label of substances only when
        // it is said to be together: "- Alcohol: Heavy use ..." is alcohol's, no anaphor.)
        if (!c_[q].anaphoric || !roles_.has(norm(c_[q].last - 1), WordRole::use) || s_.label_end == 0 ||
            q < s_.label_end)
            return {};
        std::vector<std::size_t> label;
        for (std::size_t k = 0; k + 1 < s_.label_end; ++k)
            if (is(k, ChunkKind::entity)) {
                if (c_[k].anaphoric || !is_agent_type(k) || c_[k].entity == c_[q].entity) return {};
                label.push_back(k);
            }
        return label;
    }

    // "Taking alprazolam with opioids can cause ...", "L-theanine combined with caffeine
    // improves ...": what is taken together does it together, the drug taken and what it
    // is taken with (most annotators credit both). `lo` is the first member of the group
    // after "with", `hi` its last.
    std::optional<std::vector<std::size_t>> taken_with(std::size_t lo, std::size_t hi) const {
        // "with antidepressants such as SSRIs or MAOIs", "with opioid medicines, alcohol, or
        // other depressants": back over the list (its words too) to "with".
        // ("Using temazepam at the same time as opioids": so does that phrase.)
        auto same_time_as = [&](std::size_t as) {
            return as >= 5 && is_word(as, "as") && is_word(as - 1, "time") && is_word(as - 2, "same") &&
                   is_word(as - 3, "the") && is_word(as - 4, "at");
        };
        for (std::size_t w = lo; w > 1 && lo - w < 8; --w) {
            if (is_word(w - 1, "with") || same_time_as(w - 1)) {
                lo = w;
                break;
            }
            if (!is(w - 1, ChunkKind::word) && !is(w - 1, ChunkKind::connector) && !is(w - 1, ChunkKind::entity) &&
                !is(w - 1, ChunkKind::predicate))
                break;
        }
        const bool same_time = same_time_as(lo - 1);
        if (lo < 3 || !(is_word(lo - 1, "with") || same_time)) return std::nullopt;
        std::size_t e = same_time ? lo - 6 : lo - 2;
        const bool joined = same_time || is_word(e, "combined") || is_word(e, "together") || is_word(e, "along") ||
                            is_word(e, "mixed");
        if (joined && !same_time) --e;  // (before "at the same time as" stands the name itself)
        if (joined && e > 0 && (is_word(e, "is") || is_word(e, "are") || is_word(e, "often"))) --e;  // "It is combined with"
        if (!is(e, ChunkKind::entity) || is_target_[e] || !is_agent_type(e)) return std::nullopt;
        std::vector<std::size_t> g = group_left(e);
        const std::size_t first = *std::min_element(g.begin(), g.end());
        // ("Concomitant use with MAOIs": the use word, which stands for the topic, is the drug taken.)
        const bool use = c_[e].anaphoric && roles_.has(norm(c_[e].last - 1), WordRole::use);
        // ("Co-administration of trazodone with warfarin": the use of it, with them.)
        const bool use_of = first >= 2 && is_word(first - 1, "of") && is(first - 2, ChunkKind::word) &&
                            roles_.has(norm(c_[first - 2].last - 1), WordRole::use);
        if (!joined && !use && !use_of &&
            !(first > 0 && is(first - 1, ChunkKind::word) && roles_.has(norm(c_[first - 1].first), WordRole::intake)))
            return std::nullopt;
        // The partners: the substances named after "with" ("with opioid medicines, alcohol,
        // or other central nervous system depressants").
        for (std::size_t m = lo; m <= hi && m < c_.size(); ++m)
            if (is(m, ChunkKind::entity) && !c_[m].anaphoric && !is_target_[m] && is_agent_type(m)) g.push_back(m);
        return g;
    }

    // An appositive opens with an article or a number after the comma ("X, a
    // hormone ...", "X and Y, two alkaloids ...") or another word ("X, unlike Y,"),
    // not with an entity, which would make it a list.
    bool opens_appositive(std::size_t k) const { return (is(k, ChunkKind::word) && !is_hyphen(k)) || is(k, ChunkKind::person); }
    // "a hormone ...", "two alkaloids ...", "one of": an article or a number opens a noun phrase
    // (and not a verb: "THC, ..., is a partial agonist").
    bool opens_noun_phrase(std::size_t k) const {
        if (!is(k, ChunkKind::word)) return false;
        if (c_[k].cue.cls == CueClass::determiner || is_number(k)) return true;
        static constexpr std::string_view kOpeners[] = {"a", "an", "the", "one", "two", "three", "both", "several", "many"};
        return std::find(std::begin(kOpeners), std::end(kOpeners), norm(c_[k].first)) != std::end(kOpeners);
    }

    // "Mitragynine and 7-OH, two alkaloids found in kratom, reduce pain": an entity
    // group set off by commas after another names only a detail of that head.
    // The "a" or "an" that opens the noun phrase of the class name at chunk `k`, past its
    // modifiers: names, words, denials and "non-X" adjectives ("a non-intoxicating
    // phytocannabinoid").
    std::optional<std::size_t> article_before(std::size_t k) const {
        std::size_t a = k;
        while (a > 0 && k - a < 5 && !is_word(a - 1, "a") && !is_word(a - 1, "an") &&
               (is(a - 1, ChunkKind::word) || is(a - 1, ChunkKind::negation) || is(a - 1, ChunkKind::entity) ||
                (is(a - 1, ChunkKind::predicate) && a > 1 && is_hyphen(a - 2))))
            --a;
        if (a == 0 || !(is_word(a - 1, "a") || is_word(a - 1, "an"))) return std::nullopt;
        return a - 1;
    }

    // "theobromine (the gentle stimulant found in dark chocolate)", "(a weaker stimulant)": the
    // bracket that opens, with an article, a description of the name before it, in which chunk
    // `k` stands (a few words after the article); that name is an agent.
    std::optional<std::size_t> bracketed_description_start(std::size_t k) const {
        std::size_t a = k;
        while (a > 0 && k - a < 4 && is(a - 1, ChunkKind::word) && !is_word(a - 1, "a") && !is_word(a - 1, "an") &&
               !is_word(a - 1, "the"))
            --a;
        if (a < 3 || !(is_word(a - 1, "a") || is_word(a - 1, "an") || is_word(a - 1, "the")) || !is_mark(a - 2, "(") ||
            !is(a - 3, ChunkKind::entity) || !is_agent_type(a - 3))
            return std::nullopt;
        return a - 2;
    }

    // The name a label line or an appositive describes, before the comma, colon or dash at
    // `b`: "L-theanine 200 mg – an amino acid ...", "Apigenin (50 mg): the chamomile
    // flavonoid ..." (past the dose, bare or bracketed).
    std::optional<std::size_t> labelled_name_before(std::size_t b) const {
        if (!(is_comma(b) || is(b, ChunkKind::boundary))) return std::nullopt;
        std::size_t h = b;
        while (h > 0 && b - h < 3 && is(h - 1, ChunkKind::word) && (is_number(h - 1) || is_unit(h - 1))) --h;
        if (h == b && h > 0 && is_close_paren(h - 1))
            if (const auto open = open_paren_before(h - 1, 4); open && *open > 0) h = *open;
        if (h > 0 && is_agent_type(h - 1) && !c_[h - 1].anaphoric) return h - 1;
        return std::nullopt;
    }

    // The name an appositive that opens with an article before chunk `k` describes:
    // "Cannabidiol (CBD), a non-intoxicating phytocannabinoid" (k at the class).
    std::optional<std::vector<std::size_t>> described_by_appositive(std::size_t k) const {
        // ("theobromine (the gentle stimulant found in dark chocolate)": a bracket may open it,
        // and "the" too.)
        if (const std::optional<std::size_t> open = bracketed_description_start(k))
            return group_left(*open - 1);
        std::optional<std::size_t> article = article_before(k);
        // ("apigenin, the gentle flavonoid found in chamomile": "the" may open it too.)
        if (!article) {
            std::size_t a = k;
            while (a > 0 && k - a < 3 && is(a - 1, ChunkKind::word) && !is_word(a - 1, "the")) --a;
            if (a > 0 && is_word(a - 1, "the")) article = a - 1;
        }
        if (!article || *article < 2 || !is_comma(*article - 1)) return std::nullopt;
        std::size_t e = *article - 2;
        if (is_close_paren(e))
            if (const auto open = open_paren_before(e, 4); open && *open > 0) e = *open - 1;
        if (!is(e, ChunkKind::entity) || !is_agent_type(e)) return std::nullopt;
        return group_left(e);
    }

    std::optional<std::vector<std::size_t>> appositive_head(const std::vector<std::size_t>& g) const {
        const std::size_t lo = *std::min_element(g.begin(), g.end()), hi = *std::max_element(g.begin(), g.end());
        // "Cannabidiol, the second most abundant cannabinoid in most strains, has ...": a few
        // words may end the appositive after the name in it.
        std::size_t close = hi + 1;
        // ("Bromazolam, a close chemical cousin of alprazolam (Xanax), enhances ...": past the
        // name's bracketed alias.)
        if (is_close_paren(close)) ++close;
        else close = past_bracket(close, 5);
        // ("Naltrexone, an opioid antagonist, blocks ...": a noun that is a cue, not a verb,
        // may head the appositive after the name.)
        while (close < c_.size() && close <= hi + 6 &&
               ((is(close, ChunkKind::word) && !is_hyphen(close)) || (is(close, ChunkKind::predicate) && !c_[close].cue.verb)))
            ++close;
        // ("THC, the compound in cannabis that produces the high, binds CB1": a relative clause
        // of a few chunks may end it.)
        if (close == hi + 1 && is(close, ChunkKind::relative)) {
            std::size_t q = close + 1;
            while (q < c_.size() && q <= close + 6 && !is_comma(q) && !is(q, ChunkKind::boundary) &&
                   !is(q, ChunkKind::relative))
                ++q;
            if (q < c_.size() && is_comma(q)) close = q;
        }
        if (!is_comma(close)) return std::nullopt;
        std::size_t k = lo;
        for (std::size_t steps = 0; k > 0 && steps < 8; ++steps, --k) {
            const std::size_t q = k - 1;
            // ("CBD, a non-intoxicating phytocannabinoid from Cannabis sativa, has ...": a class
            // name and a denied property may stand in the appositive before the name.)
            // ("Rosmarinic acid, a compound that is also found in lemon balm, inhibits ...": and
            // a relative clause with no verb the lexicon has.)
            if (is(q, ChunkKind::word) || is(q, ChunkKind::person) || is(q, ChunkKind::negation) || is(q, ChunkKind::relative) ||
                (is(q, ChunkKind::entity) && (c_[q].anaphoric || q + 1 < lo)) ||
                (is(q, ChunkKind::predicate) && q > 0 && is_hyphen(q - 1)))  // "non-sedating"
                continue;
            // ("Cannabidiol (CBD), a ...": the name's bracketed abbreviation before the comma.)
            std::size_t e = q > 0 ? q - 1 : 0;
            if (q > 0 && is_close_paren(e))
                if (const auto open = open_paren_before(e, 4); open && *open > 0) e = *open - 1;
            // ("THC, the compound in cannabis ...": a description the chunker resolved opens it too.)
            const bool description = is(q + 1, ChunkKind::entity) && c_[q + 1].anaphoric &&
                                     (norm(c_[q + 1].first) == "the" || norm(c_[q + 1].first) == "a" ||
                                      norm(c_[q + 1].first) == "an");
            if (q + 1 < lo && is_comma(q) && q > 0 && is(e, ChunkKind::entity) && !is_target_[e] &&
                (opens_appositive(q + 1) || description))
                return group_left(e);
            break;
        }
        return std::nullopt;
    }

    // Is the first verb of the relative clause that opens at `which` singular ("which
    // reduces", "which is thought to", "which has")? A modal or an adverb tells nothing
    // and is passed over.
    bool singular_after(std::size_t which) const {
        for (std::size_t k = which + 1; k < c_.size() && k <= which + 3; ++k) {
            const std::string_view w = norm(c_[k].first);
            if (w == "is" || w == "was" || w == "has" || w == "does") return true;
            if (w == "are" || w == "were" || w == "have" || w == "do") return false;
            if (is(k, ChunkKind::predicate) && c_[k].cue.verb)
                return w.size() > 3 && w.ends_with('s') && !w.ends_with("ss");
            if (!is(k, ChunkKind::hedge) && !(is(k, ChunkKind::word) && (w.ends_with("ly") || w == "also"))) return false;
        }
        return false;
    }

    // "Stopping it abruptly can cause dizziness", "discontinuation of sertraline": what
    // stopping a substance brings on is not what the substance does.
    bool stopped(std::size_t first_member) const {
        std::size_t k = first_member;
        if (k > 0 && is_word(k - 1, "of")) --k;
        return k > 0 && is(k - 1, ChunkKind::word) && roles_.has(norm(c_[k - 1].first), WordRole::cessation);
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
               entity(c_[k + 1].entity).type == EntityType::condition &&
               entity(c_[k].entity).type != EntityType::condition && !c_[k].anaphoric &&
               c_[k].last == c_[k + 1].first;
    }

    // "dementia-related psychosis", "stress-induced insomnia": a condition hyphened to a
    // participle of cause or relation, before another condition, says which kind of the
    // second it is; it is no member of its own.
    bool relates_next(std::size_t k) const {
        if (!is_condition(k) || !is_hyphen(k + 1) || k + 3 >= c_.size()) return false;
        if (!is(k + 2, ChunkKind::word) && !is(k + 2, ChunkKind::predicate)) return false;
        const std::string_view w = norm(c_[k + 2].first);
        if (c_[k + 2].last != c_[k + 2].first + 1 ||
            !(w == "related" || w == "associated" || w == "induced" || w == "driven" || w == "dependent" || w == "linked"))
            return false;
        return is_condition(k + 3) || (is(k + 3, ChunkKind::word) && is_condition(k + 4));
    }

    // "Low magnesium levels", "magnesium deficiency", "serotonin depletion": a subject named
    // as lowered or lacking, whose lack is what acts (the substance then lowers what it
    // brings on).
    // ("Low levels of vitamin D", "Low concentrations of lithium": a measure and "of" between.)
    bool lowered_subject(std::size_t sc) const {
        if (is_condition(sc)) return false;  // ("memory problems lead to frustration")
        return (sc > 0 && is(sc - 1, ChunkKind::word) && roles_.has(norm(c_[sc - 1].first), WordRole::lowered)) ||
               (sc >= 3 && is_word(sc - 1, "of") && is(sc - 2, ChunkKind::word) &&
                roles_.has(norm(c_[sc - 2].first), WordRole::measure) && is(sc - 3, ChunkKind::word) &&
                roles_.has(norm(c_[sc - 3].first), WordRole::lowered)) ||
               (is(sc + 1, ChunkKind::word) && c_[sc + 1].last == c_[sc + 1].first + 1 &&
                roles_.has(norm(c_[sc + 1].first), WordRole::deficit));
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
        // Back over hedges, negations, adverbs and auxiliaries: "but does not prevent".
        auto auxiliary = [&](std::string_view w) {
            return w == "also" || w == "does" || w == "do" || w == "did" || w == "will" || w == "would" || w == "has" ||
                   w == "have" || w == "had" || w.ends_with("ly");
        };
        while (k > 0 && (is(k - 1, ChunkKind::hedge) || is(k - 1, ChunkKind::negation) ||
                         (is(k - 1, ChunkKind::word) && auxiliary(norm(c_[k - 1].first)))))
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
        // "In patients who had failed an SSRI, zinc reduced depressive symptoms and improved
        // sleep quality": the verb before "and" found its subjects; the verb after shares them.
        for (std::size_t v = k - 1; v > from && k - v < 12; --v) {
            if (is(v - 1, ChunkKind::boundary) || is(v - 1, ChunkKind::relative)) break;
            if (!is(v - 1, ChunkKind::predicate) || !c_[v - 1].cue.verb) continue;
            std::vector<std::size_t> shared;
            for (const SentenceClaim& cl : claims_) {
                if (cl.cue_chunk != v - 1 || !cl.unknown_subject.empty()) continue;
                for (std::size_t q = v - 1; q > 0; --q)
                    if (is(q - 1, ChunkKind::entity) && c_[q - 1].entity == cl.subject) {
                        if (std::find(shared.begin(), shared.end(), q - 1) == shared.end()) shared.push_back(q - 1);
                        break;
                    }
            }
            if (!shared.empty()) {
                std::sort(shared.begin(), shared.end());
                return shared;
            }
            break;
        }
        // "In residents with Alzheimer's disease, low-dose dronabinol reduced A and improved B":
        // a phrase of where or in whom that opens the clause, up to its comma, holds no subject.
        if (is(from, ChunkKind::word)) {
            const std::string_view p = norm(c_[from].first);
            if (p == "in" || p == "among" || p == "for" || p == "with" || p == "after" || p == "during" || p == "across")
                for (std::size_t q = from + 1; q + 2 < k; ++q) {
                    if (is(q, ChunkKind::predicate)) break;
                    if (is_comma(q)) {
                        from = q + 1;
                        break;
                    }
                }
        }
        for (std::size_t q = from; q + 1 < k; ++q) {
            if (is(q, ChunkKind::predicate)) return {};  // the first verb comes before any subject
            // ("Unlike THC, CBD has ... and does not produce ...": not the name compared against.)
            if (is(q, ChunkKind::entity) && !is_target_[q] && !owns_named_substance(q) && !compared(q)) {
                std::vector<std::size_t> g;
                for (std::size_t m : group_right(q))
                    if (!is_target_[m]) g.push_back(m);
                return g;
            }
        }
        return {};
    }

    // "Its active metabolite, mCPP, is ... and may contribute to anxiety": the entity at q
    // owns a substance named after it ("its", "trazodone's") and is not the subject.
    bool owns_named_substance(std::size_t q) const {
        for (std::size_t k = q + 1; k < c_.size() && k <= q + 3 && is(k, ChunkKind::word); ++k)
            if (roles_.has(norm(c_[k].first), WordRole::substance_noun))
                return k + 2 < c_.size() && is_comma(k + 1) && is(k + 2, ChunkKind::entity);
        return false;
    }

    // The subject of "X is a/an ..." when chunk k ends such a copula phrase.
    std::optional<std::vector<std::size_t>> subject_of_copula(std::size_t k, int depth = 0) const {
        if (s_.class_label && k > 0) return std::vector<std::size_t>{0};  // "Drug class: an SSRI"
        // "is a central nervous system stimulant": back over the class's modifiers to the article.
        auto modifier = [&](std::size_t q) {
            if (!is(q, ChunkKind::word) || s_.tokens[c_[q].first].kind != TokenKind::word) return false;
            const std::string_view w = norm(c_[q].first);
            return w != "a" && w != "an" && w != "the" && w != "another" && w != "is" && w != "are" && w != "was" &&
                   w != "were" && w != "as" && w != "of";
        };
        std::size_t s;
        // "belongs to a group of medicines called SNRIs", "is one of a class of drugs known
        // as SSRIs": the class is named by "called" or "known as" after its kind.
        std::size_t namer = k;
        if (namer > 0 && (is_word(namer, "a") || is_word(namer, "an"))) --namer;
        const bool named = is_word(namer, "called") || is_word(namer, "named") ||
                           (namer > 0 && is_word(namer, "as") &&
                            (is_word(namer - 1, "known") || is_word(namer - 1, "classified") ||
                             is_word(namer - 1, "classed") || is_word(namer - 1, "categorized")));
        if (named) {
            // ("is an antidepressant of the type known as a ...": a class noun that is a cue may
            // stand between.)
            std::size_t q = namer;
            while (q > 1 && namer - q < 10 &&
                   (is(q - 1, ChunkKind::word) || (is(q - 1, ChunkKind::predicate) && !c_[q - 1].cue.verb)) &&
                   !(is_word(q - 1, "belongs") || is_word(q - 1, "belong") || is_word(q - 1, "is") ||
                     is_word(q - 1, "are")))
                --q;
            if (q < 2 || !is(q - 1, ChunkKind::word) ||
                !(is_word(q - 1, "belongs") || is_word(q - 1, "belong") || is_word(q - 1, "is") || is_word(q - 1, "are")))
                return std::nullopt;
            s = q - 2;
            if (!is(s, ChunkKind::entity) || is_target_[s]) return std::nullopt;
            return group_left(s);
        }
        // ("a central nervous system (CNS) stimulant": a bracketed abbreviation among them.)
        // ("a pure, pharmaceutical-grade glycine powder": a hyphen inside a modifier, and a
        // comma between two, too.)
        for (std::size_t steps = 0; steps < 5 && k > 0; ++steps) {
            if (is_close_paren(k)) {
                const auto open = open_paren_before(k, 4);
                if (!open || *open == 0 || !modifier(*open - 1)) break;
                k = *open - 1;
                continue;
            }
            if ((is_hyphen(k) || is_comma(k)) && modifier(k - 1) && k + 1 < c_.size() && modifier(k + 1)) {
                --k;
                --steps;  // (no word of its own)
                continue;
            }
            if (!modifier(k)) break;
            --k;
        }
        // "is a tropane alkaloid and central nervous system stimulant": a class coordinated
        // under the article of the one before it.
        if (depth < 3 && k >= 2 && (is_mark(k, "and") || is_word(k, "and")) && is(k - 1, ChunkKind::entity)) {
            std::size_t article = k - 1;
            while (article > 0 && k - 1 - article < 6 &&
                   (is(article, ChunkKind::entity) || (is(article, ChunkKind::word) && modifier(article))))
                --article;
            if (article < k - 1 && (is_word(article, "a") || is_word(article, "an")))
                return subject_of_copula(article, depth + 1);
        }
        // "Long-chain alkanols are general anesthetics which ...": a plural class needs no article.
        const bool bare_plural = k >= 1 && (is_word(k, "are") || is_word(k, "were"));
        // ("Doxylamine is another old antihistamine that blocks H1": "another" too.)
        if (!bare_plural && !(is_word(k, "a") || is_word(k, "an") || is_word(k, "the") || is_word(k, "another")))
            return std::nullopt;
        // "Bupropion is an antidepressant and a norepinephrine-dopamine reuptake inhibitor
        // (NDRI)": a class coordinated with one before it has that one's subject.
        if (!bare_plural && depth < 3 && k >= 3 && (is_comma(k - 1) || is_mark(k - 1, "and"))) {
            std::size_t head = k - 2;
            if (is_close_paren(head)) {
                const auto open = open_paren_before(head, 6);
                if (!open || *open == 0) return std::nullopt;
                head = *open - 1;
            }
            // Back over that class's head, its targets and modifiers to its article.
            std::size_t article = head;
            while (article > 0 && head - article < 8 &&
                   (is(article, ChunkKind::entity) || (is(article, ChunkKind::word) && modifier(article)) ||
                    (article == head && is(article, ChunkKind::predicate))))
                --article;
            if (article < head && (is_word(article, "a") || is_word(article, "an") || is_word(article, "the")))
                return subject_of_copula(article, depth + 1);
            return std::nullopt;
        }
        if (bare_plural) {
            s = k - 1;
        } else if (k >= 2 && (is_word(k - 1, "is") || is_word(k - 1, "are") || is_word(k - 1, "was"))) {
            s = k - 2;
        } else if (k >= 3 && is(k - 1, ChunkKind::word) &&
                   (norm(c_[k - 1].first).ends_with("ly") || is_word(k - 1, "also") || is_word(k - 1, "still")) &&
                   (is_word(k - 2, "is") || is_word(k - 2, "are") || is_word(k - 2, "was") || is_word(k - 2, "'s"))) {
            s = k - 3;  // "it's basically a GABA-B agonist like baclofen", "is also an antagonist"
        } else if (k >= 2 && is_word(k - 1, "'s")) {
            s = k - 2;  // "it's a GABA-B agonist"
        } else if (k >= 3 && is_word(k - 1, "as")) {
            // "Bupropion acts as an NDRI and a nicotinic receptor antagonist", "acts primarily as"
            std::size_t v = k - 2;
            if (v > 0 && is(v, ChunkKind::word) && norm(c_[v].first).ends_with("ly")) --v;
            if (!is(v, ChunkKind::word) || v == 0 ||
                !(norm(c_[v].first).starts_with("act") || norm(c_[v].first).starts_with("function") ||
                  norm(c_[v].first).starts_with("serve")))
                return std::nullopt;
            s = v - 1;
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
                opened = paren ? is_mark(q, "(") : is_comma(q);
            }
            if (!opened || q == 0) return std::nullopt;
            s = q - 1;
        }
        if (!is(s, ChunkKind::entity) || is_target_[s]) return std::nullopt;
        return group_left(s);
    }

    // "Depression was associated with a higher risk of schizophrenia", "alcohol use disorder was
    // also linked to ...": a condition that the clause links to the change before cue `c` is
    // what the change goes with; the change is not the topic's.
    bool condition_linked_before(std::size_t c) const {
        for (std::size_t q = c; q > 0 && c - q < 8; --q) {
            const std::size_t k = q - 1;
            if (is(k, ChunkKind::boundary) || is(k, ChunkKind::predicate) || is(k, ChunkKind::relative)) return false;
            if (!is_word(k, "associated") && !is_word(k, "linked") && !(is(k, ChunkKind::hedge) &&
                                                                      (norm(c_[k].first) == "associated" ||
                                                                       norm(c_[k].first) == "linked")))
                continue;
            std::size_t b = k;
            while (b > 0 && k - b < 3 && (is(b - 1, ChunkKind::word) || is(b - 1, ChunkKind::hedge)) &&
                   (is_finite_be(b - 1) || is_word(b - 1, "also") || is_word(b - 1, "been") || norm(c_[b - 1].first).ends_with("ly")))
                --b;
            return b < k && b > 0 && is_condition(b - 1) && !c_[b - 1].anaphoric;
        }
        return false;
    }

    // "By modulating these systems, kratom can create a calming effect": the
    // fronted clause has no subject of its own and borrows the main clause's.
    std::vector<std::size_t> fronted_clause_subject(std::size_t c) const {
        std::size_t j = c + 1;
        while (j < c_.size() && !is_comma(j)) ++j;
        // ("Standardised to crocin and safranal, the two compounds most studied in saffron
        // research, our saffron extract ...": past an aside that describes the fronted names,
        // whose noun may point back to them.)
        auto named = [&](std::size_t k) { return is(k, ChunkKind::entity) && !c_[k].anaphoric; };
        if (is_word(j + 1, "the") && !named(j + 2) && !named(j + 3))
            for (std::size_t k = j + 2; k < c_.size() && k <= j + 14; ++k) {
                if (is(k, ChunkKind::predicate) || is(k, ChunkKind::boundary) || is(k, ChunkKind::relative)) break;
                if (is_comma(k)) {
                    j = k;
                    break;
                }
            }
        for (std::size_t k = j + 1; k < c_.size() && k <= j + 3; ++k) {
            if (!is(k, ChunkKind::entity)) continue;
            std::vector<std::size_t> g = group_right(k);
            std::size_t after = *std::max_element(g.begin(), g.end()) + 1;
            // (Not a property word after an article: "contain tramadol, an opioid painkiller"
            // names a kind.)
            const bool kind = k > 0 && (is_word(k - 1, "a") || is_word(k - 1, "an")) && is(after, ChunkKind::predicate) &&
                              !c_[after].cue.verb && !c_[after].cue.fixed_target.empty();
            // ("By blocking histamine, doxylamine makes you drowsy": or a verb of experience.)
            // ("our saffron extract has been shown in trials to reduce": past "has" and the
            // words of its verb group, up to a name or a boundary.)
            const bool auxiliary = is_word(after, "has") || is_word(after, "have");
            for (std::size_t v = after; v < c_.size() && v <= after + (auxiliary ? 10 : 3) && !kind; ++v) {
                if (v > after + 3 && (is(v, ChunkKind::entity) || is(v, ChunkKind::boundary))) break;
                if (is(v, ChunkKind::predicate) ||
                    (c > 0 && is_word(c - 1, "by") && is(v, ChunkKind::word) &&
                     word_rule(norm(c_[v].first)) == WordRule::experience))
                    return g;
            }
            return {};
        }
        return {};
    }

    // The agents that open the clause holding `end` and stand before its first verb
    // ("Ginkgo may protect acetylcholine ..."); empty when a verb or no agent comes first.
    // "inhibits the CYP3A4-mediated metabolism of quetiapine": the enzyme breaks the drug
    // after "of" down, so it lowers it (claims.md).
    void apply_enzyme_mediated() {
        for (std::size_t e = 0; e + 5 < c_.size(); ++e) {
            if (!enzyme_mediated_breakdown(e) || !is_word(e + 4, "of") || !is(e + 5, ChunkKind::entity) ||
                !is_agent_type(e + 5))
                continue;
            // (Presupposed, so plain: "may inhibit the CYP3A4-mediated metabolism" hedges the inhibiting.)
            emit(c_[e].entity, Predicate::decreases, c_[e + 5].entity, e + 2, false, false, BindMode::none);
        }
    }

    // Chunk q is an enzyme named before "-mediated metabolism" (breakdown, clearance, ...).
    bool enzyme_mediated_breakdown(std::size_t q) const {
        if (!is(q, ChunkKind::entity) || entity(c_[q].entity).type != EntityType::enzyme || !is_hyphen(q + 1) ||
            q + 3 >= c_.size() || !is(q + 2, ChunkKind::predicate) || c_[q + 2].last != c_[q + 2].first + 1 ||
            !norm(c_[q + 2].first).ends_with("ed"))
            return false;
        return (is(q + 3, ChunkKind::word) || is(q + 3, ChunkKind::entity)) &&
               roles_.has(norm(c_[q + 3].first), WordRole::breakdown);
    }

    // The class named before an aside set off by commas that names its members ("X, the drug
    // class that includes A and B,"), with those members, when the aside ends right before
    // the verb group that starts at `from`.
    std::vector<std::size_t> class_with_members_aside(std::size_t from) const {
        std::size_t r = from;
        while (r > 0 && from - r < 5 &&
               (is(r - 1, ChunkKind::hedge) || is(r - 1, ChunkKind::negation) || is_finite_be(r - 1) || is_word(r - 1, "have") ||
                is_word(r - 1, "has") || is_word(r - 1, "been") || is_word(r - 1, "a") || is_word(r - 1, "an")))
            --r;
        if (r < 5 || !is_comma(r - 1)) return {};
        std::vector<std::size_t> members;
        bool includes = false;
        for (std::size_t q = r - 1; q > 1 && r - q < 14; --q) {
            const std::size_t at = q - 1;
            if (is_comma(at)) {
                const std::size_t head = at - 1;
                if (!includes || members.empty() || !is(head, ChunkKind::entity) || c_[head].anaphoric ||
                    !is_agent_type(head))
                    return {};
                members.push_back(head);
                return members;
            }
            if (is(at, ChunkKind::predicate) || is(at, ChunkKind::boundary)) return {};
            const std::string_view w = norm(c_[at].first);
            if (w == "include" || w == "includes" || w == "including") includes = true;
            else if (!includes && is(at, ChunkKind::entity) && !c_[at].anaphoric && is_agent_type(at)) members.push_back(at);
        }
        return {};
    }

    // The "through" or "via" before the noun cue at c, past an article ("through a reduction
    // in"), or before an earlier noun cue that "and" joins it to ("through blockade of NMDA
    // receptors and a reduction in ..."); `depth` bounds how many such joins are followed.
    std::optional<std::size_t> mechanism_preposition(std::size_t c, int depth) const {
        std::size_t q = c;
        if (q > 0 && (is_word(q - 1, "a") || is_word(q - 1, "an") || is_word(q - 1, "the"))) --q;
        if (q > 0 && (is_word(q - 1, "through") || is_word(q - 1, "via"))) return q - 1;
        // ("CBD can dampen THC-induced anxiety, possibly by acting as a negative allosteric
        // modulator at the CB1 receptor": so does "by acting as".)
        if (q >= 3 && is_word(q - 1, "as") && (is_word(q - 2, "acting") || is_word(q - 2, "functioning")) &&
            is_word(q - 3, "by"))
            return q - 3;
        if (depth == 0 || q < 3 || !(is_word(q - 1, "and") || is_mark(q - 1, "and"))) return std::nullopt;
        for (std::size_t p = q - 1; p > 0 && q - p < 6; --p) {
            const std::size_t at = p - 1;
            if (is(at, ChunkKind::predicate))
                return c_[at].cue.verb ? std::nullopt : mechanism_preposition(at, depth - 1);
            if (!is(at, ChunkKind::entity) && !is(at, ChunkKind::word)) return std::nullopt;
        }
        return std::nullopt;
    }

    std::vector<std::size_t> clause_subject_before(std::size_t end) const {
        for (std::size_t k = clause_start(end); k < end; ++k) {
            if (is(k, ChunkKind::predicate) || is(k, ChunkKind::person)) return {};
            if (!is(k, ChunkKind::entity)) continue;
            if (!c_[k].anaphoric && compared(k)) continue;  // "act more like a stimulant, boosting energy"
            if (!is_agent_type(k)) return {};
            std::vector<std::size_t> g;
            for (std::size_t m : group_right(k))
                if (m < end && is_agent_type(m)) g.push_back(m);
            return g;
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
        // ("may contribute to its benefits for mood": a possessive owner of the cue is no
        // subject of a clause of its own; the clause's hedges are its own.)
        const bool owner = subject && *subject + 1 == from && possessive_pronoun(*subject);
        if (subject && *subject < from && *subject >= start && !owner) {
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
            if (is(k, ChunkKind::hedge) || (is(k, ChunkKind::word) && roles_.has(norm(c_[k].first), WordRole::link) && is_be_link(k)) ||
                (is(k, ChunkKind::predicate) && norm(c_[k].first) == "promise"))
                return true;  // ("is associated with a lower risk of": a link hedges as "linked to" does;
                              // "has shown promise in treating": promise hedges the verb after it)
        // "It may help to:" hedges each bullet under it.
        if (s_.effect_list && s_.effect_list->purpose && s_.effect_list->hedged) return true;
        // "Psychiatric effects such as anxiety have been reported": a passive report that
        // ends the clause reports all of it.
        for (std::size_t k = from; k < c_.size(); ++k) {
            if (is(k, ChunkKind::boundary) || is(k, ChunkKind::relative)) break;
            // (Not past ", and" and a clause of its own: "Tramadol lowers the seizure threshold,
            // and seizures have been reported ...".)
            if (is_comma(k) && k + 1 < c_.size() && is(k + 1, ChunkKind::connector) &&
                (norm(c_[k + 1].first) == "and" || norm(c_[k + 1].first) == "but")) {
                std::size_t e = k + 2;
                while (e < c_.size() && e <= k + 5 && is(e, ChunkKind::word)) ++e;
                if (e < c_.size() && is(e, ChunkKind::entity) && starts_clause(e)) break;
            }
            if (is(k, ChunkKind::hedge) && k > 0 && norm(c_[k].first).starts_with("report") &&
                (is_word(k - 1, "been") || is_word(k - 1, "was") || is_word(k - 1, "were") || is_word(k - 1, "is") ||
                 is_word(k - 1, "are")))
                return true;
        }
        return false;
    }

    bool negated(std::size_t c) const {
        if (c_[c].kind == ChunkKind::without) return true;
        // A cue that holds its own denial: "did nothing for my anxiety", "does jack all for
        // depression", "did squat for my sleep" (data/cues.tsv).
        for (std::size_t t = c_[c].first; t < c_[c].last; ++t)
            if (const std::string_view w = s_.tokens[t].norm; w == "nothing" || w == "jack" || w == "squat") return true;
        // "gave me zero benefit for focus", "zero improvement in focus": "zero" before a noun of
        // benefit or change denies it. (Before an outcome it lowers it: "zero appetite".)
        if (c > 0 && is_word(c - 1, "zero") && c_[c].kind == ChunkKind::predicate && !c_[c].cue.verb) return true;
        // "does not raise or lower cortisol": a verb coordinated with one before shares its denial.
        if (c >= 2 && is(c - 2, ChunkKind::predicate) && c_[c - 2].cue.verb && c_[c].cue.cls == CueClass::predicate &&
            (is_mark(c - 1, "or") || is_mark(c - 1, "and")))
            return negated(c - 2);
        std::size_t start = clause_start(c);
        // "Neither dose increased sedation or affected HR": a verb joined by "or" to an earlier
        // one and its object shares that one's denial ("did not raise X and lowered Y" does not).
        if (c >= 3 && (is_mark(c - 1, "or") || is_word(c - 1, "or") || is_word(c - 1, "nor") ||
                       (is(c - 1, ChunkKind::negation) && norm(c_[c - 1].first) == "nor"))) {
            std::size_t p = c - 1;
            while (p > start && p + 6 > c && (is(p - 1, ChunkKind::entity) || is(p - 1, ChunkKind::connector) ||
                                             (is(p - 1, ChunkKind::word) && s_.tokens[c_[p - 1].first].kind == TokenKind::word)))
                --p;
            if (p > start && p < c - 1 && is(p - 1, ChunkKind::predicate) && c_[p - 1].cue.verb) return negated(p - 1);
        }
        // "Xylazine does not respond to naloxone and causes wounds": after "does not" the verb is
        // bare; a finite verb after "and" or "but" ("causes", "caused") is a predicate of its
        // own, outside that denial. So after a comma: "dont drink coffee on top of it, made me
        // super anxious".
        if (c >= 2 && (is_and_or_but(c - 1) || is_comma(c - 1)) && (c_[c].cue.verb || is(c, ChunkKind::word))) {
            const std::string_view v = norm(c_[c].first);
            const bool finite = (v.ends_with('s') && !v.ends_with("ss")) || v.ends_with("ed") || is_irregular_past(v);
            for (std::size_t k = c - 1; k > start; --k)
                if (is(k - 1, ChunkKind::negation)) {
                    if (do_support(k - 1)) {
                        if (finite) return false;
                        // "does not cause nausea, raise blood pressure, or impair driving": a
                        // bare verb in the list shares the denial.
                        if (is_comma(c - 1) && c_[c].cue.verb && c_[c].cue.cls == CueClass::predicate) return true;
                    }
                    break;
                }
        }
        for (std::size_t k = c; k > start; --k) {
            // ("(it takes forever to kick in, dont redose), and then i felt relaxed": a denial
            // inside brackets before the cue is the aside's own.)
            if (is_close_paren(k - 1))
                if (const auto open = open_paren_before(k - 1, 24); open && *open >= start) {
                    k = *open + 1;
                    continue;
                }
            // ("was no better than placebo at reducing anxiety": "better than" compares, and
            // its denial is the clause's, as in "no more effective than placebo at ...".)
            // ("is not indicated for the acute treatment of mania": a noun of effect that is the
            // object of "indicated for", "approved for", shares its denial.)
            if (is(k - 1, ChunkKind::predicate) && k - 1 < c && norm(c_[k - 1].last - 1) == "for" && !c_[c].cue.verb &&
                std::all_of(c_.begin() + static_cast<std::ptrdiff_t>(k), c_.begin() + static_cast<std::ptrdiff_t>(c),
                            [](const Chunk& ch) { return ch.kind == ChunkKind::word; }))
                continue;
            if (is(k - 1, ChunkKind::predicate) && !(norm(c_[k - 1].first) == "better" && is_word(k, "than"))) break;
            // "the lack of trial data and concerns about its potential for dependence":
            // a negation inside the noun phrase before "and" denies only that phrase.
            if (is(k - 1, ChunkKind::connector) && k >= 2 && is(k - 2, ChunkKind::word) &&
                (norm(c_[k - 1].first) == "and" || norm(c_[k - 1].first) == ","))
                break;
            // ("In adults who had not responded to an SSRI, zinc reduced depressive symptoms": a
            // comma before the subject of the cue's clause ends the reach of a denial before it.)
            if (is_comma(k - 1) && k < c && is(k, ChunkKind::entity) && !is_target_[k]) {
                bool subject_then_verb = true;
                for (std::size_t q = k + 1; q < c && subject_then_verb; ++q)
                    subject_then_verb = is(q, ChunkKind::hedge) || (is(q, ChunkKind::word) && norm(c_[q].first).ends_with("ly"));
                if (subject_then_verb) break;
            }
            // "It's not recommended during pregnancy, and mixing it with alcohol can make you
            // sedated": ", and" before a clause of its own ends the denial's reach.
            if (k >= 2 && is_and_or_but(k - 1) && is_comma(k - 2) && k < c && !is(k, ChunkKind::entity)) break;
            // "a non-intoxicating phytocannabinoid ... has shown anxiolytic effects": "non-"
            // denies the word it prefixes, not the clause.
            if (is(k - 1, ChunkKind::negation) && norm(c_[k - 1].first) == "non" && is_hyphen(k) && k + 1 != c) continue;
            // ("You should not take medicines that block CYP3A4, such as ketoconazole": the denial
            // of the main clause does not reach into the relative clause of what is taken.)
            if (k >= 2 && k - 1 < c &&
                (is_word(k - 1, "that") || is_word(k - 1, "which") ||
                 (is(k - 1, ChunkKind::relative) && (norm(c_[k - 1].first) == "that" || norm(c_[k - 1].first) == "which"))) &&
                is(k - 2, ChunkKind::word) && roles_.has(norm(c_[k - 2].first), WordRole::drug_noun))
                break;
            // ("Tobacco smoke, but not nicotine itself, inhibits MAO": the "not" leaves a name out.)
            if (is(k - 1, ChunkKind::negation) && k < c_.size() && is(k, ChunkKind::entity) && excluded(k)) continue;
            // ("The gas doesn't just lower your B12 level, it switches it off", "not only raises
            // dopamine": "just" or "only" after the denial says there is more, and denies nothing.)
            if (is(k - 1, ChunkKind::negation) && k < c &&
                (is_word(k, "just") || is_word(k, "only") || is_word(k, "merely") || is_word(k, "simply")))
                return false;
            if (is(k - 1, ChunkKind::negation) || is(k - 1, ChunkKind::without)) return true;
        }
        return false;
    }

    // "the effects of X on anxiety" names what X acts on; "the inhibitory effect of GABA on
    // nerve cells" names only where.
    bool effect_on_entity(std::size_t k) const {
        if (!is_word(k, "on")) return false;
        for (std::size_t q = k + 1; q < c_.size() && q <= k + 3; ++q) {
            if (is(q, ChunkKind::entity)) return true;
            if (!is(q, ChunkKind::word)) return false;
        }
        return false;
    }

    // The receptor "BASE receptor(s)" if the lexicon has one ("opioid" -> opioid receptors).
    std::optional<std::size_t> receptor_named(std::string_view base) const {
        for (const char* suffix : {" receptors", " receptor"}) {
            auto r = lex_.find(std::string(base) + suffix);
            if (r && entity(*r).type == EntityType::receptor) return r;
        }
        return std::nullopt;
    }

    // "opioid agonist": the receptor named after what precedes the binding word.
    std::optional<std::size_t> receptor_named_by(std::size_t entity_chunk) const {
        std::size_t e = c_[entity_chunk].entity;
        if (entity(e).type == EntityType::receptor) return e;
        std::string surface;
        for (std::size_t t = c_[entity_chunk].first; t < c_[entity_chunk].last; ++t) {
            if (!surface.empty() && norm(t) != "-" && surface.back() != '-') surface.push_back(' ');
            surface += norm(t);
        }
        if (auto r = receptor_named(surface)) return r;
        return receptor_named(entity(e).name);
    }

    // The first chunk from `from`, at most `most` on, that is no filler word ("kinda", "really").
    // "my focus at work is ...", "my anxiety in the mornings is ...": the preposition of a
    // short phrase of where or when that ends at chunk `last`, when `outcome` accepts the
    // chunk before it.
    template <class Accepts>
    std::optional<std::size_t> place_phrase_after(std::size_t last, Accepts outcome) const {
        for (std::size_t p = last; p > 0 && last - p < 3 && is(p, ChunkKind::word); --p)
            if ((is_word(p, "at") || is_word(p, "in") || is_word(p, "during") || is_word(p, "on")) && outcome(p - 1)) return p;
        return std::nullopt;
    }
    std::size_t past_fillers(std::size_t from, std::size_t most) const {
        std::size_t q = from;
        while (q < c_.size() && q < from + most && is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::filler)) ++q;
        return q;
    }
    [[gnu::always_inline]] bool is_word(std::size_t chunk, std::string_view w) const { return is(chunk, ChunkKind::word) && norm(c_[chunk].first) == w; }
    // Chunk a ends in, or is followed by, a word naming it an effect: "its sedative effects",
    // "the calming properties", "its anxiety effect".
    bool named_effects(std::size_t a) const {
        const std::string_view end = norm(c_[a].last - 1);
        return end == "effects" || end == "effect" || end == "properties" || is_word(a + 1, "effects") ||
               is_word(a + 1, "effect") || is_word(a + 1, "properties");
    }
    // "its" or "their" standing for a substance, as a possessive does before its noun.
    bool possessive_pronoun(std::size_t chunk) const {
        return is(chunk, ChunkKind::entity) && c_[chunk].anaphoric && c_[chunk].last == c_[chunk].first + 1 &&
               (norm(c_[chunk].first) == "its" || norm(c_[chunk].first) == "their");
    }
    bool is_preposition_of_target(std::size_t chunk) const {
        return is_word(chunk, "on") || is_word(chunk, "in") || is_word(chunk, "for") || is_word(chunk, "against") ||
               is_word(chunk, "upon") || is_word(chunk, "over");
    }
    bool is_agent_noun(std::size_t chunk) const { return is(chunk, ChunkKind::predicate) && c_[chunk].cue.agent; }
    // The substance under discussion, when the sentence names no agent of its own
    // (and no anaphor stands for one): the implicit agent of what it reports.
    // (A possessive anaphor that stands for that substance names no other: "The resulting
    // increase in dopamine is thought to underlie the drug's euphoric effects".)
    // (Found once a sentence: several rules ask.)
    std::optional<std::size_t> unnamed_topic() const {
        if (!unnamed_topic_known_) {
            unnamed_topic_known_ = true;
            unnamed_topic_ = article_topic();
            for (std::size_t k = 0; k < c_.size(); ++k) {
                const Chunk& ch = c_[k];
                if (ch.kind != ChunkKind::entity || !is_agent_type_entity(ch.entity)) continue;
                // ("Reported effects include euphoria and wakefulness, with a milder empathogenic
                // component than MDMA": a name the sentence compares with is not its agent.)
                if (!ch.anaphoric && compared_with(k)) continue;
                const bool possessive =
                    ch.anaphoric && ch.entity == unnamed_topic_ && (norm(ch.last - 1) == "its" || is_word(k + 1, "'s"));
                // ("their sleep and appetite improve within the first week, but it usually takes
                // two to four weeks before the medicine starts to lift your mood": the substance
                // under discussion, named again by an anaphor in a later clause, is no other.)
                bool later_clause = false;
                for (std::size_t q = 0; q < k && ch.anaphoric && ch.entity == unnamed_topic_ && !later_clause; ++q)
                    later_clause = is(q, ChunkKind::boundary) && norm(c_[q].first) != ":";
                if (!possessive && !later_clause) {
                    unnamed_topic_.reset();
                    break;
                }
            }
        }
        return unnamed_topic_;
    }
    // "Morning plasma cortisol was unchanged", "Body weight and food intake were unaffected by
    // treatment": outcomes that a form of "be" or "remain" says did not move, with no agent
    // named, are what the substance under discussion did not change (modulates, negated, as
    // "did not change" reads). Not the control arm's: "but was unchanged with placebo".
    void apply_unchanged() {
        for (std::size_t k = 2; k < c_.size(); ++k) {
            if (!is(k, ChunkKind::word)) continue;
            const std::string_view w = norm(c_[k].first);
            if (w.size() < 9 || w[0] != 'u' || w[1] != 'n') continue;  // (most words end here)
            if (w != "unchanged" && w != "unaffected" && w != "unaltered") continue;
            std::size_t v = k - 1;  // past "essentially", "largely"
            while (v > 1 && is(v, ChunkKind::word) && norm(c_[v].first).ends_with("ly")) --v;
            if (!(is_word(v, "was") || is_word(v, "were") || is_word(v, "remained") || is_word(v, "remains") ||
                  is_word(v, "is") || is_word(v, "are") || is_word(v, "stayed") || is_word(v, "be") || is_word(v, "been")))
                continue;
            // (Past "has", "have" and "had" before "been", and "appears to" before "be".)
            std::size_t e = v - 1;
            while (e > 0 && v - e < 4 &&
                   (is_word(e, "has") || is_word(e, "have") || is_word(e, "had") || is_word(e, "to") || is(e, ChunkKind::hedge)))
                --e;
            if (!is(e, ChunkKind::entity)) continue;
            std::vector<std::size_t> outcomes;
            for (std::size_t m : group_left(e))
                if (!is_agent_type(m) && !claimed_[m] && !is_target_[m]) outcomes.push_back(m);
            if (outcomes.empty()) continue;
            // (Anywhere in the sentence: "... compared with non-stressed controls, whereas mPFC
            // BDNF was unchanged" compares groups the substance is not what sets apart.)
            bool control = false;
            for (std::size_t q = 0; q < c_.size() && !control; ++q)
                for (std::size_t t = c_[q].first; t < c_[q].last && !control; ++t)
                    control = s_.tokens[t].norm == "placebo" || s_.tokens[t].norm == "control" ||
                              s_.tokens[t].norm == "controls";
            if (control) continue;
            std::optional<std::size_t> agent;
            if (is_word(k + 1, "by") && is_agent_type(k + 2)) agent = c_[k + 2].entity;
            else agent = unnamed_topic();
            if (!agent) continue;
            for (std::size_t m : outcomes) {
                is_target_[m] = claimed_[m] = true;
                emit(*agent, Predicate::modulates, c_[m].entity, k, hedged(k, std::nullopt), true, BindMode::none);
            }
        }
    }

    // Is the name at chunk k (or the list it ends or belongs to) what something is compared
    // with: after "than", "unlike", "similar to", "compared with" or "compared to"? (Narrower
    // than compared(), which also reads a setting, "while on duloxetine", as no agent.)
    bool compared_with(std::size_t k) const {
        std::size_t first = k;
        for (std::size_t m : group_left(k)) first = std::min(first, m);
        if (first == 0) return false;
        if (is_word(first - 1, "than") || is_word(first - 1, "unlike")) return true;
        return first >= 2 && (is_word(first - 1, "to") || is_word(first - 1, "with")) &&
               (is_word(first - 2, "similar") || is_word(first - 2, "compared"));
    }
    // The article's subject as the sentence begins, else the substance under discussion.
    std::optional<std::size_t> article_topic() const { return s_.main_topic ? s_.main_topic : s_.topic; }
    bool is_agent_type_entity(std::size_t e) const {
        const EntityType t = entity(e).type;
        return t == EntityType::substance || t == EntityType::other;
    }
    // A receptor, a transporter or an enzyme: what a drug binds, blocks or inhibits, as
    // against what it brings on.
    static bool is_protein_type(EntityType t) {
        return t == EntityType::receptor || t == EntityType::transporter || t == EntityType::enzyme;
    }
    // (Only an entity chunk names an agent: a word chunk's entity field means nothing.)
    bool is_agent_type(std::size_t chunk) const {
        return is(chunk, ChunkKind::entity) && is_agent_type_entity(c_[chunk].entity);
    }

    // Members of the entity list starting at k that can act as agents.
    // `enzymes`: an enzyme is an agent too ("is broken down by CYP3A4").
    std::vector<std::size_t> agents_from(std::size_t k, bool enzymes = false) const {
        std::vector<std::size_t> out;
        if (!is(k, ChunkKind::entity)) return out;
        for (std::size_t m : group_right(k)) {
            // ("by the enzyme tryptophan hydroxylase, and 5-HTP is then turned into serotonin": a
            // name with a verb of its own opens the next clause.)
            // (Only after ", and": "by nicotine and caffeine was measured" is one list, and so is
            // "by beta-carbolines such as harmaline markedly prolongs".)
            if (m != k && m >= 2 && is_comma(m - 2) && is_and_or_but(m - 1) && starts_clause(m)) break;
            if (!is_target_[m] && (is_agent_type(m) || (enzymes && entity(c_[m].entity).type == EntityType::enzyme)))
                out.push_back(m);
        }
        return out;
    }

    // The agent of "by": "inhibited by clorgyline", "blocked by the D2 antagonist
    // raclopride" (the receptor there only qualifies the agent noun).
    std::vector<std::size_t> agent_after_by(std::size_t by, bool enzymes = false) const {
        for (std::size_t k = by + 1; k < c_.size() && k <= by + 6; ++k) {
            if (is(k, ChunkKind::entity)) {
                if (is_target_[k] || is_agent_noun(k + 1) || (is_hyphen(k + 1) && is_agent_noun(k + 2))) continue;
                return agents_from(k, enzymes);
            }
            if (is(k, ChunkKind::boundary) || is(k, ChunkKind::relative) ||
                (is(k, ChunkKind::predicate) && !c_[k].cue.agent))
                break;
        }
        return {};
    }

    // For a passive at chunk c whose search for its patient stopped at k: the relative
    // pronoun ("that", "which") between, when the word before it is a plain noun, not a name.
    std::optional<std::size_t> unnamed_relative_head(std::size_t k, std::size_t c) const {
        for (std::size_t r = k; r < c; ++r) {
            if (!is(r, ChunkKind::relative) && !is_word(r, "that")) continue;
            if (r == 0 || !is(r - 1, ChunkKind::word) || s_.tokens[c_[r - 1].first].kind != TokenKind::word) return std::nullopt;
            return r;
        }
        return std::nullopt;
    }

    // The names of ", such as A, B and C" or ", including ..." right after chunk k.
    std::vector<std::size_t> such_as_after(std::size_t k) const {
        std::size_t q = k + 1;
        if (is_comma(q)) ++q;
        if (!is(q, ChunkKind::connector) || !(norm(c_[q].first) == "such" || norm(c_[q].first) == "including") ||
            !is(q + 1, ChunkKind::entity))
            return {};
        return group_right(q + 1);
    }

    // "Sleep is regulated by melatonin", "this vasoconstriction is caused by the release
    // of norepinephrine": a messenger is the agent of a passive too, named right after
    // "by" (an article between, and a noun of its rise, which then says nothing of its
    // own: states_). Not further on: "caused by low levels of serotonin" says what a
    // lack of it does.
    std::vector<std::size_t> messenger_after_by(std::size_t by) {
        std::size_t k = by + 1;
        if (k < c_.size() && is(k, ChunkKind::word) && c_[k].cue.cls == CueClass::determiner) ++k;
        std::optional<std::size_t> rise;
        if (is(k, ChunkKind::predicate) && !c_[k].cue.verb && c_[k].cue.cls == CueClass::predicate &&
            c_[k].cue.predicate == Predicate::increases && is(k + 1, ChunkKind::entity))
            rise = k++;
        std::vector<std::size_t> out;
        if (!is(k, ChunkKind::entity) || c_[k].anaphoric) return out;
        for (std::size_t m : group_right(k)) {
            const EntityType t = entity(c_[m].entity).type;
            if (!is_target_[m] && (t == EntityType::neurotransmitter || t == EntityType::hormone)) out.push_back(m);
        }
        if (rise && !out.empty()) states_[*rise] = true;
        return out;
    }

    // An agent noun's subject in apposition after it: "the D3 antagonist
    // SB-277011", "AAAD inhibitors carbidopa, ...", "antagonists such as X".
    // An unknown name may stand first when the known one follows in brackets:
    // "the kappa blocker nor-binaltorphimine (nor-BNI)".
    std::vector<std::size_t> appositive_after(std::size_t after) const {
        // ("5-HT2C agonists (CP 809101, Ro 60-0175, WAY 161503, mCPP, and 1-methylpsilocin)": the
        // members a bracket lists, names the lexicon lacks among them.)
        if (is_mark(after, "(")) {
            std::vector<std::size_t> members;
            std::size_t q = after + 1;
            for (; q < c_.size() && q <= after + 24 && !is_close_paren(q) && !is(q, ChunkKind::boundary) &&
                   !is(q, ChunkKind::predicate);
                 ++q)
                if (is(q, ChunkKind::entity) && !is_target_[q] && is_agent_type(q) && !c_[q].anaphoric) members.push_back(q);
            if (is_close_paren(q) && members.size() >= 2) return members;
        }
        std::size_t unknown_words = 0;
        bool listed = false;
        for (std::size_t k = after; k < c_.size(); ++k) {
            const bool bracket = is(k, ChunkKind::word) && (norm(c_[k].first) == "[" || norm(c_[k].first) == ":");
            if (is(k, ChunkKind::connector) || bracket) continue;
            if (is(k, ChunkKind::entity)) {
                if (is_target_[k] || !is_agent_type(k)) return {};
                // ("the alpha2 agonists brimonidine, apraclonidine, and oxymetazoline": a name the
                // lexicon lacks may come first in the list.)
                if (unknown_words > 0 && !listed) {
                    const std::string_view before = norm(c_[k - 1].first);
                    if (before != "(" && before != "[") return {};
                }
                return agents_from(k);
            }
            if (is_hyphen(k)) continue;
            if (is(k, ChunkKind::word) && ++unknown_words <= 3) {
                // A one-word name, then a list comma: "brimonidine, ...".
                listed = unknown_words == 1 && k + 1 < c_.size() && is_comma(k + 1) && k == after &&
                         s_.tokens[c_[k].first].kind == TokenKind::word && c_[k].cue.cls != CueClass::determiner;
                continue;
            }
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
        const bool participle = last.ends_with("ed") || last == "bound" ||
                                (c_[c].last - c_[c].first == 2 && norm(c_[c].first) == "broken");  // "broken down"
        if (c_[c].cue.agent || !participle) return std::nullopt;
        // "inhibited strongly by", "broken down in the liver, mainly by": an adverb or a
        // short adjunct may stand before "by".
        std::size_t reach = c + 7;
        for (std::size_t k = c + 1; k < c_.size() && k <= reach; ++k) {
            if (is_word(k, "by")) return k;
            // "is converted to cotinine in the liver, mainly by CYP2A6": the product named
            // after a breakdown verb stands between too.
            if ((is_word(k, "to") || is_word(k, "into")) && k + 1 < c_.size() && is(k + 1, ChunkKind::entity) &&
                roles_.has(last, WordRole::breakdown)) {
                ++k;
                reach += 2;
                continue;
            }
            // "is produced from tryptamine by the enzyme INMT": the source stands between.
            if (k == c + 1 && is_word(k, "from") && k + 1 < c_.size() && is(k + 1, ChunkKind::entity)) {
                ++k;
                reach += 2;
                continue;
            }
            if (!is(k, ChunkKind::word) && !is_comma(k)) break;
            if (k > c + 1 && !is_comma(k - 1) && norm(c_[k].first).ends_with("ly") && !is_word(k + 1, "by")) break;
        }
        return std::nullopt;
    }

    void apply_cue(std::size_t c) {
        const Chunk& cue = c_[c];
        const bool agent_noun = cue.cue.agent;
        // ("combining it with SSRIs such as sertraline can send serotonin soaring": a pronoun
        // for the drug, combined with others, is a mixture taken, not a formula's contents.)
        if (cue.cue.predicate == Predicate::contains && c + 2 < c_.size() && is(c + 1, ChunkKind::entity) &&
            c_[c + 1].anaphoric && c_[c + 1].last == c_[c + 1].first + 1 &&
            (norm(c_[c + 1].first) == "it" || norm(c_[c + 1].first) == "them") && is_word(c + 2, "with"))
            return;
        // ("Sertraline or fluoxetine, or the older antidepressant clomipramine": a one-word noun
        // cue after an article (and a word), right before a name, is the name's kind, as in "the
        // antidepressant clomipramine"; it says nothing of the names before it.)
        if (!cue.cue.verb && cue.last == cue.first + 1 && c > 0 && is(c - 1, ChunkKind::word) &&
            (c_[c - 1].cue.cls == CueClass::determiner || (c > 1 && c_[c - 2].cue.cls == CueClass::determiner)) &&
            c + 1 < c_.size() &&
            is_agent_type(c + 1) && !c_[c + 1].anaphoric)
            return;
        // "CB1 receptors, which are densely packed in brain regions that govern memory": a
        // relative clause right after a place in the body, named as where something is ("in"),
        // is said of the place. ("suppresses the brainstem centres that control breathing":
        // what a verb does to the place it does to what the place controls.)
        if (c >= 3 && cue.cue.verb &&
            (is_word(c - 1, "that") || is_word(c - 1, "which") ||
             (is(c - 1, ChunkKind::relative) && (norm(c_[c - 1].first) == "that" || norm(c_[c - 1].first) == "which"))) &&
            is(c - 2, ChunkKind::word) && roles_.has(norm(c_[c - 2].last - 1), WordSet::body_region)) {
            std::size_t q = c - 3;
            while (q > 0 && q + 6 > c && is(q, ChunkKind::word) && !is_word(q, "in") && !is_word(q, "within") &&
                   !is_word(q, "throughout"))
                --q;
            if (is_word(q, "in") || is_word(q, "within") || is_word(q, "throughout")) return;
        }
        // "taking higher than recommended doses of loperamide": a comparative before "than" and
        // a dose says how much was taken, not what changed.
        if (cue.last == cue.first + 1 && is_word(c + 1, "than")) {
            std::size_t q = c + 2;
            while (q < c_.size() && q < c + 5 && is(q, ChunkKind::word) && !roles_.has(norm(c_[q].first), WordRole::use)) ++q;
            if (is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::use)) return;
        }
        // "Sleep onset did not differ between groups": "differ" says only whether what came
        // before it changed; what follows ("differs from harmine in one ring") is no object.
        if (cue.cue.verb && norm(cue.first).starts_with("differ")) {
            apply_intransitive(c);
            return;
        }
        // "Treatment with fluoxetine reduced anxiety": the use of a substance, not a cue
        // whose target follows.
        if (cue.last == cue.first + 1 && roles_.has(norm(cue.first), WordRole::use) && is_word(c + 1, "with")) return;
        // ("blocks the reuptake of serotonin, a bit like an SNRI antidepressant": a class the
        // subject is likened to is not said of it.)
        if (!cue.cue.verb && !cue.cue.fixed_target.empty()) {
            std::size_t q = c;
            if (q > 0 && is(q - 1, ChunkKind::entity) && !is_agent_type(q - 1)) q = c;  // (only a class word may stand between)
            else if (q > 0 && is(q - 1, ChunkKind::entity)) --q;
            if (q >= 2 && (is_word(q - 1, "a") || is_word(q - 1, "an")) && (is_mark(q - 2, "like") || is_word(q - 2, "like")))
                return;
        }

        // "Binding of nicotine to presynaptic nAChRs stimulates ...": the ligand after "of",
        // the receptor after "to". (The ligand stays free to be the next verb's subject.)
        if (cue.cue.cls == CueClass::binding && cue.last > cue.first + 1 && norm(cue.last - 1) == "of" &&
            is_agent_type(c + 1) && !c_[c + 1].anaphoric) {
            const std::vector<std::size_t> ligands = group_right(c + 1);
            std::size_t t = *std::max_element(ligands.begin(), ligands.end()) + 1;
            if (is_word(t, "to")) {
                ++t;
                while (t < c_.size() && t <= c + 6 && is(t, ChunkKind::word) && s_.tokens[c_[t].first].kind == TokenKind::word &&
                       !is_word(t, "in") && !is_word(t, "of"))
                    ++t;
                if (is(t, ChunkKind::entity) && entity(c_[t].entity).type == EntityType::receptor) {
                    std::vector<std::size_t> receptors;
                    for (std::size_t m : group_right(t))
                        if (entity(c_[m].entity).type == EntityType::receptor) receptors.push_back(m);
                    for (std::size_t m : receptors) is_target_[m] = claimed_[m] = true;
                    std::vector<std::size_t> subj;
                    for (std::size_t m : ligands)
                        if (is_agent_type(m)) subj.push_back(m);
                    emit_all(c, subj, receptors, std::nullopt, false, c + 1);
                    return;
                }
            }
        }

        // "a comedown ..., thought to reflect depleted serotonin stores": after a verb that
        // reads one thing as a sign of another, the participle describes the noun; the
        // clause's subject did not deplete it.
        if (cue.cue.verb && norm(cue.last - 1).ends_with("ed") && is(c + 1, ChunkKind::entity) && c > 0 &&
            is(c - 1, ChunkKind::word) && roles_.has(norm(c_[c - 1].first), WordRole::sign))
            return;
        // "Elevated prolactin levels can contribute to ...": a participle opening the
        // clause describes its subject; it states no effect of its own.
        if (cue.cue.verb && norm(cue.last - 1).ends_with("ed") && is(c + 1, ChunkKind::entity)) {
            bool nothing_before = true;
            for (std::size_t k = clause_start(c); k < c; ++k)
                if (is(k, ChunkKind::entity) || is(k, ChunkKind::predicate)) nothing_before = false;
            // (After "but" it is the clause's verb: "... did not reduce withdrawal but lowered cravings".)
            // (So it is after a name the lexicon lacks: "Ketanserin blocked the rise", read below.)
            if (nothing_before && coordinated_vp_subject(c).empty() && unknown_name_before(c).empty()) return;
        }

        // "Cannabidiol has anxiolytic effects": the word names its own target.
        if (!cue.cue.fixed_target.empty()) {
            auto target = lex_.find(cue.cue.fixed_target);
            if (!target) return;
            // "was given alongside a new oral antidepressant", "taken with an antidepressant": the
            // noun names another drug given with the subject, not a property of it. ("similar to
            // those seen with an antidepressant" still likens the subject to one.)
            {
                std::size_t q = c;
                while (q > 0 && c - q < 4 && is(q - 1, ChunkKind::word) && c_[q - 1].cue.cls != CueClass::determiner &&
                       s_.tokens[c_[q - 1].first].kind != TokenKind::punct)
                    --q;
                if (q > 1 && is(q - 1, ChunkKind::word) && c_[q - 1].cue.cls == CueClass::determiner &&
                    (is_word(q - 2, "alongside") || is_word(q - 2, "plus") ||
                     (is_word(q - 2, "with") && q > 2 &&
                      (is_word(q - 3, "given") || is_word(q - 3, "taken") || is_word(q - 3, "combined") ||
                       is_word(q - 3, "together")))))
                    return;
            }
            // "It calms an anxious mind", "relaxes tense muscles": a property verb ("calms")
            // with a harm for its object relieves the harm; the fixed target is for no object.
            // ("calms the agitation and irritability": each harm of the list.)
            std::vector<std::size_t> harm_objects;
            if (cue.last == cue.first + 1 && norm(cue.first).ends_with("s") && cue.cue.predicate == Predicate::increases &&
                harms_) {
                std::size_t o = c + 1;
                while (o < c_.size() && o <= c + 2 && is(o, ChunkKind::word) &&
                       s_.tokens[c_[o].first].kind == TokenKind::word)
                    ++o;
                if (is_condition(o) && is_harm(c_[o].entity))
                    for (std::size_t h : group_right(o))
                        if (is_condition(h) && is_harm(c_[h].entity)) harm_objects.push_back(h);
            }
            // "the antidepressant effects of psilocybin": the owner of the effects is the subject.
            std::vector<std::size_t> subj;
            std::size_t q = c + 1;
            // "the antidepressant-like effect of agmatine" (a word of animal studies).
            if (is_hyphen(q) && q + 1 < c_.size() && norm(c_[q + 1].first) == "like") q += 2;
            // "the sedative, anxiolytic and motor-impairing effects of alcohol": the effects
            // follow the list's other members (property words, or a cue after a hyphen).
            while (q + 1 < c_.size() && (is_comma(q) || is_mark(q, "and") || is_mark(q, "or"))) {
                if (is(q + 1, ChunkKind::predicate) && !c_[q + 1].cue.fixed_target.empty()) q += 2;
                else if (is(q + 1, ChunkKind::word) && is_hyphen(q + 2) && is(q + 3, ChunkKind::predicate)) q += 4;
                else break;
            }
            const bool effects = q < c_.size() && (norm(c_[q].first) == "effects" || norm(c_[q].first) == "effect" ||
                                                   norm(c_[q].first) == "properties" || norm(c_[q].first) == "action");
            const bool owned = effects && (is_word(q + 1, "of") || norm(c_[q].last - 1) == "of");
            if (owned) {
                // "effects of a single dose of ayahuasca": past the words of the dose.
                std::size_t o = is_word(q + 1, "of") ? q + 2 : q + 1;
                for (std::size_t steps = 0; steps < 5 && is(o, ChunkKind::word); ++steps) ++o;
                subj = agents_from(o);
            }
            if (subj.empty()) subj = coordinated_vp_subject(c);
            // "Sertraline is an SSRI and an antidepressant": the copula's subject, not the class before.
            if (subj.empty() && c > 0)
                if (auto copula_subject = subject_of_copula(c - 1)) subj = *copula_subject;
            if (subj.empty()) subj = subjects(c, c);
            // "tramadol, an opioid painkiller": a class name right before the property word,
            // after its article, says which kind of painkiller; it is no subject of its own.
            if (c >= 2 && is(c - 1, ChunkKind::entity) && c_[c - 1].last == cue.first &&
                (is_word(c - 2, "a") || is_word(c - 2, "an"))) {
                std::erase(subj, c - 1);
                // (The appositive's name: "tramadol, an opioid painkiller".)
                if (subj.empty() && c >= 4 && is_comma(c - 3) && is(c - 4, ChunkKind::entity) && is_agent_type(c - 4))
                    subj = {c - 4};
            }
            if (subj.empty() && effects) {
                // "Antidepressant effects were evident by day 2": the article's substance.
                if (auto topic = unnamed_topic()) {
                    const bool h = hedged(c, std::nullopt), n = negated(c);
                    emit(*topic, cue.cue.predicate, *target, c, h, n, BindMode::none);
                }
                return;
            }
            if (subj.empty()) return;
            const bool h = hedged(c, *std::max_element(subj.begin(), subj.end())), n = negated(c);
            for (std::size_t sc : subj) {
                if (!harm_objects.empty()) {
                    for (std::size_t o : harm_objects) {
                        is_target_[o] = claimed_[o] = true;
                        emit(c_[sc].entity, Predicate::decreases, c_[o].entity, c, h, n, BindMode::none);
                    }
                    continue;
                }
                emit(c_[sc].entity, cue.cue.predicate, *target, c, h, n, BindMode::none, 0, false, owned && !subj.empty());
            }
            // "it helps me relax and fall asleep": an outcome the lexicon names ("fall asleep" is
            // sleep) coordinated right after a property phrase of help is helped too, unless it
            // opens a clause of its own ("... and anxiety fades").
            if (const std::size_t e = c + 2; cue.last > cue.first + 1 && is(c, ChunkKind::predicate) &&
                                             cue.cue.predicate == Predicate::increases &&
                                             norm(cue.first).starts_with("help") && e < c_.size() &&
                                             (is_mark(c + 1, "and") || is_mark(c + 1, "or")) && is_condition(e) &&
                                             !is_harm(c_[e].entity) && !claimed_[e] && !is_target_[e] && !starts_clause(e)) {
                is_target_[e] = claimed_[e] = true;
                for (std::size_t sc : subj) emit(c_[sc].entity, Predicate::increases, c_[e].entity, c, h, n, BindMode::none);
            }
            // "has sedative and euphoric effects": the lexicon names "euphoric effects" itself,
            // an effect of the same subject.
            if (const std::size_t e = c + 2; e < c_.size() && (is_mark(c + 1, "and") || is_mark(c + 1, "or")) &&
                                             is(e, ChunkKind::entity) && !claimed_[e] && !is_target_[e] && is_condition(e) &&
                                             (norm(c_[e].last - 1) == "effects" || norm(c_[e].last - 1) == "effect")) {
                is_target_[e] = claimed_[e] = true;
                for (std::size_t sc : subj) emit(c_[sc].entity, Predicate::increases, c_[e].entity, c, h, n, BindMode::none);
            }
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
        // "the effects of kratom on dopamine", "the role of X in Y", "the effects of
        // chronic fluoxetine on" (a word or two may qualify the subject; so may an article
        // before them: "Effects of a standardised Sceletium tortuosum extract on anxiety").
        if (cue.cue.of_form) {
            std::size_t first = c + 1;
            if (is_word(first, "a") || is_word(first, "an")) ++first;
            while (first < c_.size() && first <= c + 3 && is(first, ChunkKind::word) &&
                   c_[first].cue.cls != CueClass::determiner && s_.tokens[c_[first].first].kind == TokenKind::word &&
                   !is_word(first, "on") && !is_word(first, "in"))
                ++first;
            if (!is(first, ChunkKind::entity) || is_target_[first]) return;
            std::vector<std::size_t> subj;
            for (std::size_t m : group_right(first))
                if (!is_target_[m]) subj.push_back(m);
            std::size_t p = *std::max_element(subj.begin(), subj.end()) + 1;
            // "benefits of X for Y"; but "the role of kratom for depression" is a use label.
            auto opens_targets = [&](std::size_t q) {
                return is_preposition_of_target(q) && (cue.cue.flips_on_harm || !is_word(q, "for"));
            };
            // ("the effects of caffeine and placebo on ...": past a member that is no name.)
            for (std::size_t words = 0; words < 6 && (is(p, ChunkKind::word) || is(p, ChunkKind::connector)) &&
                                        !opens_targets(p);
                 ++words)
                ++p;
            if (!opens_targets(p)) return;
            std::vector<std::size_t> targets = right_targets(p);
            if (targets.empty()) return;
            // "The most common side effects of aripiprazole in adults include nausea": "in"
            // said whom, and the list after "include" is apply_effects_include's.
            for (std::size_t q = p + 1; q < targets.front(); ++q)
                if (is(q, ChunkKind::word) && word_rule(norm(c_[q].first)) == WordRule::include) return;
            for (std::size_t t : targets) is_target_[t] = true;
            emit_all(c, subj, targets, std::nullopt, false, c);
            return;
        }
        std::vector<std::size_t> targets;
        std::optional<std::size_t> word_receptor;  // a receptor named by a plain word, not a chunk
        std::vector<std::size_t> subj;
        std::size_t leftmost = c;
        bool left_form = false;

        // "DMT is produced from tryptamine": after a passive, "from" names the source, which
        // the subject is made of; it is no target.
        const bool made_from = norm(cue.last - 1).ends_with("ed") && c > 0 && is_word(c + 1, "from") &&
                               (is_finite_be(c - 1) || is_word(c - 1, "be") || is_word(c - 1, "been"));
        // Passive: "the transporter was inhibited by cocaine".
        if (auto by = passive_by(c)) {
            subj = agent_after_by(*by, true);
            if (subj.empty()) subj = messenger_after_by(*by);
            // "By blocking this enzyme, paroxetine can raise the levels of medicines that are
            // broken down by it": what breaks a drug down is an enzyme, so "it" there is the
            // enzyme the sentence named before, not the article's drug.
            if (!subj.empty() && c_[subj[0]].anaphoric && entity(c_[subj[0]].entity).type != EntityType::enzyme &&
                (norm(cue.first) == "broken" || roles_.has(norm(cue.first), WordRole::breakdown)))
                for (std::size_t r = c; r > 0; --r)
                    if (is(r - 1, ChunkKind::entity) && entity(c_[r - 1].entity).type == EntityType::enzyme) {
                        subj[0] = r - 1;
                        break;
                    }
            if (!subj.empty()) {
                // The surface subject is the patient: the nearest entity group before the
                // verb, even one another cue took ("MDMA-induced serotonin release is blocked by X").
                std::size_t k = c;
                while (k > 0 && !is(k - 1, ChunkKind::entity) && !is(k - 1, ChunkKind::boundary)) --k;
                // "raise the blood levels of medicines that are broken down by CYP2D6, such as
                // metoprolol and risperidone": a relative pronoun after a noun the lexicon lacks
                // makes that noun the patient, and the names after "such as" are what it stands
                // for (the agent's list stops there). (With no such list the search below stands:
                // "an effect that was blocked by atropine" in ChemProt is the receptor's.)
                if (auto unnamed = unnamed_relative_head(k, c)) {
                    std::size_t first = *by + 1;  // the name after "by" (subj's first may stand for it)
                    while (first < c_.size() && !is(first, ChunkKind::entity)) ++first;
                    std::vector<std::size_t> members = such_as_after(first);
                    std::erase_if(members, [&](std::size_t m) { return is_target_[m]; });
                    if (!members.empty()) {
                        std::erase_if(subj, [&](std::size_t a) { return a > first; });
                        // (The relative clause is hedged by its own words only: "can raise the
                        // levels of medicines that are broken down by it".)
                        bool h = false;
                        for (std::size_t r = *unnamed + 1; r < c && !h; ++r) h = is(r, ChunkKind::hedge);
                        const bool n = negated(c);
                        for (std::size_t t : members) is_target_[t] = claimed_[t] = true;
                        for (std::size_t a : subj)
                            for (std::size_t t : members)
                                emit(c_[a].entity, cue.cue.predicate, c_[t].entity, c, h, n, BindMode::none);
                        return;
                    }
                }
                if (k == 0 || !is(k - 1, ChunkKind::entity)) {
                    // "Roughly 70-80% of a dose is converted to cotinine ... by CYP2A6": a dose,
                    // named with no substance, is the topic's.
                    bool dose = false;
                    for (std::size_t q = k; q < c && !dose; ++q)
                        dose = is(q, ChunkKind::word) && roles_.has(norm(c_[q].last - 1), WordRole::use);
                    if (auto topic = article_topic(); dose && topic) {
                        const bool h = hedged(c, std::nullopt), n = negated(c);
                        for (std::size_t sc : subj) emit(c_[sc].entity, cue.cue.predicate, *topic, c, h, n, BindMode::none);
                    }
                    return;
                }
                // "The head-twitch response that it produces in mice is abolished by volinanserin":
                // a pronoun subject of a relative clause is no patient; the noun the clause
                // describes is.
                if (k >= 2 && c_[k - 1].anaphoric && c_[k - 1].last == c_[k - 1].first + 1 &&
                    (norm(c_[k - 1].first) == "it" || norm(c_[k - 1].first) == "they")) {
                    std::size_t r = k - 1;
                    if (is(r - 1, ChunkKind::relative)) --r;
                    if (r > 0 && is(r - 1, ChunkKind::entity) && !c_[r - 1].anaphoric && is_condition(r - 1)) k = r;
                }
                targets = {k - 1};
                // (The nearest may be another cue's; the list's others may not: "slows the movement
                // of the gut, and constipation caused by this medicine".)
                for (std::size_t q = k - 1; q > 0 && (is(q - 1, ChunkKind::connector) || is(q - 1, ChunkKind::entity)); --q)
                    if (is(q - 1, ChunkKind::entity)) {
                        if (is_target_[q - 1]) break;
                        targets.push_back(q - 1);
                    }
                for (std::size_t t : targets) is_target_[t] = true;
                emit_all(c, subj, targets, std::nullopt, false, *std::max_element(targets.begin(), targets.end()), true);
                return;
            }
        }
        if (made_from) return;

        if (cue.kind == ChunkKind::predicate && c > 0) {
            std::size_t p = c - 1;
            // "an MT1 receptor selective agonist", "MT1-selective", "the delta subtype-selective
            // agonist": how selective it is stands between the receptor and the agent noun.
            if ((agent_noun || (cue.cue.predicate == Predicate::binds && cue.cue.mode != BindMode::none)) &&
                is(p, ChunkKind::word) && (norm(c_[p].first) == "selective" || norm(c_[p].first) == "specific") &&
                p >= 1) {
                std::size_t q = p - 1;
                if (is_hyphen(q) && q >= 1) --q;
                if (is_word(q, "subtype") && q >= 1) --q;
                if (is_hyphen(q) && q >= 1) --q;
                if (is(q, ChunkKind::entity)) p = q;
            }
            // ("an uncompetitive NMDA receptor channel blocker": the receptor's channel is the
            // receptor's.)
            if ((agent_noun || (cue.cue.predicate == Predicate::binds && cue.cue.mode != BindMode::none)) &&
                is_word(p, "channel") && p >= 1 && is(p - 1, ChunkKind::entity) &&
                entity(c_[p - 1].entity).type == EntityType::receptor)
                --p;
            bool hyphen = is_hyphen(p);
            if (hyphen && p > 0) --p;
            // "H3 receptor (H3R) antagonists": the bracketed alias stands between.
            if (!hyphen && is_mark(p, ")") && p >= 2 &&
                is(p - 1, ChunkKind::entity) && is(p - 2, ChunkKind::connector) && norm(c_[p - 2].first) == "(")
                p -= 1;
            // "DMI-induced": a participle after a hyphen names the agent before it, not a target.
            bool agentive_participle = hyphen && norm(cue.last - 1).ends_with("ed");
            // ("CYP2D6-mediated metabolism" says which enzyme breaks a drug down, no change.)
            if (agentive_participle && enzyme_mediated_breakdown(p)) return;
            // "caffeine-induced anxiety": the agent before, the target right after.
            // (The noun after may be the clause verb's target too: "attenuated the nicotine-evoked
            // DA response".)
            // ("THC-induced anxiety and paranoia": the outcomes joined to it as well.)
            if (agentive_participle && is(p, ChunkKind::entity) && is(c + 1, ChunkKind::entity)) {
                std::vector<std::size_t> induced{c + 1};
                if (is_condition(c + 1))
                    for (std::size_t m : group_right(c + 1))
                        if (m != c + 1 && is_condition(m)) induced.push_back(m);
                for (std::size_t t : induced) is_target_[t] = true;
                emit_all(c, group_left(p), induced, std::nullopt, false, p);
                return;
            }
            // "CBD reduced public speaking-induced anxiety": with no name before the hyphen the
            // participle only describes the noun; the clause's subject is not its agent.
            if (agentive_participle && !is(p, ChunkKind::entity)) return;
            // "slow-healing skin wounds", "fast-acting relief": a manner word, a hyphen and a
            // participle in -ing make an adjective of the noun after; nothing heals here.
            if (hyphen && (is(p, ChunkKind::word) || (is(p, ChunkKind::predicate) && c_[p].last == c_[p].first + 1)) &&
                cue.last == cue.first + 1 &&
                norm(cue.first).ends_with("ing") && s_.tokens[c_[p].first].kind == TokenKind::word)
                return;
            bool binding_noun = cue.cue.predicate == Predicate::binds && cue.cue.mode != BindMode::none;
            bool can_take_left = (hyphen && !agentive_participle) || cue.cue.also_postmodifier || binding_noun;
            if (is(p, ChunkKind::entity) && can_take_left && !(agent_noun && is_agent_type(p))) {
                targets = group_left(p);
                if (cue.cue.also_postmodifier)
                    std::erase_if(targets, [&](std::size_t t) { return outside_relief(t, p, c); });
                left_form = true;
                leftmost = *std::min_element(targets.begin(), targets.end());
                // "may attenuate the anxiety-producing effects of THC": the effects' owner brings
                // the outcome on, not the clause's subject.
                if (hyphen)
                    if (const std::optional<std::size_t> owner = effects_owner_after(c)) {
                        for (std::size_t t : targets) is_target_[t] = true;
                        emit_all(c, group_right(*owner), targets, std::nullopt, true, *owner);
                        return;
                    }
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
        // "may occur in older patients", "occurs in guarana": what occurs is its subject
        // (apply_intransitive); what follows is where or in whom.
        const bool occurs = cue.last == cue.first + 1 &&
                            (norm(cue.first).starts_with("occur") || norm(cue.first).starts_with("happen"));
        // "After treatment, lithium reduced self-harm": a bare noun that takes its target
        // before it ("anxiety relief") has none after a comma; the name there is the next
        // clause's subject.
        const bool bare_postmodifier = cue.cue.also_postmodifier && !cue.cue.agent && cue.last == cue.first + 1 &&
                                       is_comma(c + 1) && c + 2 < c_.size() && is_agent_type(c + 2);
        // "When CYP2D6 is blocked, cortisol hangs around longer": a passive participle's object
        // is its subject; the name after the comma opens the next clause.
        const bool passive_before_comma = cue.last == cue.first + 1 && norm(cue.first).ends_with("ed") && c > 0 &&
                                          (is_finite_be(c - 1) || is_word(c - 1, "be") || is_word(c - 1, "been")) &&
                                          is_comma(c + 1);
        if (!left_form && !occurs && !bare_postmodifier && !passive_before_comma) {
            targets = right_targets(c);
            // "binds the α2δ subunit of voltage-gated calcium channels": the channel owns the
            // subunit bound, and is bound only through it.
            std::erase_if(targets, [&](std::size_t t) {
                if (t < 2 || !is_word(t - 1, "of") || !is(t - 2, ChunkKind::entity)) return false;
                const std::string_view w = norm(c_[t - 2].last - 1);
                if (w != "subunit" && w != "subunits") return false;
                is_target_[t] = true;  // (no subject of what follows either)
                return true;
            });
            // "describe a rapid onset of altered perception, visual distortions and laughter": a
            // participle of change in no direction, after "of" or a report, describes the one
            // noun it stands before; the list is the report's.
            if (targets.size() > 1 && participle_of_change(c) && c > 0 && is(c - 1, ChunkKind::word) &&
                (is_word(c - 1, "of") || roles_.has(norm(c_[c - 1].first), WordRole::report)) && is(c + 1, ChunkKind::entity))
                targets = {c + 1};
            // "Users can become dependent", "may become weaker (tolerance)": what one becomes
            // follows at once; "has become one of the most talked-about depression treatments"
            // names no change.
            if (!targets.empty() && norm(cue.first).starts_with("bec") &&
                (*std::min_element(targets.begin(), targets.end()) > c + 3 || is_word(c + 1, "one") ||
                 (is(c + 1, ChunkKind::word) && c_[c + 1].cue.cls == CueClass::determiner)))
                targets.clear();
            // "raises or lowers cortisol", "neither raises nor lowers it": verbs coordinated
            // before one object share it.
            if (targets.empty() && cue.cue.verb && c + 2 < c_.size() && is(c + 2, ChunkKind::predicate) &&
                c_[c + 2].cue.cls == CueClass::predicate && !c_[c + 2].cue.agent && !c_[c + 2].cue.of_form &&
                c_[c + 2].cue.fixed_target.empty() &&
                (is_mark(c + 1, "or") || is_mark(c + 1, "and") || (is(c + 1, ChunkKind::negation) && norm(c_[c + 1].first) == "nor")))
                targets = right_targets(c + 2);
            // "the oils citral and citronellal that give the plant its lemony scent": after
            // "give", a name with a second object after it is who receives that object, and
            // "its" there is the second object's owner.
            if (norm(cue.first).starts_with("giv") || norm(cue.first) == "gave")
                std::erase_if(targets, [&](std::size_t t) {
                    if (possessive_pronoun(t)) return t > 0 && is_agent_type(t - 1);
                    return is_agent_type(t) && t + 1 < c_.size() &&
                           (possessive_pronoun(t + 1) || (is(t + 1, ChunkKind::word) && c_[t + 1].cue.cls == CueClass::determiner));
                });
            if (agent_noun) {
                // "an inhibitor of MAO-B, deprenyl": a substance after the target is the agent.
                std::vector<std::size_t> kept;
                for (std::size_t t : targets)
                    if (!is_agent_type(t)) kept.push_back(t);
                targets = kept;
            }
            // "Cortisol rose in the ayahuasca arm": the substance is no object of "rose" but
            // what the change happened with (apply_intransitive).
            if (!targets.empty() && (cue.cue.predicate == Predicate::increases || cue.cue.predicate == Predicate::decreases) &&
                agent_after(c) &&
                std::all_of(targets.begin(), targets.end(), [&](std::size_t t) { return is_agent_type(t); }))
                targets.clear();
            if (!targets.empty()) after = *std::max_element(targets.begin(), targets.end()) + 1;
            // "I tried kratom for my back pain and honestly it helped": a benefit verb
            // with no object helps with what the sentence said it was taken for.
            if (targets.empty() && cue.cue.verb && cue.cue.flips_on_harm && !is(c + 1, ChunkKind::entity))
                if (auto purpose = purpose_before(c)) targets = *purpose;
        }
        if (targets.empty() && !word_receptor) {
            if (apply_organ_damage(c)) return;
            if (apply_default_target(c)) return;
            apply_intransitive(c);
            return;
        }
        // "blocks the reuptake of two chemical messengers, serotonin and noradrenaline": the
        // reuptake named before the list is the work of the transmitters' transporters.
        if (!left_form && !targets.empty()) {
            const std::size_t first_target = *std::min_element(targets.begin(), targets.end());
            bool reuptake = false;
            for (std::size_t q = c + 1; q < first_target; ++q)
                if (is(q, ChunkKind::word) && (norm(c_[q].first) == "reuptake" || norm(c_[q].first) == "re-uptake"))
                    reuptake = true;
            if (reuptake)
                for (std::size_t t : targets) {
                    const Entity& e = entity(c_[t].entity);
                    if (e.type != EntityType::neurotransmitter) continue;
                    if (auto tr = lex_.find(e.name + " reuptake"); tr && entity(*tr).type == EntityType::transporter)
                        entity_override_[t] = *tr;
                }
        }
        // "inhibits the breakdown of dopamine", "slows the clearance of caffeine": what lowers
        // a substance's breakdown raises the substance (and the reverse).
        if (!left_form && !targets.empty() && cue.cue.verb &&
            (cue.cue.predicate == Predicate::increases || cue.cue.predicate == Predicate::decreases)) {
            const std::size_t first_target = *std::min_element(targets.begin(), targets.end());
            for (std::size_t q = c + 1; q + 1 < first_target; ++q)
                if (is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::breakdown) && is_word(q + 1, "of"))
                    reversed_[c] = true;
            // "can speed up its removal": the breakdown noun after the target's possessive.
            if (first_target == c + 1 && c_[first_target].anaphoric &&
                norm(c_[first_target].first) == "its" && first_target + 1 < c_.size() && is(first_target + 1, ChunkKind::word) &&
                roles_.has(norm(c_[first_target + 1].first), WordRole::breakdown))
                reversed_[c] = true;
        }
        for (std::size_t t : targets) {
            is_target_[t] = true;
            if (!target_cue_[t]) target_cue_[t] = c;
        }
        distribute_reuptake(targets);

        // "Phenibut increases GABA activity": a name the lexicon lacks, right before the verb.
        // ("Mulungu may lower blood pressure": after a modal, a word the cue file also has as a
        // phrase, "lower", is the verb.)
        auto modal_before = [&] {
            if (c == 0 || !is(c - 1, ChunkKind::hedge) || c_[c - 1].last != c_[c - 1].first + 1) return false;
            const std::string_view m = norm(c_[c - 1].first);
            return m == "may" || m == "might" || m == "can" || m == "could" || m == "will" || m == "would";
        };
        // ("Bromantane binds to GABA-A receptors": and before the verb of binding.)
        const bool binds_verb = cue.cue.predicate == Predicate::binds && (norm(cue.first) == "binds" || norm(cue.first) == "bind");
        if ((cue.cue.verb || binds_verb || (cue.kind == ChunkKind::predicate && cue.last == cue.first + 1 && modal_before())) &&
            !left_form) {
            if (std::string name = unknown_name_before(c); !name.empty()) {
                for (std::size_t t : targets) emit_unknown(name, c, t);
                // "Bupropion and hydroxybupropion inhibit CYP2D6": the names coordinated before it.
                std::size_t k = c;
                while (k > 0 && !is(k - 1, ChunkKind::connector) && !is(k - 1, ChunkKind::entity) && c - k < 5) --k;
                if (k >= 2 && is(k - 1, ChunkKind::connector) && is(k - 2, ChunkKind::entity) && is_agent_type(k - 2) &&
                    !is_target_[k - 2])
                    emit_all(c, group_left(k - 2), targets, word_receptor, false, k - 2);
                // ("lactucin and lactucopicrin reduced pain": a name the lexicon lacks before "and" too.)
                if (k >= 2 && is(k - 1, ChunkKind::connector) && (norm(c_[k - 1].first) == "and" || norm(c_[k - 1].first) == "or") &&
                    is(k - 2, ChunkKind::word))
                    if (std::string other = unknown_name_before(k - 1); !other.empty() && other != name)
                        for (std::size_t t : targets) emit_unknown(other, c, t);
                return;
            }
        }
        // "Methylphenidate acts as a dopamine reuptake inhibitor (NDRI)": the copula's
        // subject, not the bracketed name of the class.
        if (agent_noun && leftmost > 0)
            if (auto copula_subject = subject_of_copula(leftmost - 1)) subj = *copula_subject;
        // "haloperidol (D2 antagonist; 1 mg/kg) and naloxone (opioid antagonist)": a class in
        // brackets is said of the name before them, not of a name after the bracket.
        const bool bracketed_class = leftmost >= 2 && is_mark(leftmost - 1, "(");
        if (agent_noun && subj.empty() && bracketed_class && is_agent_type(leftmost - 2) && !is_target_[leftmost - 2])
            subj = {leftmost - 2};
        // ("naltrexone, an opioid receptor antagonist, and acamprosate": a class in an appositive
        // set off by commas describes the name before it, not the one after its ", and".)
        // (Only when the appositive closes right after the class: "the specific nAChR agonist
        // metanicotine" names its own agonist, and "X (PLZ), a nonselective inhibitor of MAO
        // (MAO), also inhibits" is read by the rules below.)
        if (agent_noun && subj.empty() && !bracketed_class && leftmost > 0 && is_comma(c + 1) && is_and_or_but(c + 2) &&
            is_agent_type(c + 3))
            if (auto named = described_by_appositive(leftmost)) subj = *named;
        if (agent_noun && subj.empty() && !bracketed_class) {
            subj = appositive_after(after);
            // ("LSD and psilocybin, which act as agonists at the 5-HT2A receptor, salvinorin A
            // ...": in a relative clause the agent is the relative's antecedent, not a name after
            // the clause's comma; a name "such as" gives stays: "an effect that is prevented by
            // dopamine receptor antagonists such as haloperidol".)
            const std::size_t start = clause_start(c);
            if (!subj.empty() && start > 0 && is(start - 1, ChunkKind::relative) &&
                is_comma(*std::min_element(subj.begin(), subj.end()) - 1))
                subj.clear();
        }
        if (subj.empty() && left_form) subj = agent_after_of(after);
        if (subj.empty() && is_word(after, "by")) subj = agent_after_by(after);  // "inhibition of MAO by X"
        if (subj.empty() && !left_form)
            if (auto prevented = prevented_subject(c)) subj = {*prevented};
        if (subj.empty() && !left_form && cue.cue.verb) subj = coordinated_vp_subject(c);
        // "An increase in dopamine after caffeine administration", "Inhibition of AChE in the
        // CSF after rivastigmine administration": a change named as a noun that opens its
        // clause, and the substance it came after.
        if (subj.empty() && cue.kind == ChunkKind::predicate && !cue.cue.verb && !agent_noun && !targets.empty() &&
            !left_form) {
            std::size_t opens = c;
            while (opens > 0 && is(opens - 1, ChunkKind::word) && c - opens < 2) --opens;
            if (opens == clause_start(c))
                if (auto a = agent_chunk_after(*std::max_element(targets.begin(), targets.end())))
                    if (!is_word(*a - 1, "with") && !is_word(*a - 1, "on")) subj = {*a};
        }
        if (subj.empty()) {
            bool only_conditions = !word_receptor && !targets.empty();
            for (std::size_t t : targets)
                if (entity(c_[t].entity).type != EntityType::condition) only_conditions = false;
            const bool ligand = agent_noun || cue.cue.predicate == Predicate::binds;
            subj = subjects(c, leftmost, only_conditions, ligand);
        }
        // "the AMPAR antagonist NBQX", "mCPP is an agonist at 5-HT2C receptors", "ketanserin,
        // a 5-HT2A antagonist, ...": a research compound the lexicon lacks, named with its class.
        if (subj.empty() && (agent_noun || cue.cue.predicate == Predicate::binds) && !cue.cue.verb &&
            (!targets.empty() || word_receptor)) {
            std::string name = unknown_name_from(c + 1);
            if (name.empty()) {
                std::size_t d = leftmost;  // back over the class's modifiers to "a"/"an"
                while (d > 0 && leftmost - d < 4 && is(d - 1, ChunkKind::word) && !is_word(d - 1, "a") && !is_word(d - 1, "an"))
                    --d;
                if (d > 0 && (is_word(d - 1, "a") || is_word(d - 1, "an")) && d >= 2) {
                    const std::size_t before = d - 1;
                    if (is_word(before - 1, "is") || is_word(before - 1, "was") || is_comma(before - 1))
                        name = unknown_name_before(before - 1);
                }
            }
            if (!name.empty()) {
                for (std::size_t t : targets) emit_unknown(name, c, t);
                return;
            }
        }
        if (subj.empty()) {
            // "The net effect is a large increase in extracellular dopamine": a change named
            // as a noun, with no agent anywhere in the sentence, is the article's substance's.
            // ("The pain relief has held up", "I got great anxiety relief": a postmodifier too.)
            // ("to seek validated treatments for depression": plural treatments are anyone's.)
            const std::string_view head = norm(cue.first);
            const bool generic = head == "treatments" || head == "remedies" || head == "cures";
            if (cue.kind == ChunkKind::predicate && !cue.cue.verb && !agent_noun && !cue.cue.of_form && !generic &&
                !population_subject(c) && cue.cue.fixed_target.empty() && (!left_form || cue.cue.also_postmodifier) &&
                (!cue.cue.also_postmodifier || (left_form && owned_or_definite(leftmost))) &&
                (cue.cue.predicate == Predicate::increases || cue.cue.predicate == Predicate::decreases ||
                 // ("The same screen found negligible affinity for opioid receptors": binding
                 // at receptors and transporters too.)
                 (cue.cue.predicate == Predicate::binds && !left_form && !targets.empty() &&
                  std::all_of(targets.begin(), targets.end(), [&](std::size_t t) {
                      const EntityType type = entity(entity_of(t)).type;
                      return type == EntityType::receptor || type == EntityType::transporter;
                  }))))
                if (auto topic = unnamed_topic(); topic && !condition_linked_before(c)) {
                    const bool h = hedged(c, std::nullopt), n = negated(c);
                    for (std::size_t t : targets) {
                        claimed_[t] = true;
                        emit(*topic, cue.cue.predicate, entity_of(t), c, h, n, BindMode::none, c_[t].direction);
                    }
                }
            // "At low doses the 5-HT2A, H1 and alpha1 blockade predominates": receptors
            // named before a noun of antagonism, with no agent, are the article's substance's.
            if (left_form && !agent_noun && cue.cue.receptor_mode != BindMode::none && !targets.empty() &&
                std::all_of(targets.begin(), targets.end(),
                            [&](std::size_t t) { return entity(entity_of(t)).type == EntityType::receptor; }) &&
                std::none_of(c_.begin(), c_.end(), [&](const Chunk& ch) {
                    return ch.kind == ChunkKind::entity && !ch.anaphoric && is_agent_type_entity(ch.entity);
                }))  // (no other agent: "so the drug acts ..." points to the topic)
                if (auto topic = article_topic()) {
                    const bool h = hedged(leftmost, std::nullopt), n = negated(c);
                    for (std::size_t t : targets) {
                        claimed_[t] = true;
                        emit(*topic, cue.cue.predicate, entity_of(t), c, h, n, BindMode::none);
                    }
                }
            return;
        }
        std::size_t subject_pos = *std::max_element(subj.begin(), subj.end());
        emit_all(c, subj, targets, word_receptor, left_form, subject_pos < leftmost ? subject_pos : leftmost);
        // "reduced anxiety but not depression": the verb denied of what "but not" adds.
        // (Set off by commas too: "increases prefrontal serotonin, but not dopamine, in mice".)
        if (!left_form && !targets.empty() && cue.cue.verb) {
            std::size_t b = *std::max_element(targets.begin(), targets.end()) + 1;
            if (is_comma(b) && b + 1 < c_.size() && norm(c_[b + 1].first) == "but") ++b;
            // (So "produces drowsiness and amnesia rather than excitement": one chunk denies.)
            // ("works on dopamine and norepinephrine instead of serotonin", "..., not serotonin".)
            const bool rather = b + 1 < c_.size() && is(b, ChunkKind::negation) && c_[b].last == c_[b].first + 2 &&
                                ((norm(c_[b].first) == "rather" && norm(c_[b].first + 1) == "than") ||
                                 (norm(c_[b].first) == "instead" && norm(c_[b].first + 1) == "of"));
            // ("works on dopamine and norepinephrine not serotonin": a bare "not" too.)
            const bool bare_not = !rather && is(b, ChunkKind::negation) && c_[b].last == c_[b].first + 1 &&
                                  norm(c_[b].first) == "not" && is(b + 1, ChunkKind::entity);
            const std::size_t d = rather || bare_not ? b + 1 : b + 2;  // the first name denied
            if ((rather || bare_not ||
                 (b + 2 < c_.size() && (norm(c_[b].first) == "but" || is_comma(b)) && is(b + 1, ChunkKind::negation) &&
                  norm(c_[b + 1].first) == "not")) &&
                is(d, ChunkKind::entity) && !is_agent_type(d) && !is_target_[d] &&
                (d + 1 >= c_.size() || !is(d + 1, ChunkKind::predicate))) {
                std::vector<std::size_t> denied;
                for (std::size_t m : group_right(d))
                    if (!is_agent_type(m) && !is_target_[m]) denied.push_back(m);
                for (std::size_t m : denied) {
                    is_target_[m] = claimed_[m] = true;
                    for (std::size_t sc : subj)
                        emit(c_[sc].entity, cue.cue.predicate, entity_of(m), c, hedged(c, sc), !negated(c),
                             BindMode::none, c_[m].direction);
                }
            }
        }
    }

    // "It is also used for pain relief, for sedation in intensive care", "prescribed
    // off-label at low doses for insomnia", "marketed as a nasal spray for depression":
    // what a drug is used for, a few words after the verb, it relieves (a benefit it
    // brings on). Each "for" of the clause may name more.
    // A hedge chunk that ends "studied for" ("has been studied for").
    bool studied_for(std::size_t k) const {
        return c_[k].last - c_[k].first >= 2 && norm(c_[k].last - 1) == "for" && norm(c_[k].last - 2) == "studied";
    }
    void apply_used_for(std::size_t k) {
        std::vector<std::size_t> targets;
        std::size_t words = 0;
        // ("has been studied for memory support": the chunk's own "for", a hedge's.)
        const bool own_for = norm(c_[k].last - 1) == "for";
        for (std::size_t q = own_for ? k : k + 1; q < c_.size() && words < 8; ++q) {
            if (is(q, ChunkKind::boundary) || is(q, ChunkKind::relative) || is(q, ChunkKind::predicate)) break;
            // "at low doses (25-100 mg at bedtime) for insomnia": a bracketed dose is no distance.
            if (is_mark(q, "(")) {
                std::size_t close = q + 1;
                while (close < c_.size() && close <= q + 12 && !is_mark(close, ")") && !is(close, ChunkKind::boundary)) ++close;
                if (close < c_.size() && is_mark(close, ")")) {
                    q = close;
                    continue;
                }
            }
            if (!is_word(q, "for") && !(q == k && own_for)) {
                if (is(q, ChunkKind::word) || is(q, ChunkKind::connector)) ++words;
                continue;
            }
            std::size_t t = q + 1;
            while (t < c_.size() && t <= q + 3 && is(t, ChunkKind::word) && !is_word(t, "for")) ++t;
            if (!is_condition(t) || is_target_[t]) continue;
            for (std::size_t m : group_right(t))
                if (is_condition(m) && !is_target_[m]) targets.push_back(m);
            words = 0;
        }
        if (targets.empty()) return;
        std::vector<std::size_t> subj;
        // "Researchers have also studied huperzine A for Alzheimer's disease": the active verb's
        // object is what was studied.
        // ("Indigenous peoples used it for fevers", "Healers prescribed kava for anxiety": so is
        // what people used or prescribed, after the person who did.)
        const bool used_object = is(k, ChunkKind::word) && k > 0 &&
                                 (norm(c_[k].first) == "used" || norm(c_[k].first) == "prescribed") &&
                                 is_agent_type(k + 1) && is(k - 1, ChunkKind::person);
        const bool studied_object =
            is(k, ChunkKind::word) && (norm(c_[k].first) == "studied" || used_object) && is_agent_type(k + 1);
        if (studied_object)
            for (std::size_t m : group_right(k + 1))
                if (is_agent_type(m)) subj.push_back(m);
        if (subj.empty()) subj = coordinated_vp_subject(k);
        if (subj.empty()) subj = subjects(k, k, true);
        if (subj.empty()) return;
        // (What a drug has been studied for, it may do: hedged, claims.md.)
        const bool h = studied_for(k) || studied_object || hedged(k, *std::max_element(subj.begin(), subj.end())),
                   n = negated(k);
        for (std::size_t t : targets) {
            is_target_[t] = claimed_[t] = true;
            // A benefit (benefit_to), as for "helps with".
            const Predicate p = benefit_to(c_[t].entity);
            for (std::size_t sc : subj) emit(c_[sc].entity, p, c_[t].entity, k, h, n, BindMode::none);
        }
    }

    // "Headache, nausea and anxiety were more common with psilocybin than with niacin":
    // outcomes more common with a substance are brought on by it (the comparison
    // with a placebo or another arm states no claim of its own).
    void apply_more_common(std::size_t k) {
        if (k < 2) return;
        // "weight gain is super common with it", "Nausea is very common on X": the outcome, a
        // form of "be" and fillers before "common" say the same as "more common with".
        if (!is_word(k - 1, "more")) {
            std::size_t b = k - 1;
            while (b > 0 && k - b < 4 && is(b, ChunkKind::word) && roles_.has(norm(c_[b].first), WordRole::filler)) --b;
            if (!is_finite_be(b) || b == 0 || !is_condition(b - 1)) return;
        }
        std::size_t w = k + 1;
        // ("more common among cannabis users", "in people who use cannabis daily": among the
        // people who take it.)
        // ("Akathisia is more likely with higher doses", "more common at higher doses": a dose
        // of the substance under discussion.)
        if (!(is_word(w, "with") || is_word(w, "in") || is_word(w, "after") || is_word(w, "on") || is_word(w, "among") ||
              is_word(w, "at")))
            return;
        ++w;
        bool dose = false;
        while (w < c_.size() && w <= k + 5 &&
               (is(w, ChunkKind::word) || (is(w, ChunkKind::person) && !c_[w].anaphoric) || is(w, ChunkKind::relative))) {
            dose = dose || (is(w, ChunkKind::word) && roles_.has(norm(c_[w].first), WordRole::use));
            ++w;
        }
        std::vector<std::size_t> agents;  // entities
        if (is(w, ChunkKind::entity) && is_agent_type(w)) {
            for (std::size_t a : agents_from(w)) agents.push_back(c_[a].entity);
        } else if (dose && !is_word(k + 1, "among")) {
            if (auto topic = unnamed_topic()) agents.push_back(*topic);
        }
        if (agents.empty()) return;
        // ("transient increases in blood pressure were more frequent with psilocybin": a noun
        // of change before an outcome says which way it went, and claims nothing by itself.)
        auto change_noun = [&](std::size_t t) -> std::optional<Predicate> {
            if (!target_cue_[t]) return std::nullopt;
            const Chunk& cue = c_[*target_cue_[t]];
            if (cue.kind != ChunkKind::predicate || cue.cue.verb || *target_cue_[t] + 1 != t) return std::nullopt;
            if (cue.cue.predicate != Predicate::increases && cue.cue.predicate != Predicate::decreases) return std::nullopt;
            return cue.cue.predicate;
        };
        // ("no effect on heart rate or blood pressure, and falls were not more frequent with
        // X": ", and" opens the clause of the outcomes.)
        std::size_t start = clause_start(k);
        for (std::size_t q = k; q > start + 1; --q)
            if (is_comma(q - 2) && is_mark(q - 1, "and")) {
                start = q;
                break;
            }
        std::vector<std::size_t> outcomes;
        for (std::size_t t = start; t + 1 < k; ++t)
            if (is_condition(t) && !claimed_[t] && (!is_target_[t] || change_noun(t))) outcomes.push_back(t);
        const bool h = hedged(k, std::nullopt), n = negated(k);
        for (std::size_t t : outcomes) {
            const Predicate p = change_noun(t).value_or(Predicate::increases);
            is_target_[t] = claimed_[t] = true;
            for (std::size_t a : agents) emit(a, p, c_[t].entity, k, h, n, BindMode::none, c_[t].direction);
        }
    }

    // "THC is a cannabinoid found in cannabis", "It is the principal psychoactive
    // constituent of the plant", "the amino acid found naturally in green tea": the
    // plant (or product) named after "in"/"of" contains the substance the clause is about.
    bool apply_added_to(std::size_t k) {
        std::vector<std::size_t> owners;
        for (std::size_t t : right_targets(k))
            if (entity(c_[t].entity).type == EntityType::substance) owners.push_back(t);
        if (owners.empty()) return false;
        // What is added: the name right before the verb group (a pronoun stands alone).
        std::size_t q = k - 1;
        while (q > 0 && is(q, ChunkKind::word) && k - q < 4) --q;
        if (!is(q, ChunkKind::entity) || !is_agent_type(q)) return false;
        const std::vector<std::size_t> added = c_[q].anaphoric ? std::vector<std::size_t>{q} : group_left(q);
        for (std::size_t o : owners) {
            is_target_[o] = claimed_[o] = true;
            for (std::size_t a : added) emit(c_[o].entity, Predicate::contains, c_[a].entity, k, hedged(k, a), negated(k), BindMode::none);
        }
        return true;
    }

    // The first owner after a word of being part of something: "found (naturally) in
    // (the) coffee", "a constituent of the plant"; "of" only where `of` allows it.
    // "obtained (mainly) from the leaves of the coca plant", "isolated from kava root":
    // what a substance is got from contains it ("derived" and "made" are left out: heroin
    // is made from morphine, which does not contain it).
    std::optional<std::size_t> owner_after(std::size_t k, bool of) const {
        const Norm& w = norm(c_[k].first);
        // ("a phytocannabinoid from Cannabis sativa": "from" right after a class name.)
        std::size_t p = w == "from" ? k : k + 1;
        // "found naturally in", "found almost exclusively in", "found only in"
        const std::size_t adverbs_end = p + 2;
        while (p < adverbs_end && is(p, ChunkKind::word) && detail::is_placement_adverb(norm(c_[p].first))) ++p;
        // ("present only in small amounts in most concentrates": past how much, to where.)
        if (is_word(p, "in")) {
            std::size_t q = p + 1;
            while (q < c_.size() && q < p + 4 && is(q, ChunkKind::word) && !is_word(q, "in")) ++q;
            if (q > p + 1 && is_word(q, "in")) {
                const std::string_view a = norm(c_[q - 1].first);
                if (a == "amounts" || a == "amount" || a == "quantities" || a == "quantity" || a == "concentrations" ||
                    a == "traces")
                    p = q;
            }
        }
        const bool source = w == "obtained" || w == "extracted" || w == "isolated" || w == "from";
        // ("mixed into the fentanyl supply": what a drug is mixed into contains it; "mixed with"
        // says neither which holds the other.)
        if (w == "mixed" ? !is_word(p, "into")
                         : source ? !is_word(p, "from") : (!is_word(p, "in") && !(of && is_word(p, "of"))))
            return std::nullopt;
        ++p;
        // ("in most hashish", "in some illicit shatter")
        while (is(p, ChunkKind::word) && (c_[p].cue.cls == CueClass::determiner || is_word(p, "most") || is_word(p, "many")))
            ++p;
        auto substance = [&](std::size_t q) { return is(q, ChunkKind::entity) && entity(c_[q].entity).type == EntityType::substance; };
        // "the leaves of the coca plant": a part of the plant, then the plant.
        // ("the leaves" may be read as a substance's own parts, an anaphoric chunk.)
        if (source && (is(p, ChunkKind::word) || (is(p, ChunkKind::entity) && c_[p].anaphoric)) && is_word(p + 1, "of")) {
            std::size_t q = p + 2;  // ("the leaves of two species of coca plant")
            while (is(q, ChunkKind::word) && q < p + 7 && s_.tokens[c_[q].first].kind != TokenKind::punct) ++q;
            if (substance(q) && !c_[q].anaphoric) return q;
        }
        if (source) return substance(p) && !c_[p].anaphoric ? std::optional<std::size_t>(p) : std::nullopt;
        if (substance(p) && !c_[p].anaphoric) return p;
        // ("an alkaloid found in the root bark of Tabernanthe iboga": a part of the plant, then
        // the plant.)
        {
            std::size_t q = p;
            bool part = false;
            while (q < c_.size() && q < p + 4 && is(q, ChunkKind::word) && s_.tokens[c_[q].first].kind == TokenKind::word &&
                   !is_word(q, "of")) {
                for (std::size_t t = c_[q].first; t < c_[q].last; ++t) part = part || roles_.has(norm(t), WordSet::plant_part);
                ++q;
            }
            if (part && is_word(q, "of") && substance(q + 1) && !c_[q + 1].anaphoric) return q + 1;
        }
        // "occurs naturally in the seeds, nuts and leaves of a number of plants native to
        // Africa, ..., including coffee, tea and guarana", "in the leaves of plants such as
        // tea": the parts of plants, then the plants named.
        for (std::size_t q = p; q < c_.size() && q < p + 24; ++q) {
            // ("the seeds" may be read as the substance's own parts: no owner then.)
            if (is(q, ChunkKind::predicate) || is(q, ChunkKind::boundary) || is(q, ChunkKind::relative) ||
                is(q, ChunkKind::hedge) || is(q, ChunkKind::negation) || (substance(q) && !c_[q].anaphoric))
                break;
            const bool opens = is(q, ChunkKind::connector) &&
                               (norm(c_[q].first) == "including" || (norm(c_[q].first) == "such" && c_[q].last == c_[q].first + 2));
            // ("including the San Pedro cactus": an article may stand before the first.)
            const std::size_t first = is_word(q + 1, "the") ? q + 2 : q + 1;
            if (opens && substance(first) && !c_[first].anaphoric) return first;
        }
        if (!substance(p)) return std::nullopt;
        // "the average THC content of herbal cannabis ..., while CBD, a second compound found
        // in the plant, ...": "the plant" resolved to a name the sentence itself gave is a
        // guess among them (here the wrong one); no owner then.
        for (std::size_t q = 0; q < p; ++q)
            if (is(q, ChunkKind::entity) && !c_[q].anaphoric && c_[q].entity == c_[p].entity) return std::nullopt;
        return p;
    }
    bool occurs_in_substance(std::size_t k) const { return owner_after(k, false).has_value(); }

    void apply_part_of(std::size_t k) {
        // "from" only right after a class name the article opens: "a phytocannabinoid from
        // Cannabis sativa", "an alkaloid from kratom".
        // ("L-theanine (200 mg): an amino acid from green tea": or a class in plain words,
        // after an article, that describes a labelled name or a copula's subject.)
        std::optional<std::size_t> labelled;
        bool class_words = false;
        if (norm(c_[k].first) == "from") {
            std::size_t a = k;
            while (a > 0 && k - a < 3 && is(a - 1, ChunkKind::word) && !is_word(a - 1, "a") && !is_word(a - 1, "an")) --a;
            if (a < k && a >= 2 && (is_word(a - 1, "a") || is_word(a - 1, "an"))) {
                labelled = labelled_name_before(a - 2);
                class_words = labelled || (a >= 3 && is_finite_be(a - 2) && is_agent_type(a - 3));
            }
        }
        // ("Natural caffeine from green tea, 80 mg": on a label, a compound after a plain
        // adjective, or opening its line, comes from the plant named next.)
        const bool label_source = norm(c_[k].first) == "from" && k >= 1 && is(k - 1, ChunkKind::entity) &&
                                  !c_[k - 1].anaphoric && entity(c_[k - 1].entity).type == EntityType::substance &&
                                  (k == 1 || (k == 2 && is(0, ChunkKind::word) && s_.tokens[c_[0].first].kind == TokenKind::word));
        if (norm(c_[k].first) == "from" && !class_words && !label_source &&
            (k < 2 || !is(k - 1, ChunkKind::entity) || entity(c_[k - 1].entity).type != EntityType::substance ||
             !article_before(k - 1)))
            return;
        const std::optional<std::size_t> first_owner = owner_after(k, true);
        if (!first_owner) return;
        const std::size_t p = *first_owner;
        // ("theobromine, the stimulant found in chocolate, and caffeine": an appositive set off
        // by commas closes at a comma before "and"; the name after is the outer list's.)
        bool comma_appositive = false;
        for (std::size_t q = k; q > 0 && k - q < 6; --q)
            if (is_comma(q - 1)) {
                comma_appositive = q < k && (is_word(q, "a") || is_word(q, "an") || is_word(q, "the")) && q >= 2 &&
                                   is_agent_type(q - 2);
                break;
            }
        std::vector<std::size_t> owners;  // "found in coffee, tea and cacao" (not "kratom, such as mitragynine")
        std::size_t owners_end = p;
        for (std::size_t m = p; m < c_.size(); ++m) {
            if (is(m, ChunkKind::entity) && entity(c_[m].entity).type == EntityType::substance) {
                owners.push_back(c_[m].entity);
                owners_end = m + 1;
            } else if (comma_appositive && is_comma(m) && m + 1 < c_.size() && is(m + 1, ChunkKind::connector) &&
                       !is_comma(m + 1)) {
                break;
            } else if (!(is(m, ChunkKind::connector) && !introduces_members(m))) {
                break;
            } else if (is_word(m + 1, "in") && is(m + 2, ChunkKind::entity)) {
                ++m;  // "found in coffee and in tea": the preposition said again
            }
        }
        if (labelled) {
            for (std::size_t owner : owners)
                for (std::size_t m : group_left(*labelled))
                    if (is_agent_type(m) && c_[m].entity != owner)
                        emit(owner, Predicate::contains, c_[m].entity, k, hedged(k, m), negated(k), BindMode::none);
            for (std::size_t m = p; m < owners_end; ++m)
                if (is(m, ChunkKind::entity)) is_target_[m] = claimed_[m] = true;
            return;
        }
        // The part: the nearest substance before, in the same clause; through a copula
        // to its subject ("THC is a cannabinoid found in ...").
        // ("Rosmarinic acid is a polyphenol that is also found in lemon balm": through the
        // relative pronoun to the clause its noun is in.)
        std::size_t lower = clause_start(k);
        if (lower > 1 && (is(lower - 1, ChunkKind::relative) || is_word(lower - 1, "that")) &&
            (is(lower - 2, ChunkKind::word) || is(lower - 2, ChunkKind::entity)))
            lower = clause_start(lower - 1);
        for (std::size_t q = k; q > lower; --q) {
            if (!is(q - 1, ChunkKind::entity) || entity(c_[q - 1].entity).type != EntityType::substance) continue;
            std::vector<std::size_t> parts = group_left(q - 1);
            const std::size_t lo = *std::min_element(parts.begin(), parts.end());
            // "Cannabidiol (CBD), a phytocannabinoid found in cannabis, ...": the class describes the name.
            if (auto head = described_by_appositive(lo)) parts = *head;
            else if (lo > 0)
                if (auto copula_subject = subject_of_copula(lo - 1)) parts = *copula_subject;
            for (std::size_t owner : owners)
                for (std::size_t m : parts)
                    if (is_agent_type(m)) emit(owner, Predicate::contains, c_[m].entity, k, hedged(k, m), negated(k), BindMode::none);
            for (std::size_t m = p; m < owners_end; ++m)
                if (is(m, ChunkKind::entity)) is_target_[m] = claimed_[m] = true;
            return;
        }
    }

    // "Some people experience dizziness", "many users describe a period of low mood":
    // people who report outcomes, in a sentence that names no substance, report them of
    // the substance under discussion (the chunker made them its implicit agent). What
    // they report or describe is hedged (claims.md: "users report"); what they
    // experience is as hedged as its clause.
    void apply_report(std::size_t k) {
        // "Hyponatraemia has been reported", "Seizures have been reported in people taking
        // it": outcomes reported with no agent named are reported of the article's substance.
        // ("Nausea, jaw clenching and sleeplessness are also reported": present tense, an
        // adverb between; not "is reported to ...", which reports a claim of its own.)
        std::size_t be = k > 0 ? k - 1 : 0;
        while (be > 0 && k - be < 3 && is(be, ChunkKind::word) &&
               (is_word(be, "also") || is_word(be, "often") || is_word(be, "sometimes") || norm(c_[be].first).ends_with("ly")))
            --be;
        if (k >= 2 && norm(c_[k].first).ends_with("ed") && !is_word(k + 1, "to") &&
            (is_word(be, "been") || is_word(be, "was") || is_word(be, "were") || is_word(be, "are") || is_word(be, "is"))) {
            std::size_t b = be;
            while (b > 0 && is(b - 1, ChunkKind::word) &&
                   (is_word(b - 1, "has") || is_word(b - 1, "have") || is_word(b - 1, "also") ||
                    norm(c_[b - 1].first).ends_with("ly")))
                --b;
            // "Complex sleep behaviors, including sleepwalking and sleep-driving, have been
            // reported": the examples set off by commas are reported with the outcome they
            // illustrate.
            std::vector<std::size_t> examples;
            if (b >= 4 && is_comma(b - 1)) {
                std::size_t q = b - 1;
                while (q > 0 && (is(q - 1, ChunkKind::entity) || (is(q - 1, ChunkKind::connector) &&
                                                                  norm(c_[q - 1].first) != "including" &&
                                                                  norm(c_[q - 1].first) != "such")))
                    --q;
                if (q >= 3 && q < b - 1 && is(q - 1, ChunkKind::connector) &&
                    (norm(c_[q - 1].first) == "including" || norm(c_[q - 1].first) == "such") && is_comma(q - 2) &&
                    is_condition(q - 3)) {
                    for (std::size_t m = q; m + 1 < b; ++m)
                        if (is_condition(m) && !claimed_[m]) examples.push_back(m);
                    b = q - 2;
                }
            }
            // ("Depression, aggressive behaviour and changes in mood have been reported": the
            // last member may be a change named by a noun cue, reported as that change.)
            std::optional<std::size_t> changed;
            if (b >= 4 && is(b - 2, ChunkKind::predicate) && !c_[b - 2].cue.verb && c_[b - 2].cue.cls == CueClass::predicate &&
                c_[b - 2].cue.fixed_target.empty() && is_condition(b - 1) && !claimed_[b - 1] &&
                (is_word(b - 3, "and") || is_mark(b - 3, "and")) && is_condition(b - 4)) {
                changed = b - 1;
                b -= 3;
            }
            if (b == 0 || !is_condition(b - 1) || claimed_[b - 1]) return;
            std::vector<std::size_t> outcomes = group_left(b - 1);
            std::size_t opens = *std::min_element(outcomes.begin(), outcomes.end());
            // ("No serious adverse events or extrapyramidal symptoms were reported": events
            // named in general words may open the list.)
            if (opens >= 2 && (is_word(opens - 1, "or") || is_mark(opens - 1, "or") || is_word(opens - 1, "and") ||
                               is_mark(opens - 1, "and"))) {
                std::size_t q = opens - 1;
                while (q > 0 && is(q - 1, ChunkKind::word) &&
                       (is_word(q - 1, "serious") || is_word(q - 1, "severe") || is_word(q - 1, "adverse") ||
                        is_word(q - 1, "events") || is_word(q - 1, "side") || is_word(q - 1, "effects")))
                    --q;
                if (q + 1 < opens) opens = q;
            }
            // ("No seizures were reported" denies them, plainly: a count of none is no report.)
            const bool none_seen = opens == clause_start(k) + 1 && is(opens - 1, ChunkKind::negation);
            if (opens != clause_start(k) && !none_seen) return;
            std::optional<std::size_t> topic = unnamed_topic();
            // ("... have been reported in people trying to stop smoking with Champix": the one
            // drug the sentence names, after the verb, is what they took.)
            if (!topic)
                for (std::size_t q = k + 1; q < c_.size() && !is(q, ChunkKind::boundary); ++q) {
                    if (!is_agent_type(q)) continue;
                    if (topic && *topic != c_[q].entity) return;
                    if (!(is_word(q - 1, "with") || is_word(q - 1, "taking") || is_word(q - 1, "on") || is_word(q - 1, "using")))
                        return;
                    topic = c_[q].entity;
                }
            if (!topic) return;
            if (changed) {
                is_target_[*changed] = claimed_[*changed] = true;
                emit(*topic, c_[*changed - 1].cue.predicate, c_[*changed].entity, k, true, negated(k), BindMode::none);
            }
            outcomes.insert(outcomes.end(), examples.begin(), examples.end());
            for (std::size_t m : outcomes) {
                if (!is_condition(m)) continue;
                is_target_[m] = claimed_[m] = true;
                emit(*topic, Predicate::increases, c_[m].entity, k, !none_seen, negated(k), BindMode::none, c_[m].direction);
            }
            return;
        }
        std::size_t p = k;
        // ("Users may experience dizziness", "users can suffer seizures": past a modal too.)
        while (p > 0 && k - p < 3 &&
               ((is(p - 1, ChunkKind::word) && (is_word(p - 1, "have") || is_word(p - 1, "also") || is_word(p - 1, "often") ||
                                                 norm(c_[p - 1].first).ends_with("ly"))) ||
                (is(p - 1, ChunkKind::hedge) && c_[p - 1].last == c_[p - 1].first + 1)))
            --p;
        // "Many people suffer from insomnia" says why they might take something; "users can
        // suffer seizures", after a modal and with its object, what it may do to them.
        if (is_word(k, "suffer") && (p == k || is_word(k + 1, "from"))) return;
        // "Patients taking sertraline often report nausea", "people on SSRIs have reported
        // akathisia": the people named by what they take report its effects.
        // ("Some patients taking it report restlessness": a pronoun taken names what it stands
        // for; "People who use it often report nausea": so does a relative clause.)
        std::optional<std::size_t> taken;
        const bool intake = p >= 3 && (is_word(p - 2, "on") || (is(p - 2, ChunkKind::word) &&
                                                                roles_.has(norm(c_[p - 2].first), WordRole::intake)));
        if (intake && is_agent_type(p - 1) && (!c_[p - 1].anaphoric || c_[p - 1].last == c_[p - 1].first + 1) &&
            (is(p - 3, ChunkKind::person) || (p >= 4 && is(p - 3, ChunkKind::relative) && is(p - 4, ChunkKind::person))))
            taken = c_[p - 1].entity;
        // ("Users of salvia typically describe ...": the people named by what they use.)
        if (!taken && p >= 3 && is_agent_type(p - 1) && !c_[p - 1].anaphoric && is_word(p - 2, "of") &&
            is(p - 3, ChunkKind::person) && p - 3 == clause_start(p - 3))
            taken = c_[p - 1].entity;
        // ("many people describe a soft euphoria after a cup of blue lotus tea": what they took,
        // named after the outcome.)
        if (!taken && p > 0 && is(p - 1, ChunkKind::person) && !c_[p - 1].anaphoric)
            if (auto a = agent_chunk_after(k)) taken = c_[*a].entity;
        // ("When Hofmann took 0.5 mg of pure ergine himself, he reported tiredness", "When
        // volunteers took kratom, they reported nausea": what a fronted clause of someone's
        // intake names, reported by the pronoun that opens the main clause.)
        if (!taken && p > 0 &&
            (is(p - 1, ChunkKind::person) || is_word(p - 1, "he") || is_word(p - 1, "she") ||
             (is(p - 1, ChunkKind::entity) && c_[p - 1].anaphoric && norm(c_[p - 1].first) == "they")))
            if (auto f = fronted_intake(p - 1)) taken = *f;
        if (!taken && (p == 0 || !is(p - 1, ChunkKind::person) || !c_[p - 1].anaphoric)) return;
        const std::size_t agent = taken ? *taken : c_[p - 1].entity;
        std::vector<std::size_t> targets;
        for (std::size_t t = k + 1; t < c_.size(); ++t) {
            // ("describe altered perception, visual distortions and laughter": the participle
            // states its own noun's claim; the list goes on.)
            if (participle_of_change(t) && is(t + 1, ChunkKind::entity)) {
                ++t;
                continue;
            }
            if (is(t, ChunkKind::boundary) || is(t, ChunkKind::relative) || is(t, ChunkKind::without) ||
                is(t, ChunkKind::predicate))
                break;
            // ("notice that their nightmares become less frequent": an outcome with a verb of
            // its own is that clause's subject; the verb says what became of it.)
            // ("that their sleep and appetite improve": with the list it ends.)
            // ("I noticed my anxiety was way down": so is one with a linking verb; the state
            // after it says what became of it.)
            if (is_condition(t) && t + 1 < c_.size() &&
                ((is(t + 1, ChunkKind::predicate) && (c_[t + 1].cue.verb || is_change_verb(t + 1))) || linked_state(t + 1))) {
                const std::vector<std::size_t> list = group_left(t);
                std::erase_if(targets, [&](std::size_t m) { return std::find(list.begin(), list.end(), m) != list.end(); });
                break;
            }
            if (is_condition(t) && !claimed_[t] && !is_target_[t]) targets.push_back(t);
        }
        const bool says = !norm(c_[k].first).starts_with("experienc");
        const bool h = says || hedged(k, p - 1), n = negated(k);
        for (std::size_t t : targets) {
            is_target_[t] = claimed_[t] = true;
            // "Most customers report no morning grogginess": "no" denies the outcome it stands before.
            std::size_t q = t;  // (over a modifier: "no morning grogginess")
            while (q > 0 && t - q < 2 && is(q - 1, ChunkKind::word)) --q;
            const bool no = q > 0 && is(q - 1, ChunkKind::negation) && norm(c_[q - 1].first) == "no";
            emit(agent, Predicate::increases, c_[t].entity, k, h, n || no, BindMode::none, c_[t].direction);
        }
    }

    // A linking verb at k and, past a filler or two, a state apply_state reads: "was way
    // down", "is gone", "got worse".
    bool linked_state(std::size_t k) const {
        if (!is(k, ChunkKind::word) || !roles_.has(norm(c_[k].first), WordRole::linking)) return false;
        for (std::size_t q = k + 1; q < c_.size() && q <= k + 3; ++q) {
            const std::string_view w = norm(c_[q].first);
            if (w == "down" || w == "gone" || w == "up" || roles_.has(w, WordRole::improved) || roles_.has(w, WordRole::worsened))
                return true;
            if (!is(q, ChunkKind::word) || !(roles_.has(w, WordRole::filler) || w.ends_with("ly"))) return false;
        }
        return false;
    }

    // "is associated with", "has been tied to": a word of role `link` links like "linked to"
    // only as a passive after "be" (an adverb may stand between) and before "with" or "to";
    // without "be" it opens a modifier ("pain associated with withdrawal").
    bool is_be_link(std::size_t k) const {
        if (!(is_word(k + 1, "with") || is_word(k + 1, "to"))) return false;
        if (k < 2) return false;
        std::size_t b = k - 1;  // ("is not associated with": the denial counts as for any cue)
        if (b > 0 && (is(b, ChunkKind::negation) || (is(b, ChunkKind::word) && norm(c_[b].first).ends_with("ly")))) --b;
        return is_finite_be(b) || is_word(b, "be") || is_word(b, "been");
    }
    // "is", "are", "was", "were".
    // The past tense of the verbs of experience that do not end in "-ed" (grammar, not data:
    // the finite form of a closed set of verbs).
    static bool is_irregular_past(std::string_view v) {
        return v == "made" || v == "left" || v == "kept" || v == "gave" || v == "got" || v == "felt" || v == "took";
    }
    // A denial with "do": "does not", "didn't", "do not" (the form of "do" in the chunk or
    // the word before it).
    bool do_support(std::size_t neg) const {
        auto is_do = [](std::string_view w) {
            return w == "do" || w == "does" || w == "did" || w == "doesn" || w == "didn" || w == "don" || w == "dont" ||
                   w == "doesnt" || w == "didnt";
        };
        if (is_do(norm(c_[neg].first))) return true;
        return neg > 0 && is(neg - 1, ChunkKind::word) && is_do(norm(c_[neg - 1].first));
    }
    bool is_finite_be(std::size_t k) const {
        return is_word(k, "is") || is_word(k, "are") || is_word(k, "was") || is_word(k, "were");
    }
    // "and" or "but", as a plain word or as a list's connector.
    bool is_and_or_but(std::size_t k) const {
        return is_word(k, "and") || is_word(k, "but") || is_mark(k, "and") || is_mark(k, "but");
    }

    // "Cannabis users were twice as likely to develop psychosis", "are less likely to
    // relapse": a comparison of how likely an outcome is says which way the substance moves
    // it (hedged, as "likely" is).
    void apply_as_likely(std::size_t k) {
        std::size_t q = k;
        if (q > 0 && is_word(q - 1, "as")) --q;
        if (q == 0 || !is(q - 1, ChunkKind::word)) return;
        const std::string_view w = norm(c_[q - 1].first);
        bool less = false;
        if (w == "less") less = true;
        else if (w != "more" && w != "twice" && w != "times") return;
        --q;
        if (w == "more" && q > 0 && is_word(q - 1, "times")) --q;  // "three times more likely"
        std::size_t t = k + 2;
        while (t < c_.size() && t <= k + 4 &&
               (is(t, ChunkKind::word) || is(t, ChunkKind::hedge) ||
                (is(t, ChunkKind::predicate) && norm(c_[t].first).starts_with("develop"))))
            ++t;  // "to develop a", "to report"
        // ("to have had a first episode of psychosis": a word of occurrence and "of".)
        if (!is_condition(t))
            for (std::size_t e = t; e < c_.size() && e <= k + 9 && is(e, ChunkKind::word); ++e)
                if ((is_word(e, "episode") || is_word(e, "episodes") || is_word(e, "case") || is_word(e, "cases") ||
                     is_word(e, "diagnosis") || is_word(e, "symptoms")) &&
                    is_word(e + 1, "of") && is_condition(e + 2)) {
                    t = e + 2;
                    break;
                }
        // (A target of "develop" with no subject of its own is still free: claimed_ says.)
        if (!is_condition(t) || claimed_[t]) return;
        std::vector<std::size_t> subj;
        // "Cannabis users were", "Daily users are": the people who take it, named by it or not.
        std::size_t p = q;
        while (p > 0 && q - p < 4 && is(p - 1, ChunkKind::word)) --p;  // "are about", "were"
        // "people who used cannabis with a THC content of more than 10% every day were": the
        // first thing the people took, not a name in what describes it.
        for (std::size_t r = p; r > 1 && p - r < 16 && subj.empty() && !is(r - 1, ChunkKind::boundary); --r) {
            if (!is(r - 1, ChunkKind::relative) || !is(r - 2, ChunkKind::person)) continue;
            for (std::size_t a = r; a < p && subj.empty(); ++a)
                if (is_agent_type(a) && !c_[a].anaphoric) subj.push_back(a);
            if (subj.empty()) break;
        }
        // ("Those who had taken amphetamine, sold under brand names such as Adderall, were":
        // the name before an aside that closes right before the verb.)
        if (subj.empty())
            for (std::size_t sc : participial_aside_head(p))
                if (is_agent_type(sc)) subj.push_back(sc);
        if (subj.empty()) subj = agent_subjects(q, true);
        // "People who took semaglutide were", "Patients on semaglutide were": the people and
        // what they took.
        if (subj.empty() && p > 1 && is_agent_type(p - 1) && !c_[p - 1].anaphoric) {
            std::size_t r = p - 1;
            while (r > 0 && p - 1 - r < 3 && is(r - 1, ChunkKind::word)) --r;
            if (r > 0 && is(r - 1, ChunkKind::relative)) --r;
            if (r > 0 && r < p - 1 && is(r - 1, ChunkKind::person)) subj.push_back(p - 1);
        }
        if (subj.empty() && p > 0 && is(p - 1, ChunkKind::person)) {
            if (p >= 2 && is_agent_type(p - 2)) subj.push_back(p - 2);
            else if (auto topic = unnamed_topic()) {
                const bool h = true, n = negated(k);
                for (std::size_t m : group_right(t)) {
                    if (!is_condition(m) || claimed_[m]) continue;
                    is_target_[m] = claimed_[m] = true;
                    emit(*topic, less ? Predicate::decreases : Predicate::increases, c_[m].entity, k, h, n, BindMode::none,
                         c_[m].direction);
                }
                return;
            }
        }
        if (subj.empty()) return;
        for (std::size_t m : group_right(t)) {
            if (!is_condition(m) || claimed_[m]) continue;
            is_target_[m] = claimed_[m] = true;
            for (std::size_t sc : subj)
                emit(c_[sc].entity, less ? Predicate::decreases : Predicate::increases, c_[m].entity, k, true, negated(k),
                     BindMode::none, c_[m].direction);
        }
    }

    // "Long-term use is linked to cystitis and memory problems": a substance (or its use)
    // linked to outcomes is reported to bring them on (the link itself hedges it).
    void apply_linked(std::size_t k) {
        // The outcome may follow a few words: "linked to rare cases of serious liver injury"
        // (or a member the lexicon lacks: "linked to oral lesions, periodontal disease and ...").
        std::size_t first = k + 1;
        while (first < c_.size() && first <= k + 7 &&
               (is(first, ChunkKind::word) || (is(first, ChunkKind::connector) && first > k + 1 && !is_mark(first, "("))))
            ++first;
        if (!is(first, ChunkKind::entity)) return;
        // "Seizures have been linked to kratom", "reports of seizures, loss of consciousness
        // and deaths, linked to tianeptine products": the outcomes come before, the substance after.
        if (first <= k + 3 && is_agent_type(first) && !c_[first].anaphoric && k > 0) {
            std::size_t o = k - 1;
            if (is_comma(o) && o > 0) --o;
            while (o > 0 && k - o < 5 &&
                   ((is(o, ChunkKind::negation) && norm(c_[o].first) == "not") ||
                    (is(o, ChunkKind::word) &&
                     (is_finite_be(o) || is_word(o, "been") || is_word(o, "have") || is_word(o, "has") ||
                      is_word(o, "also") || is_word(o, "strongly") || is_word(o, "repeatedly")))))
                --o;
            if (!is_condition(o) || claimed_[o]) return;
            std::vector<std::size_t> outcomes;
            for (std::size_t m : group_left(o))
                if (is_condition(m) && !claimed_[m]) outcomes.push_back(m);
            const bool n = negated(k);
            for (std::size_t m : outcomes) {
                is_target_[m] = claimed_[m] = true;
                for (std::size_t a : group_right(first))
                    if (is_agent_type(a)) emit(c_[a].entity, Predicate::increases, c_[m].entity, k, true, n, BindMode::none, c_[m].direction);
            }
            return;
        }
        std::vector<std::size_t> targets;
        for (std::size_t t = k + 1; t < c_.size(); ++t) {
            if (is(t, ChunkKind::boundary) || is(t, ChunkKind::relative) || is(t, ChunkKind::predicate)) break;
            if (claimed_[t] || is_target_[t]) continue;
            // "was associated with reduced cortisol levels": a messenger named with its change.
            if (is_condition(t) || (is(t, ChunkKind::entity) && c_[t].direction != 0 && !is_agent_type(t)))
                targets.push_back(t);
        }
        if (targets.empty()) return;
        // "Curcumin lowers cytokines, and chronic inflammation is linked to depression": an
        // outcome that opens the clause after ", and" is the clause's subject; one outcome
        // linked to another is no claim, and the substance of the clause before is no subject.
        {
            std::size_t o = k;
            while (o > 0 && k - o < 5 &&
                   ((is(o - 1, ChunkKind::negation) && norm(c_[o - 1].first) == "not") ||
                    (is(o - 1, ChunkKind::word) && (is_finite_be(o - 1) || is_word(o - 1, "been") || is_word(o - 1, "have") ||
                                                    is_word(o - 1, "has") || is_word(o - 1, "also") ||
                                                    is_word(o - 1, "strongly") || is_word(o - 1, "repeatedly")))))
                --o;
            if (o > 0 && is_condition(o - 1) && !c_[o - 1].anaphoric) {
                std::size_t p = o - 1;
                while (p > 0 && o - 1 - p < 3 && is(p - 1, ChunkKind::word) && s_.tokens[c_[p - 1].first].kind == TokenKind::word &&
                       !is_word(p - 1, "and") && !is_word(p - 1, "but"))
                    --p;
                if (p >= 2 && is_and_or_but(p - 1) && is_comma(p - 2)) return;
            }
        }
        const std::vector<std::size_t> subj = agent_subjects(k, true);
        if (subj.empty()) return;
        for (std::size_t t : targets) {
            is_target_[t] = claimed_[t] = true;
            for (std::size_t sc : subj) {
                // "Low magnesium levels have been linked to depression": the lack of it is
                // what is linked, so the substance lowers the outcome.
                emit(c_[sc].entity, lowered_subject(sc) ? Predicate::decreases : Predicate::increases, c_[t].entity, k, true,
                     negated(k), BindMode::none, c_[t].direction);
            }
        }
    }

    // "Case reports have linked psilocybin taken with lithium to seizures", "Studies link
    // caffeine use with anxiety": the active verb of linking names the substances first and
    // the outcomes after "to" or "with". Each substance named before the outcomes is linked
    // to each of them, hedged as "linked to" is. A "with" before another substance ("taken
    // with lithium") joins that substance to the ones linked.
    void apply_link_active(std::size_t k) {
        // "officials linked at least six deaths to 7-OH products", "have linked several cases
        // of psychosis to kratom": the outcomes first, then "to" and what they are linked to.
        {
            std::size_t q = k + 1;
            while (q < c_.size() && q <= k + 5 && is(q, ChunkKind::word) && !is_word(q, "to")) ++q;
            if (is_condition(q) && !claimed_[q]) {
                const std::vector<std::size_t> outcomes = group_right(q);
                const std::size_t to = *std::max_element(outcomes.begin(), outcomes.end()) + 1;
                if (is_word(to, "to") && is_agent_type(to + 1)) {
                    const bool n = negated(k);
                    for (std::size_t m : outcomes) {
                        if (!is_condition(m) || claimed_[m]) continue;
                        is_target_[m] = claimed_[m] = true;
                        for (std::size_t a : agents_from(to + 1))
                            emit(c_[a].entity, Predicate::increases, c_[m].entity, k, true, n, BindMode::none, c_[m].direction);
                    }
                    return;
                }
            }
        }
        if (!is_agent_type(k + 1)) return;
        std::vector<std::size_t> agents;
        std::size_t j = k + 1;
        for (; j < c_.size() && j <= k + 10; ++j) {
            if (is(j, ChunkKind::entity)) {
                // ("have linked the seeds to psychosis", "authorities linked it to a string of
                // liver-injury cases": a description or a pronoun stands for its substance.)
                if (!is_agent_type(j)) return;
                agents.push_back(j);
            } else if ((is_word(j, "to") || is_word(j, "with")) && !is_agent_type(j + 1)) {
                break;
            } else if (!is(j, ChunkKind::word) && !(is(j, ChunkKind::connector) && !is_mark(j, "("))) {
                return;
            }
        }
        if (agents.empty() || j >= c_.size() || j > k + 10) return;
        // The outcome may follow a few words: "to an increased risk of seizures".
        std::size_t first = j + 1;
        while (first < c_.size() && first <= j + 4 && is(first, ChunkKind::word)) ++first;
        if (!is_condition(first)) return;
        const bool n = negated(k);
        for (std::size_t m : group_right(first)) {
            if (!is_condition(m) || claimed_[m]) continue;
            is_target_[m] = claimed_[m] = true;
            for (std::size_t a : agents)
                emit(c_[a].entity, Predicate::increases, c_[m].entity, k, true, n, BindMode::none, c_[m].direction);
        }
    }

    // "Methamphetamine is highly addictive", "Kratom is not sedating": a substance said to
    // be an outcome's adjective brings the outcome on (the lexicon names "addictive" as
    // addiction, so no property cue stands there).
    void apply_copula_property() {
        for (std::size_t k = 1; k + 1 < c_.size(); ++k) {
            // "it isn't habit-forming": the contraction is one negation chunk.
            // ("Trazodone isnt addictive": a forum's contraction with no apostrophe too.)
            const bool contracted = is(k, ChunkKind::negation) &&
                                    (norm(c_[k].first) == "isn" || norm(c_[k].first) == "aren" ||
                                     norm(c_[k].first) == "wasn" || norm(c_[k].first) == "weren" ||
                                     norm(c_[k].first) == "isnt" || norm(c_[k].first) == "arent" ||
                                     norm(c_[k].first) == "wasnt" || norm(c_[k].first) == "werent");
            // "can be habit-forming": a modal before "be" (a hedge chunk) stands between.
            std::size_t subject = k - 1;
            if (is_word(k, "be") && k >= 2 && is(k - 1, ChunkKind::hedge)) subject = k - 2;
            else if (!(is_word(k, "is") || is_word(k, "are") || is_word(k, "was") || is_word(k, "were") || contracted))
                continue;
            // ("Melatonin is not habit-forming": a hormone taken as a supplement too.)
            if (!is(subject, ChunkKind::entity) ||
                !(is_agent_type(subject) || entity(c_[subject].entity).type == EntityType::hormone))
                continue;
            std::size_t t = k + 1;
            // ("is not considered addictive", "is generally regarded as addictive": an opinion,
            // so hedged.)
            bool opinion = false;
            while (t < c_.size() && t <= k + 4 &&
                   ((is(t, ChunkKind::word) && (norm(c_[t].first).ends_with("ly") || is_word(t, "very") ||
                                               is_word(t, "so") || is_word(t, "not") || is_word(t, "non") || is_hyphen(t) ||
                                               is_word(t, "considered") || is_word(t, "regarded") ||
                                               (is_word(t, "as") && is_word(t - 1, "regarded")))) ||
                    is(t, ChunkKind::negation) || is(t, ChunkKind::hedge))) {
                opinion = opinion || is_word(t, "considered") || is_word(t, "regarded");
                ++t;
            }
            // "is a highly addictive stimulant", "is the principal addictive constituent of
            // tobacco": the adjective of the class the subject is said to be.
            bool attributive = false;
            if (is_word(t, "a") || is_word(t, "an") || is_word(t, "the")) {
                attributive = true;
                std::size_t a = t + 1;
                while (a < c_.size() && a <= t + 3 && is(a, ChunkKind::word) && s_.tokens[c_[a].first].kind == TokenKind::word &&
                       !is_hyphen(a))
                    ++a;
                t = a;
            }
            // (A word or two: "addictive", "habit forming", "habit-forming".)
            if (!is_condition(t) || claimed_[t] || is_target_[t] || c_[t].last > c_[t].first + 3) continue;
            if (attributive) {
                // The class's noun follows the adjective: "addictive drug", "addictive constituent".
                // ("a stimulant": the class may be a name; "an anxiety medication" names no
                // adjective, nor does any noun in -y.)
                // ("a sedating antidepressant": a class named by the word of its own effect too.)
                if (t + 1 >= c_.size() ||
                    !((is(t + 1, ChunkKind::word) && s_.tokens[c_[t + 1].first].kind == TokenKind::word) ||
                      (is(t + 1, ChunkKind::entity) && (c_[t + 1].anaphoric || is_agent_type(t + 1))) ||
                      (is(t + 1, ChunkKind::predicate) && !c_[t + 1].cue.verb && !c_[t + 1].cue.fixed_target.empty())) ||
                    norm(c_[t].last - 1).ends_with("y"))
                    continue;
            } else if (t + 1 < c_.size() && !is(t + 1, ChunkKind::connector) && !is(t + 1, ChunkKind::boundary) &&
                       !(is(t + 1, ChunkKind::word) && s_.tokens[c_[t + 1].first].kind == TokenKind::punct) &&
                       // ("is not addictive the way benzos are", "in the way nicotine is", "is not
                       // addictive like opioids")
                       !(is_word(t + 1, "the") && is_word(t + 2, "way")) &&
                       !(is_word(t + 1, "in") && is_word(t + 2, "the") && is_word(t + 3, "way")) && !is_word(t + 1, "like") &&
                       !is_word(t + 1, "than")) {
                // Only an adjective that ends its phrase: not "is anxiety relief", "is pain in ...".
                continue;
            }
            if (!adjective_form(t)) continue;  // "addictive", "sedating", "euphoric", "relaxed", "drowsy"; not "is anxiety"
            bool denied = contracted;
            for (std::size_t q = k + 1; q < t; ++q) denied = denied || is(q, ChunkKind::negation) || is_word(q, "not");
            // ("There is no evidence that kava is habit-forming": a denial before the clause.)
            if (!denied && subject > 0)
                for (std::size_t q = subject; q-- > 0 && subject - q < 4;) {
                    if (is(q, ChunkKind::negation)) {
                        const std::string_view w = norm(c_[q].last - 1);
                        denied = w == "that";  // "no evidence that", "little evidence that"
                        break;
                    }
                    if (!is(q, ChunkKind::word)) break;
                }
            // "Neither of them is addictive": both names "them" stands for, each denied.
            std::size_t first = subject;
            while (first > 0 && is(first - 1, ChunkKind::entity) && c_[first - 1].first == c_[subject].first) --first;
            if (first >= 2 && is_word(first - 1, "of") && is(first - 2, ChunkKind::negation) &&
                norm(c_[first - 2].first) == "neither")
                denied = true;
            claimed_[t] = true;
            std::vector<std::size_t> subjects;
            for (std::size_t a = first; a <= subject; ++a) subjects.push_back(a);
            // "Valerian and hops are not addictive": every name of a list before the copula.
            if (first == subject && !c_[subject].anaphoric)
                for (std::size_t m : group_left(subject))
                    if (m < subject && !c_[m].anaphoric &&
                        (is_agent_type(m) || entity(c_[m].entity).type == EntityType::hormone))
                        subjects.push_back(m);
            for (std::size_t a : subjects)
                emit(c_[a].entity, Predicate::increases, c_[t].entity, k, opinion || hedged(k, subject), denied, BindMode::none);
        }
    }

    // "used recreationally for its dissociative and hallucinogenic effects", "prized for
    // its calming effects", "kava's relaxing properties": outcomes named as a substance's
    // own effects, that no cue took, are effects it brings on.
    void apply_possessive_effects() {
        for (std::size_t k = 0; k + 1 < c_.size(); ++k) {
            const bool its = is(k, ChunkKind::entity) && c_[k].anaphoric && norm(c_[k].last - 1) == "its";
            // ("the drug's" as "its"; not "it's".)
            const bool genitive = is(k, ChunkKind::entity) && is_word(k + 1, "'s") &&
                                  (!c_[k].anaphoric || norm(c_[k].last - 1) != "it");
            const std::size_t owner = k, t = its ? k + 1 : k + 2;
            if (!(its || genitive) || !is_agent_type(owner) || t >= c_.size() || !is_condition(t)) continue;
            std::vector<std::size_t> outcomes;
            std::size_t q = t;
            while (q < c_.size() && is_condition(q)) {
                outcomes.push_back(q);
                if (q + 2 < c_.size() && is(q + 1, ChunkKind::connector) && !is_comma(q + 1) && is_condition(q + 2)) q += 2;
                else break;
            }
            if (outcomes.empty()) continue;
            // The last names them effects: "... effects", "... properties".
            const std::size_t last = outcomes.back();
            if (!named_effects(last)) continue;
            for (std::size_t o : outcomes) {
                if (c_[o].last == c_[o].first + 1 && !adjective_form(o)) continue;  // "its anxiety effects"
                // An outcome a verb already took ("is thought to underlie the drug's euphoric
                // effects", "may enhance kratom's sedative effects") is still the owner's
                // effect; the verb's hedge is the verb's, and the effect is taken as given.
                const bool taken = claimed_[o] || is_target_[o];
                if (taken && std::any_of(claims_.begin(), claims_.end(), [&](const SentenceClaim& cl) {
                        return cl.subject == c_[owner].entity && cl.target == c_[o].entity;
                    }))
                    continue;
                claimed_[o] = true;
                emit(c_[owner].entity, Predicate::increases, c_[o].entity, o, !taken && hedged(o, owner), negated(o),
                     BindMode::none, c_[o].direction);
            }
        }
    }

    // A noun that says what kind of messenger a name is: "the stress hormone, cortisol",
    // "the brain's main calming chemical, GABA" (word role messenger-noun, and "chemical").
    // "the activity of two natural chemical messengers in the brain, noradrenaline and
    // serotonin": the word at `j` or one right after it is a noun of messengers' kind, and
    // after it (and where they are) a comma and a messenger name them.
    bool messengers_named_ahead(std::size_t j) const {
        for (std::size_t n = j; n < c_.size() && n <= j + 1; ++n) {
            if (!is(n, ChunkKind::word) || !names_messenger_kind(norm(c_[n].first))) continue;
            const std::size_t comma = in_the_body(n + 1) ? n + 4 : n + 1;
            return is_comma(comma) && comma + 1 < c_.size() && is_messenger(comma + 1);
        }
        return false;
    }
    // Chunks q to q + 2 say where a messenger is: "in the brain", "in the body".
    bool in_the_body(std::size_t q) const {
        return is_word(q, "in") && is_word(q + 1, "the") && (is_word(q + 2, "brain") || is_word(q + 2, "body"));
    }

    bool names_messenger_kind(std::string_view noun) const {
        return roles_.has(noun, WordRole::messenger_noun) || noun == "chemical";
    }

    // For the comma at chunk `comma`: the outcomes named by adjectives inside a description
    // of a messenger that opens after it, "the brain's main calming neurotransmitter", "a
    // calming pathway" (the description ends at a noun of messenger's kind: word role
    // messenger-noun, "chemical", "pathway", "system"). Empty when it is no such description.
    std::vector<std::size_t> messenger_description(std::size_t comma) const {
        std::vector<std::size_t> outcomes;
        if (!opens_noun_phrase(comma + 1)) return outcomes;
        for (std::size_t q = comma + 2; q < c_.size() && q <= comma + 7; ++q) {
            if (is_condition(q) && adjective_form(q)) {
                outcomes.push_back(q);
                continue;
            }
            if (!is(q, ChunkKind::word)) break;
            const std::string_view w = norm(c_[q].first);
            if (names_messenger_kind(w) || w == "pathway" || w == "system")
                return outcomes;
        }
        return {};
    }

    // "GABA, the brain's main calming neurotransmitter", "cortisol, the body's main stress
    // hormone": what the description says the messenger brings on, it brings on (the seed
    // guide's mediators: the messenger is the subject of its description).
    void apply_messenger_description() {
        for (std::size_t m = 0; m + 2 < c_.size(); ++m) {
            if (!is_messenger(m) || !is_comma(m + 1)) continue;
            for (std::size_t o : messenger_description(m + 1)) {
                if (claimed_[o]) continue;
                claimed_[o] = is_target_[o] = true;
                emit(c_[m].entity, Predicate::increases, c_[o].entity, o, hedged(o, m), false, BindMode::none,
                     c_[o].direction);
            }
        }
    }

    // "..., the enzyme that breaks down GABA, so more of this calming neurotransmitter hangs
    // around": a demonstrative, an outcome's adjective and a noun of messenger's kind point
    // back to the messenger named before, and say what it brings on (as a description after
    // its name does, apply_messenger_description).
    void apply_demonstrative_description() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            if (!(is_word(k, "this") || is_word(k, "these")) || !is_condition(k + 1) || !adjective_form(k + 1) ||
                claimed_[k + 1] || !is(k + 2, ChunkKind::word) || !names_messenger_kind(norm(c_[k + 2].first)))
                continue;
            std::optional<std::size_t> messenger;
            for (std::size_t q = k; q > 0 && !messenger; --q)
                if (is_messenger(q - 1) && !c_[q - 1].anaphoric) messenger = q - 1;
            if (!messenger) continue;
            claimed_[k + 1] = is_target_[k + 1] = true;
            emit(c_[*messenger].entity, Predicate::increases, c_[k + 1].entity, k + 1, hedged(k + 1, *messenger), false,
                 BindMode::none, c_[k + 1].direction);
        }
    }

    // An outcome named by an adjective: "addictive", "sedating", "euphoric", "relaxed",
    // "drowsy", "habit-forming"; not a noun ("anxiety").
    bool adjective_form(std::size_t t) const {
        const std::string_view w = norm(c_[t].last - 1);
        return w.ends_with("ive") || w.ends_with("ing") || w.ends_with("ic") || w.ends_with("ed") || w.ends_with("y");
    }

    // "Non-habit forming and gentle on the stomach", "a non-drowsy formula": an outcome
    // denied by "non-" is denied of the name before it in the sentence, else of the page's
    // product, else of the article's substance. (After a copula, apply_copula_property
    // has taken it.)
    void apply_non_prefixed() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (norm(c_[k].first) != "non" || !is_hyphen(k + 1) || !is_condition(k + 2)) continue;
            const std::size_t t = k + 2;
            if (claimed_[t] || is_target_[t] || !adjective_form(t)) continue;
            // ("318 non-smoking adults", "in non-smoking older adults": it describes people.)
            auto people = [&](std::size_t q) {
                return is(q, ChunkKind::person) || (is(q, ChunkKind::word) && roles_.has(norm(c_[q].last - 1), WordRole::cohort));
            };
            if (people(t + 1) || (is(t + 1, ChunkKind::word) && people(t + 2))) continue;
            std::optional<std::size_t> agent;
            for (std::size_t q = k; q > 0 && !agent; --q)
                if (is_agent_type(q - 1) && !is_target_[q - 1]) agent = c_[q - 1].entity;
            if (!agent) agent = page_subject();
            if (!agent) continue;
            claimed_[t] = true;
            emit(*agent, Predicate::increases, c_[t].entity, k, hedged(k, std::nullopt), true, BindMode::none);
        }
    }

    // "Melatonin-free", "gluten-free", "caffeine-free": the article's product (or
    // substance) contains none of it.
    void apply_free_of() {
        const std::optional<std::size_t> topic = page_subject();
        if (!topic) return;
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::entity) || c_[k].anaphoric || !is_hyphen(k + 1) || !is_word(k + 2, "free") ||
                roles_.has(norm(c_[k].first), WordRole::diet_label))
                continue;
            const EntityType t = entity(c_[k].entity).type;
            if (t != EntityType::substance && t != EntityType::other && t != EntityType::hormone) continue;
            is_target_[k] = claimed_[k] = true;
            emit(*topic, Predicate::contains, c_[k].entity, k + 2, false, true, BindMode::none);
        }
        // "Contains no sugar, gluten, soy or dairy.": a label's line with no subject is the
        // page's product's (each member, as the general rule may leave a list of them).
        if (c_.size() > 2 && is(0, ChunkKind::predicate) && c_[0].cue.predicate == Predicate::contains &&
            is(1, ChunkKind::negation) && norm(c_[1].first) == "no" && is(2, ChunkKind::entity))
            for (std::size_t m : group_right(2)) {
                const EntityType t = entity(c_[m].entity).type;
                if (c_[m].anaphoric || claimed_[m] || (t != EntityType::substance && t != EntityType::other)) continue;
                is_target_[m] = claimed_[m] = true;
                emit(*topic, Predicate::contains, c_[m].entity, 0, false, true, BindMode::none);
            }
        // "Boosts natural energy and stamina without caffeine", "Supports a natural sleep cycle
        // without melatonin": a product's line whose subject is the product says what the
        // product is without.
        // (The subject is the implicit one of a line with no subject: "Kava helps you sleep
        // without melatonin" compares.)
        // (An implicit subject spans the first token of the chunk after it, the verb.)
        if (c_.size() > 1 && is(0, ChunkKind::entity) && c_[0].anaphoric && c_[0].first == c_[1].first &&
            c_[0].entity == *topic)
            for (std::size_t k = 1; k + 1 < c_.size(); ++k) {
                if (!is(k, ChunkKind::without) || !is(k + 1, ChunkKind::entity) || c_[k + 1].anaphoric ||
                    c_[k + 1].entity == *topic)
                    continue;
                const EntityType t = entity(c_[k + 1].entity).type;
                if (t != EntityType::substance && t != EntityType::other && t != EntityType::hormone) continue;
                is_target_[k + 1] = claimed_[k + 1] = true;
                emit(*topic, Predicate::contains, c_[k + 1].entity, k + 1, false, true, BindMode::none);
            }
        // "Vegan and free from gluten, soy and dairy", "free of artificial colours": each
        // substance listed after "free from" (or "of") is left out.
        // ("Free from: gluten, dairy, soy": a label's colon may stand before the list.)
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is_word(k, "free") || !(is_word(k + 1, "from") || is_word(k + 1, "of"))) continue;
            const std::size_t first = is(k + 2, ChunkKind::boundary) && norm(c_[k + 2].first) == ":" ? k + 3 : k + 2;
            if (!is(first, ChunkKind::entity)) continue;
            for (std::size_t m : group_right(first)) {
                const EntityType t = entity(c_[m].entity).type;
                // (A hormone sold as a supplement is left out too: "free from melatonin".)
                if (c_[m].anaphoric || claimed_[m] ||
                    (t != EntityType::substance && t != EntityType::other && t != EntityType::hormone))
                    continue;
                is_target_[m] = claimed_[m] = true;
                emit(*topic, Predicate::contains, c_[m].entity, k, false, true, BindMode::none);
            }
        }
    }

    // "the average THC content of herbal cannabis", "the caffeine content in coffee": the
    // substance whose content is measured contains the one named before "content".
    void apply_content_of() {
        for (std::size_t k = 0; k + 1 < c_.size(); ++k) {
            if (!is_word(k + 1, "content") || !is(k, ChunkKind::entity) || c_[k].anaphoric ||
                entity(c_[k].entity).type != EntityType::substance)
                continue;
            // "Kratom has a high mitragynine content", "a strain with a low THC content".
            if (!is_word(k + 2, "of") && !is_word(k + 2, "in")) {
                std::size_t h = k;
                while (h > 0 && k - h < 3 && is(h - 1, ChunkKind::word) && !is_word(h - 1, "has") && !is_word(h - 1, "have") &&
                       !is_word(h - 1, "with"))
                    --h;
                if (h < 2 || !(is_word(h - 1, "has") || is_word(h - 1, "have") || is_word(h - 1, "with"))) continue;
                const std::size_t owner = is(h - 2, ChunkKind::entity) ? h - 2 : h - 1;
                if (owner == h - 1 || !is_agent_type(owner) || c_[owner].entity == c_[k].entity) continue;
                const std::vector<std::size_t> owners = c_[owner].anaphoric ? subjects(h - 1, h - 1) : group_left(owner);
                is_target_[k] = true;
                for (std::size_t o : owners)
                    if (is_agent_type(o) && c_[o].entity != c_[k].entity)
                        emit(c_[o].entity, Predicate::contains, c_[k].entity, k + 1, hedged(k + 1, std::nullopt), negated(k + 1),
                             BindMode::none);
                continue;
            }
            if (k + 3 >= c_.size()) continue;
            std::size_t m = k + 3;
            while (m < c_.size() && m <= k + 5 && is(m, ChunkKind::word) && s_.tokens[c_[m].first].kind == TokenKind::word &&
                   !is_word(m, "the") && !is_word(m, "a"))
                ++m;  // ("of herbal cannabis")
            if (is_word(m, "the") || is_word(m, "a")) ++m;
            if (!is(m, ChunkKind::entity) || c_[m].anaphoric || !is_agent_type(m) || c_[m].entity == c_[k].entity) continue;
            const EntityType t = entity(c_[m].entity).type;
            if (t != EntityType::substance && t != EntityType::other) continue;
            is_target_[k] = true;
            emit(c_[m].entity, Predicate::contains, c_[k].entity, k + 1, hedged(k + 1, std::nullopt), false, BindMode::none);
        }
    }

    // "Oxidative metabolism of haloperidol is carried out mainly by CYP3A4", "The breakdown of
    // caffeine is mediated by CYP1A2", "metabolism of haloperidol by CYP3A4": an enzyme that
    // does a drug's breakdown lowers the drug, whatever the verb that says it does it (the
    // verb is consumed: "carried out" would raise, "mediated" modulate).
    // "Piperine blocks the enzymes that break curcumin down", "inhibits the enzyme that
    // metabolises caffeine": what lowers an unnamed enzyme of breakdown raises what the enzyme
    // breaks down (and what raises it lowers it). Neither verb's own reading holds: the
    // enzyme, no name, is the breaking verb's subject, and the substance no object of the first.
    void apply_breaking_enzyme_blocked() {
        for (std::size_t k = 0; k + 4 < c_.size(); ++k) {
            if (!is(k, ChunkKind::predicate) || !c_[k].cue.verb ||
                (c_[k].cue.predicate != Predicate::increases && c_[k].cue.predicate != Predicate::decreases))
                continue;
            std::size_t q = k + 1;
            if (is_word(q, "the") || is_word(q, "an") || is_word(q, "a")) ++q;
            if (!(is_word(q, "enzyme") || is_word(q, "enzymes"))) continue;
            const std::size_t rel = q + 1;
            if (!(is_word(rel, "that") || is_word(rel, "which") ||
                  (is(rel, ChunkKind::relative) && (norm(c_[rel].first) == "that" || norm(c_[rel].first) == "which"))))
                continue;
            const std::size_t b = rel + 1;
            if (!is(b, ChunkKind::predicate) || c_[b].cue.predicate != Predicate::decreases) continue;
            const std::string_view v = norm(c_[b].first);
            if (!(v.starts_with("break") || roles_.has(v, WordRole::breakdown) || v.starts_with("degrad") ||
                  v.starts_with("inactivat")))
                continue;
            const std::size_t t = b + 1;
            if (!is(t, ChunkKind::entity) || !is_agent_type(t)) continue;
            const std::vector<std::size_t> subj = subjects(k, k);
            if (subj.empty()) continue;
            states_[k] = states_[b] = true;
            is_target_[t] = claimed_[t] = true;
            const Predicate p = c_[k].cue.predicate == Predicate::decreases ? Predicate::increases : Predicate::decreases;
            for (std::size_t a : subj)
                emit(c_[a].entity, p, c_[t].entity, k, hedged(k, a), negated(k), BindMode::none);
        }
    }

    void apply_breakdown_by() {
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            // (The cheap tests first: a role's look-up hashes the word.)
            if (!is_word(k + 1, "of") || !is_agent_type(k + 2) || c_[k + 2].anaphoric ||
                !(is(k, ChunkKind::word) || is(k, ChunkKind::entity)) || c_[k].last != c_[k].first + 1 ||
                !roles_.has(norm(c_[k].first), WordRole::breakdown))
                continue;
            const std::vector<std::size_t> drugs = group_right(k + 2);
            std::size_t q = *std::max_element(drugs.begin(), drugs.end()) + 1;
            std::optional<std::size_t> verb;
            for (; q < c_.size() && q <= k + 10 && !is_word(q, "by"); ++q) {
                if (is(q, ChunkKind::boundary) || is(q, ChunkKind::relative) || is(q, ChunkKind::entity)) break;
                if (is(q, ChunkKind::predicate)) verb = q;
            }
            if (!is_word(q, "by") || !is(q + 1, ChunkKind::entity) || entity(c_[q + 1].entity).type != EntityType::enzyme) continue;
            if (verb) states_[*verb] = true;
            if (is(k, ChunkKind::entity)) is_target_[k] = claimed_[k] = true;
            const bool h = hedged(q, std::nullopt), n = negated(q);
            for (std::size_t e : group_right(q + 1)) {
                if (entity(c_[e].entity).type != EntityType::enzyme) continue;
                is_target_[e] = claimed_[e] = true;
                for (std::size_t d : drugs)
                    if (is_agent_type(d)) {
                        is_target_[d] = claimed_[d] = true;
                        emit(c_[e].entity, Predicate::decreases, c_[d].entity, q, h, n, BindMode::none);
                    }
            }
        }
    }

    // "Lumenwell ClearFocus Nootropic Capsules – Calm Energy & Laser Focus": on a page's
    // first line, outcomes named after the product's coined name and a dash, with no cue,
    // are what the product is sold for. (A harm so named is no claim: "– Stress" may say
    // either way. A cue's phrase, "Calm, Sleep & Muscle Support", is the cue's.)
    void apply_title_tagline() {
        if (s_.span.start != 0 || c_.size() < 3 || s_.tokens.back().norm == ".") return;
        for (std::size_t k = 0; k + 2 < c_.size(); ++k) {
            if (!is(k, ChunkKind::entity) || c_[k].anaphoric || c_[k].entity < lex_.size() || !is_agent_type(k)) continue;
            const std::string_view dash = norm(c_[k + 1].first);
            if (!(is(k + 1, ChunkKind::boundary) || is_hyphen(k + 1)) || (dash != "-" && dash != "\xE2\x80\x93" && dash != "\xE2\x80\x94"))
                return;
            std::vector<std::size_t> outcomes;
            std::size_t q = k + 2, words = 0;
            for (; q < c_.size(); ++q) {
                if (is_condition(q) && !claimed_[q] && !is_target_[q] && !is_harm(c_[q].entity)) {
                    outcomes.push_back(q);
                    words = 0;
                } else if (is(q, ChunkKind::connector) && !is_mark(q, "(")) {
                    words = 0;
                } else if (!(is(q, ChunkKind::word) && s_.tokens[c_[q].first].kind == TokenKind::word && ++words <= 1)) {
                    break;
                }
            }
            if (outcomes.empty() || (q < c_.size() && !is(q, ChunkKind::boundary) && !is_mark(q, "|"))) return;
            for (std::size_t m : outcomes) {
                is_target_[m] = claimed_[m] = true;
                emit(c_[k].entity, Predicate::increases, c_[m].entity, m, false, false, BindMode::none);
            }
            return;
        }
    }

    // "ClearFocus, our clinically inspired blend of L-tyrosine, caffeine and L-theanine",
    // "Kratom Calm is a blend of kava and chamomile": what a blend is of, its owner (the
    // page's product, else the copula's subject) contains.
    void apply_blend_of() {
        for (std::size_t k = 1; k + 2 < c_.size(); ++k) {
            if (!is_word(k + 1, "of")) continue;
            // ("our blend of": the blend may be an anaphor for the product already.)
            const bool anaphor = is(k, ChunkKind::entity) && c_[k].anaphoric;
            if (!(is(k, ChunkKind::word) || anaphor)) continue;
            const std::string_view w = norm(c_[k].last - 1);
            if (w != "blend" && w != "blends" && w != "combination" && w != "mix" && w != "formula" && w != "formulation")
                continue;
            std::size_t first = k + 2;
            while (first < c_.size() && first <= k + 4 && is(first, ChunkKind::word) &&
                   s_.tokens[c_[first].first].kind == TokenKind::word && !is_word(first, "the"))
                ++first;  // ("a blend of natural L-theanine")
            if (!is(first, ChunkKind::entity) || c_[first].anaphoric || !is_agent_type(first)) continue;
            std::vector<std::size_t> owners;
            // "Mandrax, a combination of methaqualone with the antihistamine diphenhydramine",
            // "Suboxone, a combination of buprenorphine and naloxone": the name the appositive
            // describes; one the lexicon lacks goes by its word, when NameJudge takes it for a name.
            std::string appositive_name;
            const bool appositive = !anaphor && k >= 3 && (is_word(k - 1, "a") || is_word(k - 1, "an")) && is_comma(k - 2);
            if (appositive && is_agent_type(k - 3) && !c_[k - 3].anaphoric) {
                owners.push_back(c_[k - 3].entity);
            } else if (appositive && is(k - 3, ChunkKind::word) && c_[k - 3].last == c_[k - 3].first + 1 && names_ &&
                       names_->enabled() && s_.tokens[c_[k - 3].first].kind == TokenKind::word &&
                       norm(c_[k - 3].first).size() > 3 && !names_->closed_class(norm(c_[k - 3].first)) &&
                       !names_->english_word(norm(c_[k - 3].first))) {
                appositive_name = std::string(norm(c_[k - 3].first).view());
            } else if (anaphor) {
                owners.push_back(c_[k].entity);
            } else if (auto product = product_of_page()) {
                owners.push_back(*product);
            } else {
                std::size_t a = k;
                while (a > 0 && k - a < 4 && is(a - 1, ChunkKind::word) && !is_finite_be(a - 1)) --a;
                if (a == 0 || !is_finite_be(a - 1)) continue;
                if (auto subj = subject_of_copula(k))
                    for (std::size_t q : *subj)
                        if (is_agent_type(q)) owners.push_back(c_[q].entity);
            }
            // (The members may have words of their own: "L-tyrosine, natural caffeine and ...".)
            // ("a combination of methaqualone with the antihistamine diphenhydramine": "with"
            // joins them too.)
            std::vector<std::size_t> members;
            bool joined = false;  // after a list's mark or "with": a word or two may come before the next name
            for (std::size_t m = first, words = 0; m < c_.size(); ++m) {
                if (is(m, ChunkKind::entity)) {
                    // ("the antihistamine diphenhydramine": a kind right before its member names none.)
                    if (!(is_agent_type(m + 1) && !c_[m + 1].anaphoric)) members.push_back(m);
                    words = 0;
                    joined = false;
                } else if ((is(m, ChunkKind::connector) && !is_mark(m, "(")) ||
                           (is_word(m, "with") && !members.empty() && m == members.back() + 1)) {
                    words = 0;
                    joined = true;
                } else if (!(is(m, ChunkKind::word) && s_.tokens[c_[m].first].kind == TokenKind::word && ++words <= 2 && joined)) {
                    break;
                }
            }
            for (std::size_t m : members) {
                if (!is_agent_type(m) || c_[m].anaphoric || claimed_[m]) continue;
                is_target_[m] = true;
                for (std::size_t o : owners)
                    if (o != c_[m].entity) emit(o, Predicate::contains, c_[m].entity, k, hedged(k, std::nullopt), false, BindMode::none);
                if (!appositive_name.empty())
                    add_claim({appositive_name, 0, Predicate::contains, c_[m].entity, k, hedged(k, std::nullopt), false,
                               BindMode::none});
            }
        }
    }

    // A product page lists what its product holds: "Nightfall Calm Sleep Gummies -
    // Magnesium + L-Theanine", "200 mg magnesium (as magnesium glycinate) to ease
    // muscle tension". A substance joined to another by "+", or after a dose, is in
    // the product the page is about (a name the document coined, Discourse::coin).
    void apply_product_listing() {
        const std::optional<std::size_t> topic = product_of_page();
        if (!topic) return;
        auto plus = [&](std::size_t q) { return q < c_.size() && norm(c_[q].first) == "+"; };
        for (std::size_t k = 0; k < c_.size(); ++k) {
            if (!is(k, ChunkKind::entity) || c_[k].anaphoric || entity(c_[k].entity).type != EntityType::substance ||
                is_target_[k])
                continue;
            std::size_t d = k;
            if (d > 0 && is_word(d - 1, "of")) --d;
            // A dose that opens its line ("200 mg magnesium ...", "- 100 mg L-theanine"),
            // not one people took ("adults taking 30 mg of saffron daily").
            const bool dosed = d >= 2 && is_unit(d - 1) && is_number(d - 2) &&
                               (d == 2 || is(d - 3, ChunkKind::boundary) ||
                                (d == 3 && s_.tokens[c_[0].first].kind == TokenKind::punct));
            if (!dosed && !plus(k + 1) && !(k > 0 && plus(k - 1)) && !dosed_after(k)) continue;
            is_target_[k] = true;
            emit(*topic, Predicate::contains, c_[k].entity, k, false, false, BindMode::none);
        }
    }
    // A line of a label that opens on the substance at k (after a bullet, or a word such as
    // "Natural") and gives its dose after it: "L-Tyrosine – 500 mg", "Citicoline (as
    // Cognizin) – 250 mg", "CBN (cannabinol) 10 mg – a minor cannabinoid ...".
    bool dosed_after(std::size_t k) const {
        std::size_t b = k;
        while (b > 0 && k - b < 2 && is(b - 1, ChunkKind::word) && s_.tokens[c_[b - 1].first].kind == TokenKind::word &&
               !is_word(b - 1, "of") && !is_word(b - 1, "with"))
            --b;
        if (b > 0 && !(b == 1 && s_.tokens[c_[0].first].kind == TokenKind::punct)) return false;
        std::size_t q = k + 1;
        // ("Natural Caffeine (from green coffee bean)", "Bacopa monnieri extract (standardized to
        // 50% bacosides)": a bracketed aside and a word naming the form.)
        // ("Rhodiola rosea root extract (3% rosavins) – 200 mg": two such words, role substance-head.)
        for (std::size_t form = 0; form < 2 && is(q, ChunkKind::word) &&
                                   (roles_.has(norm(c_[q].first), WordRole::substance_head) || is_word(q, "powder") ||
                                    is_word(q, "oil"));
             ++form)
            ++q;
        if (is_mark(q, "(")) {
            const std::size_t after = past_bracket(q, 8);
            if (after == q) return false;
            q = after;
        }
        if (is(q, ChunkKind::boundary) || is_hyphen(q)) ++q;
        return q + 1 < c_.size() && is_number(q) && is_unit(q + 1);
    }

    // What a sentence without a subject of its own is about: the page's product, else the
    // article's substance.
    std::optional<std::size_t> page_subject() const {
        if (auto product = product_of_page()) return product;
        return article_topic();
    }

    // The product the sentence names (a title line), else the first the document
    // coined: a page that names a product by its brand is about that product.
    std::optional<std::size_t> product_of_page() const {
        for (const Chunk& ch : c_)
            if (ch.kind == ChunkKind::entity && !ch.anaphoric && ch.entity >= lex_.size() &&
                entity(ch.entity).type == EntityType::substance)
                return ch.entity;
        return s_.coined ? Discourse::first_product_in(*s_.coined, lex_.size()) : std::nullopt;
    }
    // A chunk that opens with a number ("300", "2.5"); the chunker keeps a number its own chunk.
    bool is_number(std::size_t q) const { return s_.tokens[c_[q].first].kind == TokenKind::number; }
    bool is_unit(std::size_t q) const { return is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::unit); }
    // An amount before chunk t, past a few words that describe it: "300 mg of", "50 mg",
    // "1000mg of", "600 mg of full-spectrum".
    bool amount_before(std::size_t t) const {
        std::size_t q = t;
        // ("of full-spectrum KSM-66® ashwagandha": a brand's number is part of the words.)
        while (q > 0 && t - q < 7 && is(q - 1, ChunkKind::word) && !is_word(q - 1, "of") && !is_unit(q - 1) &&
               !(q >= 2 && is_unit(q - 2)))
            --q;
        if (q > 0 && is_word(q - 1, "of")) --q;
        if (q >= 2 && is_unit(q - 1) && is_number(q - 2)) return true;
        if (q < 1 || !is(q - 1, ChunkKind::word)) return false;
        // "1000mg": the number and its unit as one word.
        const std::string_view w = norm(c_[q - 1].first);
        std::size_t digits = 0;
        while (digits < w.size() && ((w[digits] >= '0' && w[digits] <= '9') || w[digits] == '.')) ++digits;
        return digits > 0 && digits < w.size() && roles_.has(w.substr(digits), WordRole::unit);
    }

    // "add to the sedating effects of quetiapine", "blunt the euphoric effects of
    // amphetamine": an outcome named as a drug's effects is one the drug brings on,
    // whatever the sentence then does to it.
    void apply_effects_owner() {
        for (std::size_t t = 0; t + 2 < c_.size(); ++t) {
            if (!is_condition(t)) continue;
            const std::string_view last = norm(c_[t].last - 1);
            std::size_t of = t + 1;
            if (last != "effects" && last != "effect" && last != "properties") {
                if (!(is(t + 1, ChunkKind::word) && (norm(c_[t + 1].first) == "effects" || norm(c_[t + 1].first) == "effect")))
                    continue;
                of = t + 2;
            }
            if (!is_word(of, "of") || !is(of + 1, ChunkKind::entity)) continue;
            const bool h = hedged(t, std::nullopt), n = negated(t);
            for (std::size_t a : agents_from(of + 1))
                emit(c_[a].entity, Predicate::increases, c_[t].entity, t, h, n, BindMode::none, c_[t].direction);
        }
        // "it can add to the drowsiness from alcohol or sleep meds": the outcome "from" names
        // the agents of is theirs (after "the": "recovery from addiction" is no effect).
        for (std::size_t t = 1; t + 2 < c_.size(); ++t) {
            if (!is_condition(t) || !is_word(t - 1, "the") || !is_word(t + 1, "from") || !is_agent_type(t + 2)) continue;
            // ("The withdrawal from phenibut": stopping it, no effect of it.)
            if (roles_.has(norm(c_[t].last - 1), WordRole::cessation)) continue;
            const bool h = hedged(t, std::nullopt), n = negated(t);
            for (std::size_t a : agents_from(t + 2)) {
                is_target_[a] = true;
                emit(c_[a].entity, Predicate::increases, c_[t].entity, t, h, n, BindMode::none, c_[t].direction);
            }
        }
    }

    // A bullet line under "Common side effects may include:" (AnalyzedSentence::effect_list):
    // the outcomes it names that no rule took are effects of the lead-in's substance.
    void apply_effect_list() {
        if (!s_.effect_list || s_.effect_list->purpose) return;
        using Kind = Discourse::EffectList::Kind;
        if (s_.effect_list->kind != Kind::effects && s_.effect_list->kind != Kind::benefits) {
            // "Indications: insomnia, anxiety": what it is used for it relieves (a benefit: a
            // harm lowered, anything else brought on). "Ingredients: L-theanine (200 mg)": what
            // it holds. Past the label's colon, if the line has one.
            std::size_t from = 0;
            for (std::size_t k = 0; k < c_.size() && k < 5; ++k)
                if (is_mark(k, ":") || (is(k, ChunkKind::boundary) && norm(c_[k].first) == ":")) from = k + 1;
            const std::size_t agent = s_.effect_list->agent;
            std::size_t bracketed = 0;
            for (std::size_t t = from; t < c_.size(); ++t) {
                // ("- CBN (cannabinol) 10 mg – a minor cannabinoid that forms as THC ages": what
                // the item is, after its dash, names no more of what the product holds; nor does
                // a bracket, "(3% rosavins)", which says what the item itself holds.)
                if (s_.effect_list->kind == Kind::ingredients) {
                    if (t > from && (is(t, ChunkKind::boundary) || is(t, ChunkKind::relative) || is(t, ChunkKind::predicate)))
                        break;
                    if (is_mark(t, "(")) ++bracketed;
                    if (is_close_paren(t) && bracketed > 0) --bracketed;
                    if (bracketed > 0) continue;
                }
                if (!is(t, ChunkKind::entity) || claimed_[t] || is_target_[t] || c_[t].entity == agent) continue;
                const EntityType type = entity(c_[t].entity).type;
                if (s_.effect_list->kind == Kind::ingredients) {
                    if (type != EntityType::substance && type != EntityType::hormone) continue;
                    claimed_[t] = true;
                    // ("Zero sugar, zero calories": in a list of what it holds, "zero" denies; in
                    // a list of side effects, "zero libido" is a fall.)
                    emit(agent, Predicate::contains, c_[t].entity, t, false, negated(t) || is_word(t - 1, "zero"),
                         BindMode::none);
                } else if (type == EntityType::condition) {
                    claimed_[t] = true;
                    emit(agent, benefit_to(c_[t].entity), c_[t].entity, t, false, negated(t), BindMode::none);
                }
            }
            return;
        }
        for (const Chunk& ch : c_)
            if (ch.kind == ChunkKind::entity && is_agent_type_entity(ch.entity) && !ch.anaphoric) return;
        for (std::size_t t = 0; t < c_.size(); ++t) {
            // ("- shallow breathing or breathing that stops during sleep": the relative clause
            // describes the item; what it names is no item.)
            if (is(t, ChunkKind::relative)) break;
            // ("- Manic episodes in people with a history of bipolar disorder": the people the
            // item is seen in, and what they have, are no item.)
            if (is(t, ChunkKind::person) && t > 0 && (is_word(t - 1, "in") || is_word(t - 1, "among"))) break;
            if (!is_condition(t) || claimed_[t] || is_target_[t]) continue;
            // A benefit said to change ("- less anxiety") changes so; a bare one is relieved if
            // a harm ("- muscle cramps") and brought on otherwise ("- restful sleep"); a denied one
            // ("- no hangover") is not brought on.
            const bool n = negated(t);
            Predicate p = s_.effect_list->kind == Kind::benefits && c_[t].direction == 0 && !n
                              ? benefit_to(c_[t].entity)
                              : Predicate::increases;
            // "breathing that stops": the verb of the relative says which way it goes.
            if (c_[t].direction == 0 && is(t + 1, ChunkKind::relative) && t + 2 < c_.size() && is(t + 2, ChunkKind::predicate) &&
                c_[t + 2].cue.verb && c_[t + 2].cue.cls == CueClass::predicate &&
                (c_[t + 2].cue.predicate == Predicate::increases || c_[t + 2].cue.predicate == Predicate::decreases))
                p = c_[t + 2].cue.predicate;
            claimed_[t] = true;
            emit(s_.effect_list->agent, p, c_[t].entity, t, s_.effect_list->hedged, n, BindMode::none, c_[t].direction);
        }
    }

    // Whether chunk `c` is a verb that says which way something went ("rose", "improved"): a
    // verb cue, or a single-word phrase such as the irregular "fell".
    bool is_change_verb(std::size_t c) const {
        if (!is(c, ChunkKind::predicate)) return false;
        const Chunk& ch = c_[c];
        const bool verb = ch.cue.verb || (ch.last == ch.first + 1 && !ch.cue.also_postmodifier && !ch.cue.agent &&
                                          !ch.cue.of_form && ch.cue.fixed_target.empty());
        return verb && ch.cue.cls == CueClass::predicate &&
               (ch.cue.predicate == Predicate::increases || ch.cue.predicate == Predicate::decreases);
    }

    // Whether a noun phrase with no article follows the verb at c: its words (past hyphens)
    // up to one WordNet lists only as a noun, before a closed-class word, an adverb in -ly, a
    // word of time or anything but a word ("rose sharply after", "fell in the group" are none).
    bool object_noun_after(std::size_t c) const {
        if (!names_) return false;
        for (std::size_t q = c + 1; q < c_.size() && q <= c + 5 && is(q, ChunkKind::word); ++q) {
            const Token& t = s_.tokens[c_[q].first];
            if (t.kind != TokenKind::word) {
                if (t.norm == std::string_view("-")) continue;
                return false;
            }
            const std::string_view w = norm(c_[q].first);
            if (names_->closed_class(w) || w.ends_with("ly") || roles_.has(w, WordRole::time_unit)) return false;
            if (names_->noun_only(w)) return true;
        }
        return false;
    }

    // "Anxiety and agitation may increase at the start of treatment", "Suicidal thoughts
    // fell within a day": an outcome that changes with no agent named in the sentence
    // changes under the substance the article discusses.
    void apply_intransitive(std::size_t c) {
        const Chunk& cue = c_[c];
        // ("Sleep quality did not change", "was not altered": a change denied, of the trial's
        // substance; a verb of change in no direction modulates.)
        const bool any_change = is(c, ChunkKind::predicate) && cue.cue.verb && cue.cue.predicate == Predicate::modulates &&
                                (norm(cue.first).starts_with("chang") || norm(cue.first).starts_with("alter") ||
                                 norm(cue.first).starts_with("differ"));
        if (!is_change_verb(c) && !any_change) return;
        std::size_t k = c;
        // ("MT1R was increased in ovaries of melatonin-treated rats": a passive with no "by"
        // is a change, as the intransitive is, when its agent stands after it.)
        std::optional<std::size_t> after;  // agent_after(c), looked for once: it scans the clause
        // ("was modestly reduced": an adverb between.)
        const std::size_t aux = c > 1 && is(c - 1, ChunkKind::word) && norm(c_[c - 1].first).ends_with("ly") ? c - 1 : c;
        const bool passive = norm(cue.last - 1).ends_with("ed") && aux > 0 &&
                             (is_word(aux - 1, "was") || is_word(aux - 1, "were")) && (after = agent_after(c));
        // ("At higher doses, coordination is impaired", "Between 0.08% and 0.15%, judgement and
        // coordination are progressively impaired": a passive with no agent, under an opening
        // phrase of how much is taken, is the topic's doing.)
        bool dose_passive = false;
        if (!passive && norm(cue.last - 1).ends_with("ed") && aux > 1 && is_finite_be(aux - 1))
            for (std::size_t q = aux - 1; q > 0 && !dose_passive; --q) {
                if (is(q - 1, ChunkKind::boundary) || is(q - 1, ChunkKind::predicate)) break;
                if (is_comma(q - 1)) {
                    dose_passive = dose_opening(q);
                    break;
                }
            }
        // "my focus has improved", "my anxiety is noticeably lower": a perfect's auxiliary, and
        // "be" before an outcome someone owns (checked below), stand between.
        bool be = false;
        // ("my panic attacks pretty much stopped": fillers too.)
        // ("the panic would just melt away": "would" of what used to happen.)
        // ("My anxiety did not improve", "Tolerance does not develop": a denial, which
        // negated() reads.)
        while (k > 0 && (is(k - 1, ChunkKind::hedge) || is_word(k - 1, "also") || is_word(k - 1, "just") || is_word(k - 1, "would") ||
                         is(k - 1, ChunkKind::negation) ||
                         ((is_word(k - 1, "does") || is_word(k - 1, "do") || is_word(k - 1, "did")) &&
                          is(k, ChunkKind::negation)) ||
                         (is(k - 1, ChunkKind::word) && roles_.has(norm(c_[k - 1].first), WordRole::filler) &&
                          !is_word(k - 1, "me") && !is_word(k - 1, "you") && !is_word(k - 1, "them")) ||
                         (is(k - 1, ChunkKind::word) && norm(c_[k - 1].first).ends_with("ly")) ||
                         (passive && k <= c && k + 1 >= c && (is_word(k - 1, "was") || is_word(k - 1, "were"))) ||
                         (dose_passive && k <= c && k + 1 >= c && is_finite_be(k - 1)) ||
                         is_word(k - 1, "has") || is_word(k - 1, "have") || is_word(k - 1, "had") ||
                         is_word(k - 1, "been") || (!passive && is_finite_be(k - 1) && (be = true))))
            --k;
        // An outcome, or a messenger ("Prefrontal dopamine rose to 165% of baseline"); what
        // merely occurs is an outcome ("Orthostatic hypotension may occur").
        const std::string_view word = norm(cue.first);
        const bool occurs = word.starts_with("occur") || word.starts_with("develop") || word.starts_with("happen");
        auto changes = [&](std::size_t q) {
            return is_condition(q) || (!occurs && is(q, ChunkKind::entity) && !is_agent_type(q) &&
                                       entity(c_[q].entity).type != EntityType::receptor);
        };
        // ("sleep quality (PSQI) improved": past the bracketed name of its measure.)
        if (k >= 3 && is_close_paren(k - 1))
            if (const auto open = open_paren_before(k - 1, 4); open && *open > 0 && changes(*open - 1)) k = *open;
        // ("my anxiety in the mornings is much lower", "the tension in my shoulders melts away":
        // a phrase of where or when between.)
        if (k > 0 && !changes(k - 1))
            if (auto p = place_phrase_after(k - 1, changes)) k = *p;
        // ("Serum gamma-glutamyltransferase, a marker of liver injury, fell more in the
        // nalmefene group": past an aside, or when it was measured, to the measure.)
        if (k > 0 && !changes(k - 1))
            if (const std::size_t end = measure_end_before(k); end < k && end > 0 && changes(end - 1)) k = end;
        if (k == 0 || !changes(k - 1) || is_target_[k - 1] || claimed_[k - 1]) return;
        // ("After a dose of ketamine, glutamate rose": the group stops at a name that is no outcome.)
        std::vector<std::size_t> outcomes = group_left(k - 1);
        std::sort(outcomes.rbegin(), outcomes.rend());
        outcomes.erase(std::find_if(outcomes.begin(), outcomes.end(), [&](std::size_t m) { return !changes(m); }),
                       outcomes.end());
        const std::size_t first = *std::min_element(outcomes.begin(), outcomes.end());
        // (Not a comparison: "My sleep was better than on placebo".)
        if (be && (is_word(c + 1, "than") ||
                   !(first > 0 && is(first - 1, ChunkKind::word) && roles_.has(norm(c_[first - 1].first), WordRole::owner))))
            return;
        // The outcomes open their clause, words before them allowed ("Prefrontal dopamine rose").
        // ("At day 7, MADRS scores fell": an opening phrase set off by a comma is no subject.)
        std::size_t opens = clause_start(c);
        // ("I take two and the brain fog lifts": "and" or "but" opens a clause of its own.)
        for (std::size_t q = opens; q < first; ++q)
            if (is(q, ChunkKind::connector) && (norm(c_[q].first) == "," || is_and_or_but(q))) opens = q + 1;
        // ("Many people notice that their nightmares become less frequent": "that" after a
        // verb of saying or noticing opens the clause it reports.)
        if (first >= 2 && opens + 1 < first) {
            std::size_t q = first - 1;
            while (q > opens && first - q < 3 && is(q, ChunkKind::word) && !is_word(q, "that")) --q;
            if (is_word(q, "that") && q > 0 && (is(q - 1, ChunkKind::hedge) ||
                                                 (is(q - 1, ChunkKind::word) && roles_.has(norm(c_[q - 1].first), WordRole::report))))
                opens = q + 1;
            // ("I feel like my brain fog has lifted": so does "like" after "feel".)
            const std::size_t l = first - 2;
            if ((is_word(l, "like") || is_mark(l, "like")) && l > 0 &&
                (is_word(l - 1, "feel") || is_word(l - 1, "feels") || is_word(l - 1, "felt")))
                opens = l + 1;
        }
        // "Patients given psilocybin saw their depression scores fall": people who saw an
        // outcome of theirs change saw what they were given change it.
        std::optional<std::size_t> seer_agent;
        if (first >= 2 && is(first - 1, ChunkKind::word) && roles_.has(norm(c_[first - 1].first), WordRole::owner) &&
            (is_word(first - 2, "saw") || is_word(first - 2, "see") || is_word(first - 2, "sees") ||
             is_word(first - 2, "seen"))) {
            opens = first - 1;
            for (std::size_t q = first - 2; q-- > 0 && !is(q, ChunkKind::boundary) && !is(q, ChunkKind::predicate);)
                if (is_agent_type(q)) {
                    seer_agent = c_[q].entity;
                    break;
                }
        }
        opens = std::max(opens, std::min(past_time_phrase(opens), first));  // ("After two weeks my mood lifted")
        // "After two weeks of taking sertraline my mood improved": an opening phrase of intake
        // that runs into the outcome's owner, with no comma.
        std::optional<std::size_t> fronted;
        if (std::size_t owned = 0; first >= 1 && opens + 1 < first) {
            fronted = agent_fronted(c, &owned);
            if (fronted && owned == first - 1) opens = owned;
            else if (owned) fronted.reset();
        }
        if (first - opens > 3) return;  // a few modifiers, not a clause of their own
        // ("Both obsession and compulsion subscores improved": "both" before a list too.)
        for (std::size_t q = opens; q < first; ++q)
            if ((!is(q, ChunkKind::word) || s_.tokens[c_[q].first].kind != TokenKind::word) &&
                !(q + 1 == first && is(q, ChunkKind::connector) && norm(c_[q].first) == "both"))
                return;
        // "... strengthen the body's own pathways": a verb with an object is no change of its subject.
        // ("improved a lot", "dropped a bit": an amount, no object; "skyrocketed the first
        // week": a time.)
        auto time_word = [&](std::size_t q) { return is(q, ChunkKind::word) && roles_.has(norm(c_[q].first), WordRole::time_unit); };
        if (c + 1 < c_.size() && is(c + 1, ChunkKind::word) && c_[c + 1].cue.cls == CueClass::determiner &&
            !(is_word(c + 1, "a") && (is_word(c + 2, "lot") || is_word(c + 2, "bit") || is_word(c + 2, "ton") ||
                                      is_word(c + 2, "little"))) &&
            !time_word(c + 2) && !(is(c + 2, ChunkKind::word) && time_word(c + 3)))
            return;
        // ("Oxytocin improved self-rated performance appraisal and reduced anxiety": nor is one
        // whose object opens with no article, a word WordNet has only as a noun.)
        if (!passive && object_noun_after(c)) return;
        // ("Dopamine and norepinephrine help control attention": nor one with a verb right
        // after it, which takes the objects; the names before are its subject.)
        // ("These chemical messengers help to regulate mood": "to" may stand between.)
        if (!passive && ((is(c + 1, ChunkKind::predicate) && c_[c + 1].cue.verb) ||
                         (is_word(c + 1, "to") && is(c + 2, ChunkKind::predicate) && c_[c + 2].cue.verb)))
            return;
        std::optional<std::size_t> topic = passive ? after : agent_after(c);
        // "Tolerance develops to its effects", "to the effects of cannabis".
        if (!topic && occurs && is_word(c + 1, "to")) {
            if (is(c + 2, ChunkKind::entity) && is_agent_type(c + 2) && (is_word(c + 3, "effects") || is_word(c + 3, "effect")))
                topic = c_[c + 2].entity;
            else if (is_word(c + 2, "the") && (is_word(c + 3, "effects") || is_word(c + 3, "effect")) && is_word(c + 4, "of") &&
                     is(c + 5, ChunkKind::entity) && is_agent_type(c + 5))
                topic = c_[c + 5].entity;
            else if (is_word(c + 2, "the") && c + 4 < c_.size() && is(c + 3, ChunkKind::predicate) && c_[c + 3].cue.of_form &&
                     norm(c_[c + 3].first).starts_with("effect") && is(c + 4, ChunkKind::entity) && is_agent_type(c + 4))
                topic = c_[c + 4].entity;  // ("effects of" as one nominal cue)
        }
        if (!topic) topic = seer_agent;
        if (!topic) topic = fronted ? fronted : agent_fronted(c);
        if (!topic) topic = unnamed_topic();
        // "It lowers vascular resistance, so blood pressure may fall", "..., and as a result
        // alertness increases": an outcome that changes in a clause of result changes under the
        // subject of the clause before.
        if (!topic && opens > 0) {
            bool result = is(opens - 1, ChunkKind::boundary) && norm(c_[opens - 1].last - 1) == "so";
            for (std::size_t q = opens; q < first && !result; ++q)
                result = is_word(q, "therefore") || is_word(q, "thus") || is_word(q, "consequently") ||
                         (is_word(q, "result") && q >= 2 && is_word(q - 2, "as"));
            if (result) {
                const std::vector<std::size_t> main = clause_subject_before(is(opens - 1, ChunkKind::boundary) ? opens - 1 : opens);
                if (!main.empty() && is_agent_type(main.front())) topic = c_[main.front()].entity;
            }
        }
        // ("HAM-A scores decreased more in the psilocybin group, and sleep quality improved":
        // the one arm the sentence names.)
        if (!topic) {
            std::optional<std::size_t> arm;
            for (std::size_t q = 0; q + 1 < c_.size(); ++q)
                if (is_agent_type(q) && is(q + 1, ChunkKind::word) && roles_.has(norm(c_[q + 1].first), WordRole::cohort)) {
                    if (arm && *arm != c_[q].entity) return;
                    arm = c_[q].entity;
                }
            topic = arm;
        }
        // ("..., whereas falls occurred at similar rates in the two groups": the trial's
        // substance, though the sentence names it in another clause.)
        const bool both_arms = occurs && same_in_both_arms(c + 1);
        if (!topic && both_arms) topic = article_topic();
        if (!topic) return;
        const bool h = hedged(c, first), n = negated(c) || both_arms;
        // "their nightmares become less frequent or less intense": what becomes less falls.
        const Predicate predicate = word.starts_with("bec") && (is_word(c + 1, "less") || is_word(c + 1, "fewer"))
                                        ? Predicate::decreases
                                        : cue.cue.predicate;
        for (std::size_t m : outcomes) {
            if (!changes(m)) continue;
            is_target_[m] = claimed_[m] = true;
            emit(*topic, predicate, c_[m].entity, c, h, n, BindMode::none, c_[m].direction);
        }
    }

    // An opening phrase, set off by a comma before `start`, that says how much is taken: "At
    // higher doses,", "Between 0.08% and 0.15%,", "Above 400 mg a day,".
    bool dose_opening(std::size_t start) const {
        if (start < 2 || !is_comma(start - 1)) return false;
        std::size_t q = start - 1;
        while (q > 0 && start - q < 9 && !is(q - 1, ChunkKind::boundary) && !is_comma(q - 1) && !is(q - 1, ChunkKind::entity)) --q;
        if (q > 0 && !is(q - 1, ChunkKind::boundary)) return false;
        for (std::size_t k = q; k + 1 < start; ++k)
            if (is(k, ChunkKind::word) && (roles_.has(norm(c_[k].first), WordRole::use) || norm(c_[k].first) == "%" ||
                                           norm(c_[k].first) == "concentrations"))
                return true;
        return false;
    }

    // "It helped my sleep but I gained 15 lbs", "Sertraline lifted my mood and I had vivid
    // dreams": the writer's clause, joined by "but" or "and" to a clause whose subject is a
    // substance (or a pronoun for one), is about what the writer took. `person` is the "I".
    std::optional<std::size_t> writer_clause_agent(std::size_t person) const {
        if (person == 0 || !is(person, ChunkKind::person) || !roles_.has(norm(c_[person].first), WordRole::first_person) ||
            !(is_and_or_but(person - 1) || is_comma(person - 1) ||
              (is(person - 1, ChunkKind::boundary) && (norm(c_[person - 1].first) == "but" || norm(c_[person - 1].first) == "and"))))
            return std::nullopt;
        std::size_t first = 0;
        while (first < person && is(first, ChunkKind::word) &&
               (roles_.has(norm(c_[first].first), WordRole::filler) || norm(c_[first].first).ends_with("ly")))
            ++first;
        if (first + 1 >= person || !is_agent_type(first) ||
            !(is(first + 1, ChunkKind::predicate) || is(first + 1, ChunkKind::hedge) ||
              (is(first + 1, ChunkKind::word) && roles_.has(norm(c_[first + 1].first), WordRole::filler))))
            return std::nullopt;
        return c_[first].entity;
    }

    // "Falls occurred at similar rates in the two groups", "occurred equally often in both
    // arms": what occurred as often without the substance is no effect of it.
    bool same_in_both_arms(std::size_t from) const {
        for (std::size_t q = from; q < c_.size() && q <= from + 6 && (is(q, ChunkKind::word) || is_mark(q, "both")); ++q) {
            const std::string_view w = norm(c_[q].first);
            if (w == "similarly" || w == "equally" || w == "comparably") return true;
            if ((w == "similar" || w == "comparable" || w == "equal") && q + 1 < c_.size() &&
                (is_word(q + 1, "rates") || is_word(q + 1, "rate") || is_word(q + 1, "frequency") ||
                 is_word(q + 1, "frequencies") || is_word(q + 1, "numbers") || is_word(q + 1, "proportions")))
                return true;
            if (w == "both" && q + 1 < c_.size() && is(q + 1, ChunkKind::word) && roles_.has(norm(c_[q + 1].first), WordRole::cohort))
                return true;
        }
        return false;
    }

    // "Plasma cortisol rose sharply in the ayahuasca arm", "Anxiety scores fell more with
    // kava than with placebo", "Sleep improved after melatonin": the substance a change
    // happened with, after or under, in the verb's clause, is what changed it.
    std::optional<std::size_t> agent_after(std::size_t c) const {
        if (auto q = agent_chunk_after(c)) return c_[*q].entity;
        // "Morning cortisol was modestly reduced in the active group": the arm that took the
        // trial's substance, named by its role, stands for the article's substance.
        for (std::size_t q = c + 1; q + 3 < c_.size() && q <= c + 5; ++q) {
            if (is(q, ChunkKind::boundary) || is(q, ChunkKind::predicate)) break;
            if (!is_word(q, "in") || !is_word(q + 1, "the") || !is(q + 3, ChunkKind::word) ||
                !roles_.has(norm(c_[q + 3].first), WordRole::cohort))
                continue;
            const std::string_view arm = norm(c_[q + 2].first);
            if (arm == "active" || arm == "treatment" || arm == "intervention" || arm == "experimental" || arm == "verum" ||
                arm == "extract" || arm == "supplement" || arm == "drug")
                return article_topic();
            break;
        }
        return std::nullopt;
    }
    // "Since I started taking reishi, I sleep better", "After starting it, I worry less",
    // "When I take reishi, I fall asleep faster": an opening clause of time names what the
    // writer took, the one substance in it after a verb of taking or starting (the forms of
    // "take" and "start" are grammar; the gerunds of intake are word role `intake`).
    std::optional<std::size_t> opening_intake_agent(std::size_t person) const {
        std::size_t q = is_word(0, "ever") ? 1 : 0;
        if (q >= c_.size()) return std::nullopt;
        const std::string_view opener = norm(c_[q].first);
        if (opener != "since" && opener != "after" && opener != "when" && opener != "once" && opener != "whenever")
            return std::nullopt;
        for (std::size_t j = q + 1; j < person; ++j) {
            if (is(j, ChunkKind::predicate) || is(j, ChunkKind::negation) || is(j, ChunkKind::boundary)) return std::nullopt;
            if (!is(j, ChunkKind::entity)) continue;
            if (!is_agent_type(j) || !is(j - 1, ChunkKind::word)) return std::nullopt;
            const std::string_view v = norm(c_[j - 1].last - 1);
            const bool taking = roles_.has(v, WordRole::intake) || v == "take" || v == "took" || v == "start" ||
                                v == "started" || v == "starting" || v == "began" || v == "begin";
            // The clause must close before the writer's own: a comma, or the person right after.
            if (!taking || !(is_comma(j + 1) || j + 1 == person)) return std::nullopt;
            return c_[j].entity;
        }
        return std::nullopt;
    }
    // "After caffeine administration, dopamine increased", "Following a single dose of
    // ketamine, ...", "Upon nicotine pre-exposure, brain AChE increased": the substance of a
    // fronted phrase of time, set off by a comma before the verb `c`.
    // `owned`, when given, is set to where the outcome's owner ("my") follows the phrase
    // with no comma between ("On wellbutrin my focus improved").
    std::optional<std::size_t> agent_fronted(std::size_t c, std::size_t* owned = nullptr) const {
        // "If you use the patch, your sleep, appetite and energy may improve", "When you take it
        // at night, ...": a condition of the reader's intake, set off by a comma, names what
        // brings on the change after it: the substance it names, else the one under discussion.
        // ("When Hofmann took 0.5 mg of pure ergine himself, he reported ...", "When volunteers
        // took kratom, they ...": someone else's intake, in the past, too.)
        const bool reader = is(1, ChunkKind::person) && norm(c_[1].first) == "you" && is(2, ChunkKind::word) &&
                            roles_.has(norm(c_[2].first), WordRole::intake);
        const bool someone = (is(1, ChunkKind::person) || (is(1, ChunkKind::word) && s_.tokens[c_[1].first].kind == TokenKind::word)) &&
                             norm(c_[1].first) != "you" && past_intake_verb(2);
        if (c >= 5 && (is_word(0, "if") || is_word(0, "when") || (is(0, ChunkKind::boundary) && norm(c_[0].first) == "when")) &&
            (reader || someone)) {
            std::size_t e = 3;
            std::optional<std::size_t> named;
            while (e < c && e < 9 && !is_comma(e)) {
                if (is(e, ChunkKind::entity) && is_agent_type(e)) named = c_[e].entity;
                else if (!is(e, ChunkKind::word)) return std::nullopt;
                ++e;
            }
            if (e >= c || !is_comma(e)) return std::nullopt;
            if (named) return named;
            return unnamed_topic();
        }
        // "Since starting X", "On X": opening phrases of intake, as "After X" is.
        if (c < 3 || !(is_word(0, "after") || is_word(0, "following") || is_word(0, "upon") || is_word(0, "on") ||
                       (is(0, ChunkKind::boundary) && norm(c_[0].first) == "since")))
            return std::nullopt;
        std::size_t q = 1;
        // "a single dose of" (the dose may stand for the topic already)
        while (q < c && q < 6 && (is(q, ChunkKind::word) || (is(q, ChunkKind::entity) && c_[q].anaphoric))) ++q;
        if (!is_agent_type(q) || c_[q].anaphoric) return std::nullopt;
        // (The outcome's owner, or "the": "after a week on zoloft the brain fog lifted".)
        auto owner = [&](std::size_t k) {
            return is(k, ChunkKind::word) && (roles_.has(norm(c_[k].first), WordRole::owner) || is_word(k, "the"));
        };
        std::size_t e = q + 1;
        while (e < c && e <= q + 4 && !owner(e) && (is(e, ChunkKind::word) || (is(e, ChunkKind::entity) && is_agent_type(e)))) ++e;
        if (e >= c) return std::nullopt;
        if (!is_comma(e)) {
            // ("On kratom my anxiety is gone": the owner of the outcome closes the phrase.)
            if (!owner(e) || !owned) return std::nullopt;
            *owned = e;
        }
        for (std::size_t k = e + 1; k < c; ++k)
            if (is(k, ChunkKind::predicate) || is(k, ChunkKind::boundary) || is_agent_type(k)) return std::nullopt;
        return c_[q].entity;
    }

    // A verb of intake in the past ("took", "used", "drank"): someone's intake, told as what
    // happened (a closed set of verb forms, as is_irregular_past's).
    bool past_intake_verb(std::size_t q) const {
        if (!is(q, ChunkKind::word)) return false;
        const std::string_view w = norm(c_[q].first);
        return w == "took" || w == "used" || w == "ingested" || w == "drank" || w == "smoked";
    }

    // "When Hofmann took 0.5 mg of pure ergine himself, ...": the substance a fronted clause
    // of someone's past intake names, when its comma ends right before chunk `main`.
    std::optional<std::size_t> fronted_intake(std::size_t main) const {
        if (main < 4 || !(norm(c_[0].first) == "when" || norm(c_[0].first) == "after" || norm(c_[0].first) == "once"))
            return std::nullopt;
        if (norm(c_[main - 1].first) != ",") return std::nullopt;
        std::optional<std::size_t> named;
        bool took = false;
        for (std::size_t q = 1; q + 1 < main; ++q) {
            if (past_intake_verb(q))
                took = true;
            else if (took && is_agent_type(q) && !c_[q].anaphoric) {
                if (!named) named = c_[q].entity;
            } else if (!is(q, ChunkKind::word) && !is(q, ChunkKind::person)) {
                return std::nullopt;
            }
        }
        return took ? named : std::nullopt;
    }

    // agent_after's chunk.
    std::optional<std::size_t> agent_chunk_after(std::size_t c) const {
        for (std::size_t q = c + 1; q < c_.size() && !is(q, ChunkKind::boundary) && !is(q, ChunkKind::relative); ++q) {
            if (is(q, ChunkKind::predicate) && !(q >= 2 && is_hyphen(q - 1) && is_agent_type(q - 2)))
                return std::nullopt;  // another verb's clause
            // ("Sleep improved with melatonin": a hormone sold as a supplement is taken too.)
            if (!(is_agent_type(q) || (is(q, ChunkKind::entity) && entity(c_[q].entity).type == EntityType::hormone)) ||
                c_[q].anaphoric)
                continue;
            // "in the striatum of caffeine-treated rats": what the animals were treated with.
            if (is_hyphen(q + 1) && q + 2 < c_.size()) {
                const std::string_view w = norm(c_[q + 2].first);
                if (w == "treated" || w == "exposed" || w == "injected" || w == "dosed") return q;
            }
            std::size_t p = q;
            if (p > c + 1 && c_[p - 1].cue.cls == CueClass::determiner) --p;
            if (p == c + 1 || !is(p - 1, ChunkKind::word)) return std::nullopt;
            const std::string_view w = norm(c_[p - 1].first);
            if (w == "with" || w == "after" || w == "following" || w == "under" || w == "on") return q;
            // "describe a soft euphoria after a cup of blue lotus tea", "with a capsule of kava":
            // a portion of what was taken.
            if (w == "of" && p >= c + 4 && is(p - 2, ChunkKind::word) && roles_.has(norm(c_[p - 2].first), WordRole::portion)) {
                std::size_t b = p - 2;
                while (b > c + 2 && b + 2 >= p - 2 && is(b - 1, ChunkKind::word) &&
                       (c_[b - 1].cue.cls == CueClass::determiner || is_number(b - 1) || is_word(b - 1, "single") ||
                        is_word(b - 1, "warm") || is_word(b - 1, "small") || is_word(b - 1, "strong")))
                    --b;
                const std::string_view before = norm(c_[b - 1].first);
                if (is(b - 1, ChunkKind::word) && (before == "with" || before == "after" || before == "following")) return q;
            }
            // "sleep scores improved ... within the first month of taking CBD" (not "in older
            // patients taking caffeine": who is at risk is no agent).
            if ((roles_.has(w, WordRole::intake) || w == "starting") && p >= 2 && is_word(p - 2, "of")) return q;
            // "in the ayahuasca arm": in the group that took it.
            if (w == "in" && q + 1 < c_.size() && is(q + 1, ChunkKind::word) &&
                roles_.has(norm(c_[q + 1].first), WordRole::cohort))
                return q;
            return std::nullopt;
        }
        return std::nullopt;
    }

    // "contains no melatonin", "causes no sedation", "produces little euphoria": a denial
    // inside the object, between the cue at c and its target at t.
    bool denied_in_object(std::size_t c, std::size_t t) const {
        for (std::size_t q = c + 1; q < t; ++q)
            if (is(q, ChunkKind::negation) && (norm(c_[q].first) == "no" || norm(c_[q].first) == "little" ||
                                               norm(c_[q].first) == "neither" || norm(c_[q].first) == "nor"))
                return true;
        return false;
    }

    void emit_all(std::size_t c, const std::vector<std::size_t>& subj, const std::vector<std::size_t>& targets,
                  std::optional<std::size_t> word_receptor, bool left_form, std::size_t subject_pos, bool passive = false) {
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
        // "its potential for dependence", "shows promise for depression": a cue that opens with
        // a hedge word is hedged itself.
        // ("Tramadol levels may be increased by fluoxetine": a passive's hedge stands between
        // its patient and the verb.)
        const bool h = hedged(leftmost, subject_pos) || (passive && hedged(c, std::nullopt)) ||
                       norm(cue.first) == "potential" || norm(cue.first) == "possible" || norm(cue.first) == "promise",
                   n = negated(c);
        if (!subj.empty())
            for (std::size_t tc : targets) claimed_[tc] = true;
        // "delivers 1000 mg of cannabidiol", "provides 300 mg of ashwagandha": a verb that
        // brings on, with an amount of a substance for object, says what is held. (So is the
        // name's bracketed abbreviation: "1000mg of cannabidiol (CBD)".) Found once per cue.
        std::vector<std::size_t> held;
        if (pred == Predicate::increases && cue.cue.verb && !subj.empty())
            for (std::size_t tc : targets)
                if (amount_before(tc)) held.push_back(entity_of(tc));
        // ("delivers 1,000 mg of L-tryptophan alongside magnesium glycinate and vitamin B6": the
        // substances listed with an amount held are held too.)
        // (Joined by a list's word, not a bracket: "huperzine A, extracted from club moss
        // (Huperzia serrata)".)
        if (!held.empty())
            for (std::size_t tc : targets)
                if (is_agent_type(tc) && !c_[tc].anaphoric && tc > 0 &&
                    (is_comma(tc - 1) || is_and_or_but(tc - 1) || is_word(tc - 1, "alongside") || is_word(tc - 1, "plus")))
                    held.push_back(entity_of(tc));
        for (std::size_t sc : subj) {
            if (word_receptor) emit(c_[sc].entity, pred, *word_receptor, c, h, n, mode);
            // ("Vitamin D deficiency can cause fatigue": the lack of the subject does it.)
            const Predicate subject_pred =
                lowered_subject(sc) && (pred == Predicate::increases || pred == Predicate::decreases) ? opposite(pred) : pred;
            for (std::size_t tc : targets) {
                // ("medicines that slow down the brain, such as sleeping tablets and opioid
                // painkillers": a name read as a subject is none of its own targets.)
                if (std::find(subj.begin(), subj.end(), tc) != subj.end()) continue;
                std::size_t target = entity_of(tc);
                // ("Coffee, tea and cocoa contain the alkaloid": an anaphor object that points to
                // one of the verb's own subjects points wrong; the subjects do not act on each other.)
                if (c_[tc].anaphoric && std::any_of(subj.begin(), subj.end(), [&](std::size_t other) {
                        return other != sc && c_[other].entity == target && is_agent_type(other);
                    }))
                    continue;
                if (pred == Predicate::binds && left_form) {
                    auto r = receptor_named_by(tc);
                    if (r) target = *r;
                }
                const bool denied = n || denied_in_object(c, tc);
                if (named_change_.count({c, tc})) {
                    emit(c_[sc].entity, Predicate::increases, target, c, h, denied, mode);
                    continue;
                }
                const Predicate p = std::find(held.begin(), held.end(), target) != held.end() &&
                                            (entity(target).type == EntityType::substance ||
                                             entity(target).type == EntityType::hormone ||
                                             entity(target).type == EntityType::neurotransmitter)  // "3 g of glycine"
                                        ? Predicate::contains
                                        : subject_pred;
                const signed char direction =
                    lowered_by_effect_.count({c, tc}) ? static_cast<signed char>(c_[tc].direction < 0 ? 1 : -1) : c_[tc].direction;
                // "produced a reduction in depressive symptoms and improved sleep": a later member
                // with a change word of its own is no object of the noun of change; it is what
                // the verb before brought about ("led to improved sleep"), changed as it says.
                if (direction != 0 && !cue.cue.verb && cue.kind == ChunkKind::predicate && p == subject_pred &&
                    (p == Predicate::increases || p == Predicate::decreases) && tc >= c + 4 && is(tc - 1, ChunkKind::word) &&
                    c_[tc - 1].last == c_[tc - 1].first + 1 && (is_and_or_but(tc - 2) || is_comma(tc - 2)) &&
                    tc != targets.front() && norm(cue.last - 1) == "in" &&
                    changed_word(norm(c_[tc - 1].first))) {
                    const std::string_view w = norm(c_[tc - 1].first);
                    const bool better = w == "improved" || w == "better";
                    emit(c_[sc].entity, better ? benefit_to(target) : direction > 0 ? Predicate::increases : Predicate::decreases,
                         target, c, h, denied, mode);
                    continue;
                }
                emit(c_[sc].entity, p, target, c, h, denied, mode, direction, c_[tc].steady);
            }
        }
    }

    // The name right before the verb group ("Phenibut may increase"), when the
    // lexicon lacks it and NameJudge takes it for a substance; empty otherwise.
    std::string unknown_name_before(std::size_t c) const {
        if (!names_ || !names_->enabled()) return {};
        std::size_t k = c;
        while (k > 0 && (is(k - 1, ChunkKind::hedge) || is(k - 1, ChunkKind::negation) ||
                         (is(k - 1, ChunkKind::word) && norm(c_[k - 1].first).ends_with("ly")))) {
            --k;
            // "dose-dependently": the whole hyphenated adverb, not a name "dose-".
            if (k >= 2 && is_hyphen(k - 1) && is(k - 2, ChunkKind::word) && norm(c_[k].first).ends_with("ly")) k -= 2;
        }
        // The name: word tokens joined by hyphens ("SB-277011", "L-theanine").
        std::size_t end = k, begin = k;
        while (begin > 0 && is(begin - 1, ChunkKind::word) && c_[begin - 1].cue.cls != CueClass::determiner) {
            const Token& t = s_.tokens[c_[begin - 1].first];
            bool hyphen = t.norm == "-";
            if (!hyphen && t.kind == TokenKind::punct) break;
            if (!hyphen && begin < end && !is_hyphen(begin)) break;  // two words: only hyphens join a name
            --begin;
        }
        // "speaking-induced anxiety": the hyphen joins the word to the participle, not to a name.
        if (end > begin && is_hyphen(end - 1)) --end;
        if (begin == end || is_hyphen(begin)) return {};
        // "Dex absolutley destroys my appetite": a word right after a named substance is no
        // name of its own (here a misspelt adverb).
        if (begin > 0 && is_agent_type(begin - 1) && !c_[begin - 1].anaphoric && end == begin + 1) return {};
        // "Ganoderic acids may reduce cortisol": a class of compound takes the word before it
        // into its name when NameJudge takes that word for a name ("amino acids", "other
        // acids" name none), and alone ("acids") names none.
        if (end == begin + 1 && roles_.has(norm(c_[begin].first), WordRole::compound_class)) {
            if (begin == 0 || !is(begin - 1, ChunkKind::word) || c_[begin - 1].cue.cls == CueClass::determiner ||
                s_.tokens[c_[begin - 1].first].kind != TokenKind::word)
                return {};
            --begin;
            const std::string_view modifier = norm(c_[begin].first);
            if (!names_->names_substance(modifier)) return {};
            std::string name(modifier);
            name += ' ';
            name += norm(c_[end - 1].first);
            return name;
        }
        // ("psilocybin combined with psychotherapy lowered heavy drinking": a name after "with"
        // or "plus" that follows a named substance is what it was given with; the substance
        // stays the subject.)
        if (begin >= 2 && (is_word(begin - 1, "with") || is_word(begin - 1, "plus") || is_mark(begin - 1, "plus"))) {
            std::size_t q = begin - 1;
            while (q > 0 && begin - 1 - q < 2 && is(q - 1, ChunkKind::word)) --q;
            // (A named one: an implicit agent, anaphoric, stands for the article's substance.)
            if (q > 0 && is_agent_type(q - 1) && !c_[q - 1].anaphoric) return {};
        }
        // "or other central nervous system depressants": "other" names a kind, not a substance.
        for (std::size_t p = begin, steps = 0; p > 0 && steps < 5; --p, ++steps) {
            if (!is(p - 1, ChunkKind::word)) break;
            const std::string_view w = norm(c_[p - 1].first);
            if (w == "other" || w == "such" || w == "any" || w == "these" || w == "those") return {};
        }
        // "this amino acid promotes ...": a common noun after a determiner is a description, not a name.
        for (std::size_t p = begin, steps = 0; p > 0 && steps < 3; --p, ++steps) {
            if (!is(p - 1, ChunkKind::word)) break;
            if (c_[p - 1].cue.cls == CueClass::determiner) return {};
        }
        return judged_name(begin, end);
    }

    // The word chunks [begin, end) joined ("SB-277011"), when NameJudge takes them for a
    // substance's name; empty otherwise. A hyphenated code is judged whole, a plain word
    // by itself.
    std::string judged_name(std::size_t begin, std::size_t end) const {
        std::string name, head;
        bool has_letter = false;
        for (std::size_t q = begin; q < end; ++q) {
            const std::string_view w = norm(c_[q].first);
            // "hard-to-treat depression", "state-of-the-art": a function word makes a
            // hyphenated phrase an adjective, not a name.
            if (end - begin > 1 && (w == "to" || w == "of" || w == "the" || w == "and" || w == "in" || w == "for"))
                return {};
            // ("the learning neurotransmitter - by inhibiting": a spaced hyphen joins nothing.)
            if (w == "-") {
                const std::size_t t = c_[q].first;
                if ((t > 0 && s_.tokens[t].span.start > s_.tokens[t - 1].span.end) ||
                    (t + 1 < s_.tokens.size() && s_.tokens[t + 1].span.start > s_.tokens[t].span.end))
                    return {};
            }
            name += w;
            if (w != "-" && s_.tokens[c_[q].first].kind == TokenKind::word) {
                head = w;
                has_letter = true;
            }
        }
        if (!has_letter || !names_->names_substance(end - begin > 1 ? name : head)) return {};
        return name;
    }

    // The name that starts at chunk `k` ("NBQX", "ANA-12"), when the lexicon lacks it and
    // NameJudge takes it for a substance; empty otherwise.
    std::string unknown_name_from(std::size_t k) const {
        if (!names_ || !names_->enabled() || k >= c_.size() || !is(k, ChunkKind::word) ||
            c_[k].cue.cls == CueClass::determiner || s_.tokens[c_[k].first].kind != TokenKind::word)
            return {};
        std::size_t end = k + 1;
        while (end + 1 < c_.size() && is_hyphen(end) && is(end + 1, ChunkKind::word) &&
               s_.tokens[c_[end + 1].first].kind != TokenKind::punct)
            end += 2;
        return judged_name(k, end);
    }

    void emit_unknown(const std::string& name, std::size_t c, std::size_t tc) {
        const Chunk& cue = c_[c];
        const std::size_t t = c_[tc].entity;
        const EntityType tt = entity(t).type;
        Predicate p = cue.cue.predicate;
        BindMode mode = cue.cue.mode;
        if (tt == EntityType::receptor && cue.cue.receptor_mode != BindMode::none) {
            p = Predicate::binds;
            mode = cue.cue.receptor_mode;
        }
        // ("Mandrake contains scopolamine, hyoscyamine and atropine": a plant the lexicon lacks
        // holds a compound it knows.)
        // (Not a part of a plant named before it: "mandrake, whose root contains ...". And "contains
        // no cannabidiol" denies it.)
        if (p == Predicate::contains && (tt != EntityType::substance || roles_.has(name, WordRole::substance_head))) return;
        const bool denied = negated(c) || (p == Predicate::contains && denied_in_object(c, tc));
        p = directed(p, c, t, c_[tc].direction);
        if (p == Predicate::binds && tt != EntityType::receptor) {
            if (tt != EntityType::neurotransmitter) return;
            p = Predicate::modulates;
            mode = BindMode::none;
        }
        add_claim({name, 0, p, t, c, hedged(c, std::nullopt), denied, p == Predicate::binds ? mode : BindMode::none});
    }

    // "Gabapentin reduces the release of glutamate", "blocks the production of
    // prolactin": a verb that lowers the object of a change noun reverses the noun's
    // direction (the noun keeps its subject search and its targets).
    void mark_reversed_nominals() {
        for (std::size_t c = 0; c < c_.size(); ++c) {
            const Cue& cue = c_[c].cue;
            // "which makes it harder to fight infection", "makes it harder to reduce anxiety": what
            // makes lowering harder raises (and the reverse); easier keeps the verb's way.
            if (is(c, ChunkKind::predicate) && cue.verb && c >= 3 && is_word(c - 1, "to") &&
                (cue.predicate == Predicate::increases || cue.predicate == Predicate::decreases)) {
                std::size_t a = c - 2;
                // ("harder for your body to fight infection": past "for" and whom.)
                for (std::size_t f = a; f > 1 && a - f < 4 && (is(f, ChunkKind::word) || is(f, ChunkKind::person)); --f)
                    if (is_word(f, "for")) {
                        a = f - 1;
                        break;
                    }
                const std::string_view how = is(a, ChunkKind::word) ? norm(c_[a].first) : std::string_view();
                if (harder_word(how)) {
                    std::size_t m = a;
                    while (m > 0 && a - m < 2 && (is_word(m - 1, "more") || is_word(m - 1, "much") || is_word(m - 1, "lot") ||
                                                  is_word(m - 1, "a")))
                        --m;
                    if (m >= 2 && (is_word(m - 1, "it") || (is(m - 1, ChunkKind::entity) && norm(c_[m - 1].first) == "it")) &&
                        is(m - 2, ChunkKind::word) && norm(c_[m - 2].first).starts_with("ma"))
                        reversed_[c] = true;
                }
            }
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

    // The predicate on a target whose phrase names it changed (Chunk::direction): what
    // brings on a lowered state lowers it; what relieves one, or improves it (a benefit
    // cue), raises it: "relieves low mood" increases mood. Otherwise by valence.
    Predicate directed(Predicate p, std::size_t cue, std::size_t target, signed char direction) const {
        if (direction == 0 || (p != Predicate::increases && p != Predicate::decreases)) return by_valence(p, cue, target);
        // "supports better sleep", "promotes greater focus", "supports fewer nightmares": a
        // benefit to a good state brings it on; only a bad one is relieved ("improves high
        // blood pressure", "improves low mood").
        if (c_[cue].cue.flips_on_harm && c_[cue].cue.predicate == Predicate::increases && p == Predicate::increases &&
            (direction > 0) != (is_harm(target)))
            return direction > 0 ? Predicate::increases : Predicate::decreases;
        const bool relieves = c_[cue].cue.flips_on_harm ? c_[cue].cue.predicate == Predicate::increases
                                                        : p == Predicate::decreases;
        return (direction > 0) != relieves ? Predicate::increases : Predicate::decreases;
    }

    // A participle or comparative that says a thing changed: "improved sleep", "reduced
    // energy" (not a state: "poor sleep", "low mood").
    static bool changed_word(std::string_view w) {
        return w == "improved" || w == "better" || w == "increased" || w == "reduced" || w == "decreased" ||
               w == "enhanced" || w == "worsened" || w == "lowered" || w == "raised" || w == "elevated";
    }

    // A benefit relieves a harm (data/negative-conditions.txt) and brings on anything else.
    Predicate benefit_to(std::size_t entity) const {
        return is_harm(entity) ? Predicate::decreases : Predicate::increases;
    }

    // Past the words of degree at i ("way", "much", "a lot", "even": word role filler) to
    // the comparative they grade: "made my sleep even worse".
    std::size_t past_degree_words(std::size_t i) const {
        std::size_t q = i;
        // ("even" is a connector chunk: "even though".)
        while (q < c_.size() && q < i + 3 && (is(q, ChunkKind::word) || is_mark(q, "even")) && c_[q].last == c_[q].first + 1 &&
               roles_.has(norm(c_[q].first), WordRole::filler) && !is_comparative(q, "worse") && !is_comparative(q, "better"))
            ++q;
        return is_comparative(q, "worse") || is_comparative(q, "better") ? q : i;
    }
    // "worse" or "better" alone in its chunk, a word or a cue ("better" is one: "better sleep").
    bool is_comparative(std::size_t chunk, std::string_view w) const {
        return chunk < c_.size() && c_[chunk].last == c_[chunk].first + 1 && norm(c_[chunk].first) == w &&
               (is(chunk, ChunkKind::word) || is(chunk, ChunkKind::predicate));
    }

    // "worse" raises a harm (data/negative-conditions.txt) and lowers a good; "better" the reverse.
    Predicate worse_or_better(bool worse, std::size_t entity) const {
        const bool harm = is_harm(entity);
        return worse != harm ? Predicate::decreases : Predicate::increases;
    }

    // The opposite direction; other predicates have none.
    static Predicate opposite(Predicate p) {
        if (p == Predicate::increases) return Predicate::decreases;
        if (p == Predicate::decreases) return Predicate::increases;
        return p;
    }
    // "improves anxiety" relieves it: benefit and harm cues flip on a harmful condition.
    Predicate by_valence(Predicate p, std::size_t cue, std::size_t target) const {
        if (!c_[cue].cue.flips_on_harm || !is_harm(target)) return p;
        // "controls seizures"; (a benefit kept in balance stays balanced: "helps keep stress in balance")
        if (p == Predicate::modulates)
            return c_[cue].cue.predicate == Predicate::modulates ? Predicate::decreases : Predicate::modulates;
        return opposite(p);
    }

    // `direction`: the target's Chunk::direction ("causes slowed breathing", "relieves low mood").
    // `owner`: the subject owns the cue's effect ("the antidepressant effect of ketamine"),
    // whatever a verb before it does to that effect, so a reversal does not apply.
    // "contact a doctor if you experience stomach upset", "If you do feel sluggish, try one
    // gummy": whether chunk `cue` stands in a condition put to the reader ("if you", with no
    // comma or boundary between, nor a substance or a pronoun for one) of which `subject`
    // is no name after the "if". What the reader may feel there is advice's premise, not an
    // effect claimed. ("if you take it daily it lowers cortisol" names what it is about;
    // "if you also take medicines that thin the blood, such as warfarin" names the subject.)
    bool in_readers_condition(std::size_t cue, std::size_t subject) const {
        // (Most sentences put no condition to the reader: looked for once, not per claim.)
        if (!readers_condition_known_) {
            readers_condition_known_ = true;
            for (std::size_t q = 1; q < c_.size() && !has_readers_condition_; ++q)
                has_readers_condition_ = is(q, ChunkKind::person) && norm(c_[q].first) == "you" && is_word(q - 1, "if");
        }
        if (!has_readers_condition_) return false;
        for (std::size_t q = cue; q > 0; --q) {
            if (q < cue && (is(q, ChunkKind::boundary) || is(q, ChunkKind::relative) || is_comma(q) ||
                            (is(q, ChunkKind::entity) && is_agent_type(q))))
                return false;
            if (is(q, ChunkKind::person) && norm(c_[q].first) == "you" && is_word(q - 1, "if")) {
                for (std::size_t m = q; m < c_.size(); ++m)
                    if (is(m, ChunkKind::entity) && !c_[m].anaphoric && c_[m].entity == subject) return false;
                return true;
            }
        }
        return false;
    }

    void emit(std::size_t s, Predicate p, std::size_t t, std::size_t cue, bool h, bool n, BindMode mode,
              signed char direction = 0, bool steady = false, bool owner = false) {
        // "Supports a balanced mood", "maintains stable levels of dopamine": keeps it in balance.
        if (steady && p == Predicate::increases) p = Predicate::modulates;
        if (s == t) return;
        // "To assess whether cannabidiol reduces withdrawal": an embedded question asserts nothing.
        // ("Whether you're seeking relief ..., kratom may help" opens with a condition, not a
        // question; "Whether creatine can enhance the response has not been established" opens
        // with one, whose subject is no person.)
        // A comma between "whether" and the cue has closed the question ("To determine whether
        // ..., animals were pretreated with the MAO inhibitor X").
        if (const std::size_t start = clause_start(cue);
            start > 0 && is(start - 1, ChunkKind::boundary) && norm(c_[start - 1].first) == "whether" &&
            (start > 1 || !is(start, ChunkKind::person))) {
            bool closed = false;
            for (std::size_t k = start; k < cue && !closed; ++k) closed = is_comma(k);
            if (!closed) return;
        }
        // "Diazepam should not be used on its own to treat depression": advice on use, no
        // claim that it does or does not treat it.
        for (std::size_t k = clause_start(cue); k + 2 < cue; ++k) {
            if (!is_word(k, "should") && !is_word(k, "must")) continue;
            std::size_t q = k + 1;
            if (q < cue && is(q, ChunkKind::negation)) ++q;
            if (!is_word(q, "be") || q + 1 >= cue ||
                !(is_word(q + 1, "used") || is_word(q + 1, "taken") || is_word(q + 1, "given") || is_word(q + 1, "prescribed")))
                continue;
            // (", as it may make depressive symptoms worse": the reason given is a claim.)
            bool comma = false;
            for (std::size_t r = q + 2; r < cue && !comma; ++r) comma = is_comma(r);
            if (!comma) return;
        }
        if (in_readers_condition(cue, s)) return;
        if (reversed_[cue] && !owner) p = opposite(p);
        // "both hit GABA", but "the first hit in the morning": some cues speak of messengers
        // only, and not of how a drug feels ("pregabalin hit different for me than gaba").
        if (c_[cue].kind == ChunkKind::predicate && c_[cue].last == c_[cue].first + 1 &&
            roles_.has(norm(c_[cue].first), WordRole::messenger_verb) &&
            (entity(t).type == EntityType::condition || entity(t).type == EntityType::substance ||
             entity(t).type == EntityType::other || is_word(cue + 1, "different") || is_word(cue + 1, "differently") ||
             is_word(cue + 1, "hard") || is_word(cue + 1, "harder")))
            return;
        // "don't combine it with warfarin": denied, "combine" is advice on taking two
        // together, not what a product holds.
        if (p == Predicate::contains && n && norm(c_[cue].first).starts_with("combin")) return;
        const EntityType st = entity(s).type, tt = entity(t).type;
        // "used for opioid maintenance therapy": a benefit does not raise a drug.
        if (c_[cue].kind == ChunkKind::predicate && c_[cue].cue.flips_on_harm && p == Predicate::increases &&
            tt == EntityType::substance)
            return;
        if (tt == EntityType::receptor && c_[cue].cue.receptor_mode != BindMode::none) {
            p = Predicate::binds;  // "blocks 5-HT3 receptors"
            mode = c_[cue].cue.receptor_mode;
        }
        p = directed(p, cue, t, direction);
        // A condition acts only on the body's messengers and their machinery
        // ("stress disrupts dopamine balance"); two conditions are a correlation,
        // and a condition does not act on a substance.
        if (st == EntityType::condition &&
            (tt == EntityType::condition || tt == EntityType::substance || tt == EntityType::other))
            return;
        // Only a substance acts on a substance ("prolactin increases kratom" is a misparse),
        // and an enzyme that breaks one down ("metabolized by CYP3A4").
        if ((tt == EntityType::substance || tt == EntityType::other) && st != EntityType::substance &&
            st != EntityType::other && st != EntityType::enzyme)
            return;
        if (p == Predicate::binds) {
            if (st == EntityType::condition) return;
            if (tt == EntityType::transporter || tt == EntityType::enzyme) {
                // Blocking a transporter or an enzyme lowers its work; an agonist of one raises it;
                // binding one with no mode ("its affinity for SERT") acts on it.
                p = mode == BindMode::none ? Predicate::modulates
                    : mode == BindMode::antagonist || mode == BindMode::inverse_agonist ? Predicate::decreases
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
        // (A supplement may contain a hormone, "contains no melatonin", or a messenger taken as
        // such: "Each capsule contains 750 mg of GABA", "it also contains adenosine itself"; and
        // a compound the lexicon lacks, "rich in cordycepin".)
        if (p == Predicate::contains &&
            (st != EntityType::substance || (tt != EntityType::substance && tt != EntityType::hormone &&
                                             tt != EntityType::neurotransmitter && tt != EntityType::other)))
            return;
        // "without grogginess" says what a product or a drug spares you, nothing a receptor does.
        if (c_[cue].kind == ChunkKind::without && st != EntityType::substance && st != EntityType::other) return;
        // "without drowsiness", "with no crash" spare an outcome; "brewed with no prolactin" and
        // "works without prolactin" leave an ingredient out.
        if (c_[cue].kind == ChunkKind::without && tt != EntityType::condition) return;
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
    mutable bool unnamed_topic_known_ = false;  ///< unnamed_topic() has been found for this sentence
    mutable bool readers_condition_known_ = false;  ///< in_readers_condition() has looked for "if you"
    mutable bool has_readers_condition_ = false;
    mutable std::optional<std::size_t> unnamed_topic_;
    mutable std::optional<bool> has_open_paren_;  ///< the sentence has a "(" chunk (found once)
    std::vector<char>& states_;    ///< state word chunk -> apply_state() read it so
    std::map<std::size_t, std::size_t> entity_override_;  ///< chunk -> entity it stands for here
    /// (Cue, target) chunks where the target is an outcome an effect lowers, before
    /// "-lowering effect of" (right_targets): the cue that raises the effect lowers it.
    mutable std::set<std::pair<std::size_t, std::size_t>> lowered_by_effect_;
    /// (cue, target) pairs where the target is the name of the change the cue names ("a fall
    /// in white blood cells, called agranulocytosis"): brought on, not changed.
    mutable std::set<std::pair<std::size_t, std::size_t>> named_change_;
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
    if (s.makes_claims) {
        SentenceRules(lexicon_, roles_, names_, harms_, s, scratch).run();
        return scratch.claims;
    }
    // Advice states nothing of its own, but a noun phrase inside it may carry a claim
    // (seed README rule 14): "Do not take it within 14 days of stopping an MAO
    // inhibitor such as phenelzine" says that phenelzine inhibits MAO. A question
    // asserts nothing at all.
    if (s.tokens.empty() || s.tokens.back().norm == std::string_view("?")) return scratch.claims;
    SentenceRules(lexicon_, roles_, names_, harms_, s, scratch).run();
    // So may a relative clause: "Use with caution alongside tramadol or lithium, all of
    // which increase the risk of serotonin syndrome" states what they do.
    auto in_relative = [&](std::size_t cue) {
        for (std::size_t k = cue; k > 0; --k) {
            if (s.chunks[k - 1].kind == ChunkKind::relative) return true;
            if (s.chunks[k - 1].kind == ChunkKind::boundary || s.chunks[k - 1].kind == ChunkKind::predicate) return false;
        }
        return false;
    };
    std::erase_if(scratch.claims,
                  [&](const SentenceClaim& c) { return !s.chunks[c.cue_chunk].cue.agent && !in_relative(c.cue_chunk); });
    return scratch.claims;
}

}  // namespace claimgraph::extract
