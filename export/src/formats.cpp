#include "claimgraph/export/formats.hpp"

#include <algorithm>
#include <array>
#include <filesystem>
#include <utility>

#include "claimgraph/export/atomic_file.hpp"
#include "claimgraph/export/render.hpp"
#include "claimgraph/export/writers.hpp"

namespace claimgraph::exporter {
namespace {

constexpr std::array<std::pair<std::string_view, Format>, 10> kFormats = {{
    {"json", Format::json},
    {"dot", Format::dot},
    {"svg", Format::svg},
    {"png", Format::png},
    {"graphml", Format::graphml},
    {"cytoscape", Format::cytoscape},
    {"mermaid", Format::mermaid},
    {"csv", Format::csv},
    {"html", Format::html},
    {"claims", Format::claims},
}};

bool ends_with(const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

Result<std::string> render(const graph::ClaimGraph& g, Format format) {
    switch (format) {
        case Format::json: return to_json(g);
        case Format::dot: return to_dot(g);
        case Format::svg: return to_svg(g);
        case Format::png: return to_png(g);
        case Format::graphml: return to_graphml(g);
        case Format::cytoscape: return to_cytoscape(g);
        case Format::mermaid: return to_mermaid(g);
        case Format::html: return to_html(g);
        case Format::claims: return to_claims_jsonl(g);
        case Format::csv: break;
    }
    return Error{"csv writes a directory: name one with -o DIR"};
}

Status write_csv_directory(const graph::ClaimGraph& g, const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) return Error{"cannot create directory " + dir + ": " + ec.message(), dir};
    const Neo4jCsv csv = to_neo4j_csv(g);
    const std::filesystem::path base(dir);
    if (Status s = write_file_atomically((base / "nodes.csv").string(), csv.nodes); !s.ok()) return s;
    return write_file_atomically((base / "relationships.csv").string(), csv.relationships);
}

}  // namespace

const std::vector<std::string>& format_names() {
    static const std::vector<std::string> kNames = [] {
        std::vector<std::string> names;
        for (const auto& [name, format] : kFormats) names.emplace_back(name);
        return names;
    }();
    return kNames;
}

std::optional<Format> parse_format(std::string_view name) {
    for (const auto& [n, format] : kFormats)
        if (n == name) return format;
    return std::nullopt;
}

std::string_view format_name(Format f) {
    for (const auto& [n, format] : kFormats)
        if (format == f) return n;
    return {};
}

bool writes_directory(Format f) { return f == Format::csv; }

Format format_for_path(const std::string& path) {
    std::string lower = path;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (!path.empty() && path != "-") {
        std::error_code ec;
        if (path.back() == '/' || std::filesystem::is_directory(path, ec)) return Format::csv;
    }
    if (ends_with(lower, ".cytoscape.json") || ends_with(lower, ".cyjs")) return Format::cytoscape;
    const std::string ext = std::filesystem::path(lower).extension().string();
    if (ext == ".dot" || ext == ".gv") return Format::dot;
    if (ext == ".svg") return Format::svg;
    if (ext == ".png") return Format::png;
    if (ext == ".graphml") return Format::graphml;
    if (ext == ".mmd" || ext == ".mermaid") return Format::mermaid;
    if (ext == ".html" || ext == ".htm") return Format::html;
    if (ext == ".jsonl") return Format::claims;
    return Format::json;
}

Status write_graph(const graph::ClaimGraph& g, Format format, const std::string& path, std::ostream& out) {
    const bool to_stream = path.empty() || path == "-";
    if (writes_directory(format)) {
        if (to_stream) return Error{"csv writes a directory (nodes.csv, relationships.csv): name one with -o DIR"};
        return write_csv_directory(g, path);
    }
    Result<std::string> content = render(g, format);
    if (!content.ok()) return content.error();
    if (to_stream) {
        out << content.value();
        out.flush();
        if (!out) return Error{"cannot write to standard output"};
        return ok_status();
    }
    return write_file_atomically(path, content.value());
}

}  // namespace claimgraph::exporter
