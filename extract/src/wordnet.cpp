#include "claimgraph/extract/wordnet.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

#include "claimgraph/extract/text.hpp"

namespace claimgraph::extract {
namespace {

// index.POS lines: "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...";
// lines starting with a space are the licence header.
template <typename OnLine>
bool read_index(const std::string& path, OnLine on_line) {
    std::ifstream in(path);
    if (!in) return false;
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == ' ') continue;
        on_line(line);
    }
    return true;
}

}  // namespace

Result<WordNet> WordNet::open(const std::string& dir) {
    WordNet wn;
    wn.dir_ = dir;
    bool ok = read_index(dir + "/index.noun", [&](const std::string& line) {
        std::istringstream f(line);
        std::string lemma, pos;
        std::size_t synsets = 0, pointers = 0;
        f >> lemma >> pos >> synsets >> pointers;
        std::string skip;
        for (std::size_t i = 0; i < pointers + 2; ++i) f >> skip;  // pointer symbols, sense_cnt, tagsense_cnt
        std::size_t offset = 0;
        if (synsets > 0 && (f >> offset)) wn.noun_first_sense_.emplace(std::move(lemma), offset);
    });
    if (!ok) return Error{dir + "/index.noun: cannot open (install Debian's wordnet-base)", dir + "/index.noun"};
    for (const char* pos : {"verb", "adj", "adv"}) {
        read_index(dir + "/index." + pos, [&](const std::string& line) {
            wn.other_lemmas_.insert(line.substr(0, line.find(' ')));
        });
    }
    return wn;
}

std::optional<std::size_t> WordNet::noun_offset(std::string_view word) const {
    std::string w = normalize(word);
    for (const std::string& form : {w, match_key(w)}) {
        auto it = noun_first_sense_.find(form);
        if (it != noun_first_sense_.end()) return it->second;
    }
    return std::nullopt;
}

bool WordNet::knows(std::string_view word) const {
    std::string w = normalize(word);
    if (noun_offset(w)) return true;
    if (other_lemmas_.count(w)) return true;
    // Inflected verbs and adjectives: "increases", "boosted", "calming", "higher".
    for (std::string_view suffix : {"s", "es", "ed", "d", "ing", "er", "est", "ly"}) {
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
            std::string stem = w.substr(0, w.size() - suffix.size());
            if (other_lemmas_.count(stem) || other_lemmas_.count(stem + "e")) return true;
            if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
                other_lemmas_.count(stem.substr(0, stem.size() - 1)))
                return true;  // "stopped"
        }
    }
    return false;
}

std::vector<std::string> WordNet::noun_hypernyms(std::string_view word) const {
    std::vector<std::string> chain;
    auto offset = noun_offset(word);
    if (!offset) return chain;
    std::ifstream data(dir_ + "/data.noun", std::ios::binary);
    // data.noun lines: "offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] | gloss";
    // w_cnt is hexadecimal; each pointer is "symbol offset pos source/target"; "@" is a hypernym.
    for (std::size_t depth = 0; depth < 20 && data; ++depth) {
        data.seekg(static_cast<std::streamoff>(*offset));
        std::string line;
        if (!std::getline(data, line)) break;
        std::istringstream f(line);
        std::string off, lexfile, type, hex_count;
        f >> off >> lexfile >> type >> hex_count;
        std::size_t words = 0;
        std::from_chars(hex_count.data(), hex_count.data() + hex_count.size(), words, 16);
        std::string first, lex_id;
        for (std::size_t i = 0; i < words; ++i) {
            std::string w;
            f >> w >> lex_id;
            if (i == 0) first = w;
        }
        chain.push_back(first);
        std::size_t pointers = 0;
        f >> pointers;
        std::optional<std::size_t> next;
        for (std::size_t i = 0; i < pointers; ++i) {
            std::string symbol, target, pos, src;
            f >> symbol >> target >> pos >> src;
            std::size_t target_offset = 0;
            if (!next && (symbol == "@" || symbol == "@i") &&
                std::from_chars(target.data(), target.data() + target.size(), target_offset).ec == std::errc())
                next = target_offset;
        }
        if (!next) break;
        offset = next;
    }
    return chain;
}

}  // namespace claimgraph::extract
