#include "claimgraph/export/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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

}  // namespace

Status write_file_atomically(const std::string& path, std::string_view content) {
    if (path.empty()) {
        Error e;
        e.message = "cannot write a file with an empty name";
        return e;
    }

    // mkstemp needs a writable, NUL-terminated template; mkostemp is mkstemp with
    // O_CLOEXEC, so a child started meanwhile does not inherit the descriptor.
    const std::string pattern = path + ".tmp.XXXXXX";
    std::vector<char> tmp(pattern.begin(), pattern.end());
    tmp.push_back('\0');
    const int fd = ::mkostemp(tmp.data(), O_CLOEXEC);
    if (fd < 0) return failure(path, "cannot create a temporary file beside it", errno);
    const std::string tmp_path(tmp.data());

    // From here every failure closes and removes the temporary file.
    const auto fail = [&](const char* what, int err, bool is_open) -> Status {
        if (is_open) ::close(fd);
        ::unlink(tmp_path.c_str());
        return failure(path, what, err);
    };

    const char* p = content.data();
    std::size_t left = content.size();
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            return fail("write failed", errno, true);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    if (::fchmod(fd, final_mode(path)) != 0) return fail("cannot set permissions", errno, true);
    if (::fsync(fd) != 0) return fail("fsync failed", errno, true);
    if (::close(fd) != 0) return fail("close failed", errno, false);
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
