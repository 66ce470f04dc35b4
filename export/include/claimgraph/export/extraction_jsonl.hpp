// The map step's output: one document's extraction in the claims format, claim
// lines followed by one document line (see graph/claims_reader.hpp), so that
// `merge` of any split of the documents rebuilds the graph `build` makes.
#pragma once

#include <string>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::exporter {

std::string to_claims_jsonl(const DocumentExtraction& doc);

}  // namespace claimgraph::exporter
