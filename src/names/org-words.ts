/**
 * Organisation words (org-words-data.ts) at work: the English equivalents of a word as a name
 * writes it — declined ("государственного", "заводы"), or romanised ("zavod",
 * "gosudarstvennoe") — and the romanised words an English word stands for ("plant" → "zavod"),
 * so that a translated name meets the original from either side. Russian, Ukrainian and
 * Belarusian words are found through their stem and an ending of any of the three
 * languages; words of other scripts as written.
 */
import { ORG_WORD_GROUPS } from './org-words-data.js';
import { normalizeName } from './normalize.js';
import { latinize } from './translit.js';
import { tokenScript } from './script.js';

interface Entry {
  english: readonly string[];
  generic: boolean;
  /** A noun's equivalents take the plural where the word does; an adjective's do not. */
  noun: boolean;
}

const CYRILLIC_WORD = /^[\u0400-\u04ff]+$/;
/** Adjectives in their dictionary form; the ending goes, the stem takes any other. */
const ADJECTIVE_LEMMA = /(ый|ий|ой|ій)$/;
/** Nouns drop their last vowel (or soft sign, or й) to leave the stem. */
const NOUN_LEMMA = /[аяоеєиыіьй]$/;
/**
 * Case and number endings of Russian, Ukrainian and Belarusian adjectives and nouns, one set
 * for the three languages: a word declined in any of them is its stem and one of these.
 */
const ADJECTIVE_ENDINGS = [
  'ый', 'ий', 'ой', 'ій', 'ы', 'і', 'ая', 'яя', 'а', 'я', 'ое', 'ее', 'ае', 'яе', 'е', 'є', 'ого', 'его', 'ага', 'яга',
  'ому', 'ему', 'аму', 'ым', 'им', 'ім', 'ом', 'ем', 'ую', 'юю', 'у', 'ю', 'ые', 'ие', 'ыя', 'ія', 'ых', 'их', 'іх',
  'ыми', 'ими', 'ымі', 'ей', 'ай', 'яй', 'ої', 'ою', 'ею',
];
const NOUN_ENDINGS = [
  'а', 'я', 'о', 'е', 'у', 'ю', 'ы', 'и', 'і', 'ї', 'ь', 'й', 'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'ам', 'ям',
  'ами', 'ями', 'амі', 'ах', 'ях', 'ов', 'ев', 'ів', 'аў', 'ью', 'ии', 'ию', 'ові',
];
const ENDINGS: ReadonlySet<string> = new Set([...ADJECTIVE_ENDINGS, ...NOUN_ENDINGS]);
/** The forms names mostly use: nominative, genitive and plural (a list of every form would be long). */
const GENERIC_ADJECTIVE_ENDINGS = ['ая', 'ое', 'ого', 'ой', 'ые', 'ых', 'а', 'е', 'ае', 'ага', 'ыя', 'ы'];
const GENERIC_NOUN_ENDINGS = ['а', 'я', 'е', 'у', 'ы', 'и', 'і', 'ов', 'ей', 'ом', 'ой', 'ам', 'ах', 'ами'];
const MAX_ENDING = 3;
/** Endings only plurals have ("заводов", "институтам"): their equivalents are plurals first. */
const PLURAL_ENDINGS: ReadonlySet<string> = new Set(['ов', 'ев', 'ів', 'їв', 'аў', 'яў', 'ам', 'ям', 'ами', 'ями', 'амі', 'ямі', 'ах', 'ях']);
/** Endings of plurals and of some singular cases too ("системы", "двигателей"): singulars first. */
const MAYBE_PLURAL_ENDINGS: ReadonlySet<string> = new Set(['ы', 'и', 'і', 'ей']);
/** Shorter stems would take endings into other words ("суд" + "а" are ships): such words match as written. */
const MIN_STEM = 4;
/**
 * Forms whose romanisations a Latin name writes: the dictionary form, and an adjective's
 * feminine, neuter and genitive forms, or a noun's genitive.
 */
const ROMANISED_ADJECTIVE_ENDINGS = ['ая', 'ое', 'ого'];
const GENITIVE_AFTER: Readonly<Record<string, string>> = { а: 'ы', я: 'и', о: 'а', е: 'я', ь: 'и' };
const CONSONANT_FINAL = /[бвгджзклмнпрстфхцчшщ]$/;
/** An English word stands for at most this many romanised words (renderings are few). */
const MAX_ROMANISED = 6;
/** Romanisations kept per form: the most standard ones. */
const ROMANISATIONS_PER_FORM = 2;
/**
 * Shorter romanisations are words and names of their own in Latin ("na" is Korean, "rada" a
 * given name): they neither stand for an English word nor give one.
 */
const MIN_ROMANISED = 5;

/** Letters written either way: ё as е; Arabic hamza carriers, alef maqsura and teh marbuta as their plain letters. */
const foldLetters = (s: string) => s.replaceAll('ё', 'е').replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ؤ/g, 'و').replace(/ئ/g, 'ي');
const key = (raw: string) => foldLetters(normalizeName(raw));
/** Arabic prefixes a word takes in a name: "and" (و), "for the" (لل → ال), "in the" (بال → ال). */
const ARABIC_PREFIXES: readonly (readonly [RegExp, string])[] = [[/^و(?=..)/, ''], [/^لل(?=..)/, 'ال'], [/^بال(?=..)/, 'ال']];
const joined = (english: string) => english.replaceAll(' ', '');

