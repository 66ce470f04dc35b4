// Shared reader for the project's tab-separated data files: UTF-8, optional
// BOM, '#' comment lines, blank lines ignored, CRLF accepted.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::extract::detail {

/// The fields of `line` into `out`, whose strings keep their capacity from the last
/// line: a data file of thousands of rows does not allocate a vector and its
/// strings per row.
inline void split_tabs_into(std::string_view line, std::vector<std::string>& out) {
    std::size_t n = 0, b = 0;
    for (;;) {
        std::size_t t = line.find('\t', b);
        const std::string_view field = line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b);
        if (n < out.size())
            out[n].assign(field);
        else
            out.emplace_back(field);
        ++n;
        if (t == std::string_view::npos) break;
        b = t + 1;
    }
    out.resize(n);
}

inline std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

/// Calls `row(fields, line_number)` (fields: a const std::vector<std::string>&, valid
/// for the call) for every data line; stops at the first error. A template, not a
/// std::function: start-up reads some ten thousand rows.
template <class Row>
Status for_each_tsv_row(std::string_view text, const std::string& source, Row&& row) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t line_no = 0, b = 0;
    std::vector<std::string> fields;
    while (b < text.size()) {
        std::size_t nl = text.find('\n', b);
        std::string_view line = text.substr(b, nl == std::string_view::npos ? std::string_view::npos : nl - b);
        b = nl == std::string_view::npos ? text.size() : nl + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        // Blank (trim() of it empty), or a comment.
        if (line.find_first_not_of(" \r") == std::string_view::npos || line.front() == '#') continue;
        split_tabs_into(line, fields);
        Status s = row(static_cast<const std::vector<std::string>&>(fields), line_no);
        if (!s.ok()) {
            Error e = s.error();
            e.file = source;
            e.line = line_no;
            e.message = source + ":" + std::to_string(line_no) + ": " + e.message;
            return e;
        }
    }
    return ok_status();
}

inline Result<std::string> read_whole_file(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return Error{path + ": is a directory, not a file", path, 0};
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{path + ": cannot open for reading", path, 0};
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) return Error{path + ": read error", path, 0};
    return ss.str();
}

}  // namespace claimgraph::extract::detail
