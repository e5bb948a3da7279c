import { chromium } from 'playwright-core';
import { serve } from '../e2e/server.mjs';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
const site = await serve(process.argv[2], { prefix: '/', compress: true });
const PROBE = `(() => {
  new MutationObserver(() => {
    if (!window.__firstResult && document.querySelector('[data-result][data-value]:not([data-value=""])')) { window.__firstResult = performance.now(); console.profileEnd && 0; }
  }).observe(document, { subtree: true, childList: true, attributes: true });
})();`;
const self = new Map(); const total = new Map();
const N = 10;
for (let i = 0; i < N; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await ctx.addInitScript(PROBE);
  const page = await ctx.newPage();
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(site.url);
  await page.waitForFunction(() => window.__firstResult);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  let t = profile.startTime;
  profile.samples.forEach((id, k) => {
    t += profile.timeDeltas[k];
    const n = byId.get(id);
    const name = (x) => `${x.callFrame.functionName || '(anon)'}`.slice(0, 90);
    self.set(name(n), (self.get(name(n)) ?? 0) + profile.timeDeltas[k] / 1000 / N);
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const nm = name(byId.get(cur));
      if (seen.has(nm)) continue; seen.add(nm);
      total.set(nm, (total.get(nm) ?? 0) + profile.timeDeltas[k] / 1000 / N);
    }
  });
  await ctx.close();
}
console.log('--- self'); for (const [n, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(v.toFixed(2).padStart(7), n);
console.log('--- total'); for (const [n, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 45)) console.log(v.toFixed(2).padStart(7), n);
await browser.close(); site.server.close();
