/**
 * The behaviour every Store implementation owes its users, run once per backend by
 * sqlite.test.ts and postgres.test.ts. Each test gets a store of its own.
 */
import assert from 'node:assert/strict';
import { describe, test, type TestContext } from 'node:test';
import { EntityBuilder, type Entity } from '../../src/model/entity.js';
import type { Store } from '../../src/store/types.js';
import { keysAndAuditContract } from './contract-keys-audit.js';
import { collect, deferred, failing, ids, lavrov, pausing, people, person, rosneft, versionMeta, vessel } from './fixtures.js';

export interface OpenedStore {
  store: Store;
  /** Closes the store and removes what it wrote. */
  cleanup: () => Promise<void>;
  /**
   * Runs SQL straight on the store's tables, as anyone with write access to the database
   * could (the rows, for a SELECT); `unguarded` first lifts the audit log's append-only triggers.
   */
  sql: (statement: string, opts?: { unguarded?: boolean }) => Promise<Record<string, unknown>[]>;
}

const ISO_SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

/** A source the store must not read. */
const UNREADABLE: Iterable<Entity> = {
  [Symbol.iterator]() {
    throw new Error('the entities were read');
  },
};

function shoigu(): Entity {
  return new EntityBuilder('Person', 'eu-fsf-shoigu', ['eu-fsf'])
    .add('name', 'SHOIGU, Sergei Kuzhugetovich')
    .add('birthDate', '1955-05-21')
    .add('nationality', 'ru')
    .add('topics', 'sanction')
    .build();
}

/** eu-fsf as published in April: a minister, an oil company, a tanker. */
function aprilList(): Entity[] {
  return [lavrov().build(), rosneft().build(), vessel().build()];
}

