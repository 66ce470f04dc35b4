// The diagram and visualiser formats: names and extensions, and for each writer
// the properties its consumer relies on. (That real consumers accept the output
// is tested in tests/browser/ and tests/formats.cmake: dot, chromium, mermaid,
// Cytoscape.js; GraphML is read back here with Boost's read_graphml.)
#include <catch2/catch.hpp>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/graphml.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/property_tree/xml_parser.hpp>
#include <nlohmann/json.hpp>

#include <stdlib.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/export/formats.hpp"
#include "claimgraph/export/render.hpp"
#include "claimgraph/export/writers.hpp"
#include "formats_fixture.hpp"

using namespace claimgraph;
using claimgraph::exporter::Format;
namespace fs = std::filesystem;

namespace {

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

fs::path temp_dir() {
    std::string pattern = (fs::temp_directory_path() / "claimgraph-formats-XXXXXX").string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    REQUIRE(::mkdtemp(buf.data()) != nullptr);
    return buf.data();
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// RFC 4180 records (quoted fields may hold commas and doubled quotes).
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1);
    std::string field;
    bool quoted = false, in_quotes = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (in_quotes) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field.push_back('"');
                ++i;
            } else if (c == '"') {
                in_quotes = false;
            } else {
                field.push_back(c);
            }
        } else if (c == '"') {
            in_quotes = quoted = true;
        } else if (c == ',') {
            rows.back().push_back(field);
            field.clear();
        } else if (c == '\n') {
            rows.back().push_back(field);
            field.clear();
            rows.emplace_back();
        } else {
            field.push_back(c);
        }
    }
    (void)quoted;
    if (rows.back().empty()) rows.pop_back();
    return rows;
}

// Runs `f` with standard output and standard error sent to a file; returns what they got.
template <typename F>
std::string captured_output(F f) {
    const fs::path dir = temp_dir();
    const fs::path file = dir / "out.txt";
    std::fflush(stdout);
    std::fflush(stderr);
    const int saved_out = ::dup(1), saved_err = ::dup(2);
    FILE* sink = std::fopen(file.c_str(), "w");
    ::dup2(::fileno(sink), 1);
    ::dup2(::fileno(sink), 2);
    f();
    std::fflush(stdout);
    std::fflush(stderr);
    ::dup2(saved_out, 1);
    ::dup2(saved_err, 2);
    ::close(saved_out);
    ::close(saved_err);
    std::fclose(sink);
    const std::string out = read_all(file);
    fs::remove_all(dir);
    return out;
}

}  // namespace

// ---- names and extensions ---------------------------------------------------------

TEST_CASE("formats: every name parses, in --help order", "[formats]") {
    const std::vector<std::string> expected = {"json",    "dot", "svg",  "png",    "graphml", "cytoscape",
                                               "mermaid", "csv", "html", "claims"};
    CHECK(exporter::format_names() == expected);
    for (const std::string& name : expected) {
        const auto f = exporter::parse_format(name);
        REQUIRE(f);
        CHECK(exporter::format_name(*f) == name);
    }
    CHECK_FALSE(exporter::parse_format("gml"));
}

TEST_CASE("formats: the extension of -o picks the format", "[formats]") {
    CHECK(exporter::format_for_path("g.json") == Format::json);
    CHECK(exporter::format_for_path("g") == Format::json);
    CHECK(exporter::format_for_path("g.dot") == Format::dot);
    CHECK(exporter::format_for_path("g.GV") == Format::dot);
    CHECK(exporter::format_for_path("g.svg") == Format::svg);
    CHECK(exporter::format_for_path("g.png") == Format::png);
    CHECK(exporter::format_for_path("g.graphml") == Format::graphml);
    CHECK(exporter::format_for_path("g.cyjs") == Format::cytoscape);
    CHECK(exporter::format_for_path("g.cytoscape.json") == Format::cytoscape);
    CHECK(exporter::format_for_path("g.mmd") == Format::mermaid);
    CHECK(exporter::format_for_path("g.html") == Format::html);
    CHECK(exporter::format_for_path("g.htm") == Format::html);
    CHECK(exporter::format_for_path("g.jsonl") == Format::claims);
    CHECK(exporter::format_for_path("neo4j/") == Format::csv);
    const fs::path dir = temp_dir();
    CHECK(exporter::format_for_path(dir.string()) == Format::csv);
    fs::remove_all(dir);
    CHECK(exporter::writes_directory(Format::csv));
    CHECK_FALSE(exporter::writes_directory(Format::html));
}

