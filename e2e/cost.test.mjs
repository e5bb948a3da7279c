// The cost of churn (issue 5) as a user meets it: the worked example of DOMAIN.md §2 on
// opening, a client's figures from a link, typed costs beside spends, the advanced
// referral parameters, each "not computable" case with its message, in every language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, resultText, errorText, type, waitForResult, waitForParam, near } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Words of the cost section, as the course texts use them (shared/TERMS.md). */
const WORDS = {
  en: {
    heading: 'What churn costs', acquisition: 'Acquisition spend in the period', retention: 'Retention spend in the period',
    cac: 'Customer acquisition cost (CAC)', above: /15× is above every benchmark/, within: /within the texts’ 5–10× band/,
    title3: '客户关系管理之客户忠诚管理', title2: '客戶保留', negative: /cannot be negative/, nc: 'Not computable',
    noNew: /no new customers/i, nobody: /Nobody was retained/, disagrees: /differs from acquisition spend ÷ new customers = 300/,
    hint: /Did you mean 60%\?/, perMonth: 'per month',
  },
  'zh-Hans': {
    heading: '客户流失的成本', acquisition: '本期获客投入', retention: '本期客户保持投入',
    cac: '客户获取成本（CAC）', above: /15×高于文献给出的所有基准/, within: /在文献的 5–10 倍区间之内/,
    title3: '《客户关系管理之客户忠诚管理》', title2: '《客户保留》', negative: /不能为负数/, nc: '无法计算',
    noNew: /本期没有新增客户/, nobody: /本期没有保持住任何客户/, disagrees: /与“获客投入 ÷ 新增客户数” = 300 不一致/,
    hint: /您是否想输入 60%？/, perMonth: '每月',
  },
  'zh-Hant': {
    heading: '客戶流失的成本', acquisition: '本期獲客支出', retention: '本期客戶保留支出',
    cac: '客戶取得成本（CAC）', above: /15×高於文獻提出的所有基準/, within: /在文獻的 5–10 倍區間之內/,
    title3: '《客戶關係管理之客戶忠誠管理》', title2: '《客戶保留》', negative: /不能為負數/, nc: '無法計算',
    noNew: /本期沒有新增客戶/, nobody: /本期沒有留住任何客戶/, disagrees: /與「獲客支出 ÷ 新增客戶數」= 300 不一致/,
    hint: /您是否想輸入 60%？/, perMonth: '每月',
  },
};

const section = '[data-section="cost"]';

/** The results never show a broken number (messages may quote what the user typed). */
async function assertClean(page) {
  const text = await page.textContent(`${section} .results`);
  assert.doesNotMatch(text, /NaN|Infinity|undefined|null/);
}

