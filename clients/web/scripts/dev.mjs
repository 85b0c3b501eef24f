// `npm run dev` (from the repository root): the API server on port 3000 (embedded database unless
// DATABASE_URL is set) and Vite's dev server with hot reload on port 5173, which passes /graphql
// (HTTP and WebSocket) and the calendar files through to the API. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const web = fileURLToPath(new URL('../', import.meta.url));
const apiPort = process.env.PORT ?? '3000';
const node = process.execPath;

const build = spawnSync(
  node,
  [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')],
  { stdio: 'inherit' },
);
if (build.status !== 0) process.exit(build.status ?? 1);

const children = [
  spawn(node, [join(root, 'dist/server/main.js')], {
    cwd: root,
    stdio: 'inherit',
    // The pages come from Vite: passkeys belong to its origin (the WebAuthn relying party is
    // PUBLIC_URL's), and the links in e-mails lead there.
    env: { PUBLIC_URL: 'http://localhost:5173', ...process.env, PORT: apiPort },
  }),
  spawn(node, [join(root, 'node_modules/vite/bin/vite.js'), '--port', '5173', '--strictPort'], {
    cwd: web,
    stdio: 'inherit',
    env: { ...process.env, RATHAUS_API_URL: `http://127.0.0.1:${apiPort}` },
  }),
];

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
