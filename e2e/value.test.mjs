// The leaky bucket over time and what a customer is worth (issue 8), as a user meets
// them: DOMAIN.md §5 and §6's worked examples on opening, in every language; links that
// remove the ceiling or the finite value; typed overrides, hints and errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, resultText, errorText, type, waitForResult, waitForParam, near, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const WORDS = {
  en: { bucket: 'The leaky bucket over time', value: 'What a customer is worth', retention: 'Retention rate', noCeiling: /No ceiling: referrals replace at least what churn takes/, horizon: 'Periods to project', tooLarge: /too large: at most 600/ },
  'zh-Hans': { bucket: '漏斗原理：客户数的长期变化', value: '一位客户的价值', retention: '客户保持率', noCeiling: /没有上限/, horizon: '预测期数', tooLarge: /过大：最多为 600/ },
  'zh-Hant': { bucket: '漏斗原理：客戶數的長期變化', value: '一位客戶的價值', retention: '客戶保留率', noCeiling: /沒有上限/, horizon: '預測期數', tooLarge: /過大：最多為 600/ },
};

/** Customers after t periods of DOMAIN.md §5's example (closed form). */
const bucket = (t, start = 1000, ceiling = 1250, keep = 0.88) => ceiling + (start - ceiling) * keep ** t;

