import { Writable } from 'node:stream';
import { deliverDueMessages, smtpTransport } from '../../src/notifications/outbox-worker.js';
import { loadConfig } from '../../src/server/config.js';
import { createLogger } from '../../src/server/logger.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { scrape, valueOf } from '../support/metrics.js';
import { startSmtpServer, type SmtpBehaviour, type SmtpServer } from '../support/smtp.js';
import { startTestServer, type LogRecord, type TestServer } from '../support/test-server.js';

// Issue #21, fault 7: the mail server refuses or hangs. The outbox keeps every e-mail, tries it
// again with growing delays (driven by the test's clock, not by waiting), gives up on a hanging
// server after SMTP_TIMEOUT_MS, sends each e-mail once when the server accepts again, and shows
// the backlog on /metrics meanwhile; after the 8th failure it gives up with an error in the log.

/** 09:00 in Musterstadt, a Wednesday. */
const NOW = new Date('2027-03-10T08:00:00Z');
/** Short, so that a hanging server costs the test half a second per e-mail. */
const SMTP_TIMEOUT_MS = 500;
const MAX_ATTEMPTS = 8;

let server: TestServer;
let smtp: SmtpServer;
let town: BookingFixture;
const logs: LogRecord[] = [];
const logger = createLogger(
  { logLevel: 'info' },
  new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) logs.push(JSON.parse(line));
      done();
    },
  }),
);
let transport: ReturnType<typeof smtpTransport>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({
    now: NOW,
    env: { METRICS_PORT: '0', SMTP_URL: smtp.url, SMTP_TIMEOUT_MS: String(SMTP_TIMEOUT_MS) },
  });
  // The transport as main.ts builds it from the configuration.
  const config = loadConfig({
    NODE_ENV: 'test',
    SMTP_URL: smtp.url,
    SMTP_TIMEOUT_MS: String(SMTP_TIMEOUT_MS),
  });
  expect(config.smtpTimeoutMs).toBe(SMTP_TIMEOUT_MS);
  transport = smtpTransport(config.smtpUrl!, config.mailFrom, { timeoutMs: config.smtpTimeoutMs });
  town = await createBookingFixture(server.orm);
});

afterAll(async () => {
  await server?.close();
  await smtp?.close();
});

type Row = {
  id: string;
  recipient: string;
  attempts: number;
  available_at: Date;
  sent_at: Date | null;
  last_error: string | null;
};

async function outboxRows(ids?: string[]): Promise<Row[]> {
  const rows = await server.orm.em
    .fork()
    .execute<Row[]>(
      'select id, recipient, attempts, available_at, sent_at, last_error from outbox_message order by id',
    );
  return rows
    .filter((row) => !ids || ids.includes(row.id))
    .map((row) => ({ ...row, available_at: new Date(row.available_at) }));
}

/** Books an appointment as a guest: its confirmation is queued in the outbox. */
let slot = 0;
async function book(): Promise<string> {
  // Friday 12 March, 08:00 to 12:00 local, two counters: 16 half-hour slots.
  const startsAt = new Date(Date.UTC(2027, 2, 12, 7, 0) + Math.floor(slot / 2) * 30 * 60_000);
  slot += 1;
  const input = guestBooking(town, startsAt.toISOString());
  const response = await server.gql<{ bookAppointment: { userErrors: unknown[] } }>(
    `mutation Book($input: BookAppointmentInput!) {
       bookAppointment(input: $input) { appointment { id } userErrors { code } }
     }`,
    { input },
  );
  expect(response.body.data?.bookAppointment.userErrors).toEqual([]);
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ id: string }>>('select id from outbox_message where recipient = ?', [
      String(input.email).toLowerCase(),
    ]);
  return row!.id;
}

/** One run of the outbox worker, as its timer would start it, at the test clock's time. */
function runWorker(): Promise<number> {
  return deliverDueMessages(server.orm.em.fork(), transport, server.clock.now, logger);
}

async function backlog() {
  const { samples } = await scrape(server);
  return {
    pending: valueOf(samples, 'rathaus_outbox_pending_messages'),
    oldestSeconds: valueOf(samples, 'rathaus_outbox_oldest_pending_age_seconds'),
    failed: valueOf(samples, 'rathaus_outbox_failed_messages'),
  };
}

function logsFor(id: string, msg: string): LogRecord[] {
  return logs.filter((record) => record.outboxMessageId === id && record.msg === msg);
}

const RETRY = 'e-mail delivery failed; will retry';
const GIVEN_UP = 'e-mail given up after the last attempt';

/**
 * When `rows` are due next: now, for e-mails never tried (queued at different moments, all due);
 * otherwise the one retry time they share (they failed together).
 */
function nextDue(rows: Row[]): Date {
  const now = server.clock.now();
  if (rows.every((row) => row.attempts === 0 && row.available_at <= now)) return now;
  const times = new Set(rows.map((row) => row.available_at.getTime()));
  expect(times.size).toBe(1);
  return new Date([...times][0]!);
}

/**
 * Moves the clock to just before the messages' retry time (the worker must not touch them) and
 * then to it (it must try each once), with the mail server behaving as `behaviour`.
 */
async function attemptAtRetryTime(ids: string[], behaviour: SmtpBehaviour) {
  const due = nextDue(await outboxRows(ids));
  if (due.getTime() > server.clock.now().getTime()) {
    server.clock.set(new Date(due.getTime() - 1));
    const connections = smtp.counts.connections;
    expect(await runWorker()).toBe(0);
    expect(smtp.counts.connections).toBe(connections);
  }
  server.clock.set(due);
  smtp.behave(behaviour);
  const started = Date.now();
  const sent = await runWorker();
  return { sent, ms: Date.now() - started, at: due };
}

