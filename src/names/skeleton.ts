/**
 * Consonant skeleton: a key on which Latin renderings of one name agree whatever convention
 * wrote them. Abjads leave short vowels unwritten and every romanisation spells consonants its
 * own way, so the key keeps consonants only, each reduced to its equivalence class, and writes
 * a class once where it repeats, even across a vowel (shadda is unwritten, and so is the vowel
 * between two alike: Ferdinand = פרדיננד): MUHAMMAD, MOHAMED and MUKHAMMAD all give "mhmt";
 * LAVROV and "lafrof" (لافروف) give "lfrf".
 *
 * Input: lower-case ASCII (what `latinize` returns); any other character separates words.
 * Output: one skeleton per word, joined by single spaces; a word without consonants ("o",
 * "ea") contributes nothing.
 */

/**
 * Spellings → class; the reader takes the longest spelling that matches. Each class is named
 * by one canonical letter: its main member, except j (the voiced affricates with g, which
 * Arabic writes ج غ گ and spellings interchange) and x (the hushing sounds).
 *
 * | class | spellings | why they meet |
 * |---|---|---|
 * | b | b p bh | Arabic has no p (بيتر = Peter); Korean p/b are one phoneme; Indic bh |
 * | t | t d th dh | ت ط د ض ث ذ ظ: ODNI th/dh, Maghrebi t/d, Gulf th (Kathim = Kadhim); final devoicing (Ahmet) |
 * | k | k q c ck | ق ك: q (BGN), k (French, Russian), c (Italian, Spanish) |
 * | j | j g gh dj zh dzh dsch dg jh, initial y | ج غ ژ گ: Jamal = Gamal = Djamel, Ghali = Gali; Russian ж; Jusuf = Yusuf |
 * | s | s z ts tz, soft c | س ص ز; Persian ث ذ ظ (Osman, Zaker); English final s sounds z (Jones = جونز) |
 * | x | sh ch sch tch tsh tsch cz sz | ش: sh (English), ch (French Chérif), sch (German); تش = English ch |
 * | h | h kh | ح خ ه: Russian writes ح as kh (Mukhammad), Turkish خ as h (Halit) |
 * | f | f v ph, initial w | ف for v (Lavrov = لافروف); Persian و is v (Vahid = Wahid) |
 * | l r m n | themselves | distinct in every script handled here |
 * | (none) | a e i o u, y w j as glides, silent h | unwritten or written at will in abjads |
 *
 * x is read as ks (Alexander = الكسندر); Polish -wski, -wicz, -witz keep their w as v.
 */
const SPELLING_CLASS: Readonly<Record<string, string>> = {
  b: 'b', p: 'b', bh: 'b',
  t: 't', d: 't', th: 't', dh: 't', ght: 't',
  k: 'k', q: 'k', c: 'k', ck: 'k', cc: 'k',
  j: 'j', g: 'j', gh: 'j', dj: 'j', zh: 'j', dzh: 'j', dsch: 'j', gu: 'j', dg: 'j', jh: 'j',
  s: 's', z: 's', ts: 's', tz: 's',
  sh: 'x', ch: 'x', sch: 'x', tch: 'x', tsh: 'x', tsch: 'x', cz: 'x', sz: 'x',
  h: 'h', kh: 'h',
  f: 'f', v: 'f', ph: 'f', w: 'f',
  l: 'l', r: 'r', m: 'm', n: 'n', rh: 'r', lj: 'l',
  x: 'ks', wski: 'fsk', wsky: 'fsk', wska: 'fsk', wicz: 'fx', witz: 'fs',
};

const A = 97;
const NONE = -1;
const VOWEL = new Uint8Array(26);
for (const v of 'aeiou') VOWEL[v.charCodeAt(0) - A] = 1;

/** Class strings by id; a reading is packed as id * 8 + length so the hot loop allocates nothing. */
const CLASSES: string[] = [''];
const SILENT = 0;

