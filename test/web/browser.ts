/**
 * What a browser test of the workbench needs: the workbench built (once, when missing or older
 * than its sources), Debian's Chromium driven by playwright-core (absent: skipped with the
 * reason, a failure under CI), an accessibility check with axe-core, and screenshots kept in
 * an artifacts folder for the run.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { chromium, type Browser, type Page } from 'playwright-core';
import { REPO_ROOT } from '../helpers/data.js';

export const CHROMIUM = process.env.GHIRBAL_CHROMIUM ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const WEB_SOURCES = join(REPO_ROOT, 'web');
export const WEB_BUILD = join(REPO_ROOT, 'dist', 'web');

/** Why the browser tests cannot run here, or null when they can (under CI, a reason is a failure). */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const msg = `Chromium not found at ${CHROMIUM}: install Debian's chromium (apt-get install chromium fonts-noto-core fonts-noto-cjk) or set GHIRBAL_CHROMIUM`;
  if (process.env.CI === 'true') throw new Error(msg);
  return msg;
}

function newestUnder(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const s = statSync(path);
    newest = Math.max(newest, s.isDirectory() ? newestUnder(path) : s.mtimeMs);
  }
  return newest;
}

/** Build the workbench when there is no build, or the sources changed since the last one. */
export function ensureBuilt(): void {
  const page = join(WEB_BUILD, 'index.html');
  if (existsSync(page) && statSync(page).mtimeMs >= newestUnder(WEB_SOURCES)) return;
  execFileSync(join(REPO_ROOT, 'node_modules', '.bin', 'vite'), ['build', '--config', join(WEB_SOURCES, 'vite.config.ts'), '--logLevel', 'warn'], {
    cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** One headless Chromium for a test file, with a fresh profile (playwright gives each launch its own). */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Where this run keeps its screenshots: GHIRBAL_ARTIFACTS, else a new temporary folder. */
export function artifactsDir(): string {
  const dir = process.env.GHIRBAL_ARTIFACTS ?? mkdtempSync(join(tmpdir(), 'ghirbal-web-artifacts-'));
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * A screenshot of the viewport into the artifacts; one the README shows (`docs`) is also written
 * to docs/screenshots when GHIRBAL_UPDATE_SCREENSHOTS=1, so the pictures there come from a real run.
 */
export async function screenshot(page: Page, dir: string, name: string, opts: { docs?: boolean } = {}): Promise<string> {
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  if (opts.docs && process.env.GHIRBAL_UPDATE_SCREENSHOTS === '1') {
    mkdirSync(join(REPO_ROOT, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(file, join(REPO_ROOT, 'docs', 'screenshots', `${name}.png`));
  }
  return file;
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's serious and critical findings on the page as it stands (WCAG 2 A and AA, and best practice). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol: the page's CSP (rightly) refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** A readable account of violations for an assertion message. */
export function describeViolations(violations: readonly AxeViolation[]): string {
  return violations.map((v) => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('\n');
}

export const WIDE = { width: 1280, height: 800 };
export const NARROW = { width: 400, height: 800 };

export interface OpenedPage {
  page: Page;
  /** Console errors and refused resources (a CSP refusal shows here). */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A page at `url` in a fresh context, signed in with `key` (kept in sessionStorage, as the
 * sign-in screen keeps it) unless null.
 */
export async function openPage(
  browser: Browser, url: string, key: string | null, opts: { viewport?: { width: number; height: number }; acceptDownloads?: boolean } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: opts.viewport ?? WIDE, acceptDownloads: opts.acceptDownloads ?? false });
  if (key) await context.addInitScript((k) => window.sessionStorage.setItem('ghirbal.apiKey', k), key);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // Without a stored key the page first asks the server whether it takes none: a 401 is the answer.
    if (m.type() === 'error' && !(key === null && /status of 401/.test(m.text()))) errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/** No serious or critical axe-core finding on the page as it stands. */
export async function assertAccessible(page: Page, screen: string): Promise<void> {
  const violations = await seriousViolations(page);
  assert.equal(violations.length, 0, `${screen}: ${describeViolations(violations)}`);
}

/** The page fits its window: nothing makes it scroll sideways. */
export async function assertFits(page: Page, screen: string): Promise<void> {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${screen}: ${scroll} px wide in a ${client} px window`);
}
