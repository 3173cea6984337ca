/** Kana → Latin. Placeholder until the Kana tables land: no rendering yet. */
export function kanaToLatin(token: string): string[] {
  void token;
  return [];
}
