import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { cyrillicToLatin, guessCyrillicLanguage, restoreYo } from '../../src/names/translit/cyrillic.js';
import { normalizeName, tokenize } from '../../src/names/normalize.js';
import { tokenScript } from '../../src/names/script.js';
import { needData } from '../helpers/data.js';

const has = (token: string, ...latin: string[]) => {
  const r = cyrillicToLatin(token);
  for (const l of latin) assert.ok(r.includes(l), `${token} → ${l} expected among ${r.join(', ')}`);
};
const first = (token: string, latin: string) => assert.equal(cyrillicToLatin(token)[0], latin, token);

test('popular English form first for Russian names', () => {
  first('сергей', 'sergey');
  first('лавров', 'lavrov');
  first('захарова', 'zakharova');
  first('путин', 'putin');
  first('владимир', 'vladimir');
  first('евгений', 'evgeny');
  first('дмитрий', 'dmitry');
  first('наталья', 'natalya');
  first('мария', 'maria');
});

test('ICAO 9303: й → i, ъ → ie, ю → iu, я → ia, ий → ii', () => {
  has('сергей', 'sergei');
  has('подъячев', 'podieiachev');
  has('юлия', 'iuliia');
  has('евгений', 'evgenii');
});

test('BGN/PCGN: е → ye at the start and after a vowel, ь or ъ; ий → iy, ый → yy', () => {
  has('евгений', 'yevgeniy');
  has('андреев', 'andreyev');
  has('юрьевич', 'yuryevich');
  has('чалый', 'chalyy');
  has('подъячев', 'podyachev');
});

test('ISO 9 without diacritics: one letter per letter (ж ž, х h, ц c, щ ŝ, й j, я â)', () => {
  has('жуков', 'zukov');
  has('щукин', 'sukin');
  has('хрущев', 'hrusev');
  has('цой', 'coj');
  has('яна', 'ana');
});

test('Aleksey / Alexey / Alexei and the other ks/x, y/i spellings', () => {
  has('алексей', 'aleksey', 'alexey', 'alexei', 'aleksei');
  has('александр', 'aleksandr', 'alexander');
  has('максим', 'maksim', 'maxim');
});

test('-ов / -ев endings: ov, off (French), ow (German); ev, eff, ew', () => {
  has('смирнов', 'smirnov', 'smirnoff', 'smirnow');
  has('медведев', 'medvedev', 'medvedeff', 'medwedew');
});

test('-вич, -вна: ovich, ovych (Ukrainian lists), owitsch (German), ovitch (French), owicz (Polish); ovna, owna', () => {
  has('петрович', 'petrovich', 'petrovych', 'petrowitsch', 'petrovitch', 'petrowicz');
  has('ивановна', 'ivanovna', 'iwanowna');
});

test('French and German forms', () => {
  has('путин', 'poutine');
  has('чайковский', 'tchaikovski', 'tschajkowski', 'chaykovsky');
  has('ельцин', 'jelzin', 'yeltsin', 'eltsin');
  has('горбачёв', 'gorbatschow', 'gorbachev', 'gorbachov');
  has('жуков', 'joukoff', 'schukow', 'zhukov');
});

test('-ий, -ый endings: y, iy, i, ii, ij', () => {
  has('дмитрий', 'dmitry', 'dmitriy', 'dmitri', 'dmitrii', 'dmitrij');
  has('чалый', 'chaly', 'chalyy');
});

test('ё: yo in the English forms, e in ICAO; undotted ё restored in the names that always have it', () => {
  has('пётр', 'pyotr', 'petr');
  has('петр', 'petr', 'pyotr');
  has('федорович', 'fedorovich', 'fyodorovich');
  assert.equal(restoreYo('петров'), 'петров', 'Petrov has no ё');
  assert.equal(restoreYo('семенович'), 'семёнович');
  has('хрущёв', 'khrushchov', 'khrushchev');
});

test('ье and ьи: ye, ie, e; Ilyich', () => {
  has('валерьевич', 'valeryevich', 'valerievich', 'valerevich');
  has('ильич', 'ilyich', 'ilich');
});

