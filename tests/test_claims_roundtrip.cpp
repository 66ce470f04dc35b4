// The map and reduce steps: extraction written as claims and read back gives
// the same graph, whatever the split of the documents and the order of files.
#include <catch2/catch.hpp>

#include <sstream>

#include "claimgraph/export/extraction_jsonl.hpp"
#include "claimgraph/export/writers.hpp"
#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/graph/claims_reader.hpp"

using namespace claimgraph;

namespace {
const extract::Extractor& extractor() {
    static const auto ex = extract::Extractor::create({CLAIMGRAPH_DATA_DIR, {}, true});
    REQUIRE(ex.ok());
    return ex.value();
}

std::vector<DocumentExtraction> corpus() {
    return {extractor().extract("a.txt", "Kratom boosts dopamine levels. It may reduce anxiety without sedation."),
            extractor().extract("b.txt", "Caffeine blocks adenosine receptors.\nMitragynine is a partial agonist at the mu-opioid receptor."),
            extractor().extract("c.txt", "Stress disrupts dopamine balance. Nothing here.")};
}

void read_into(graph::ClaimsReader& r, const std::string& text, const std::string& name,
               std::vector<extract::Diagnostic>& diags) {
    std::istringstream in(text);
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) r.add_line(line, name, n, diags);
}
}  // namespace

TEST_CASE("claims: merge of any split, in any order, equals build", "[claims]") {
    const auto docs = corpus();
    graph::ClaimGraph built;
    for (const auto& d : docs) built.add(d);
    const std::string expected = exporter::to_json(built);

    // shards: {a}, {b, c} read in reverse order
    std::vector<extract::Diagnostic> diags;
    graph::ClaimsReader reader;
    read_into(reader, exporter::to_claims_jsonl(docs[1]) + exporter::to_claims_jsonl(docs[2]), "shard2.jsonl", diags);
    read_into(reader, exporter::to_claims_jsonl(docs[0]), "shard1.jsonl", diags);
    CHECK(diags.empty());
    graph::ClaimGraph merged;
    for (const auto& d : reader.documents()) merged.add(d);
    CHECK(exporter::to_json(merged) == expected);
    CHECK(merged.documents() == 3);
    CHECK(merged.sentences() == built.sentences());
}

TEST_CASE("claims: a bad line is skipped with file:line, the rest is read", "[claims]") {
    std::vector<extract::Diagnostic> diags;
    graph::ClaimsReader reader;
    read_into(reader,
              "not json\n"
              "{\"doc\": \"a.txt\", \"subject\": \"kratom\", \"predicate\": \"grows\", \"target\": \"x\", \"start\": 0, \"end\": 1}\n"
              "{\"doc\": \"a.txt\", \"subject\": \"kratom\", \"predicate\": \"increases\", \"target\": \"dopamine\", "
              "\"start\": 0, \"end\": 30, \"hedged\": true}\n",
              "c.jsonl", diags);
    REQUIRE(diags.size() == 2);
    CHECK(diags[0].message.rfind("c.jsonl:1:", 0) == 0);
    CHECK(diags[1].message.rfind("c.jsonl:2:", 0) == 0);
    auto docs = reader.documents();
    REQUIRE(docs.size() == 1);
    REQUIRE(docs[0].claims.size() == 1);
    CHECK(docs[0].claims[0].hedged);
}

TEST_CASE("claims: two documents of one name stay two, as build counts them", "[claims]") {
    // build dir1 dir2 where both hold an a.txt: two documents named a.txt.
    const auto docs = corpus();
    auto twin = extractor().extract("a.txt", "Stress disrupts dopamine balance. Kratom boosts dopamine.");
    graph::ClaimGraph built;
    built.add(docs[0]);
    built.add(twin);
    const std::string expected = exporter::to_json(built);
    CHECK(built.documents() == 2);

    for (bool one_file : {true, false}) {
        CAPTURE(one_file);
        std::vector<extract::Diagnostic> diags;
        graph::ClaimsReader reader;
        if (one_file) {
            read_into(reader, exporter::to_claims_jsonl(docs[0]) + exporter::to_claims_jsonl(twin), "x.jsonl", diags);
        } else {
            read_into(reader, exporter::to_claims_jsonl(twin), "2.jsonl", diags);
            read_into(reader, exporter::to_claims_jsonl(docs[0]), "1.jsonl", diags);
        }
        CHECK(diags.empty());
        const auto read = reader.documents();
        REQUIRE(read.size() == 2);
        graph::ClaimGraph merged;
        for (const auto& d : read) merged.add(d);
        CHECK(exporter::to_json(merged) == expected);
        CHECK(merged.sentences() == docs[0].sentences + twin.sentences);
    }
}

TEST_CASE("claims: claim lines join their file's document line, before or after it", "[claims]") {
    const std::string a_claim =
        "{\"doc\": \"a.txt\", \"subject\": \"kratom\", \"predicate\": \"increases\", \"target\": \"dopamine\", "
        "\"start\": 0, \"end\": 30}\n";
    const std::string a_record = "{\"record\": \"document\", \"doc\": \"a.txt\", \"sentences\": 4, \"entities\": []}\n";
    std::vector<extract::Diagnostic> diags;
    graph::ClaimsReader reader;
    read_into(reader, a_claim + a_record + a_claim, "f.jsonl", diags);  // one document, two claims
    read_into(reader, a_claim, "g.jsonl", diags);                       // no document line: a third
    read_into(reader, a_claim, "h.jsonl", diags);                       // ... the same name, the same one
    CHECK(diags.empty());
    auto docs = reader.documents();
    REQUIRE(docs.size() == 2);
    CHECK(docs[0].doc == "a.txt");
    CHECK(docs[0].sentences == 4);
    CHECK(docs[0].claims.size() == 2);
    CHECK(docs[1].doc == "a.txt");
    CHECK(docs[1].sentences == 0);
    CHECK(docs[1].claims.size() == 2);
}
