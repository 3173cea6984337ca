/**
 * Ship-type prefixes written before a vessel's name ("M/V ATLANTIC", "MT Konstantinovsk"):
 * the registered name is what follows, and lists write it with or without them.
 */
import { normalizeName, tokenize } from './normalize.js';

/** As written (M/V, MV, M.V.: motor vessel; MT: motor tanker; SS: steamship; FV: fishing vessel…). */
const PREFIXES: readonly string[] = [
  'M/V', 'MV', 'M.V.', 'M/T', 'MT', 'M.T.', 'M/S', 'MS', 'M.S.', 'MY', 'M/Y', 'S/S', 'SS', 'S.S.', 'F/V', 'FV',
  'MTS', 'LPG/C', 'LNG/C', 'RV', 'R/V', 'TB', 'T/B', 'Motor Vessel', 'Motor Tanker', 'Oil Tanker', 'Tanker',
  'Vessel', 'Ship', 'Tug', 'т/х', 'м/в', 'судно', 'танкер', 'теплоход',
];

const SEQUENCES: readonly (readonly string[])[] = PREFIXES.map((p) => tokenize(normalizeName(p))).sort((a, b) => b.length - a.length);

/** The tokens of a vessel's name without a ship-type prefix in front; a name that is nothing but one keeps it. */
export function removeVesselPrefix(tokens: readonly string[]): readonly string[] {
  for (const seq of SEQUENCES) {
    if (tokens.length > seq.length && seq.every((t, i) => tokens[i] === t)) return tokens.slice(seq.length);
  }
  return tokens;
}
