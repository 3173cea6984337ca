/**
 * Article screening speed against the index of every list, in a process of its own: articles
 * of 1,000 words in Arabic, Russian and English, put together (seeded) from the evaluation
 * texts and the founding article, each screened whole — furniture, mentions, every mention
 * matched, actions — on one core. Prints one JSON line: milliseconds per 1,000-word article
 * (median, 90th percentile, worst; wall-clock and processor time), the median per language,
 * and the very first article's (cold: the gazetteer is built and nothing is cached yet).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildIndex } from '../src/match/index.js';
import { screenArticle } from '../src/screening/article.js';
import { dataDir } from '../src/cli/quickstart.js';
import { ARTICLE_EVAL_DIR } from '../eval/article.js';
import { CURRENT_LISTS, readLists } from '../eval/lists.js';
import { sample, seededRandom } from '../eval/rng.js';

const WORDS = 1000;
const ARTICLES_PER_LANGUAGE = 8;
const FOUNDING = join(dataDir(), 'articles', 'ilkha-ar-2024-10-31-russia-dprk-sanctions.txt');

function paragraphsByLanguage(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (lang: string, text: string) => {
    const list = out.get(lang) ?? [];
    list.push(...text.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 0));
    out.set(lang, list);
  };
  for (const f of readdirSync(ARTICLE_EVAL_DIR).filter((n) => n.endsWith('.txt'))) add(f.slice(0, 2), readFileSync(join(ARTICLE_EVAL_DIR, f), 'utf8'));
  if (existsSync(FOUNDING)) add('ar', readFileSync(FOUNDING, 'utf8'));
  return out;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** An article of WORDS words: the language's paragraphs in a seeded order, again as needed. */
function article(paragraphs: readonly string[], rand: () => number): string {
  const out: string[] = [];
  let words = 0;
  while (words < WORDS) {
    for (const p of sample(rand, paragraphs, paragraphs.length)) {
      if (words >= WORDS) break;
      out.push(p);
      words += wordCount(p);
    }
  }
  return out.join('\n\n');
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];

const index = await buildIndex(await readLists(dataDir(), CURRENT_LISTS));
const rand = seededRandom(11);
const articles = [...paragraphsByLanguage()].flatMap(([lang, paragraphs]) =>
  Array.from({ length: ARTICLES_PER_LANGUAGE + 1 }, () => ({ lang, text: article(paragraphs, rand) })));

// Per 1,000 words, so that an article a paragraph over counts as what it is.
const per1000 = (text: string, ms: number) => (ms * WORDS) / wordCount(text);
/**
 * Wall-clock and processor time per 1,000 words: on a machine shared with other work the
 * processor time is what the screening itself took.
 */
const time = (text: string) => {
  const cpu = process.cpuUsage();
  const started = performance.now();
  screenArticle(index, text);
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms: per1000(text, wall), cpuMs: per1000(text, (used.user + used.system) / 1000) };
};
// The first article of each language warms up, as a server is warm by its second request.
const warmUps = articles.filter((_, i) => i % (ARTICLES_PER_LANGUAGE + 1) === 0);
const first = time(warmUps[0].text);
for (const w of warmUps.slice(1)) time(w.text);
const timed = articles.filter((a) => !warmUps.includes(a)).map((a) => ({ lang: a.lang, ...time(a.text) }));
const all = timed.map((t) => t.ms).sort((a, b) => a - b);
const cpu = timed.map((t) => t.cpuMs).sort((a, b) => a - b);
const byLanguage: Record<string, number> = {};
for (const lang of new Set(timed.map((t) => t.lang))) {
  const ms = timed.filter((t) => t.lang === lang).map((t) => t.ms).sort((a, b) => a - b);
  byLanguage[lang] = percentile(ms, 0.5);
}
process.stdout.write(`${JSON.stringify({
  entities: index.entities.length,
  articles: timed.length,
  words: WORDS,
  medianMs: percentile(all, 0.5),
  p90Ms: percentile(all, 0.9),
  maxMs: all[all.length - 1],
  cpuMedianMs: percentile(cpu, 0.5),
  cpuP90Ms: percentile(cpu, 0.9),
  firstMs: first.ms,
  byLanguage,
})}\n`);
