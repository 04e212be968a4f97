// The monitor's views as a person meets them: every view shows real data,
// the register filters (by typing and from the analysis charts), the
// language and contrast switch, the UI is idle when nothing changes, and the
// screens are kept as screenshots at devicePixelRatio 2.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, scrollTo, typeInto, settled, showView, uiState, waitForState } from './ui_driver.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
// run() ends the process before `finally` can stop the monitor.
const browser = await launchBrowser();

async function shoot(page, name, size) {
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(artifacts, `ui-${name}-${size}@2x.png`) });
}

// One page for all tests (loading the UI is the slow part), at
// devicePixelRatio 2; the window is resized between the two sizes, which
// also shows that the UI follows the window.
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
    ['every view at 1280x720, devicePixelRatio 2', () => tour(1280, 720)],
    ['every view at 1920x1080, devicePixelRatio 2', () => tour(1920, 1080)],

    ['typing in the search box and choosing a scale filter the register', async () => {
      await page.setViewportSize({ width: 1280, height: 720 });
      await showView(page, 'nav.register', 'register');
      await typeInto(page, 'register.search', 'veiligheid');
      let s = await waitForState(page, s => s.filter.q === 'veiligheid');
      assert(s.register.shown > 0 && s.register.shown < 33, `the search narrows the list (${s.register.shown})`);
      assert(s.register.order.includes(7), 'Veiligheidsregio Twente (7) is found');
      await clickTarget(page, 'register.clear');
      s = await waitForState(page, s => s.filter.q === '' && s.register.shown === 33);
      await clickTarget(page, 'filter.scale');
      await clickTarget(page, 'filter.scale.0');  // Midden Twente
      s = await waitForState(page, s => s.filter.scale.length === 1);
      assert(s.filter.scale[0] === 'MT' && s.register.shown === 7, `MT shows 7 (${s.register.shown})`);
      await clickTarget(page, 'register.title');  // a click outside closes the list
      await waitForState(page, s => !s.targets['filter.scale.0']);
      await clickTarget(page, 'register.clear');
      await waitForState(page, s => s.register.shown === 33);
    }],

    ['clicking a bar in the analysis filters the register', async () => {
      await showView(page, 'nav.analysis', 'analysis');
      await scrollTo(page, 'chart.scale.Tw');  // below the overview's tally, which names the rows fitted to it
      await clickTarget(page, 'chart.scale.Tw');
      const s = await waitForState(page, s => s.view === 'register');
      assert(JSON.stringify(s.filter.scale) === '["Tw"]', 'the filter is the clicked scale');
      const tw = s.analysis.analysis.by_scale.find(t => t.code === 'Tw').count;
      assert(s.register.shown === tw && tw === 11, `the register shows the bar's ${tw}`);
      await clickTarget(page, 'register.clear');
      await waitForState(page, s => s.register.shown === 33);
    }],

    ['English and high contrast can be switched on and off', async () => {
      await clickTarget(page, 'top.language');
      let s = await waitForState(page, s => s.lang === 'en');
      await clickTarget(page, 'top.contrast');
      s = await waitForState(page, s => s.theme === 'high_contrast');
      await page.screenshot({ path: join(artifacts, 'ui-register-english-contrast-1280x720.png') });
      await clickTarget(page, 'top.language');
      await clickTarget(page, 'top.contrast');
      await waitForState(page, s => s.lang === 'nl' && s.theme === 'light');
    }],

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
