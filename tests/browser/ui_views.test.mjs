// The monitor's views in Chromium: every view shows real data from the host
// at devicePixelRatio 2 (kept as screenshots), and the UI is idle when
// nothing changes. Filtering, the language and contrast switch and what each
// view says are tested without a browser (tests/ui).
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, settled, showView, uiState, waitForState } from './ui_driver.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
// run() ends the process before `finally` can stop the monitor.
const browser = await launchBrowser();

async function shoot(page, name, size) {
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(artifacts, `ui-${name}-${size}@2x.png`) });
}

// One page for all tests (loading the UI is the slow part), at
// devicePixelRatio 2, resized to the tour's size: the UI follows the window.
const { page, errors } = await openUi(browser, monitor.url, { width: 1280, height: 720, deviceScaleFactor: 2 });
await settled(page);

// Visits every view at one window size and keeps a screenshot of each.
async function tour(width, height) {
  const size = `${width}x${height}`;
  await page.setViewportSize({ width, height });
  await showView(page, 'nav.register', 'register');
  let s = await waitForState(page, s => s.targets['nav.register'] && s.viewport && s.viewport[0] === width);
  assert(s.view === 'register' && s.lang === 'nl', 'starts in the Dutch register');
  assert(s.register.shown === 33 && s.register.total === 33, `all 33 partnerships listed (${s.register.shown})`);
  assert(s.peildatum === '2014-11', 'the peildatum is known');
  assert(s.targets['top.peildatum'] && s.targets['top.save'], 'peildatum and save state are on screen');
  await shoot(page, 'register', size);

  await clickTarget(page, 'register.row.3');
  s = await waitForState(page, s => s.view === 'detail' && s.detail.history_loaded);
  assert(s.selected === 3, 'the row opened its detail');
  await shoot(page, 'detail', size);

  s = await showView(page, 'nav.analysis', 'analysis');
  assert(s.analysis.seed_sum === 27, 'the seed tally adds up to 27');
  assert(/9 GR, 4 SOK, 2 convenant, 7 project en 5 overig/.test(s.analysis.seed_text), 'the seed tally is quoted');
  assert(/27 van de 29/.test(s.analysis.seed_text), 'the 27-of-29 note is shown');
  await shoot(page, 'analysis', size);

  if (s.targets['nav.map']) {
    await showView(page, 'nav.map', 'map');
    await page.waitForTimeout(300);
    await shoot(page, 'map', size);
  }

  s = await showView(page, 'nav.strategy', 'strategy');
  assert(s.strategy.goals === 10 && s.strategy.principles === 10 && s.strategy.layers === 4,
         'ten goals, ten principles, four layers');
  assert(s.strategy.success_links > 0, 'successes link to register entries');
  await shoot(page, 'strategy', size);
}

try {
  await run([
    ['every view at 1920x1080, devicePixelRatio 2', () => tour(1920, 1080)],

    ['idle means idle: no frames and next to no CPU while nothing changes', async () => {
      // Loading and the last click end with a few frames; wait until they stop (on a busy machine
      // that can take a moment), then watch for three seconds.
      let last = -1;
      for (let i = 0; i < 40; i++) {
        const f = (await uiState(page)).frames;
        if (f === last) break;
        last = f;
        await page.waitForTimeout(250);
      }
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find(m => m.name === 'TaskDuration').value;
      const before = (await uiState(page)).frames;
      const t0 = await task();
      await page.waitForTimeout(3000);
      const cpu = (await task() - t0) / 3;
      const after = (await uiState(page)).frames;
      console.log(`# idle: ${after - before} frames in 3 s, renderer main thread busy ${(cpu * 100).toFixed(2)} %`);
      assert(after === before, `no frames while idle (${before} -> ${after})`);
      assert(cpu < 0.02, `idle CPU under 2 % (${(cpu * 100).toFixed(2)} %)`);
    }],

    ['no page errors along the way', async () => {
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
