#include "claimgraph/extract/documents.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cerrno>
#include <deque>
#include <filesystem>
#include <iterator>
#include <set>
#include <system_error>
#include <utility>

#include <nlohmann/json.hpp>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "text_builder.hpp"

namespace claimgraph::extract {
namespace fs = std::filesystem;

const std::vector<std::string>& document_extensions() {
    static const std::vector<std::string> kExtensions = {".txt", ".md", ".html", ".htm", ".jsonl"};
    return kExtensions;
}

namespace {

// strerror() is not thread-safe; the generic category gives the same text and is.
std::string describe(int err) { return std::error_code(err, std::generic_category()).message(); }

// fs::path(path).extension(), lower-cased, without building a path (its parse of
// the components cost some 2,000 instructions, three times a file): the last
// component's bytes from its last '.', none for "." and "..", and none when that
// '.' is the component's first byte (".profile").
std::string lower_extension(const std::string& path) {
    const std::size_t slash = path.rfind('/');
    const std::string_view name = std::string_view(path).substr(slash == std::string::npos ? 0 : slash + 1);
    if (name == "." || name == "..") return {};
    const std::size_t dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return {};
    std::string ext(name.substr(dot));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext;
}

bool has_document_extension(const fs::path& p) {
    const auto& exts = document_extensions();
    return std::find(exts.begin(), exts.end(), lower_extension(p.string())) != exts.end();
}
bool is_jsonl(const std::string& path) { return lower_extension(path) == ".jsonl"; }
bool is_html(const std::string& path) {
    const std::string ext = lower_extension(path);
    return ext == ".html" || ext == ".htm";
}

constexpr const char* kNotText = "not text (binary data, or UTF-16)";

std::string mib(std::size_t bytes) {
    return bytes >= (std::size_t{1} << 20) ? std::to_string(bytes >> 20) + " MiB" : std::to_string(bytes) + " bytes";
}

Diagnostic skip(const std::string& file, const std::string& what) {
    return Diagnostic{file, 0, file + ": " + what + "; skipped", true, 1};
}

std::string invalid_utf8_message(std::size_t first, std::size_t count) {
    return "invalid UTF-8 at byte offset " + std::to_string(first) +
           (count > 1 ? " (and " + std::to_string(count - 1) + " more places)" : "") + "; replaced with U+FFFD";
}

// --- Reading bytes ---------------------------------------------------------------

enum class ReadStatus { ok, binary, too_large, failed };

// Reads a whole stream through `read` (a read(2)-like function), but stops
// early when its start looks binary or it grows past `max` bytes. `expect`,
// when not 0, is the size the stream should have (a regular file's): reads
// then ask for no more than that and one byte, since each read first
// zero-fills the room it asks for.
template <typename ReadFn>
ReadStatus read_all(ReadFn read, std::string& out, std::size_t max, int* err, std::size_t expect = 0) {
    constexpr std::size_t kChunk = 1 << 16;
    bool sniffed = false;
    for (;;) {
        const std::size_t old = out.size();
        const std::size_t chunk = expect > 0 && old <= expect ? std::min(kChunk, expect + 1 - old) : kChunk;
        out.resize(old + chunk);
        const long n = read(out.data() + old, chunk);
        if (n < 0) {
            *err = errno;
            out.resize(old);
            return ReadStatus::failed;
        }
        out.resize(old + static_cast<std::size_t>(n));
        const bool at_end = n == 0;
        if (!sniffed && (at_end || out.size() >= kBinarySniffBytes)) {
            sniffed = true;
            if (looks_binary(std::string_view(out).substr(0, kBinarySniffBytes))) return ReadStatus::binary;
        }
        if (out.size() > max) return ReadStatus::too_large;
        if (at_end) return ReadStatus::ok;
    }
}

class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

int open_for_reading(const std::string& path, int* err) {
    int fd;
    do fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        *err = errno;
        return -1;
    }
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        ::close(fd);
        *err = EISDIR;
        return -1;
    }
    return fd;
}

