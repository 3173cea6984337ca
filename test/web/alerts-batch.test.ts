/**
 * The Alerts and Batch screens in a real browser (Debian's Chromium, headless) against a real
 * server on loopback. Subjects are watched while the server holds the OFAC SDN list of 2021;
 * the 2024 list is then imported (the import re-screens them, as `ghirbal ingest` does) and
 * swapped in with /updatez. The queue lists the alerts raised; one is decided from the keyboard
 * and shows as closed with who decided. A small CSV goes up through the Batch screen, its
 * mapping is corrected, the job is followed to the end and the CSV of results downloaded, with
 * the listed customer flagged. axe-core runs on both screens, at 1280 px and 400 px.
 */
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { buildListIndex } from '../../src/screening/batch-index.js';
import { monitorOptions } from '../../src/screening/monitor.js';
import { addSubjectFile, buildOnce } from '../../src/screening/subjects.js';
import { guessMapping } from '../../src/screening/table-input-mapping.js';
import { openTable } from '../../src/screening/table-input.js';
import { call, haveData, ingest, NO_DATA, serveLists, type Served } from '../server/helpers.js';
import {
  artifactsDir, assertAccessible, assertFits, browserMissing, ensureBuilt, launchBrowser, NARROW, openPage, screenshot, WIDE, type OpenedPage,
} from './browser.js';

const SDN_2021 = ['ofac', 'sdn_set_2021-07-07'];
const SDN_2024 = ['ofac', 'sdn_2024-05-03', 'sdn.csv'];
/** Watched before the 2024 list: the first three were listed in 2022, the last never. */
const WATCHED = [
  ['W-1', 'Sergei Lavrov', '1950-03-21', 'ofac-35233'],
  ['W-2', 'Mariya Zakharova', '1975-12-24', 'ofac-37509'],
  ['W-3', 'Sergei Shoigu', '1955-05-21', 'ofac-35173'],
  ['W-4', 'Lloyd Austin', '1953-08-08', null],
] as const;
const LISTED_SUBJECTS = WATCHED.filter((w) => w[3]).map((w) => w[1]);

let s: Served | null = null;
let browser: Browser | null = null;
let skipReason = '';
let artifacts = '';

before(async () => {
  skipReason = browserMissing() ?? '';
  if (skipReason) return;
  if (!haveData(null, SDN_2021, SDN_2024)) {
    skipReason = NO_DATA;
    return;
  }
  ensureBuilt();
  s = await serveLists([SDN_2021]);
  const watch = join(s.dir, 'watch.csv');
  writeFileSync(watch, ['Customer ID,Name,DOB', ...WATCHED.map(([id, name, dob]) => `${id},${name},${dob}`)].join('\n'));
  const table = await openTable(watch);
  const store = s.store;
  await addSubjectFile({ ...monitorOptions(store, buildOnce(() => buildListIndex(store))), table, mapping: guessMapping(table.columns).mapping, schema: 'auto' });
  await ingest(store, SDN_2024);
  const swapped = await call(s.url, '/updatez?sync=true', { method: 'POST', key: s.keys.admin });
  assert.equal(swapped.status, 200, swapped.text);
  browser = await launchBrowser();
  artifacts = artifactsDir();
});

after(async () => {
  await browser?.close();
  await s?.close();
  if (artifacts) process.stdout.write(`alerts and batch screenshots in ${artifacts}\n`);
});

/** A page in a fresh context, signed in with the screening key. */
async function open(t: TestContext, path: string, viewport = WIDE): Promise<OpenedPage | null> {
  if (!browser || !s) {
    t.skip(skipReason || NO_DATA);
    return null;
  }
  return openPage(browser, `${s.url}${path}`, s.keys.screen, { viewport, acceptDownloads: true });
}

function subjects(page: Page): Promise<string[]> {
  return page.locator('.alert .alert-subject').allTextContents();
}

function selectedSubject(page: Page): Promise<string | null> {
  return page.locator('.alert[aria-current="true"] .alert-subject').textContent();
}

