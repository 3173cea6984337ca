/**
 * Customer files as they arrive: CSV in any delimiter and encoding, Excel workbooks, JSON
 * lines; and the column mapping guessed from their headers in several languages.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import ExcelJS from 'exceljs';
import { applyMapOption, guessMapping, mappedValues, recordQuery, RecordError } from '../../src/screening/table-input-mapping.js';
import { openTable, sniffDelimiter, type TableRecord } from '../../src/screening/table-input.js';
import { tempDir } from '../helpers/cli.js';

const tmp = tempDir('ghirbal-table-');
after(tmp.cleanup);

function file(name: string, content: string | Buffer): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, content);
  return path;
}

async function records(path: string): Promise<TableRecord[]> {
  const out: TableRecord[] = [];
  for await (const r of (await openTable(path)).records()) out.push(r);
  return out;
}

describe('CSV', () => {
  test('semicolons, quotes around delimiters and line breaks, a BOM and CRLF: fields and starting lines as written', async () => {
    const path = file('customers.csv', '\uFEFFCustomer ID;Customer Name;Notes\r\nC-1;"Lavrov; Sergei";plain\r\nC-2;"Olga\r\nPetrova";"said ""no"""\r\n\r\nC-3;Yuri Popov;\r\n');
    const table = await openTable(path);
    assert.deepEqual([table.format, table.delimiter, table.columns], ['csv', ';', ['Customer ID', 'Customer Name', 'Notes']]);
    assert.deepEqual((await records(path)).map((r) => [r.seq, r.line, r.fields['Customer Name'], r.fields.Notes]), [
      [1, 2, 'Lavrov; Sergei', 'plain'],
      [2, 3, 'Olga\nPetrova', 'said "no"'],
      [3, 6, 'Yuri Popov', ''],
    ]);
  });

  test('Windows-1252 bytes read as the letters they are', async () => {
    const path = file('cp1252.csv', Buffer.concat([Buffer.from('name,city\n'), Buffer.from([0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x4d, 0x61, 0x72, 0xed, 0x61, 0x2c, 0x4d, 0x9a, 0x0a])]));
    const [r] = await records(path);
    assert.deepEqual(r.fields, { name: 'José María', city: 'Mš' });
    assert.equal((await openTable(path)).encoding, 'windows-1252');
  });

  test('tabs and pipes are found as delimiters; a file of one column is read with none', () => {
    assert.equal(sniffDelimiter('id\tname\tdob\n1\tA, B\t1970\n'), '\t');
    assert.equal(sniffDelimiter('id|name\n1|Smith, John\n2|Doe, Jane\n'), '|');
    assert.equal(sniffDelimiter('name\nSmith, John\nDoe, Jane\n'), ',');
  });

  test('a row with missing or surplus fields comes through with its line and what is wrong; trailing empty fields are fine', async () => {
    const path = file('short.csv', 'id,name,dob\n1,Ann Lee,1970\n2,Bob\n3,Cy Young,1980,extra\n4,Di Ross,1990,,\n');
    assert.deepEqual((await records(path)).map((r) => [r.line, r.error ?? null]), [
      [2, null], [3, 'expected 3 fields, found 2'], [4, 'expected 3 fields, found 4'], [5, null],
    ]);
  });

  test('a header repeated or left blank still names its column', async () => {
    const table = await openTable(file('dupes.csv', 'Name,,Name\nA,B,C\n'));
    assert.deepEqual(table.columns, ['Name', 'column 2', 'Name (2)']);
  });
});

describe('Excel and JSON lines', () => {
  test('the first sheet of a workbook: dates as ISO dates, numbers and rich text as text, blank rows skipped', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Customers');
    sheet.addRow(['Client ID', 'Nom', 'Prénom', 'Date de naissance']);
    sheet.addRow([1001, 'Lavrov', 'Sergei', new Date(Date.UTC(1950, 2, 21))]);
    sheet.addRow([]);
    sheet.addRow([1002, { richText: [{ text: 'Shoi' }, { text: 'gu' }] }, 'Sergei', '1955-05-21']);
    book.addWorksheet('Other').addRow(['ignored']);
    const path = join(tmp.dir, 'clients.xlsx');
    await book.xlsx.writeFile(path);
    const table = await openTable(path);
    assert.deepEqual(table.columns, ['Client ID', 'Nom', 'Prénom', 'Date de naissance']);
    assert.deepEqual((await records(path)).map((r) => [r.line, r.fields]), [
      [2, { 'Client ID': '1001', Nom: 'Lavrov', Prénom: 'Sergei', 'Date de naissance': '1950-03-21' }],
      [4, { 'Client ID': '1002', Nom: 'Shoigu', Prénom: 'Sergei', 'Date de naissance': '1955-05-21' }],
    ]);
  });

  test('JSON lines, flat or FtM-shaped, with a line that is not JSON reported by its line', async () => {
    const path = file('queries.jsonl', [
      '{"id": "q1", "schema": "Person", "properties": {"name": ["Sergei Lavrov"], "birthDate": ["1950"]}}',
      '',
      '{"ref": "q2", "full_name": "Rosneft"}',
      '{"broken": ',
      '["an array"]',
    ].join('\n'));
    const table = await openTable(path);
    assert.deepEqual(table.columns, ['id', 'schema', 'name', 'birthDate', 'ref', 'full_name']);
    assert.deepEqual((await records(path)).map((r) => [r.seq, r.line, r.error?.replace(/ \(.*/, '') ?? r.fields]), [
      [1, 1, { id: 'q1', schema: 'Person', name: ['Sergei Lavrov'], birthDate: ['1950'] }],
      [2, 3, { ref: 'q2', full_name: 'Rosneft' }],
      [3, 4, 'not JSON'],
      [4, 5, 'not a JSON object'],
    ]);
  });
});

