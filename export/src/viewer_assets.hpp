// The viewer page template (private to claimgraph::export). With the CMake
// option CLAIMGRAPH_VIEWER on (the default), viewer/build.mjs generates its
// definition from viewer/ at build time; with it off, viewer_none.cpp says none.
#pragma once

#include <string_view>

namespace claimgraph::exporter::viewer_assets {

/// False when this build has no viewer.
bool available();
/// The whole page, with {{GENERATOR}}, {{STYLE}} and {{DATA}} to fill in (each once).
std::string_view page();

}  // namespace claimgraph::exporter::viewer_assets
