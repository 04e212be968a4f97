// The foundation end to end: the executable serves the one-file UI, the wasm
// module draws ImGui frames and shows what the host's API returned; the page
// signs in through the printed link, stays signed in on reload, and a
// browser without the link gets nothing.
import { startMonitor, launchBrowser, openUi, uiState, waitForState, run, assert, artifacts } from './harness.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();
try {
  await run([
    ['the UI signs in through the printed link, loads, draws frames and shows data from the host', async () => {
      const { page, errors, context } = await openUi(browser, monitor.url);
      let s = await waitForState(page, s => s.requests_pending === 0 && s.requests_done >= 2);
      assert(s.frames > 0, 'frames were drawn');
      assert(s.version && s.version.name === 'Samenwerkingsmonitor', 'version arrived from /api/version');
      assert(s.load_error === '', 'no load error: ' + s.load_error);
      assert(s.loaded && s.partnerships_loaded > 30, `the register arrived (${s.partnerships_loaded})`);
      // The secret is gone from the address (history, a copied link).
      assert(!page.url().includes('login'), 'no secret in the address: ' + page.url());
      await page.screenshot({ path: join(artifacts, 'shell-1280x720.png') });
      // A reload keeps the session: it lives in this origin's storage.
      await page.reload();
      await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true);
      s = await waitForState(page, s => s.requests_pending === 0 && s.requests_done >= 2);
      assert(s.loaded && s.load_error === '', 'after a reload the register is there: ' + s.load_error);
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],
    ['a second browser without the link gets nothing; the used link signs in no one', async () => {
      for (const address of [monitor.base, monitor.url]) {
        const { page, context, errors } = await openUi(browser, address);
        const s = await waitForState(page, s => s.requests_pending === 0 && s.requests_done >= 2);
        assert(!s.loaded && s.partnerships_loaded === 0, `no register for ${address}`);
        assert(/aangemeld/.test(s.load_error), 'the page says why and what to do: ' + s.load_error);
        await page.screenshot({ path: join(artifacts, 'shell-no-session.png') });
        const status = await page.evaluate(async () => (await fetch('/api/dataset')).status);
        assert(status === 401, `the data routes refuse it (${status})`);
        assert(errors.every(e => /401|403/.test(e)), 'only the refusals are logged: ' + errors.join('\n'));
        await context.close();
      }
    }],
    ['a slow start says that the monitor is loading, and the first frame takes that away', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
      const page = await context.newPage();
      // A slow office PC or a busy disk: the wasm takes two seconds to arrive.
      await page.route('**/ui.wasm', route => setTimeout(() => route.continue(), 2000));
      await page.goto(await monitor.link());
      await page.waitForTimeout(1400);
      assert(await page.isVisible('#swm-loading'), 'after a second the page says it is loading');
      const text = await page.textContent('#swm-loading');
      assert(/wordt geladen/.test(text), 'in Dutch: ' + text);
      await page.screenshot({ path: join(artifacts, 'shell-loading-1280x720.png') });
      await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true, null, { timeout: 30000 });
      await waitForState(page, s => s.frames > 0 && s.loaded);
      assert(await page.$('#swm-loading') === null, 'the loading text is gone once the UI draws');
      await context.close();
    }],
    ['the UI is idle when nothing changes', async () => {
      const { page, context } = await openUi(browser, await monitor.link());
      await waitForState(page, s => s.requests_pending === 0 && s.requests_done >= 2);
      await page.waitForTimeout(500);
      const before = (await uiState(page)).frames;
      await page.waitForTimeout(1000);
      const after = (await uiState(page)).frames;
      assert(after === before, `no frames drawn while idle (${before} -> ${after})`);
      await page.mouse.move(200, 200);
      await page.waitForTimeout(200);
      assert((await uiState(page)).frames > after, 'a mouse move draws frames again');
      await context.close();
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
