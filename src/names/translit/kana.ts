/**
 * Kana → Latin: modified Hepburn (passports, the press, sanctions lists) and Kunrei-shiki
 * (ISO 3602). Hiragana is read as the katakana it pairs with. Long vowels are the spelling
 * that varies most (大野 おおの: Ono, Oono, Ohno; とうきょう: Tokyo, Toukyou, Tohkyoh), so
 * Hepburn is rendered three ways — long vowels shortened, written as the kana write them, and
 * as Japanese passports write them (oh, and m before b m p) — and Kunrei two. Katakana also
 * writes foreign names, so two readings of those follow: one with the vowels Japanese adds
 * to bare consonants dropped and ー as the r of -er (ヴィクトル Viktor, マウラー Maurer), and
 * one with l for the one Japanese liquid (ラリー Larry).
 */

/** Katakana (and katakana + small kana) → [Hepburn, Kunrei-shiki where it differs]. */
const KANA: Readonly<Record<string, readonly [string, string?]>> = {
  ア: ['a'], イ: ['i'], ウ: ['u'], エ: ['e'], オ: ['o'],
  カ: ['ka'], キ: ['ki'], ク: ['ku'], ケ: ['ke'], コ: ['ko'],
  ガ: ['ga'], ギ: ['gi'], グ: ['gu'], ゲ: ['ge'], ゴ: ['go'],
  サ: ['sa'], シ: ['shi', 'si'], ス: ['su'], セ: ['se'], ソ: ['so'],
  ザ: ['za'], ジ: ['ji', 'zi'], ズ: ['zu'], ゼ: ['ze'], ゾ: ['zo'],
  タ: ['ta'], チ: ['chi', 'ti'], ツ: ['tsu', 'tu'], テ: ['te'], ト: ['to'],
  ダ: ['da'], ヂ: ['ji', 'zi'], ヅ: ['zu'], デ: ['de'], ド: ['do'],
  ナ: ['na'], ニ: ['ni'], ヌ: ['nu'], ネ: ['ne'], ノ: ['no'],
  ハ: ['ha'], ヒ: ['hi'], フ: ['fu', 'hu'], ヘ: ['he'], ホ: ['ho'],
  バ: ['ba'], ビ: ['bi'], ブ: ['bu'], ベ: ['be'], ボ: ['bo'],
  パ: ['pa'], ピ: ['pi'], プ: ['pu'], ペ: ['pe'], ポ: ['po'],
  マ: ['ma'], ミ: ['mi'], ム: ['mu'], メ: ['me'], モ: ['mo'],
  ヤ: ['ya'], ユ: ['yu'], ヨ: ['yo'],
  ラ: ['ra'], リ: ['ri'], ル: ['ru'], レ: ['re'], ロ: ['ro'],
  ワ: ['wa'], ヰ: ['i'], ヱ: ['e'], ヲ: ['o'], ヴ: ['vu'],
  ァ: ['a'], ィ: ['i'], ゥ: ['u'], ェ: ['e'], ォ: ['o'], ャ: ['ya'], ュ: ['yu'], ョ: ['yo'],
  ヮ: ['wa'], ヵ: ['ka'], ヶ: ['ke'],
  キャ: ['kya'], キュ: ['kyu'], キョ: ['kyo'], ギャ: ['gya'], ギュ: ['gyu'], ギョ: ['gyo'],
  シャ: ['sha', 'sya'], シュ: ['shu', 'syu'], ショ: ['sho', 'syo'],
  ジャ: ['ja', 'zya'], ジュ: ['ju', 'zyu'], ジョ: ['jo', 'zyo'],
  チャ: ['cha', 'tya'], チュ: ['chu', 'tyu'], チョ: ['cho', 'tyo'],
  ヂャ: ['ja', 'zya'], ヂュ: ['ju', 'zyu'], ヂョ: ['jo', 'zyo'],
  ニャ: ['nya'], ニュ: ['nyu'], ニョ: ['nyo'], ヒャ: ['hya'], ヒュ: ['hyu'], ヒョ: ['hyo'],
  ビャ: ['bya'], ビュ: ['byu'], ビョ: ['byo'], ピャ: ['pya'], ピュ: ['pyu'], ピョ: ['pyo'],
  ミャ: ['mya'], ミュ: ['myu'], ミョ: ['myo'], リャ: ['rya'], リュ: ['ryu'], リョ: ['ryo'],
  // Loanword sounds, written with a small vowel (Hepburn's extended table).
  シェ: ['she', 'sye'], ジェ: ['je', 'zye'], チェ: ['che', 'tye'],
  ティ: ['ti'], ディ: ['di'], トゥ: ['tu'], ドゥ: ['du'], テュ: ['tyu'], デュ: ['dyu'],
  ファ: ['fa'], フィ: ['fi'], フェ: ['fe'], フォ: ['fo'], フュ: ['fyu'],
  ウィ: ['wi'], ウェ: ['we'], ウォ: ['wo'], イェ: ['ye'],
  ヴァ: ['va'], ヴィ: ['vi'], ヴェ: ['ve'], ヴォ: ['vo'], ヴュ: ['vyu'],
  ツァ: ['tsa'], ツィ: ['tsi'], ツェ: ['tse'], ツォ: ['tso'],
  クァ: ['kwa'], クィ: ['kwi'], クェ: ['kwe'], クォ: ['kwo'], グァ: ['gwa'],
  スィ: ['si'], ズィ: ['zi'], キェ: ['kye'], ニェ: ['nye'], ヒェ: ['hye'], ミェ: ['mye'], リェ: ['rye'],
};

