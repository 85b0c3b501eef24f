import {
  deliverDueMessages,
  OUTBOX_RETENTION_DAYS,
  purgeFinishedMessages,
  SEND_LEASE_MS,
  type EmailTransport,
} from '../../src/notifications/outbox-worker.js';
import { queueEmail } from '../../src/notifications/outbox.js';
import { smtpTransport } from '../../src/notifications/outbox-worker.js';
import { createLogger } from '../../src/server/logger.js';
import { startSmtpServer, type SmtpServer } from '../support/smtp.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let smtp: SmtpServer;
const logger = createLogger({ logLevel: 'silent' });

beforeAll(async () => {
  server = await startTestServer();
  smtp = await startSmtpServer();
});

afterEach(() => {
  smtp.behave('accept');
});

afterAll(async () => {
  await Promise.all([server.close(), smtp.close()]);
});

/** A transport that keeps what it is given, and fails for addresses it is told to. */
function collectingTransport(failFor: string[] = []) {
  const sent: string[] = [];
  const transport: EmailTransport = {
    async send(email) {
      if (failFor.includes(email.recipient)) throw new Error('mailbox unavailable');
      sent.push(email.recipient);
    },
  };
  return { sent, transport };
}

/** One run of the outbox worker at the test clock's time, as its timer would start it. */
function deliver(transport: EmailTransport): Promise<number> {
  return deliverDueMessages(server.orm.em.fork(), transport, server.clock.now, logger);
}

async function queue(recipients: string[]) {
  const em = server.orm.em.fork();
  for (const recipient of recipients)
    await queueEmail(em, { recipient, subject: 'Betreff', body: 'Text' });
}

it('sends each due message once, even with two workers at the same time', async () => {
  await queue(['a@example.org', 'b@example.org', 'c@example.org']);
  const first = collectingTransport();
  const second = collectingTransport();
  const [sentByFirst, sentBySecond] = await Promise.all([
    deliver(first.transport),
    deliver(second.transport),
  ]);
  expect(sentByFirst + sentBySecond).toBe(3);
  expect([...first.sent, ...second.sent].sort()).toEqual([
    'a@example.org',
    'b@example.org',
    'c@example.org',
  ]);
  expect(await deliver(first.transport)).toBe(0);
});

it('retries a failed message later with a back-off, and keeps the error', async () => {
  await queue(['flaky@example.org']);
  const failing = collectingTransport(['flaky@example.org']);
  await deliver(failing.transport);
  const [row] = await server.orm.em
    .fork()
    .execute<
      Array<{ attempts: number; last_error: string; available_at: Date; sent_at: Date | null }>
    >(
      "select attempts, last_error, available_at, sent_at from outbox_message where recipient = 'flaky@example.org'",
    );
  expect(row).toMatchObject({
    attempts: 1,
    last_error: expect.stringContaining('mailbox unavailable'),
    sent_at: null,
  });
  expect(new Date(row!.available_at).getTime()).toBeGreaterThan(Date.now());

  const working = collectingTransport();
  expect(await deliver(working.transport)).toBe(0);
  server.clock.set(new Date(Date.now() + 60_000));
  try {
    expect(await deliver(working.transport)).toBe(1);
    expect(working.sent).toEqual(['flaky@example.org']);
  } finally {
    server.clock.set(new Date());
  }
});

/**
 * A time at which an e-mail queued just now is due: a second on, because the database stamps it
 * `now()` in microseconds, which can be later than the JavaScript clock's millisecond.
 */
function dueNow(): Date {
  return new Date(Date.now() + 1000);
}

