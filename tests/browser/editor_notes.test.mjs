// Who edits, and what the data says about itself (issue 19, points 4 and 5):
// the first visit asks for the editor's name; 'Zoë' typed there is what the
// history shows after an edit; a reload does not ask again; the offline
// snapshot leaves the name out. The screen "Over deze gegevens" shows the
// dataset's notes; the organisations and the strategy show theirs.
// Screenshots at 1920x1080 and at 1280x720 DPR 2.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, scrollTo, typeInto, settled, showView, uiState, waitForState } from './ui_driver.mjs';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();
const dataset = await (await monitor.fetch('api/dataset')).json();

// The question is on screen once the page knows it may write.
async function prompted(page) {
  return waitForState(page, s => s.loaded && s.editor.prompt && s.targets['editor.input']);
}

// Types `name` into the question the way a person does. Non-ASCII text
// arrives as DOM input (the bridge in shell.html), as an input method sends it.
async function answer(page, name) {
  await clickTarget(page, 'editor.input');
  await waitForState(page, s => s.text_input_active === true);
  await page.keyboard.insertText(name);
  await waitForState(page, s => s.editor.draft === name);
  await clickTarget(page, 'editor.save');
  return waitForState(page, s => !s.editor.prompt && s.editor.name === name);
}

async function editName(page, number, word, name) {
  await typeInto(page, 'register.search', word);
  await waitForState(page, s => s.filter.q === word);
  await clickTarget(page, `register.row.${number}`);
  await waitForState(page, s => s.view === 'detail' && s.selected === number);
  await clickTarget(page, 'detail.edit');
  await waitForState(page, s => s.view === 'form' && s.form.draft.number === number);
  await typeInto(page, 'form.name', name);
  await waitForState(page, s => s.form.draft.name === name);
  await clickTarget(page, 'form.save');
  return waitForState(page, s => s.view === 'detail' && s.save === 'saved' && s.detail.history_loaded &&
                                 s.detail.history >= 1 && s.requests_pending === 0);
}

async function topBarShot(page, file) {
  const width = page.viewportSize().width;
  await page.screenshot({ path: join(artifacts, file), clip: { x: 0, y: 0, width, height: 140 } });
}

