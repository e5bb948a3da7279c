// The benchmark: transfer size, time to first results, input-to-updated-results, memory,
// and the same timings on a simulated mid-range phone — for the calculator and, built by
// the same toolchain in the same run, a minimal Yew + plotters-canvas page (the floor) and
// a blank HTML page. Writes BENCHMARKS.md and bench/results.json; exits 1 when a budget
// fails. Run it with `./dev bench` (which builds both pages first). Not a test.
import { chromium } from 'playwright-core';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus, totalmem } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { serve } from '../e2e/server.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const PAGES = {
  app: join(ROOT, 'dist'),
  minimal: join(ROOT, 'target/bench-minimal-dist'),
  blank: join(ROOT, 'bench/blank'),
};
const COLD_LOADS = Number(process.env.BENCH_LOADS ?? 31);
const EDITS = Number(process.env.BENCH_EDITS ?? 200);
const MEMORY_EDITS = 1000;
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--enable-precise-memory-info'];

/** Lighthouse's simulated mid-range phone: 4× CPU slowdown, 150 ms RTT, 1.6 Mbps down, 750 kbps up. */
const PHONE = { cpu: 4, latency: 150, down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8 };

const BUDGETS = {
  totalGzipKB: 250,
  gzipVsMinimal: 2.5,
  firstResultsVsMinimal: 1.3,
  phoneFirstResultsMs: 2000,
  inputP95Ms: 8,
};

// ---------- statistics ----------
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => {
  const s = sorted(xs);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
};
const median = (xs) => quantile(xs, 0.5);
const p95 = (xs) => quantile(xs, 0.95);
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// ---------- sizes ----------
function sizes(dir) {
  const rows = {};
  for (const name of readdirSync(dir)) {
    const kind = name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : name.endsWith('.html') ? 'html' : null;
    if (!kind) continue;
    const data = readFileSync(join(dir, name));
    const row = (rows[kind] ??= { raw: 0, gzip: 0, brotli: 0 });
    row.raw += data.length;
    row.gzip += gzipSync(data, { level: 9 }).length;
    row.brotli += brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  }
  rows.total = Object.values(rows).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return rows;
}

// ---------- browser measurements ----------
/** Records, from navigation start, when the first result with a value appears. */
const FIRST_RESULT_PROBE = `(() => {
  const check = () => {
    if (window.__firstResult) return true;
    if (document.querySelector('[data-result][data-value]:not([data-value=""])')) {
      window.__firstResult = performance.now();
      return true;
    }
    return false;
  };
  // When each further section first shows a result: [time of 1 section, of 2 sections …].
  window.__sectionTimes = [];
  const checkSections = () => {
    const shown = [...document.querySelectorAll('section')]
      .filter((s) => s.querySelector('[data-result][data-value]:not([data-value=""])')).length;
    while (window.__sectionTimes.length < shown) window.__sectionTimes.push(performance.now());
  };
  const observer = new MutationObserver(() => { check(); checkSections(); });
  addEventListener('load', () => setTimeout(() => observer.disconnect(), 3000));
  observer.observe(document, { subtree: true, childList: true, attributes: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  // When the page last drew on a canvas: proves a chart redraw happened in a measurement.
  for (const name of ['fillRect', 'fillText']) {
    const original = CanvasRenderingContext2D.prototype[name];
    CanvasRenderingContext2D.prototype[name] = function (...args) {
      window.__lastDraw = performance.now();
      return original.apply(this, args);
    };
  }
})();`;

async function newPage(browser, phone) {
  const context = await browser.newContext({ viewport: { width: phone ? 412 : 1280, height: phone ? 860 : 900 } });
  await context.addInitScript(FIRST_RESULT_PROBE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  if (phone) {
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up,
    });
  }
  return { context, page, cdp };
}

/**
 * Navigation start to the first result with a value, over cold loads (a fresh cache
 * each), and to every section showing results (as many sections as a settled load of the
 * page shows). The pages' loads are
 * interleaved (a, b, c, a, b, c …) so that drift in the machine's load affects every page
 * alike. Returns, per URL, the first-result times and the all-sections times.
 */
