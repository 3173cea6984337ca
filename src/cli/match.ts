/**
 * `ghirbal match`: screen names against every current list. Two forms:
 *   ghirbal match "Sergei Lavrov" [--schema Person] [--birth-date 1950] [--country ru]
 *     a table of scores for a person at a terminal, and the top hit's explanation;
 *   ghirbal match --jsonl [--threshold T] [--limit N] [--algorithm A] < queries.jsonl
 *     one FtM-style query per line in, one `{"id", "results"}` line out, best first. A line
 *     that cannot be read gives a line with an `error` naming it; the run goes on.
 */
import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { withStore, type GlobalOptions } from './context.js';
import { printJson, printTable } from './output.js';
import { indexCurrentLists, NO_LISTS } from './indexing.js';
import type { MatchIndex } from '../match/index.js';
import type { MatchOptions, MatchQuery } from '../match/query.js';
import { ALGORITHMS, DEFAULT_ALGORITHM, findAlgorithm } from '../match/algorithms/index.js';
import type { MatchResult } from '../match/types.js';
import { cleanQuery, screenQuery, QueryError, DEFAULT_LIMIT, type ScreenOptions } from '../screening/screen.js';

interface MatchCliOptions {
  jsonl?: boolean;
  threshold?: string;
  limit?: string;
  algorithm?: string;
  schema: string;
  birthDate?: string;
  country?: string;
}

/** A command-line mistake: printed as a usage error (exit code 2), not a crash. */
class UsageError extends Error {}

function parseOptions(o: MatchCliOptions): MatchOptions {
  const out: MatchOptions = {};
  if (o.threshold !== undefined) {
    const t = Number(o.threshold);
    if (!Number.isFinite(t) || t < 0 || t > 1) throw new UsageError(`--threshold must be a number from 0 to 1, got "${o.threshold}"`);
    out.threshold = t;
  }
  if (o.limit !== undefined) {
    const n = Number(o.limit);
    if (!Number.isInteger(n) || n < 1 || n > 500) throw new UsageError(`--limit must be a whole number from 1 to 500, got "${o.limit}"`);
    out.limit = n;
  }
  if (o.algorithm !== undefined) {
    if (!findAlgorithm(o.algorithm)) throw new UsageError(`unknown --algorithm "${o.algorithm}" (known: ${ALGORITHMS.map((a) => a.name).join(', ')})`);
    out.algorithm = o.algorithm;
  }
  return out;
}

/** Options as screening takes them: the algorithm's own threshold unless one is given. */
function screenOptions(o: MatchOptions): ScreenOptions {
  const algorithm = findAlgorithm(o.algorithm ?? DEFAULT_ALGORITHM)!;
  return { algorithm, threshold: o.threshold ?? algorithm.defaultThreshold, limit: o.limit ?? DEFAULT_LIMIT };
}

/** One query line → one output line; never throws. */
function answerLine(index: MatchIndex, line: string, lineNo: number, opts: ScreenOptions): object {
  let id: unknown = null;
  try {
    const query = JSON.parse(line) as MatchQuery;
    if (query === null || typeof query !== 'object' || Array.isArray(query)) throw new QueryError('not a JSON object');
    id = query.id ?? null;
    return { id, results: screenQuery(index, cleanQuery(query), opts).results };
  } catch (err) {
    const reason = err instanceof SyntaxError ? `not JSON (${err.message})` : (err as Error).message;
    return { id, results: [], error: `line ${lineNo}: ${reason}` };
  }
}

async function runJsonl(index: MatchIndex, opts: ScreenOptions): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(answerLine(index, line, lineNo, opts))}\n`);
  }
}

function printResults(results: MatchResult[], threshold: number): void {
  if (results.length === 0) {
    process.stdout.write('No candidates.\n');
    return;
  }
  printTable(
    ['#', 'score', 'match', 'schema', 'name', 'id', 'datasets'],
    results.map((r, i) => [i + 1, r.score.toFixed(3), r.match ? 'yes' : '', r.schema, r.caption, r.id, r.datasets.join(', ')]),
  );
  const top = results[0];
  process.stdout.write(`\nWhy #1 (${top.caption}) scores ${top.score.toFixed(3)} (match at ${threshold}):\n`);
  for (const [feature, e] of Object.entries(top.explanations)) {
    process.stdout.write(`  ${feature}: ${e.detail}${e.candidate ? `\n    query "${e.query}" · list "${e.candidate}"` : ''}\n`);
  }
}

export function register(program: Command): void {
  program
    .command('match')
    .description('Screen a name (or, with --jsonl, queries on standard input) against every current list')
    .argument('[name]', 'a name to screen')
    .option('--jsonl', 'read FtM-style queries, one JSON object per line, from standard input; write one result line each')
    .option('--threshold <t>', 'score from which a result is a match (default: the algorithm\'s, 0.75 for ghirbal-v1)')
    .option('--limit <n>', `results per query (default ${DEFAULT_LIMIT})`)
    .option('--algorithm <name>', `scoring algorithm: ${ALGORITHMS.map((a) => a.name).join(', ')} (default ${DEFAULT_ALGORITHM})`)
    .option('--schema <schema>', 'what the name is: Person, Company, Organization, LegalEntity, Vessel, Airplane…', 'LegalEntity')
    .option('--birth-date <date>', 'birth date or year, to corroborate (or contradict) a name')
    .option('--country <country>', 'nationality or country (code or name)')
    .action(async (name: string | undefined, o: MatchCliOptions, cmd: Command) => {
      const g = cmd.optsWithGlobals<GlobalOptions>();
      try {
        const opts = screenOptions(parseOptions(o));
        if (!o.jsonl && !name) throw new UsageError('give a name to screen, or --jsonl to read queries from standard input');
        if (o.jsonl && name) throw new UsageError('give either a name or --jsonl, not both');
        await withStore(g, async (store) => {
          const index = await indexCurrentLists(store, g);
          if (!index) throw new UsageError(NO_LISTS);
          if (o.jsonl) return runJsonl(index, opts);
          const properties: Record<string, string[]> = { name: [name!] };
          if (o.birthDate) properties.birthDate = [o.birthDate];
          if (o.country) properties.country = [o.country];
          const query: MatchQuery = { schema: o.schema, properties };
          const { results } = screenQuery(index, cleanQuery(query), opts);
          if (g.json) return printJson({ query, results });
          printResults(results, opts.threshold);
        });
      } catch (err) {
        if (!(err instanceof UsageError || err instanceof QueryError)) throw err;
        process.stderr.write(`ghirbal match: ${err.message}\n`);
        process.exitCode = 2;
      }
    });
}
