#include "claimgraph/extract/extractor.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace claimgraph::extract {

Result<Extractor> Extractor::create(const ExtractorOptions& options) {
    Lexicon lexicon;
    if (options.use_default_lexicon) {
        for (Status s : {lexicon.add_file(options.data_dir + "/lexicon.tsv"),
                         lexicon.add_non_entities_file(options.data_dir + "/not-entities.txt")})
            if (!s.ok()) return s.error();
    }
    lexicon.begin_layer();
    for (const auto& path : options.lexicon_files) {
        Status s = lexicon.add_file(path);
        if (!s.ok()) return s.error();
    }
    CueLexicon cues;
    Status s = cues.add_file(options.data_dir + "/cues.tsv");
    if (!s.ok()) return s.error();
    return Extractor(std::move(lexicon), std::move(cues));
}

DocumentExtraction Extractor::extract(std::string_view doc_name, std::string_view text) const {
    DocumentExtraction out;
    out.doc = std::string(doc_name);
    const std::vector<Span> spans = SentenceSplitter().split(text);
    out.sentences = spans.size();

    const Chunker chunker(lexicon_, cues_);
    const ClaimRules rules(lexicon_);
    Discourse discourse;
    struct Seen {
        std::set<std::string> aliases;
        std::size_t mentions = 0;
    };
    std::map<std::size_t, Seen> seen;

    for (const Span& span : spans) {
        AnalyzedSentence a = chunker.analyze(text, span, discourse);
        auto surface = [&](std::size_t first, std::size_t last) {
            return std::string(text.substr(a.tokens[first].span.start,
                                           a.tokens[last - 1].span.end - a.tokens[first].span.start));
        };
        for (const Mention& m : a.mentions) {
            Seen& e = seen[m.entity];
            ++e.mentions;
            e.aliases.insert(normalize(surface(m.first, m.last)));
        }
        for (const SentenceClaim& sc : rules.apply(a)) {
            const Entity& s = lexicon_.entity(sc.subject);
            const Entity& t = lexicon_.entity(sc.target);
            const Chunk& cue = a.chunks[sc.cue_chunk];
            Claim c;
            c.doc = out.doc;
            c.start = span.start;
            c.end = span.end;
            c.sentence = std::string(text.substr(span.start, span.end - span.start));
            c.subject = s.name;
            c.subject_type = s.type;
            c.predicate = sc.predicate;
            c.target = t.name;
            c.target_type = t.type;
            c.cue = surface(cue.first, cue.last);
            c.hedged = sc.hedged;
            c.negated = sc.negated;
            c.mode = sc.mode;
            out.claims.push_back(std::move(c));
        }
    }
    for (auto& [idx, e] : seen) {
        const Entity& ent = lexicon_.entity(idx);
        out.entities.push_back({ent.name, ent.type, {e.aliases.begin(), e.aliases.end()}, e.mentions});
    }
    std::sort(out.entities.begin(), out.entities.end(),
              [](const EntitySighting& a, const EntitySighting& b) { return a.name < b.name; });
    return out;
}

}  // namespace claimgraph::extract
