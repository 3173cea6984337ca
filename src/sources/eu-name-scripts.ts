/**
 * Scripts inside one name value of the EU transcription. The Journal often prints a name and
 * its original-script spelling as one value ("Wasim Badia AL-ASSAD وسيم بديع الأسد",
 * "Stroytransgaz/Стройтрансгаз", "ЗАО ‘Интеравтоматика’, CJSC ‘Interavtomatika’"), and its
 * typists mix Latin and Cyrillic look-alikes inside one word ("ROMASHKІN" with a Cyrillic І,
 * "Дзмiтрый" with a Latin i). These functions mend such words and cut a value where the
 * name in one script ends and the name in another begins.
 */
import { charScript, type Script } from '../names/script.js';
import { LATIN_HOMOGLYPHS } from '../names/translit/cyrillic-table.js';

const TO_CYRILLIC = new Map<string, string>();
const TO_LATIN = new Map<string, string>();
for (const [latin, cyrillic] of Object.entries(LATIN_HOMOGLYPHS)) {
  // ĸ has no capital of its own: only the pairs whose capitals differ are added twice.
  const pairs = latin.toUpperCase() === latin ? [[latin, cyrillic]] : [[latin, cyrillic], [latin.toUpperCase(), cyrillic.toUpperCase()]];
  for (const [l, c] of pairs) {
    TO_CYRILLIC.set(l, c);
    if (!TO_LATIN.has(c)) TO_LATIN.set(c, l);
  }
}

const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const UPPER = /\p{Lu}/u;

/**
 * Latin and Cyrillic look-alikes typed inside a word of the other script, turned into that
 * script: "ROMASHKІN" → "ROMASHKIN", "КАРТAПOЛOВ" → "КАРТАПОЛОВ", "ТAMБOB" → "ТАМБОВ". A word
 * made only of look-alikes of both takes the value's script ("хiмii"), and so does a one-letter
 * word ("нафце i хiмii", "Общество c ограниченной…"). Words that mix letters only one script
 * has ("VXI-Системы") stay, and so do whole words in one script ("Север", "OOO").
 */
export function mendLookAlikes(text: string): string {
  const runs = [...text.matchAll(LETTER_RUN)].map((m) => letterCounts(m[0]));
  const latin = runs.reduce((n, r) => n + r.latinOwn, 0);
  const cyrillic = runs.reduce((n, r) => n + r.cyrillicOwn, 0);
  const dominant: Script | null = latin > cyrillic ? 'Latin' : cyrillic > latin ? 'Cyrillic' : null;
  return text.replace(LETTER_RUN, (run, at: number) => mendRun(run, isWordAlone(text, at, run.length) ? dominant : null, dominant));
}

function isWordAlone(text: string, at: number, length: number): boolean {
  return length === 1 && (at === 0 || /\s/.test(text[at - 1])) && (at + 1 === text.length || /\s/.test(text[at + 1]));
}

interface LetterCounts {
  latin: number;
  cyrillic: number;
  /** Letters the other alphabet has no look-alike of. */
  latinOwn: number;
  cyrillicOwn: number;
}

function letterCounts(run: string): LetterCounts {
  const c: LetterCounts = { latin: 0, cyrillic: 0, latinOwn: 0, cyrillicOwn: 0 };
  for (const ch of run) {
    const s = charScript(ch);
    if (s === 'Latin') {
      c.latin++;
      if (!lookAlike(ch, TO_CYRILLIC)) c.latinOwn++;
    } else if (s === 'Cyrillic') {
      c.cyrillic++;
      if (!lookAlike(ch, TO_LATIN)) c.cyrillicOwn++;
    }
  }
  return c;
}

/** `single`: the script a one-letter word takes; `dominant`: the value's script, for words of look-alikes of both. */
function mendRun(run: string, single: Script | null, dominant: Script | null): string {
  const c = letterCounts(run);
  let target: Script | null = null;
  if (c.latin > 0 && c.cyrillic > 0) {
    if (c.latinOwn > 0 && c.cyrillicOwn > 0) return run;
    if (c.latinOwn > 0) target = 'Latin';
    else if (c.cyrillicOwn > 0) target = 'Cyrillic';
    else target = dominant ?? (c.latin > c.cyrillic ? 'Latin' : c.cyrillic > c.latin ? 'Cyrillic' : null);
  } else if (c.latinOwn + c.cyrillicOwn === 0) {
    target = single;
  }
  if (target === null || (target === 'Latin' ? c.cyrillic === 0 : c.latin === 0)) return run;
  const [minority, table]: [Script, Map<string, string>] = target === 'Cyrillic' ? ['Latin', TO_CYRILLIC] : ['Cyrillic', TO_LATIN];
  let out = '';
  for (const ch of run) {
    if (charScript(ch) !== minority) {
      out += ch;
      continue;
    }
    // An accented look-alike ("é" in "oпoлчéние") keeps its accent on the other script's letter.
    const [base, ...marks] = ch.normalize('NFD');
    out += table.get(base)! + marks.join('');
  }
  return out.normalize('NFC');
}

function lookAlike(ch: string, table: Map<string, string>): boolean {
  return table.has(ch.normalize('NFD')[0]);
}

/** What a word is written in: a script, "shared" for capitals both alphabets have (OOO, AO, ТАА), or "none". */
export type WordSide = Script | 'shared' | 'none';

