// Snapshots, import and export through the UI alone ("Peildata en
// bestanden"): a named, dated snapshot is made, the register is exported as
// CSV, a partnership renamed in that file, and the file imported with a
// preview that shows the rename before anything changes; after the
// confirmation the register shows the new name and the backup is named.
// The snapshot then compares with now and with a later snapshot, opens
// read-only with the old name, and the JSON export and the report carry the
// new one. A wrong cell is refused by row and column and changes nothing.
// Screenshots at 1920x1080 and at 1280x720 DPR 2.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, scrollTo, typeInto, settled, showView, uiState, waitForState } from './ui_driver.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();
const scratch = mkdtempSync(join(tmpdir(), 'swm-files-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

const oldName = 'Veiligheidsregio Twente';
const newName = 'Veiligheidsregio Twente (VRT)';

async function hostJson(page, path) {
  return page.evaluate(async p => (await fetch(p, {
    headers: { Authorization: 'Bearer ' + localStorage.getItem('swm-credential') } })).json(), path);
}

// Lets the UI settle (hover, layout) before a screenshot.
async function calm(page) {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const s = await uiState(page);
    if (s.frames === last && s.requests_pending === 0) return;
    last = s.frames;
    await page.waitForTimeout(100);
  }
}

async function downloadVia(page, id) {
  const [download] = await Promise.all([page.waitForEvent('download'), clickTarget(page, id)]);
  const file = join(scratch, download.suggestedFilename() || id);
  await download.saveAs(file);
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

async function chooseFile(page, name, text, mimeType) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), clickTarget(page, 'files.choose')]);
  await chooser.setFiles({ name, mimeType, buffer: Buffer.from(text) });
}

async function makeSnapshot(page, name, peildatum) {
  const before = (await uiState(page)).data.snapshots.snapshots.length;
  await typeInto(page, 'snapshots.name', name);
  await typeInto(page, 'snapshots.peildatum', peildatum);
  await clickTarget(page, 'snapshots.make');
  const s = await waitForState(page, s => s.data.snapshots.made !== null && s.data.snapshots.snapshots.length === before + 1 &&
                                         s.requests_pending === 0);
  const made = s.data.snapshots.snapshots.find(x => x.id === s.data.snapshots.made);
  assert(made.name === name && made.peildatum === peildatum, `the snapshot as named (${JSON.stringify(made)})`);
  return made.id;
}

async function chooseInCombo(page, combo, item) {
  await clickTarget(page, combo);
  await clickTarget(page, item);
}

// The CSV with nr. 7 renamed in its name cell.
function renamed(csv) {
  const row = `\r\n7;${oldName};`;
  assert(csv.includes(row), 'the export has nr. 7 with its name');
  return csv.replace(row, `\r\n7;${newName};`);
}

