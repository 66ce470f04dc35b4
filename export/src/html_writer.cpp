// The graph as one self-contained HTML page: the viewer template (CSS, Cytoscape.js,
// the fCoSE layout and viewer.js, embedded at build time) with the palette and the
// graph's Cytoscape JSON filled in. Nothing is fetched when the page is viewed.
#include <string>
#include <string_view>

#include "claimgraph/export/writers.hpp"
#include "cytoscape_json.hpp"
#include "json_parts.hpp"
#include "style.hpp"
#include "text.hpp"
#include "viewer_assets.hpp"

namespace claimgraph::exporter {
namespace {

using json::Json;

// The palette the viewer draws its legend and filters from: the same one the
// DOT uses (style.hpp), so the two cannot drift apart.
Json palette_json() {
    Json types = Json::array();
    for (const style::NodeStyle& s : style::kNodeStyles) {
        Json t;
        t["type"] = std::string(to_string(s.type));
        t["fill"] = std::string(s.fill);
        t["border"] = std::string(s.border);
        t["shape"] = std::string(s.cy_shape);
        t["border_style"] = std::string(s.border_style);
        types.push_back(std::move(t));
    }
    Json predicates = Json::array();
    for (const style::EdgeStyle& s : style::kEdgeStyles) {
        Json p;
        p["predicate"] = std::string(to_string(s.predicate));
        p["color"] = std::string(s.color);
        p["arrow"] = std::string(s.cy_arrow);
        predicates.push_back(std::move(p));
    }
    Json out;
    out["types"] = std::move(types);
    out["predicates"] = std::move(predicates);
    out["neutral"] = std::string(style::kNeutral);
    return out;
}

// JSON to sit inside <script type="application/json">: a '<' only occurs inside
// JSON strings, where \u003c means the same, and without it no "</script>" or
// "<!--" in a sentence can end the element early.
std::string script_json(const Json& j) {
    const std::string text = json::dump(j);
    std::string out;
    out.reserve(text.size() + 64);
    for (const char c : text) {
        if (c == '<')
            out.append("\\u003c");
        else
            out.push_back(c);
    }
    return out;
}

// Replaces the one `marker` in `page`.
void fill(std::string& page, std::string_view marker, const std::string& value) {
    const std::size_t at = page.find(marker);
    if (at != std::string::npos) page.replace(at, marker.size(), value);
}

}  // namespace

bool viewer_available() { return viewer_assets::available(); }

Result<std::string> to_html(const graph::ClaimGraph& g) {
    if (!viewer_assets::available())
        return Error{
            "the html format is not available: this claimgraph was built with -DCLAIMGRAPH_VIEWER=OFF (the viewer "
            "needs node and npm at build time)"};
    std::string page(viewer_assets::page());
    // Filled last to first marker in the page, so no filled-in text is searched.
    fill(page, "{{DATA}}", script_json(cytoscape_json(g)));
    fill(page, "{{STYLE}}", script_json(palette_json()));
    fill(page, "{{GENERATOR}}", text::xml_escape(kGenerator));
    return page;
}

}  // namespace claimgraph::exporter
