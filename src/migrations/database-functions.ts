import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * A database function's source: its `.sql` file under src/ (one `create or replace function`
 * statement) and the SHA-256 of the text the migration that names it applies. The hash is not
 * checked when migrating (an older migration applies the file as it is now, which the newer ones
 * then apply again); tests/schema/database-functions.test.ts checks that the newest migration
 * naming a file carries that file's current hash, so that an edited file needs a new migration.
 */
export type FunctionSource = { file: string; sha256: string };

// Read from src/ both by jest (src/migrations) and by the compiled server (dist/migrations): the
// two folders are side by side, so the build needs no copy step.
const SOURCE_ROOT = new URL('../../src/', import.meta.url);

/** The text of a function's `.sql` file, `file` relative to src/. */
export function functionSourceText(file: string): string {
  return readFileSync(fileURLToPath(new URL(file, SOURCE_ROOT)), 'utf8');
}
