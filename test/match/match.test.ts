/**
 * The matcher on the real 2024 SDN file: Lavrov found first however his name is written,
 * birth dates that agree raise the score and ones that conflict lower it, schemata keep
 * vessels and people apart, a company found through its legal form written any way, and a
 * made-up name staying below the threshold. Plus a seeded recall check on perturbed names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ofacCsv } from '../../src/sources/ofac-csv.js';
import { buildIndex, type MatchIndex } from '../../src/match/index.js';
import { match, type MatchQuery } from '../../src/match/query.js';
import { needData } from '../helpers/data.js';
import { parseSource } from '../helpers/parse.js';

let cached: Promise<MatchIndex> | null = null;
/** The index of the 2024 SDN file, built once for the file. */
function sdnIndex(path: string): Promise<MatchIndex> {
  cached ??= parseSource(ofacCsv, [path]).then((p) => buildIndex(p.entities));
  return cached;
}

async function indexOrSkip(t: import('node:test').TestContext): Promise<MatchIndex | null> {
  const path = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  return path ? sdnIndex(path) : null;
}

const person = (name: string, more: Record<string, string | string[]> = {}): MatchQuery => ({ schema: 'Person', properties: { name: [name], ...more } });

test('Lavrov is found first however his name is written', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  for (const name of ['Sergei Lavrov', 'Lavrov Sergey Viktorovich', 'LAVROV, Sergei', 'Сергей Лавров', 'Sergei Lavorv']) {
    const [top] = match(index, person(name));
    assert.equal(top?.id, 'ofac-35233', name);
    assert.equal(top.match, true, `${name}: ${top.score}`);
  }
});

test('an agreeing birth date raises the score, a conflicting one lowers it', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  const score = (more: Record<string, string>) => match(index, person('Sergei Lavrov', more)).find((r) => r.id === 'ofac-35233')!.score;
  const alone = score({});
  const sameDay = score({ birthDate: '1950-03-21' });
  const sameYear = score({ birthDate: '1950' });
  const other = score({ birthDate: '1960' });
  assert.ok(sameDay > sameYear && sameYear > alone && alone > other, `${sameDay} > ${sameYear} > ${alone} > ${other}`);
  // The exact name with its birth date is not saturated with the name alone.
  const exact = match(index, person('LAVROV, Sergei Viktorovich'))[0];
  const exactDob = match(index, person('LAVROV, Sergei Viktorovich', { birthDate: '21 Mar 1950' }))[0];
  assert.ok(exact.score >= 0.85 && exact.score < 0.9, `exact alone ${exact.score}`);
  assert.ok(exactDob.score >= 0.95, `exact with birth date ${exactDob.score}`);
  assert.match(exactDob.explanations.dob_match.detail, /same birth date/);
});

test('explanations say which tokens met and how, in yente\'s shape', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  const [top] = match(index, person('Lavrov Sergey', { nationality: 'Russia', gender: 'female' }));
  const name = top.explanations.name_match;
  assert.equal(name.query, 'Lavrov Sergey');
  assert.equal(name.candidate, 'LAVROV, Sergei Viktorovich');
  assert.match(name.detail, /lavrov~lavrov \(exact 1\.00/);
  assert.match(name.detail, /sergey~sergei \((skeleton|fuzzy)/);
  assert.match(name.detail, /list only: viktorovich/);
  assert.equal(top.explanations.country_match.candidate, 'ru');
  assert.ok(top.explanations.gender_mismatch, 'gender conflict is explained');
  for (const e of Object.values(top.explanations)) assert.equal(typeof e.score, 'number');
});

test('a Vessel query does not find a Person', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  const results = match(index, { schema: 'Vessel', properties: { name: ['LAVROV'] } }, { limit: 20 });
  assert.ok(results.every((r) => r.schema === 'Vessel'), JSON.stringify(results.map((r) => r.schema)));
  // The same name as a LegalEntity does find him: Person is a kind of LegalEntity.
  assert.ok(match(index, { schema: 'LegalEntity', properties: { name: ['Sergei LAVROV'] } }).some((r) => r.id === 'ofac-35233'));
});

test('a company is found with its legal form glued, moved, spelled out or in Russian', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  for (const name of ['JSCARGUMENT', 'ARGUMENT JSC', 'Joint Stock Company Argument', 'АО Аргумент', 'AO Argument', 'JONIT STOCK COMPANY ARGUMENT', 'JOINT STOCK COMPANYARGUMENT', 'JOINTSTOCK COMPANY ARGUMENT']) {
    const [top] = match(index, { schema: 'Company', properties: { name: [name] } });
    assert.equal(top?.id, 'ofac-37447', name);
    assert.equal(top.match, true, `${name}: ${top.score}`);
  }
});

