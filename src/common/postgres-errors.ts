/** SQLSTATE codes Rathaus reacts to (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
export const SqlState = {
  uniqueViolation: '23505',
  exclusionViolation: '23P01',
  deadlockDetected: '40P01',
} as const;

/**
 * The SQLSTATE and constraint of a database error, as MikroORM passes them through. MikroORM does
 * not map exclusion violations to an exception class of its own, so callers compare codes.
 */
export function postgresErrorOf(
  error: unknown,
): { code: string; constraint: string | null } | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const { code } = error as { code: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  const constraint = (error as { constraint?: unknown }).constraint;
  return { code, constraint: typeof constraint === 'string' ? constraint : null };
}
