// Winning lost customers back (issue 7), as a user meets it: DOMAIN.md §4's worked example
// on opening in every language, a hand-written link with three segments, adding and
// removing segments, success rates of 0 and 100 %, a segment of nobody, discounting, and
// no CAC.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, resultText, type, waitForResult, waitForParam, near, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const WORDS = {
  en: { heading: 'Winning lost customers back', pursue: 'Pursue', none: /even winning everyone back loses money/, noCost: /Nothing is spent/, noCac: /Needs a CAC/ },
  'zh-Hans': { heading: '流失客户挽回', pursue: '极力挽回', none: /即使全部挽回也亏损/, noCost: /没有任何花费/, noCac: /客户获取成本/ },
  'zh-Hant': { heading: '流失客戶挽回', pursue: '極力挽回', none: /即使全部挽回也虧損/, noCost: /沒有任何花費/, noCac: /客戶取得成本/ },
};
const SEGMENT = 'pushed_unintentionally.important';

for (const [lang, w] of Object.entries(WORDS)) {
  test(`opens on DOMAIN.md §4's worked example (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    await page.waitForSelector('[data-section="winback"] [data-result]');
    assert.equal(await page.textContent('#winback-heading'), w.heading);
    near(await resultValue(page, 'winback_won'), 12);
    near(await resultValue(page, 'winback_cost'), 3200);
    near(await resultValue(page, 'winback_benefit'), 15120);
    near(await resultValue(page, 'winback_roi'), 3.725);
    near(await resultValue(page, 'winback_bc_ratio'), 4.725);
    assert.equal(await resultText(page, 'winback_bc_ratio'), '4.725');
    near(await resultValue(page, 'winback_break_even_rate'), 2000 / 46400, 1e-9);
    assert.equal(await resultText(page, 'winback_break_even_rate'), '4.31%');
    near(await resultValue(page, `winback_roi.${SEGMENT}`), 3.725);
    assert.equal(await resultValue(page, `winback_advice.${SEGMENT}`), 'pursue');
    assert.equal(await resultText(page, `winback_advice.${SEGMENT}`), w.pursue);
    // Formulas with the numbers.
    await page.click('[data-formula-for="winback_roi"] summary');
    await page.waitForSelector('[data-formula-for="winback_roi"] li');
    assert.match(await page.textContent('[data-formula-for="winback_roi"]'), /\(15,120 − 3,200\) ÷ 3,200 = 372\.5%/);
    await page.click('[data-formula-for="winback_break_even_rate"] summary');
    await page.waitForSelector('[data-formula-for="winback_break_even_rate"] li');
    assert.match(await page.textContent('[data-formula-for="winback_break_even_rate"]'), /\(2,000 − 0\) ÷ \(40 × \(1,260 − 100\)\) = 4\.31%/);
    await chartsDrawn(page);
    for (const chart of ['winback_roi', 'winback_benefit']) assert.ok(await page.$(`[data-chart="${chart}"]`), chart);
    // The four steps of text 5 as the outline.
    assert.equal((await page.$$('[data-section="winback"] .process li')).length, 4);
    assert.deepEqual(problems(), []);
    await close();
  });
}

test('a hand-written link with three segments: advice by the texts\' rules', async () => {
  const { page, problems, close } = await openPage(env,
    '?lang=zh-Hans&winback.pulled_away.important.count=50&winback.bought_away.ordinary.count=20&winback.pushed_deliberately.small.count=10');
  await page.waitForSelector('[data-field="winback.pulled_away.important.count"]');
  // Defaults by type: 30 % (text 2), 15 % (assumption), 0 % (excluded).
  assert.equal(await page.inputValue('[data-field="winback.bought_away.ordinary.success_rate"]'), '15');
  assert.equal(await page.inputValue('[data-field="winback.pushed_deliberately.small.success_rate"]'), '0');
  near(await resultValue(page, 'winback_roi.pulled_away.important'), 3.725);
  assert.equal(await resultValue(page, 'winback_advice.pulled_away.important'), 'pursue');
  near(await resultValue(page, 'winback_roi.bought_away.ordinary'), (3 * 1260 - 1300) / 1300);
  assert.equal(await resultValue(page, 'winback_advice.bought_away.ordinary'), 'case_by_case');
  near(await resultValue(page, 'winback_roi.pushed_deliberately.small'), -1);
  assert.equal(await resultValue(page, 'winback_advice.pushed_deliberately.small'), 'give_up');
  // Totals: 18 won, cost 5,800, benefit 22,680.
  near(await resultValue(page, 'winback_won'), 18);
  near(await resultValue(page, 'winback_cost'), 5800);
  near(await resultValue(page, 'winback_roi'), (22680 - 5800) / 5800);
  // The segments are gone from the link when removed, and the example does not come back.
  await page.click('[data-segment="pulled_away.important"] [data-action="remove-segment"]');
  await page.click('[data-segment="bought_away.ordinary"] [data-action="remove-segment"]');
  await page.click('[data-segment="pushed_deliberately.small"] [data-action="remove-segment"]');
  await waitForParam(page, 'winback_segments', 'none');
  assert.equal(await resultValue(page, 'winback_roi'), '');
  const link = await page.evaluate(() => location.search);
  const again = await openPage(env, link);
  assert.equal(await again.page.$('[data-segment]'), null);
  await again.close();
  assert.deepEqual(problems(), []);
  await close();
});

test('adding segments, 0 % and 100 % success, nobody in a segment, free campaigns, discounting, no CAC', async () => {
  const { page, problems, close } = await openPage(env);
  await page.selectOption('[data-field="winback_add_type"]', 'left_unintentionally');
  await page.selectOption('[data-field="winback_add_tier"]', 'small');
  await page.click('[data-action="add-segment"]');
  await page.waitForSelector('[data-segment="left_unintentionally.small"]');
  // A new segment starts with an empty count: named, and the totals wait for it.
  assert.match(await page.textContent('[data-error-for="winback.left_unintentionally.small.count"]'), /Lost customers/);
  assert.equal(await resultValue(page, 'winback_roi'), '');
  await type(page, 'winback.left_unintentionally.small.count', '0');
  await waitForResult(page, 'winback_roi', (v) => v !== '');
  assert.equal(await resultValue(page, 'winback_roi.left_unintentionally.small'), '');
  // 100 % success.
  await type(page, `winback.${SEGMENT}.success_rate`, '100');
  await waitForResult(page, 'winback_won', (v) => v === '40');
  near(await resultValue(page, 'winback_cost'), 40 * 50 + 40 * 100);
  // 0 %: it loses everything spent on contact.
  await type(page, `winback.${SEGMENT}.success_rate`, '0');
  await waitForResult(page, 'winback_roi', (v) => v === '-1');
  assert.equal(await resultValue(page, `winback_advice.${SEGMENT}`), 'give_up');
  // An offer so dear that even winning everyone back loses money: no break-even rate.
  await type(page, `winback.${SEGMENT}.success_rate`, '30');
  await type(page, `winback.${SEGMENT}.offer_cost`, '5000');
  await waitForResult(page, 'winback_break_even_rate', (v) => v === '');
  assert.equal(await page.getAttribute('[data-result="winback_break_even_rate"]', 'data-key'), 'none');
  // Free contact and offers: ROI is not computable, and says why.
  await type(page, `winback.${SEGMENT}.offer_cost`, '0');
  await type(page, `winback.${SEGMENT}.contact_cost`, '0');
  await waitForResult(page, 'winback_roi', (v) => v === '');
  assert.match(await page.textContent('[data-reason-for="winback_roi"]'), /Nothing is spent/);
  // Discounting lowers the ROI of the example.
  await type(page, `winback.${SEGMENT}.offer_cost`, '100');
  await type(page, `winback.${SEGMENT}.contact_cost`, '50');
  await page.click('[data-segment="left_unintentionally.small"] [data-action="remove-segment"]');
  await waitForResult(page, 'winback_roi', (v) => Math.abs(Number(v) - 3.725) < 1e-9);
  await page.check('[data-field="winback_discount"]');
  await waitForResult(page, 'winback_roi', (v) => Number(v) < 3.725 && Number(v) > 3.3);
  await waitForParam(page, 'winback_discount', '1');
  assert.deepEqual(problems(), []);
  await close();

  // Counts but no spends in a link: no CAC, said in words.
  const noCac = await openPage(env, '?start_customers=1000&lost_customers=120');
  assert.equal(await resultValue(noCac.page, 'winback_roi'), '');
  assert.match(await noCac.page.textContent('[data-reason-for="winback_roi"]'), /Needs a CAC/);
  assert.match(await noCac.page.textContent('[data-status="winback_cac"]'), /No CAC/);
  await noCac.close();
});