long read_fd(int fd, char* buf, std::size_t n) {
    for (;;) {
        const ssize_t r = ::read(fd, buf, n);
        if (r >= 0 || errno != EINTR) return static_cast<long>(r);
    }
}

// A file's lines, read a buffer at a time, each at most `max` bytes.
class LineReader {
public:
    LineReader(int fd, std::size_t max) : fd_(fd), max_(max) {}

    enum class Got { line, too_long, end, failed };

    /// The next line without its '\n' in `line`, and its byte offset in the file.
    Got next(std::string& line, std::size_t& offset) {
        bool too_long = false;
        std::size_t start = consumed_;
        for (;;) {
            const std::size_t nl = buf_.find('\n', scan_);
            if (nl != std::string::npos) {
                if (!too_long && nl - pos_ > max_) too_long = true;
                if (!too_long) line.assign(buf_, pos_, nl - pos_);
                consumed_ += nl + 1 - pos_;
                pos_ = scan_ = nl + 1;
                offset = start;
                return too_long ? Got::too_long : Got::line;
            }
            scan_ = buf_.size();
            if (buf_.size() - pos_ > max_) {  // too long: forget it, keep looking for its end
                too_long = true;
                consumed_ += buf_.size() - pos_;
                buf_.clear();
                pos_ = scan_ = 0;
            }
            if (eof_) {
                offset = start;
                if (too_long) return Got::too_long;
                if (pos_ == buf_.size()) return failed_ ? Got::failed : Got::end;
                line.assign(buf_, pos_, std::string::npos);
                consumed_ += buf_.size() - pos_;
                pos_ = scan_ = buf_.size();
                return Got::line;
            }
            fill();
        }
    }

    /// Reads until `want` bytes are buffered (or the end): the file's start, to sniff.
    std::string_view peek(std::size_t want) {
        while (buf_.size() - pos_ < want && !eof_) fill();
        return std::string_view(buf_).substr(pos_, want);
    }
    int error() const { return err_; }

private:
    void fill() {
        if (pos_ > 0 && pos_ * 2 >= buf_.size()) {  // drop what was read, so the buffer stays small
            buf_.erase(0, pos_);
            scan_ -= pos_;
            pos_ = 0;
        }
        constexpr std::size_t kChunk = 1 << 16;
        const std::size_t old = buf_.size();
        buf_.resize(old + kChunk);
        const long n = read_fd(fd_, buf_.data() + old, kChunk);
        buf_.resize(old + static_cast<std::size_t>(std::max(n, 0L)));
        if (n <= 0) {
            eof_ = true;
            if (n < 0) {
                failed_ = true;
                err_ = errno;
            }
        }
    }

    int fd_;
    std::size_t max_;
    std::string buf_;
    std::size_t pos_ = 0;       ///< start of the unread part of buf_
    std::size_t scan_ = 0;      ///< where to look for the next '\n' (before it: none)
    std::size_t consumed_ = 0;  ///< file offset of buf_[pos_]
    bool eof_ = false;
    bool failed_ = false;
    int err_ = 0;
};

// --- JSONL records -------------------------------------------------------------

// Takes a record's top-level "text" and "id" from the SAX events of one line
// without building the rest: nested values are only counted, so neither a
// deep nesting nor a huge unrelated field costs memory.
class RecordSax : public nlohmann::json_sax<nlohmann::json> {
public:
    bool object = false;              ///< the line is an object
    std::optional<std::string> text;  ///< its "text", when a string (the last one wins, as in a parsed object)
    std::optional<std::string> id;    ///< its "id" as written, when a scalar

