/**
 * Reading the cells of OpenSanctions' EU Official Journal transcription. One cell often holds
 * several values: `;` separates them, a value that itself contains `;` is wrapped in double
 * quotes (CSV-style, `""` for a literal quote), and values copied from the annexes keep the
 * Journal's own enumeration "(a) …, (b) …". Dates keep the Journal's wording ("Approximately
 * 1958", "1965 or 1966", "(a) 17.8.1957, (b) 17.8.1958"), which is turned into phrases that
 * dates.ts reads; what it cannot read is left for the builder to reject and the parser to report.
 */
import { cleanCountry } from '../model/countries.js';

/** Cell contents that state an absence rather than a value. */
const ABSENT = new Set(['does not exist', 'n/d', 'n/a', 'none', 'unknown', 'not known']);

/** "(a) ", "b) ", "(ii) " at the start of a value: the Journal's enumeration. */
const ENUM_LEAD = /^\(?(?:[a-h]|i{1,3}|iv|vi{0,3})\)\s*/;
/** The next enumeration marker inside a value that started with one. */
const ENUM_NEXT = /[\s,;]+\(?(?:[b-h]|i{2,3}|iv|vi{0,3})\)\s*/;

/** Split a cell on `;`, honouring double-quoted values, then on "(a) … (b) …" enumerations. */
export function splitCell(cell: string): string[] {
  const out: string[] = [];
  for (const value of splitQuoted(cell)) {
    for (const v of splitEnumeration(value)) {
      if (v && !ABSENT.has(v.toLowerCase())) out.push(v);
    }
  }
  return out;
}

function splitQuoted(cell: string): string[] {
  const out: string[] = [];
  const n = cell.length;
  let i = 0;
  while (i <= n) {
    while (i < n && cell[i] === ' ') i++;
    let value = '';
    if (cell[i] === '"') {
      i++;
      while (i < n) {
        if (cell[i] === '"') {
          if (cell[i + 1] !== '"') {
            i++;
            break;
          }
          i++;
        }
        value += cell[i++];
      }
    }
    const semi = cell.indexOf(';', i);
    const stop = semi < 0 ? n : semi;
    value += cell.slice(i, stop);
    out.push(value.trim());
    i = stop + 1;
  }
  return out.filter((v) => v.length > 0);
}

function splitEnumeration(value: string): string[] {
  if (!ENUM_LEAD.test(value)) return [value];
  return value
    .replace(ENUM_LEAD, '')
    .split(ENUM_NEXT)
    .map((v) => v.trim().replace(/,$/, '').trim());
}

/** Words that make a date approximate or uncertain; moved to the front, where dates.ts reads them. */
const APPROXIMATE = /\b(?:approximately|approx\.?|circa|ca\.|on or around|around)(?!\p{L})/giu;
const UNCERTAIN = /\b(?:probably|possibly|presumed)(?!\p{L})/giu;
/** Alternatives: "1965 or 1966", "21.11.1964 / 1965", "1.2.1994/6.3.2000", "15.4.1957, 22.2.1958". */
const ALTERNATIVES = /\s+or\s+|\s+\/\s+|\/(?=\d{1,2}\.\d)|(?<=\d{4}|\)),\s+/i;
/** A field label pasted after the date: "7.10.1952 POB: Leningrad …", "8.5.1967 Gender: female". */
const TRAILING_LABEL = /\s+\p{Lu}\p{L}*:\s.*$/u;
/** A remark after an incorporation date: "24.4.1991 as ‘…’", "12.6.2002 by Federal Law No. 67-FZ". */
const TRAILING_REMARK = /(?<=\d)\s+(?:as|by)\s+\D.*$/;
const PARENTHETICAL = /\s*\([^()]*\)/g;
const NON_GREGORIAN = /hijri|solar|lunar/i;

