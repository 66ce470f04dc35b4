// The JSONL reader on any bytes: each line through parse_jsonl_line, and the
// whole input as a .jsonl file through DocumentSource (with a small size limit,
// so that over-long lines are met too). Documents come out as valid UTF-8;
// every skipped line is named by file:line.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <fstream>
#include <string>
#include <string_view>

#include "check.hpp"
#include "claimgraph/extract/documents.hpp"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::vector<extract::Diagnostic> diags;

    std::size_t line_no = 0, b = 0;
    while (b <= bytes.size()) {
        const std::size_t nl = bytes.find('\n', b);
        const std::string_view line = bytes.substr(b, nl == std::string_view::npos ? std::string_view::npos : nl - b);
        ++line_no;
        const std::size_t before = diags.size();
        if (auto doc = extract::parse_jsonl_line(line, "f.jsonl", line_no, b, "f.jsonl:1", diags)) {
            FUZZ_CHECK(extract::is_valid_utf8(doc->text));
            FUZZ_CHECK(doc->source_map.identity());
        }
        for (std::size_t i = before; i < diags.size(); ++i)
            FUZZ_CHECK(diags[i].message.rfind("f.jsonl:" + std::to_string(line_no) + ": ", 0) == 0);
        if (nl == std::string_view::npos) break;
        b = nl + 1;
    }

    // The file reader: the harness's scratch file, one per process.
    static const std::string path = "/tmp/claimgraph-fuzz-jsonl-" + std::to_string(::getpid()) + ".jsonl";
    std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(size));
    extract::DocumentSource src({path}, nullptr, 64);
    std::vector<extract::Diagnostic> file_diags;
    while (auto doc = src.next(file_diags)) {
        FUZZ_CHECK(extract::is_valid_utf8(doc->text));
        FUZZ_CHECK(doc->text.size() <= 64 * 3);
    }
    for (const auto& d : file_diags) FUZZ_CHECK(d.message.rfind(path, 0) == 0);
    ::unlink(path.c_str());
    return 0;
}
