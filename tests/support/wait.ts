/**
 * Resolves once `condition` holds: checked at once, then every `intervalMs`. For state a test
 * cannot subscribe to (a row, a counter of the server, a pool that recovers); an event the test
 * can hear is awaited directly instead. Rejects naming `what` when `timeoutMs` passed first.
 */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string | (() => string),
  { timeoutMs = 5000, intervalMs = 10 }: { timeoutMs?: number; intervalMs?: number } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`not within ${timeoutMs} ms: ${typeof what === 'string' ? what : what()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
