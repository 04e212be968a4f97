// The map in Chromium: the shipped official boundaries of the region and its
// neighbours, credited, drawn at devicePixelRatio 2; idle when nothing
// changes; and loading other official boundaries through the browser's file
// picker and upload, and going back to the shipped map. Names, hover, click,
// pan and zoom and the colourings are tested without a browser (tests/ui).
// Screenshots go to tests/browser/artifacts.
import { startMonitor, launchBrowser, openUi, uiState, waitForState, run, assert, artifacts } from './harness.mjs';
import { existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Official boundaries: test material outside the repository (may be absent).
const officialFile = join(here, '../../../shared/geo/gemeenten-2024.wgs84.geojson');
const big = { width: 1920, height: 1080, deviceScaleFactor: 2 };

async function clickTarget(page, id) {
  const s = await waitForState(page, s => s.targets && s.targets[id]);
  const [x, y, w, h] = s.targets[id];
  await page.mouse.click(x + w / 2, y + h / 2, { delay: 60 });
}

async function openMap(page) {
  await waitForState(page, s => s.loaded);
  await clickTarget(page, 'nav.map');
  await waitForState(page, s => s.view === 'map' && s.map && s.map.load === 'ready' && s.map.labels.length > 0);
  await settle(page);  // the legend's size, known after the first frame, shifts the fitted map
  return uiState(page);
}

const label = (s, code) => s.map.labels.find(l => l.code === code);
const kCredit = 'Bron: CBS/PDOK (Kadaster), CC BY 4.0, grenzen 2024, gegeneraliseerd';

async function dataset(page) {
  return page.evaluate(() => fetch('/api/dataset', { headers: { Authorization: 'Bearer ' + localStorage.getItem('swm-credential') } })
    .then(r => r.json()));
}

// Lets the UI settle (hover, layout) before a screenshot.
async function settle(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const s = await uiState(page);
    if (s.frames === last && s.requests_pending === 0) return;
    last = s.frames;
    await page.waitForTimeout(100);
  }
}

async function pickFile(page, name, text) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickTarget(page, 'map.load_official')]);
  await chooser.setFiles({ name, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
}

const monitor = await startMonitor();
const browser = await launchBrowser();
try {
  await run([
    ['a fresh data folder shows the official boundaries of the region and its neighbours, credited', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), big);
      const s = await openMap(page);
      const d = await dataset(page);
      const municipalities = d.organisations.filter(o => o.kind === 'gemeente').map(o => o.id).sort();
      assert(s.map.schematic === false, 'not schematic');
      assert(s.map.provenance.kind === 'shipped' && s.map.provenance.year === 2024, 'the shipped boundaries of 2024');
      assert(s.map.credit === kCredit, 'credited on the map: ' + s.map.credit);
      assert(s.map.areas > municipalities.length + 20, `grey context around the register (${s.map.areas} areas)`);
      assert(JSON.stringify(s.map.labels.map(l => l.code).sort()) === JSON.stringify(municipalities),
             'a label point for each municipality of the register: ' + s.map.labels.map(l => l.code));
      // In their true positions: Enschede east of Hof van Twente, Winterswijk south of it.
      const hof = label(s, 'GM1735'), ens = label(s, 'GM0153'), ww = label(s, 'GM0294');
      assert(ens.x > hof.x && ww.y > hof.y, 'geography holds on screen');
      assert(hof.shown, 'Hof van Twente is named');
      // The count in each label is what the register says.
      for (const l of s.map.labels) {
        const n = d.partnerships.filter(p => p.partners.includes(l.code)).length;
        assert(l.count === n, `${l.name}: ${l.count} shared partnerships, register says ${n}`);
      }
      await page.mouse.move(5, 1075);
      await settle(page);
      await page.screenshot({ path: join(artifacts, 'map-scale-1920x1080.png') });
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],
    ['the map is idle when nothing changes', async () => {
      const { page, context } = await openUi(browser, await monitor.link());
      await openMap(page);
      await settle(page);
      const before = (await uiState(page)).frames;
      await page.waitForTimeout(1000);
      assert((await uiState(page)).frames === before, 'no frames while idle');
      await context.close();
    }],
    ['a bad file leaves the map untouched with a clear error; a good one replaces it; the shipped map comes back', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), big);
      await openMap(page);
      await pickFile(page, 'kapot.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature",' +
                     '"properties":{"statnaam":"Goor"},"geometry":{"type":"Point","coordinates":[6.5,52.2]}}]}');
      let s = await waitForState(page, s => s.map.import.failed && s.map.import.errors > 0);
      assert(s.map.provenance.kind === 'shipped' && s.map.load === 'ready', 'the shipped map stays');
      await page.mouse.move(5, 1075);
      await settle(page);
      await page.screenshot({ path: join(artifacts, 'map-import-error-1920x1080.png') });

      const official = existsSync(officialFile);
      // Without the whole country: the shipped map's own region, without its
      // neighbours, as a file from elsewhere.
      const text = official ? readFileSync(officialFile, 'utf8')
                            : await page.evaluate(() => fetch('/api/geo', { headers: { Authorization: 'Bearer ' + localStorage.getItem('swm-credential') } }).then(r => r.json()).then(m => {
                                delete m.provenance;
                                m.features = m.features.slice(0, 23);
                                return JSON.stringify(m);
                              }));
      const started = Date.now();
      await pickFile(page, official ? 'gemeenten-2024.wgs84.geojson' : 'kopie.geojson', text);
      // All of the Netherlands is uploaded, checked, stored, served and
      // triangulated: give a slow, busy CI machine room.
      s = await waitForState(page, s => s.map.provenance && s.map.provenance.kind === 'imported' && s.map.load === 'ready' &&
                                        s.map.labels.length > 0, 90000);
      console.log(`# import to map drawn: ${Date.now() - started} ms`);
      assert(!s.map.import.failed, 'imported');
      assert(s.map.credit === 'Grenzen: ' + s.map.provenance.source, 'a file without a credit is named on the map: ' + s.map.credit);
      if (official) {
        assert(s.map.areas === 342, 'all municipalities of the Netherlands: ' + s.map.areas);
        await page.mouse.move(5, 1075);
        await settle(page);
        await page.screenshot({ path: join(artifacts, 'map-official-scale-1920x1080.png') });
        await clickTarget(page, 'map.mode.shared');
        await waitForState(page, s => s.map.colouring === 'shared');
        await page.mouse.move(5, 1075);
        await settle(page);
        await page.screenshot({ path: join(artifacts, 'map-official-choropleth-1920x1080.png') });
        // Clicking still works on the official shapes.
        const ens = label(await uiState(page), 'GM0153');
        await page.mouse.click(ens.x, ens.y, { delay: 60 });
        await waitForState(page, s => s.map.selected_municipality === 'GM0153');
      } else {
        assert(s.map.areas === 23, 'the imported region only: ' + s.map.areas);
        console.log('# no ' + officialFile + ': imported the region of the shipped map instead (test material only)');
      }
      await clickTarget(page, 'map.reset_shipped');
      s = await waitForState(page, s => s.map.provenance && s.map.provenance.kind === 'shipped' && s.map.load === 'ready');
      assert(s.map.credit === kCredit && s.map.areas > 23, 'the shipped map with its neighbours and credit is back');
      // The refused upload is logged by the browser itself; nothing else may be.
      const unexpected = errors.filter(e => !e.includes('status of 422'));
      assert(unexpected.length === 0, 'no page errors: ' + unexpected.join('\n'));
      await context.close();
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
