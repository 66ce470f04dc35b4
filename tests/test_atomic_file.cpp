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
