/**
 * Where the name-equivalence dictionary learns from: list entities that carry a name in a
 * non-Latin script beside Latin ones, and the pair files of ../shared/data/pairs. Shared by
 * the build script and the evaluation, which leaves out what a set is measured on.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Entity } from '../src/model/entity.js';
import { textScripts } from '../src/names/script.js';
import type { NamePair } from './name-equivalents.js';

const NAME_PROPS = ['name', 'alias', 'previousName'];

/** Pair files and their native and Latin columns (relative to pairs/, dev split). */
export const PAIR_FILES: readonly (readonly [string, string, string])[] = [
  ['wikidata_netranslit/wd_korean_fullnames.dev.tsv', 'name_ko', 'name_en'],
  ['wikidata_netranslit/wd_hebrew_fullnames.dev.tsv', 'name_he', 'name_en'],
  ['wikidata_netranslit/wd_arabic_tokens.dev.tsv', 'token_arabic', 'token_en'],
  ['wikidata_netranslit/wd_russian_tokens.dev.tsv', 'token_russian', 'token_en'],
  ['wikidata_netranslit/wd_chinese_tokens.dev.tsv', 'token_chinese', 'token_en'],
  ['wikidata_netranslit/wd_katakana_tokens.dev.tsv', 'token_katakana', 'token_en'],
  ['anetac/anetac_en_ar.dev.tsv', 'name_ar', 'name_en'],
  ['google_ar2en/ar2en.dev.tsv', 'name_ar', 'name_en'],
];

const isLatinOnly = (name: string) => textScripts(name).every((s) => s === 'Latin');

/**
 * Each entity's non-Latin names paired with its Latin names, leaving out names `exclude`
 * selects (an evaluation's queries).
 */
export function listPairs(entities: Iterable<Entity>, exclude: (name: string) => boolean = () => false): NamePair[] {
  const out: NamePair[] = [];
  for (const e of entities) {
    const names = NAME_PROPS.flatMap((p) => e.properties[p] ?? []).filter((n) => !exclude(n));
    const latin = names.filter(isLatinOnly);
    for (const native of names.filter((n) => !isLatinOnly(n))) for (const l of latin) out.push({ native, latin: l, source: 'lists' });
  }
  return out;
}

/** The pairs of the pair files present. */
export function pairFilePairs(dataDir: string): NamePair[] {
  const out: NamePair[] = [];
  for (const [rel, nativeCol, latinCol] of PAIR_FILES) {
    const path = join(dataDir, 'pairs', rel);
    if (!existsSync(path)) continue;
    const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), { columns: true, delimiter: '\t', relax_column_count: true, skip_empty_lines: true, relax_quotes: true });
    for (const r of rows) if (r[nativeCol] && r[latinCol]) out.push({ native: r[nativeCol], latin: r[latinCol], source: rel });
  }
  return out;
}
