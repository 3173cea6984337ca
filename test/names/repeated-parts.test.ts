/** A name that says itself twice (in brackets, or between commas) is read once. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withoutRepeatedParts } from '../../src/names/repeated-parts.js';

test('a part in brackets that repeats the name, legal form and all, goes', () => {
  assert.equal(withoutRepeatedParts('Акционерное Общество «Радиозавод» (АО «Радиозавод»)').trim(), 'Акционерное Общество «Радиозавод»');
  assert.equal(
    withoutRepeatedParts('Федеральное Государственное Унитарное Предприятие «Крыловский Государственный Научный Центр» (ФГУП «Крыловский Государственный Научный Центр»)').trim(),
    'Федеральное Государственное Унитарное Предприятие «Крыловский Государственный Научный Центр»',
  );
  assert.equal(withoutRepeatedParts('Радиозавод (Радиозавод)').trim(), 'Радиозавод', 'one copy stays');
});

test('a part with a word of its own stays, initials too', () => {
  for (const name of [
    'Акционерное Общество «Научно-Исследовательский Институт Электронной Техники» (АО «НИИЭТ»)',
    'Atomic Energy Organization of Iran (AEOI)',
    'Закрытое Акционерное Общество «Технологический Парк Космонавтики «Линкос» - Филиал в Ахтубинске',
    'Islamic State in Iraq and the Levant – Khorasan (ISIL-K)',
    'IGNATOV, TAMBOV',
    'Rosneft',
  ]) assert.equal(withoutRepeatedParts(name), name);
});
