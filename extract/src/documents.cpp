#include "claimgraph/extract/documents.hpp"

#include <algorithm>
#include <deque>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

#include <nlohmann/json.hpp>

namespace claimgraph::extract {
namespace fs = std::filesystem;

const std::vector<std::string>& document_extensions() {
    static const std::vector<std::string> kExtensions = {".txt", ".md", ".html", ".htm", ".jsonl"};
    return kExtensions;
}

namespace {

struct InputFile {
    std::string path;  ///< "-" for standard input
    std::string name;
};

bool has_document_extension(const fs::path& p) {
    std::string ext = p.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    const auto& exts = document_extensions();
    return std::find(exts.begin(), exts.end(), ext) != exts.end();
}

bool is_jsonl(const std::string& path) {
    std::string ext = fs::path(path).extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".jsonl";
}

}  // namespace

struct DocumentSource::State {
    std::deque<std::string> pending_inputs;
    std::deque<InputFile> pending_files;
    std::istream* stdin_stream = nullptr;
    // The JSONL file being read, a line at a time.
    std::unique_ptr<std::ifstream> jsonl;
    InputFile jsonl_file;
    std::size_t jsonl_line = 0;

    // Expands the next INPUT argument into pending_files.
    void expand(const std::string& in, std::vector<Diagnostic>& diags) {
        if (in == "-") {
            pending_files.push_back({"-", "-"});
            return;
        }
        std::error_code ec;
        fs::file_status st = fs::status(in, ec);
        if (ec || !fs::exists(st)) {
            diags.push_back({in, 0, in + ": no such file or directory; skipped", true});
            return;
        }
        if (!fs::is_directory(st)) {
            pending_files.push_back({in, in});
            return;
        }
        std::vector<InputFile> found;
        fs::recursive_directory_iterator it(in, fs::directory_options::skip_permission_denied, ec), end;
        for (; !ec && it != end; it.increment(ec)) {
            std::error_code fec;
            if (!it->is_regular_file(fec) || !has_document_extension(it->path())) continue;
            found.push_back({it->path().string(), fs::relative(it->path(), in, fec).generic_string()});
        }
        if (ec) diags.push_back({in, 0, in + ": " + ec.message() + "; the rest of the directory skipped", true});
        std::sort(found.begin(), found.end(), [](const InputFile& a, const InputFile& b) { return a.name < b.name; });
        pending_files.insert(pending_files.end(), found.begin(), found.end());
    }

    std::optional<Document> next_jsonl_record(std::vector<Diagnostic>& diags) {
        std::string line;
        while (std::getline(*jsonl, line)) {
            ++jsonl_line;
            if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
            nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
            if (j.is_discarded() || !j.is_object() || !j.contains("text") || !j["text"].is_string()) {
                diags.push_back({jsonl_file.path, jsonl_line,
                                 jsonl_file.path + ":" + std::to_string(jsonl_line) +
                                     ": not a JSON object with a string \"text\"; line skipped",
                                 true});
                continue;
            }
            std::string id;
            if (j.contains("id"))
                id = j["id"].is_string() ? j["id"].get<std::string>() : j["id"].dump();
            else
                id = jsonl_file.name + ":" + std::to_string(jsonl_line);
            return Document{std::move(id), j["text"].get<std::string>()};
        }
        if (jsonl->bad())
            diags.push_back({jsonl_file.path, jsonl_line, jsonl_file.path + ": read error; the rest skipped", true});
        jsonl.reset();
        return std::nullopt;
    }
};

DocumentSource::DocumentSource(std::vector<std::string> inputs, std::istream* stdin_stream)
    : state_(std::make_unique<State>()) {
    state_->pending_inputs.assign(inputs.begin(), inputs.end());
    state_->stdin_stream = stdin_stream;
}
DocumentSource::~DocumentSource() = default;
DocumentSource::DocumentSource(DocumentSource&&) noexcept = default;
DocumentSource& DocumentSource::operator=(DocumentSource&&) noexcept = default;

std::optional<Document> DocumentSource::next(std::vector<Diagnostic>& diags) {
    State& s = *state_;
    for (;;) {
        if (s.jsonl) {
            if (auto d = s.next_jsonl_record(diags)) return d;
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
            if (!s.stdin_stream) continue;
            std::string text(std::istreambuf_iterator<char>(*s.stdin_stream), {});
            return Document{"-", std::move(text)};
        }
        if (is_jsonl(f.path)) {
            s.jsonl = std::make_unique<std::ifstream>(f.path, std::ios::binary);
            if (!*s.jsonl) {
                diags.push_back({f.path, 0, f.path + ": cannot read; skipped", true});
                s.jsonl.reset();
                continue;
            }
            s.jsonl_file = f;
            s.jsonl_line = 0;
            continue;
        }
        std::ifstream in(f.path, std::ios::binary);
        std::ostringstream text;
        if (!in || !(text << in.rdbuf()) || in.bad()) {
            // An empty file reads as a failed `<<`; it is an empty document, not an error.
            std::error_code ec;
            if (in && fs::file_size(f.path, ec) == 0 && !ec) return Document{f.name, {}};
            diags.push_back({f.path, 0, f.path + ": cannot read; skipped", true});
            continue;
        }
        return Document{f.name, text.str()};
    }
}

}  // namespace claimgraph::extract
