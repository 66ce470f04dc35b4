// claimgraph command line: parses arguments and calls the libraries. All the
// work lives in extract/, graph/ and export/; this file only wires them up,
// reports problems on standard error and maps them to exit codes (cli.md).
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <condition_variable>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "claimgraph/export/extraction_jsonl.hpp"
#include "claimgraph/export/formats.hpp"
#include "claimgraph/export/writers.hpp"
#include "claimgraph/extract/documents.hpp"
#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/graph/claim_graph.hpp"
#include "claimgraph/graph/claims_reader.hpp"
#include "claimgraph/graph/subgraph.hpp"
#include "progress.hpp"

namespace fs = std::filesystem;
using namespace claimgraph;

namespace {

enum ExitCode { kOk = 0, kSkipped = 1, kUsage = 2, kFailed = 3 };

// At most this many documents are read ahead of the first one not yet handed
// on (to the graph or the output), so memory holds a bounded number of
// extractions, however large the corpus.
constexpr std::size_t kWindowDocuments = 256;

// Where the default lexicon and cue lists are: --data-dir, $CLAIMGRAPH_DATA_DIR,
// the source tree this binary was built from, or the install prefix.
std::string find_data_dir(const std::string& given) {
    if (!given.empty()) return given;
    if (const char* env = std::getenv("CLAIMGRAPH_DATA_DIR"); env && *env) return env;
    std::error_code ec;
    if (fs::exists(fs::path(CLAIMGRAPH_DATA_DIR_BUILD) / "cues.tsv", ec)) return CLAIMGRAPH_DATA_DIR_BUILD;
    return CLAIMGRAPH_DATA_DIR_INSTALL;
}

// Options of the extraction (build, extract).
struct ExtractOptions {
    std::vector<std::string> inputs;
    std::vector<std::string> lexicons;
    bool no_default_lexicon = false;
    std::string data_dir;
    unsigned threads = 0;
};

// Options of the graph written (build, merge).
struct OutputOptions {
    std::string output;
    std::string format;
    std::size_t max_evidence = 0;
    graph::SubgraphOptions subgraph;
    std::string predicates;  // --predicates LIST, parsed into subgraph.predicates
    std::string types;       // --types LIST, parsed into subgraph.types
};

struct RunState {
    spdlog::logger& log;
    bool progress = false;  // draw the progress line (stderr is a terminal, not --quiet)
    std::size_t skipped = 0;

    void report(std::vector<extract::Diagnostic>& diags) {
        for (const auto& d : diags) {
            log.warn("{}", d.message);
            if (d.skipped) skipped += d.count;
        }
        diags.clear();
    }
};

// The bytes the inputs hold, for the progress line's ETA; 0 when unknown (standard input).
std::uint64_t input_bytes(const std::vector<std::string>& inputs) {
    std::uint64_t total = 0;
    const auto& exts = extract::document_extensions();
    for (const auto& in : inputs) {
        std::error_code ec;
        if (in == "-") return 0;
        if (fs::is_regular_file(in, ec)) {
            total += fs::file_size(in, ec);
            continue;
        }
        fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code fec;
            std::string ext = it->path().extension().string();
            std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
            if (it->is_regular_file(fec) && std::find(exts.begin(), exts.end(), ext) != exts.end())
                total += it->file_size(fec);
        }
    }
    return total;
}

