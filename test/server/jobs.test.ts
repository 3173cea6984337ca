/**
 * POST /v1/jobs and GET /v1/jobs/{id} over a real socket, against the UN list: a customer file
 * uploaded as the body is screened in the background, and its results downloaded when done.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { openTable } from '../../src/screening/table-input.js';
import { customers, LISTED, UNLISTED, writeCustomerCsv } from '../screening/batch-fixtures.js';
import { call, haveData, NO_DATA, serveLists, UN, type Served } from './helpers.js';

const ready = haveData(null, UN, LISTED, UNLISTED);
let served: Served | null = null;
const LIST = customers(120);

before(async () => {
  if (ready) served = await serveLists([UN]);
});
after(async () => {
  await served?.close();
});

async function upload(body: string, query: string, type = 'text/csv', key = served!.keys.screen) {
  const res = await fetch(`${served!.url}/v1/jobs?${query}`, { method: 'POST', headers: { authorization: `ApiKey ${key}`, 'content-type': type }, body });
  return { status: res.status, body: await res.json() as Record<string, any> };
}

/** Asks until the job is no longer running; each question waits for its answer. */
async function finished(id: string, key = served!.keys.screen): Promise<Record<string, any>> {
  for (;;) {
    const { body } = await call(served!.url, `/v1/jobs/${id}`, { key });
    if (body.status !== 'running') return body;
  }
}

describe('batch jobs over HTTP', { skip: ready ? false : NO_DATA }, () => {
  test('an uploaded CSV is screened in the background and its results downloaded as CSV, JSON lines or Excel', async () => {
    const path = join(served!.dir, 'book.csv');
    writeCustomerCsv(path, LIST);
    const started = await upload(readFileSync(path, 'utf8'), 'filename=book.csv');
    assert.equal(started.status, 202, JSON.stringify(started.body));
    assert.deepEqual(started.body.mapping, { id: 'Customer ID', name: 'Customer Name', birthDate: 'Date of Birth', nationality: 'Nationality' });
    assert.equal(started.body.total, 120);
    const job = await finished(started.body.id);
    assert.deepEqual([job.status, job.done, job.errors, job.alerts], ['done', 120, 0, 12]);

    const csv = await call(served!.url, job.download.csv, { key: served!.keys.screen });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-disposition') ?? '', /filename="book\.screened\.csv"/);
    const saved = join(served!.dir, 'downloaded.csv');
    writeFileSync(saved, csv.text);
    const ids: string[] = [];
    for await (const r of (await openTable(saved)).records()) ids.push(r.fields['Customer ID'] as string);
    assert.deepEqual(ids, LIST.map((c) => c.id));

    const jsonl = await fetch(`${served!.url}/v1/jobs/${job.id}?download=jsonl`, { headers: { authorization: `ApiKey ${served!.keys.screen}` } });
    assert.equal(jsonl.headers.get('content-type'), 'application/x-ndjson; charset=utf-8');
    const records = (await jsonl.text()).split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(records.filter((r) => r.match).length, 12);
    assert.deepEqual(records[9].dataset_versions, { un_sc_sanctions: 1 });

    const xlsx = await fetch(`${served!.url}/v1/jobs/${job.id}?download=xlsx`, { headers: { authorization: `ApiKey ${served!.keys.screen}` } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    assert.equal(book.worksheets[0].rowCount, 121);
  });

  test('JSON lines upload with a --map of its own, and jobs visible to their owner and admins only', async () => {
    const lines = LIST.slice(0, 20).map((c) => JSON.stringify({ ref: c.id, who: c.name, born: c.dob })).join('\n');
    const started = await upload(lines, `map=${encodeURIComponent('name=who,birthDate=born,id=ref')}&schema=Person`, 'application/x-ndjson');
    assert.equal(started.status, 202, JSON.stringify(started.body));
    assert.deepEqual(started.body.mapping, { name: 'who', birthDate: 'born', id: 'ref' });
    await finished(started.body.id);
    assert.equal((await call(served!.url, `/v1/jobs/${started.body.id}`, { key: served!.keys.admin })).status, 200);
    const other = await served!.store.createApiKey('screen', 'another team');
    assert.equal((await call(served!.url, `/v1/jobs/${started.body.id}`, { key: other.key })).status, 404);
    assert.deepEqual((await call(served!.url, '/v1/jobs', { key: other.key })).body, { jobs: [] });
  });

  test('refusals say why: no name column, a bad map, the wrong media type, an empty body, no key', async () => {
    const noName = await upload('Ref;Born\n1;1970\n', 'filename=x.csv');
    assert.deepEqual([noName.status, noName.body.detail], [400, 'No column is read as a name: add map=name=COLUMN (columns: "Ref", "Born")']);
    const badMap = await upload('Ref;Who\n1;Ann\n', 'map=name%3DClient');
    assert.equal(badMap.status, 400);
    assert.match(badMap.body.detail, /--map name=Client: no such column/);
    const json = await upload('{"name": "x"}', '', 'application/json');
    assert.equal(json.status, 415);
    const empty = await upload('', '');
    assert.deepEqual([empty.status, empty.body.detail], [400, 'Empty upload: send the file as the request body.']);
    const anonymous = await fetch(`${served!.url}/v1/jobs`, { method: 'POST', headers: { 'content-type': 'text/csv' }, body: 'Name\nAnn\n' });
    assert.equal(anonymous.status, 401);
    assert.equal((await call(served!.url, '/v1/jobs/job_nope', { key: served!.keys.screen })).status, 404);
  });
});