export interface DatePhrases {
  /** Phrases for dates.ts (the builder cleans them and rejects what it cannot read). */
  phrases: string[];
  /** Dates in another calendar, which a Gregorian reader would misread as a year. */
  otherCalendar: string[];
}

/** Turn a date cell into one phrase per date it gives. */
export function datePhrases(cell: string): DatePhrases {
  const result: DatePhrases = { phrases: [], otherCalendar: [] };
  for (const item of splitCell(cell)) {
    const text = item.replace(TRAILING_LABEL, '').replace(TRAILING_REMARK, '').replace(/\(\s*or\s+([^)]*)\)/gi, ' or $1');
    const unapproximate = text.replace(APPROXIMATE, ' ');
    const unhedged = unapproximate.replace(UNCERTAIN, ' ');
    const hedge = unapproximate !== text ? 'circa ' : unhedged !== unapproximate ? 'possibly ' : '';
    for (const alt of unhedged.split(ALTERNATIVES)) {
      if (NON_GREGORIAN.test(alt)) {
        result.otherCalendar.push(alt.trim());
        continue;
      }
      const phrase = tidyDate(alt);
      if (phrase) result.phrases.push(hedge + phrase);
    }
  }
  return result;
}

function tidyDate(alt: string): string {
  const trimmed = alt.trim();
  // "(Aug. 1961)" is a whole date in brackets; elsewhere brackets hold remarks.
  const unwrapped = /^\([^()]*\)$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed.replace(PARENTHETICAL, '');
  return unwrapped
    .replace(/(\d)\.\s+(?=\d{4}\b)/g, '$1.')
    .replace(/(\p{L})\.(?=\d)/gu, '$1. ')
    .replace(/\s+/g, ' ')
    .replace(/[.,;]+$/, '')
    .trim();
}

/** Between e-mail addresses in one value, which the Journal also separates with commas or spaces. */
const EMAIL_SEPARATORS = /[\s,]+/;
/** Between web addresses in one value: a comma, or a space before the next address. */
const URL_SEPARATORS = /,\s*|\s+(?=https?:\/\/|www\.)/i;
/** "(offline)", "(Inaccessible in the EU)": the Journal's remark on a site, not part of it. */
const TRAILING_PARENTHETICAL = /\s*\([^()]*\)$/;

export function emailValues(cell: string): string[] {
  return splitCell(cell).flatMap((v) => v.split(EMAIL_SEPARATORS)).filter(Boolean);
}

export function urlValues(cell: string): string[] {
  return splitCell(cell)
    .flatMap((v) => v.split(URL_SEPARATORS))
    .map((v) => v.replace(TRAILING_PARENTHETICAL, '').trim())
    .filter(Boolean);
}

/** Separators between countries inside one value: "Russian, Finnish", "Syrian/Iranian", "Russian and Ukrainian". */
const COUNTRY_SEPARATORS = /\s*(?:,|\/|\band\/or\b|\band\b)\s*/;
/** Qualifiers around a country the Journal adds: "assumed", "allegedly", "since 1990". */
const COUNTRY_HEDGE = /^(?:assumed|allegedly|possibly|probably|of the)\s+|\s+(?:since\s+\d{4}|by birth|passport)$/gi;

/**
 * The countries a nationality/country cell names. A value that reads as a country whole
 * ("Iran (Islamic Republic of)") is kept whole; otherwise it is split and its qualifiers
 * removed. What still does not read is returned as written, for the builder to reject.
 */
export function countryValues(cell: string): string[] {
  const out: string[] = [];
  for (const value of splitCell(cell)) {
    if (cleanCountry(value)) {
      out.push(value);
      continue;
    }
    for (const part of value.replace(PARENTHETICAL, '').split(COUNTRY_SEPARATORS)) {
      if (!part) continue;
      const bare = part.replace(COUNTRY_HEDGE, '').trim();
      out.push(bare && cleanCountry(bare) ? bare : part);
    }
  }
  return out;
}
