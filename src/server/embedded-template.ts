import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { migrationsList } from '../migrations/index.js';
import { migrateToLatest, openDatabase } from './database.js';
import { startEmbeddedDatabase } from './embedded-database.js';
import type { Logger } from './logger.js';

// A migrated embedded database made once at build time (scripts/build-if-needed.mjs), copied into
// place on a first start instead of running initdb and every migration there, which takes most of
// a first start (docs/decisions/0020-fast-first-start.md).

/** Where the build puts the template: dist/pglite-template, next to the compiled server. */
export const DEFAULT_TEMPLATE_DIR = fileURLToPath(new URL('../pglite-template', import.meta.url));

/** The template's data directory and the key it was made for, inside the template folder. */
const DATA = 'pglite';
const KEY = 'key';

/**
 * What a template must have been made by to be used: the PGlite version (another version may not
 * read its files) and every migration's name and code (a migration edited before its release
 * changes what the template would hold without changing its name).
 */
export function templateKey(): string {
  const pglite = JSON.parse(
    readFileSync(new URL('../package.json', import.meta.resolve('@electric-sql/pglite')), 'utf8'),
  ) as { version: string };
  const hash = createHash('sha256').update(`pglite ${pglite.version}\0`);
  for (const migration of migrationsList) {
    hash.update(`${migration.name}\0${String(migration.class)}\0`);
  }
  return hash.digest('hex');
}

/** The template's data directory when it was made for this code; null when missing or stale. */
export function usableTemplate(templateDir: string): string | null {
  try {
    if (readFileSync(`${templateDir}/${KEY}`, 'utf8').trim() !== templateKey()) return null;
  } catch {
    return null;
  }
  const data = `${templateDir}/${DATA}`;
  return existsSync(`${data}/PG_VERSION`) ? data : null;
}

/**
 * Makes the template in `templateDir`: a fresh embedded database with every migration applied,
 * written beside it first and renamed into place, so that a build stopped halfway leaves none.
 */
export async function createTemplate(templateDir: string, logger: Logger): Promise<void> {
  const scratch = `${templateDir}.tmp-${process.pid}`;
  await rm(scratch, { recursive: true, force: true });
  const embedded = await startEmbeddedDatabase(scratch, 'command line', async () => null);
  try {
    const orm = await openDatabase({
      url: embedded.url,
      poolSize: 1,
      logger,
      preparedStatements: false,
    });
    try {
      await migrateToLatest(orm, { lockUrl: null });
    } finally {
      await orm.close();
    }
  } finally {
    await embedded.stop();
  }
  await writeFile(`${scratch}/${KEY}`, `${templateKey()}\n`);
  await rm(templateDir, { recursive: true, force: true });
  await rename(scratch, templateDir);
}