    bool null() override { return scalar("null"); }
    bool boolean(bool v) override { return scalar(v ? "true" : "false"); }
    bool number_integer(number_integer_t v) override { return scalar(std::to_string(v)); }
    bool number_unsigned(number_unsigned_t v) override { return scalar(std::to_string(v)); }
    bool number_float(number_float_t, const string_t& s) override { return scalar(s); }
    bool string(string_t& s) override {
        if (at_field()) {
            if (key_ == "text") text = std::move(s);
            if (key_ == "id") id = std::move(s);
        }
        return true;
    }
    bool binary(binary_t&) override { return scalar(""); }
    bool start_object(std::size_t) override { return open(true); }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool key(string_t& k) override {
        if (depth_ == 1) key_ = std::move(k);
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

private:
    bool at_field() const { return depth_ == 1 && object; }
    bool scalar(std::string v) {
        if (at_field()) {
            if (key_ == "text") text.reset();
            if (key_ == "id") id = std::move(v);
        }
        return true;
    }
    bool open(bool is_object) {
        if (depth_ == 0) object = is_object;
        if (at_field()) {  // an object or array as a field's value
            if (key_ == "text") text.reset();
            if (key_ == "id") id.reset();
        }
        ++depth_;
        return true;
    }
    bool close() {
        --depth_;
        return true;
    }
    std::size_t depth_ = 0;
    std::string key_;
};

// --- The common record, read without the general parser ----------------------

bool json_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The four hex digits of a \u escape at s[p, p + 4), or -1.
long hex4(std::string_view s, std::size_t p) {
    if (p + 4 > s.size()) return -1;
    long v = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        const int d = hex_digit(s[p + i]);
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}


// The offset of the first byte at or after p that ends a JSON string's plain run:
// a quote, a backslash or a control character (which JSON does not allow in a
// string); s.size() if none. Sixteen bytes at a time where SSE2 is there.
std::size_t plain_run_end(std::string_view s, std::size_t p) {
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i backslash = _mm_set1_epi8('\\');
    const __m128i control_max = _mm_set1_epi8(0x1F);
    while (p + 16 <= s.size()) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + p));
        const __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, backslash)),
                                          _mm_cmpeq_epi8(_mm_max_epu8(v, control_max), control_max));
        const unsigned mask = static_cast<unsigned>(_mm_movemask_epi8(stop));
        if (mask != 0) return p + static_cast<std::size_t>(std::countr_zero(mask));
        p += 16;
    }
#endif
    for (; p < s.size(); ++p) {
        const auto c = static_cast<unsigned char>(s[p]);
        if (c == '"' || c == '\\' || c < 0x20) break;
    }
    return p;
}

// The JSON string whose opening quote is at s[p]: decoded into *out (when not null),
// p moved past its closing quote. False, with nothing promised of *out, for anything
// the general parser should judge: a bad escape, a lone surrogate, "\u0000", a control
// character, no closing quote. (The line is valid UTF-8 already, as the parser needs.)
bool read_json_string(std::string_view s, std::size_t& p, std::string* out) {
    ++p;  // the opening quote
    for (;;) {
        const std::size_t q = plain_run_end(s, p);
        if (out) out->append(s.data() + p, q - p);
        p = q;
        if (p >= s.size()) return false;
        const char c = s[p];
        if (c == '"') {
            ++p;
            return true;
        }
        if (c != '\\' || p + 1 >= s.size()) return false;  // a control character, or a final backslash
        const char e = s[p + 1];
        char plain = 0;
        switch (e) {
            case '"': plain = '"'; break;
            case '\\': plain = '\\'; break;
            case '/': plain = '/'; break;
            case 'b': plain = '\b'; break;
            case 'f': plain = '\f'; break;
            case 'n': plain = '\n'; break;
            case 'r': plain = '\r'; break;
            case 't': plain = '\t'; break;
            case 'u': break;
            default: return false;
        }
        if (e != 'u') {
            if (out) out->push_back(plain);
            p += 2;
            continue;
        }
        long cp = hex4(s, p + 2);
        if (cp <= 0 || (cp >= 0xDC00 && cp <= 0xDFFF)) return false;
        p += 6;
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (p + 1 >= s.size() || s[p] != '\\' || s[p + 1] != 'u') return false;
            const long low = hex4(s, p + 2);
            if (low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            p += 6;
        }
        if (out) detail::append_utf8(*out, static_cast<char32_t>(cp));  // (no lone surrogate reaches here)
    }
}

