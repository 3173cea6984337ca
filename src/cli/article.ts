/**
 * `ghirbal article FILE|-`: the persons and organisations a news text names, each screened
 * against every current list, and the sanctions actions it reports. JSON on a pipe or with
 * --json; a readable view on a terminal; with --html, a page with the text and its mentions
 * highlighted. `-` reads the text from standard input.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable } from './output.js';
import { indexCurrentLists, NO_LISTS } from './indexing.js';
import { countryName } from '../model/countries.js';
import { ArticleError, screenArticle, type ArticleOptions, type ArticleScreening } from '../screening/article.js';
import { articleHtml, describeAction } from '../screening/article-html.js';

interface ArticleCliOptions {
  html?: boolean;
  threshold?: string;
  possible?: string;
  limit?: string;
  algorithm?: string;
}

/** A command-line mistake: printed as a usage error (exit code 2), not a crash. */
class UsageError extends Error {}

function numberOption(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${raw}"`);
  return n;
}

function articleOptions(o: ArticleCliOptions): ArticleOptions {
  return { threshold: numberOption('threshold', o.threshold), possible: numberOption('possible', o.possible), limit: numberOption('limit', o.limit), algorithm: o.algorithm };
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The article's text: UTF-8 (a byte-order mark dropped); a file with NUL bytes is not text. */
async function readArticle(source: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = source === '-' ? await readStdin() : await readFile(source);
  } catch (err) {
    throw new UsageError(`cannot read ${source}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
  const name = source === '-' ? 'standard input' : source;
  if (bytes.includes(0)) throw new UsageError(`${name} is not a text file (it holds NUL bytes)`);
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  if (text.includes('\ufffd')) process.stderr.write(`ghirbal article: ${name} is not all valid UTF-8; unreadable bytes were replaced\n`);
  return text;
}

const VERDICT_WORDS = { listed: 'LISTED', possible: 'possible', not_listed: '' } as const;

function printView(source: string, s: ArticleScreening): void {
  const removed = s.furniture.length > 0 ? ` · page furniture left out: ${[...new Set(s.furniture.map((f) => f.kind))].join(', ')}` : '';
  process.stdout.write(`${source}: ${s.language} (${s.script}, ${s.direction === 'rtl' ? 'right to left' : 'left to right'}) · ${s.length} characters${removed}\n\n`);
  if (s.mentions.length === 0) process.stdout.write('No persons or organisations found.\n');
  else {
    printTable(
      ['#', 'verdict', 'kind', 'as written', 'Latin', 'role', 'country', 'best list entry', 'score'],
      s.mentions.map((m) => {
        const top = m.results[0];
        return [
          m.id, VERDICT_WORDS[m.verdict], m.kind, `${m.text}${m.occurrences.length > 1 ? ` ×${m.occurrences.length}` : ''}`, m.latin,
          m.role, m.country ? (countryName(m.country) ?? m.country) : '', top ? `${top.caption} (${top.id})` : '', top ? top.score.toFixed(3) : '',
        ];
      }),
    );
  }
  if (s.actions.length > 0) {
    process.stdout.write('\nSanctions actions reported:\n');
    for (const a of s.actions) process.stdout.write(`  - ${describeAction(a)}\n`);
  }
  const flagged = s.mentions.filter((m) => m.verdict !== 'not_listed').length;
  process.stdout.write(`\n${s.mentions.length} mentions, ${flagged} listed or possibly listed (match at ${s.screening.threshold}, possible from ${s.screening.possible}).\n`);
}

export function register(program: Command): void {
  program
    .command('article')
    .description('Find the persons and organisations a news text names (Arabic, English, Russian…) and screen them against every current list')
    .argument('<file>', 'a text file, or - to read standard input')
    .option('--html', 'write an HTML page: the text with its mentions highlighted and linked to their list entries')
    .option('--threshold <t>', "score from which a mention is listed (default: the algorithm's, 0.75 for ghirbal-v1)")
    .option('--possible <p>', 'best score from which a mention is possibly listed (default 0.6)')
    .option('--limit <n>', 'list entries shown per mention (default 5)')
    .option('--algorithm <name>', 'scoring algorithm (default ghirbal-v1)')
    .action(async (file: string, o: ArticleCliOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      try {
        const options = articleOptions(o);
        const text = await readArticle(file);
        await withStore(g, async (store) => {
          const index = await indexCurrentLists(store, g);
          if (!index) throw new UsageError(NO_LISTS);
          const screened = screenArticle(index, text, options);
          if (o.html) process.stdout.write(articleHtml(text, screened));
          else if (g.json || !process.stdout.isTTY) printJson({ source: file, ...screened });
          else printView(file, screened);
        });
      } catch (err) {
        if (!(err instanceof UsageError || err instanceof ArticleError)) throw err;
        process.stderr.write(`ghirbal article: ${err.message}\n`);
        process.exitCode = 2;
      }
    });
}