describe('column mapping', () => {
  test('headers in English, German, Italian, Arabic, Chinese and Russian are read as the fields they name', () => {
    assert.deepEqual(guessMapping(['Customer ID', 'Customer Name', 'DOB', 'Country', 'Phone No', 'Document type']), {
      mapping: { id: 'Customer ID', name: 'Customer Name', birthDate: 'DOB', country: 'Country' },
      ignored: ['Phone No', 'Document type'],
      notes: [],
    });
    assert.deepEqual(guessMapping(['Kundennummer', 'Vorname', 'Name', 'Geburtsdatum', 'Staatsangehörigkeit']).mapping,
      { id: 'Kundennummer', firstName: 'Vorname', lastName: 'Name', birthDate: 'Geburtsdatum', nationality: 'Staatsangehörigkeit' });
    assert.deepEqual(guessMapping(['Nome', 'Cognome', 'Data di nascita']).mapping, { firstName: 'Nome', lastName: 'Cognome', birthDate: 'Data di nascita' });
    assert.deepEqual(guessMapping(['رقم العميل', 'الاسم الكامل', 'تاريخ الميلاد', 'الجنسية']).mapping,
      { id: 'رقم العميل', name: 'الاسم الكامل', birthDate: 'تاريخ الميلاد', nationality: 'الجنسية' });
    assert.deepEqual(guessMapping(['客户编号', '姓名', '出生日期', '国籍']).mapping, { id: '客户编号', name: '姓名', birthDate: '出生日期', nationality: '国籍' });
    assert.deepEqual(guessMapping(['ФИО', 'Дата рождения', 'Гражданство']).mapping, { name: 'ФИО', birthDate: 'Дата рождения', nationality: 'Гражданство' });
  });

  test('--map overrides the guess, unmaps with field=, and names the columns when it names one that is not there', () => {
    const columns = ['Ref', 'Client', 'Born', 'Passport'];
    const guess = guessMapping(columns);
    assert.deepEqual(applyMapOption(guess, columns, ['id=Ref,name=client', 'passportNumber=']).mapping, { id: 'Ref', name: 'Client', birthDate: 'Born' });
    assert.throws(() => applyMapOption(guess, columns, ['name=Customer']), /--map name=Customer: no such column \(columns: "Ref", "Client", "Born", "Passport"\)/);
    assert.throws(() => applyMapOption(guess, columns, ['colour=Client']), /--map colour: not a field/);
  });

  test('a record becomes the query it is screened as: its type column, or the fields it fills, say what it is', () => {
    const mapping = { id: 'ID', schema: 'Type', name: 'Name', birthDate: 'DOB', nationality: 'Nat', registrationNumber: 'Reg' };
    const query = (fields: Record<string, string>) => recordQuery(mapping, 'auto', mappedValues(mapping, (c) => fields[c]));
    assert.deepEqual(query({ ID: '7', Type: 'Personne physique', Name: 'Sergei Lavrov', DOB: '21.03.1950', Nat: 'RU; BY' }),
      { id: '7', schema: 'Person', properties: { name: ['Sergei Lavrov'], birthDate: ['1950-03-21'], nationality: ['ru', 'by'] } });
    assert.equal(query({ ID: '8', Type: 'юридическое лицо', Name: 'Rosneft' }).schema, 'Company');
    assert.equal(query({ ID: '9', Name: 'Ivan Petrov', DOB: '1970' }).schema, 'Person');
    assert.equal(query({ ID: '10', Name: 'Acme', Reg: 'HRB 1234' }).schema, 'Company');
    assert.equal(query({ ID: '11', Name: 'Acme' }).schema, 'LegalEntity');
    assert.throws(() => query({ ID: '12', Name: ' ', DOB: '1970' }), (err) => err instanceof RecordError && /no name to screen \("Name" empty\)/.test(err.message));
  });
});
