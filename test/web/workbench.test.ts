/**
 * The workbench in a real browser (Debian's Chromium, headless) against a real server on
 * loopback with two versions of the OFAC SDN list: sign in, search as an analyst types (Latin and
 * Arabic), open an entity, explain a score, refine it with a birth date, keep the search in the
 * URL, hide admin actions from a screening key, fit a narrow window, and pass axe-core with no
 * serious or critical finding on every screen. Screenshots go to an artifacts folder; the speed
 * figures (JavaScript size, keystroke to results) are printed, not asserted.
 */
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../../src/server/start.js';
import { haveData, NO_DATA, serveLists, type Served } from '../server/helpers.js';
import {
  artifactsDir, assertAccessible, assertFits, browserMissing, ensureBuilt, launchBrowser, NARROW, openPage, screenshot, WIDE, type OpenedPage,
} from './browser.js';

const SDN_2021 = ['ofac', 'sdn_set_2021-07-07'];
const SDN_2024 = ['ofac', 'sdn_2024-05-03', 'sdn.csv'];
const LAVROV = 'ofac-35233';
const ROTENBERG = 'ofac-16669';
const ARABIC = 'سيرغي لافروف';

let s: Served | null = null;
let browser: Browser | null = null;
let skipReason = '';
let artifacts = '';
const speed: Record<string, number> = {};

before(async () => {
  skipReason = browserMissing() ?? '';
  if (skipReason) return;
  if (!haveData(null, SDN_2021, SDN_2024)) {
    skipReason = NO_DATA;
    return;
  }
  ensureBuilt();
  s = await serveLists([SDN_2021, SDN_2024]);
  browser = await launchBrowser();
  artifacts = artifactsDir();
});

after(async () => {
  await browser?.close();
  await s?.close();
  if (!artifacts) return;
  writeFileSync(join(artifacts, 'speed.json'), `${JSON.stringify(speed, null, 2)}\n`);
  process.stdout.write(`workbench screenshots and speed figures in ${artifacts}: ${JSON.stringify(speed)}\n`);
});

/** A page in a fresh context, signed in with `key` unless null. */
async function open(t: TestContext, path: string, key: string | null, viewport = WIDE): Promise<OpenedPage | null> {
  if (!browser || !s) {
    t.skip(skipReason || NO_DATA);
    return null;
  }
  return openPage(browser, `${s.url}${path}`, key, { viewport });
}

function hitNames(page: Page): Promise<string[]> {
  return page.locator('.hit .hit-name').allTextContents();
}

/** The score a hit's badge shows ("match 0.85", "below threshold 0.71"). */
async function hitScore(page: Page, index = 0): Promise<number> {
  const text = await page.locator('.hit .badge').nth(index).textContent();
  return Number(/(\d\.\d+)/.exec(text ?? '')?.[1]);
}

test('sign-in: a wrong key is refused with a reason, a good one opens the page asked for; the role decides the actions', async (t) => {
  const o = await open(t, `/entity/${LAVROV}`, null);
  if (!o) return;
  const { page } = o;
  await page.getByLabel('API key').waitFor();
  await screenshot(page, artifacts, 'signin');
  await assertAccessible(page, 'sign-in');
  await page.getByLabel('API key').fill('not-a-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  assert.match(await page.getByRole('alert').textContent() ?? '', /does not know this key/);

  await page.getByLabel('API key').fill(s!.keys.screen);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /LAVROV/ }).waitFor();
  assert.match(await page.getByTestId('role').textContent() ?? '', /screen/);
  assert.equal(await page.getByRole('button', { name: 'Rebuild index' }).count(), 0, 'a screening key sees no admin action');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('API key').waitFor();
  assert.deepEqual(o.errors, []);
  await o.close();

  const admin = await open(t, '/', s!.keys.admin);
  if (!admin) return;
  const rebuild = admin.page.getByRole('button', { name: 'Rebuild index' });
  await rebuild.click();
  await admin.page.getByRole('button', { name: 'Rebuild index' }).and(admin.page.locator(':enabled')).waitFor();
  assert.equal(await admin.page.getByRole('alert').count(), 0, 'the rebuild went through');
  assert.deepEqual(admin.errors, []);
  await admin.close();
});

