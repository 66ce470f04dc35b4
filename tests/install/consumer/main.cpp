// A program outside the project that uses the installed libraries through
// find_package(claimgraph): the install/export rules are what is tested.
#include <claimgraph/export/writers.hpp>
#include <claimgraph/extract/extractor.hpp>
#include <claimgraph/graph/claim_graph.hpp>

#include <iostream>

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    auto ex = claimgraph::extract::Extractor::create({argv[1], {}, true});
    if (!ex.ok()) {
        std::cerr << ex.error().message << "\n";
        return 1;
    }
    claimgraph::graph::ClaimGraph g;
    g.add(ex.value().extract("a.txt", "Kratom boosts dopamine levels."));
    std::cout << claimgraph::exporter::to_json(g);
    return g.edges().size() == 1 ? 0 : 1;
}
