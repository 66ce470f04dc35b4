#include <algorithm>
#include <map>
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
    SentenceRules(const Lexicon& lex, const AnalyzedSentence& s)
        : lex_(lex), s_(s), c_(s.chunks), is_target_(s.chunks.size(), false) {}

    std::vector<SentenceClaim> run() {
        for (std::size_t c = 0; c < c_.size(); ++c)
            if (c_[c].kind == ChunkKind::predicate || c_[c].kind == ChunkKind::without) apply_cue(c);
        return dedupe();
    }

private:
    const std::string& norm(std::size_t token) const { return s_.tokens[token].norm; }
    bool is(std::size_t chunk, ChunkKind k) const { return chunk < c_.size() && c_[chunk].kind == k; }
    bool is_hyphen(std::size_t chunk) const { return is(chunk, ChunkKind::word) && norm(c_[chunk].first) == "-"; }
    bool is_comma(std::size_t chunk) const { return is(chunk, ChunkKind::connector) && norm(c_[chunk].first) == ","; }

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
                members.push_back(q);
                p = q;
                continue;
            }
            break;
        }
        return members;
    }

    std::vector<std::size_t> group_right(std::size_t k) const {
        std::vector<std::size_t> members{k};
        for (std::size_t q = k + 1; q < c_.size(); ++q) {
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
        for (std::size_t v = j + 1; v < c_.size() && v <= j + 3; ++v) {
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
                if (auto post = postmodifier_after(j)) {
                    // "improvements in mood, pain management": pain belongs to "management".
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
                // "By modulating these systems, kratom can ...": the comma closed the
                // object phrase before any target; what follows is the next clause.
                if (!found && gap > 0 && is_comma(j)) break;
                continue;
            }
            if (ch.kind != ChunkKind::word) break;
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
    std::vector<std::size_t> subjects(std::size_t c, std::size_t from) const {
        for (std::size_t k = from; k > 0; --k) {
            std::size_t q = k - 1;
            if (is(q, ChunkKind::relative)) {
                std::size_t p = q;
                while (p > 0 && is_comma(p - 1)) --p;
                // The antecedent of "which" is its subject, target of an earlier cue or not.
                if (p > 0 && is(p - 1, ChunkKind::entity)) {
                    std::vector<std::size_t> members{p - 1};
                    for (std::size_t r = p - 1; r > 0;) {
                        --r;
                        if (is(r, ChunkKind::connector)) continue;
                        if (is(r, ChunkKind::entity)) {
                            members.push_back(r);
                            continue;
                        }
                        break;
                    }
                    return members;
                }
                continue;
            }
            if (is(q, ChunkKind::entity) && !is_target_[q]) return group_left(q);
        }
        return fronted_clause_subject(c);
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
                    start = *subject;
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
            if (is(k - 1, ChunkKind::negation) || is(k - 1, ChunkKind::without)) return true;
        }
        return false;
    }

    // The receptor "BASE receptor(s)" if the lexicon has one ("opioid" -> opioid receptors).
    std::optional<std::size_t> receptor_named(const std::string& base) const {
        for (const char* suffix : {" receptors", " receptor"}) {
            auto r = lex_.find(base + suffix);
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

    void apply_cue(std::size_t c) {
        const Chunk& cue = c_[c];
        std::vector<std::size_t> targets;
        std::optional<std::size_t> word_receptor;  // a receptor named by a plain word, not a chunk
        std::size_t leftmost = c;
        bool left_form = false;
        if (cue.kind == ChunkKind::predicate && c > 0) {
            std::size_t p = c - 1;
            bool hyphen = is_hyphen(p);
            if (hyphen && p > 0) --p;
            bool binding_noun = cue.cue.predicate == Predicate::binds && cue.cue.mode != BindMode::none;
            if (is(p, ChunkKind::entity) && (hyphen || cue.cue.also_postmodifier || binding_noun)) {
                targets = group_left(p);
                left_form = true;
                leftmost = *std::min_element(targets.begin(), targets.end());
            } else if (binding_noun && is(p, ChunkKind::word)) {
                // "a partial opioid agonist": the word names a receptor family.
                if (auto r = receptor_named(norm(c_[p].first))) {
                    word_receptor = *r;
                    left_form = true;
                    leftmost = p;
                }
            }
        }
        if (!left_form) targets = right_targets(c);
        if (targets.empty() && !word_receptor) return;
        for (std::size_t t : targets) is_target_[t] = true;

        Predicate pred = cue.kind == ChunkKind::without ? Predicate::increases : cue.cue.predicate;
        BindMode mode = cue.kind == ChunkKind::without ? BindMode::none : cue.cue.mode;
        if (pred == Predicate::binds && left_form && mode == BindMode::agonist && leftmost > 0) {
            const Chunk& before = c_[leftmost - 1];
            const std::string& w = norm(before.first);
            if (w == "partial") mode = BindMode::partial_agonist;
            if (w == "inverse") mode = BindMode::inverse_agonist;
        }
        const std::vector<std::size_t> subj = subjects(c, leftmost);
        if (subj.empty()) return;
        const bool h = hedged(leftmost, *std::max_element(subj.begin(), subj.end())), n = negated(c);
        for (std::size_t sc : subj) {
            if (word_receptor) emit(c_[sc].entity, pred, *word_receptor, c, h, n, mode);
            for (std::size_t tc : targets) {
                std::size_t target = c_[tc].entity;
                if (pred == Predicate::binds && left_form) {
                    auto r = receptor_named_by(tc);
                    if (!r) continue;
                    target = *r;
                }
                emit(c_[sc].entity, pred, target, c, h, n, mode);
            }
        }
    }

    void emit(std::size_t s, Predicate p, std::size_t t, std::size_t cue, bool h, bool n, BindMode mode) {
        if (s == t) return;
        const EntityType st = lex_.entity(s).type, tt = lex_.entity(t).type;
        // A condition acts only on the body's messengers and their machinery
        // ("stress disrupts dopamine balance"); two conditions are a correlation,
        // and a condition does not act on a substance.
        if (st == EntityType::condition &&
            (tt == EntityType::condition || tt == EntityType::substance || tt == EntityType::other))
            return;
        if (p == Predicate::binds) {
            if (st == EntityType::condition) return;
            if (tt == EntityType::neurotransmitter) {
                p = Predicate::modulates;  // "binds to serotonin systems" names no receptor
                mode = BindMode::none;
            } else if (tt != EntityType::receptor) {
                return;
            }
        }
        if (p != Predicate::binds) mode = BindMode::none;
        if (p == Predicate::contains && (st != EntityType::substance || tt != EntityType::substance)) return;
        claims_.push_back({s, p, t, cue, h, n, mode});
    }

    // One claim per (subject, predicate, target) per sentence: asserted beats
    // hedged, and affirmed beats denied (eval/seeds/README.md).
    std::vector<SentenceClaim> dedupe() const {
        std::vector<SentenceClaim> out;
        std::map<std::tuple<std::size_t, Predicate, std::size_t>, std::size_t> seen;
        for (const auto& cl : claims_) {
            auto key = std::make_tuple(cl.subject, cl.predicate, cl.target);
            auto it = seen.find(key);
            if (it == seen.end()) {
                seen.emplace(key, out.size());
                out.push_back(cl);
                continue;
            }
            SentenceClaim& prev = out[it->second];
            prev.hedged = prev.hedged && cl.hedged;
            prev.negated = prev.negated && cl.negated;
            if (prev.mode == BindMode::none) prev.mode = cl.mode;
        }
        return out;
    }

    const Lexicon& lex_;
    const AnalyzedSentence& s_;
    const std::vector<Chunk>& c_;
    std::vector<bool> is_target_;
    std::vector<SentenceClaim> claims_;
};

}  // namespace

std::vector<SentenceClaim> ClaimRules::apply(const AnalyzedSentence& s) const {
    if (!s.makes_claims) return {};
    return SentenceRules(lexicon_, s).run();
}

}  // namespace claimgraph::extract
