// Output files are written whole or not at all: the bytes go to a temporary
// file in the destination's folder, which is flushed and renamed over the
// destination only when complete.
#pragma once

#include <string>
#include <string_view>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::exporter {

/// Writes `content` to `path` atomically. On failure nothing is left behind and
/// the Error names the path and the reason.
Status write_file_atomically(const std::string& path, std::string_view content);

}  // namespace claimgraph::exporter