TEST_CASE("formats: csv writes a directory and refuses a stream", "[formats][csv]") {
    const graph::ClaimGraph g = test::awkward_graph();
    std::ostringstream out;
    const Status to_stream = exporter::write_graph(g, Format::csv, "-", out);
    REQUIRE_FALSE(to_stream.ok());
    CHECK(contains(to_stream.error().message, "-o DIR"));
    CHECK(out.str().empty());

    const fs::path dir = temp_dir();
    const fs::path target = dir / "nested" / "neo4j";
    REQUIRE(exporter::write_graph(g, Format::csv, target.string(), out).ok());
    CHECK(read_all(target / "nodes.csv") == exporter::to_neo4j_csv(g).nodes);
    CHECK(read_all(target / "relationships.csv") == exporter::to_neo4j_csv(g).relationships);
    fs::remove_all(dir);
}

// ---- svg and png --------------------------------------------------------------------

TEST_CASE("render: SVG in-process, well-formed, deterministic, silent", "[render]") {
    const graph::ClaimGraph g = test::awkward_graph();
    std::string svg;
    const std::string printed = captured_output([&] {
        auto r = exporter::to_svg(g);
        REQUIRE(r.ok());
        svg = r.value();
    });
    CHECK(printed.empty());
    CHECK(svg.rfind("<?xml", 0) == 0);
    CHECK(contains(svg, "</svg>"));
    CHECK(contains(svg, "mu&#45;opioid receptor"));  // GraphViz's own escaping of '-'
    CHECK(contains(svg, "Legend"));
    boost::property_tree::ptree tree;
    std::istringstream in(svg);
    CHECK_NOTHROW(boost::property_tree::read_xml(in, tree));
    CHECK(exporter::to_svg(g).value() == svg);
}

TEST_CASE("render: PNG through cairo, a valid image, same bytes every run", "[render]") {
    const graph::ClaimGraph g = test::awkward_graph();
    auto png = exporter::to_png(g);
    REQUIRE(png.ok());
    const std::string& p = png.value();
    REQUIRE(p.size() > 33);
    CHECK(p.compare(0, 8, "\x89PNG\r\n\x1a\n") == 0);
    CHECK(p.compare(12, 4, "IHDR") == 0);
    const auto be32 = [&](std::size_t at) {
        return (std::uint32_t(static_cast<unsigned char>(p[at])) << 24) |
               (std::uint32_t(static_cast<unsigned char>(p[at + 1])) << 16) |
               (std::uint32_t(static_cast<unsigned char>(p[at + 2])) << 8) |
               std::uint32_t(static_cast<unsigned char>(p[at + 3]));
    };
    CHECK(be32(16) > 200);  // width
    CHECK(be32(20) > 200);  // height
    CHECK(p.compare(p.size() - 8, 4, "IEND") == 0);
    CHECK(exporter::to_png(g).value() == p);
}

TEST_CASE("render: bad DOT is an Error with GraphViz's reason, nothing printed", "[render]") {
    Result<std::string> r = std::string();
    const std::string printed =
        captured_output([&] { r = exporter::render_dot("digraph { a -> ; }", exporter::ImageFormat::svg); });
    REQUIRE_FALSE(r.ok());
    CHECK(contains(r.error().message, "GraphViz"));
    CHECK(contains(r.error().message, "syntax error"));
    CHECK(printed.empty());
}

