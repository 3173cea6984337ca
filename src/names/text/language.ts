/**
 * The language and script of a text: the script most of its letters are in, then, among the
 * languages written in it, the one whose common words it uses most. Letters that only one
 * language of a script has (Persian پ چ ژ گ, Ukrainian і ї є ґ) settle it early.
 */
import { normalizeName } from '../normalize.js';
import { charScript, type Script } from '../script.js';
import { STOPWORDS, type TextLanguage } from './stopwords-data.js';
import { phraseKey, type TextToken } from './tokens.js';

export interface TextLanguageInfo {
  /** ISO 639-1 code, or "und" when the text has too few words to tell. */
  language: TextLanguage | 'und';
  script: Script | 'Unknown';
  /** How the text runs: right to left for Arabic and Hebrew script. */
  direction: 'rtl' | 'ltr';
}

const LANGUAGES_BY_SCRIPT: Readonly<Partial<Record<Script, readonly TextLanguage[]>>> = {
  Arabic: ['ar', 'fa'],
  Latin: ['en', 'fr', 'tr', 'de', 'es'],
  Cyrillic: ['ru', 'uk'],
};
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['Arabic', 'Hebrew']);
/** Letters of one language only, within its script. */
const MARKER_LETTERS: readonly [RegExp, TextLanguage][] = [
  [/[پچژگ]/gu, 'fa'],
  [/[іїєґ]/gu, 'uk'],
  [/[ğış]/gu, 'tr'],
];
/** How many marker letters make the language, whatever the common words say. */
const MARKERS_NEEDED = 3;

const STOPWORD_SETS: ReadonlyMap<TextLanguage, ReadonlySet<string>> = new Map(
  Object.entries(STOPWORDS).map(([lang, words]) => [lang as TextLanguage, new Set(words.map((w) => phraseKey(normalizeName(w))))]),
);

/** Whether a token is a common word of the language (never part of a name). */
export function isStopword(token: TextToken, language: TextLanguage | 'und'): boolean {
  if (language === 'und') return false;
  return STOPWORD_SETS.get(language)?.has(token.key) ?? false;
}

function dominantScript(text: string): Script | 'Unknown' {
  const counts = new Map<Script, number>();
  for (const ch of text) {
    const s = charScript(ch);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: Script | 'Unknown' = 'Unknown';
  let bestCount = 0;
  for (const [s, n] of counts) {
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

function markerLanguage(text: string, candidates: readonly TextLanguage[]): TextLanguage | null {
  for (const [letters, lang] of MARKER_LETTERS) {
    if (!candidates.includes(lang)) continue;
    if ((text.match(letters)?.length ?? 0) >= MARKERS_NEEDED) return lang;
  }
  return null;
}

/** The language and script of a text, from its tokens (tokenizeText) and its letters. */
export function detectLanguage(text: string, tokens: readonly TextToken[]): TextLanguageInfo {
  const script = dominantScript(text);
  const direction = RIGHT_TO_LEFT.has(script) ? 'rtl' : 'ltr';
  const candidates = script === 'Unknown' ? [] : (LANGUAGES_BY_SCRIPT[script] ?? []);
  if (candidates.length === 0) return { language: 'und', script, direction };
  const marked = markerLanguage(text, candidates);
  if (marked) return { language: marked, script, direction };
  let best: TextLanguage | 'und' = 'und';
  let bestCount = 0;
  for (const lang of candidates) {
    const words = STOPWORD_SETS.get(lang);
    if (!words) continue;
    let n = 0;
    for (const t of tokens) if (t.script === script && words.has(t.key)) n++;
    if (n > bestCount) {
      best = lang;
      bestCount = n;
    }
  }
  return { language: bestCount > 0 ? best : candidates[0], script, direction };
}
