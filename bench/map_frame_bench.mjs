// Map frame benchmark (not a test): the map view's CPU time per frame in the
// wasm build, with the official map of the Netherlands densified to about
// 100,000 vertices imported through `import-map`.
//
//   SWM_EXE=build/native/native-host/samenwerkingsmonitor node bench/map_frame_bench.mjs FILE.geojson [DENSIFY]
//
// The time is what MapView::draw spends (projection of every visible
// triangle, border lines, hit test, labels, panel excluded), read from the
// UI's state; the frames are driven by mouse moves over the map (hover and
// hit testing each frame), at the fitted view and zoomed in.
import { startMonitor, launchBrowser, openUi, uiState, waitForState } from '../tests/browser/harness.mjs';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [file, densifyArg] = process.argv.slice(2);
const factor = Math.max(1, Number(densifyArg || 12));

// Splits every edge into `factor` pieces, zig-zagging 2 % off the edge like
// bench/geo_bench.cpp: collinear points would be simplified away and flatter
// the figures.
function densifyRing(ring) {
  const out = [];
  const n = ring.length - 1;  // GeoJSON rings repeat the first point
  for (let i = 0; i < n; i++) {
    const [ax, ay] = ring[i], [bx, by] = ring[i + 1];
    const dx = bx - ax, dy = by - ay;
    for (let k = 0; k < factor; k++) {
      const off = k === 0 ? 0 : (k % 2 ? 1 : -1) * 0.02 / factor;
      out.push([ax + dx * k / factor - dy * off, ay + dy * k / factor + dx * off]);
    }
  }
  out.push(out[0]);
  return out;
}

const doc = JSON.parse(readFileSync(file, 'utf8'));
let vertices = 0;
for (const f of doc.features) {
  const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
  for (const poly of polys)
    for (let r = 0; r < poly.length; r++) {
      poly[r] = densifyRing(poly[r]);
      vertices += poly[r].length - 1;
    }
}
const dataDir = mkdtempSync(join(tmpdir(), 'swm-bench-'));
const densified = join(dataDir, 'gemeenten-dicht.geojson');
writeFileSync(densified, JSON.stringify(doc));
const imported = spawnSync(process.env.SWM_EXE, ['import-map', densified, '--data-dir', dataDir], { encoding: 'utf8' });
if (imported.status !== 0) throw new Error(imported.stderr);
console.log(`map: ${doc.features.length} municipalities, ${vertices} vertices (densify x${factor})`);

const monitor = await startMonitor(['--data-dir', dataDir]);
const browser = await launchBrowser();
try {
  const { page } = await openUi(browser, monitor.url, { width: 1920, height: 1080, deviceScaleFactor: 1 });
  let s = await waitForState(page, s => s.loaded && s.targets && s.targets['nav.map']);
  const [x, y, w, h] = s.targets['nav.map'];
  await page.mouse.click(x + w / 2, y + h / 2, { delay: 60 });
  s = await waitForState(page, s => s.map && s.map.load === 'ready' && s.map.draws > 0, 60000);
  console.log(`parse GeoJSON in wasm: ${s.map.parse_ms.toFixed(1)} ms; projection, triangulation (4 levels of detail), labels, hit index: ${s.map.build_ms.toFixed(1)} ms`);

  // Mouse moves circle around Hof van Twente's label in the fitted view.
  const hof = s.map.labels.find(l => l.code === 'GM1735');
  const measure = async (name, frames) => {
    const before = await uiState(page);
    for (let i = 0; i < frames; i++) {
      await page.mouse.move(hof.x + 300 * Math.sin(i / 7), hof.y + 200 * Math.cos(i / 5));
      await page.waitForTimeout(20);
    }
    const after = await uiState(page);
    const n = after.map.draws - before.map.draws;
    const ms = (after.map.draw_ms_total - before.map.draw_ms_total) / n;
    console.log(`${name}: ${ms.toFixed(2)} ms per frame over ${n} frames (level of detail ${after.map.lod}, ` +
                `${after.map.vertices_drawn} fill vertices drawn)`);
  };
  await measure('fitted view (Twente and Achterhoek)', 120);
  for (let i = 0; i < 10; i++) {
    await page.mouse.wheel(0, 300);  // out: the whole country
    await page.waitForTimeout(60);
  }
  await waitForState(page, s => s.map.zoom < 0.5);
  await measure('zoomed out (the Netherlands)', 120);
  await page.keyboard.down('0'); await page.waitForTimeout(80); await page.keyboard.up('0');
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, -300);  // in: full detail
    await page.waitForTimeout(60);
  }
  await measure('zoomed in (full detail)', 120);
} finally {
  await browser.close();
  await monitor.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