test('search "Lavrov" as typed; the keyboard opens LAVROV: his programme, and his history across the two list versions', async (t) => {
  const o = await open(t, '/', s?.keys.screen ?? null);
  if (!o) return;
  const { page } = o;
  const box = page.getByLabel('Name, in any script, or identifier');
  await box.waitFor();
  await page.getByRole('heading', { name: 'Search the lists' }).click();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'q', '/ focuses the box');
  await page.keyboard.type('Lavrov', { delay: 40 });
  await page.locator('.hit').first().waitFor();
  await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('scored by the matcher'));
  const names = await hitNames(page);
  assert.match(names[0], /^LAVROV, Sergei Viktorovich$/, names.join(' | '));
  Object.assign(speed, await searchSpeed(page));

  await page.keyboard.press('ArrowDown');
  assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /LAVROV, Sergei/);
  await page.keyboard.press('Enter');
  await page.waitForURL(`**/entity/${LAVROV}`);
  await page.getByRole('heading', { level: 1, name: 'LAVROV, Sergei Viktorovich' }).waitFor();
  const sanctions = page.getByRole('region', { name: 'Sanctions' });
  assert.match(await sanctions.textContent() ?? '', /RUSSIA-EO14024/);
  assert.match(await sanctions.textContent() ?? '', /Office of Foreign Assets Control/);
  const history = page.getByRole('region', { name: 'History across list versions' });
  await history.getByText('us_ofac_sdn@2 (current)').waitFor();
  assert.match(await history.textContent() ?? '', /us_ofac_sdn@1.*not listed.*us_ofac_sdn@2 \(current\).*added/s);
  await screenshot(page, artifacts, 'entity', { docs: true });
  await assertAccessible(page, 'entity');
  assert.deepEqual(o.errors, []);
  await o.close();
});

/**
 * The page's own performance marks and resource timings: JavaScript bytes over the wire, keystroke
 * to results. A string, so the test's compiler adds nothing the page lacks.
 */
const SPEED_SCRIPT = `(() => {
  const last = (name) => { const all = performance.getEntriesByName(name); return all.length ? all[all.length - 1].duration : -1; };
  const scripts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.js'));
  return {
    js_gzip_bytes: scripts.reduce((sum, r) => sum + r.encodedBodySize, 0),
    js_bytes: scripts.reduce((sum, r) => sum + r.decodedBodySize, 0),
    keystroke_to_results_ms: Math.round(last('ghirbal:keystroke-to-results')),
    request_to_results_ms: Math.round(last('ghirbal:request-to-results')),
  };
})()`;

function searchSpeed(page: Page): Promise<Record<string, number>> {
  return page.evaluate(SPEED_SCRIPT) as Promise<Record<string, number>>;
}

