// Builds what changed since the last build, and nothing else: the server (tsc) and each client
// bundle (Vite). `npm run build`, `npm start`, `npm run admin` and `npm install` (prepare) run it,
// so that a start after an unchanged checkout compiles nothing. Each part's inputs are hashed
// (paths and contents, not mtimes, which a clone or a checkout rewrites); the hash is written into
// the part's output as a stamp after a successful build, so that a deleted or half-written output
// is built again. Beside the hash the stamp keeps the files' paths, sizes and mtimes: while those
// are unchanged, the files are not read again (a start looks at hundreds of them).
//
// Usage: node scripts/build-if-needed.mjs [--only server|web|kiosk|template ...] [--quiet]
//                                         [--start [--run FILE]] [--at-install]
//   --quiet       prints the builds' output only when one fails (the admin command line prints
//                 only its answer)
//   --start       before a start: with NODE_ENV=production it never builds (a production start
//                 runs what was deployed); a missing build is an error that says how to make one.
//                 The embedded database's template is not made then (see its part below).
//   --run FILE    then runs the module FILE (the server) in this process: one Node.js start less
//                 on every `npm start`.
//   --at-install  with NODE_ENV=production does nothing (npm install --omit=dev has no compiler)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
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

/**
 * The input's files, relative to the root: the file itself, or every file below the folder, never
 * looking into the folders that are not inputs.
 */
function filesOf(input) {
  const absolute = join(root, input);
  if (!existsSync(absolute)) return [];
  if (!statSync(absolute).isDirectory()) return [input];
  const files = [];
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (NOT_INPUTS.has(entry.name)) continue;
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push(relative(root, path));
    }
  };
  walk(absolute);
  return files;
}

function inputFiles(part) {
  return [...new Set(part.inputs.flatMap(filesOf))].sort();
}

/** What the files look like from outside: paths, sizes, mtimes; cheap to take, read nothing. */
function fingerprintOf(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    const { size, mtimeMs } = statSync(join(root, file));
    hash.update(`${file}\0${size}\0${mtimeMs}\n`);
  }
  return hash.digest('hex');
}

function inputHash(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(`${file}\0`);
    hash.update(readFileSync(join(root, file)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

/** The stamp: the inputs' hash, and their fingerprint when the hash was taken. */
function stampOf(part) {
  try {
    const [hash, fingerprint] = readFileSync(join(root, part.output, STAMP), 'utf8').split('\n');
    return { hash, fingerprint };
  } catch {
    return null;
  }
}

function writeStamp(part, hash, fingerprint) {
  writeFileSync(join(root, part.output, STAMP), `${hash}\n${fingerprint}\n`);
}

function build(part, hash, fingerprint, quiet) {
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
  writeStamp(part, hash, fingerprint);
}

const { values } = parseArgs({
  options: {
    only: { type: 'string', multiple: true },
    quiet: { type: 'boolean', default: false },
    start: { type: 'boolean', default: false },
    run: { type: 'string' },
    'at-install': { type: 'boolean', default: false },
  },
  strict: true,
});

const unknown = (values.only ?? []).filter((name) => !PARTS.some((part) => part.name === name));
if (values.run && !values.start) fail('--run: only with --start');
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
} else {
  for (const part of parts) {
    const files = inputFiles(part);
    const fingerprint = fingerprintOf(files);
    const stamp = stampOf(part);
    const built = existsSync(join(root, part.built));
    if (built && stamp?.fingerprint === fingerprint) continue;
    const hash = inputHash(files);
    if (built && stamp?.hash === hash) writeStamp(part, hash, fingerprint);
    else build(part, hash, fingerprint, values.quiet);
  }
}

if (values.run) await import(pathToFileURL(join(root, values.run)).href);
