// Evidence-level claims as JSON Lines: the gold-record fields of spec/claims.md
// first, so a line compares directly with a gold line, then the extras.
#include <nlohmann/json.hpp>

#include <string>

#include "claimgraph/export/writers.hpp"
#include "json_parts.hpp"

namespace claimgraph::exporter {
namespace {

using json::Json;

std::string claim_line(const Claim& c) {
    Json j;
    j["doc"] = c.doc;
    j["sentence"] = c.sentence;
    j["subject"] = c.subject;
    j["predicate"] = std::string(to_string(c.predicate));
    j["target"] = c.target;
    j["hedged"] = c.hedged;
    j["negated"] = c.negated;
    j["start"] = c.start;
    j["end"] = c.end;
    j["cue"] = c.cue;
    // Same rule as the graph JSON: a mode only on binds claims that name one.
    if (c.predicate == Predicate::binds && c.mode != BindMode::none)
        j["mode"] = std::string(to_string(c.mode));
    else
        j["mode"] = nullptr;
    j["subject_type"] = std::string(to_string(c.subject_type));
    j["target_type"] = std::string(to_string(c.target_type));
    // Compact, one line (JSON escapes any newline in the sentence); invalid UTF-8
    // becomes U+FFFD instead of an exception.
    return json::dump(j);
}

}  // namespace

std::string to_claims_jsonl(const std::vector<Claim>& claims) {
    std::string out;
    for (const Claim& c : claims) out.append(claim_line(c)).push_back('\n');
    return out;
}

std::string to_claims_jsonl(const graph::ClaimGraph& g) {
    std::string out;
    for (const graph::ClaimEdge* e : g.edges())
        for (const Claim& c : e->evidence) out.append(claim_line(c)).push_back('\n');
    return out;
}

}  // namespace claimgraph::exporter
