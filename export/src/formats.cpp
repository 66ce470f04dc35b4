#include "claimgraph/export/formats.hpp"

#include <algorithm>
#include <filesystem>

#include "claimgraph/export/atomic_file.hpp"
#include "claimgraph/export/writers.hpp"

namespace claimgraph::exporter {

const std::vector<std::string>& format_names() {
    static const std::vector<std::string> kNames = {"json", "dot", "claims"};
    return kNames;
}

std::optional<Format> parse_format(std::string_view name) {
    if (name == "json") return Format::json;
    if (name == "dot") return Format::dot;
    if (name == "claims") return Format::claims;
    return std::nullopt;
}

Format format_for_path(const std::string& path) {
    std::string ext = std::filesystem::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    if (ext == ".dot" || ext == ".gv") return Format::dot;
    if (ext == ".jsonl") return Format::claims;
    return Format::json;
}

Status write_graph(const graph::ClaimGraph& g, Format format, const std::string& path, std::ostream& out) {
    std::string content;
    switch (format) {
        case Format::json: content = to_json(g); break;
        case Format::dot: content = to_dot(g); break;
        case Format::claims: content = to_claims_jsonl(g); break;
    }
    if (path.empty() || path == "-") {
        out << content;
        out.flush();
        if (!out) return Error{"cannot write to standard output"};
        return ok_status();
    }
    return write_file_atomically(path, content);
}

}  // namespace claimgraph::exporter