for (const [lang, w] of Object.entries(WORDS)) {
  test(`opens on DOMAIN.md §2's worked example with every figure (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    await page.waitForSelector('[data-result="cac"]');
    assert.match(await page.textContent('#cost-heading'), new RegExp(w.heading));
    near(await resultValue(page, 'cac'), 300);
    near(await resultValue(page, 'crc'), 20);
    near(await resultValue(page, 'cost_ratio'), 15);
    near(await resultValue(page, 'replacement_cost'), 36000);
    near(await resultValue(page, 'keep_cost'), 2400);
    near(await resultValue(page, 'churn_burn'), 33600);
    near(await resultValue(page, 'refill_spend'), 36000);
    near(await resultValue(page, 'refill_share'), 0.8);
    near(await resultValue(page, 'break_even_retention_spend'), 300);
    assert.equal(await resultText(page, 'cost_ratio'), '15×');
    assert.equal(await resultText(page, 'churn_burn'), '33,600');
    assert.equal(await resultText(page, 'refill_share'), '80.0%');
    assert.match(await page.textContent('[data-verdict="cost_ratio"]'), w.above);
    // The benchmarks are cited by the texts' titles, in the page's script.
    const benchmarks = await page.textContent(`${section} .benchmarks`);
    assert.ok(benchmarks.includes(w.title3) && benchmarks.includes(w.title2), benchmarks);
    // Advanced parameters are off by default.
    assert.equal(await page.$('[data-field="referral_share"]'), null);
    assert.equal(await page.$('[data-result="referrals_lost"]'), null);
    // The formula with the user's numbers.
    await page.click('[data-formula-for="cac"] summary');
    await page.waitForSelector('[data-formula-for="cac"] li');
    assert.match(await page.textContent('[data-formula-for="cac"]'), /CAC = 45,000 ÷ 150 = 300/);
    await page.click('[data-formula-for="crc"] summary');
    await page.waitForSelector('[data-formula-for="crc"] li');
    assert.match(await page.textContent('[data-formula-for="crc"]'), /17,600 ÷ \(1,000 − 120\) = 17,600 ÷ 880 = 20/);
    // The chart is drawn: its canvas has non-background pixels in the bars' colours.
    await page.waitForFunction(() => {
      const c = document.querySelector('[data-chart="cost"]');
      if (!c || c.width < 10) return false;
      const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      for (let i = 0; i < d.length; i += 4) if (d[i] > 150 && d[i + 1] < 110 && d[i + 2] < 90) return true;
      return false;
    });
    await assertClean(page);
    assert.deepEqual(problems(), []);
    await close();
  });

  test(`bad cost input is explained beside its field (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    await page.waitForSelector('[data-result="cac"]');
    // Negative spend.
    await type(page, 'acquisition_spend', '-45000');
    await page.waitForSelector('[data-error-for="acquisition_spend"]');
    let message = await errorText(page, 'acquisition_spend');
    assert.match(message, w.negative);
    assert.ok(message.includes(w.acquisition), message);
    assert.equal(await resultValue(page, 'cac'), '');
    assert.equal(await resultText(page, 'cac'), '—');
    assert.ok((await page.textContent('[data-reason-for="cac"]')).includes(w.nc));
    assert.ok((await page.textContent('[data-reason-for="cac"]')).includes(w.acquisition));
    assert.equal(await resultValue(page, 'replacement_cost'), '');
    // Still computable: keep cost needs only CRC.
    near(await resultValue(page, 'keep_cost'), 2400);
    await assertClean(page);
    // A typed CAC beside a spend that disagrees: the typed value is used, and said so.
    await type(page, 'acquisition_spend', '45000');
    await type(page, 'cac', '250');
    await waitForResult(page, 'cac', (v) => v === '250');
    assert.match(await errorText(page, 'cac'), w.disagrees);
    near(await resultValue(page, 'replacement_cost'), 30000);
    await type(page, 'cac', '');
    await waitForResult(page, 'cac', (v) => v === '300');
    assert.equal(await errorText(page, 'cac'), null);
    // No new customers: CAC from the spend is undefined.
    await type(page, 'new_customers', '0');
    await type(page, 'end_customers', '880');
    await waitForResult(page, 'cac', (v) => v === '');
    assert.match(await errorText(page, 'acquisition_spend'), w.noNew);
    assert.ok((await page.textContent('[data-reason-for="cac"]')).includes(w.nc));
    // Nobody retained: CRC from the spend is undefined.
    await type(page, 'new_customers', '150');
    await type(page, 'end_customers', '150');
    await waitForResult(page, 'crc', (v) => v === '');
    assert.match(await errorText(page, 'retention_spend'), w.nobody);
    near(await resultValue(page, 'cac'), 300);
    await assertClean(page);
    assert.deepEqual(problems(), []);
    await close();
  });
}

test('a link presets a client: counts, spends and the advanced parameters', async () => {
  const query = new URLSearchParams({
    lang: 'zh-Hant', period: 'quarter', start_customers: '2000', new_customers: '300', end_customers: '2100',
    acquisition_spend: '60000', retention_spend: '38000', referral_share: '50',
  });
  const { page, problems, close } = await openPage(env, `?${query}`);
  await page.waitForSelector('[data-result="referrals_lost"]');
  assert.equal(await page.inputValue('[data-field="acquisition_spend"]'), '60000');
  assert.equal(await page.isChecked('[data-field="cost_advanced"]'), true, 'an advanced key turns them on');
  assert.equal(await page.inputValue('[data-field="wom_deals_per_satisfied"]'), '8');
  // L = 200, retained 1,800.
  near(await resultValue(page, 'cac'), 200);
  near(await resultValue(page, 'crc'), 38000 / 1800);
  near(await resultValue(page, 'cost_ratio'), 200 / (38000 / 1800));
  near(await resultValue(page, 'replacement_cost'), 40000);
  near(await resultValue(page, 'keep_cost'), 200 * 38000 / 1800, 1e-3);
  near(await resultValue(page, 'refill_share'), 40000 / 60000);
  near(await resultValue(page, 'referrals_lost'), 200 * 0.5 * 300 / 2000);
  near(await resultValue(page, 'referrals_lost_value'), 15 * 200);
  near(await resultValue(page, 'wom_customers_lost'), 200 * 25 / 8);
  near(await resultValue(page, 'wom_value'), 625 * 200);
  assert.match(await page.textContent('[data-verdict="cost_ratio"]'), WORDS['zh-Hant'].within);
  assert.match(await page.textContent(section), /每季/);
  assert.deepEqual(problems(), []);
  await close();
});

