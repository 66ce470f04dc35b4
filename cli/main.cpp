// claimgraph command line: parses arguments and calls the libraries. All the
// work lives in extract/, graph/ and export/; this file only wires them up,
// reports problems on standard error and maps them to exit codes (cli.md).
#include <CLI/CLI.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "claimgraph/export/formats.hpp"
#include "claimgraph/export/writers.hpp"
#include "claimgraph/extract/documents.hpp"
#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/graph/claim_graph.hpp"
#include "claimgraph/graph/subgraph.hpp"

namespace fs = std::filesystem;
using namespace claimgraph;

namespace {

enum ExitCode { kOk = 0, kSkipped = 1, kUsage = 2, kFailed = 3 };

// Documents are read and extracted in batches of this many, so memory holds
// one batch of text at a time, however large the corpus.
constexpr std::size_t kBatchDocuments = 256;

// Where the default lexicon and cue lists are: --data-dir, $CLAIMGRAPH_DATA_DIR,
// the source tree this binary was built from, or the install prefix.
std::string find_data_dir(const std::string& given) {
    if (!given.empty()) return given;
    if (const char* env = std::getenv("CLAIMGRAPH_DATA_DIR"); env && *env) return env;
    std::error_code ec;
    if (fs::exists(fs::path(CLAIMGRAPH_DATA_DIR_BUILD) / "cues.tsv", ec)) return CLAIMGRAPH_DATA_DIR_BUILD;
    return CLAIMGRAPH_DATA_DIR_INSTALL;
}

struct BuildOptions {
    std::vector<std::string> inputs;
    std::string output;
    std::string format;
    std::vector<std::string> lexicons;
    bool no_default_lexicon = false;
    std::string data_dir;
    unsigned threads = 0;
    std::size_t max_evidence = 0;
    graph::SubgraphOptions subgraph;
    std::string predicates;  // --predicates LIST, parsed into subgraph.predicates
    std::string types;       // --types LIST, parsed into subgraph.types
};

// Extracts `docs` on up to `threads` threads into slots in input order, so the
// graph (and the output) does not depend on the thread count.
std::vector<DocumentExtraction> extract_batch(const extract::Extractor& ex, const std::vector<extract::Document>& docs,
                                              unsigned threads) {
    std::vector<DocumentExtraction> results(docs.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < docs.size(); i = next++) results[i] = ex.extract(docs[i].name, docs[i].text);
    };
    std::vector<std::thread> pool;
    const unsigned n = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(docs.size())));
    for (unsigned t = 1; t < n; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();
    return results;
}

