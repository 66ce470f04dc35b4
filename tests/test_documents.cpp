#include <catch2/catch.hpp>

#include <unistd.h>

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

// --- Hostile input ---------------------------------------------------------------

namespace {
using namespace std::string_literals;

bool mentions(const std::vector<Diagnostic>& diags, const std::string& what) {
    for (const auto& d : diags)
        if (d.message.find(what) != std::string::npos) return true;
    return false;
}

std::size_t skipped_count(const std::vector<Diagnostic>& diags) {
    std::size_t n = 0;
    for (const auto& d : diags) n += d.skipped ? d.count : 0;
    return n;
}

const claimgraph::extract::Extractor& extractor() {
    static const auto ex = claimgraph::extract::Extractor::create({CLAIMGRAPH_DATA_DIR, {}, true});
    REQUIRE(ex.ok());
    return ex.value();
}
}  // namespace

TEST_CASE("documents: binary files are skipped and named; text with a stray NUL is read", "[documents][hostile]") {
    TempDir t;
    std::string png = "\x89PNG\r\n\x1A\n"s;
    for (int i = 0; i < 4000; ++i) png += static_cast<char>((i * 7919) & 0xFF);
    t.write("a.txt", png);
    t.write("b.txt", "Kratom boosts dopamine.\0 Caffeine raises alertness.\n"s);
    t.write("c.md", std::string("K\0r\0a\0t\0o\0m\0", 12));  // UTF-16
    std::vector<Diagnostic> diags;
    DocumentSource src({t.path.string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].name == "b.txt");
    CHECK(docs[0].text == "Kratom boosts dopamine.  Caffeine raises alertness.\n");
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].message.find("a.txt: not text") != std::string::npos);
    CHECK(diags[1].message.find("c.md: not text") != std::string::npos);
    CHECK(skipped_count(diags) == 2);
}

TEST_CASE("documents: invalid UTF-8 is repaired with a warning naming the byte offset", "[documents][hostile]") {
    TempDir t;
    t.write("latin1.txt", "Caf\xE9 culture.\nKratom boosts dopamine.\n");
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "latin1.txt").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text == "Caf\xEF\xBF\xBD culture.\nKratom boosts dopamine.\n");
    REQUIRE(diags.size() == 1);
    CHECK_FALSE(diags[0].skipped);
    CHECK(diags[0].message.find("latin1.txt: invalid UTF-8 at byte offset 3") != std::string::npos);

    // The claims' offsets point into the original bytes.
    const auto r = extract_document(extractor(), docs[0]);
    REQUIRE(r.claims.size() == 1);
    const std::string original = "Caf\xE9 culture.\nKratom boosts dopamine.\n";
    CHECK(original.substr(r.claims[0].start, r.claims[0].end - r.claims[0].start) == "Kratom boosts dopamine.");
    CHECK(r.claims[0].sentence == "Kratom boosts dopamine.");
}

TEST_CASE("documents: HTML is read as prose, claims point into the original bytes", "[documents][hostile][html]") {
    TempDir t;
    const std::string html =
        "<html><head><script>Kratom boosts scripts.</script><style>b{}</style></head><body>"
        "<!-- Kratom boosts comments. --><h1>Kratom &amp; the brain</h1>"
        "<p>Kratom <em>boosts</em>\n  dopamine&nbsp;levels.</p><p>Caffeine raises alertness&hellip;</p></body></html>";
    t.write("page.html", html);
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "page.html").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 1);
    CHECK(diags.empty());
    CHECK(docs[0].text ==
          "Kratom & the brain\nKratom boosts dopamine levels.\nCaffeine raises alertness\xE2\x80\xA6\n");
    CHECK_FALSE(docs[0].source_map.identity());

    const auto r = extract_document(extractor(), docs[0]);
    bool found = false;
    for (const auto& c : r.claims) {
        if (c.subject != "kratom" || c.target != "dopamine") continue;
        found = true;
        CHECK(c.sentence == "Kratom boosts dopamine levels.");
        CHECK(html.substr(c.start, c.end - c.start) == "Kratom <em>boosts</em>\n  dopamine&nbsp;levels.");
    }
    CHECK(found);
    for (const auto& c : r.claims) CHECK(c.sentence.find("scripts") == std::string::npos);
}

TEST_CASE("documents: BOM and CRLF files read like clean ones, offsets unchanged", "[documents][hostile]") {
    TempDir t;
    const std::string text = "\xEF\xBB\xBFKratom boosts dopamine.\r\nCaffeine raises alertness.\r\n";
    t.write("crlf.txt", text);
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "crlf.txt").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 1);
    CHECK(diags.empty());
    CHECK(docs[0].source_map.identity());
    const auto r = extract_document(extractor(), docs[0]);
    REQUIRE(r.claims.size() >= 1);
    for (const auto& c : r.claims) CHECK(text.substr(c.start, c.end - c.start) == c.sentence);
    CHECK(r.claims[0].sentence == "Kratom boosts dopamine.");
}

