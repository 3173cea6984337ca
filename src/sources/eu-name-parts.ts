/**
 * Text helpers for the names in an EU name value (see eu-names.ts): where brackets are, how
 * the Journal separates whole names (slashes, "or", commas between names with capitalised
 * surnames), and how "word|other" spellings of a word become whole names.
 */

/** Names from the spellings in one value, at most ("Najm-eddin (a.k.a. Nejm-eddin, … seven more)"). */
const MAX_SPELLINGS = 8;
/** Marks another spelling of the word before it, until the spellings are expanded. */
export const SPELLING_MARK = '|';
/** Joins the words of a several-word spelling of one word until then (not a space to \s). */
const JOINER = '\u2060';

const SPACES = /\s+/g;
const LETTER = /\p{L}/u;
const CAPITALS_WORD = /^[\p{Lu}\p{M}'’-]*\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu}[\p{Lu}\p{M}'’-]*$/u;
const TITLE_WORD = /^\p{Lu}\p{Ll}/u;
/** "ВАРАБЕЙ/ВЕРАБЕЙ", "Artyom/ Artem": one word spelt two ways. */
const WORD_SLASH_WORD = /(\p{L}[\p{L}\p{M}'’-]*)\s*\/\s*(?=\p{L})/gu;
/** A slash with a space beside it: between an organisation's names even when one is a single word. */
const SLASH_WITH_SPACE = /\s+\/\s*|\s*\/\s+/;
/** Between whole names: such a slash, or "or". */
const NAME_SEPARATOR = /\s+\/\s*|\s*\/\s+|\s+or\s+/i;
const ANY_SLASH = /\s*\/\s*/;
/** A person's names may also be parted by a slash without spaces ("BEZRUCHENKO/Natalia …"). */
const PERSON_NAME_SEPARATOR = /\s*\/\s*|\s+or\s+/i;
/** "СIВАКАЎ, СIВАКОЎ": a second spelling of the surname after a comma. */
const TRAILING_SURNAME_SPELLING = /(\s[\p{Lu}\p{M}'’-]{2,})\s*,\s*([\p{Lu}\p{M}'’-]{2,})$/u;
/** "… or Selyun": what is left of a list of names once its other names are read. */
const LEADING_CONJUNCTION = /^(?:or|and)(?:\s+|$)/i;
const EDGES = /^[\s,;:/–—.-]+|[\s,;:/–—-]+$/gu;
const QUOTES = /[‘’“”«»„"]/g;
/** Lower-case words a name may hold: "Abu Bakr al-Baghdadi", "Shaykh Yunis the Mauritanian". */
const NAME_PARTICLE = /^(?:al|el|ad|ar|as|at|az|an|ash|bin|ibn|bint|ben|de|del|der|da|di|du|la|le|van|von|y|the|of)(?:[-’']|$)/i;

/** Several words standing as one spelling of one word ("Abdul-Sattar (a.k.a. Abd al-Sattar)"). */
export function asOneWord(text: string): string {
  return text.replace(SPACES, JOINER);
}

export function isTitleWord(word: string): boolean {
  return TITLE_WORD.test(word);
}

/** "VASEQI Layla, VASEGHI Leila, VASEGHI Layla": whole names, each with its surname in capitals, after commas. */
export function splitPersonList(text: string): string[] {
  const parts = text.split(/\s*,\s*/).map(tidy);
  const whole = (p: string) => !isOneWord(p) && p.split(SPACES).some(isCapitals) && p.split(SPACES).some((w) => TITLE_WORD.test(w));
  return parts.length > 1 && parts.every(whole) ? parts : [text];
}

/**
 * "BIDYOVKA / Vladimir … BIDEVKA", "Alesia MILORADOVICH or Olesya MILORADOVICH", "Belneftekhim /
 * BNK": two names. Between single words of a person's name a slash gives two spellings of one
 * word ("ВАРАБЕЙ/ВЕРАБЕЙ").
 */
export function splitNamesAtSlashes(text: string, person: boolean): string[] {
  // An "or" inside brackets belongs to the bracket ("Behdis Tejarat (or Bazarganis …)").
  const separator = /[()]/.test(text) ? (person ? ANY_SLASH : SLASH_WITH_SPACE) : person ? PERSON_NAME_SEPARATOR : NAME_SEPARATOR;
  const parts = text.split(separator).map(tidy).filter(Boolean);
  if (parts.length > 1 && parts.every((p) => !isOneWord(p))) return parts;
  if (person) return [text.replace(WORD_SLASH_WORD, `$1${SPELLING_MARK}`)];
  const slashed = text.split(SLASH_WITH_SPACE).map(tidy).filter(Boolean);
  return slashed.length > 1 ? slashed : [text];
}

/**
 * The Journal writes a person's surname in capitals; a value that runs on to a second given
 * name after the surname holds two names ("Nouh ZAITER Noah ZAITER Noah ZAYTAR").
 */
export function splitRepeatedPersonNames(text: string): string[] {
  const words = text.trim().split(SPACES);
  const names: string[][] = [[]];
  for (let i = 0; i < words.length; i++) {
    const current = names[names.length - 1];
    current.push(words[i]);
    const next = words[i + 1];
    if (next && CAPITALS_WORD.test(words[i]) && TITLE_WORD.test(next) && current.some((w) => TITLE_WORD.test(w)) && words.slice(i + 2).some((w) => CAPITALS_WORD.test(w))) {
      names.push([]);
    }
  }
  return names.map((n) => n.join(' '));
}

/**
 * A person's name with "word|other" spellings of its words, as the names it stands for: the
 * first spellings together, then each other spelling in turn, so every spelling is kept.
 */
export function spellings(text: string, person: boolean): string[] {
  const marked = person ? text.replace(TRAILING_SURNAME_SPELLING, `$1${SPELLING_MARK}$2`) : text;
  const slots = marked.split(/(\s+)/).map((token) => token.split(SPELLING_MARK).filter(Boolean));
  const firsts = slots.map((options) => options[0] ?? '');
  const out = [firsts.join('')];
  slots.forEach((options, i) => {
    for (const other of options.slice(1)) out.push(firsts.map((f, j) => (j === i ? other : f)).join(''));
  });
  return out.slice(0, MAX_SPELLINGS).map((n) => tidy(n.replaceAll(JOINER, ' '))).filter(Boolean);
}

export function isCapitals(word: string): boolean {
  return CAPITALS_WORD.test(word.replace(QUOTES, ''));
}

/** Every word capitalised or a particle, and no digits: a list of names, not a remark. */
export function isNameLike(text: string): boolean {
  return !/\d/.test(text) && text.split(SPACES).every((w) => /^\P{Ll}/u.test(w.replace(QUOTES, '')) || NAME_PARTICLE.test(w));
}

export function isOneWord(text: string): boolean {
  return !/\s/.test(text.trim());
}

/** A name without the brackets, separators and quotation marks left unmatched at its ends. */
export function tidy(text: string): string {
  let s = text.replace(SPACES, ' ').replace(EDGES, '').replace(LEADING_CONJUNCTION, '');
  const open = (s.match(/\(/g) ?? []).length;
  const close = (s.match(/\)/g) ?? []).length;
  if (close > open) s = s.replace(/\)(?=[^)]*$)/, '');
  if (open > close) s = s.replace(/\((?=[^(]*$)/, '');
  if ((s.match(/"/g) ?? []).length % 2 === 1) s = s.replace(/^"|"$/, '');
  return s.replace(EDGES, '');
}

/** "Afghan Red Crescent Society (ARCS)": the initials of the words before, not another spelling. */
export function isAcronymOf(word: string, before: string): boolean {
  const initials = before.split(SPACES).filter((w) => LETTER.test(w)).map((w) => w.replace(QUOTES, '')[0]).join('');
  return word.length > 1 && initials.toUpperCase().endsWith(word.replace(QUOTES, '').toUpperCase());
}

/** [start, end) of each outermost bracket group; an unclosed one runs to the end. */
export function groupsOf(text: string): Array<[number, number]> {
  const groups: Array<[number, number]> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') {
      if (depth++ === 0) start = i;
    } else if (text[i] === ')' && depth > 0 && --depth === 0) {
      groups.push([start, i + 1]);
    }
  }
  if (depth > 0) groups.push([start, text.length]);
  return groups;
}

/** The first match of a global pattern that is not inside brackets. */
export function outsideBrackets(pattern: RegExp, text: string): RegExpExecArray | null {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const before = text.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length === (before.match(/\)/g) ?? []).length) return m;
    pattern.lastIndex = m.index + 1;
  }
  return null;
}

/**
 * A name with its surname replaced by a birth surname ("Валентина Ивановна МАТВИЕНКО" with
 * ТЮТИНА → "Валентина Ивановна ТЮТИНА"): the word in capitals, else the last.
 */
export function withSurname(name: string, surname: string): string {
  const words = name.split(SPACES);
  const capitals = words.filter((w) => CAPITALS_WORD.test(w));
  const at = capitals.length === 1 ? words.indexOf(capitals[0]) : words.length - 1;
  return [...words.slice(0, at), surname, ...words.slice(at + 1)].join(' ');
}
