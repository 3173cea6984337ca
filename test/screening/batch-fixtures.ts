/**
 * Customer files made of real names: UN-listed people as the yente screening fixtures give
 * them, among people who are on no list (the fixtures' negatives), in a seeded order.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { dataPath } from '../helpers/data.js';

export const FIXTURES = ['pairs', 'yente_screening_fixtures'];
export const LISTED = [...FIXTURES, 'positives_un_untreated.dev.csv'];
export const UNLISTED = [...FIXTURES, 'negatives_global.dev.csv'];

interface FixturePerson {
  full_name: string;
  date_of_birth: string;
  nationality: string;
}

function people(file: string[]): FixturePerson[] {
  return parse(readFileSync(dataPath(...file)), { columns: true, skip_empty_lines: true }) as FixturePerson[];
}

export interface Customer {
  id: string;
  name: string;
  dob: string;
  country: string;
  listed: boolean;
}

/** `count` customers, every `every`-th a listed person (cycling through them), ids C00001… */
export function customers(count: number, every = 10): Customer[] {
  const listed = people(LISTED);
  const unlisted = people(UNLISTED);
  return Array.from({ length: count }, (_, i) => {
    const isListed = i % every === every - 1;
    const p = isListed ? listed[Math.floor(i / every) % listed.length] : unlisted[i % unlisted.length];
    return { id: `C${String(i + 1).padStart(5, '0')}`, name: p.full_name, dob: p.date_of_birth, country: p.nationality, listed: isListed };
  });
}

function csvCell(v: string, delimiter: string): string {
  return v.includes(delimiter) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The customers as a CSV a bank might export: semicolons, its own headers, a notes column. */
export function writeCustomerCsv(path: string, list: Customer[], extraLines: string[] = []): void {
  const rows = list.map((c) => [c.id, c.name, c.dob, c.country, `since ${2000 + (Number(c.id.slice(1)) % 20)}; "gold"`].map((v) => csvCell(v, ';')).join(';'));
  writeFileSync(path, ['Customer ID;Customer Name;Date of Birth;Nationality;Notes', ...rows, ...extraLines].join('\n') + '\n');
}
