#include "claimgraph/graph/claim_graph.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <deque>
#include <iterator>
#include <type_traits>
#include <tuple>
#include <utility>

namespace claimgraph::graph {
namespace {

// Two types seen for one entity. `other` means "unknown" and yields to any
// known type; two different known types are settled by the smaller name so the
// result is the same whichever was seen first (commutative and associative).
EntityType merge_type(EntityType a, EntityType b) {
    if (a == b || b == EntityType::other) return a;  // the common case: the type it had
    if (a == EntityType::other) return b;
    if (b == EntityType::other) return a;
    return to_string(a) <= to_string(b) ? a : b;
}

bool agonistic(BindMode m) { return m == BindMode::agonist || m == BindMode::partial_agonist; }
bool antagonistic(BindMode m) { return m == BindMode::antagonist || m == BindMode::inverse_agonist; }

}  // namespace

std::string ClaimEdge::id() const {
    std::string out;
    out.reserve(source.size() + target.size() + 12);
    out.append(source).append("|").append(to_string(predicate)).append("|").append(target);
    return out;
}

bool evidence_less(const Claim& a, const Claim& b) {
    // The documented key first (doc, position, cue, flags, mode); the remaining
    // fields only break ties so that the order is total and a capped evidence list
    // does not depend on insertion order.
    const auto key = [](const Claim& c) {
        return std::tie(c.doc, c.start, c.end, c.cue, c.hedged, c.negated, c.mode, c.subject, c.target,
                        c.predicate, c.sentence, c.subject_type, c.target_type);
    };
    return key(a) < key(b);
}

void ClaimGraph::add(const DocumentExtraction& doc) { add_document(doc); }
void ClaimGraph::add(DocumentExtraction&& doc) { add_document(doc); }

template <typename Extraction>
void ClaimGraph::add_document(Extraction& doc) {
    // Claims are taken (moved into evidence) when `doc` is not const.
    constexpr bool take = !std::is_const_v<Extraction>;
    ++documents_;
    sentences_ += doc.sentences;

    // Folded straight into the vertex (what add_node does) without building an
    // EntityNode and its alias set per sighting.
    for (const EntitySighting& s : doc.entities) {
        EntityNode& into = g_[vertex_for(s.name, s.type)];
        into.aliases.insert(s.aliases.begin(), s.aliases.end());
        into.mentions += s.mentions;
    }

    // The (edge, document name) pairs this document has counted already. A few
    // dozen at most: a document counts once per edge however many claims it has there.
    // Edge properties live in g_'s edge list (a std::list), so the pointers are stable;
    // the names point to doc.doc, or (claims that name another document, rare) into
    // `other_names`: a taken claim's own name moves away with it.
    std::vector<std::pair<const ClaimEdge*, const std::string*>> counted;
    std::deque<std::string> other_names;
    Claim named;  // a claim without its document's name, given that name (rare)
    // A document's claims mostly share their subject (its topic): the last subject's
    // vertex, found again by one compare instead of a hash and a probe.
    std::string last_subject;
    Vertex last_u = 0;
    bool have_last = false;
    for (auto& claim : doc.claims) {
        auto* c = &claim;
        if (claim.doc.empty()) {  // claims normally carry their document already
            named = claim;
            named.doc = doc.doc;
            c = &named;
        }
        Vertex u;
        if (have_last && c->subject == last_subject) {
            u = last_u;
            EntityNode& n = g_[u];
            n.type = merge_type(n.type, c->subject_type);  // what vertex_for does to a vertex it finds
        } else {
            u = vertex_for(c->subject, c->subject_type);
            last_subject = c->subject;
            last_u = u;
            have_last = true;
        }
        const Vertex v = vertex_for(c->target, c->target_type);
        ClaimEdge& e = edge_for(u, v, c->predicate);
        const std::string* name = c->doc == doc.doc ? &doc.doc : &other_names.emplace_back(c->doc);
        const auto same = [&](const auto& p) { return p.first == &e && *p.second == *name; };
        if (std::none_of(counted.begin(), counted.end(), same)) {
            counted.emplace_back(&e, name);
            ++e.documents;
            add_doc_name(e, *name);
        }
        if constexpr (take)
            add_claim(e, std::move(*c));
        else
            add_claim(e, *c);
    }
}

void ClaimGraph::merge(const ClaimGraph& other) {
    if (&other == this) {  // g.merge(g): read from a snapshot, not from what is being changed
        const ClaimGraph copy = other;
        merge(copy);
        return;
    }
    documents_ += other.documents_;
    sentences_ += other.sentences_;
    for (const auto& [name, v] : other.vertex_by_name_) add_node(other.g_[v]);
    for (auto [it, end] = boost::edges(other.g_); it != end; ++it) {
        const ClaimEdge& oe = other.g_[*it];
        // Both end points exist by now (all of other's vertices were added above).
        const Vertex u = vertex_by_name_.at(oe.source);
        const Vertex v = vertex_by_name_.at(oe.target);
        ClaimEdge& e = edge_for(u, v, oe.predicate);
        add_evidence(e, oe);
        e.documents += oe.documents;
        for (const std::string& name : oe.doc_names) add_doc_name(e, name);
    }
}

std::vector<const EntityNode*> ClaimGraph::nodes() const {
    std::vector<const EntityNode*> out;
    // vertex_by_name_ is ordered by name, so the result is sorted already.
    for (const auto& [name, v] : vertex_by_name_)
        if (boost::out_degree(v, g_) + boost::in_degree(v, g_) > 0) out.push_back(&g_[v]);
    return out;
}

std::vector<const ClaimEdge*> ClaimGraph::edges() const {
    std::vector<const ClaimEdge*> out;
    out.reserve(boost::num_edges(g_));
    for (auto [it, end] = boost::edges(g_); it != end; ++it) out.push_back(&g_[*it]);
    // Not by id(): '|' sorts after letters, so "ab|…" < "a|…" although "a" < "ab".
    std::sort(out.begin(), out.end(), [](const ClaimEdge* a, const ClaimEdge* b) {
        return std::make_tuple(std::cref(a->source), to_string(a->predicate), std::cref(a->target)) <
               std::make_tuple(std::cref(b->source), to_string(b->predicate), std::cref(b->target));
    });
    return out;
}

std::vector<std::string> ClaimGraph::contradictions(const ClaimEdge& e) const {
    std::vector<std::string> out;

    // increases vs decreases between the same ordered pair.
    const auto su = vertex_by_name_.find(e.source);
    const auto tv = vertex_by_name_.find(e.target);
    if (su != vertex_by_name_.end() && tv != vertex_by_name_.end()) {
        const auto opposite = [&](Predicate p) {
            if (const ClaimEdge* o = find_edge(su->second, tv->second, p)) out.push_back(o->id());
        };
        if (e.predicate == Predicate::increases) opposite(Predicate::decreases);
        if (e.predicate == Predicate::decreases) opposite(Predicate::increases);
    }

    // Partly negated, partly not. The counters are exact; the evidence may be capped.
    if (e.negated > 0 && e.negated < e.support) out.push_back(e.id());

    // Agonist-like and antagonist-like binding of the same pair.
    if (e.predicate == Predicate::binds) {
        bool ago = false;
        bool anta = false;
        for (const auto& [mode, count] : e.modes) {
            if (count == 0) continue;
            ago = ago || agonistic(mode);
            anta = anta || antagonistic(mode);
        }
        if (ago && anta) out.push_back(e.id());
    }

    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const EntityNode* ClaimGraph::find_node(const std::string& name) const {
    const auto it = vertex_by_name_.find(name);
    return it == vertex_by_name_.end() ? nullptr : &g_[it->second];
}

std::size_t ClaimGraph::NameHash::operator()(const std::string& name) const noexcept {
    // Fixed-size loads only: the last eight (or four) bytes overlap what came before.
    const auto load = [](const char* p, std::size_t bytes) {
        std::uint64_t v = 0;
        std::memcpy(&v, p, bytes);
        return v;
    };
    const char* p = name.data();
    const std::size_t n = name.size();
    std::uint64_t h = (n + 1) * 0x9E3779B97F4A7C15ull;
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8) {
            h = (h ^ load(p + i, 8)) * 0xBF58476D1CE4E5B9ull;
            h ^= h >> 31;
        }
        h ^= load(p + n - 8, 8);
    } else if (n >= 4) {
        h ^= load(p, 4) | (load(p + n - 4, 4) << 32);
    } else if (n > 0) {
        h ^= static_cast<unsigned char>(p[0]) | (std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 8) |
             (std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 16);
    }
    h *= 0x94D049BB133111EBull;
    return static_cast<std::size_t>(h ^ (h >> 29));
}

