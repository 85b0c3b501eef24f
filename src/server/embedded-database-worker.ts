import { parentPort, workerData } from 'node:worker_threads';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

// The embedded database's thread (src/server/embedded-database.ts starts it): PostgreSQL compiled to
// WebAssembly runs here, beside the server's own thread, and serves it on a loopback port. Its start
// (a second of WebAssembly) then overlaps the server's loading its modules and building its schema,
// and its queries do not hold up the server's event loop. Kept free of the project's own modules:
// Node runs this file as it is, compiled (dist) or not (the tests, by stripping its types).

/** What the thread is told: the data directory. */
export type WorkerInput = { directory: string };

/**
 * What the thread says: where it listens, that it stopped, why it could not start, or that
 * PostgreSQL stopped for good (a PANIC: its SQLSTATE and message) and the thread serves no more.
 */
export type WorkerMessage =
  | { kind: 'listening'; address: string }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string }
  | { kind: 'panicked'; code: string; message: string };

type Panic = { code: string; message: string };

/** The type byte of PostgreSQL's ErrorResponse ('E'). */
const ERROR_RESPONSE = 0x45;

/** The SQLSTATE and message of an ErrorResponse's body when its severity is PANIC, else null. */
function panicOf(body: Buffer): Panic | null {
  const fields = new Map<string, string>();
  for (let at = 0; at < body.length && body[at] !== 0;) {
    const end = body.indexOf(0, at + 1);
    if (end < 0) break;
    fields.set(String.fromCharCode(body[at]!), body.toString('utf8', at + 1, end));
    at = end + 1;
  }
  // V: the severity never translated (PostgreSQL 9.6 on); S: the one of the server's language.
  if ((fields.get('V') ?? fields.get('S')) !== 'PANIC') return null;
  return { code: fields.get('C') ?? '', message: fields.get('M') ?? '' };
}

/**
 * Reads what PostgreSQL answers to one request, in the chunks it comes in, for an ErrorResponse of
 * severity PANIC; of the other messages only the headers are read.
 */
function panicWatcher() {
  let pending: Buffer = Buffer.alloc(0);
  /** What is still to come of a message that is not an ErrorResponse. */
  let skip = 0;
  let panic: Panic | null = null;
  return {
    panic: () => panic,
    read(chunk: Uint8Array) {
      let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      const skipped = Math.min(skip, data.length);
      skip -= skipped;
      data = data.subarray(skipped);
      pending = pending.length ? Buffer.concat([pending, data]) : data;
      while (pending.length >= 5) {
        const end = 1 + pending.readInt32BE(1);
        const isError = pending[0] === ERROR_RESPONSE;
        if (pending.length < end) {
          if (isError) break;
          skip = end - pending.length;
          pending = Buffer.alloc(0);
          break;
        }
        if (isError) panic ??= panicOf(pending.subarray(5, end));
        pending = pending.subarray(end);
      }
      // PGlite may reuse the chunk's memory: what is kept is copied.
      pending = Buffer.from(pending);
    },
  };
}

/**
 * PGlite as the socket server uses it, until PostgreSQL panics. A PANIC (the disk is full when its
 * write-ahead log needs a new segment, say) aborts the WebAssembly PostgreSQL: a query after it
 * would spin forever. So the request that panicked is answered with its error, `onPanic` is told,
 * and from then on every use of the database fails at once, without entering PostgreSQL.
 */
function untilPanic(db: PGlite, onPanic: (panic: Panic) => void): PGlite {
  let panicked = false;
  const refuse = () => {
    throw new Error('The embedded database stopped after a PANIC; restart Rathaus.');
  };
  const uses: Partial<Record<keyof PGlite, unknown>> = {
    async execProtocolRawStream(
      message: Uint8Array,
      options: Parameters<PGlite['execProtocolRawStream']>[1],
    ) {
      if (panicked) refuse();
      const watcher = panicWatcher();
      await db.execProtocolRawStream(message, {
        ...options,
        onRawData(data) {
          watcher.read(data);
          options.onRawData(data);
        },
      });
      const panic = watcher.panic();
      if (panic && !panicked) {
        panicked = true;
        onPanic(panic);
      }
    },
    // The socket server rolls back the transaction of a connection that closes.
    isInTransaction: () => !panicked && db.isInTransaction(),
    exec: (...args: Parameters<PGlite['exec']>) => (panicked ? refuse() : db.exec(...args)),
    query: (...args: Parameters<PGlite['query']>) => (panicked ? refuse() : db.query(...args)),
  };
  return new Proxy(db, {
    get(target, property) {
      if (Object.hasOwn(uses, property)) return uses[property as keyof PGlite];
      const value: unknown = Reflect.get(target, property, target);
      // PGlite's methods use its private fields: they run on PGlite itself, not on the proxy.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

const port = parentPort;
if (!port) throw new Error('embedded-database-worker.js runs as a worker thread only');
const { directory } = workerData as WorkerInput;

try {
  const db = await PGlite.create(directory, { extensions: { btree_gist, pg_trgm } });
  let panicked = false;
  const server = new PGLiteSocketServer({
    db: untilPanic(db, (panic) => {
      panicked = true;
      port.postMessage({ kind: 'panicked', ...panic } satisfies WorkerMessage);
      // New connections are refused; the open one fails at its next query.
      void server.stop();
    }),
    host: '127.0.0.1',
    port: 0,
    maxConnections: 1,
  });
  await server.start();
  port.once('message', () => {
    void (async () => {
      await server.stop();
      // Closing writes a checkpoint; an aborted PostgreSQL would spin instead. Its log on disk
      // holds every commit it confirmed: the next start replays it.
      if (!panicked) await db.close();
      port.postMessage({ kind: 'stopped' } satisfies WorkerMessage);
      port.close();
    })();
  });
  port.postMessage({ kind: 'listening', address: server.getServerConn() } satisfies WorkerMessage);
} catch (error) {
  port.postMessage({
    kind: 'failed',
    message: error instanceof Error ? error.message : String(error),
  } satisfies WorkerMessage);
  port.close();
}