TEST_CASE("render: the layout engine follows the graph's size", "[render][dot]") {
    const std::string small = exporter::to_dot(test::awkward_graph());
    CHECK(contains(small, "rankdir=\"LR\""));
    CHECK(contains(small, "cluster_legend"));
    CHECK_FALSE(contains(small, "sfdp"));

    const graph::ClaimGraph big = test::large_graph(300);
    REQUIRE(big.nodes().size() > exporter::kDotLayoutMaxNodes);
    const std::string dot = exporter::to_dot(big);
    CHECK(contains(dot, "layout=\"sfdp\""));
    CHECK(contains(dot, "overlap=\"prism\""));
    CHECK(contains(dot, "<B>Legend</B>"));
    auto svg = exporter::render_dot(dot, exporter::ImageFormat::svg);
    REQUIRE(svg.ok());
    CHECK(contains(svg.value(), "entity 299"));
    CHECK(exporter::render_dot(dot, exporter::ImageFormat::svg).value() == svg.value());  // sfdp is seeded
}

// ---- graphml -------------------------------------------------------------------------

namespace {
struct GmlNode {
    std::string label, type, aliases, shape, fill, border;
    int mentions = 0;
};
struct GmlEdge {
    std::string predicate, mode, contradicts, label, color, line, sentence, doc, evidence;
    int support = 0, documents = 0, hedged = 0, negated = 0;
    double width = 0;
};
struct GmlGraph {
    std::string generator;
    int documents = 0, sentences = 0;
};
using Gml = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, GmlNode, GmlEdge, GmlGraph>;
}  // namespace

TEST_CASE("graphml: boost::read_graphml reads back the same graph", "[graphml]") {
    const graph::ClaimGraph g = test::awkward_graph();
    const std::string text = exporter::to_graphml(g);

    Gml back;
    boost::dynamic_properties dp(boost::ignore_other_properties);
    dp.property("label", boost::get(&GmlNode::label, back));
    dp.property("type", boost::get(&GmlNode::type, back));
    dp.property("aliases", boost::get(&GmlNode::aliases, back));
    dp.property("mentions", boost::get(&GmlNode::mentions, back));
    dp.property("shape", boost::get(&GmlNode::shape, back));
    dp.property("fill", boost::get(&GmlNode::fill, back));
    dp.property("border", boost::get(&GmlNode::border, back));
    dp.property("predicate", boost::get(&GmlEdge::predicate, back));
    dp.property("support", boost::get(&GmlEdge::support, back));
    dp.property("documents", boost::get(&GmlEdge::documents, back));
    dp.property("hedged", boost::get(&GmlEdge::hedged, back));
    dp.property("negated", boost::get(&GmlEdge::negated, back));
    dp.property("mode", boost::get(&GmlEdge::mode, back));
    dp.property("contradicts", boost::get(&GmlEdge::contradicts, back));
    dp.property("label", boost::get(&GmlEdge::label, back));
    dp.property("color", boost::get(&GmlEdge::color, back));
    dp.property("line", boost::get(&GmlEdge::line, back));
    dp.property("width", boost::get(&GmlEdge::width, back));
    dp.property("sentence", boost::get(&GmlEdge::sentence, back));
    dp.property("doc", boost::get(&GmlEdge::doc, back));
    dp.property("evidence", boost::get(&GmlEdge::evidence, back));
    dp.property("generator", boost::ref_property_map<Gml*, std::string>(back[boost::graph_bundle].generator));
    dp.property("documents", boost::ref_property_map<Gml*, int>(back[boost::graph_bundle].documents));
    dp.property("sentences", boost::ref_property_map<Gml*, int>(back[boost::graph_bundle].sentences));
    std::istringstream in(text);
    REQUIRE_NOTHROW(boost::read_graphml(in, back, dp));

    const auto nodes = g.nodes();
    const auto edges = g.edges();
    REQUIRE(boost::num_vertices(back) == nodes.size());
    REQUIRE(boost::num_edges(back) == edges.size());
    CHECK(back[boost::graph_bundle].generator == exporter::kGenerator);
    CHECK(back[boost::graph_bundle].documents == static_cast<int>(g.documents()));
    CHECK(back[boost::graph_bundle].sentences == static_cast<int>(g.sentences()));

    // Vertices come back in document order, which is the nodes() order.
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        CAPTURE(nodes[i]->name);
        CHECK(back[i].label == nodes[i]->name);
        CHECK(back[i].type == to_string(nodes[i]->type));
        CHECK(back[i].mentions == static_cast<int>(nodes[i]->mentions));
        const auto aliases = nlohmann::json::parse(back[i].aliases).get<std::set<std::string>>();
        CHECK(aliases == nodes[i]->aliases);
        CHECK_FALSE(back[i].fill.empty());
    }
    // Every edge with its counts and evidence, joined by (source, target, predicate).
    std::map<std::string, const GmlEdge*> by_id;
    for (auto [it, end] = boost::edges(back); it != end; ++it)
        by_id[back[boost::source(*it, back)].label + "|" + back[*it].predicate + "|" +
              back[boost::target(*it, back)].label] = &back[*it];
    for (const graph::ClaimEdge* e : edges) {
        CAPTURE(e->id());
        REQUIRE(by_id.count(e->id()));
        const GmlEdge& b = *by_id.at(e->id());
        CHECK(b.support == static_cast<int>(e->support));
        CHECK(b.documents == static_cast<int>(e->documents));
        CHECK(b.hedged == static_cast<int>(e->hedged));
        CHECK(b.negated == static_cast<int>(e->negated));
        CHECK(nlohmann::json::parse(b.contradicts).get<std::vector<std::string>>() == g.contradictions(*e));
        const auto evidence = nlohmann::json::parse(b.evidence);
        REQUIRE(evidence.size() == e->evidence.size());
        CHECK(evidence[0]["start"] == e->evidence[0].start);
        CHECK(evidence[0]["cue"] == e->evidence[0].cue);
        CHECK(b.width >= 1.0);
    }
    // Text survives XML: quotes, ampersands, angle brackets, newlines (as &#10;).
    const GmlEdge& first = *by_id.at("kratom|increases|dopamine");
    CHECK(contains(first.evidence, "C:\\\\notes\\nsecond line & more </script>"));
    CHECK(exporter::to_graphml(g) == text);
}

