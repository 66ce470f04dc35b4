#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "claimgraph/extract/documents.hpp"

using namespace claimgraph::extract;
namespace fs = std::filesystem;

namespace {
struct TempDir {
    fs::path path;
    TempDir() {
        path = fs::temp_directory_path() / ("cg-docs-" + std::to_string(::getpid()) + "-" +
                                            std::to_string(reinterpret_cast<std::uintptr_t>(this)));
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
    void write(const std::string& rel, const std::string& content) const {
        fs::create_directories((path / rel).parent_path());
        std::ofstream(path / rel, std::ios::binary) << content;
    }
};

std::vector<Document> read_all(DocumentSource& src, std::vector<Diagnostic>& diags) {
    std::vector<Document> out;
    while (auto d = src.next(diags)) out.push_back(*d);
    return out;
}
}  // namespace

TEST_CASE("documents: a directory is read recursively, sorted, by extension", "[documents]") {
    TempDir t;
    t.write("b.txt", "B");
    t.write("a/z.md", "Z");
    t.write("a/y.html", "Y");
    t.write("ignored.pdf", "no");
    std::vector<Diagnostic> diags;
    DocumentSource src({t.path.string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 3);
    CHECK(docs[0].name == "a/y.html");
    CHECK(docs[1].name == "a/z.md");
    CHECK(docs[2].name == "b.txt");
    CHECK(docs[2].text == "B");
    CHECK(diags.empty());
}

TEST_CASE("documents: JSONL records, bad lines named file:line and skipped", "[documents]") {
    TempDir t;
    t.write("c.jsonl", "{\"id\": \"one\", \"text\": \"First.\"}\n\nnot json\n{\"id\": 7}\n{\"text\": \"No id.\"}\n");
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "c.jsonl").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].name == "one");
    CHECK(docs[0].text == "First.");
    CHECK(docs[1].name == (t.path / "c.jsonl").string() + ":5");
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].line == 3);
    CHECK(diags[1].line == 4);
    CHECK(diags[0].message.find("c.jsonl:3") != std::string::npos);
}

TEST_CASE("documents: a missing path is a diagnostic, the rest is read", "[documents]") {
    TempDir t;
    t.write("a.txt", "A");
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "missing.txt").string(), (t.path / "a.txt").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].name == (t.path / "a.txt").string());
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].skipped);
    CHECK(diags[0].message.find("missing.txt") != std::string::npos);
}

TEST_CASE("documents: - reads the given stream as one document; empty files are documents", "[documents]") {
    TempDir t;
    t.write("empty.txt", "");
    std::istringstream in("Kratom boosts dopamine.");
    std::vector<Diagnostic> diags;
    DocumentSource src({"-", (t.path / "empty.txt").string()}, &in);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].name == "-");
    CHECK(docs[0].text == "Kratom boosts dopamine.");
    CHECK(docs[1].text.empty());
    CHECK(diags.empty());
}
