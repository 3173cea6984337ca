import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { COUNTRIES, cleanCountry, countriesInText, countryName, foldCountry } from '../../src/model/index.js';
import { needData } from '../helpers/data.js';

/** ISO 3166-1 alpha-2, all 249 officially assigned codes. */
const ISO_ALPHA2 = `ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo bq br bs
bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj dk dm do dz ec ee eg eh er es et fi fj fk
fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm
jo jp ke kg kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml mm mn mo mp mq mr ms
mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw
sa sb sc sd se sg sh si sj sk sl sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um
us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw`.split(/\s+/);

/** FtM's codes beyond ISO that lists need. */
const EXTRA_CODES = ['xk', 'eu', 'suhh', 'yucs', 'cshh', 'csxx', 'dd'];

function everyForm(code: string): string[] {
  const c = COUNTRIES[code];
  return [code, c.alpha3 ?? '', ...(c.codes ?? []), ...c.names, ...(c.native ?? []), ...(c.adjectives ?? [])];
}

test('the table has every ISO 3166-1 country and only known extra codes', () => {
  assert.equal(ISO_ALPHA2.length, 249);
  assert.deepEqual(Object.keys(COUNTRIES).sort(), [...ISO_ALPHA2, ...EXTRA_CODES].sort());
  const alpha3 = new Set<string>();
  for (const [code, c] of Object.entries(COUNTRIES)) {
    assert.ok(c.names.length > 0, code);
    if (code !== 'eu') assert.match(c.alpha3 ?? '', /^[A-Z]{3}$/, code);
    assert.ok(!alpha3.has(c.alpha3 ?? ''), `alpha-3 ${c.alpha3} twice`);
    alpha3.add(c.alpha3 ?? '');
  }
});

test('no folded name, code or adjective belongs to two countries', () => {
  const owner = new Map<string, string>();
  const collisions: string[] = [];
  for (const code of Object.keys(COUNTRIES)) {
    for (const form of everyForm(code)) {
      const key = foldCountry(form);
      if (!key) continue;
      const other = owner.get(key);
      if (other && other !== code) collisions.push(`"${form}" → ${other} and ${code}`);
      owner.set(key, code);
    }
  }
  assert.deepEqual(collisions, []);
});

test('every form in the table reads back as its own country', () => {
  for (const code of Object.keys(COUNTRIES)) {
    for (const form of everyForm(code)) if (form) assert.equal(cleanCountry(form), code, form);
  }
});

test('the forms sanctions lists write', () => {
  const forms: [string, string][] = [
    ['Korea, North', 'kp'], ["Korea, Democratic People's Republic of", 'kp'], ['KOREA, DEMOCRATIC PEOPLE S REPUBLIC OF', 'kp'],
    ["Democratic People's Republic of Korea", 'kp'], ['Democratic People’s Republic of Korea', 'kp'], ['DPRK', 'kp'],
    ['North Korea', 'kp'], ['Korea, South', 'kr'], ['Republic of Korea', 'kr'],
    ['Iran (Islamic Republic of)', 'ir'], ['Iran, Islamic Republic of', 'ir'], ['IRAN (ISLAMIC REPUBLIC OF).', 'ir'],
    ['Russian Federation', 'ru'], ['Syrian Arab Republic', 'sy'], ["Lao People's Democratic Republic", 'la'],
    ['Laos', 'la'], ['Congo, Democratic Republic of the', 'cd'], ['Democratic Republic of the Congo', 'cd'],
    ['DRC', 'cd'], ['Congo, Republic of the', 'cg'], ['Bolivia (Plurinational State of)', 'bo'],
    ['Bolivia, Plurinational State of', 'bo'], ['Tanzania, United Republic of', 'tz'], ['United Republic of Tanzania', 'tz'],
    ['Moldova, Republic of', 'md'], ['Republic of Moldova', 'md'], ['Micronesia (Federated States of)', 'fm'],
    ['Micronesia, Federated States of', 'fm'], ['Viet Nam', 'vn'], ['Vietnam', 'vn'],
    ["Côte d'Ivoire", 'ci'], ["Cote d'Ivoire", 'ci'], ['Cote d Ivoire', 'ci'], ['Ivory Coast', 'ci'],
    ['Burma', 'mm'], ['Myanmar', 'mm'], ['Macedonia', 'mk'], ['North Macedonia', 'mk'],
    ['North Macedonia, The Republic of', 'mk'], ['Czechia', 'cz'], ['Czech Republic', 'cz'],
    ['Türkiye', 'tr'], ['Turkiye', 'tr'], ['Turkey', 'tr'], ['Swaziland', 'sz'], ['Eswatini', 'sz'],
    ['Cape Verde', 'cv'], ['Cabo Verde', 'cv'], ['Holy See', 'va'], ['Palestinian Territories', 'ps'],
    ['West Bank', 'ps'], ['Gaza', 'ps'], ['Region: Gaza', 'ps'], ['State of Palestine', 'ps'],
    ['Hong Kong', 'hk'], ['China, Hong Kong Special Administrative Region', 'hk'], ['Macau', 'mo'], ['Macao', 'mo'],
    ['Taiwan', 'tw'], ['Kosovo', 'xk'], ['Bahamas, The', 'bs'], ['The Gambia', 'gm'], ['Man, Isle of', 'im'],
    ['Virgin Islands, British', 'vg'], ['British Virgin Islands', 'vg'], ['St. Kitts & Nevis', 'kn'],
    ['United Kingdom of Great Britain and Northern Ireland', 'gb'], ['United States of America', 'us'],
    ['U.S.A.', 'us'], ['the Netherlands', 'nl'], ['Netherlands Antilles', 'nl'], ['Libyan Arab Jamahiriya', 'ly'],
    ['Ukrainian SSR', 'ua'], ['Kazakh SSR', 'kz'], ['Myanmar/Burma', 'mm'], ['Bosnia-Herzegovina', 'ba'],
  ];
  for (const [raw, code] of forms) assert.equal(cleanCountry(raw), code, raw);
});

