// Why customers leave (issue 6), as a user meets it: text 1's split on opening and the
// worked examples of the issue in every language, counts that do not add up, a percentage
// total of 99.2 %, custom causes with markup, emoji and long names, and links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, resultText, errorText, type, waitForResult, waitForParam, near, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const WORDS = {
  en: { heading: 'Why customers leave', service: 'Service', price: 'Price', unassigned: '4 of the 120 lost customers have no cause yet.', over: '6 more customers assigned than the 120 lost', total: 'Total 99.2%', notNumber: /Price/, allAssigned: '120 of the 120 lost customers assigned' },
  'zh-Hans': { heading: '客户流失原因', service: '服务', price: '价格', unassigned: '120名流失客户中还有4名未分配原因。', over: '多6名', total: '合计99.2%', notNumber: /价格/, allAssigned: '120名流失客户中已分配120名' },
  'zh-Hant': { heading: '客戶流失原因', service: '服務', price: '價格', unassigned: '120位流失客戶中還有4位未分配原因。', over: '多6位', total: '合計99.2%', notNumber: /價格/, allAssigned: '120位流失客戶中已分配120位' },
};

const status = (page) => page.textContent('[data-status="cause_total"]');

for (const [lang, w] of Object.entries(WORDS)) {
  test(`text 1's split, counts 18 / 18 / 84, and counts that do not add up (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    assert.equal(await page.textContent('#causes-heading'), w.heading);
    // Opens on text 1's split: 15 / 15 / 70 %, two causes reach 80 %.
    near(await resultValue(page, 'cause_share.service'), 0.7);
    near(await resultValue(page, 'cause_share.price'), 0.15);
    near(await resultValue(page, 'pareto_80_count'), 2);
    near(await resultValue(page, 'controllable_share'), 1);
    // Value of a lost customer from CLV = m ÷ CR = 80 ÷ 0.12; 120 lost.
    near(await resultValue(page, 'lost_value_total'), 120 * 80 / 0.12, 1e-6);
    near(await resultValue(page, 'lost_value.service'), 0.7 * 120 * 80 / 0.12, 1e-6);
    // The table lists the causes largest first, by name in this language.
    const names = await page.$$eval('[data-table="causes"] tbody th', (ths) => ths.map((th) => th.textContent));
    assert.equal(names[0], w.service);
    assert.ok(await page.$('[data-advice-for="service"]'), 'advice for the top cause');

    // The example as counts.
    await page.selectOption('[data-field="cause_entry"]', 'count');
    await type(page, 'cause.price', '18');
    await type(page, 'cause.quality', '18');
    await type(page, 'cause.service', '84');
    await waitForResult(page, 'cause_share.service', (v) => Math.abs(Number(v) - 0.7) < 1e-9);
    near(await resultValue(page, 'cause_share.quality'), 0.15);
    near(await resultValue(page, 'pareto_80_count'), 2);
    assert.match(await status(page), new RegExp(w.allAssigned));
    await waitForParam(page, 'cause_entry', 'count');

    // Under- and over-assigned.
    await type(page, 'cause.service', '80');
    await page.waitForFunction((text) => document.querySelector('[data-status="cause_total"]').textContent.includes(text), w.unassigned);
    await type(page, 'cause.service', '90');
    await page.waitForFunction((text) => document.querySelector('[data-status="cause_total"]').textContent.includes(text), w.over);
    // Shares are still the causes' own split.
    near(await resultValue(page, 'cause_share.service'), 90 / 126);

    // A bad value names its field and stops the figures.
    await type(page, 'cause.price', 'abc');
    await page.waitForSelector('[data-error-for="cause.price"]');
    assert.match(await errorText(page, 'cause.price'), w.notNumber);
    assert.equal(await resultValue(page, 'pareto_80_count'), '');
    assert.ok(await page.$('[data-reason-for="cause_share"]'));

    // Percentages that total 99.2 %: not within rounding.
    await page.selectOption('[data-field="cause_entry"]', 'percent');
    await type(page, 'cause.price', '15');
    await type(page, 'cause.quality', '15');
    await type(page, 'cause.service', '69.2');
    await page.waitForFunction((text) => document.querySelector('[data-status="cause_total"]').textContent.includes(text), w.total);
    assert.equal(await resultValue(page, 'pareto_80_count'), '');
    assert.equal(await resultValue(page, 'controllable_share'), '');
    assert.deepEqual(problems(), []);
    await close();
  });
}

test('eight factors counted: 91.67 % controllable, six causes make up 80 %', async () => {
  const counts = { core_service: 30, staff: 20, price: 18, inconvenience: 12, failure_response: 10, competition: 15, ethics: 5, involuntary: 10 };
  const query = Object.entries(counts).map(([k, v]) => `cause.${k}=${v}`).join('&');
  const { page, problems, close } = await openPage(env, `?cause_entry=count&value_per_lost_customer=500&${query}`);
  assert.equal(await page.inputValue('[data-field="cause_taxonomy"]'), 'eight_factors');
  near(await resultValue(page, 'controllable_share'), 110 / 120);
  assert.equal(await resultText(page, 'controllable_share'), '91.67%');
  near(await resultValue(page, 'pareto_80_count'), 6);
  near(await resultValue(page, 'lost_value_total'), 60000);
  near(await resultValue(page, 'lost_value.involuntary'), 5000);
  // Involuntary churn is uncontrollable, said under its field and in the table.
  assert.match(await page.textContent('[data-section="causes"]'), /Uncontrollable: the firm cannot prevent it/);
  await chartsDrawn(page);
  assert.ok(await page.$('[data-chart="pareto"]'));
  const label = await page.getAttribute('[data-chart="pareto"]', 'aria-label');
  assert.match(label, /Core service failure 25\.0%/);
  // The formula of the Pareto count with the numbers.
  await page.click('[data-formula-for="pareto_80_count"] summary');
  await page.waitForSelector('[data-formula-for="pareto_80_count"] li');
  assert.match(await page.textContent('[data-formula-for="pareto_80_count"]'), /6\. Competition 12\.5% → 87\.5% ≥ 80%|6\. .* ≥ 80%/);
  assert.deepEqual(problems(), []);
  await close();
});

test('custom causes: added, named with markup, emoji and 200 characters, marked, moved, removed, kept in the link', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hans');
  await page.selectOption('[data-field="cause_taxonomy"]', 'custom');
  await page.selectOption('[data-field="cause_entry"]', 'count');
  await page.waitForSelector('[data-action="add-cause"]');
  for (let i = 0; i < 3; i++) await page.click('[data-action="add-cause"]');
  const long = '长'.repeat(200);
  await type(page, 'cause_name.c1', '<img src=x onerror="window.__xss=1">计费错误');
  await type(page, 'cause_name.c2', '搬家 🚚');
  await type(page, 'cause_name.c3', long);
  await type(page, 'cause.c1', '50');
  await type(page, 'cause.c2', '20');
  await type(page, 'cause.c3', '30');
  await page.check('[data-field="cause_uncontrollable.c2"]');
  await waitForResult(page, 'controllable_share', (v) => Math.abs(Number(v) - 0.8) < 1e-9);
  // Names are text: no element was made from the markup.
  assert.equal(await page.$('[data-section="causes"] img'), null);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  const rowNames = await page.$$eval('[data-table="causes"] tbody th', (ths) => ths.map((th) => th.textContent));
  assert.deepEqual(rowNames, ['<img src=x onerror="window.__xss=1">计费错误', long, '搬家 🚚']);
  // The long name does not widen the page.
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth));
  // Move the third cause to the top, then remove the (now second) first one.
  await page.click('.custom-cause:nth-child(3) [data-action="move-up"]');
  await page.click('.custom-cause:nth-child(2) [data-action="move-up"]');
  assert.equal(await page.inputValue('[data-field="cause_name.c1"]'), long);
  assert.equal(await page.inputValue('[data-field="cause.c1"]'), '30');
  await page.click('.custom-cause:nth-child(2) [data-action="remove"]');
  assert.equal(await page.inputValue('[data-field="cause_name.c2"]'), '搬家 🚚');
  assert.ok(await page.isChecked('[data-field="cause_uncontrollable.c2"]'));
  await waitForResult(page, 'controllable_share', (v) => Math.abs(Number(v) - 0.6) < 1e-9);
  // Counts 30 + 20 against 120 lost: the rest is unassigned, said in words.
  assert.match(await status(page), /120名流失客户中还有70名未分配原因/);
  // The link reproduces the list.
  await waitForParam(page, 'cause_name.c2', '搬家 🚚');
  const link = await page.evaluate(() => location.search);
  const again = await openPage(env, link);
  assert.equal(await again.page.inputValue('[data-field="cause_taxonomy"]'), 'custom');
  assert.equal(await again.page.inputValue('[data-field="cause_name.c1"]'), long);
  near(await resultValue(again.page, 'controllable_share'), 0.6);
  await again.close();
  assert.deepEqual(problems(), []);
  await close();
});

test('a hand-written link with lost types and a bad value per lost customer', async () => {
  const { page, problems, close } = await openPage(env,
    '?lang=zh-Hant&cause_taxonomy=lost_types&cause_entry=count&cause.pushed_unintentionally=60&cause.pulled_away=30&cause.migrated=30&value_per_lost_customer=-5');
  assert.match(await errorText(page, 'value_per_lost_customer'), /每位流失客戶的價值/);
  assert.equal(await resultValue(page, 'lost_value_total'), '');
  near(await resultValue(page, 'controllable_share'), 0.75);
  assert.ok(await page.$('[data-advice-for="pushed_unintentionally"]'));
  await type(page, 'value_per_lost_customer', '１０００');
  await waitForResult(page, 'lost_value_total', (v) => Number(v) === 120000);
  assert.deepEqual(problems(), []);
  await close();
});
