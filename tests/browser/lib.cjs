// Shared by the browser tests: Debian's chromium (never a downloaded browser),
// driven by playwright-core, headless, with a fresh profile and no network use of
// its own. The npm packages come from CG_TEST_MODULES (npm ci of tests/browser/
// into the build tree, see tests/formats.cmake).
'use strict';
const path = require('node:path');
const assert = require('node:assert/strict');

const modules = path.resolve(process.env.CG_TEST_MODULES || path.join(__dirname, 'node_modules'));
const { chromium } = require(path.join(modules, 'playwright-core'));

const CHROMIUM = process.env.CG_CHROMIUM || '/usr/bin/chromium';

async function launch() {
  // playwright gives every launch a new, empty --user-data-dir.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
}

// Fails the page on any script error or console error, and on any request that
// leaves the page (http, https, ws): the formats must work offline.
function watch(page, { allowWarnings = false } = {}) {
  const problems = [];
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || (!allowWarnings && m.type() === 'warning')) problems.push('console ' + m.type() + ': ' + m.text());
  });
  page.on('request', (r) => {
    if (!/^(file|data|blob|about):/.test(r.url())) problems.push('network request: ' + r.url());
  });
  return problems;
}

// Runs `body` and reports like a test runner: the process fails on the first error.
function run(name, body) {
  const started = Date.now();
  body().then(() => {
    console.log(`ok - ${name} (${Date.now() - started} ms)`);
  }).catch((e) => {
    console.error(`not ok - ${name}\n${e && e.stack ? e.stack : e}`);
    process.exitCode = 1;
  });
}

module.exports = { launch, watch, run, assert, modules };
