// Bad input never breaks the widget: every parse error and every inconsistency gets an
// inline message in the user's language naming the field, results show "—" with a
// reason, and nothing shows NaN, Infinity or undefined. A bad value in a link behaves
// exactly like the same value typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, resultText, errorText, type, near } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

/** Field labels and words, as the course texts use them (shared/TERMS.md). */
const WORDS = {
  en: { start: 'Customers at the start of the period', end: 'Customers at the end of the period', lost: 'Lost customers', nc: 'Not computable' },
  'zh-Hans': { start: '期初客户数', end: '期末客户数', lost: '流失客户数', nc: '无法计算' },
  'zh-Hant': { start: '期初客戶數', end: '期末客戶數', lost: '流失客戶數', nc: '無法計算' },
};

/** What a user might type into "customers at the start", and what they should be told. */
const PARSE_CASES = [
  ['', { en: /please fill in this field/, 'zh-Hans': /请填写此项/, 'zh-Hant': /請填寫此欄位/ }],
  ['abc', { en: /“abc” is not a number/, 'zh-Hans': /“abc”不是数字/, 'zh-Hant': /「abc」不是數字/ }],
  ['NaN', { en: /“NaN” is not a number/, 'zh-Hans': /“NaN”不是数字/, 'zh-Hant': /「NaN」不是數字/ }],
  ['inf', { en: /“inf” is not a number/, 'zh-Hans': /“inf”不是数字/, 'zh-Hant': /「inf」不是數字/ }],
  ['-5', { en: /cannot be negative/, 'zh-Hans': /不能为负数/, 'zh-Hant': /不能為負數/ }],
  ['2.5', { en: /whole number/, 'zh-Hans': /必须是整数/, 'zh-Hant': /必須是整數/ }],
  ['1e308', { en: /too large: at most 1,000,000,000,000/, 'zh-Hans': /过大：最多为 1,000,000,000,000/, 'zh-Hant': /過大：最多為 1,000,000,000,000/ }],
  ['1e400', { en: /too large/, 'zh-Hans': /过大/, 'zh-Hant': /過大/ }],
  ['1,5', { en: /Did you mean 1\.5\?/, 'zh-Hans': /您是指 1\.5 吗/, 'zh-Hant': /您是指 1\.5 嗎/ }],
  ['12%', { en: /not a percentage/, 'zh-Hans': /而不是百分比/, 'zh-Hant': /而不是百分比/ }],
];

/** The results (not the user's own quoted text) never show a broken number. */
async function assertNothingEmbarrassing(page) {
  const text = (await page.$$eval('.results', (all) => all.map((r) => r.textContent))).join('\n');
  assert.doesNotMatch(text, /NaN|Infinity|undefined|null/);
}

