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

/** What the thread says: where it listens, that it stopped, or why it could not start. */
export type WorkerMessage =
  | { kind: 'listening'; address: string }
  | { kind: 'stopped' }
  | { kind: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('embedded-database-worker.js runs as a worker thread only');
const { directory } = workerData as WorkerInput;

try {
  const db = await PGlite.create(directory, { extensions: { btree_gist, pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  port.once('message', () => {
    void (async () => {
      await server.stop();
      await db.close();
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
