// Saved scenarios (issue 9, part): save, rename, duplicate, delete, reload, open; data in
// storage that is not ours is reported and kept; storage refused by the browser: the rest
// works and the list lives in memory.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, resultValue, type, waitForResult } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const KEY = 'retention-calculator.scenarios';
const names = (page) => page.$$eval('[data-action="rename-saved"]', (all) => all.map((i) => i.value));

test('save, rename, duplicate, delete, reload and open', async () => {
  const { page, problems, close } = await openPage(env, '?lang=zh-Hans');
  await page.click('[data-panel="saved"] summary');
  await page.fill('[data-field="saved_name"]', '银行 <b>演示</b>');
  await page.click('[data-action="save-scenario"]');
  await type(page, 'start_customers', '2000');
  await waitForResult(page, 'lost_customers', (v) => v === '1120');
  await page.click('[data-action="save-scenario"]'); // unnamed: "方案2"
  assert.deepEqual(await names(page), ['银行 <b>演示</b>', '方案2']);
  await page.fill('[data-saved="1"] [data-action="rename-saved"]', '零售');
  await page.press('[data-saved="1"] [data-action="rename-saved"]', 'Enter');
  await page.click('[data-saved="0"] [data-action="duplicate-saved"]');
  assert.deepEqual(await names(page), ['银行 <b>演示</b>', '银行 <b>演示</b>（副本）', '零售']);
  await page.click('[data-saved="1"] [data-action="delete-saved"]');
  assert.deepEqual(await names(page), ['银行 <b>演示</b>', '零售']);
  // Stored in the documented format.
  const stored = await page.evaluate((k) => localStorage.getItem(k), KEY);
  assert.match(stored, /^retention-calculator scenarios v1\n银行 <b>演示<\/b>\t/);
  // Survives a reload; opening the first brings back its figures.
  await page.reload();
  await page.waitForSelector('[data-section="value"] [data-result]');
  await page.click('[data-panel="saved"] summary');
  assert.deepEqual(await names(page), ['银行 <b>演示</b>', '零售']);
  await page.click('[data-saved="0"] [data-action="open-saved"]');
  await waitForResult(page, 'lost_customers', (v) => v === '120');
  assert.equal(await page.inputValue('[data-field="start_customers"]'), '1000');
  await page.click('[data-saved="1"] [data-action="open-saved"]');
  await waitForResult(page, 'lost_customers', (v) => v === '1120');
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-Hans');
  assert.deepEqual(problems(), []);
  await close();
});

test('data in storage that is not ours: reported, kept, and replaced only when discarded', async () => {
  const { page, problems, close } = await openPage(env);
  await page.evaluate((k) => localStorage.setItem(k, '{"scenarios": [1, 2, 3]}'), KEY);
  await page.reload();
  await page.waitForSelector('[data-section="value"] [data-result]');
  await page.click('[data-panel="saved"] summary');
  assert.match(await page.textContent('[data-status="storage"]'), /not in this calculator’s format/);
  assert.equal(await page.$('[data-action="save-scenario"]'), null);
  // The calculator works and the data is untouched.
  await type(page, 'start_customers', '500');
  await waitForResult(page, 'lost_customers', (v) => v === '-380' || v === '');
  assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY), '{"scenarios": [1, 2, 3]}');
  await page.click('[data-action="discard-storage"]');
  await page.click('[data-action="save-scenario"]');
  assert.match(await page.evaluate((k) => localStorage.getItem(k), KEY), /^retention-calculator scenarios v1\nScenario 1\t/);
  assert.deepEqual(problems(), []);
  await close();
});

test('storage refused (sandboxed frame, private mode): everything else works, saving lasts until the page closes', async () => {
  const context = await env.browser.newContext();
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });
  });
  const page = await context.newPage();
  const issues = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') issues.push(m.text()); });
  page.on('pageerror', (e) => issues.push(String(e)));
  await page.goto(env.site.url);
  await page.waitForSelector('[data-section="value"] [data-result]');
  assert.equal(await resultValue(page, 'churn_rate'), '0.12');
  await page.click('[data-panel="saved"] summary');
  assert.match(await page.textContent('[data-status="storage"]'), /does not allow saving here/);
  await page.click('[data-action="save-scenario"]');
  assert.deepEqual(await names(page), ['Scenario 1']);
  assert.deepEqual(issues, []);
  await context.close();
});
