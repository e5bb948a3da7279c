// A "monkey": random hostile strings typed into every field and put in every URL key.
// No console error, no NaN/Infinity/undefined in the results, no markup injected, and the
// page stays usable (correct figures once sane values are typed again).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, openPage, type, waitForResult, near, resultValue } from './helpers.mjs';

let env;
before(async () => { env = await start(); });
after(async () => { await env?.close(); });

const NASTY = [
  '<img src=x onerror=window.__pwned=1>', '１２３', '1e400', '-1e400', '1e308', '😀', '👨‍👩‍👧',
  'x'.repeat(10000), '9'.repeat(400), 'NaN', 'Infinity', 'undefined', '-0', '0x1F', '1_000', '١٢٣',
  '1,5', '1,000,000', '12%', '  ', '', '\u202e123', "'; DROP TABLE x; --", '{field}', '%s%n', '1e-400',
];
const FIELDS = [
  'start_customers', 'new_customers', 'end_customers', 'lost_customers',
  'acquisition_spend', 'retention_spend', 'cac', 'crc',
  'referral_share', 'wom_deals_per_satisfied', 'wom_people_per_unhappy',
  'horizon_periods', 'projection_new_per_period', 'projection_churn_rate', 'referral_rate',
  'revenue_per_customer', 'margin_per_customer', 'discount_rate', 'improved_churn_rate',
  'clv_horizon_periods', 'sensitivity_step',
  'cause.price', 'cause.quality', 'cause.service', 'cause.core_service', 'cause.involuntary',
  'cause.migrated', 'cause_name.c1', 'cause.c1', 'cause_name.c2', 'cause.c2', 'value_per_lost_customer',
  'winback.pushed_unintentionally.important.count', 'winback.pushed_unintentionally.important.success_rate',
  'winback.pushed_unintentionally.important.contact_cost', 'winback.pushed_unintentionally.important.offer_cost',
  'winback.migrated.small.count', 'winback.bought_away.ordinary.success_rate',
  'winback_margin_per_period', 'winback_periods', 'information_benefit',
];
const TAXONOMIES = ['three_way', 'eight_factors', 'lost_types', 'custom'];
const KNOWN = ['start_new_end', 'start_lost', 'start_new_lost', 'all'];

/** A small seeded generator, so a failure can be replayed. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const pick = (r, list) => list[Math.floor(r() * list.length)];

async function assertClean(page, context) {
  const text = (await page.$$eval('.results', (all) => all.map((r) => r.textContent))).join('\n');
  assert.doesNotMatch(text, /NaN|Infinity|undefined/, context);
  assert.equal(await page.evaluate(() => window.__pwned ?? null), null, `markup ran: ${context}`);
}

test('random hostile typing into every field', async () => {
  const r = rng(20261123);
  const { page, problems, close } = await openPage(env, '?lang=zh-Hans');
  for (let i = 0; i < 60; i++) {
    await page.selectOption('[data-field="known"]', pick(r, KNOWN));
    await page.setChecked('[data-field="cost_advanced"]', r() < 0.5);
    await page.selectOption('[data-field="cause_taxonomy"]', pick(r, TAXONOMIES));
    await page.selectOption('[data-field="cause_entry"]', pick(r, ['count', 'percent']));
    if ((await page.$$('.custom-cause')).length < 2 && await page.$('[data-action="add-cause"]')) {
      await page.click('[data-action="add-cause"]');
    }
    if (r() < 0.2 && await page.$('[data-action="remove"]')) await page.click('[data-action="remove"]');
    await page.setChecked('[data-field="winback_discount"]', r() < 0.5);
    await page.setChecked('[data-field="winback_communication"]', r() < 0.5);
    if (r() < 0.3 && await page.$('[data-action="add-segment"]')) {
      await page.selectOption('[data-field="winback_add_type"]', pick(r, ['migrated', 'bought_away', 'pulled_away']));
      await page.selectOption('[data-field="winback_add_tier"]', pick(r, ['small', 'ordinary', 'important']));
      if (await page.$('[data-action="add-segment"]')) await page.click('[data-action="add-segment"]');
    }
    for (const name of FIELDS) {
      // Names are shown as typed, so the words the check looks for are not typed there.
      const pool = name.startsWith('cause_name.') ? NASTY.filter((v) => !/NaN|Infinity|undefined/.test(v)) : NASTY;
      if (await page.$(`[data-field="${name}"]`)) await type(page, name, pick(r, pool));
    }
    await assertClean(page, `iteration ${i}`);
  }
  // Still usable: sane values give the right answer.
  await page.selectOption('[data-field="known"]', 'start_new_end');
  await type(page, 'start_customers', '1000');
  await type(page, 'new_customers', '150');
  await type(page, 'end_customers', '1030');
  await waitForResult(page, 'churn_rate', (v) => v === '0.12');
  await type(page, 'acquisition_spend', '45000');
  await type(page, 'retention_spend', '17600');
  await type(page, 'cac', '');
  await type(page, 'crc', '');
  await waitForResult(page, 'churn_burn', (v) => v === '33600');
  assert.deepEqual(problems(), []);
  await close();
});

test('random hostile values in every URL key', async () => {
  const r = rng(42);
  const { page, problems, close } = await openPage(env);
  for (let i = 0; i < 40; i++) {
    const params = new URLSearchParams();
    for (const key of ['lang', 'period', 'known', 'cost_advanced', 'discount_period', 'cause_taxonomy',
      'cause_entry', 'cause_uncontrollable.c1', 'winback_discount', 'winback_communication',
      'winback_segments', ...FIELDS]) {
      // Links are capped at 2,000 characters a value: static hosts refuse longer request lines.
      const nasty = key.startsWith('cause_name.') ? NASTY.filter((v) => !/NaN|Infinity|undefined/.test(v)) : NASTY;
      const value = pick(r, [...nasty, 'zh-Hant', 'year', 'all', '1000', '120', '1', ...TAXONOMIES, 'count']).slice(0, 2000);
      if (r() < 0.7) params.set(key, value);
    }
    await page.goto(`${env.site.url}?${params}`);
    await page.waitForSelector('[data-section="value"] [data-result]');
    await assertClean(page, params.toString().slice(0, 200));
  }
  await page.goto(`${env.site.url}?start_customers=1000&lost_customers=120`);
  await page.waitForSelector('[data-result="churn_rate"]');
  near(await resultValue(page, 'churn_rate'), 0.12);
  assert.deepEqual(problems(), []);
  await close();
});
