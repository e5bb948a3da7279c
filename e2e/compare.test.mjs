// Side by side (issue 9): two scenarios — this one, a saved one, a preset — with every
// figure of both and the difference, the periods' mismatch said, the buckets overlaid.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, near, type } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const cell = (page, name, side) => page.getAttribute(`[data-compare="${name}"] [data-side="${side}"]`, 'data-value');
const cellText = async (page, name, side) => (await page.textContent(`[data-compare="${name}"] [data-side="${side}"]`)).trim();

test('a preset against this scenario: every figure, the differences, the overlay chart', async () => {
  const { page, problems, close } = await openPage(env, '?lang=en&preset=bank');
  await page.click('[data-panel="compare"] summary');
  await page.selectOption('[data-field="compare_b"]', 'preset.car_dealer');
  await page.waitForFunction(() => document.querySelector('[data-compare="winback_roi"] [data-side="b"]')?.dataset.value?.startsWith('1.02'));
  near(await cell(page, 'winback_roi', 'a'), 0.41, 0.005);
  near(await cell(page, 'winback_roi', 'b'), 1.02, 0.005);
  near(await cell(page, 'winback_roi', 'difference'), 0.61, 0.005);
  assert.equal(await cellText(page, 'winback_roi', 'difference'), '+60.93 pts');
  assert.equal(await cellText(page, 'lost_customers', 'difference'), '\u22121,100');
  near(await cell(page, 'cac', 'a'), 250, 1e-9);
  near(await cell(page, 'cac', 'b'), 500, 1e-9);
  assert.equal(await cellText(page, 'cac', 'difference'), '+250');
  // Every fixed-name figure of both is in the table, grouped by section.
  const names = await page.$$eval('[data-compare]', (rows) => rows.map((r) => r.dataset.compare));
  for (const n of ['retention_rate', 'churn_burn', 'controllable_share', 'winback_break_even_rate', 'ceiling_customers', 'clv_end_of_period', 'clv_to_cac']) {
    assert.ok(names.includes(n), n);
  }
  assert.equal(await page.$$eval('.compare-group', (g) => g.length), 6);
  // Quarter against year: said.
  assert.match(await page.textContent('[data-status="compare-periods"]'), /per quarter and B per year/);
  // The two buckets on one chart, described in words.
  const label = await page.getAttribute('canvas[data-chart="compare_projection"]', 'aria-label');
  assert.match(label, /A, This scenario.*ends at .*B, Car dealer/);
  // This scenario changes: its column follows.
  await type(page, 'start_customers', '40700');
  await type(page, 'end_customers', '40500');
  await page.waitForFunction(() => document.querySelector('[data-compare="lost_customers"] [data-side="a"]').dataset.value === '1400');
  near(await cell(page, 'churn_rate', 'a'), 1400 / 40700, 1e-12);
  assert.deepEqual(problems(), []);
  await close();
});

test('a saved scenario against this one, in Chinese; the same scenario differs by nothing', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hans');
  await page.click('[data-panel="saved"] summary');
  await page.fill('[data-field="saved_name"]', '基准');
  await page.click('[data-action="save-scenario"]');
  await type(page, 'end_customers', '1060');
  await page.click('[data-panel="compare"] summary');
  await page.selectOption('[data-field="compare_a"]', 'saved.0');
  await page.selectOption('[data-field="compare_b"]', 'current');
  await page.waitForSelector('[data-compare="churn_rate"]');
  near(await cell(page, 'churn_rate', 'a'), 0.12, 1e-12);
  near(await cell(page, 'churn_rate', 'b'), 0.09, 1e-12);
  assert.equal(await cellText(page, 'churn_rate', 'difference'), '\u22123.0 个百分点');
  assert.match(await page.textContent('[data-panel="compare"] thead'), /A: 基准/);
  assert.equal(await page.$('[data-status="compare-periods"]'), null);
  await page.selectOption('[data-field="compare_b"]', 'saved.0');
  await page.waitForFunction(() => document.querySelector('[data-compare="churn_rate"] [data-side="b"]').dataset.value === '0.12');
  const diffs = await page.$$eval('[data-side="difference"]', (cells) => cells.map((c) => c.dataset.value).filter((v) => v !== ''));
  assert.ok(diffs.length > 30 && diffs.every((v) => Number(v) === 0), diffs.join());
  assert.deepEqual(problems(), []);
  await close();
});

test('this scenario against itself with the improved churn rate: every figure that churn moves', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hant');
  await page.click('[data-panel="compare"] summary');
  await page.selectOption('[data-field="compare_b"]', 'improved');
  await page.waitForFunction(() => document.querySelector('[data-compare="lost_customers"] [data-side="b"]')?.dataset.value === '100');
  near(await cell(page, 'churn_rate', 'b'), 0.1, 1e-12);
  assert.equal(await cellText(page, 'churn_rate', 'difference'), '\u22122.0 個百分點');
  // B: 100 lost × CAC 300 − 100 × CRC (17,600 ÷ 900 retained) against A's 33,600.
  near(await cell(page, 'churn_burn', 'difference'), (100 * 300 - 100 * 17600 / 900) - 33600, 1e-6);
  assert.match(await page.textContent('[data-panel="compare"] thead'), /流失率改為改善後的 10\.0%/);
  assert.deepEqual(problems(), []);
  await close();
});