// A record line of the common form, an object whose values are all strings and
// whose keys have no escapes ({"id": "a.txt", "text": "..."}), read by hand: its
// "id" and "text" as RecordSax would take them from the parser (the last of each
// wins). False for any other line, and for any line the parser would reject, which
// the parser then reads and reports: the hand reading is only a faster way to the
// same record, a few bytes a step instead of one.
bool read_simple_record(std::string_view s, std::optional<std::string>& id, std::optional<std::string>& text) {
    std::size_t p = 0;
    auto skip_space = [&] {
        while (p < s.size() && json_space(s[p])) ++p;
    };
    skip_space();
    if (p >= s.size() || s[p] != '{') return false;
    ++p;
    skip_space();
    if (p < s.size() && s[p] == '}') {
        ++p;
    } else {
        for (;;) {
            if (p >= s.size() || s[p] != '"') return false;
            const std::size_t key_start = p + 1;
            const std::size_t key_end = plain_run_end(s, key_start);
            if (key_end >= s.size() || s[key_end] != '"') return false;  // an escape in the key, or no end
            const std::string_view key = s.substr(key_start, key_end - key_start);
            p = key_end + 1;
            skip_space();
            if (p >= s.size() || s[p] != ':') return false;
            ++p;
            skip_space();
            if (p >= s.size() || s[p] != '"') return false;  // not a string value
            std::optional<std::string>* field = key == "text" ? &text : key == "id" ? &id : nullptr;
            std::string value;
            if (!read_json_string(s, p, field ? &value : nullptr)) return false;
            if (field) *field = std::move(value);
            skip_space();
            if (p >= s.size()) return false;
            if (s[p] == '}') {
                ++p;
                break;
            }
            if (s[p] != ',') return false;
            ++p;
            skip_space();
        }
    }
    skip_space();
    return p == s.size();
}

}  // namespace

