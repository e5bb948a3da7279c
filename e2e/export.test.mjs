// Export (issue 9): each chart as a PNG file (non-empty, drawn, on the page's colour), and
// the link as a QR code that a QR reader decodes back to the exact link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import jsQR from 'jsqr';
import { start, openPage, type, waitForParam, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const CHARTS = ['waterfall', 'cost', 'pareto', 'winback_roi', 'winback_benefit', 'projection', 'tornado'];

for (const colorScheme of ['light', 'dark']) {
  test(`every chart saves as a PNG with its drawing on the page's colour (${colorScheme})`, async () => {
    const { page, problems, close } = await openPage(env, '?lang=zh-Hans', { colorScheme });
    await chartsDrawn(page);
    const buttons = await page.$$eval('[data-action="export-png"]', (bs) => bs.map((b) => [b.dataset.chartFor, b.textContent]));
    assert.deepEqual(buttons.map((b) => b[0]).sort(), [...CHARTS].sort());
    assert.ok(buttons.every((b) => b[1] === '导出 PNG 图片'));
    for (const chart of CHARTS) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.click(`[data-action="export-png"][data-chart-for="${chart}"]`),
      ]);
      assert.equal(download.suggestedFilename(), `retention-calculator-${chart}.png`);
      const png = PNG.sync.read(readFileSync(await download.path()));
      const canvas = await page.$eval(`canvas[data-chart="${chart}"]`, (c) => [c.width, c.height]);
      assert.deepEqual([png.width, png.height], canvas, `${chart}: the canvas's pixels`);
      // The corner is the page's surface colour, opaque; the drawing has many colours.
      const corner = [...png.data.subarray(0, 4)];
      assert.deepEqual(corner, colorScheme === 'light' ? [255, 255, 255, 255] : [0x1c, 0x20, 0x26, 255], chart);
      const colours = new Set();
      for (let i = 0; i < png.data.length; i += 4 * 7) colours.add(png.data.readUInt32BE(i));
      assert.ok(colours.size > 8, `${chart}: ${colours.size} colours — drawn, not blank`);
    }
    assert.deepEqual(problems(), []);
    await close();
  });
}

async function readQr(page) {
  const shot = await page.locator('[data-qr="shown"] svg').screenshot();
  const png = PNG.sync.read(shot);
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, 'a QR reader finds a code');
  return code.data;
}

test('the QR code holds the exact link and follows the figures; a link too long for one is said', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hant&preset=bank');
  await page.click('[data-action="show-qr"]');
  assert.equal(await page.getAttribute('[data-action="show-qr"]', 'aria-expanded'), 'true');
  await page.waitForSelector('[data-qr="shown"] svg path');
  await waitForParam(page, 'margin_per_customer', '101');
  const link = await readQr(page);
  assert.equal(link, page.url());
  assert.ok(link.includes('/courses/crm/calculator/?'), 'the sub-path is kept');

  await type(page, 'start_customers', '41000');
  await waitForParam(page, 'start_customers', '41000');
  const changed = await readQr(page);
  assert.equal(changed, page.url());
  assert.equal(new URL(changed).searchParams.get('start_customers'), '41000');
  // Opening the decoded link reproduces the figures.
  const again = await openPage(env, new URL(changed).search);
  assert.equal(await again.page.getAttribute('[data-result="churn_rate"]', 'data-value'),
    await page.getAttribute('[data-result="churn_rate"]', 'data-value'));
  await again.close();

  // Twenty causes with 200-character names: more than a QR code holds.
  const long = Array.from({ length: 20 }, (_, i) => `cause_name.c${i + 1}=${'x'.repeat(200)}&cause.c${i + 1}=5`).join('&');
  await page.goto(`${env.site.url}?lang=en&cause_taxonomy=custom&${long}`);
  await page.waitForSelector('[data-result="churn_rate"]');
  await page.click('[data-action="show-qr"]');
  const message = await page.textContent('[data-qr="too-long"]');
  assert.match(message, /too long for a QR code/);
  assert.deepEqual(problems(), []);
  await close();
});