test('Ukrainian: national system 2010 first, the older list spelling next', () => {
  assert.equal(guessCyrillicLanguage('андрій'), 'ukrainian');
  first('андрій', 'andrii');
  has('андрій', 'andriy');
  first('згурський', 'zghurskyi');
  first('юрій', 'yurii');
  first('євген', 'yevhen');
  first('їжакевич', 'yizhakevych');
  first('ґонта', 'gonta');
  has('олексій', 'oleksii', 'oleksiy');
  has('темiргалiєв', 'temirhaliiev');
});

test('Belarusian: passport (ICAO with г → h), BGN/PCGN, national 2007, and the Russian form lists give', () => {
  assert.equal(guessCyrillicLanguage('рыгоравіч'), 'belarusian');
  assert.equal(guessCyrillicLanguage('леанідавіч'), 'belarusian');
  first('яўген', 'yauhen');
  has('воінаў', 'voinau', 'voinov');
  has('гладкоў', 'gladkov');
  has('леанідавіч', 'leanidavich', 'leanidovich');
  first('рыгоравіч', 'ryhoravich');
  first('мажылоўскі', 'mazhylouski');
  has('мажылоўскі', 'mazhylowski');
  has('аляксандр', 'aliaksandr', 'alyaksandr');
  has('лукашэнка', 'lukashenka');
});

test('Belarusian names read as their Russian spelling: дзя and ця are де and те, -рый is -рий', () => {
  // The EU journal lists ДЗЯМІДАЎ Дзмітрый Уладзіміравіч as DEMIDOV Dmitriy Vladimirovich.
  assert.equal(guessCyrillicLanguage('дзямідава'), 'belarusian');
  has('дзямідаў', 'demidov');
  has('дзямідава', 'demidava');
  has('дзмітрый', 'dmitry', 'dmitriy', 'dzmitry');
});

test('English words written in Russian come back: эйр is "air" (Ютэйр is UTair)', () => {
  has('ютэйр', 'utair');
});

test('given names in -ия as Latin-script languages write them: Julia, Maria, Natalia', () => {
  has('юлия', 'julia', 'yulia');
  has('наталия', 'natalia');
});

test('Bulgarian: ъ → a, щ → sht, х → h', () => {
  assert.equal(guessCyrillicLanguage('българска'), 'bulgarian');
  first('българска', 'balgarska');
  has('христо', 'hristo', 'khristo');
  has('щерев', 'shterev');
});

test('Serbian and Macedonian', () => {
  first('вучић', 'vucic');
  first('ђоковић', 'djokovic');
  has('караџић', 'karadzic', 'karadzhich');
  first('ѓорѓи', 'gjorgji');
  first('ќосе', 'kjose');
});

test('Kazakh, Kyrgyz and Tajik letters: BGN/PCGN, the Kazakh Latin alphabet, and the press forms', () => {
  assert.equal(guessCyrillicLanguage('тоқаев'), 'kazakh');
  has('тоқаев', 'tokaev', 'toqaev');
  first('нұрсұлтан', 'nursultan');
  has('қарағанды', 'karagandy', 'qaraghandy');
  assert.equal(guessCyrillicLanguage('жүсүп'), 'kyrgyz');
  has('жүсүп', 'zhusup', 'jusup');
  has('түгөлбай', 'tugolbay');
  assert.equal(guessCyrillicLanguage('раҳмон'), 'tajik');
  first('раҳмон', 'rahmon');
  has('ҷамшед', 'jamshed');
  has('қурғонтеппа', 'qurghonteppa');
});

test('foreign names written in Russian come back in their own spelling', () => {
  // English and Romance c, qu, z, gn written к, кв, ц, нь in Russian.
  has('кролл', 'croll');
  has('фрэнк', 'frank');
  has('уилрой', 'wilroy');
  has('курцио', 'curzio');
  has('каванья', 'cavagnia');
  has('джильда', 'gilda');
  // Polish cz, sz, szcz, w; Croatian and Czech j.
  has('щука', 'szczuka');
  has('ярош', 'jarosz');
  has('водзиновский', 'wodzinowski');
  has('яничич', 'janicic');
  has('стоядинович', 'stojadinovic');
});

