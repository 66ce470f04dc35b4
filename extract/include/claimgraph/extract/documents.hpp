// Documents in: INPUT arguments (files, directories, .jsonl corpora, "-") to
// a stream of documents, one at a time, so that a corpus is never held whole.
// Problems are values (Diagnostic), never prints: the caller reports them.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace claimgraph::extract {

/// A document ready for extraction.
struct Document {
    std::string name;  ///< relative to the input directory; a file given by name: as given; JSONL: its "id"
    std::string text;  ///< what the extractor reads
};

/// A problem with one input: the run goes on without it.
struct Diagnostic {
    std::string file;      ///< the path as given or found
    std::size_t line = 0;  ///< 1-based line for JSONL records; 0 when not about a line
    std::string message;   ///< "file[:line]: what happened; what was done"
    bool skipped = true;   ///< an input (file or record) was skipped; false: read, with a warning
};

/// File extensions a directory is searched for.
const std::vector<std::string>& document_extensions();

/// Streams the documents of INPUT arguments in a deterministic order: the
/// arguments as given, each directory's files sorted by relative path, JSONL
/// records in line order. `-` reads standard input (`stdin_stream`) as one
/// plain-text document.
class DocumentSource {
public:
    DocumentSource(std::vector<std::string> inputs, std::istream* stdin_stream);
    ~DocumentSource();
    DocumentSource(DocumentSource&&) noexcept;
    DocumentSource& operator=(DocumentSource&&) noexcept;

    /// The next document, or nullopt at the end. Problems found on the way are
    /// appended to `diagnostics`.
    std::optional<Document> next(std::vector<Diagnostic>& diagnostics);

private:
    struct State;
    std::unique_ptr<State> state_;
};

}  // namespace claimgraph::extract
