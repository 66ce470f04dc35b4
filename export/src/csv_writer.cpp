// The graph as Neo4j bulk-import CSV (neo4j-admin database import full): a
// nodes file whose header names the :ID and :LABEL columns, a relationships
// file with :START_ID, :END_ID and :TYPE, typed property columns (name:int,
// name:string[]) and arrays separated by ';', the importer's default.
//
// Every string field is quoted, a quote doubled (RFC 4180); newlines become
// spaces so no --multiline-fields is needed; a ';' inside an array element
// would split it, so it becomes ','.
#include <cctype>
#include <string>
#include <string_view>

#include "claimgraph/export/writers.hpp"
#include "json_parts.hpp"
#include "style.hpp"
#include "text.hpp"

namespace claimgraph::exporter {
namespace {

std::string field(std::string_view s) {
    std::string out = "\"";
    for (const char c : text::valid_utf8(s)) {
        if (c == '"')
            out.append("\"\"");
        else if (c == '\n' || c == '\r' || c == '\t')
            out.push_back(' ');
        else
            out.push_back(c);
    }
    out.push_back('"');
    return out;
}

template <typename Strings>
std::string array_field(const Strings& items) {
    std::string joined;
    for (const auto& item : items) {
        if (!joined.empty()) joined.push_back(';');
        for (const char c : std::string_view(item)) joined.push_back(c == ';' ? ',' : c);
    }
    return field(joined);
}

// "substance" -> "Substance"; "other" -> "Other".
std::string label_of(EntityType t) {
    std::string s(to_string(t));
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

// "increases" -> "INCREASES", Neo4j's convention for relationship types.
std::string type_of(Predicate p) {
    std::string s(to_string(p));
    for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

Neo4jCsv to_neo4j_csv(const graph::ClaimGraph& g) {
    Neo4jCsv out;
    out.nodes = "id:ID,name,type,aliases:string[],mentions:int,:LABEL\n";
    for (const graph::EntityNode* n : g.nodes()) {
        out.nodes.append(field(n->name)).append(",").append(field(n->name)).append(",");
        out.nodes.append(field(to_string(n->type))).append(",").append(array_field(n->aliases)).append(",");
        out.nodes.append(std::to_string(n->mentions)).append(",").append(field("Entity;" + label_of(n->type)));
        out.nodes.append("\n");
    }

    out.relationships =
        ":START_ID,:END_ID,:TYPE,id,predicate,support:int,documents:int,hedged:int,negated:int,mode,"
        "contradicts:string[],doc_names:string[],sentence,doc,evidence\n";
    for (const graph::ClaimEdge* e : g.edges()) {
        std::string& r = out.relationships;
        r.append(field(e->source)).append(",").append(field(e->target)).append(",");
        r.append(field(type_of(e->predicate))).append(",").append(field(e->id())).append(",");
        r.append(field(to_string(e->predicate))).append(",");
        r.append(std::to_string(e->support)).append(",").append(std::to_string(e->documents)).append(",");
        r.append(std::to_string(e->hedged)).append(",").append(std::to_string(e->negated)).append(",");
        r.append(field(to_string(style::prevailing_mode(*e)))).append(",");
        r.append(array_field(g.contradictions(*e))).append(",").append(array_field(e->doc_names)).append(",");
        const Claim* best = style::best_evidence(*e);
        r.append(field(best ? best->sentence : "")).append(",").append(field(best ? best->doc : "")).append(",");
        // All evidence as JSON text (apoc.convert.fromJsonList reads it back).
        r.append(field(json::dump(json::evidence_list(*e)))).append("\n");
    }
    return out;
}

}  // namespace claimgraph::exporter
