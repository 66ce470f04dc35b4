// The svg and png formats as images in chromium: node images.test.cjs FILE...
// Each must decode as an <img> (a browser is the strictest common reader) with
// the size its own header states.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { launch, watch, run, assert } = require('./lib.cjs');

const files = process.argv.slice(2);

run('chromium decodes ' + files.map((f) => path.basename(f)).join(', '), async () => {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    const problems = watch(page);
    await page.goto(pathToFileURL(path.resolve(files[0])).href);  // a file:// origin may load file:// images
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      let want;
      if (f.endsWith('.png')) {
        assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
        want = { w: bytes.readUInt32BE(16), h: bytes.readUInt32BE(20) };
      } else {
        const svg = bytes.toString('utf8');
        const m = svg.match(/<svg[^>]*\swidth="(\d+)pt"[^>]*\sheight="(\d+)pt"/);
        assert.ok(m, 'the SVG states its size');
        want = { w: Math.round(Number(m[1]) * 4 / 3), h: Math.round(Number(m[2]) * 4 / 3) };  // pt to CSS px
      }
      const got = await page.evaluate(async (url) => {
        const img = new Image();
        img.src = url;
        await img.decode();
        return { w: img.naturalWidth, h: img.naturalHeight };
      }, pathToFileURL(path.resolve(f)).href);
      assert.ok(Math.abs(got.w - want.w) <= 1 && Math.abs(got.h - want.h) <= 1, `${f}: ${JSON.stringify(got)} vs ${JSON.stringify(want)}`);
    }
    assert.deepEqual(problems, []);
  } finally {
    await browser.close();
  }
});
