// Core value types shared by every stage: what a claim is (spec/claims.md),
// the entity types and predicates, and a small error-as-value result type.
//
// g++ 12 has no std::expected, so Result<T> is our own minimal stand-in: the
// libraries never throw across their public API, never print and never abort.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace claimgraph {

/// An error that crossed a library boundary: what went wrong, and where.
struct Error {
    Error() = default;
    Error(std::string msg, std::string in_file = {}, std::size_t at_line = 0)
        : message(std::move(msg)), file(std::move(in_file)), line(at_line) {}
    std::string message;   ///< human-readable, names the file (and line) when there is one
    std::string file;      ///< empty when not about a file
    std::size_t line = 0;  ///< 1-based; 0 when unknown
};

/// Either a value or an Error. Deliberately tiny: `ok()`, `value()`, `error()`.
template <typename T>
class Result {
public:
    Result(T value) : v_(std::move(value)) {}
    Result(Error error) : v_(std::move(error)) {}
    bool ok() const { return v_.index() == 0; }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<0>(v_); }
    const T& value() const& { return std::get<0>(v_); }
    T&& value() && { return std::get<0>(std::move(v_)); }
    const Error& error() const { return std::get<1>(v_); }

private:
    std::variant<T, Error> v_;
};

/// Result of an operation that yields nothing but may fail.
struct Unit {};
using Status = Result<Unit>;
inline Status ok_status() { return Status(Unit{}); }

enum class EntityType { substance, neurotransmitter, hormone, receptor, transporter, enzyme, condition, other };
enum class Predicate { increases, decreases, modulates, binds, contains };
enum class BindMode { none, agonist, partial_agonist, antagonist, inverse_agonist };

std::string_view to_string(EntityType t);
std::string_view to_string(Predicate p);
/// "agonist", "partial agonist", "antagonist", "inverse agonist"; empty for none.
std::string_view to_string(BindMode m);
std::optional<EntityType> parse_entity_type(std::string_view s);
std::optional<Predicate> parse_predicate(std::string_view s);
std::optional<BindMode> parse_bind_mode(std::string_view s);  // "" parses as none

/// One claim as stated by one sentence of one document (evidence level).
struct Claim {
    std::string doc;            ///< document name (path relative to the input dir)
    std::size_t start = 0;      ///< byte offset of the sentence in the original document
    std::size_t end = 0;        ///< one past its last byte
    std::string sentence;       ///< doc[start:end]
    std::string subject;        ///< canonical entity name
    EntityType subject_type = EntityType::other;
    Predicate predicate = Predicate::modulates;
    std::string target;         ///< canonical entity name
    EntityType target_type = EntityType::other;
    std::string cue;            ///< the words that carried the predicate, as written
    bool hedged = false;
    bool negated = false;
    BindMode mode = BindMode::none;  ///< binds only
};

/// An entity as it was seen in one document: how often and under which surface forms.
struct EntitySighting {
    std::string name;  ///< canonical
    EntityType type = EntityType::other;
    std::vector<std::string> aliases;  ///< lower-cased surface forms seen, sorted, unique
    std::size_t mentions = 0;
};

/// Everything one document contributes to a graph.
struct DocumentExtraction {
    std::string doc;
    std::size_t sentences = 0;
    std::vector<EntitySighting> entities;  ///< sorted by name
    std::vector<Claim> claims;             ///< in document order
};

}  // namespace claimgraph
