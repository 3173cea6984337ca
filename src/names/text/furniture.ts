/**
 * Page furniture found and blanked out without moving the story: the furniture's characters
 * become spaces (line breaks stay), so every offset into the cleaned text is the same offset
 * into the original. The patterns are data (furniture-data.ts).
 */
import { FURNITURE, type FurnitureKind } from './furniture-data.js';

export interface Furniture {
  kind: FurnitureKind;
  start: number;
  end: number;
  text: string;
}

/** The furniture in a text, in order, overlaps merged (the first pattern's kind kept). */
export function findFurniture(text: string): Furniture[] {
  const found: Furniture[] = [];
  for (const { kind, pattern } of FURNITURE) {
    for (const m of text.matchAll(pattern)) {
      if (m[0].trim().length === 0) continue;
      found.push({ kind, start: m.index!, end: m.index! + m[0].length, text: m[0] });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Furniture[] = [];
  for (const f of found) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      if (f.end > last.end) {
        last.end = f.end;
        last.text = text.slice(last.start, last.end);
      }
    } else merged.push({ ...f });
  }
  return merged;
}

/** The text with the furniture blanked: same length, same offsets, line breaks kept. */
export function blankFurniture(text: string, furniture: readonly Furniture[]): string {
  let out = '';
  let at = 0;
  for (const f of furniture) {
    out += text.slice(at, f.start) + text.slice(f.start, f.end).replace(/[^\n]/g, ' ');
    at = f.end;
  }
  return out + text.slice(at);
}
