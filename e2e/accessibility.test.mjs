// Accessibility: axe-core finds no violations in any language, light or dark, with the
// formula panels open and with errors showing; and the calculator works by keyboard alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { start, openPage, waitForResult, resultValue, openAllPanels } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

async function axeViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return violations;
}

for (const lang of ['en', 'zh-Hans', 'zh-Hant']) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe: no violations (${lang}, ${colorScheme})`, async () => {
      const { page, close } = await openPage(env, `?lang=${lang}`, { colorScheme });
      await openAllPanels(page);
      assert.deepEqual(await axeViolations(page), []);
      // With inline errors and not-computable results on screen.
      await page.goto(`${env.site.url}?lang=${lang}&start_customers=abc&new_customers=-1&end_customers=5`);
      await page.waitForSelector('[data-error-for="start_customers"]');
      assert.deepEqual(await axeViolations(page), []);
      await close();
    });
  }
}

test('the whole calculator works by keyboard alone', async () => {
  const { page, problems, close } = await openPage(env);
  const focused = () => page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('data-field') ?? el?.getAttribute('data-action') ?? el?.getAttribute('value') ?? el?.tagName.toLowerCase();
  });
  // Tab order: language buttons, copy link, export, print, QR code, presets, saved scenarios,
  // period, known figures,
  // the three counts.
  const order = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    order.push(await focused());
  }
  assert.deepEqual(order, ['en', 'zh-Hans', 'zh-Hant', 'copy-link', 'export-csv', 'print', 'show-qr', 'summary', 'summary', 'period', 'known', 'start_customers', 'new_customers', 'end_customers']);

  // Edit a count from the keyboard.
  await page.focus('[data-field="start_customers"]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2000');
  await waitForResult(page, 'lost_customers', (v) => v === '1120');

  // Change the period with the arrow keys.
  await page.focus('[data-field="period"]');
  await page.keyboard.press('ArrowDown');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('period') === 'quarter');

  // Open a formula with Enter.
  await page.focus('[data-formula-for="churn_rate"] summary');
  await page.keyboard.press('Enter');
  assert.equal(await page.$eval('[data-formula-for="churn_rate"]', (d) => d.open), true);

  // Switch language with Enter on a focused button.
  await page.focus('.lang-button[lang="zh-Hans"]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-Hans');
  assert.equal(await resultValue(page, 'lost_customers'), '1120');
  assert.deepEqual(problems(), []);
  await close();
});

test('focus is visible', async () => {
  const { page, close } = await openPage(env);
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await close();
});

test('the axe check is live: it catches a planted unlabelled input', async () => {
  const { page, close } = await openPage(env);
  await page.evaluate(() => document.querySelector('main').insertAdjacentHTML('beforeend', '<input type="text">'));
  const violations = await axeViolations(page);
  assert.ok(violations.some((v) => v.startsWith('label')), violations.join('\n'));
  await close();
});

test('respects prefers-reduced-motion: nothing animates or transitions', async () => {
  const context = await env.browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(env.site.url);
  await page.waitForSelector('[data-result="churn_rate"]');
  await page.click('.lang-button[lang="zh-Hans"]');
  const moving = await page.evaluate(() => [...document.querySelectorAll('*')].filter((el) => {
    const s = getComputedStyle(el);
    return el.getAnimations().length > 0 || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0);
  }).map((el) => el.tagName));
  assert.deepEqual(moving, []);
  await context.close();
});
