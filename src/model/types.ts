/**
 * Property types and their cleaning. Every value a source hands to an entity goes through
 * `cleanValue`, so the rest of the system sees one spelling of a date, a country or a gender.
 * A cleaner returns null when the value cannot be read as its type; the caller decides whether
 * that is worth reporting (it usually is: it names the field and the raw value).
 */
import { cleanDate, type DateOrder } from './dates.js';
import { cleanCountry } from './countries.js';

export type PropertyType =
  | 'string' | 'text' | 'name' | 'date' | 'country' | 'identifier' | 'gender'
  | 'entity' | 'url' | 'email' | 'phone' | 'address' | 'number' | 'topic';

const WHITESPACE = /\s+/g;
/** Control characters, byte-order marks and zero-width spaces (not ZWNJ/ZWJ, which Persian spelling needs). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B\uFEFF]/g;
/** Half a surrogate pair (a cut-off emoji, a bad decode): unstorable as UTF-8, so replaced. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Drop what no text value should carry and compose accents one way (NFC), so equal text is equal. */
function sanitize(raw: string): string {
  return raw.replace(LONE_SURROGATE, '\uFFFD').replace(CONTROL, '').normalize('NFC');
}

/** Trim, drop control characters, compose (NFC) and fold runs of white space; keeps the text's own script. */
export function collapseSpace(raw: string): string {
  return sanitize(raw).replace(WHITESPACE, ' ').trim();
}

/** FtM's three gender values, from the words lists use for them. */
const GENDERS = new Map<string, string>([
  ...['m', 'male', 'man', 'masculine', 'mr', 'masculin', 'masculino', 'männlich', 'м', 'муж', 'мужской', 'ذكر'].map((w): [string, string] => [w, 'male']),
  ...['f', 'female', 'woman', 'feminine', 'mrs', 'ms', 'miss', 'féminin', 'femenino', 'weiblich', 'ж', 'жен', 'женский', 'أنثى', 'انثى'].map((w): [string, string] => [w, 'female']),
  ...['other', 'x', 'diverse', 'non-binary', 'nonbinary'].map((w): [string, string] => [w, 'other']),
]);

export function cleanGender(raw: string): string | null {
  return GENDERS.get(collapseSpace(raw).toLowerCase().replace(/\.$/, '')) ?? null;
}

/** Identifiers keep their characters (leading zeros matter) but not their padding. */
export function cleanIdentifier(raw: string): string | null {
  const v = collapseSpace(raw).replace(/[.;,]+$/, '');
  return v.length > 0 ? v : null;
}

/** Thousands may be grouped with commas or (thin) spaces: "1,234", "1 234". */
export function cleanNumber(raw: string): string | null {
  const v = collapseSpace(raw).replace(/(?<=\d)[,\s\u202F](?=\d{3}\b)/g, '');
  return /^-?\d+(\.\d+)?$/.test(v) ? v : null;
}

export function cleanEmail(raw: string): string | null {
  const v = collapseSpace(raw).replace(/^mailto:/i, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : null;
}

/** A site written by its host alone ("psbank.ru", "www.x.com/a"): lists often omit the scheme. */
const BARE_HOST = /^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}{2,}(?:\/\S*)?$/u;

export function cleanUrl(raw: string): string | null {
  const v = collapseSpace(raw);
  if (/^https?:\/\/\S+$/i.test(v)) return v;
  if (BARE_HOST.test(v)) return `http://${v}`;
  return null;
}

export function cleanTopic(raw: string): string | null {
  const v = collapseSpace(raw).toLowerCase();
  return /^[a-z][a-z0-9_.]*$/.test(v) ? v : null;
}

function cleanText(raw: string): string | null {
  const v = collapseSpace(raw);
  return v.length > 0 ? v : null;
}

/** Long free text keeps its line breaks. */
function cleanLongText(raw: string): string | null {
  const v = sanitize(raw).replace(/[ \t]+/g, ' ').trim();
  return v.length > 0 ? v : null;
}

export interface CleanOptions {
  /** For ambiguous numeric dates: "dmy" (most lists) or "mdy" (US agencies' slash dates). */
  dateOrder?: DateOrder;
}

export function cleanValue(type: PropertyType, raw: string, opts: CleanOptions = {}): string | null {
  switch (type) {
    case 'date': return cleanDate(raw, opts.dateOrder);
    case 'country': return cleanCountry(raw);
    case 'gender': return cleanGender(raw);
    case 'identifier': return cleanIdentifier(raw);
    case 'number': return cleanNumber(raw);
    case 'email': return cleanEmail(raw);
    case 'url': return cleanUrl(raw);
    case 'topic': return cleanTopic(raw);
    case 'text': return cleanLongText(raw);
    default: return cleanText(raw);
  }
}
