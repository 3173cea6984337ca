/**
 * The names in one name cell of the EU transcription. The Journal packs more than one name
 * into a value: an original-script spelling ("Ramzan Oduev (original script: Рамзан Одуев)",
 * "Aleksandr Viktorovich NAUMENKO (Russian: Александр Викторович НАУМЕНКО)", "KIM Kwang Yon
 * 김광연"), further names ("(a.k.a. Igor STRELKOV, Ihor STRIELKOV)", "f.k.a.: NADA"), a birth
 * name ("(born TYUTINA)"), spellings of one word ("Alexander (Alexandr) Petrovich",
 * "ВАРАБЕЙ/ВЕРАБЕЙ") and remarks that are no name at all ("(Date of birth: 31.12.1979)").
 * Each name becomes a value of its own; the first keeps the column's property, the others
 * are aliases (or stay weak aliases or previous names when the column says so). What is left
 * out is returned as a note for the parser to report.
 */
import { splitCell } from './eu-cells.js';
import {
  SPELLING_MARK, asOneWord, groupsOf, isAcronymOf, isCapitals, isNameLike, isOneWord, isTitleWord, outsideBrackets,
  spellings, splitNamesAtSlashes, splitPersonList, splitRepeatedPersonNames, tidy, withSurname,
} from './eu-name-parts.js';
import { mendLookAlikes, pureSide, splitAtScriptChanges, textSide } from './eu-name-scripts.js';
import {
  BIRTH_NAME_LABELS, FURTHER_NAME_LABELS, IMAGE_CAPTIONS, REMARK_STARTS, SPELLING_ABBREVIATIONS,
  SPELLING_LABEL_NOUNS, SPELLING_LABELS, type FurtherName,
} from './eu-name-table.js';

export interface FoundName {
  prop: string;
  value: string;
}

