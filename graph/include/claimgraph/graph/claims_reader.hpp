// Reads the claims format back (the output of `claimgraph extract`, the map
// step) so that `merge` can rebuild the graph `build` would have made.
//
// A claims file is JSON Lines. A claim line has the gold-record fields of
// spec/claims.md (doc, sentence, subject, predicate, target, hedged, negated)
// plus start, end, cue, mode, subject_type and target_type. A document line,
// {"record": "document", "doc", "sentences", "entities": [{"name", "type",
// "aliases", "mentions"}]}, carries what the graph counts besides claims:
// sentences, mentions and aliases. Without document lines (claims from another
// tool) the graph is built from the claims alone.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/documents.hpp"
#include "claimgraph/extract/types.hpp"

namespace claimgraph::graph {

class ClaimsReader {
public:
    /// Reads one line of `file` (1-based `line`). A malformed line is skipped
    /// with a Diagnostic naming file:line.
    void add_line(std::string_view text, const std::string& file, std::size_t line,
                  std::vector<extract::Diagnostic>& diagnostics);
    /// Reads a whole file a line at a time; an unreadable file is a Diagnostic.
    void add_file(const std::string& path, std::vector<extract::Diagnostic>& diagnostics);
    /// Everything read so far, one DocumentExtraction per document, by name.
    std::vector<DocumentExtraction> documents() const;

private:
    std::map<std::string, DocumentExtraction> docs_;
};

}  // namespace claimgraph::graph