TEST_CASE("graphml: one typed key per attribute, valid XML", "[graphml]") {
    const std::string text = exporter::to_graphml(test::awkward_graph());
    boost::property_tree::ptree tree;
    std::istringstream in(text);
    REQUIRE_NOTHROW(boost::property_tree::read_xml(in, tree));
    std::set<std::string> keys;
    for (const auto& [tag, child] : tree.get_child("graphml")) {
        if (tag != "key") continue;
        // "attr.type" holds a dot, ptree's default path separator.
        using Path = boost::property_tree::ptree::path_type;
        const std::string type = child.get<std::string>(Path("<xmlattr>/attr.type", '/'));
        CHECK((type == "int" || type == "double" || type == "string"));
        keys.insert(child.get<std::string>("<xmlattr>.for") + ":" + child.get<std::string>(Path("<xmlattr>/attr.name", '/')));
    }
    for (const char* k : {"graph:generator", "node:type", "node:mentions", "node:aliases", "edge:predicate",
                          "edge:support", "edge:hedged", "edge:negated", "edge:contradicts", "edge:evidence"})
        CHECK(keys.count(k));
    CHECK_FALSE(contains(text, "\xff"));  // invalid UTF-8 replaced
}

// ---- cytoscape -----------------------------------------------------------------------

