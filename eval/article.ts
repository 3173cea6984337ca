/**
 * Article screening on short texts written for it (test/fixtures/articles/eval: Arabic,
 * Russian, English), each person in them labelled listed — with words of the right list
 * entry's caption — or not listed. Precision and recall of "listed" verdicts: a listed person
 * is recalled when a mention over their name is listed with the right entry first; a listed
 * verdict is precise when it falls on a listed person and names the right entry. Listed
 * verdicts on organisations are shown, not counted (the texts label persons only).
 *
 * `articleEvaluation(index)` returns the markdown for eval/RESULTS.md; run this file to print it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildIndex, type MatchIndex } from '../src/match/index.js';
import { normalizeName, tokenize } from '../src/names/normalize.js';
import { screenArticle, type ArticleMention } from '../src/screening/article.js';
import { repoRoot } from './paths.js';

interface Label {
  text: string;
  listed: string | false;
}

interface Labels {
  texts: Record<string, { language: string; persons: Label[] }>;
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
  persons: number;
  found: number;
  unlisted: number;
  unlistedPossible: number;
}

export interface ArticleEvalFigures {
  byLanguage: Map<string, Tally>;
  total: Tally;
  /** Person-level mistakes and listed organisations, for reading. */
  notes: string[];
}

export const ARTICLE_EVAL_DIR = join(repoRoot(), 'test', 'fixtures', 'articles', 'eval');

function emptyTally(): Tally {
  return { tp: 0, fp: 0, fn: 0, persons: 0, found: 0, unlisted: 0, unlistedPossible: 0 };
}

function add(into: Tally, t: Tally): void {
  for (const k of Object.keys(into) as (keyof Tally)[]) into[k] += t[k];
}

/** Every place a label's text occurs. */
function occurrences(text: string, needle: string): [number, number][] {
  const out: [number, number][] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) out.push([at, at + needle.length]);
  return out;
}

function over(m: ArticleMention, places: readonly [number, number][]): boolean {
  return m.occurrences.some((o) => places.some(([s, e]) => o.start < e && s < o.end));
}

/** Whether a caption holds each expected word as the start of one of its words. */
export function captionHas(caption: string, expected: string): boolean {
  const words = tokenize(normalizeName(caption));
  return tokenize(normalizeName(expected)).every((w) => words.some((c) => c.startsWith(w)));
}

function scoreText(index: MatchIndex, name: string, text: string, persons: readonly Label[], notes: string[]): Tally {
  const t = emptyTally();
  const { mentions } = screenArticle(index, text);
  const labelled = new Set<string>();
  for (const p of persons) {
    const places = occurrences(text, p.text);
    if (places.length === 0) throw new Error(`${name}: label "${p.text}" does not occur in the text`);
    const over_ = mentions.filter((m) => over(m, places));
    over_.forEach((m) => labelled.add(m.id));
    t.persons++;
    if (over_.length > 0) t.found++;
    const listed = over_.filter((m) => m.verdict === 'listed');
    if (p.listed === false) {
      t.unlisted++;
      if (over_.length === 0) notes.push(`${name}: "${p.text}" (not listed) not found`);
      if (over_.some((m) => m.verdict === 'possible')) t.unlistedPossible++;
      if (listed.length > 0) {
        t.fp++;
        notes.push(`${name}: "${p.text}" is not listed, but was listed as ${listed[0].results[0].caption} (${listed[0].results[0].score})`);
      }
      continue;
    }
    const right = listed.some((m) => captionHas(m.results[0].caption, p.listed as string));
    if (right) t.tp++;
    else {
      t.fn++;
      const best = over_[0]?.results[0];
      notes.push(`${name}: "${p.text}" (${p.listed}) missed: ${over_.length === 0 ? 'not found' : `${over_[0].verdict}, best ${best ? `${best.caption} (${best.score})` : 'none'}`}`);
      if (listed.length > 0) t.fp++;
    }
  }
  for (const m of mentions) {
    if (labelled.has(m.id) || m.verdict !== 'listed') continue;
    if (m.kind === 'person') {
      t.fp++;
      notes.push(`${name}: unlabelled "${m.text}" listed as ${m.results[0].caption} (${m.results[0].score})`);
    } else notes.push(`${name}: organisation "${m.text}" listed as ${m.results[0].caption} (${m.results[0].score}) — not counted`);
  }
  return t;
}

/** Screen every evaluation text against the index and tally the verdicts. */
export function scoreArticles(index: MatchIndex, dir = ARTICLE_EVAL_DIR): ArticleEvalFigures {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const byLanguage = new Map<string, Tally>();
  const total = emptyTally();
  const notes: string[] = [];
  for (const file of files) {
    const label = labels.texts[file];
    if (!label) throw new Error(`${join(dir, 'labels.json')}: no labels for ${file}`);
    const t = scoreText(index, file, readFileSync(join(dir, file), 'utf8'), label.persons, notes);
    const lang = byLanguage.get(label.language) ?? emptyTally();
    add(lang, t);
    byLanguage.set(label.language, lang);
    add(total, t);
  }
  return { byLanguage, total, notes };
}

const pct = (n: number, d: number) => (d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`);

function row(name: string, t: Tally): string {
  return `| ${name} | ${t.persons} | ${pct(t.found, t.persons)} | ${t.tp + t.fn} | ${pct(t.tp, t.tp + t.fp)} | ${pct(t.tp, t.tp + t.fn)} | ${t.fp} | ${pct(t.unlistedPossible, t.unlisted)} |`;
}

/** The figures as markdown lines for eval/RESULTS.md. */
export function articleEvalMarkdown(f: ArticleEvalFigures): string[] {
  return [
    '## Article screening: "listed" verdicts on short news texts (test/fixtures/articles/eval)',
    '',
    'Texts written for this evaluation in Arabic, Russian and English, naming listed and unlisted persons with and',
    'without titles, in several transliterations and grammatical cases. Precision: listed verdicts that fall on a',
    'listed person with the right entry first; recall: listed persons so found. "Possible" on unlisted: unlisted',
    'persons whose best result came close enough to be shown for review.',
    '',
    '| language | persons | found | listed persons | precision | recall | false listed | "possible" on unlisted |',
    '|---|---|---|---|---|---|---|---|',
    ...[...f.byLanguage].map(([lang, t]) => row(lang, t)),
    row('all', f.total),
    '',
    ...(f.notes.length ? ['Misses, false listings and listed organisations:', '', ...f.notes.map((n) => `- ${n}`), ''] : []),
  ];
}

/** The markdown lines for eval/RESULTS.md, from screening every evaluation text against `index`. */
export function articleEvaluation(index: MatchIndex, dir = ARTICLE_EVAL_DIR): string[] {
  return articleEvalMarkdown(scoreArticles(index, dir));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { CURRENT_LISTS, readLists } = await import('./lists.js');
  const { dataDir } = await import('../src/cli/quickstart.js');
  const index = await buildIndex(await readLists(dataDir(), CURRENT_LISTS));
  process.stdout.write(`${articleEvaluation(index).join('\n')}\n`);
}
