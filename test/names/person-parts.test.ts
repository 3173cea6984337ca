import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { normalizeName, tokenize } from '../../src/names/normalize.js';
import {
  removePersonPrefixes, splitCommaName, isInitial, initialsMatch, isPatronymic, personTokenWeightClass,
} from '../../src/names/person-parts.js';
import { needData } from '../helpers/data.js';

const tokens = (raw: string) => tokenize(normalizeName(raw));
const stripped = (raw: string) => removePersonPrefixes(tokens(raw));

test('removePersonPrefixes: titles in front of names from the OpenSanctions name benchmark', () => {
  assert.deepEqual(stripped('Mr. Recep Tayyip Erdoğan'), { tokens: ['recep', 'tayyip', 'erdogan'], removed: ['mr'] });
  assert.deepEqual(stripped('President Erdoğan'), { tokens: ['erdogan'], removed: ['president'] });
  assert.deepEqual(stripped('Präsident Barack Obama'), { tokens: ['barack', 'obama'], removed: ['prasident'] });
  assert.deepEqual(stripped('Dr. Rami Makhlouf'), { tokens: ['rami', 'makhlouf'], removed: ['dr'] });
});

test('removePersonPrefixes: several titles, multi-word ranks, other scripts', () => {
  assert.deepEqual(stripped('Major General Qasem Soleimani').removed, ['major', 'general']);
  assert.deepEqual(stripped('His Excellency Dr. Ali Larijani').tokens, ['ali', 'larijani']);
  assert.deepEqual(stripped('г-н Иванов Иван Иванович'), { tokens: ['иванов', 'иван', 'иванович'], removed: ['г', 'н'] });
  assert.deepEqual(stripped('генерал-полковник Сергей Суровикин').tokens, ['сергей', 'суровикин']);
  assert.deepEqual(stripped('الشيخ محمد بن راشد').tokens, ['محمد', 'بن', 'راشد']);
  assert.deepEqual(stripped('حجت‌الاسلام علی اکبر').removed, [normalizeName('حجت‌الاسلام')]);
});

test('removePersonPrefixes: an honorific that is also a name stays unless two tokens follow it', () => {
  // UN TAi.048 "HAJI ABDUL MANAN AGHA"; a two-token "Haji Ibrahim" may be a given name.
  assert.deepEqual(stripped('HAJI ABDUL MANAN AGHA'), { tokens: ['abdul', 'manan', 'agha'], removed: ['haji'] });
  assert.deepEqual(stripped('Haji Ibrahim').removed, []);
  assert.deepEqual(stripped('Sayed Akbar').removed, []);
  assert.deepEqual(stripped('Gen Nakatani').removed, []); // Japanese given name
  assert.deepEqual(stripped('Gen Xu Caihou').removed, ['gen']);
  assert.deepEqual(stripped('Sheikh').removed, []);
  assert.deepEqual(stripped('President').tokens, ['president']);
});

test('removePersonPrefixes: only the front, and the same array back when nothing goes', () => {
  const name = tokens('Abdel Fattah el-Sisi President');
  assert.equal(removePersonPrefixes(name).tokens, name);
  assert.deepEqual(stripped('Nasser Al Sheikh Ali').removed, []);
  assert.deepEqual(stripped('Amir Abdullah').removed, []); // Amir is a given name
  assert.deepEqual(stripped('Coronel Ana Perez').removed, []); // Coronel is a surname
});

test('splitCommaName: OFAC "LAST, First Middle" in the order other forms use', () => {
  const putin = splitCommaName('PUTIN, Vladimir Vladimirovich');
  assert.deepEqual(putin, {
    given: ['vladimir', 'vladimirovich'], family: ['putin'], suffixes: [], tokens: ['vladimir', 'vladimirovich', 'putin'],
  });
  assert.deepEqual(splitCommaName('DELOS REYES, Feliciano Semborio, Jr.')?.suffixes, ['jr']);
  assert.deepEqual(splitCommaName("CH'OE, Ch'un-yo'ng")?.tokens, ['chun', 'yong', 'choe']);
  assert.deepEqual(splitCommaName('NURISTANI, Abdul Aziz')?.tokens, ['abdul', 'aziz', 'nuristani']);
  assert.equal(splitCommaName('Vladimir Putin'), null);
  assert.equal(splitCommaName(', Vladimir'), null);
  // The title after the comma comes off once the name is in order (OFAC fixture).
  const mahmud = splitCommaName('MAHMUD, Mawlawi Fariduddin');
  assert.deepEqual(mahmud && removePersonPrefixes(mahmud.tokens).tokens, ['fariduddin', 'mahmud']);
});

test('splitCommaName: every OFAC SDN individual is "LAST, First"', (t) => {
  const path = needData(t, 'ofac', 'sdn_2024-05-03', 'sdn.csv');
  if (!path) return;
  const rows = parse(readFileSync(path, 'latin1'), { relax_column_count: true, skip_empty_lines: true }) as string[][];
  const individuals = rows.filter((r) => r[2]?.trim() === 'individual');
  const split = individuals.filter((r) => splitCommaName(r[1]) !== null);
  t.diagnostic(`${split.length} of ${individuals.length} individuals split`);
  assert.ok(individuals.length > 6000);
  assert.equal(split.length, individuals.length);
});

