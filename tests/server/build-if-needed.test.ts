import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  appendFile,
  cp,
  mkdtemp,
  readFile,
  rm,
  stat,
  symlink,
  utimes,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// scripts/build-if-needed.mjs, which `npm start` and `npm run admin` run first: it builds what
// changed and nothing else, and a production start builds nothing. It runs in a copy of the
// project's sources (never on this checkout's own dist/), with this checkout's node_modules.

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let copy: string;

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'rathaus-build-'));
  for (const entry of [
    'src',
    'scripts',
    'schema',
    'package.json',
    'package-lock.json',
    'tsconfig.json',
    'tsconfig.build.json',
  ]) {
    await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});

afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

function buildIfNeeded(env: Record<string, string>, ...args: string[]) {
  return run(process.execPath, ['scripts/build-if-needed.mjs', ...args], {
    cwd: copy,
    env: { ...process.env, ...env },
  });
}

const modified = async (file: string) => (await stat(join(copy, file))).mtimeMs;

it('refuses a production start without a build, saying how to make one', async () => {
  await expect(
    buildIfNeeded({ NODE_ENV: 'production' }, '--start', '--only', 'server'),
  ).rejects.toMatchObject({
    code: 1,
    stderr: expect.stringMatching(
      /A production start \(NODE_ENV=production\) never builds, and the build of the server \(dist\/server\/main\.js\) is missing\.\nBuild first, with the development dependencies installed: npm run build/,
    ),
  });
  expect(existsSync(join(copy, 'dist'))).toBe(false);
});

it('builds the server once, skips it while its sources are unchanged and rebuilds after a change', async () => {
  await buildIfNeeded({ NODE_ENV: 'development' }, '--only', 'server');
  expect(existsSync(join(copy, 'dist/server/main.js'))).toBe(true);
  const stamp = await readFile(join(copy, 'dist/.build-stamp'), 'utf8');
  const stamped = await modified('dist/.build-stamp');
  const logger = await modified('dist/server/logger.js');

  // Unchanged: nothing is compiled or written, and nothing is printed.
  const again = await buildIfNeeded({ NODE_ENV: 'development' }, '--only', 'server', '--quiet');
  expect(again).toEqual({ stdout: '', stderr: '' });
  expect(await modified('dist/.build-stamp')).toBe(stamped);
  expect(await modified('dist/server/logger.js')).toBe(logger);

  // A production start runs the build there is.
  await buildIfNeeded({ NODE_ENV: 'production' }, '--start', '--only', 'server');

  await appendFile(join(copy, 'src/server/logger.ts'), '\nexport const changedForTheTest = 1;\n');
  const { stderr } = await buildIfNeeded({ NODE_ENV: 'development' }, '--only', 'server');
  expect(stderr).toContain('building the server (its sources changed)');
  expect(await readFile(join(copy, 'dist/.build-stamp'), 'utf8')).not.toBe(stamp);
  expect(await readFile(join(copy, 'dist/server/logger.js'), 'utf8')).toContain(
    'changedForTheTest',
  );
}, 600_000);

it('never makes the embedded database template before a start', async () => {
  // Making it runs initdb and every migration: a start copies it when there is one, and otherwise
  // makes its database the slow way once rather than making the template first.
  await buildIfNeeded(
    { NODE_ENV: 'development' },
    '--start',
    '--only',
    'server',
    '--only',
    'template',
  );
  expect(existsSync(join(copy, 'dist/server/main.js'))).toBe(true);
  expect(existsSync(join(copy, 'dist/pglite-template'))).toBe(false);
}, 600_000);

it('builds nothing for a file touched without a change, and stamps its new time', async () => {
  await buildIfNeeded({ NODE_ENV: 'development' }, '--only', 'server', '--quiet');
  const compiled = await modified('dist/server/logger.js');
  const later = new Date(Date.now() + 60_000);
  await utimes(join(copy, 'src/server/logger.ts'), later, later);

  // The file's time changed, its content did not: no build, and the stamp takes the new time.
  const touched = await buildIfNeeded({ NODE_ENV: 'development' }, '--only', 'server');
  expect(touched).toEqual({ stdout: '', stderr: '' });
  expect(await modified('dist/server/logger.js')).toBe(compiled);
  const stamped = await modified('dist/.build-stamp');
  await buildIfNeeded({ NODE_ENV: 'development' }, '--only', 'server');
  expect(await modified('dist/.build-stamp')).toBe(stamped);
}, 600_000);

it('runs the server module given with --run once the check is done, and only at a start', async () => {
  await writeFile(join(copy, 'scripts/started.mjs'), "process.stdout.write('started');\n");
  const started = await buildIfNeeded(
    { NODE_ENV: 'production' },
    '--start',
    '--only',
    'server',
    '--run',
    'scripts/started.mjs',
  );
  expect(started).toEqual({ stdout: 'started', stderr: '' });
  await expect(
    buildIfNeeded({ NODE_ENV: 'development' }, '--run', 'scripts/started.mjs'),
  ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('--run: only with --start') });
}, 600_000);
