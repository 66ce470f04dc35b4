#include "json_parts.hpp"

namespace claimgraph::exporter::json {

Json mode(Predicate p, BindMode m) {
    if (p != Predicate::binds || m == BindMode::none) return nullptr;
    return std::string(to_string(m));
}

Json evidence(const Claim& c) {
    Json j;
    j["doc"] = c.doc;
    j["start"] = c.start;
    j["end"] = c.end;
    j["sentence"] = c.sentence;
    j["cue"] = c.cue;
    j["hedged"] = c.hedged;
    j["negated"] = c.negated;
    j["mode"] = mode(c.predicate, c.mode);
    return j;
}

Json evidence_list(const graph::ClaimEdge& e) {
    Json out = Json::array();
    for (const Claim& c : e.evidence) out.push_back(evidence(c));
    return out;
}

Json contradicts(const graph::ClaimGraph& g, const graph::ClaimEdge& e) { return strings(g.contradictions(e)); }

std::string dump(const Json& j, int indent) { return j.dump(indent, ' ', false, Json::error_handler_t::replace); }

}  // namespace claimgraph::exporter::json
