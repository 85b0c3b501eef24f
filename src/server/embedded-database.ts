import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { cp, readFile, rename, rmdir, writeFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Config } from './config.js';
import type { WorkerInput, WorkerMessage } from './embedded-database-worker.js';

export type EmbeddedDatabase = {
  url: string;
  /**
   * Writes the server's address into the lock, so that whoever is refused learns where it runs,
   * and its admin endpoint, through which the command line reaches the database.
   */
  announce(serverUrl: string, admin: AdminAccess): Promise<void>;
  stop(): Promise<void>;
  /**
   * Calls `listener` when PostgreSQL panics (its disk is full when its write-ahead log needs a new
   * segment, say): it stopped, and serves no more until the process is restarted.
   */
  onPanic(listener: (panic: EmbeddedDatabasePanic) => void): void;
  /** True when this start made the database by copying the template. */
  fromTemplate: boolean;
};

/** PostgreSQL's PANIC that stopped the embedded database: its SQLSTATE and message. */
export type EmbeddedDatabasePanic = { code: string; message: string };

/** The server's admin endpoint (src/server/admin-endpoint.ts) and the token it takes. */
export type AdminAccess = { url: string; token: string };

/** Who holds the embedded database: what another process is told when it is refused. */
export type LockHolder = {
  pid: number;
  /** `server`: dist/server/main.js; `command line`: an admin command (dist/server/cli.js). */
  holder: 'server' | 'command line';
  /** The server's address once it listens; null while it starts and for the command line. */
  url: string | null;
  /** Set once the server listens; the lock file is readable by its owner alone. */
  admin?: AdminAccess;
};

/** Thrown when another living process has the embedded database open. */
export class EmbeddedDatabaseInUse extends Error {
  constructor(
    readonly directory: string,
    readonly lockFile: string,
    readonly holder: LockHolder,
  ) {
    const who =
      holder.holder === 'server'
        ? `the server${holder.url ? ` at ${holder.url}` : ' (still starting)'}`
        : 'an admin command';
    super(
      `The embedded database in ${directory} is in use by ${who} (pid ${holder.pid}). ` +
        'Only one process may open it: stop that one (Ctrl+C in its terminal) and run this again; ' +
        'admin commands (npm run admin) reach a running server by themselves once it listens. ' +
        `If no Rathaus runs with pid ${holder.pid}, delete ${lockFile}.`,
    );
    this.name = 'EmbeddedDatabaseInUse';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseLock(text: string): LockHolder | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockHolder>;
    return typeof parsed.pid === 'number' ? (parsed as LockHolder) : null;
  } catch {
    // Cut short by a crash while it was written: it names nobody and is stale.
    return null;
  }
}

async function readLock(file: string): Promise<LockHolder | null> {
  return parseLock(await readFile(file, 'utf8').catch(() => ''));
}

