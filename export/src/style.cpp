#include "style.hpp"

#include <algorithm>
#include <cmath>

namespace claimgraph::exporter::style {

BindMode prevailing_mode(const graph::ClaimEdge& e) {
    BindMode best = BindMode::none;
    std::size_t best_count = 0;
    for (const auto& [mode, count] : e.modes)
        if (mode != BindMode::none && count > best_count) {
            best = mode;
            best_count = count;
        }
    return best;
}

const Claim* best_evidence(const graph::ClaimEdge& e) {
    for (const Claim& c : e.evidence)
        if (!c.hedged && !c.negated) return &c;
    return e.evidence.empty() ? nullptr : &e.evidence.front();
}

EdgeLook look(const graph::ClaimEdge& e) {
    EdgeLook l;
    // "Most" means more than half, so a tie shows the claim as asserted.
    l.mostly_negated = e.negated * 2 > e.support;
    l.mostly_hedged = e.hedged * 2 > e.support;
    l.line = l.mostly_negated ? "dotted" : l.mostly_hedged ? "dashed" : "solid";
    if (l.mostly_negated) l.label = "not";
    if (e.predicate == Predicate::binds) {
        l.mode = prevailing_mode(e);
        if (l.mode != BindMode::none) l.label.append(l.label.empty() ? "" : " ").append(to_string(l.mode));
    }
    if (e.support > 1) l.label.append(l.label.empty() ? "" : " ").append("\xC3\x97").append(std::to_string(e.support));
    // 1 for a single claim, one step thicker per doubling of the evidence.
    l.width = std::min(kMaxWidth, 1.0 + std::log2(static_cast<double>(std::max<std::size_t>(e.support, 1))));
    return l;
}

std::string count_of(std::size_t n, std::string_view one, std::string_view many) {
    std::string out = std::to_string(n) + " ";
    if (n == 1)
        out.append(one);
    else if (many.empty())
        out.append(one).append("s");
    else
        out.append(many);
    return out;
}

}  // namespace claimgraph::exporter::style
