// Long texts wrap while they are edited: the description of nr. 23 (Euregio)
// shows wrapped inside its field, a click opens the browser's own text area
// over the field (ImGui 1.86 cannot wrap while editing), Dutch text typed and
// pasted there reaches the draft, is saved, and is still there after a reload.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, scrollTo, typeInto, settled, waitForState } from './ui_driver.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();

async function stored(page, number) {
  return page.evaluate(async n => (await fetch(`/api/partnerships/${n}`, {
    headers: { Authorization: 'Bearer ' + localStorage.getItem('swm-credential') } })).json(), number);
}

async function openEdit(page, word, number) {
  await typeInto(page, 'register.search', word);
  await waitForState(page, s => s.filter.q === word);
  await clickTarget(page, `register.row.${number}`);
  await waitForState(page, s => s.view === 'detail' && s.selected === number);
  await clickTarget(page, 'detail.edit');
  return waitForState(page, s => s.view === 'form' && s.form.draft.number === number &&
                                 s.wrapped_fields['form.description'] && s.targets['form.description']);
}

// The text area's box and what it holds, as the browser lays it out.
async function textArea(page) {
  return page.evaluate(() => {
    const e = document.getElementById('swm-edit');
    const r = e.getBoundingClientRect();
    const style = getComputedStyle(e);
    return { shown: style.display !== 'none', focused: document.activeElement === e, value: e.value,
             rect: [r.x, r.y, r.width, r.height], lineHeight: parseFloat(style.lineHeight),
             lines: Math.round((e.scrollHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
                               parseFloat(style.lineHeight)),
             scrollWidth: e.scrollWidth, clientWidth: e.clientWidth,
             fontLoaded: [...document.fonts].some(f => f.family.replace(/"/g, '') === 'SwmBody' && f.status === 'loaded') };
  });
}

const ui = await openUi(browser, monitor.url, { width: 1280, height: 720, deviceScaleFactor: 2 });
await ui.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(monitor.url).origin });
await settled(ui.page);

try {
  await run([
    ['the long description of nr. 23 wraps inside its field', async () => {
      const { page } = ui;
      const s = await openEdit(page, 'Euregio', 23);
      const f = s.wrapped_fields['form.description'];
      const [, , w] = s.targets['form.description'];
      assert(s.form.draft.description.length > 300, 'nr. 23 has a long description');
      assert(f.lines >= 3, `it takes several lines (${f.lines})`);
      assert(f.widest <= f.room + 0.5 && f.room < w, `no line wider than the field (${f.widest} of ${f.room})`);
      await page.screenshot({ path: join(artifacts, 'wrap-form-1280x720@2.png') });
    }],

    ['typed and pasted Dutch text goes into the open text area, wrapped, and is saved', async () => {
      const { page } = ui;
      const before = (await stored(page, 23)).description;
      await scrollTo(page, 'form.description');
      await clickTarget(page, 'form.description');
      let s = await waitForState(page, s => s.text_overlay === 'form.description');
      let a = await textArea(page);
      const [x, y, w] = s.targets['form.description'];
      assert(a.shown && a.focused && a.value === before, 'the text area is open over the field with its text');
      assert(Math.abs(a.rect[0] - x) < 1 && Math.abs(a.rect[1] - y) < 1 && Math.abs(a.rect[2] - w) < 1,
             `it lies on the field (${a.rect} / ${s.targets['form.description']})`);
      assert(a.scrollWidth <= a.clientWidth, `it wraps: nothing wider than the area (${a.scrollWidth} > ${a.clientWidth})`);
      assert(Math.abs(a.lineHeight - 17) < 0.5 && a.fontLoaded, `in the UI's own font and line (${a.lineHeight} px)`);
      const imguiLines = s.wrapped_fields['form.description'].lines;
      assert(Math.abs(a.lines - imguiLines) <= 1, `it wraps as the field did (${a.lines} lines, the field ${imguiLines})`);

      const typed = ' Geïnd door één coördinator, zie café-overleg.';
      await page.keyboard.insertText(typed);
      await page.evaluate(() => navigator.clipboard.writeText(' Overleg met Zoë en René: ideeën.'));
      await page.keyboard.press('Shift+Insert');
      const expected = before + typed + ' Overleg met Zoë en René: ideeën.';
      s = await waitForState(page, s => s.form.draft.description === expected);
      a = await textArea(page);
      assert(a.value === expected && a.scrollWidth <= a.clientWidth, 'the text area holds it, still wrapped');
      await page.screenshot({ path: join(artifacts, 'wrap-textarea-open-1280x720@2.png') });

      // Backspace and arrows stay in the text area, not in the UI.
      await page.keyboard.press('Backspace');
      await waitForState(page, s => s.form.draft.description === expected.slice(0, -1));
      await page.keyboard.insertText('.');
      await waitForState(page, s => s.form.draft.description === expected);

      // A click elsewhere closes it; the field shows the new text wrapped.
      await clickTarget(page, 'form.save');
      s = await waitForState(page, s => s.view === 'detail' && s.save === 'saved' && s.requests_pending === 0);
      assert(s.text_overlay === '' && !(await textArea(page)).shown, 'the text area is gone with its view');
      assert((await stored(page, 23)).description === expected, 'the host stored it exactly');

      await page.reload();
      await page.waitForFunction(() => typeof Module !== 'undefined' && Module.calledRun === true);
      await settled(page);
      await clickTarget(page, 'nav.register');
      const again = await openEdit(page, 'Euregio', 23);
      assert(again.form.draft.description === expected, 'after a reload the text is there exactly');
      const f = again.wrapped_fields['form.description'];
      assert(f.widest <= f.room + 0.5, 'and wraps inside the field');
      await clickTarget(page, 'form.cancel');
    }],

    ['Escape closes the text area and keeps what was typed; the source wording wraps too', async () => {
      const { page } = ui;
      let s = await waitForState(page, s => s.view === 'detail');
      await clickTarget(page, 'detail.edit');
      s = await waitForState(page, s => s.view === 'form');
      await scrollTo(page, 'form.notes');
      await clickTarget(page, 'form.notes');
      await waitForState(page, s => s.text_overlay === 'form.notes');
      await page.keyboard.insertText('Notitie één');
      await waitForState(page, s => s.form.draft.notes.endsWith('Notitie één'));
      await page.keyboard.press('Escape');
      s = await waitForState(page, s => s.text_overlay === '');
      assert(s.form.draft.notes.endsWith('Notitie één') && !(await textArea(page)).shown, 'closed, the text kept');
      for (const id of ['form.legal_form_text', 'form.motives_text', 'form.original_text']) {
        const f = s.wrapped_fields[id];
        assert(f && f.widest <= f.room + 0.5, `${id} wraps inside its field`);
      }
      await clickTarget(page, 'form.cancel');
    }],

    ['no page errors along the way', async () => {
      assert(ui.errors.length === 0, 'no page errors: ' + ui.errors.join('\n'));
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