TEST_CASE("documents: symbolic link loops are not followed; broken links are named", "[documents][hostile]") {
    TempDir t;
    t.write("d/a.txt", "A");
    t.write("d/sub/b.txt", "B");
    fs::create_directory_symlink(t.path / "d", t.path / "d/sub/back");  // a loop
    fs::create_directory_symlink(t.path / "d/sub", t.path / "d/again");  // the same directory twice
    fs::create_symlink(t.path / "d/x.txt", t.path / "d/y.txt");           // x -> y -> x
    fs::create_symlink(t.path / "d/y.txt", t.path / "d/x.txt");
    fs::create_symlink(t.path / "nowhere.txt", t.path / "d/dangling.txt");
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "d").string()}, nullptr);
    auto docs = read_all(src, diags);
    std::vector<std::string> names;
    for (const auto& d : docs) names.push_back(d.name);
    // sub/ is read once, under its real path; the links to it are not followed.
    REQUIRE(docs.size() == 2);
    CHECK(names[0] == "a.txt");
    CHECK(names[1] == "sub/b.txt");
    CHECK(mentions(diags, "dangling.txt: a broken symbolic link"));
    CHECK(mentions(diags, "x.txt: a broken symbolic link (a symbolic link loop"));
    CHECK(mentions(diags, "y.txt: a broken symbolic link (a symbolic link loop"));
    CHECK(mentions(diags, "again: a symbolic link to a directory already read; not followed"));
    CHECK(mentions(diags, "back: a symbolic link to a directory already read; not followed"));
    CHECK(skipped_count(diags) == 3);

    // A link to a directory outside the tree is followed, and named by the link.
    TempDir outside;
    outside.write("c.txt", "C");
    fs::create_directory_symlink(outside.path, t.path / "d/zlink");
    std::vector<Diagnostic> d3;
    DocumentSource src3({(t.path / "d").string()}, nullptr);
    auto docs3 = read_all(src3, d3);
    REQUIRE(docs3.size() == 3);
    CHECK(docs3[2].name == "zlink/c.txt");

    // A loop given by name.
    std::vector<Diagnostic> d2;
    DocumentSource src2({(t.path / "d/x.txt").string()}, nullptr);
    CHECK(read_all(src2, d2).empty());
    REQUIRE(d2.size() == 1);
    CHECK(d2[0].message.find("symbolic link loop") != std::string::npos);
}

TEST_CASE("documents: unreadable paths are named and skipped", "[documents][hostile]") {
    TempDir t;
    t.write("ok.txt", "fine");
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "missing").string(), (t.path / "ok.txt").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 1);
    CHECK(docs[0].text == "fine");
    CHECK(mentions(diags, "missing: no such file or directory; skipped"));

    if (::geteuid() != 0) {  // root reads everything
        t.write("secret.txt", "no");
        fs::create_directory(t.path / "locked");
        t.write("locked/in.txt", "no");
        fs::permissions(t.path / "secret.txt", fs::perms::none);
        fs::permissions(t.path / "locked", fs::perms::none);
        std::vector<Diagnostic> d2;
        DocumentSource src2({(t.path / "secret.txt").string(), (t.path / "locked").string()}, nullptr);
        CHECK(read_all(src2, d2).empty());
        CHECK(mentions(d2, "secret.txt: cannot read: Permission denied; skipped"));
        CHECK(mentions(d2, "locked: cannot read the directory: Permission denied; skipped"));
        fs::permissions(t.path / "locked", fs::perms::owner_all);
    }
}

TEST_CASE("documents: a file over the size limit is skipped, so is a line of JSONL", "[documents][hostile]") {
    TempDir t;
    t.write("big.txt", std::string(200, 'x'));
    t.write("small.txt", "ok");
    t.write("c.jsonl", "{\"text\": \"" + std::string(200, 'y') + "\"}\n{\"text\": \"short\"}\n");
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "big.txt").string(), (t.path / "small.txt").string(), (t.path / "c.jsonl").string()},
                       nullptr, 100);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].text == "ok");
    CHECK(docs[1].text == "short");
    CHECK(mentions(diags, "big.txt: larger than"));
    CHECK(mentions(diags, "c.jsonl:1: longer than"));

    // Standard input too: /dev/zero piped in is binary, an endless text stream too large.
    std::istringstream zeros(std::string(100000, '\0'));
    std::vector<Diagnostic> d2;
    DocumentSource src2({"-"}, &zeros, 1000);
    CHECK(read_all(src2, d2).empty());
    CHECK(mentions(d2, "-: not text"));
    std::istringstream endless(std::string(5000, 'z'));
    std::vector<Diagnostic> d3;
    DocumentSource src3({"-"}, &endless, 1000);
    CHECK(read_all(src3, d3).empty());
    CHECK(mentions(d3, "-: larger than"));
}

