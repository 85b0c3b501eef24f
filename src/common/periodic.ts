import type { Logger } from 'pino';

export type PeriodicTask<TResult = unknown> = {
  /** One run now, after the run in progress (if any); resolves or rejects with its outcome. */
  runNow(): Promise<TResult>;
  /** Stops the timer and waits for the run in progress. */
  stop(): Promise<void>;
};

/** How one run of a job ended. */
export type JobRun = { job: string; failed: boolean; seconds: number };

export type JobRunWatcher = (run: JobRun) => void;

// The jobs are the process's (main.ts starts them next to the server); the server's metrics
// watch them here rather than through every job's signature.
const watchers = new Set<JobRunWatcher>();

/** Calls `watcher` after each run of every job in this process, until the returned stop. */
export function watchJobRuns(watcher: JobRunWatcher): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

function report(run: JobRun): void {
  for (const watcher of watchers) watcher(run);
}

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
  const timed = async (): Promise<TResult> => {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const result = await task();
      report({ job: name, failed: false, seconds: seconds() });
      return result;
    } catch (error) {
      report({ job: name, failed: true, seconds: seconds() });
      throw error;
    }
  };
  const runNow = (): Promise<TResult> => {
    const run = running.then(timed);
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