for (const [lang, w] of Object.entries(WORDS)) {
  test(`opens on DOMAIN.md §5 and §6's worked examples (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    await page.waitForSelector('[data-section="value"] [data-result]');
    assert.equal(await page.textContent('#bucket-heading'), w.bucket);
    assert.equal(await page.textContent('#value-heading'), w.value);
    near(await resultValue(page, 'ceiling_customers'), 1250);
    near(await resultValue(page, 'periods_to_90pct'), 6);
    near(await resultValue(page, 'customers_at_horizon'), bucket(24), 1e-6);
    near(await resultValue(page, 'improved_ceiling_customers'), 1500);
    near(await resultValue(page, 'clv_end_of_period'), 541.5385, 1e-3);
    near(await resultValue(page, 'clv_start_of_period'), 621.5385, 1e-3);
    near(await resultValue(page, 'clv_finite'), 437.89, 5e-3);
    near(await resultValue(page, 'clv_simple'), 666.6667, 1e-3);
    near(await resultValue(page, 'clv_to_cac'), 541.5385 / 300, 1e-4);
    near(await resultValue(page, 'payback_periods'), 4);
    assert.equal(await page.getAttribute('[data-result="sensitivity_top_driver"]', 'data-key'), 'retention');
    assert.equal(await resultText(page, 'sensitivity_top_driver'), w.retention);
    assert.equal(await resultText(page, 'clv_end_of_period'), '541.54');
    // The period table: rendered when opened, P(0) … P(24).
    await page.click('[data-table="projection"] summary');
    await page.waitForSelector('[data-table="projection"] tbody tr');
    const rows = await page.$$eval('[data-table="projection"] tbody tr',
      (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    assert.equal(rows.length, 25);
    // Period, customers, customers with the improved churn (10 %: 1,000 × 0.9 + 150).
    assert.deepEqual(rows[1], ['1', '1,030', '1,050']);
    assert.deepEqual(rows[6].slice(0, 2), ['6', '1,133.90']);
    await chartsDrawn(page);
    for (const chart of ['projection', 'tornado']) assert.ok(await page.$(`[data-chart="${chart}"]`), chart);
    // Formulas with the user's numbers.
    await page.click('[data-formula-for="clv_end_of_period"] summary');
    await page.waitForSelector('[data-formula-for="clv_end_of_period"] li');
    assert.match(await page.textContent('[data-formula-for="clv_end_of_period"]'), /80 × 0\.88 ÷ \(1 \+ 0\.01 − 0\.88\) = 541\.54/);
    assert.deepEqual(problems(), []);
    await close();
  });
}

test('referrals that outrun churn: no ceiling, said in words; a 600-period horizon', async () => {
  const { page, problems, close } = await openPage(env, '?projection_churn_rate=5&referral_rate=5&horizon_periods=600');
  await page.waitForSelector('[data-section="bucket"] [data-result]');
  assert.equal(await resultValue(page, 'ceiling_customers'), '');
  assert.match(await page.textContent('[data-reason-for="ceiling_customers"]'), WORDS.en.noCeiling);
  // P(t + 1) = P(t) + 150: 1,000 + 600 × 150.
  near(await resultValue(page, 'customers_at_horizon'), 91000, 1e-6);
  await chartsDrawn(page);
  const text = await page.textContent('[data-section="bucket"] .results');
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  assert.deepEqual(problems(), []);
  await close();
});

test('retention at or above 1 + discount: no finite value, said in words', async () => {
  const { page, problems, close } = await openPage(env, '?projection_churn_rate=0&discount_rate=0');
  await page.waitForSelector('[data-section="value"] [data-result]');
  for (const name of ['clv_end_of_period', 'clv_start_of_period']) {
    assert.equal(await resultValue(page, name), '');
    assert.match(await page.textContent(`[data-reason-for="${name}"]`), /no finite value/);
  }
  assert.match(await page.textContent('[data-reason-for="clv_simple"]'), /No churn/);
  near(await resultValue(page, 'clv_finite'), 80 * 12);
  assert.deepEqual(problems(), []);
  await close();
});

test('typed overrides, hints and errors in the projection and value fields', async () => {
  const { page, problems, close } = await openPage(env);
  await page.waitForSelector('[data-section="value"] [data-result]');
  await type(page, 'horizon_periods', '601');
  await page.waitForSelector('[data-error-for="horizon_periods"]');
  assert.match(await errorText(page, 'horizon_periods'), WORDS.en.tooLarge);
  assert.ok((await errorText(page, 'horizon_periods')).includes(WORDS.en.horizon));
  assert.equal(await resultValue(page, 'customers_at_horizon'), '');
  await type(page, 'horizon_periods', '12');
  await waitForResult(page, 'customers_at_horizon', (v) => v !== '');
  near(await resultValue(page, 'customers_at_horizon'), bucket(12), 1e-6);
  // A fraction in a percent field: used as typed, with a hint.
  await type(page, 'projection_churn_rate', '0.12');
  await page.waitForSelector('[data-hint-for="projection_churn_rate"]');
  assert.match(await page.textContent('[data-hint-for="projection_churn_rate"]'), /Did you mean 12%\?/);
  await type(page, 'projection_churn_rate', '');
  await waitForResult(page, 'ceiling_customers', (v) => v === '1250');
  // Revenue per customer gives the revenue figures.
  await type(page, 'revenue_per_customer', '200');
  await waitForResult(page, 'revenue_at_horizon', (v) => v !== '');
  near(await resultValue(page, 'revenue_at_horizon'), bucket(12) * 200, 1e-4);
  // The improved scenario against the current one, in words: 10 % churn has a ceiling of
  // 1,500 (closed form 1,500 − 500 × 0.9^t).
  const better = 1500 - 500 * 0.9 ** 12;
  const gain = Math.round(better - bucket(12));
  const sentence = await page.textContent('[data-verdict="improvement"]');
  assert.ok(sentence.includes(`the base is ${gain} customers larger after 12 months. Revenue is `), sentence);
  // A negative margin is refused, named.
  await type(page, 'margin_per_customer', '-80');
  await page.waitForSelector('[data-error-for="margin_per_customer"]');
  assert.match(await errorText(page, 'margin_per_customer'), /Margin per customer per period cannot be negative/);
  assert.equal(await resultValue(page, 'clv_end_of_period'), '');
  await type(page, 'margin_per_customer', '80');
  // A yearly discount against monthly churn: converted, and said so.
  await type(page, 'discount_rate', '12');
  await page.selectOption('[data-field="discount_period"]', 'year');
  await page.waitForSelector('[data-hint-for="discount_rate"]');
  assert.match(await page.textContent('[data-hint-for="discount_rate"]'), /12\.0% is per year but the churn rate is per month/);
  const d = 1.12 ** (1 / 12) - 1;
  await waitForResult(page, 'clv_end_of_period', (v) => v !== '' && Math.abs(Number(v) - 541.54) > 1);
  near(await resultValue(page, 'clv_end_of_period'), 80 * 0.88 / (1 + d - 0.88), 1e-6);
  await waitForParam(page, 'discount_period', 'year');
  await waitForParam(page, 'discount_rate', '12');
  assert.deepEqual(problems(), []);
  await close();
});
