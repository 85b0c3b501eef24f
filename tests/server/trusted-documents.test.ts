import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { createApiKey } from '../../src/accounts/credentials.service.js';
import { publishAnnouncementWithdrawn } from '../../src/announcements/announcement-events.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import {
  CLIENT_MANIFESTS,
  documentId,
  listedFirst,
  readManifests,
} from '../../src/server/trusted-documents.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { startTestServer, waitForSubscriptions, type TestServer } from '../support/test-server.js';

// Trusted documents (docs/decisions/0030-trusted-documents.md): the clients' built documents are
// answered by id over HTTP and WebSocket; in production, a first-party page (Origin of this town,
// no API key, not GraphiQL) may send nothing else. Needs the clients' build (`npm run build`).

/** The documents the client builds listed, by their text's first words. */
const listed = readManifests(CLIENT_MANIFESTS);
function listedId(start: string): string {
  const found = [...listed].find(([, text]) => text.startsWith(start));
  if (!found) throw new Error(`no listed document starts with "${start}": run npm run build`);
  return found[0];
}

const OFFICES = 'query Own { offices { id name } }';
const persisted = (id: string) => ({ persistedQuery: { version: 1, sha256Hash: id } });

let production: TestServer;
let development: TestServer;
let citizenToken: string;
let apiKey: string;

beforeAll(async () => {
  production = await startTestServer({
    template: 'demo',
    env: { NODE_ENV: 'production', FIRST_PARTY_ORIGINS: 'https://kiosk.rathaus.test' },
  });
  development = await startTestServer({ databaseName: production.databaseName });
  const citizen = await createAccount(production);
  citizenToken = await signIn(production, citizen);
  ({ key: apiKey } = await createApiKey(
    {
      em: production.orm.em.fork(),
      principal: {
        kind: 'account',
        accountId: citizen.id,
        roles: [Role.CITIZEN],
        officeIds: [],
        sessionId: null,
      },
    },
    { name: 'Trusted documents test app' },
  ));
});

afterAll(async () => {
  await development?.close();
  await production?.close();
});

/** A POST to /graphql of `server` with the body and headers given. */
function post(server: TestServer, body: object, headers: Record<string, string> = {}) {
  return server
    .http()
    .post('/graphql')
    .set({ 'content-type': 'application/json', ...headers })
    .send(body);
}

describe('over HTTP', () => {
  it('answers a listed id without the document, from a first-party page', async () => {
    const id = listedId('query BoardOffices ');
    const response = await post(
      production,
      { operationName: 'BoardOffices', extensions: persisted(id) },
      { origin: 'https://rathaus.test' },
    );
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    const offices = response.body.data.offices as Array<{ __typename: string; id: string }>;
    expect(offices.length).toBeGreaterThan(0);
    // As the client's cache needs it: the listed text asks for the type names.
    expect(offices[0]!.__typename).toBe('Office');
  });

  it('answers an id no build listed with PERSISTED_QUERY_NOT_FOUND', async () => {
    const response = await post(
      production,
      { extensions: persisted(documentId('query Unlisted { offices { id } }')) },
      { origin: 'https://rathaus.test' },
    );
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: 'PersistedQueryNotFound',
        extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
      }),
    ]);
  });

  it.each([
    ['PUBLIC_URL’s origin', { origin: 'https://rathaus.test' }],
    ['a FIRST_PARTY_ORIGINS origin', { origin: 'https://kiosk.rathaus.test' }],
    ['the origin of the host the browser asked', { origin: 'https://lan-name', host: 'lan-name' }],
  ])('refuses a document text from %s with TRUSTED_DOCUMENT_REQUIRED', async (_what, headers) => {
    const response = await post(production, { query: OFFICES }, headers);
    expect(response.status).toBe(400);
    expect(response.body.data).toBeUndefined();
    expect(response.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringContaining('API-Schlüssel'),
        extensions: expect.objectContaining({ code: 'TRUSTED_DOCUMENT_REQUIRED' }),
      }),
    ]);
  });

  it('refuses it from a signed-in citizen’s page too, in the page’s language', async () => {
    const response = await post(
      production,
      { query: OFFICES },
      { origin: 'https://rathaus.test', 'accept-language': 'en', ...bearer(citizenToken) },
    );
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    expect(response.body.errors[0].message).toContain('API key');
  });

  it.each([
    [
      'an API key from a first-party page',
      () => ({ origin: 'https://rathaus.test', ...bearer(apiKey) }),
    ],
    ['GraphiQL', () => ({ origin: 'https://rathaus.test', 'x-rathaus-client': 'graphiql' })],
    ['a page of another origin', () => ({ origin: 'https://portal.example.org' })],
    ['a program (no Origin)', () => ({})],
  ])('answers a document text from %s', async (_what, headers) => {
    const response = await post(production, { query: OFFICES }, headers());
    expect(response.status).toBe(200);
    expect(response.body.errors).toBeUndefined();
    expect((response.body.data.offices as unknown[]).length).toBeGreaterThan(0);
  });

  it('answers document texts from first-party pages outside production, unless configured', async () => {
    const allowed = await post(development, { query: OFFICES }, { origin: 'http://rathaus.test' });
    expect(allowed.status).toBe(200);
    expect(allowed.body.errors).toBeUndefined();

    const strict = await startTestServer({
      databaseName: production.databaseName,
      env: { TRUSTED_DOCUMENTS_ONLY: 'true' },
    });
    try {
      const refused = await post(strict, { query: OFFICES }, { origin: 'http://rathaus.test' });
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].extensions.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    } finally {
      await strict.close();
    }
  });
});

