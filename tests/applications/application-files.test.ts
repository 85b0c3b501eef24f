import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signFileLink, type FileLinkClaim } from '../../src/applications/file-links.js';
import type { FileStore } from '../../src/applications/file-store.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { createAccount, type TestAccount } from '../support/accounts.js';
import {
  fileStoreOf,
  insertApplication,
  insertFile,
  insertForm,
} from '../support/application-rows.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The documents of an application are downloaded by signed links that open only for the account
// they were made for, while it may still see the case, with headers that keep the file private.

let server: TestServer;
let dataDir: string;
let store: FileStore;
let town: BookingFixture;
let elsewhere: BookingFixture;
let formId: string;
const NOW = new Date('2027-03-01T06:00:00Z');
const IN_TEN_MINUTES = new Date(NOW.getTime() + 10 * 60_000);

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rathaus-files-'));
  server = await startTestServer({ now: NOW, env: { DATA_DIR: dataDir } });
  store = fileStoreOf(dataDir);
  town = await createBookingFixture(server.orm);
  elsewhere = await createBookingFixture(server.orm);
  formId = await insertForm(server, town.serviceId, 10);
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** Signs in as a browser does and answers the Cookie header to send. */
async function cookieOf(account: TestAccount): Promise<string> {
  const { headers } = await server.gql(
    `mutation($input: SignInWithPasswordInput!) {
      signInWithPassword(input: $input) { userErrors { code } }
    }`,
    { input: { email: account.email, password: account.password, sessionType: 'COOKIE' } },
  );
  const cookie = /rathaus_session=[^;]+/.exec(String(headers['set-cookie']))?.[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

function binary(
  res: NodeJS.ReadableStream & { setEncoding(e: string): void },
  done: (error: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}

function download(token: string, cookie?: string) {
  const request = server.http().get(`/files/${token}`).buffer(true).parse(binary);
  return cookie ? request.set('cookie', cookie) : request;
}

function link(claim: FileLinkClaim, expiresAt = IN_TEN_MINUTES): string {
  return signFileLink(server.linkSecret, claim, expiresAt);
}

async function submittedCase() {
  const citizen = await createAccount(server);
  const applicationId = await insertApplication(server, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId: citizen.id,
    status: 'SUBMITTED',
  });
  const bytes = randomBytes(5_000);
  const document = await insertFile(server, store, {
    applicationId,
    bytes,
    fileName: 'Meldebescheinigung März.pdf',
  });
  return { citizen, applicationId, bytes, document };
}

async function accessLogOf(citizenId: string) {
  return server.orm.em
    .fork()
    .execute<Array<{ actor_id: string; subject: string; reason: string; channel: string }>>(
      'select actor_id, subject, reason, channel from data_access_log where citizen_id = ?',
      [citizenId],
    );
}

describe('downloading a document', () => {
  it('serves the owner the bytes as stored, privately and never sniffed', async () => {
    const { citizen, bytes, document } = await submittedCase();
    const cookie = await cookieOf(citizen);

    const response = await download(
      link({ kind: 'document', id: document.id, viewer: citizen.id }),
      cookie,
    );

    expect(response.status).toBe(200);
    expect(Buffer.from(response.body as Buffer).equals(bytes)).toBe(true);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(
      `attachment; filename="Meldebescheinigung M?rz.pdf"; filename*=UTF-8''Meldebescheinigung%20M%C3%A4rz.pdf`,
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('private, no-store');
    expect(await accessLogOf(citizen.id)).toEqual([]);
  });

  it('serves staff of the office, and writes it into the citizen’s data access log', async () => {
    const { citizen, bytes, document } = await submittedCase();
    const clerk = await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] });
    const [{ reference }] = await server.orm.em
      .fork()
      .execute<Array<{ reference: string }>>(
        'select a.reference from application a join application_file f on f.application_id = a.id where f.id = ?',
        [document.id],
      );

    const response = await download(
      link({ kind: 'document', id: document.id, viewer: clerk.id }),
      await cookieOf(clerk),
    );

    expect(response.status).toBe(200);
    expect(Buffer.from(response.body as Buffer).equals(bytes)).toBe(true);
    expect(await accessLogOf(citizen.id)).toEqual([
      {
        actor_id: clerk.id,
        subject: `APPLICATION:${reference}`,
        reason: 'PROCESSING_APPLICATION',
        channel: 'HTTP',
      },
    ]);
  });

  it('opens for nobody else: another citizen, another office’s clerk, nobody signed in, a changed, expired or other kind of link, a removed file', async () => {
    const { citizen, document, applicationId } = await submittedCase();
    const owner = await cookieOf(citizen);
    const stranger = await createAccount(server);
    const otherClerk = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [elsewhere.officeId],
    });
    const mine = link({ kind: 'document', id: document.id, viewer: citizen.id });
    const changed = `${mine.slice(0, -1)}${mine.endsWith('A') ? 'B' : 'A'}`;

    // The positive control: the owner's link opens for the owner.
    expect((await download(mine, owner)).status).toBe(200);
    expect((await download(mine)).status).toBe(404);
    expect((await download(mine, await cookieOf(stranger))).status).toBe(404);
    expect(
      (
        await download(
          link({ kind: 'document', id: document.id, viewer: stranger.id }),
          await cookieOf(stranger),
        )
      ).status,
    ).toBe(404);
    expect(
      (
        await download(
          link({ kind: 'document', id: document.id, viewer: otherClerk.id }),
          await cookieOf(otherClerk),
        )
      ).status,
    ).toBe(404);
    expect((await download(changed, owner)).status).toBe(404);
    expect(
      (await download(link({ kind: 'receipt', id: document.id, viewer: citizen.id }), owner))
        .status,
    ).toBe(404);
    expect(
      (
        await download(
          signFileLink(
            'another-secret-of-at-least-32-characters!',
            { kind: 'document', id: document.id, viewer: citizen.id },
            IN_TEN_MINUTES,
          ),
          owner,
        )
      ).status,
    ).toBe(404);
    server.clock.set(IN_TEN_MINUTES);
    try {
      expect((await download(mine, owner)).status).toBe(404);
    } finally {
      server.clock.set(NOW);
    }
    await server.orm.em
      .fork()
      .execute('update application_file set removed_at = now() where application_id = ?', [
        applicationId,
      ]);
    expect((await download(mine, owner)).status).toBe(404);
    expect(await accessLogOf(citizen.id)).toEqual([]);
  });
});