std::optional<Document> parse_jsonl_line(std::string_view line, const std::string& file, std::size_t line_no,
                                         std::size_t offset, const std::string& default_name,
                                         std::vector<Diagnostic>& diags) {
    const std::string where = file + ":" + std::to_string(line_no);
    if (line_no == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
        line.remove_prefix(3);
        offset += 3;
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return std::nullopt;

    // A line with invalid UTF-8 is repaired before parsing (the JSON parser rejects it).
    std::string repaired;
    if (!is_valid_utf8(line)) {
        detail::TextBuilder b(line);
        DecodedText d = b.finish();
        const std::string what = invalid_utf8_message(offset + d.first_invalid_utf8, d.invalid_utf8);
        diags.push_back({file, line_no, where + ": " + what, false, 1});
        repaired = std::move(d.text);
        line = repaired;
    }
    std::optional<std::string> id, text;
    bool parsed = read_simple_record(line, id, text), object = parsed;
    if (!parsed) {
        RecordSax sax;
        parsed = nlohmann::json::sax_parse(line, &sax, nlohmann::json::input_format_t::json, true);
        object = sax.object;
        id = std::move(sax.id);
        text = std::move(sax.text);
    }
    if (!parsed || !object || !text) {
        diags.push_back({file, line_no, where + ": not a JSON object with a string \"text\"; line skipped", true, 1});
        return std::nullopt;
    }
    Document doc{id ? std::move(*id) : default_name, std::move(*text), {}};
    detail::tidy_in_place(doc.text);
    return doc;
}

namespace {

// decode_document() of bytes that read_all() has found to be text already:
// the binary check is not done twice.
Document decoded_document(std::string name, DecodedText d, const std::string& file, std::vector<Diagnostic>& diags) {
    if (d.invalid_utf8 > 0)
        diags.push_back({file, 0, file + ": " + invalid_utf8_message(d.first_invalid_utf8, d.invalid_utf8), false, 1});
    return Document{std::move(name), std::move(d.text), std::move(d.map)};
}

Document decode_text(std::string name, std::string_view bytes, bool html, const std::string& file,
                     std::vector<Diagnostic>& diags) {
    return decoded_document(std::move(name), html ? html_to_text(bytes) : decode_plain_text(bytes), file, diags);
}

// The same of bytes the caller is done with: plain text that is valid UTF-8
// becomes the document's text in place, without a copy.
Document decode_text(std::string name, std::string&& bytes, bool html, const std::string& file,
                     std::vector<Diagnostic>& diags) {
    if (html) return decode_text(std::move(name), std::string_view(bytes), true, file, diags);
    return decoded_document(std::move(name), decode_plain_text(std::move(bytes)), file, diags);
}

}  // namespace

std::optional<Document> decode_document(std::string name, std::string_view bytes, bool html, const std::string& file,
                                        std::vector<Diagnostic>& diags) {
    if (looks_binary(bytes.substr(0, kBinarySniffBytes))) {
        diags.push_back(skip(file, kNotText));
        return std::nullopt;
    }
    return decode_text(std::move(name), bytes, html, file, diags);
}

void map_to_source(DocumentExtraction& extraction, const OffsetMap& map) {
    if (map.identity()) return;
    for (Claim& c : extraction.claims) {
        const Span s = map.to_source({c.start, c.end});
        c.start = s.start;
        c.end = s.end;
    }
}

DocumentExtraction extract_document(const Extractor& ex, const Document& doc) {
    DocumentExtraction r = ex.extract(doc.name, doc.text);
    map_to_source(r, doc.source_map);
    return r;
}

// --- DocumentSource ------------------------------------------------------------

namespace {

struct InputFile {
    std::string path;  ///< "-" for standard input
    std::string name;
};

// What read_all() read, to a Document, or to the Diagnostic that says why not.
std::optional<Document> decode_read(const std::string& path, const std::string& name, bool html, ReadStatus status,
                                    std::string&& bytes, int err, std::size_t max_bytes,
                                    std::vector<Diagnostic>& diags) {
    if (status == ReadStatus::ok)  // read_all() has sniffed the bytes: they are not binary
        return decode_text(name, std::move(bytes), html, path, diags);
    diags.push_back(skip(path, status == ReadStatus::binary      ? std::string(kNotText)
                               : status == ReadStatus::too_large ? "larger than " + mib(max_bytes)
                                                                 : "cannot read: " + describe(err)));
    return std::nullopt;
}

// A plain-text or HTML file: opened, read whole (it asks for the size first),
// sniffed and decoded.
std::optional<Document> read_document_file(const std::string& path, const std::string& name, std::size_t max_bytes,
                                           std::vector<Diagnostic>& diags) {
    int err = 0;
    const int fd = open_for_reading(path, &err);
    if (fd < 0) {
        diags.push_back(skip(path, "cannot read: " + describe(err)));
        return std::nullopt;
    }
    Fd guard(fd);
    std::string bytes;
    struct stat st {};
    std::size_t expect = 0;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        if (static_cast<std::size_t>(st.st_size) > max_bytes) {
            diags.push_back(skip(path, "larger than " + mib(max_bytes)));
            return std::nullopt;
        }
        expect = static_cast<std::size_t>(st.st_size);
        bytes.reserve(expect + 1);
    }
    const ReadStatus status =
        read_all([fd](char* buf, std::size_t n) { return read_fd(fd, buf, n); }, bytes, max_bytes, &err, expect);
    return decode_read(path, name, is_html(path), status, std::move(bytes), err, max_bytes, diags);
}

// A directory's identity, so that a symbolic link back into a directory
// being read is seen for the loop it is.
using DirId = std::pair<dev_t, ino_t>;
std::optional<DirId> dir_id(const fs::path& p) {
    struct stat st {};
    if (::stat(p.c_str(), &st) != 0) return std::nullopt;
    return DirId{st.st_dev, st.st_ino};
}

// An entry's status without a stat() per file where readdir() gave its type
// (a link's status is its target's, asked for). A file that vanishes after the
// directory was read is then found missing when it is read, not here.
fs::file_status entry_status(const fs::directory_entry& e, bool is_link, std::error_code& ec) {
    ec.clear();
    if (is_link) return e.status(ec);
    if (e.is_directory(ec)) return fs::file_status(fs::file_type::directory);
    if (!ec && e.is_regular_file(ec)) return fs::file_status(fs::file_type::regular);
    return ec ? fs::file_status() : e.status(ec);  // another type, or one readdir() did not give
}

std::string path_error(const std::error_code& ec) {
    if (ec == std::errc::no_such_file_or_directory) return "no such file or directory";
    if (ec == std::errc::too_many_symbolic_link_levels) return "a symbolic link loop (" + ec.message() + ")";
    return ec.message();
}

}  // namespace