TEST_CASE("documents: JSONL hostile lines are skipped by file:line, the rest read", "[documents][hostile]") {
    TempDir t;
    std::string deep(100000, '[');
    const std::string jsonl = "\xEF\xBB\xBF{\"id\": 1, \"text\": \"Kratom boosts dopamine.\"}\n"  // BOM, numeric id
                              "{\"id\": \"latin\", \"text\": \"Caf\xE9.\"}\n"  // invalid UTF-8: repaired
                              + deep + "\n"                                                     // deep nesting
                              "{\"text\": {\"nested\": \"no\"}}\n"
                              "[\"text\", \"array\"]\n"
                              "{\"text\": \"a\", \"text\": 5}\n"                                // the last one wins
                              "{\"text\": \"trailing\"} junk\n"
                              "{\"text\": \"nul \\u0000 and\\ttab\", \"id\": null}\r\n"
                              "{\"text\": \"\\ud800 lone surrogate\"}\n"
                              "{\"text\": \"no newline at the end\"}";
    t.write("c.jsonl", jsonl);
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "c.jsonl").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 4);
    CHECK(docs[0].name == "1");
    CHECK(docs[0].text == "Kratom boosts dopamine.");
    CHECK(docs[1].name == "latin");
    CHECK(docs[1].text == "Caf\xEF\xBF\xBD.");
    CHECK(docs[2].name == "null");
    CHECK(docs[2].text == "nul   and\ttab");
    CHECK(docs[3].text == "no newline at the end");
    CHECK(mentions(diags, "c.jsonl:2: invalid UTF-8 at byte offset"));
    for (int line : {3, 4, 5, 6, 7, 9})
        CHECK(mentions(diags, "c.jsonl:" + std::to_string(line) + ": not a JSON object"));
    CHECK(skipped_count(diags) == 6);
    // The byte offset of the invalid byte is the file's.
    CHECK(mentions(diags, "at byte offset " + std::to_string(jsonl.find('\xE9'))));
}

TEST_CASE("documents: thousands of bad JSONL lines are listed up to a limit, then counted", "[documents][hostile]") {
    TempDir t;
    std::string jsonl;
    for (int i = 0; i < 1000; ++i) jsonl += "{\"body\": \"wrong field\"}\n";
    jsonl += "{\"text\": \"Kratom boosts dopamine.\"}\n";
    t.write("c.jsonl", jsonl);
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "c.jsonl").string()}, nullptr);
    auto docs = read_all(src, diags);
    REQUIRE(docs.size() == 1);
    CHECK(diags.size() == kMaxLineDiagnostics + 1);
    CHECK(diags.back().message.find("900 more lines skipped") != std::string::npos);
    CHECK(skipped_count(diags) == 1000);
}

TEST_CASE("documents: a binary .jsonl is skipped whole, not line by line", "[documents][hostile]") {
    TempDir t;
    std::string bin;
    for (int i = 0; i < 20000; ++i) bin += static_cast<char>((i * 31) & 0xFF);
    t.write("c.jsonl", bin);
    std::vector<Diagnostic> diags;
    DocumentSource src({(t.path / "c.jsonl").string()}, nullptr);
    CHECK(read_all(src, diags).empty());
    REQUIRE(diags.size() == 1);
    CHECK(diags[0].message.find("c.jsonl: not text") != std::string::npos);
}

TEST_CASE("documents: parse_jsonl_line and decode_document never throw on junk", "[documents][hostile]") {
    std::vector<Diagnostic> diags;
    const std::vector<std::string> junk = {"",       " ",          "{", "}", "{\"text\":", "nul\0l"s, "\xFF\xFE",
                                           "\"text\"", "{\"text\": \"\\uZZZZ\"}", "{\"text\": 1e999999}",
                                           "{\"id\": 1e5, \"text\": \"x\"}"};
    for (const std::string& line : junk) {
        CHECK_NOTHROW(parse_jsonl_line(line, "f", 1, 0, "f:1", diags));
        CHECK_NOTHROW(decode_document("n", line, true, "f", diags));
        CHECK_NOTHROW(decode_document("n", line, false, "f", diags));
    }
    auto d = parse_jsonl_line("{\"id\": 1e5, \"text\": \"x\"}", "f", 1, 0, "f:1", diags);
    REQUIRE(d);
    CHECK(d->name == "1e5");
}

