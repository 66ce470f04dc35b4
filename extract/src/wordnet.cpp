#include "claimgraph/extract/wordnet.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <charconv>
#include <fstream>
#include <iterator>
#include <limits>

#include "claimgraph/extract/text.hpp"

namespace claimgraph::extract {
namespace {

// A read-only view of a whole file: mapped when it can be, else read.
class FileView {
public:
    FileView() = default;
    FileView(const FileView&) = delete;
    FileView& operator=(const FileView&) = delete;
    ~FileView() {
        if (map_) ::munmap(map_, size_);
    }

    // False when the file cannot be opened.
    bool open(const std::string& path) {
        const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) return false;
        struct stat st {};
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0) {
            void* p = ::mmap(nullptr, static_cast<std::size_t>(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
            if (p != MAP_FAILED) {
                map_ = p;
                size_ = static_cast<std::size_t>(st.st_size);
                view_ = std::string_view(static_cast<const char*>(p), size_);
                ::close(fd);
                return true;
            }
        }
        ::close(fd);
        std::ifstream in(path, std::ios::binary);
        if (!in) return false;
        copy_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
        view_ = copy_;
        return true;
    }
    std::string_view view() const { return view_; }

private:
    void* map_ = nullptr;
    std::size_t size_ = 0;
    std::string copy_;
    std::string_view view_;
};

// The whitespace-separated fields of one line, read as `std::istream >>`
// reads them, failure included: once a read fails, every later read fails.
class Fields {
public:
    explicit Fields(std::string_view line) : s_(line) {}

    // As `>> std::string`: `out` is left as it was when the read fails.
    Fields& operator>>(std::string_view& out) {
        if (!skip_space()) return *this;
        std::size_t b = p_;
        while (p_ < s_.size() && !is_space(s_[p_])) ++p_;
        out = s_.substr(b, p_ - b);
        return *this;
    }
    // As `>> std::size_t`: digits after an optional sign, up to the first other character.
    Fields& operator>>(std::size_t& out) {
        if (!skip_space()) return *this;
        bool negative = false;
        if (s_[p_] == '+' || s_[p_] == '-') negative = s_[p_++] == '-';
        std::size_t v = 0, digits = 0;
        bool overflow = false;
        for (; p_ < s_.size() && s_[p_] >= '0' && s_[p_] <= '9'; ++p_, ++digits) {
            const std::size_t d = static_cast<std::size_t>(s_[p_] - '0');
            if (v > (std::numeric_limits<std::size_t>::max() - d) / 10) overflow = true;
            v = v * 10 + d;
        }
        if (digits == 0) {
            out = 0;
            failed_ = true;
        } else if (overflow) {
            out = std::numeric_limits<std::size_t>::max();
            failed_ = true;
        } else {
            out = negative ? static_cast<std::size_t>(0) - v : v;
        }
        return *this;
    }
    explicit operator bool() const { return !failed_; }

private:
    static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }
    // Skips whitespace; false (and failed from then on) when nothing is left.
    bool skip_space() {
        if (failed_) return false;
        while (p_ < s_.size() && is_space(s_[p_])) ++p_;
        if (p_ == s_.size()) failed_ = true;
        return !failed_;
    }
    std::string_view s_;
    std::size_t p_ = 0;
    bool failed_ = false;
};

// The line of `file` that starts at `start` (without its '\n'), or nullopt when start is at or past the end.
std::optional<std::string_view> line_at(std::string_view file, std::size_t start) {
    if (start >= file.size()) return std::nullopt;
    const std::size_t nl = file.find('\n', start);
    return file.substr(start, nl == std::string_view::npos ? std::string_view::npos : nl - start);
}

}  // namespace

struct WordNet::Files {
    FileView noun, verb, adj, adv, data_noun;
};

Result<WordNet> WordNet::open(const std::string& dir) {
    auto files = std::make_shared<Files>();
    for (auto [pos, file] : {std::pair<const char*, FileView*>{"noun", &files->noun},
                             {"verb", &files->verb},
                             {"adj", &files->adj},
                             {"adv", &files->adv}}) {
        if (!file->open(dir + "/index." + pos))
            return Error{dir + "/index." + pos + ": cannot open (install Debian's wordnet-base)", dir};
    }
    if (!files->data_noun.open(dir + "/data.noun")) return Error{dir + "/data.noun: cannot open", dir};
    WordNet wn;
    wn.files_ = std::move(files);
    return wn;
}

