// Time from starting the executable to the first frame the UI draws in
// Chromium with the register on screen, median of 10, and where that time
// goes (a benchmark: it prints, it asserts nothing). The browser is started
// once beforehand; each round starts a fresh monitor on a fresh data folder
// (the 2014 register) and opens a fresh page.
//
// The moments inside the page come from its own performance timeline, and
// the benchmark waits for them inside the page with one call, so nothing of
// its own runs on the thread it measures: Navigation and Resource
// Timing for the transfers, and the marks the UI sets ("swm-wasm-ready" in
// assets/shell.html, "swm-first-frame" and "swm-data-frame" once that frame
// was handed to WebGL, wasm-ui/web_platform.cpp). All are given from the
// start of the process: Chromium's and Node's timeOrigin share the clock.
// Usage: node bench/startup_bench.mjs path/to/samenwerkingsmonitor
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const exe = process.argv[2];
const runs = 10;
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});

function startMonitor(dir) {
  return new Promise((resolve, reject) => {
    const child = spawn(exe, ['--no-browser', '--port', '0', '--data-dir', dir], { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', d => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#login=[0-9a-f]{48}/);  // the login link (README)
      if (m) resolve({ child, url: m[0] });
    });
    child.on('exit', () => reject(new Error('monitor exited: ' + out)));
  });
}

// The page's moments, in ms from its timeOrigin.
function pageTimeline() {
  const nav = performance.getEntriesByType('navigation')[0];
  const resource = path => performance.getEntriesByType('resource').find(r => new URL(r.name).pathname === path);
  const mark = name => performance.getEntriesByName(name, 'mark')[0].startTime;
  const wasm = resource('/ui.wasm'), dataset = resource('/api/dataset');
  return {
    origin: performance.timeOrigin,
    'page received': nav.responseEnd,
    'DOMContentLoaded': nav.domContentLoadedEventEnd,
    '/ui.wasm received': wasm.responseEnd,
    'wasm instantiated': mark('swm-wasm-ready'),
    'first frame': mark('swm-first-frame'),
    '/api/dataset requested': dataset.startTime,
    '/api/dataset received': dataset.responseEnd,
    'first frame with the register': mark('swm-data-frame'),
  };
}

const rounds = [];
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'swm-bench-'));
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const t0 = performance.timeOrigin + performance.now();
  const { child, url } = await startMonitor(dir);
  const round = { 'monitor listening': performance.timeOrigin + performance.now() - t0 };
  await page.goto(url);
  // One call that waits inside the page for the mark: polling would run the
  // benchmark's own scripts on the thread it measures.
  await page.evaluate(() => new Promise(resolve => {
    const seen = () => performance.getEntriesByName('swm-data-frame', 'mark').length > 0;
    if (seen()) return resolve();
    new PerformanceObserver((list, observer) => {
      if (!seen()) return;
      observer.disconnect();
      resolve();
    }).observe({ entryTypes: ['mark'] });
  }));
  const { origin, ...moments } = await page.evaluate(pageTimeline);
  round['page requested'] = origin - t0;
  for (const [what, ms] of Object.entries(moments)) round[what] = origin - t0 + ms;
  rounds.push(round);
  await page.close();
  child.kill('SIGINT');
  rmSync(dir, { recursive: true, force: true });
}
await browser.close();

const median = list => {
  const s = [...list].sort((a, b) => a - b);
  return (s[(s.length - 1) >> 1] + s[s.length >> 1]) / 2;
};
const total = rounds.map(r => r['first frame with the register']);
console.log(`start of the process to the first frame with the register in Chromium: median ${median(total).toFixed(0)} ms ` +
            `(min ${Math.min(...total).toFixed(0)}, max ${Math.max(...total).toFixed(0)}; ${runs} runs, fresh data folder each)`);
console.log('  medians from the start of the process: ' +
            Object.keys(rounds[0]).map(k => `${k} ${median(rounds.map(r => r[k])).toFixed(0)}`).join(', ') + ' ms');
