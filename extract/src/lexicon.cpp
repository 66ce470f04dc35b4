#include "claimgraph/extract/lexicon.hpp"

#include <algorithm>
#include <cstring>

#include "bytes.hpp"
#include "tsv.hpp"

namespace claimgraph::extract {

// --- PhraseTrie ----------------------------------------------------------------

namespace detail {
namespace {


std::uint64_t mix(std::uint64_t a, std::uint64_t b) {
    const unsigned __int128 r = static_cast<unsigned __int128>(a ^ 0xA0761D6478BD642Full) * (b ^ 0xE7037ED1A0B428DBull);
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
}

// A fast hash of a short string (words are a few bytes): fixed-size loads only,
// overlapping at the ends, as wyhash does.
inline __attribute__((always_inline)) std::uint64_t hash_word(std::string_view s) {
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t a = 0, b = 0;
    if (n > 16) {
        std::uint64_t h = n;
        for (std::size_t i = 0; i + 16 < n; i += 16) h = mix(load64(p + i) ^ h, load64(p + i + 8));
        a = load64(p + n - 16) ^ h;  // the last 16 bytes, overlapping what the loop took
        b = load64(p + n - 8);
    } else if (n >= 8) {
        a = load64(p);
        b = load64(p + n - 8);
    } else if (n >= 4) {
        a = load32(p);
        b = load32(p + n - 4);
    } else if (n > 0) {
        a = (static_cast<std::uint64_t>(static_cast<unsigned char>(p[0])) << 16) |
            (static_cast<std::uint64_t>(static_cast<unsigned char>(p[n >> 1])) << 8) |
            static_cast<unsigned char>(p[n - 1]);
    }
    return mix(a ^ n, b);
}

// a[0, n) == b[0, n), by the same fixed-size overlapping loads as hash_word:
// words are short, and a call to memcmp costs more than the compare.
inline bool same_bytes(const char* a, const char* b, std::size_t n) {
    if (n >= 8) {
        for (std::size_t i = 0; i + 8 < n; i += 8)
            if (load64(a + i) != load64(b + i)) return false;
        return load64(a + n - 8) == load64(b + n - 8);
    }
    if (n >= 4) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
    for (std::size_t i = 0; i < n; ++i)
        if (a[i] != b[i]) return false;
    return true;
}

inline std::uint64_t short_hash(std::uint64_t key) { return mix(key, 0x8EBC6AF09C88C6E3ull); }


std::uint64_t edge_key(std::uint32_t node, std::uint32_t word) {
    return (static_cast<std::uint64_t>(node) << 32) | word;
}

std::size_t edge_slot(std::uint64_t key, std::size_t mask) {
    std::uint64_t h = key * 0x9E3779B97F4A7C15ull;
    return static_cast<std::size_t>(h ^ (h >> 29)) & mask;
}

}  // namespace

std::size_t PhraseTrie::long_filter_bit(std::uint64_t hash) {
    return static_cast<std::size_t>(hash >> (64 - kFilterBits));
}

std::uint32_t PhraseTrie::find_short(std::uint64_t key) const {
    const std::size_t mask = words_.size() - 1;
    for (std::size_t i = static_cast<std::size_t>(short_hash(key)) & mask;; i = (i + 1) & mask) {
        const WordSlot& s = words_[i];
        if (s.key == key) return s.id;
        if (s.id == kNone) return kNone;
    }
}

std::uint32_t PhraseTrie::find_long(std::string_view w) const {
    const std::size_t n = w.size();
    const std::size_t mask = words_.size() - 1;
    const std::uint64_t h = hash_word(w);
    if (!may_have(long_filter_bit(h))) return kNone;
    const std::uint32_t tag = static_cast<std::uint32_t>(h >> 32);
    for (std::size_t i = static_cast<std::size_t>(h) & mask;; i = (i + 1) & mask) {
        const WordSlot& s = words_[i];
        if (s.id == kNone) return kNone;
        if (s.key != kLongKey || s.tag != tag) continue;
        const WordText t = texts_[s.id];
        if (t.length == n && same_bytes(pool_.data() + t.offset, w.data(), n)) return s.id;
    }
}

PhraseTrie::WordSlot PhraseTrie::slot_of(std::string_view w, std::uint32_t id, std::uint64_t* hash) {
    if (w.size() <= kShortWord) {
        const std::uint64_t key = short_key(w.data(), w.size());
        *hash = short_hash(key);
        return WordSlot{key, id, 0};
    }
    *hash = hash_word(w);
    return WordSlot{kLongKey, id, static_cast<std::uint32_t>(*hash >> 32)};
}

std::uint32_t PhraseTrie::add_word(std::string_view w) {
    if (std::uint32_t id = word(w); id != kNone) return id;
    if ((word_count_ + 1) * 2 > words_.size()) {  // at most half full: short probes, a small table
        std::vector<WordSlot> old = std::move(words_);
        words_.assign(std::max<std::size_t>(16, old.size() * 2), WordSlot{});
        const std::size_t mask = words_.size() - 1;
        for (const WordSlot& s : old) {
            if (s.id == kNone) continue;
            const WordText t = texts_[s.id];
            std::uint64_t h = 0;
            slot_of(std::string_view(pool_).substr(t.offset, t.length), s.id, &h);
            std::size_t i = static_cast<std::size_t>(h) & mask;
            while (words_[i].id != kNone) i = (i + 1) & mask;
            words_[i] = s;
        }
    }
    std::uint64_t h = 0;
    const WordSlot slot = slot_of(w, word_count_, &h);
    const std::size_t mask = words_.size() - 1;
    std::size_t i = static_cast<std::size_t>(h) & mask;
    while (words_[i].id != kNone) i = (i + 1) & mask;
    words_[i] = slot;
    const std::size_t bit = w.size() <= kShortWord ? short_filter_bit(slot.key) : long_filter_bit(h);
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    texts_.push_back({static_cast<std::uint32_t>(pool_.size()), static_cast<std::uint32_t>(w.size())});
    pool_.append(w);
    first_.push_back(kNone);
    return word_count_++;
}

std::uint32_t PhraseTrie::find_child(std::uint32_t node, std::uint32_t word) const {
    const std::uint64_t key = edge_key(node, word);
    const std::size_t mask = edges_.size() - 1;
    for (std::size_t i = edge_slot(key, mask);; i = (i + 1) & mask) {
        const EdgeSlot& s = edges_[i];
        if (s.key == key) return s.child;
        if (s.child == kNone) return kNone;
    }
}

std::uint32_t PhraseTrie::add_child(std::uint32_t node, std::uint32_t word) {
    if (std::uint32_t c = child(node, word); c != kNone) return c;
    if (node == kRoot) {
        first_[word] = nodes_;
        return nodes_++;
    }
    if ((edge_count_ + 1) * 2 > edges_.size()) {
        std::vector<EdgeSlot> old = std::move(edges_);
        edges_.assign(std::max<std::size_t>(16, old.size() * 2), EdgeSlot{});
        const std::size_t mask = edges_.size() - 1;
        for (const EdgeSlot& s : old) {
            if (s.child == kNone) continue;
            std::size_t i = edge_slot(s.key, mask);
            while (edges_[i].child != kNone) i = (i + 1) & mask;
            edges_[i] = s;
        }
    }
    const std::uint64_t key = edge_key(node, word);
    const std::size_t mask = edges_.size() - 1;
    std::size_t i = edge_slot(key, mask);
    while (edges_[i].child != kNone) i = (i + 1) & mask;
    edges_[i] = EdgeSlot{key, nodes_};
    ++edge_count_;
    if (has_children_.size() <= node) has_children_.resize(node + 1, 0);
    has_children_[node] = 1;
    return nodes_++;
}

std::uint32_t PhraseTrie::add(const std::vector<std::string>& words) {
    std::uint32_t node = kRoot;
    for (const std::string& w : words) node = add_child(node, add_word(w));
    return node;
}

std::string_view match_key_view_plural(std::string_view s, std::string& scratch) {
    if (s.size() <= 3 || s.back() != 's') return s;  // every rule below needs a final 's'
    if (s.size() > 4 && s.ends_with("ies")) {
        scratch.assign(s.substr(0, s.size() - 3));
        scratch.push_back('y');
        return scratch;
    }
    if (s.size() > 4 && s.ends_with("sses")) return s.substr(0, s.size() - 2);
    if (s.size() > 3 && s.ends_with('s') && !s.ends_with("ss") && !s.ends_with("us") && !s.ends_with("is"))
        return s.substr(0, s.size() - 1);
    return s;
}

}  // namespace detail

// --- Lexicon -------------------------------------------------------------------

std::string phrase_key(std::string_view phrase) {
    std::string key;
    for (const Token& t : tokenize(phrase, {0, phrase.size()})) {
        if (t.norm == "-") continue;
        if (!key.empty()) key.push_back(' ');
        key += match_key(t.norm);
    }
    return key;
}

void Lexicon::add_alias(std::string_view alias, std::size_t entity, AliasScratch& scratch) {
    std::string& key = scratch.key;
    key.clear();
    tokenize_into(alias, {0, alias.size()}, scratch.tokens);
    for (const Token& t : scratch.tokens) {
        if (t.norm == "-") continue;
        if (!key.empty()) key.push_back(' ');
        key += detail::match_key_view(t.norm, scratch.plural);
    }
    if (key.empty()) return;
    // The key's words are its words' match keys, which hold no space: the trie's
    // path is the key split at its spaces, without a vector of strings per alias.
    std::uint32_t node = detail::PhraseTrie::kRoot;
    for (std::size_t b = 0; b <= key.size();) {
        const std::size_t e = std::min(key.find(' ', b), key.size());
        node = trie_.extend(node, std::string_view(key).substr(b, e - b));
        b = e + 1;
    }
    node_targets_.resize(trie_.nodes());
    NodeTarget& nt = node_targets_[node];
    if (nt.set) --targets_in_layer_[nt.target.layer];
    nt = NodeTarget{Target{entity, layer_}, true};
    if (targets_in_layer_.size() <= layer_) targets_in_layer_.resize(layer_ + 1, 0);
    ++targets_in_layer_[layer_];
}

void Lexicon::add(const Entity& e) {
    AliasScratch scratch;
    add(Entity(e), scratch);
}

void Lexicon::add(Entity&& e, AliasScratch& scratch) {
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
    add_alias(e.name, idx, scratch);
    for (auto& a : e.aliases) {
        add_alias(a, idx, scratch);
        if (std::find(dst.aliases.begin(), dst.aliases.end(), a) == dst.aliases.end()) dst.aliases.push_back(std::move(a));
    }
    for (auto& i : e.ids)
        if (std::find(dst.ids.begin(), dst.ids.end(), i) == dst.ids.end()) dst.ids.push_back(std::move(i));
}

namespace {

// detail::trim() as a view: start-up reads thousands of fields.
std::string_view trim_view(std::string_view s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\r')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r')) --e;
    return s.substr(b, e - b);
}

