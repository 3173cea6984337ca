/**
 * The Lists and Article screens. Their logic without a browser (the URL state of a diff, the
 * text cut into marked pieces, an action read as a line), then in Debian's Chromium against one
 * real server on loopback holding every list in the shared data, the OFAC SDN list in two
 * versions (2021, then 2024): the diff between them with its counts, pages and a changed field;
 * the founding article (ILKHA, Arabic) with Lavrov, Putin, Kim Jong Un and Zakharova marked
 * listed and Lloyd Austin not; both at 1280 px and 400 px, through axe-core.
 */
import { test, before, after, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CURRENT_LISTS } from '../../eval/lists.js';
import { actionLine, articlePieces, fileKind, verdictCounts, type ArticleMention, type SanctionsAction } from '../../web/src/article-view.ts';
import { defaultPair, diffPath, listsFromParams, listsPath, partiesSummary, type DatasetVersionJson } from '../../web/src/lists-state.ts';
import { dataPath } from '../helpers/data.js';
import { haveData, NO_DATA, serveLists, type Served } from '../server/helpers.js';
import {
  artifactsDir, assertAccessible, assertFits, browserMissing, ensureBuilt, launchBrowser, NARROW, openPage, screenshot, WIDE, type OpenedPage,
} from './browser.js';

const SDN_2021 = ['ofac', 'sdn_set_2021-07-07'];
const FOUNDING = ['articles', 'ilkha-ar-2024-10-31-russia-dprk-sanctions.txt'];
/** Every list the article screening is judged on (the SDN list among them, as its 2024 file). */
const LISTS = CURRENT_LISTS.map((p) => p.split('/'));

// ---- without a browser -------------------------------------------------------------------

function version(seq: number, current: boolean): DatasetVersionJson {
  return {
    dataset: 'x', seq, label: `x@${seq}`, current, imported_at: '2026-01-0' + seq + 'T00:00:00Z', published_at: null,
    format: 'ofac-csv', entity_count: 10, schema_counts: {}, issue_count: 0,
  };
}

test('a diff survives the URL: list, versions and "every record"; a bad version number is left out', () => {
  const state = { dataset: 'us_ofac_sdn', from: 1, to: 2, all: true };
  assert.equal(listsPath(state), '/lists?dataset=us_ofac_sdn&from=1&to=2&all=1');
  assert.deepEqual(listsFromParams(new URLSearchParams(listsPath(state).split('?')[1])), state);
  assert.equal(listsPath({ dataset: '', from: 1, to: 2, all: true }), '/lists');
  assert.deepEqual(listsFromParams(new URLSearchParams('dataset=d&from=0&to=two')), { dataset: 'd', from: null, to: null, all: false });
  assert.equal(diffPath({ dataset: 'a b', from: 1, to: 3, all: false }, 50, 50), '/v1/datasets/a%20b/diff?from=1&to=3&offset=50&limit=50&parties=true');
});

test('the versions compared by default: the current one and the one before it', () => {
  assert.deepEqual(defaultPair([version(1, false), version(2, true)]), { from: 1, to: 2 });
  assert.deepEqual(defaultPair([version(1, false), version(2, true), version(3, false)]), { from: 1, to: 2 });
  assert.equal(defaultPair([version(1, true)]), null);
  assert.equal(partiesSummary({ Person: 6854, Company: 4481, Sanction: 14965, Vessel: 1 }), '6,854 persons, 4,481 companies, 1 vessel');
});

function mention(id: string, verdict: ArticleMention['verdict'], occurrences: [number, number][], text: string): ArticleMention {
  return {
    id, kind: 'person', text: text.slice(...occurrences[0]), start: occurrences[0][0], end: occurrences[0][1],
    occurrences: occurrences.map(([start, end]) => ({ start, end, text: text.slice(start, end) })),
    latin: id, renderings: [], role: null, roleText: null, country: null, gender: null, verdict, results: [],
  };
}

