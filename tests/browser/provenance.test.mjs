// What the overview says apart from what the register inferred, as a person
// sees it: the detail of nr. 4 lists the named partners apart from the
// inferred and chosen ones, and "alleen genoemde partners" in the analysis
// changes the figures (and travels in the link). Screenshots at DPR 2.
import { startMonitor, launchBrowser, openUi, run, assert, artifacts } from './harness.mjs';
import { clickTarget, settled, uiState, waitForState } from './ui_driver.mjs';
import { join } from 'node:path';

const monitor = await startMonitor();
const browser = await launchBrowser();

function share(analysis, id) {
  const s = analysis.shared_with_hof_van_twente.find(o => o.organisation === id);
  return s ? s.count : -1;
}

await run([
  ['the detail of nr. 4 tells named partners from inferred and chosen ones', async () => {
    const { page, context, errors } = await openUi(browser, await monitor.link('view=detail&selected=4'),
                                                   { width: 1400, height: 900, deviceScaleFactor: 2 });
    await settled(page);
    const s = await waitForState(page, s => s.view === 'detail' && s.detail.history_loaded);
    assert(s.selected === 4, 'nr. 4 is shown');
    await page.screenshot({ path: join(artifacts, 'provenance-detail-4@2x.png') });
    assert(errors.length === 0, errors.join('\n'));
    await context.close();
  }],

  ['stated only changes the shares and counts, and is in the link', async () => {
    const { page, errors } = await openUi(browser, await monitor.link('view=analysis'),
                                          { width: 1400, height: 900, deviceScaleFactor: 2 });
    await settled(page);
    let s = await waitForState(page, s => s.view === 'analysis' && s.targets['analysis.stated_only']);
    assert(s.analysis.stated_only === false, 'starts with everything counted');
    assert(share(s.analysis.analysis, 'GM0197') === 3, 'Aalten counts 3 with the chosen Achterhoek names');
    assert(!/komt het register overeen/.test(s.analysis.seed_text), 'no plain "komt overeen"');
    assert(/nr\. 11, 14, 16 als Project/.test(s.analysis.seed_text), 'the rows classified to match are named');
    await page.screenshot({ path: join(artifacts, 'provenance-analysis@2x.png') });

    await clickTarget(page, 'analysis.stated_only');
    s = await waitForState(page, s => s.analysis && s.analysis.stated_only === true);
    assert(share(s.analysis.analysis, 'GM0197') === 0, 'Aalten drops to 0 with stated partners only');
    const project = s.analysis.analysis.by_legal_form.find(t => t.code === 'project');
    assert(project.count === 4, `only the four stated projects count (${project.count})`);
    const link = await page.evaluate(() => location.hash);
    assert(/stated_only=1/.test(link), `the link carries the switch (${link})`);
    await page.screenshot({ path: join(artifacts, 'provenance-analysis-stated-only@2x.png') });
    for (let i = 0; i < 6; i++) {
      await page.mouse.move(640, 500);
      await page.mouse.wheel(0, 400);
      await page.waitForTimeout(150);
    }
    s = await uiState(page);
    assert(s.targets['analysis.quote.by_decided_by'], "the overview's words on the GRs stand beside 'Wie beslist'");
    await page.screenshot({ path: join(artifacts, 'provenance-analysis-differences@2x.png') });
    assert(errors.length === 0, errors.join('\n'));
  }],
]);
