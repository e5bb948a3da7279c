// Teaching mode (issue 10, part): a link gives every student the same problem; answers are
// checked within the stated tolerance, common mistakes get their hint, the steps follow;
// answers=hidden hides the calculators' results and the worked answer; each language.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, waitForParam } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** The problem's given numbers, in order. */
async function givens(page) {
  return page.$$eval('.exercise-givens strong', (all) => all.map((s) => Number(s.textContent.replace(/[,%\s]/g, '').replace('\u2212', '-'))));
}

async function answer(page, text) {
  await page.fill('[data-field="exercise_answer"]', text);
  await page.click('[data-action="check-exercise"]');
  await page.waitForSelector('[data-result="exercise_correct"]');
  return page.getAttribute('[data-result="exercise_correct"]', 'data-value');
}

test('one link, one problem for the whole class; answers checked, mistakes named, steps shown', async () => {
  const link = '?lang=en&exercise=churn_rate&level=2&seed=42';
  const a = await openPage(env, link);
  const b = await openPage(env, link);
  assert.equal(await a.page.textContent('.exercise-problem'), await b.page.textContent('.exercise-problem'));
  await b.close();
  const { page, problems, close } = a;
  // The linked exercise opens the page.
  assert.equal(await page.$eval('main > section', (s) => s.dataset.section), 'exercises');
  assert.equal(await page.getAttribute('.exercise-problem', 'data-seed'), '42');
  const [s, n, e] = await givens(page);
  const churn = (s + n - e) / s;
  assert.ok(churn > 0 && churn < 1, `${s} ${n} ${e}`);

  // Right, to two decimals, with a percent sign and in full-width digits.
  assert.equal(await answer(page, (churn * 100).toFixed(2)), '1');
  assert.ok(Math.abs(Number(await page.getAttribute('[data-result="exercise_expected"]', 'data-value')) - churn) < 1e-12);
  const steps = await page.$$eval('.exercise-steps li', (li) => li.map((l) => l.textContent));
  assert.equal(steps.length, 2);
  assert.match(steps[0], new RegExp(`L = S \\+ N − E = ${s.toLocaleString('en')} \\+ ${n.toLocaleString('en')} − ${e.toLocaleString('en')}`));
  assert.match(steps[1], /CR = L ÷ S/);
  const fullWidth = (churn * 100).toFixed(2).replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0));
  assert.equal(await answer(page, `${fullWidth}%`), '1');
  // Within the stated tolerance (0.05 points), and outside it.
  assert.match(await page.textContent('.exercise-problem .note'), /within ±0\.05 pts/);
  assert.equal(await answer(page, (churn * 100 + 0.04).toFixed(2)), '1');
  assert.equal(await answer(page, (churn * 100 + 0.5).toFixed(2)), '0');
  // A percentage typed as a fraction; S + N as the denominator: specific hints.
  assert.equal(await answer(page, churn.toFixed(4)), '0');
  assert.match(await page.textContent('[data-hint-for="exercise_answer"]'), /typed the fraction/);
  assert.equal(await answer(page, ((s + n - e) / (s + n) * 100).toFixed(2)), '0');
  assert.match(await page.textContent('[data-hint-for="exercise_answer"]'), /not by S \+ N/);
  // Malformed: named, not checked.
  assert.equal(await answer(page, 'abc'), '');
  assert.ok(await page.$('[data-error-for="exercise_answer"]'));
  // Checking nothing readable gives nothing away.
  assert.equal(await page.$('[data-result="exercise_expected"]'), null);
  assert.equal(await page.$('.exercise-steps'), null);
  // The answer is in the link, with the problem.
  await waitForParam(page, 'exercise_answer', 'abc');
  assert.deepEqual(problems(), []);
  await close();
});