// Reads the inputs and extracts them on `threads` threads, and hands the
// extractions to `each` in input order, so the output does not depend on the
// thread count. `next_input` supplies the inputs, each read by its
// PendingDocument::load().
//
// Each thread takes its next input (one thread at a time, so inputs are
// numbered in input order), reads and extracts it without any lock, then files
// the result with the diagnostics of its reading; whoever files the result next
// in order delivers the results that are ready (one deliverer at a time),
// each after its diagnostics, so warnings too come in input order. Only taking
// the next input and delivering (the graph's add(), the claims' output) are
// serial, and they overlap with reading and extraction on the other threads
// instead of stopping them; -j 1 is the plain loop take, read, extract,
// deliver. At most kWindowDocuments inputs are taken and not yet delivered, so
// memory is bounded however large the corpus.
template <typename NextInput, typename Each>
bool extract_all(const ExtractOptions& o, RunState& run, NextInput next_input, Each each) {
    auto extractor = extract::Extractor::create({find_data_dir(o.data_dir), o.lexicons, !o.no_default_lexicon});
    if (!extractor.ok()) {
        run.log.error("{}", extractor.error().message);
        return false;
    }
    const extract::Extractor& ex = extractor.value();
    const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
    // The total is for the line's ETA only: without a line, no walk of the inputs
    // ahead of the first document (on a large folder, a stat per file, serial).
    cli::Progress progress(run.progress, run.progress ? input_bytes(o.inputs) : 0);

    // Two locks, never held together: taking an input never holds up a thread
    // that files its result, and the deliverer never waits for an input.
    std::mutex read_mu;        // next_input and next_seq
    std::size_t next_seq = 0;  // the number of the next input taken
    std::mutex out_mu;         // everything below
    std::condition_variable window_open;
    bool done = false;           // no more inputs
    std::size_t in_flight = 0;   // inputs taken and not delivered yet
    std::size_t delivered = 0;   // inputs delivered: the ones numbered below this
    std::size_t documents = 0;   // results among them, for the progress line
    bool delivering = false;     // a thread is delivering (the only one to call each, log, progress)
    std::uint64_t read_bytes = 0;
    // What became of one input: its extraction (none when it could not be read, or
    // for the end of the input) and the diagnostics of taking and reading it.
    struct Filed {
        std::optional<DocumentExtraction> result;
        std::vector<extract::Diagnostic> diags;
    };
    std::map<std::size_t, Filed> filed;  // by input number, not delivered yet

    // With out_mu held, as the deliverer: hands on what is next in order,
    // unlocking while it does.
    const auto deliver = [&](std::unique_lock<std::mutex>& lk) {
        std::vector<Filed> ready;
        for (;;) {
            for (auto it = filed.begin(); it != filed.end() && it->first == delivered + ready.size();) {
                ready.push_back(std::move(it->second));
                it = filed.erase(it);
            }
            if (ready.empty()) return;
            lk.unlock();
            std::size_t results = 0;
            for (Filed& f : ready) {
                if (!f.diags.empty()) {
                    progress.finish();  // warnings go on lines of their own
                    run.report(f.diags);
                }
                if (f.result) {
                    each(std::move(*f.result));
                    ++results;
                }
            }
            lk.lock();
            delivered += ready.size();
            in_flight -= ready.size();
            documents += results;
            ready.clear();
            progress.update(documents, read_bytes);
            window_open.notify_all();
        }
    };

    const auto work = [&] {
        for (;;) {
            {
                std::unique_lock<std::mutex> lk(out_mu);
                window_open.wait(lk, [&] { return done || in_flight < kWindowDocuments; });
                if (done) return;
                ++in_flight;
            }
            Filed f;
            std::optional<extract::PendingDocument> input;
            std::size_t seq = 0;
            {
                std::lock_guard<std::mutex> read_lock(read_mu);
                input = next_input(f.diags);
                seq = next_seq++;
            }
            std::size_t bytes = 0;
            if (input) {
                if (std::optional<extract::Document> doc = std::move(*input).load(f.diags)) {
                    bytes = doc->text.size();
                    f.result = extract::extract_document(ex, *doc);
                }
            }
            std::unique_lock<std::mutex> lk(out_mu);
            read_bytes += bytes;
            filed.emplace(seq, std::move(f));
            if (!input) {
                done = true;
                window_open.notify_all();
            }
            if (!delivering) {
                delivering = true;
                deliver(lk);
                delivering = false;
            }
            if (!input) return;
        }
    };

    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    // Every thread has returned: deliver what is left (results filed while
    // another thread was delivering).
    std::unique_lock<std::mutex> lk(out_mu);
    deliver(lk);
    return true;
}