test('the text cut into pieces: furniture, each occurrence of a mention once, the rest as it was', () => {
  const text = 'Ekleme: 31.10 قال لافروف إن بوتين التقى لافروف.';
  const lavrov = mention('m1', 'listed', [[19, 25], [40, 46]], text);
  const putin = mention('m2', 'possible', [[29, 34]], text);
  // An overlapping mark loses to the one that starts first: a piece of text is marked once.
  const overlap = mention('m3', 'not_listed', [[21, 27]], text);
  const pieces = articlePieces(text, { furniture: [{ kind: 'byline', start: 0, end: 13, text: text.slice(0, 13) }], mentions: [lavrov, putin, overlap] });
  assert.equal(pieces.map((p) => p.text).join(''), text, 'nothing lost, nothing doubled');
  assert.deepEqual(pieces.map((p) => p.kind), ['furniture', 'plain', 'mention', 'plain', 'mention', 'plain', 'mention', 'plain']);
  assert.deepEqual(pieces.filter((p) => p.kind === 'mention').map((p) => p.kind === 'mention' && p.mention.id), ['m1', 'm2', 'm1']);
  assert.equal(verdictCounts([lavrov, putin, overlap]), '1 listed, 1 possible, 1 not listed');
});

test('an action as one line: who, what, on how many of what, where', () => {
  const action: SanctionsAction = {
    actor: { name: 'Treasury', country: 'us', text: '', mention: 'm12' }, action: 'sanctions',
    targets: { count: 275, hedge: null, kinds: ['persons', 'entities'] }, countries: ['in', 'cn'], countryCount: null, text: '', start: 0, end: 1,
  };
  assert.equal(actionLine(action), 'Treasury (United States): sanctions on 275 persons and entities in India and China');
  assert.equal(actionLine({ ...action, actor: { ...action.actor!, name: 'United States' }, targets: { count: 400, hedge: 'about', kinds: ['persons'] }, countries: [], countryCount: { count: 12, hedge: 'more_than' } }),
    'United States: sanctions on about 400 persons in more than 12 countries');
  assert.equal(fileKind('story.HTML', ''), 'html');
  assert.equal(fileKind('story.txt', 'text/plain'), 'text');
  assert.equal(fileKind('story.pdf', 'application/pdf'), null);
});

// ---- in the browser ----------------------------------------------------------------------

let s: Served | null = null;
let browser: Browser | null = null;
let skipReason = '';
let artifacts = '';

before(async () => {
  skipReason = browserMissing() ?? '';
  if (skipReason) return;
  if (!haveData(null, SDN_2021, FOUNDING, ...LISTS)) {
    skipReason = NO_DATA;
    return;
  }
  ensureBuilt();
  // SDN 2021 first, so the 2024 file of LISTS becomes its second, current version.
  s = await serveLists([SDN_2021, ...LISTS]);
  browser = await launchBrowser();
  artifacts = artifactsDir();
});

after(async () => {
  await browser?.close();
  await s?.close();
  if (artifacts) process.stdout.write(`lists and article screenshots in ${artifacts}\n`);
});

/** A page in a fresh context, signed in with the screening key. */
async function open(t: TestContext, path: string, viewport = WIDE): Promise<OpenedPage | null> {
  if (!browser || !s) {
    t.skip(skipReason || NO_DATA);
    return null;
  }
  return openPage(browser, `${s.url}${path}`, s.keys.screen, { viewport });
}

/** A whole number as the page writes it ("25,341"). */
function numberIn(text: string | null, pattern: RegExp): number {
  const m = pattern.exec(text ?? '');
  assert.ok(m, `${pattern} not in ${text}`);
  return Number(m[1].replace(/,/g, ''));
}