async function firstResults(browser, urls, phone) {
  // How many sections each page shows once fully rendered (counted on a settled load).
  const expected = [];
  for (const url of urls) {
    const { context, page } = await newPage(browser, phone);
    await page.goto(url);
    await page.waitForFunction(() => window.__firstResult, null, { timeout: 60_000 });
    await page.waitForTimeout(3000);
    // Sections that show a result once settled (the practice section shows none until an
    // answer is checked).
    expected.push(await page.evaluate(() => [...document.querySelectorAll('section')]
      .filter((s) => s.querySelector('[data-result][data-value]:not([data-value=""])')).length));
    await context.close();
  }
  const times = urls.map(() => []);
  const allSections = urls.map(() => []);
  for (let i = 0; i < COLD_LOADS; i++) {
    for (const [k, url] of urls.entries()) {
      const { context, page } = await newPage(browser, phone);
      await page.goto(url);
      await page.waitForFunction(() => window.__firstResult, null, { timeout: 60_000 });
      times[k].push(await page.evaluate(() => window.__firstResult));
      if (expected[k] > 0) {
        await page.waitForFunction((n) => window.__sectionTimes.length >= n, expected[k], { timeout: 60_000 });
        allSections[k].push(await page.evaluate((n) => window.__sectionTimes[n - 1], expected[k]));
      }
      await context.close();
    }
  }
  return { times, allSections };
}

/**
 * Per edit of `field`: (1) from the input event to the updated data-value of `result`
 * *and* the chart redrawn — Yew patches the DOM and runs its effects (the chart's draw) in
 * one pass of microtasks, observed by a MutationObserver and a canvas-draw probe; and
 * (2) from the input event to the next frame, which adds the browser's own style, layout
 * and paint (reported, not budgeted). Edits are a task apart.
 */
async function inputLatency(page, field, result, edits) {
  return page.evaluate(async ([f, r, n]) => {
    const input = document.querySelector(`[data-field="${f}"]`);
    const value = () => document.querySelector(`[data-result="${r}"]`).getAttribute('data-value');
    const nextTask = () => new Promise((ok) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => ok();
      channel.port2.postMessage(0);
    });
    const hasCanvas = Boolean(document.querySelector('canvas'));
    let changed = null;
    const observer = new MutationObserver(() => changed?.());
    observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-value'] });
    const update = [];
    const frame = [];
    let redrawn = 0;
    for (let i = 0; i < n; i++) {
      const before = value();
      const done = new Promise((ok) => { changed = ok; });
      const t0 = performance.now();
      input.value = String(1000 + ((i * 37) % 900) + 1);
      input.dispatchEvent(new InputEvent('input', { bubbles: true }));
      await done;
      // Effects may follow the DOM patch by a microtask or two.
      // Effects usually follow the DOM patch by a microtask or two; under a slowed CPU
      // Yew may finish them in a later task, and that time counts too.
      for (let k = 0; k < 20 && hasCanvas && !(window.__lastDraw >= t0); k++) await Promise.resolve();
      for (let k = 0; k < 100 && hasCanvas && !(window.__lastDraw >= t0); k++) await nextTask();
      if (value() === before) throw new Error('the result did not change');
      update.push(performance.now() - t0);
      if (!hasCanvas || window.__lastDraw >= t0) redrawn++;
      await new Promise((ok) => requestAnimationFrame(() => ok()));
      await nextTask();
      frame.push(performance.now() - t0);
      await nextTask();
    }
    observer.disconnect();
    if (redrawn !== n) throw new Error(`the chart was redrawn in only ${redrawn} of ${n} edits`);
    return { update, frame };
  }, [field, result, edits]);
}

/** JS heap (after a forced GC) and wasm memory, sampled every 250 of 1,000 edits. */
async function memory(browser, url) {
  const { context, page, cdp } = await newPage(browser, false);
  await page.goto(url);
  await page.waitForFunction(() => window.__firstResult);
  const samples = [];
  for (let done = 0; done <= MEMORY_EDITS; done += 250) {
    if (done > 0) await inputLatency(page, 'start_customers', 'churn_rate', 250);
    await cdp.send('HeapProfiler.collectGarbage');
    samples.push(await page.evaluate((edits) => ({
      edits,
      jsHeapKB: performance.memory.usedJSHeapSize / 1024,
      wasmKB: window.__wasm ? window.__wasm.memory.buffer.byteLength / 1024 : null,
    }), done));
  }
  await context.close();
  return samples;
}