/** Stems of a dictionary form: "-ий" is an adjective's ending or a noun's last letter (депозитарий). */
function stemsOf(lemma: string): string[] {
  if (!CYRILLIC_WORD.test(lemma)) return [];
  const stems: string[] = [];
  if (ADJECTIVE_LEMMA.test(lemma)) stems.push(lemma.slice(0, -2));
  if (!ADJECTIVE_LEMMA.test(lemma) || /[иі]й$/.test(lemma)) stems.push(NOUN_LEMMA.test(lemma) ? lemma.slice(0, -1) : lemma);
  return stems.filter((s) => s.length >= MIN_STEM);
}

/** A noun's genitive singular, the form "of the plant" takes: завод → завода, комиссия → комиссии. */
function genitiveOf(lemma: string): string | null {
  if (CONSONANT_FINAL.test(lemma)) return `${lemma}а`;
  const ending = GENITIVE_AFTER[lemma.slice(-1)];
  return ending === undefined ? null : lemma.slice(0, -1) + ending;
}

function romanisedForms(lemma: string): string[] {
  if (!CYRILLIC_WORD.test(lemma)) return [lemma];
  if (ADJECTIVE_LEMMA.test(lemma)) return [lemma, ...ROMANISED_ADJECTIVE_ENDINGS.map((e) => lemma.slice(0, -2) + e)];
  const genitive = genitiveOf(lemma);
  return genitive ? [lemma, genitive] : [lemma];
}

function latinOf(form: string): string[] {
  return latinize(form, tokenScript(form));
}

interface Words {
  /** Words as written: dictionary forms, and words of scripts that are not declined here. */
  exact: Map<string, Entry>;
  /** Stems of Cyrillic words. */
  stems: Map<string, Entry>;
}

interface Romanised {
  /** Romanised forms of the words. */
  words: Map<string, Entry>;
  /** English word → romanised words it stands for. */
  byEnglish: Map<string, string[]>;
}

function addFirst<K, V>(map: Map<K, V>, k: K, v: V): void {
  if (!map.has(k)) map.set(k, v);
}

/** Every word of the table with its entry, in table order. */
function* tableWords(): Generator<[string, Entry, readonly string[]]> {
  for (const group of ORG_WORD_GROUPS) {
    for (const [raw, english] of Object.entries(group.words)) {
      const lemma = key(raw);
      yield [lemma, { english: english.map(joined), generic: group.generic, noun: !ADJECTIVE_LEMMA.test(lemma) }, english];
    }
  }
}

function buildWords(): Words {
  const out: Words = { exact: new Map(), stems: new Map() };
  for (const [lemma, entry] of tableWords()) {
    addFirst(out.exact, lemma, entry);
    for (const stem of stemsOf(lemma)) addFirst(out.stems, stem, entry);
  }
  return out;
}

/**
 * English word → romanised words it stands for: first the words it is the first equivalent
 * of, one form of each word in turn (the dictionary forms first, then their declined forms).
 */
function romanisedByEnglish(byEnglish: Map<string, { rank: number; forms: string[] }[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [english, words] of byEnglish) {
    words.sort((a, b) => a.rank - b.rank);
    const list: string[] = [];
    for (let i = 0; list.length < MAX_ROMANISED && words.some((w) => i < w.forms.length); i++) {
      for (const w of words) if (i < w.forms.length && list.length < MAX_ROMANISED && !list.includes(w.forms[i])) list.push(w.forms[i]);
    }
    out.set(english, list);
  }
  return out;
}

/** Romanisations need the transliteration rules: built when a word is first looked up. */
function buildRomanised(): Romanised {
  const words = new Map<string, Entry>();
  const byEnglish = new Map<string, { rank: number; forms: string[] }[]>();
  for (const [lemma, entry, english] of tableWords()) {
    const latin = romanisedForms(lemma).map((f) => latinOf(f).slice(0, ROMANISATIONS_PER_FORM).filter((r) => r.length >= MIN_ROMANISED && !r.includes(' ')));
    for (const r of latin.flat()) addFirst(words, r, entry);
    const firsts = latin.filter((l) => l.length > 0).map((l) => l[0]);
    english.forEach((e, rank) => {
      if (e.includes(' ')) return;
      const list = byEnglish.get(e) ?? byEnglish.set(e, []).get(e)!;
      list.push({ rank, forms: firsts.filter((f) => f !== e) });
    });
  }
  return { words, byEnglish: romanisedByEnglish(byEnglish) };
}

let words: Words | null = null;
let romanised: Romanised | null = null;
const ARABIC_WORD = /^[\u0600-\u06ff]+$/;
const WORDS = (): Words => (words ??= buildWords());
const ROMANISED = (): Romanised => (romanised ??= buildRomanised());

interface Found {
  entry: Entry;
  /** The ending the word was found with ("" when found as written). */
  ending: string;
}

