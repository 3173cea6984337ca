import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanDate, dateYears } from '../../src/model/index.js';

/** [as the list writes it, what the rules in dates.ts say it is]. */
const EXPECTED: [string, string | null][] = [
  // Precision is kept, never padded out.
  ['1950', '1950'],
  ['1950-03', '1950-03'],
  ['1950-03-21', '1950-03-21'],
  ['1950-3-1', '1950-03-01'],
  ['2020-06-04T12:30:00Z', '2020-06-04'],
  ['2015-04-07-04:00', '2015-04-07'], // UN LISTED_ON: a date with its time-zone offset
  ['1950/03/21', '1950-03-21'],
  // OFAC remark forms.
  ['21 MAR 1950', '1950-03-21'],
  ['21 Mar 1950', '1950-03-21'],
  ['04 Sep 1957.', '1957-09-04'],
  ['Mar 1950', '1950-03'],
  ['Sep 1938.', '1938-09'],
  ['circa 1955', '1955~'],
  ['circa 07 Jul 1966', '1966-07-07~'],
  ['1955 to 1958', '1955/1958'],
  ['01 Jan 1961 to 31 Dec 1962', '1961-01-01/1962-12-31'],
  ['Mar 1962 to Feb 1963', '1962-03/1963-02'],
  ['circa 1979-1982', '1979~/1982~'],
  // Spans however they are written.
  ['between 1955 and 1958', '1955/1958'],
  ['Between 1957 and 1959', '1957/1959'],
  ['1955-1958', '1955/1958'],
  ['1955 - 1958', '1955/1958'],
  ['1955–1958', '1955/1958'],
  ['1959/1960', '1959/1960'],
  ['between 1.1.1961 and 31.12.1963', '1961-01-01/1963-12-31'],
  ['Between Aug. and Sep. 1977', '1977-08/1977-09'],
  ['Between 1960 and 1962 (Approximately)', '1960~/1962~'],
  ['1958 to 1955', null], // backwards
  ['1955 to 1955', '1955'],
  ['1960s', '1960/1969'],
  // Uncertainty words.
  ['approximately 1950', '1950~'],
  ['Approximately 1955-1958', '1955~/1958~'],
  ['ca. 1950', '1950~'],
  ['c. 1950', '1950~'],
  ['about 1950', '1950~'],
  ['1970 circa', '1970~'],
  ['possibly 23.7.1981', '1981-07-23?'],
  ['около 1950', '1950~'],
  // EU Official Journal forms.
  ['17.3.2014', '2014-03-17'],
  ['1.1.1960', '1960-01-01'],
  ['16.10.1966', '1966-10-16'],
  ['7.8. 1978', '1978-08-07'],
  ['1 January 1969', '1969-01-01'],
  ['1 Jan. 1964', '1964-01-01'],
  ['8 Oct.1970', '1970-10-08'],
  ['Nov. 1973', '1973-11'],
  ['June 30, 2012', '2012-06-30'],
  // UK HMT: 00 for an unknown day or month.
  ['00/00/1980', '1980'],
  ['00/03/1980', '1980-03'],
  ['15/00/1980', '1980'],
  ['21/03/1950', '1950-03-21'],
  ['03/1950', '1950-03'],
  // Other languages.
  ['21 марта 1950', '1950-03-21'],
  ['21 марта 1950 г.', '1950-03-21'],
  ['1 janvier 1970', '1970-01-01'],
  ['3 März 1960', '1960-03-03'],
  ['5 de mayo 1960', null], // "de" between day and month is not a form we read
  // Impossible dates are no dates.
  ['31 Feb 1950', null],
  ['31.02.1950', null],
  ['29.2.1951', null],
  ['29.2.1952', '1952-02-29'],
  ['31/04/1960', null],
  ['1950-13-01', null],
  ['00/13/1980', null],
  // Two-digit years are never given a century.
  ['21/03/50', null],
  ['21 Mar 50', null],
  ['1955-58', null],
  ['50', null],
  // Bare years outside the plausible range (Hijri years, typing errors).
  ['1402', null],
  ['2401', null],
  // Not dates.
  ['', null],
  ['   ', null],
  ['unknown', null],
  ['30-35 years old', null],
  ['24/06/1402 (Hijri Calendar)', null],
  ['1965 or 1966', null], // alternatives, not a span: the parser splits them
  ['21 Foo 1950', null],
  ['21 constructor 1950', null],
];

test('cleanDate reads each form to the value its rule gives', () => {
  for (const [raw, expected] of EXPECTED) {
    assert.equal(cleanDate(raw), expected, `cleanDate(${JSON.stringify(raw)})`);
  }
});

test('cleanDate reads its own output back unchanged', () => {
  for (const [, expected] of EXPECTED) {
    if (expected) assert.equal(cleanDate(expected), expected, `cleanDate(${JSON.stringify(expected)})`);
  }
  for (const edtf of ['1950?', '1950%', '1950-03~', '1955~/1958~', '1955?/1958?']) {
    assert.equal(cleanDate(edtf), edtf);
  }
});

test('slash dates are day first unless the source writes month first', () => {
  assert.equal(cleanDate('03/04/1950'), '1950-04-03');
  assert.equal(cleanDate('03/04/1950', 'dmy'), '1950-04-03');
  assert.equal(cleanDate('03/04/1950', 'mdy'), '1950-03-04');
  assert.equal(cleanDate('12/31/1950', 'mdy'), '1950-12-31');
  assert.equal(cleanDate('03/00/1980', 'mdy'), '1980-03');
  assert.equal(cleanDate('00/00/1980', 'mdy'), '1980');
  // Impossible in the stated order: not silently read the other way round.
  assert.equal(cleanDate('12/31/1950', 'dmy'), null);
  assert.equal(cleanDate('31/12/1950', 'mdy'), null);
  // Only numeric dates depend on the order.
  assert.equal(cleanDate('1950-03-04', 'mdy'), '1950-03-04');
  assert.equal(cleanDate('4 Mar 1950', 'mdy'), '1950-03-04');
});

test('cleanDate never throws on odd input', () => {
  const odd = ['\u0000', '\uD800', '((((', '1'.repeat(10_000), '~', '/', '?', '1950//1960', 'between and', ' - ', '\u202E1950'];
  for (const raw of odd) assert.doesNotThrow(() => cleanDate(raw));
  assert.equal(cleanDate(undefined as unknown as string), null);
});

test('dateYears lists the years a value can stand for', () => {
  assert.deepEqual(dateYears('1950-03-21'), [1950]);
  assert.deepEqual(dateYears('1950'), [1950]);
  assert.deepEqual(dateYears('1955/1958'), [1955, 1956, 1957, 1958]);
  assert.deepEqual(dateYears('1979~/1982~'), [1979, 1980, 1981, 1982]);
  assert.deepEqual(dateYears('1950~'), [1950]);
  assert.deepEqual(dateYears('1961-01-01/1962-12-31'), [1961, 1962]);
  assert.equal(dateYears('1960/1969').length, 10);
  assert.deepEqual(dateYears('nonsense'), []);
});
