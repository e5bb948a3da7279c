// Embedding (issue 9, first part): the widget in an iframe of a course page on another
// origin, served under a sub-path with a strict Content-Security-Policy; embed=1,
// sections=, theme=, accent=; the height posted to the parent; no request leaves the two
// origins; bad view values named on the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';
import { DIST, PREFIX, openPage, start } from './helpers.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'";
let widget;
let host;
let browser;
let env;

/** The course page: the documented snippet (docs/EMBED.md), pointed at `src`. */
function hostPage(src, widgetOrigin) {
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><title>Course page</title><link rel="icon" href="data:,"></head>
<body><h1>第五章 客户保持与客户流失管理</h1>
<iframe id="calculator" src="${src}" title="Retention Calculator" style="width: 100%; border: 0; height: 300px" loading="lazy"></iframe>
<script>
  window.heights = [];
  const frame = document.getElementById('calculator');
  window.addEventListener('message', (event) => {
    if (event.origin !== '${widgetOrigin}' || event.source !== frame.contentWindow) return;
    const data = event.data;
    if (!data || data.type !== 'retention-calculator:height' || !Number.isFinite(data.height)) return;
    window.heights.push(data.height);
    frame.style.height = Math.ceil(data.height) + 'px';
  });
</script></body></html>`;
}

before(async () => {
  widget = await serve(DIST, { prefix: PREFIX, headers: { 'content-security-policy': CSP } });
  const dir = mkdtempSync(join(tmpdir(), 'course-'));
  host = await serve(dir, { prefix: '/' });
  host.dir = dir;
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-dev-shm-usage'] });
  env = await start();
});
after(async () => {
  await browser?.close();
  widget?.server.close();
  host?.server.close();
  await env?.close();
});

test('in an iframe on another origin, under a strict CSP: embedded view, heights posted, nothing else requested', async () => {
  const src = `${widget.url}?embed=1&lang=zh-Hans&sections=causes,winback&theme=dark&accent=1A7F5A`;
  writeFileSync(join(host.dir, 'index.html'), hostPage(src, widget.origin));
  const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(widget.origin) && !url.startsWith(host.origin) && !url.startsWith('data:')) problems.push(`foreign request ${url}`);
  });
  await page.goto(host.url);
  const frame = page.frameLocator('#calculator');
  await frame.locator('[data-section="winback"] [data-result="winback_roi"]').waitFor();
  // Only the chosen sections, no title or footer.
  const inner = page.frames().find((f) => f.url().startsWith(widget.origin));
  const sections = await inner.$$eval('section', (all) => all.map((s) => s.dataset.section));
  assert.deepEqual(sections, ['causes', 'winback']);
  assert.equal(await inner.$('.app-footer'), null);
  assert.equal(await inner.$('.tagline'), null);
  // Theme and accent.
  assert.equal(await inner.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await inner.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--accent').trim()), '#1a7f5a');
  assert.equal(await inner.getAttribute('html', 'lang'), 'zh-Hans');
  // The parent got the height and sized the frame to it.
  await page.waitForFunction(() => window.heights.length > 0 && window.heights.at(-1) > 1000);
  const { heights, frameHeight } = await page.evaluate(() => ({ heights: window.heights, frameHeight: document.getElementById('calculator').getBoundingClientRect().height }));
  assert.ok(Math.abs(frameHeight - Math.ceil(heights.at(-1))) <= 1, `frame ${frameHeight} vs ${heights.at(-1)}`);
  // The link in the frame keeps the view keys.
  await inner.waitForFunction(() => new URL(location.href).searchParams.get('embed') === '1');
  assert.deepEqual(problems, [], problems.join('\n'));
  await page.close();
});

test('the built page has no inline script, so the CSP needs no unsafe-inline', async () => {
  const { readFileSync } = await import('node:fs');
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline <script> in dist/index.html');
  assert.doesNotMatch(html, /\sstyle=/, 'an inline style in dist/index.html');
});

test('bad view values are named on the page and the page is shown whole', async () => {
  const { page, problems, close } = await openPage(env, '?embed=maybe&theme=neon&accent=red;background:url(x)&sections=retention,cost,value,nonsense');
  for (const key of ['embed', 'theme', 'accent', 'sections']) {
    assert.ok(await page.$(`[data-error-for="${key}"]`), key);
  }
  assert.match(await page.textContent('[data-error-for="accent"]'), /red;background:url\(x\)/);
  assert.equal(await page.getAttribute('html', 'data-theme'), null);
  assert.ok(await page.$('.app-footer'));
  // The known names are shown, the unknown one is named in the message.
  const sections = await page.$$eval('section', (all) => all.map((s) => s.dataset.section));
  assert.deepEqual(sections, ['retention', 'cost', 'value']);
  assert.match(await page.textContent('[data-error-for="sections"]'), /nonsense/);
  assert.deepEqual(problems(), []);
  await close();
});