TEST_CASE("cytoscape: the .cyjs layout with the styling as data", "[cytoscape]") {
    const graph::ClaimGraph g = test::awkward_graph();
    const auto j = nlohmann::json::parse(exporter::to_cytoscape(g));
    CHECK(j["generated_by"] == exporter::kGenerator);
    CHECK(j["data"]["documents"] == g.documents());
    const auto& nodes = j["elements"]["nodes"];
    const auto& edges = j["elements"]["edges"];
    REQUIRE(nodes.size() == g.nodes().size());
    REQUIRE(edges.size() == g.edges().size());
    std::set<std::string> ids;
    for (const auto& n : nodes) {
        CHECK(ids.insert(n["data"]["id"].get<std::string>()).second);
        for (const char* k : {"label", "type", "shape", "fill", "border", "border_style"})
            CHECK(n["data"].contains(k));
    }
    std::map<std::string, nlohmann::json> by_key;
    for (const auto& e : edges) {
        CHECK(ids.insert(e["data"]["id"].get<std::string>()).second);  // one id space for nodes and edges
        for (const char* k : {"source", "target", "predicate", "support", "evidence", "color", "arrow", "line",
                              "width", "stance", "contradicted"})
            CHECK(e["data"].contains(k));
        by_key[e["data"]["key"].get<std::string>()] = e["data"];
    }
    // A node named like an edge id pushes the edge's element id aside, not its key.
    CHECK(by_key.at("kratom|increases|dopamine")["id"] == "kratom|increases|dopamine#");
    CHECK(by_key.at("kratom|decreases|dopamine")["arrow"] == "tee");
    CHECK(by_key.at("kratom|decreases|dopamine")["contradicted"] == true);
    CHECK(by_key.at("kratom|modulates|serotonin transporter")["line"] == "dashed");
    CHECK(by_key.at("kratom|decreases|monoamine oxidase")["stance"] == "negated");
    CHECK(by_key.at("kratom|binds|mu-opioid receptor")["arrow"] == "circle");
}

// ---- mermaid ---------------------------------------------------------------------------

TEST_CASE("mermaid: safe ids, quoted labels, arrows by predicate", "[mermaid]") {
    const graph::ClaimGraph g = test::awkward_graph();
    const std::string m = exporter::to_mermaid(g);
    CHECK(m.rfind("flowchart LR\n", 0) == 0);
    std::istringstream in(m);
    std::size_t node_lines = 0, edge_lines = 0;
    const std::regex node_re(R"re(^  n\d+(\(|\(\[|\(\(|\{\{|\[\[|\[/|>|\[)"[^"]*"(\)|\]\)|\)\)|\}\}|\]\]|/\]|\])(:::[a-z]+)$)re");
    const std::regex edge_re(R"re(^  n\d+ (-->|--x|--o|-\.->|-\.-x|-\.-o)\|"[^"]*"\| n\d+$)re");
    for (std::string line; std::getline(in, line);) {
        if (std::regex_match(line, node_re)) ++node_lines;
        if (std::regex_match(line, edge_re)) ++edge_lines;
    }
    CHECK(node_lines == g.nodes().size());
    CHECK(edge_lines == g.edges().size());
    // Characters Mermaid would read are entity codes.
    CHECK(contains(m, "\"say #quot;ok#quot; #amp; #lt;b#gt;#35;1#lt;/b#gt; #96;x#96;\""));
    CHECK(contains(m, "|\"decreases\"|"));
    CHECK(contains(m, "--x|\"decreases\"|"));
    CHECK(contains(m, "--o|\"binds partial agonist \xC3\x97" "2\"|"));  // the prevailing mode (a tie: the first)
    CHECK(contains(m, "-.->|\"modulates (hedged)\"|"));                  // hedged: dotted
    CHECK(contains(m, "-.-x|\"decreases (negated)\"|"));                 // negated: dotted, says so
    CHECK(contains(m, "classDef receptor fill:#c7e9c0,stroke:#31a354"));
    CHECK(contains(m, "stroke-dasharray:2 4"));
}

TEST_CASE("mermaid: an empty graph is still a diagram", "[mermaid]") {
    const std::string m = exporter::to_mermaid(graph::ClaimGraph{});
    CHECK(contains(m, "flowchart LR"));
    CHECK(contains(m, "empty[\"no claims\"]"));
}

