// Writes the format-test graphs in every format, for the consumer tests in
// tests/browser/ (see tests/formats.cmake):
//   claimgraph_formats_fixture DIR
// DIR/awkward.{json,dot,svg,png,graphml,cyjs,mmd,html} and DIR/awkward-csv/,
// DIR/large.{json,dot,svg,png,cyjs,html} (300 entities: the sfdp layout).
#include <iostream>
#include <sstream>
#include <string>

#include "claimgraph/export/formats.hpp"
#include "formats_fixture.hpp"

using namespace claimgraph;

namespace {

bool write(const graph::ClaimGraph& g, const std::string& path) {
    std::ostringstream unused;
    const Status s = exporter::write_graph(g, exporter::format_for_path(path), path, unused);
    if (!s.ok()) std::cerr << path << ": " << s.error().message << "\n";
    return s.ok();
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: claimgraph_formats_fixture DIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    bool ok = true;
    const graph::ClaimGraph awkward = test::awkward_graph();
    for (const char* ext : {".json", ".dot", ".svg", ".png", ".graphml", ".cyjs", ".mmd", ".html"})
        ok = write(awkward, dir + "/awkward" + ext) && ok;
    ok = write(awkward, dir + "/awkward-csv/") && ok;
    const graph::ClaimGraph large = test::large_graph(300);
    for (const char* ext : {".json", ".dot", ".svg", ".png", ".cyjs", ".html"})
        ok = write(large, dir + "/large" + ext) && ok;
    return ok ? 0 : 1;
}
