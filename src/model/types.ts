/**
 * Property types and their cleaning. Every value a source hands to an entity goes through
 * `cleanValue`, so the rest of the system sees one spelling of a date, a country or a gender.
 * A cleaner returns null when the value cannot be read as its type; the caller decides whether
 * that is worth reporting (it usually is: it names the field and the raw value).
 */
import { cleanDate } from './dates.js';
import { cleanCountry } from './countries.js';

export type PropertyType =
  | 'string' | 'text' | 'name' | 'date' | 'country' | 'identifier' | 'gender'
  | 'entity' | 'url' | 'email' | 'phone' | 'address' | 'number' | 'topic';

const WHITESPACE = /\s+/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Trim, drop control characters and fold runs of white space; keeps the text's own script. */
export function collapseSpace(raw: string): string {
  return raw.replace(CONTROL, '').replace(WHITESPACE, ' ').trim();
}

const GENDERS: Record<string, string> = {
  m: 'male', male: 'male', man: 'male', masculine: 'male', mr: 'male', 'м': 'male', 'муж': 'male', 'мужской': 'male',
  f: 'female', female: 'female', woman: 'female', feminine: 'female', 'ж': 'female', 'жен': 'female', 'женский': 'female',
  other: 'other', x: 'other', diverse: 'other',
};

export function cleanGender(raw: string): string | null {
  return GENDERS[collapseSpace(raw).toLowerCase().replace(/\.$/, '')] ?? null;
}

/** Identifiers keep their characters (leading zeros matter) but not their padding. */
export function cleanIdentifier(raw: string): string | null {
  const v = collapseSpace(raw).replace(/[.;,]+$/, '');
  return v.length > 0 ? v : null;
}

export function cleanNumber(raw: string): string | null {
  const v = collapseSpace(raw).replace(/,(?=\d{3}\b)/g, '');
  return /^-?\d+(\.\d+)?$/.test(v) ? v : null;
}

export function cleanEmail(raw: string): string | null {
  const v = collapseSpace(raw).replace(/^mailto:/i, '');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v) ? v : null;
}

export function cleanUrl(raw: string): string | null {
  const v = collapseSpace(raw);
  if (/^https?:\/\/\S+$/i.test(v)) return v;
  if (/^www\.\S+\.\S+$/i.test(v)) return `http://${v}`;
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
  const v = raw.replace(CONTROL, '').replace(/[ \t]+/g, ' ').trim();
  return v.length > 0 ? v : null;
}

export interface CleanOptions {
  /** For ambiguous numeric dates: "dmy" (most lists) or "mdy" (US agencies' slash dates). */
  dateOrder?: 'dmy' | 'mdy';
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
