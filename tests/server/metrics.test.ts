import { every } from '../../src/common/periodic.js';
import { createLogger } from '../../src/server/logger.js';
import { createBookingFixture, guestBooking } from '../support/fixtures.js';
import { messagingTown, send, startConversation } from '../support/messaging.js';
import { scrape, valueOf, type Sample } from '../support/metrics.js';
import {
  startTestServer,
  subscription,
  type LogRecord,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';
import supertest from 'supertest';

// Issue #20, "Observable": an operator's Prometheus reads /metrics, which citizens and third
// parties must not (it tells how busy each office is and which operations fail).

const TOKEN = 'metrics-token-for-the-test-0123456789abcdef';
/** 09:00 in Musterstadt, a Wednesday. */
const NOW = new Date('2027-03-10T08:00:00Z');

let server: TestServer;
let guarded: TestServer;

beforeAll(async () => {
  [server, guarded] = await Promise.all([
    startTestServer({
      now: NOW,
      // debug: MikroORM would write the values into the statements at that level
      env: { METRICS_PORT: '0', SLOW_QUERY_MS: '0', LOG_LEVEL: 'debug' },
    }),
    startTestServer({ env: { METRICS_TOKEN: TOKEN } }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), guarded?.close()]);
});

async function samples(): Promise<Sample[]> {
  return (await scrape(server)).samples;
}

async function metric(name: string, labels: Record<string, string> = {}): Promise<number> {
  return valueOf(await samples(), name, labels) ?? 0;
}

describe('where the metrics are served', () => {
  it('serves them on METRICS_PORT only, and the main port answers 404 without METRICS_TOKEN', async () => {
    const main = await server.http().get('/metrics');
    expect(main.status).toBe(404);
    expect(main.text).not.toContain('rathaus_');

    const port = server.server.metricsPort();
    expect(port).not.toBeNull();
    expect(port).not.toBe(Number(new URL(server.url).port));
    const metrics = await supertest(`http://127.0.0.1:${port}`).get('/metrics').expect(200);
    expect(metrics.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(metrics.text).toContain('# TYPE rathaus_http_request_duration_seconds histogram');
    expect(metrics.text).toContain('# TYPE process_cpu_user_seconds_total counter');
    // Nothing of the API on that port
    await supertest(`http://127.0.0.1:${port}`).post('/graphql').send({}).expect(404);
  });

  it('answers on the main port only the bearer of METRICS_TOKEN', async () => {
    expect(guarded.server.metricsPort()).toBeNull();
    const none = await guarded.http().get('/metrics');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toBe('Bearer realm="metrics"');
    expect(none.text).not.toContain('rathaus_');
    const wrong = await guarded
      .http()
      .get('/metrics')
      .set('authorization', `Bearer ${TOKEN.slice(0, -1)}x`);
    expect(wrong.status).toBe(401);
    const right = await guarded.http().get('/metrics').set('authorization', `Bearer ${TOKEN}`);
    expect(right.status).toBe(200);
    expect(right.text).toContain('rathaus_graphql_operation_duration_seconds');
  });
});

describe('what the metrics count', () => {
  it('times a GraphQL operation by the name our clients give it, and others as "other"', async () => {
    const named = { operation_name: 'Categories', operation_type: 'query' };
    const other = { operation_name: 'other', operation_type: 'query' };
    const http = { method: 'POST', route: '/graphql', status_class: '2xx' };
    const count = 'rathaus_graphql_operation_duration_seconds_count';
    const before = await samples();

    expect((await server.gql('query Categories { categories { id } }')).status).toBe(200);
    expect((await server.gql('query MadeUpByACaller4711 { categories { id } }')).status).toBe(200);
    expect((await server.gql('{ categories { id } }')).status).toBe(200);

    const after = await scrape(server);
    expect(valueOf(after.samples, count, named)).toBe((valueOf(before, count, named) ?? 0) + 1);
    expect(valueOf(after.samples, count, other)).toBe((valueOf(before, count, other) ?? 0) + 2);
    expect(after.text).not.toContain('MadeUpByACaller4711');
    const httpCount = 'rathaus_http_request_duration_seconds_count';
    expect(valueOf(after.samples, httpCount, http)).toBeGreaterThanOrEqual(
      (valueOf(before, httpCount, http) ?? 0) + 3,
    );
  });

  it('counts GraphQL errors by their code, and the user errors of mutations', async () => {
    const errors = 'rathaus_graphql_errors_total';
    const validation = { code: 'GRAPHQL_VALIDATION_FAILED' };
    const parse = { code: 'GRAPHQL_PARSE_FAILED' };
    const before = await samples();

    expect((await server.gql('{ noSuchField }')).status).toBe(400);
    expect((await server.gql('{ offices { id }')).status).toBe(400);
    const booking = await server.gql<{ bookAppointment: { userErrors: Array<{ code: string }> } }>(
      `mutation Book($input: BookAppointmentInput!) {
         bookAppointment(input: $input) { appointment { id } userErrors { code } }
       }`,
      {
        input: { ...guestBooking(await createBookingFixture(server.orm), '2020-01-01T10:00:00Z') },
      },
    );
    const [refusal] = booking.body.data!.bookAppointment.userErrors;
    expect(refusal).toBeDefined();

    const after = await samples();
    expect(valueOf(after, errors, validation)).toBe((valueOf(before, errors, validation) ?? 0) + 1);
    expect(valueOf(after, errors, parse)).toBe((valueOf(before, errors, parse) ?? 0) + 1);
    const userErrors = 'rathaus_graphql_user_errors_total';
    const code = { code: refusal!.code };
    expect(valueOf(after, userErrors, code)).toBe((valueOf(before, userErrors, code) ?? 0) + 1);
  });

  it('follows open WebSockets and subscriptions of a real graphql-ws client up and down', async () => {
    expect(await metric('rathaus_websocket_connections')).toBe(0);
    expect(await metric('rathaus_graphql_subscriptions')).toBe(0);

    // Not lazy: the socket stays open without an operation
    const client = server.wsClient({ lazy: false });
    const published = subscription(client, 'subscription { announcementPublished { id } }', {});
    const pending = published.next(60_000).catch(() => undefined);
    await waitUntil(
      async () =>
        (await metric('rathaus_websocket_connections')) === 1 &&
        (await metric('rathaus_graphql_subscriptions')) === 1,
      'one WebSocket with one subscription in the metrics',
    );

    await published.close();
    await waitUntil(
      async () => (await metric('rathaus_graphql_subscriptions')) === 0,
      'the subscription gone from the metrics',
    );
    expect(await metric('rathaus_websocket_connections')).toBe(1);
    await client.dispose();
    await waitUntil(
      async () => (await metric('rathaus_websocket_connections')) === 0,
      'the WebSocket gone from the metrics',
    );
    await pending;
  });

  it('reports the outbox backlog and the age of its oldest e-mail from the rows', async () => {
    const em = server.orm.em.fork();
    /** An e-mail queued `minutesAgo` before the server's now. */
    const queue = (minutesAgo: number, attempts: number, sent: boolean) =>
      em.execute(
        `insert into outbox_message (id, recipient, subject, body, created_at, attempts, sent_at)
         values (gen_random_uuid(), 'someone@example.org', 'Test', 'Text', ?, ?, ?)`,
        [new Date(NOW.getTime() - minutesAgo * 60_000), attempts, sent ? NOW : null],
      );
    expect(await metric('rathaus_outbox_pending_messages')).toBe(0);
    expect(await metric('rathaus_outbox_oldest_pending_age_seconds')).toBe(0);

    await queue(1, 0, false);
    // The oldest waiting: retried three times
    await queue(10, 3, false);
    // Given up on, and sent: both older, neither waits
    await queue(60, 8, false);
    await queue(120, 1, true);

    const figures = await samples();
    expect(valueOf(figures, 'rathaus_outbox_pending_messages')).toBe(2);
    expect(valueOf(figures, 'rathaus_outbox_failed_messages')).toBe(1);
    expect(valueOf(figures, 'rathaus_outbox_oldest_pending_age_seconds')).toBe(600);
    await em.execute('delete from outbox_message');
  });

  it("counts today's appointments, open conversations and the longest wait for an answer", async () => {
    const { town, citizen, clerk } = await messagingTown(server);
    const book = (startsAt: string) =>
      server.gql<{ bookAppointment: { userErrors: unknown[] } }>(
        `mutation($input: BookAppointmentInput!) {
           bookAppointment(input: $input) { appointment { id } userErrors { code } }
         }`,
        { input: guestBooking(town, startsAt) },
      );
    const before = await samples();
    for (const startsAt of [
      '2027-03-10T13:00:00Z',
      '2027-03-10T22:00:00Z',
      '2027-03-11T09:00:00Z',
    ]) {
      expect((await book(startsAt)).body.data!.bookAppointment.userErrors).toEqual([]);
    }
    const conversation = await startConversation(server, citizen, town.office);
    server.clock.set(new Date(NOW.getTime() + 10 * 60_000));

    const waiting = await samples();
    // 14:00 and 23:00 in Musterstadt are today; 10:00 tomorrow is not
    expect(valueOf(waiting, 'rathaus_appointments_today')).toBe(
      (valueOf(before, 'rathaus_appointments_today') ?? 0) + 2,
    );
    expect(valueOf(waiting, 'rathaus_conversations_open')).toBe(1);
    expect(valueOf(waiting, 'rathaus_conversations_awaiting_answer')).toBe(1);
    expect(valueOf(waiting, 'rathaus_conversation_oldest_unanswered_age_seconds')).toBe(600);

    expect((await send(server, clerk, conversation.id, 'Gern, worum geht es?')).userErrors).toEqual(
      [],
    );
    const answered = await samples();
    expect(valueOf(answered, 'rathaus_conversations_open')).toBe(1);
    expect(valueOf(answered, 'rathaus_conversations_awaiting_answer')).toBe(0);
    expect(valueOf(answered, 'rathaus_conversation_oldest_unanswered_age_seconds')).toBe(0);
    server.clock.set(NOW);
  });

  it('counts the runs and failures of each periodic job', async () => {
    let runs = 0;
    const job = every(
      3_600_000,
      'metrics test job',
      createLogger({ logLevel: 'silent' }),
      async () => {
        runs += 1;
        if (runs === 2) throw new Error('the second run fails');
      },
    );
    try {
      await job.runNow();
      await expect(job.runNow()).rejects.toThrow('the second run fails');
      await job.runNow();
    } finally {
      await job.stop();
    }
    const figures = await samples();
    const labels = { job: 'metrics test job' };
    expect(valueOf(figures, 'rathaus_job_runs_total', labels)).toBe(3);
    expect(valueOf(figures, 'rathaus_job_failures_total', labels)).toBe(1);
    expect(valueOf(figures, 'rathaus_job_duration_seconds_count', labels)).toBe(3);
    expect(valueOf(figures, 'rathaus_job_last_success_timestamp_seconds', labels)).toBe(
      NOW.getTime() / 1000,
    );
  });

  it('reports the database pool', async () => {
    const figures = await samples();
    expect(valueOf(figures, 'rathaus_database_pool_max_connections')).toBe(10);
    expect(valueOf(figures, 'rathaus_database_pool_waiting')).toBe(0);
    expect(
      valueOf(figures, 'rathaus_database_pool_connections', { state: 'idle' }),
    ).toBeGreaterThan(0);
    expect(
      valueOf(figures, 'rathaus_database_pool_acquire_duration_seconds_count'),
    ).toBeGreaterThan(0);
  });
});

describe('the slow-query log', () => {
  const slowLines = (requestId: string): LogRecord[] =>
    server.logs.filter((log) => log.msg === 'slow SQL statement' && log.requestId === requestId);

  it('logs a statement over SLOW_QUERY_MS with the request id and its duration, without parameters', async () => {
    const email = 'geheim.slow-query@example.org';
    const response = await server
      .http()
      .post('/graphql')
      .set({ 'content-type': 'application/json', 'x-request-id': 'slow-query-1' })
      .send({
        query: 'query($email: String!) { appointment(code: "ABCDEFGH", email: $email) { id } }',
        variables: { email },
      });
    expect(response.status).toBe(200);

    const lines = slowLines('slow-query-1');
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) {
      expect(line.level).toBe(40);
      expect(typeof line.ms).toBe('number');
      expect(line.statement).toEqual(expect.stringMatching(/^(select|insert|update|with)/i));
    }
    expect(lines.some((line) => String(line.statement).includes('appointment'))).toBe(true);
    expect(JSON.stringify(server.logs)).not.toContain('geheim.slow-query');
  });

  it('logs the statements of a WebSocket operation with its request id', async () => {
    const client = server.wsClient();
    const from = server.logs.length;
    const result = await new Promise<unknown>((resolve, reject) => {
      client.subscribe(
        { query: 'query Offices { offices { id } }' },
        { next: resolve, error: reject, complete: () => undefined },
      );
    });
    expect(result).toMatchObject({ data: { offices: expect.any(Array) } });
    const socketLines = server.logs
      .slice(from)
      .filter(
        (log) =>
          log.msg === 'slow SQL statement' &&
          typeof log.requestId === 'string' &&
          String(log.statement).includes('office'),
      );
    expect(socketLines.length).toBeGreaterThan(0);
    await client.dispose();
  });
});