test('identifiers and IMO numbers match exactly, whatever the spacing', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  const [byReg] = match(index, { schema: 'Company', properties: { name: ['Argument'], registrationNumber: '1207700 471110' } });
  assert.equal(byReg.id, 'ofac-37447');
  assert.ok(byReg.explanations.identifier_match);
  const [byImo] = match(index, { schema: 'Company', properties: { name: ['Something else'], imoNumber: 'IMO 6297782' } });
  assert.equal(byImo.id, 'ofac-37447');
  assert.ok(byImo.explanations.vessel_imo_mmsi_match);
});

test('a made-up common name matches nothing', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  for (const name of ['Emily Thornton', 'Jonathan Whitfield', 'Hargreave Ashworth Ltd']) {
    const results = match(index, { schema: 'LegalEntity', properties: { name: [name] } });
    assert.ok(results.every((r) => !r.match), `${name}: ${JSON.stringify(results[0])}`);
  }
});

test('the ofac algorithm is selectable and scores names only', async (t) => {
  const index = await indexOrSkip(t);
  if (!index) return;
  const [top] = match(index, person('VLADIMIR PUTIN', { birthDate: '1980' }), { algorithm: 'OFAC' });
  assert.equal(top.caption, 'PUTIN, Vladimir Vladimirovich');
  assert.equal(top.score, 1);
  assert.match(top.explanations.name_match.detail, /whole-string=0\.00, per-part=1\.00/);
});

/** mulberry32: a fixed seed gives the same perturbations on every run. */
function seeded(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of the slips a name picks up on its way to a screening query. */
function perturb(name: string, kind: number, rand: () => number): string {
  const tokens = name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const at = (n: number) => Math.floor(rand() * n);
  const swapped = (w: string, i: number) => w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2);
  switch (kind) {
    case 0: { // a typo: two neighbouring letters swapped inside the longest token
      const i = tokens.reduce((b, w, k) => (w.length > tokens[b].length ? k : b), 0);
      if (tokens[i].length > 3) tokens[i] = swapped(tokens[i], 1 + at(tokens[i].length - 2));
      return tokens.join(' ');
    }
    case 1: return [...tokens.slice(1), tokens[0]].join(' ');
    case 2: return tokens.length > 1 ? `${tokens[tokens.length - 1]}, ${tokens.slice(0, -1).join(' ')}` : name;
    case 3: return tokens.length > 2 ? tokens.filter((_, k) => k !== tokens.length - 1).join(' ') : name;
    case 4: return tokens.length > 1 ? [tokens[0] + tokens[1], ...tokens.slice(2)].join(' ') : name;
    case 5: return name.replace(/[-'’.]/g, '');
    default: return name.toLowerCase();
  }
}

test('perturbed SDN names (seeded): the listed entity comes first', async (t) => {
  const path = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!path) return;
  const parsed = await parseSource(ofacCsv, [path]);
  const index = await sdnIndex(path);
  const rand = seeded(20260601);
  const listed = parsed.entities.filter((e) => ['Person', 'Company', 'Organization', 'LegalEntity', 'Vessel'].includes(e.schema) && e.properties.name);
  let first = 0;
  let inTen = 0;
  const misses: string[] = [];
  const n = 200;
  for (let k = 0; k < n; k++) {
    const e = listed[Math.floor(rand() * listed.length)];
    const name = perturb(e.properties.name[0], k % 7, rand);
    const results = match(index, { schema: e.schema, properties: { name: [name] } }, { limit: 10 });
    const at = results.findIndex((r) => r.id === e.id);
    // Another entity with the very same score is a tie the query cannot break.
    if (at >= 0 && results[at].score === results[0].score) first++;
    else misses.push(`${name} → ${results[0]?.caption}`);
    if (at >= 0) inTen++;
  }
  // Measured: 197/200 first, 199/200 in the top ten (the misses: a dropped given name that
  // leaves "RODRIGUEZ OLIVERA", a dropped trailing "2", a name glued into its legal form).
  assert.ok(first / n >= 0.97, `recall@1 ${first}/${n}: ${misses.join('; ')}`);
  assert.ok(inTen / n >= 0.99, `recall@10 ${inTen}/${n}`);
});
