// The output formats by name, and writing a graph in one of them to a path
// (whole or not at all) or to a stream.
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/types.hpp"
#include "claimgraph/graph/claim_graph.hpp"

namespace claimgraph::exporter {

enum class Format { json, dot, claims };

/// Every format name `parse_format` accepts, in the order --help lists them.
const std::vector<std::string>& format_names();
std::optional<Format> parse_format(std::string_view name);
/// The format a path's extension implies: .dot/.gv dot, .jsonl claims, otherwise json.
Format format_for_path(const std::string& path);

/// Writes `g` as `format` to `path` atomically, or to `out` when path is empty or "-".
Status write_graph(const graph::ClaimGraph& g, Format format, const std::string& path, std::ostream& out);

}  // namespace claimgraph::exporter
