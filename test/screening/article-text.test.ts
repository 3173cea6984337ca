/**
 * What article screening reads from the text alone, before any list is asked: page furniture
 * (with offsets into the original), the language, roles with their countries and
 * organisations, and the name spans each language shows — quotation marks in Arabic,
 * capitals and particles in English, patronymics and cases in Russian.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { arabicStems, writtenCut } from '../../src/names/text/arabic-clitics.js';
import { readContext, tagTokens, type RolePhrase } from '../../src/names/text/context.js';
import { blankFurniture, findFurniture } from '../../src/names/text/furniture.js';
import { detectLanguage } from '../../src/names/text/language.js';
import { patternSpans } from '../../src/names/text/mention-patterns.js';
import { russianNominative } from '../../src/names/text/russian-cases.js';
import type { TextLanguage } from '../../src/names/text/stopwords-data.js';
import { tokenizeText, type TextToken } from '../../src/names/text/tokens.js';

function read(text: string, language: TextLanguage) {
  const tokenized = tokenizeText(text);
  const tags = tagTokens(tokenized.tokens, language);
  const context = readContext(tokenized.tokens, tags);
  const spans = patternSpans(tokenized, tags, context.roles);
  const words = (first: number, end: number) => text.slice(tokenized.tokens[first].start, tokenized.tokens[end - 1].end);
  return {
    roles: context.roles.map((r: RolePhrase) => ({ text: words(r.start, r.end), label: r.label, country: r.country, gender: r.gender, org: r.org?.name ?? null })),
    orgs: context.orgs.map((o) => ({ text: words(o.start, o.end), name: o.name, country: o.country })),
    spans: spans.map((s) => ({ text: words(s.first, s.last + 1), kind: s.kind, evidence: s.evidence })),
  };
}

const ILKHA_PAGE = 'روسيا وكوريا الشمالية تجريان محادثات\n\nأعلنت وزارة الخارجية الروسية عن محادثات\n\n' +
  'Ekleme: 31.10.2024 14:46:04 / Güncelleme: 31.10.2024 14:46:04 / Arapça\nDestek için\u00a0\n \n\n' +
  'تزور وزيرة الخارجية "تشوي سون هوي" موسكو. (İLKHA)';

test('page furniture is found with offsets into the original text and blanked without moving anything', () => {
  const furniture = findFurniture(ILKHA_PAGE);
  assert.deepEqual(furniture.map((f) => f.kind), ['byline', 'button', 'agency']);
  for (const f of furniture) assert.equal(ILKHA_PAGE.slice(f.start, f.end), f.text);
  assert.match(furniture[0].text, /^Ekleme: 31\.10\.2024 .* \/ Arapça$/);
  assert.equal(furniture[2].text, '(İLKHA)');
  const blank = blankFurniture(ILKHA_PAGE, furniture);
  assert.equal(blank.length, ILKHA_PAGE.length);
  assert.equal(blank.split('\n').length, ILKHA_PAGE.split('\n').length);
  assert.doesNotMatch(blank, /Ekleme|Destek|İLKHA/);
  const name = blank.indexOf('تشوي سون هوي');
  assert.equal(ILKHA_PAGE.slice(name, name + 'تشوي سون هوي'.length), 'تشوي سون هوي');
});

test('datelines and agency tags of wire copy are furniture; a capitalised word that starts a sentence is not', () => {
  const text = 'MOSCOW, Oct 30 (Reuters) - Russian Foreign Minister Sergei Lavrov said.\nNATO allies met. - AFP';
  const furniture = findFurniture(text);
  assert.deepEqual(furniture.map((f) => [f.kind, f.text.trim()]), [['dateline', 'MOSCOW, Oct 30 (Reuters) -'], ['agency', '- AFP']]);
  assert.deepEqual(findFurniture('США — крупнейший экспортёр.'), []);
});

test('tokens keep their offsets, sentences, quotations and what separates them', () => {
  const text = 'Lavrov’s aide met "Kim Yo-jong", then left.';
  const { tokens, quotes } = tokenizeText(text);
  for (const t of tokens) assert.equal(text.slice(t.start, t.end), t.raw);
  const at = (raw: string): TextToken => tokens.find((t) => t.raw === raw)!;
  assert.equal(at('Lavrov').possessive, true);
  assert.equal(at('jong').gap, 'hyphen');
  assert.equal(at('then').gap, 'quote');
  assert.equal(at('left').gap, 'space');
  assert.equal(quotes.length, 1);
  assert.deepEqual([tokens[quotes[0].first].raw, tokens[quotes[0].last].raw], ['Kim', 'jong']);
});

test('the language and direction of a text are told by its script and common words', () => {
  const cases: [string, string, string][] = [
    ['قال وزير الخارجية إن المحادثات في موسكو كانت مثمرة', 'ar', 'rtl'],
    ['رئیس جمهور ایران گفت که این کشور به گفتگو ادامه می دهد', 'fa', 'rtl'],
    ['The minister said that the talks in Moscow were useful', 'en', 'ltr'],
    ['Министр заявил, что переговоры в Москве были полезными', 'ru', 'ltr'],
    ['Le ministre a déclaré que les discussions sont utiles', 'fr', 'ltr'],
    ['Bakan, görüşmelerin çok faydalı olduğunu açıkladı ve bu şekilde', 'tr', 'ltr'],
  ];
  for (const [text, language, direction] of cases) {
    const info = detectLanguage(text, tokenizeText(text).tokens);
    assert.deepEqual([info.language, info.direction], [language, direction], text);
  }
});

test('Arabic: roles carry their country and organisation; names are read from quotation marks, before or after the role', () => {
  const r = read('وقال "والي أدييمو" نائب وزير الخزانة في بيان إن المتحدثة باسم الخارجية الروسية "ماريا زاخاروفا" غادرت، وقال وزير الدفاع الأميركي "لويد أوستن" إنه يرفض.', 'ar');
  assert.deepEqual(r.roles, [
    { text: 'نائب وزير الخزانة', label: 'deputy treasury minister', country: null, gender: null, org: null },
    { text: 'المتحدثة باسم الخارجية الروسية', label: 'spokesperson', country: 'ru', gender: 'female', org: 'Ministry of Foreign Affairs' },
    { text: 'وزير الدفاع الأميركي', label: 'defence minister', country: 'us', gender: null, org: null },
  ]);
  assert.deepEqual(r.orgs, [{ text: 'الخارجية الروسية', name: 'Ministry of Foreign Affairs', country: 'ru' }]);
  assert.deepEqual(r.spans.map((s) => [s.text, s.kind, s.evidence]), [
    ['والي أدييمو', 'person', ['role', 'quotes']],
    ['ماريا زاخاروفا', 'person', ['role', 'quotes']],
    ['لويد أوستن', 'person', ['role', 'quotes']],
  ]);
});

test('Arabic: ministries and bodies are organisations, with a joined prefix read off ("والبنتاغون")', () => {
  const r = read('أعلنت وزارة الخزانة الأميركية فرض عقوبات، والتقى مسؤولون في البنتاغون ومجموعة السبع.', 'ar');
  assert.deepEqual(r.orgs.map((o) => [o.name, o.country]), [['US Department of the Treasury', 'us'], ['Pentagon (US Department of Defense)', 'us'], ['G7', null]]);
});

test('English: roles before and after a name, capitalised names with particles and hyphens, possessives end a name', () => {
  const r = read("Russian Foreign Minister Sergei Lavrov met Qatar's emir, Sheikh Tamim bin Hamad Al Thani, and JPMorgan's Jamie Dimon. Kim Yo-jong said.", 'en');
  assert.deepEqual(r.roles.map((x) => [x.text, x.label, x.country]), [['Russian Foreign Minister', 'foreign minister', 'ru'], ["Qatar's emir", 'emir', 'qa']]);
  assert.deepEqual(r.spans.map((s) => [s.text, s.kind]), [
    ['Sergei Lavrov', 'person'], ['Sheikh Tamim bin Hamad Al Thani', 'unknown'], ['Jamie Dimon', 'unknown'], ['Kim Yo-jong', 'unknown'],
  ]);
  const spokes = read('Foreign Ministry spokeswoman Maria Zakharova declined to comment.', 'en');
  assert.deepEqual(spokes.roles.map((x) => [x.label, x.gender, x.org]), [['spokesperson', 'female', 'Ministry of Foreign Affairs']]);
  assert.deepEqual(spokes.spans.map((s) => s.text), ['Maria Zakharova']);
});

test('Russian: a patronymic makes a person; a role takes the country in the genitive after it', () => {
  const r = read('Министр иностранных дел России Сергей Викторович Лавров встретился с главой МИД Турции Хаканом Фиданом.', 'ru');
  assert.deepEqual(r.roles.map((x) => [x.text, x.label, x.country]), [
    ['Министр иностранных дел России', 'foreign minister', 'ru'],
    ['главой МИД Турции', 'head', 'tr'],
  ]);
  assert.deepEqual(r.orgs.map((o) => [o.text, o.country]), [['МИД Турции', 'tr']]);
  assert.deepEqual(r.spans.map((s) => [s.text, s.evidence]), [['Сергей Викторович Лавров', ['role', 'patronymic']], ['Хаканом Фиданом', ['role']]]);
  const quoted = read('Основатель «Альфа-Групп» Михаил Фридман обратился в суд.', 'ru');
  assert.deepEqual(quoted.spans.map((s) => [s.text, s.kind]), [['Альфа-Групп', 'organization'], ['Михаил Фридман', 'person']]);
});

test('Russian names are guessed back to the nominative; a name already in it is left alone', () => {
  const cases: [string, string | null][] = [
    ['лаврова', 'лавров'], ['сергея', 'сергей'], ['белоусовым', 'белоусов'], ['андреем', 'андрей'], ['валерием', 'валерий'],
    ['викторовича', 'викторович'], ['захаровой', 'захарова'], ['марии', 'мария'], ['путину', 'путин'], ['владимиром', 'владимир'],
    ['лавров', null], ['ким', null], ['сергей', null],
  ];
  for (const [word, nominative] of cases) assert.equal(russianNominative(word), nominative, word);
});

test('Arabic joined prefixes are read off only as a second reading', () => {
  assert.deepEqual(arabicStems('وكوريا').map((s) => s.stem), ['كوريا']);
  assert.deepEqual(arabicStems('بالرئيس').map((s) => s.stem), ['الرئيس']);
  assert.deepEqual(arabicStems('للأمن').map((s) => s.stem), ['الأمن', 'لأمن']);
  assert.deepEqual(arabicStems('كيم'), []);
  assert.deepEqual(arabicStems('Lavrov'), []);
});

test('a joined prefix written with its vowel mark is cut whole from the word as written', () => {
  assert.equal(writtenCut('وَكيم', 1), 2);
  assert.equal(writtenCut('وكيم', 1), 1);
  assert.equal(writtenCut('Lavrov', 0), 0);
});
