// Documents in: INPUT arguments (files, directories, .jsonl corpora, "-") to
// a stream of documents, one at a time, so that a corpus is never held whole.
// Problems are values (Diagnostic), never prints: the caller reports them.
//
// Hostile input is expected, and none of it stops the run:
//  - a missing or unreadable path, a broken symbolic link, a binary file (or
//    UTF-16), a file over max_document_bytes: skipped, with a Diagnostic;
//  - a JSONL line that is not an object with a string "text", or too long:
//    that line skipped (file:line), the lines after it read;
//  - invalid UTF-8: repaired (U+FFFD) with a warning naming the byte offset;
//  - a BOM, CR or CRLF line ends, stray NUL or other control bytes: read as
//    text (source_text.hpp says how);
//  - .html/.htm files: read as the prose of the page (html_to_text);
//  - symbolic links to directories are followed, but never into a directory
//    already being read (a loop), so every file is read once.
// Evidence offsets point into the original bytes: Document::source_map maps
// the extractor's offsets back, and extract_document applies it.
#pragma once

#include <cstddef>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/extract/source_text.hpp"

namespace claimgraph::extract {

/// A document ready for extraction.
struct Document {
    std::string name;  ///< relative to the input directory; a file given by name: as given; JSONL: its "id"
    std::string text;  ///< what the extractor reads: valid UTF-8, HTML as prose
    OffsetMap source_map;  ///< text offsets -> offsets in the original bytes (identity for clean plain text and JSONL)
};

/// A problem with one input: the run goes on without it.
struct Diagnostic {
    std::string file;      ///< the path as given or found
    std::size_t line = 0;  ///< 1-based line for JSONL records; 0 when not about a line
    std::string message;   ///< "file[:line]: what happened; what was done"
    bool skipped = true;   ///< an input (file or record) was skipped; false: read, with a warning
    std::size_t count = 1; ///< inputs this diagnostic stands for ("… 250 more lines skipped"); count them, not it
};

/// Largest document read: a file, or one JSONL line. Larger ones are skipped
/// (it guards memory against, say, /dev/zero given by name; no article is this long).
inline constexpr std::size_t kMaxDocumentBytes = std::size_t{256} << 20;

/// Per JSONL file, line diagnostics beyond this many are summed up in one at its end.
inline constexpr std::size_t kMaxLineDiagnostics = 100;

/// A document a DocumentSource has chosen, read or not yet. Reading and decoding
/// a file (the slow part) is load()'s work, so that a caller with threads can
/// do it outside the lock that guards the source, while the source hands out
/// the next one.
class PendingDocument {
public:
    /// A document already read (a JSONL record, standard input).
    explicit PendingDocument(Document doc) : ready_(std::move(doc)) {}
    /// The document, reading it now if it was not: nullopt (and a Diagnostic
    /// naming the file) when the file cannot be read, is not text or is too large.
    std::optional<Document> load(std::vector<Diagnostic>& diagnostics) &&;

private:
    friend class DocumentSource;
    PendingDocument(std::string path, std::string name, std::size_t max_bytes)
        : path_(std::move(path)), name_(std::move(name)), max_bytes_(max_bytes) {}
    std::optional<Document> ready_;
    std::string path_;  ///< the file to read, when not ready_
    std::string name_;
    std::size_t max_bytes_ = kMaxDocumentBytes;
};

/// File extensions a directory is searched for.
const std::vector<std::string>& document_extensions();

/// Streams the documents of INPUT arguments in a deterministic order: the
/// arguments as given, each directory's files sorted by relative path, JSONL
/// records in line order. `-` reads standard input (`stdin_stream`) as one
/// plain-text document.
class DocumentSource {
public:
    DocumentSource(std::vector<std::string> inputs, std::istream* stdin_stream,
                   std::size_t max_document_bytes = kMaxDocumentBytes);
    ~DocumentSource();
    DocumentSource(DocumentSource&&) noexcept;
    DocumentSource& operator=(DocumentSource&&) noexcept;

    /// The next document, or nullopt at the end. Problems found on the way are
    /// appended to `diagnostics`.
    std::optional<Document> next(std::vector<Diagnostic>& diagnostics);
    /// The same in two steps: the next input, or nullopt at the end, and the
    /// reading of it, PendingDocument::load() (a file that cannot be read yields
    /// no document there, and next() goes on to the one after). JSONL records
    /// and standard input come read already: they are read in input order.
    std::optional<PendingDocument> next_pending(std::vector<Diagnostic>& diagnostics);

private:
    struct State;
    std::unique_ptr<State> state_;
};

/// One file's bytes to a Document, as DocumentSource reads them: HTML when
/// `html`, else plain text. nullopt (and a Diagnostic naming `file`) for binary
/// content; a warning for repaired UTF-8. Public for tests and fuzzing.
std::optional<Document> decode_document(std::string name, std::string_view bytes, bool html,
                                        const std::string& file, std::vector<Diagnostic>& diagnostics);

/// One line of a JSONL corpus (without its '\n'), as DocumentSource reads
/// them: nullopt for a blank line, or (with a Diagnostic naming file:line) a
/// line that is not a JSON object with a string "text". The document is named
/// by its "id" (a string, or a number/boolean/null as written), else
/// `default_name`. `offset` is the line's byte offset in the file, for the
/// position of invalid UTF-8. Public for tests and fuzzing.
std::optional<Document> parse_jsonl_line(std::string_view line, const std::string& file, std::size_t line_no,
                                         std::size_t offset, const std::string& default_name,
                                         std::vector<Diagnostic>& diagnostics);

/// Maps the claims' start/end from text offsets to offsets into the original
/// bytes. `sentence` stays the text the extractor read: for plain text the
/// same as the original bytes doc[start:end] (but for repaired bytes), for
/// HTML that range with the markup taken out and references decoded.
void map_to_source(DocumentExtraction& extraction, const OffsetMap& map);

/// ex.extract(doc.name, doc.text), with the claims' offsets mapped to the original bytes.
DocumentExtraction extract_document(const Extractor& ex, const Document& doc);

}  // namespace claimgraph::extract
