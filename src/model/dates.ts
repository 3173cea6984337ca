/**
 * Dates keep the precision the source gave and no more: "1950", "1950-03", "1950-03-21".
 * Uncertainty is written in ISO 8601-2 (EDTF level 1) rather than invented away: "~" for
 * approximate ("circa 1950" → "1950~"), "?" for uncertain ("possibly 1950" → "1950?"), "%"
 * for both, and "/" for a span ("1955 to 1958" → "1955/1958"; "circa 1955-1958" →
 * "1955~/1958~"). A decade ("1960s") is the span of its years. Consumers that want a prefix
 * strip the markers; nothing is turned into a day that was never stated. A two-digit year is
 * never given a century, and an impossible date (31 February) is no date.
 */

const MONTH_NAMES: Readonly<Record<number, readonly string[]>> = {
  1: ['jan', 'january', 'janvier', 'januar', 'enero', 'янв', 'январь', 'января'],
  2: ['feb', 'february', 'fevrier', 'février', 'februar', 'febrero', 'фев', 'февр', 'февраль', 'февраля'],
  3: ['mar', 'march', 'mars', 'märz', 'marz', 'marzo', 'мар', 'март', 'марта'],
  4: ['apr', 'april', 'avril', 'abril', 'апр', 'апрель', 'апреля'],
  5: ['may', 'mai', 'mayo', 'май', 'мая'],
  6: ['jun', 'june', 'juin', 'juni', 'junio', 'июн', 'июнь', 'июня'],
  7: ['jul', 'july', 'juillet', 'juli', 'julio', 'июл', 'июль', 'июля'],
  8: ['aug', 'august', 'août', 'aout', 'agosto', 'авг', 'август', 'августа'],
  9: ['sep', 'sept', 'september', 'septembre', 'septiembre', 'сен', 'сент', 'сентябрь', 'сентября'],
  10: ['oct', 'october', 'octobre', 'oktober', 'octubre', 'окт', 'октябрь', 'октября'],
  11: ['nov', 'november', 'novembre', 'noviembre', 'ноя', 'нояб', 'ноябрь', 'ноября'],
  12: ['dec', 'december', 'décembre', 'decembre', 'dezember', 'diciembre', 'дек', 'декабрь', 'декабря'],
};

const MONTHS = new Map<string, number>(
  Object.entries(MONTH_NAMES).flatMap(([n, names]) => names.map((name): [string, number] => [name, Number(n)])),
);

/** Words before a date that make it approximate ("~") or uncertain ("?"). */
const APPROXIMATE_BEFORE = /^(?:circa|approximately|approx\.|approx|about|around|on or about|on or around|ca\.|ca|c\.|env\.|environ|около|примерно)(?:\s+|(?<=\.)\s*)/i;
const UNCERTAIN_BEFORE = /^(?:possibly|probably|presumably|perhaps|вероятно|возможно)\s+/i;
const APPROXIMATE_AFTER = /\s*\(?(?:circa|approx\.?|approximately)\)?$/i;
const EDTF_MARKERS = /[~?%]/g;
/** "Between … and …", "from … to …": the words around a span. */
const SPAN_OPENING = /^(?:between|from)\s+/i;
const SPAN_SEPARATORS = /\s+(?:to|and|until|till|bis|по|до)\s+|\s*[–—]\s*|\s+-\s+|\s*\/\s*/giu;

/**
 * Before 1800 a bare year is far more likely a Hijri year written on its own (1402) than a
 * Gregorian date in a sanctions list; after 2199 it is a typing error.
 */
const FIRST_YEAR = 1800;
const LAST_YEAR = 2199;

const ISO = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}:\d{2}|[+-]\d{4})?)?)?$/;
const YEAR_FIRST = /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})\s*[./-]\s*(\d{1,2})\s*[./-]\s*(\d{4})$/;
const NUMERIC_MONTH_YEAR = /^(\d{1,2})\s*[./-]\s*(\d{4})$/;
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s.,-]*(\p{L}+)\.?[\s.,-]*(\d{4})$/u;
const MONTH_DAY_YEAR = /^(\p{L}+)\.?\s*(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u;
const MONTH_YEAR = /^(\p{L}+)\.?[\s.,-]*(\d{4})$/u;
const DECADE = /^(\d{3})0'?s$/;
const BARE_YEARS = /^(\d{4})-(\d{4})$/;
/** Russian dates end in "г." or "года" (year). */
const YEAR_WORD = /(\d{4})\s*(?:г\.?|года)$/u;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** An ISO prefix for year, month (0 = not given) and day (0 = not given), or null when impossible. */
function ymd(y: number, m: number, d: number): string | null {
  if (y < FIRST_YEAR || y > LAST_YEAR) return null;
  if (m === 0) return String(y);
  if (m < 1 || m > 12) return null;
  if (d === 0) return `${y}-${pad(m)}`;
  return d <= daysInMonth(y, m) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase());
}

