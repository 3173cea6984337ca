/**
 * Running text → word tokens that remember where they stand in it: character offsets (UTF-16
 * units, as JavaScript counts them) into the original text, the sentence they are in, the
 * quotation they sit inside, and what separates each from the one before (a space, a hyphen,
 * a comma, a sentence end). Names are found over these tokens, and every finding can point
 * back at the exact characters it came from.
 */
import { normalizeName } from '../normalize.js';
import { tokenScript, type Script } from '../script.js';

/** What stands between a token and the one before it. */
export type Gap = 'start' | 'space' | 'hyphen' | 'comma' | 'quote' | 'stop';

export interface TextToken {
  /** Offsets of the word in the original text: text.slice(start, end). */
  start: number;
  end: number;
  raw: string;
  /** The word as names are compared (normalizeName), without spaces. */
  form: string;
  /** The form with the letter variants writers mix folded (phraseKey): what tables are looked up by. */
  key: string;
  script: Script;
  /** Written with a capital first letter (Latin, Cyrillic, Greek). */
  capitalised: boolean;
  /** Every letter a capital ("US", "EU", "МИД"). */
  upper: boolean;
  /** Written with an English possessive ("JPMorgan's"): a name ends with it. */
  possessive: boolean;
  gap: Gap;
  sentence: number;
  /** Index of the quotation (TokenizedText.quotes) the token is inside, or -1. */
  quote: number;
}

/** A stretch of text between quotation marks, by token indexes (last inclusive). */
export interface Quotation {
  open: number;
  close: number;
  first: number;
  last: number;
}

export interface TokenizedText {
  tokens: TextToken[];
  quotes: Quotation[];
}

/** A word: letters, marks and digits, with apostrophes inside it ("O'Brien", "d'Ivoire"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
/** An English possessive on a name ("Lavrov's"): the name ends before it. */
const POSSESSIVE = /['’ʼ]s$/u;
const SENTENCE_END = /[.!?؟。\n]/;
const COMMA = /[,،;؛:()\[\]]/;
const HYPHEN = /^[-‐‑–]$/;
/** Marks that open and close quotations; a straight quote opens when none is open and closes otherwise. */
const OPENING: ReadonlyMap<string, string> = new Map([['«', '»'], ['“', '”'], ['„', '“'], ['‹', '›'], ['"', '"'], ['”', '”']]);
const QUOTE_MARKS = /["«»“”„‹›]/g;
/** Longest quotation read as one: a stray mark must not swallow a paragraph. */
const MAX_QUOTE_CHARS = 400;

/**
 * Letters that the same writer spells either way: Arabic alef with or without hamza, ta
 * marbuta and ha, Persian ya and kaf; Russian ё and е. Tables and text meet in this form.
 * Alef maqsura stays: folded, على ("on") would be علي (Ali).
 */
const KEY_FOLDS: Readonly<Record<string, string>> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ة': 'ه', 'ё': 'е', 'ی': 'ي', 'ک': 'ك' };
const FOLDED = /[أإآٱةёیک]/g;

export function phraseKey(form: string): string {
  return form.replace(FOLDED, (c) => KEY_FOLDS[c]);
}

function gapOf(between: string, first: boolean): Gap {
  if (first) return 'start';
  if (SENTENCE_END.test(between)) return 'stop';
  if (/["«»“”„‹›]/.test(between)) return 'quote';
  if (COMMA.test(between)) return 'comma';
  if (HYPHEN.test(between)) return 'hyphen';
  return 'space';
}

/** Quotation marks in the text, paired: [open offset, close offset]. */
function quotationMarks(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open: { at: number; closer: string } | null = null;
  for (const m of text.matchAll(QUOTE_MARKS)) {
    const ch = m[0];
    const at = m.index!;
    if (open && (ch === open.closer || (open.closer === '"' && ch === '"'))) {
      if (at - open.at <= MAX_QUOTE_CHARS) out.push([open.at, at]);
      open = null;
    } else if (OPENING.has(ch)) {
      open = { at, closer: OPENING.get(ch)! };
    }
  }
  return out;
}

function isCased(script: Script): boolean {
  return script === 'Latin' || script === 'Cyrillic' || script === 'Greek';
}

/** The words of a text with their offsets, sentences and quotations. */
export function tokenizeText(text: string): TokenizedText {
  const tokens: TextToken[] = [];
  // Articles repeat their words: each is normalised once.
  const forms = new Map<string, string>();
  let sentence = 0;
  let previousEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let raw = m[0];
    const start = m.index!;
    const possessive = POSSESSIVE.test(raw) && tokenScript(raw) === 'Latin';
    if (possessive) raw = raw.replace(POSSESSIVE, '');
    let form = forms.get(raw);
    if (form === undefined) forms.set(raw, (form = normalizeName(raw).replaceAll(' ', '')));
    if (form.length === 0) continue;
    const gap = gapOf(text.slice(previousEnd, start), tokens.length === 0);
    if (gap === 'stop') sentence++;
    const script = tokenScript(raw);
    const first = raw[0];
    tokens.push({
      start, end: start + raw.length, raw, form, key: phraseKey(form), script,
      capitalised: isCased(script) && first !== first.toLowerCase(),
      upper: isCased(script) && raw === raw.toUpperCase() && raw !== raw.toLowerCase(),
      possessive, gap, sentence, quote: -1,
    });
    previousEnd = start + m[0].length;
  }
  const quotes: Quotation[] = [];
  let t = 0;
  for (const [open, close] of quotationMarks(text)) {
    while (t < tokens.length && tokens[t].start < open) t++;
    let last = t;
    while (last < tokens.length && tokens[last].end <= close) last++;
    if (last === t) continue;
    const q = quotes.length;
    quotes.push({ open, close, first: t, last: last - 1 });
    for (let i = t; i < last; i++) tokens[i].quote = q;
  }
  return { tokens, quotes };
}
