#include "progress.hpp"

#include <unistd.h>

#include <string>

namespace claimgraph::cli {
namespace {

std::string clock(double seconds) {
    const long s = static_cast<long>(seconds + 0.5);
    char buf[32];
    if (s >= 3600)
        std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    else
        std::snprintf(buf, sizeof buf, "%ld:%02ld", s / 60, s % 60);
    return buf;
}

}  // namespace

bool Progress::is_terminal(std::FILE* stream) { return ::isatty(::fileno(stream)) == 1; }

Progress::Progress(bool enabled, std::uint64_t total_bytes)
    : enabled_(enabled), total_(total_bytes), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { finish(); }

void Progress::update(std::uint64_t documents, std::uint64_t bytes) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    const double elapsed = std::chrono::duration<double>(now - start_).count();
    // Nothing for a run that takes a moment; then at most four redraws a second.
    if (elapsed < 1.0 || (drawn_ && now - last_ < std::chrono::milliseconds(250))) return;
    last_ = now;
    const double mb = static_cast<double>(bytes) / 1e6;
    const double rate = mb / elapsed;
    std::string line = "\rclaimgraph: " + std::to_string(documents) + " documents, ";
    char buf[96];
    std::snprintf(buf, sizeof buf, "%.1f MB, %.1f MB/s, %s elapsed", mb, rate, clock(elapsed).c_str());
    line += buf;
    if (total_ > 0 && bytes > 0 && bytes <= total_) {
        const double left = elapsed * static_cast<double>(total_ - bytes) / static_cast<double>(bytes);
        line += ", ETA " + clock(left);
    }
    line += "\x1b[K";  // clear what a longer earlier line left
    std::fputs(line.c_str(), stderr);
    std::fflush(stderr);
    drawn_ = true;
}

void Progress::finish() {
    if (!drawn_) return;
    std::fputs("\r\x1b[K", stderr);
    std::fflush(stderr);
    drawn_ = false;
}

}  // namespace claimgraph::cli