// The common record ({"id": "...", "text": "..."}, every value a string) is read by
// hand, the rest by the JSON parser: both must give the same record, or skip the same lines.
TEST_CASE("documents: JSONL records read by hand match the JSON parser's reading", "[documents]") {
    struct Case {
        std::string line;
        std::optional<std::string> name;  ///< nullopt: skipped
        std::string text;
    };
    const std::vector<Case> cases = {
        {R"({"id": "a.txt", "text": "Kratom boosts dopamine."})", "a.txt", "Kratom boosts dopamine."},
        {R"(  {"text":"x","id":"b"}  )", "b", "x"},
        {R"({"text": "x"})", "f:1", "x"},
        {R"({"text": "first", "id": "a", "text": "last", "id": "z"})", "z", "last"},
        {R"({"other": "\u00e9\"", "text": "q\"\\\/\n\tq"})", "f:1", "q\"\\/\n\tq"},
        {R"({"text": "it\u2019s \ud83d\ude00 caf\u00E9"})", "f:1", "it\u2019s \U0001F600 caf\u00e9"},
        {R"({"te\u0078t": "escaped key", "id": "k"})", "k", "escaped key"},  // the parser's reading
        {R"({"id": 7, "text": "n"})", "7", "n"},
        {R"({"id": "a", "text": "x", "extra": [1, {"text": "inner"}]})", "a", "x"},
        {R"({"id": "a", "text": null})", std::nullopt, ""},
        {R"({"text": "lone \ud83d surrogate"})", std::nullopt, ""},
        {R"({"text": "bad \x escape"})", std::nullopt, ""},
        {"{\"text\": \"raw\ttab\"}", std::nullopt, ""},
        {R"({"text": "x"} trailing)", std::nullopt, ""},
        {R"({"text": "x",})", std::nullopt, ""},
        {R"(["text", "x"])", std::nullopt, ""},
    };
    for (const Case& c : cases) {
        INFO(c.line);
        std::vector<Diagnostic> diags;
        auto d = parse_jsonl_line(c.line, "f", 1, 0, "f:1", diags);
        REQUIRE(d.has_value() == c.name.has_value());
        if (!d) continue;
        CHECK(d->name == *c.name);
        CHECK(d->text == c.text);
    }
}

TEST_CASE("documents: inputs taken first and read later, in any order, are the documents next() reads",
          "[documents]") {
    TempDir t;
    std::string binary = "\x89PNG\r\n\x1A\n"s;
    for (int i = 0; i < 4000; ++i) binary += static_cast<char>((i * 7919) & 0xFF);
    t.write("d/a.txt", "Kratom boosts dopamine.\n");
    t.write("d/b.txt", binary);
    t.write("d/c.jsonl", "{\"id\": \"r1\", \"text\": \"One.\"}\nnot json\n{\"id\": \"r2\", \"text\": \"Two.\"}\n");
    t.write("d/e.html", "<p>Caffeine &amp; kava.</p>");
    t.write("d/f.txt", "bad \xFF byte\n");
    const std::vector<std::string> inputs = {(t.path / "d").string(), (t.path / "missing.txt").string()};

    std::vector<Diagnostic> plain_diags;
    DocumentSource plain(inputs, nullptr);
    const std::vector<Document> expected = read_all(plain, plain_diags);

    std::vector<Diagnostic> taken_diags;
    DocumentSource source(inputs, nullptr);
    std::vector<PendingDocument> pending;
    while (auto p = source.next_pending(taken_diags)) pending.push_back(std::move(*p));
    CHECK(pending.size() == 6);  // a, b, the two good records, e, f: reading decides what is a document
    std::vector<std::optional<Document>> loaded(pending.size());
    std::vector<std::vector<Diagnostic>> load_diags(pending.size());
    for (std::size_t i = pending.size(); i-- > 0;)  // last first, as another thread might
        loaded[i] = std::move(pending[i]).load(load_diags[i]);

    std::vector<Document> docs;
    for (auto& d : loaded)
        if (d) docs.push_back(std::move(*d));
    REQUIRE(docs.size() == expected.size());
    for (std::size_t i = 0; i < docs.size(); ++i) {
        CHECK(docs[i].name == expected[i].name);
        CHECK(docs[i].text == expected[i].text);
    }
    // The same diagnostics, counted alike: taking finds the JSONL line and the
    // missing path, reading finds the binary file and the bad byte.
    std::size_t skipped = skipped_count(taken_diags), count = taken_diags.size();
    for (const auto& d : load_diags) {
        skipped += skipped_count(d);
        count += d.size();
    }
    CHECK(count == plain_diags.size());
    CHECK(skipped == skipped_count(plain_diags));
    REQUIRE(load_diags[1].size() == 1);
    CHECK(load_diags[1][0].message.find("b.txt: not text") != std::string::npos);
}