function wordSide(word: string): WordSide {
  const counts = new Map<Script, number>();
  let shared = true;
  for (const ch of word) {
    const s = charScript(ch);
    if (!s) continue;
    counts.set(s, (counts.get(s) ?? 0) + 1);
    if (!UPPER.test(ch) || !(TO_CYRILLIC.has(ch) || TO_LATIN.has(ch))) shared = false;
  }
  if (counts.size === 0) return 'none';
  if (shared) return 'shared';
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

const isStrong = (side: WordSide): side is Script => side !== 'shared' && side !== 'none';

/** Words: letters and digits, joined inside by hyphens, apostrophes and dots. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑'’ʼ`.][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

interface Word {
  start: number;
  end: number;
  side: WordSide;
  letters: number;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: m.index!,
    end: m.index! + m[0].length,
    side: wordSide(m[0]),
    letters: m[0].length,
  }));
}

/** The one script all of a text's words are in, leaving out shared capitals; "none" when they are in none or several. */
export function pureSide(text: string): WordSide {
  const sides = new Set(wordsOf(text).map((w) => w.side).filter(isStrong));
  return sides.size === 1 ? [...sides][0] : 'none';
}

/** The script most of a text's letters are in, leaving out shared capitals; "none" when it has none. */
export function textSide(text: string): WordSide {
  const counts = new Map<Script, number>();
  for (const w of wordsOf(text)) if (isStrong(w.side)) counts.set(w.side, (counts.get(w.side) ?? 0) + w.letters);
  if (counts.size === 0) return 'none';
  return [...counts].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

const OPENERS = new Set(['«', '„', '(', '[', '{']);
const CLOSERS = new Set(['»', '”', ')', ']', '}', '’']);
/** Open a quotation, except right after a word, where they close one („…“, a mistyped ‘…‘). */
const OPENERS_UNLESS_AFTER_WORD = new Set(['‘', '“', '"']);
const SEPARATOR = /[,;/–—]|\s-\s/;

/** The space between two words, and whether the value may be cut there. */
interface Gap {
  /** End of the left piece: the gap's leading closing marks stay with it. */
  left: number;
  /** Start of the right piece: the gap's trailing opening marks go with it. */
  right: number;
  /** Outside every quotation and bracket, and not just before one that opens. */
  cuttable: boolean;
  /** Holds a comma, slash, dash or semicolon: a place the Journal itself separates names. */
  separated: boolean;
}

function gapsOf(text: string, words: Word[]): Gap[] {
  const gaps: Gap[] = [];
  let depth = 0;
  for (const ch of text.slice(0, words[0]?.start ?? 0)) if (OPENERS.has(ch) || OPENERS_UNLESS_AFTER_WORD.has(ch)) depth++;
  for (let i = 0; i + 1 < words.length; i++) {
    const from = words[i].end;
    const to = words[i + 1].start;
    let left = from;
    let right = to;
    let closes = false;
    let opens = false;
    let depthAtCut = -1;
    for (let p = from; p < to; p++) {
      const ch = text[p];
      const opening = OPENERS.has(ch) || (OPENERS_UNLESS_AFTER_WORD.has(ch) && p !== from);
      const closing = !opening && (CLOSERS.has(ch) || OPENERS_UNLESS_AFTER_WORD.has(ch));
      if (closing) {
        depth = Math.max(0, depth - 1);
        closes = true;
        if (!opens) left = p + 1;
      } else if (opening) {
        if (!opens) {
          depthAtCut = depth;
          right = p;
        }
        depth++;
        opens = true;
      }
    }
    if (depthAtCut < 0) depthAtCut = depth;
    const between = text.slice(from, to);
    const separated = SEPARATOR.test(between);
    gaps.push({ left, right, cuttable: depthAtCut === 0 && (!opens || closes || separated), separated });
  }
  return gaps;
}

/** Where to cut between two words of different scripts: at the Journal's own separator if any, else as early as possible. */
function chooseCut(between: Gap[]): Gap | undefined {
  const separated = between.filter((g) => g.cuttable && g.separated);
  return separated.length > 0 ? separated[separated.length - 1] : between.find((g) => g.cuttable);
}

/**
 * The value cut wherever the script changes from one word to the next, outside quotations:
 * "KIM Kwang Yon 김광연" → "KIM Kwang Yon", "김광연". Shared capitals (a legal form like OOO)
 * go with the name after them unless a separator comes first. Pieces are returned untidied.
 */
export function splitAtScriptChanges(text: string): string[] {
  const words = wordsOf(text);
  // Capitals shared with Cyrillic are Latin in a value without Cyrillic ("KHITI عامرتيسير").
  if (!words.some((w) => w.side === 'Cyrillic')) for (const w of words) if (w.side === 'shared') w.side = 'Latin';
  const gaps = gapsOf(text, words);
  const cuts: Gap[] = [];
  let previous = -1;
  for (let i = 0; i < words.length; i++) {
    if (!isStrong(words[i].side)) continue;
    if (previous >= 0 && words[previous].side !== words[i].side) {
      const cut = chooseCut(gaps.slice(previous, i));
      if (cut) cuts.push(cut);
    }
    previous = i;
  }
  const pieces: string[] = [];
  let start = 0;
  for (const cut of cuts) {
    pieces.push(text.slice(start, cut.left));
    start = cut.right;
  }
  pieces.push(text.slice(start));
  return pieces;
}
