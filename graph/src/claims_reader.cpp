#include "claimgraph/graph/claims_reader.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

namespace claimgraph::graph {
namespace {

using Json = nlohmann::json;

std::string string_field(const Json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

EntityType type_field(const Json& j, const char* key) {
    return parse_entity_type(string_field(j, key)).value_or(EntityType::other);
}

}  // namespace

void ClaimsReader::add_line(std::string_view text, const std::string& file, std::size_t line,
                            std::vector<extract::Diagnostic>& diagnostics) {
    if (text.find_first_not_of(" \t\r") == std::string_view::npos) return;
    const std::string where = file + ":" + std::to_string(line) + ": ";
    auto skip = [&](const std::string& why) { diagnostics.push_back({file, line, where + why + "; line skipped", true}); };
    Json j = Json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_object()) return skip("not a JSON object");

    const std::string doc = string_field(j, "doc");
    if (doc.empty()) return skip("no \"doc\"");
    if (string_field(j, "record") == "document") {
        DocumentExtraction d;
        d.doc = doc;
        if (auto s = j.find("sentences"); s != j.end() && s->is_number_unsigned()) d.sentences = s->get<std::size_t>();
        if (auto es = j.find("entities"); es != j.end() && es->is_array()) {
            for (const Json& e : *es) {
                if (!e.is_object() || string_field(e, "name").empty()) return skip("an entity without a name");
                EntitySighting s{string_field(e, "name"), type_field(e, "type"), {}, 0};
                if (auto a = e.find("aliases"); a != e.end() && a->is_array())
                    for (const Json& alias : *a)
                        if (alias.is_string()) s.aliases.push_back(alias.get<std::string>());
                if (auto m = e.find("mentions"); m != e.end() && m->is_number_unsigned()) s.mentions = m->get<std::size_t>();
                d.entities.push_back(std::move(s));
            }
        }
        const FileDoc key{file, doc};
        if (auto p = pending_.find(key); p != pending_.end()) {
            d.claims = std::move(p->second);
            pending_.erase(p);
        }
        last_record_[key] = docs_.size();
        docs_.push_back(std::move(d));
        return;
    }

    Claim c;
    c.doc = doc;
    c.subject = string_field(j, "subject");
    c.target = string_field(j, "target");
    auto predicate = parse_predicate(string_field(j, "predicate"));
    if (c.subject.empty() || c.target.empty() || !predicate) return skip("a claim needs subject, predicate and target");
    c.predicate = *predicate;
    auto start = j.find("start"), end = j.find("end");
    if (start == j.end() || end == j.end() || !start->is_number_unsigned() || !end->is_number_unsigned())
        return skip("a claim needs numeric start and end");
    c.start = start->get<std::size_t>();
    c.end = end->get<std::size_t>();
    c.sentence = string_field(j, "sentence");
    c.cue = string_field(j, "cue");
    c.subject_type = type_field(j, "subject_type");
    c.target_type = type_field(j, "target_type");
    auto flag = [&](const char* key) {
        auto it = j.find(key);
        return it != j.end() && it->is_boolean() && it->get<bool>();
    };
    c.hedged = flag("hedged");
    c.negated = flag("negated");
    c.mode = parse_bind_mode(string_field(j, "mode")).value_or(BindMode::none);
    pending_[{file, doc}].push_back(std::move(c));
}

void ClaimsReader::add_file(const std::string& path, std::vector<extract::Diagnostic>& diagnostics) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        diagnostics.push_back({path, 0, path + ": cannot read; skipped", true});
        return;
    }
    std::string line;
    for (std::size_t n = 1; std::getline(in, line); ++n) add_line(line, path, n, diagnostics);
    if (in.bad()) diagnostics.push_back({path, 0, path + ": read error; the rest skipped", true});
}

std::vector<DocumentExtraction> ClaimsReader::documents() const {
    std::vector<DocumentExtraction> out = docs_;
    std::map<std::string, DocumentExtraction> without_record;
    for (const auto& [key, claims] : pending_) {
        if (claims.empty()) continue;
        DocumentExtraction* d = nullptr;
        if (auto r = last_record_.find(key); r != last_record_.end()) {
            d = &out[r->second];  // claim lines after their document line
        } else {
            d = &without_record[key.second];
            d->doc = key.second;
        }
        d->claims.insert(d->claims.end(), claims.begin(), claims.end());
    }
    for (auto& [name, d] : without_record) out.push_back(std::move(d));
    return out;
}

}  // namespace claimgraph::graph
