// The mermaid format through mermaid's own parser and renderer, in chromium:
//   node mermaid.test.cjs MERMAID_MIN_JS FILE.mmd [GRAPH.json]
// mermaid.parse() must accept the text with GitHub's limits (maxTextSize 50000,
// maxEdges 500), and mermaid.render() must draw one node per entity and one edge
// per relation (the counts of GRAPH.json when given).
'use strict';
const fs = require('node:fs');
const { launch, watch, run, assert } = require('./lib.cjs');

const [libPath, mmdPath, graphPath] = process.argv.slice(2);
const text = fs.readFileSync(mmdPath, 'utf8');
const graph = graphPath ? JSON.parse(fs.readFileSync(graphPath, 'utf8')) : null;

run('mermaid parses and renders ' + mmdPath, async () => {
  assert.ok(text.length <= 50000, `GitHub renders at most 50000 characters; this is ${text.length}`);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = watch(page, { allowWarnings: true });
    await page.setContent('<!DOCTYPE html><div id="out"></div>');
    await page.addScriptTag({ content: fs.readFileSync(libPath, 'utf8') });
    const result = await page.evaluate(async (src) => {
      mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 50000, maxEdges: 500 });
      const parsed = await mermaid.parse(src);
      const { svg } = await mermaid.render('cg', src);
      const box = document.getElementById('out');
      box.innerHTML = svg;
      return {
        type: parsed && parsed.diagramType,
        nodes: box.querySelectorAll('g.node').length,
        edges: box.querySelectorAll('path.flowchart-link').length,
        labels: Array.from(box.querySelectorAll('g.node')).map((n) => n.textContent.trim()),
      };
    }, text);
    assert.match(String(result.type), /flowchart/);
    const nodeLines = (text.match(/^ {2}(n\d+|empty)[([{>]/gm) || []).length;
    const edgeLines = (text.match(/^ {2}n\d+ (--|-\.-)/gm) || []).length;
    assert.equal(result.nodes, nodeLines);
    assert.equal(result.edges, edgeLines);
    if (graph) {
      assert.equal(result.nodes, Math.max(graph.nodes.length, 1));
      assert.equal(result.edges, graph.edges.length);
      // Labels come through as the entity names (entity codes decoded).
      assert.deepEqual(result.labels.slice().sort(), graph.nodes.map((n) => n.label).sort());
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
