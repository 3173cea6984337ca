/** Greek → Latin. Placeholder until the Greek tables land: no rendering yet. */
export function greekToLatin(token: string): string[] {
  void token;
  return [];
}
