#include "claimgraph/extract/wordnet.hpp"

#include <charconv>
#include <fstream>
#include <sstream>

#include "claimgraph/extract/text.hpp"

namespace claimgraph::extract {
Result<WordNet> WordNet::open(const std::string& dir) {
    for (const char* pos : {"noun", "verb", "adj", "adv"}) {
        std::ifstream in(dir + "/index." + pos);
        if (!in) return Error{dir + "/index." + pos + ": cannot open (install Debian's wordnet-base)", dir};
    }
    if (!std::ifstream(dir + "/data.noun")) return Error{dir + "/data.noun: cannot open", dir};
    WordNet wn;
    wn.dir_ = dir;
    return wn;
}

std::optional<std::string> WordNet::index_line(const char* pos, std::string_view lemma) const {
    // index.POS lines: "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...",
    // sorted by lemma; the licence header lines start with a space and sort first.
    std::ifstream in(dir_ + "/index." + pos, std::ios::binary);
    if (!in) return std::nullopt;
    in.seekg(0, std::ios::end);
    std::streamoff lo = 0, hi = in.tellg();
    std::string line;
    while (lo < hi) {
        std::streamoff mid = lo + (hi - lo) / 2;
        in.clear();
        // Finish the line before mid: from mid - 1, so a line starting at mid is kept.
        in.seekg(mid > 0 ? mid - 1 : 0);
        if (mid > 0) std::getline(in, line);
        std::streamoff line_start = in.tellg();
        if (line_start < 0 || !std::getline(in, line)) {
            hi = mid;
            continue;
        }
        std::string_view key(line);
        key = key.substr(0, key.find(' '));
        if (line.empty() || line[0] == ' ' || key < lemma) {
            lo = line_start + static_cast<std::streamoff>(line.size()) + 1;
        } else if (key == lemma) {
            return line;
        } else {
            hi = mid;
        }
    }
    return std::nullopt;
}

std::optional<std::size_t> WordNet::noun_offset(std::string_view word) const {
    std::string w = normalize(word);
    for (const std::string& form : {w, match_key(w)}) {
        auto line = index_line("noun", form);
        if (!line) continue;
        std::istringstream f(*line);
        std::string lemma, pos, skip;
        std::size_t synsets = 0, pointers = 0, offset = 0;
        f >> lemma >> pos >> synsets >> pointers;
        for (std::size_t i = 0; i < pointers + 2; ++i) f >> skip;  // pointer symbols, sense_cnt, tagsense_cnt
        if (synsets > 0 && (f >> offset)) return offset;
    }
    return std::nullopt;
}

bool WordNet::knows(std::string_view word) const {
    std::string w = normalize(word);
    if (noun_offset(w)) return true;
    auto other = [&](const std::string& lemma) {
        return index_line("verb", lemma) || index_line("adj", lemma) || index_line("adv", lemma);
    };
    if (other(w)) return true;
    // Inflected verbs and adjectives: "increases", "boosted", "calming", "higher".
    for (std::string_view suffix : {"s", "es", "ed", "d", "ing", "er", "est", "ly"}) {
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
            std::string stem = w.substr(0, w.size() - suffix.size());
            if (other(stem) || other(stem + "e")) return true;
            if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
                other(stem.substr(0, stem.size() - 1)))
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
