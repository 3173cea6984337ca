/**
 * POST /v1/jobs/preview over a real socket: a file sent as for a job comes back as the columns,
 * the mapping guessed from its headers (changed by `map`), and its first records as the queries
 * they would be screened as; nothing is screened or kept, and a bad file or map is a 400 saying why.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { call, haveData, NO_DATA, serveLists, ZALA, type Served } from './helpers.js';

const ready = haveData(null, ZALA);
let served: Served | null = null;

before(async () => {
  if (ready) served = await serveLists([ZALA]);
});
after(async () => {
  await served?.close();
});

async function preview(body: string | Blob, query: string, type = 'text/csv') {
  const res = await fetch(`${served!.url}/v1/jobs/preview?${query}`, {
    method: 'POST', headers: { authorization: `ApiKey ${served!.keys.screen}`, 'content-type': type }, body,
  });
  return { status: res.status, body: await res.json() as Record<string, any> };
}

const CSV = [
  'Client Ref;Full Name;Geburtsdatum;Date 1;Notes',
  'C-1;Sergei Lavrov;1950-03-21;2001-02-03;met in Vienna',
  'C-2;Zala Aero;;;supplier',
  'C-3;;1980-01-01;;no name given',
  'C-4;Jane Harper;1971-05-05;;',
].join('\n');

describe('previewing a batch file over HTTP', { skip: ready ? false : NO_DATA }, () => {
  test('the guessed mapping, the columns left unread and the first records as they would be screened', async () => {
    const { status, body } = await preview(CSV, 'filename=book.csv&sample=3');
    assert.equal(status, 200, JSON.stringify(body));
    assert.equal(body.file, 'book.csv');
    assert.deepEqual(body.columns, ['Client Ref', 'Full Name', 'Geburtsdatum', 'Date 1', 'Notes']);
    assert.deepEqual(body.mapping, { id: 'Client Ref', name: 'Full Name', birthDate: 'Geburtsdatum' });
    assert.deepEqual(body.ignored, ['Date 1', 'Notes']);
    assert.equal(body.named, true);
    assert.ok(body.fields.includes('birthDate') && body.fields.includes('imoNumber'), body.fields.join(', '));
    assert.deepEqual(body.sample.map((r: { line: number }) => r.line), [2, 3, 4]);
    assert.deepEqual(body.sample[0].query, { schema: 'Person', properties: { name: ['Sergei Lavrov'], birthDate: ['1950-03-21'] } });
    assert.equal(body.sample[0].fields.Notes, 'met in Vienna');
    assert.match(body.sample[2].error, /no name to screen \("Full Name" empty\)/);
    assert.deepEqual((await call(served!.url, '/v1/jobs', { key: served!.keys.screen })).body, { jobs: [] }, 'a preview starts no job');
  });

  test('map changes the mapping as it would for the job: a column moved, a field left unread', async () => {
    const { status, body } = await preview(CSV, `sample=1&schema=Person&map=${encodeURIComponent('birthDate=Date 1')}&map=${encodeURIComponent('id=')}`);
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual(body.mapping, { name: 'Full Name', birthDate: 'Date 1' });
    assert.deepEqual(body.ignored, ['Client Ref', 'Geburtsdatum', 'Notes']);
    assert.deepEqual(body.sample[0].query, { schema: 'Person', properties: { name: ['Sergei Lavrov'], birthDate: ['2001-02-03'] } });
  });

  test('a workbook reads the same way; a file with no name column says so', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('clients');
    sheet.addRow(['Kundennr', 'Kunde']);
    sheet.addRow(['K-9', 'Zala Aero']);
    const xlsx = new Blob([await book.xlsx.writeBuffer()]);
    const { status, body } = await preview(xlsx, 'filename=clients.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    assert.equal(status, 200, JSON.stringify(body));
    assert.deepEqual([body.format, body.mapping, body.named], ['xlsx', { id: 'Kundennr' }, false]);
    assert.match(body.sample[0].error, /no column is read as a name/);
  });

  test('a map naming no column, an unknown schema or an empty body: 400 with the reason', async () => {
    const bad = await preview(CSV, `map=${encodeURIComponent('name=Customer')}`);
    assert.equal(bad.status, 400);
    assert.match(bad.body.detail, /name=Customer: no such column \(columns: "Client Ref", "Full Name"/);
    const schema = await preview(CSV, 'schema=Spaceship');
    assert.deepEqual([schema.status, schema.body.detail], [400, '--schema Spaceship: use Person, Company, Organization, LegalEntity, Vessel, Airplane or auto']);
    const empty = await preview('', 'filename=empty.csv');
    assert.deepEqual([empty.status, empty.body.detail], [400, 'Empty upload: send the file as the request body.']);
  });
});
