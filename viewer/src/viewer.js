// claimgraph's interactive viewer. Reads the graph (Cytoscape JSON, #cg-data)
// and the shared palette (#cg-style) from the page, draws them with Cytoscape.js
// and the fCoSE layout, and offers filters, search, evidence on click and export
// of the current view. Everything it needs is in the page: it fetches nothing.
//
// For tests, #cg-status keeps data-nodes and data-edges: the numbers of nodes and
// edges drawn, updated after every filter change.
(function () {
  'use strict';

  const data = JSON.parse(document.getElementById('cg-data').textContent);
  const palette = JSON.parse(document.getElementById('cg-style').textContent);
  const elements = data.elements || { nodes: [], edges: [] };

  if (window.cytoscapeFcose) cytoscape.use(window.cytoscapeFcose);

  // ---- small helpers -------------------------------------------------------

  const $ = (id) => document.getElementById(id);
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c);
    return e;
  }
  const plural = (n, one, many) => n + ' ' + (n === 1 ? one : (many || one + 's'));

  // A seeded random source (mulberry32), so the layout is the same on every load.
  function seeded(seed) {
    let a = seed >>> 0;
    return function () {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }

  const SVGNS = 'http://www.w3.org/2000/svg';
  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    return e;
  }

  // Polygon points of the node shapes we use, in a unit box (-1..1), for the
  // legend swatches and the SVG export. Cytoscape draws the same shapes.
  const SHAPES = {
    'round-rectangle': null, // drawn as a rounded rect
    ellipse: null,
    rectangle: [[-1, -1], [1, -1], [1, 1], [-1, 1]],
    octagon: [[-0.4, -1], [0.4, -1], [1, -0.4], [1, 0.4], [0.4, 1], [-0.4, 1], [-1, 0.4], [-1, -0.4]],
    hexagon: [[-0.5, -1], [0.5, -1], [1, 0], [0.5, 1], [-0.5, 1], [-1, 0]],
    tag: [[-1, -1], [0.5, -1], [1, 0], [0.5, 1], [-1, 1]],
    rhomboid: [[-0.65, -1], [1, -1], [0.65, 1], [-1, 1]],
  };
  function shapeSvg(shape, cx, cy, w, h, attrs) {
    const pts = SHAPES[shape];
    if (shape === 'ellipse') return svgEl('ellipse', Object.assign({ cx, cy, rx: w / 2, ry: h / 2 }, attrs));
    if (!pts) return svgEl('rect', Object.assign({ x: cx - w / 2, y: cy - h / 2, width: w, height: h, rx: Math.min(8, h / 4) }, attrs));
    const p = pts.map(([x, y]) => (cx + (x * w) / 2).toFixed(2) + ',' + (cy + (y * h) / 2).toFixed(2)).join(' ');
    return svgEl('polygon', Object.assign({ points: p }, attrs));
  }
  // An arrow head at (x, y) pointing along angle a, for the legend and the SVG export.
  function headSvg(kind, x, y, a, color, size) {
    const s = size || 8;
    const rot = (px, py) => [x + px * Math.cos(a) - py * Math.sin(a), y + px * Math.sin(a) + py * Math.cos(a)];
    const poly = (pts) => svgEl('polygon', { points: pts.map((p) => rot(p[0], p[1]).map((v) => v.toFixed(2)).join(',')).join(' '), fill: color, stroke: color });
    switch (kind) {
      case 'triangle': return poly([[0, 0], [-s, -s / 2], [-s, s / 2]]);
      case 'vee': return poly([[0, 0], [-s, -s / 2], [-s * 0.6, 0], [-s, s / 2]]);
      case 'diamond': return poly([[0, 0], [-s / 2, -s / 2.5], [-s, 0], [-s / 2, s / 2.5]]);
      case 'tee': return poly([[-1, -s / 1.6], [0, -s / 1.6], [0, s / 1.6], [-1, s / 1.6]]);
      case 'circle': { const c = rot(-s / 2.2, 0); return svgEl('circle', { cx: c[0].toFixed(2), cy: c[1].toFixed(2), r: (s / 2.2).toFixed(2), fill: color }); }
      default: return poly([[0, 0], [-s, -s / 2], [-s, s / 2]]);
    }
  }
  const DASH = { solid: null, dashed: '6 4', dotted: '1.5 3' };

  // ---- the graph -------------------------------------------------------------

  const meta = data.data || {};
  const nodeCount = elements.nodes.length;
  const edgeCount = elements.edges.length;
  $('cg-title').textContent = (meta.generator || 'claimgraph') + ': ' + plural(meta.documents || 0, 'document') + ', ' +
    plural(nodeCount, 'entity', 'entities') + ', ' + plural(edgeCount, 'relation');
  document.title = 'claimgraph: ' + plural(nodeCount, 'entity', 'entities') + ', ' + plural(edgeCount, 'relation');

  const labelWidth = (n) => Math.max(36, Math.min(220, 7 * String(n.data('label')).length + 18));
  const cy = cytoscape({
    container: $('cg-graph'),
    elements: elements,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'shape': 'data(shape)', 'background-color': 'data(fill)',
        'border-color': 'data(border)', 'border-width': 1.5, 'border-style': 'data(border_style)',
        'width': labelWidth, 'height': 26, 'font-size': 11, 'font-family': '"DejaVu Sans", Helvetica, Arial, sans-serif',
        'text-valign': 'center', 'text-halign': 'center', 'text-wrap': 'ellipsis', 'text-max-width': 210, 'color': '#111' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'width': 'data(width)', 'line-color': 'data(color)', 'line-style': 'data(line)',
        'target-arrow-color': 'data(color)', 'target-arrow-shape': 'data(arrow)', 'arrow-scale': 0.9,
        'label': 'data(label)', 'font-size': 9, 'color': 'data(color)', 'text-rotation': 'autorotate',
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'text-background-padding': 1 } },
      { selector: 'edge[?contradicted]', style: { 'underlay-color': '#ff7f00', 'underlay-opacity': 0.35, 'underlay-padding': 4 } },
      { selector: '.hidden', style: { 'display': 'none' } },
      { selector: '.dim', style: { 'opacity': 0.15 } },
      { selector: 'node.match', style: { 'border-width': 4, 'border-color': '#ffb000' } },
      { selector: ':selected', style: { 'overlay-color': '#1f5fa8', 'overlay-opacity': 0.18, 'overlay-padding': 5 } },
    ],
    layout: { name: 'preset' },
  });

  function runLayout(eles) {
    const target = eles || cy.elements(':visible');
    const useFcose = !!window.cytoscapeFcose;
    const random = Math.random;
    Math.random = seeded(20240611); // fCoSE starts from random positions: make them the same every time
    try {
      target.layout(useFcose ? {
        name: 'fcose', quality: 'proof', randomize: true, animate: false, fit: true, padding: 30,
        nodeDimensionsIncludeLabels: true, packComponents: true, nodeRepulsion: 45000, idealEdgeLength: 120,
        nodeSeparation: 100, tile: true,
      } : { name: 'cose', animate: false, randomize: true, fit: true, padding: 30 }).run();
    } finally {
      Math.random = random;
    }
  }

  // ---- filters -----------------------------------------------------------------

  const state = { predicates: new Set(), types: new Set(), stances: new Set(['asserted', 'hedged', 'negated']), minSupport: 1, contradicted: false };
  const countBy = (list, f) => list.reduce((m, x) => m.set(f(x), (m.get(f(x)) || 0) + 1), new Map());
  const edgesByPredicate = countBy(elements.edges, (e) => e.data.predicate);
  const nodesByType = countBy(elements.nodes, (n) => n.data.type);
  const edgesByStance = countBy(elements.edges, (e) => e.data.stance);

  function check(container, value, checked, swatch, caption, count, onchange) {
    const box = el('input', { type: 'checkbox', value: value });
    box.checked = checked;
    box.addEventListener('change', () => onchange(box.checked));
    container.append(el('label', { class: 'cg-check', 'data-value': value }, box, swatch, caption, el('span', { class: 'cg-count' }, String(count || 0))));
  }
  function predicateSwatch(p, line) {
    const s = svgEl('svg', { width: 34, height: 14, viewBox: '0 0 34 14' });
    const l = svgEl('line', { x1: 2, y1: 7, x2: 26, y2: 7, stroke: p.color, 'stroke-width': 2 });
    if (line && DASH[line]) l.setAttribute('stroke-dasharray', DASH[line]);
    s.append(l, headSvg(p.arrow, 32, 7, 0, p.color, 8));
    return s;
  }
  function typeSwatch(t) {
    const s = svgEl('svg', { width: 30, height: 18, viewBox: '0 0 30 18' });
    const a = { fill: t.fill, stroke: t.border, 'stroke-width': 1.5 };
    if (t.border_style === 'dashed') a['stroke-dasharray'] = '3 2';
    s.append(shapeSvg(t.shape, 15, 9, 26, 14, a));
    return s;
  }

  for (const p of palette.predicates) {
    state.predicates.add(p.predicate);
    check($('cg-predicates'), p.predicate, true, predicateSwatch(p), p.predicate, edgesByPredicate.get(p.predicate), (on) => {
      on ? state.predicates.add(p.predicate) : state.predicates.delete(p.predicate); applyFilters();
    });
  }
  for (const t of palette.types) {
    state.types.add(t.type);
    check($('cg-types'), t.type, true, typeSwatch(t), t.type, nodesByType.get(t.type), (on) => {
      on ? state.types.add(t.type) : state.types.delete(t.type); applyFilters();
    });
  }
  const grey = palette.neutral;
  const stanceLines = { asserted: 'solid', hedged: 'dashed', negated: 'dotted' };
  for (const s of ['asserted', 'hedged', 'negated']) {
    const caption = s === 'asserted' ? 'asserted' : 'mostly ' + s;
    check($('cg-stances'), s, true, predicateSwatch({ color: grey, arrow: 'vee' }, stanceLines[s]), caption, edgesByStance.get(s), (on) => {
      on ? state.stances.add(s) : state.stances.delete(s); applyFilters();
    });
  }
  $('cg-contradicted').addEventListener('change', (ev) => { state.contradicted = ev.target.checked; applyFilters(); });
  const maxSupport = elements.edges.reduce((m, e) => Math.max(m, e.data.support), 1);
  const slider = $('cg-min-support');
  slider.max = String(maxSupport);
  slider.addEventListener('input', () => { state.minSupport = Number(slider.value); $('cg-min-support-value').textContent = slider.value; applyFilters(); });
  {
    const lines = $('cg-lines');
    const thick = svgEl('svg', { width: 34, height: 14, viewBox: '0 0 34 14' });
    thick.append(svgEl('line', { x1: 2, y1: 7, x2: 26, y2: 7, stroke: grey, 'stroke-width': 4 }), headSvg('vee', 32, 7, 0, grey, 8));
    lines.append(el('div', { class: 'cg-line' }, thick, 'thicker: more evidence (\u00d7N)'));
    lines.append(el('div', { class: 'cg-line' }, el('span', { class: 'cg-contra-swatch' }), 'halo: contradicted'));
  }

  function edgeVisible(e) {
    const d = e.data();
    return state.predicates.has(d.predicate) && state.stances.has(d.stance) && d.support >= state.minSupport &&
      (!state.contradicted || d.contradicted) &&
      state.types.has(e.source().data('type')) && state.types.has(e.target().data('type'));
  }

  function applyFilters() {
    cy.batch(() => {
      cy.edges().forEach((e) => { edgeVisible(e) ? e.removeClass('hidden') : e.addClass('hidden'); });
      // An entity is drawn while one of its relations is.
      cy.nodes().forEach((n) => {
        const shown = state.types.has(n.data('type')) && n.connectedEdges().some((e) => !e.hasClass('hidden'));
        shown ? n.removeClass('hidden') : n.addClass('hidden');
      });
    });
    updateStatus();
  }

  function updateStatus() {
    const nodes = cy.nodes().filter((n) => !n.hasClass('hidden')).length;
    const edges = cy.edges().filter((e) => !e.hasClass('hidden')).length;
    const status = $('cg-status');
    status.dataset.nodes = String(nodes);
    status.dataset.edges = String(edges);
    status.textContent = 'Showing ' + plural(nodes, 'entity', 'entities') + ' and ' + plural(edges, 'relation') +
      ' of ' + nodeCount + ' and ' + edgeCount + '.';
  }

  // ---- search ------------------------------------------------------------------

  function search(q) {
    const query = q.trim().toLowerCase();
    cy.batch(() => { cy.elements().removeClass('dim match'); });
    if (!query) { $('cg-search-result').textContent = ''; return; }
    const hits = cy.nodes().filter((n) => !n.hasClass('hidden') && (
      String(n.data('label')).toLowerCase().includes(query) ||
      (n.data('aliases') || []).some((a) => a.toLowerCase().includes(query))));
    $('cg-search-result').textContent = hits.length ? plural(hits.length, 'match', 'matches') : 'no match';
    if (!hits.length) return;
    const near = hits.closedNeighborhood();
    cy.batch(() => { cy.elements().not(near).addClass('dim'); hits.addClass('match'); });
    cy.animate({ fit: { eles: near.filter((x) => !x.hasClass('hidden')), padding: 60 } }, { duration: 250 });
  }
  $('cg-search').addEventListener('input', (ev) => search(ev.target.value));

  // ---- details -------------------------------------------------------------------

  // The sentence as text nodes, with the first occurrence of the cue in <mark>.
  function highlighted(sentence, cue) {
    const out = el('div', { class: 'cg-sentence' });
    const i = cue ? sentence.toLowerCase().indexOf(cue.toLowerCase()) : -1;
    if (i < 0) { out.append(sentence); return out; }
    out.append(sentence.slice(0, i), el('mark', {}, sentence.slice(i, i + cue.length)), sentence.slice(i + cue.length));
    return out;
  }

  function selectElement(id) {
    const e = cy.getElementById(id);
    if (!e.nonempty()) return;
    cy.elements().unselect();
    e.select();
    showDetails(e);
  }

  function edgeLink(e) {
    const d = e.data();
    const a = el('a', { class: 'cg-link' }, d.source + ' ' + d.predicate + ' ' + d.target);
    a.addEventListener('click', () => selectElement(e.id()));
    return el('li', {}, a, el('span', { class: 'cg-badge' }, '\u00d7' + d.support));
  }

  function showDetails(e) {
    const box = $('cg-details');
    box.replaceChildren();
    const d = e.data();
    if (e.isNode()) {
      box.append(el('h2', {}, d.label));
      box.append(el('p', { class: 'cg-meta' }, d.type + ', ' + plural(d.mentions, 'mention')));
      if (d.aliases && d.aliases.length) box.append(el('p', { class: 'cg-meta' }, 'aliases: ' + d.aliases.join(', ')));
      const out = e.outgoers('edge'), inc = e.incomers('edge');
      if (out.length) { box.append(el('h3', {}, 'Claims about it as subject')); box.append(el('ul', {}, ...out.map(edgeLink))); }
      if (inc.length) { box.append(el('h3', {}, 'Claims about it as target')); box.append(el('ul', {}, ...inc.map(edgeLink))); }
      return;
    }
    box.append(el('h2', {}, d.source + ' ' + d.predicate + ' ' + d.target + (d.mode ? ' (' + d.mode + ')' : '')));
    box.append(el('p', { class: 'cg-meta' }, plural(d.support, 'claim') + ' in ' + plural(d.documents, 'document') + ', ' +
      d.hedged + ' hedged, ' + d.negated + ' negated'));
    if (d.contradicted) {
      const list = el('ul', {});
      for (const id of d.contradicts) {
        if (id === d.key) { list.append(el('li', {}, 'itself: its evidence disagrees (negated and not, or agonist and antagonist)')); continue; }
        const other = cy.edges().filter((x) => x.data('key') === id);
        list.append(other.nonempty() ? edgeLink(other[0]) : el('li', {}, id));
      }
      box.append(el('h3', {}, 'Contradicted by'), list);
    }
    box.append(el('h3', {}, 'Evidence'));
    if (d.evidence.length < d.support) box.append(el('p', { class: 'cg-meta' }, 'the first ' + d.evidence.length + ' of ' + d.support + ' kept'));
    for (const ev of d.evidence) {
      const flags = [];
      if (ev.hedged) flags.push(el('span', { class: 'cg-badge' }, 'hedged'));
      if (ev.negated) flags.push(el('span', { class: 'cg-badge' }, 'negated'));
      if (ev.mode) flags.push(el('span', { class: 'cg-badge' }, ev.mode));
      box.append(el('div', { class: 'cg-evidence' + (ev.hedged ? ' hedged' : '') + (ev.negated ? ' negated' : '') },
        el('div', { class: 'cg-doc' }, ev.doc + ' [' + ev.start + '\u2013' + ev.end + ']', ...flags),
        highlighted(ev.sentence, ev.cue),
        el('div', { class: 'cg-doc' }, 'cue: \u201c' + ev.cue + '\u201d')));
    }
  }

  cy.on('tap', 'node, edge', (ev) => showDetails(ev.target));

  // ---- export --------------------------------------------------------------------

  function download(name, blob) {
    const a = el('a', { href: URL.createObjectURL(blob), download: name });
    document.body.append(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }
  $('cg-png').addEventListener('click', () => download('claimgraph.png', cy.png({ output: 'blob', bg: '#ffffff', full: true, scale: 2 })));
  $('cg-svg').addEventListener('click', () => download('claimgraph.svg', new Blob([toSvg()], { type: 'image/svg+xml' })));

  // The drawn (not hidden) elements as standalone SVG, in model coordinates.
  function toSvg() {
    const shown = cy.elements().filter((x) => !x.hasClass('hidden'));
    const bb = shown.boundingBox({ includeLabels: true });
    const pad = 20;
    const svg = svgEl('svg', { xmlns: SVGNS, width: Math.ceil(bb.w + 2 * pad), height: Math.ceil(bb.h + 2 * pad),
      viewBox: [bb.x1 - pad, bb.y1 - pad, bb.w + 2 * pad, bb.h + 2 * pad].map((v) => v.toFixed(1)).join(' '),
      'font-family': 'DejaVu Sans, Helvetica, Arial, sans-serif' });
    svg.append(svgEl('rect', { x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad, fill: '#fff' }));
    shown.edges().forEach((e) => {
      const d = e.data();
      const s = e.sourceEndpoint(), t = e.targetEndpoint();
      // An edge whose ends overlap has no drawable path (Cytoscape skips it too).
      if (![s.x, s.y, t.x, t.y].every(Number.isFinite)) return;
      const cps = (e.controlPoints() || []).filter((c) => Number.isFinite(c.x) && Number.isFinite(c.y));
      let path = 'M' + s.x.toFixed(1) + ',' + s.y.toFixed(1);
      let last = s;
      if (cps.length === 1) { path += ' Q' + cps[0].x.toFixed(1) + ',' + cps[0].y.toFixed(1) + ' '; last = cps[0]; } else {
        for (const c of cps) { path += ' L' + c.x.toFixed(1) + ',' + c.y.toFixed(1); last = c; }
        path += ' L';
      }
      path += t.x.toFixed(1) + ',' + t.y.toFixed(1);
      const g = svgEl('g', {});
      g.append(svgEl('title', {})); g.lastChild.textContent = d.source + ' ' + d.predicate + ' ' + d.target;
      if (d.contradicted) g.append(svgEl('path', { d: path, fill: 'none', stroke: '#ff7f00', 'stroke-opacity': 0.35, 'stroke-width': d.width + 8 }));
      const line = svgEl('path', { d: path, fill: 'none', stroke: d.color, 'stroke-width': d.width });
      if (DASH[d.line]) line.setAttribute('stroke-dasharray', DASH[d.line]);
      g.append(line, headSvg(d.arrow, t.x, t.y, Math.atan2(t.y - last.y, t.x - last.x), d.color, 6 + d.width));
      if (d.label) {
        const m = e.midpoint();
        const text = svgEl('text', { x: m.x.toFixed(1), y: (m.y - 2).toFixed(1), 'font-size': 9, fill: d.color, 'text-anchor': 'middle' });
        text.textContent = d.label;
        g.append(text);
      }
      svg.append(g);
    });
    shown.nodes().forEach((n) => {
      const d = n.data(), p = n.position();
      const a = { fill: d.fill, stroke: d.border, 'stroke-width': 1.5 };
      if (d.border_style === 'dashed') a['stroke-dasharray'] = '4 3';
      const g = svgEl('g', {});
      g.append(shapeSvg(d.shape, p.x, p.y, n.width(), n.height(), a));
      const text = svgEl('text', { x: p.x.toFixed(1), y: (p.y + 4).toFixed(1), 'font-size': 11, 'text-anchor': 'middle', fill: '#111' });
      text.textContent = d.label;
      g.append(text);
      svg.append(g);
    });
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg) + '\n';
  }

  $('cg-fit').addEventListener('click', () => cy.fit(cy.elements(':visible'), 30));
  $('cg-relayout').addEventListener('click', () => runLayout());

  runLayout(cy.elements());
  applyFilters();
  // For tests and the console: the Cytoscape instance and the exporters.
  window.claimgraph = { cy, applyFilters, toSvg, runLayout, select: selectElement };
  document.body.dataset.ready = 'true';
})();
