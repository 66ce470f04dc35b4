// The viewer of a build configured with -DCLAIMGRAPH_VIEWER=OFF: there is none,
// and the html format reports so (to_html returns an Error).
#include "viewer_assets.hpp"

namespace claimgraph::exporter::viewer_assets {

bool available() { return false; }
std::string_view page() { return {}; }

}  // namespace claimgraph::exporter::viewer_assets