function classId(cls: string): number {
  const i = CLASSES.indexOf(cls);
  return i >= 0 ? i : CLASSES.push(cls) - 1;
}

function pack(cls: string, length: number): number {
  return classId(cls) * 8 + length;
}

interface TrieNode {
  reading: number;
  next: (TrieNode | undefined)[];
}

/** The spelling table as a trie over letters, so reading is one pass with no substrings. */
function buildSpellingTrie(table: Readonly<Record<string, string>>): TrieNode {
  const root: TrieNode = { reading: NONE, next: [] };
  for (const [spelling, cls] of Object.entries(table)) {
    let node = root;
    for (let i = 0; i < spelling.length; i++) node = node.next[spelling.charCodeAt(i) - A] ??= { reading: NONE, next: [] };
    node.reading = pack(cls, spelling.length);
  }
  return root;
}

const TRIE = buildSpellingTrie(SPELLING_CLASS);
const SILENT_ONE = pack('', 1);
const K_ONE = pack('k', 1);
const K_TWO = pack('k', 2);
const S_ONE = pack('s', 1);
const X_ONE = pack('x', 1);
const X_TWO = pack('x', 2);
const L_THREE = pack('l', 3);
const J_ONE = pack('j', 1);
const F_ONE = pack('f', 1);
const F_TWO = pack('f', 2);

/** Letter index 0–25 at i, or -1 past the end or for anything but a–z. */
function letterAt(s: string, i: number): number {
  if (i >= s.length) return -1;
  const c = s.charCodeAt(i) - A;
  return c >= 0 && c < 26 ? c : -1;
}

function isVowelAt(s: string, i: number): boolean {
  const c = letterAt(s, i);
  return c >= 0 && VOWEL[c] === 1;
}

function isVowelOrGlideAt(s: string, i: number): boolean {
  const c = letterAt(s, i);
  return c >= 0 && (VOWEL[c] === 1 || c === 24 /* y */ || c === 22 /* w */);
}

/** Longest spelling in the table starting at i, packed, or NONE. */
function readSpelling(s: string, i: number): number {
  let node: TrieNode | undefined = TRIE;
  let best = NONE;
  for (let j = i; node; j++) {
    const c = letterAt(s, j);
    if (c < 0) break;
    node = node.next[c];
    if (node && node.reading !== NONE) best = node.reading;
  }
  return best;
}

/**
 * Letters whose class depends on their neighbours. c is soft before e, i, y, and a final -ic is
 * the Slavic -ić (Marković = ماركوفيتش); an initial ch before r or l is Greek k (Christos);
 * Italian cc before e or i is ch (Ricci = ريتشي) and gli before a vowel is l (Gagliardi).
 * y and w are consonants only at the start of a word before a vowel, glides elsewhere (Ayman,
 * Marwan = Marouane); an initial y is j's class, as German, Dutch and Slavic spell it (Jusuf,
 * Johansen). j after i, or after a vowel and before a consonant, is a glide (Matija, Vojtek).
 * h is silent at the end of a word after a vowel (Abdullah = Abdulla, Fatimah = Fatima), and
 * only there: inside a word it is ح or ه (Ahmad, Mahmud and Mahdi must stay apart).
 * Returns a packed reading, or NONE to read the table.
 */
