/** PostgreSQL pg_trgm: trigram similarity, names over the similarity threshold found through a GIN index. */
import { freshTable, connection, insertNames, relationBytes } from './pg.js';
import { foldedNames, queryName, type Peer, type Ranked } from './types.js';

export const pgTrgmPeer: Peer = {
  id: 'pg-trgm',
  label: 'PostgreSQL pg_trgm',
  settings:
    'A table of (entity, folded name) with a GIN index `gin_trgm_ops` on the name, `ANALYZE`d; a query is the pg_trgm ' +
    'documentation\'s similarity search, `WHERE name % $1` ordered by `similarity(name, $1)`, an entity taking its best ' +
    'name. `%` keeps names at or above `pg_trgm.similarity_threshold`, left at its default 0.3: that is its default ' +
    'threshold, and nothing below it comes back (its curve starts there). (The documentation\'s other form, the 50 ' +
    'nearest names by `<->` over a GiST index, took five times as long per query here.) Searches are timed from the ' +
    'client: the server does the work in its own process, on the other core.',
  defaultThreshold: 0.3,
  queriesPerSet: 400,
  needsPostgres: true,
  readsDictionary: false,
  async build(entities, { pgUrl }) {
    if (!pgUrl) throw new Error('pg-trgm needs a database');
    const c = await connection(pgUrl);
    const table = freshTable('trgm');
    await c.query(`CREATE TABLE ${table} (id int PRIMARY KEY, entity text NOT NULL, name text NOT NULL)`);
    await insertNames(c, table, entities.flatMap((e) => foldedNames(e).map((n): [string, string] => [e.id, n])));
    await c.query(`CREATE INDEX ON ${table} USING gin (name gin_trgm_ops)`);
    await c.query(`ANALYZE ${table}`);
    const statement = {
      name: `${table}_similar`,
      text: `SELECT entity, max(similarity(name, $1)) AS s FROM ${table} WHERE name % $1 GROUP BY entity ORDER BY s DESC, entity LIMIT $2`,
    };
    return {
      async search(query, k): Promise<Ranked> {
        const name = queryName(query);
        if (!name) return [];
        const { rows } = await c.query({ ...statement, values: [name, k] });
        return rows.map((r) => [r.entity as string, Number(r.s)]);
      },
      externalBytes: () => relationBytes(c, [table]),
      close: async () => void (await c.query(`DROP TABLE ${table}`)),
    };
  },
};