// The output stage of build and merge: the subgraph options, the writer, the exit code.
int write_graph(graph::ClaimGraph& g, const std::vector<DocumentExtraction>& kept, const OutputOptions& o,
                RunState& run) {
    if (g.documents() == 0) {
        run.log.error("no readable input documents");
        return kFailed;
    }
    run.log.info("{} documents, {} sentences, {} entities, {} edges", g.documents(), g.sentences(),
                 g.nodes().size(), g.edges().size());
    if (!o.subgraph.keeps_all()) {
        // A subgraph is chosen on the whole graph, then built from the extractions
        // trimmed to it (subgraph.hpp).
        auto selection = graph::select(g, o.subgraph);
        if (!selection.ok()) {
            run.log.error("{}", selection.error().message);
            return kUsage;
        }
        graph::ClaimGraph part(o.max_evidence);
        for (const DocumentExtraction& d : kept) part.add(graph::restrict(d, selection.value()));
        g = std::move(part);
        run.log.info("subgraph: {} entities, {} edges", g.nodes().size(), g.edges().size());
        if (g.edges().empty()) run.log.warn("the subgraph options leave no edge: the output is an empty graph");
    }
    const exporter::Format format =
        o.format.empty() ? exporter::format_for_path(o.output) : *exporter::parse_format(o.format);
    if (Status s = exporter::write_graph(g, format, o.output, std::cout); !s.ok()) {
        run.log.error("{}", s.error().message);
        return kFailed;
    }
    if (run.skipped > 0) {
        run.log.warn("{} input(s) skipped", run.skipped);
        return kSkipped;
    }
    return kOk;
}

int run_build(const ExtractOptions& e, const OutputOptions& o, RunState& run) {
    extract::DocumentSource source(e.inputs, &std::cin);
    graph::ClaimGraph g(o.max_evidence);
    const bool subset = !o.subgraph.keeps_all();
    std::vector<DocumentExtraction> kept;  // only for a subgraph
    bool ok = extract_all(e, run, [&](auto& diags) { return source.next_pending(diags); },
                          [&](DocumentExtraction&& r) {
                              if (!subset) {
                                  g.add(std::move(r));  // the graph takes the claims it keeps
                                  return;
                              }
                              g.add(r);
                              kept.push_back(std::move(r));
                          });
    if (!ok) return kFailed;
    return write_graph(g, kept, o, run);
}

// The map step: documents to claims on standard output, nothing else there.
// "-" reads a JSONL corpus on standard input (one document a line).
int run_extract(const ExtractOptions& e, RunState& run) {
    std::vector<std::string> files;
    bool stdin_jsonl = false;
    for (const auto& in : e.inputs) {
        if (in == "-")
            stdin_jsonl = true;
        else
            files.push_back(in);
    }
    extract::DocumentSource source(files, nullptr);
    std::size_t line_no = 0, offset = 0;
    bool source_done = false;
    auto next = [&](std::vector<extract::Diagnostic>& diags) -> std::optional<extract::PendingDocument> {
        if (!source_done) {
            if (auto d = source.next_pending(diags)) return d;
            source_done = true;
        }
        std::string line;
        while (stdin_jsonl && std::getline(std::cin, line)) {
            ++line_no;
            auto d = extract::parse_jsonl_line(line, "-", line_no, offset, "-:" + std::to_string(line_no), diags);
            offset += line.size() + 1;
            if (d) return extract::PendingDocument(std::move(*d));
        }
        return std::nullopt;
    };
    std::size_t documents = 0;
    bool ok = extract_all(e, run, next, [&](DocumentExtraction&& r) {
        std::cout << exporter::to_claims_jsonl(r);
        ++documents;
    });
    std::cout.flush();
    if (!ok) return kFailed;
    if (!std::cout) {
        run.log.error("cannot write to standard output");
        return kFailed;
    }
    if (documents == 0) {
        run.log.error("no readable input documents");
        return kFailed;
    }
    if (run.skipped > 0) {
        run.log.warn("{} input(s) skipped", run.skipped);
        return kSkipped;
    }
    return kOk;
}