export interface NameReading {
  names: FoundName[];
  /** What was left out of the names, and why. */
  notes: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const anyOf = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const NOT_AFTER_LETTER = '(?<!\\p{L})';
const NOT_BEFORE_LETTER = '(?!\\p{L})';

const LANGUAGE = `${NOT_AFTER_LETTER}(?:${anyOf(SPELLING_LABELS)})(?:\\s+(?:${anyOf(SPELLING_LABEL_NOUNS)}))?\\s*:`;
const ABBREVIATION = `${NOT_AFTER_LETTER}(?:${anyOf(SPELLING_ABBREVIATIONS)})`;
/** "Russian:", "укр.", and "as previously listed, in Arabic:" at the start of a text. */
const SPELLING_START = new RegExp(`^(?:[^:()]*?${NOT_AFTER_LETTER}in\\s+)?(?:${LANGUAGE}|${ABBREVIATION})\\s*`, 'iu');
/** The same label inside a text: "TATUR Russian: Владимир…", "… / укр. Анатолiй…". */
const SPELLING_INSIDE = new RegExp(`[\\s/]+(?:${LANGUAGE}|${ABBREVIATION})\\s*`, 'iu');
/** A bare language before a name in its script: "Russian Никита…", "Russian, Общество…". */
const LANGUAGE_WORD_START = new RegExp(`^(?:${anyOf(SPELLING_LABELS)})${NOT_BEFORE_LETTER}[\\s,]+`, 'iu');
/** A value that is only a label or an image caption: "Korean:", "Text of image". */
const NOTHING_BUT_LABEL = new RegExp(`^(?:(?:${LANGUAGE})|${anyOf(IMAGE_CAPTIONS)})?$`, 'iu');

const FURTHER_KIND = new Map(FURTHER_NAME_LABELS.map(([label, kind]) => [label, kind]));
const FURTHER_START = new RegExp(`^(${anyOf(FURTHER_NAME_LABELS.map(([l]) => l))})(?:\\s*:)?\\s*`, 'iu');
/** Inside a text only the unmistakable labels count ("a.k.a.", "formerly known as"), not a bare "alias". */
const FURTHER_INSIDE = new RegExp(`\\s+(${anyOf(FURTHER_NAME_LABELS.map(([l]) => l).filter((l) => /[.\s]/.test(l)))})(?:\\s*:)?\\s*`, 'iu');
const BIRTH_START = new RegExp(`^(?:${anyOf(BIRTH_NAME_LABELS)})${NOT_BEFORE_LETTER}\\s*`, 'iu');
/** " - born ФИЛИППОВА", ", née GOGOLEVA", ", born 1 Jan. 1953", " born 12 Dec. 1965 in …". */
const BIRTH_INSIDE = new RegExp(`(?:\\s+[-–]\\s+|\\s*,\\s*|\\s+(?=born\\s+\\d))(?:${anyOf(BIRTH_NAME_LABELS)})${NOT_BEFORE_LETTER}\\s*`, 'giu');
const REMARK_START = new RegExp(`^(?:${anyOf(REMARK_STARTS)})${NOT_BEFORE_LETTER}`, 'iu');
/** "Sayf-Al Adl. Date of birth: 11.4.1963. …": a remark after the name without brackets. */
const REMARK_INSIDE = new RegExp(`[.;,]\\s+(?:${anyOf(REMARK_STARTS)})${NOT_BEFORE_LETTER}.*$`, 'gisu');

const LIST_SEPARATOR = /\s*[,;]\s*|\s+or\s+/i;
const SPACES = /\s+/g;
const LETTER = /\p{L}/u;
/** Ends a name's text in an alternatives group's word: "Alexander " before "(Alexandr)". */
const WORD_BEFORE = /(\p{L}[\p{L}\p{M}'’.-]*)\s*$/u;

/** A piece of text whose names share one property. */
interface Part {
  text: string;
  prop: string;
}

interface Reader {
  person: boolean;
  notes: string[];
  /** Names found inside brackets and after labels, added after the value's own names. */
  extras: FoundName[];
  /** Birth surnames, applied to the value's first name once it is known. */
  births: string[];
}

/** Every name in a cell of the name, alias, weakAlias or previousName column. */
export function readNameCell(cell: string, prop: string, schema: string): NameReading {
  const out: NameReading = { names: [], notes: [] };
  for (const value of splitCell(cell)) {
    const reading = readNameValue(value, prop, schema === 'Person');
    out.names.push(...reading.names);
    out.notes.push(...reading.notes);
  }
  return out;
}

export function readNameValue(value: string, prop: string, person: boolean): NameReading {
  const reader: Reader = { person, notes: [], extras: [], births: [] };
  let text = mendLookAlikes(value).trim();
  if (NOTHING_BUT_LABEL.test(text)) return { names: [], notes: [`a label without a name is not a name: "${value}"`] };
  let main = prop;
  const further = FURTHER_START.exec(text);
  if (further) {
    main = furtherProp(prop, FURTHER_KIND.get(further[1].toLowerCase()) ?? 'alias');
    text = text.slice(further[0].length);
  } else if (BIRTH_START.test(text)) {
    main = 'previousName';
    text = text.replace(BIRTH_START, '');
  } else {
    text = withoutLanguageLabel(text);
  }
  const names: FoundName[] = [];
  for (const part of inlineParts(bracketsRead(withoutTail(text, reader), main, reader), main, reader)) {
    for (const name of partNames(part.text, reader)) {
      names.push({ prop: names.length === 0 ? part.prop : extraProp(part.prop), value: name });
    }
  }
  const first = names.find((n) => n.prop !== 'previousName')?.value ?? '';
  for (const birth of reader.births) names.push(...birthNames(birth, first, reader));
  return { names: unique([...names, ...reader.extras]), notes: reader.notes };
}

/** Where a further name in a value goes: the first name's property, but a name's further names are aliases. */
function extraProp(prop: string): string {
  return prop === 'name' ? 'alias' : prop;
}

function furtherProp(prop: string, kind: FurtherName): string {
  return kind === 'alias' ? extraProp(prop) : kind;
}

function withoutLanguageLabel(text: string): string {
  const label = SPELLING_START.exec(text);
  if (label) return text.slice(label[0].length);
  const word = LANGUAGE_WORD_START.exec(text);
  const rest = word ? text.slice(word[0].length) : '';
  return word && textSide(rest) !== 'Latin' ? rest : text;
}

/**
 * The value with its bracketed groups read: names in them go to `reader.extras`, remarks to
 * its notes, spellings of a word stay as "word|spelling". A group that held names ends the
 * name before it ("NEMTSEV (Владимир …) Volodymyr …"): a line break marks that.
 */
function bracketsRead(text: string, prop: string, reader: Reader): string {
  let out = text;
  // Read from the last group back, so that the positions before each stay true; the names found keep the value's order.
  const found: FoundName[][] = [];
  for (const [start, end] of groupsOf(text).reverse()) {
    const inner = text.slice(start + 1, end).replace(/\)$/, '').trim();
    const before = out.slice(0, start);
    const after = out.slice(end);
    const mark = reader.extras.length;
    const replacement = groupRead(inner, before, after, prop, reader);
    found.unshift(reader.extras.splice(mark));
    out = replacement === null ? out : replacement.startsWith(SPELLING_MARK) ? before.trimEnd() + replacement + after : before + replacement + after;
  }
  reader.extras.push(...found.flat());
  return out;
}

/** What a bracket group becomes in its value: null to keep it as printed. */
function groupRead(inner: string, before: string, after: string, prop: string, reader: Reader): string | null {
  const label = SPELLING_START.exec(inner);
  if (label) {
    addExtras(inner.slice(label[0].length), extraProp(prop), reader);
    return '\n';
  }
  if (BIRTH_START.test(inner)) {
    const birth = inner.replace(BIRTH_START, '');
    if (/\d/.test(birth)) reader.notes.push(`remark is not part of the name: "(${inner})"`);
    else reader.births.push(birth);
    return ' ';
  }
  if (REMARK_START.test(inner)) {
    reader.notes.push(`remark is not part of the name: "(${inner})"`);
    return ' ';
  }
  const previous = WORD_BEFORE.exec(before)?.[1];
  if (isForeign(inner, before + after)) {
    // "Issam (عصام) ANBOUBA": one word of the name in its own script.
    if (previous && isOneWord(inner) && LETTER.test(after)) {
      addExtras(inner, 'weakAlias', reader);
      return ' ';
    }
    for (const item of nameList(inner)) addExtras(item, extraProp(prop), reader);
    return '\n';
  }
  const further = FURTHER_START.exec(inner);
  const items = (further ? inner.slice(further[0].length) : inner).split(LIST_SEPARATOR).map(tidy).filter(Boolean);
  if (reader.person && previous && items.length > 0) {
    if (items.every(isOneWord) && (further ? LETTER.test(after) || items.every((i) => isCapitals(i) === isCapitals(previous)) : items.every((i) => isNameLike(i) && !isAcronymOf(i, before)))) {
      return SPELLING_MARK + items.join(SPELLING_MARK);
    }
    if (further && !items.every(isOneWord) && continuesName(before, after)) return SPELLING_MARK + items.map(asOneWord).join(SPELLING_MARK);
  }
  if (further) {
    const kind = FURTHER_KIND.get(further[1].toLowerCase()) ?? 'alias';
    for (const item of items) addExtras(item, furtherProp(prop, kind), reader, true);
    return ' ';
  }
  if (reader.person && items.length > 1 && items.every((i) => !isOneWord(i) && isNameLike(i))) {
    for (const item of items) addExtras(item, extraProp(prop), reader);
    return ' ';
  }
  return null;
}

function isForeign(inner: string, outside: string): boolean {
  const a = pureSide(inner);
  const b = textSide(outside);
  return a !== 'none' && b !== 'none' && a !== b;
}

/**
 * Whether the text after a bracket group goes on with the same name ("Abdul-Sattar (a.k.a.
 * Abd al-Sattar) AL SAYED") rather than starting another ("… NEMTSEV (…) Volodymyr …").
 */
function continuesName(before: string, after: string): boolean {
  const rest = after.replace(/\(.*$/s, '').trim();
  if (!LETTER.test(rest) || isForeign(rest, before)) return false;
  const words = rest.split(SPACES);
  return !(words.length > 1 && isTitleWord(words[0]) && words.some(isCapitals));
}

/** The names of a bracketed list: ";" always separates, "," only names of two words or more. */
function nameList(inner: string): string[] {
  return inner.split(/\s*;\s*/).flatMap((item) => {
    const byComma = item.split(/\s*,\s*/);
    return byComma.length > 1 && byComma.every((i) => !isOneWord(tidy(i))) ? byComma : [item];
  });
}

/** Names read from a label's or a group's text; a person's one-word "a.k.a." is a weak alias ("a.k.a. ‘Samir’"). */
function addExtras(text: string, prop: string, reader: Reader, weakIfOneWord = false): void {
  const reading = readNameValue(text, prop, reader.person);
  const weak = weakIfOneWord && reader.person && prop === 'alias';
  for (const n of reading.names) reader.extras.push(weak && isOneWord(n.value) ? { ...n, prop: 'weakAlias' } : n);
  reader.notes.push(...reading.notes);
}

/** The value without a remark or a birth name after it: "…, born 1 Jan. 1953 (…)", " - born ФИЛИППОВА". */
function withoutTail(text: string, reader: Reader): string {
  let rest = text;
  const remark = outsideBrackets(REMARK_INSIDE, rest);
  if (remark) {
    reader.notes.push(`remark is not part of the name: "${remark[0].replace(/^[.;,]\s+/, '')}"`);
    rest = rest.slice(0, remark.index);
  }
  const birth = outsideBrackets(BIRTH_INSIDE, rest);
  if (birth) {
    const spec = rest.slice(birth.index + birth[0].length);
    if (/\d/.test(spec)) reader.notes.push(`remark is not part of the name: "born ${spec}"`);
    else reader.births.push(spec);
    rest = rest.slice(0, birth.index);
  }
  return rest;
}

/** The value cut at line breaks and at labels inside it. */
function inlineParts(text: string, prop: string, reader: Reader): Part[] {
  const parts: Part[] = [];
  for (const line of text.split('\n')) {
    let rest = line;
    const spelling = SPELLING_INSIDE.exec(rest);
    if (spelling) {
      addExtras(rest.slice(spelling.index + spelling[0].length), extraProp(prop), reader);
      rest = rest.slice(0, spelling.index);
    }
    const further = FURTHER_INSIDE.exec(rest);
    if (further) {
      const kind = FURTHER_KIND.get(further[1].toLowerCase()) ?? 'alias';
      for (const item of rest.slice(further.index + further[0].length).split(LIST_SEPARATOR)) addExtras(item, furtherProp(prop, kind), reader, true);
      rest = rest.slice(0, further.index);
    }
    if (REMARK_START.test(rest.trim())) {
      reader.notes.push(`remark is not part of the name: "${rest.trim()}"`);
      continue;
    }
    parts.push({ text: rest, prop: parts.length === 0 ? prop : extraProp(prop) });
  }
  return parts;
}

/** The tidy names in one part: cut where the script changes, between listed names, and between a person's names. */
function partNames(text: string, reader: Reader): string[] {
  const out: string[] = [];
  for (const piece of splitAtScriptChanges(text)) {
    for (const listed of reader.person ? splitPersonList(piece) : [piece]) {
      for (const name of splitNamesAtSlashes(listed, reader.person)) {
        for (const single of reader.person ? splitRepeatedPersonNames(name) : [name]) out.push(...spellings(tidy(single), reader.person));
      }
    }
  }
  return out.filter((n) => LETTER.test(n));
}

/**
 * A birth surname replaces the surname of the value's first name; a whole birth name is a
 * previous name as it stands.
 */
function birthNames(birth: string, first: string, reader: Reader): FoundName[] {
  if (!first || !isOneWord(birth.replace(/\(.*$/, ''))) return readNameValue(birth, 'previousName', reader.person).names;
  const surnames = birth.replace(/[()]/g, ' ').trim().split(SPACES).map(tidy).filter(Boolean);
  return surnames.map((s) => ({ prop: 'previousName', value: withSurname(first, s) }));
}

function unique(names: FoundName[]): FoundName[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = `${n.prop}\u0000${n.value}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
