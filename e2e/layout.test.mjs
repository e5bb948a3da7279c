// Layout and embedding: the same dist/ at a site's root and under a sub-path; no
// horizontal overflow from 320 px up; screenshots of each language on desktop and at
// 375 px, light and dark, saved to e2e/screenshots/ to be looked at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, openPage, resultValue, near, ensureScreenshotDir, openAllPanels, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const LANGS = ['en', 'zh-Hans', 'zh-Hant'];

test('the same build works at the root of a site', async () => {
  const root = await start({ prefix: '/' });
  try {
    const { page, problems, close } = await openPage(root, '?start_customers=1000&new_customers=150&end_customers=1030');
    near(await resultValue(page, 'churn_rate'), 0.12);
    assert.deepEqual(problems(), []);
    await close();
  } finally {
    await root.close();
  }
});

test('asset paths are relative, so any sub-path works without rebuilding', async () => {
  const { page, close } = await openPage(env);
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  assert.ok(urls.length >= 3, urls.join('\n'));
  for (const url of urls) assert.ok(url.startsWith(env.site.url), url);
  await close();
});

for (const width of [320, 375, 1280]) {
  test(`no horizontal overflow at ${width} px, in every language`, async () => {
    for (const lang of LANGS) {
      const { page, close } = await openPage(env, `?lang=${lang}`, { width, height: 800 });
      // Open every formula, the worst case for width.
      await openAllPanels(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${lang} at ${width}px overflows by ${overflow}px`);
      await close();
    }
  });
}

test('screenshots: each language, desktop and 375 px, light and dark', async () => {
  const dir = ensureScreenshotDir();
  for (const lang of LANGS) {
    for (const [name, width, height] of [['desktop', 1280, 900], ['mobile', 375, 812]]) {
      for (const colorScheme of ['light', 'dark']) {
        const { page, problems, close } = await openPage(env, `?lang=${lang}`, { width, height, colorScheme });
        const file = join(dir, `${lang}-${name}-${colorScheme}.png`);
        await chartsDrawn(page);
        await page.screenshot({ path: file, fullPage: true });
        assert.deepEqual(problems(), []);
        await close();
      }
    }
  }
  // One with errors showing, for the eyes.
  const { page, close } = await openPage(env, '?lang=zh-Hans&start_customers=abc&new_customers=-5&end_customers=1e400', { width: 375, height: 812 });
  await page.screenshot({ path: join(dir, 'zh-Hans-mobile-errors.png'), fullPage: true });
  await close();
});

test('the largest accepted counts still fit a 320 px screen', async () => {
  const big = '1000000000000';
  const { page, close } = await openPage(env, `?start_customers=${big}&new_customers=${big}&end_customers=1`, { width: 320, height: 800 });
  assert.equal(await page.getAttribute('[data-result="lost_customers"]', 'data-value'), '1999999999999');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
  await close();
});

test('print: a two-page report with the inputs, every figure, the formulas, the charts and the link back', async () => {
  for (const [lang, preset] of [['zh-Hant', 'subscription'], ['en', 'car_dealer'], ['zh-Hans', 'bank_top_fifth']]) {
    const { page, problems, close } = await openPage(env, `?lang=${lang}&preset=${preset}`, { width: 1000, height: 1100 });
    await chartsDrawn(page);
    // The report follows the scenario once typing pauses.
    await page.waitForSelector('[data-report="churn_rate"]', { state: 'attached' });
    // Printing to PDF fires "beforeprint", which copies the charts into the report.
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
    assert.ok(pages >= 1 && pages <= 2, `${lang} ${preset}: ${pages} pages`);
    assert.equal(await page.$$eval('.print-charts img', (imgs) => imgs.filter((i) => i.src.startsWith('data:image/png')).length), 7);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.lang-switch', '[data-action="export-csv"]', '[data-action="add-segment"]', '[data-result="churn_rate"]', '[data-panel="compare"]']) {
      assert.equal(await page.isVisible(hidden), false, hidden);
    }
    for (const shown of ['[data-report="churn_rate"]', '[data-report="winback_roi"]', '[data-report="clv_end_of_period"]', '.report-qr']) {
      assert.equal(await page.isVisible(shown), true, shown);
    }
    assert.equal(await page.textContent('.report-url'), page.url());
    await page.screenshot({ path: join(ensureScreenshotDir(), `${lang}-print.png`), fullPage: true });
    assert.deepEqual(problems(), []);
    await close();
  }
});

test('readable at 200 % zoom: a 1280 px window at 200 % is 640 CSS px at 2 device pixels each', async () => {
  const context = await env.browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(`${env.site.url}?lang=zh-Hant`);
  await page.waitForSelector('[data-result="churn_rate"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `overflows by ${overflow}px`);
  const smallest = await page.$$eval('label, .figure-label, .note, .field-error, summary', (els) =>
    Math.min(...els.map((e) => parseFloat(getComputedStyle(e).fontSize))));
  assert.ok(smallest >= 12, `text as small as ${smallest}px`);
  await page.screenshot({ path: join(ensureScreenshotDir(), 'zh-Hant-zoom200.png') });
  await context.close();
});
