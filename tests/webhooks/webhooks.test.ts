import { createHmac } from 'node:crypto';
import { Writable } from 'node:stream';
import { ApiKeyScope } from '../../src/entities/accounts/api-key-scope.entity.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { createLogger } from '../../src/server/logger.js';
import { isBlockedAddress } from '../../src/webhooks/webhook-address.js';
import { postWebhook } from '../../src/webhooks/webhook-http.js';
import { signWebhook } from '../../src/webhooks/webhook-signature.js';
import {
  deliverDueWebhooks,
  purgeFinishedDeliveries,
  RETRY_DELAYS_MS,
  WEBHOOK_MAX_RESPONSE_BYTES,
} from '../../src/webhooks/webhook-worker.js';
import {
  bearer,
  createAccount,
  lastEmailTo,
  signIn,
  type TestAccount,
} from '../support/accounts.js';
import { createPublished, draftInput, UPDATE } from '../support/announcements.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type LogRecord, type TestServer } from '../support/test-server.js';
import { startReceiver, type Received, type Receiver } from './receiver.js';
import { verifyWebhook } from './verify.js';

// Issue #22, "Webhooks": endpoints registered through the API receive signed deliveries
// (Standard Webhooks) in a real HTTP receiver in this test. The worker runs at the test clock's
// time, as its timer would start it, so that retries are driven by the clock, not by waiting.

/** 09:00 in Musterstadt, a Wednesday. */
const NOW = new Date('2027-03-10T08:00:00Z');

let server: TestServer;
let receiver: Receiver;
let town: BookingFixture;
let developer: TestAccount;
let dev: Record<string, string>;
let admin: Record<string, string>;
let apiKeyId: string;
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

async function createKey(headers: Record<string, string>): Promise<string> {
  const { body } = await server.gql<{ createApiKey: { apiKey: { id: string } } }>(
    'mutation { createApiKey(input: { name: "Stadt-App" }) { apiKey { id } } }',
    {},
    headers,
  );
  return body.data!.createApiKey.apiKey.id;
}

beforeAll(async () => {
  receiver = await startReceiver();
  server = await startTestServer({ now: NOW });
  town = await createBookingFixture(server.orm);
  developer = await createAccount(server);
  dev = bearer(await signIn(server, developer));
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  apiKeyId = await createKey(dev);
}, 60_000);

afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

/** The endpoints a test registered, deleted after it with their deliveries. */
const registered: Array<{ id: string; headers: Record<string, string> }> = [];

beforeEach(() => {
  server.clock.set(NOW);
  receiver.answer(() => 204);
});

afterEach(async () => {
  for (const endpoint of registered.splice(0)) {
    await server.gql(
      'mutation($input: WebhookEndpointInput!) { deleteWebhookEndpoint(input: $input) { userErrors { code } } }',
      { input: { webhookEndpointId: endpoint.id } },
      endpoint.headers,
    );
  }
});