/** A transport whose sends wait until the test lets them go (or for ever); says when one began. */
function heldTransport() {
  let began!: () => void;
  const beginning = new Promise<void>((resolve) => (began = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const sent: string[] = [];
  const transport: EmailTransport = {
    async send(email) {
      began();
      await released;
      sent.push(email.recipient);
    },
  };
  return { transport, beginning, release, sent };
}

/** Waits until the held transport is sending; fails if the worker ends without sending. */
async function sendingBegan(
  held: ReturnType<typeof heldTransport>,
  delivering: Promise<number>,
): Promise<void> {
  await Promise.race([
    held.beginning,
    delivering.then((sent) => {
      throw new Error(`the worker ended without sending (${sent} sent)`);
    }),
  ]);
}

/** Locks the e-mail's row at once, or fails (55P03) when a transaction holds it. */
function lockNow(recipient: string) {
  return server.orm.em
    .fork()
    .transactional((tx) =>
      tx.execute('select id from outbox_message where recipient = ? for update nowait', [
        recipient,
      ]),
    );
}

it('holds no lock and no transaction while the mail server answers, and no other worker takes the e-mail meanwhile', async () => {
  await server.orm.em.fork().execute('delete from outbox_message');
  await queue(['slow@example.org']);
  server.clock.set(dueNow());
  const held = heldTransport();
  const delivering = deliver(held.transport);
  await sendingBegan(held, delivering);

  // The e-mail is with the mail server: its row is free (the embedded database has one
  // connection, which a transaction held across the send would take from every request) …
  expect(await lockNow('slow@example.org')).toHaveLength(1);
  // … and claimed: another worker does not send it too.
  const other = collectingTransport();
  expect(await deliver(other.transport)).toBe(0);
  expect(other.sent).toEqual([]);

  held.release();
  expect(await delivering).toBe(1);
  expect(held.sent).toEqual(['slow@example.org']);
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ sent_at: Date | null; attempts: number }>>(
      "select sent_at, attempts from outbox_message where recipient = 'slow@example.org'",
    );
  expect(row).toEqual({ sent_at: expect.anything(), attempts: 1 });
});

it('sends an e-mail again once the lease of a worker that died while sending it ends', async () => {
  await server.orm.em.fork().execute('delete from outbox_message');
  await queue(['orphaned@example.org']);
  const claimedAt = dueNow().getTime();
  server.clock.set(new Date(claimedAt));
  const dying = heldTransport();
  // Never released: the worker "dies" with the e-mail at the mail server.
  await sendingBegan(dying, deliver(dying.transport));
  const next = collectingTransport();
  expect(await deliver(next.transport)).toBe(0);

  server.clock.set(new Date(claimedAt + SEND_LEASE_MS + 60_000));
  try {
    expect(await deliver(next.transport)).toBe(1);
    expect(next.sent).toEqual(['orphaned@example.org']);
  } finally {
    server.clock.set(new Date());
  }
});

it(`deletes e-mails sent or given up on over ${OUTBOX_RETENTION_DAYS} days ago, and keeps waiting ones`, async () => {
  const em = server.orm.em.fork();
  await em.execute('delete from outbox_message');
  await queue(['sent@example.org', 'given-up@example.org', 'waiting@example.org']);
  const { transport } = collectingTransport(['given-up@example.org', 'waiting@example.org']);
  const after = (days: number) => () => new Date(Date.now() + days * 24 * 60 * 60 * 1000);
  await deliverDueMessages(em, transport, after(0), logger);
  await em.execute(
    "update outbox_message set attempts = 8 where recipient = 'given-up@example.org'",
  );
  const recipients = async () =>
    (
      await em.execute<Array<{ recipient: string }>>(
        'select recipient from outbox_message order by recipient',
      )
    ).map((row) => row.recipient);

  expect(await purgeFinishedMessages(em, after(OUTBOX_RETENTION_DAYS - 1))).toBe(0);
  expect(await purgeFinishedMessages(em, after(OUTBOX_RETENTION_DAYS + 1))).toBe(2);
  expect(await recipients()).toEqual(['waiting@example.org']);
});

it('sends an e-mail’s attachment over SMTP, the same file after a failed attempt', async () => {
  const calendar = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n';
  await queueEmail(server.orm.em.fork(), {
    recipient: 'calendar@example.org',
    subject: 'Termin',
    body: 'Text',
    attachment: {
      filename: 'termin-ABCDEFGH.ics',
      contentType: 'text/calendar; method=REQUEST; charset=UTF-8',
      content: calendar,
    },
  });
  const transport = smtpTransport(smtp.url, 'rathaus@example.org', { timeoutMs: 5_000 });
  // The outbox's clock runs a little ahead of the database's now(), which stamped the row.
  try {
    server.clock.set(new Date(Date.now() + 1_000));
    smtp.behave('refuse-data');
    await deliver(transport);
    smtp.behave('accept');
    server.clock.set(new Date(Date.now() + 120_000));
    await deliver(transport);
  } finally {
    server.clock.set(new Date());
  }

  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ attempts: number; sent_at: Date | null }>>(
      "select attempts, sent_at from outbox_message where recipient = 'calendar@example.org'",
    );
  expect(row).toMatchObject({ attempts: 2, sent_at: expect.anything() });
  const [mail] = smtp.received.filter((message) =>
    message.recipients.includes('calendar@example.org'),
  );
  expect(mail?.data).toMatch(/^Content-Type: text\/calendar; method=REQUEST; charset=UTF-8/m);
  expect(mail?.data).toMatch(/^Content-Disposition: attachment; filename=termin-ABCDEFGH\.ics/m);
  expect(mail?.data).toContain(Buffer.from(calendar).toString('base64'));
});
