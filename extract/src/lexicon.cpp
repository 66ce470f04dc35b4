#include "claimgraph/extract/lexicon.hpp"

#include <algorithm>

#include "tsv.hpp"

namespace claimgraph::extract {

std::string phrase_key(std::string_view phrase) {
    std::string key;
    for (const Token& t : tokenize(phrase, {0, phrase.size()})) {
        if (t.norm == "-") continue;
        if (!key.empty()) key.push_back(' ');
        key += match_key(t.norm);
    }
    return key;
}

void Lexicon::add_alias(const std::string& alias, std::size_t entity) {
    std::string key = phrase_key(alias);
    if (key.empty()) return;
    by_key_[key] = Target{entity, layer_};
    const std::size_t words = std::count(key.begin(), key.end(), ' ') + 1;
    max_words_ = std::max(max_words_, words);
    std::size_t& most = max_words_by_first_[key.substr(0, key.find(' '))];
    most = std::max(most, words);
}

void Lexicon::add(const Entity& e) {
    std::size_t idx;
    auto it = by_name_.find(e.name);
    if (it == by_name_.end()) {
        idx = entities_.size();
        entities_.push_back({e.name, e.type, {}, {}});
        by_name_.emplace(e.name, idx);
    } else {
        idx = it->second;
        entities_[idx].type = e.type;
    }
    Entity& dst = entities_[idx];
    add_alias(e.name, idx);
    for (const auto& a : e.aliases) {
        if (std::find(dst.aliases.begin(), dst.aliases.end(), a) == dst.aliases.end()) dst.aliases.push_back(a);
        add_alias(a, idx);
    }
    for (const auto& i : e.ids)
        if (std::find(dst.ids.begin(), dst.ids.end(), i) == dst.ids.end()) dst.ids.push_back(i);
}

Status Lexicon::add_text(std::string_view text, const std::string& source) {
    bool header_seen = false;
    return detail::for_each_tsv_row(text, source, [&](const std::vector<std::string>& f, std::size_t) -> Status {
        if (!header_seen && !f.empty() && detail::trim(f[0]) == "name") {
            header_seen = true;
            return ok_status();
        }
        header_seen = true;
        if (f.size() < 3 || f.size() > 4)
            return Error{"expected 4 tab-separated columns (name, type, aliases, ids), found " +
                         std::to_string(f.size())};
        Entity e;
        e.name = normalize(detail::trim(f[0]));
        if (e.name.empty()) return Error{"empty name"};
        auto type = parse_entity_type(detail::trim(f[1]));
        if (!type || *type == EntityType::other)
            return Error{"unknown type '" + detail::trim(f[1]) +
                         "' (expected substance, neurotransmitter, hormone, receptor, transporter, enzyme or condition)"};
        e.type = *type;
        auto split_bar = [](const std::string& s) {
            std::vector<std::string> out;
            std::size_t b = 0;
            while (b <= s.size()) {
                std::size_t p = s.find('|', b);
                std::string item = detail::trim(s.substr(b, p == std::string::npos ? std::string::npos : p - b));
                if (!item.empty()) out.push_back(item);
                if (p == std::string::npos) break;
                b = p + 1;
            }
            return out;
        };
        for (auto& a : split_bar(f[2])) e.aliases.push_back(normalize(a));
        if (f.size() == 4) e.ids = split_bar(f[3]);
        add(e);
        return ok_status();
    });
}

Status Lexicon::add_non_entities_text(std::string_view text, const std::string& source) {
    return detail::for_each_tsv_row(text, source, [&](const std::vector<std::string>& f, std::size_t) -> Status {
        if (f.size() != 1) return Error{"expected one phrase a line, found a tab"};
        add_alias(normalize(detail::trim(f[0])), kNotAnEntity);
        return ok_status();
    });
}

Status Lexicon::add_non_entities_file(const std::string& path) {
    auto text = detail::read_whole_file(path);
    if (!text.ok()) return text.error();
    return add_non_entities_text(text.value(), path);
}

Status Lexicon::add_file(const std::string& path) {
    auto text = detail::read_whole_file(path);
    if (!text.ok()) return text.error();
    return add_text(text.value(), path);
}

std::optional<std::size_t> Lexicon::find(std::string_view name_or_alias) const {
    auto it = by_name_.find(normalize(name_or_alias));
    if (it != by_name_.end()) return it->second;
    auto k = by_key_.find(phrase_key(name_or_alias));
    if (k != by_key_.end() && k->second.entity != kNotAnEntity) return k->second.entity;
    return std::nullopt;
}

std::vector<Mention> Lexicon::match(const std::vector<Token>& tokens) const {
    // Hyphens are optional inside an alias, so matching runs over the other tokens.
    std::vector<std::size_t> words;
    std::vector<std::string> keys;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].norm == "-") continue;
        words.push_back(i);
        keys.push_back(match_key(tokens[i].norm));
    }
    // Layer by layer, newest first; within a layer, leftmost-longest over the
    // words no newer layer has claimed.
    std::vector<bool> taken(words.size(), false);
    std::vector<Mention> out;
    for (std::size_t layer = layer_ + 1; layer-- > 0;) {
        std::size_t w = 0;
        while (w < words.size()) {
            if (taken[w]) {
                ++w;
                continue;
            }
            auto first = max_words_by_first_.find(keys[w]);
            if (first == max_words_by_first_.end()) {
                ++w;
                continue;
            }
            std::string key;
            std::size_t best_len = 0, best_entity = 0;
            for (std::size_t len = 1; len <= first->second && w + len <= words.size() && !taken[w + len - 1];
                 ++len) {
                if (len > 1) key.push_back(' ');
                key += keys[w + len - 1];
                auto it = by_key_.find(key);
                if (it != by_key_.end() && it->second.layer == layer) {
                    best_len = len;
                    best_entity = it->second.entity;
                }
            }
            if (best_len == 0) {
                ++w;
                continue;
            }
            for (std::size_t k = w; k < w + best_len; ++k) taken[k] = true;
            if (best_entity != kNotAnEntity) out.push_back({words[w], words[w + best_len - 1] + 1, best_entity});
            w += best_len;
        }
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
    return out;
}

}  // namespace claimgraph::extract