describe('a mail server that refuses or hangs', () => {
  const figures = { messages: 0, attempts: 0, delays: [] as number[], hangMs: 0, delivered: 0 };

  it('keeps every e-mail, retries with growing delays, gives up on a hang in time, then sends each once', async () => {
    const ids = [await book(), await book(), await book()];
    figures.messages = ids.length;
    expect(await outboxRows()).toHaveLength(ids.length);

    const outage: SmtpBehaviour[] = [
      'refuse-rcpt',
      'refuse-data',
      'hang',
      'refuse-connection',
      'refuse-rcpt',
    ];
    let previousAge = 0;
    for (const [index, behaviour] of outage.entries()) {
      const attempt = index + 1;
      const hangsBefore = smtp.counts.hangs;
      const { sent, ms, at } = await attemptAtRetryTime(ids, behaviour);
      expect(sent).toBe(0);
      const rows = await outboxRows(ids);
      for (const row of rows) {
        expect(row).toMatchObject({ attempts: attempt, sent_at: null });
        expect(row.last_error).toBeTruthy();
        // 30 s, then doubling: 30 s × 2^(attempts − 1)
        expect(row.available_at.getTime() - at.getTime()).toBe(2 ** (attempt - 1) * 30_000);
        expect(logsFor(row.id, RETRY)).toHaveLength(attempt);
      }
      figures.delays.push((rows[0]!.available_at.getTime() - at.getTime()) / 1000);
      if (behaviour === 'hang') {
        // Each e-mail waited SMTP_TIMEOUT_MS for a greeting that never came, then failed.
        expect(smtp.counts.hangs - hangsBefore).toBe(ids.length);
        for (const row of rows) expect(row.last_error).toMatch(/greeting|timeout/i);
        expect(ms).toBeGreaterThanOrEqual(ids.length * SMTP_TIMEOUT_MS - 50);
        expect(ms).toBeLessThan(15_000);
        figures.hangMs = ms;
      }
      expect(smtp.received).toHaveLength(0);

      // The operator sees the backlog: all three wait, and the oldest for longer each time.
      const seen = await backlog();
      expect(seen.pending).toBe(ids.length);
      expect(seen.failed).toBe(0);
      expect(seen.oldestSeconds).toBeGreaterThan(previousAge);
      previousAge = seen.oldestSeconds!;
    }
    figures.attempts = outage.length + 1;

    // The server accepts again: each e-mail arrives once, named by its outbox id.
    const { sent } = await attemptAtRetryTime(ids, 'accept');
    expect(sent).toBe(ids.length);
    expect(smtp.received.map((message) => message.messageId).sort()).toEqual(
      ids.map((id) => `<${id}@rathaus>`).sort(),
    );
    for (const row of await outboxRows(ids)) {
      expect(row.sent_at).not.toBeNull();
      expect(row.attempts).toBe(outage.length + 1);
    }
    expect(await backlog()).toEqual({ pending: 0, oldestSeconds: 0, failed: 0 });

    // Later runs send none of them again; a new e-mail (the positive control) still goes out.
    server.clock.set(new Date(server.clock.now().getTime() + 60 * 60_000));
    expect(await runWorker()).toBe(0);
    expect(smtp.received).toHaveLength(ids.length);
    const control = await book();
    expect(await runWorker()).toBe(1);
    const messageIds = smtp.received.map((message) => message.messageId);
    expect(messageIds).toHaveLength(ids.length + 1);
    expect(messageIds).toContain(`<${control}@rathaus>`);
    expect(new Set(messageIds).size).toBe(messageIds.length);
    figures.delivered = smtp.received.length;

    console.log(
      `mail-server: messages=${figures.messages} attempts=${figures.attempts} (${outage.join(', ')}, accept) delays=${figures.delays.map((s) => `${s}s`).join(',')} hang=${figures.hangMs}ms for ${figures.messages} e-mails at SMTP_TIMEOUT_MS=${SMTP_TIMEOUT_MS} delivered=${figures.delivered} duplicates=${messageIds.length - new Set(messageIds).size} refusals=${smtp.counts.refusals} connections=${smtp.counts.connections}`,
    );
  });

  it(`gives up after ${MAX_ATTEMPTS} failed attempts with an error in the log, and sends it never`, async () => {
    const id = await book();
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
      expect((await attemptAtRetryTime([id], 'refuse-rcpt')).sent).toBe(0);
    }
    const [row] = await outboxRows([id]);
    expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, sent_at: null });
    expect(logsFor(id, RETRY)).toHaveLength(MAX_ATTEMPTS - 1);
    const [givenUp] = logsFor(id, GIVEN_UP);
    expect(givenUp).toMatchObject({ level: 50, attempts: MAX_ATTEMPTS });
    expect(await backlog()).toMatchObject({ pending: 0, failed: 1 });

    // Not tried again, even when the server accepts and its last retry time has long passed…
    server.clock.set(new Date(row!.available_at.getTime() + 24 * 60 * 60_000));
    smtp.behave('accept');
    const connections = smtp.counts.connections;
    expect(await runWorker()).toBe(0);
    expect(smtp.counts.connections).toBe(connections);
    // …while a new e-mail is sent at that time.
    const control = await book();
    expect(await runWorker()).toBe(1);
    expect(smtp.received.at(-1)?.messageId).toBe(`<${control}@rathaus>`);
    expect(smtp.received.map((message) => message.messageId)).not.toContain(`<${id}@rathaus>`);
  });
});