function readContextual(s: string, i: number, wordStart: boolean): number {
  const c = s.charCodeAt(i);
  if (c === 99 /* c */) {
    const n = s.charCodeAt(i + 1);
    if (n === 104 /* h */) {
      const n2 = s.charCodeAt(i + 2);
      return wordStart && (n2 === 114 || n2 === 108) ? K_TWO : NONE;
    }
    if (n === 101 || n === 105 || n === 121) return S_ONE;
    if (n === 99 /* cc */ && (s.charCodeAt(i + 2) === 101 || s.charCodeAt(i + 2) === 105)) return X_TWO;
    if (letterAt(s, i + 1) < 0 && i > 0 && s.charCodeAt(i - 1) === 105 /* i */) return X_ONE;
    return n === 107 /* ck */ || n === 99 /* cc */ || n === 122 /* cz */ ? NONE : K_ONE;
  }
  if (c === 103 /* gli */ && s.charCodeAt(i + 1) === 108 && s.charCodeAt(i + 2) === 105 && isVowelAt(s, i + 3)) {
    return L_THREE;
  }
  if (c === 121 /* y */) return wordStart && isVowelAt(s, i + 1) ? J_ONE : SILENT_ONE;
  if (c === 106 /* j */ && isVowelAt(s, i - 1) && (s.charCodeAt(i - 1) === 105 || !isVowelAt(s, i + 1))) {
    return SILENT_ONE;
  }
  if (c === 119 /* w */) {
    if (wordStart && isVowelOrGlideAt(s, i + 1)) return F_ONE;
    if (wordStart && s.charCodeAt(i + 1) === 104 /* wh */) return F_TWO;
    const read = readSpelling(s, i);
    return read !== NONE && read % 8 > 2 ? read : SILENT_ONE;
  }
  if (c === 104 /* h */ && isVowelAt(s, i - 1) && letterAt(s, i + 1) < 0) return SILENT_ONE;
  return NONE;
}

/** The consonant skeleton of Latin text: one key per word, joined by single spaces. */
export function consonantSkeleton(latin: string): string {
  let out = '';
  let word = '';
  let last = SILENT;
  let wordStart = true;
  let i = 0;
  while (i < latin.length) {
    const c = letterAt(latin, i);
    if (c < 0 || VOWEL[c] === 1) {
      if (c < 0) {
        if (word) out = out ? `${out} ${word}` : word;
        word = '';
        last = SILENT;
      }
      wordStart = c < 0;
      i++;
      continue;
    }
    let read = readContextual(latin, i, wordStart);
    if (read === NONE) read = readSpelling(latin, i);
    wordStart = false;
    if (read === NONE) {
      i++;
      continue;
    }
    const cls = CLASSES[read >> 3];
    for (let k = 0; k < cls.length; k++) {
      const code = cls.charCodeAt(k);
      if (code !== last) word += cls[k];
      last = code;
    }
    i += read & 7;
  }
  if (word) out = out ? `${out} ${word}` : word;
  return out;
}

/** True when two Latin renderings share a consonant skeleton. */
export function skeletonEquals(a: string, b: string): boolean {
  return consonantSkeleton(a) === consonantSkeleton(b);
}

/**
 * How a spelling begins (its first letter, or "*" for any vowel) and its consonant skeleton:
 * two spellings with one shape read alike and start alike, so one of them is enough for a
 * matcher that finds names by sound and compares their first letters.
 */
export function spellingShape(spelling: string): string {
  return `${/^[aeiouy]/.test(spelling) ? '*' : spelling[0]}${consonantSkeleton(spelling)}`;
}

/**
 * At most `max` renderings: the `fixed` ones (known spellings) first, then the candidates in
 * order, those adding a key (by default a consonant skeleton) not yet seen before those that
 * only respell one, so a short list still covers every reading a matcher could meet.
 */
export function preferDistinct(
  fixed: readonly string[], candidates: readonly string[], max: number, keyOf: (r: string) => string = consonantSkeleton,
): string[] {
  const seen = new Set<string>(fixed);
  const keys = new Set<string>([...seen].map(keyOf));
  const fresh: string[] = [...seen];
  const repeats: string[] = [];
  for (const r of candidates) {
    if (!r || seen.has(r)) continue;
    seen.add(r);
    const key = keyOf(r);
    if (keys.has(key)) repeats.push(r);
    else {
      keys.add(key);
      fresh.push(r);
    }
  }
  return fresh.concat(repeats).slice(0, max);
}
