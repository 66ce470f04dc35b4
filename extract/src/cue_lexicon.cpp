#include <algorithm>
#include <memory>

#include "claimgraph/extract/lexicon.hpp"
#include "tsv.hpp"

namespace claimgraph::extract {
namespace {

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::optional<CueClass> parse_class(std::string_view s) {
    static constexpr std::pair<std::string_view, CueClass> kClasses[] = {
        {"verb", CueClass::predicate},         {"phrase", CueClass::predicate},
        {"outcome-homograph", CueClass::predicate},
        {"noun", CueClass::predicate},         {"postmodifier", CueClass::postmodifier},
        {"nominal", CueClass::predicate},      {"property", CueClass::predicate},
        {"verb-property", CueClass::predicate},
        {"binding", CueClass::binding},        {"agent", CueClass::binding},
        {"hedge", CueClass::hedge},
        {"negation", CueClass::negation},      {"without", CueClass::without},
        {"anaphor", CueClass::anaphor},        {"constituent", CueClass::constituent},
        {"relative", CueClass::relative},      {"boundary", CueClass::boundary},
        {"advice", CueClass::advice},          {"connector", CueClass::connector},
        {"question", CueClass::question},      {"determiner", CueClass::determiner},
        {"person", CueClass::person},          {"plain", CueClass::plain},
    };
    for (auto [name, cls] : kClasses)
        if (name == s) return cls;
    return std::nullopt;
}

}  // namespace

std::vector<std::string> inflect_verb(std::string_view base_view) {
    std::string base(base_view);
    std::vector<std::string> out{base};
    const std::size_t n = base.size();
    if (n == 0) return out;
    const char last = base.back();
    // third person
    if (base.ends_with("s") || base.ends_with("sh") || base.ends_with("ch") || base.ends_with("x") ||
        base.ends_with("z"))
        out.push_back(base + "es");
    else if (last == 'y' && n > 1 && !is_vowel(base[n - 2]))
        out.push_back(base.substr(0, n - 1) + "ies");
    else
        out.push_back(base + "s");
    // past and gerund
    if (last == 'e') {
        out.push_back(base + "d");
        out.push_back(base.substr(0, n - 1) + "ing");
    } else if (last == 'y' && n > 1 && !is_vowel(base[n - 2])) {
        out.push_back(base.substr(0, n - 1) + "ied");
        out.push_back(base + "ing");
    } else {
        out.push_back(base + "ed");
        out.push_back(base + "ing");
        // "stop" -> "stopped", "control" -> "controlled": a final consonant after a single
        // vowel doubles when the last syllable is stressed, which spelling does not show;
        // both forms are kept, and the one that is no English word never matches.
        const bool cvc = n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' &&
                         is_vowel(base[n - 2]) && !is_vowel(base[n - 3]);
        if (cvc) {
            out.push_back(base + last + "ed");
            out.push_back(base + last + "ing");
        }
    }
    return out;
}

void CueLexicon::add_phrase(const std::string& phrase, Cue cue) {
    std::vector<std::string> words;
    for (const Token& t : tokenize(phrase, {0, phrase.size()})) words.emplace_back(t.norm);
    if (words.empty()) return;
    cue.words = words.size();
    const std::uint32_t node = trie_.add(words);
    cue_of_node_.resize(trie_.nodes(), detail::PhraseTrie::kNone);
    if (cue_of_node_[node] == detail::PhraseTrie::kNone) {
        cue_of_node_[node] = static_cast<std::uint32_t>(cues_.size());
        cues_.push_back(cue);
    } else {
        cues_[cue_of_node_[node]] = cue;  // a phrase listed again: the later line wins
    }
}

Status CueLexicon::add_text(std::string_view text, const std::string& source) {
    return detail::for_each_tsv_row(text, source, [&](const std::vector<std::string>& f, std::size_t) -> Status {
        if (f.size() < 2 || f.size() > 3)
            return Error{"expected 2 or 3 tab-separated columns (phrase, class, value), found " +
                         std::to_string(f.size())};
        std::string phrase = normalize(detail::trim(f[0]));
        std::string cls_name = detail::trim(f[1]);
        std::string value = f.size() == 3 ? detail::trim(f[2]) : "";
        if (phrase.empty()) return Error{"empty phrase"};
        auto cls = parse_class(cls_name);
        if (!cls) return Error{"unknown cue class '" + cls_name + "'"};
        Cue cue;
        cue.cls = *cls;
        if (cls_name == "verb" || cls_name == "phrase" || cls_name == "noun" || cls_name == "postmodifier" ||
            cls_name == "nominal" || cls_name == "outcome-homograph") {
            cue.of_form = cls_name == "nominal";
            // "take the edge off	verb	decreases anxiety": a verb's target when it has no object.
            if (const std::size_t sp = value.find(' '); (cls_name == "verb" || cls_name == "phrase") && sp != std::string::npos) {
                fixed_targets_.push_back(std::make_unique<const std::string>(detail::trim(value.substr(sp + 1))));
                cue.default_target = *fixed_targets_.back();
                value = value.substr(0, sp);
            }
            // "decreases/antagonist": on a receptor target the claim is binds with that mode.
            std::string predicate = value.substr(0, value.find('/'));
            if (predicate.size() < value.size()) {
                auto m = parse_bind_mode(value.substr(predicate.size() + 1));
                if (!m) return Error{"unknown binding mode in '" + value + "'"};
                cue.receptor_mode = *m;
            }
            // benefit: increases, but decreases a harm ("improves anxiety"); harm: the reverse.
            // control: modulates, but decreases a harm ("controls seizures", "controls dopamine release").
            if (predicate == "benefit" || predicate == "harm" || predicate == "control") {
                cue.flips_on_harm = true;
                predicate = predicate == "benefit" ? "increases" : predicate == "harm" ? "decreases" : "modulates";
            }
            auto p = parse_predicate(predicate);
            if (!p) return Error{"unknown predicate '" + value + "'"};
            cue.predicate = *p;
            cue.also_postmodifier = cls_name == "postmodifier";
            cue.verb = cls_name == "verb" || cls_name == "outcome-homograph";
            cue.outcome_homograph = cls_name == "outcome-homograph";
            if (cls_name == "postmodifier") cue.cls = CueClass::predicate;
        } else if (cls_name == "property" || cls_name == "verb-property") {
            // "anxiolytic	property	decreases anxiety": the word names its effect and its target.
            // ("produce a high	verb-property	increases intoxication": so does a verb's phrase that
            // holds its object, inflected and read as a verb; nothing after it is its object.)
            cue.verb = cls_name == "verb-property";
            std::size_t sp = value.find(' ');
            auto p = parse_predicate(value.substr(0, sp));
            if (!p || sp == std::string::npos) return Error{"expected 'predicate target' in '" + value + "'"};
            cue.predicate = *p;
            fixed_targets_.push_back(std::make_unique<const std::string>(detail::trim(value.substr(sp + 1))));
            cue.fixed_target = *fixed_targets_.back();
        } else if (cls_name == "agent") {
            // value: a predicate ("inhibitor": decreases) or a binding mode ("antagonist").
            cue.agent = true;
            cue.also_postmodifier = true;
            if (auto p = parse_predicate(value)) {
                cue.cls = CueClass::predicate;
                cue.predicate = *p;
            } else if (auto m = parse_bind_mode(value)) {
                cue.predicate = Predicate::binds;
                cue.mode = *m;
            } else {
                return Error{"unknown predicate or binding mode '" + value + "'"};
            }
        } else if (cls_name == "binding") {
            auto m = parse_bind_mode(value);
            if (!m) return Error{"unknown binding mode '" + value + "'"};
            cue.predicate = Predicate::binds;
            cue.mode = *m;
        } else if (cls_name == "anaphor") {
            // "topic": the substance the article is about, whatever was named last.
            cue.topic = value == "topic";
            auto t = parse_entity_type(value.empty() || cue.topic ? "substance" : value);
            if (!t) return Error{"unknown entity type '" + value + "'"};
            cue.referent = *t;
        }
        if (cls_name == "verb" || cls_name == "verb-property") {
            // Inflect the first word: "interact with" -> "interacts with", "interacted with", ...
            std::size_t sp = phrase.find(' ');
            std::string head = phrase.substr(0, sp), rest = sp == std::string::npos ? "" : phrase.substr(sp);
            for (const auto& form : inflect_verb(head)) add_phrase(form + rest, cue);
        } else {
            add_phrase(phrase, cue);
        }
        return ok_status();
    });
}

Status CueLexicon::add_file(const std::string& path) {
    auto text = detail::read_whole_file(path);
    if (!text.ok()) return text.error();
    return add_text(text.value(), path);
}

void CueLexicon::word_ids(const std::vector<Token>& tokens, std::vector<std::uint32_t>& out) const {
    out.resize(tokens.size());
    for (std::size_t i = 0; i < tokens.size(); ++i) out[i] = trie_.word(tokens[i].norm);
}

const Cue* CueLexicon::match_from(const std::vector<std::uint32_t>& words, std::size_t i, std::uint32_t node) const {
    constexpr std::uint32_t kNone = detail::PhraseTrie::kNone;
    const Cue* best = nullptr;
    for (std::size_t next = i + 1; node != kNone; ++next) {
        if (cue_of_node_[node] != kNone) best = &cues_[cue_of_node_[node]];
        if (next >= words.size()) break;
        node = trie_.child(node, words[next]);
    }
    return best;
}

const Cue* CueLexicon::match_skipping(const std::vector<std::uint32_t>& words, std::size_t i, std::size_t skip,
                                      std::size_t count) const {
    constexpr std::uint32_t kNone = detail::PhraseTrie::kNone;
    std::uint32_t node = trie_.first(words[i]);
    const Cue* best = nullptr;
    for (std::size_t next = i + 1; node != kNone; ++next) {
        if (next == skip) next += count;
        if (next > skip + count && cue_of_node_[node] != kNone) best = &cues_[cue_of_node_[node]];
        if (next >= words.size()) break;
        node = trie_.child(node, words[next]);
    }
    return best;
}

const Cue* CueLexicon::match_at(const std::vector<Token>& tokens, std::size_t i) const {
    constexpr std::uint32_t kNone = detail::PhraseTrie::kNone;
    std::uint32_t node = trie_.first(trie_.word(tokens[i].norm));
    const Cue* best = nullptr;
    for (std::size_t next = i + 1; node != kNone; ++next) {
        if (cue_of_node_[node] != kNone) best = &cues_[cue_of_node_[node]];
        if (next >= tokens.size()) break;
        node = trie_.child(node, trie_.word(tokens[next].norm));
    }
    return best;
}

}  // namespace claimgraph::extract