const SOKUON = 'ッ';
const LONG_MARK = 'ー';
const MORAIC_N = 'ン';
/** Iteration marks: repeat the kana before, the second voiced (いすゞ → isuzu). */
const REPEAT = 'ヽ';
const REPEAT_VOICED = 'ヾ';
/** Hiragana U+3041–U+3096 and its iteration marks ゝゞ sit 0x60 below their katakana. */
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/u;
const KATAKANA_OFFSET = 0x60;
const VOICED: Readonly<Record<string, string>> = {
  カ: 'ガ', キ: 'ギ', ク: 'グ', ケ: 'ゲ', コ: 'ゴ', サ: 'ザ', シ: 'ジ', ス: 'ズ', セ: 'ゼ', ソ: 'ゾ',
  タ: 'ダ', チ: 'ヂ', ツ: 'ヅ', テ: 'デ', ト: 'ド', ハ: 'バ', ヒ: 'ビ', フ: 'ブ', ヘ: 'ベ', ホ: 'ボ', ウ: 'ヴ',
};
const LABIAL = /^[bmp]/;
/**
 * Kana whose vowel Japanese adds after a consonant of a foreign name that has none (キム Kim,
 * ヴィクトル Viktor, スミス Smith, ドナルド Donald): the consonant alone. The added vowel is u,
 * read so where no vowel sound follows, or o after t and d, read so only at the end (the o
 * of ドナルド's first ド is its own).
 */
const EPENTHETIC_U: Readonly<Record<string, string>> = {
  ク: 'k', グ: 'g', ス: 's', ズ: 'z', ツ: 'ts', ヅ: 'z', フ: 'f', ブ: 'b', プ: 'p', ム: 'm', ル: 'r', ヴ: 'v',
};
/** ム and ル start a foreign name with their own u (ムガベ Mugabe, ルカ Luca); the others do not (スミス Smith). */
const SOUNDED_FIRST = new Set(['ム', 'ル']);
/** Vowels after which ー stands for an r (-ar, -er, -or); after i and u it is a long vowel (ジーン Jean). */
const R_COLOURED = 'aeo';
const EPENTHETIC_O: Readonly<Record<string, string>> = { ト: 't', ド: 'd' };
const VOWELS = 'aeiou';

type System = 0 | 1; // index into a KANA entry: Hepburn, Kunrei
/**
 * shortened: ō → o; kana: as the kana write it (ou, oo, ー repeats the vowel); passport: ō →
 * oh; loanword: added vowels dropped, and ー after a, e, o the unpronounced r of an English or
 * German -ar, -er, -or (マウラー Maurer, フィッシャー Fischer).
 */
type LongVowels = 'shortened' | 'kana' | 'passport' | 'loanword';

/** One kana sound, or one of the marks that act on their neighbours. */
type Unit = { kind: 'kana'; key: string } | { kind: 'sokuon' } | { kind: 'long' } | { kind: 'n' };

function toKatakana(token: string): string {
  let out = '';
  for (const ch of token) {
    out += HIRAGANA.test(ch) ? String.fromCodePoint(ch.codePointAt(0)! + KATAKANA_OFFSET) : ch;
  }
  return out;
}

