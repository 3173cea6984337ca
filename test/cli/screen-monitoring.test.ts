/**
 * Monitoring from the command line, on the UN list: `subjects add` screens customers at once,
 * `alerts` lists what they raised, `decide` closes one; `ingest` of the list's next version
 * re-screens them and sends the new alert to a webhook registered with `webhooks add`.
 */
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { openStore } from '../../src/store/open.js';
import { runCli, runJson, tempDir } from '../helpers/cli.js';
import { customers, LISTED, UNLISTED } from '../screening/batch-fixtures.js';
import { haveData, ingest, NO_DATA, UN } from '../server/helpers.js';

const ready = haveData(null, UN, LISTED, UNLISTED);
const tmp = tempDir('ghirbal-monitor-cli-');
const DB = join(tmp.dir, 'ghirbal.db');
const DATASET = 'un_sc_sanctions';
const WATCHED = customers(30);
const NEWCOMER = WATCHED.find((c) => !c.listed)!;

before(async () => {
  if (!ready) return;
  const store = await openStore(DB);
  await ingest(store, UN);
  await store.close();
});
after(tmp.cleanup);

describe('monitoring commands', { skip: ready ? false : NO_DATA }, () => {
  test('subjects add screens at once; alerts lists the hits; decide closes one, and says what it needs', async () => {
    const file = join(tmp.dir, 'watch.csv');
    writeFileSync(file, ['Kundennummer;Name;Geburtsdatum', ...WATCHED.map((c) => `${c.id};${c.name};${c.dob}`), 'C00001;Twice;1970'].join('\n'));
    const added = await runCli(['subjects', 'add', file, '--db', DB]);
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stderr, /id ← "Kundennummer", name ← "Name", birthDate ← "Geburtsdatum"/);
    assert.match(added.stderr, /line 32: id C00001 is already given on line 2/);
    assert.match(added.stdout, /30 subjects added, 0 changed, 0 unchanged, 1 not added; 3 alerts raised or reopened/);

    const { json: listed } = await runJson(['alerts', '--open', '--db', DB]);
    assert.deepEqual(listed.alerts.map((a: { subject_id: string }) => a.subject_id).sort(), WATCHED.filter((c) => c.listed).map((c) => c.id));

    const id = String(listed.alerts[0].id);
    const noReason = await runCli(['decide', id, '--false-positive', '--db', DB]);
    assert.deepEqual([noReason.code, noReason.stderr], [2, 'ghirbal decide: give a --reason\n']);
    const both = await runCli(['decide', id, '--false-positive', '--true-match', '--reason', 'x', '--db', DB]);
    assert.match(both.stderr, /give one of --false-positive or --true-match/);
    const decided = await runCli(['decide', id, '--false-positive', '--reason', 'Different father\'s name on file', '--by', 'j.doe', '--db', DB]);
    assert.equal(decided.code, 0, decided.stderr);
    assert.match(decided.stdout, new RegExp(`Alert ${id} closed as false positive`));
    const shown = await runCli(['alerts', id, '--db', DB]);
    assert.match(shown.stdout, /closed: false positive/);
    assert.match(shown.stdout, /decided .* false positive by j\.doe: Different father's name on file/);
  });

  test("ingesting the list's next version re-screens the subjects and sends the new alert to the webhook", async () => {
    const got: string[] = [];
    const receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (d) => { body += d; }).on('end', () => {
        got.push(body);
        res.writeHead(204).end();
      });
    });
    receiver.listen(0, '127.0.0.1');
    await once(receiver, 'listening');
    try {
      const hookUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/alerts`;
      assert.match((await runCli(['webhooks', 'add', hookUrl, '--secret', 'short', '--db', DB])).stderr, /16 characters or more/);
      assert.equal((await runCli(['webhooks', 'add', hookUrl, '--secret', 'whsec-0123456789abcdef', '--db', DB])).code, 0);

      const store = await openStore(DB);
      const lines: string[] = [];
      for await (const e of store.entities(DATASET)) lines.push(JSON.stringify(e));
      await store.close();
      lines.push(JSON.stringify({ id: 'un-NEW.2', schema: 'Person', properties: { name: [NEWCOMER.name], birthDate: [NEWCOMER.dob] }, datasets: [DATASET] }));
      const next = join(tmp.dir, 'un-next.ftm.json');
      writeFileSync(next, `${lines.join('\n')}\n`);

      const imported = await runCli(['ingest', next, '--format', 'ftm-json', '--dataset', DATASET, '--db', DB]);
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stderr, /Re-screened 30 subjects against un_sc_sanctions @1→@2 \(\+1 ~0 −0\) .*: 1 new alerts, 0 reopened/);
      assert.equal(got.length, 1);
      const payload = JSON.parse(got[0]);
      assert.deepEqual([payload.event, payload.alert.subject_id, payload.alert.entity_id], ['alert.new', NEWCOMER.id, 'un-NEW.2']);
      const { json } = await runJson(['webhooks', 'deliveries', '--db', DB]);
      assert.deepEqual(json.deliveries.map((d: { status: string; attempts: number }) => [d.status, d.attempts]), [['delivered', 1]]);
    } finally {
      receiver.closeAllConnections();
      receiver.close();
    }
  });

  test('subjects remove stops watching them and closes their open alerts', async () => {
    const removed = await runCli(['subjects', 'remove', NEWCOMER.id, 'C-none', '--db', DB]);
    assert.equal(removed.code, 1);
    assert.match(removed.stdout, /1 removed; not watched: C-none/);
    const { json } = await runJson(['alerts', '--subject', NEWCOMER.id, '--db', DB]);
    assert.deepEqual(json.alerts.map((a: { status: string; resolution: string }) => [a.status, a.resolution]), [['closed', 'subject_removed']]);
  });
});
