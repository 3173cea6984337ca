import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { kanaToLatin } from '../../src/names/translit/kana.js';
import { normalizeName, tokenize } from '../../src/names/normalize.js';
import { tokenScript } from '../../src/names/script.js';
import { consonantSkeleton } from '../../src/names/skeleton.js';
import { needData } from '../helpers/data.js';

const has = (token: string, ...latin: string[]) => {
  const r = kanaToLatin(token);
  for (const l of latin) assert.ok(r.includes(l), `${token} → ${l} expected among ${r.join(', ')}`);
};
const first = (token: string, latin: string) => assert.equal(kanaToLatin(token)[0], latin, token);

test('modified Hepburn first: shi chi tsu fu ji, long vowels shortened', () => {
  first('すずき', 'suzuki');
  first('ふじさん', 'fujisan');
  first('ちとせ', 'chitose');
  first('つしま', 'tsushima');
  first('とうきょう', 'tokyo');
  first('おおの', 'ono');
});

test('long vowels: shortened, as the kana write them, and as passports write them (oh)', () => {
  has('とうきょう', 'tokyo', 'toukyou', 'tohkyoh');
  has('おおの', 'ono', 'oono', 'ohno');
  has('さとう', 'sato', 'satou', 'satoh');
  has('ゆうこ', 'yuko', 'yuuko');
  has('コーヒー', 'kohi', 'koohii', 'kohhi');
});

test('Kunrei-shiki: si ti tu hu zi, sya tya zya', () => {
  has('ふじさん', 'huzisan');
  has('しんじゅく', 'sinzyuku');
  has('ちゃ', 'tya');
  has('つしま', 'tusima');
});

test('sokuon doubles the next consonant, tch before ch in Hepburn', () => {
  first('ほっかいどう', 'hokkaido');
  first('まっちゃ', 'matcha');
  has('まっちゃ', 'mattya');
  first('ベッカム', 'bekkamu');
});

test('moraic n: n, and m before b m p in passport spelling', () => {
  has('しんばし', 'shinbashi', 'shimbashi');
  has('なんば', 'nanba', 'namba');
  first('しんいち', 'shinichi');
  first('こんや', 'konya');
});

test('loanword sounds written with small vowels, and ヴ', () => {
  first('ファン', 'fan');
  first('ティム', 'timu');
  first('ヴィクトル', 'vikutoru');
  first('ジェームズ', 'jemuzu');
  first('ウォルター', 'woruta');
  first('ツァイス', 'tsaisu');
});

test('loanword readings: the vowel Japanese adds after a bare consonant dropped', () => {
  has('キム', 'kim');
  has('ヴィクトル', 'viktor');
  has('スミス', 'smis');
  has('フランク', 'frank');
  // The o of ドナルド's first ド and the u of ルカ's ル are their own.
  has('ドナルド', 'donard');
  assert.ok(!kanaToLatin('ルカ').includes('rka'));
});

test('loanword readings: ー after a, e, o as the r of -ar, -er, -or; l for the one Japanese liquid', () => {
  has('マウラー', 'maurar');
  has('フィッシャー', 'fisshar');
  has('ウラジーミル', 'urajimir');
  has('ラリー', 'rari', 'lali');
});

test('hiragana and half-width katakana read as katakana; iteration marks repeat', () => {
  assert.deepEqual(kanaToLatin('かたかな'), kanaToLatin('カタカナ'));
  assert.deepEqual(kanaToLatin(normalizeName('ｶﾀｶﾅ')), kanaToLatin('カタカナ'));
  first('いすゞ', 'isuzu');
  first('さゝき', 'sasaki');
});

test('contract: 1–8 distinct renderings of lower-case ASCII letters', (t) => {
  const p = needData(t, 'pairs', 'wikidata_netranslit', 'wd_katakana_tokens.dev.tsv');
  if (!p) return;
  for (const line of readFileSync(p, 'utf8').trim().split('\n').slice(1)) {
    for (const token of tokenize(normalizeName(line.split('\t')[1]))) {
      if (tokenScript(token) !== 'Kana') continue;
      const r = kanaToLatin(token);
      assert.ok(r.length <= 8, token);
      assert.equal(new Set(r).size, r.length, token);
      for (const l of r) assert.match(l, /^[a-z]+$/, token);
    }
  }
});

/** Foreign names in katakana (カルヴィーノ Calvino): the skeleton figure says how far the renderings carry. */
test('wd_katakana_tokens: English token among the renderings, or on the same consonant skeleton', (t) => {
  const p = needData(t, 'pairs', 'wikidata_netranslit', 'wd_katakana_tokens.dev.tsv');
  if (!p) return;
  let n = 0;
  let exact = 0;
  let skeleton = 0;
  for (const line of readFileSync(p, 'utf8').trim().split('\n').slice(1)) {
    const [en, ja] = line.split('\t');
    const english = normalizeName(en).replace(/ /g, '');
    const kana = tokenize(normalizeName(ja));
    if (!english || kana.length === 0) continue;
    n++;
    const r = kana.flatMap((k) => kanaToLatin(k));
    if (r.includes(english)) exact++;
    const key = consonantSkeleton(english);
    if (r.includes(english) || r.some((x) => consonantSkeleton(x) === key)) skeleton++;
  }
  t.diagnostic(`wd_katakana n=${n} exact=${(exact / n).toFixed(4)} skeleton=${(skeleton / n).toFixed(4)}`);
  // Measured 0.172 exact and 0.659 on the skeleton of the day. Hepburn and Kunrei alone:
  // 0.087 and 0.436; with the l reading 0.109 and 0.599; with ー as r 0.112 and 0.645; with
  // the added vowels dropped 0.172 and 0.659.
  assert.ok(exact / n >= 0.165, `exact ${exact / n}`);
  assert.ok(skeleton / n >= 0.55, `skeleton ${skeleton / n}`);
});
