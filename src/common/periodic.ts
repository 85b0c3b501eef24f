import type { Logger } from 'pino';

export type PeriodicTask<TResult = unknown> = {
  /** One run now, after the run in progress (if any); resolves or rejects with its outcome. */
  runNow(): Promise<TResult>;
  /** Stops the timer and waits for the run in progress. */
  stop(): Promise<void>;
};

/**
 * Every background job of a server instance: runs `task` every `intervalMs` (and once at start
 * with `atStart`), one run at a time (a slow run delays the next instead of overlapping it); a
 * failure is logged with the job's name and the next run happens as planned.
 */
export function every<TResult>(
  intervalMs: number,
  name: string,
  logger: Logger,
  task: () => Promise<TResult>,
  { atStart = false }: { atStart?: boolean } = {},
): PeriodicTask<TResult> {
  let running: Promise<unknown> = Promise.resolve();
  const runNow = (): Promise<TResult> => {
    const run = running.then(task);
    running = run.catch((error: unknown) =>
      logger.error({ err: error, task: name }, 'periodic task failed'),
    );
    return run;
  };
  const runInBackground = () => void runNow().catch(() => undefined);
  if (atStart) runInBackground();
  const timer = setInterval(runInBackground, intervalMs);
  timer.unref();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