try {
  await run([
    ['the first visit asks for the name; Zoë is in the history of an edit; a reload does not ask again', async () => {
      const { page, context, errors } = await openUi(browser, monitor.url, { width: 1920, height: 1080, editor: null });
      let s = await prompted(page);
      await page.screenshot({ path: join(artifacts, 'editor-prompt-1920x1080.png') });
      // An empty name is refused in the prompt itself, with core's message.
      await clickTarget(page, 'editor.save');
      s = await waitForState(page, s => s.editor.error !== '');
      assert(s.editor.prompt && s.editor.name === '', 'an empty name keeps the question open: ' + s.editor.error);

      s = await answer(page, 'Zoë');
      assert(await page.evaluate(() => localStorage.getItem('swm-editor')) === 'Zoë', 'the browser remembers the name');
      assert(s.targets['top.editor'], 'the top bar shows who edits');
      await topBarShot(page, 'editor-top-bar-1920x1080.png');

      s = await editName(page, 24, 'huiselijk', 'Procesmanagement huiselijk geweld (bewerkt)');
      assert(s.detail.history_actors[0] === 'Zoë', 'the history shows the name: ' + JSON.stringify(s.detail.history_actors));
      const history = await (await monitor.fetch('api/partnerships/24/history')).json();
      assert(history.changes[0].actor === 'Zoë', 'the host stored the name exactly: ' + history.changes[0].actor);

      await page.reload();
      await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true, null, { timeout: 30000 });
      s = await waitForState(page, s => s.loaded && s.version.version !== '' && s.requests_pending === 0);
      await page.waitForTimeout(400);
      s = await uiState(page);
      assert(!s.editor.prompt && s.editor.name === 'Zoë', 'after a reload the name is known and not asked again');

      // Changing it: the name in the top bar opens the question again.
      await clickTarget(page, 'top.editor');
      s = await prompted(page);
      assert(s.editor.draft === 'Zoë', 'the question starts from the name as it is');
      await page.keyboard.press('Escape');
      await waitForState(page, s => !s.editor.prompt && s.editor.name === 'Zoë');
      assert(errors.length === 0, 'no page errors: ' + errors.join('; '));
      await context.close();
    }],

    ['the notes screen shows the dataset notes; organisations and strategy show theirs', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), { width: 1920, height: 1080 });
      await settled(page);
      await clickTarget(page, 'register.about');
      let s = await waitForState(page, s => s.view === 'about' && s.about.dataset_notes.length > 0);
      assert(JSON.stringify(s.about.dataset_notes) === JSON.stringify(dataset.notes),
             `every dataset note is drawn (${s.about.dataset_notes.length} of ${dataset.notes.length})`);
      assert(s.about.dataset_notes.some(n => n.includes('Achterhoek') && n.includes('keuze')), 'why the Achterhoek names were chosen');
      const withNotes = dataset.organisations.filter(o => o.notes);
      assert(s.about.organisation_notes.length === withNotes.length, 'every organisation note is drawn');
      assert(s.about.strategy_notes.length === dataset.strategy.notes.length, 'every strategy note is drawn');
      await page.screenshot({ path: join(artifacts, 'about-data-1920x1080.png') });
      // The legal form note (which rows were classified) is on screen once scrolled to.
      const legal = dataset.notes.findIndex(n => n.startsWith('Rechtsvorm'));
      await scrollTo(page, `about.note.${legal}`);
      await page.screenshot({ path: join(artifacts, 'about-data-scrolled-1920x1080.png') });

      await showView(page, 'nav.data', 'data');
      // An export for others: the JSON without the contact persons.
      await clickTarget(page, 'data.tab.files');
      await clickTarget(page, 'files.without_names');
      s = await waitForState(page, s => s.data.files.without_names === true);
      await page.screenshot({ path: join(artifacts, 'files-without-names-1920x1080.png') });
      s = await waitForState(page, s => s.targets['data.about']);
      await clickTarget(page, 'data.about');
      await waitForState(page, s => s.view === 'about');

      s = await showView(page, 'nav.organisations', 'organisations');
      // The note on Hengelo is drawn in its row (a table's first frame has no widths yet).
      s = await waitForState(page, s => s.organisations.notes_shown.includes('GM0164') && s.targets['orgs.notes.GM0164']);
      await page.screenshot({ path: join(artifacts, 'organisations-notes-1920x1080.png') });

      await showView(page, 'nav.strategy', 'strategy');
      await scrollTo(page, 'strategy.about');
      s = await waitForState(page, s => s.strategy.notes_drawn === dataset.strategy.notes.length);
      await page.screenshot({ path: join(artifacts, 'strategy-about-1920x1080.png') });
      assert(errors.length === 0, 'no page errors: ' + errors.join('; '));
      await context.close();
    }],

    ['at 1280x720 DPR 2: the question, the top bar and the notes screen', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(),
                                                     { width: 1280, height: 720, deviceScaleFactor: 2, editor: null });
      await prompted(page);
      await page.screenshot({ path: join(artifacts, 'editor-prompt-1280x720-dpr2.png') });
      await answer(page, 'Zoë Ëlberts');
      await topBarShot(page, 'editor-top-bar-1280x720-dpr2.png');
      await clickTarget(page, 'register.about');
      await waitForState(page, s => s.view === 'about' && s.about.dataset_notes.length === dataset.notes.length);
      await page.screenshot({ path: join(artifacts, 'about-data-1280x720-dpr2.png') });
      await showView(page, 'nav.organisations', 'organisations');
      await page.screenshot({ path: join(artifacts, 'organisations-notes-1280x720-dpr2.png') });
      assert(errors.length === 0, 'no page errors: ' + errors.join('; '));
      await context.close();
    }],

    ['the offline snapshot shows the change without the name and does not ask for one', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'swm-editor-'));
      try {
        const file = join(dir, 'momentopname.html');
        const html = await (await monitor.fetch('snapshot')).text();
        const open = '<script type="application/json" id="swm-snapshot">';
        const data = html.slice(html.indexOf(open) + open.length, html.indexOf('</script>', html.indexOf(open)));
        assert(data.includes('"/api/partnerships/24/history"') && !data.includes('Zoë'), 'the data in the file holds no editor name');
        writeFileSync(file, html);
        const { page, context, errors } = await openUi(browser, 'file://' + file + '#view=detail&selected=24', { editor: null });
        const s = await waitForState(page, s => s.loaded && s.view === 'detail' && s.detail.history_loaded && s.detail.history >= 1);
        assert(s.detail.history_actors[0] === '(naam weggelaten)', 'the history says the name was left out: ' + s.detail.history_actors[0]);
        assert(!s.editor.prompt && !s.targets['top.editor'], 'nothing to write, so no question and no name');
        await page.screenshot({ path: join(artifacts, 'snapshot-history-without-names-1280x720.png') });
        assert(errors.length === 0, 'no page errors: ' + errors.join('; '));
        await context.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
