// The html format in a real browser: node viewer.test.cjs PAGE.html GRAPH.json [SCREENSHOT.png]
// GRAPH.json is the same graph in the json format, the expected counts.
// Checks: the page loads from file:// with no request and no error; #cg-status
// counts what the graph has; a click on a relation shows its evidence (document
// names and the cue highlighted); filters change the counts as they should; the
// PNG and SVG exports produce images; and a screenshot is kept.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch, watch, run, assert } = require('./lib.cjs');

const [pagePath, graphPath, shotPath] = process.argv.slice(2);
const graph = JSON.parse(fs.readFileSync(graphPath, 'utf8'));

async function status(page) {
  return page.$eval('#cg-status', (s) => ({ nodes: Number(s.dataset.nodes), edges: Number(s.dataset.edges) }));
}

// What the page should show with only the edges `keep` accepts: those edges and
// the entities they touch.
function expected(keep) {
  const edges = graph.edges.filter(keep);
  const nodes = new Set(edges.flatMap((e) => [e.source, e.target]));
  return { nodes: nodes.size, edges: edges.length };
}

run('viewer: ' + path.basename(pagePath), async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
    const problems = watch(page);
    await page.goto(pathToFileURL(path.resolve(pagePath)).href);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 60000 });

    // Drawn counts equal the graph's.
    assert.deepEqual(await status(page), { nodes: graph.nodes.length, edges: graph.edges.length });
    assert.ok(graph.edges.length > 0, 'the test graph has edges');

    // A real click on a relation, at its drawn midpoint: the most supported one
    // whose midpoint no entity covers.
    const box = await page.$eval('#cg-graph', (g) => { const r = g.getBoundingClientRect(); return { x: r.x, y: r.y }; });
    const ranked = graph.edges.slice().sort((a, b) => b.support - a.support).map((e) => e.id);
    const target = await page.evaluate((ids) => {
      const cy = window.claimgraph.cy;
      for (const id of ids) {
        const e = cy.edges().filter((x) => x.data('key') === id)[0];
        cy.fit(e, 200);
        const m = e.renderedMidpoint();
        const covered = cy.nodes().some((n) => { const b = n.renderedBoundingBox(); return m.x >= b.x1 - 4 && m.x <= b.x2 + 4 && m.y >= b.y1 - 4 && m.y <= b.y2 + 4; });
        if (!covered) return { id, x: m.x, y: m.y };
      }
      return null;
    }, ranked);
    assert.ok(target, 'some edge midpoint is free to click');
    const best = graph.edges.find((e) => e.id === target.id);
    await page.mouse.click(box.x + target.x, box.y + target.y);
    const details = await page.$eval('#cg-details', (d) => ({
      title: d.querySelector('h2') && d.querySelector('h2').textContent,
      docs: Array.from(d.querySelectorAll('.cg-evidence .cg-doc')).map((x) => x.textContent),
      marks: Array.from(d.querySelectorAll('.cg-evidence mark')).map((x) => x.textContent),
      items: d.querySelectorAll('.cg-evidence').length,
    }));
    assert.equal(details.title, `${best.source} ${best.predicate} ${best.target}` + (best.mode ? ` (${best.mode})` : ''));
    assert.equal(details.items, best.evidence.length);
    for (const ev of best.evidence) assert.ok(details.docs.some((d) => d.startsWith(ev.doc)), 'names ' + ev.doc);
    assert.ok(details.marks.length > 0, 'the cue is highlighted');
    assert.ok(details.marks.every((m) => best.evidence.some((ev) => ev.cue.toLowerCase() === m.toLowerCase())));

    // A click on an entity lists its relations.
    const nodeAt = await page.evaluate((id) => {
      const cy = window.claimgraph.cy; const n = cy.getElementById(id); cy.fit(n, 300); return n.renderedPosition();
    }, best.source);
    await page.mouse.click(box.x + nodeAt.x, box.y + nodeAt.y);
    assert.equal(await page.$eval('#cg-details h2', (h) => h.textContent), best.source);
    await page.click('#cg-fit');

    // Filters: a predicate off, an entity type off, a minimum support, a stance off.
    const uncheck = (group, value) => page.click(`#${group} label[data-value="${value}"] input`);
    const top = graph.edges.reduce((m, e) => m.set(e.predicate, (m.get(e.predicate) || 0) + 1), new Map());
    const predicate = [...top.entries()].sort((a, b) => b[1] - a[1])[0][0];
    await uncheck('cg-predicates', predicate);
    assert.deepEqual(await status(page), expected((e) => e.predicate !== predicate));
    await uncheck('cg-predicates', predicate);  // on again
    assert.deepEqual(await status(page), { nodes: graph.nodes.length, edges: graph.edges.length });

    const typeOf = new Map(graph.nodes.map((n) => [n.id, n.type]));
    await uncheck('cg-types', 'condition');
    assert.deepEqual(await status(page), expected((e) => typeOf.get(e.source) !== 'condition' && typeOf.get(e.target) !== 'condition'));
    await uncheck('cg-types', 'condition');

    // Minimum support: the largest support keeps only the best-supported relations.
    const most = Math.max(...graph.edges.map((e) => e.support));
    if (most > 1) {
      await page.$eval('#cg-min-support', (s, v) => { s.value = String(v); s.dispatchEvent(new Event('input')); }, most);
      const supported = expected((e) => e.support >= most);
      assert.deepEqual(await status(page), supported);
      assert.ok(supported.edges < graph.edges.length, 'a minimum support hides something');
      await page.$eval('#cg-min-support', (s) => { s.value = '1'; s.dispatchEvent(new Event('input')); });
    }

    const stance = (e) => (e.negated * 2 > e.support ? 'negated' : e.hedged * 2 > e.support ? 'hedged' : 'asserted');
    await uncheck('cg-stances', 'hedged');
    assert.deepEqual(await status(page), expected((e) => stance(e) !== 'hedged'));
    await uncheck('cg-stances', 'hedged');

    await page.click('#cg-contradicted');
    assert.deepEqual(await status(page), expected((e) => e.contradicts.length > 0));
    await page.click('#cg-contradicted');
    assert.deepEqual(await status(page), { nodes: graph.nodes.length, edges: graph.edges.length });

    // Search marks the matching entities.
    await page.fill('#cg-search', best.source);
    assert.match(await page.textContent('#cg-search-result'), /match/);
    assert.ok(await page.evaluate(() => window.claimgraph.cy.nodes('.match').length) >= 1);
    await page.fill('#cg-search', '');

    // Exports of the current view.
    const [png] = await Promise.all([page.waitForEvent('download'), page.click('#cg-png')]);
    const pngBytes = fs.readFileSync(await png.path());
    assert.deepEqual([...pngBytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#cg-svg')]);
    const svgText = fs.readFileSync(await svg.path(), 'utf8');
    // The browser itself must read the SVG as an image of the drawn size.
    const size = await page.evaluate(async (text) => {
      const img = new Image();
      img.src = 'data:image/svg+xml;base64,' + btoa(unescape(encodeURIComponent(text)));
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, svgText);
    assert.ok(size.w > 100 && size.h > 100, 'the SVG export decodes: ' + JSON.stringify(size));
    assert.equal((svgText.match(/<title>/g) || []).length, graph.edges.length, 'one SVG group per edge');

    if (shotPath) {
      await page.click('#cg-fit');
      // With the clicked relation's evidence open, as a reader would see it.
      await page.evaluate((key) => {
        const cy = window.claimgraph.cy;
        window.claimgraph.select(cy.edges().filter((x) => x.data('key') === key)[0].id());
        cy.fit(undefined, 30);
      }, best.id);
      fs.mkdirSync(path.dirname(shotPath), { recursive: true });
      await page.screenshot({ path: shotPath });
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
