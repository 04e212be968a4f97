// The foundation end to end: the executable serves the one-file UI, the wasm
// module draws ImGui frames and shows what the host's API returned.
import { startMonitor, launchBrowser, openUi, uiState, waitForState, run, assert, artifacts } from './harness.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();
try {
  await run([
    ['the UI loads, draws frames and shows data from the host', async () => {
      const { page, errors, context } = await openUi(browser, monitor.url);
      const s = await waitForState(page, s => s.requests_pending === 0 && s.requests_done >= 2);
      assert(s.frames > 0, 'frames were drawn');
      assert(s.version && s.version.name === 'Samenwerkingsmonitor', 'version arrived from /api/version');
      assert(s.load_error === '', 'no load error: ' + s.load_error);
      await page.screenshot({ path: join(artifacts, 'shell-1280x720.png') });
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],
    ['the UI is idle when nothing changes', async () => {
      const { page, context } = await openUi(browser, monitor.url);
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
