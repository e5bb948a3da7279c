import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
const PROBE = `(() => {
  const check = () => {
    if (!window.__firstResult && document.querySelector('[data-result][data-value]:not([data-value=""])')) window.__firstResult = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const names = process.argv.slice(2);
const servers = {};
for (const k of names) servers[k] = await serve(`/tmp/ab/${k}`, { prefix: '/', compress: true });
const rows = Object.fromEntries(names.map((k) => [k, []]));
for (let i = 0; i < 31; i++) for (const k of names) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(PROBE);
  const page = await ctx.newPage();
  await page.goto(servers[k].url);
  await page.waitForFunction(() => window.__firstResult);
  rows[k].push(await page.evaluate(() => window.__firstResult));
  await ctx.close();
}
const med = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const k of names) console.log(k.padEnd(10), med(rows[k]).toFixed(1), (med(rows[k]) / med(rows.minimal)).toFixed(2));
await browser.close(); for (const s of Object.values(servers)) s.server.close();