test('Alerts: the subjects listed by the 2024 list are in the queue, each with its listed entity, score and reason', async (t) => {
  const o = await open(t, '/alerts');
  if (!o) return;
  const { page } = o;
  await page.locator('.alert').first().waitFor();
  assert.deepEqual((await subjects(page)).sort(), [...LISTED_SUBJECTS].sort());
  for (const [, name, , entity] of WATCHED.filter((w) => w[3])) {
    const card = page.locator('.alert', { has: page.getByRole('heading', { name }) });
    assert.equal(await card.getByRole('link').first().getAttribute('href'), `/entity/${entity}`, name);
    assert.match(await card.locator('.badge').textContent() ?? '', /score (0\.\d\d|1\.00)/);
    assert.match(await card.locator('.reason').textContent() ?? '', /≈/, `${name}: the name parts that agreed`);
    assert.match(await card.locator('.raised').textContent() ?? '', /new hit/);
  }
  assert.match(await page.locator('.shortcuts').textContent() ?? '', /j next.*k previous.*t true match.*f false positive/s);

  await page.getByLabel('Subject (name or id)').fill('zakh');
  await page.waitForFunction(() => document.querySelectorAll('.alert').length === 1);
  assert.deepEqual(await subjects(page), ['Mariya Zakharova']);
  assert.equal(new URL(page.url()).searchParams.get('q'), 'zakh');
  await page.getByLabel('Subject (name or id)').fill('');
  await page.getByLabel('List', { exact: true }).selectOption('us_ofac_sdn');
  await page.waitForFunction((n) => document.querySelectorAll('.alert').length === n, LISTED_SUBJECTS.length);
  await page.getByRole('heading', { level: 1, name: 'Alerts' }).click();
  await screenshot(page, artifacts, 'alerts', { docs: true });
  await assertAccessible(page, 'alerts');
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('Alerts: j/k move, f and a reason then Enter decide; the alert leaves the queue and shows as closed with who decided', async (t) => {
  const o = await open(t, '/alerts');
  if (!o) return;
  const { page } = o;
  await page.locator('.alert').first().waitFor();
  const order = await subjects(page);
  await page.getByRole('heading', { level: 1, name: 'Alerts' }).click();
  assert.equal(await selectedSubject(page), order[0], 'the first alert is selected to start with');
  await page.keyboard.press('j');
  assert.equal(await selectedSubject(page), order[1]);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('alert')), true, 'the focus moves with the selection');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  const target = await selectedSubject(page);
  assert.equal(target, order[1]);

  await page.keyboard.press('f');
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA', 'f puts the cursor in the reason');
  assert.equal(await page.getByLabel('False positive').isChecked(), true);
  assert.equal(await page.getByLabel('Reason').inputValue(), '', 'the shortcut letter is not typed');
  await page.keyboard.type('Different person: born in Kyiv, passport seen');
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: `${target}: False positive, by test screen` }).waitFor();
  assert.deepEqual(await subjects(page), order.filter((n) => n !== target), 'decided: out of the open queue');
  assert.equal(await selectedSubject(page), order[2], 'the next alert takes its place');

  await page.getByLabel('Status').selectOption('closed');
  await page.waitForURL((url) => url.searchParams.get('status') === 'closed');
  await page.locator('.alert .decided').first().waitFor();
  await page.reload();
  const closed = page.locator('.alert', { has: page.getByRole('heading', { name: target! }) });
  await closed.waitFor();
  const decided = await closed.locator('.decided').textContent() ?? '';
  assert.match(decided, /False positive · decided by test screen on \d{4}-\d\d-\d\d \d\d:\d\d UTC · Different person: born in Kyiv/);
  assert.equal(await page.locator('.alert').count(), 1, 'only the decided alert is closed');
  assert.equal(await closed.getByRole('button', { name: 'Decide' }).count(), 0, 'a closed alert offers no decision');
  await screenshot(page, artifacts, 'alerts-closed');
  await assertAccessible(page, 'alerts (closed)');
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('Batch: a CSV goes up, its mapping is corrected and confirmed, the job is followed to the end and the results downloaded', async (t) => {
  const o = await open(t, '/batch');
  if (!o) return;
  const { page } = o;
  const csv = join(s!.dir, 'customers.csv');
  writeFileSync(csv, ['Ref,Customer,Date 1', 'B-1,Sergei Lavrov,1950-03-21', 'B-2,Jane Harper,1971-05-05', 'B-3,Lloyd Austin,1953-08-08', ''].join('\n'));
  await page.getByLabel('Customer file').setInputFiles(csv);
  const dateColumn = page.getByLabel('Read “Date 1” as');
  await dateColumn.waitFor();
  assert.equal(await page.getByLabel('Read “Customer” as').inputValue(), 'name', 'the name column is guessed');
  assert.equal(await page.getByLabel('Read “Ref” as').inputValue(), 'id');
  assert.equal(await dateColumn.inputValue(), '', 'a header that says nothing is not read');
  assert.match(await page.locator('tr', { has: dateColumn }).locator('.samples').textContent() ?? '', /1950-03-21/);
  await dateColumn.selectOption('birthDate');
  await screenshot(page, artifacts, 'batch', { docs: true });
  await assertAccessible(page, 'batch (mapping)');

  await page.getByRole('button', { name: 'Screen the file' }).click();
  await page.waitForURL(/\/batch\/[^/]+$/);
  await page.locator('[role=status][data-status="done"]').waitFor();
  assert.equal(await page.getByRole('status').textContent(), 'Done: 3 records screened, 1 with a match, 0 errors.');
  const settings = page.getByRole('region', { name: 'How the file was read' });
  assert.match(await settings.textContent() ?? '', /Birth date\s*Date 1/, 'the job ran with the mapping as corrected');

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV', exact: true }).click()]);
  assert.equal(download.suggestedFilename(), 'customers.screened.csv');
  const saved = join(s!.dir, 'downloaded.csv');
  await download.saveAs(saved);
  const rows: Record<string, unknown>[] = [];
  for await (const r of (await openTable(saved)).records()) rows.push(r.fields);
  assert.deepEqual(rows.map((r) => [r.Ref, r.ghirbal_match]), [['B-1', 'true'], ['B-2', 'false'], ['B-3', 'false']]);
  assert.equal(rows[0].ghirbal_best_id, 'ofac-35233');
  await screenshot(page, artifacts, 'batch-job', { docs: true });
  await assertAccessible(page, 'batch job');
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('a narrow window: the queue, and a file dropped on the Batch screen, fit without scrolling sideways', async (t) => {
  const screens: [string, string, (page: Page) => Promise<void>][] = [
    ['alerts-narrow', '/alerts', (page) => page.locator('.alert').first().waitFor()],
    ['batch-narrow', '/batch', async (page) => {
      const text = 'Kundennummer;Vollständiger Name;Geburtsdatum;Staatsangehörigkeit\nK-1;Сергей Лавров;1950-03-21;ru\n';
      const dropped = await page.evaluateHandle((t) => {
        const data = new DataTransfer();
        data.items.add(new File([t], 'kunden.csv', { type: 'text/csv' }));
        return data;
      }, text);
      await page.locator('.drop').dispatchEvent('drop', { dataTransfer: dropped });
      await page.locator('table.mapping').waitFor();
      assert.equal(await page.getByLabel('Read “Vollständiger Name” as').inputValue(), 'name');
      assert.equal(await page.getByLabel('Read “Staatsangehörigkeit” as').inputValue(), 'nationality');
      assert.match(await page.locator('tr', { hasText: 'Vollständiger Name' }).textContent() ?? '', /Сергей Лавров/);
    }],
  ];
  for (const [name, path, ready] of screens) {
    const o = await open(t, path, NARROW);
    if (!o) return;
    await ready(o.page);
    await assertFits(o.page, path);
    await screenshot(o.page, artifacts, name);
    await assertAccessible(o.page, name);
    assert.deepEqual(o.errors, []);
    await o.close();
  }
});
