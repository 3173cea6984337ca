/**
 * POST /v1/article over a real socket, on the UN list: the people a news text names, each
 * screened, as JSON or as the marked-up text; keys and bad input as on every route.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { call, haveData, NO_DATA, serveLists, UN, type Served } from './helpers.js';

let s: Served | null = null;
before(async () => {
  if (haveData(null, UN)) s = await serveLists([UN]);
});
after(async () => s?.close());

const TEXT = 'قال المتحدث باسم وزارة الخارجية الأميركية إن قصي صدام حسين التكريتي ما زال مدرجا على قوائم العقوبات، '
  + 'فيما التقى وزير الخارجية الأميركي أنتوني بلينكن نظيره الفرنسي في باريس.';

test('POST /v1/article: the listed person an Arabic text names is listed, the US official is not', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await call(s.url, '/v1/article', { key: s.keys.screen, json: { text: TEXT } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.body.language, 'ar');
  const qusay = r.body.mentions.find((m: { text: string }) => m.text.includes('قصي'));
  assert.ok(qusay, `no mention of Qusay among ${r.body.mentions.map((m: { text: string }) => m.text).join(', ')}`);
  assert.equal(qusay.verdict, 'listed');
  assert.match(qusay.results[0].caption, /QUSAY/i);
  assert.equal(TEXT.slice(qusay.start, qusay.end), qusay.text);
  const blinken = r.body.mentions.find((m: { text: string }) => m.text.includes('بلينكن'));
  assert.ok(blinken);
  assert.equal(blinken.verdict, 'not_listed');
  assert.equal(blinken.country, 'us');
});

test('POST /v1/article?format=html: the text right to left, the mentions marked', async (t) => {
  if (!s) return t.skip(NO_DATA);
  const r = await call(s.url, '/v1/article?format=html', { key: s.keys.screen, json: { text: TEXT } });
  assert.equal(r.status, 200);
  assert.match(r.headers.get('content-type') ?? '', /text\/html/);
  assert.match(r.text, /dir="rtl"/);
  assert.match(r.text, /قصي/);
});

test('POST /v1/article: a key is needed, and a text that is not one is refused with a reason', async (t) => {
  if (!s) return t.skip(NO_DATA);
  assert.equal((await call(s.url, '/v1/article', { json: { text: TEXT } })).status, 401);
  const missing = await call(s.url, '/v1/article', { key: s.keys.screen, json: { body: TEXT } });
  assert.equal(missing.status, 422);
  const wrong = await call(s.url, '/v1/article', { key: s.keys.screen, json: { text: TEXT, algorithm: 'nope' } });
  assert.equal(wrong.status, 400);
  assert.equal(wrong.body.detail, 'Invalid algorithm');
});
