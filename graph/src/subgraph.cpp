#include "claimgraph/graph/subgraph.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <map>
#include <optional>

namespace claimgraph::graph {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

std::string edge_id(const std::string& source, Predicate p, const std::string& target) {
    return source + "|" + std::string(to_string(p)) + "|" + target;
}

// Splits a ','-separated list and parses each item; `what` and `valid` word the Error.
template <typename T, typename Parse>
Result<std::set<T>> parse_list(std::string_view list, Parse parse, std::string_view what, std::string_view valid) {
    std::set<T> out;
    while (true) {
        const std::size_t comma = list.find(',');
        const std::string_view item = trim(list.substr(0, comma));
        if (!item.empty()) {
            const std::optional<T> v = parse(lower(item));
            if (!v) return Error{"unknown " + std::string(what) + " '" + std::string(item) + "' (one of: " +
                                 std::string(valid) + ")"};
            out.insert(*v);
        }
        if (comma == std::string_view::npos) break;
        list.remove_prefix(comma + 1);
    }
    if (out.empty()) return Error{"empty list of " + std::string(what) + "s (one of: " + std::string(valid) + ")"};
    return out;
}

}  // namespace

bool Selection::keeps(const Claim& c) const { return edges.count(edge_id(c.subject, c.predicate, c.target)) > 0; }

Result<std::string> resolve_entity(const ClaimGraph& g, std::string_view name_or_alias) {
    const std::string wanted(trim(name_or_alias));
    const auto nodes = g.nodes();  // the entities that take part in an edge
    for (const EntityNode* n : nodes)
        if (n->name == wanted) return n->name;
    const std::string key = lower(wanted);
    std::set<std::string> matches;
    std::vector<std::string> near;
    for (const EntityNode* n : nodes) {
        const std::string name = lower(n->name);
        if (name == key || n->aliases.count(key)) matches.insert(n->name);
        if (name.find(key) != std::string::npos || key.find(name) != std::string::npos) near.push_back(n->name);
    }
    if (matches.size() == 1) return *matches.begin();
    if (matches.size() > 1) {
        std::string list;
        for (const std::string& m : matches) list.append(list.empty() ? "" : ", ").append(m);
        return Error{"'" + wanted + "' names several entities: " + list};
    }
    std::string msg = "no entity '" + wanted + "' in the graph";
    if (!near.empty()) {
        msg.append(" (did you mean: ");
        for (std::size_t i = 0; i < near.size() && i < 5; ++i) msg.append(i ? ", " : "").append(near[i]);
        msg.append("?)");
    }
    return Error{msg};
}

Result<Selection> select(const ClaimGraph& g, const SubgraphOptions& o) {
    const auto type_kept = [&](const std::string& name) {
        if (o.types.empty()) return true;
        const EntityNode* n = g.find_node(name);
        return n && o.types.count(n->type) > 0;
    };

    // The edge filters.
    std::vector<const ClaimEdge*> kept;
    for (const ClaimEdge* e : g.edges()) {
        if (e->support < o.min_support) continue;
        if (!o.predicates.empty() && !o.predicates.count(e->predicate)) continue;
        if (!type_kept(e->source) || !type_kept(e->target)) continue;
        kept.push_back(e);
    }

    // The neighbourhood of the focus, breadth first over the kept edges, both ways.
    if (!o.focus.empty()) {
        Result<std::string> focus = resolve_entity(g, o.focus);
        if (!focus.ok()) return focus.error();
        if (!type_kept(focus.value()))
            return Error{"the focus '" + focus.value() + "' is a " +
                         std::string(to_string(g.find_node(focus.value())->type)) + ", which --types leaves out"};
        std::map<std::string, std::vector<std::string>> neighbours;
        for (const ClaimEdge* e : kept) {
            neighbours[e->source].push_back(e->target);
            neighbours[e->target].push_back(e->source);
        }
        std::map<std::string, std::size_t> distance{{focus.value(), 0}};
        std::deque<std::string> queue{focus.value()};
        while (!queue.empty()) {
            const std::string at = queue.front();
            queue.pop_front();
            const std::size_t d = distance.at(at);
            if (d == o.depth) continue;
            for (const std::string& next : neighbours[at])
                if (distance.emplace(next, d + 1).second) queue.push_back(next);
        }
        std::erase_if(kept, [&](const ClaimEdge* e) { return !distance.count(e->source) || !distance.count(e->target); });
    }

    Selection s;
    for (const ClaimEdge* e : kept) {
        s.edges.insert(e->id());
        s.nodes.insert(e->source);
        s.nodes.insert(e->target);
    }
    return s;
}

DocumentExtraction restrict(const DocumentExtraction& doc, const Selection& s) {
    DocumentExtraction out;
    out.doc = doc.doc;
    out.sentences = doc.sentences;
    for (const EntitySighting& e : doc.entities)
        if (s.nodes.count(e.name)) out.entities.push_back(e);
    for (const Claim& c : doc.claims)
        if (s.keeps(c)) out.claims.push_back(c);
    return out;
}

Result<std::set<Predicate>> parse_predicate_list(std::string_view list) {
    return parse_list<Predicate>(list, [](const std::string& s) { return parse_predicate(s); }, "predicate",
                                 "increases, decreases, modulates, binds, contains");
}

Result<std::set<EntityType>> parse_type_list(std::string_view list) {
    return parse_list<EntityType>(list, [](const std::string& s) { return parse_entity_type(s); }, "entity type",
                                  "substance, neurotransmitter, hormone, receptor, transporter, enzyme, condition, "
                                  "other");
}

}  // namespace claimgraph::graph