describe('over WebSocket', () => {
  const clients: Client[] = [];
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
  });

  /** A graphql-ws client of `server` whose upgrade request carries `origin`. */
  function socket(
    server: TestServer,
    origin: string | null,
    connectionParams: Record<string, unknown> = {},
  ): Client {
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: class extends WebSocket {
        constructor(url: string, protocols?: string | string[]) {
          super(url, protocols, origin ? { headers: { origin } } : {});
        }
      },
      retryAttempts: 0,
      connectionParams,
    });
    clients.push(client);
    return client;
  }

  /** The first result of an operation, or the errors the server refused it with. */
  function first(
    client: Client,
    payload: { query: string; extensions?: Record<string, unknown>; operationName?: string },
  ): Promise<FormattedExecutionResult<Record<string, unknown>, unknown>> {
    return new Promise((resolve, reject) => {
      const stop = client.subscribe<Record<string, unknown>, unknown>(payload, {
        next: (value) => {
          stop();
          resolve(value);
        },
        error: (error) =>
          Array.isArray(error)
            ? resolve({ errors: error } as FormattedExecutionResult<
                Record<string, unknown>,
                unknown
              >)
            : reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
        complete: () => undefined,
      });
    });
  }

  it('answers a listed id, and refuses an unlisted one', async () => {
    const client = socket(production, 'https://rathaus.test');
    const answer = await first(client, {
      query: '',
      operationName: 'BoardOffices',
      extensions: persisted(listedId('query BoardOffices ')),
    });
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { offices: unknown[] }).offices.length).toBeGreaterThan(0);

    const unknown = await first(client, {
      query: '',
      extensions: persisted(documentId('query Unlisted { offices { id } }')),
    });
    expect(unknown.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'PERSISTED_QUERY_NOT_FOUND' }),
      }),
    ]);
  });

  it('delivers the events of a subscription the client sent by id', async () => {
    const client = socket(production, 'https://rathaus.test');
    const before = production.bus.activeSubscriptions('announcementWithdrawn');
    const event = first(client, {
      query: '',
      extensions: persisted(listedId('subscription AnnouncementWithdrawn ')),
    });
    await waitForSubscriptions(production.bus, before + 1, 15_000, 'announcementWithdrawn');
    const announcementId = randomUUID();
    publishAnnouncementWithdrawn(production.bus, { announcementId, officeId: null });
    expect(await event).toEqual({
      data: { announcementWithdrawn: toGlobalId('Announcement', announcementId) },
    });
  });

  it('refuses a document text from a first-party page', async () => {
    const refused = await first(socket(production, 'https://rathaus.test'), { query: OFFICES });
    expect(refused.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'TRUSTED_DOCUMENT_REQUIRED' }),
      }),
    ]);
  });

  it.each([
    [
      'an API key',
      () => ({ origin: 'https://rathaus.test', params: { authorization: `Bearer ${apiKey}` } }),
    ],
    ['GraphiQL', () => ({ origin: 'https://rathaus.test', params: { client: 'graphiql' } })],
    ['a program (no Origin)', () => ({ origin: null, params: {} })],
  ])('answers a document text from %s', async (_what, caller) => {
    const { origin, params } = caller();
    const answer = await first(socket(production, origin, params), { query: OFFICES });
    expect(answer.errors).toBeUndefined();
    expect((answer.data as { offices: unknown[] }).offices.length).toBeGreaterThan(0);
  });
});

describe('the lists', () => {
  it('refuses a list whose id is not the SHA-256 of its document', () => {
    const directory = mkdtempSync(join(tmpdir(), 'rathaus-lists-'));
    try {
      const good = join(directory, 'good.json');
      const bad = join(directory, 'bad.json');
      writeFileSync(good, JSON.stringify({ [documentId(OFFICES)]: OFFICES }));
      writeFileSync(bad, JSON.stringify({ ['a'.repeat(64)]: OFFICES }));
      expect(readManifests([good, join(directory, 'not-built.json')])).toEqual(
        new Map([[documentId(OFFICES), OFFICES]]),
      );
      expect(() => readManifests([good, bad])).toThrow(/is not the SHA-256 of its document/);
    } finally {
      rmSync(directory, { recursive: true });
    }
  });

  it('answers a listed id under Apollo’s key prefix with the parsed document, others from its LRU', async () => {
    const document = parse(OFFICES);
    const id = documentId(OFFICES);
    const store = listedFirst((key) => (key === id ? document : undefined));
    expect(await store.get(`schemahash:${id}`)).toBe(document);
    const other = parse('{ services { totalCount } }');
    await store.set('schemahash:other', other);
    expect(await store.get('schemahash:other')).toBe(other);
    expect(await store.get('schemahash:unknown')).toBeUndefined();
  });
});
