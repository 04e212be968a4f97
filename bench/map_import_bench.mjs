// Map import benchmark (not a test): the time from choosing a boundary file
// in the map's file picker to the imported map drawn, in headless Chromium
// against the real executable, for the file as it is and densified to the
// size of PDOK's detailed files (every edge split, as bench/geo_bench.cpp
// does). Prints each run and the medians.
//
//   SWM_EXE=build/native/native-host/samenwerkingsmonitor node bench/map_import_bench.mjs FILE.geojson [DENSIFY] [RUNS]
import { startMonitor, launchBrowser, openUi, uiState, waitForState } from '../tests/browser/harness.mjs';
import { readFileSync } from 'node:fs';

const [file, densifyArg, runsArg] = process.argv.slice(2);
if (!file) throw new Error('usage: map_import_bench.mjs FILE.geojson [DENSIFY] [RUNS]');
const factor = Math.max(1, Number(densifyArg || 40));
const runs = Math.max(1, Number(runsArg || 3));

// Zig-zagging 2 % off the edge: collinear points would be simplified away.
function densifyRing(ring) {
  const out = [];
  for (let i = 0; i + 1 < ring.length; i++) {
    const [ax, ay] = ring[i], [bx, by] = ring[i + 1];
    const dx = bx - ax, dy = by - ay;
    for (let k = 0; k < factor; k++) {
      const off = k === 0 ? 0 : (k % 2 ? 1 : -1) * 0.02 / factor;
      out.push([+(ax + dx * k / factor - dy * off).toFixed(7), +(ay + dy * k / factor + dx * off).toFixed(7)]);
    }
  }
  out.push(out[0]);
  return out;
}

const small = readFileSync(file, 'utf8');
const doc = JSON.parse(small);
for (const f of doc.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys)
    for (let r = 0; r < poly.length; r++) poly[r] = densifyRing(poly[r]);
}
const large = JSON.stringify(doc);
const areas = doc.features.length;

const median = xs => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function clickTarget(page, id) {
  const s = await waitForState(page, s => s.targets && s.targets[id]);
  const [x, y, w, h] = s.targets[id];
  await page.mouse.click(x + w / 2, y + h / 2, { delay: 60 });
}

const monitor = await startMonitor();
const browser = await launchBrowser();
try {
  for (const [label, text] of [['small', small], ['large', large]]) {
    const times = [];
    for (let run = 0; run < runs; run++) {
      await monitor.fetch('/api/geo/import', { method: 'DELETE' });  // the shipped map again
      const { page, context } = await openUi(browser, await monitor.link(), { width: 1920, height: 1080 });
      await waitForState(page, s => s.loaded);
      await clickTarget(page, 'nav.map');
      await waitForState(page, s => s.map && s.map.load === 'ready' && s.map.areas > 0 && s.map.areas !== areas);
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickTarget(page, 'map.load_official')]);
      const started = Date.now();
      await chooser.setFiles({ name: `gemeenten-${label}.geojson`, mimeType: 'application/geo+json', buffer: Buffer.from(text) });
      const s = await waitForState(page, s => s.map.import.failed ||
        (s.map.import.note === 'map.import_ok' && s.map.load === 'ready' && s.map.areas === areas && s.map.labels.length > 0), 300000);
      const ms = Date.now() - started;
      if (s.map.import.failed) {
        console.log(`${label} (${(text.length / 1048576).toFixed(1)} MiB): refused: ${s.map.import.note}`);
        await context.close();
        break;
      }
      times.push(ms);
      console.log(`${label} (${(text.length / 1048576).toFixed(1)} MiB) run ${run + 1}: ${ms} ms to the map drawn` +
                  (s.map.import.import_ms !== undefined ? ` (in the UI: parse ${s.map.parse_ms.toFixed(0)} ms, ` +
                   `parse to the host's answer ${s.map.import.import_ms.toFixed(0)} ms, preparation ${s.map.build_ms.toFixed(0)} ms)` : ''));
      await context.close();
    }
    if (times.length) console.log(`${label}: median ${median(times)} ms over ${times.length} runs`);
  }
} finally {
  await browser.close();
  await monitor.stop();
}
