/**
 * Opening the store a `--db` value names: a postgres:// or postgresql:// URL is PostgreSQL
 * (its `schema` query parameter, if any, picks the schema), anything else a SQLite file.
 */
import { openPostgresStore } from './postgres.js';
import { openSqliteStore } from './sqlite.js';
import type { Store } from './types.js';

const POSTGRES_URL = /^postgres(ql)?:\/\//i;

export async function openStore(spec: string): Promise<Store> {
  if (!POSTGRES_URL.test(spec)) return openSqliteStore(spec);
  const url = new URL(spec);
  const schema = url.searchParams.get('schema');
  if (schema === null) return openPostgresStore(spec);
  url.searchParams.delete('schema');
  return openPostgresStore(url.toString(), { schema });
}