test('codes in either case, and nationality adjectives as whole values', () => {
  for (const raw of ['RU', 'ru', 'RUS', 'rus', ' Ru. ']) assert.equal(cleanCountry(raw), 'ru', raw);
  assert.equal(cleanCountry('GBR'), 'gb');
  assert.equal(cleanCountry('US'), 'us');
  assert.equal(cleanCountry('XK'), 'xk');
  const adjectives: [string, string][] = [
    ['Russian', 'ru'], ['Iranian', 'ir'], ['Syrian', 'sy'], ['Iraqi', 'iq'], ['Afghan', 'af'], ['Pakistani', 'pk'],
    ['North Korean', 'kp'], ['Chinese', 'cn'], ['British', 'gb'], ['American', 'us'], ['Belarusian', 'by'],
    ['Palestinian', 'ps'], ['Saudi Arabian', 'sa'], ['Filipino', 'ph'], ['Emirati', 'ae'], ['Soviet', 'suhh'],
  ];
  for (const [raw, code] of adjectives) assert.equal(cleanCountry(raw), code, raw);
});

test('names in the scripts of the lists and the news', () => {
  const native: [string, string][] = [
    ['روسيا', 'ru'], ['الولايات المتحدة', 'us'], ['كوريا الشمالية', 'kp'], ['الصين', 'cn'], ['إيران', 'ir'],
    ['ايران', 'ir'], ['سوريا', 'sy'], ['الهند', 'in'], ['سويسرا', 'ch'], ['تركيا', 'tr'], ['الإمارات', 'ae'],
    ['Россия', 'ru'], ['США', 'us'], ['Украина', 'ua'], ['Беларусь', 'by'], ['КНДР', 'kp'], ['Китай', 'cn'],
    ['Иран', 'ir'], ['朝鲜', 'kp'], ['中国', 'cn'], ['俄罗斯', 'ru'], ['북한', 'kp'], ['조선', 'kp'],
    ['러시아', 'ru'], ['ایران', 'ir'], ['Rusya', 'ru'], ['Türkiye', 'tr'], ['Çin', 'cn'], ['KIBRIS', 'cy'],
  ];
  for (const [raw, code] of native) assert.equal(cleanCountry(raw), code, raw);
});

test('former states take FtM codes', () => {
  const former: [string, string][] = [
    ['USSR', 'suhh'], ['Soviet Union', 'suhh'], ['SU', 'suhh'], ['СССР', 'suhh'], ['former USSR', 'suhh'],
    ['Yugoslavia', 'yucs'], ['former Yugoslavia', 'yucs'], ['YU', 'yucs'], ['Czechoslovakia', 'cshh'],
    ['CS', 'cshh'], ['Serbia and Montenegro', 'csxx'], ['East Germany', 'dd'], ['German Democratic Republic', 'dd'],
  ];
  for (const [raw, code] of former) assert.equal(cleanCountry(raw), code, raw);
});

test('nothing is guessed', () => {
  const unread = [
    '', '  ', '-0-', 'undetermined', 'Russia (as of 2014)', 'Korea', 'Congolese', 'Virgin Islands', 'Africa',
    'Region: Jammu and Kashmir', 'constructor', '__proto__', 'toString', 'hasOwnProperty',
  ];
  for (const raw of unread) assert.equal(cleanCountry(raw), null, raw);
});

test('countryName gives the English name', () => {
  assert.equal(countryName('ru'), 'Russia');
  assert.equal(countryName('kp'), 'North Korea');
  assert.equal(countryName('suhh'), 'Soviet Union');
  assert.equal(countryName('zz'), undefined);
  assert.equal(countryName('constructor'), undefined);
});

