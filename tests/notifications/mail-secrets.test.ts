import { spawn, type ChildProcess } from 'node:child_process';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { deliverDueMessages, type EmailTransport } from '../../src/notifications/outbox-worker.js';
import { createLogger } from '../../src/server/logger.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createDatabaseFrom, databaseUrl, dropDatabase } from '../support/database.js';
import { createBookingFixture } from '../support/fixtures.js';
import { templateDatabase } from '../support/templates.js';
import { startTestServer, testLinkSecret, type TestServer } from '../support/test-server.js';

// Security review #13, findings 4 and 8: the links in e-mails (address verification, staff
// invitation) set a password, so whoever reads them may take the account. They were readable
// in the outbox table for 30 days and, without SMTP, in the production log.

const REGISTER = `mutation($input: RegisterAccountInput!) {
  registerAccount(input: $input) { emailSent }
}`;
const VERIFY = `mutation($input: VerifyEmailInput!) {
  verifyEmail(input: $input) { account { emailVerified } userErrors { code } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { account { emailVerified } userErrors { code } }
}`;
const TOKEN = /rh_mail_[\w-]+/g;
const logger = createLogger({ logLevel: 'silent' });

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

/** A mailbox: keeps what the worker hands it, or fails as told. */
function mailbox(options: { failing?: boolean } = {}) {
  const received: Array<{ recipient: string; body: string }> = [];
  const transport: EmailTransport = {
    async send(email) {
      if (options.failing) throw new Error('mailbox unavailable');
      received.push({ recipient: email.recipient, body: email.body });
    },
  };
  return { received, transport };
}

async function outboxRowsFor(recipient: string) {
  return server.orm.em
    .fork()
    .execute<Array<Record<string, unknown>>>('select * from outbox_message where recipient = ?', [
      recipient,
    ]);
}

function tokenIn(text: string): string {
  const token = text.match(TOKEN)?.[0];
  if (!token) throw new Error(`no token in ${text}`);
  return token;
}

it('keeps no usable verification link in the outbox once the e-mail is sent', async () => {
  // given: a registration, its e-mail waiting in the outbox
  const email = `neu-${process.pid}@example.org`;
  await server.gql(REGISTER, {
    input: { email, name: 'Neu', password: 'ein-sicheres-passwort' },
  });
  const [waiting] = await outboxRowsFor(email);
  expect(String(waiting!.body)).not.toMatch(TOKEN);

  // when: the worker sends it
  const inbox = mailbox();
  await deliverDueMessages(server.orm.em.fork(), inbox.transport, server.clock.now, logger);

  // then: the mail carries the link, the table holds no token anywhere
  const sent = inbox.received.find((mail) => mail.recipient === email)!;
  const token = tokenIn(sent.body);
  expect(sent.body).toContain(`http://rathaus.test/verify-email?token=${token}`);
  const rows = await outboxRowsFor(email);
  expect(rows).toHaveLength(1);
  expect(rows[0]!.sent_at).not.toBeNull();
  expect(JSON.stringify(rows)).not.toMatch(TOKEN);

  // and: the mailed link still works for its holder
  const verified = await server.gql(VERIFY, {
    input: { token, password: 'ein-sicheres-passwort' },
  });
  expect(verified.body.data).toEqual({
    verifyEmail: { account: { emailVerified: true }, userErrors: [] },
  });
});

it('keeps no usable staff invitation in the outbox once the e-mail is sent', async () => {
  const admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  const town = await createBookingFixture(server.orm);
  const email = `kollegin-${process.pid}@musterstadt.example`;
  await server.gql(
    `mutation($input: GrantStaffAccessInput!) { grantStaffAccess(input: $input) { userErrors { code } } }`,
    { input: { email, name: 'Kollegin', officeIds: [town.office] } },
    admin,
  );

  const inbox = mailbox();
  await deliverDueMessages(server.orm.em.fork(), inbox.transport, server.clock.now, logger);

  const token = tokenIn(inbox.received.find((mail) => mail.recipient === email)!.body);
  expect(JSON.stringify(await outboxRowsFor(email))).not.toMatch(TOKEN);
  const accepted = await server.gql(ACCEPT, {
    input: { token, password: 'das-eigene-passwort' },
  });
  expect(accepted.body.data).toEqual({
    acceptInvitation: { account: { emailVerified: true }, userErrors: [] },
  });
});

