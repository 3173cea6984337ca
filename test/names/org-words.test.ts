/** Organisation words: a name's generic words meet their English translations, declined or romanised. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { orgWordEnglish, orgWordRomanisations, orgWordEquivalents, genericOrgWordForms, compoundOrgWordEnglish } from '../../src/names/org-words.js';
import { dictionaryFrom, equivalentSpellings } from '../../src/names/equivalents.js';
import { analyseToken } from '../../src/names/analyse.js';
import { orgTokenWeightClass } from '../../src/names/legal-forms.js';
import { finishEntity, type Entity } from '../../src/model/entity.js';
import { buildIndex } from '../../src/match/index.js';
import { match } from '../../src/match/query.js';

const has = (list: readonly string[], word: string) => assert.ok(list.includes(word), `${word} not in ${list.join(', ')}`);

test('a Russian, Ukrainian or Belarusian word in any case meets its English equivalent', () => {
  has(orgWordEnglish('завод'), 'plant');
  has(orgWordEnglish('завода'), 'plant');
  has(orgWordEnglish('государственного'), 'state'); // genitive: "of the state …"
  has(orgWordEnglish('государственная'), 'state');
  has(orgWordEnglish('державне'), 'state'); // Ukrainian
  has(orgWordEnglish('дзяржаўнае'), 'state'); // Belarusian
  has(orgWordEnglish('прадпрыемства'), 'enterprise');
  has(orgWordEnglish('объединённая'), 'united'); // ё as written, or as е
  has(orgWordEnglish('объединенная'), 'united');
  has(orgWordEnglish('научно'), 'research'); // the first half of научно-исследовательский
  has(orgWordEnglish('тульского'), 'tula'); // a city's adjective is the city in English
});

test('a plural takes plural equivalents, first where only a plural has the ending', () => {
  assert.equal(orgWordEnglish('заводов')[0], 'plants');
  assert.equal(orgWordEnglish('институтам')[0], 'institutes');
  has(orgWordEnglish('лабораториях'), 'laboratories');
  assert.equal(orgWordEnglish('государственных')[0], 'state', 'adjectives have no plural in English');
});

test('several English words are one rendering, as a list writes them joined', () => {
  has(orgWordEnglish('машиностроительный'), 'machinebuilding');
});

test('a romanised word meets the English too, and an English word its romanisations', () => {
  has(orgWordEnglish('zavod'), 'plant');
  has(orgWordEnglish('gosudarstvennoe'), 'state');
  has(orgWordRomanisations('plant'), 'zavod');
  has(orgWordRomanisations('plants'), 'zavody');
  has(orgWordRomanisations('state'), 'gosudarstvenny');
  assert.ok(orgWordRomanisations('state').length <= 6, 'renderings are few');
  has(orgWordEquivalents('institute'), 'institut');
});

test('a compound that ends in a kind of organisation is its head and the English kind', () => {
  has(compoundOrgWordEnglish('белтелерадиокомпания'), 'belteleradiocompany'); // Belteleradio Company
  has(compoundOrgWordEnglish('радиозавод'), 'radioplant'); // Izhevsk Radioplant
  has(compoundOrgWordEnglish('газпромбанк'), 'gazprombank');
  has(analyseToken('белтелерадиокомпания', dictionaryFrom({})).latin, 'belteleradiocompany');
  for (const word of ['иванов', 'лебедев', 'заводов', 'bank']) assert.deepEqual(compoundOrgWordEnglish(word), [], word);
});

test('abbreviations that English writes from its own words: ДНР is the DPR, ОДК the UEC', () => {
  has(orgWordEnglish('днр'), 'dpr');
  has(orgWordEnglish('одк'), 'uec');
  has(orgWordEnglish('нпз'), 'oilrefinery');
});

test('names that are not organisation words have no equivalents', () => {
  for (const word of ['иванов', 'петров', 'ivanov', 'argument', 'суда']) assert.deepEqual(orgWordEquivalents(word), [], word);
});

test('generic words weigh little in every form; places and names do not', () => {
  const forms = new Set(genericOrgWordForms());
  for (const word of ['завод', 'заводов', 'государственного', 'предприятия', 'прадпрыемства', 'институту']) {
    assert.ok(forms.has(word), word);
    assert.equal(orgTokenWeightClass(word), 'generic', word);
  }
  assert.ok(!forms.has('московский'));
  assert.equal(orgTokenWeightClass('калашников'), 'name');
});

test('a token carries learnt spellings first, then its English equivalents', () => {
  assert.deepEqual(equivalentSpellings('завод', dictionaryFrom({ завод: ['zavodd'] })), ['zavodd', 'plant', 'factory', 'works']);
  const none = dictionaryFrom({});
  assert.deepEqual(equivalentSpellings('завод', none), ['plant', 'factory', 'works'], 'the table stays whatever the dictionary');
  has(analyseToken('завод', none).latin, 'plant');
  assert.equal(analyseToken('завод', none).latin[0], 'zavod', 'transliteration first');
  // Among the first four spellings, which a word written as one combines: "Южный фронт" is SouthFront.
  has(analyseToken('южный', none).latin.slice(0, 4), 'south');
});

test('a name written as one word meets its translation: Южный фронт is SouthFront', async () => {
  const index = await buildIndex([company('a-fleet', 'Limited Liability Company “Yuzhny Flot”'), company('southfront', 'SouthFront')], { dictionary: dictionaryFrom({}) });
  const [top] = match(index, { schema: 'Organization', properties: { name: ['Южный фронт'] } });
  assert.equal(top.id, 'southfront');
});

function company(id: string, name: string): Entity {
  return finishEntity({ id, schema: 'Company', properties: { name: [name] }, datasets: ['test'], referents: [], caption: '', target: false });
}

test('a Russian name finds the company a list names in English, not its neighbour', async () => {
  // Ids put the wrong neighbour first among equal scores: only the translated words tell them apart.
  const index = await buildIndex([
    company('a-auto', 'Minsk Automobile Plant'),
    company('b-wheel', 'Minsk Wheel Tractor Plant'),
    company('a-industrial', 'Moscow Industrial Bank'),
    company('b-credit', 'Credit Bank of Moscow'),
    company('a-mari', 'Open Joint Stock Company Mariyskiy Machine-Building Plant'),
    company('b-arzamas', 'JSC Arzamas Machine-Building Plant'),
  ], { dictionary: dictionaryFrom({}) });
  const top = (name: string) => match(index, { schema: 'Company', properties: { name: [name] } })[0]?.id;
  assert.equal(top('Минский завод колёсных тягачей'), 'b-wheel');
  assert.equal(top('Мінскі завод колавых цягачоў'), 'b-wheel');
  assert.equal(top('Московский кредитный банк'), 'b-credit');
  assert.equal(top('АО «Арзамасский машиностроительный завод»'), 'b-arzamas');
});

test('Arabic organisation words are found with or without hamza, and behind the prefixes و and لل', () => {
  assert.deepEqual(orgWordEnglish('الاسلامية'), orgWordEnglish('الإسلامية'));
  assert.ok(orgWordEnglish('الإسلامية').includes('islamic'));
  assert.ok(orgWordEnglish('والجهاد').includes('jihad'));
  assert.ok(orgWordEnglish('للدعوة').includes('dawa'));
  assert.deepEqual(orgWordEnglish('ومحمد'), []);
});
