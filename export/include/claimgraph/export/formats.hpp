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

enum class Format { json, dot, svg, png, graphml, cytoscape, mermaid, csv, html, claims };

/// Every format name `parse_format` accepts, in the order --help lists them.
const std::vector<std::string>& format_names();
std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format f);

/// The format a path implies: .dot/.gv dot, .svg, .png, .graphml, .cyjs and
/// .cytoscape.json cytoscape, .mmd/.mermaid mermaid, .html/.htm html, .jsonl
/// claims; csv for an existing directory or a path ending in '/'; otherwise json.
Format format_for_path(const std::string& path);

/// True for the formats that write a directory of files (csv) rather than one file.
bool writes_directory(Format f);

/// Writes `g` as `format` to `path` atomically, or to `out` when path is empty or "-".
/// csv writes nodes.csv and relationships.csv into the directory `path` (created if
/// missing; each file whole or not at all) and cannot go to a stream.
Status write_graph(const graph::ClaimGraph& g, Format format, const std::string& path, std::ostream& out);

}  // namespace claimgraph::exporter
