// JSON pieces that several writers share (private to claimgraph::export), so an
// evidence item or an edge's contradictions read the same in every format.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::exporter::json {

// ordered_json keeps fields in insertion order, i.e. in the order of the spec.
using Json = nlohmann::ordered_json;

/// A binds claim's mode as JSON: null for none and for every other predicate.
Json mode(Predicate p, BindMode m);
/// One evidence item as graph-json.md has it: doc, start, end, sentence, cue, hedged, negated, mode.
Json evidence(const Claim& c);
/// The edge's evidence list.
Json evidence_list(const graph::ClaimEdge& e);
/// The ids of the edges `e` contradicts, sorted.
Json contradicts(const graph::ClaimGraph& g, const graph::ClaimEdge& e);
/// A set or vector of strings as a JSON array.
template <typename Strings>
Json strings(const Strings& list) {
    Json out = Json::array();
    for (const auto& s : list) out.push_back(s);
    return out;
}
/// Compact (indent < 0) or indented text; invalid UTF-8 becomes U+FFFD instead of
/// an exception. The bytes of nlohmann's j.dump(indent, ' ', false, replace),
/// written without its serializer, which escapes a string a byte at a time
/// through a UTF-8 decoder and writes through an output adapter: on graphs that
/// keep all their evidence, most of the run went there.
std::string dump(const Json& j, int indent = -1);

}  // namespace claimgraph::exporter::json
