// Shared reader for the project's tab-separated data files: UTF-8, optional
// BOM, '#' comment lines, blank lines ignored, CRLF accepted.
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::extract::detail {

inline std::vector<std::string> split_tabs(std::string_view line) {
    std::vector<std::string> out;
    std::size_t b = 0;
    for (;;) {
        std::size_t t = line.find('\t', b);
        out.emplace_back(line.substr(b, t == std::string_view::npos ? std::string_view::npos : t - b));
        if (t == std::string_view::npos) break;
        b = t + 1;
    }
    return out;
}

inline std::string trim(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
    return std::string(s.substr(b, e - b));
}

/// Calls `row(fields, line_number)` for every data line; stops at the first error.
inline Status for_each_tsv_row(std::string_view text, const std::string& source,
                               const std::function<Status(const std::vector<std::string>&, std::size_t)>& row) {
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::size_t line_no = 0, b = 0;
    while (b < text.size()) {
        std::size_t nl = text.find('\n', b);
        std::string_view line = text.substr(b, nl == std::string_view::npos ? std::string_view::npos : nl - b);
        b = nl == std::string_view::npos ? text.size() : nl + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (trim(line).empty() || line.front() == '#') continue;
        Status s = row(split_tabs(line), line_no);
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
