// Output files are written whole or not at all: the bytes go to a temporary
// file in the destination's folder (DEST.tmp.XXXXXX), which is flushed and
// renamed over the destination only when complete.
//
// Faults and interruptions:
//  - any failure (no such folder, no permission, a full disk, a file size
//    limit) removes the temporary file and returns an Error naming the path;
//  - SIGINT, SIGTERM and SIGHUP are held (blocked in the calling thread) while
//    the temporary file exists. One that arrives makes the write stop, remove
//    the temporary file and return an Error ("interrupted by SIGTERM"); the
//    old signal mask is then restored and the signal delivered, so an
//    interrupted program still ends as the signal asked — with no partial
//    file, and the old destination (if any) untouched. Other threads of the
//    process should block these signals too (a signal delivered to a thread
//    that does not hold them kills the process wherever it is); the claimgraph
//    CLI writes when its worker threads have finished. SIGKILL and power loss
//    can leave a DEST.tmp.XXXXXX behind, never a partial DEST;
//  - a destination that is a symbolic link stays one: its target is replaced;
//  - a destination that exists and is not a regular file or a directory (a
//    FIFO, /dev/null, /dev/stdout) is written through, not replaced.
#pragma once

#include <string>
#include <string_view>

#include "claimgraph/extract/types.hpp"

namespace claimgraph::exporter {

/// Writes `content` to `path` atomically. On failure nothing is left behind and
/// the Error names the path and the reason. Thread-safe; no global state.
Status write_file_atomically(const std::string& path, std::string_view content);

}  // namespace claimgraph::exporter