// The '|'-separated items of a field, trimmed, the empty ones left out.
template <class Each>
void for_each_bar_item(std::string_view s, Each&& each) {
    std::size_t b = 0;
    while (b <= s.size()) {
        const std::size_t p = s.find('|', b);
        const std::string_view item = trim_view(s.substr(b, p == std::string_view::npos ? std::string_view::npos : p - b));
        if (!item.empty()) each(item);
        if (p == std::string_view::npos) break;
        b = p + 1;
    }
}

}  // namespace

Status Lexicon::add_text(std::string_view text, const std::string& source) {
    bool header_seen = false;
    AliasScratch scratch;  // one for the file: its rows are thousands of aliases
    return detail::for_each_tsv_row(text, source, [&](const std::vector<std::string>& f, std::size_t) -> Status {
        if (!header_seen && !f.empty() && trim_view(f[0]) == "name") {
            header_seen = true;
            return ok_status();
        }
        header_seen = true;
        if (f.size() < 3 || f.size() > 4)
            return Error{"expected 4 tab-separated columns (name, type, aliases, ids), found " +
                         std::to_string(f.size())};
        Entity e;
        e.name = normalize(trim_view(f[0]));
        if (e.name.empty()) return Error{"empty name"};
        auto type = parse_entity_type(trim_view(f[1]));
        if (!type || *type == EntityType::other)
            return Error{"unknown type '" + detail::trim(f[1]) +
                         "' (expected substance, neurotransmitter, hormone, receptor, transporter, enzyme or condition)"};
        e.type = *type;
        for_each_bar_item(f[2], [&](std::string_view a) { e.aliases.push_back(normalize(a)); });
        if (f.size() == 4) for_each_bar_item(f[3], [&](std::string_view id) { e.ids.emplace_back(id); });
        add(std::move(e), scratch);
        return ok_status();
    });
}

