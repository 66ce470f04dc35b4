#include "claimgraph/export/extraction_jsonl.hpp"

#include <nlohmann/json.hpp>

#include "claimgraph/export/writers.hpp"
#include "json_parts.hpp"

namespace claimgraph::exporter {

std::string to_claims_jsonl(const DocumentExtraction& doc) {
    std::string out = to_claims_jsonl(doc.claims);
    nlohmann::ordered_json d;
    d["record"] = "document";
    d["doc"] = doc.doc;
    d["sentences"] = doc.sentences;
    d["entities"] = nlohmann::ordered_json::array();
    for (const EntitySighting& e : doc.entities)
        d["entities"].push_back({{"name", e.name},
                                 {"type", std::string(to_string(e.type))},
                                 {"aliases", e.aliases},
                                 {"mentions", e.mentions}});
    out.append(json::dump(d)).push_back('\n');
    return out;
}

}  // namespace claimgraph::exporter
