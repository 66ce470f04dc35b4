#include <catch2/catch.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/export/writers.hpp"
#include "formats_fixture.hpp"
#include "claimgraph/graph/claim_graph.hpp"

using namespace claimgraph;
using claimgraph::graph::ClaimGraph;
namespace fs = std::filesystem;

namespace {

Claim dot_claim(std::size_t start, const std::string& subject, EntityType stype, Predicate p,
                const std::string& target, EntityType ttype, const std::string& sentence, bool hedged = false,
                bool negated = false, BindMode mode = BindMode::none) {
    return test::format_claim("doc.txt", start, subject, stype, p, target, ttype, sentence, "cue", hedged, negated,
                              mode);
}

// Every entity type and predicate, hedged and negated edges, and strings that
// need escaping (quotes, backslashes, newlines, '&', invalid UTF-8).
ClaimGraph styled_graph() {
    using ET = EntityType;
    using P = Predicate;
    DocumentExtraction d;
    d.doc = "doc.txt";
    d.sentences = 20;
    d.claims = {
        dot_claim(0, "kratom", ET::substance, P::increases, "dopamine", ET::neurotransmitter,
                  "Users say \"kratom boosts dopamine\" in C:\\notes\nsecond line & more."),
        dot_claim(100, "kratom", ET::substance, P::increases, "dopamine", ET::neurotransmitter,
                  "Kratom may boost dopamine.", true),
        dot_claim(200, "kratom", ET::substance, P::increases, "dopamine", ET::neurotransmitter,
                  "Kratom raises dopamine.", false),
        dot_claim(300, "kratom", ET::substance, P::increases, "dopamine", ET::neurotransmitter,
                  "Kratom elevates dopamine.", false),
        dot_claim(400, "kratom", ET::substance, P::decreases, "cortisol", ET::hormone, "Kratom lowers cortisol."),
        dot_claim(500, "kratom", ET::substance, P::binds, "mu-opioid receptor", ET::receptor,
                  "Kratom is a partial agonist at the mu-opioid receptor.", false, false, BindMode::partial_agonist),
        dot_claim(600, "kratom", ET::substance, P::modulates, "serotonin transporter", ET::transporter,
                  "Kratom might affect SERT.", true),
        dot_claim(700, "kratom", ET::substance, P::contains, "mitragynine", ET::substance,
                  "Kratom contains mitragynine."),
        dot_claim(800, "kratom", ET::substance, P::decreases, "monoamine oxidase", ET::enzyme,
                  "Kratom does not inhibit MAO.", false, true),
        dot_claim(900, "kratom", ET::substance, P::increases, "sedation", ET::condition,
                  std::string("Kratom \xC3\xA9nergises without sedation \xff."), false, true),
        dot_claim(1000, "say \"ok\"", ET::other, P::modulates, "back\\slash", ET::other, "Odd names."),
    };
    ClaimGraph g;
    g.add(d);
    return g;
}

// The output line of the edge source -> target.
std::string edge_line(const std::string& dot, const std::string& source, const std::string& target) {
    std::istringstream in(dot);
    const std::string prefix = "\"" + source + "\" -> \"" + target + "\" [";
    for (std::string line; std::getline(in, line);)
        if (line.find(prefix) != std::string::npos) return line;
    FAIL("no edge line " << prefix);
    return {};
}

std::string node_line(const std::string& dot, const std::string& name) {
    std::istringstream in(dot);
    const std::string prefix = "  \"" + name + "\" [";
    for (std::string line; std::getline(in, line);)
        if (line.rfind(prefix, 0) == 0) return line;
    FAIL("no node line " << prefix);
    return {};
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("to_dot: a directed graph with a legend", "[dot]") {
    const std::string dot = exporter::to_dot(styled_graph());
    CHECK(contains(dot, "digraph \"claimgraph\" {"));
    CHECK(contains(dot, "rankdir=\"LR\""));
    CHECK(contains(dot, "fontname=\"Helvetica\""));
    CHECK(contains(dot, "subgraph \"cluster_legend\" {"));
    // The legend names every entity type and predicate and the hedged/negated styles.
    for (const char* word : {"substance", "neurotransmitter", "hormone", "receptor", "transporter", "enzyme",
                             "condition", "other", "increases", "decreases", "modulates", "binds", "contains",
                             "mostly hedged", "mostly negated"})
        CHECK(contains(dot, std::string("label=\"") + word + "\""));
    CHECK(dot.back() == '\n');
    CHECK(dot == exporter::to_dot(styled_graph()));  // deterministic
}

TEST_CASE("to_dot: edge style by predicate, hedging, negation and support", "[dot]") {
    const std::string dot = exporter::to_dot(styled_graph());

    const std::string inc = edge_line(dot, "kratom", "dopamine");
    CHECK(contains(inc, "arrowhead=\"normal\""));
    CHECK(contains(inc, "color=\"#1a9850\""));
    CHECK(contains(inc, "penwidth=\"3.00\""));  // 1 + log2(4)
    CHECK(contains(inc, "label=\"\xC3\x97" "4\""));
    CHECK_FALSE(contains(inc, "style="));  // 1 of 4 hedged: solid

    const std::string dec = edge_line(dot, "kratom", "cortisol");
    CHECK(contains(dec, "arrowhead=\"tee\""));
    CHECK(contains(dec, "color=\"#d73027\""));
    CHECK(contains(dec, "penwidth=\"1.00\""));

    const std::string binds = edge_line(dot, "kratom", "mu-opioid receptor");
    CHECK(contains(binds, "arrowhead=\"dot\""));
    CHECK(contains(binds, "label=\"partial agonist\""));

    const std::string mod = edge_line(dot, "kratom", "serotonin transporter");
    CHECK(contains(mod, "arrowhead=\"vee\""));
    CHECK(contains(mod, "style=\"dashed\""));  // its only evidence is hedged

    const std::string has = edge_line(dot, "kratom", "mitragynine");
    CHECK(contains(has, "arrowhead=\"diamond\""));

    const std::string neg = edge_line(dot, "kratom", "monoamine oxidase");
    CHECK(contains(neg, "style=\"dotted\""));
    CHECK(contains(neg, "label=\"not\""));
}

TEST_CASE("to_dot: node shape and fill by entity type", "[dot]") {
    const std::string dot = exporter::to_dot(styled_graph());
    CHECK(contains(node_line(dot, "kratom"), "shape=\"box\""));
    CHECK(contains(node_line(dot, "dopamine"), "shape=\"ellipse\""));
    CHECK(contains(node_line(dot, "mu-opioid receptor"), "shape=\"hexagon\""));
    CHECK(contains(node_line(dot, "sedation"), "shape=\"note\""));
    CHECK(contains(node_line(dot, "kratom"), "fillcolor="));
    CHECK(contains(node_line(dot, "kratom"), "label=\"kratom\""));
}

TEST_CASE("to_dot: strings are escaped for DOT", "[dot]") {
    const std::string dot = exporter::to_dot(styled_graph());

    // The tooltip shows the best sentence (first neither hedged nor negated).
    const std::string inc = edge_line(dot, "kratom", "dopamine");
    CHECK(contains(inc, "Users say \\\"kratom boosts dopamine\\\" in C:\\\\notes\\nsecond line &amp; more."));

    // Names with a quote or a backslash stay one quoted ID each.
    CHECK(contains(dot, "\"say \\\"ok\\\"\" -> \"back\\\\slash\""));

    // Invalid UTF-8 becomes U+FFFD; valid multi-byte characters pass through.
    CHECK(contains(dot, "Kratom \xC3\xA9nergises without sedation \xEF\xBF\xBD."));
    CHECK_FALSE(contains(dot, "\xff"));

    // No raw newline inside a string: every line has balanced (unescaped) quotes.
    std::istringstream in(dot);
    for (std::string line; std::getline(in, line);) {
        std::size_t quotes = 0;
        for (std::size_t i = 0; i < line.size(); ++i) {
            if (line[i] == '\\') {
                ++i;
                continue;
            }
            if (line[i] == '"') ++quotes;
        }
        CAPTURE(line);
        CHECK(quotes % 2 == 0);
    }
}

TEST_CASE("to_dot: an empty graph still renders its legend", "[dot]") {
    const std::string dot = exporter::to_dot(ClaimGraph{});
    CHECK(contains(dot, "cluster_legend"));
    CHECK(contains(dot, "0 documents, 0 entities, 0 relations"));
}

TEST_CASE("to_dot: dot -Tsvg renders the output without a warning", "[dot]") {
    if (!fs::exists("/usr/bin/dot")) {
        WARN("/usr/bin/dot not installed: rendering not checked");
        return;
    }
    std::string pattern = (fs::temp_directory_path() / "claimgraph-dot-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    REQUIRE(::mkdtemp(buf.data()) != nullptr);
    const fs::path dir = buf.data();

    for (const auto& [name, graph] : {std::pair<std::string, ClaimGraph>{"styled", styled_graph()},
                                      std::pair<std::string, ClaimGraph>{"empty", ClaimGraph{}}}) {
        CAPTURE(name);
        const fs::path in = dir / (name + ".dot");
        const fs::path svg = dir / (name + ".svg");
        const fs::path err = dir / (name + ".err");
        {
            std::ofstream out(in, std::ios::binary);
            out << exporter::to_dot(graph);
        }
        const std::string cmd =
            "/usr/bin/dot -Tsvg '" + in.string() + "' -o '" + svg.string() + "' 2>'" + err.string() + "'";
        const int rc = std::system(cmd.c_str());
        CHECK(rc == 0);
        CHECK(read_all(err).empty());
        CHECK(contains(read_all(svg), "</svg>"));
    }
    std::error_code ec;
    fs::remove_all(dir, ec);
}
