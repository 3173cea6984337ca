/**
 * The workbench's speed against issue #8's targets, in a process of its own: the JavaScript and
 * CSS the search page loads on a first visit (as the server sends them, gzipped), the time from
 * navigation to the first results of a linked search (`/?q=…`), and the time from an analyst's
 * last keystroke to the results on screen, for listed names typed key by key at a human pace.
 * Debian's Chromium (headless) drives the built workbench against `ghirbal serve` over the store
 * that argv[2] names (every list ingested), started in a process of its own (server-child).
 * The times are the page's own performance marks (web/src/screens/Search.tsx). Prints one JSON
 * line, or `{problem}` when the measurement cannot run here.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from '../eval/paths.js';
import { PERTURBATIONS } from '../eval/perturb.js';
import { sample, seededRandom } from '../eval/rng.js';
import { isMatchable } from '../src/model/schema.js';
import { textScripts } from '../src/names/script.js';
import { openStore } from '../src/store/open.js';

const CHROMIUM = process.env.GHIRBAL_CHROMIUM ?? '/usr/bin/chromium';
/** The flags issue #8 names; playwright gives each launch a fresh user-data dir of its own. */
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
/** 24 listed names as written, 8 with one typo, 4 + 4 in their own script. */
const AS_WRITTEN = 24;
const WITH_TYPO = 8;
const PER_OWN_SCRIPT = 4;
const OWN_SCRIPTS = ['Arabic', 'Cyrillic'] as const;
/** Cold first visits (a new browser context each: empty cache); the median is reported. */
const FIRST_LOADS = 5;
/** Names an analyst would type whole; long company names are pasted, not typed. */
const MIN_LENGTH = 6;
const MAX_LENGTH = 32;
const VIEWPORT = { width: 1280, height: 800 };

const root = repoRoot();
const webBuild = join(root, 'dist', 'web');
const fromSource = import.meta.url.endsWith('.ts');

function newestUnder(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const s = statSync(join(dir, name));
    newest = Math.max(newest, s.isDirectory() ? newestUnder(join(dir, name)) : s.mtimeMs);
  }
  return newest;
}

/** Build the workbench when there is no build or its sources changed since (the server serves dist/web). */
function ensureWebBuilt(): void {
  const page = join(webBuild, 'index.html');
  if (existsSync(page) && statSync(page).mtimeMs >= newestUnder(join(root, 'web'))) return;
  execFileSync('npm', ['run', '--silent', 'build:web'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

function typeable(name: string): boolean {
  return name.length >= MIN_LENGTH && name.length <= MAX_LENGTH;
}

/** A seeded sample of listed names: Latin ones as written and with a typo, and own-script ones. */
async function namesToType(storePath: string): Promise<string[]> {
  const store = await openStore(storePath);
  // Names written in one script only, by script.
  const byScript = new Map<string, Set<string>>();
  for await (const e of store.allCurrentEntities()) {
    if (!isMatchable(e.schema)) continue;
    for (const name of [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]) {
      const scripts = textScripts(name);
      if (!typeable(name) || scripts.length !== 1) continue;
      if (!byScript.has(scripts[0])) byScript.set(scripts[0], new Set());
      byScript.get(scripts[0])!.add(name);
    }
  }
  const inScript = (script: string) => [...(byScript.get(script) ?? [])].sort();
  await store.close();
  const rand = seededRandom(8);
  const typo = PERTURBATIONS.find(([kind]) => kind === 'typo')![1];
  const picked = sample(rand, inScript('Latin'), AS_WRITTEN + WITH_TYPO);
  return [
    ...picked.slice(0, AS_WRITTEN),
    ...picked.slice(AS_WRITTEN).map((name) => typo(name, rand, true)),
    ...OWN_SCRIPTS.flatMap((script) => sample(rand, inScript(script), PER_OWN_SCRIPT)),
  ];
}

/** `ghirbal serve` over the store in a process of its own, answering once its index is built. */
async function startServerChild(storePath: string): Promise<{ url: string; key: string; child: ChildProcess }> {
  const script = join(dirname(fileURLToPath(import.meta.url)), `server-child${fromSource ? '.ts' : '.js'}`);
  const child = spawn(process.execPath, [...(fromSource ? ['--import', 'tsx'] : []), script, storePath], { stdio: ['pipe', 'pipe', 'inherit'] });
  for await (const line of createInterface({ input: child.stdout! })) {
    const { url, key } = JSON.parse(line) as { url: string; key: string };
    return { url, key, child };
  }
  throw new Error(`the server process ended before answering (exit code ${child.exitCode})`);
}

/** Ends the server (it stops when its standard input does) and waits for it. */
function stopServerChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    child.once('exit', () => done());
    child.stdin!.end();
  });
}

