/**
 * Watching subjects across list updates, on the UN list: the next version (written as FtM JSON
 * lines and ingested the way `ghirbal ingest` does) lists one more person, gives a listed
 * person an alias, amends another's remarks and delists a third. Only what changed raises
 * anything: a new alert for the new listing, a false positive reopened with the alias that
 * changed, one left closed (remarks are not matched), an open alert closed as delisted.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importPaths } from '../../src/cli/import.js';
import type { Entity } from '../../src/model/entity.js';
import { buildListIndex } from '../../src/screening/batch-index.js';
import { decide } from '../../src/screening/decisions.js';
import { monitorOptions, rescreenChanges } from '../../src/screening/monitor.js';
import { addSubjectFile, buildOnce } from '../../src/screening/subjects.js';
import { guessMapping } from '../../src/screening/table-input-mapping.js';
import { openTable } from '../../src/screening/table-input.js';
import { openStore } from '../../src/store/open.js';
import type { Alert, Store } from '../../src/store/types.js';
import { tempDir } from '../helpers/cli.js';
import { haveData, ingest, NO_DATA, UN } from '../server/helpers.js';
import { customers, LISTED, UNLISTED } from './batch-fixtures.js';

const ready = haveData(null, UN, LISTED, UNLISTED);
const tmp = tempDir('ghirbal-monitor-');
let store: Store;
const DATASET = 'un_sc_sanctions';

/** Listed persons with one name and a full birth date, in id order: whom the subjects are. */
let picked: Entity[] = [];
/** A customer who is on no list yet: the next version lists him. */
const NEWCOMER = customers(3)[0];

before(async () => {
  if (!ready) return;
  store = await openStore(join(tmp.dir, 'ghirbal.db'));
  await ingest(store, UN);
  const persons: Entity[] = [];
  for await (const e of store.entities(DATASET)) {
    if (e.schema === 'Person' && e.properties.name?.length === 1 && /^\d{4}-\d\d-\d\d$/.test(e.properties.birthDate?.[0] ?? '') && !e.properties.alias) persons.push(e);
  }
  picked = persons.slice(10, 13);
});
after(async () => {
  await store?.close();
  tmp.cleanup();
});

function subjectsCsv(name: string, rows: string[][]): string {
  const path = join(tmp.dir, name);
  writeFileSync(path, ['Client Ref,Full Name,Date of Birth', ...rows.map((r) => r.map((v) => `"${v}"`).join(','))].join('\n'));
  return path;
}

async function addSubjects(path: string) {
  const table = await openTable(path);
  return addSubjectFile({ ...monitorOptions(store, buildOnce(() => buildListIndex(store))), table, mapping: guessMapping(table.columns).mapping, schema: 'auto' });
}

async function alertOf(subjectId: string): Promise<Alert> {
  const [a] = await store.screening.alerts({ subjectId });
  assert.ok(a, `an alert for ${subjectId}`);
  return a;
}

