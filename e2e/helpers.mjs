// Shared helpers for the end-to-end tests: the built app served on 127.0.0.1 under a
// sub-path, Debian's Chromium driven by playwright-core, and a page object reading the
// data-field / data-result / data-error-for contract.
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { serve } from './server.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const DIST = join(here, '..', 'dist');
export const SCREENSHOTS = join(here, 'screenshots');
/** The app is tested where an instructor might host it: under a sub-path. */
export const PREFIX = '/courses/crm/calculator/';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** Starts the server and the browser; returns what the tests need and a `close()`. */
export async function start({ prefix = PREFIX } = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/ is missing: run `./dev build` (or `./dev test`) first');
  }
  const site = await serve(DIST, { prefix });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  return {
    site,
    browser,
    async close() {
      await browser.close();
      site.server.close();
    },
  };
}

/**
 * A page that records console errors, page errors and any request that leaves the
 * app's own origin. `problems()` lists them; tests assert it is empty.
 */
export async function openPage(env, query = '', { width = 1280, height = 900, locale = 'en-US', colorScheme = 'light' } = {}) {
  const context = await env.browser.newContext({
    viewport: { width, height },
    locale,
    colorScheme,
  });
  const page = await context.newPage();
  const issues = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'warning') issues.push(`console ${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (err) => issues.push(`page error: ${err.message}`));
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(env.site.origin) && !url.startsWith('data:')) issues.push(`foreign request: ${url}`);
  });
  await page.goto(env.site.url + query);
  // Attached rather than visible: with answers=hidden the results are in the page, hidden.
  await page.waitForSelector('[data-result="churn_rate"]', { state: 'attached' });
  // The sections below the first render a task later (src/components/deferred.rs).
  await page.waitForSelector('[data-section="value"] [data-result]', { state: 'attached' });
  return {
    page,
    problems: () => issues,
    close: () => context.close(),
  };
}

/** The data-value of a result ('' when not computable). */
export async function resultValue(page, name) {
  return page.getAttribute(`[data-result="${name}"]`, 'data-value');
}

/** The displayed text of a result. */
export async function resultText(page, name) {
  return (await page.textContent(`[data-result="${name}"]`)).trim();
}

/** The inline error text for a field, or null when there is none. */
export async function errorText(page, name) {
  const el = await page.$(`[data-error-for="${name}"]`);
  return el ? (await el.textContent()).trim() : null;
}

/** Types `text` into a field as a user would (replacing what was there). */
export async function type(page, name, text) {
  await page.fill(`[data-field="${name}"]`, text);
}

/** Waits until a result's data-value satisfies `predicate` (no sleeps). */
export async function waitForResult(page, name, predicate) {
  await page.waitForFunction(
    ([n, src]) => {
      const el = document.querySelector(`[data-result="${n}"]`);
      // eslint-disable-next-line no-new-func
      return el && new Function('v', `return (${src})(v)`)(el.getAttribute('data-value'));
    },
    [name, predicate.toString()],
  );
}

/** Waits until the address bar's query has `key` = `value` (it is updated after a pause). */
export async function waitForParam(page, key, value) {
  await page.waitForFunction(
    ([k, v]) => new URL(location.href).searchParams.get(k) === v,
    [key, value],
  );
}

/** Asserts `actual` (a data-value string) is within `tolerance` of `expected`. */
export function near(actual, expected, tolerance = 1e-4) {
  const v = Number(actual);
  if (actual === '' || actual === null || !Number.isFinite(v) || Math.abs(v - expected) > tolerance) {
    throw new Error(`expected ≈ ${expected}, got ${JSON.stringify(actual)}`);
  }
}

/** Opens every formula panel and the chart's data, and waits until their steps are rendered. */
export async function openAllPanels(page) {
  await page.$$eval('details', (all) => all.forEach((d) => { d.open = true; }));
  await page.waitForFunction(() =>
    [...document.querySelectorAll('details.formula')].every((d) => d.querySelector('li')));
}

/** Waits until every chart canvas on the page has been sized and drawn. */
export async function chartsDrawn(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('canvas[data-chart]')]
    .every((c) => c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some((v, i) => i % 4 === 3 && v === 255)));
}

export function ensureScreenshotDir() {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return SCREENSHOTS;
}