struct DocumentSource::State {
    std::deque<std::string> pending_inputs;
    std::deque<InputFile> pending_files;
    std::istream* stdin_stream = nullptr;
    std::size_t max_bytes = kMaxDocumentBytes;

    // The JSONL file being read, a line at a time.
    std::unique_ptr<Fd> jsonl_fd;
    std::unique_ptr<LineReader> jsonl;
    InputFile jsonl_file;
    std::size_t jsonl_line = 0;
    std::size_t line_diags = 0;        ///< line diagnostics reported for this file
    std::size_t unlisted_skipped = 0;  ///< beyond kMaxLineDiagnostics: counted, not listed
    std::size_t unlisted_repaired = 0;

    // Expands the next INPUT argument into pending_files.
    void expand(const std::string& in, std::vector<Diagnostic>& diags) {
        if (in == "-") {
            pending_files.push_back({"-", "-"});
            return;
        }
        std::error_code ec;
        const fs::file_status st = fs::status(in, ec);
        if (ec || !fs::exists(st)) {
            diags.push_back(skip(in, ec ? path_error(ec) : "no such file or directory"));
            return;
        }
        if (!fs::is_directory(st)) {
            pending_files.push_back({in, in});
            return;
        }
        walk(in, diags);
    }

    // Every document file under `root`, sorted by relative path. Iterative, so
    // the depth of the tree does not matter. Symbolic links to directories are
    // followed after every real directory has been read, and only into
    // directories not read yet: a loop ends there, and a file reachable both
    // ways keeps its real path as its name. The order of the walk (and so which
    // name a doubly linked directory gets) depends on names only.
    void walk(const std::string& root, std::vector<Diagnostic>& diags) {
        std::vector<InputFile> found;
        std::set<DirId> seen;
        if (auto id = dir_id(root)) seen.insert(*id);
        std::vector<fs::path> dirs{fs::path(root)};
        std::deque<fs::path> links;  ///< symbolic links to directories, met in walk order
        for (;;) {
            while (!dirs.empty()) {
                const fs::path dir = std::move(dirs.back());
                dirs.pop_back();
                read_directory(root, dir, seen, dirs, links, found, diags);
            }
            if (links.empty()) break;
            const fs::path link = std::move(links.front());
            links.pop_front();
            const auto id = dir_id(link);
            if (id && !seen.insert(*id).second) {
                diags.push_back({link.string(), 0,
                                 link.string() + ": a symbolic link to a directory already read; not followed", false,
                                 1});
                continue;
            }
            dirs.push_back(link);
        }
        std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
        pending_files.insert(pending_files.end(), std::make_move_iterator(found.begin()),
                             std::make_move_iterator(found.end()));
    }

