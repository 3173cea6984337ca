/** Georgian → Latin. Placeholder until the Georgian tables land: no rendering yet. */
export function georgianToLatin(token: string): string[] {
  void token;
  return [];
}
