/**
 * The Alerts and Batch screens' own logic, without a browser: the queue's filters kept in the
 * URL and applied (any script, accents folded), the keyboard's selection, and the column
 * mapping as the analyst changes it, sent as `map` parameters that the server's own mapping
 * code reads back as exactly that mapping.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyMapOption, guessMapping } from '../../src/screening/table-input-mapping.js';
import {
  alertsPath, filtersFromParams, filtersToQueryString, moveSelection, selectionAfter, showsAlert, subjectName, type AlertJson,
} from '../../web/src/alerts.ts';
import { assignColumn, fieldOfColumn, hasNameField, jobPath, mapParams, uploadType } from '../../web/src/batch.ts';

function alert(over: Partial<AlertJson>): AlertJson {
  return {
    id: 1, subject_id: 'W-1', entity_id: 'ofac-1', status: 'open', resolution: null, reason: 'new_hit', changes: [], score: 0.9,
    caption: 'X', schema: 'Person', datasets: ['us_ofac_sdn'], explanations: {}, subject: { name: ['Sergei Lavrov'] }, threshold: 0.75,
    decision: null, created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z', ...over,
  };
}

test('the queue filters survive the URL; the open queue of every list is the plain path', () => {
  const f = { status: 'closed' as const, dataset: 'un_sc_sanctions', text: 'Лавров' };
  assert.deepEqual(filtersFromParams(new URLSearchParams(filtersToQueryString(f).slice(1))), f);
  assert.equal(filtersToQueryString({ status: 'open', dataset: '', text: '  ' }), '');
  assert.deepEqual(filtersFromParams(new URLSearchParams('status=all')).status, '');
  assert.equal(alertsPath(''), '/v1/alerts?limit=1000');
  assert.equal(alertsPath('open'), '/v1/alerts?limit=1000&status=open');
});

test('an alert shows when its status and list fit and every word typed is in the subject\'s names or id, accents aside', () => {
  const a = alert({ subject: { firstName: ['José'], lastName: ['Nuñez'], birthDate: ['1960'] }, subject_id: 'C-77' });
  const all = { status: '' as const, dataset: '', text: '' };
  assert.equal(subjectName(a), 'José Nuñez');
  assert.equal(showsAlert(a, { ...all, text: 'jose nunez' }), true);
  assert.equal(showsAlert(a, { ...all, text: 'c-77' }), true);
  assert.equal(showsAlert(a, { ...all, text: 'jose garcia' }), false);
  assert.equal(showsAlert(a, { ...all, dataset: 'un_sc_sanctions' }), false);
  assert.equal(showsAlert(a, { ...all, status: 'closed' }), false);
  assert.equal(showsAlert(alert({ subject: { name: ['Сергей Лавров'] } }), { ...all, text: 'лавров' }), true);
  assert.equal(subjectName(alert({ subject: {}, subject_id: 'C-9' })), 'C-9');
});

test('j/k stay within the queue; a decided alert is followed by the one that took its place, else the one before', () => {
  assert.equal(moveSelection([4, 5, 6], null, 1), 4);
  assert.equal(moveSelection([4, 5, 6], 4, 1), 5);
  assert.equal(moveSelection([4, 5, 6], 6, 1), 6);
  assert.equal(moveSelection([4, 5, 6], 4, -1), 4);
  assert.equal(moveSelection([], null, 1), null);
  assert.equal(selectionAfter([4, 5, 6], [4, 6], 5), 6);
  assert.equal(selectionAfter([4, 5, 6], [4, 5], 6), 5);
  assert.equal(selectionAfter([4], [], 4), null);
});

test('a column takes one field and a field one column; the map parameters make the server read exactly that mapping', () => {
  const columns = ['Client Ref', 'Full Name', 'Geburtsdatum', 'Date 1', 'Notes, misc'];
  const guessed = guessMapping(columns).mapping;
  assert.deepEqual(guessed, { id: 'Client Ref', name: 'Full Name', birthDate: 'Geburtsdatum' });
  let chosen = assignColumn(guessed, 'Date 1', 'birthDate');
  chosen = assignColumn(chosen, 'Client Ref', '');
  chosen = assignColumn(chosen, 'Notes, misc', 'alias');
  assert.deepEqual(chosen, { name: 'Full Name', birthDate: 'Date 1', alias: 'Notes, misc' });
  assert.equal(fieldOfColumn(chosen, 'Geburtsdatum'), '');
  assert.equal(hasNameField(assignColumn(chosen, 'Full Name', 'id')), true, 'the alias still names');
  assert.equal(hasNameField({ id: 'Client Ref' }), false);
  const served = applyMapOption(guessMapping(columns), columns, mapParams(guessed, chosen));
  assert.deepEqual(served.mapping, chosen);
  const sent = new URL(jobPath('book.csv', 'Person', mapParams(guessed, chosen)), 'http://x').searchParams;
  assert.deepEqual(sent.getAll('map'), ['id=', 'name=Full Name', 'birthDate=Date 1', 'alias=Notes, misc']);
});

test('a file goes up as the type its name says; an unknown one as bytes the server reads as CSV', () => {
  assert.equal(uploadType('clients.CSV'), 'text/csv');
  assert.equal(uploadType('clients.xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  assert.equal(uploadType('clients.jsonl'), 'application/x-ndjson');
  assert.equal(uploadType('clients'), 'application/octet-stream');
});