std::optional<std::string_view> WordNet::index_line(std::string_view index, std::string_view lemma) const {
    // index.POS lines: "lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...",
    // sorted by lemma; the licence header lines start with a space and sort first.
    std::size_t lo = 0, hi = index.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        // Finish the line before mid: from mid - 1, so a line starting at mid is kept.
        std::size_t line_start = 0;
        if (mid > 0) {
            const std::size_t nl = index.find('\n', mid - 1);
            if (nl == std::string_view::npos) {  // the last line, unterminated: no line starts after mid
                hi = mid;
                continue;
            }
            line_start = nl + 1;
        }
        const auto line = line_at(index, line_start);
        if (!line) {
            hi = mid;
            continue;
        }
        const std::string_view key = line->substr(0, line->find(' '));
        if (line->empty() || (*line)[0] == ' ' || key < lemma) {
            lo = line_start + line->size() + 1;
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
        auto line = index_line(files_->noun.view(), form);
        if (!line) continue;
        Fields f(*line);
        std::string_view lemma, pos, skip;
        std::size_t synsets = 0, pointers = 0, offset = 0;
        f >> lemma >> pos >> synsets >> pointers;
        for (std::size_t i = 0; i < pointers + 2 && f; ++i) f >> skip;  // pointer symbols, sense_cnt, tagsense_cnt
        if (synsets > 0 && (f >> offset)) return offset;
    }
    return std::nullopt;
}

bool WordNet::knows(std::string_view word) const {
    std::string w = normalize(word);
    if (noun_offset(w)) return true;
    auto other = [&](std::string_view lemma) {
        return index_line(files_->verb.view(), lemma) || index_line(files_->adj.view(), lemma) ||
               index_line(files_->adv.view(), lemma);
    };
    if (other(w)) return true;
    // Inflected verbs and adjectives: "increases", "boosted", "calming", "higher".
    for (std::string_view suffix : {"s", "es", "ed", "d", "ing", "er", "est", "ly"}) {
        if (w.size() > suffix.size() + 2 && w.ends_with(suffix)) {
            std::string stem = w.substr(0, w.size() - suffix.size());
            if (other(stem) || other(stem + "e")) return true;
            if (stem.size() > 2 && stem[stem.size() - 1] == stem[stem.size() - 2] &&
                other(std::string_view(stem).substr(0, stem.size() - 1)))
                return true;  // "stopped"
        }
    }
    // Adjectives WordNet lists only without their combining form: "psychosocial",
    // "neuroprotective". A drug's name is seldom a prefix and an English
    // adjective (English morphology, not data: the few combining forms of medical prose).
    for (std::string_view prefix : {"psycho", "neuro", "bio", "socio", "cardio", "immuno", "hyper", "hypo", "anti", "non",
                                    "pre", "post", "multi", "inter", "intra", "over", "under"}) {
        if (w.size() < prefix.size() + 5 || !w.starts_with(prefix)) continue;
        std::string_view rest = std::string_view(w).substr(prefix.size());
        if (!rest.empty() && rest[0] == '-') rest.remove_prefix(1);
        if (index_line(files_->adj.view(), rest)) return true;
    }
    return false;
}

bool WordNet::only_noun(std::string_view word) const {
    const std::string w = normalize(word);
    if (!noun_offset(w)) return false;
    for (const std::string& form : {w, match_key(w)})
        if (index_line(files_->verb.view(), form) || index_line(files_->adj.view(), form) ||
            index_line(files_->adv.view(), form))
            return false;
    return true;
}

std::vector<std::string> WordNet::noun_hypernyms(std::string_view word) const {
    std::vector<std::string> chain;
    auto offset = noun_offset(word);
    if (!offset) return chain;
    const std::string_view data = files_->data_noun.view();
    // data.noun lines: "offset lex_filenum ss_type w_cnt word lex_id [word lex_id...] p_cnt [ptr...] | gloss";
    // w_cnt is hexadecimal; each pointer is "symbol offset pos source/target"; "@" is a hypernym.
    for (std::size_t depth = 0; depth < 20; ++depth) {
        const auto line = line_at(data, *offset);
        if (!line) break;
        Fields f(*line);
        std::string_view off, lexfile, type, hex_count;
        f >> off >> lexfile >> type >> hex_count;
        std::size_t words = 0;
        std::from_chars(hex_count.data(), hex_count.data() + hex_count.size(), words, 16);
        std::string_view first, lex_id;
        for (std::size_t i = 0; i < words && f; ++i) {
            std::string_view w;
            f >> w >> lex_id;
            if (i == 0) first = w;
        }
        chain.emplace_back(first);
        std::size_t pointers = 0;
        f >> pointers;
        std::optional<std::size_t> next;
        for (std::size_t i = 0; i < pointers && f && !next; ++i) {
            std::string_view symbol, target, pos, src;
            f >> symbol >> target >> pos >> src;
            std::size_t target_offset = 0;
            if ((symbol == "@" || symbol == "@i") &&
                std::from_chars(target.data(), target.data() + target.size(), target_offset).ec == std::errc())
                next = target_offset;
        }
        if (!next) break;
        offset = next;
    }
    return chain;
}

}  // namespace claimgraph::extract
