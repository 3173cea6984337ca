/**
 * The names in one value of the EU transcription's name columns. Every value below is
 * printed so in the Journal (eu/opensanctions_eu_journal_consolidated); the names expected
 * are the ones the value states.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readNameCell, readNameValue } from '../../src/sources/eu-names.js';

const names = (value: string, prop = 'alias', person = true) => readNameValue(value, prop, person).names.map((n) => `${n.prop}: ${n.value}`);

test('"(original script: …)" is a second name of its own, in the same property', () => {
  assert.deepEqual(names('Ramzan Oduev (original script: Рамзан Одуев)'), ['alias: Ramzan Oduev', 'alias: Рамзан Одуев']);
  assert.deepEqual(names('Abu Bilal (original script: Абу-Билал)', 'weakAlias'), ['weakAlias: Abu Bilal', 'weakAlias: Абу-Билал']);
});

test('a name followed by its spelling in a named language: the spelling is an alias', () => {
  assert.deepEqual(names('Aleksandr Viktorovich NAUMENKO (Russian: Александр Викторович НАУМЕНКО)', 'name'), [
    'name: Aleksandr Viktorovich NAUMENKO',
    'alias: Александр Викторович НАУМЕНКО',
  ]);
  assert.deepEqual(names('Andrey Valerievich RYUMIN (Russian:Андрей Валерьевич Рюмин)', 'name'), ['name: Andrey Valerievich RYUMIN', 'alias: Андрей Валерьевич Рюмин']);
  assert.deepEqual(names('Vladimir Bronislavovich TATUR Russian: Владимир Брониславович ТАТУР', 'name'), [
    'name: Vladimir Bronislavovich TATUR',
    'alias: Владимир Брониславович ТАТУР',
  ]);
  assert.deepEqual(names('Merai Zoghbai (as previously listed, in Arabic: مرعي زغبي)'), ['alias: Merai Zoghbai', 'alias: مرعي زغبي']);
  assert.deepEqual(names('Rosgvardiya (Russian: Росгвардия)', 'alias', false), ['alias: Rosgvardiya', 'alias: Росгвардия']);
  assert.deepEqual(names('Kirsanova (Russian spelling: Кирсанова) or Selyun (Russian spelling: Селюн)', 'previousName'), [
    'previousName: Kirsanova',
    'previousName: Selyun',
    'previousName: Кирсанова',
    'previousName: Селюн',
  ]);
});

test('a language label before the name is not part of it', () => {
  assert.deepEqual(names('Russian Никита Юрьевич АНИСИМОВ'), ['alias: Никита Юрьевич АНИСИМОВ']);
  assert.deepEqual(names('Belarussian: ААТ ‘Мінскі завод колавых цягачоў’', 'alias', false), ['alias: ААТ ‘Мінскі завод колавых цягачоў’']);
  assert.deepEqual(names('Russian Airborne Forces', 'name', false), ['name: Russian Airborne Forces']);
});

test('two scripts side by side without a label are two names', () => {
  assert.deepEqual(names('Wasim Badia AL-ASSAD وسيم بديع الأسد', 'name'), ['name: Wasim Badia AL-ASSAD', 'alias: وسيم بديع الأسد']);
  assert.deepEqual(names('Li Van Chol, Ли Ван Чоль'), ['alias: Li Van Chol', 'alias: Ли Ван Чоль']);
  assert.deepEqual(names('KIM Kwang Yon 김광연', 'name'), ['name: KIM Kwang Yon', 'alias: 김광연']);
  assert.deepEqual(names('Stroytransgaz/Стройтрансгаз', 'name', false), ['name: Stroytransgaz', 'alias: Стройтрансгаз']);
  assert.deepEqual(names('ЗАО ‘Интеравтоматика’, CJSC ‘Interavtomatika’', 'alias', false), ['alias: ЗАО ‘Интеравтоматика’', 'alias: CJSC ‘Interavtomatika’']);
  assert.deepEqual(names('Dmitry Nikolayevich KOZAK (Дмитрий Николаевич КОЗАК)', 'name'), ['name: Dmitry Nikolayevich KOZAK', 'alias: Дмитрий Николаевич КОЗАК']);
});

test('a legal form in capitals both alphabets share stays with its name', () => {
  assert.deepEqual(names('OOO Велада', 'alias', false), ['alias: OOO Велада']);
  assert.deepEqual(names('ООО “Raw Materials Cellulose”', 'alias', false), ['alias: ООО “Raw Materials Cellulose”']);
  assert.deepEqual(names('Komponent Lodzhistik OOO, ООО КОМПОНЕНТ ЛОДЖИСТИК', 'alias', false), ['alias: Komponent Lodzhistik OOO', 'alias: ООО КОМПОНЕНТ ЛОДЖИСТИК']);
});

test('several names of a person in one value', () => {
  assert.deepEqual(
    names('Vladimir Vladimirovich NEMTSEV (Владимир Владимирович НЕМЦЕВ) Volodymyr Volodymyrovych NEMTSEV (Володимир Володимирович НЄМЦЕВ)', 'name'),
    ['name: Vladimir Vladimirovich NEMTSEV', 'alias: Volodymyr Volodymyrovych NEMTSEV', 'alias: Владимир Владимирович НЕМЦЕВ', 'alias: Володимир Володимирович НЄМЦЕВ'],
  );
  assert.deepEqual(names('Nouh ZAITER Noah ZAITER Noah ZAYTAR نوح زعيتر', 'name'), ['name: Nouh ZAITER', 'alias: Noah ZAITER', 'alias: Noah ZAYTAR', 'alias: نوح زعيتر']);
  assert.deepEqual(names('Natalya Ivanovna BEZRUCHENKO/Natalia Ivanovna BEZRUCHENKO', 'name'), ['name: Natalya Ivanovna BEZRUCHENKO', 'alias: Natalia Ivanovna BEZRUCHENKO']);
  assert.deepEqual(names('Алеся МИЛОРАДОВИЧ or Олеся МИЛОРАДОВИЧ'), ['alias: Алеся МИЛОРАДОВИЧ', 'alias: Олеся МИЛОРАДОВИЧ']);
  assert.deepEqual(names('ﺷﯿﺦ ﯾﻮﻧﺲ اﻟﻤﻮرﯾﺘﺎﻧﻲ (Yunis al-Mauritani, Younis al-Mauritani,Sheikh Yunis al-Mauritani, Shaykh Yunis the Mauritanian)'), [
    'alias: ﺷﯿﺦ ﯾﻮﻧﺲ اﻟﻤﻮرﯾﺘﺎﻧﻲ',
    'alias: Yunis al-Mauritani',
    'alias: Younis al-Mauritani',
    'alias: Sheikh Yunis al-Mauritani',
    'alias: Shaykh Yunis the Mauritanian',
  ]);
});

test('"a.k.a." names are aliases; a person\'s one-word nickname is a weak alias', () => {
  assert.deepEqual(names('Larisa Leonidovna AIRAPETYAN (a.k.a. Larysa AYRAPETYAN, Larisa AIRAPETYAN or Larysa AIRAPETYAN)', 'name'), [
    'name: Larisa Leonidovna AIRAPETYAN',
    'alias: Larysa AYRAPETYAN',
    'alias: Larisa AIRAPETYAN',
    'alias: Larysa AIRAPETYAN',
  ]);
  assert.deepEqual(names('Samer Kamal AL-ASSAD a.k.a. ‘Samir’ سامر كمال الأسد', 'name'), ['name: Samer Kamal AL-ASSAD', 'weakAlias: ‘Samir’', 'alias: سامر كمال الأسد']);
  assert.deepEqual(names('f.k.a.: NADA', 'alias', false), ['previousName: NADA']);
  assert.deepEqual(names('PSB Bank (formerly. PROMSVYAZBANK)', 'name', false), ['name: PSB Bank', 'previousName: PROMSVYAZBANK']);
});

test('another spelling of one word gives the whole name in that spelling', () => {
  assert.deepEqual(names('Alexander (Alexandr) Petrovich BARSUKOV'), ['alias: Alexander Petrovich BARSUKOV', 'alias: Alexandr Petrovich BARSUKOV']);
  assert.deepEqual(names('Khalid (a.k.a. Khaled) QADDUR', 'name'), ['name: Khalid QADDUR', 'alias: Khaled QADDUR']);
  assert.deepEqual(names('Мiкалай Мiкалаевiч ВАРАБЕЙ/ВЕРАБЕЙ'), ['alias: Мікалай Мікалаевіч ВАРАБЕЙ', 'alias: Мікалай Мікалаевіч ВЕРАБЕЙ']);
  assert.deepEqual(names('Юрый Леанідавіч СIВАКАЎ, СIВАКОЎ'), ['alias: Юрый Леанідавіч СІВАКАЎ', 'alias: Юрый Леанідавіч СІВАКОЎ']);
  // Initials of the words before are an abbreviation, not a spelling.
  assert.deepEqual(names('Central Election Commission of the Republic of Belarus (CEC)', 'name', false), ['name: Central Election Commission of the Republic of Belarus (CEC)']);
});

test('a birth surname gives the previous name', () => {
  assert.deepEqual(names('Валентина Ивановна МАТВИЕНКО (born ТЮТИНА)'), ['alias: Валентина Ивановна МАТВИЕНКО', 'previousName: Валентина Ивановна ТЮТИНА']);
  assert.deepEqual(names('Екатерина Владимировна ГОГИАШВИЛИ - born ФИЛИППОВА'), ['alias: Екатерина Владимировна ГОГИАШВИЛИ', 'previousName: Екатерина Владимировна ФИЛИППОВА']);
  assert.deepEqual(names('Sardana Vladimirovna AVKSENTYEVA, née GOGOLEVA', 'name'), ['name: Sardana Vladimirovna AVKSENTYEVA', 'previousName: Sardana Vladimirovna GOGOLEVA']);
  assert.deepEqual(names('born Yekaterina Vladimirovna PUTINA'), ['previousName: Yekaterina Vladimirovna PUTINA']);
});

test('remarks about the person are left out of the name and returned as notes', () => {
  const r = readNameValue('Ali Barkani (Date of birth: 22.8.1973; place of birth: Morocco)', 'alias', true);
  assert.deepEqual(r.names, [{ prop: 'alias', value: 'Ali Barkani' }]);
  assert.equal(r.notes.length, 1);
  assert.match(r.notes[0], /Date of birth: 22\.8\.1973; place of birth: Morocco/);
  assert.deepEqual(names('Sayf-Al Adl. Date of birth: 11.4.1963. Place of birth: Monufia Governate, Egypt. Nationality: Egyptian'), ['alias: Sayf-Al Adl']);
  assert.deepEqual(names('El Para (combat name)'), ['alias: El Para']);
});

test('a label or image caption alone is no name, and is noted', () => {
  const r = readNameCell('Korean:; Text of image; 리창호; ЛИ Чхан Хо', 'alias', 'Person');
  assert.deepEqual(r.names.map((n) => n.value), ['리창호', 'ЛИ Чхан Хо']);
  assert.equal(r.notes.length, 2);
});

test('Latin and Cyrillic look-alikes typed inside a word become the word\'s own script', () => {
  assert.deepEqual(names('Ruslan Alexandrovich ROMASHKІN', 'name'), ['name: Ruslan Alexandrovich ROMASHKIN']);
  assert.deepEqual(names('Андрей Валерьевич КАРТAПOЛOВ'), ['alias: Андрей Валерьевич КАРТАПОЛОВ']);
  assert.deepEqual(names('ИГНАТОВ, ТAMБOB'), ['alias: ИГНАТОВ, ТАМБОВ']);
  // The Belarusian conjunction і typed as a Latin i.
  assert.deepEqual(names('Белнафтахiм – Беларускi дзяржаўны канцэрн па нафце i хiмii', 'alias', false), ['alias: Белнафтахім – Беларускі дзяржаўны канцэрн па нафце і хіміі']);
  // Whole words of one script stay as typed, however they look.
  assert.deepEqual(names('Sever (original script: Север)'), ['alias: Sever', 'alias: Север']);
});

test('a value with one name stays as printed', () => {
  assert.deepEqual(names('Сергей Викторович ЛАВРОВ'), ['alias: Сергей Викторович ЛАВРОВ']);
  assert.deepEqual(names('Акционерное Общество «Центральный Научно-Исследовательский Институт «Циклон» (АО "ЦНИИ «Циклон»)', 'alias', false), [
    'alias: Акционерное Общество «Центральный Научно-Исследовательский Институт «Циклон» (АО "ЦНИИ «Циклон»)',
  ]);
});
