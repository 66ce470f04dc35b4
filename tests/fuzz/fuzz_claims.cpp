// merge's claims reader on any bytes, a line at a time: a malformed line is
// skipped with a Diagnostic naming file:line, never a crash; what it accepts
// builds a graph whose counts add up, in any order of the lines.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "check.hpp"
#include "claimgraph/graph/claim_graph.hpp"
#include "claimgraph/graph/claims_reader.hpp"

using namespace claimgraph;

namespace {
graph::ClaimGraph graph_of(const std::vector<std::string_view>& lines, std::vector<extract::Diagnostic>& diags) {
    graph::ClaimsReader reader;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const std::size_t before = diags.size();
        reader.add_line(lines[i], "f.jsonl", i + 1, diags);
        for (std::size_t d = before; d < diags.size(); ++d)
            FUZZ_CHECK(diags[d].message.rfind("f.jsonl:" + std::to_string(i + 1) + ":", 0) == 0);
    }
    graph::ClaimGraph g;
    for (const DocumentExtraction& doc : reader.documents()) g.add(doc);
    return g;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    std::vector<std::string_view> lines;
    for (std::size_t b = 0; b <= bytes.size();) {
        const std::size_t nl = bytes.find('\n', b);
        lines.push_back(bytes.substr(b, nl == std::string_view::npos ? std::string_view::npos : nl - b));
        if (nl == std::string_view::npos) break;
        b = nl + 1;
    }

    std::vector<extract::Diagnostic> diags;
    const graph::ClaimGraph g = graph_of(lines, diags);
    std::size_t support = 0;
    for (const graph::ClaimEdge* e : g.edges()) {
        FUZZ_CHECK(e->support >= e->evidence.size());
        FUZZ_CHECK(e->hedged <= e->support && e->negated <= e->support);
        FUZZ_CHECK(std::is_sorted(e->evidence.begin(), e->evidence.end(), graph::evidence_less));
        support += e->support;
    }

    // merge reads shards in any order: the same lines reversed make the same graph.
    std::vector<std::string_view> reversed(lines.rbegin(), lines.rend());
    std::vector<extract::Diagnostic> rdiags;
    const graph::ClaimGraph r = graph_of(reversed, rdiags);
    FUZZ_CHECK(r.documents() == g.documents());
    FUZZ_CHECK(r.edges().size() == g.edges().size());
    std::size_t rsupport = 0;
    for (const graph::ClaimEdge* e : r.edges()) rsupport += e->support;
    FUZZ_CHECK(rsupport == support);
    FUZZ_CHECK(rdiags.size() == diags.size());
    return 0;
}
