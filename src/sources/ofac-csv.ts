/**
 * OFAC's legacy CSV files: sdn.csv with alt.csv, add.csv and sdn_comments.csv beside it,
 * and the non-SDN set cons_prim.csv, cons_alt.csv, cons_add.csv, cons_comments.csv. No
 * header, "-0- " for an empty field; ALT/ADD/COMMENTS rows join the main file on ent_num.
 * Files are told apart by name (any case) or, failing that, by the shape of their rows,
 * so the bundle's order does not matter.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readCsv, readHead, type CsvRecord } from './read.js';
import { SourceError, type ParseContext, type SourceFormat } from './types.js';
import type { Entity } from '../model/entity.js';
import { OfacRecord, featureFacts, resolveLinks, schemaFor, splitPrograms } from './ofac-remarks.js';

type Role = 'main' | 'alt' | 'add' | 'comments';

const SETS: ReadonlyArray<{ dataset: string; files: Record<Role, string> }> = [
  { dataset: 'us_ofac_sdn', files: { main: 'sdn.csv', alt: 'alt.csv', add: 'add.csv', comments: 'sdn_comments.csv' } },
  { dataset: 'us_ofac_cons', files: { main: 'cons_prim.csv', alt: 'cons_alt.csv', add: 'cons_add.csv', comments: 'cons_comments.csv' } },
];

const QUOTED_OR_NULL = '(?:"(?:[^"]|"")*"|-0- )';
/** The first row of each file: what makes it this kind of OFAC file and not just any CSV. */
const ROW_SHAPES: Record<Role, RegExp> = {
  main: new RegExp(`^\\d+,"(?:[^"]|"")*",(?:"(?:individual|vessel|aircraft)"|-0- ),${QUOTED_OR_NULL},`),
  alt: /^\d+,\d+,"(?:aka|fka|nka)",/,
  add: new RegExp(`^\\d+,\\d+,${QUOTED_OR_NULL},${QUOTED_OR_NULL},`),
  comments: /^\d+,"/,
};
const SNIFF_ORDER: Role[] = ['main', 'alt', 'add', 'comments'];
const FIELD_COUNTS: Record<Role, number> = { main: 12, alt: 5, add: 6, comments: 2 };
const ENT_NUM = /^\d+$/;
const GZ = /\.gz$/i;
const BOM = /^(?:\uFEFF|\u00EF\u00BB\u00BF)/;
const LINE_END = /\r?\n/;
const ENDS_CLAUSE = /\.\s*$/;
/** OFAC cuts Remarks at this many characters and continues them in the comments file. */
const REMARKS_LIMIT = 1000;

const WEAK = /\bweak\b/i;

/** sdn.csv's vessel columns, by index, as the feature each one is. */
const VESSEL_COLUMNS: ReadonlyArray<readonly [number, string]> = [
  [5, 'Vessel Call Sign'], [6, 'Vessel Type'], [7, 'Vessel Tonnage'],
  [8, 'Vessel Gross Registered Tonnage'], [9, 'Vessel Flag'], [10, 'Vessel Owner'],
];

function knownFile(path: string): { dataset: string; role: Role; set: Record<Role, string> } | null {
  const name = basename(path).toLowerCase().replace(GZ, '');
  for (const set of SETS) {
    for (const role of SNIFF_ORDER) if (set.files[role] === name) return { dataset: set.dataset, role, set: set.files };
  }
  return null;
}

function firstLine(head: Buffer): string {
  return head.toString('latin1').replace(BOM, '').split(LINE_END, 1)[0];
}

function nullable(raw: string | undefined): string | null {
  const v = raw?.trim();
  return !v || v === '-0-' ? null : v;
}

async function roleOf(path: string): Promise<Role> {
  const known = knownFile(path);
  if (known) return known.role;
  const line = firstLine(await readHead(path));
  const role = SNIFF_ORDER.find((r) => ROW_SHAPES[r].test(line));
  if (!role) throw new SourceError('not an OFAC legacy CSV file (sdn, alt, add or comments rows)', basename(path));
  return role;
}

async function classify(files: string[]): Promise<Partial<Record<Role, string>>> {
  const out: Partial<Record<Role, string>> = {};
  for (const f of files) {
    const role = await roleOf(f);
    if (out[role]) throw new SourceError(`two ${role} files in one bundle (${basename(out[role]!)})`, basename(f));
    out[role] = f;
  }
  return out;
}

/** The rows of a file that pass the field count and ent_num checks; the rest are reported. */
async function* rows(path: string, role: Role, ctx: ParseContext): AsyncGenerator<CsvRecord> {
  const file = basename(path);
  for await (const rec of readCsv(path)) {
    const key = rec.fields[0]?.trim();
    if (rec.fields.length !== FIELD_COUNTS[role]) {
      ctx.report({ file, line: rec.line, record: key, message: `expected ${FIELD_COUNTS[role]} fields, found ${rec.fields.length}; row skipped` });
    } else if (!ENT_NUM.test(key)) {
      ctx.report({ file, line: rec.line, record: key, field: 'ent_num', message: `ent_num "${key}" is not a number; row skipped` });
    } else {
      yield rec;
    }
  }
}

async function readJoined(path: string, role: Role, ctx: ParseContext): Promise<Map<string, CsvRecord[]>> {
  const byEnt = new Map<string, CsvRecord[]>();
  for await (const rec of rows(path, role, ctx)) {
    const key = rec.fields[0].trim();
    const list = byEnt.get(key);
    if (list) list.push(rec);
    else byEnt.set(key, [rec]);
  }
  return byEnt;
}