/** The next version of the list, as a file of FtM JSON lines. */
async function nextVersion(): Promise<string> {
  const [aliased, amended, delisted] = picked;
  const lines: string[] = [];
  for await (const e of store.entities(DATASET)) {
    if (e.id === delisted.id) continue;
    let next = e;
    if (e.id === aliased.id) next = { ...e, properties: { ...e.properties, alias: [`${e.properties.name[0]} Junior`] } };
    if (e.id === amended.id) next = { ...e, properties: { ...e.properties, notes: ['Amended on 30 October 2024.'] } };
    lines.push(JSON.stringify(next));
  }
  lines.push(JSON.stringify({ id: 'un-NEW.1', schema: 'Person', properties: { name: [NEWCOMER.name], birthDate: [NEWCOMER.dob], topics: ['sanction'] }, datasets: [DATASET] }));
  const path = join(tmp.dir, 'un-next.ftm.json');
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

describe('monitoring across list updates', { skip: ready ? false : NO_DATA }, () => {
  test('adding subjects screens them at once: matches raise alerts, the rest do not', async () => {
    const rows = [
      ...picked.map((e, i) => [`S-${i + 1}`, e.properties.name[0], e.properties.birthDate[0]]),
      [NEWCOMER.id, NEWCOMER.name, NEWCOMER.dob],
      ...customers(60).slice(1).filter((c) => !c.listed).map((c) => [c.id, c.name, c.dob]),
      ['S-1', 'Given Twice', '1970'],
    ];
    const report = await addSubjects(subjectsCsv('watch.csv', rows));
    assert.deepEqual([report.added, report.errors], [rows.length - 1, 1]);
    assert.deepEqual(report.alerts.map((a) => [a.subjectId, a.entityId, a.reason]).sort(), picked.map((e, i) => [`S-${i + 1}`, e.id, 'new_hit']));
    assert.deepEqual(await store.screening.monitoredVersions(), { [DATASET]: 1 });
  });

  test('the next version raises only what changed: new listing, reopened false positive, delisting', async () => {
    const [aliased, amended, delisted] = picked;
    for (const s of ['S-1', 'S-2']) {
      await decide(store, (await alertOf(s)).id, { resolution: 'false_positive', reason: 'different person: other place of birth', by: 'a.analyst', keyId: null });
    }
    const { outcomes } = await importPaths(store, [await nextVersion()], { format: 'ftm-json', dataset: DATASET, json: true });
    assert.equal(outcomes[0].status, 'created', outcomes[0].error);
    assert.deepEqual(await store.screening.monitoredVersions(), { [DATASET]: 2 });

    const newcomer = await alertOf(NEWCOMER.id);
    assert.deepEqual([newcomer.entityId, newcomer.status, newcomer.reason], ['un-NEW.1', 'open', 'new_hit']);
    assert.deepEqual(newcomer.datasetVersions, { [DATASET]: 2 });

    const reopened = await alertOf('S-1');
    assert.deepEqual([reopened.entityId, reopened.status, reopened.reason, reopened.decision], [aliased.id, 'open', 'reopened', null]);
    assert.deepEqual(reopened.changes, [{ side: 'entity', prop: 'alias', old: [], new: [`${aliased.properties.name[0]} Junior`] }]);
    assert.equal((await store.screening.alertDecisions(reopened.id))[0].resolution, 'false_positive');

    const kept = await alertOf('S-2');
    assert.deepEqual([kept.entityId, kept.status, kept.resolution], [amended.id, 'closed', 'false_positive']);

    const gone = await alertOf('S-3');
    assert.deepEqual([gone.entityId, gone.status, gone.resolution], [delisted.id, 'closed', 'delisted']);

    const channels: string[] = [];
    for await (const r of store.auditRecords()) channels.push(r.channel);
    assert.deepEqual(channels.filter((c) => c !== 'alert raised'), ['decision', 'decision', 'alert reopened', 'alert closed']);
  });

  test('screening again with nothing changed raises nothing', async () => {
    const before = await store.screening.alerts();
    const report = await rescreenChanges(monitorOptions(store, buildOnce(() => buildListIndex(store))));
    assert.deepEqual([report.datasets, report.raised, report.reopened, report.changed, report.delisted], [[], 0, 0, 0, 0]);
    assert.deepEqual(await store.screening.alerts(), before);
  });

  test("a subject whose screened fields change reopens its false positive, saying what changed", async () => {
    const amended = picked[1];
    const report = await addSubjects(subjectsCsv('watch-again.csv', [['S-2', amended.properties.name[0], '']]));
    assert.deepEqual([report.added, report.changed], [0, 1]);
    const reopened = await alertOf('S-2');
    assert.deepEqual([reopened.status, reopened.reason], ['open', 'reopened']);
    assert.deepEqual(reopened.changes, [{ side: 'subject', prop: 'birthDate', old: amended.properties.birthDate, new: [] }]);
  });
});
