// The map as a person uses it: the shipped official boundaries of the
// region and its neighbours, credited, with names that never cover each
// other or the legend at the common screen sizes; hover and click on a
// municipality, choosing one of its partnerships, pan and zoom, the two
// colourings, and loading other official boundaries through the file picker
// and going back to the shipped map. Screenshots go to tests/browser/artifacts.
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

// Held for a moment: the UI reads keys once per frame, and a press whose
// down and up fall between two frames would not be seen.
async function press(page, key) {
  await page.keyboard.down(key);
  await page.waitForTimeout(80);
  await page.keyboard.up(key);
}

const label = (s, code) => s.map.labels.find(l => l.code === code);
const kCredit = 'Bron: CBS/PDOK (Kadaster), CC BY 4.0, grenzen 2024, gegeneraliseerd';

const overlaps = (a, b) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
// No drawn name over another or over the legend (when it is on the map).
function checkLabels(s, where) {
  const boxes = s.map.label_boxes;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++)
      assert(!overlaps(boxes[i].box, boxes[j].box), `${where}: ${boxes[i].code} over ${boxes[j].code}`);
    if (Array.isArray(s.map.legend)) assert(!overlaps(boxes[i].box, s.map.legend), `${where}: ${boxes[i].code} over the legend`);
  }
}

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
    ['names never cover each other or the legend, at 1024x768, 1280x720 and 1920x1080, DPR 1 and 2', async () => {
      for (const [width, height] of [[1024, 768], [1280, 720], [1920, 1080]])
        for (const deviceScaleFactor of [1, 2]) {
          const where = `${width}x${height} DPR ${deviceScaleFactor}`;
          const { page, context, errors } = await openUi(browser, await monitor.link(), { width, height, deviceScaleFactor });
          await openMap(page);
          await page.mouse.move(2, height - 2);
          await settle(page);
          const s = await uiState(page);
          checkLabels(s, where);
          // Hof van Twente always; of its small, crowded neighbours at most two
          // make way at the smallest sizes (named again when zoomed in).
          const missing = s.map.labels.filter(l => !l.shown).map(l => l.name);
          assert(label(s, 'GM1735').shown, `${where}: Hof van Twente is named`);
          assert(missing.length <= 2, `${where}: names left out: ${missing}`);
          if (missing.length) console.log(`# ${where}: left out at the fitted view: ${missing}`);
          await page.screenshot({ path: join(artifacts, `map-${width}x${height}-dpr${deviceScaleFactor}.png`) });
          assert(errors.length === 0, `${where}: no page errors: ` + errors.join('\n'));
          await context.close();
        }
    }],
    ['hovering names a municipality; clicking lists its partnerships; choosing one lights up its partners', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), big);
      let s = await openMap(page);
      const ens = label(s, 'GM0153');
      await page.mouse.move(ens.x, ens.y);
      await waitForState(page, s => s.map.hovered === 'GM0153');
      await page.mouse.click(ens.x, ens.y, { delay: 60 });
      s = await waitForState(page, s => s.map.selected_municipality === 'GM0153');
      const d = await dataset(page);
      const expected = d.partnerships.filter(p => p.partners.includes('GM0153')).map(p => p.number).sort((a, b) => a - b);
      const listed = Object.keys(s.targets).filter(k => k.startsWith('map.partnership.'))
        .map(k => Number(k.split('.')[2])).sort((a, b) => a - b);
      assert(JSON.stringify(listed) === JSON.stringify(expected), `listed ${listed}, expected ${expected}`);
      await clickTarget(page, 'map.partnership.11');
      s = await waitForState(page, s => s.selected === 11);
      assert(s.view === 'map', 'choosing a partnership keeps the map');
      await page.mouse.move(5, 1075);  // away from the map: no tooltip in the picture
      await settle(page);
      await page.screenshot({ path: join(artifacts, 'map-partnership-1920x1080.png') });
      // Clicking outside every municipality clears the selection.
      const box = s.map.labels.reduce((b, l) => ({ x: Math.min(b.x, l.x), y: Math.min(b.y, l.y) }), { x: 1e9, y: 1e9 });
      await page.mouse.click(box.x - 150, box.y - 60, { delay: 60 });
      await waitForState(page, s => s.map.selected_municipality === '');
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],
    ['wheel and keys zoom, dragging pans, 0 fits again', async () => {
      const { page, context } = await openUi(browser, await monitor.link());
      let s = await openMap(page);
      const hof = label(s, 'GM1735');
      await page.mouse.move(hof.x, hof.y);
      await page.mouse.wheel(0, -300);
      s = await waitForState(page, s => s.map.zoom > 1.2);
      const after = label(s, 'GM1735');
      assert(Math.abs(after.x - hof.x) < 3 && Math.abs(after.y - hof.y) < 3, 'zooming keeps the point under the mouse');
      await page.mouse.move(after.x, after.y);
      await page.mouse.down();
      await page.waitForTimeout(60);
      await page.mouse.move(after.x + 100, after.y + 50, { steps: 5 });
      await page.waitForTimeout(60);
      await page.mouse.up();
      s = await waitForState(page, s => Math.abs(label(s, 'GM1735').x - (after.x + 100)) < 3);
      assert(s.map.selected_municipality === '', 'a drag is not a click');
      await press(page, '0');
      s = await waitForState(page, s => s.map.zoom === 1 && Math.abs(label(s, 'GM1735').x - hof.x) < 1);
      await press(page, 'Equal');
      await waitForState(page, s => s.map.zoom > 1.4);
      await context.close();
    }],
    ['the choropleth of shared partnerships', async () => {
      const { page, context } = await openUi(browser, await monitor.link(), big);
      await openMap(page);
      await clickTarget(page, 'map.mode.shared');
      await waitForState(page, s => s.map.colouring === 'shared');
      await page.mouse.move(5, 1075);
      await settle(page);
      await page.screenshot({ path: join(artifacts, 'map-choropleth-1920x1080.png') });
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
