/** Legal forms typed misspelt, split or glued are read as the forms they are. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { respellLegalForms } from '../../src/names/legal-form-spelling.js';
import { findLegalForms } from '../../src/names/legal-forms.js';
import { normalizeName, tokenize } from '../../src/names/normalize.js';

const respelt = (name: string) => respellLegalForms(tokenize(normalizeName(name))).join(' ');

test('a misspelt or split multi-word form is written as the table spells it', () => {
  assert.equal(respelt('JONIT STOCK COMPANY CYCLONE'), 'joint stock company cyclone');
  assert.equal(respelt('LIM ITED LIABILITY COMPANY MAXTECH'), 'limited liability company maxtech');
  assert.equal(respelt('LIMITED LIA BILITY COMPANY GEOS'), 'limited liability company geos');
  assert.equal(respelt('LIIMITED LIABILITY COMPANY NOVELCO'), 'limited liability company novelco');
  assert.equal(respelt('OBSHCH ESTVO S OGRANICHENNOI OTVETSTVENNOSTYU FAKTOR'), 'obshchestvo s ogranichennoy otvetstvennostyu faktor');
});

test('a name glued to a form comes off as a token of its own', () => {
  assert.equal(respelt('LIMITED LIABILITY COMPANYNANOCHIP'), 'limited liability company nanochip');
  assert.equal(respelt('LIMITED LIABILITY COMPANYSKAY17'), 'limited liability company skay17');
  assert.equal(respelt('HARDBERRYLIMITED LIABILITY COMPANY'), 'hardberry limited liability company');
  assert.equal(respelt('JOINTSTOCK COMPANY ENIKS'), 'joint stock company eniks');
});

test('a form written whole is not read as a longer form glued into the next word', () => {
  // JSCB is a form too (joint stock commercial bank): "JSC Bryansk" must not become "JSCB ryansk".
  assert.equal(respelt('JSC Bryansk Electromechanical Plant'), 'jsc bryansk electromechanical plant');
  assert.equal(respelt('JSC Beto'), 'jsc beto');
  assert.equal(respelt('LTD Alfa'), 'ltd alfa');
});

test('the respelt form is found as a legal form, and the name is what is left', () => {
  const tokens = respellLegalForms(tokenize(normalizeName('GLOBAL KEYLIMITED LIABILITY COMPANY')));
  const spans = findLegalForms(tokens);
  assert.deepEqual(spans.map((s) => [tokens.slice(s.start, s.end).join(' '), s.cls]), [['limited liability company', 'limited-liability-company']]);
  assert.deepEqual(tokens.slice(0, spans[0].start), ['global', 'key']);
});

test('words that only look like a form stay as written', () => {
  for (const name of ['UNLIMITED POWER', 'LIMITER CORP', 'STOCKHOLM TRADING', 'JOINT VENTURE PARTNERS', 'COMPANIA DE LIMITES']) {
    assert.ok(!respelt(name).includes('limited') || name.includes('LIMITED'), name);
  }
  assert.equal(respelt('STOCKHOLM TRADING'), 'stockholm trading');
  assert.equal(respelt('LIMITER CORP'), 'limiter corp');
});
