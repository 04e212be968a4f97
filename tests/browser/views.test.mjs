// Saved views and links as a person uses them: the address follows the
// screen, so a copied link opens the same filters, map colouring and zoom in
// another window; a view saved under a name opens again by its link;
// deleting one can be undone, and one a deck shows is kept; a broken link
// says what is wrong. The offline snapshot says it is one, and the live
// monitor offers to download it.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, scrollTo, settled, showView, typeInto, uiState, waitForState } from './ui_driver.mjs';
import { rmSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();
const scratch = mkdtempSync(join(tmpdir(), 'swm-views-'));
// run() ends the process before a finally block would run: stop the host on exit.
process.on('exit', () => {
  monitor.proc.kill('SIGINT');
  rmSync(monitor.dataDir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const { page, errors } = await openUi(browser, monitor.url, { width: 1280, height: 720 });
const fragment = () => page.evaluate(() => location.hash);

async function openPanel() {
  await clickTarget(page, 'views.button');
  return waitForState(page, s => s.targets['views.copy_current'] && s.saved_views.loaded);
}

async function closePanel() {
  await page.keyboard.press('Escape');
  await waitForState(page, s => !s.targets['views.copy_current']);
}

try {
  await run([
    ['the address follows the screen, and opens the same screen elsewhere', async () => {
      await settled(page);
      assert(await fragment() === '#view=register', `the register's address (${await fragment()})`);
      await clickTarget(page, 'filter.scale');
      await clickTarget(page, 'filter.scale.0');  // Midden Twente
      await page.keyboard.press('Escape');
      await waitForState(page, s => s.register.shown === 7);
      await typeInto(page, 'register.search', 'jeugd');
      await waitForState(page, s => s.filter.q === 'jeugd');
      const link = await fragment();
      assert(link === '#view=register&scale=MT&q=jeugd', `filters in the address (${link})`);

      const other = await openUi(browser, await monitor.link(link.slice(1)));
      const s = await waitForState(other.page, s => s.loaded && s.filter.q === 'jeugd');
      assert(JSON.stringify(s.filter.scale) === '["MT"]', 'the same scale filter');
      const here = await uiState(page);
      assert(s.register.shown === here.register.shown, `the same rows (${s.register.shown})`);
      assert(other.errors.length === 0, 'no page errors: ' + other.errors.join('\n'));
      await other.context.close();
      await clickTarget(page, 'register.clear');
      await waitForState(page, s => s.register.shown === 33);
    }],

    ['the map\'s colouring and zoom travel in the link', async () => {
      await showView(page, 'nav.map', 'map');
      await waitForState(page, s => s.map.load === 'ready');
      await clickTarget(page, 'map.mode.shared');
      await page.keyboard.press('Equal');  // zoom in
      const s = await waitForState(page, s => s.map.colouring === 'shared' && s.map.zoom > 1);
      const link = await fragment();
      assert(/^#view=map&colour=choropleth&zoom=1\.5&center=[\d.]+,[\d.]+$/.test(link), `map in the address (${link})`);
      const other = await openUi(browser, await monitor.link(link.slice(1)));
      const o = await waitForState(other.page, o => o.view === 'map' && o.map.load === 'ready' && o.map.zoom > 1);
      assert(o.map.colouring === 'shared' && o.map.zoom === s.map.zoom, `same colouring and zoom (${o.map.zoom})`);
      assert(await other.page.evaluate(() => location.hash) === link, 'and the same address');
      await other.context.close();
    }],

    ['a view saved under a name opens again by its link', async () => {
      await showView(page, 'nav.register', 'register');
      await clickTarget(page, 'filter.status');
      await clickTarget(page, 'filter.status.1');  // in onderzoek
      await page.keyboard.press('Escape');
      await waitForState(page, s => s.register.shown === 4);
      await openPanel();

      // An empty name is refused by core before anything is sent.
      await clickTarget(page, 'views.save');
      let s = await waitForState(page, s => s.views_panel.problems.length > 0);
      assert(/naam ontbreekt/.test(s.views_panel.problems[0]), `the name is asked for (${s.views_panel.problems[0]})`);
      const before = s.saved_views.views.length;

      await typeInto(page, 'views.name', 'Nog in onderzoek');
      await clickTarget(page, 'views.save');
      s = await waitForState(page, s => s.saved_views.views.some(v => v.name === 'Nog in onderzoek'));
      assert(s.saved_views.views.length === before + 1, 'one view more');
      const id = s.saved_views.views.find(v => v.name === 'Nog in onderzoek').id;
      await page.screenshot({ path: join(artifacts, 'views-panel-1280x720.png') });
      await clickTarget(page, `views.copy.${id}`);
      s = await waitForState(page, s => s.views_panel.copied);
      assert(s.views_panel.copied === `${monitor.base}#saved=${id}`, `the copied link (${s.views_panel.copied})`);
      await closePanel();

      // Pasted into a new tab of the same browser, which holds the session.
      const tab = await page.context().newPage();
      await tab.goto(s.views_panel.copied);
      await tab.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true);
      const o = await waitForState(tab, o => o.loaded && o.register.shown === 4 && !o.link.waiting && o.link.fragment !== '');
      assert(JSON.stringify(o.filter.status) === '["in_onderzoek"]', 'the saved filter');
      assert(o.link.fragment === 'view=register&status=in_onderzoek', `the address shows it (${o.link.fragment})`);
      await tab.close();
    }],

    ['deleting a saved view can be undone; a slide\'s view is kept', async () => {
      let s = await openPanel();
      const mine = s.saved_views.views.find(v => v.name === 'Nog in onderzoek');
      await scrollTo(page, `views.delete.${mine.id}`);  // the newest is last in a list taller than the screen
      await clickTarget(page, `views.delete.${mine.id}`);
      s = await waitForState(page, s => s.views_panel.undo_change > 0 && !s.saved_views.views.some(v => v.id === mine.id));
      await scrollTo(page, 'views.undo');
      await clickTarget(page, 'views.undo');
      s = await waitForState(page, s => s.saved_views.views.some(v => v.id === mine.id));

      const slide = s.saved_views.views.find(v => v.kind === 'view' && v.name.startsWith('Kaart'));
      await scrollTo(page, `views.delete.${slide.id}`);
      await clickTarget(page, `views.delete.${slide.id}`);
      s = await waitForState(page, s => /presentatie/.test(s.views_panel.note));
      assert(s.saved_views.views.some(v => v.id === slide.id), 'the slide\'s view is still there');
      await closePanel();
    }],

    ['a link pasted into the address opens what it says; a broken one says why', async () => {
      await page.evaluate(() => { location.hash = '#view=analysis&section=layer'; });
      let s = await waitForState(page, s => s.view === 'analysis' && s.section === 'layer' && s.targets['analysis.show_all']);
      await clickTarget(page, 'analysis.show_all');
      await waitForState(page, s => s.section === '' && s.link.fragment === 'view=analysis');
      await page.evaluate(() => { location.hash = '#view=register&scale=XX'; });
      s = await waitForState(page, s => s.link.error !== '');
      assert(/onbekende schaal 'XX'/.test(s.link.error), `what is wrong (${s.link.error})`);
      assert(s.view === 'analysis', 'and nothing else opened');
      await page.evaluate(() => { location.hash = '#saved=999'; });
      s = await waitForState(page, s => /999/.test(s.link.error));
    }],

    ['the live monitor downloads a snapshot; the snapshot says what it is and offers no editing', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), clickTarget(page, 'snapshot.download')]);
      assert(/^samenwerkingsmonitor-momentopname-\d{8}\.html$/.test(download.suggestedFilename()),
             `a dated file (${download.suggestedFilename()})`);
      const file = join(scratch, download.suggestedFilename());
      await download.saveAs(file);

      // A reader in the Netherlands sees the time on a Dutch clock, not UTC.
      const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, timezoneId: 'Europe/Amsterdam' });
      const snap = await context.newPage();
      const snapErrors = [];
      snap.on('pageerror', e => snapErrors.push(String(e)));
      await snap.goto('file://' + file + '#view=register&status=in_onderzoek');
      await snap.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true);
      let s = await waitForState(snap, s => s.loaded && s.targets['snapshot.banner'] && s.register.shown === 4);
      assert(s.read_only && s.snapshot && s.snapshot.made_at, 'read-only, with its date');
      const dutch = Object.fromEntries(new Intl.DateTimeFormat('nl-NL', {
        timeZone: 'Europe/Amsterdam', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
      }).formatToParts(new Date(s.snapshot.made_at)).map(p => [p.type, p.value]));
      const shown = `${dutch.day}-${dutch.month}-${dutch.year} ${dutch.hour}:${dutch.minute}`;
      assert(s.snapshot_banner.includes(shown), `made at ${s.snapshot.made_at}, shown as Dutch time ${shown}: ${s.snapshot_banner}`);
      assert(!s.targets['snapshot.download'] && !s.targets['register.new'], 'no download or editing in a snapshot');
      await clickTarget(snap, 'views.button');
      s = await waitForState(snap, s => s.targets['views.copy_current'] && s.saved_views.loaded);
      assert(!s.targets['views.save'], 'no saving of views');
      assert(s.saved_views.views.some(v => v.kind === 'deck'), 'the deck is in the snapshot');
      await snap.screenshot({ path: join(artifacts, 'views-snapshot-banner-1280x720.png') });
      assert(snapErrors.length === 0, 'no page errors: ' + snapErrors.join('\n'));
      await context.close();
    }],

    ['no page errors along the way', async () => {
      const unexpected = errors.filter(e => !/status of 409/.test(e));  // the refused delete of a slide's view
      assert(unexpected.length === 0, 'no page errors: ' + unexpected.join('\n'));
    }],
  ]);
} finally {
  await browser.close();
}
