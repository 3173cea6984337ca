/**
 * Dates keep the precision the source gave and no more: "1950", "1950-03", "1950-03-21".
 * Uncertainty is written in ISO 8601-2 (EDTF level 1) rather than invented away:
 * "circa 1950" → "1950~", "1955 to 1958" → "1955/1958". Consumers that only want a
 * prefix can strip the markers; nothing is silently turned into a day that was never stated.
 */

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, januar: 1, enero: 1, 'янв': 1, 'января': 1, 'январь': 1,
  feb: 2, february: 2, fevrier: 2, 'février': 2, februar: 2, febrero: 2, 'фев': 2, 'февраля': 2, 'февраль': 2,
  mar: 3, march: 3, mars: 3, 'märz': 3, marz: 3, marzo: 3, 'мар': 3, 'марта': 3, 'март': 3,
  apr: 4, april: 4, avril: 4, abril: 4, 'апр': 4, 'апреля': 4, 'апрель': 4,
  may: 5, mai: 5, mayo: 5, 'мая': 5, 'май': 5,
  jun: 6, june: 6, juin: 6, juni: 6, junio: 6, 'июн': 6, 'июня': 6, 'июнь': 6,
  jul: 7, july: 7, juillet: 7, juli: 7, julio: 7, 'июл': 7, 'июля': 7, 'июль': 7,
  aug: 8, august: 8, 'août': 8, aout: 8, agosto: 8, 'авг': 8, 'августа': 8, 'август': 8,
  sep: 9, sept: 9, september: 9, septembre: 9, septiembre: 9, 'сен': 9, 'сентября': 9, 'сентябрь': 9,
  oct: 10, october: 10, octobre: 10, oktober: 10, octubre: 10, 'окт': 10, 'октября': 10, 'октябрь': 10,
  nov: 11, november: 11, novembre: 11, noviembre: 11, 'ноя': 11, 'ноября': 11, 'ноябрь': 11,
  dec: 12, december: 12, 'décembre': 12, decembre: 12, dezember: 12, diciembre: 12, 'дек': 12, 'декабря': 12, 'декабрь': 12,
};

const CIRCA = /^(?:circa|ca\.?|c\.|approx(?:imately|\.)?|about|around|approximately|env\.?|environ|около|примерно)\s*/i;
const RANGE = /^(?:between\s+)?(.+?)\s*(?:\bto\b|\band\b|–|—|\s-\s|\/(?=\s*\d{4}\s*$)|-(?=\d{4}$))\s*(.+)$/i;

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= dim;
}

function plausibleYear(y: number): boolean {
  return y >= 1000 && y <= 2199;
}

function ymd(y: number, m: number, d: number): string | null {
  if (!plausibleYear(y)) return null;
  if (m === 0) return String(y);
  if (m < 1 || m > 12) return null;
  if (d === 0) return `${y}-${pad(m)}`;
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** One date, no uncertainty markers. Returns an ISO prefix or null. */
function parseSingle(s: string, order: 'dmy' | 'mdy'): string | null {
  let m: RegExpMatchArray | null;
  s = s.trim().replace(/[.,;]+$/, '').replace(/\s+/g, ' ');
  if ((m = s.match(/^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/))) {
    return ymd(+m[1], m[2] ? +m[2] : 0, m[3] ? +m[3] : 0);
  }
  if ((m = s.match(/^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/))) {
    let a = +m[1], b = +m[2];
    const y = +m[3];
    // 00 is how several lists write an unknown day or month.
    if (order === 'mdy' && a <= 12 && !(b > 12 && a === 0)) [a, b] = [b, a];
    else if (a <= 12 && b > 12) [a, b] = [b, a];
    if (b === 0) return ymd(y, 0, 0);
    return ymd(y, b, a);
  }
  if ((m = s.match(/^(\d{1,2})[./-](\d{4})$/))) return ymd(+m[2], +m[1], 0);
  if ((m = s.match(/^(\d{1,2})(?:st|nd|rd|th)?[\s.-]+([\p{L}]+)\.?[\s.,-]+(\d{4})$/u))) {
    const mon = MONTHS[m[2].toLowerCase()];
    return mon ? ymd(+m[3], mon, +m[1]) : null;
  }
  if ((m = s.match(/^([\p{L}]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/u))) {
    const mon = MONTHS[m[1].toLowerCase()];
    return mon ? ymd(+m[3], mon, +m[2]) : null;
  }
  if ((m = s.match(/^([\p{L}]+)\.?[\s,-]+(\d{4})$/u))) {
    const mon = MONTHS[m[1].toLowerCase()];
    return mon ? ymd(+m[2], mon, 0) : null;
  }
  return null;
}

/**
 * Read a date as a list writes it. `order` settles "03/04/1950": day first unless the
 * source is known to write month first (US agencies).
 */
export function cleanDate(raw: string, order: 'dmy' | 'mdy' = 'dmy'): string | null {
  let s = raw.trim();
  if (s.length === 0) return null;
  let circa = false;
  if (CIRCA.test(s)) {
    circa = true;
    s = s.replace(CIRCA, '');
  }
  if (/[~?]$/.test(s)) {
    circa = true;
    s = s.slice(0, -1);
  }
  const single = parseSingle(s, order);
  if (single) return circa ? `${single}~` : single;
  const r = s.match(RANGE);
  if (r) {
    const from = parseSingle(r[1], order);
    const to = parseSingle(r[2], order);
    if (from && to && from <= to) return `${from}/${to}${circa ? '~' : ''}`;
  }
  return null;
}

/** The calendar years a cleaned date value can stand for; a range gives each year in it. */
export function dateYears(value: string): number[] {
  const [from, to] = value.replace(/~$/, '').split('/');
  const a = parseInt(from.slice(0, 4), 10);
  const b = to ? parseInt(to.slice(0, 4), 10) : a;
  const out: number[] = [];
  for (let y = a; y <= b && out.length < 200; y++) out.push(y);
  return out;
}