test('search "سيرغي لافروف": LAVROV first; the query stays in the URL and a reload shows the same hits', async (t) => {
  const o = await open(t, '/', s?.keys.screen ?? null);
  if (!o) return;
  const { page } = o;
  await page.getByLabel('Name, in any script, or identifier').fill(ARABIC);
  await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('scored by the matcher'));
  const names = await hitNames(page);
  assert.match(names[0], /^LAVROV, Sergei Viktorovich$/, names.join(' | '));
  assert.equal(new URL(page.url()).searchParams.get('q'), ARABIC);
  await screenshot(page, artifacts, 'search', { docs: true });
  await assertAccessible(page, 'search');

  await page.reload();
  await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.includes('scored by the matcher'));
  assert.equal(await page.getByLabel('Name, in any script, or identifier').inputValue(), ARABIC);
  assert.deepEqual(await hitNames(page), names);
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('Explain: the Arabic parts aligned with the listed ones, and each feature\'s share as a bar', async (t) => {
  const o = await open(t, `/?q=${encodeURIComponent(ARABIC)}`, s?.keys.screen ?? null);
  if (!o) return;
  const { page } = o;
  await page.locator('.hit').first().waitFor();
  const score = await hitScore(page);
  await page.getByRole('link', { name: 'Explain the score of LAVROV, Sergei Viktorovich' }).click();
  await page.waitForURL((url) => url.pathname === '/explain' && url.searchParams.get('id') === LAVROV);
  const table = page.locator('table.alignment');
  await table.waitFor();
  const rows = await table.locator('tbody tr.pair').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 2).map((td) => td.textContent)));
  assert.deepEqual(rows.find((r) => r[1] === 'lavrov'), ['لافروف', 'lavrov'], JSON.stringify(rows));
  assert.ok(rows.some((r) => r[0] === 'سيرغي' && r[1] === 'sergei'), JSON.stringify(rows));
  assert.match(await table.locator('tr.unpaired').textContent() ?? '', /viktorovich/);
  const bars = page.locator('.contributions li');
  assert.equal(await bars.count(), 1);
  assert.equal(await bars.first().locator('.feature').textContent(), 'Name');
  assert.ok(Number(await bars.first().locator('rect.adds').getAttribute('width')) > 0);
  assert.match(await page.locator('.sum').textContent() ?? '', new RegExp(`score ${score.toFixed(2)}`), 'the same score as the search showed');
  await screenshot(page, artifacts, 'explain', { docs: true });
  await assertAccessible(page, 'explain');
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('a birth date refines the score: the matcher weighs it, and the URL keeps it', async (t) => {
  const o = await open(t, '/?q=Sergei+Lavrov', s?.keys.screen ?? null);
  if (!o) return;
  const { page } = o;
  await page.locator('.hit').first().waitFor();
  assert.match((await hitNames(page))[0], /LAVROV, Sergei/);
  const before = await hitScore(page);
  await page.getByLabel('Birth date').fill('1950-03-21');
  await page.waitForFunction((prev) => !document.querySelector('.hit .badge')?.textContent?.includes(prev), before.toFixed(2));
  assert.match((await hitNames(page))[0], /LAVROV, Sergei/);
  const after = await hitScore(page);
  assert.ok(after > before, `with the birth date ${after}, without ${before}`);
  assert.equal(new URL(page.url()).searchParams.get('dob'), '1950-03-21');
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('linked parties: a list and a graph, each node opening its entity', async (t) => {
  const o = await open(t, `/entity/${ROTENBERG}`, s?.keys.screen ?? null);
  if (!o) return;
  const { page } = o;
  const links = page.getByRole('region', { name: 'Linked parties' });
  await links.locator('ul.links li').first().waitFor();
  const listed = await links.locator('ul.links a').allTextContents();
  assert.ok(listed.some((n) => /ROTENBERG, Igor/.test(n)), listed.join(' | '));
  const nodes = links.locator('svg a');
  assert.equal(await nodes.count(), listed.length);
  await links.locator('svg a', { hasText: 'ROTENBERG, Igor' }).locator('circle').click();
  await page.getByRole('heading', { level: 1, name: /ROTENBERG, Igor/ }).waitFor();
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('a narrow window: every screen fits without scrolling sideways', async (t) => {
  const screens: [string, string, string][] = [
    ['search-narrow', '/?q=Lavrov', '.hit'],
    ['entity-narrow', `/entity/${ROTENBERG}`, '.history'],
    ['explain-narrow', `/explain?q=${encodeURIComponent(ARABIC)}&id=${LAVROV}`, 'table.alignment'],
  ];
  for (const [name, path, ready] of screens) {
    const o = await open(t, path, s?.keys.screen ?? null, NARROW);
    if (!o) return;
    await o.page.locator(ready).first().waitFor();
    await assertFits(o.page, path);
    await screenshot(o.page, artifacts, name, { docs: name === 'search-narrow' });
    await assertAccessible(o.page, name);
    assert.deepEqual(o.errors, []);
    await o.close();
  }
});

test('a server without keys (--no-auth): the workbench opens without signing in', async (t) => {
  if (!s) return t.skip(skipReason || NO_DATA);
  const keyless = await startServer({ store: s.store, serving: s.server.serving, port: 0, noAuth: true });
  const served = s;
  s = { ...served, url: keyless.url };
  try {
    const o = await open(t, '/?q=Lavrov', null);
    if (!o) return;
    await o.page.locator('.hit').first().waitFor();
    assert.match(await o.page.getByTestId('role').textContent() ?? '', /no sign-in/);
    assert.equal(await o.page.getByRole('button', { name: 'Sign out' }).count(), 0);
    assert.deepEqual(o.errors, []);
    await o.close();
  } finally {
    s = served;
    await keyless.close();
  }
});
