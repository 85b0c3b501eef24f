import { spawn } from 'node:child_process';
import fs, { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { jest } from '@jest/globals';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  bufferedDestination,
  createLogger,
  LOG_FLUSH_MS,
  type Logger,
} from '../../src/server/logger.js';
import { assertBuildIsCurrent } from '../faults/support/server-process.js';

// Standard output is written a buffer at a time (a write for each line cost a free-slots request
// a tenth of its server CPU), yet no line may wait long or be lost when the process exits.

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rathaus-log-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

// Counts the asynchronous writes the destination starts (sonic-boom calls fs.write), and passes
// each on.
let spy: { mock: { calls: unknown[] }; mockRestore(): void };

beforeEach(() => {
  spy = jest.spyOn(fs, 'write');
});

afterEach(() => {
  spy.mockRestore();
});

function writes(): number {
  return spy.mock.calls.length;
}

function linesOf(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Resolves with the file's lines once it holds `count` of them. */
async function whenWritten(path: string, count: number): Promise<Array<Record<string, unknown>>> {
  for (;;) {
    const lines = linesOf(path);
    if (lines.length >= count) return lines;
    await new Promise((resolve) => setTimeout(resolve, LOG_FLUSH_MS / 4));
  }
}

/** A timer that never comes while a test runs: only a full buffer or a flush writes. */
const NEVER_MS = 3_600_000;

/** Runs `use` with a logger whose buffered destination writes to a new file, and its path. */
async function withLogFile(
  name: string,
  flushMs: number,
  use: (logger: Logger, path: string) => Promise<void>,
): Promise<void> {
  const path = join(dir, name);
  const fd = openSync(path, 'w');
  try {
    await use(createLogger({ logLevel: 'info' }, bufferedDestination(fd, { flushMs })), path);
  } finally {
    closeSync(fd);
  }
}

it('writes the lines logged together in one go, within LOG_FLUSH_MS and without more logging', () =>
  withLogFile('together.log', LOG_FLUSH_MS, async (logger, path) => {
    for (let n = 1; n <= 10; n++) logger.info({ n }, 'request');
    // Still in the buffer: no write of its own for each line.
    expect(writes()).toBe(0);
    const lines = await whenWritten(path, 10);
    expect(lines.map((line) => line.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(writes()).toBe(1);
    // Each line's time as toISOString writes it (as pino's isoTime did).
    for (const { time } of lines) expect(new Date(time as string).toISOString()).toBe(time);
  }));

it('writes a full buffer at once, without waiting for the timer', () =>
  withLogFile('full.log', NEVER_MS, async (logger, path) => {
    // About 7.6 kB: one full buffer of 4 kB and the rest.
    for (let n = 1; n <= 40; n++) logger.info({ n, padding: 'x'.repeat(100) }, 'request');
    expect(writes()).toBe(1);
    const written = await whenWritten(path, 20);
    expect(written.map((line) => line.n)).toEqual(
      Array.from({ length: written.length }, (_, index) => index + 1),
    );
    expect(written.length).toBeLessThan(40);
  }));

it('writes what waits in the buffer when the logger is flushed, and then calls back', () =>
  withLogFile('flushed.log', NEVER_MS, async (logger, path) => {
    logger.info('before the banner');
    expect(writes()).toBe(0);
    await new Promise<void>((resolve, reject) =>
      logger.flush((error) => (error ? reject(error) : resolve())),
    );
    expect(linesOf(path).map((line) => line.msg)).toEqual(['before the banner']);
  }));

it('writes what is still in the buffer when the process exits, after a fatal error too', async () => {
  await assertBuildIsCurrent();
  const child = spawn(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const { createLogger } = await import('./dist/server/logger.js');
       const logger = createLogger({ logLevel: 'info' });
       logger.info('first');
       logger.fatal('last words');
       process.exit(3);`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  // 'close': the process exited and its output is read to the end.
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  expect(code).toBe(3);
  expect(
    output
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { msg: string }).msg),
  ).toEqual(['first', 'last words']);
});
