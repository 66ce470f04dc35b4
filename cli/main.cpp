// claimgraph command line: parses arguments and calls the libraries. All the
// work lives in extract/, graph/ and export/; this file only wires them up,
// reports problems on standard error and maps them to exit codes (cli.md).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <thread>

#include "claimgraph/export/atomic_file.hpp"
#include "claimgraph/export/writers.hpp"
#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace fs = std::filesystem;
using namespace claimgraph;

namespace {

enum ExitCode { kOk = 0, kSkipped = 1, kUsage = 2, kFailed = 3 };

struct Document {
    std::string name;
    std::string text;
};

// A source of documents: a file (one document), a .jsonl file (one per line) or stdin.
struct InputFile {
    std::string path;  ///< "-" for standard input
    std::string name;  ///< the document name (relative to the input directory)
};

const std::vector<std::string> kInputExtensions = {".txt", ".md", ".html", ".htm", ".jsonl"};

bool has_input_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return std::find(kInputExtensions.begin(), kInputExtensions.end(), ext) != kInputExtensions.end();
}

// Expands INPUT arguments to files, sorted within each directory so that the
// document order (and so the output) never depends on the file system.
std::vector<InputFile> collect_inputs(const std::vector<std::string>& inputs, spdlog::logger& log, std::size_t& skipped) {
    std::vector<InputFile> out;
    for (const auto& in : inputs) {
        if (in == "-") {
            out.push_back({"-", "-"});
            continue;
        }
        std::error_code ec;
        fs::file_status st = fs::status(in, ec);
        if (ec || !fs::exists(st)) {
            log.warn("{}: no such file or directory; skipped", in);
            ++skipped;
            continue;
        }
        if (fs::is_directory(st)) {
            std::vector<InputFile> found;
            fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
            for (; !ec && it != end; it.increment(ec)) {
                if (!it->is_regular_file(ec) || !has_input_extension(it->path())) continue;
                found.push_back({it->path().string(), fs::relative(it->path(), in, ec).generic_string()});
            }
            if (ec) {
                log.warn("{}: {}; part of the directory skipped", in, ec.message());
                ++skipped;
            }
            std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
            out.insert(out.end(), found.begin(), found.end());
        } else {
            out.push_back({in, in});
        }
    }
    return out;
}

bool read_stream(std::istream& in, std::string& out) {
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return !in.bad();
}

// Reads one input into documents. A .jsonl file gives one document per line
// ({"id": ..., "text": ...}); a bad line is reported and skipped.
void read_input(const InputFile& f, std::vector<Document>& docs, spdlog::logger& log, std::size_t& skipped) {
    std::string content;
    if (f.path == "-") {
        read_stream(std::cin, content);
        docs.push_back({"-", std::move(content)});
        return;
    }
    std::ifstream in(f.path, std::ios::binary);
    if (!in || !read_stream(in, content)) {
        log.warn("{}: cannot read; skipped", f.path);
        ++skipped;
        return;
    }
    if (fs::path(f.path).extension() != ".jsonl") {
        docs.push_back({f.name, std::move(content)});
        return;
    }
    std::istringstream lines(content);
    std::string line;
    for (std::size_t line_no = 1; std::getline(lines, line); ++line_no) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
        if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
            log.warn("{}:{}: not a JSON object with a string \"text\"; line skipped", f.path, line_no);
            ++skipped;
            continue;
        }
        std::string id = j.contains("id") ? (j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump())
                                          : f.name + ":" + std::to_string(line_no);
        docs.push_back({id, j["text"].get<std::string>()});
    }
}

std::string format_for(const std::string& format, const std::string& output) {
    if (!format.empty()) return format;
    std::string ext = fs::path(output).extension().string();
    if (ext == ".dot" || ext == ".gv") return "dot";
    if (ext == ".jsonl") return "claims";
    return "json";
}

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
};

int run_build(const BuildOptions& o, spdlog::logger& log) {
    const std::string format = format_for(o.format, o.output);
    auto extractor = extract::Extractor::create({find_data_dir(o.data_dir), o.lexicons, !o.no_default_lexicon});
    if (!extractor.ok()) {
        log.error("{}", extractor.error().message);
        return kFailed;
    }

    std::size_t skipped = 0;
    std::vector<Document> docs;
    for (const auto& f : collect_inputs(o.inputs, log, skipped)) read_input(f, docs, log, skipped);
    if (docs.empty()) {
        log.error("no readable input documents");
        return kFailed;
    }

    // Documents are extracted in parallel into fixed slots and added to the
    // graph in input order, so the output does not depend on -j.
    std::vector<DocumentExtraction> results(docs.size());
    const unsigned threads =
        std::max(1u, std::min<unsigned>(o.threads ? o.threads : std::thread::hardware_concurrency(),
                                        static_cast<unsigned>(docs.size())));
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < docs.size(); i = next++)
            results[i] = extractor.value().extract(docs[i].name, docs[i].text);
    };
    std::vector<std::thread> pool;
    for (unsigned t = 1; t < threads; ++t) pool.emplace_back(work);
    work();
    for (auto& t : pool) t.join();

    graph::ClaimGraph g(o.max_evidence);
    for (const auto& r : results) g.add(r);
    log.info("{} documents, {} sentences, {} entities, {} claims edges", g.documents(), g.sentences(),
             g.nodes().size(), g.edges().size());

    std::string content;
    if (format == "json") content = exporter::to_json(g);
    else if (format == "dot") content = exporter::to_dot(g);
    else if (format == "claims") content = exporter::to_claims_jsonl(g);

    if (o.output.empty() || o.output == "-") {
        std::cout << content;
        std::cout.flush();
        if (!std::cout) {
            log.error("cannot write to standard output");
            return kFailed;
        }
    } else if (Status s = exporter::write_file_atomically(o.output, content); !s.ok()) {
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
                      "json (spec/graph-json.md), dot (GraphViz) or claims (JSON Lines, one claim a line). "
                      "Default: from the extension of -o (.dot/.gv: dot, .jsonl: claims), else json.")
        ->check(CLI::IsMember({"json", "dot", "claims"}))
        ->type_name("FORMAT");
    build->add_option("--lexicon", b.lexicons,
                      "Add entities and aliases from FILE (spec/lexicon.md); repeatable. Its aliases win over the "
                      "built-in lexicon's.")
        ->type_name("FILE");
    build->add_flag("--no-default-lexicon", b.no_default_lexicon, "Use only the --lexicon files.");
    build->add_option("--data-dir", b.data_dir,
                      "Folder with lexicon.tsv and cues.tsv (default: $CLAIMGRAPH_DATA_DIR, else the data/ folder "
                      "claimgraph was built or installed with).")
        ->type_name("DIR");
    build->add_option("-j,--threads", b.threads, "Threads for extraction (default: all cores). The output does not depend on it.")
        ->check(CLI::PositiveNumber)
        ->type_name("N");
    build->add_option("--max-evidence", b.max_evidence,
                      "Keep at most N evidence items per edge, the first in (doc, offset) order; counts stay exact. "
                      "0 keeps all (default).")
        ->type_name("N");
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
    if (*build) return run_build(b, log);
    return kUsage;
}
