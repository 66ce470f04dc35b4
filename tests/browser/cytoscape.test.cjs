// The cytoscape format in Cytoscape.js itself, in chromium:
//   node cytoscape.test.cjs GRAPH.cyjs GRAPH.json CYTOSCAPE_MIN_JS
// The file's `elements` must load unchanged with cytoscape({elements}) and with
// cy.add(), and the whole file with cytoscape(file) (the .cyjs/cy.json() form),
// each giving the graph's counts; a stylesheet of data(...) mappings must apply
// to every element without a warning (the styling travels as valid data).
'use strict';
const fs = require('node:fs');
const { launch, watch, run, assert } = require('./lib.cjs');

const [cyjsPath, graphPath, libPath] = process.argv.slice(2);
const cyjs = fs.readFileSync(cyjsPath, 'utf8');
const graph = JSON.parse(fs.readFileSync(graphPath, 'utf8'));

run('cytoscape.js loads ' + cyjsPath, async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.setContent('<!DOCTYPE html><div id="cy" style="width:800px;height:600px"></div>');
    await page.addScriptTag({ content: fs.readFileSync(libPath, 'utf8') });
    const result = await page.evaluate((text) => {
      const file = JSON.parse(text);
      const style = [
        { selector: 'node', style: { 'shape': 'data(shape)', 'background-color': 'data(fill)', 'border-color': 'data(border)',
          'border-style': 'data(border_style)', 'border-width': 1, 'label': 'data(label)' } },
        { selector: 'edge', style: { 'line-color': 'data(color)', 'target-arrow-color': 'data(color)', 'target-arrow-shape': 'data(arrow)',
          'line-style': 'data(line)', 'width': 'data(width)', 'label': 'data(label)', 'curve-style': 'bezier' } },
      ];
      const container = document.getElementById('cy');
      const a = cytoscape({ container, elements: file.elements, style, layout: { name: 'grid' } });
      const b = cytoscape({ headless: true });
      b.add(file.elements);
      const c = cytoscape(Object.assign({ headless: true }, file));
      // Every element drawn with its data's style (an invalid value would fall back to the default).
      const styled = a.nodes().every((n) => n.style('shape') === n.data('shape')) &&
        a.edges().every((e) => e.style('target-arrow-shape') === e.data('arrow') && e.style('line-style') === e.data('line'));
      const counts = (cy) => ({ nodes: cy.nodes().length, edges: cy.edges().length });
      const edgeKeys = a.edges().map((e) => e.data('key')).sort();
      return { a: counts(a), b: counts(b), c: counts(c), styled, edgeKeys, dataDocs: c.data('documents') };
    }, cyjs);
    const want = { nodes: graph.nodes.length, edges: graph.edges.length };
    assert.deepEqual(result.a, want);
    assert.deepEqual(result.b, want);
    assert.deepEqual(result.c, want);
    assert.equal(result.styled, true);
    assert.deepEqual(result.edgeKeys, graph.edges.map((e) => e.id).sort());
    assert.equal(result.dataDocs, graph.graph.documents);
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
