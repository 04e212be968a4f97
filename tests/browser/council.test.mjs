// The council view as a griffier uses it: this year's P&C calendar of the
// GRs, the council's meeting dates entered, the warning "te laat voor de
// raad", and a verbonden partij's figures entered in its
// form and kept. Screenshots at devicePixelRatio 2.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, scrollTo, typeInto, settled, showView, waitForState } from './ui_driver.mjs';

async function click(page, id) {
  await scrollTo(page, id);
  await clickTarget(page, id);
}
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();
const { page, errors } = await openUi(browser, monitor.url, { width: 1280, height: 800, deviceScaleFactor: 2 });
await settled(page);
const year = new Date().getFullYear();

async function shoot(name) {
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(artifacts, `council-${name}@2x.png`) });
}

// A request as the page makes it, with the session's credential.
async function api(method, path, body) {
  return page.evaluate(async ([method, path, body]) => {
    const credential = localStorage.getItem('swm-credential');
    const res = await fetch(path, { method, headers: { Authorization: 'Bearer ' + credential, 'Content-Type': 'application/json' },
                                    body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, body: await res.json() };
  }, [method, path, body]);
}

try {
  await run([
    ['the council view lists this year\'s P&C moments of the GRs', async () => {
      const s = await showView(page, 'nav.council', 'council');
      const loaded = await waitForState(page, s => s.council.moments.length > 0 && !s.council.loading);
      assert(loaded.council.year === year, `the current year (${loaded.council.year})`);
      const kaders = loaded.council.moments.find(m => m.partnership === 4 && m.step === 'kaders');
      assert(kaders && kaders.due === `${year}-04-29`, 'Stadsbank: frameworks before 30 April');
      // The centrumgemeente has no budget of its own (while the store keeps gr_kind; it drops it for now).
      const five = (await api('GET', '/api/partnerships/5')).body;
      if (five.legal_form.gr_kind) assert(!loaded.council.moments.some(m => m.partnership === 5), 'no budget moments for nr 5');
      await shoot('calendar');
    }],
    ['council meetings entered in the view, and a late zienswijze flagged', async () => {
      // The griffie's dates of a draft change of nr 26, received in June.
      const input = (await api('GET', '/api/calendar/input')).body;
      input.regelingen = [{ partnership: 26, year, notes: '', events: [
        { kind: 'ontwerp_regeling_ontvangen', date: `${year}-06-12`, by: '', subject: '', source_text: '' }] }];
      const put = await api('PUT', '/api/calendar/input', input);
      assert(put.status === 200, 'stored: ' + JSON.stringify(put.body).slice(0, 300));
      await click(page, 'calendar.previous_year');
      await waitForState(page, s => s.council.year === year - 1 && !s.council.loading);
      await click(page, 'calendar.next_year');
      await waitForState(page, s => s.council.year === year && !s.council.loading && s.council.moments.some(m => m.partnership === 26));
      await typeInto(page, 'calendar.meetings', `${year}-09-29`);
      await click(page, 'calendar.save_meetings');
      const s = await waitForState(page, s => s.council.council_meetings.length === 1 && !s.council.loading && s.save === 'saved');
      const late = s.council.moments.find(m => m.partnership === 26 && m.step === 'zienswijze_regeling');
      assert(late && late.late_for_council, 'eight weeks end before the council meets: ' + JSON.stringify(late));
      const row = s.council.moments.indexOf(s.council.moments.find(m => m.late_for_council));
      assert(await scrollTo(page, `calendar.late.${row}`), 'the warning is on screen');
      await shoot('late-for-council');
    }],
    ['a verbonden partij\'s figures are entered in the form and kept', async () => {
      await click(page, 'council.tab_vp');
      await click(page, 'vp.party.regio-twente');
      await waitForState(page, s => s.council.verbonden_partijen.selected === 'regio-twente');
      await typeInto(page, 'vp.contribution', '1.234.567');
      await typeInto(page, 'vp.representation', 'Burgemeester in het AB');
      await shoot('verbonden-partij');
      await click(page, 'vp.save');
      // The status may still say 'saved' from the step before: wait for the host to have it.
      let entry;
      for (let i = 0; i < 100 && !entry; i++) {
        const data = (await api('GET', '/api/dataset')).body;
        const regio = data.organisations.find(o => o.id === 'regio-twente');
        entry = regio.verbonden_partij.years.find(y => y.year === year);
        if (!entry) await page.waitForTimeout(100);
      }
      assert(entry && entry.contribution === 1234567, 'stored in whole euros: ' + JSON.stringify(entry));
      assert(entry.representation === 'Burgemeester in het AB', 'the representation is kept');
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
