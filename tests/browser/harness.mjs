// Shared by the browser tests: starts the real executable on a free port with
// a temporary data folder, launches Debian's Chromium through playwright-core,
// and reads the UI's state through the function the wasm module exports.
// Every browser context signs in as a person does (README): through a login
// link with a one-time secret, the first one as printed, later ones fresh
// from the running monitor, as a second start would get them.
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const artifacts = process.env.SWM_ARTIFACTS || join(process.cwd(), 'artifacts');
mkdirSync(artifacts, { recursive: true });

// run() ends the process with process.exit, before callers' finally blocks:
// monitors still running then are stopped here, their folders removed.
const running = new Set();
process.on('exit', () => {
  for (const m of running) {
    m.proc.kill('SIGKILL');
    rmSync(m.dataDir, { recursive: true, force: true });
  }
});

export async function startMonitor(extraArgs = []) {
  const exe = process.env.SWM_EXE;
  if (!exe) throw new Error('SWM_EXE is not set (run through ctest)');
  const dataDir = mkdtempSync(join(tmpdir(), 'swm-browser-'));
  const proc = spawn(exe, ['--no-browser', '--port', '0', '--data-dir', dataDir, ...extraArgs],
                     { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stderr.on('data', d => { log += d; });
  const url = await new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('no login link printed: ' + out + log)), 15000);
    proc.stdout.on('data', d => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:\d+\/#login=[0-9a-f]{48}\S*(?=\n)/);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
    proc.on('exit', code => reject(new Error(`monitor exited with ${code}: ${out}${log}`)));
  });
  const base = url.slice(0, url.indexOf('#'));
  let credential = '';
  const monitor = {
    url,   // the printed login link (one use)
    base,  // http://127.0.0.1:PORT/
    dataDir, proc,
    log: () => log,
    // A fresh one-time login link, opening `fragment` (without '#') after
    // signing in: what a second start prints. The running monitor's lock
    // file holds the key that proves this is the same OS user.
    async link(fragment = '') {
      const key = readFileSync(join(dataDir, 'monitor.lock'), 'utf8').match(/^key=(.*)$/m)[1];
      const res = await fetch(base + 'api/login/secret', { method: 'POST', headers: { Authorization: 'Bearer ' + key } });
      if (res.status !== 201) throw new Error('no login secret: ' + res.status);
      const { secret } = await res.json();
      return base + '#login=' + secret + (fragment ? '&' + fragment : '');
    },
    // Headers a script sends once signed in (README): the credential traded
    // for a one-time secret, and for writes the monitor's own Origin.
    async headers(extra = {}) {
      if (!credential) {
        const secret = new URL(await monitor.link()).hash.match(/login=([0-9a-f]+)/)[1];
        const res = await fetch(base + 'api/login', { method: 'POST', body: JSON.stringify({ secret }),
                                                      headers: { 'Content-Type': 'application/json' } });
        credential = (await res.json()).credential;
      }
      return { Authorization: 'Bearer ' + credential, Origin: base.slice(0, -1), ...extra };
    },
    // fetch() of a path on the monitor, signed in.
    async fetch(path, init = {}) {
      return fetch(base + path.replace(/^\//, ''), { ...init, headers: await monitor.headers(init.headers || {}) });
    },
    async stop() {
      running.delete(monitor);
      proc.kill('SIGINT');
      await new Promise(r => proc.once('exit', r));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  running.add(monitor);
  return monitor;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
           '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

// Opens the UI in a page of the given size and pixel ratio and collects page
// errors, which every test asserts to be empty. `url` is a login link (a
// new context holds no session yet) or a file:// snapshot. The browser
// remembers `editor` as the name of who makes changes, so the question for
// it (wasm-ui/editor_prompt.h) does not cover the screen; null leaves it out.
export async function openUi(browser, url, { width = 1280, height = 720, deviceScaleFactor = 1, editor = 'Browsertest' } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor });
  if (editor !== null) {
    await context.addInitScript(name => {
      try { if (!localStorage.getItem('swm-editor')) localStorage.setItem('swm-editor', name); } catch (e) { /* file:// */ }
    }, editor);
  }
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(url);
  await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true, null, { timeout: 30000 });
  return { page, context, errors };
}

export async function uiState(page) {
  return page.evaluate(() => JSON.parse(Module.ccall('swm_state_json', 'string', [], [])));
}

// Waits until `pred(state)` holds, or fails with the last state seen.
export async function waitForState(page, pred, timeout = 15000) {
  const end = Date.now() + timeout;
  let s;
  while (Date.now() < end) {
    s = await uiState(page);
    if (pred(s)) return s;
    await page.waitForTimeout(50);
  }
  throw new Error('UI state never matched: ' + JSON.stringify(s).slice(0, 2000));
}

// A tiny test runner with the closing line ctest and CI read.
export async function run(tests) {
  let passed = 0, failed = 0;
  for (const [name, fn] of tests) {
    try {
      await fn();
      passed++;
      console.log(`ok - ${name}`);
    } catch (e) {
      failed++;
      console.log(`not ok - ${name}\n${e && e.stack || e}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

export function assert(cond, message) {
  if (!cond) throw new Error('assertion failed: ' + message);
}
