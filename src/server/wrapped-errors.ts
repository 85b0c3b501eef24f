/** What an error may wrap: GraphQL's originalError, a cause, an AggregateError's errors. */
type Wrapping = { cause?: unknown; originalError?: unknown; errors?: unknown };

/**
 * Whether `matches` holds for the error or for one it wraps, however deep (each error looked at
 * once, so that a cycle of causes ends): the database driver's error reaches the server wrapped
 * by MikroORM, by GraphQL, or in an AggregateError.
 */
export function someWrappedError(error: unknown, matches: (candidate: object) => boolean): boolean {
  const seen = new Set<unknown>();
  const visit = (candidate: unknown): boolean => {
    if (!candidate || typeof candidate !== 'object' || seen.has(candidate)) return false;
    seen.add(candidate);
    if (matches(candidate)) return true;
    const { cause, originalError, errors } = candidate as Wrapping;
    return visit(cause) || visit(originalError) || (Array.isArray(errors) && errors.some(visit));
  };
  return visit(error);
}