/** The entry of a normalised word: as written, romanised, or a stem and an ending. */
function lookUp(word: string): Found | undefined {
  const w = foldLetters(word);
  if (ARABIC_WORD.test(w) && !WORDS().exact.has(w)) {
    for (const [prefix, instead] of ARABIC_PREFIXES) {
      const entry = prefix.test(w) ? WORDS().exact.get(w.replace(prefix, instead)) : undefined;
      if (entry) return { entry, ending: '' };
    }
  }
  if (CYRILLIC_WORD.test(w)) return lookUpCyrillic(w);
  const found = WORDS().exact.get(w) ?? ROMANISED().words.get(w);
  return found && { entry: found, ending: '' };
}

/** The entry of a folded Cyrillic word: as written, or a stem and an ending. */
function lookUpCyrillic(w: string): Found | undefined {
  const found = WORDS().exact.get(w);
  if (found) return { entry: found, ending: '' };
  const stems = WORDS().stems;
  for (let k = 1; k <= MAX_ENDING && w.length - k >= MIN_STEM; k++) {
    const ending = w.slice(-k);
    if (!ENDINGS.has(ending)) continue;
    const entry = stems.get(w.slice(0, -k));
    if (entry) return { entry, ending };
  }
  const entry = stems.get(w);
  return entry && { entry, ending: '' };
}

/** English plural of a word (or of the last of several written as one): plant → plants, laboratory → laboratories. */
function plural(english: string): string {
  if (/[^aeiou]y$/.test(english)) return `${english.slice(0, -1)}ies`;
  if (/(s|x|ch|sh)$/.test(english)) return english;
  return `${english}s`;
}

/** The equivalents in the number the word is in: a plural's plurals first, a maybe-plural's after. */
function inNumber(found: Found): readonly string[] {
  const { entry, ending } = found;
  if (!entry.noun) return entry.english;
  if (PLURAL_ENDINGS.has(ending)) return [...new Set([...entry.english.map(plural), ...entry.english])];
  if (MAYBE_PLURAL_ENDINGS.has(ending)) return [...new Set([...entry.english, ...entry.english.map(plural)])];
  return entry.english;
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * English equivalents of an organisation word as a name writes it (normalised: lower case):
 * "заводы" → plants, works; "zavod" → plant, factory, works; "машиностроительного" →
 * machinebuilding, engineering, machinery (several words written as one). None for other words.
 */
export function orgWordEnglish(word: string): readonly string[] {
  const found = lookUp(word);
  return found ? inNumber(found) : NONE;
}

/** Romanised words an English organisation word stands for: "plant" → zavod, kombinat…; "plants" as "plant". */
export function orgWordRomanisations(english: string): readonly string[] {
  const byEnglish = ROMANISED().byEnglish;
  const found = byEnglish.get(english);
  if (found || !english.endsWith('s')) return found ?? NONE;
  return byEnglish.get(english.slice(0, -1)) ?? NONE;
}

/** Shortest head a compound keeps before its organisation word ("бел" of Белтелерадиокомпания). */
const MIN_COMPOUND_HEAD = 3;
/** Spellings a compound takes at most: its head with the word's first equivalents. */
const MAX_COMPOUND_SPELLINGS = 2;

/**
 * A Russian compound that ends in a kind of organisation ("Белтелерадиокомпания",
 * "Радиозавод", "Газпромбанк") as English writes it: the head romanised, the kind translated
 * ("belteleradiocompany", "radioplant"), which meets "Belteleradio Company" written apart.
 * The shortest such ending is the word ("…компания", not "…радиокомпания").
 */
export function compoundOrgWordEnglish(word: string): readonly string[] {
  if (!CYRILLIC_WORD.test(word)) return NONE;
  const w = foldLetters(word);
  for (let k = w.length - MIN_STEM; k >= MIN_COMPOUND_HEAD; k--) {
    const found = lookUpCyrillic(w.slice(k));
    if (!found || !found.entry.noun || !found.entry.generic) continue;
    const head = latinOf(word.slice(0, k))[0];
    return head ? inNumber(found).slice(0, MAX_COMPOUND_SPELLINGS).map((e) => head + e) : NONE;
  }
  return NONE;
}

/** Spellings an organisation word has in other languages: its English equivalents, or what an English word translates. */
export function orgWordEquivalents(word: string): readonly string[] {
  const english = orgWordEnglish(word);
  return english.length > 0 ? english : orgWordRomanisations(word);
}

/**
 * The words that say what kind of organisation a name is, in the forms names mostly use (not
 * their English equivalents: "park", "house" and "field" are names too).
 */
export function genericOrgWordForms(): readonly string[] {
  const out: string[] = [];
  for (const [lemma, entry] of tableWords()) {
    if (!entry.generic) continue;
    out.push(lemma);
    const endings = ADJECTIVE_LEMMA.test(lemma) ? GENERIC_ADJECTIVE_ENDINGS : GENERIC_NOUN_ENDINGS;
    for (const stem of stemsOf(lemma)) for (const ending of endings) out.push(stem + ending);
  }
  return out;
}