function applyAlt(r: OfacRecord, rec: CsvRecord, ctx: ParseContext, file: string): void {
  const [, , type, name, remarks] = rec.fields.map(nullable);
  if (!name) return;
  const weak = remarks !== null && WEAK.test(remarks);
  if (!r.addAlias(type ?? '', weak, name)) {
    ctx.report({ file, line: rec.line, record: rec.fields[0], field: 'alt_type', message: `unknown alt_type "${type}"; kept as alias` });
  }
  if (remarks && !weak) r.entity.add('notes', remarks);
}

function applyAddress(r: OfacRecord, rec: CsvRecord): void {
  const [, , address, cityStateZip, country, remarks] = rec.fields.map(nullable);
  r.addAddress([address, cityStateZip, country].filter(Boolean).join(', '), country);
  r.entity.add('notes', remarks);
}

function mainRecord(rec: CsvRecord, file: string, ctx: ParseContext, comments: Map<string, CsvRecord[]> | null): OfacRecord | null {
  const key = rec.fields[0].trim();
  const where = { file, line: rec.line, record: key };
  const [, name, type, program, title] = rec.fields.map(nullable);
  if (!name) {
    ctx.report({ ...where, field: 'SDN_Name', message: 'no name; row skipped' });
    return null;
  }
  let schema = schemaFor(type, name);
  if (!schema) {
    ctx.report({ ...where, field: 'SDN_Type', message: `unknown SDN_Type "${type}"; read as an entity` });
    schema = 'LegalEntity';
  }
  const r = new OfacRecord(where, key, schema, ctx.dataset);
  r.addPrimaryName(name);
  r.addPrograms(program ? splitPrograms(program) : []);
  r.addTitle(title);
  for (const [i, label] of VESSEL_COLUMNS) {
    const v = nullable(rec.fields[i]);
    if (v) r.apply(featureFacts(label, v));
  }
  const continued = comments?.get(key)?.map((c) => c.fields[1]).join('');
  const remarks = nullable(rec.fields[11] + (continued ?? ''));
  if (remarks && !continued && rec.fields[11].length >= REMARKS_LIMIT && !ENDS_CLAUSE.test(remarks)) {
    ctx.report({ ...where, field: 'Remarks', message: `Remarks stop mid-clause at ${REMARKS_LIMIT} characters and no comments file continues them; the last clause may be cut` });
  }
  r.addRemarks(remarks);
  return r;
}

/** One issue per joined file for the rows whose ent_num has no main row: count, ent_nums, first few. */
function reportOrphans(joined: Map<string, CsvRecord[]> | null, path: string | undefined, known: Set<string>, main: string | undefined, ctx: ParseContext): void {
  if (!joined || !path) return;
  const orphans = [...joined.entries()].filter(([k]) => !known.has(k));
  if (orphans.length === 0) return;
  const rowCount = orphans.reduce((n, [, recs]) => n + recs.length, 0);
  const first = orphans.slice(0, 5).map(([k]) => k).join(', ');
  const against = main ? basename(main) : 'the bundle (no sdn.csv or cons_prim.csv given)';
  ctx.report({
    file: basename(path),
    line: orphans[0][1][0].line,
    record: orphans[0][0],
    message: `${rowCount} rows over ${orphans.length} ent_nums have no entity in ${against}; not imported (first ent_nums: ${first})`,
  });
}

async function* parseCsvSet(files: string[], ctx: ParseContext): AsyncGenerator<Entity> {
  const f = await classify(files);
  const comments = f.comments ? await readJoined(f.comments, 'comments', ctx) : null;
  const alts = f.alt ? await readJoined(f.alt, 'alt', ctx) : null;
  const adds = f.add ? await readJoined(f.add, 'add', ctx) : null;
  const records: OfacRecord[] = [];
  const known = new Set<string>();
  if (f.main) {
    const file = basename(f.main);
    for await (const rec of rows(f.main, 'main', ctx)) {
      const key = rec.fields[0].trim();
      if (known.has(key)) {
        ctx.report({ file, line: rec.line, record: key, field: 'ent_num', message: 'ent_num listed twice; second row skipped' });
        continue;
      }
      const r = mainRecord(rec, file, ctx, comments);
      if (!r) continue;
      known.add(key);
      for (const alt of alts?.get(key) ?? []) applyAlt(r, alt, ctx, basename(f.alt!));
      for (const add of adds?.get(key) ?? []) applyAddress(r, add);
      records.push(r);
    }
  }
  reportOrphans(alts, f.alt, known, f.main, ctx);
  reportOrphans(adds, f.add, known, f.main, ctx);
  reportOrphans(comments, f.comments, known, f.main, ctx);
  const links = resolveLinks(records, ctx);
  for (const r of records) yield* r.finish(ctx);
  yield* links;
}

export const ofacCsv: SourceFormat = {
  name: 'ofac-csv',
  label: 'OFAC legacy CSV (SDN.CSV / CONS_PRIM.CSV with ALT, ADD, COMMENTS)',
  defaultDataset(files) {
    return files.some((f) => knownFile(f)?.dataset === 'us_ofac_cons') ? 'us_ofac_cons' : 'us_ofac_sdn';
  },
  detect(path, head) {
    const line = firstLine(head);
    const known = knownFile(path);
    return known ? ROW_SHAPES[known.role].test(line) : ROW_SHAPES.main.test(line);
  },
  companions(path) {
    const known = knownFile(path);
    if (!known) return [path];
    const dir = dirname(path);
    const present = new Map(readdirSync(dir).map((n) => [n.toLowerCase().replace(GZ, ''), n]));
    const others = Object.values(known.set)
      .map((n) => present.get(n))
      .filter((n): n is string => n !== undefined && join(dir, n) !== path)
      .map((n) => join(dir, n));
    return [path, ...others];
  },
  parse: parseCsvSet,
};
