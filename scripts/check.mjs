// `npm run check` (types, lint, formatting) and `npm run typecheck` (types only): every step is a
// process of its own (each tsc project, ESLint, Prettier), run as many at a time as the machine
// has cores, since each is single-threaded; on 2 cores the whole check takes half the time it took
// one after the other. Each step's output is printed when it ends, in one piece; the command fails
// if any step failed, after all have run.
// Usage: node scripts/check.mjs [typecheck]
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const tsc = (...args) => ['node_modules/typescript/bin/tsc', ...args];
// The longest first, so that the lanes end together.
const TYPECHECK = [
  tsc('--noEmit', '-p', 'tsconfig.json'),
  tsc('--noEmit', '-p', 'clients/web/tests'),
  tsc('--noEmit', '-p', 'clients/kiosk/tests'),
  tsc('--noEmit', '-p', 'clients/web'),
  tsc('--noEmit', '-p', 'clients/kiosk'),
  tsc('--noEmit', '-p', 'clients/shared'),
  // The example is compiled, not only checked: its README runs the output.
  tsc('-p', 'examples/town-digest'),
];
const STYLE = [
  ['node_modules/eslint/bin/eslint.js', '.'],
  ['node_modules/prettier/bin/prettier.cjs', '--check', '.'],
];

const steps = process.argv[2] === 'typecheck' ? TYPECHECK : [...STYLE, ...TYPECHECK];

function run(args) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      process.stdout.write(`${code === 0 ? 'ok' : 'FAILED'}: ${args.join(' ')}\n${output}`);
      resolve(code === 0);
    });
  });
}

const queue = [...steps];
let failed = 0;
async function lane() {
  for (let step = queue.shift(); step; step = queue.shift()) {
    if (!(await run(step))) failed += 1;
  }
}
await Promise.all(Array.from({ length: Math.min(availableParallelism(), steps.length) }, lane));
if (failed) {
  process.stderr.write(`${failed} of ${steps.length} checks failed\n`);
  process.exit(1);
}
