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
//
// Each document line is one document, as each document build reads is one (the
// graph counts every document added, claim_graph.hpp): the same name in two inputs
// (two folders with an a.txt, or a claims file given twice) is two documents, for
// build and merge alike. A document line takes the claim lines of its name in the
// same file since the previous document line of that name (extract writes a
// document's claims, then its document line); claim lines after the last one join
// it. Claim lines of a name no document line in their file names are one document
// per name, whatever the files.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <utility>
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
    /// Everything read so far, one DocumentExtraction per document.
    std::vector<DocumentExtraction> documents() const;

private:
    using FileDoc = std::pair<std::string, std::string>;  // (file, document name)
    std::vector<DocumentExtraction> docs_;                // one per document line
    std::map<FileDoc, std::vector<Claim>> pending_;       // claims not taken by a document line yet
    std::map<FileDoc, std::size_t> last_record_;          // index in docs_ of the latest document line
};

}  // namespace claimgraph::graph
