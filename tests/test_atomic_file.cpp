#include <catch2/catch.hpp>

#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "claimgraph/export/atomic_file.hpp"

namespace fs = std::filesystem;
using claimgraph::exporter::write_file_atomically;

namespace {

// A fresh directory under the system temp dir, removed again at scope exit.
class TempDir {
public:
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "claimgraph-atomic-XXXXXX").string();
        std::vector<char> buf(pattern.begin(), pattern.end());
        buf.push_back('\0');
        REQUIRE(::mkdtemp(buf.data()) != nullptr);
        path_ = buf.data();
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path_, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const fs::path& path() const { return path_; }

private:
    fs::path path_;
};

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::size_t entries(const fs::path& dir) {
    std::size_t n = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
    return n;
}

}  // namespace

TEST_CASE("write_file_atomically writes the content and leaves no temporary file", "[atomic]") {
    TempDir dir;
    const fs::path out = dir.path() / "graph.json";
    const std::string content = std::string("{\"a\": 1}\n") + std::string(100000, 'x') + std::string(1, '\0') + "end";

    const auto st = write_file_atomically(out.string(), content);
    REQUIRE(st.ok());
    CHECK(read_all(out) == content);
    CHECK(entries(dir.path()) == 1);

    // Output files get ordinary permissions, not mkstemp's 0600.
    const auto perms = fs::status(out).permissions();
    CHECK((perms & fs::perms::owner_read) != fs::perms::none);
    CHECK((perms & fs::perms::owner_write) != fs::perms::none);
}

TEST_CASE("write_file_atomically replaces an existing file and writes empty content", "[atomic]") {
    TempDir dir;
    const fs::path out = dir.path() / "out.dot";
    {
        std::ofstream old(out);
        old << "old content that is longer than the new one";
    }
    REQUIRE(write_file_atomically(out.string(), "new").ok());
    CHECK(read_all(out) == "new");
    REQUIRE(write_file_atomically(out.string(), "").ok());
    CHECK(read_all(out).empty());
    CHECK(entries(dir.path()) == 1);
}

TEST_CASE("write_file_atomically into a missing folder fails, naming the path", "[atomic]") {
    TempDir dir;
    const fs::path out = dir.path() / "no-such-folder" / "graph.json";
    const auto st = write_file_atomically(out.string(), "content");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find(out.string()) != std::string::npos);
    CHECK(st.error().message.find("No such file or directory") != std::string::npos);
    CHECK(st.error().file == out.string());
    CHECK_FALSE(fs::exists(out));
    CHECK(entries(dir.path()) == 0);
}

TEST_CASE("write_file_atomically over a directory fails and removes its temporary file", "[atomic]") {
    TempDir dir;
    const fs::path out = dir.path() / "taken";
    fs::create_directory(out);
    const auto st = write_file_atomically(out.string(), "content");
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().message.find(out.string()) != std::string::npos);
    CHECK(fs::is_directory(out));
    CHECK(entries(dir.path()) == 1);  // only the directory itself: the temp file is gone
}

TEST_CASE("write_file_atomically with an empty path fails", "[atomic]") {
    CHECK_FALSE(write_file_atomically("", "x").ok());
}

// --- Faults and interruptions ----------------------------------------------------

#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <thread>