type UserError = { code: string; field: string[] | null };
type Registered = {
  webhookEndpoint: { id: string; url: string; events: string[]; enabled: boolean } | null;
  secret: string | null;
  userErrors: UserError[];
};

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    webhookEndpoint { id url events enabled }
    secret
    userErrors { code field }
  }
}`;

async function register(
  input: { url: string; events: string[]; apiKeyId?: string },
  headers = dev,
): Promise<Registered> {
  const { body } = await server.gql<{ createWebhookEndpoint: Registered }>(
    CREATE,
    { input: { apiKeyId, ...input } },
    headers,
  );
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const payload = body.data!.createWebhookEndpoint;
  if (payload.webhookEndpoint) registered.push({ id: payload.webhookEndpoint.id, headers });
  return payload;
}

/** Registers an endpoint at `path` of the receiver; fails on user errors. */
async function endpointAt(path: string, events: string[], headers = dev, key = apiKeyId) {
  const payload = await register({ url: `${receiver.url}${path}`, events, apiKeyId: key }, headers);
  expect(payload.userErrors).toEqual([]);
  return { id: payload.webhookEndpoint!.id, secret: payload.secret! };
}

/** One run of the webhook worker at the test clock's time, as main.ts configures it. */
function runWorker(allowedHosts: string[] = ['127.0.0.1']): Promise<number> {
  return deliverDueWebhooks(server.orm.em.fork(), server.clock.now, logger, {
    allowedHosts,
    timeoutMs: 5000,
    maxResponseBytes: WEBHOOK_MAX_RESPONSE_BYTES,
    settings: server.townSettings,
  });
}

function at(path: string): Received[] {
  return receiver.received.filter((request) => request.url === path);
}

type Payload = { type: string; timestamp: string; data: Record<string, string | null> };
const payloadOf = (request: Received) => JSON.parse(request.body) as Payload;

type Delivery = {
  id: string;
  eventType: string;
  status: string;
  responseStatus: number | null;
  nextAttemptAt: string | null;
  attempts: Array<{ at: string; responseStatus: number | null; error: string | null }>;
  payload: Payload;
};
type EndpointView = {
  id: string;
  enabled: boolean;
  disabledReason: string | null;
  failingSince: string | null;
  deliveries: Delivery[];
};

/** The endpoint with its delivery log, as its owner reads it (`node`, or `me.apiKeys`). */
async function endpointView(id: string, headers = dev): Promise<EndpointView> {
  const { body } = await server.gql<{ node: EndpointView | null }>(
    `query($id: ID!) { node(id: $id) { ... on WebhookEndpoint {
        id enabled disabledReason failingSince
        deliveries { id eventType status responseStatus nextAttemptAt payload
                     attempts { at responseStatus error } }
      } } }`,
    { id },
    headers,
  );
  if (body.errors || !body.data?.node) throw new Error(JSON.stringify(body));
  return body.data.node;
}

describe('signatures (Standard Webhooks)', () => {
  it('reproduces the specification’s test vector', () => {
    // Given the published vector of the Standard Webhooks reference libraries
    const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const message = {
      id: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: 1614265330,
      body: '{"test": 2432232314}',
    };

    // When it is signed, Then the signature is the published one, and it verifies
    expect(signWebhook(secret, message)).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const headers = {
      id: message.id,
      timestamp: String(message.timestamp),
      signature: 'v1,bm9wZQ== v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    };
    expect(verifyWebhook(secret, headers, message.body, message.timestamp)).toBe(true);
    expect(verifyWebhook(secret, headers, message.body, message.timestamp + 301)).toBe(false);
    expect(verifyWebhook(secret, headers, `${message.body} `, message.timestamp)).toBe(false);
  });

  it('delivers a published announcement signed with the endpoint’s secret, and logs it', async () => {
    // Given an endpoint for published announcements
    const endpoint = await endpointAt('/signed', ['ANNOUNCEMENT_PUBLISHED']);
    expect(endpoint.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);

    // When an admin publishes an announcement and the worker runs
    const announcement = await createPublished(server, admin);
    expect(await runWorker()).toBeGreaterThanOrEqual(1);

    // Then the receiver got one POST whose signature verifies with the secret, per the spec
    const [request, ...more] = at('/signed');
    expect(more).toEqual([]);
    const id = String(request!.headers['webhook-id']);
    const timestamp = String(request!.headers['webhook-timestamp']);
    expect(id).toMatch(/^msg_[0-9a-f]{32}$/);
    expect(Number(timestamp)).toBe(Math.floor(NOW.getTime() / 1000));
    const expected = createHmac('sha256', Buffer.from(endpoint.secret.slice(6), 'base64'))
      .update(`${id}.${timestamp}.${request!.body}`)
      .digest('base64');
    expect(request!.headers['webhook-signature']).toBe(`v1,${expected}`);
    expect(request!.headers['content-type']).toBe('application/json');
    expect(payloadOf(request!)).toEqual({
      type: 'announcement.published',
      timestamp: NOW.toISOString(),
      data: { id: announcement.id, officeId: null },
    });

    // And its delivery log shows it delivered with the answer's status and the attempt's time
    const view = await endpointView(endpoint.id);
    expect(view.deliveries).toEqual([
      {
        id,
        eventType: 'ANNOUNCEMENT_PUBLISHED',
        status: 'DELIVERED',
        responseStatus: 204,
        nextAttemptAt: null,
        attempts: [{ at: NOW.toISOString(), responseStatus: 204, error: null }],
        payload: payloadOf(request!),
      },
    ]);
  });
});

describe('retries', () => {
  it('tries again after a 500 with the same id when the clock reaches the back-off, not before', async () => {
    // Given an endpoint that answers 500 once
    const endpoint = await endpointAt('/flaky', ['ANNOUNCEMENT_PUBLISHED']);
    receiver.answer((request) =>
      request.url === '/flaky' && at('/flaky').length === 1 ? 500 : 204,
    );
    await createPublished(server, admin);

    // When the worker runs now, just before the back-off ends, and when it ends
    await runWorker();
    const afterFailure = await endpointView(endpoint.id);
    const retryAt = new Date(NOW.getTime() + RETRY_DELAYS_MS[0]!);
    server.clock.set(new Date(retryAt.getTime() - 1));
    await runWorker();
    expect(at('/flaky')).toHaveLength(1);
    server.clock.set(retryAt);
    await runWorker();

    // Then the first attempt failed and was scheduled, the second delivered the same message
    expect(afterFailure.deliveries[0]).toMatchObject({
      status: 'PENDING',
      responseStatus: 500,
      nextAttemptAt: retryAt.toISOString(),
      attempts: [{ at: NOW.toISOString(), responseStatus: 500, error: 'HTTP 500' }],
    });
    const [first, second] = at('/flaky');
    expect(second!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(second!.body).toBe(first!.body);
    expect(Number(second!.headers['webhook-timestamp'])).toBe(retryAt.getTime() / 1000);
    const view = await endpointView(endpoint.id);
    expect(view.deliveries[0]).toMatchObject({
      status: 'DELIVERED',
      responseStatus: 204,
      nextAttemptAt: null,
      attempts: [
        { at: NOW.toISOString(), responseStatus: 500 },
        { at: retryAt.toISOString(), responseStatus: 204, error: null },
      ],
    });
    expect(view.failingSince).toBeNull();
  });
});

describe('order per resource', () => {
  it('holds a resource’s later event until its earlier one is delivered; other resources go on', async () => {
    // Given an endpoint that refuses the first delivery about announcement A
    await endpointAt('/ordered', ['ANNOUNCEMENT_PUBLISHED', 'ANNOUNCEMENT_CHANGED']);
    let refused = false;
    receiver.answer((request) => {
      if (request.url !== '/ordered' || refused) return 204;
      refused = true;
      return 500;
    });
    const a = await createPublished(server, admin);
    const { body } = await server.gql(
      UPDATE,
      { input: { id: a.id, announcement: draftInput().announcement } },
      admin,
    );
    expect(body.errors).toBeUndefined();
    const b = await createPublished(server, admin);

    // When the worker runs now (twice), and then twice at the retry time
    await runWorker();
    await runWorker();
    const meanwhile = at('/ordered').map((request) => payloadOf(request));
    server.clock.set(new Date(NOW.getTime() + RETRY_DELAYS_MS[0]!));
    await runWorker();
    await runWorker();

    // Then A's change waited for A's publication, B was not held up by A
    expect(meanwhile.map((payload) => [payload.type, payload.data.id])).toEqual([
      ['announcement.published', a.id],
      ['announcement.published', b.id],
    ]);
    expect(
      at('/ordered')
        .map(payloadOf)
        .filter((payload) => payload.data.id === a.id)
        .map((payload) => payload.type),
    ).toEqual(['announcement.published', 'announcement.published', 'announcement.changed']);
  });
});

describe('the outbox', () => {
  it('delivers nothing for a change that was rolled back, and the next committed change', async () => {
    // Given an endpoint for catalogue changes, and a booked appointment at an office
    const endpoint = await endpointAt('/catalogue', ['CATALOGUE_CHANGED']);
    const office = await createBookingFixture(server.orm);
    const booked = await server.gql<{ bookAppointment: { userErrors: UserError[] } }>(
      'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { userErrors { code field } } }',
      { input: guestBooking(office, '2027-03-11T07:00:00Z') },
    );
    expect(booked.body.data!.bookAppointment.userErrors).toEqual([]);

    // When an admin retires the office without saying what happens to the appointment (refused
    // after the office was marked retired and the event queued in the same transaction)
    const retire = await server.gql<{ retireOffice: { userErrors: UserError[] } }>(
      'mutation($input: RetireOfficeInput!) { retireOffice(input: $input) { userErrors { code field } } }',
      { input: { officeId: office.office } },
      admin,
    );
    expect(retire.body.data!.retireOffice.userErrors.map((error) => error.code)).toEqual([
      'APPOINTMENTS_AFFECTED',
    ]);
    await runWorker();

    // Then nothing was queued or delivered
    expect((await endpointView(endpoint.id)).deliveries).toEqual([]);
    expect(at('/catalogue')).toEqual([]);

    // And a closure that commits is delivered (the endpoint listens)
    const closure = await server.gql(
      'mutation($input: CreateClosureInput!) { createClosure(input: $input) { userErrors { code } } }',
      {
        input: {
          officeId: office.office,
          startsAt: '2027-04-01T06:00:00Z',
          endsAt: '2027-04-01T10:00:00Z',
          reason: { de: 'Betriebsausflug' },
        },
      },
      admin,
    );
    expect(closure.body.errors).toBeUndefined();
    await runWorker();
    expect(at('/catalogue').map((request) => payloadOf(request).data)).toEqual([
      expect.objectContaining({ kind: 'CLOSURE', officeId: office.office }),
    ]);
  });
});

describe('server-side request forgery', () => {
  it('refuses URLs of private, loopback, link-local and other internal addresses at registration', async () => {
    // Given URLs that point into the server's own networks, and malformed ones
    const forbidden = [
      'http://10.0.0.1/hook',
      'http://172.16.5.4/hook',
      'http://192.168.1.1/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://100.64.0.1/hook',
      'http://224.0.0.1/hook',
      'http://0.0.0.0:8080/hook',
      'http://[::1]/hook',
      'http://[fd00::1]/hook',
      'http://[fe80::1]/hook',
      'http://[::ffff:10.0.0.1]/hook',
      'http://[::ffff:127.0.0.1]/hook',
      // A name that resolves to the loopback address; only 127.0.0.1 is allowed in the tests.
      'http://localhost:1/hook',
      // 10.0.0.1 written in hexadecimal, as URL parsers accept it.
      'http://0x0a000001/hook',
    ];
    const invalid = ['ftp://example.org/hook', 'http://user:secret@example.org/', 'no url'];

    // When the developer registers them
    const answers = await Promise.all(
      [...forbidden, ...invalid].map((url) => register({ url, events: ['CATALOGUE_CHANGED'] })),
    );

    // Then each is refused with its code on `url`, and nothing is registered
    expect(answers.map((answer) => answer.userErrors)).toEqual([
      ...forbidden.map(() => [{ code: 'FORBIDDEN_ADDRESS', field: ['url'] }]),
      ...invalid.map(() => [{ code: 'INVALID_URL', field: ['url'] }]),
    ]);
    expect(answers.every((answer) => answer.webhookEndpoint === null)).toBe(true);
    // The allowed host of the test configuration passes (positive control).
    expect(
      (await register({ url: `${receiver.url}/ok`, events: ['CATALOGUE_CHANGED'] })).userErrors,
    ).toEqual([]);
  });

  it('classifies addresses, IPv4-mapped IPv6 ones included', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '::ffff:7f00:1',
      '::ffff:192.168.0.1',
      '::',
      'fc00::5',
      'ff02::1',
      '64:ff9b::a00:1',
      'not an address',
    ]) {
      expect([address, isBlockedAddress(address)]).toEqual([address, true]);
    }
    for (const address of ['93.184.216.34', '2606:4700:4700::1111', '::ffff:93.184.216.34']) {
      expect([address, isBlockedAddress(address)]).toEqual([address, false]);
    }
  });

  it('checks the address again at delivery, after resolving the name, and connects to the checked address', async () => {
    // Given a delivery to the receiver, whose host an admin no longer allows
    const endpoint = await endpointAt('/recheck', ['ANNOUNCEMENT_PUBLISHED']);
    await createPublished(server, admin);

    // When the worker runs without the allowance
    await runWorker([]);

    // Then nothing reached the receiver, and the log says why
    expect(at('/recheck')).toEqual([]);
    expect((await endpointView(endpoint.id)).deliveries[0]!.attempts).toEqual([
      { at: NOW.toISOString(), responseStatus: null, error: 'address refused: BLOCKED' },
    ]);

    // And a name that resolves to a private address is refused, unless that name is allowed,
    // in which case the request goes to the address checked (the receiver), not a new lookup
    const resolve = async () => ['127.0.0.1'];
    const url = `http://hooks.example.test:${receiver.port}/pinned`;
    const options = { timeoutMs: 5000, maxResponseBytes: 1024, resolve };
    expect(await postWebhook(url, {}, '{}', { ...options, allowedHosts: [] })).toEqual({
      status: null,
      error: 'address refused: BLOCKED',
    });
    expect(at('/pinned')).toEqual([]);
    expect(
      await postWebhook(url, {}, '{}', { ...options, allowedHosts: ['hooks.example.test'] }),
    ).toEqual({ status: 204, error: null });
    expect(at('/pinned').map((request) => request.headers.host)).toEqual([
      `hooks.example.test:${receiver.port}`,
    ]);
  });

  it('follows no redirect and gives up on an endpoint that does not answer in time', async () => {
    // Given a receiver that redirects one path and never answers another
    receiver.answer((request) =>
      request.url === '/moved'
        ? { status: 302, headers: { location: `${receiver.url}/target` } }
        : request.url === '/silent'
          ? 'hang'
          : 204,
    );
    const options = { allowedHosts: ['127.0.0.1'], timeoutMs: 300, maxResponseBytes: 1024 };

    // When deliveries go to them
    const moved = await postWebhook(`${receiver.url}/moved`, {}, '{}', options);
    const silent = await postWebhook(`${receiver.url}/silent`, {}, '{}', options);

    // Then the redirect is an answer (a failed attempt for the worker), not followed
    expect(moved).toEqual({ status: 302, error: null });
    expect(at('/target')).toEqual([]);
    expect(silent).toEqual({ status: null, error: 'no answer within 300 ms' });
  });
});

