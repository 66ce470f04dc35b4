#include "claimgraph/extract/types.hpp"

#include <array>

namespace claimgraph {
namespace {
constexpr std::array<std::string_view, 8> kEntityTypes = {
    "substance", "neurotransmitter", "hormone", "receptor", "transporter", "enzyme", "condition", "other"};
constexpr std::array<std::string_view, 5> kPredicates = {"increases", "decreases", "modulates", "binds",
                                                          "contains"};
constexpr std::array<std::string_view, 5> kModes = {"", "agonist", "partial agonist", "antagonist",
                                                     "inverse agonist"};
}  // namespace

std::string_view to_string(EntityType t) { return kEntityTypes[static_cast<std::size_t>(t)]; }
std::string_view to_string(Predicate p) { return kPredicates[static_cast<std::size_t>(p)]; }
std::string_view to_string(BindMode m) { return kModes[static_cast<std::size_t>(m)]; }

std::optional<EntityType> parse_entity_type(std::string_view s) {
    for (std::size_t i = 0; i < kEntityTypes.size(); ++i)
        if (kEntityTypes[i] == s) return static_cast<EntityType>(i);
    return std::nullopt;
}
std::optional<Predicate> parse_predicate(std::string_view s) {
    for (std::size_t i = 0; i < kPredicates.size(); ++i)
        if (kPredicates[i] == s) return static_cast<Predicate>(i);
    return std::nullopt;
}
std::optional<BindMode> parse_bind_mode(std::string_view s) {
    for (std::size_t i = 0; i < kModes.size(); ++i)
        if (kModes[i] == s) return static_cast<BindMode>(i);
    if (s == "partial_agonist") return BindMode::partial_agonist;
    if (s == "inverse_agonist") return BindMode::inverse_agonist;
    return std::nullopt;
}

}  // namespace claimgraph