test('the advanced parameters: off by default, on with the texts\' defaults, in the link', async () => {
  const { page, problems, close } = await openPage(env);
  await page.waitForSelector('[data-result="cac"]');
  await page.check('[data-field="cost_advanced"]');
  await page.waitForSelector('[data-result="referrals_lost"]');
  assert.equal(await page.inputValue('[data-field="referral_share"]'), '60');
  assert.equal(await page.inputValue('[data-field="wom_deals_per_satisfied"]'), '8');
  assert.equal(await page.inputValue('[data-field="wom_people_per_unhappy"]'), '25');
  near(await resultValue(page, 'referrals_lost'), 10.8);
  near(await resultValue(page, 'referrals_lost_value'), 3240);
  near(await resultValue(page, 'wom_customers_lost'), 375);
  near(await resultValue(page, 'wom_value'), 112500);
  // Each default cites its text by title.
  assert.match(await page.textContent('#note-referral_share'), /text 1, “浅析客户保持管理重要性”/);
  assert.match(await page.textContent('#note-wom_people_per_unhappy'), /text 3, “客户关系管理之客户忠诚管理”/);
  await waitForParam(page, 'cost_advanced', '1');
  await waitForParam(page, 'referral_share', '60');
  // A fraction in a percentage field: used as typed, with a hint.
  await type(page, 'referral_share', '0.6');
  await waitForResult(page, 'referrals_lost', (v) => Math.abs(Number(v) - 0.108) < 1e-9);
  assert.match(await page.textContent('[data-hint-for="referral_share"]'), WORDS.en.hint);
  assert.equal(await page.getAttribute('[data-field="referral_share"]', 'aria-invalid'), 'false');
  // Below the minimum: one satisfied customer brings at least one deal.
  await type(page, 'wom_deals_per_satisfied', '0.5');
  await page.waitForSelector('[data-error-for="wom_deals_per_satisfied"]');
  assert.match(await errorText(page, 'wom_deals_per_satisfied'), /must be at least 1/);
  assert.equal(await resultValue(page, 'wom_customers_lost'), '');
  await page.uncheck('[data-field="cost_advanced"]');
  await page.waitForSelector('[data-result="referrals_lost"]', { state: 'detached' });
  await page.waitForFunction(() => !new URL(location.href).searchParams.has('cost_advanced'));
  assert.deepEqual(problems(), []);
  await close();
});

test('typed costs without spends, and counts that do not include new customers', async () => {
  const { page, problems, close } = await openPage(env, '?start_customers=1000&lost_customers=120&cac=300&crc=20');
  await page.waitForSelector('[data-result="cac"]');
  near(await resultValue(page, 'cost_ratio'), 15);
  near(await resultValue(page, 'churn_burn'), 33600);
  // Refilling needs N, which these known figures do not include.
  assert.equal(await resultValue(page, 'refill_spend'), '');
  assert.match(await page.textContent('[data-reason-for="refill_spend"]'), /New customers are not among your known figures/);
  await type(page, 'acquisition_spend', '45000');
  await page.waitForSelector('[data-error-for="acquisition_spend"]');
  assert.match(await errorText(page, 'acquisition_spend'), /no count of new customers/);
  for (const [typed, pattern] of [['12%', /not a percentage/], ['1e400', /too large/], ['NaN', /is not a number/], ['１２３', null]]) {
    await type(page, 'retention_spend', typed);
    if (pattern) {
      await page.waitForSelector('[data-error-for="retention_spend"]');
      assert.match(await errorText(page, 'retention_spend'), pattern);
    } else {
      // Full-width digits are read; typed CRC 20 still wins, with the disagreement shown.
      await page.waitForSelector('[data-error-for="crc"]');
      assert.equal(await errorText(page, 'retention_spend'), null);
    }
    await assertClean(page);
  }
  assert.deepEqual(problems(), []);
  await close();
});
