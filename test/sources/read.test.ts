/** The streaming readers every source stands on: encodings, line numbers, and refusing bad files. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { readCsv, readTable, readText, readXmlRecords, decodeCp1252, sniffEncoding, type BadRow, type TableOptions } from '../../src/sources/read.js';
import { SourceError } from '../../src/sources/types.js';
import { tempFiles } from '../helpers/parse.js';

const tmp = tempFiles();

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('Windows-1252 bytes 0x80–0x9F are the characters Windows means, not C1 controls', () => {
  // € ‘ ’ “ ” – — as Windows-1252 writes them
  assert.equal(decodeCp1252(Uint8Array.from([0x80, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0xe9])), '€‘’“”–—é');
  assert.equal(sniffEncoding(Buffer.from([0x41, 0x92, 0x42])), 'windows-1252');
  assert.equal(sniffEncoding(Buffer.from('AL-MU’AYYAD', 'utf8')), 'utf-8');
});

test('text comes out the same from UTF-8, UTF-8 with BOM, UTF-16, Windows-1252 and gzip', async () => {
  const text = 'name\nAL-MU’AYYAD\nМАРИЯ ЗАХАРОВА\n';
  const cpText = 'name\nAL-MU’AYYAD\n';
  const variants: [string, Buffer, string][] = [
    ['utf8.csv', Buffer.from(text, 'utf8'), text],
    ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), text],
    ['utf16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text],
    ['cp1252.csv', Buffer.from([...Buffer.from('name\nAL-MU', 'latin1'), 0x92, ...Buffer.from('AYYAD\n', 'latin1')]), cpText],
    ['gz.csv.gz', gzipSync(Buffer.from(text, 'utf8')), text],
    ['dos-eof.csv', Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0x1a])]), text],
  ];
  for (const [name, bytes, expected] of variants) {
    assert.equal((await collect(readText(tmp.write(name, bytes)))).join(''), expected, name);
  }
});

test('CSV records carry the line they start on, in CRLF and LF files, across quoted line breaks', async () => {
  for (const nl of ['\r\n', '\n']) {
    const p = tmp.write(`lines-${nl.length}.csv`, ['a,b', '1,"multi', 'line"', '2,x', '', '3,y', '4,z'].join(nl));
    const recs = await collect(readCsv(p));
    assert.deepEqual(recs.map((r) => r.line), [1, 2, 4, 6, 7]);
    assert.deepEqual(recs[1].fields, ['1', 'multi\nline']);
  }
});

test('broken CSV quoting fails with file and line, even with rows after it', async () => {
  const rows = ['a,b', '1,ok', '2,"OPEN,"X"'];
  for (let i = 0; i < 5000; i++) rows.push(`${i},filler row to fill the stream buffers`);
  const p = tmp.write('broken.csv', rows.join('\n'));
  await assert.rejects(collect(readCsv(p)), /broken\.csv:3: malformed CSV/);
});

test('XML records come out whole; a DOCTYPE, truncation or a missing root are refused with a position', async () => {
  const good = tmp.write('good.xml', '<LIST date="2026-01-01"><R><N>one</N></R><R><N>two</N></R></LIST>');
  const recs = await collect(readXmlRecords(good, { records: new Set(['R']) }));
  assert.deepEqual(recs.map((r) => r.children[0].text), ['one', 'two']);

  const doctype = tmp.write('doctype.xml', '<?xml version="1.0"?>\n<!DOCTYPE LIST [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<LIST><R>&x;</R></LIST>');
  await assert.rejects(collect(readXmlRecords(doctype, { records: new Set(['R']) })), /doctype\.xml:2:\d+: XML with a DOCTYPE is refused/);

  const cut = tmp.write('cut.xml', '<LIST>\n<R><N>one</N></R>\n<R><N>tw');
  await assert.rejects(collect(readXmlRecords(cut, { records: new Set(['R']) })), /cut\.xml:\d+:\d+: (truncated|malformed) XML/);

  const none = tmp.write('none.xml', '   \n');
  await assert.rejects(collect(readXmlRecords(none, { records: new Set(['R']) })), /none\.xml.*empty file/);
});

test('a file that turns out not to be UTF-8 after its first 64 KiB still reads every byte', async () => {
  const ascii = Buffer.from(`${'A'.repeat(70_000)}\n`, 'latin1');
  const p = tmp.write('late-cp1252.csv', Buffer.concat([ascii, Buffer.from([0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x0a])]));
  const text = (await collect(readText(p))).join('');
  assert.ok(text.endsWith('Müller\n'), JSON.stringify(text.slice(-10)));
});

test('a headed table: cells by column name, rows of the wrong width reported with their line and skipped', async () => {
  const opts: TableOptions = { label: 'a test list', required: ['id', 'name'] };
  const bad: BadRow[] = [];
  const read = (name: string, text: string, o = opts) => collect(readTable(tmp.write(name, text), o, (r) => bad.push(r)));

  // Header names are trimmed and found wherever they stand; cells are as the file has them.
  const rows = await read('table.csv', [' name ,id,note', 'Ann, 1 ,x', 'short,2', '', 'Bob,3,"two', 'lines"', 'too,many,fields,4'].join('\r\n'));
  assert.deepEqual(rows.map((r) => [r.line, r.cell('id'), r.cell('name'), r.cell('no such column')]), [[2, ' 1 ', 'Ann', ''], [5, '3', 'Bob', '']]);
  assert.deepEqual(rows[1].fields, ['Bob', '3', 'two\nlines']);
  assert.deepEqual(bad.map((r) => [r.line, r.width, r.fields.length, r.cell('name'), r.message]), [
    [3, 3, 2, 'short', 'expected 3 fields, found 2; row skipped'],
    [7, 3, 4, 'too', 'expected 3 fields, found 4; row skipped'],
  ]);

  // Rows before the header go to onPreamble; `clean` applies to header names and cells.
  const preamble: number[] = [];
  const cleaned = await read('preamble.csv', 'Published,2026\n id , the  name \n 7 ,  Ann   Lee \n', {
    ...opts,
    required: ['id', 'the name'],
    preambleRows: 1,
    onPreamble: (rec) => preamble.push(rec.line),
    clean: (s) => s.replace(/\s+/g, ' ').trim(),
  });
  assert.deepEqual(preamble, [1]);
  assert.deepEqual(cleaned.map((r) => [r.line, r.cell('id'), r.cell('the name')]), [[3, '7', 'Ann Lee']]);
});

test('a headed table without its columns, or without a header, is refused with file and line', async () => {
  const opts: TableOptions = { label: 'a test list', required: ['id', 'name', 'kind'] };
  const read = (name: string, text: string, o = opts) => collect(readTable(tmp.write(name, text), o, () => assert.fail('no bad rows')));
  const isError = (file: string, line: number | undefined, message: RegExp) => (e: unknown) =>
    e instanceof SourceError && e.file === file && e.line === line && message.test(e.message);

  await assert.rejects(read('no-cols.csv', 'id,title\n1,x\n'), isError('no-cols.csv', 1, /: not a test list: no column name, kind$/));
  await assert.rejects(read('late-header.csv', 'Published,2026\nid\n', { ...opts, preambleRows: 1 }), isError('late-header.csv', 2, /no column name, kind$/));
  await assert.rejects(read('empty.csv', ''), isError('empty.csv', undefined, /: empty file: no header row$/));
  await assert.rejects(read('only-preamble.csv', 'Published,2026\n', { ...opts, preambleRows: 1, noHeader: 'not a test list: no header row' }),
    isError('only-preamble.csv', undefined, /: not a test list: no header row$/));
  // A header and nothing else is a table with no rows.
  assert.deepEqual(await read('header-only.csv', 'id,name,kind\n'), []);
});
