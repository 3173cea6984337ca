/** Hebrew → Latin. Placeholder until the Hebrew tables land: no rendering yet. */
export function hebrewToLatin(token: string): string[] {
  void token;
  return [];
}
