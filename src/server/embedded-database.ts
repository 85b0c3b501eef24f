import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedDatabase = { url: string; stop(): Promise<void> };

/**
 * Starts PostgreSQL compiled to WebAssembly (PGlite) in this process and exposes it on a loopback
 * port, so that the ORM talks to it like to any server. It serves one connection at a time: callers
 * must use a pool of exactly one (see docs/decisions/0002-embedded-database.md).
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const directory = resolve(dataDir, 'pglite');
  await mkdir(directory, { recursive: true });
  const db = await PGlite.create(directory, { extensions: { btree_gist, pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 1 });
  await server.start();
  const address = server.getServerConn();
  return {
    url: `postgres://postgres@${address}/postgres`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
