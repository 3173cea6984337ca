/**
 * Batch screening on the UN list: one output record per input record, with the input's own
 * fields and the hits in /match's shape; every screened record audited; a run interrupted
 * after some chunks were stored resumes after them and still writes each record once.
 */
import assert from 'node:assert/strict';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { findAlgorithm } from '../../src/match/algorithms/index.js';
import { buildListIndex } from '../../src/screening/batch-index.js';
import type { BatchSettings, ListIndex } from '../../src/screening/batch-record.js';
import { startBatch, type BatchStart } from '../../src/screening/batch.js';
import { guessMapping } from '../../src/screening/table-input-mapping.js';
import { openTable, type TableRecord } from '../../src/screening/table-input.js';
import { openStore } from '../../src/store/open.js';
import type { Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/cli.js';
import { haveData, ingest, NO_DATA, UN } from '../server/helpers.js';
import { customers, LISTED, UNLISTED, writeCustomerCsv } from './batch-fixtures.js';

const tmp = tempDir('ghirbal-batch-');
let store: Store | null = null;
let index: ListIndex | null = null;
const CUSTOMERS = customers(300);
const INPUT = join(tmp.dir, 'customers.csv');

before(async () => {
  if (!haveData(null, UN, LISTED, UNLISTED)) return;
  store = await openStore(join(tmp.dir, 'ghirbal.db'));
  await ingest(store, UN);
  index = await buildListIndex(store);
  writeCustomerCsv(INPUT, CUSTOMERS, ['C99999;only two fields']);
});
after(async () => {
  await store?.close();
  tmp.cleanup();
});

const algorithm = findAlgorithm('ghirbal-v1')!;

async function start(path: string, over: Partial<BatchStart> = {}) {
  const table = await openTable(path);
  const settings: BatchSettings = { mapping: guessMapping(table.columns).mapping, schema: 'auto', algorithm, threshold: algorithm.defaultThreshold, limit: 5, cutoff: 0.5 };
  return startBatch({ store: store!, table, settings, index: async () => index!, owner: null, channel: 'test batch', chunk: 50, ...over });
}

async function rowsOf(path: string): Promise<TableRecord[]> {
  const out: TableRecord[] = [];
  for await (const r of (await openTable(path)).records()) out.push(r);
  return out;
}

describe('batch screening', { skip: haveData(null, UN, LISTED, UNLISTED) ? false : NO_DATA }, () => {
  test('every record comes out once, in order, with its own fields, its hits in /match shape and the versions used', async () => {
    const out = join(tmp.dir, 'results.csv');
    const errors: string[] = [];
    const summary = await (await start(INPUT)).run({ out: { path: out, format: 'csv' }, onRecordError: (r) => errors.push(r.error!) });
    assert.deepEqual([summary.rows, summary.errors], [301, 1]);
    assert.deepEqual(errors, ['line 302: expected 5 fields, found 2']);
    const rows = await rowsOf(out);
    assert.deepEqual(rows.map((r) => r.fields['Customer ID']), [...CUSTOMERS.map((c) => c.id), 'C99999']);
    assert.equal(rows[0].fields.Notes, 'since 2001; "gold"');
    const matched = rows.filter((r) => r.fields.ghirbal_match === 'true');
    const listed = new Set(CUSTOMERS.filter((c) => c.listed).map((c) => c.id));
    assert.equal(summary.alerts, matched.length);
    assert.ok(matched.filter((r) => listed.has(r.fields['Customer ID'] as string)).length >= 27, 'most listed customers are found');
    assert.ok(matched.filter((r) => !listed.has(r.fields['Customer ID'] as string)).length <= 3, 'few unlisted customers match');
    const hit = JSON.parse(matched[0].fields.ghirbal_results as string)[0];
    assert.deepEqual(Object.keys(hit), ['id', 'caption', 'schema', 'score', 'match', 'datasets', 'explanations']);
    assert.match(matched[0].fields.ghirbal_reason as string, /\(0\.\d\d\): name "/);
    assert.equal(matched[0].fields.ghirbal_dataset_versions, 'un_sc_sanctions@1');
    assert.deepEqual([rows[300].fields.ghirbal_status, rows[300].fields.ghirbal_error, rows[300].fields.ghirbal_line], ['error', 'line 302: expected 5 fields, found 2', '302']);
  });

  test('JSON lines and Excel results hold the same records', async () => {
    const jsonl = join(tmp.dir, 'results.jsonl');
    const xlsx = join(tmp.dir, 'results.xlsx');
    await (await start(INPUT)).run({ out: { path: jsonl, format: 'jsonl' } });
    await (await start(INPUT)).run({ out: { path: xlsx, format: 'xlsx' } });
    const records = (await rowsOf(jsonl)).map((r) => r.fields);
    assert.equal(records.length, 301);
    assert.deepEqual(Object.keys(records[0]), ['row', 'line', 'input', 'id', 'status', 'error', 'query', 'match', 'best_score', 'reason', 'results', 'dataset_versions']);
    assert.deepEqual(records[0].input, { 'Customer ID': 'C00001', 'Customer Name': CUSTOMERS[0].name, 'Date of Birth': CUSTOMERS[0].dob, Nationality: CUSTOMERS[0].country, Notes: 'since 2001; "gold"' });
    const sheet = await rowsOf(xlsx);
    assert.deepEqual(sheet.map((r) => [r.fields['Customer ID'], r.fields.ghirbal_match]), records.map((r) => [(r.input as Record<string, string>)['Customer ID'] ?? 'C99999', String(r.match)]));
  });

  test('each screened record is in the audit log with its query, versions and scores', async () => {
    const before = (await store!.verifyAudit()).checked;
    const { job } = await start(INPUT, { channel: 'audited batch' }).then(async (b) => ({ job: b.job, summary: await b.run() }));
    const records = [];
    for await (const r of store!.auditRecords()) if (r.seq > before) records.push(r);
    assert.equal(records.length, 300);
    assert.ok(records.every((r) => r.channel === 'audited batch' && r.datasetVersions.un_sc_sanctions === 1));
    const stored = await store!.screening.job(job.id);
    assert.equal(stored?.status, 'done');
    assert.equal((await store!.verifyAudit()).ok, true);
  });

  test('a run stopped after some chunks resumes after them; the output has every record once', async () => {
    const path = join(tmp.dir, 'interrupted.csv');
    writeCustomerCsv(path, CUSTOMERS.slice(0, 220));
    const first = await start(path, { channel: 'interrupted batch' });
    await assert.rejects(first.run({ onProgress: (p) => { if (p.done >= 100) throw new Error('power cut'); } }), /power cut/);
    const second = await start(path, { channel: 'interrupted batch' });
    assert.equal(second.job.id, first.job.id);
    assert.equal(second.job.done, 100);
    const out = join(tmp.dir, 'interrupted.out.csv');
    const summary = await second.run({ out: { path: out, format: 'csv' } });
    assert.deepEqual([summary.resumedFrom, summary.rows], [100, 220]);
    assert.deepEqual((await rowsOf(out)).map((r) => r.fields['Customer ID']), CUSTOMERS.slice(0, 220).map((c) => c.id));
    const audited: string[] = [];
    for await (const r of store!.auditRecords()) if (r.channel === 'interrupted batch') audited.push((r.query as { id: string }).id);
    assert.deepEqual(audited, CUSTOMERS.slice(0, 220).map((c) => c.id), 'each record audited once, though screened in two runs');

    const third = await start(path);
    assert.notEqual(third.job.id, first.job.id, 'a finished job is not resumed: the same file screens afresh');
    appendFileSync(path, 'C77777;Someone Else;1970;fr;\n');
    assert.notEqual((await start(path)).job.id, third.job.id, 'a changed file is a new job');
  });
});