Status Lexicon::add_non_entities_text(std::string_view text, const std::string& source) {
    AliasScratch scratch;
    return detail::for_each_tsv_row(text, source, [&](const std::vector<std::string>& f, std::size_t) -> Status {
        if (f.size() != 1) return Error{"expected one phrase a line, found a tab"};
        add_alias(normalize(trim_view(f[0])), kNotAnEntity, scratch);
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
    // The alias's match key (phrase_key()) walked word by word along the trie, which
    // holds every key add_alias() was given, its last entity at the node it ends at.
    std::uint32_t node = detail::PhraseTrie::kRoot;
    std::string scratch;
    for (const Token& t : tokenize(name_or_alias, {0, name_or_alias.size()})) {
        if (t.norm == "-") continue;
        node = trie_.child(node, trie_.word(detail::match_key_view(t.norm, scratch)));
        if (node == detail::PhraseTrie::kNone) return std::nullopt;
    }
    if (node == detail::PhraseTrie::kRoot) return std::nullopt;  // an empty key: no alias has one
    const NodeTarget& nt = node_targets_[node];
    if (nt.set && nt.target.entity != kNotAnEntity) return nt.target.entity;
    return std::nullopt;
}

std::vector<Mention> Lexicon::match(const std::vector<Token>& tokens) const {
    std::vector<Mention> out;
    match_into(tokens, out);
    return out;
}

void Lexicon::match_into(const std::vector<Token>& tokens, std::vector<Mention>& out) const {
    std::string scratch;
    match_with(tokens, [&](std::size_t, std::string_view norm) { return trie_.word(detail::match_key_view(norm, scratch)); },
               out);
}

void Lexicon::match_into(const std::vector<Token>& tokens, const std::vector<std::uint32_t>& words,
                         std::vector<Mention>& out) const {
    match_with(tokens, [&](std::size_t i, std::string_view) { return words[i]; }, out);
}

template <class WordOf>
void Lexicon::match_with(const std::vector<Token>& tokens, WordOf&& word_of, std::vector<Mention>& out) const {
    out.clear();
    // Hyphens are optional inside an alias, so matching runs over the other tokens.
    struct Word {
        std::size_t token;
        std::uint32_t word;   ///< trie word id of its match key, or kNone
        std::uint32_t first;  ///< the trie node of an alias starting with it, or kNone
    };
    constexpr std::uint32_t kNone = detail::PhraseTrie::kNone;
    // A sentence's words fit on the stack (the splitter bounds sentences); longer
    // token lists, which callers may pass, go to the heap.
    constexpr std::size_t kStackWords = 192;
    Word stack_words[kStackWords];
    char stack_taken[kStackWords];
    std::uint32_t stack_starts[kStackWords];
    std::vector<Word> heap_words;
    std::vector<char> heap_taken;
    std::vector<std::uint32_t> heap_starts;
    Word* words = stack_words;
    char* taken = stack_taken;
    std::uint32_t* starts = stack_starts;
    if (tokens.size() > kStackWords) {
        heap_words.resize(tokens.size());
        heap_taken.resize(tokens.size());
        heap_starts.resize(tokens.size());
        words = heap_words.data();
        taken = heap_taken.data();
        starts = heap_starts.data();
    }
    // The words, and where among them an alias may start (most words start none):
    // the search below visits only those.
    std::size_t n = 0, n_starts = 0;
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::string_view norm = tokens[i].norm;
        if (norm.size() == 1 && norm[0] == '-') continue;
        const std::uint32_t id = word_of(i, norm);
        const std::uint32_t first = trie_.first(id);
        if (first != kNone) starts[n_starts++] = static_cast<std::uint32_t>(n);
        words[n++] = Word{i, id, first};
    }
    if (n_starts == 0) return;
    // Layer by layer, newest first; within a layer, leftmost-longest over the
    // words no newer layer has claimed.
    std::fill(taken, taken + n, 0);
    for (std::size_t layer = layer_ + 1; layer-- > 0;) {
        if (layer >= targets_in_layer_.size() || targets_in_layer_[layer] == 0) continue;  // no alias to find
        std::size_t w = 0;  // the words before w are decided in this layer
        for (std::size_t s = 0; s < n_starts; ++s) {
            if (starts[s] < w) continue;  // inside this layer's last match
            w = starts[s];
            if (taken[w]) {
                ++w;
                continue;
            }
            std::size_t best_len = 0, best_entity = 0;
            std::uint32_t node = words[w].first;
            for (std::size_t len = 1;; ++len) {
                const NodeTarget& nt = node_targets_[node];
                if (nt.set && nt.target.layer == layer) {
                    best_len = len;
                    best_entity = nt.target.entity;
                }
                if (w + len >= n || taken[w + len]) break;
                node = trie_.child(node, words[w + len].word);
                if (node == kNone) break;
            }
            if (best_len == 0) {
                ++w;
                continue;
            }
            for (std::size_t k = w; k < w + best_len; ++k) taken[k] = 1;
            if (best_entity != kNotAnEntity)
                out.push_back({words[w].token, words[w + best_len - 1].token + 1, best_entity});
            w += best_len;
        }
    }
    std::sort(out.begin(), out.end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

// --- TokenWords ----------------------------------------------------------------

TokenWords::TokenWords(const Lexicon& lexicon, const CueLexicon& cues) {
    auto entry = [&](std::string_view text) -> Ids& {
        const std::uint32_t node = texts_.add(text);
        if (ids_by_node_.size() <= node) ids_by_node_.resize(node + 1);
        return ids_by_node_[node];
    };
    for (std::uint32_t id = 0; id < cues.trie_.words(); ++id) entry(cues.trie_.text(id)).cue = id;
    // The texts whose match key is the word: the word itself, and the plurals that
    // match_key_view_plural takes back to it (w+"s", w+"es" after "ss", "-y" as "-ies").
    // Each is checked by the function itself, so only true ones go in.
    std::string form, scratch;
    for (std::uint32_t id = 0; id < lexicon.trie_.words(); ++id) {
        const std::string_view word = lexicon.trie_.text(id);
        for (int f = 0; f < 4; ++f) {
            form.assign(word);
            if (f == 1) form += "s";
            if (f == 2) form += "es";
            if (f == 3) {
                if (!word.ends_with('y')) continue;
                form.pop_back();
                form += "ies";
            }
            if (lexicon.trie_.word(detail::match_key_view(form, scratch)) == id) entry(form).lexicon = id;
        }
    }
    // Each text is a one-word phrase, so its word id finds its entry without the
    // step from the word to its node.
    ids_by_word_.resize(texts_.words());
    for (std::uint32_t id = 0; id < texts_.words(); ++id) ids_by_word_[id] = ids_by_node_[texts_.first(id)];
}

void TokenWords::ids(const std::vector<Token>& tokens, std::vector<std::uint32_t>& cue_words,
                     std::vector<std::uint32_t>& lexicon_words) const {
    cue_words.resize(tokens.size());
    lexicon_words.resize(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) {
        const std::uint32_t id = texts_.word(tokens[i].norm);
        const Ids found = id == detail::PhraseTrie::kNone ? Ids{} : ids_by_word_[id];
        cue_words[i] = found.cue;
        lexicon_words[i] = found.lexicon;
    }
}

}  // namespace claimgraph::extract