// The reduce step: claims files, in any order and split, to the graph build makes.
int run_merge(const std::vector<std::string>& inputs, const OutputOptions& o, RunState& run) {
    graph::ClaimsReader reader;
    std::vector<extract::Diagnostic> diags;
    for (const auto& path : inputs) {
        if (path == "-") {
            std::string line;
            for (std::size_t n = 1; std::getline(std::cin, line); ++n) reader.add_line(line, "-", n, diags);
        } else {
            reader.add_file(path, diags);
        }
        run.report(diags);
    }
    graph::ClaimGraph g(o.max_evidence);
    const std::vector<DocumentExtraction> docs = reader.documents();
    for (const auto& d : docs) g.add(d);
    return write_graph(g, docs, o, run);
}

void add_extract_options(CLI::App* cmd, ExtractOptions& e, bool stdin_is_jsonl) {
    cmd->add_option("INPUT", e.inputs,
                    stdin_is_jsonl
                        ? "Files and directories (searched recursively for .txt .md .html .htm .jsonl), or - for a "
                          "JSONL corpus on standard input ({\"id\": ..., \"text\": ...} a line)."
                        : "Files, directories (searched recursively for .txt .md .html .htm .jsonl) or - for standard "
                          "input (one plain-text document). A .jsonl file holds one document a line: "
                          "{\"id\": ..., \"text\": ...}.")
        ->required()
        ->type_name("");
    cmd->add_option("--lexicon", e.lexicons,
                    "Add entities and aliases from FILE (spec/lexicon.md); repeatable. Its aliases win over the "
                    "built-in lexicon's.")
        ->type_name("FILE");
    cmd->add_flag("--no-default-lexicon", e.no_default_lexicon, "Use only the --lexicon files.");
    cmd->add_option("--data-dir", e.data_dir,
                    "Folder with the default lexicon and cue lists (default: $CLAIMGRAPH_DATA_DIR, else the data/ "
                    "folder claimgraph was built or installed with).")
        ->type_name("DIR");
    cmd->add_option("-j,--threads", e.threads,
                    "Threads for extraction (default: all cores). The output does not depend on it.")
        ->check(CLI::PositiveNumber)
        ->type_name("N");
}

void add_output_options(CLI::App* cmd, OutputOptions& o) {
    cmd->add_option("-o,--output", o.output, "Write to FILE (whole or not at all); default: standard output.")
        ->type_name("FILE");
    cmd->add_option("--format", o.format,
                    "json (spec/graph-json.md), dot (GraphViz), svg, png (rendered in-process), graphml, "
                    "cytoscape (Cytoscape.js JSON), mermaid, csv (Neo4j import files: -o names a directory), "
                    "html (one self-contained interactive page), claims (JSON Lines, one claim a line). Default: "
                    "from -o: .dot/.gv .svg .png .graphml .cyjs/.cytoscape.json .mmd .html .jsonl (claims), a "
                    "directory or a path ending in / (csv), else json.")
        ->check(CLI::IsMember(exporter::format_names()))
        ->type_name("FORMAT");
    cmd->add_option("--max-evidence", o.max_evidence,
                    "Keep at most N evidence items per edge, the first in (doc, offset) order, and at most N "
                    "document names (csv, cytoscape), the first in name order; counts stay exact, and memory does "
                    "not grow with the corpus. 0 keeps all (default).")
        ->type_name("N");
    // Subgraphs for readable diagrams, applied before any writer.
    const auto list_check = [](auto parse) {
        return CLI::Validator(
            [parse](std::string& value) {
                auto parsed = parse(value);
                return parsed.ok() ? std::string() : parsed.error().message;
            },
            "");
    };
    auto* focus = cmd->add_option("--focus", o.subgraph.focus,
                                  "Keep ENTITY (a name or alias) and what lies within --depth steps of it, along "
                                  "relations in either direction.")
                      ->type_name("ENTITY");
    cmd->add_option("--depth", o.subgraph.depth, "Steps from --focus (default 1).")
        ->needs(focus)
        ->check(CLI::NonNegativeNumber)
        ->type_name("K");
    cmd->add_option("--min-support", o.subgraph.min_support, "Keep relations with at least N evidence items.")
        ->check(CLI::NonNegativeNumber)
        ->type_name("N");
    cmd->add_option("--predicates", o.predicates,
                    "Keep these predicates, ',' separated: increases, decreases, modulates, binds, contains.")
        ->check(list_check(graph::parse_predicate_list))
        ->type_name("LIST");
    cmd->add_option("--types", o.types,
                    "Keep entities of these types, ',' separated (substance, neurotransmitter, hormone, receptor, "
                    "transporter, enzyme, condition, other), and the relations between them.")
        ->check(list_check(graph::parse_type_list))
        ->type_name("LIST");
}

}  // namespace