namespace {

bool has_temporary_file(const fs::path& dir) {
    for (const auto& e : fs::directory_iterator(dir))
        if (e.path().filename().string().find(".tmp.") != std::string::npos) return true;
    return false;
}

// Runs `child` in a forked process and returns its exit status (or 128 + the signal that ended it).
template <typename F>
int in_child(F child) {
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) ::_exit(child());
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

TEST_CASE("write_file_atomically: a full disk (a file size limit) fails and leaves nothing", "[atomic][hostile]") {
    TempDir dir;
    const fs::path out = dir.path() / "graph.json";
    // RLIMIT_FSIZE makes write() fail with EFBIG part way, like ENOSPC on a full
    // disk; in a child, so the limit and the ignored SIGXFSZ stay there.
    const int rc = in_child([&] {
        ::signal(SIGXFSZ, SIG_IGN);
        struct rlimit lim {65536, 65536};
        if (::setrlimit(RLIMIT_FSIZE, &lim) != 0) return 10;
        const auto st = write_file_atomically(out.string(), std::string(1 << 20, 'x'));
        if (st.ok()) return 11;
        if (st.error().message.find(out.string()) == std::string::npos) return 12;
        if (st.error().message.find("write failed") == std::string::npos) return 13;
        return 0;
    });
    CHECK(rc == 0);
    CHECK_FALSE(fs::exists(out));
    CHECK(entries(dir.path()) == 0);
}

TEST_CASE("write_file_atomically: a symbolic link stays a link, its target is replaced", "[atomic][hostile]") {
    TempDir dir;
    const fs::path target = dir.path() / "real.json";
    const fs::path link = dir.path() / "link.json";
    std::ofstream(target) << "old";
    fs::create_symlink(target, link);
    REQUIRE(write_file_atomically(link.string(), "new").ok());
    CHECK(fs::is_symlink(link));
    CHECK(read_all(target) == "new");
    CHECK(entries(dir.path()) == 2);
}

TEST_CASE("write_file_atomically: a FIFO destination is written through, not replaced", "[atomic][hostile]") {
    TempDir dir;
    const fs::path fifo = dir.path() / "pipe";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    std::string got;
    std::thread reader([&] {
        std::ifstream in(fifo, std::ios::binary);
        got.assign(std::istreambuf_iterator<char>(in), {});
    });
    const auto st = write_file_atomically(fifo.string(), "through the pipe");
    reader.join();
    REQUIRE(st.ok());
    CHECK(got == "through the pipe");
    CHECK(fs::is_fifo(fifo));
    CHECK(entries(dir.path()) == 1);
}

TEST_CASE("write_file_atomically: SIGTERM during the write removes the temporary file", "[atomic][hostile][signal]") {
    // The child writes a large file; the parent sends SIGTERM as soon as the
    // temporary file appears. The write must stop, remove it, report the
    // interruption, and the signal must still reach the child's handler.
    TempDir dir;
    const fs::path out = dir.path() / "graph.json";
    const std::string content(std::size_t{128} << 20, 'x');
    bool interrupted_seen = false;
    for (int attempt = 0; attempt < 5 && !interrupted_seen; ++attempt) {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            static volatile sig_atomic_t got = 0;  // test child only
            struct sigaction sa {};
            sa.sa_handler = [](int) { got = 1; };
            ::sigaction(SIGTERM, &sa, nullptr);
            const auto st = write_file_atomically(out.string(), content);
            if (st.ok()) ::_exit(got ? 21 : 20);  // finished before the signal came: inconclusive
            if (st.error().message.find("interrupted by SIGTERM") == std::string::npos) ::_exit(22);
            if (!got) ::_exit(23);  // delivered once the mask is restored
            ::_exit(0);
        }
        while (!has_temporary_file(dir.path())) {
            int status = 0;
            if (::waitpid(pid, &status, WNOHANG) == pid) FAIL("the child ended before writing: " << status);
            std::this_thread::sleep_for(std::chrono::microseconds(100));
        }
        ::kill(pid, SIGTERM);
        int status = 0;
        ::waitpid(pid, &status, 0);
        REQUIRE(WIFEXITED(status));
        const int rc = WEXITSTATUS(status);
        CHECK((rc == 0 || rc == 20 || rc == 21));
        interrupted_seen = rc == 0;
        CHECK_FALSE(has_temporary_file(dir.path()));
        if (rc == 0) CHECK_FALSE(fs::exists(out));
        if (rc != 0) CHECK(fs::file_size(out) == content.size());
        fs::remove(out);
    }
    CHECK(interrupted_seen);
}

TEST_CASE("write_file_atomically: SIGINT with the default action ends the process, nothing left",
          "[atomic][hostile][signal]") {
    TempDir dir;
    const fs::path out = dir.path() / "graph.json";
    const std::string content(std::size_t{128} << 20, 'x');
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::signal(SIGINT, SIG_DFL);
        (void)write_file_atomically(out.string(), content);
        ::_exit(0);
    }
    while (!has_temporary_file(dir.path())) {
        int status = 0;
        if (::waitpid(pid, &status, WNOHANG) == pid) FAIL("the child ended before writing: " << status);
        std::this_thread::sleep_for(std::chrono::microseconds(100));
    }
    ::kill(pid, SIGINT);
    int status = 0;
    ::waitpid(pid, &status, 0);
    // Killed by the signal (or, rarely, finished first): either way no partial file.
    CHECK(((WIFSIGNALED(status) && WTERMSIG(status) == SIGINT) || (WIFEXITED(status) && WEXITSTATUS(status) == 0)));
    CHECK_FALSE(has_temporary_file(dir.path()));
    if (fs::exists(out)) CHECK(fs::file_size(out) == content.size());
}

TEST_CASE("write_file_atomically: the caller's signal mask is left as it was", "[atomic]") {
    TempDir dir;
    sigset_t before, after;
    ::pthread_sigmask(SIG_SETMASK, nullptr, &before);
    REQUIRE(write_file_atomically((dir.path() / "a").string(), "x").ok());
    REQUIRE_FALSE(write_file_atomically((dir.path() / "no/such/b").string(), "x").ok());
    ::pthread_sigmask(SIG_SETMASK, nullptr, &after);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) CHECK(sigismember(&before, s) == sigismember(&after, s));
}
