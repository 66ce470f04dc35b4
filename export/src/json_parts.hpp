// JSON pieces that several writers share (private to claimgraph::export), so an
// evidence item or an edge's contradictions read the same in every format.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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
/// Writes a JSON document as it goes, in the layout json::dump(j, indent) gives
/// the same document, so that a large one (a graph with all its evidence) is
/// never built as a Json tree first. Members and elements are written in call
/// order: key() then a value in an object, values alone in an array.
class Writer {
public:
    Writer(std::string& out, int indent) : out_(out), pretty_(indent >= 0), step_(indent >= 0 ? indent : 0) {}
    void begin_object() { open('{', true); }
    void end_object() { close('}'); }
    void begin_array() { open('[', false); }
    void end_array() { close(']'); }
    void key(std::string_view k);
    void string(std::string_view s);
    void boolean(bool b);
    void number(std::uint64_t n);
    void null();
    /// A value built as a Json (any kind).
    void value(const Json& j);

private:
    struct Level {
        bool object;
        bool empty = true;
    };
    void open(char bracket, bool object);
    void close(char bracket);
    void before_value();  ///< the separator and indent an array element needs
    void separate();      ///< before a member or element: "\n" or ",\n", and the indent
    std::string& out_;
    bool pretty_;
    std::size_t step_;
    std::vector<Level> levels_;
};

/// Compact (indent < 0) or indented text; invalid UTF-8 becomes U+FFFD instead of
/// an exception. The bytes of nlohmann's j.dump(indent, ' ', false, replace),
/// written without its serializer, which escapes a string a byte at a time
/// through a UTF-8 decoder and writes through an output adapter: on graphs that
/// keep all their evidence, most of the run went there.
std::string dump(const Json& j, int indent = -1);

}  // namespace claimgraph::exporter::json
