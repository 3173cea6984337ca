/**
 * A name as the matcher sees it: normalised tokens, each with its script and Latin
 * renderings. Structure (name parts, legal forms, prefixes) is applied on top of this by
 * the functions in person-parts.ts and legal-forms.ts.
 */
import { normalizeName, tokenize } from './normalize.js';
import { tokenScript, type Script } from './script.js';
import { latinize } from './translit.js';
import { GENERATED_DICTIONARY, type NameDictionary } from './equivalents.js';
import { compoundOrgWordEnglish, orgWordEquivalents } from './org-words.js';
import { LATIN_HOMOGLYPHS } from './translit/cyrillic-table.js';

/** Renderings a token may carry at most (the transliteration contract's limit). */
const MAX_RENDERINGS = 8;
/** Rule-made renderings that keep their place before the learnt spellings. */
const RULE_RENDERINGS_FIRST = 4;
/**
 * Rule-made renderings before an organisation word's translations, in a script that writes
 * its vowels: a word written as one is spelled from each side's first spellings (index
 * joins), and a translated name writes the English ("Южный фронт" is SouthFront). In an
 * abjad the first renderings' consonant skeletons are what finds a name, and a Latin word's
 * romanisations are the other way round: translations come after the learnt spellings there.
 */
const RULE_RENDERINGS_BEFORE_TRANSLATIONS = 2;
const TRANSLATIONS_LATE: ReadonlySet<Script> = new Set(['Arabic', 'Hebrew', 'Latin']);
const NONE: readonly string[] = Object.freeze([]);
const DIGITS = /(\p{N}+)/u;
const HAS_DIGIT = /\p{N}/u;
/** An English ordinal: "142nd", "27th". */
const ENGLISH_ORDINAL = /^(\d+)(?:st|nd|rd|th)$/;
const NUMBER = /^\d+$/;
/** The endings Russian, Ukrainian and Belarusian put after a number to make it an ordinal ("142-й", "27-го", "3-я"). */
const ORDINAL_ENDINGS: ReadonlySet<string> = new Set(['й', 'я', 'е', 'го', 'ый', 'ой', 'ий', 'ая', 'ое', 'ого', 'му', 'ому', 'м', 'х', 'ым', 'і', 'ы']);
/** A Latin word every letter of which looks like a Cyrillic one ("CMT" for "СМТ"). */
const LOOKALIKE_WORD = /^[abcehikmoptxy]+$/;
const CYRILLIC_LETTER = /[\u0400-\u04ff]/;

/**
 * The rule-made renderings with the spellings they lack, within the limit: the most standard
 * rule-made ones first, then the spellings the lists were seen to use (which say more than a
 * rule's rarer variants), then the other rule-made ones; an organisation word's translations
 * among the first (`early`) or after the learnt spellings.
 */
function withEquivalents(latin: string[], learnt: readonly string[], translations: readonly string[], early: boolean): string[] {
  if (learnt.length === 0 && translations.length === 0) return latin;
  const out: string[] = [];
  const add = (s: string) => {
    if (!out.includes(s)) out.push(s);
  };
  const before = early ? RULE_RENDERINGS_BEFORE_TRANSLATIONS : RULE_RENDERINGS_FIRST;
  latin.slice(0, before).forEach(add);
  if (early) translations.forEach(add);
  latin.slice(before, RULE_RENDERINGS_FIRST).forEach(add);
  learnt.forEach(add);
  if (!early) translations.forEach(add);
  latin.slice(RULE_RENDERINGS_FIRST).forEach(add);
  return out.slice(0, MAX_RENDERINGS);
}

/** Alphabets whose letters are rendered one by one, digits left out: a digit in such a token stays as it is. */
const LETTER_BY_LETTER: ReadonlySet<Script> = new Set(['Cyrillic', 'Greek', 'Armenian', 'Georgian']);