test('Lists: the SDN list\'s two versions; their diff added, removed, changed, in the URL, paged, with a changed programme', async (t) => {
  const o = await open(t, '/lists');
  if (!o) return;
  const { page } = o;
  const sdnRow = page.locator('.lists-table tbody tr', { has: page.locator('code', { hasText: /^us_ofac_sdn$/ }) });
  await sdnRow.waitFor();
  assert.equal((await sdnRow.locator('td[data-label="Versions"]').textContent())?.trim(), '2');
  // The keyboard opens a list.
  await sdnRow.getByRole('link').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL((url) => url.searchParams.get('dataset') === 'us_ofac_sdn');

  const versions = page.getByRole('region', { name: /^Versions of / });
  await versions.locator('tbody tr').nth(1).waitFor();
  assert.deepEqual((await versions.locator('tbody th').allTextContents()), ['us_ofac_sdn@1', 'us_ofac_sdn@2 (current)']);
  const counts = (await versions.locator('td[data-label="Entities"]').allTextContents()).map((x) => numberIn(x, /([\d,]+)/));
  assert.ok(counts[1] > counts[0], `the list grew from 2021 to 2024: ${counts}`);
  assert.equal(await page.getByLabel('From version').inputValue(), '1');
  assert.equal(await page.getByLabel('To version').inputValue(), '2');

  // Every record first: the counts must account for the change in size of the list.
  await page.getByLabel(/^Every record/).check();
  await page.getByRole('button', { name: 'Show what changed' }).click();
  await page.waitForURL((url) => url.searchParams.get('from') === '1' && url.searchParams.get('to') === '2' && url.searchParams.get('all') === '1');
  const summary = page.locator('.diff-counts');
  await summary.getByText('(every record)').waitFor();
  const all = await summary.textContent();
  const [added, removed, changed] = [/([\d,]+) added/, /([\d,]+) removed/, /([\d,]+) changed/].map((p) => numberIn(all, p));
  assert.equal(added - removed, counts[1] - counts[0], `${all}: added − removed is the growth of the list`);
  assert.ok(changed > 0);

  // The listed parties alone: the banks sanctioned in 2022 among the added.
  await page.getByLabel(/^Every record/).uncheck();
  await page.getByRole('button', { name: 'Show what changed' }).click();
  await summary.getByText('(listed parties)').waitFor();
  const parties = await summary.textContent();
  assert.ok(numberIn(parties, /([\d,]+) added/) < added, parties ?? '');
  assert.equal(new URL(page.url()).searchParams.get('all'), null);
  const addedList = page.getByRole('region', { name: /^Added/ });
  assert.match(await addedList.textContent() ?? '', /VTB BANK PUBLIC JOINT STOCK COMPANY/);
  assert.match(await addedList.textContent() ?? '', /PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA/);

  // Changed: a second page, and the Gulf Cartel under the 2021 narcotics order's programme too.
  const changedList = page.getByRole('region', { name: /^Changed/ });
  assert.equal(await changedList.locator('.diff-entries > li').count(), 50);
  await changedList.getByRole('button', { name: /^Show 50 more/ }).click();
  await changedList.locator('.diff-entries > li').nth(50).waitFor();
  const cartel = changedList.locator('.diff-entries > li', { has: page.getByRole('link', { name: 'GULF CARTEL' }) });
  const programme = cartel.locator('.changes li', { has: page.locator('code', { hasText: /^program$/ }) });
  assert.equal(await programme.locator('del').textContent(), 'SDNTK');
  assert.equal(await programme.locator('ins').textContent(), 'SDNTK; ILLICIT-DRUGS-EO14059');
  await page.locator('.diff-title').scrollIntoViewIfNeeded();
  await screenshot(page, artifacts, 'lists', { docs: true });
  await assertFits(page, 'lists');
  await assertAccessible(page, 'lists');

  // Each entry opens its Entity screen.
  await addedList.getByRole('link', { name: 'VTB BANK PUBLIC JOINT STOCK COMPANY' }).click();
  await page.getByRole('heading', { level: 1, name: 'VTB BANK PUBLIC JOINT STOCK COMPANY' }).waitFor();
  await page.goBack();
  await summary.getByText('(listed parties)').waitFor();
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('Article: the founding article pasted; Lavrov, Putin, Kim Jong Un and Zakharova marked listed, Lloyd Austin not', async (t) => {
  const o = await open(t, '/article');
  if (!o) return;
  const { page } = o;
  const text = readFileSync(dataPath(...FOUNDING), 'utf8');
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Screen the article' }).click();
  await page.locator('.article-summary').waitFor();
  assert.match(await page.locator('.article-summary').textContent() ?? '', /Arabic text, right to left/);
  assert.equal(await page.locator('.article-text').getAttribute('dir'), 'rtl');

  const card = (written: string) => page.locator('ol.mentions > li', { has: page.locator('.mention-text', { hasText: written }) });
  for (const [written, id] of [['سيرغي لافروف', 'ofac-35233'], ['فلاديمير بوتين', 'ofac-35096'], ['كيم جونغ أون', 'ofac-20157'], ['ماريا زاخاروفا', 'ofac-37509']]) {
    assert.equal(await card(written).getAttribute('data-verdict'), 'listed', written);
    assert.match(await card(written).locator('.badge').textContent() ?? '', /listed/);
    assert.equal(await card(written).locator(`a[href="/entity/${id}"]`).count(), 1, `${written}: linked to ${id}`);
    const marks = page.locator('.article-text mark[data-verdict="listed"]', { hasText: written });
    assert.ok(await marks.count() >= 1, `${written} marked listed in the text`);
    // Not by colour alone: a sign and the word are in the mark too.
    assert.match(await marks.first().textContent() ?? '', /▲.*\(listed\)/);
  }
  const austin = card('لويد أوستن');
  assert.equal(await austin.getAttribute('data-verdict'), 'not_listed');
  assert.match(await austin.locator('.badge').textContent() ?? '', /not listed/);
  assert.equal(await page.locator('.article-text mark[data-verdict="listed"]', { hasText: 'أوستن' }).count(), 0);

  const actions = page.getByRole('region', { name: 'Sanctions actions the text reports' });
  assert.match(await actions.textContent() ?? '', /Treasury \(United States\): sanctions on 275 persons and entities in India, China, Switzerland and T(ü|u)rk/);

  // A mark leads to its screening result.
  await page.locator('.article-text mark', { hasText: 'سيرغي لافروف' }).getByRole('link').click();
  assert.equal(new URL(page.url()).hash, `#${await card('سيرغي لافروف').getAttribute('id')}`);
  await page.locator('.article-text').scrollIntoViewIfNeeded();
  await screenshot(page, artifacts, 'article', { docs: true });
  await assertFits(page, 'article');
  await assertAccessible(page, 'article');
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('Article: an HTML file read in the browser — its words, not its scripts, screened', async (t) => {
  const o = await open(t, '/article', NARROW);
  if (!o) return;
  const { page } = o;
  const file = join(artifacts, 'story.html');
  writeFileSync(file, '<html><head><title>t</title><style>p{}</style></head><body><h1>Talks in Moscow</h1>'
    + '<script>document.title = "ran"</script><p>Russian Foreign Minister Sergei Lavrov met reporters.</p>'
    + '<p>US Defense Secretary Lloyd Austin spoke later.</p></body></html>');
  await page.getByLabel('Or read a file (.txt, .html)').setInputFiles(file);
  await page.waitForFunction(() => (document.getElementById('article-input') as HTMLTextAreaElement | null)?.value.includes('Lavrov'));
  const read = await page.getByLabel('Article text').inputValue();
  assert.equal(read, 'Talks in Moscow\n\nRussian Foreign Minister Sergei Lavrov met reporters.\n\nUS Defense Secretary Lloyd Austin spoke later.');
  await page.getByRole('button', { name: 'Screen the article' }).click();
  const lavrov = page.locator('ol.mentions > li', { has: page.locator('.mention-text', { hasText: 'Sergei Lavrov' }) });
  await lavrov.waitFor();
  assert.equal(await lavrov.getAttribute('data-verdict'), 'listed');
  assert.equal(await page.locator('ol.mentions > li', { has: page.locator('.mention-text', { hasText: 'Lloyd Austin' }) }).getAttribute('data-verdict'), 'not_listed');
  await screenshot(page, artifacts, 'article-narrow');
  await assertFits(page, 'article-narrow');
  await assertAccessible(page, 'article-narrow');

  await page.getByLabel('Or read a file (.txt, .html)').setInputFiles({ name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
  assert.match(await page.getByRole('alert').textContent() ?? '', /scan\.pdf: pick a \.txt or \.html file/);
  assert.deepEqual(o.errors, []);
  await o.close();
});

test('Lists on a narrow window: the tables as stacked rows, nothing wider than the window', async (t) => {
  const o = await open(t, '/lists?dataset=us_ofac_sdn&from=1&to=2', NARROW);
  if (!o) return;
  await o.page.locator('.diff-entries').first().waitFor();
  await screenshot(o.page, artifacts, 'lists-narrow');
  await assertFits(o.page, 'lists-narrow');
  await assertAccessible(o.page, 'lists-narrow');
  assert.deepEqual(o.errors, []);
  await o.close();
});
