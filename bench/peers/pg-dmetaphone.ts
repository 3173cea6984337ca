/**
 * PostgreSQL fuzzystrmatch Double Metaphone: each word of a name keyed by its primary and
 * alternate codes (dmetaphone on a whole name keeps only its first four sounds, so words it is).
 */
import { freshTable, connection, insertNames, relationBytes } from './pg.js';
import { foldedNames, queryName, type Peer, type Ranked } from './types.js';

export const pgDmetaphonePeer: Peer = {
  id: 'pg-dmetaphone',
  label: 'PostgreSQL dmetaphone',
  settings:
    'Every word of every folded name keyed by `dmetaphone()` and `dmetaphone_alt()` (a B-tree on the code); a query\'s ' +
    'words are coded the same way, and a name scores the share of words that sound alike: query words with a code in ' +
    'the name ÷ the larger of the two word counts. An entity takes its best name. fuzzystrmatch has no threshold: ' +
    'out of the box any name sharing a sound is a result, and an alert.',
  defaultThreshold: null,
  queriesPerSet: 400,
  needsPostgres: true,
  readsDictionary: false,
  async build(entities, { pgUrl }) {
    if (!pgUrl) throw new Error('pg-dmetaphone needs a database');
    const c = await connection(pgUrl);
    const names = freshTable('dm_names');
    const codes = freshTable('dm_codes');
    await c.query(`CREATE TABLE ${names} (id int PRIMARY KEY, entity text NOT NULL, name text NOT NULL, words int)`);
    await insertNames(c, names, entities.flatMap((e) => foldedNames(e).map((n): [string, string] => [e.id, n])));
    await c.query(`UPDATE ${names} SET words = cardinality(string_to_array(name, ' '))`);
    await c.query(
      `CREATE TABLE ${codes} AS SELECT DISTINCT n.id AS name_id, v.code FROM ${names} n,
         unnest(string_to_array(n.name, ' ')) AS w(word), LATERAL (VALUES (dmetaphone(w.word)), (dmetaphone_alt(w.word))) AS v(code)
       WHERE v.code <> ''`,
    );
    await c.query(`CREATE INDEX ON ${codes} (code)`);
    await c.query(`ANALYZE ${names}; ANALYZE ${codes}`);
    const statement = {
      name: `${codes}_q`,
      text: `WITH q AS (
               SELECT DISTINCT w.n, v.code FROM unnest(string_to_array($1, ' ')) WITH ORDINALITY AS w(word, n),
                 LATERAL (VALUES (dmetaphone(w.word)), (dmetaphone_alt(w.word))) AS v(code) WHERE v.code <> ''),
             size AS (SELECT cardinality(string_to_array($1, ' ')) AS words),
             hits AS (SELECT c.name_id, count(DISTINCT q.n) AS alike FROM q JOIN ${codes} c ON c.code = q.code GROUP BY c.name_id)
           SELECT n.entity, max(h.alike::float8 / greatest(n.words, size.words)) AS s
           FROM hits h JOIN ${names} n ON n.id = h.name_id, size
           GROUP BY n.entity ORDER BY s DESC, n.entity LIMIT $2`,
    };
    return {
      async search(query, k): Promise<Ranked> {
        const name = queryName(query);
        if (!name) return [];
        const { rows } = await c.query({ ...statement, values: [name, k] });
        return rows.map((r) => [r.entity as string, Number(r.s)]);
      },
      externalBytes: () => relationBytes(c, [names, codes]),
      close: async () => void (await c.query(`DROP TABLE ${codes}; DROP TABLE ${names}`)),
    };
  },
};
