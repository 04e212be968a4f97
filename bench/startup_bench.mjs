// Time from starting the executable to the first frame the UI draws in
// Chromium, and to the first frame drawn with the register loaded, median of
// 10 (a benchmark: it prints, it asserts nothing). The
// browser is started once beforehand; each round starts a fresh monitor on
// a fresh data folder and opens a fresh page.
// Usage: node bench/startup_bench.mjs path/to/samenwerkingsmonitor
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(join(process.cwd(), 'tests/browser/package.json'));
const { chromium } = require('playwright-core');
const exe = process.argv[2];
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

const times = [], withData = [];
for (let i = 0; i < 10; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'swm-bench-'));
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const t0 = performance.now();
  const { child, url } = await startMonitor(dir);
  await page.goto(url);
  // The page's CSP allows no eval: the predicates are functions.
  const poll = { polling: 'raf', timeout: 30000 };
  await page.waitForFunction(() => {
    if (typeof Module === 'undefined' || !Module.calledRun) return false;
    return JSON.parse(Module.ccall('swm_state_json', 'string', [], [])).frames >= 1;
  }, null, poll);
  times.push(performance.now() - t0);
  // Polled once per animation frame: the UI holds the register at this
  // frame and draws it in this one or the next (it is idle after that,
  // so no later frame can be waited for).
  await page.waitForFunction(() => JSON.parse(Module.ccall('swm_state_json', 'string', [], [])).loaded, null, poll);
  withData.push(performance.now() - t0);
  await page.close();
  child.kill('SIGINT');
  rmSync(dir, { recursive: true, force: true });
}
await browser.close();
for (const [what, list] of [['the first frame', times], ['the first frame with the register', withData]]) {
  list.sort((a, b) => a - b);
  const median = (list[4] + list[5]) / 2;
  console.log(`start of the process to ${what} in Chromium: median ${median.toFixed(0)} ms ` +
              `(min ${list[0].toFixed(0)}, max ${list[9].toFixed(0)}; 10 runs, fresh data folder each)`);
}