test('a new problem and another level change the link; every kind gives a problem, in Chinese', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hant');
  // Without an exercise in the link, the section closes the page.
  const order = await page.$$eval('main section[data-section]', (all) => all.map((s) => s.dataset.section));
  assert.equal(order.at(-1), 'exercises');
  assert.match(await page.textContent('.exercise-problem'), /期初客戶數|客戶保留率/);
  await page.selectOption('[data-field="level"]', '3');
  await waitForParam(page, 'level', '3');
  await page.click('[data-action="new-exercise"]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('seed') !== '1');
  const seed = new URL(page.url()).searchParams.get('seed');
  assert.equal(await page.getAttribute('.exercise-problem', 'data-seed'), seed);
  for (const kind of ['retention_rate', 'churn_rate', 'churn_conversion', 'lifetime', 'cost_ratio', 'ceiling', 'clv', 'winback_roi', 'cause_share']) {
    await page.selectOption('[data-field="exercise"]', kind);
    await waitForParam(page, 'exercise', kind);
    const text = await page.textContent('.exercise-problem');
    assert.match(text, /求.+。/, kind);
    assert.doesNotMatch(text, /NaN|Infinity|undefined/, kind);
    assert.ok((await givens(page)).every(Number.isFinite), kind);
    assert.equal(await answer(page, '１'), await page.getAttribute('[data-result="exercise_correct"]', 'data-value'));
    const steps = await page.$$eval('.exercise-steps li', (li) => li.length);
    assert.ok(steps >= 1, kind);
  }
  assert.deepEqual(problems(), []);
  await close();
});

test('answers=hidden: the calculators show no results; the exercise says right or wrong, not the answer', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hans&exercise=retention_rate&seed=7&answers=hidden');
  assert.ok(await page.isVisible('[data-status="answers-hidden"]'));
  const visible = await page.$$eval('[data-result]', (all) => all.filter((el) => el.closest('.exercise-section') === null && el.getClientRects().length > 0).map((el) => el.dataset.result));
  assert.deepEqual(visible, []);
  assert.equal(await page.$$eval('canvas[data-chart]', (all) => all.filter((c) => c.getClientRects().length > 0).length), 0);
  assert.ok(await page.isVisible('[data-field="start_customers"]'), 'the inputs stay');
  // Nothing that would hand over the figures: no CSV export, no printed report.
  assert.equal(await page.isVisible('[data-action="export-csv"]'), false);
  assert.equal(await page.isVisible('[data-action="print"]'), false);
  const [s, n, e] = await givens(page);
  assert.equal(await answer(page, ((e - n) / s * 100).toFixed(2)), '1');
  assert.equal(await page.$('[data-result="exercise_expected"]'), null);
  assert.equal(await page.$('.exercise-steps'), null);
  assert.match(await page.textContent('[data-result="exercise_correct"]'), /正确/);
  assert.deepEqual(problems(), []);
  await close();
});

test('bad exercise values in a link are named; a problem is still shown', async () => {
  const { page, problems, close } = await openPage(env, '?lang=en&exercise=nope&seed=abc&level=9&answers=maybe');
  for (const key of ['exercise', 'seed', 'level', 'answers']) {
    assert.ok(await page.$(`[data-error-for="${key}"]`), key);
  }
  assert.match(await page.textContent('[data-error-for="seed"]'), /“abc”.*problem 1/);
  assert.equal(await page.getAttribute('.exercise-problem', 'data-exercise'), 'retention_rate');
  assert.deepEqual(problems(), []);
  await close();
});

test('guided examples: each step fills the calculator and shows the figures beside the text’s claim', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hant');
  const figure = (name) => page.getAttribute(`[data-guide-figure="${name}"]`, 'data-value');
  await page.click('[data-guide="leaky_bucket"] [data-action="start-guide"]');
  await page.waitForSelector('[data-guide-step="0"]');
  assert.equal(await figure('lost_customers'), '100');
  assert.equal(await figure('net_growth_rate'), '0');
  assert.match(await page.textContent('.guide-claim'), /客戶關係管理之客戶忠誠管理/);
  assert.equal(await page.inputValue('[data-field="start_customers"]'), '2000');
  await page.click('[data-action="guide-next"]');
  await page.waitForSelector('[data-guide-step="1"]');
  assert.equal(await figure('refill_share'), '1');
  await page.click('[data-action="guide-next"]');
  await page.waitForSelector('[data-guide-step="2"]');
  assert.equal(await figure('ceiling_customers'), '2000');
  assert.equal(await figure('improved_ceiling_customers'), '4000');
  assert.equal(await page.$('[data-action="guide-next"]'), null, 'the last step');
  await page.click('[data-action="guide-back"]');
  await page.waitForSelector('[data-guide-step="1"]');
  // The third guide: still paying at 5 %, above the 4.31 % break-even.
  await page.click('[data-guide="win_back"] [data-action="start-guide"]');
  await page.waitForSelector('[data-guide-step="0"]');
  assert.equal(await figure('winback_won'), '12');
  await page.click('[data-action="guide-next"]');
  await page.click('[data-action="guide-next"]');
  await page.waitForSelector('[data-guide-step="2"]');
  assert.ok(Number(await figure('winback_roi')) > 0);
  assert.ok(Math.abs(Number(await figure('winback_break_even_rate')) - 2000 / 46400) < 1e-9);
  assert.deepEqual(problems(), []);
  await close();
});

