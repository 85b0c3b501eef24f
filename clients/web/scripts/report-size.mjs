// Prints how much JavaScript the start page loads (gzip) and fails the build above the budget.
// The start page needs the entry chunk, the start page's chunk and one message catalogue, each
// with the chunks they import; Vite's manifest (dist/.vite/manifest.json) names them all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_BYTES = 60 * 1000;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The Vite manifest has no entry chunk.');
const START_PAGE = 'src/pages/start-page.tsx';
const CATALOGUES = ['src/i18n/de.json', 'src/i18n/en.json'];
for (const key of [START_PAGE, ...CATALOGUES]) {
  if (!manifest[key]) throw new Error(`The Vite manifest has no chunk for ${key}.`);
}

/** The chunk and every chunk it imports statically, as manifest keys. */
function withImports(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) withImports(imported, seen);
  return seen;
}

function gzipSize(file) {
  return gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;
}

/** The start page in the heavier of the two languages. */
const catalogue = CATALOGUES.map((key) => ({ key, size: gzipSize(manifest[key].file) })).sort(
  (a, b) => b.size - a.size,
)[0].key;
const keys = new Set([
  ...withImports(entryKey),
  ...withImports(START_PAGE),
  ...withImports(catalogue),
]);

const rows = [...keys].map((key) => ({
  file: manifest[key].file,
  gzip: gzipSize(manifest[key].file),
}));
rows.sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((sum, row) => sum + row.gzip, 0);
const css = (manifest[entryKey].css ?? []).reduce((sum, file) => sum + gzipSize(file), 0);

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
console.log('\nJavaScript of the start page (gzip):');
for (const row of rows) console.log(`  ${kB(row.gzip).padStart(9)}  ${row.file}`);
console.log(`  ${kB(total).padStart(9)}  total, budget ${kB(BUDGET_BYTES)}`);
console.log(`  (CSS: ${kB(css)} gzip, not counted)\n`);

if (total > BUDGET_BYTES) {
  console.error(
    `The start page loads ${kB(total)} of JavaScript, more than the budget of ${kB(BUDGET_BYTES)}.`,
  );
  process.exit(1);
}