int main(int argc, char** argv) {
    // Logs go to standard error only: standard output may carry JSON or DOT.
    auto sink = std::make_shared<spdlog::sinks::stderr_sink_st>();
    spdlog::logger log("claimgraph", sink);
    log.set_pattern("claimgraph: %^%l%$: %v");
    log.set_level(spdlog::level::warn);

    CLI::App app{"claimgraph: builds a knowledge graph of what articles about drugs, herbs and supplements claim."};
    app.require_subcommand(1);
    app.set_version_flag("--version", std::string(exporter::kGenerator));
    app.footer(
        "Exit codes: 0 success; 1 finished but some inputs were skipped (each named on standard error);\n"
        "2 usage error; 3 nothing could be done (no readable input, output not writable, bad lexicon).");

    ExtractOptions e;
    OutputOptions o;
    std::vector<std::string> claims_files;
    bool quiet = false, verbose = false;
    auto add_log_flags = [&](CLI::App* cmd) {
        cmd->add_flag("-q,--quiet", quiet, "Print errors only (no warnings, no progress line).");
        cmd->add_flag("-v,--verbose", verbose, "Print a summary of the run.");
    };

    CLI::App* build = app.add_subcommand("build", "Read documents and write the graph of their claims.");
    add_extract_options(build, e, false);
    add_output_options(build, o);
    add_log_flags(build);

    CLI::App* extract = app.add_subcommand(
        "extract", "The map step: read documents and write their claims (JSON Lines) to standard output, for merge.");
    add_extract_options(extract, e, true);
    add_log_flags(extract);

    CLI::App* merge = app.add_subcommand(
        "merge", "The reduce step: read claims files from extract, in any order and split, and write the graph "
                 "build would have made of the same documents.");
    merge->add_option("CLAIMS", claims_files, "Claims files (JSON Lines), or - for standard input.")
        ->required()
        ->type_name("");
    add_output_options(merge, o);
    add_log_flags(merge);

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& err) {
        int code = app.exit(err);
        return code == 0 ? kOk : kUsage;
    }
    if (quiet) log.set_level(spdlog::level::err);
    if (verbose) log.set_level(spdlog::level::info);
    // Checked by the validators above, so these parse.
    if (!o.predicates.empty()) o.subgraph.predicates = graph::parse_predicate_list(o.predicates).value();
    if (!o.types.empty()) o.subgraph.types = graph::parse_type_list(o.types).value();
    RunState run{log, !quiet && cli::Progress::is_terminal(stderr), 0};
    if (*build) return run_build(e, o, run);
    if (*extract) return run_extract(e, run);
    if (*merge) return run_merge(claims_files, o, run);
    return kUsage;
}