ClaimGraph::Vertex ClaimGraph::vertex_for(const std::string& name, EntityType type) {
    const auto it = vertex_index_.find(name);
    if (it != vertex_index_.end()) {
        EntityNode& n = g_[it->second];
        n.type = merge_type(n.type, type);
        return it->second;
    }
    EntityNode n;
    n.name = name;
    n.type = type;
    const Vertex v = boost::add_vertex(std::move(n), g_);
    vertex_by_name_.emplace(name, v);
    vertex_index_.emplace(name, v);
    return v;
}

void ClaimGraph::add_node(const EntityNode& n) {
    EntityNode& into = g_[vertex_for(n.name, n.type)];
    into.aliases.insert(n.aliases.begin(), n.aliases.end());
    into.mentions += n.mentions;
}

ClaimEdge& ClaimGraph::edge_for(Vertex source, Vertex target, Predicate p) {
    for (auto [it, end] = boost::out_edges(source, g_); it != end; ++it)
        if (boost::target(*it, g_) == target && g_[*it].predicate == p) return g_[*it];
    ClaimEdge e;
    e.source = g_[source].name;
    e.target = g_[target].name;
    e.predicate = p;
    const Edge added = boost::add_edge(source, target, std::move(e), g_).first;
    return g_[added];
}

const ClaimEdge* ClaimGraph::find_edge(Vertex source, Vertex target, Predicate p) const {
    for (auto [it, end] = boost::out_edges(source, g_); it != end; ++it)
        if (boost::target(*it, g_) == target && g_[*it].predicate == p) return &g_[*it];
    return nullptr;
}