try {
  await run([
    ['a snapshot, a CSV export, an import with its preview and a comparison, all in the UI', async () => {
      const { page, context, errors } = await openUi(browser, monitor.url, { width: 1920, height: 1080 });
      await settled(page);
      await showView(page, 'nav.data', 'data');
      let s = await waitForState(page, s => s.data.snapshots.snapshots.length === 1);
      assert(s.data.tab === 'snapshots', 'the snapshots tab comes first');

      // A wrong peildatum is refused at the field, before anything is sent.
      await typeInto(page, 'snapshots.name', 'begroting 2027');
      await typeInto(page, 'snapshots.peildatum', '2026-13');
      await clickTarget(page, 'snapshots.make');
      s = await waitForState(page, s => s.data.snapshots.make_errors.length > 0);
      assert(s.data.snapshots.make_errors[0].field === 'peildatum', 'the peildatum is named: ' + JSON.stringify(s.data.snapshots.make_errors));
      assert((await hostJson(page, '/api/snapshots')).snapshots.length === 1, 'nothing was made');
      const first = await makeSnapshot(page, 'begroting 2027', '2026-10');
      const listed = await hostJson(page, '/api/snapshots');
      assert(listed.snapshots.some(x => x.id === first && x.name === 'begroting 2027'), 'the host keeps it');

      // Export the register as CSV through the UI, and rename nr. 7 in it.
      await clickTarget(page, 'data.tab.files');
      await waitForState(page, s => s.data.tab === 'files' && s.targets['files.export_csv']);
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'files-1920x1080.png') });
      const csv = await downloadVia(page, 'files.export_csv');
      assert(csv.name === 'samenwerkingsverbanden.csv', `the CSV's name (${csv.name})`);
      const edited = renamed(csv.text);

      // The preview shows the rename and changes nothing.
      await chooseFile(page, 'register-bewerkt.csv', edited, 'text/csv');
      s = await waitForState(page, s => s.data.files.step === 'preview');
      const line = `7. ${newName} | Naam: ${oldName} -> ${newName}`;
      assert(s.data.files.format === 'csv', 'read as CSV');
      assert(JSON.stringify(s.data.files.preview.changed) === JSON.stringify([line]),
             'the preview names the rename, old and new: ' + JSON.stringify(s.data.files.preview));
      assert(s.data.files.preview.added.length === 0 && s.data.files.preview.removed.length === 0, 'nothing added or removed');
      assert((await hostJson(page, '/api/partnerships/7')).name === oldName, 'the preview changed nothing');
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'import-preview-1920x1080.png') });

      // Confirmed: imported, the register shows the new name at once, the backup is named.
      await clickTarget(page, 'files.confirm');
      s = await waitForState(page, s => s.data.files.step === 'imported' && s.requests_pending === 0);
      assert(/backups[\/\\]monitor-.*\.sqlite$/.test(s.data.files.backup), 'the backup is named: ' + s.data.files.backup);
      assert(s.data.files.imported === 33, `the register holds its 33 partnerships (${s.data.files.imported})`);
      assert((await hostJson(page, '/api/partnerships/7')).name === newName, 'the host has the new name');
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'import-done-1920x1080.png') });
      await showView(page, 'nav.register', 'register');
      await typeInto(page, 'register.search', '(VRT)');
      // Found by a word only the new name has: the UI holds the imported data.
      s = await waitForState(page, s => s.register.shown === 1 && s.register.order[0] === 7);

      // The JSON export and the report carry the new name.
      await showView(page, 'nav.data', 'data');
      await clickTarget(page, 'data.tab.files');
      await waitForState(page, s => s.data.tab === 'files');
      const json = JSON.parse((await downloadVia(page, 'files.export_json')).text);
      assert(json.partnerships.find(p => p.number === 7).name === newName, 'the JSON export has the new name');
      const report = await downloadVia(page, 'files.report');
      assert(report.text.includes(newName), 'the report has the new name');

      // The snapshot compares with now, and with a later snapshot: the rename, labelled.
      await clickTarget(page, 'data.tab.snapshots');
      await waitForState(page, s => s.data.tab === 'snapshots' && s.targets['snapshots.make']);
      const second = await makeSnapshot(page, 'na de import', '2026-11');
      await scrollTo(page, 'snapshots.from');
      await chooseInCombo(page, 'snapshots.from', `snapshots.from.${first}`);
      s = await waitForState(page, s => s.data.snapshots.comparison && s.data.snapshots.with === 0);
      assert(JSON.stringify(s.data.snapshots.comparison.changed) === JSON.stringify([`7. ${newName} | Naam: ${oldName} -> ${newName}`]),
             'with now: the rename ' + JSON.stringify(s.data.snapshots.comparison));
      await chooseInCombo(page, 'snapshots.with', `snapshots.with.${second}`);
      s = await waitForState(page, s => s.data.snapshots.comparison && s.data.snapshots.with === second);
      assert(s.data.snapshots.comparison.changed.length === 1 && s.data.snapshots.comparison.changed[0].endsWith(`-> ${newName}`),
             'with the later snapshot: the rename ' + JSON.stringify(s.data.snapshots.comparison));
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'snapshots-compare-1920x1080.png') });

      // Opened read-only: the register as it was, without editing.
      await scrollTo(page, `snapshots.open.${first}`);
      await clickTarget(page, `snapshots.open.${first}`);
      s = await waitForState(page, s => s.data.snapshots.opened && s.data.snapshots.opened.partnerships.length === 33);
      assert(s.data.snapshots.opened.partnerships.includes(`7. ${oldName}`), 'the snapshot has the old name');
      assert(!s.targets['snapshots.make'] && !s.targets['register.new'], 'nothing to edit in an opened snapshot');
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'snapshot-opened-1920x1080.png') });
      await clickTarget(page, 'snapshots.close');
      await waitForState(page, s => !s.data.snapshots.opened && s.targets['snapshots.make']);
      assert(errors.length === 0, 'no page errors: ' + errors.join('; '));
      await context.close();
    }],

    ['at 1280x720 DPR 2: a refused file names row and column; a JSON preview can be cancelled', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), { width: 1280, height: 720, deviceScaleFactor: 2 });
      await settled(page);
      await showView(page, 'nav.data', 'data');
      let s = await waitForState(page, s => s.data.snapshots.snapshots.length === 3);
      const first = s.data.snapshots.snapshots.find(x => x.name === 'begroting 2027').id;
      await scrollTo(page, 'snapshots.from');
      await chooseInCombo(page, 'snapshots.from', `snapshots.from.${first}`);
      await waitForState(page, s => s.data.snapshots.comparison);
      await page.mouse.move(640, 500);
      await page.mouse.wheel(0, 800);  // down to the comparison
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'snapshots-compare-1280x720-dpr2.png') });
      await scrollTo(page, `snapshots.open.${first}`);
      await clickTarget(page, `snapshots.open.${first}`);
      await waitForState(page, s => s.data.snapshots.opened && s.data.snapshots.opened.partnerships.length === 33);
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'snapshot-opened-1280x720-dpr2.png') });
      await clickTarget(page, 'snapshots.close');

      await clickTarget(page, 'data.tab.files');
      await waitForState(page, s => s.data.tab === 'files' && s.targets['files.choose']);
      const csv = await downloadVia(page, 'files.export_csv');
      const at = csv.text.indexOf(';MT;');
      assert(at > 0, 'a cell with scale MT');
      const broken = csv.text.slice(0, at) + ';Zuid;' + csv.text.slice(at + 4);
      const before = await hostJson(page, '/api/dataset');
      await chooseFile(page, 'register-fout.csv', broken, 'text/csv');
      s = await waitForState(page, s => s.data.files.step === 'refused');
      const problems = s.data.files.refusal.problems;
      assert(problems.length >= 1 && /regel 2/.test(problems[0].where) && problems[0].where.includes('schaal'),
             'row and column are named: ' + JSON.stringify(problems));
      assert(JSON.stringify(await hostJson(page, '/api/dataset')) === JSON.stringify(before), 'nothing changed');
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'import-refused-1280x720-dpr2.png') });

      // A JSON file in which nr. 30 is gone: previewed as a removal, then cancelled.
      const data = JSON.parse(JSON.stringify(before));
      data.partnerships = data.partnerships.filter(p => p.number !== 30);
      await chooseFile(page, 'register.json', JSON.stringify(data), 'application/json');
      s = await waitForState(page, s => s.data.files.step === 'preview');
      assert(s.data.files.format === 'json', 'read as JSON');
      assert(s.data.files.preview.removed.length === 1 && s.data.files.preview.removed[0].startsWith('30. '),
             'the preview names the removal: ' + JSON.stringify(s.data.files.preview));
      await calm(page);
      await page.screenshot({ path: join(artifacts, 'import-preview-1280x720-dpr2.png') });
      await clickTarget(page, 'files.cancel');
      await waitForState(page, s => s.data.files.step === 'none');
      assert((await hostJson(page, '/api/partnerships')).total === 33, 'cancelled: nothing removed');
      const unexpected = errors.filter(e => !e.includes('status of 422'));  // the refused file's answer
      assert(unexpected.length === 0, 'no page errors: ' + unexpected.join('; '));
      await context.close();
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
