import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  cleanEmail, cleanGender, cleanIdentifier, cleanNumber, cleanTopic, cleanUrl, cleanValue, collapseSpace,
} from '../../src/model/index.js';

test('genders read to FtM values, from the words lists use', () => {
  const genders: [string, string | null][] = [
    ['M', 'male'], ['m.', 'male'], ['Male', 'male'], [' MALE ', 'male'], ['мужской', 'male'], ['ذكر', 'male'],
    ['F', 'female'], ['Female', 'female'], ['женский', 'female'], ['Mrs', 'female'], ['أنثى', 'female'],
    ['other', 'other'], ['X', 'other'],
    ['', null], ['unknown', null], ['-0-', null], ['constructor', null], ['toString', null],
  ];
  for (const [raw, expected] of genders) assert.equal(cleanGender(raw), expected, raw);
});

test('identifiers keep their characters but not their padding', () => {
  assert.equal(cleanIdentifier(' 00123 '), '00123');
  assert.equal(cleanIdentifier('A1234567.'), 'A1234567');
  assert.equal(cleanIdentifier('AB  12\t34;'), 'AB 12 34');
  assert.equal(cleanIdentifier(' ; '), null);
});

test('numbers allow thousands grouping, nothing else', () => {
  assert.equal(cleanNumber('1,234'), '1234');
  assert.equal(cleanNumber('1,234,567.5'), '1234567.5');
  assert.equal(cleanNumber('1 234'), '1234');
  assert.equal(cleanNumber('-12.5'), '-12.5');
  assert.equal(cleanNumber('12 tons'), null);
  assert.equal(cleanNumber('12,5'), null); // a decimal comma is not guessed
});

test('emails, urls and topics', () => {
  assert.equal(cleanEmail('mailto:info@example.org'), 'info@example.org');
  assert.equal(cleanEmail('not an email'), null);
  assert.equal(cleanUrl('https://example.org/x'), 'https://example.org/x');
  assert.equal(cleanUrl('www.example.org'), 'http://www.example.org');
  assert.equal(cleanUrl('example'), null);
  // Lists write many sites by host alone; numbers with dots are not hosts.
  assert.equal(cleanUrl('eximbank.ru'), 'http://eximbank.ru');
  assert.equal(cleanUrl('psbank.ru/en'), 'http://psbank.ru/en');
  assert.equal(cleanUrl('8.352.301'), null);
  assert.equal(cleanTopic(' Sanction '), 'sanction');
  assert.equal(cleanTopic('role.pep'), 'role.pep');
  assert.equal(cleanTopic('two words'), null);
});

test('text is composed, stripped of controls and lone surrogates, and keeps its script', () => {
  assert.equal(collapseSpace('  Sergei \t\n Lavrov  '), 'Sergei Lavrov');
  assert.equal(collapseSpace('Mu\u0308ller'), 'Müller'); // decomposed ü → one code point
  assert.equal(collapseSpace('\uFEFFAli\u0000'), 'Ali');
  assert.equal(collapseSpace('ab\uD800cd'), 'ab\uFFFDcd');
  assert.equal(collapseSpace('محمد\u200Cرضا'), 'محمد\u200Cرضا'); // ZWNJ is Persian spelling
  assert.equal(collapseSpace('Сергей Лавров'), 'Сергей Лавров');
});

test('cleanValue cleans by type and passes the date order', () => {
  assert.equal(cleanValue('date', '03/04/1950'), '1950-04-03');
  assert.equal(cleanValue('date', '03/04/1950', { dateOrder: 'mdy' }), '1950-03-04');
  assert.equal(cleanValue('country', 'Russian Federation'), 'ru');
  assert.equal(cleanValue('gender', 'f'), 'female');
  assert.equal(cleanValue('text', 'line one  \n  line two'), 'line one \n line two');
  assert.equal(cleanValue('name', '  LAVROV,   Sergei  '), 'LAVROV, Sergei');
  assert.equal(cleanValue('string', '   '), null);
});
