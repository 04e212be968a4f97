// Organisations through the UI alone: a new organisation made from a
// partnership's partner picker ("nieuwe organisatie…") becomes its partner;
// the organisations screen lists and searches them and ends one with a date.
// Screenshots at 1920x1080 and at 1280x720 DPR 2.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, typeInto, settled, showView, waitForState } from './ui_driver.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();

// What the host has stored, read past the UI (with the page's session).
async function hostJson(page, path) {
  return page.evaluate(async p => (await fetch(p, {
    headers: { Authorization: 'Bearer ' + localStorage.getItem('swm-credential') } })).json(), path);
}

try {
  await run([
    ['a new organisation made from the partner picker becomes a partner of the partnership', async () => {
      const { page, context, errors } = await openUi(browser, monitor.url, { width: 1920, height: 1080 });
      await settled(page);
      await typeInto(page, 'register.search', 'huiselijk');
      await clickTarget(page, 'register.row.24');
      await waitForState(page, s => s.view === 'detail' && s.selected === 24);
      await clickTarget(page, 'detail.edit');
      await waitForState(page, s => s.view === 'form' && s.form.draft.number === 24);

      await clickTarget(page, 'form.add_partner');
      await clickTarget(page, 'form.new_organisation');
      let s = await waitForState(page, s => s.view === 'organisation_form' && s.organisation_form.create);
      assert(s.organisation_form.for_partner, 'the form knows it was opened for a partner');
      const name = 'Stichting Veilig Thuis Twente';
      await typeInto(page, 'org_form.name', name);
      s = await waitForState(page, s => s.organisation_form.draft.name === name);
      assert(s.organisation_form.draft.id === 'stichting-veilig-thuis-twente', `the id follows the name (${s.organisation_form.draft.id})`);
      assert(s.organisation_form.errors.length === 0, 'a foundation without CBS code is valid: ' + JSON.stringify(s.organisation_form.errors));
      await page.screenshot({ path: join(artifacts, 'organisation-form-new-1920x1080.png') });

      await clickTarget(page, 'org_form.save');
      s = await waitForState(page, s => s.view === 'form' && s.requests_pending === 0 &&
        s.form.draft.partners.includes('stichting-veilig-thuis-twente'));
      assert(s.form.errors.length === 0, 'the partnership draft with its new partner is valid');
      const listed = await hostJson(page, '/api/organisations');
      assert(listed.organisations.some(o => o.id === 'stichting-veilig-thuis-twente' && o.name === name),
             'the host stored the organisation');
      const before = await hostJson(page, '/api/partnerships/24');
      assert(!before.partners.includes('stichting-veilig-thuis-twente'), 'nothing is added to the partnership before its Save');

      await clickTarget(page, 'form.save');
      await waitForState(page, s => s.view === 'detail' && s.save === 'saved' && s.requests_pending === 0);
      const p = await hostJson(page, '/api/partnerships/24');
      assert(p.partners.includes('stichting-veilig-thuis-twente') && p.partners.includes('GM0164'),
             `nr. 24 has the new partner beside the old ones (${p.partners})`);
      await page.screenshot({ path: join(artifacts, 'organisation-partner-in-detail-1920x1080.png') });
      await showView(page, 'nav.organisations', 'organisations');
      await typeInto(page, 'orgs.search', 'veilig thuis');
      s = await waitForState(page, s => s.organisations.shown.length === 1);
      assert(s.organisations.shown[0] === 'stichting-veilig-thuis-twente', 'the search finds it');
      await page.screenshot({ path: join(artifacts, 'organisations-search-1920x1080.png') });
      assert(errors.length === 0, 'no page errors: ' + errors.join('; '));
      await context.close();
    }],

    ['the organisations screen at 1280x720 DPR 2: list, edit, end with a date', async () => {
      const { page, context, errors } = await openUi(browser, await monitor.link(), { width: 1280, height: 720, deviceScaleFactor: 2 });
      await settled(page);
      let s = await showView(page, 'nav.organisations', 'organisations');
      assert(s.organisations.shown.length >= 37, `every organisation is listed (${s.organisations.shown.length})`);
      await page.screenshot({ path: join(artifacts, 'organisations-1280x720-dpr2.png') });
      await typeInto(page, 'orgs.search', 'uwv');
      await waitForState(page, s => s.organisations.shown.length === 1);
      await clickTarget(page, 'orgs.row.uwv');
      await waitForState(page, s => s.view === 'organisation_form' && !s.organisation_form.create);
      await typeInto(page, 'org_form.end_date', '2031-13');
      s = await waitForState(page, s => s.organisation_form.errors.some(e => e.field === 'end_date'));
      assert(s.organisation_form.errors[0].key === 'validation.date_malformed', 'a wrong date is refused at the field');
      await typeInto(page, 'org_form.end_date', '2031-01-01');
      await waitForState(page, s => s.organisation_form.errors.length === 0);
      await page.screenshot({ path: join(artifacts, 'organisation-form-edit-1280x720-dpr2.png') });
      await clickTarget(page, 'org_form.save');
      await waitForState(page, s => s.view === 'organisations' && s.requests_pending === 0 && s.save === 'saved');
      const listed = await hostJson(page, '/api/organisations');
      const uwv = listed.organisations.find(o => o.id === 'uwv');
      assert(uwv.end_date === '2031-01-01' && uwv.revision === 2, `the host ended it (${JSON.stringify(uwv)})`);
      await page.screenshot({ path: join(artifacts, 'organisations-ended-1280x720-dpr2.png') });
      assert(errors.length === 0, 'no page errors: ' + errors.join('; '));
      await context.close();
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
