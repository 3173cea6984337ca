/** Armenian → Latin. Placeholder until the Armenian tables land: no rendering yet. */
export function armenianToLatin(token: string): string[] {
  void token;
  return [];
}
