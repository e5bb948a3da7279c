// The retention & churn calculator as a user meets it: defaults, typing, the four
// modes, links, the formula panels, the chart and the language switch.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, resultText, errorText, type, waitForResult, waitForParam, near } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

test('opens on the worked example of DOMAIN.md §1 with every figure', async () => {
  const { page, problems, close } = await openPage(env);
  near(await resultValue(page, 'lost_customers'), 120);
  near(await resultValue(page, 'retained_customers'), 880);
  near(await resultValue(page, 'retention_rate'), 0.88);
  near(await resultValue(page, 'churn_rate'), 0.12);
  near(await resultValue(page, 'avg_lifetime_periods'), 8.3333);
  near(await resultValue(page, 'net_growth_rate'), 0.03);
  near(await resultValue(page, 'churn_rate_month'), 0.12);
  near(await resultValue(page, 'churn_rate_quarter'), 0.3185);
  near(await resultValue(page, 'churn_rate_year'), 0.7843);
  near(await resultValue(page, 'churn_rate_start_plus_new'), 0.1043);
  near(await resultValue(page, 'churn_rate_average'), 0.1182);
  assert.equal(await resultText(page, 'churn_rate'), '12.0%');
  assert.equal(await resultText(page, 'churn_rate_start_plus_new'), '10.43%');
  assert.equal(await resultText(page, 'avg_lifetime_periods'), '8.33');
  assert.match(await page.textContent('.headline'), /per month/);
  assert.deepEqual(problems(), []);
  await close();
});

test('results follow typing, with no submit button', async () => {
  const { page, problems, close } = await openPage(env);
  // The calculators have none (the practice section's "Check" is on demand, by design).
  assert.equal(await page.$('.calc-grid button[type="submit"], .calc-grid input[type="submit"]'), null);
  await type(page, 'start_customers', '2000');
  await waitForResult(page, 'lost_customers', (v) => v === '1120');
  near(await resultValue(page, 'churn_rate'), 0.56);
  await type(page, 'end_customers', '2,150');
  await waitForResult(page, 'lost_customers', (v) => v === '0');
  assert.equal(await resultValue(page, 'avg_lifetime_periods'), '');
  assert.match(await page.textContent('[data-reason-for="avg_lifetime_periods"]'), /unbounded/);
  // The address bar is always a shareable link of what is on screen.
  await waitForParam(page, 'end_customers', '2,150');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('start_customers'), '2000');
  assert.equal(url.searchParams.get('end_customers'), '2,150');
  assert.ok(url.pathname.endsWith('/courses/crm/calculator/'), url.pathname);
  assert.deepEqual(problems(), []);
  await close();
});

test('full-width digits from a Chinese input method are read as digits', async () => {
  const { page, close } = await openPage(env, '?lang=zh-Hans');
  await type(page, 'start_customers', '１，０００');
  await type(page, 'new_customers', '１５０');
  await type(page, 'end_customers', '１０３０');
  await waitForResult(page, 'lost_customers', (v) => v === '120');
  assert.equal(await errorText(page, 'start_customers'), null);
  await close();
});

test('the period labels every rate and drives the conversions', async () => {
  const { page, close } = await openPage(env, '?period=year&start_customers=1000&lost_customers=460');
  near(await resultValue(page, 'churn_rate_year'), 0.46);
  near(await resultValue(page, 'churn_rate_month'), 1 - Math.pow(0.54, 1 / 12));
  assert.match(await page.textContent('.headline'), /per year/);
  await page.selectOption('[data-field="period"]', 'quarter');
  await waitForResult(page, 'churn_rate_quarter', (v) => Math.abs(Number(v) - 0.46) < 1e-9);
  await waitForParam(page, 'period', 'quarter');
  await close();
});

test('each way of knowing the counts: (S, N, E), (S, L), (S, N, L), all four', async () => {
  const { page, close } = await openPage(env, '?start_customers=1000&lost_customers=120');
  assert.equal(await page.$eval('[data-field="known"]', (e) => e.value), 'start_lost');
  assert.equal(await page.$('[data-field="new_customers"]'), null);
  near(await resultValue(page, 'churn_rate'), 0.12);
  assert.equal(await resultValue(page, 'net_growth_rate'), '');
  assert.match(await page.textContent('[data-reason-for="net_growth_rate"]'), /Customers at the end/);
  assert.equal(await resultValue(page, 'churn_rate_start_plus_new'), '');

  await page.goto(env.site.url + '?start_customers=1000&new_customers=150&lost_customers=120');
  assert.equal(await page.$eval('[data-field="known"]', (e) => e.value), 'start_new_lost');
  near(await resultValue(page, 'net_growth_rate'), 0.03);
  near(await resultValue(page, 'churn_rate_average'), 0.1182);

  await page.goto(env.site.url + '?start_customers=1000&new_customers=150&end_customers=1030&lost_customers=120');
  assert.equal(await page.$eval('[data-field="known"]', (e) => e.value), 'all');
  near(await resultValue(page, 'churn_rate'), 0.12);
  assert.equal(await errorText(page, 'lost_customers'), null);

  // Switching mode by hand shows that mode's fields.
  await page.selectOption('[data-field="known"]', 'start_lost');
  await page.waitForSelector('[data-field="new_customers"]', { state: 'detached' });
  near(await resultValue(page, 'churn_rate'), 0.12);
  await close();
});

