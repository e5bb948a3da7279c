// Sharing (issue 9, part): the link copied to the clipboard, and the page's inputs and
// results as a CSV file that a spreadsheet reads (BOM, unformatted numbers), parsed back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { start, openPage, type, waitForParam } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** A small CSV parser (quotes, doubled quotes, CRLF), enough to read the export back. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(field); field = ''; } else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; } else field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  return rows;
}

test('export CSV: BOM, every input as typed and every result unformatted, Chinese names intact', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hans&cause_taxonomy=custom&cause_entry=count&cause_name.c1=%3DSUM(A1)&cause.c1=120&cause_name.c2=%E4%BB%B7%E6%A0%BC%2C%E6%9C%8D%E5%8A%A1&cause.c2=0');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-csv"]')]);
  assert.equal(download.suggestedFilename(), 'retention-calculator.csv');
  const text = readFileSync(await download.path(), 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'a byte-order mark for Excel');
  const rows = parseCsv(text.slice(1));
  assert.deepEqual(rows[0], ['kind', 'name', 'value', 'key']);
  const get = (kind, name) => rows.find((r) => r[0] === kind && r[1] === name)?.[2];
  assert.equal(get('input', 'start_customers'), '1000');
  assert.equal(get('result', 'churn_rate'), '0.12');
  assert.equal(get('result', 'cac'), '300');
  assert.equal(get('result', 'churn_burn'), '33600');
  assert.equal(get('result', 'winback_roi'), '3.725');
  assert.equal(get('result', 'clv_end_of_period').slice(0, 6), '541.53');
  assert.equal(get('input', 'cause_name.c2'), '价格,服务');
  // A name a spreadsheet would run as a formula is kept as text.
  assert.equal(get('input', 'cause_name.c1'), "'=SUM(A1)");
  assert.equal(rows.find((r) => r[1] === 'sensitivity_top_driver')[3], 'retention');
  assert.deepEqual(problems(), []);
  await close();
});

test('copy link: the address, with the figures typed, goes to the clipboard', async () => {
  const context = await env.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${env.site.url}?lang=en`);
  await page.waitForSelector('[data-section="value"] [data-result]');
  await type(page, 'start_customers', '2000');
  await waitForParam(page, 'start_customers', '2000');
  await page.click('[data-action="copy-link"]');
  await page.waitForSelector('[data-status="share"] .ok');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.evaluate(() => location.href));
  assert.match(copied, /start_customers=2000/);
  await context.close();
});