    // One directory of walk(): its documents to `found`, its subdirectories to
    // `dirs` (in reverse name order, so the walk takes them in name order), its
    // links to directories to `links`.
    static void read_directory(const std::string& root, const fs::path& dir, std::set<DirId>& seen,
                               std::vector<fs::path>& dirs, std::deque<fs::path>& links,
                               std::vector<InputFile>& found, std::vector<Diagnostic>& diags) {
        std::error_code ec;
        fs::directory_iterator it(dir, ec), end;
        if (ec) {
            diags.push_back(skip(dir.string(), "cannot read the directory: " + ec.message()));
            return;
        }
        std::vector<fs::directory_entry> entries;
        for (; it != end; it.increment(ec)) entries.push_back(*it);
        if (ec)
            diags.push_back({dir.string(), 0,
                             dir.string() + ": reading the directory failed: " + ec.message() +
                                 "; the rest of it skipped",
                             true, 1});
        // By file name: the entries of one directory differ only there, so this is
        // the order of their paths, without comparing paths component by component.
        std::vector<std::pair<std::string_view, std::size_t>> by_name;  // views of the entries' paths
        by_name.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const std::string_view path = entries[i].path().native();
            by_name.emplace_back(path.substr(path.rfind('/') + 1), i);  // the file name: npos + 1 is 0
        }
        std::sort(by_name.begin(), by_name.end());
        std::vector<fs::path> subdirs;
        for (const auto& [name, index] : by_name) {
            const fs::directory_entry& e = entries[index];
            const fs::path& p = e.path();
            std::error_code lec, sec;
            const bool is_link = e.is_symlink(lec);
            const fs::file_status st = entry_status(e, is_link, sec);
            if (sec || !fs::exists(st)) {
                // A dangling link or a loop of links: named when it would have been read.
                if (has_document_extension(p))
                    diags.push_back(skip(p.string(), is_link ? "a broken symbolic link (" +
                                                                   (sec ? path_error(sec) : "no target") + ")"
                                                             : (sec ? path_error(sec) : "vanished")));
                continue;
            }
            if (fs::is_directory(st)) {
                if (is_link) {
                    links.push_back(p);
                } else if (const auto id = dir_id(p); !id || seen.insert(*id).second) {
                    subdirs.push_back(p);
                }
            } else if (fs::is_regular_file(st) && has_document_extension(p)) {
                found.push_back({p.string(), p.lexically_relative(root).generic_string()});
            }
        }
        dirs.insert(dirs.end(), subdirs.rbegin(), subdirs.rend());
    }

    void line_diagnostics(std::vector<Diagnostic>& out, std::vector<Diagnostic>& found) {
        for (auto& d : found) {
            if (line_diags < kMaxLineDiagnostics) {
                ++line_diags;
                out.push_back(std::move(d));
            } else {
                (d.skipped ? unlisted_skipped : unlisted_repaired) += d.count;
            }
        }
        found.clear();
    }

    void end_jsonl(std::vector<Diagnostic>& diags) {
        const std::string& f = jsonl_file.path;
        if (unlisted_skipped > 0)
            diags.push_back({f, 0, f + ": " + std::to_string(unlisted_skipped) + " more lines skipped (not listed)",
                             true, unlisted_skipped});
        if (unlisted_repaired > 0)
            diags.push_back({f, 0,
                             f + ": " + std::to_string(unlisted_repaired) +
                                 " more lines with invalid UTF-8 replaced with U+FFFD (not listed)",
                             false, unlisted_repaired});
        jsonl.reset();
        jsonl_fd.reset();
    }

    std::optional<Document> next_jsonl_record(std::vector<Diagnostic>& diags) {
        std::string line;
        std::size_t offset = 0;
        std::vector<Diagnostic> found;
        for (;;) {
            const LineReader::Got got = jsonl->next(line, offset);
            if (got == LineReader::Got::end) break;
            if (got == LineReader::Got::failed) {
                diags.push_back({jsonl_file.path, jsonl_line,
                                 jsonl_file.path + ": read error after line " + std::to_string(jsonl_line) + ": " +
                                     describe(jsonl->error()) + "; the rest skipped",
                                 true, 1});
                break;
            }
            ++jsonl_line;
            if (got == LineReader::Got::too_long) {
                found.push_back({jsonl_file.path, jsonl_line,
                                 jsonl_file.path + ":" + std::to_string(jsonl_line) + ": longer than " +
                                     mib(max_bytes) + "; line skipped",
                                 true, 1});
                line_diagnostics(diags, found);
                continue;
            }
            auto doc = parse_jsonl_line(line, jsonl_file.path, jsonl_line, offset,
                                        jsonl_file.name + ":" + std::to_string(jsonl_line), found);
            line_diagnostics(diags, found);
            if (doc) return doc;
        }
        end_jsonl(diags);
        return std::nullopt;
    }

    void open_jsonl(const InputFile& f, std::vector<Diagnostic>& diags) {
        int err = 0;
        const int fd = open_for_reading(f.path, &err);
        if (fd < 0) {
            diags.push_back(skip(f.path, "cannot read: " + describe(err)));
            return;
        }
        jsonl_fd = std::make_unique<Fd>(fd);
        jsonl = std::make_unique<LineReader>(fd, max_bytes);
        if (looks_binary(jsonl->peek(kBinarySniffBytes))) {
            diags.push_back(skip(f.path, kNotText));
            jsonl.reset();
            jsonl_fd.reset();
            return;
        }
        jsonl_file = f;
        jsonl_line = 0;
        line_diags = unlisted_skipped = unlisted_repaired = 0;
    }

    // Standard input, read whole here (in input order), not by PendingDocument::load().
    std::optional<Document> read_stdin(std::vector<Diagnostic>& diags) {
        if (!stdin_stream) return std::nullopt;
        std::istream& in = *stdin_stream;
        std::string bytes;
        int err = 0;
        const ReadStatus status = read_all(
            [&in](char* buf, std::size_t n) -> long {
                in.read(buf, static_cast<std::streamsize>(n));
                if (in.bad()) {
                    errno = EIO;
                    return -1;
                }
                return static_cast<long>(in.gcount());
            },
            bytes, max_bytes, &err);
        return decode_read("-", "-", false, status, std::move(bytes), err, max_bytes, diags);
    }
};

