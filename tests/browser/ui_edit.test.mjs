// Changing the register through the UI where only a browser shows it: Dutch
// text typed and pasted through the page's input bridge and saved with the
// session's credential, copy to the system clipboard, delete with
// confirmation and undo against the real host. Validation at the field,
// saving, someone else's change (409) and the comparison with a snapshot are
// tested without a browser (tests/ui).
import { startMonitor, launchBrowser, openUi, run, assert } from './harness.mjs';
import { clickTarget, typeInto, settled, showView, waitForState } from './ui_driver.mjs';

const monitor = await startMonitor();
// run() ends the process before `finally` can stop the monitor.
const browser = await launchBrowser();

// What the host has stored, read past the UI (with the page's session).
async function stored(page, number) {
  return page.evaluate(async n => (await fetch(`/api/partnerships/${n}`, {
    headers: { Authorization: 'Bearer ' + localStorage.getItem('swm-credential') } })).json(), number);
}

// One page for all tests (loading the UI is the slow part); each test starts
// from the register.
const ui = await openUi(browser, monitor.url);
await ui.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(monitor.url).origin });
await settled(ui.page);

async function fromRegister() {
  await showView(ui.page, 'nav.register', 'register');
  return ui;
}

// From the register: find the partnership by a word of its name, open its detail.
async function openDetail(page, word, number) {
  await typeInto(page, 'register.search', word);
  await waitForState(page, s => s.filter.q === word);
  await clickTarget(page, `register.row.${number}`);
  return waitForState(page, s => s.view === 'detail' && s.selected === number && s.detail.history_loaded);
}

async function openEdit(page, word, number) {
  await openDetail(page, word, number);
  await clickTarget(page, 'detail.edit');
  return waitForState(page, s => s.view === 'form' && s.form.draft.number === number);
}

try {
  await run([
    ['Dutch text typed and pasted reaches the field and is saved', async () => {
      const { page } = await fromRegister();
      await openEdit(page, 'Sociale Recherche', 5);
      await typeInto(page, 'form.name', 'Coördinatie Zoë');
      await waitForState(page, s => s.form.draft.name === 'Coördinatie Zoë');
      await page.evaluate(() => navigator.clipboard.writeText(' café naïef ë'));
      // Headless Chromium pastes the system clipboard on Shift+Insert (not on
      // a scripted Ctrl+V); the paste event takes the same way either way.
      await page.keyboard.press('Shift+Insert');
      await waitForState(page, s => s.form.draft.name === 'Coördinatie Zoë café naïef ë');
      await clickTarget(page, 'form.save');
      await waitForState(page, s => s.view === 'detail' && s.save === 'saved' && s.requests_pending === 0);
      const p = await stored(page, 5);
      assert(p.name === 'Coördinatie Zoë café naïef ë', `stored with its diacritics: ${p.name}`);
    }],

    ['copying the source text reaches the system clipboard', async () => {
      const { page } = await fromRegister();
      await openDetail(page, 'Stadsbank', 4);
      await clickTarget(page, 'detail.copy_original');
      const p = await stored(page, 4);
      let text = '';
      for (let i = 0; i < 40 && text !== p.original_text; i++) {
        await page.waitForTimeout(50);
        text = await page.evaluate(() => navigator.clipboard.readText());
      }
      assert(text === p.original_text, `the clipboard holds the row as printed: ${text.slice(0, 60)}`);
    }],

    ['deleting asks first and can be undone', async () => {
      const { page } = await fromRegister();
      const number = 31;
      await openDetail(page, 'Belastingkantoor', number);
      await clickTarget(page, 'detail.delete');
      await clickTarget(page, 'detail.confirm_delete');
      let s = await waitForState(page, s => s.view === 'register' && s.undo && s.partnerships_loaded === 32 && s.requests_pending === 0);
      assert((await page.evaluate(async n => (await fetch(`/api/partnerships/${n}`, {
        headers: { Authorization: 'Bearer ' + localStorage.getItem('swm-credential') } })).status, number)) === 404, 'the host deleted it');
      await clickTarget(page, 'undo');
      s = await waitForState(page, s => s.undo === null && s.partnerships_loaded === 33 && s.view === 'detail');
      assert((await stored(page, number)).number === number, 'undo brought it back');
    }],

    ['no page errors along the way', async () => {
      // The refused PUT (409) and the check for the deleted record (404) are
      // answers the tests asked for; the browser logs them as failed loads.
      const unexpected = ui.errors.filter(e => !/status of (409|404)/.test(e));
      assert(unexpected.length === 0, 'no page errors: ' + unexpected.join('\n'));
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
