// The lexicon loaders (entities, non-entity phrases, cues) on any bytes: they
// accept or name a file:line, never crash; what they accept then matches and
// extracts without breaking the extractor's promises.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "check.hpp"
#include "claimgraph/extract/extractor.hpp"
#include "claimgraph/extract/lexicon.hpp"

using namespace claimgraph;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);

    extract::Lexicon lexicon;
    const Status entities = lexicon.add_text(text, "fuzz.tsv");
    if (!entities.ok()) FUZZ_CHECK(entities.error().message.find("fuzz.tsv") != std::string::npos);
    const Status phrases = lexicon.add_non_entities_text(text, "fuzz.txt");
    if (!phrases.ok()) FUZZ_CHECK(phrases.error().message.find("fuzz.txt") != std::string::npos);

    extract::CueLexicon cues;
    const Status cue_status = cues.add_text(text, "cues.tsv");
    if (!cue_status.ok()) FUZZ_CHECK(cue_status.error().message.find("cues.tsv") != std::string::npos);

    extract::WordRoles roles;
    const Status role_status = roles.add_text(text, "word-roles.tsv");
    if (!role_status.ok()) FUZZ_CHECK(role_status.error().message.find("word-roles.tsv") != std::string::npos);

    // Whatever was accepted is matched against the input itself, and extracted from.
    const std::string_view sample = text.substr(0, 2048);
    const auto tokens = extract::tokenize(sample, {0, sample.size()});
    for (const extract::Mention& m : lexicon.match(tokens)) {
        FUZZ_CHECK(m.first < m.last && m.last <= tokens.size());
        FUZZ_CHECK(m.entity < lexicon.size());
    }
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (auto cue = cues.match_at(tokens, i)) FUZZ_CHECK(cue->words >= 1 && i + cue->words <= tokens.size());

    const extract::Extractor ex(std::move(lexicon), std::move(cues), std::move(roles));
    for (const Claim& c : ex.extract("fuzz", sample).claims) {
        FUZZ_CHECK(c.start < c.end && c.end <= sample.size());
        FUZZ_CHECK(c.sentence == sample.substr(c.start, c.end - c.start));
    }
    return 0;
}
