// The offline snapshot as a council member opens it: one HTML file from
// file://, with every network request refused, showing every view with the
// register's data, read-only, and saying which date it is a snapshot of.
import { launchBrowser, run, assert, artifacts } from './harness.mjs';
import { settled, showView, uiState, waitForState } from './ui_driver.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'swm-snapshot-'));
const file = join(dir, 'momentopname.html');
const made = spawnSync(process.env.SWM_EXE, ['snapshot', '--data-dir', join(dir, 'data'), '--output', file], { encoding: 'utf8' });
const browser = await launchBrowser();

try {
  await run([
    ['the snapshot command writes one HTML file', async () => {
      assert(made.status === 0, 'snapshot exited 0: ' + made.stderr);
      const kb = statSync(file).size / 1024;
      assert(kb > 500, `the file holds the UI and the data (${kb.toFixed(0)} kB)`);
    }],

    ['opened from file:// with the network refused, it shows every view with data and no errors', async () => {
      const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1 });
      const refused = [];
      await context.route('**/*', route => {
        const url = route.request().url();
        if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
        refused.push(url);
        return route.abort();
      });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', e => errors.push(String(e)));
      page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto('file://' + file);
      await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true, null, { timeout: 30000 });
      let s = await settled(page);
      assert(s.partnerships_loaded === 33, `the register is there (${s.partnerships_loaded})`);
      assert(s.read_only === true, 'the snapshot is read-only');
      assert(s.version && s.version.snapshot && /^\d{4}-\d\d-\d\d/.test(s.version.snapshot.made_at),
             'the UI knows the date of the snapshot');
      await page.screenshot({ path: join(artifacts, 'snapshot-register-1920x1080.png') });
      for (const [nav, view] of [['nav.analysis', 'analysis'], ['nav.map', 'map'], ['nav.strategy', 'strategy']]) {
        s = await showView(page, nav, view);
        await page.waitForTimeout(200);
        await page.screenshot({ path: join(artifacts, `snapshot-${view}-1920x1080.png`) });
        if (view === 'map') {
          s = await waitForState(page, s => s.map.load === 'ready');
          assert(!s.targets['map.load_official'], 'a snapshot offers no loading of boundaries');
        }
      }
      s = await uiState(page);
      assert(s.strategy.goals === 10, 'the strategy is there');
      assert(refused.length === 0, 'nothing was fetched from the network: ' + refused.join(', '));
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],
  ]);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
