import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { armenianToLatin } from '../../src/names/translit/armenian.js';
import { georgianToLatin } from '../../src/names/translit/georgian.js';
import { normalizeName, tokenize } from '../../src/names/normalize.js';
import { tokenScript } from '../../src/names/script.js';
import { needData } from '../helpers/data.js';

type ToLatin = (token: string) => string[];
const render = (toLatin: ToLatin, name: string) => tokenize(normalizeName(name)).map(toLatin);
const first = (toLatin: ToLatin, name: string, latin: string) =>
  assert.equal(render(toLatin, name).map((r) => r[0]).join(' '), latin, name);
const has = (toLatin: ToLatin, name: string, latin: string) => {
  const words = latin.split(' ');
  render(toLatin, name).forEach((r, i) => assert.ok(r.includes(words[i]), `${name}: ${words[i]} expected among ${r.join(', ')}`));
};

test('Armenian BGN/PCGN first: ու → u, ղ → gh, ջ → j, initial ե → ye and ո → vo', () => {
  first(armenianToLatin, 'Նիկոլ Փաշինյան', 'nikol pashinyan');
  first(armenianToLatin, 'Սերժ Սարգսյան', 'serzh sargsyan');
  first(armenianToLatin, 'Ռոբերտ Քոչարյան', 'robert kocharyan');
  first(armenianToLatin, 'Երևան', 'yerevan');
  first(armenianToLatin, 'Ղազարյան', 'ghazaryan');
  first(armenianToLatin, 'Ջիվան', 'jivan');
  first(armenianToLatin, 'Ոսկանյան', 'voskanyan');
  first(armenianToLatin, 'Հովհաննիսյան', 'hovhannisyan');
  first(armenianToLatin, 'Ուլուբաբյան', 'ulubabyan');
  first(armenianToLatin, 'Սևակ', 'sevak');
});

test('Armenian common forms: -յան → -ian, ու → ou, through Russian, Western Armenian', () => {
  has(armenianToLatin, 'Ռոբերտ Քոչարյան', 'robert kocharian');
  has(armenianToLatin, 'Ուլուբաբյան', 'ouloubabian');
  has(armenianToLatin, 'Ղազարյան', 'gazaryan');
  has(armenianToLatin, 'Ջիվան', 'dzhivan');
  has(armenianToLatin, 'Հակոբյան', 'hagopian');
  has(armenianToLatin, 'Պետրոսյան', 'bedrosian');
});

test('Georgian national system 2002 first: ჟ zh, ყ q, ჩ ჭ ch, წ ც ts, ხ kh, ღ gh, ჰ h', () => {
  first(georgianToLatin, 'მიხეილ სააკაშვილი', 'mikheil saakashvili');
  first(georgianToLatin, 'ირაკლი ღარიბაშვილი', 'irakli gharibashvili');
  first(georgianToLatin, 'ყიფიანი', 'qipiani');
  first(georgianToLatin, 'ედუარდ შევარდნაძე', 'eduard shevardnadze');
  first(georgianToLatin, 'ჭავჭავაძე', 'chavchavadze');
  first(georgianToLatin, 'წერეთელი', 'tsereteli');
  first(georgianToLatin, 'ჟვანია', 'zhvania');
  first(georgianToLatin, 'ხვიჩა კვარაცხელია', 'khvicha kvaratskhelia');
  first(georgianToLatin, 'ჰერაკლე', 'herakle');
  first(georgianToLatin, 'ᲑᲘᲫᲘᲜᲐ ᲘᲕᲐᲜᲘᲨᲕᲘᲚᲘ', 'bidzina ivanishvili');
});

test('Georgian common and Russian-mediated forms: ყ → k, ღ → g, ჯ → dzh', () => {
  has(georgianToLatin, 'ყიფიანი', 'kipiani');
  has(georgianToLatin, 'ირაკლი ღარიბაშვილი', 'irakli garibashvili');
  has(georgianToLatin, 'ჯუღაშვილი', 'jughashvili');
  has(georgianToLatin, 'ჯუღაშვილი', 'dzhugashvili');
});

test('contract: distinct lower-case ASCII renderings, at most 8', () => {
  const cases: [ToLatin, string][] = [
    [armenianToLatin, 'Եղիշե Չարենց Ծառուկյան Ձորագետ Ֆրունզե'],
    [georgianToLatin, 'ჯუღაშვილი ჶ ჱ'],
  ];
  for (const [toLatin, name] of cases) {
    for (const r of render(toLatin, name)) {
      assert.ok(r.length >= 1 && r.length <= 8, name);
      assert.equal(new Set(r).size, r.length, name);
      for (const l of r) assert.match(l, /^[a-z]+$/, name);
    }
  }
  // A letter with no Latin value gives no rendering, never an empty string.
  assert.deepEqual(georgianToLatin('ჸ'), []);
});

test('name bench: the Armenian and Georgian spellings of Barack Obama render to "obama"', (t) => {
  const p = needData(t, 'pairs', 'opensanctions_name_bench', 'name_bench_cases.dev.csv');
  if (!p) return;
  const rows: string[][] = parse(readFileSync(p, 'utf8'));
  let checked = 0;
  for (const row of rows.slice(1)) {
    for (const name of [row[2], row[3]]) {
      const tokens = tokenize(normalizeName(name));
      const script = tokens.length > 0 ? tokenScript(tokens[0]) : 'Latin';
      if (script !== 'Armenian' && script !== 'Georgian') continue;
      const toLatin = script === 'Armenian' ? armenianToLatin : georgianToLatin;
      const other = tokenize(normalizeName(name === row[2] ? row[3] : row[2]));
      const rendered = tokens.map(toLatin);
      // The family name is spelt as in English; the given name "barak" differs only by English "ck".
      assert.ok(rendered.some((r) => other.some((o) => r.includes(o))), `${name}: ${rendered.join(' / ')}`);
      checked++;
    }
  }
  assert.ok(checked >= 2, `only ${checked} Armenian or Georgian names`);
});
