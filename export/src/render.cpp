// DOT to SVG/PNG with libgvc. The sequence is GraphViz's own (agmemread,
// gvLayout, gvRenderData, then the layout and the graph freed), with three
// additions: messages are kept off the terminal, calls are serialised, and the
// GVC context lives as long as the process (see graphviz_context).
#include "claimgraph/export/render.hpp"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <cstdlib>
#include <mutex>
#include <string>

#include "claimgraph/export/writers.hpp"

namespace claimgraph::exporter {
namespace {

// GraphViz keeps process-wide state (its error level and message file, plugin
// and font caches) and is not thread-safe, so every use of it goes through this
// lock.
std::mutex& graphviz_lock() {
    static std::mutex m;
    return m;
}

// One GVC context for the whole process, made on first use and never freed
// (call with the lock held). A context per call would be cleaner, but GraphViz
// 2.42's pango plugin caches a pointer to the last font name it measured, and
// that name belongs to the context's font dictionary: after gvFreeContext the
// next render reads freed memory (AddressSanitizer: heap-use-after-free in
// libgvplugin_pango). Keeping the context keeps the name alive. Together with the
// lock above, this is the only static state in claimgraph::export; it holds
// GraphViz's plugin and font caches, nothing of ours, and does not change output.
GVC_t* graphviz_context() {
    static GVC_t* const gvc = gvContext();
    return gvc;
}

// The last message GraphViz kept (agseterr(AGMAX) sends them to its message file
// instead of standard error), or `fallback`.
std::string last_error(const char* fallback) {
    char* msg = aglasterr();
    std::string out = msg && *msg ? msg : fallback;
    std::free(msg);
    while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.pop_back();
    return out;
}

// Owns a graph and its layout in the shared context, freeing them in the right order.
class Session {
public:
    explicit Session(GVC_t* gvc) : gvc_(gvc) {}
    ~Session() {
        if (graph_) {
            if (laid_out_) gvFreeLayout(gvc_, graph_);
            agclose(graph_);
        }
    }
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    Result<std::string> render(const std::string& dot, ImageFormat format) {
        if (!gvc_) return Error{"GraphViz: cannot create a context"};
        graph_ = agmemread(dot.c_str());
        if (!graph_) return Error{"GraphViz cannot read the DOT: " + last_error("syntax error")};
        const char* layout = agget(graph_, const_cast<char*>("layout"));
        const std::string engine = layout && *layout ? layout : "dot";
        if (gvLayout(gvc_, graph_, engine.c_str()) != 0)
            return Error{"GraphViz layout '" + engine + "' failed: " + last_error("unknown error")};
        laid_out_ = true;
        // PNG through cairo by name: the gd renderer would also answer to "png".
        const char* renderer = format == ImageFormat::svg ? "svg" : "png:cairo";
        char* data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(gvc_, graph_, renderer, &data, &length) != 0 || !data) {
            if (data) gvFreeRenderData(data);
            return Error{std::string("GraphViz cannot render ") + renderer + ": " +
                         last_error("renderer missing (is the GraphViz cairo plugin, libgvc6, installed?)")};
        }
        std::string out(data, length);
        gvFreeRenderData(data);
        return out;
    }

private:
    GVC_t* gvc_ = nullptr;
    Agraph_t* graph_ = nullptr;
    bool laid_out_ = false;
};

}  // namespace

Result<std::string> render_dot(std::string_view dot, ImageFormat format) {
    const std::lock_guard<std::mutex> lock(graphviz_lock());
    // Keep warnings and errors from standard error: the library never prints.
    // They stay retrievable with aglasterr(). The previous level is restored.
    const agerrlevel_t previous = agseterr(AGMAX);
    Result<std::string> out = Session(graphviz_context()).render(std::string(dot), format);
    agseterr(previous);
    return out;
}

Result<std::string> to_svg(const graph::ClaimGraph& g) { return render_dot(to_dot(g), ImageFormat::svg); }
Result<std::string> to_png(const graph::ClaimGraph& g) { return render_dot(to_dot(g), ImageFormat::png); }

}  // namespace claimgraph::exporter
