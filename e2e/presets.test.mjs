// Presets (issue 9): every preset computes every section with no error in each language;
// the win-back demos land on the study's 41 % and 102 %; `?preset=` in a hand-written link,
// with the link's own keys on top; an unknown preset is named.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, near, waitForParam } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const PRESETS = ['worked_examples', 'leaky_bucket', 'bank_top_fifth', 'subscription', 'retail', 'bank', 'car_dealer'];
/** Headline figures every preset must make computable. */
const HEADLINES = ['retention_rate', 'churn_rate', 'avg_lifetime_periods', 'cac', 'crc', 'cost_ratio', 'churn_burn',
  'pareto_80_count', 'controllable_share', 'lost_value_total', 'winback_won', 'winback_roi', 'winback_bc_ratio',
  'winback_break_even_rate', 'ceiling_customers', 'customers_at_horizon', 'revenue_at_horizon',
  'clv_end_of_period', 'clv_finite', 'clv_to_cac', 'payback_periods'];

async function openPreset(page, key) {
  if (!(await page.$eval('[data-panel="presets"]', (d) => d.open))) await page.click('[data-panel="presets"] summary');
  await page.click(`[data-preset="${key}"] [data-action="open-preset"]`);
  await page.waitForSelector('[data-status="preset"]');
}

for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
  test(`every preset computes every section without an error (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    for (const key of PRESETS) {
      // Start from a broken scenario, so that nothing carries over from the one before.
      await page.fill('[data-field="start_customers"]', 'abc');
      await page.waitForSelector('[data-error-for="start_customers"]');
      await openPreset(page, key);
      await page.waitForFunction(() => document.querySelectorAll('[data-error-for]').length === 0);
      // The texts' worked examples give no revenue per customer.
      for (const name of HEADLINES.filter((n) => !(key === 'worked_examples' && n === 'revenue_at_horizon'))) {
        const v = await resultValue(page, name);
        assert.ok(v !== '' && v !== null && Number.isFinite(Number(v)), `${key}: ${name} = ${JSON.stringify(v)}`);
      }
      const text = await page.textContent('main');
      assert.doesNotMatch(text, /NaN|Infinity|undefined/, key);
      // The link now holds the preset's figures (not the preset's name).
      const start = await page.inputValue('[data-field="start_customers"]');
      await waitForParam(page, 'start_customers', start);
    }
    // Each story is shown in the page's language and names the texts by their titles.
    const stories = await page.$$eval('[data-preset] p', (ps) => ps.map((p) => p.textContent));
    assert.equal(stories.length, PRESETS.length);
    if (lang !== 'en') assert.ok(stories.every((s) => /[\u4e00-\u9fff]/.test(s)));
    assert.ok(stories.some((s) => s.includes('客户关系管理之客户忠诚管理') || s.includes('客戶關係管理之客戶忠誠管理') || s.includes('客户关系管理之客户忠诚管理')), 'text 3 cited by title');
    assert.deepEqual(problems(), []);
    await close();
  });
}

test('the demos land on the German study: bank 41 %, car dealer 102 %; the worked example 372.5 %', async () => {
  const { page, problems, close } = await openPage(env, '?lang=en');
  for (const [key, roi] of [['bank', 0.41], ['car_dealer', 1.02], ['worked_examples', 3.725]]) {
    await openPreset(page, key);
    await page.waitForFunction(([r]) => Math.abs(Number(document.querySelector('[data-result="winback_roi"]').dataset.value) - r) < 0.005, [roi]);
    near(await resultValue(page, 'winback_roi'), roi, 0.005);
  }
  near(await resultValue(page, 'churn_rate'), 0.12, 1e-12);
  near(await resultValue(page, 'clv_end_of_period'), 541.5384, 1e-3);
  assert.deepEqual(problems(), []);
  await close();
});

test('a hand-written link opens a preset, its own keys on top; an unknown preset is named', async () => {
  const { page, problems, close } = await openPage(env, '?preset=car_dealer&lang=zh-Hant&start_customers=5000&end_customers=5100');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hant');
  assert.equal(await page.inputValue('[data-field="start_customers"]'), '5000');
  near(await resultValue(page, 'churn_rate'), 300 / 5000, 1e-12);
  near(await resultValue(page, 'winback_roi'), 1.02, 0.005);
  // The address bar then carries the figures, not the preset's name.
  await page.waitForFunction(() => new URL(location.href).searchParams.get('margin_per_customer') === '372');
  assert.equal(new URL(page.url()).searchParams.get('preset'), null);
  await close();

  const second = await openPage(env, '?preset=nope&lang=zh-Hans');
  const message = await second.page.textContent('[data-error-for="preset"]');
  assert.match(message, /nope/);
  assert.match(message, /预设案例/);
  near(await resultValue(second.page, 'churn_rate'), 0.12, 1e-12);
  assert.deepEqual([...problems(), ...second.problems()], []);
  await second.close();
});
