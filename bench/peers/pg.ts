/**
 * The PostgreSQL side of the peers: a database of this run's own (created with pg_trgm and
 * fuzzystrmatch, dropped at the end), one connection per measuring process, a table per build.
 */
import pg from 'pg';

/** Where to create the run's database: any database of the server, reached as a superuser or a role with CREATEDB. */
export const ADMIN_URL = process.env.GHIRBAL_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const EXTENSIONS = ['pg_trgm', 'fuzzystrmatch'];

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function databaseUrl(adminUrl: string, database: string): string {
  const u = new URL(adminUrl);
  u.pathname = `/${database}`;
  return u.toString();
}

/** A fresh database with the two extensions; the URL to reach it. Throws with the server's reason when it cannot. */
export async function createRunDatabase(database: string, adminUrl = ADMIN_URL): Promise<string> {
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${database}`);
    await c.query(`CREATE DATABASE ${database}`);
  });
  const url = databaseUrl(adminUrl, database);
  await withClient(url, async (c) => {
    for (const x of EXTENSIONS) await c.query(`CREATE EXTENSION IF NOT EXISTS ${x}`);
  });
  return url;
}

export async function dropRunDatabase(database: string, adminUrl = ADMIN_URL): Promise<void> {
  await withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
}

let shared: Promise<pg.Client> | null = null;

/** This process's connection (one per measuring child: the searches run one at a time). */
export function connection(url: string): Promise<pg.Client> {
  shared ??= (async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    return c;
  })();
  return shared;
}

export async function closeConnection(): Promise<void> {
  const c = await shared;
  shared = null;
  await c?.end();
}

let tables = 0;

/** A table name no other build of this process uses. */
export function freshTable(prefix: string): string {
  return `${prefix}_${process.pid}_${tables++}`;
}

/** Rows go in by arrays unnested server-side, this many per statement. */
export const INSERT_BATCH = 5000;

/** Insert (entity, name) rows into `table(entity, name)`, numbering names from 1 in the `id` column. */
export async function insertNames(c: pg.Client, table: string, rows: readonly [string, string][]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_BATCH) {
    const batch = rows.slice(i, i + INSERT_BATCH);
    await c.query(
      `INSERT INTO ${table} (id, entity, name) SELECT $1::int + n, e, nm FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(e, nm, n)`,
      [i, batch.map((r) => r[0]), batch.map((r) => r[1])],
    );
  }
}

/** Bytes of a table with its indexes, as the server holds them. */
export async function relationBytes(c: pg.Client, tables: readonly string[]): Promise<number> {
  let total = 0;
  for (const t of tables) total += Number((await c.query('SELECT pg_total_relation_size($1::regclass) AS b', [t])).rows[0].b);
  return total;
}