test('German and French double с between vowels (Borissow, Wassili, Issajew)', () => {
  has('борисов', 'borissow', 'borissov', 'borisov');
  has('василий', 'wassili', 'vassili');
  has('исаев', 'issajew');
  has('андреев', 'andrejew');
});

test('list spellings: Alexeyevich, Soloviev, Fiodor', () => {
  has('алексеевич', 'alexeyevich', 'alekseyevich');
  has('соловьёв', 'soloviev', 'solovyov');
  has('фёдор', 'fiodor', 'fyodor');
});

test('Latin look-alikes inside a Cyrillic word are read as Cyrillic', () => {
  first('сергiй', 'serhii');
  has('цаpeв', 'tsarev');
});

test('contract: 1–8 distinct lower-case ASCII renderings', (t) => {
  const p = needData(t, 'pairs', 'wikidata_netranslit', 'wd_russian_tokens.dev.tsv');
  if (!p) return;
  for (const line of readFileSync(p, 'utf8').trim().split('\n').slice(1)) {
    const token = normalizeName(line.split('\t')[1]);
    if (token.includes(' ') || tokenScript(token) !== 'Cyrillic') continue;
    const r = cyrillicToLatin(token);
    assert.ok(r.length >= 1 && r.length <= 8, token);
    assert.equal(new Set(r).size, r.length, token);
    for (const l of r) assert.match(l, /^[a-z]+$/, token);
  }
});

interface Rates { n: number; exact: number; top1: number }

function rates(pairs: Iterable<readonly [string, string]>): Rates {
  let n = 0;
  let exact = 0;
  let top1 = 0;
  for (const [cyrillic, latin] of pairs) {
    const r = cyrillicToLatin(cyrillic);
    n++;
    if (r.includes(latin)) exact++;
    if (r[0] === latin) top1++;
  }
  return { n, exact: exact / n, top1: top1 / n };
}

/** Tokens of two spellings of one name, side by side when both have as many tokens. */
function* tokenPairs(cyrillic: string, latin: string): Generator<[string, string]> {
  const a = tokenize(normalizeName(cyrillic));
  const b = tokenize(normalizeName(latin));
  if (a.length !== b.length) return;
  for (let i = 0; i < a.length; i++) {
    if (tokenScript(a[i]) === 'Cyrillic' && tokenScript(b[i]) === 'Latin') yield [a[i], b[i]];
  }
}

const readCsv = (path: string): string[][] => parse(readFileSync(path, 'utf8'), { relax_column_count: true });

test('wikidata Russian tokens: the English token among the renderings', (t) => {
  const p = needData(t, 'pairs', 'wikidata_netranslit', 'wd_russian_tokens.dev.tsv');
  if (!p) return;
  const pairs: [string, string][] = [];
  for (const line of readFileSync(p, 'utf8').trim().split('\n').slice(1)) {
    const [en, ru] = line.split('\t');
    const latin = normalizeName(en);
    const cyrillic = normalizeName(ru);
    if (latin && cyrillic && !latin.includes(' ') && !cyrillic.includes(' ')) pairs.push([cyrillic, latin]);
  }
  const r = rates(pairs);
  t.diagnostic(`wd_russian n=${r.n} exact=${r.exact.toFixed(4)} top1=${r.top1.toFixed(4)}`);
  // Most of these are foreign names written in Russian (уильям → william); the tables that read
  // them back (Polish, English, Romance) bring about one in ten of the rest.
  assert.ok(r.exact >= 0.6, `exact ${r.exact}`);
  assert.ok(r.top1 >= 0.32, `top1 ${r.top1}`);
});

