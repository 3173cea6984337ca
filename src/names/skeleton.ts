/** Placeholder until the consonant-skeleton tables land: vowels dropped, doubles collapsed. */
export function consonantSkeleton(latin: string): string {
  let out = '';
  for (const ch of latin) {
    if ('aeiouy '.includes(ch)) continue;
    if (out.endsWith(ch)) continue;
    out += ch;
  }
  return out;
}
