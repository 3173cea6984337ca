/**
 * The peers benchmark on a tiny sample, end to end, as `npm run bench:peers` runs it (from
 * source): every system in a child process, the report and its plots written. Its figures are
 * not checked for speed (no timing assertions), only for being there and making sense.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, dataPath } from '../helpers/data.js';
import { thresholdForSensitivity, tradeOffCurve, shareAtOrAbove, recallAt } from '../../bench/peers/metrics.js';
import { PLOTS } from '../../bench/peers/report.js';

const DRIVER = join(REPO_ROOT, 'bench', 'peers', 'run.ts');

function runDriver(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', DRIVER, ...args], { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The rows of the markdown table that follows a heading, as arrays of cells. */
function tableAfter(md: string, heading: string): string[][] {
  const lines = md.slice(md.indexOf(heading)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('|'));
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
  }
  return rows;
}

test('the 90% threshold is the score of the correct hit that completes 90% of the positives', () => {
  const hits = [0.99, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6, 0.5, 0.4, null];
  assert.equal(thresholdForSensitivity(hits, 0.9), 0.4);
  assert.equal(thresholdForSensitivity(hits, 0.5), 0.8);
  assert.equal(thresholdForSensitivity([0.9, null, null], 0.9), null, 'never reached when correct answers are too rare');
  assert.equal(shareAtOrAbove([0.9, 0.5, null, 0.2], 0.5), 0.5);
  assert.equal(shareAtOrAbove([0.9, 0.5, null, 0.2], null), 0.75, 'no threshold: any result alerts');
  assert.equal(recallAt([1, 0, 3, 12], 10), 0.5);
});

test('the trade-off curve runs from strict to lenient, never falling', () => {
  const curve = tradeOffCurve([0.9, 0.8, 0.7, null], [0.85, 0.6, null, null]);
  assert.deepEqual(curve.map((p) => p.threshold), [0.9, 0.85, 0.8, 0.7, 0.6]);
  assert.deepEqual(curve.at(-1), { threshold: 0.6, sensitivity: 0.75, alertRate: 0.5 });
  for (let i = 1; i < curve.length; i++) {
    assert.ok(curve[i].sensitivity >= curve[i - 1].sensitivity && curve[i].alertRate >= curve[i - 1].alertRate);
  }
});

test('bench:peers on a tiny sample writes PEERS.md and its plots, and Ghirbal finds listed names first', async (t) => {
  if (!existsSync(dataPath('un')) || !existsSync(dataPath('pairs'))) {
    const msg = `shared data missing under ${dataPath()} (set GHIRBAL_DATA_DIR)`;
    if (process.env.CI === 'true') throw new Error(msg);
    t.skip(msg);
    return;
  }
  const out = mkdtempSync(join(tmpdir(), 'ghirbal-peers-test-'));
  try {
    // A few sets: the sanity check, one cross-script set, the perturbed names, the negatives, one transliteration set.
    const run = await runDriver(['--sample', '3', '--only', '0,1,3,4b,5a', '--scale', '1000', '--out', out]);
    assert.equal(run.code, 0, run.stderr.slice(-2000));
    const md = readFileSync(join(out, 'PEERS.md'), 'utf8');
    for (const file of Object.values(PLOTS)) {
      assert.ok(md.includes(`](${file})`), `PEERS.md embeds ${file}`);
      const svg = readFileSync(join(out, file), 'utf8');
      assert.match(svg, /^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[\s\S]*<\/svg>\n$/);
    }

    const [head, , answered, ...rows] = tableAfter(md, '## Recall');
    assert.ok(answered[0].includes('queries answered'));
    assert.ok(head.includes('Ghirbal ghirbal-v1') && head.includes('Fuse.js') && head.includes('MiniSearch'));
    assert.deepEqual(rows.map((r) => r[0].split('.')[0]), ['0', '1', '3', '5a'], 'one row per positive set asked for');
    for (const row of rows) {
      for (const cell of row.slice(2)) {
        for (const figure of cell.split('·')) {
          const share = Number(figure.trim().replace('%', '')) / 100;
          assert.ok(share >= 0 && share <= 1, `recall "${figure}" in ${row[0]}`);
        }
      }
    }
    const spot = rows.find((r) => r[0].startsWith('0. listed names'))!;
    assert.equal(spot[head.indexOf('Ghirbal ghirbal-v1')].split('·')[0].trim(), '100.0%', 'every listed name asked as written is Ghirbal\'s first result');

    const speed = tableAfter(md, '## Speed');
    for (const name of ['Ghirbal ghirbal-v1', 'Ghirbal ofac', 'MiniSearch', 'Fuse.js', 'Jaro–Winkler scan']) {
      const row = speed.find((r) => r[0] === name);
      assert.ok(row && !row[1].startsWith('not measured'), `${name} measured: ${row?.[1]}`);
    }
    assert.ok(tableAfter(md, '## Ghirbal as the index grows').some((r) => r[0] === '1000'), 'the scale row is there');
    assert.match(md, /Machine load/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
