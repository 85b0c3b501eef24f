import type { Logger } from 'pino';

export type PeriodicTask = { stop(): Promise<void> };

/**
 * Runs `task` every `intervalMs`, one run at a time (a slow run delays the next instead of
 * overlapping it); a failure is logged and the next run happens as planned. `stop` waits for the
 * run in progress.
 */
export function every(
  intervalMs: number,
  name: string,
  logger: Logger,
  task: () => Promise<unknown>,
): PeriodicTask {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running
      .then(task)
      .catch((error: unknown) => logger.error({ err: error, task: name }, 'periodic task failed'));
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
