// Presentation mode as a presenter meets it in a council session: the default
// deck walked with the keys presenters and their remotes send, the screen
// blanked and brought back, high contrast one key away, Esc back to the
// monitor; `--present` opens the deck on a host that refuses writes. Every
// slide is laid out for the room: body text at least 24 px at 1024x768 (a
// council room's projector), larger on larger screens, the register's table
// with the columns the slide asks about and whole names. Every slide is kept
// as a screenshot at 1920x1080 and at 1024x768.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, settled, uiState, waitForState } from './ui_driver.mjs';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const browser = await launchBrowser();

// What each slide of the default deck (assets/data/default-deck.json) must show.
const slideShows = [
  s => s.view === 'map' && s.map.colouring === 'scale',
  s => s.view === 'map' && s.map.colouring === 'shared',
  s => s.view === 'analysis' && s.section === 'legal_form' && s.analysis.seed_sum === 27,
  s => s.view === 'analysis' && s.section === 'layer',
  s => s.view === 'register' && JSON.stringify(s.filter.status) === '["in_onderzoek"]' && s.register.shown === 4 &&
       s.targets['register.title'] !== undefined,  // drawn on the slide, not before it
  s => s.view === 'strategy' && s.section === 'principles:1-5',
  s => s.view === 'strategy' && s.section === 'principles:6-10',
];

// The register slide asks which partnerships are still being explored: the
// table shows number, name, scale and legal form (the status is the slide's
// filter, named above the table), and no name or word cut off.
function registerSlideReadable(s, size) {
  assert(JSON.stringify(s.register.columns) === '["number","name","scale","legal_form"]',
         `the columns for the slide's question at ${size} (${s.register.columns})`);
  assert(s.register.cells_checked === 3 * s.register.shown, `every cell checked at ${size} (${s.register.cells_checked})`);
  assert(s.register.clipped.length === 0, `whole names and words at ${size}: ${JSON.stringify(s.register.clipped)}`);
}

// Nothing on a slide lies below the screen: the room cannot scroll.
async function slideFits(page, n, size) {
  const s = await uiState(page);
  assert(s.content_overflow < 1, `slide ${n} fits the screen at ${size} (${s.content_overflow} px more than shown)`);
}

async function onSlide(page, n) {
  // The title among the targets: a frame of the slide has been drawn.
  return waitForState(page, s => s.presentation.active && s.presentation.slide === n && !s.presentation.blank &&
                                 slideShows[n - 1](s) && s.requests_pending === 0 && s.targets['presentation.title']);
}

// Waits until the UI stops drawing (the map loads, fonts are rebuilt), then shoots.
async function shoot(page, name) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const f = (await uiState(page)).frames;
    if (f === last) break;
    last = f;
    await page.waitForTimeout(150);
  }
  await page.screenshot({ path: join(artifacts, name) });
}