// ---- csv (neo4j-admin import) ------------------------------------------------------------

TEST_CASE("csv: the headers and rows neo4j-admin import expects", "[csv]") {
    const graph::ClaimGraph g = test::awkward_graph();
    const exporter::Neo4jCsv csv = exporter::to_neo4j_csv(g);
    const auto nodes = parse_csv(csv.nodes);
    const auto rels = parse_csv(csv.relationships);
    REQUIRE(nodes.size() == g.nodes().size() + 1);
    REQUIRE(rels.size() == g.edges().size() + 1);
    CHECK(nodes[0] == std::vector<std::string>{"id:ID", "name", "type", "aliases:string[]", "mentions:int", ":LABEL"});
    CHECK(rels[0] == std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "id", "predicate", "support:int",
                                              "documents:int", "hedged:int", "negated:int", "mode",
                                              "contradicts:string[]", "doc_names:string[]", "sentence", "doc",
                                              "evidence"});
    // Every header field is name[:type] with a type neo4j-admin knows, or one of its special columns.
    const std::regex header(R"(^([A-Za-z_][A-Za-z0-9_]*(:(int|long|float|double|boolean|byte|short|char|string|date|datetime)(\[\])?|:ID)?|:ID|:LABEL|:START_ID|:END_ID|:TYPE)$)");
    for (const auto* h : {&nodes[0], &rels[0]})
        for (const std::string& f : *h) CHECK(std::regex_match(f, header));
    for (const auto& row : nodes) CHECK(row.size() == nodes[0].size());
    for (const auto& row : rels) CHECK(row.size() == rels[0].size());
    CHECK(nodes[1][5].rfind("Entity;", 0) == 0);
    // No raw newline inside a field (no --multiline-fields needed); ';' inside an array element is ','.
    for (const auto& row : rels)
        for (const std::string& f : row) CHECK(f.find('\n') == std::string::npos);
    bool found = false;
    for (const auto& row : rels)
        if (row[0] == "say \"ok\" & <b>#1</b> `x`") {
            found = true;
            CHECK(row[1] == "back\\slash; semi");
            CHECK(row[2] == "MODULATES");
        }
    CHECK(found);
    for (const auto& row : nodes)
        if (row[0] == "kratom") CHECK(row[3] == "kratom;mitragyna speciosa");
}

// ---- html ----------------------------------------------------------------------------------

TEST_CASE("html: one self-contained page with the graph inside", "[html]") {
    const graph::ClaimGraph g = test::awkward_graph();
    auto page = exporter::to_html(g);
    if (!exporter::viewer_available()) {
        REQUIRE_FALSE(page.ok());
        CHECK(contains(page.error().message, "CLAIMGRAPH_VIEWER=OFF"));
        return;
    }
    REQUIRE(page.ok());
    const std::string& p = page.value();
    CHECK(p.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(contains(p, "id=\"cg-status\""));
    CHECK(contains(p, "cytoscape"));
    CHECK_FALSE(contains(p, "{{DATA}}"));
    CHECK_FALSE(contains(p, "{{STYLE}}"));
    // Nothing is loaded from elsewhere.
    CHECK_FALSE(std::regex_search(p, std::regex(R"(<(script|link|img)[^>]*\s(src|href)=)", std::regex::icase)));
    // A sentence's "</script>" cannot end the data element.
    CHECK_FALSE(contains(p, "</script><script>x</script>"));
    CHECK(contains(p, "\\u003c/script>\\u003cscript>x\\u003c/script>"));
    // The data element holds the cytoscape JSON.
    const std::string open = "<script type=\"application/json\" id=\"cg-data\">";
    const std::size_t at = p.find(open);
    REQUIRE(at != std::string::npos);
    const std::size_t end = p.find("</script>", at);
    const auto data = nlohmann::json::parse(p.substr(at + open.size(), end - at - open.size()));
    CHECK(data == nlohmann::json::parse(exporter::to_cytoscape(g)));
    CHECK(exporter::to_html(g).value() == p);
}