/*
 * Checks the page polls for are functions: the page's CSP (rightly) refuses a string to evaluate.
 * They declare no named function, for which tsx would add a helper the page lacks.
 */
/** Navigation start → results on screen of the search the URL carries (the page's own measure). */
function firstResults(): { ms: number } | null {
  const m = performance.getEntriesByName('ghirbal:request-to-results', 'measure')[0];
  return m ? { ms: m.startTime + m.duration } : null;
}

/** The last keystroke → results measure: the one that starts at the latest keystroke mark. */
function lastKeystrokeToResults(): { ms: number } | null {
  const marks = performance.getEntriesByName('ghirbal:keystroke', 'mark');
  const last = marks[marks.length - 1];
  const m = last && performance.getEntriesByName('ghirbal:keystroke-to-results', 'measure').find((e) => e.startTime === last.startTime);
  return m ? { ms: m.duration } : null;
}

function searchIdle(): boolean {
  return document.querySelector('[role=status]')?.textContent?.startsWith('Type a name') === true;
}

/** Bytes received per kind of resource (encoded: gzipped when the server gzipped it). */
const RECEIVED = `(() => {
  const bytes = { js: 0, css: 0 };
  for (const r of performance.getEntriesByType('resource')) {
    const kind = new URL(r.name).pathname.split('.').pop();
    if (kind in bytes) bytes[kind] += r.encodedBodySize;
  }
  return bytes;
})()`;
const CLEAR_MARKS = 'performance.clearMarks(); performance.clearMeasures();';

interface FirstLoad {
  ms: number;
  js: number;
  css: number;
}

/** One cold visit to a linked search, signed in (the key where the sign-in screen keeps it). */
async function firstLoad(browser: Browser, url: string, key: string, name: string): Promise<FirstLoad> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: `sessionStorage.setItem('ghirbal.apiKey', ${JSON.stringify(key)});` });
  const page = await context.newPage();
  await page.goto(`${url}/?q=${encodeURIComponent(name)}`);
  const { ms } = await (await page.waitForFunction(firstResults)).jsonValue() as { ms: number };
  const bytes = await page.evaluate(RECEIVED) as { js: number; css: number };
  await context.close();
  return { ms, ...bytes };
}

async function signIn(page: Page, url: string, key: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByLabel('Name, in any script, or identifier').waitFor();
}

/** Type a name into the emptied search box key by key; ms from its last keystroke to its results. */
async function keystrokeToResults(page: Page, name: string, delayMs: number): Promise<number> {
  const box = page.getByLabel('Name, in any script, or identifier');
  await box.fill('');
  await page.waitForFunction(searchIdle);
  await page.evaluate(CLEAR_MARKS);
  await page.keyboard.type(name, { delay: delayMs });
  const { ms } = await (await page.waitForFunction(lastKeystrokeToResults)).jsonValue() as { ms: number };
  return ms;
}

/** The value at quantile q of ascending values (nearest rank). */
function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)];
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;

async function measure(storePath: string): Promise<object> {
  if (!existsSync(CHROMIUM)) return { problem: `Chromium not found at ${CHROMIUM} (apt-get install chromium, or set GHIRBAL_CHROMIUM)` };
  ensureWebBuilt();
  const names = await namesToType(storePath);
  if (names.length === 0) return { problem: `no listed names in ${storePath}` };
  const server = await startServerChild(storePath);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  try {
    const loads: FirstLoad[] = [];
    for (const n of names.slice(0, FIRST_LOADS)) loads.push(await firstLoad(browser, server.url, server.key, n));
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await signIn(page, server.url, server.key);
    const rand = seededRandom(80);
    const times: number[] = [];
    // A typist's pace differs from name to name: 80–120 ms between keys.
    for (const n of names) times.push(await keystrokeToResults(page, n, 80 + Math.round(rand() * 40)));
    await context.close();
    times.sort((a, b) => a - b);
    const loadTimes = loads.map((l) => l.ms).sort((a, b) => a - b);
    return {
      jsKbGzip: kb(loads[0].js),
      cssKbGzip: kb(loads[0].css),
      firstLoadMs: Math.round(quantile(loadTimes, 0.5)),
      keystrokeMedianMs: Math.round(quantile(times, 0.5)),
      keystrokeP90Ms: Math.round(quantile(times, 0.9)),
      keystrokeMaxMs: Math.round(times[times.length - 1]),
      queries: times.length,
    };
  } finally {
    await browser.close();
    await stopServerChild(server.child);
  }
}

process.stdout.write(`${JSON.stringify(await measure(process.argv[2]))}\n`);
