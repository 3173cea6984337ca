/**
 * The HTML view of a screened article: the text right to left for Arabic (left to right
 * otherwise), furniture greyed, mentions highlighted by verdict and linked to their rows,
 * list entries linked to their records, and everything from the text or the lists escaped.
 * The index holds a few entities written here: what is tested is the page, not the lists.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MatchIndexBuilder } from '../../src/match/index.js';
import type { Entity } from '../../src/model/entity.js';
import { screenArticle } from '../../src/screening/article.js';
import { articleHtml, describeAction, escapeHtml } from '../../src/screening/article-html.js';

function entity(id: string, schema: string, name: string, extra: Record<string, string[]> = {}): Entity {
  return { id, schema, properties: { name: [name], ...extra }, datasets: ['test_list'], referents: [], caption: name, target: true };
}

const builder = new MatchIndexBuilder();
builder.add(entity('test-lavrov', 'Person', 'Sergey Viktorovich LAVROV', { nationality: ['ru'] }));
builder.add(entity('test-bank', 'Company', 'Bank <Rossiya> & "Partners"', { country: ['ru'] }));
const index = builder.finish();

const ARABIC = 'قال وزير الخارجية الروسي "سيرغي لافروف" إن <script>alert(1)</script> لن يمر.\nDestek için\n(İLKHA)';

test('an Arabic article is shown right to left, its mentions marked by verdict and linked to their rows and list entries', () => {
  const s = screenArticle(index, ARABIC);
  const html = articleHtml(ARABIC, s);
  assert.match(html, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
  assert.match(html, /<article lang="ar" dir="rtl">/);
  const lavrov = s.mentions.find((m) => m.text === 'سيرغي لافروف')!;
  assert.notEqual(lavrov.verdict, 'not_listed');
  assert.match(html, new RegExp(`<mark class="${lavrov.verdict}" data-mention="${lavrov.id}" title="[^"]*LAVROV[^"]*"><a href="#${lavrov.id}">سيرغي لافروف</a></mark>`));
  assert.match(html, new RegExp(`<tr id="${lavrov.id}">`));
  assert.match(html, /<a href="\/entities\/test-lavrov">Sergey Viktorovich LAVROV<\/a>/);
  assert.match(html, /<span class="furniture" title="button">Destek için<\/span>/);
  assert.match(html, /<span class="furniture" title="agency">\(İLKHA\)<\/span>/);
});

test('text and list values are escaped; the record links can point elsewhere', () => {
  const text = 'The company "Bank <Rossiya> & Partners" was named. Russian Foreign Minister Sergei Lavrov said <b>no</b>.';
  const s = screenArticle(index, text);
  const html = articleHtml(text, s, { entityUrl: (id) => `https://lists.example/e?id=${id}&x=1`, title: 'A <title>' });
  assert.match(html, /<html lang="en" dir="ltr">/);
  assert.doesNotMatch(html, /<b>no<\/b>|<script>|<Rossiya>/);
  assert.match(html, /said &lt;b&gt;no&lt;\/b&gt;\./);
  assert.match(html, /<title>A &lt;title&gt;<\/title>/);
  assert.match(html, /href="https:\/\/lists\.example\/e\?id=test-lavrov&amp;x=1"/);
  assert.equal(escapeHtml(`<a href="x" onclick='y'>&</a>`), '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  const doc = articleHtml(ARABIC, screenArticle(index, ARABIC));
  assert.match(doc, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
});

test('sanctions actions are listed in words', () => {
  const text = 'وأعلنت وزارة الخزانة الأميركية فرض عقوبات على نحو 30 فردا وكيانا في دول مثل الهند والصين.';
  const s = screenArticle(index, text);
  assert.equal(describeAction(s.actions[0]), 'Treasury (us): sanctions on about 30 persons and entities, in India, China');
  assert.match(articleHtml(text, s), /<li>Treasury \(us\): sanctions on about 30 persons and entities, in India, China<\/li>/);
});
