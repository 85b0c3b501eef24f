// Builds what changed since the last build, and nothing else: the server (tsc) and each client
// bundle (Vite). `npm run build`, `npm start`, `npm run admin` and `npm install` (prepare) run it,
// so that a start after an unchanged checkout compiles nothing. Each part's inputs are hashed
// (paths and contents, not mtimes, which a clone or a checkout rewrites); the hash is written into
// the part's output as a stamp after a successful build, so that a deleted or half-written output
// is built again.
//
// Usage: node scripts/build-if-needed.mjs [--only server|web|kiosk|template ...] [--quiet]
//                                         [--start] [--at-install]
//   --quiet       prints the builds' output only when one fails (the admin command line prints
//                 only its answer)
//   --start       before a start: with NODE_ENV=production it never builds (a production start
//                 runs what was deployed); a missing build is an error that says how to make one.
//                 The embedded database's template is not made then (see its part below).
//   --at-install  with NODE_ENV=production does nothing (npm install --omit=dev has no compiler)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const STAMP = '.build-stamp';

// Folders inside an input folder that are not inputs: outputs, tests and what tools leave.
const NOT_INPUTS = new Set(['node_modules', 'dist', 'tests', 'test-artifacts', 'coverage']);

// Modules of the server that the clients bundle too (the same rules on both sides).
const SHARED_WITH_SERVER = [
  'src/applications/form-definition.ts',
  'src/entities/applications/application-status.ts',
  'src/entities/localized-text.ts',
];

const client = (name) => ({
  name,
  inputs: [
    `clients/${name}`,
    'clients/shared',
    'schema/schema.graphql',
    'package-lock.json',
    'tsconfig.json',
    ...SHARED_WITH_SERVER,
  ],
  output: `clients/${name}/dist`,
  // index.html is what the server serves; without it the client is not built.
  built: `clients/${name}/dist/index.html`,
  build: {
    command: 'npm',
    args: ['run', 'build', '--silent', '-w', `clients/${name}`],
  },
});

const PARTS = [
  {
    name: 'server',
    inputs: ['src', 'tsconfig.json', 'tsconfig.build.json', 'package-lock.json'],
    output: 'dist',
    built: 'dist/server/main.js',
    // tsconfig.build.json keeps tsc's incremental state there: a change to one file re-checks
    // what depends on it, not the whole program.
    incrementalState: 'dist/.tsbuildinfo',
    build: {
      command: process.execPath,
      args: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
    },
  },
  client('web'),
  client('kiosk'),
  {
    // The migrated embedded database a first start copies instead of running initdb and every
    // migration (docs/decisions/0020-fast-first-start.md). Made with the server just built; the
    // server itself checks that it was made for its migrations and PGlite version.
    name: 'template',
    inputs: [
      'src/migrations',
      'src/server/embedded-database.ts',
      'src/server/embedded-template.ts',
      'package-lock.json',
    ],
    output: 'dist/pglite-template',
    built: 'dist/pglite-template/key',
    build: {
      command: process.execPath,
      args: ['dist/server/cli.js', 'embedded-template'],
    },
    // A start with a stale template makes its database the slow way once, which is quicker than
    // making the template first; and a later start has its database already.
    atStart: false,
  },
];

function fail(message) {
  process.stderr.write(`\nrathaus: ${message}\n\n`);
  process.exit(1);
}

/** The input's files, relative to the root: the file itself, or every file below the folder. */
function filesOf(input) {
  const absolute = join(root, input);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [input];
  return readdirSync(absolute, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .filter((file) => !file.split('/').some((segment) => NOT_INPUTS.has(segment)));
}

function inputHash(part) {
  const hash = createHash('sha256');
  for (const file of [...new Set(part.inputs.flatMap(filesOf))].sort()) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

function stampOf(part) {
  try {
    return readFileSync(join(root, part.output, STAMP), 'utf8').trim();
  } catch {
    return null;
  }
}

function build(part, hash, quiet) {
  const missing = !existsSync(join(root, part.built));
  if (missing && part.incrementalState) {
    // tsc's incremental state would say "nothing to emit" for outputs deleted behind its back.
    rmSync(join(root, part.incrementalState), { force: true });
  }
  if (!quiet) {
    const why = missing ? 'not built yet' : 'its sources changed';
    process.stderr.write(`rathaus: building the ${part.name} (${why})\n`);
  }
  const result = spawnSync(part.build.command, part.build.args, {
    cwd: root,
    // stdout stays the command's own (the admin command line prints only its answer).
    stdio: quiet ? ['ignore', 'pipe', 'pipe'] : ['ignore', 2, 2],
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    if (quiet) process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    fail(
      `building the ${part.name} failed` +
        (result.error ? ` (${result.error.message})` : '') +
        `; fix the error above and run the command again.`,
    );
  }
  writeFileSync(join(root, part.output, STAMP), `${hash}\n`);
}

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
    start: { type: 'boolean', default: false },
    'at-install': { type: 'boolean', default: false },
  },
  strict: true,
});

const unknown = (values.only ?? []).filter((name) => !PARTS.some((part) => part.name === name));
if (unknown.length) {
  fail(`--only: unknown part ${unknown.join(', ')} (${PARTS.map((part) => part.name).join(', ')})`);
}
const parts = (
  values.only ? PARTS.filter((part) => values.only.includes(part.name)) : PARTS
).filter((part) => !values.start || part.atStart !== false);

const production = process.env.NODE_ENV === 'production';
if (production && values['at-install']) process.exit(0);
if (production && values.start) {
  const missing = parts.filter((part) => !existsSync(join(root, part.built)));
  if (missing.length) {
    fail(
      `A production start (NODE_ENV=production) never builds, and the build of ${missing
        .map((part) => `the ${part.name} (${part.built})`)
        .join(', ')} is missing.\n` +
        `Build first, with the development dependencies installed: npm run build`,
    );
  }
  process.exit(0);
}

for (const part of parts) {
  const hash = inputHash(part);
  if (hash === stampOf(part) && existsSync(join(root, part.built))) continue;
  build(part, hash, values.quiet);
}