describe('an endpoint failing for a day', () => {
  it('is disabled after the last retry, its owner is e-mailed, and it receives again once turned on', async () => {
    // Given an endpoint that answers 500 to everything
    const endpoint = await endpointAt('/down', ['ANNOUNCEMENT_PUBLISHED']);
    receiver.answer((request) => (request.url === '/down' ? 500 : 204));
    await createPublished(server, admin);

    // When the worker runs at every retry time
    await runWorker();
    let time = NOW.getTime();
    const states: Array<{ enabled: boolean; attempts: number }> = [];
    for (const delay of RETRY_DELAYS_MS) {
      time += delay;
      server.clock.set(new Date(time));
      await runWorker();
      const view = await endpointView(endpoint.id);
      states.push({ enabled: view.enabled, attempts: view.deliveries[0]!.attempts.length });
    }

    // Then it was tried 8 times over more than a day, and disabled at the last failure only
    expect(states.map((state) => state.attempts)).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expect(states.map((state) => state.enabled)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(time - NOW.getTime()).toBeGreaterThan(24 * 60 * 60 * 1000);
    const view = await endpointView(endpoint.id);
    expect(view).toMatchObject({
      enabled: false,
      disabledReason: 'FAILING',
      failingSince: NOW.toISOString(),
      deliveries: [{ status: 'FAILED', nextAttemptAt: null, responseStatus: 500 }],
    });
    expect(at('/down')).toHaveLength(8);
    const email = await lastEmailTo(server, developer.email);
    expect(email?.subject).toBe(`Webhook abgeschaltet: ${receiver.url}/down – Rathaus Musterstadt`);
    expect(email?.body).toContain('„Stadt-App“');
    expect(email?.body).toContain('updateWebhookEndpoint');
    expect(email?.body).toContain('http://rathaus.test/developers');

    // And a disabled endpoint gets nothing; turned on again, it gets what happens from then
    await createPublished(server, admin);
    await runWorker();
    expect(at('/down')).toHaveLength(8);
    receiver.answer(() => 204);
    const { body } = await server.gql<{
      updateWebhookEndpoint: { webhookEndpoint: { enabled: boolean }; userErrors: UserError[] };
    }>(
      'mutation($input: UpdateWebhookEndpointInput!) { updateWebhookEndpoint(input: $input) { webhookEndpoint { enabled } userErrors { code field } } }',
      { input: { webhookEndpointId: endpoint.id, enabled: true } },
      dev,
    );
    expect(body.data!.updateWebhookEndpoint).toEqual({
      webhookEndpoint: { enabled: true },
      userErrors: [],
    });
    const later = await createPublished(server, admin);
    await runWorker();
    expect(
      at('/down')
        .map((request) => payloadOf(request).data.id)
        .slice(8),
    ).toEqual([later.id]);
    expect((await endpointView(endpoint.id)).failingSince).toBeNull();
  });
});

describe('office events', () => {
  it('need the key’s office scope, and arrive for its office only', async () => {
    // Given the developer's key without scopes, and another developer's key that an admin
    // scoped to the fixture's office for appointments
    const refused = await register({
      url: `${receiver.url}/office`,
      events: ['ANNOUNCEMENT_PUBLISHED', 'APPOINTMENT_BOOKED'],
    });
    const integrator = bearer(await signIn(server, await createAccount(server)));
    const scopedKey = await createKey(integrator);
    const scoped = await server.gql(
      'mutation($input: SetApiKeyScopesInput!) { setApiKeyScopes(input: $input) { userErrors { code } } }',
      {
        input: {
          apiKeyId: scopedKey,
          scopes: [{ scope: ApiKeyScope.OFFICE_APPOINTMENTS_READ, officeId: town.office }],
        },
      },
      admin,
    );
    expect(scoped.body.data).toEqual({ setApiKeyScopes: { userErrors: [] } });

    // When the key without scope asks for appointments, and the scoped key for messages too
    const messages = await register(
      {
        url: `${receiver.url}/office`,
        events: ['APPOINTMENT_BOOKED', 'MESSAGE_RECEIVED'],
        apiKeyId: scopedKey,
      },
      integrator,
    );

    // Then both are refused with SCOPE_REQUIRED
    expect([refused.userErrors, messages.userErrors]).toEqual([
      [{ code: 'SCOPE_REQUIRED', field: ['events'] }],
      [{ code: 'SCOPE_REQUIRED', field: ['events'] }],
    ]);

    // And the scoped key's endpoint hears of a booking at its office, not at another
    await endpointAt(
      '/office',
      ['APPOINTMENT_BOOKED', 'APPOINTMENT_CANCELLED'],
      integrator,
      scopedKey,
    );
    const other = await createBookingFixture(server.orm);
    const book = (fixture: BookingFixture, startsAt: string) =>
      server.gql<{ bookAppointment: { appointment: { id: string } } }>(
        'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }',
        { input: guestBooking(fixture, startsAt) },
      );
    await book(other, '2027-03-11T07:30:00Z');
    const ours = await book(town, '2027-03-11T08:00:00Z');
    await runWorker();
    expect(at('/office').map(payloadOf)).toEqual([
      {
        type: 'appointment.booked',
        timestamp: NOW.toISOString(),
        data: {
          id: ours.body.data!.bookAppointment.appointment.id,
          officeId: town.office,
          serviceId: town.service,
          startsAt: '2027-03-11T08:00:00.000Z',
        },
      },
    ]);
  });
});

describe('the delivery log', () => {
  it('forgets finished deliveries after 30 days and keeps what still waits', async () => {
    // Given a delivered event and one that waits for its retry
    const delivered = await endpointAt('/kept', ['ANNOUNCEMENT_PUBLISHED']);
    const waiting = await endpointAt('/waiting', ['ANNOUNCEMENT_PUBLISHED']);
    receiver.answer((request) => (request.url === '/waiting' ? 503 : 204));
    await createPublished(server, admin);
    await runWorker();

    // When the retention runs 30 days later, and just after
    const day = 24 * 60 * 60 * 1000;
    server.clock.set(new Date(NOW.getTime() + 30 * day - 1));
    await purgeFinishedDeliveries(server.orm.em.fork(), server.clock.now);
    const before = (await endpointView(delivered.id)).deliveries.length;
    server.clock.set(new Date(NOW.getTime() + 30 * day + 1));
    await purgeFinishedDeliveries(server.orm.em.fork(), server.clock.now);

    // Then the delivered one is gone after its 30 days; the waiting one stays
    expect(before).toBe(1);
    expect((await endpointView(delivered.id)).deliveries).toEqual([]);
    expect((await endpointView(waiting.id)).deliveries.map((d) => d.status)).toEqual(['PENDING']);
  });
});

describe('an office’s appointments and messages', () => {
  it('reach a key scoped to the office: cancelled, checked in, and a citizen’s message', async () => {
    // Given a key scoped to the fixture's office for appointments and messages, with an endpoint
    const integrator = bearer(await signIn(server, await createAccount(server)));
    const key = await createKey(integrator);
    await server.gql(
      'mutation($input: SetApiKeyScopesInput!) { setApiKeyScopes(input: $input) { userErrors { code } } }',
      {
        input: {
          apiKeyId: key,
          scopes: [
            { scope: ApiKeyScope.OFFICE_APPOINTMENTS_READ, officeId: town.office },
            { scope: ApiKeyScope.OFFICE_MESSAGES_WRITE, officeId: town.office },
          ],
        },
      },
      admin,
    );
    await endpointAt(
      '/desk',
      ['APPOINTMENT_CANCELLED', 'APPOINTMENT_CHECKED_IN', 'MESSAGE_RECEIVED'],
      integrator,
      key,
    );

    // When a guest books two times this morning, cancels one and checks in for the other from
    // the phone (the office is open, 09:00 on a Wednesday), and a citizen writes to the office
    const book = async (startsAt: string) => {
      const input = guestBooking(town, startsAt);
      const { body } = await server.gql<{
        bookAppointment: { appointment: { id: string; code: string } };
      }>(
        'mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id code } } }',
        { input },
      );
      return { ...body.data!.bookAppointment.appointment, email: String(input.email) };
    };
    const cancelled = await book('2027-03-10T09:00:00Z');
    const attended = await book('2027-03-10T08:30:00Z');
    const cancel = await server.gql<{ cancelAppointment: { userErrors: UserError[] } }>(
      'mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code field } } }',
      { input: { code: cancelled.code, email: cancelled.email } },
    );
    expect(cancel.body.data!.cancelAppointment.userErrors).toEqual([]);
    const checkIn = await server.gql<{ checkIn: { userErrors: UserError[] } }>(
      'mutation($input: CheckInInput!) { checkIn(input: $input) { userErrors { code field } } }',
      { input: { code: attended.code, email: attended.email } },
    );
    expect(checkIn.body.data!.checkIn.userErrors).toEqual([]);
    const citizen = bearer(await signIn(server, await createAccount(server)));
    const started = await server.gql<{
      startConversation: { conversation: { id: string } | null; userErrors: UserError[] };
    }>(
      'mutation($input: StartConversationInput!) { startConversation(input: $input) { conversation { id } userErrors { code field } } }',
      {
        input: {
          officeId: town.office,
          subject: 'Frage',
          body: 'Welche Unterlagen brauche ich?',
          clientMessageId: 'webhook-test-1',
        },
      },
      citizen,
    );
    expect(started.body.data!.startConversation.userErrors).toEqual([]);
    await runWorker();

    // Then the endpoint heard of each, in the office's and the resources' order
    const events = at('/desk').map(payloadOf);
    expect(events.map((event) => [event.type, event.data.id])).toEqual([
      ['appointment.cancelled', cancelled.id],
      ['appointment.checked_in', attended.id],
      ['message.received', expect.any(String)],
    ]);
    expect(events[2]!.data).toMatchObject({
      conversationId: started.body.data!.startConversation.conversation!.id,
      officeId: town.office,
    });
  });
});

describe('ownership', () => {
  it('lets only the key’s owner (and admins) change, rotate or delete an endpoint', async () => {
    // Given the developer's endpoint and another citizen
    const endpoint = await endpointAt('/owned', ['CATALOGUE_CHANGED']);
    const stranger = bearer(await signIn(server, await createAccount(server)));
    const rotate =
      'mutation($input: WebhookEndpointInput!) { rotateWebhookEndpointSecret(input: $input) { secret userErrors { code } } }';
    const input = { input: { webhookEndpointId: endpoint.id } };

    // When the stranger and the owner rotate its secret
    const byStranger = await server.gql(rotate, input, stranger);
    const byOwner = await server.gql<{ rotateWebhookEndpointSecret: { secret: string } }>(
      rotate,
      input,
      dev,
    );

    // Then the stranger gets NOT_FOUND, the owner a new secret; for a day both secrets sign
    expect(byStranger.body.data).toEqual({
      rotateWebhookEndpointSecret: { secret: null, userErrors: [{ code: 'NOT_FOUND' }] },
    });
    const secret = byOwner.body.data!.rotateWebhookEndpointSecret.secret;
    expect(secret).not.toBe(endpoint.secret);
    await server.gql(
      'mutation($input: CreateClosureInput!) { createClosure(input: $input) { userErrors { code } } }',
      {
        input: {
          officeId: town.office,
          startsAt: '2027-05-01T06:00:00Z',
          endsAt: '2027-05-01T10:00:00Z',
          reason: { de: 'Maifeiertag' },
        },
      },
      admin,
    );
    await runWorker();
    const [request] = at('/owned');
    const signed = {
      id: String(request!.headers['webhook-id']),
      timestamp: String(request!.headers['webhook-timestamp']),
      signature: String(request!.headers['webhook-signature']),
    };
    const now = NOW.getTime() / 1000;
    expect(signed.signature.split(' ')).toHaveLength(2);
    expect(verifyWebhook(secret, signed, request!.body, now)).toBe(true);
    expect(verifyWebhook(endpoint.secret, signed, request!.body, now)).toBe(true);

    // And admins see it in webhookEndpoints, with its owner
    const { body } = await server.gql<{
      webhookEndpoints: { edges: Array<{ node: { id: string; owner: { email: string } } }> };
    }>('{ webhookEndpoints(first: 100) { edges { node { id owner { email } } } } }', {}, admin);
    expect(body.data!.webhookEndpoints.edges.map((edge) => edge.node)).toContainEqual({
      id: endpoint.id,
      owner: { email: developer.email },
    });
  });
});