test('every formula opens to its steps with the user\'s own numbers', async () => {
  const { page, problems, close } = await openPage(env);
  const expected = {
    lost_customers: 'L = S + N − E = 1,000 + 150 − 1,030 = 120',
    churn_rate: 'CR = L / S = 120 / 1,000 = 12.0%',
    retention_rate: 'CRR = (E − N) / S = (1,030 − 150) / 1,000 = 88.0%',
    avg_lifetime_periods: '1 / CR = 1 / 12.0% = 8.33 months',
    churn_rate_year: '1 − (1 − 12.0%)^12 = 78.43%',
    churn_rate_average: 'L / ((S + E) / 2) = 120 / ((1,000 + 1,030) / 2) = 120 / 1,015 = 11.82%',
  };
  for (const [name, line] of Object.entries(expected)) {
    const panel = `[data-formula-for="${name}"]`;
    assert.equal(await page.isVisible(`${panel} li`), false);
    await page.click(`${panel} summary`);
    // The steps are rendered when the panel opens (on its toggle event).
    await page.waitForSelector(`${panel} li`, { state: 'visible' });
    assert.match(await page.textContent(panel), new RegExp(line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  await page.click('.lang-button[lang="zh-Hant"]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
  assert.match(await page.textContent('[data-formula-for="churn_rate"]'), /客戶流失率 = 客戶流失數 ÷ 消費人數/);
  assert.deepEqual(problems(), []);
  await close();
});

test('the waterfall is drawn, described, and its data is in a table', async () => {
  const { page, close } = await openPage(env);
  const colours = await page.$eval('[data-chart="waterfall"]', (canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    const seen = new Set();
    for (let i = 0; i < data.length; i += 16) seen.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
    return seen.size;
  });
  assert.ok(colours > 4, `only ${colours} colours on the canvas`);
  const label = await page.getAttribute('[data-chart="waterfall"]', 'aria-label');
  assert.match(label, /Start 1,000; Lost −120; New \+150; End 1,030/);
  // The table is rendered when opened.
  await page.click('[data-table="waterfall"] summary');
  await page.waitForSelector('[data-table="waterfall"] td');
  const cells = await page.$$eval('[data-table="waterfall"] td', (tds) => tds.map((td) => td.textContent));
  assert.deepEqual(cells, ['', '1,000', '−120', '880', '+150', '1,030', '', '1,030']);
  // Inconsistent counts: no chart rather than a wrong one.
  await type(page, 'end_customers', '5000');
  await page.waitForSelector('[data-chart="waterfall"]', { state: 'detached' });
  await close();
});

test('the language switch, the browser default and <html lang>', async () => {
  const zh = await openPage(env, '', { locale: 'zh-TW' });
  assert.equal(await zh.page.evaluate(() => document.documentElement.lang), 'zh-Hant');
  assert.match(await zh.page.textContent('h1'), /客戶保留率計算器/);
  // The browser's language is not written into the link; a chosen one is.
  await waitForParam(zh.page, 'period', 'month');
  assert.equal(new URL(zh.page.url()).searchParams.get('lang'), null);
  await zh.page.click('.lang-button[lang="zh-Hans"]');
  await zh.page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  await waitForParam(zh.page, 'lang', 'zh-Hans');
  assert.equal(await zh.page.title(), '客户保持率计算器');
  assert.match(await zh.page.textContent('label[for="field-start_customers"]'), /期初客户数/);
  assert.match(await zh.page.textContent('.headline'), /客户保持率[\s\S]*客户流失率[\s\S]*客户平均生命周期[\s\S]*净增长率/);
  assert.equal(await zh.page.getAttribute('.lang-button[lang="zh-Hans"]', 'aria-pressed'), 'true');
  await zh.close();

  // The link wins over the browser.
  const en = await openPage(env, '?lang=en', { locale: 'zh-CN' });
  assert.equal(await en.page.evaluate(() => document.documentElement.lang), 'en');
  assert.match(await en.page.textContent('h1'), /Retention Calculator/);
  await en.close();

  const hant = await openPage(env, '?lang=zh-Hant&period=quarter');
  assert.match(await hant.page.textContent('.headline'), /客戶保留率[\s\S]*每季/);
  assert.match(await hant.page.textContent('[data-field="period"]'), /月[\s\S]*季[\s\S]*年/);
  await hant.close();
});