for (const lang of Object.keys(WORDS)) {
  test(`every input error is explained beside its field (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    for (const [typed, messages] of PARSE_CASES) {
      const query = new URLSearchParams({ lang, start_customers: typed, new_customers: '150', end_customers: '1030' });
      await page.goto(`${env.site.url}?${query}`);
      await page.waitForSelector('[data-error-for="start_customers"]');
      const message = await errorText(page, 'start_customers');
      assert.match(message, messages[lang], `${lang} ${JSON.stringify(typed)}: ${message}`);
      assert.ok(message.includes(WORDS[lang].start), `names the field: ${message}`);
      const input = '[data-field="start_customers"]';
      assert.equal(await page.getAttribute(input, 'aria-invalid'), 'true');
      const describedBy = await page.getAttribute(input, 'aria-describedby');
      assert.equal(await page.getAttribute(`#${describedBy}`, 'data-error-for'), 'start_customers');
      assert.equal(await page.inputValue(input), typed, 'the typed text stays for correction');
      for (const name of ['churn_rate', 'retention_rate', 'lost_customers', 'churn_rate_year']) {
        assert.equal(await resultValue(page, name), '', `${name} not computable`);
        assert.equal(await resultText(page, name), '—');
      }
      assert.match(await page.textContent('[data-reason-for="churn_rate"]'), new RegExp(WORDS[lang].nc));
      await assertNothingEmbarrassing(page);
    }
    assert.deepEqual(problems(), []);
    await close();
  });

  test(`inconsistent counts are explained (${lang})`, async () => {
    const { page, problems, close } = await openPage(env, `?lang=${lang}`);
    const open = async (params) => {
      await page.goto(`${env.site.url}?${new URLSearchParams({ lang, ...params })}`);
      await page.waitForSelector('[data-result="churn_rate"]');
    };
    const W = WORDS[lang];

    await open({ start_customers: '0', new_customers: '100', end_customers: '80' });
    assert.ok((await errorText(page, 'start_customers')).length > 10);
    assert.equal(await resultValue(page, 'churn_rate'), '');
    near(await resultValue(page, 'churn_rate_start_plus_new'), 0.2);

    await open({ start_customers: '1000', new_customers: '150', end_customers: '1200' });
    let m = await errorText(page, 'end_customers');
    assert.ok(m.includes('1,150') && m.includes(W.end), m);
    assert.equal(await resultValue(page, 'lost_customers'), '');

    await open({ start_customers: '1000', new_customers: '150', lost_customers: '1200' });
    m = await errorText(page, 'lost_customers');
    assert.ok(m.includes('1,150') && m.includes(W.lost), m);

    await open({ start_customers: '100', lost_customers: '120' });
    m = await errorText(page, 'lost_customers');
    assert.ok(m.includes('100') && m.includes(W.lost), m);

    await open({ start_customers: '1000', new_customers: '150', end_customers: '1030', lost_customers: '100' });
    m = await errorText(page, 'lost_customers');
    assert.ok(m.includes('120') && m.includes(W.lost), m);
    assert.equal(await resultValue(page, 'churn_rate'), '');

    // New customers who left within the period: start-based rates are not given.
    await open({ start_customers: '100', new_customers: '50', end_customers: '20' });
    m = await errorText(page, 'end_customers');
    assert.ok(m.includes('130') && m.includes('100'), m);
    assert.equal(await resultValue(page, 'churn_rate'), '');
    near(await resultValue(page, 'churn_rate_start_plus_new'), 130 / 150);

    await open({ period: 'weekly', start_customers: '1000', lost_customers: '120' });
    m = await errorText(page, 'period');
    assert.ok(m.includes('weekly'), m);
    assert.equal(await resultValue(page, 'churn_rate_year'), '');
    near(await resultValue(page, 'churn_rate'), 0.12);
    // Choosing a period clears the message.
    await page.selectOption('[data-field="period"]', 'month');
    await page.waitForSelector('[data-error-for="period"]', { state: 'detached' });

    await assertNothingEmbarrassing(page);
    assert.deepEqual(problems(), []);
    await close();
  });
}

test('a bad value in a link behaves exactly like the same value typed', async () => {
  const { page, close } = await openPage(env, '?lang=zh-Hant');
  for (const [typed] of PARSE_CASES) {
    await page.goto(`${env.site.url}?lang=zh-Hant`);
    await page.waitForSelector('[data-field="start_customers"]');
    await type(page, 'start_customers', typed);
    await page.waitForSelector('[data-error-for="start_customers"]');
    const whenTyped = await errorText(page, 'start_customers');
    const query = new URLSearchParams({ lang: 'zh-Hant', start_customers: typed, new_customers: '150', end_customers: '1030' });
    await page.goto(`${env.site.url}?${query}`);
    await page.waitForSelector('[data-error-for="start_customers"]');
    assert.equal(await errorText(page, 'start_customers'), whenTyped, JSON.stringify(typed));
  }
  await close();
});

test('a very long or hostile value is quoted as text, shortened, never as markup', async () => {
  const hostile = '<img src=x onerror=alert(1)>'.repeat(20);
  const { page, problems, close } = await openPage(env, `?start_customers=${encodeURIComponent(hostile)}&new_customers=1&end_customers=1`);
  const message = await errorText(page, 'start_customers');
  assert.ok(message.length < 200, message);
  assert.equal(await page.$('img'), null);
  assert.deepEqual(problems(), []);
  await close();
});