function machine() {
  let chromiumVersion = '';
  try {
    chromiumVersion = execFileSync('/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch { /* reported as unknown */ }
  return {
    date: new Date().toISOString().slice(0, 10),
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`,
    memoryGiB: round(totalmem() / 2 ** 30, 0),
    chromium: chromiumVersion || 'unknown',
    node: process.version,
  };
}

// ---------- report ----------
function markdown(r) {
  const kb = (b) => round(b / 1000, 1);
  const ms = (x) => round(x, 1);
  const check = (ok) => (ok ? '✅ held' : '❌ FAILED');
  const sizeRows = ['wasm', 'js', 'css', 'html', 'total'].map((k) => {
    const a = r.sizes.app[k] ?? { raw: 0, gzip: 0, brotli: 0 };
    const m = r.sizes.minimal[k] ?? { raw: 0, gzip: 0, brotli: 0 };
    return `| ${k} | ${kb(a.raw)} | ${kb(a.gzip)} | ${kb(a.brotli)} | ${kb(m.gzip)} | ${kb(m.brotli)} |`;
  });
  const timing = (name, xs) => `| ${name} | ${ms(median(xs))} | ${ms(p95(xs))} | ${xs.length} |`;
  const mem = r.memory.map((s) => `| ${s.edits} | ${round(s.jsHeapKB, 0)} | ${s.wasmKB === null ? '—' : round(s.wasmKB, 0)} |`);
  return `# Benchmarks

Produced by \`./dev bench\` (bench/run.mjs) on ${r.machine.date}: ${r.machine.cpu}, ${r.machine.memoryGiB} GiB,
${r.machine.chromium} headless, Node ${r.machine.node}. Release builds by Trunk 0.21.14 with
wasm-opt -Oz; the minimal page (bench/minimal: Yew + plotters-canvas, one input, one result,
one bar) is built by the same toolchain in the same run. Sizes in KB of 1,000 bytes; times in
milliseconds from navigation start (cold: a fresh browser context, empty cache, each load;
the pages' loads interleaved), served from 127.0.0.1 with gzip.

## Budgets

| budget | limit | measured | |
|---|---|---|---|
| total transfer, gzip | ≤ ${BUDGETS.totalGzipKB} KB | ${kb(r.sizes.app.total.gzip)} KB | ${check(r.budgets.totalGzip)} |
| total gzip vs the minimal page | ≤ ${BUDGETS.gzipVsMinimal} × | ${round(r.ratios.gzip, 2)} × | ${check(r.budgets.gzipRatio)} |
| first results vs the minimal page, desktop (median) | ≤ ${BUDGETS.firstResultsVsMinimal} × | ${round(r.ratios.firstResults, 2)} × | ${check(r.budgets.firstResults)} |
| first results, simulated phone (median) | ≤ ${BUDGETS.phoneFirstResultsMs} ms | ${ms(median(r.phone.firstResults))} ms | ${check(r.budgets.phoneFirstResults)} |
| input to updated result and chart, desktop p95 | ≤ ${BUDGETS.inputP95Ms} ms | ${ms(p95(r.desktop.input))} ms | ${check(r.budgets.inputP95)} |

## Transfer size (KB)

| file | app raw | app gzip | app brotli | minimal gzip | minimal brotli |
|---|---|---|---|---|---|
${sizeRows.join('\n')}

## Time to first results, desktop (ms)

| page | median | p95 | loads |
|---|---|---|---|
${timing('blank HTML page', r.desktop.blankFirstResults)}
${timing('minimal Yew page', r.desktop.minimalFirstResults)}
${timing('Retention Calculator', r.desktop.firstResults)}
${timing('Retention Calculator, every section showing results', r.desktop.allSections)}

Ratios (median): calculator / minimal ${round(r.ratios.firstResults, 2)} ×; calculator / blank ${round(r.ratios.firstResultsVsBlank, 2)} ×.

"First results" is the first figure with a value (the retention section). The sections below
it are rendered one task later (src/components/deferred.rs) so that their code and layout
do not hold up the first figures; "every section showing results" is when the last of them
has its figures.

## Input to updated result and redrawn chart (ms, ${EDITS} edits of \`start_customers\`)

From the input event to the updated \`data-value\` with the chart redrawn (the budget), and to
the next frame, which adds the browser's own style, layout and paint of the page (software
rendering here: headless, no GPU).

| where | median | p95 | edits |
|---|---|---|---|
${timing('desktop: Retention Calculator (retention section)', r.desktop.input)}
${timing('desktop: minimal Yew page', r.desktop.minimalInput)}
${timing('simulated phone: Retention Calculator', r.phone.input)}
${timing('desktop, to the next frame: Retention Calculator', r.desktop.inputFrame)}
${timing('desktop, to the next frame: minimal Yew page', r.desktop.minimalInputFrame)}
${timing('simulated phone, to the next frame: Retention Calculator', r.phone.inputFrame)}

## Simulated mid-range phone

Chromium DevTools protocol: CPU slowed ${PHONE.cpu}×, network ${PHONE.latency} ms RTT, 1.6 Mbps down,
750 kbps up (Lighthouse's mobile profile), viewport 412 px.

| page | median | p95 | loads |
|---|---|---|---|
${timing('minimal Yew page', r.phone.minimalFirstResults)}
${timing('Retention Calculator', r.phone.firstResults)}
${timing('Retention Calculator, every section showing results', r.phone.allSections)}

## Memory over ${MEMORY_EDITS} edits (after a forced GC)

| edits | JS heap (KB) | wasm memory (KB) |
|---|---|---|
${mem.join('\n')}

JS heap growth from 250 to ${MEMORY_EDITS} edits: ${round(r.memoryGrowthKB, 0)} KB; wasm memory growth: ${round(r.wasmGrowthKB, 0)} KB.

## What takes the space

${r.twiggy ? '`twiggy top` of the release wasm before wasm-bindgen and wasm-opt (retained size):\n\n```\n' + r.twiggy + '\n```' : 'twiggy was not available in this run.'}
`;
}

// ---------- main ----------
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS });
const servers = {};
for (const [name, dir] of Object.entries(PAGES)) servers[name] = await serve(dir, { prefix: '/', compress: true });

const log = (msg) => console.log(`[bench] ${msg}`);
const r = { machine: machine(), sizes: { app: sizes(PAGES.app), minimal: sizes(PAGES.minimal) }, desktop: {}, phone: {} };

log(`first results, desktop, ${COLD_LOADS} cold loads each`);
{
  const { times, allSections } = await firstResults(browser, [servers.blank.url, servers.minimal.url, servers.app.url], false);
  [r.desktop.blankFirstResults, r.desktop.minimalFirstResults, r.desktop.firstResults] = times;
  r.desktop.allSections = allSections[2];
}

log(`input latency, ${EDITS} edits`);
for (const [key, name] of [['input', 'app'], ['minimalInput', 'minimal']]) {
  const { context, page } = await newPage(browser, false);
  await page.goto(servers[name].url);
  await page.waitForFunction(() => window.__firstResult);
  const { update, frame } = await inputLatency(page, 'start_customers', 'churn_rate', EDITS);
  r.desktop[key] = update;
  r.desktop[`${key}Frame`] = frame;
  await context.close();
}

log('simulated phone');
{
  const { times, allSections } = await firstResults(browser, [servers.minimal.url, servers.app.url], true);
  [r.phone.minimalFirstResults, r.phone.firstResults] = times;
  r.phone.allSections = allSections[1];
}
{
  const { context, page } = await newPage(browser, true);
  await page.goto(servers.app.url);
  await page.waitForFunction(() => window.__firstResult, null, { timeout: 60_000 });
  const { update, frame } = await inputLatency(page, 'start_customers', 'churn_rate', EDITS);
  r.phone.input = update;
  r.phone.inputFrame = frame;
  await context.close();
}

log(`memory over ${MEMORY_EDITS} edits`);
r.memory = await memory(browser, servers.app.url);
await browser.close();
for (const s of Object.values(servers)) s.server.close();

r.twiggy = process.env.TWIGGY_TOP ?? null;
const afterWarmup = r.memory.find((s) => s.edits === 250);
const last = r.memory[r.memory.length - 1];
r.memoryGrowthKB = last.jsHeapKB - afterWarmup.jsHeapKB;
r.wasmGrowthKB = (last.wasmKB ?? 0) - (afterWarmup.wasmKB ?? 0);
r.ratios = {
  gzip: r.sizes.app.total.gzip / r.sizes.minimal.total.gzip,
  firstResults: median(r.desktop.firstResults) / median(r.desktop.minimalFirstResults),
  firstResultsVsBlank: median(r.desktop.firstResults) / median(r.desktop.blankFirstResults),
};
r.budgets = {
  totalGzip: r.sizes.app.total.gzip <= BUDGETS.totalGzipKB * 1000,
  gzipRatio: r.ratios.gzip <= BUDGETS.gzipVsMinimal,
  firstResults: r.ratios.firstResults <= BUDGETS.firstResultsVsMinimal,
  phoneFirstResults: median(r.phone.firstResults) <= BUDGETS.phoneFirstResultsMs,
  inputP95: p95(r.desktop.input) <= BUDGETS.inputP95Ms,
};

writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(r, null, 2));
writeFileSync(join(ROOT, 'BENCHMARKS.md'), markdown(r));
const failed = Object.entries(r.budgets).filter(([, ok]) => !ok).map(([k]) => k);
log(`wrote BENCHMARKS.md; budgets ${failed.length ? `FAILED: ${failed.join(', ')}` : 'all held'}`);
process.exit(failed.length ? 1 : 0);