test('countriesInText finds names in a short clause, longest first', () => {
  assert.deepEqual(countriesInText('nationality Russia'), ['ru']);
  assert.deepEqual(countriesInText('POB Moscow, Russia'), ['ru']);
  assert.deepEqual(countriesInText('Passport 123 (Iran)'), ['ir']);
  assert.deepEqual(countriesInText('POB Juba, South Sudan'), ['ss']);
  assert.deepEqual(countriesInText('Bissau, Guinea-Bissau'), ['gw']);
  assert.deepEqual(countriesInText('Kinshasa, Democratic Republic of the Congo'), ['cd']);
  assert.deepEqual(countriesInText('Democratic People s Republic of Korea'), ['kp']);
  assert.deepEqual(countriesInText("Korea, Democratic People's Republic of"), ['kp']);
  assert.deepEqual(countriesInText('Iran; Iraq; Iran'), ['ir', 'iq']);
  assert.deepEqual(countriesInText('(1) Tunisia (2) former Yugoslavia'), ['tn', 'yucs']);
  assert.deepEqual(countriesInText('روسيا و الصين'), ['ru', 'cn']);
  assert.deepEqual(countriesInText('Москва, Россия'), ['ru']);
  assert.deepEqual(countriesInText(''), []);
});

test('countriesInText leaves codes and look-alike phrases alone', () => {
  assert.deepEqual(countriesInText('he is to go in by 2010'), []);
  assert.deepEqual(countriesInText('DOB 21 Mar 1950'), []); // MAR is Morocco's alpha-3
  assert.deepEqual(countriesInText('tell us about the CAR and AND'), []);
  assert.deepEqual(countriesInText('Albuquerque, New Mexico'), []);
  assert.deepEqual(countriesInText('Trenton, New Jersey, United States'), ['us']);
  assert.deepEqual(countriesInText('operates in South America'), []);
});

test('countriesInText reads nationality adjectives only when asked', () => {
  assert.deepEqual(countriesInText('Russian citizen'), []);
  assert.deepEqual(countriesInText('Russian citizen', { adjectives: true }), ['ru']);
  assert.deepEqual(countriesInText('(a) Jordanian (b) American', { adjectives: true }), ['jo', 'us']);
  assert.deepEqual(countriesInText('South Sudanese', { adjectives: true }), ['ss']);
  // A name still wins over an adjective inside it.
  assert.deepEqual(countriesInText('Tortola, British Virgin Islands', { adjectives: true }), ['vg']);
});

test('fold ignores case, accents, apostrophes and punctuation', () => {
  assert.equal(foldCountry("  CÔTE D’IVOIRE. "), 'cote divoire');
  assert.equal(foldCountry('The Gambia'), 'gambia');
  assert.equal(foldCountry('St. Kitts & Nevis'), 'st kitts and nevis');
  assert.equal(foldCountry('PEOPLE S REPUBLIC'), 'peoples republic');
  assert.equal(foldCountry('U.S.'), 'u s');
});

test('OFAC address countries all read, except the values that name no country', (t) => {
  const unread = new Set<string>();
  for (const file of ['sdn_set_2021-07-07/add.csv', 'alt_add_2026-06-02/add.csv', 'consolidated_nonsdn_csv_2025-12/cons_add.csv']) {
    const path = needData(t, 'ofac', ...file.split('/'));
    if (!path) return;
    const text = readFileSync(path, 'latin1').replace(/\x1a/g, '');
    const rows: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: true });
    for (const row of rows) if (row[4] && !cleanCountry(row[4])) unread.add(row[4].trim());
  }
  // Read off the distinct values of the country column: these name no single country.
  assert.deepEqual([...unread].sort(), [
    '-0-', 'Region: Commonwealth of Independent States', 'Region: Jammu and Kashmir', 'Region: Kafia Kingi', 'undetermined',
  ]);
});

test('UN country and nationality values all read', (t) => {
  const path = needData(t, 'un', 'consolidated_2026-02-27.xml');
  if (!path) return;
  const xml = readFileSync(path, 'utf8');
  const values = new Set<string>();
  for (const m of xml.matchAll(/<(COUNTRY|COUNTRY_OF_ISSUE)>([^<]+)<|<NATIONALITY>\s*<VALUE>([^<]+)</g)) {
    values.add((m[2] ?? m[3]).trim());
  }
  // "na" (not available) is one nationality; as a code it is Namibia, so the parser must drop it.
  for (const v of values) if (v !== 'na') assert.ok(cleanCountry(v), v);
  const pinned: [string, string][] = [
    ['China, Hong Kong Special Administrative Region', 'hk'], ["Democratic People's Republic of Korea", 'kp'],
    ['Iran (Islamic Republic of)', 'ir'], ['State of Palestine', 'ps'], ['Türkiye', 'tr'], ['Turkey', 'tr'],
    ['United Republic of Tanzania', 'tz'], ['Viet Nam', 'vn'], ['Guinea-Bissau', 'gw'],
  ];
  for (const [v, code] of pinned) {
    assert.ok(values.has(v), `the UN file writes "${v}"`);
    assert.equal(cleanCountry(v), code, v);
  }
});
