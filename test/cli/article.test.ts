/**
 * `ghirbal article FILE|-` over a real store holding the UN list: JSON on a pipe (the shape
 * scripts rely on), the same from standard input, the HTML page, and bad input refused with
 * a reason. The command runs through test/fixtures/articles/cli-entry.ts, which registers it
 * as main.ts does.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '../../src/store/open.js';
import { REPO_ROOT } from '../helpers/data.js';
import { tempDir, type CliResult } from '../helpers/cli.js';
import { haveData, ingest, UN } from '../server/helpers.js';

const ENTRY = join(REPO_ROOT, 'test', 'fixtures', 'articles', 'cli-entry.ts');
const ARTICLE = join(REPO_ROOT, 'test', 'fixtures', 'articles', 'cli-ar.txt');
const tmp = tempDir('ghirbal-article-');
const db = join(tmp.dir, 'ghirbal.db');
let loaded = false;

before(async () => {
  if (!haveData(null, UN)) return;
  const store = await openStore(db);
  await store.migrate();
  await ingest(store, UN);
  await store.close();
  loaded = true;
});
after(() => tmp.cleanup());

function article(args: string[], input = ''): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'article', ...args, '--db', db], { cwd: REPO_ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

const MENTION_KEYS = ['id', 'kind', 'text', 'start', 'end', 'occurrences', 'latin', 'renderings', 'role', 'roleText', 'country', 'gender', 'evidence', 'query', 'verdict', 'results'];
const RESULT_KEYS = ['id', 'caption', 'schema', 'score', 'match', 'datasets', 'explanations'];

test('on a pipe it prints JSON: language, furniture, mentions with verdicts and /match results, actions', async (t) => {
  if (!loaded) return t.skip('UN list missing');
  const { code, stdout, stderr } = await article([ARTICLE]);
  assert.equal(code, 0, stderr);
  const out = JSON.parse(stdout);
  const text = readFileSync(ARTICLE, 'utf8');
  assert.deepEqual([out.source, out.language, out.direction, out.length], [ARTICLE, 'ar', 'rtl', text.length]);
  assert.deepEqual(out.furniture.map((f: { kind: string }) => f.kind), ['byline', 'button', 'agency']);
  for (const m of out.mentions) {
    assert.deepEqual(Object.keys(m).sort(), [...MENTION_KEYS].sort());
    assert.equal(text.slice(m.start, m.end), m.text);
    for (const r of m.results) assert.deepEqual(Object.keys(r).sort(), [...RESULT_KEYS].sort());
  }
  const zawahiri = out.mentions.find((m: { text: string }) => m.text === 'أيمن الظواهري');
  assert.equal(zawahiri.verdict, 'listed');
  assert.equal(zawahiri.results[0].id, 'un-QDi.006');
  assert.equal(zawahiri.role, 'leader');
  const blinken = out.mentions.find((m: { text: string }) => m.text === 'أنتوني بلينكن');
  assert.deepEqual([blinken.verdict, blinken.role, blinken.country], ['not_listed', 'foreign minister', 'us']);
  assert.ok(out.mentions.some((m: { kind: string; results: { id: string }[] }) => m.kind === 'organization' && m.results[0]?.id === 'un-QDe.004'), 'Al-Qaida');
  assert.deepEqual(out.actions.map((a: { actor: { name: string }; targets: { count: number }; countries: string[] }) => [a.actor.name, a.targets.count, a.countries]), [['Treasury', 12, ['ye', 'so']]]);
  assert.deepEqual(Object.keys(out.screening).sort(), ['algorithm', 'limit', 'possible', 'threshold']);
});

test('"-" reads the article from standard input and screens it the same', async (t) => {
  if (!loaded) return t.skip('UN list missing');
  const fromFile = JSON.parse((await article([ARTICLE])).stdout);
  const { code, stdout } = await article(['-'], readFileSync(ARTICLE, 'utf8'));
  assert.equal(code, 0);
  const fromStdin = JSON.parse(stdout);
  assert.equal(fromStdin.source, '-');
  assert.deepEqual({ ...fromStdin, source: ARTICLE }, fromFile);
});

test('--html writes the page, right to left for Arabic', async (t) => {
  if (!loaded) return t.skip('UN list missing');
  const { code, stdout } = await article([ARTICLE, '--html']);
  assert.equal(code, 0);
  assert.match(stdout, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
  assert.match(stdout, /<mark class="listed" data-mention="m\d+"[^>]*><a href="#m\d+">أيمن الظواهري<\/a><\/mark>/);
  assert.match(stdout, /<a href="\/entities\/un-QDi\.006">/);
});

test('bad input is refused with a reason and exit code 2', async (t) => {
  if (!loaded) return t.skip('UN list missing');
  const missing = await article([join(tmp.dir, 'nope.txt')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /cannot read .*nope\.txt: no such file/);
  const binary = join(tmp.dir, 'image.bin');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
  const notText = await article([binary]);
  assert.equal(notText.code, 2);
  assert.match(notText.stderr, /image\.bin is not a text file/);
  const tooLong = await article(['-'], 'word '.repeat(50_000));
  assert.equal(tooLong.code, 2);
  assert.match(tooLong.stderr, /250000 characters; at most 200000/);
  const badThreshold = await article([ARTICLE, '--threshold', 'high']);
  assert.equal(badThreshold.code, 2);
  assert.match(badThreshold.stderr, /--threshold must be a number, got "high"/);
  assert.equal(badThreshold.stdout, '');
});