test('putin_names: every Cyrillic variant renders to vladimir vladimirovich putin', (t) => {
  const p = needData(t, 'pairs', 'putin_names', 'putin_names.dev.txt');
  if (!p) return;
  const want = ['vladimir', 'vladimirovich', 'putin'];
  let checked = 0;
  for (const line of readFileSync(p, 'utf8').trim().split('\n')) {
    const tokens = tokenize(normalizeName(line));
    if (!tokens.every((x) => tokenScript(x) === 'Cyrillic')) continue;
    checked++;
    const rendered = tokens.map((x) => cyrillicToLatin(x));
    for (const w of want) assert.ok(rendered.some((r) => r.includes(w)), `${line}: ${w}`);
    assert.deepEqual(rendered.map((r) => r[0]).sort(), [...want].sort(), line);
  }
  assert.ok(checked >= 4, `only ${checked} Cyrillic lines`);
});

test('navalny_list: per-token exact rate of the English names', (t) => {
  const p = needData(t, 'pairs', 'navalny_list', 'navalny_list.dev.csv');
  if (!p) return;
  const r = rates(readCsv(p).slice(1).flatMap((row) => [...tokenPairs(row[0], row[1])]));
  t.diagnostic(`navalny n=${r.n} exact=${r.exact.toFixed(4)} top1=${r.top1.toFixed(4)}`);
  assert.ok(r.exact >= 0.98, `exact ${r.exact}`);
  assert.ok(r.top1 >= 0.86, `top1 ${r.top1}`);
});

test('rupep: per-token exact rate of the English names', (t) => {
  const p = needData(t, 'pairs', 'rupep', 'ru_bl_peps.dev.csv');
  if (!p) return;
  const r = rates(readCsv(p).slice(1).flatMap((row) => [...tokenPairs(row[1], row[0])]));
  t.diagnostic(`rupep n=${r.n} exact=${r.exact.toFixed(4)} top1=${r.top1.toFixed(4)}`);
  assert.ok(r.exact >= 0.999, `exact ${r.exact}`);
  assert.ok(r.top1 >= 0.78, `top1 ${r.top1}`);
});

/**
 * EU 269/2014: each person's Cyrillic names beside the EU's own Latin spellings of the same
 * person. A Cyrillic name is compared with the Latin name of as many tokens that agrees best
 * (the EU gives Russian and Ukrainian Latin forms side by side; it is one of them).
 */
test('EU 269/2014: our renderings agree with the EU Latin spelling, token by token', (t) => {
  const p = needData(t, 'eu', 'opensanctions_eu_journal_consolidated', '32014R0269.csv');
  if (!p) return;
  const rows = readCsv(p);
  const col = (name: string) => rows[0].indexOf(name);
  const [schema, name, alias] = [col('schema'), col('name'), col('alias')];
  const pairs: [string, string][] = [];
  for (const row of rows.slice(1)) {
    if (row[schema] !== 'Person') continue;
    const names = [row[name], ...row[alias].split(';')].flatMap((s) => s.split(/[()]/)).map((s) => s.trim()).filter(Boolean);
    const isCyrillic = (s: string) => tokenScript(normalizeName(s).replace(/ /g, '')) === 'Cyrillic';
    const latin = names.filter((s) => !isCyrillic(s));
    for (const cyrillic of names.filter(isCyrillic)) {
      let best: [string, string][] = [];
      let bestHits = -1;
      for (const l of latin) {
        const ps = [...tokenPairs(cyrillic, l)];
        if (ps.length === 0) continue;
        const hits = ps.filter(([c, x]) => cyrillicToLatin(c).includes(x)).length;
        if (hits > bestHits) [best, bestHits] = [ps, hits];
      }
      pairs.push(...best);
    }
  }
  const r = rates(pairs);
  t.diagnostic(`eu 32014R0269 persons n=${r.n} exact=${r.exact.toFixed(4)} top1=${r.top1.toFixed(4)}`);
  assert.ok(r.exact >= 0.95, `exact ${r.exact}`);
  assert.ok(r.top1 >= 0.73, `top1 ${r.top1}`);
});