/** "03/04/1950": the order settles which is the day; 00 is how lists write "not known". */
function numericDate(a: number, b: number, y: number, order: DateOrder): string | null {
  const [day, month] = order === 'mdy' ? [b, a] : [a, b];
  return ymd(y, month, month === 0 ? 0 : day);
}

/** One date without markers. Returns an ISO prefix or null. */
function parseSingle(raw: string, order: DateOrder): string | null {
  const s = raw.trim().replace(/[.,;:]+$/, '').replace(/\s+/g, ' ').replace(YEAR_WORD, '$1');
  let m: RegExpMatchArray | null;
  if ((m = s.match(ISO))) return ymd(+m[1], m[2] ? +m[2] : 0, m[3] ? +m[3] : 0);
  if ((m = s.match(YEAR_FIRST))) return ymd(+m[1], +m[2], +m[3]);
  if ((m = s.match(NUMERIC))) return numericDate(+m[1], +m[2], +m[3], order);
  if ((m = s.match(NUMERIC_MONTH_YEAR))) return ymd(+m[2], +m[1], 0);
  if ((m = s.match(DAY_MONTH_YEAR))) {
    const month = monthNumber(m[2]);
    return month ? ymd(+m[3], month, +m[1]) : null;
  }
  if ((m = s.match(MONTH_DAY_YEAR))) {
    const month = monthNumber(m[1]);
    return month ? ymd(+m[3], month, +m[2]) : null;
  }
  if ((m = s.match(MONTH_YEAR))) {
    const month = monthNumber(m[1]);
    return month ? ymd(+m[2], month, 0) : null;
  }
  return null;
}

interface Span {
  from: string;
  to: string;
}

function orderedSpan(from: string | null, to: string | null): Span | null {
  return from && to && from <= to ? { from, to } : null;
}

/** "Aug. and Sep. 1977": the first end may leave its year to the second. */
function spanEnds(left: string, right: string, order: DateOrder): Span | null {
  const to = parseSingle(right, order);
  const from = parseSingle(left, order) ?? (to ? parseSingle(`${left} ${to.slice(0, 4)}`, order) : null);
  return orderedSpan(from, to);
}

/** "1960s": the years of the decade. */
function decadeSpan(s: string): Span | null {
  const m = s.match(DECADE);
  return m ? orderedSpan(ymd(+`${m[1]}0`, 0, 0), ymd(+`${m[1]}9`, 0, 0)) : null;
}

function parseSpan(raw: string, order: DateOrder): Span | null {
  const s = raw.replace(SPAN_OPENING, '');
  const years = s.match(BARE_YEARS);
  if (years) return orderedSpan(ymd(+years[1], 0, 0), ymd(+years[2], 0, 0));
  const decade = decadeSpan(s);
  if (decade) return decade;
  for (const sep of s.matchAll(SPAN_SEPARATORS)) {
    const at = sep.index ?? 0;
    const span = spanEnds(s.slice(0, at), s.slice(at + sep[0].length), order);
    if (span) return span;
  }
  return null;
}

export type DateOrder = 'dmy' | 'mdy';

/**
 * Read a date as a list writes it. `order` settles "03/04/1950": day first unless the
 * source is known to write month first (US agencies). Never throws; null when unreadable.
 */
export function cleanDate(raw: string, order: DateOrder = 'dmy'): string | null {
  let s = String(raw ?? '').normalize('NFC').trim().replace(/[.,;:]+$/, '');
  if (s.length === 0) return null;
  let approximate = false;
  let uncertain = false;
  if (APPROXIMATE_BEFORE.test(s)) {
    approximate = true;
    s = s.replace(APPROXIMATE_BEFORE, '');
  } else if (UNCERTAIN_BEFORE.test(s)) {
    uncertain = true;
    s = s.replace(UNCERTAIN_BEFORE, '');
  }
  if (APPROXIMATE_AFTER.test(s)) {
    approximate = true;
    s = s.replace(APPROXIMATE_AFTER, '');
  }
  // EDTF already (a value this function wrote): the markers apply to the whole value.
  for (const marker of s.match(EDTF_MARKERS) ?? []) {
    if (marker !== '?') approximate = true;
    if (marker !== '~') uncertain = true;
  }
  s = s.replace(EDTF_MARKERS, '');
  const mark = approximate && uncertain ? '%' : approximate ? '~' : uncertain ? '?' : '';
  const single = parseSingle(s, order);
  if (single) return single + mark;
  const span = parseSpan(s, order);
  if (!span) return null;
  return span.from === span.to ? span.from + mark : `${span.from}${mark}/${span.to}${mark}`;
}

/** The calendar years a cleaned date value can stand for; a span gives each year in it. */
export function dateYears(value: string): number[] {
  const [from, to] = value.replace(EDTF_MARKERS, '').split('/');
  const a = parseInt(from.slice(0, 4), 10);
  const b = to ? parseInt(to.slice(0, 4), 10) : a;
  const out: number[] = [];
  for (let y = a; y <= b && out.length < 200; y++) out.push(y);
  return out;
}