test('glossary: every term in three languages with its definition and source; a figure’s “?” opens its row', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hans');
  const rows = await page.$$eval('.glossary-table tbody tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
  assert.ok(rows.length >= 50, `${rows.length} terms`);
  for (const cells of rows) {
    assert.equal(cells.length, 5);
    assert.ok(cells.every((c) => c.trim().length > 0), cells.join(' | '));
    assert.match(cells[1], /[\u4e00-\u9fff]/);
    assert.match(cells[2], /[\u4e00-\u9fff]/);
  }
  const churn = rows.find((r) => r[0].startsWith('Churn rate'));
  assert.deepEqual(churn.slice(1, 3), ['客户流失率', '客戶流失率']);
  assert.ok(rows.some((r) => /《?恢复客户关系管理》?/.test(r[4])), 'text 5 cited by title');
  // The "?" beside the churn rate leads to its row, unfolding the glossary.
  assert.equal(await page.$eval('#glossary', (d) => d.open), false);
  await page.click('[data-result="churn_rate"] >> xpath=ancestor::div[contains(@class, "figure")] >> [data-term-link]');
  await page.waitForFunction(() => document.querySelector('#glossary').open);
  assert.equal(await page.getAttribute('[data-result="churn_rate"] >> xpath=ancestor::div[contains(@class, "figure")] >> [data-term-link]', 'data-term-link'), 'churn_rate');
  await page.waitForFunction(() => {
    const r = document.querySelector('#term-churn_rate').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  // Every link leads to a row that exists.
  const targets = await page.$$eval('[data-term-link]', (links) => [...new Set(links.map((a) => a.dataset.termLink))]);
  assert.ok(targets.length >= 15, targets.join());
  for (const key of targets) assert.ok(await page.$(`#term-${key}`), key);
  assert.deepEqual(problems(), []);
  await close();
});

// Characters that exist in one script only (the same lists as src/i18n/glossary.rs's test).
const TRADITIONAL_ONLY = '戶們與為價際體個實單報華種轉這說當對應經點會來時內稱資訊維續務習導標準確產業觀變區顧讓從開關書據計議課語錄專數動東網頁過還進選擇統結論術設響費獲護驗購買貨錢銷漸換復現總給測圖層級聯繫讀';
const SIMPLIFIED_ONLY = '户们与为价际体个实单报华种转这说当对应经点会来时内称资讯维续务习导标准确产业观变区顾让从开关书据计议课语录专数动东网页过还进选择统结论术设响费获护验购买货钱销渐换复现总给测图层级联读';

for (const [lang, wrong] of [['zh-Hans', TRADITIONAL_ONLY], ['zh-Hant', SIMPLIFIED_ONLY]]) {
  test(`no mixed scripts on one screen (${lang}): every panel open, a preset, an exercise checked, a guide`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}&preset=subscription&exercise=winback_roi&level=3&seed=3&cost_advanced=1`);
    await page.fill('[data-field="exercise_answer"]', '0.5');
    await page.click('[data-action="check-exercise"]');
    await page.click('[data-guide="win_back"] [data-action="start-guide"]');
    await page.waitForSelector('[data-guide-step="0"]');
    await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
    await page.waitForTimeout(300);
    const found = await page.evaluate(([pageLang, chars]) => {
      const out = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        // Text marked as another language (the glossary's name columns, the language
        // buttons) is in that language's script by design; the printed report's link is a URL.
        if (el.closest('[lang]')?.getAttribute('lang') !== pageLang || el.closest('.report-url, script, style')) continue;
        const bad = [...n.textContent].filter((c) => chars.includes(c));
        if (bad.length) out.push(`${bad.join('')} in “${n.textContent.trim().slice(0, 60)}”`);
      }
      return out;
    }, [lang, wrong]);
    assert.deepEqual(found, []);
    assert.deepEqual(problems(), []);
    await close();
  });
}