int run_build(const BuildOptions& o, spdlog::logger& log) {
    const exporter::Format format =
        o.format.empty() ? exporter::format_for_path(o.output) : *exporter::parse_format(o.format);
    auto extractor = extract::Extractor::create({find_data_dir(o.data_dir), o.lexicons, !o.no_default_lexicon});
    if (!extractor.ok()) {
        log.error("{}", extractor.error().message);
        return kFailed;
    }
    const unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());

    extract::DocumentSource source(o.inputs, &std::cin);
    graph::ClaimGraph g(o.max_evidence);
    // A subgraph is chosen on the whole graph, then built from the extractions
    // trimmed to it (subgraph.hpp), so those are kept until then.
    const bool subset = !o.subgraph.keeps_all();
    std::vector<DocumentExtraction> kept;
    std::size_t skipped = 0;
    std::vector<extract::Diagnostic> diags;
    for (bool more = true; more;) {
        std::vector<extract::Document> batch;
        while (batch.size() < kBatchDocuments) {
            auto doc = source.next(diags);
            if (!doc) {
                more = false;
                break;
            }
            batch.push_back(std::move(*doc));
        }
        for (const auto& d : diags) {
            log.warn("{}", d.message);
            skipped += d.skipped;
        }
        diags.clear();
        for (auto& r : extract_batch(extractor.value(), batch, threads)) {
            g.add(r);
            if (subset) kept.push_back(std::move(r));
        }
    }
    if (g.documents() == 0) {
        log.error("no readable input documents");
        return kFailed;
    }
    log.info("{} documents, {} sentences, {} entities, {} edges", g.documents(), g.sentences(), g.nodes().size(),
             g.edges().size());

    if (subset) {
        auto selection = graph::select(g, o.subgraph);
        if (!selection.ok()) {
            log.error("{}", selection.error().message);
            return kUsage;
        }
        graph::ClaimGraph part(o.max_evidence);
        for (const DocumentExtraction& d : kept) part.add(graph::restrict(d, selection.value()));
        g = std::move(part);
        log.info("subgraph: {} entities, {} edges", g.nodes().size(), g.edges().size());
        if (g.edges().empty()) log.warn("the subgraph options leave no edge: the output is an empty graph");
    }

    if (Status s = exporter::write_graph(g, format, o.output, std::cout); !s.ok()) {
        log.error("{}", s.error().message);
        return kFailed;
    }
    if (skipped > 0) {
        log.warn("{} input(s) skipped", skipped);
        return kSkipped;
    }
    return kOk;
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

    BuildOptions b;
    bool quiet = false, verbose = false;
    CLI::App* build = app.add_subcommand("build", "Read documents and write the graph of their claims.");
    build->add_option("INPUT", b.inputs,
                      "Files, directories (searched recursively for .txt .md .html .htm .jsonl) or - for standard "
                      "input. A .jsonl file holds one document a line: {\"id\": ..., \"text\": ...}.")
        ->required()
        ->type_name("");
    build->add_option("-o,--output", b.output, "Write to FILE (whole or not at all); default: standard output.")
        ->type_name("FILE");
    build->add_option("--format", b.format,
                      "json (spec/graph-json.md), dot (GraphViz), svg, png (rendered in-process), graphml, "
                      "cytoscape (Cytoscape.js JSON), mermaid, csv (Neo4j import files: -o names a directory), "
                      "html (one self-contained interactive page), claims (JSON Lines, one claim a line). Default: "
                      "from -o: .dot/.gv .svg .png .graphml .cyjs/.cytoscape.json .mmd .html .jsonl (claims), a "
                      "directory or a path ending in / (csv), else json.")
        ->check(CLI::IsMember(exporter::format_names()))
        ->type_name("FORMAT");
    build->add_option("--lexicon", b.lexicons,
                      "Add entities and aliases from FILE (spec/lexicon.md); repeatable. Its aliases win over the "
                      "built-in lexicon's.")
        ->type_name("FILE");
    build->add_flag("--no-default-lexicon", b.no_default_lexicon, "Use only the --lexicon files.");
    build->add_option("--data-dir", b.data_dir,
                      "Folder with lexicon.tsv, cues.tsv and not-entities.txt (default: $CLAIMGRAPH_DATA_DIR, else "
                      "the data/ folder claimgraph was built or installed with).")
        ->type_name("DIR");
    build->add_option("-j,--threads", b.threads,
                      "Threads for extraction (default: all cores). The output does not depend on it.")
        ->check(CLI::PositiveNumber)
        ->type_name("N");
    build->add_option("--max-evidence", b.max_evidence,
                      "Keep at most N evidence items per edge, the first in (doc, offset) order; counts stay exact. "
                      "0 keeps all (default).")
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
    auto* focus = build->add_option("--focus", b.subgraph.focus,
                                    "Keep ENTITY (a name or alias) and what lies within --depth steps of it, along "
                                    "relations in either direction.")
                      ->type_name("ENTITY");
    build->add_option("--depth", b.subgraph.depth, "Steps from --focus (default 1).")
        ->needs(focus)
        ->check(CLI::NonNegativeNumber)
        ->type_name("K");
    build->add_option("--min-support", b.subgraph.min_support, "Keep relations with at least N evidence items.")
        ->check(CLI::NonNegativeNumber)
        ->type_name("N");
    build->add_option("--predicates", b.predicates,
                      "Keep these predicates, ',' separated: increases, decreases, modulates, binds, contains.")
        ->check(list_check(graph::parse_predicate_list))
        ->type_name("LIST");
    build->add_option("--types", b.types,
                      "Keep entities of these types, ',' separated (substance, neurotransmitter, hormone, receptor, "
                      "transporter, enzyme, condition, other), and the relations between them.")
        ->check(list_check(graph::parse_type_list))
        ->type_name("LIST");
    build->add_flag("-q,--quiet", quiet, "Print errors only.");
    build->add_flag("-v,--verbose", verbose, "Print a summary of the run.");

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        int code = app.exit(e);
        return code == 0 ? kOk : kUsage;
    }
    if (quiet) log.set_level(spdlog::level::err);
    if (verbose) log.set_level(spdlog::level::info);
    if (*build) {
        // Checked by the validators above, so these parse.
        if (!b.predicates.empty()) b.subgraph.predicates = graph::parse_predicate_list(b.predicates).value();
        if (!b.types.empty()) b.subgraph.types = graph::parse_type_list(b.types).value();
        return run_build(b, log);
    }
    return kUsage;
}
