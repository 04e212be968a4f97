// The printable council report in Chromium: accessible by axe-core's rules
// (no serious or critical violations), every partnership listed with a name
// from data kept as text, and printed to an A4 PDF with each chapter on its
// own page, the register in landscape and page numbers; every PDF page is
// rendered to a PNG in artifacts/ to be looked at.
import { startMonitor, launchBrowser, run, assert, artifacts } from './harness.mjs';
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const axeSource = require.resolve('axe-core/axe.min.js');
const markupName = '<script>window.__injected = 1</script> Proef & <b>vet</b>';

// The record with its last partner replaced, and that partner's provenance
// gone with it, as the form does.
function replaceLastPartner(p, id) {
  const removed = p.partners[p.partners.length - 1];
  const provenance = { ...(p.partner_provenance || {}) };
  delete provenance[removed];
  return { ...p, partners: [...p.partners.slice(0, -1), id], partner_provenance: provenance };
}

// A partnership whose name is markup, written through the API as the UI would.
async function addMarkupPartnership(monitor) {
  const list = await (await monitor.fetch('api/partnerships')).json();
  const body = { ...list.partnerships[0], number: 50, name: markupName, revision: 1 };
  const res = await monitor.fetch('api/partnerships', {
    method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' },
  });
  assert(res.status === 201, 'partnership created: ' + res.status + ' ' + await res.text());
  // And one changed, so the changes chapter has both of its tables.
  const p24 = list.partnerships.find(p => p.number === 24);
  const put = await monitor.fetch('api/partnerships/24', {
    method: 'PUT', body: JSON.stringify(replaceLastPartner({ ...p24, layer: 'beleid' }, 'GM0158')),
    headers: { 'Content-Type': 'application/json' },
  });
  assert(put.status === 200, 'partnership 24 changed: ' + put.status + ' ' + await put.text());
}

// The report opened as the UI opens it: through a single-use link the
// signed-in page asks for (POST /api/links), since a new tab sends no header.
async function openReport(browser, monitor) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', e => errors.push(String(e)));
  page.on('console', m => { if (m.type() === 'error') errors.push(m.text()); });
  const { url } = await (await monitor.fetch('api/links', { method: 'POST', body: JSON.stringify({ path: '/report' }),
                                                          headers: { 'Content-Type': 'application/json' } })).json();
  const res = await page.goto(monitor.base + url.slice(1));
  assert(res.status() === 200, 'GET /report answers 200, not ' + res.status());
  return { page, context, errors };
}

const pdfText = (file, page) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], { encoding: 'utf8' });
const pdfPageSize = (file, page) => {
  const info = execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), file], { encoding: 'utf8' });
  const m = info.match(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/);
  return { width: Number(m[1]), height: Number(m[2]) };
};

const monitor = await startMonitor();
const browser = await launchBrowser();
try {
  await addMarkupPartnership(monitor);
  await run([
    ['the report lists every partnership, and a name with markup stays text', async () => {
      const { page, context, errors } = await openReport(browser, monitor);
      const { partnerships } = await (await monitor.fetch('api/partnerships')).json();
      assert(partnerships.length === 34, '33 partnerships of 2014 and the added one: ' + partnerships.length);
      const register = await page.textContent('#register');
      const missing = partnerships.filter(p => !register.includes(p.name)).map(p => p.number);
      assert(missing.length === 0, 'every partnership is in the register chapter; missing: ' + missing.join(', '));
      assert(await page.evaluate(() => document.scripts.length) === 0, 'the report holds no script');
      assert(await page.evaluate(() => window.__injected) === undefined, 'the name was not run as a script');
      assert(await page.$('#register b') === null, 'the name was not made bold');
      const changes = await page.textContent('#wijzigingen');
      assert(changes.includes(markupName), 'the added partnership is a change since november 2014');
      assert(await page.getAttribute('html', 'lang') === 'nl', 'the document is in Dutch');
      await page.screenshot({ path: join(artifacts, 'report-screen.png') });
      assert(errors.length === 0, 'no page errors: ' + errors.join('\n'));
      await context.close();
    }],
    ['axe-core finds no serious or critical violation in the report', async () => {
      const { page, context } = await openReport(browser, monitor);
      await page.addScriptTag({ path: axeSource });
      const result = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
      assert(result.passes.length > 20, 'axe ran its rules: ' + result.passes.length + ' passed');
      console.log(`# axe: ${result.passes.length} rules passed, ${result.violations.length} violated`);
      for (const v of result.violations)
        console.log(`# axe ${v.impact}: ${v.id} (${v.nodes.length}x) ${v.help}`);
      const grave = result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical');
      assert(grave.length === 0, 'serious or critical: ' +
        grave.map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join('; ')}`).join('\n'));
      await context.close();
    }],
    ['printed to PDF: A4, a page per chapter, the register in landscape, page numbers', async () => {
      const { page, context } = await openReport(browser, monitor);
      const headings = await page.$$eval('main h2', hs => hs.map(h => h.textContent.trim()));
      assert(headings.length === 7, 'seven chapters: ' + headings.join(' | '));
      const file = join(artifacts, 'report.pdf');
      writeFileSync(file, await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true,
                                           tagged: true, outline: true }));
      const pages = Number(execFileSync('pdfinfo', [file], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/)[1]);
      console.log(`# report: ${pages} pages`);
      assert(pages >= headings.length + 1, `a title page and a page per chapter at least: ${pages} pages`);

      // Each chapter starts at the top of a page of its own, in order.
      const texts = Array.from({ length: pages }, (_, i) => pdfText(file, i + 1));
      let previous = 1;
      for (const h of headings) {
        const at = texts.findIndex(t => t.trimStart().startsWith(h)) + 1;
        assert(at > previous, `"${h}" opens a page after page ${previous} (found on ${at || 'none'})`);
        previous = at;
      }
      const title = pdfPageSize(file, 1), register = pdfPageSize(file, 2);
      assert(Math.round(title.width) === 595 && Math.round(title.height) === 842, 'A4 portrait: ' + JSON.stringify(title));
      assert(Math.round(register.width) === 842 && Math.round(register.height) === 595, 'register in A4 landscape: ' + JSON.stringify(register));
      assert(!texts[0].includes('Pagina 1 van'), 'no page number on the title page');
      for (let i = 2; i <= pages; i++)
        assert(texts[i - 1].includes(`Pagina ${i} van ${pages}`), `page ${i} says "Pagina ${i} van ${pages}"`);

      // Every page as a PNG, to be looked at.
      for (const f of readdirSync(artifacts)) if (/^report-page-\d+\.png$/.test(f)) rmSync(join(artifacts, f));
      execFileSync('pdftoppm', ['-png', '-r', '60', file, join(artifacts, 'report-page')]);
      const pngs = readdirSync(artifacts).filter(f => /^report-page-\d+\.png$/.test(f));
      assert(pngs.length === pages, `a PNG per page: ${pngs.length} of ${pages}`);
      await context.close();
    }],
  ]);
} finally {
  await browser.close();
  await monitor.stop();
}
