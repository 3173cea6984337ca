/** Han → Latin. Placeholder until the Han tables land: no rendering yet. */
export function hanToLatin(token: string): string[] {
  void token;
  return [];
}
