// A progress line on standard error for long runs: documents, MB, MB/s,
// elapsed time and, when the input size is known, the time left. Drawn only
// when standard error is a terminal, and only once a run has taken more than a
// moment, so logs and pipes never see it.
#pragma once

#include <chrono>
#include <cstdint>
#include <cstdio>

namespace claimgraph::cli {

class Progress {
public:
    /// `total_bytes` 0: unknown (no ETA). `enabled` false: a no-op.
    Progress(bool enabled, std::uint64_t total_bytes);
    ~Progress();
    Progress(const Progress&) = delete;
    Progress& operator=(const Progress&) = delete;

    void update(std::uint64_t documents, std::uint64_t bytes);
    /// Clears the line.
    void finish();

    /// True when `stream` is a terminal.
    static bool is_terminal(std::FILE* stream);

private:
    bool enabled_;
    bool drawn_ = false;
    std::uint64_t total_;
    std::chrono::steady_clock::time_point start_, last_;
};

}  // namespace claimgraph::cli
