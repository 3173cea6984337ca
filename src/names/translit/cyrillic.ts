/** Cyrillic → Latin. Placeholder until the Cyrillic tables land: no rendering yet. */
export function cyrillicToLatin(token: string): string[] {
  void token;
  return [];
}