/**
 * Renderings of a token of letters and digits ("А7", "Т1"): its letters rendered, its digits
 * kept where they stand, so that it meets the Latin "A7". (Other scripts read digits their
 * own way: the Korean "1세" is "I", a regnal number.)
 */
function latinizeWithDigits(form: string, script: Script): string[] {
  if (!LETTER_BY_LETTER.has(script) || !HAS_DIGIT.test(form)) return latinize(form, script);
  const parts = form.split(DIGITS).filter((p) => p.length > 0);
  const rendered = parts.map((p) => (HAS_DIGIT.test(p) ? [p] : latinize(p, tokenScript(p))));
  if (rendered.some((r) => r.length === 0)) return [];
  const count = Math.max(...rendered.map((r) => r.length));
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const s = rendered.map((r) => r[Math.min(k, r.length - 1)]).join('');
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/** A Latin word of Cyrillic look-alikes inside a Cyrillic name, read as the Cyrillic it was typed for ("cmt" → "смт"). */
function readAsCyrillic(form: string): string {
  let out = '';
  for (const ch of form) out += LATIN_HOMOGLYPHS[ch];
  return out;
}

export interface NameToken {
  /** The normalised token in its own script. */
  form: string;
  script: Script;
  /** Latin renderings, most standard first (rule-made, then learnt); [form] for a Latin token. */
  latin: string[];
}

export interface AnalysedName {
  raw: string;
  normalized: string;
  tokens: NameToken[];
}

/**
 * A token with its script and renderings: rule-made, an organisation word's translations,
 * those the dictionary learnt, and a compound's English (which a rule guesses at) last.
 */
export function analyseToken(form: string, dictionary: NameDictionary = GENERATED_DICTIONARY): NameToken {
  const script = tokenScript(form);
  const ordinal = ENGLISH_ORDINAL.exec(form);
  if (ordinal) return { form, script, latin: [ordinal[1]] };
  const translations = orgWordEquivalents(form);
  const learnt = dictionary.get(form) ?? NONE;
  const compound = translations.length === 0 ? compoundOrgWordEnglish(form) : NONE;
  const spellings = compound.length === 0 ? learnt : [...learnt, ...compound];
  return { form, script, latin: withEquivalents(latinizeWithDigits(form, script), spellings, translations, !TRANSLATIONS_LATE.has(script)) };
}

/**
 * A token of a name written in Cyrillic: a Latin word typed with look-alike letters ("Остек-CMT",
 * "Стратим-Tex") is also read as the Cyrillic word it stands for.
 */
function analyseCyrillicNameToken(form: string, dictionary: NameDictionary): NameToken {
  const t = analyseToken(form, dictionary);
  if (t.script !== 'Latin' || !LOOKALIKE_WORD.test(form)) return t;
  const cyrillic = analyseToken(readAsCyrillic(form), dictionary).latin;
  return { ...t, latin: [...new Set([...t.latin, ...cyrillic])].slice(0, MAX_RENDERINGS) };
}

/**
 * Tokens without the endings that make a number an ordinal: "142-й батальон" is the "142nd
 * Battalion", and the number alone meets "142nd" (whose rendering is its number).
 */
function withoutOrdinalEndings(forms: string[]): string[] {
  const isEnding = (f: string, i: number) => i > 0 && ORDINAL_ENDINGS.has(f) && NUMBER.test(forms[i - 1]);
  return forms.some(isEnding) ? forms.filter((f, i) => !isEnding(f, i)) : forms;
}

export function analyseName(raw: string, dictionary: NameDictionary = GENERATED_DICTIONARY): AnalysedName {
  const normalized = normalizeName(raw);
  const forms = withoutOrdinalEndings(tokenize(normalized));
  const cyrillicName = CYRILLIC_LETTER.test(normalized);
  const tokens = forms.map((f) => (cyrillicName ? analyseCyrillicNameToken(f, dictionary) : analyseToken(f, dictionary)));
  return { raw, normalized, tokens };
}
