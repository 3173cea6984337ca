/**
 * Greek → Latin: ELOT 743 (the Greek standard, also the UN's and Greek passports'), ISO 843
 * letter-for-letter, and the spellings English writes Greek names in, where the digraphs are
 * read as sounds (αι → e, ει/οι → i, μπ → b, ντ → d, ου → u). Tables are data at the top; the
 * rule engine is the one the Cyrillic module compiles its standards with.
 */
import { compileRules, renderDistinct, type RuleSpec } from './rules.js';

const GREEK_VOWELS = 'αεηιουω';

/** Letter by letter, the values every standard shares (ELOT 743 single letters). */
const LETTERS: Readonly<Record<string, string>> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l',
  μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f',
  χ: 'ch', ψ: 'ps', ω: 'o',
  // Variant letter forms that NFKC leaves alone.
  ϐ: 'v', ϑ: 'th', ϕ: 'f', ϖ: 'p', ϰ: 'k', ϱ: 'r', ϲ: 's',
};

/** Consonants before which αυ, ευ, ηυ are voiceless (af, ef, if) in ELOT 743. */
const VOICELESS = 'θκξπστφχψς';

/** αυ ευ ηυ → av ev iv, but af ef if before a voiceless consonant, rendered as the table renders it. */
function withUpsilonDiphthongs(letters: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...letters, αυ: 'av', ευ: 'ev', ηυ: 'iv' };
  for (const c of VOICELESS) {
    out[`αυ${c}`] = `af${letters[c]}`;
    out[`ευ${c}`] = `ef${letters[c]}`;
    out[`ηυ${c}`] = `if${letters[c]}`;
  }
  return out;
}

const ELOT_DIGRAPHS = {
  ου: 'ou', αι: 'ai', ει: 'ei', οι: 'oi', υι: 'yi', γγ: 'ng', γκ: 'gk', γξ: 'nx', γχ: 'nch', μπ: 'mp', ντ: 'nt',
};

/** Read as sounds, μπ ντ γκ are b d g at the start of a word (Greek has no other way to write them there). */
const STOPS_AT_START = { μπ: 'b', ντ: 'd', γκ: 'g' };

/** Digraphs read as sounds, as English spells Greek names (Dimitris, Vladimir, Ekaterini). */
const SOUND_DIGRAPHS = {
  ...ELOT_DIGRAPHS, αι: 'e', ει: 'i', οι: 'i', υι: 'i', μπ: 'b', ντ: 'd', γκ: 'ng', υ: 'i',
};

const STANDARDS: readonly RuleSpec[] = [
  /** ELOT 743 / UN 1987 / Greek passports: μπ is b only at either end of a word (Georgios, Mitsotakis, Ntora). */
  { letters: withUpsilonDiphthongs({ ...LETTERS, ...ELOT_DIGRAPHS }), initial: { μπ: 'b' }, final: { μπ: 'b' } },
  /** English spelling by sound: Dimitris, Vladimir, Poutin, Dora. */
  { letters: withUpsilonDiphthongs({ ...LETTERS, ...SOUND_DIGRAPHS }), initial: STOPS_AT_START },
  /** The same with ου → u and χ → h: Putin, Hristos. */
  { letters: withUpsilonDiphthongs({ ...LETTERS, ...SOUND_DIGRAPHS, ου: 'u', χ: 'h' }), initial: STOPS_AT_START },
  /** BGN/PCGN 1962, in older list entries: δ → dh, χ → kh, γ → y before front vowels (Yeoryios, Dhimitrios). */
  {
    letters: withUpsilonDiphthongs({
      ...LETTERS, ...ELOT_DIGRAPHS, δ: 'dh', χ: 'kh', μπ: 'mb', ντ: 'nd', γκ: 'ng', γε: 'ye', γι: 'yi', γη: 'yi',
      γυ: 'yi', γει: 'yi', γοι: 'yi', γαι: 'ye',
    }),
    initial: STOPS_AT_START,
  },
  /** ISO 843 transliteration, one Latin letter or pair per Greek letter: αυ → au, μπ → mp. */
  { letters: { ...LETTERS, ου: 'ou', αυ: 'au', ευ: 'eu', ηυ: 'iu' } },
  /** Classical names as English spells them: β → b, η → e, φ → ph, κ → c, αι → ae, οι → oe (Socrates). */
  { letters: withUpsilonDiphthongs({ ...LETTERS, ...ELOT_DIGRAPHS, β: 'b', η: 'e', φ: 'ph', κ: 'c', αι: 'ae', οι: 'oe' }) },
];

const COMPILED = STANDARDS.map((s) => compileRules(s, GREEK_VOWELS));

const MAX_RENDERINGS = 8;

/** Latin renderings of a normalised Greek token, ELOT 743 first. */
export function greekToLatin(token: string): string[] {
  return renderDistinct(token, COMPILED, MAX_RENDERINGS);
}
