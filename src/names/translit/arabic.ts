/** Arabic → Latin. Placeholder until the Arabic tables land: no rendering yet. */
export function arabicToLatin(token: string): string[] {
  void token;
  return [];
}
