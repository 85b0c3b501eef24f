import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import {
  createDatabaseFrom,
  databaseUrl,
  dropDatabase,
  withAdminClient,
} from '../support/database.js';
import { templateDatabase } from '../support/templates.js';
import { startTestServer, testLinkSecret, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// These tests start the built server (dist/, made by `npm run build`, which `npm test` runs first)
// as a real process, to see what an operator sees: exit codes, messages and signals.

type Started = { child: ChildProcess; port: number; output: () => string };

const children: ChildProcess[] = [];

afterEach(() => {
  // A test that failed half-way leaves no server process behind.
  for (const child of children.splice(0)) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  }
});

function startProcess(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]), output: () => output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) =>
      reject(new Error(`exited with ${code} before listening:\n${output}`)),
    );
  });
}

function exitOf(child: ChildProcess): Promise<{ code: number | null; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) =>
    child.on('exit', (code) => resolve({ code, ms: Date.now() - started })),
  );
}

describe('the server process', () => {
  let database: string;

  beforeAll(async () => {
    database = await createDatabaseFrom(await templateDatabase('empty'));
  });

  afterAll(async () => {
    await dropDatabase(database);
  });

  it('exits with code 1 and names every wrong variable', async () => {
    const child = spawn(process.execPath, ['dist/server/main.js'], {
      env: { ...process.env, PORT: 'x', TZ: 'Nowhere/Town', DATABASE_URL: 'redis://x' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const { code } = await exitOf(child);
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/TZ/);
    expect(stderr).toMatch(/DATABASE_URL/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('on SIGTERM turns unready, finishes the request in flight, closes WebSockets with 1001 and exits 0', async () => {
    const { child, port } = await startProcess({
      DATABASE_URL: databaseUrl(database),
      LINK_SIGNING_SECRET: testLinkSecret(database),
    });
    const exited = exitOf(child);

    const socket = new WebSocket(`ws://127.0.0.1:${port}/graphql`, 'graphql-transport-ws');
    await new Promise((resolve) => socket.once('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve) => socket.once('message', resolve));
    const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));

    // A request whose body has not fully arrived when the signal comes. `Expect: 100-continue`
    // makes the server say when it has taken the request up: then it is in flight.
    const body = JSON.stringify({ query: '{ offices { id } }' });
    const tcp = connect(port, '127.0.0.1');
    await new Promise((resolve) => tcp.once('connect', resolve));
    let response = '';
    const continued = new Promise<void>((resolve) => {
      let head = '';
      const untilContinue = (chunk: Buffer) => {
        head += chunk.toString();
        if (!head.endsWith('\r\n\r\n')) return;
        expect(head).toBe('HTTP/1.1 100 Continue\r\n\r\n');
        tcp.off('data', untilContinue);
        tcp.on('data', (rest) => (response += rest.toString()));
        resolve();
      };
      tcp.on('data', untilContinue);
    });
    tcp.write(
      `POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n` +
        `Expect: 100-continue\r\n\r\n${body.slice(0, 10)}`,
    );
    await continued;

    child.kill('SIGTERM');
    // Shutdown has begun when the server closes the WebSocket; the request is still open.
    await closed;
    tcp.write(body.slice(10));
    await new Promise((resolve) => tcp.once('close', resolve));

    expect(response).toMatch(/^HTTP\/1.1 200/);
    expect(response).toContain('{"data":{"offices":[]},"extensions":{"cost":');
    expect(await closed).toBe(1001);
    const { code, ms } = await exited;
    expect(code).toBe(0);
    expect(ms).toBeLessThan(10_000);
  });
});

describe('the embedded database (no DATABASE_URL)', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'rathaus-embedded-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('starts PGlite, migrates, seeds the demo town once and keeps the data across restarts', async () => {
    const env = { DATABASE_URL: '', DATA_DIR: dataDir, NODE_ENV: 'development' };
    const query = '{ services(first: 1) { totalCount } offices { name } }';
    const passwords: string[] = [];
    const kioskTokens: string[] = [];
    for (const run of ['first', 'second']) {
      const { child, port, output } = await startProcess(env);
      const exited = exitOf(child);
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await response.json()) as {
        data: { services: { totalCount: number }; offices: unknown[] };
      };
      expect(body.data.services.totalCount).toBeGreaterThanOrEqual(40);
      expect(body.data.offices.length).toBeGreaterThanOrEqual(3);
      expect(output().includes('demo town Musterstadt seeded')).toBe(run === 'first');

      // The demo clerk and admin sign in with the passwords the log printed, new on each start.
      const demo = output()
        .split('\n')
        .filter((line) => line.includes('demo staff sign-in'))
        .map((line) => JSON.parse(line) as { email: string; password: string });
      expect(demo.map((member) => member.email)).toEqual([
        'sachbearbeitung@musterstadt.example',
        'verwaltung@musterstadt.example',
      ]);
      for (const [index, member] of demo.entries()) {
        const signIn = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            query: `mutation($input: SignInWithPasswordInput!) {
              signInWithPassword(input: $input) { token } }`,
            variables: {
              input: { email: member.email, password: member.password, sessionType: 'BEARER' },
            },
          }),
        });
        const token = ((await signIn.json()) as { data: { signInWithPassword: { token: string } } })
          .data.signInWithPassword.token;
        const me = await fetch(`http://127.0.0.1:${port}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: '{ me { roles offices { name } } }' }),
        });
        const { roles, offices } = (
          (await me.json()) as {
            data: { me: { roles: string[]; offices: unknown[] } };
          }
        ).data.me;
        expect(roles).toEqual(index === 0 ? ['STAFF'] : ['STAFF', 'ADMIN']);
        expect(offices.length).toBeGreaterThan(0);
        passwords.push(member.password);
      }
      // The demo kiosk's set-up link carries a token that works, and the last start's no longer.
      const kiosk = output()
        .split('\n')
        .filter((line) => line.includes('demo kiosk'))
        .map((line) => JSON.parse(line) as { setupLink: string; callDisplay: string });
      expect(kiosk).toHaveLength(1);
      expect(kiosk[0]!.callDisplay).toBe(`http://localhost:${port}/kiosk/board/buergerbuero-mitte`);
      const token = new URLSearchParams(new URL(kiosk[0]!.setupLink).hash.slice(1)).get('token')!;
      const asKiosk = async (kioskToken: string) =>
        (
          await fetch(`http://127.0.0.1:${port}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${kioskToken}` },
            body: JSON.stringify({ query: '{ offices { name } }' }),
          })
        ).status;
      expect(await asKiosk(token)).toBe(200);
      if (kioskTokens.length) expect(await asKiosk(kioskTokens.at(-1)!)).toBe(401);
      kioskTokens.push(token);
      child.kill('SIGTERM');
      expect((await exited).code).toBe(0);
    }
    expect(new Set(passwords).size).toBe(4);
    expect(kioskTokens).toHaveLength(2);
  }, 240_000);
});