void ClaimGraph::add_evidence(ClaimEdge& into, const ClaimEdge& from) const {
    into.support += from.support;
    into.hedged += from.hedged;
    into.negated += from.negated;
    for (const auto& [mode, count] : from.modes) into.modes[mode] += count;

    // Both lists are sorted by evidence_less; keeping the first max_evidence of their
    // union equals keeping the first max_evidence of everything ever added (as long
    // as `from` was capped no tighter), which keeps merge associative.
    if (from.evidence.size() == 1) {
        insert_evidence(into, from.evidence.front());
        return;
    }
    std::vector<Claim> merged;
    merged.reserve(into.evidence.size() + from.evidence.size());
    std::merge(into.evidence.begin(), into.evidence.end(), from.evidence.begin(), from.evidence.end(),
               std::back_inserter(merged), evidence_less);
    if (max_evidence_ > 0 && merged.size() > max_evidence_)
        merged.erase(merged.begin() + static_cast<std::ptrdiff_t>(max_evidence_), merged.end());
    into.evidence = std::move(merged);
}

template <typename C>
void ClaimGraph::add_claim(ClaimEdge& into, C&& c) const {
    // add_evidence() of a one-claim edge, without building that edge: most claims
    // are cut off by max_evidence, and copying each (its sentence included) cost
    // an allocation or more per claim.
    ++into.support;
    if (c.hedged) ++into.hedged;
    if (c.negated) ++into.negated;
    if (c.predicate == Predicate::binds && c.mode != BindMode::none) ++into.modes[c.mode];
    insert_evidence(into, std::forward<C>(c));
}

template <typename C>
void ClaimGraph::insert_evidence(ClaimEdge& into, C&& c) const {
    // One claim at a time (add()): documents arrive mostly in order, so the
    // claim usually goes at the end. Copying the whole list for each claim,
    // as the general merge in add_evidence() does, made a corpus quadratic.
    auto at = into.evidence.end();
    if (!into.evidence.empty() && evidence_less(c, into.evidence.back()))
        at = std::upper_bound(into.evidence.begin(), into.evidence.end(), c, evidence_less);
    const auto index = at - into.evidence.begin();  // pop_back() would invalidate `at` if it is the last
    if (max_evidence_ > 0 && into.evidence.size() >= max_evidence_) {
        if (at == into.evidence.end()) return;  // would be cut off at once
        into.evidence.pop_back();
    }
    into.evidence.insert(into.evidence.begin() + index, std::forward<C>(c));
}

void ClaimGraph::add_doc_name(ClaimEdge& e, const std::string& name) const {
    // Like the evidence: the first max_evidence names of the union are the first
    // max_evidence names of everything ever added, whatever the order of adds and merges.
    auto& names = e.doc_names;
    // Documents mostly come in name order, and a name after the last goes at the
    // end (where lower_bound would find it, after a binary search of compares).
    const auto at =
        !names.empty() && names.back() < name ? names.end() : std::lower_bound(names.begin(), names.end(), name);
    if (at != names.end() && *at == name) return;
    const auto index = at - names.begin();  // pop_back() would invalidate `at` if it is the last
    if (max_evidence_ > 0 && names.size() >= max_evidence_) {
        if (at == names.end()) return;
        names.pop_back();
    }
    names.insert(names.begin() + index, name);
}

}  // namespace claimgraph::graph