function readLockSync(file: string): LockHolder | null {
  try {
    return parseLock(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Takes the lock file next to the database for this process: created exclusively, so that of two
 * processes starting at once one wins; a lock of a process that no longer runs is taken over.
 * PGlite itself does not notice a second process, and two of them writing the same directory lose
 * data (docs/decisions/0017-embedded-database-lock.md).
 */
function takeLock(file: string, directory: string, holder: LockHolder): void {
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      writeFileSync(file, JSON.stringify(holder), { flag: 'wx', mode: 0o600 });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const current = readLockSync(file);
    if (current && current.pid !== process.pid && isAlive(current.pid)) {
      throw new EmbeddedDatabaseInUse(directory, file, current);
    }
    rmSync(file, { force: true });
  }
  throw new Error(`Could not take the lock ${file}: another process keeps taking it.`);
}

/**
 * The server that has the embedded database in `dataDir` open and listens, with its admin
 * endpoint; null when none does (the caller may open the database itself, or is refused there).
 */
export async function runningServer(dataDir: string): Promise<LockHolder | null> {
  const holder = await readLock(resolve(dataDir, 'pglite.lock'));
  if (!holder || holder.holder !== 'server' || !holder.admin) return null;
  return holder.pid !== process.pid && isAlive(holder.pid) ? holder : null;
}

/** Removes the lock if it is still this process's: never another's that took over a stale one. */
function releaseLock(file: string): void {
  try {
    const current = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (current.pid === process.pid) unlinkSync(file);
  } catch {
    // Gone or unreadable: nothing of ours to remove.
  }
}

/**
 * Removes the copies of the template that a process stopped halfway (killed, or out of disk) left
 * beside `directory`. Only the lock's holder copies, so under the lock every one of them is stale.
 */
function removeUnfinishedCopies(directory: string): void {
  const prefix = `${basename(directory)}.tmp-`;
  for (const entry of readdirSync(dirname(directory))) {
    if (entry.startsWith(prefix)) {
      rmSync(resolve(dirname(directory), entry), { recursive: true, force: true });
    }
  }
}

/** The template's data directory, asked only when a new database is to be made; null: none. */
type TemplateOf = () => Promise<string | null>;

/**
 * Makes `directory`, which holds no database yet (missing or empty), a copy of the template's data
 * directory: copied beside it and renamed, so that a start stopped halfway leaves no half database
 * for the next one to open. False when there is no template to use.
 */
async function copyTemplate(directory: string, templateOf: TemplateOf): Promise<boolean> {
  const template = await templateOf();
  if (!template) return false;
  if (existsSync(directory)) {
    // Something PGlite left without finishing initdb is its to deal with, as before templates.
    if (readdirSync(directory).length) return false;
    await rmdir(directory);
  }
  const scratch = `${directory}.tmp-${process.pid}`;
  await cp(template, scratch, { recursive: true });
  await rename(scratch, directory);
  return true;
}

/** The embedded database's thread: its address, how it is stopped, and its PANIC if any. */
type DatabaseThread = Pick<EmbeddedDatabase, 'stop' | 'onPanic'> & { address: string };

/**
 * Starts PGlite in a worker thread (src/server/embedded-database-worker.ts) on `directory`; answers
 * once it listens, or throws why it could not start. The compiled server runs the compiled file;
 * the tests, which run src/, the TypeScript one (Node strips its types).
 */
async function startThread(directory: string): Promise<DatabaseThread> {
  const compiled = import.meta.url.endsWith('.js');
  const file = new URL(`./embedded-database-worker.${compiled ? 'js' : 'ts'}`, import.meta.url);
  const worker = new Worker(file, { workerData: { directory } satisfies WorkerInput });
  const exited = new Promise<void>((resolveExit) => worker.once('exit', () => resolveExit()));
  const address = await new Promise<string>((resolveStart, rejectStart) => {
    worker.once('error', rejectStart);
    void exited.then(() => rejectStart(new Error('The embedded database stopped while starting.')));
    worker.once('message', (message: WorkerMessage) => {
      if (message.kind === 'listening') resolveStart(message.address);
      else if (message.kind === 'failed') rejectStart(new Error(message.message));
    });
  });
  const panicListeners: Array<(panic: EmbeddedDatabasePanic) => void> = [];
  worker.on('message', (message: WorkerMessage) => {
    if (message.kind !== 'panicked') return;
    for (const listener of panicListeners)
      listener({ code: message.code, message: message.message });
  });
  return {
    address,
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
    onPanic: (listener) => void panicListeners.push(listener),
  };
}

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) in a thread of this process and exposes it on
 * a loopback port, so that the ORM talks to it like to any server. It serves one connection at a
 * time: callers must use a pool of exactly one (see docs/decisions/0002-embedded-database.md). Only
 * one process opens a data directory: a second one gets EmbeddedDatabaseInUse naming the first. A
 * new database is a copy of `template`'s answer (a migrated data directory,
 * src/server/embedded-template.ts) when it gives one.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  holder: LockHolder['holder'],
  template: TemplateOf,
): Promise<EmbeddedDatabase> {
  const directory = resolve(dataDir, 'pglite');
  const lockFile = resolve(dataDir, 'pglite.lock');
  // Synchronous up to the thread's start when the database exists: main.ts loads the server's
  // modules next, and a step that waited for the event loop would wait for all of them.
  mkdirSync(dataDir, { recursive: true });
  const lock: LockHolder = { pid: process.pid, holder, url: null };
  takeLock(lockFile, directory, lock);
  // A process that exits without stopping (an uncaught error, process.exit) leaves no lock behind;
  // one that is killed does, and the next start takes it over.
  const releaseOnExit = () => releaseLock(lockFile);
  process.on('exit', releaseOnExit);
  try {
    // Under the lock: two first starts at once must not both copy.
    removeUnfinishedCopies(directory);
    const fromTemplate =
      !existsSync(resolve(directory, 'PG_VERSION')) && (await copyTemplate(directory, template));
    if (!fromTemplate) mkdirSync(directory, { recursive: true });
    const thread = await startThread(directory);
    return {
      url: `postgres://postgres@${thread.address}/postgres`,
      fromTemplate,
      onPanic: thread.onPanic,
      async announce(serverUrl, admin) {
        await writeFile(lockFile, JSON.stringify({ ...lock, url: serverUrl, admin }), {
          mode: 0o600,
        });
      },
      async stop() {
        await thread.stop();
        releaseLock(lockFile);
        process.off('exit', releaseOnExit);
      },
    };
  } catch (error) {
    releaseLock(lockFile);
    process.off('exit', releaseOnExit);
    throw error;
  }
}

/**
 * The embedded database in DATA_DIR when DATABASE_URL is unset, null otherwise; a new database is a
 * copy of the build's template when there is one for this code. Another process having it open
 * ends this one with the message naming that process, without a stack trace (exit code 1).
 */
export async function startConfiguredEmbeddedDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  holder: LockHolder['holder'],
): Promise<EmbeddedDatabase | null> {
  if (config.databaseUrl) return null;
  try {
    return await startEmbeddedDatabase(config.dataDir, holder, async () => {
      // Loaded only for a new database: it hashes every migration, a module graph of its own.
      const { DEFAULT_TEMPLATE_DIR, usableTemplate } = await import('./embedded-template.js');
      return usableTemplate(DEFAULT_TEMPLATE_DIR);
    });
  } catch (error) {
    if (!(error instanceof EmbeddedDatabaseInUse)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