describe('health and readiness', () => {
  let server: TestServer;
  let stopping: TestServer | undefined;

  beforeAll(async () => {
    server = await startTestServer();
  });

  afterEach(async () => {
    await stopping?.close();
    stopping = undefined;
  });

  afterAll(async () => {
    await server.close();
  });

  it('reports the process alive and the database ready', async () => {
    expect((await server.http().get('/healthz')).body).toEqual({ status: 'ok' });
    const ready = await server.http().get('/readyz');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready' });
  });

  it('survives the database dropping its connections, and answers again afterwards', async () => {
    // Announcements are read from the database on every request (catalogue answers may be kept).
    const READ = '{ announcements(first: 1) { totalCount } }';
    expect((await server.gql(READ)).status).toBe(200);
    await withAdminClient((client) =>
      client.query(
        'select pg_terminate_backend(pid) from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
        [server.databaseName],
      ),
    );
    // The pool notices the dropped connections; a request that meets one is told to come back
    // (503 with Retry-After, never a 500), and the process lives on.
    const during = await server.gql(READ);
    if (during.status !== 200) {
      expect(during.status).toBe(503);
      expect(during.headers['retry-after']).toBeDefined();
      expect(during.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    }
    let recovered = false;
    await waitUntil(
      async () => {
        const after = await server.gql(READ);
        recovered = after.status === 200 && after.body.errors === undefined;
        return recovered;
      },
      'an answer without errors',
      { timeoutMs: 2000, intervalMs: 20 },
    ).catch(() => undefined);
    expect(recovered).toBe(true);
    expect((await server.http().get('/readyz')).status).toBe(200);
  });

  it('answers readiness 503 once shutdown has begun, while liveness stays 200', async () => {
    stopping = await startTestServer();
    const agent = stopping.http();
    const shutdown = stopping.server.shutdown();
    const [ready, alive] = await Promise.all([agent.get('/readyz'), agent.get('/healthz')]).catch(
      () => [{ status: 503 }, { status: 200 }],
    );
    expect(ready.status).toBe(503);
    expect(alive.status).toBe(200);
    await shutdown;
  });
});