export function storeContract(name: string, open: () => Promise<OpenedStore>): void {
  async function fresh(t: TestContext): Promise<Store> {
    const { store, cleanup } = await open();
    t.after(cleanup);
    return store;
  }

  /** eu-fsf@1: the April list. eu-fsf@2: Rosneft delisted, Shoigu listed, Lavrov amended. */
  async function twoVersions(store: Store) {
    const v1 = await store.importVersion(versionMeta('eu-fsf', 'April list'), aprilList());
    const amended = lavrov().add('alias', 'Sergey Lavrov');
    amended.properties.birthPlace = ['Moscow, Russia'];
    const v2 = await store.importVersion(versionMeta('eu-fsf', 'May list'), [vessel().build(), shoigu(), amended.build()]);
    return { v1: v1.version, v2: v2.version };
  }

  describe(name, () => {
    test('the first import of a list creates version 1 and makes it current', async (t) => {
      const store = await fresh(t);
      const meta = versionMeta('eu-fsf', 'April list');
      const result = await store.importVersion(meta, aprilList());
      assert.equal(result.status, 'created');
      const v = result.version;
      assert.equal(v.dataset, 'eu-fsf');
      assert.equal(v.seq, 1);
      assert.equal(v.entityCount, 3);
      assert.equal(v.current, true);
      assert.equal(v.format, 'test-xml');
      assert.equal(v.contentHash, meta.contentHash);
      assert.deepEqual(v.files, meta.files);
      assert.equal(v.publishedAt, '2024-05-02');
      assert.match(v.importedAt, ISO_SECONDS);
      assert.deepEqual(await store.version('eu-fsf'), v);
      assert.deepEqual(await store.version('eu-fsf', 1), v);
      assert.deepEqual(await store.versions('eu-fsf'), [v]);
      assert.deepEqual(await store.datasets(), [{ name: 'eu-fsf', current: v, versionCount: 1 }]);
      assert.deepEqual(await store.entity('eu-fsf-lavrov'), lavrov().build());
    });

    test('re-importing identical content is "unchanged" and does not read the entities', async (t) => {
      const store = await fresh(t);
      const first = await store.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().build()]);
      const again = await store.importVersion(versionMeta('eu-fsf', 'April list'), UNREADABLE);
      assert.equal(again.status, 'unchanged');
      assert.deepEqual(again.version, first.version);
      assert.equal((await store.versions('eu-fsf')).length, 1);
    });

    test('changed content creates version 2; the diff names added, removed and changed entities', async (t) => {
      const store = await fresh(t);
      const { v1, v2 } = await twoVersions(store);
      assert.equal(v2.seq, 2);
      assert.equal((await store.version('eu-fsf'))?.seq, 2);
      const diff = await store.diff('eu-fsf');
      assert.deepEqual(diff.from, { ...v1, current: false });
      assert.deepEqual(diff.to, v2);
      assert.deepEqual(diff.added, [shoigu()]);
      assert.deepEqual(diff.removed, [rosneft().build()]);
      assert.deepEqual(diff.changed, [{
        id: 'eu-fsf-lavrov',
        caption: 'LAVROV, Sergei Viktorovich',
        schema: 'Person',
        changes: [
          { prop: 'alias', old: ['Сергей Викторович Лавров'], new: ['Сергей Викторович Лавров', 'Sergey Lavrov'] },
          { prop: 'birthPlace', old: ['Moscow'], new: ['Moscow, Russia'] },
        ],
      }]);
      assert.deepEqual(await store.diff('eu-fsf', 1, 2), diff);
      const back = await store.diff('eu-fsf', 2, 1);
      assert.deepEqual([ids(back.added), ids(back.removed)], [['eu-fsf-rosneft'], ['eu-fsf-shoigu']]);
      assert.deepEqual(ids(await collect(store.entities('eu-fsf', 1))), ['eu-fsf-adrian-darya', 'eu-fsf-lavrov', 'eu-fsf-rosneft']);
    });

    test('a diff up to the first version lists every entity as added', async (t) => {
      const store = await fresh(t);
      await twoVersions(store);
      const diff = await store.diff('eu-fsf', undefined, 1);
      assert.equal(diff.from, null);
      assert.equal(diff.to.seq, 1);
      assert.deepEqual(ids(diff.added), ['eu-fsf-adrian-darya', 'eu-fsf-lavrov', 'eu-fsf-rosneft']);
      assert.deepEqual([diff.removed, diff.changed], [[], []]);
    });

    test('values that only changed order are not a change', async (t) => {
      const store = await fresh(t);
      const aliases = ['Сергей Викторович Лавров', 'Sergey Lavrov'];
      await store.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().add('alias', aliases).build()]);
      const reordered = lavrov().build();
      reordered.properties.alias = [...aliases].reverse();
      await store.importVersion(versionMeta('eu-fsf', 'May list, same people'), [reordered]);
      const diff = await store.diff('eu-fsf');
      assert.deepEqual([diff.added, diff.removed, diff.changed], [[], [], []]);
    });

    test('content equal to an older version, but not the current one, is a new version', async (t) => {
      const store = await fresh(t);
      await twoVersions(store);
      const back = await store.importVersion(versionMeta('eu-fsf', 'April list'), aprilList());
      assert.deepEqual([back.status, back.version.seq], ['created', 3]);
      assert.deepEqual(ids((await store.diff('eu-fsf')).added), ['eu-fsf-rosneft']);
    });

    test('a source failing mid-import leaves the previous version current and complete', async (t) => {
      const store = await fresh(t);
      const v1 = (await store.importVersion(versionMeta('un-sc', 'Monday'), people(300))).version;
      const truncated = new Error('unexpected end of XML at line 9121');
      await assert.rejects(store.importVersion(versionMeta('un-sc', 'Tuesday'), failing(people(1200), 800, truncated)), truncated);
      assert.deepEqual(await store.version('un-sc'), v1);
      assert.deepEqual(await store.versions('un-sc'), [v1]);
      assert.deepEqual(await store.datasets(), [{ name: 'un-sc', current: v1, versionCount: 1 }]);
      assert.deepEqual(ids(await collect(store.entities('un-sc'))), ids(people(300)));
      assert.equal(await store.entity(person(700).id), null);
      const next = await store.importVersion(versionMeta('un-sc', 'Wednesday'), people(301));
      assert.equal(next.version.seq, 2);
    });

    test('a failed first import leaves no trace of the dataset', async (t) => {
      const store = await fresh(t);
      await assert.rejects(store.importVersion(versionMeta('un-sc', 'Monday'), failing(people(10), 5, new Error('bad row'))), /bad row/);
      const notAnEntity = { id: 'un-sc-1', name: 'IVANOV' } as unknown as Entity;
      await assert.rejects(store.importVersion(versionMeta('un-sc', 'Monday'), [person(0), notAnEntity]), /Not an entity/);
      assert.deepEqual(await store.datasets(), []);
      assert.deepEqual(await store.versions('un-sc'), []);
      assert.equal(await store.version('un-sc'), null);
      assert.equal(await store.entity(person(0).id), null);
    });

    test('entity() reads current versions; entityHistory() lists every version that held the id', async (t) => {
      const store = await fresh(t);
      const { v1, v2 } = await twoVersions(store);
      assert.deepEqual((await store.entity('eu-fsf-lavrov'))?.properties.birthPlace, ['Moscow, Russia']);
      const v3 = (await store.importVersion(versionMeta('eu-fsf', 'June list'), [vessel().build()])).version;
      assert.equal(await store.entity('eu-fsf-lavrov'), null);
      const history = await store.entityHistory('eu-fsf-lavrov');
      assert.deepEqual(history.map((h) => h.version.seq), [1, 2]);
      assert.deepEqual(history.map((h) => h.version.id), [v1.id, v2.id]);
      assert.deepEqual(history[0].entity, lavrov().build());
      assert.deepEqual(history[1].entity.properties.birthPlace, ['Moscow, Russia']);
      assert.deepEqual((await store.entityHistory('eu-fsf-adrian-darya')).map((h) => h.version.seq), [1, 2, 3]);
      assert.equal(v3.seq, 3);
      await store.importVersion(versionMeta('ofac-sdn', 'SDN list'), [lavrov('ofac-sdn').build()]);
      assert.deepEqual((await store.entity('eu-fsf-lavrov'))?.datasets, ['ofac-sdn']);
    });

    test('entities() streams a version in id order, across pages, and can be left early', async (t) => {
      const store = await fresh(t);
      await store.importVersion(versionMeta('un-sc', 'Monday'), people(2500).reverse());
      assert.deepEqual(await collect(store.entities('un-sc')), people(2500));
      let read = 0;
      for await (const _ of store.entities('un-sc')) if (++read === 10) break;
      const next = await store.importVersion(versionMeta('un-sc', 'Tuesday'), people(20));
      assert.equal(next.version.seq, 2);
      assert.equal((await collect(store.entities('un-sc', 1))).length, 2500);
      assert.equal((await collect(store.entities('un-sc'))).length, 20);
    });

    test('a stream keeps reading its version while a new one is imported and read', async (t) => {
      const store = await fresh(t);
      await store.importVersion(versionMeta('un-sc', 'Monday'), people(2500));
      const stream = store.entities('un-sc')[Symbol.asyncIterator]();
      const streamed = [(await stream.next()).value];
      await store.importVersion(versionMeta('un-sc', 'Tuesday'), people(20));
      assert.equal((await store.version('un-sc'))?.seq, 2);
      assert.equal((await collect(store.allCurrentEntities())).length, 20);
      for (let r = await stream.next(); !r.done; r = await stream.next()) streamed.push(r.value);
      assert.deepEqual(streamed, people(2500));
    });

    test('allCurrentEntities() streams the current version of every dataset', async (t) => {
      const store = await fresh(t);
      await store.importVersion(versionMeta('un-sc', 'Monday'), people(5));
      await store.importVersion(versionMeta('eu-fsf', 'April list'), aprilList());
      await store.importVersion(versionMeta('un-sc', 'Tuesday'), people(7));
      const all = await collect(store.allCurrentEntities());
      assert.deepEqual(ids(all), ['eu-fsf-adrian-darya', 'eu-fsf-lavrov', 'eu-fsf-rosneft', ...ids(people(7))]);
    });

    test('records sharing an id are merged into one entity, even far apart in the source', async (t) => {
      const store = await fresh(t);
      const listed = new EntityBuilder('LegalEntity', 'eu-fsf-lavrov', ['eu-fsf']).add('name', 'LAVROV, Sergei Viktorovich').build();
      const details = new EntityBuilder('Person', 'eu-fsf-lavrov', ['eu-fsf']).add('name', 'Sergey LAVROV').add('birthDate', '1950-03-21').build();
      const source = [listed, vessel().build(), vessel().add('name', 'GRACE 1').build(), ...people(1200), details];
      const result = await store.importVersion(versionMeta('eu-fsf', 'April list'), source);
      assert.equal(result.version.entityCount, 1202);
      assert.deepEqual(await store.entity('eu-fsf-lavrov'), {
        id: 'eu-fsf-lavrov',
        schema: 'Person',
        properties: { birthDate: ['1950-03-21'], name: ['LAVROV, Sergei Viktorovich', 'Sergey LAVROV'] },
        datasets: ['eu-fsf'],
        referents: [],
        caption: 'LAVROV, Sergei Viktorovich',
        target: false,
      });
      assert.deepEqual((await store.entity('eu-fsf-adrian-darya'))?.properties.name, ['ADRIAN DARYA 1', 'GRACE 1']);
      assert.equal((await collect(store.entities('eu-fsf'))).length, 1202);
    });

    test("the parser's issues are kept with the version", async (t) => {
      const store = await fresh(t);
      const issues = [
        { file: 'eu-fsf.xml', line: 412, message: 'birth date "31.02.1961" is not a date' },
        { file: 'eu-fsf.xml', message: 'no publication date' },
      ];
      const { version } = await store.importVersion(versionMeta('eu-fsf', 'April list', issues), [lavrov().build()]);
      assert.equal(version.issueCount, 2);
      assert.deepEqual(await store.versionIssues('eu-fsf'), issues);
      assert.deepEqual(await store.versionIssues('eu-fsf', 1), issues);
      assert.equal(await store.versionIssues('eu-fsf', 2), null);
    });

    test('a version counts its entities per schema, once per id, and keeps the counts', async (t) => {
      const store = await fresh(t);
      // Lavrov twice (merged into one), plus a company and a vessel.
      const { version } = await store.importVersion(versionMeta('eu-fsf', 'April list'), [...aprilList(), lavrov().add('alias', 'Sergey Lavrov').build()]);
      const expected = { Person: 1, Company: 1, Vessel: 1 };
      assert.deepEqual(version.schemaCounts, expected);
      assert.equal(version.entityCount, 3);
      assert.deepEqual((await store.version('eu-fsf'))?.schemaCounts, expected);
      assert.deepEqual((await store.datasets())[0].current?.schemaCounts, expected);
    });

    test('issues and the publication date a parser finds while reading are kept', async (t) => {
      const store = await fresh(t);
      const meta = versionMeta('eu-fsf', 'April list');
      // A streaming parser only learns these as it reads: they arrive after the import began.
      async function* reading() {
        yield lavrov().build();
        meta.publishedAt = '2026-04-30';
        meta.issues = [...(meta.issues ?? []), { file: 'eu-fsf.xml', line: 7, message: 'unknown alias type "x"' }];
        yield rosneft().build();
      }
      const { version } = await store.importVersion(meta, reading());
      assert.equal(version.publishedAt, '2026-04-30');
      assert.equal(version.issueCount, 1);
      const stored = await store.version('eu-fsf');
      assert.equal(stored?.publishedAt, '2026-04-30');
      assert.equal(stored?.issueCount, 1);
      assert.equal((await store.versionIssues('eu-fsf'))?.[0].line, 7);
    });

    test('imports into one dataset at the same time get distinct versions, or one if the content is equal', async (t) => {
      const store = await fresh(t);
      const results = await Promise.all([
        store.importVersion(versionMeta('un-sc', 'Monday'), people(600)),
        store.importVersion(versionMeta('un-sc', 'Tuesday'), people(700)),
      ]);
      assert.deepEqual(results.map((r) => r.status), ['created', 'created']);
      assert.deepEqual(results.map((r) => r.version.seq).sort(), [1, 2]);
      assert.deepEqual((await store.versions('un-sc')).map((v) => v.seq), [1, 2]);
      const same = await Promise.all([
        store.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().build()]),
        store.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().build()]),
      ]);
      assert.deepEqual(same.map((r) => r.status).sort(), ['created', 'unchanged']);
      assert.deepEqual(same[0].version, same[1].version);
    });

    test('an import in flight is invisible until it commits', async (t) => {
      const store = await fresh(t);
      const v1 = (await store.importVersion(versionMeta('un-sc', 'Monday'), people(100))).version;
      const reached = deferred();
      const gate = deferred();
      const importing = store.importVersion(versionMeta('un-sc', 'Tuesday'), pausing(people(1500), 1100, reached.resolve, gate.promise));
      await reached.promise;
      assert.deepEqual(await store.version('un-sc'), v1);
      assert.deepEqual(await store.datasets(), [{ name: 'un-sc', current: v1, versionCount: 1 }]);
      assert.equal(await store.entity(person(1000).id), null);
      assert.equal((await collect(store.allCurrentEntities())).length, 100);
      gate.resolve();
      const done = await importing;
      assert.deepEqual([done.version.seq, done.version.entityCount], [2, 1500]);
      assert.deepEqual((await store.entity(person(1000).id))?.id, person(1000).id);
    });

    test('migrate() again changes nothing', async (t) => {
      const store = await fresh(t);
      const v1 = (await store.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().build()])).version;
      await store.migrate();
      await store.migrate();
      assert.deepEqual(await store.version('eu-fsf'), v1);
    });

    test('unknown datasets and versions: null or empty for lookups, an error for diff and entities', async (t) => {
      const store = await fresh(t);
      await store.importVersion(versionMeta('eu-fsf', 'April list'), [lavrov().build()]);
      assert.equal(await store.version('ofac-sdn'), null);
      assert.equal(await store.version('eu-fsf', 2), null);
      assert.deepEqual(await store.versions('ofac-sdn'), []);
      assert.equal(await store.entity('ofac-12345'), null);
      assert.deepEqual(await store.entityHistory('ofac-12345'), []);
      await assert.rejects(store.diff('ofac-sdn'), /ofac-sdn/);
      await assert.rejects(store.diff('eu-fsf', 1, 2), /eu-fsf@2/);
      await assert.rejects(collect(store.entities('ofac-sdn')), /ofac-sdn/);
      await assert.rejects(collect(store.entities('eu-fsf', 3)), /eu-fsf@3/);
    });

    keysAndAuditContract(open);
  });
}