test('isInitial and initialsMatch', () => {
  assert.ok(isInitial('j'));
  assert.ok(isInitial('в'));
  assert.ok(!isInitial('jo'));
  assert.ok(!isInitial('金')); // a Han character is a syllable of a name
  assert.ok(!isInitial('김'));
  assert.ok(!isInitial('7'));
  assert.ok(initialsMatch('n', 'nursultan')); // "N. Nazarbayev" = Nursultan Nazarbayev
  assert.ok(!initialsMatch('a', 'nursultan')); // "A. Nazarbayev" is not
  assert.ok(initialsMatch('juncker', 'j'));
  assert.ok(initialsMatch('в', 'владимир'));
  assert.ok(initialsMatch('j', 'j'));
  assert.ok(!initialsMatch('jc', 'jean'));
  assert.ok(!initialsMatch('jean', 'jacques'));
});

test('isPatronymic: endings in several spellings, and what they must not catch', () => {
  for (const p of ['vladimirovich', 'vladimirovitch', 'wladimirowitsch', 'vlagyimirovics', 'volodymyrovych',
    'ivanovna', 'sergeevna', 'ilyinichna', 'volodymyrivna', 'ilyich', 'lvovich', 'владимирович', 'сергеевич',
    'ивановна', 'ильинична', 'ильич', 'львович', 'володимирівна']) assert.ok(isPatronymic(p), p);
  for (const n of ['friedrich', 'heinrich', 'ulrich', 'milosevic', 'popovici', 'levich', 'ivanov', 'ivanova', 'vladimir'])
    assert.ok(!isPatronymic(n), n);
});

/**
 * Russian full names with a patronymic in a known place: Navalny list "Family Given
 * Patronymic", RuPEP "Given Patronymic Family". Measured on names in three parts on both
 * sides: patronymics found (initials excluded) navalny ru 1169/1176, en 1168/1177; rupep ru
 * 2781/2786, en 2782/2786; other tokens taken for patronymics navalny 6/2498 and 7/2498,
 * rupep 80/5574 and 81/5574 (Belarusian surnames in -evich/-ovich: Gaydukevich, Makarevich).
 */
for (const [file, ruColumn, enColumn, position, falseFloor] of [
  ['navalny_list/navalny_list.dev.csv', 'Name rus', ' Name eng', 2, 0.005],
  ['rupep/ru_bl_peps.dev.csv', 'NAME_RU', 'NAME_EN', 1, 0.02],
] as const) {
  test(`isPatronymic on ${file}`, (t) => {
    const path = needData(t, 'pairs', ...file.split('/'));
    if (!path) return;
    const rows = parse(readFileSync(path, 'utf8'), { columns: true, relax_column_count: true }) as Record<string, string>[];
    for (const column of [ruColumn, enColumn]) {
      let patronymics = 0;
      let found = 0;
      let others = 0;
      let wrong = 0;
      for (const row of rows) {
        const name = tokens(row[column] ?? '');
        // Both sides in three parts: no alternates in brackets, no Turkic "оглы" dropped in English.
        if (name.length !== 3 || tokens(row[ruColumn] ?? '').length !== 3 || tokens(row[enColumn] ?? '').length !== 3) continue;
        name.forEach((token, i) => {
          if (i !== position) {
            others++;
            if (isPatronymic(token)) wrong++;
          } else if (!isInitial(token)) {
            patronymics++;
            if (isPatronymic(token)) found++;
          }
        });
      }
      t.diagnostic(`${column}: ${found}/${patronymics} patronymics found, ${wrong}/${others} other tokens taken for one`);
      assert.ok(patronymics > 1000);
      assert.ok(found / patronymics >= 0.99, `${column}: ${found / patronymics}`);
      assert.ok(wrong / others <= falseFloor, `${column}: ${wrong / others}`);
    }
  });
}

test('personTokenWeightClass', () => {
  const cases: Record<string, string> = {
    al: 'particle', bin: 'particle', ibn: 'particle', abu: 'particle', 'بن': 'particle', 'أبو': 'particle',
    'абу': 'particle', van: 'particle', von: 'particle', dos: 'particle', oglu: 'particle', 'оглы': 'particle',
    sheikh: 'title', haji: 'title', dr: 'title', 'الشيخ': 'title', vladimirovich: 'patronymic',
    'ильинична': 'patronymic', putin: 'name', le: 'name', du: 'name', das: 'name', 'ван': 'name', amir: 'name',
    e: 'name', y: 'name',
  };
  for (const [token, cls] of Object.entries(cases)) assert.equal(personTokenWeightClass(token), cls, token);
});

test('removePersonPrefixes: no synthetic screening name loses a token', (t) => {
  // yente's synthetic negatives carry no titles; measured 0 of 20,000 names touched.
  let names = 0;
  let touched = 0;
  for (const file of ['negatives_global.dev.csv', 'negatives_us.dev.csv']) {
    const path = needData(t, 'pairs', 'yente_screening_fixtures', file);
    if (!path) return;
    const rows = parse(readFileSync(path, 'utf8'), { columns: true }) as Record<string, string>[];
    for (const row of rows) {
      names++;
      if (removePersonPrefixes(tokens(row.full_name)).removed.length > 0) touched++;
    }
  }
  t.diagnostic(`${touched} of ${names} names lost a prefix`);
  assert.ok(touched / names <= 0.001);
});

test('a title after the name, as Hungarian and Turkish write it, weighs as a title', () => {
  for (const [name, title] of [['Putyin elnök', 'elnok'], ['Erdoğan Cumhurbaşkanı', 'cumhurbaskani']] as const) {
    const tokens = normalizeName(name).split(' ');
    assert.ok(tokens.includes(title), `${name}: ${tokens}`);
    assert.equal(personTokenWeightClass(title), 'title', title);
  }
});
