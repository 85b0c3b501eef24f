/**
 * Turns what a citizen types into search terms. Only letters and digits survive, so a term can be
 * placed in a tsquery and a LIKE pattern without escaping; at most 8 terms count.
 */
export function searchTerms(query: string | null | undefined): string[] {
  if (!query) return [];
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
}