const monitor = await startMonitor();
// A second host: `--present` is read-only for everyone.
const present = await startMonitor(['--present']);
// run() ends the process before a finally block would run: stop the hosts on exit.
process.on('exit', () => {
  for (const m of [monitor, present]) {
    m.proc.kill('SIGINT');
    rmSync(m.dataDir, { recursive: true, force: true });
  }
});
try {
  await run([
    ['the default deck, walked with the presenter\'s keys at 1920x1080', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link('view=analysis'), { width: 1920, height: 1080 });
      await waitForState(page, s => s.loaded && s.view === 'analysis');
      await page.evaluate(() => { location.hash = '#present'; });
      let s = await onSlide(page, 1);
      assert(s.presentation.slides === 7, `seven slides (${s.presentation.slides})`);
      assert(s.presentation.deck === 'Raadsvergadering: samenwerking in beeld', 'the default deck');
      assert(s.presentation.body_px >= 32, `body text scaled up for 1920x1080 (${s.presentation.body_px})`);
      assert(!s.targets['nav.register'] && !s.targets['views.button'] && !s.targets['map.load_official'],
             'navigation, actions and editing are hidden');
      assert(s.targets['presentation.title'] && s.targets['presentation.corner'], 'title and corner on screen');
      assert(s.link.fragment === `present=${s.presentation.deck_id}`, `the address names the deck (${s.link.fragment})`);
      await shoot(page, 'present-slide-1-1920x1080.png');
      await slideFits(page, 1, '1920x1080');

      // Forward with every "next" key, one slide each; at the end it stays.
      const next = ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Enter', 'ArrowRight'];
      for (let i = 0; i < next.length; i++) {
        await page.keyboard.press(next[i]);
        s = await onSlide(page, i + 2);
        if (i + 2 === 5) registerSlideReadable(s, '1920x1080');
        if (i + 2 <= 7) {
          await shoot(page, `present-slide-${i + 2}-1920x1080.png`);
          await slideFits(page, i + 2, '1920x1080');
        }
      }
      await page.keyboard.press('Enter');
      await page.waitForTimeout(200);
      assert((await uiState(page)).presentation.slide === 7, 'Enter on the last slide stays there');
      assert((await uiState(page)).link.fragment.endsWith('slide=7'), 'the address follows the slide');

      // Back with every "previous" key.
      for (const [key, n] of [['ArrowLeft', 6], ['ArrowUp', 5], ['PageUp', 4]]) {
        await page.keyboard.press(key);
        await onSlide(page, n);
      }
      await page.keyboard.press('Home');
      await onSlide(page, 1);
      await page.keyboard.press('End');
      await onSlide(page, 7);

      // Blank with B or '.', back with the same key or a slide key, on the same slide.
      await page.keyboard.press('b');
      s = await waitForState(page, s => s.presentation.blank);
      await shoot(page, 'present-blank-1920x1080.png');
      await page.keyboard.press('b');
      s = await waitForState(page, s => !s.presentation.blank);
      assert(s.presentation.slide === 7, 'B again shows the same slide');
      await page.keyboard.press('.');
      await waitForState(page, s => s.presentation.blank);
      await page.keyboard.press('PageDown');
      s = await waitForState(page, s => !s.presentation.blank);
      assert(s.presentation.slide === 7, 'a slide key brings the screen back without moving on');

      // High contrast one key away.
      for (const n of [6, 5]) {
        await page.keyboard.press('PageUp');
        await onSlide(page, n);
      }
      await page.keyboard.press('h');
      await waitForState(page, s => s.theme === 'high_contrast');
      await shoot(page, 'present-slide-5-contrast-1920x1080.png');
      await page.keyboard.press('h');
      await waitForState(page, s => s.theme === 'light');

      // Esc leaves: back to the view from before, at the normal size, with its controls.
      await page.keyboard.press('Escape');
      s = await waitForState(page, s => !s.presentation.active && s.view === 'analysis' && s.targets['nav.register'] &&
                                        !s.presentation.fullscreen);
      assert(s.presentation.ui_scale === 1, 'the normal size again');
      assert(s.link.fragment === 'view=analysis', `the address is the view again (${s.link.fragment})`);
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],

    ['a link to a slide opens the deck there; the button starts it from the first', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), { width: 1280, height: 720 });
      let s = await settled(page);
      await clickTarget(page, 'present.button');
      s = await onSlide(page, 1);
      const deck = s.presentation.deck_id;
      s = await waitForState(page, s => s.presentation.body_px > 17);
      assert(s.presentation.body_px === 24, `a window smaller than 1024x768 keeps 24 px (${s.presentation.body_px})`);
      await page.keyboard.press('Escape');
      await waitForState(page, s => !s.presentation.active && s.view === 'register');
      await context.close();

      const second = await openUi(browser, await monitor.link(`present=${deck}&slide=4`), { width: 1920, height: 1080 });
      await onSlide(second.page, 4);
      assert(errors.length === 0 && second.errors.length === 0, 'no page errors: ' + errors.concat(second.errors).join('\n'));
      await second.context.close();
    }],

    ['every slide laid out for a 1024x768 projector, and at 1280x720 with a pixel ratio of 2', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link('present'), { width: 1024, height: 768 });
      for (let n = 1; n <= 7; n++) {
        if (n > 1) await page.keyboard.press('ArrowRight');
        const s = await onSlide(page, n);
        assert(s.presentation.body_px >= 24, `body text at least 24 px at 1024x768 (${s.presentation.body_px})`);
        if (n === 5) registerSlideReadable(s, '1024x768');
        await shoot(page, `present-slide-${n}-1024x768.png`);
        await slideFits(page, n, '1024x768');
      }
      const deck = (await uiState(page)).presentation.deck_id;
      await context.close();

      const hd = await openUi(browser, await monitor.link(`present=${deck}&slide=5`), { width: 1280, height: 720, deviceScaleFactor: 2 });
      const s = await onSlide(hd.page, 5);
      assert(s.presentation.body_px >= 24, `at least 24 px at 1280x720 (${s.presentation.body_px})`);
      registerSlideReadable(s, '1280x720@2');
      await shoot(hd.page, 'present-slide-5-1280x720@2.png');
      await slideFits(hd.page, 5, '1280x720@2');
      assert(errors.length === 0 && hd.errors.length === 0, 'no page errors: ' + errors.concat(hd.errors).join('\n'));
      await hd.context.close();
    }],

    ['--present opens the deck read-only and refuses writes', async () => {
      const { page, context, errors } = await openUi(browser, present.url, { width: 1920, height: 1080 });
      let s = await onSlide(page, 1);
      assert(s.read_only === true, 'the host says it is read-only');
      const status = await page.evaluate(async () => {
        const credential = localStorage.getItem('swm-credential');
        const r = await fetch('/api/views', { method: 'POST', headers: { Authorization: 'Bearer ' + credential, 'Content-Type': 'application/json' },
                                               body: JSON.stringify({ name: 'x', kind: 'view', state: { view: 'register' } }) });
        return r.status;
      });
      assert(status === 403, `a write from the page is refused (${status})`);
      const refusal = errors.findIndex(e => /status of 403/.test(e));
      if (refusal >= 0) errors.splice(refusal, 1);  // the browser logs the refused write
      await page.keyboard.press('Escape');
      s = await waitForState(page, s => !s.presentation.active && s.targets['nav.register']);
      assert(!s.targets['register.new'], 'no "new partnership" on a read-only host');
      await clickTarget(page, 'views.button');
      s = await waitForState(page, s => s.targets['views.copy_current']);
      assert(!s.targets['views.save'] && !s.targets['views.name'], 'no saving of views on a read-only host');
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],
  ]);
} finally {
  await browser.close();
}