it('erases the link of an e-mail given up on after 8 failed attempts, and not before', async () => {
  const email = `unzustellbar-${process.pid}@example.org`;
  await server.gql(REGISTER, {
    input: { email, name: 'Unzustellbar', password: 'ein-sicheres-passwort' },
  });
  const failing = mailbox({ failing: true });
  const now = new Date();
  for (let attempt = 1; attempt <= 8; attempt += 1) {
    // Each retry waits longer; the clock jumps past it.
    server.clock.set(new Date(now.getTime() + attempt * 24 * 60 * 60_000));
    await deliverDueMessages(server.orm.em.fork(), failing.transport, server.clock.now, logger);
    const [row] = await outboxRowsFor(email);
    expect(row!.attempts).toBe(attempt);
    expect(row!.secret === null).toBe(attempt === 8);
  }
  server.clock.set(new Date());
  expect(JSON.stringify(await outboxRowsFor(email))).not.toMatch(TOKEN);
});

describe('the production server without SMTP', () => {
  let database: string;
  let child: ChildProcess | null = null;

  beforeAll(async () => {
    database = await createDatabaseFrom(await templateDatabase('empty'));
  });

  afterEach(() => {
    child?.kill('SIGKILL');
    child = null;
  });

  afterAll(async () => {
    await dropDatabase(database);
  });

  function start(env: Record<string, string>) {
    const spawned = spawn(process.execPath, ['dist/server/main.js'], {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl(database),
        PUBLIC_URL: 'https://rathaus.test',
        SMTP_URL: '',
        LINK_SIGNING_SECRET: testLinkSecret(database),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = spawned;
    let output = '';
    const waiters: Array<{ pattern: RegExp; resolve: (match: RegExpExecArray) => void }> = [];
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      for (const waiter of [...waiters]) {
        const match = waiter.pattern.exec(output);
        if (match) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve(match);
        }
      }
    };
    spawned.stdout.on('data', onData);
    spawned.stderr.on('data', onData);
    const exited = new Promise<number | null>((resolve) => spawned.on('exit', resolve));
    return {
      output: () => output,
      exited,
      waitFor(pattern: RegExp): Promise<RegExpExecArray> {
        const match = pattern.exec(output);
        if (match) return Promise.resolve(match);
        return new Promise((resolve, reject) => {
          waiters.push({ pattern, resolve });
          void exited.then((code) => reject(new Error(`exited with ${code}:\n${output}`)));
        });
      },
    };
  }

  it('refuses to start without SMTP_URL unless MAIL_TRANSPORT=log is chosen', async () => {
    const refused = start({});
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toMatch(/SMTP_URL: must be set in production/);
  });

  it('with MAIL_TRANSPORT=log logs the subject of a verification e-mail, never its link', async () => {
    // given: a production server that logs instead of sending
    const server = start({ MAIL_TRANSPORT: 'log' });
    const port = Number((await server.waitFor(/"port":(\d+)/))[1]);

    // when: someone registers, and the worker handles the e-mail
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: REGISTER,
        variables: {
          input: { email: 'log-leser@example.org', name: 'Log', password: 'ein-sicheres-passwort' },
        },
      }),
    });
    expect(response.status).toBe(200);
    const line = await server.waitFor(/\{[^\n]*"outboxMessageId"[^\n]*\}/);

    // then: the log names the e-mail and holds no token, link or text
    expect(JSON.parse(line[0])).toMatchObject({
      outboxMessageId: expect.any(String),
      subject: expect.stringMatching(/bestätigen/),
    });
    expect(server.output()).not.toMatch(TOKEN);
    expect(server.output()).not.toContain('verify-email');
    expect(server.output()).not.toContain('log-leser@example.org');
  });
});
