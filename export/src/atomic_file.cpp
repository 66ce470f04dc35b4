#include "claimgraph/export/atomic_file.hpp"

#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <string>
#include <system_error>
#include <vector>

namespace claimgraph::exporter {
namespace {

// strerror() is not thread-safe; the generic category gives the same text and is.
std::string describe(int err) { return std::error_code(err, std::generic_category()).message(); }

Error failure(const std::string& path, const std::string& what, int err) {
    Error e;
    e.message = "cannot write " + path + ": " + what + ": " + describe(err);
    e.file = path;
    return e;
}

// The process umask without changing it (umask() can only be read by setting
// it, which would race with other threads): Linux reports it in
// /proc/self/status. 022 when that is unavailable.
mode_t current_umask() {
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line)) {
        if (line.rfind("Umask:", 0) != 0) continue;
        try {
            return static_cast<mode_t>(std::stoul(line.substr(6), nullptr, 8));
        } catch (...) {
            break;
        }
    }
    return 022;
}

// mkstemp creates the file 0600; an output file should get the permissions a
// plain open(O_CREAT) would give, or keep those of the file it replaces.
mode_t final_mode(const std::string& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) return st.st_mode & 07777;
    return 0666 & ~current_umask();
}

std::string parent_dir(const std::string& path) {
    const auto slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    if (slash == 0) return "/";
    return path.substr(0, slash);
}

// Writes all of `content` to fd in pieces of at most `chunk` bytes, calling
// `stop()` before each; returns 0, an errno value, or -1 when stop() said so.
template <typename Stop>
int write_all(int fd, std::string_view content, Stop stop) {
    constexpr std::size_t kChunk = std::size_t{1} << 20;
    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        if (stop()) return -1;
        const ssize_t n = ::write(fd, p, std::min(left, kChunk));
        if (n < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        if (n == 0) return EIO;
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    return 0;
}

// The signals that ask a program to stop. While the temporary file exists they
// are held (blocked in the calling thread), so the process cannot die with it
// on disk; one that arrives meanwhile makes the write give up and remove the
// temporary file, and is delivered as soon as the old mask is back: the
// process ends as the signal asked, or its handler runs. Signals the caller
// had blocked already are left alone. No global state: the mask is per thread
// and restored on every path.
class HeldStopSignals {
public:
    HeldStopSignals() {
        sigemptyset(&set_);
        for (int s : kSignals) sigaddset(&set_, s);
        held_ = ::pthread_sigmask(SIG_BLOCK, &set_, &old_) == 0;
    }
    ~HeldStopSignals() {
        if (held_) ::pthread_sigmask(SIG_SETMASK, &old_, nullptr);
    }
    HeldStopSignals(const HeldStopSignals&) = delete;
    HeldStopSignals& operator=(const HeldStopSignals&) = delete;

    /// A held signal that arrived since (0: none).
    int arrived() const {
        if (!held_) return 0;
        sigset_t pending;
        if (::sigpending(&pending) != 0) return 0;
        for (int s : kSignals)
            if (sigismember(&pending, s) == 1 && sigismember(&old_, s) != 1) return s;
        return 0;
    }

private:
    static constexpr int kSignals[] = {SIGINT, SIGTERM, SIGHUP};
    sigset_t set_{};
    sigset_t old_{};
    bool held_ = false;
};

const char* signal_name(int s) {
    switch (s) {
        case SIGINT: return "SIGINT";
        case SIGTERM: return "SIGTERM";
        case SIGHUP: return "SIGHUP";
        default: return "a signal";
    }
}

// A destination that is not a regular file (a FIFO, /dev/null, /dev/stdout, a
// terminal) cannot be replaced by a rename, and must not be: it is written
// through, as a shell redirection would.
Status write_through(const std::string& path, std::string_view content) {
    int fd;
    do fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) return failure(path, "cannot open", errno);
    const int err = write_all(fd, content, [] { return false; });
    if (err != 0) {
        ::close(fd);
        return failure(path, "write failed", err);
    }
    if (::close(fd) != 0) return failure(path, "close failed", errno);
    return ok_status();
}

}  // namespace

Status write_file_atomically(const std::string& given_path, std::string_view content) {
    if (given_path.empty()) {
        Error e;
        e.message = "cannot write a file with an empty name";
        return e;
    }
    // A symbolic link stays a link: the file it points to is the one replaced.
    std::string path = given_path;
    struct stat st {};
    if (::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode)) {
        if (char* real = ::realpath(path.c_str(), nullptr)) {
            path = real;
            std::free(real);
        }
    }
    if (::stat(path.c_str(), &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode))
        return write_through(given_path, content);

    const HeldStopSignals held;

    // mkstemp needs a writable, NUL-terminated template; mkostemp is mkstemp with
    // O_CLOEXEC, so a child started meanwhile does not inherit the descriptor.
    const std::string pattern = path + ".tmp.XXXXXX";
    std::vector<char> tmp(pattern.begin(), pattern.end());
    tmp.push_back('\0');
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
    if (fd < 0) return failure(given_path, "cannot create a temporary file beside it", errno);
    const std::string tmp_path(tmp.data());

    // From here every failure closes and removes the temporary file.
    const auto fail = [&](const std::string& what, int err, bool is_open) -> Status {
        if (is_open) ::close(fd);
        ::unlink(tmp_path.c_str());
        return failure(given_path, what, err);
    };
    const auto interrupted = [&](bool is_open) -> Status {
        if (is_open) ::close(fd);
        ::unlink(tmp_path.c_str());
        Error e;
        e.message = "cannot write " + given_path + ": interrupted by " + signal_name(held.arrived()) +
                    "; nothing written";
        e.file = given_path;
        return e;
    };

    const int err = write_all(fd, content, [&] { return held.arrived() != 0; });
    if (err < 0) return interrupted(true);
    if (err > 0) return fail("write failed", err, true);
    if (::fchmod(fd, final_mode(path)) != 0) return fail("cannot set permissions", errno, true);
    if (::fsync(fd) != 0) return fail("fsync failed", errno, true);
    if (::close(fd) != 0) return fail("close failed", errno, false);
    // The last moment to give up: after the rename the new file is in place.
    if (held.arrived() != 0) return interrupted(false);
    if (::rename(tmp_path.c_str(), path.c_str()) != 0) return fail("rename failed", errno, false);

    // Make the rename itself durable. Best effort: the file is complete either way.
    const int dir = ::open(parent_dir(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return ok_status();
}

}  // namespace claimgraph::exporter
