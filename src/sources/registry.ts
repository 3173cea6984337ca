/**
 * The formats Ghirbal reads, and how paths given on the command line become bundles:
 * folders are walked, each file is claimed by exactly one format, and files that belong
 * together (OFAC's sdn/alt/add, the EU's CELEX files) become one bundle, one dataset version.
 */
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { readHead } from './read.js';
import { SourceError, type SourceFormat } from './types.js';
import { ofacCsv } from './ofac-csv.js';
import { ofacXml } from './ofac-xml.js';
import { ofacEnhanced } from './ofac-enhanced.js';
import { unXml } from './un-xml.js';
import { ukConlist } from './uk-conlist.js';
import { bisDpl } from './bis-dpl.js';
import { euJournal } from './eu-journal.js';
import { usCsl } from './us-csl.js';
import { ftmJson } from './ftm-json.js';

export const FORMATS: readonly SourceFormat[] = [
  ofacCsv, ofacXml, ofacEnhanced, unXml, ukConlist, bisDpl, euJournal, usCsl, ftmJson,
];

export function formatByName(name: string): SourceFormat {
  const f = FORMATS.find((x) => x.name === name);
  if (!f) throw new Error(`Unknown format "${name}". Known: ${FORMATS.map((x) => x.name).join(', ')}`);
  return f;
}

export interface Bundle {
  format: SourceFormat;
  /** Absolute paths; the first is the file that was detected. */
  files: string[];
}

/** The format that claims a file, or a SourceError saying none does. */
export async function detectFormat(path: string): Promise<SourceFormat> {
  const head = await readHead(path);
  if (head.length === 0) throw new SourceError('empty file', basename(path));
  const f = FORMATS.find((x) => x.detect(path, head));
  if (!f) {
    throw new SourceError(
      `not a list format Ghirbal reads (tried ${FORMATS.map((x) => x.name).join(', ')}); use --format to force one`,
      basename(path),
    );
  }
  return f;
}

async function expand(path: string): Promise<string[]> {
  const abs = resolve(path);
  const s = await stat(abs).catch(() => null);
  if (!s) throw new SourceError('no such file or folder', path);
  if (!s.isDirectory()) return [abs];
  const out: string[] = [];
  for (const name of (await readdir(abs)).sort()) {
    if (name.startsWith('.')) continue;
    out.push(...(await expand(join(abs, name))));
  }
  return out;
}

/**
 * Paths (files or folders) → bundles, in the order given. A file already taken as another
 * bundle's companion is not read twice. With `forced`, every file is read by that format.
 * Inside folders, files no format claims are skipped (and named in `skipped`); a file named
 * directly on the command line that no format claims is an error.
 */
export async function bundlesFor(
  paths: string[],
  forced?: SourceFormat,
): Promise<{ bundles: Bundle[]; skipped: string[] }> {
  const bundles: Bundle[] = [];
  const skipped: string[] = [];
  const taken = new Set<string>();
  for (const p of paths) {
    const isDir = (await stat(resolve(p)).catch(() => null))?.isDirectory() ?? false;
    for (const file of await expand(p)) {
      if (taken.has(file)) continue;
      let format = forced;
      if (!format) {
        try {
          format = await detectFormat(file);
        } catch (err) {
          if (isDir && err instanceof SourceError) {
            skipped.push(file);
            continue;
          }
          throw err;
        }
      }
      const files = [file, ...(format.companions?.(file) ?? []).map((c) => resolve(c)).filter((c) => c !== file)];
      for (const f of files) taken.add(f);
      bundles.push({ format, files });
    }
  }
  return { bundles, skipped };
}