DocumentSource::DocumentSource(std::vector<std::string> inputs, std::istream* stdin_stream,
                               std::size_t max_document_bytes)
    : state_(std::make_unique<State>()) {
    state_->pending_inputs.assign(inputs.begin(), inputs.end());
    state_->stdin_stream = stdin_stream;
    state_->max_bytes = max_document_bytes;
}
DocumentSource::~DocumentSource() = default;
DocumentSource::DocumentSource(DocumentSource&&) noexcept = default;
DocumentSource& DocumentSource::operator=(DocumentSource&&) noexcept = default;

std::optional<PendingDocument> DocumentSource::next_pending(std::vector<Diagnostic>& diags) {
    State& s = *state_;
    for (;;) {
        if (s.jsonl) {
            if (auto d = s.next_jsonl_record(diags)) return PendingDocument(std::move(*d));
            continue;
        }
        if (s.pending_files.empty()) {
            if (s.pending_inputs.empty()) return std::nullopt;
            std::string in = std::move(s.pending_inputs.front());
            s.pending_inputs.pop_front();
            s.expand(in, diags);
            continue;
        }
        InputFile f = std::move(s.pending_files.front());
        s.pending_files.pop_front();
        if (f.path == "-") {
            if (auto d = s.read_stdin(diags)) return PendingDocument(std::move(*d));
            continue;
        }
        if (is_jsonl(f.path)) {
            s.open_jsonl(f, diags);
            continue;
        }
        return PendingDocument(std::move(f.path), std::move(f.name), s.max_bytes);
    }
}

std::optional<Document> DocumentSource::next(std::vector<Diagnostic>& diags) {
    while (auto pending = next_pending(diags))
        if (auto d = std::move(*pending).load(diags)) return d;
    return std::nullopt;
}

std::optional<Document> PendingDocument::load(std::vector<Diagnostic>& diags) && {
    if (ready_) return std::move(ready_);
    return read_document_file(path_, name_, max_bytes_, diags);
}

}  // namespace claimgraph::extract
