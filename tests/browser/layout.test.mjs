// The screens at the sizes council rooms and laptops have: the top bar never
// lets its items overlap or leave the window (1024x768, still many a
// projector's, and 1280x720, in Dutch and English), and the register's cells
// wrap at word boundaries instead of cutting words off.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, settled, uiState, waitForState } from './ui_driver.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();

const barItem = id => /^(top|nav)\./.test(id) || ['views.button', 'present.button', 'snapshot.download'].includes(id);

function overlap(a, b) {
  const e = 0.5;  // sub-pixel rounding
  return a[0] + e < b[0] + b[2] && b[0] + e < a[0] + a[2] && a[1] + e < b[1] + b[3] && b[1] + e < a[1] + a[3];
}

function checkBar(s, width, height) {
  const items = Object.entries(s.targets).filter(([id]) => barItem(id));
  assert(items.length >= 14, `the bar's items are on screen (${items.map(([id]) => id)})`);
  for (const [id, r] of items)
    assert(r[0] >= 0 && r[1] >= 0 && r[0] + r[2] <= width && r[1] + r[3] <= height, `${id} inside the window: ${r}`);
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++)
      assert(!overlap(items[i][1], items[j][1]), `${items[i][0]} ${items[i][1]} overlaps ${items[j][0]} ${items[j][1]}`);
}

async function setLang(page, lang) {
  let s = await uiState(page);
  if (s.lang !== lang) await clickTarget(page, 'top.language');
  return waitForState(page, s => s.lang === lang && s.targets['top.language']);
}

async function stillFrames(page) {
  let last = -1;
  for (let i = 0; i < 30; i++) {
    const f = (await uiState(page)).frames;
    if (f === last) return;
    last = f;
    await page.waitForTimeout(120);
  }
}

try {
  await run([
    ['the top bar never overlaps at 1024x768 and 1280x720, in Dutch and English', async () => {
      for (const [width, height] of [[1024, 768], [1280, 720]]) {
        const { page, context, errors } = await openUi(browser, await monitor.link(), { width, height });
        await settled(page);
        for (const lang of ['nl', 'en']) {
          const s = await setLang(page, lang);
          checkBar(s, width, height);
          await stillFrames(page);
          await page.screenshot({ path: join(artifacts, `layout-topbar-${lang}-${width}x${height}.png`),
                                  clip: { x: 0, y: 0, width, height: 200 } });
        }
        await setLang(page, 'nl');
        assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
        await context.close();
      }
    }],

    ['the register at 1024x768 wraps its cells rather than cut a word', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), { width: 1024, height: 768 });
      await settled(page);
      for (const lang of ['nl', 'en']) {
        await setLang(page, lang);
        const s = await waitForState(page, s => s.view === 'register' && s.register.cells_checked > 0 &&
                                           s.targets['register.row.1'] && s.lang === lang);
        assert(s.register.columns.length === 7, `every column (${s.register.columns})`);
        assert(s.register.cells_checked === 6 * s.register.shown, `every cell checked (${s.register.cells_checked})`);
        assert(s.register.clipped.length === 0, `no cell cut off: ${JSON.stringify(s.register.clipped)}`);
        // Long texts take more lines (17 px each): the rows grow with them.
        const heights = Object.entries(s.targets).filter(([id]) => id.startsWith('register.row.')).map(([, r]) => r[3]);
        assert(heights.length > 3 && Math.max(...heights) >= 2 * 17, `rows grow with wrapped text (${heights})`);
        await stillFrames(page);
        await page.screenshot({ path: join(artifacts, `layout-register-${lang}-1024x768.png`) });
      }
      await setLang(page, 'nl');
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],

    ['the register at 1920x1080 and at 1280x720 with a pixel ratio of 2', async () => {
      for (const [width, height, deviceScaleFactor] of [[1920, 1080, 1], [1280, 720, 2]]) {
        const { page, context, errors } = await openUi(browser, await monitor.link(), { width, height, deviceScaleFactor });
        const s = await waitForState(page, s => s.loaded && s.requests_pending === 0 && s.register.cells_checked > 0 &&
                                                s.targets['nav.data']);
        assert(s.register.clipped.length === 0, `no cell cut off at ${width}x${height}: ${JSON.stringify(s.register.clipped)}`);
        checkBar(s, width, height);
        await stillFrames(page);
        await page.screenshot({ path: join(artifacts, `layout-register-${width}x${height}@${deviceScaleFactor}.png`) });
        assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
        await context.close();
      }
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
