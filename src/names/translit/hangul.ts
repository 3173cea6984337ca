/** Hangul → Latin. Placeholder until the Hangul tables land: no rendering yet. */
export function hangulToLatin(token: string): string[] {
  void token;
  return [];
}