/** Katakana → units, two-character sounds (キャ, ファ) first; characters that are not kana are skipped. */
function readUnits(katakana: string): Unit[] {
  const units: Unit[] = [];
  const chars = Array.from(katakana);
  let previous = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === SOKUON) units.push({ kind: 'sokuon' });
    else if (ch === LONG_MARK) units.push({ kind: 'long' });
    else if (ch === MORAIC_N) units.push({ kind: 'n' });
    else if (ch === REPEAT || ch === REPEAT_VOICED) {
      const repeated = ch === REPEAT_VOICED ? (VOICED[previous] ?? previous) : previous;
      if (KANA[repeated]) units.push({ kind: 'kana', key: repeated });
    } else if (i + 1 < chars.length && KANA[ch + chars[i + 1]]) {
      units.push({ kind: 'kana', key: ch + chars[i + 1] });
      previous = ch;
      i++;
    } else if (KANA[ch]) {
      units.push({ kind: 'kana', key: ch });
      previous = ch;
    }
  }
  return units;
}

function spell(unit: Unit | undefined, system: System): string {
  if (!unit || unit.kind !== 'kana') return '';
  const entry = KANA[unit.key];
  return entry[system] ?? entry[0];
}

/** A plain vowel kana that lengthens the vowel before it: ウ after o or u, オ after o. */
function lengthens(key: string, vowelBefore: string): boolean {
  return (key === 'ウ' && (vowelBefore === 'o' || vowelBefore === 'u')) || (key === 'オ' && vowelBefore === 'o');
}

/** The doubled consonant a sokuon makes before a spelling: tt, kk, and Hepburn's tch. */
function geminate(next: string, system: System): string {
  if (next.length === 0 || VOWELS.includes(next[0])) return '';
  return system === 0 && next.startsWith('ch') ? 't' : next[0];
}

function romanise(units: Unit[], system: System, long: LongVowels): string {
  let out = '';
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const last = out.length > 0 ? out[out.length - 1] : '';
    const vowelBefore = VOWELS.includes(last) ? last : '';
    if (unit.kind === 'sokuon') {
      out += geminate(spell(units[i + 1], system), system);
    } else if (unit.kind === 'n') {
      out += long === 'passport' && LABIAL.test(spell(units[i + 1], system)) ? 'm' : 'n';
    } else if (unit.kind === 'long' || lengthens(unit.key, vowelBefore)) {
      if (long === 'kana') out += unit.kind === 'long' ? vowelBefore : spell(unit, system);
      else if (long === 'passport' && vowelBefore === 'o') out += 'h';
      else if (long === 'loanword' && unit.kind === 'long' && vowelBefore && R_COLOURED.includes(vowelBefore)) out += 'r';
    } else {
      out += (long === 'loanword' ? epentheticConsonant(units, i) : undefined) ?? spell(unit, system);
    }
  }
  return out;
}

/** The consonant alone of the kana at `i`, where its vowel is the one Japanese adds (see EPENTHETIC_U). */
function epentheticConsonant(units: Unit[], i: number): string | undefined {
  const unit = units[i];
  if (unit.kind !== 'kana') return undefined;
  const u = EPENTHETIC_U[unit.key];
  if (u) return (i === 0 && SOUNDED_FIRST.has(unit.key)) || voicedNext(units[i + 1]) ? undefined : u;
  return i > 0 && i === units.length - 1 ? EPENTHETIC_O[unit.key] : undefined;
}

/** Whether the unit after an epenthetic vowel sounds a vowel of its own: a vowel kana or ー. */
function voicedNext(next: Unit | undefined): boolean {
  if (!next) return false;
  if (next.kind === 'long') return true;
  return next.kind === 'kana' && VOWELS.includes(KANA[next.key][0][0]);
}

const RENDERINGS: ReadonlyArray<readonly [System, LongVowels]> = [
  [0, 'shortened'],
  [0, 'kana'],
  [0, 'passport'],
  [1, 'shortened'],
  [1, 'kana'],
  [0, 'loanword'],
];

const LIQUID = /r/g;

/**
 * The renderings of RENDERINGS, then the shortened Hepburn one with l for r: katakana ラ行
 * stands for the l of a foreign name as often as for its r.
 */
export function kanaToLatin(token: string): string[] {
  const units = readUnits(toKatakana(token));
  const out: string[] = [];
  for (const [system, long] of RENDERINGS) {
    const rendering = romanise(units, system, long);
    if (rendering.length > 0 && !out.includes(rendering)) out.push(rendering);
  }
  if (out.length === 0) return out;
  const lateral = out[0].replace(LIQUID, 'l');
  if (!out.includes(lateral)) out.push(lateral);
  return out;
}
