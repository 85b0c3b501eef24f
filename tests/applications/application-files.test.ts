import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signFileLink, type FileLinkClaim } from '../../src/applications/file-links.js';
import type { FileStore } from '../../src/applications/file-store.js';
import { signUploadTicket } from '../../src/applications/upload-tickets.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { createAccount, signInWithCookie, type TestAccount } from '../support/accounts.js';
import {
  DOCUMENT_MAX_BYTES,
  fileStoreOf,
  insertApplication,
  insertFile,
  insertForm,
} from '../support/application-rows.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { pdf, png } from '../support/sample-files.js';

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
  formId = await insertForm(server, town.serviceId, { retentionYears: 10 });
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

const cookieOf = (account: TestAccount) => signInWithCookie(server, account);

function binary(res: unknown, done: (error: Error | null, body: Buffer) => void) {
  // superagent's parsers receive Node's response stream, whatever its type declarations say.
  const stream = res as IncomingMessage;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
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
    const [row] = await server.orm.em
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
        subject: `APPLICATION:${row!.reference}`,
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
    const changed = tampered(mine);

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

describe('uploading a document', () => {
  async function draftOf(citizen: TestAccount, status = 'DRAFT') {
    return insertApplication(server, {
      formId,
      serviceId: town.serviceId,
      officeId: town.officeId,
      applicantId: citizen.id,
      status,
    });
  }

  function ticket(applicationId: string, uploader: string, expiresAt = IN_TEN_MINUTES) {
    return signUploadTicket(
      server.linkSecret,
      { applicationId, requirement: 'proofOfAddress', fileName: 'Nachweis.pdf', uploader },
      expiresAt,
    );
  }

  function upload(token: string, cookie: string | null, bytes: Buffer, type = 'application/pdf') {
    const request = server.http().put(`/files/uploads/${token}`).set('content-type', type);
    return (cookie ? request.set('cookie', cookie) : request).send(bytes);
  }

  /** The application's file rows and every entry of the file store, to see that nothing is left. */
  async function traces(applicationId: string) {
    const rows = await server.orm.em
      .fork()
      .execute('select id from application_file where application_id = ?', [applicationId]);
    const files = await readdir(join(dataDir, 'files'), { recursive: true }).catch(() => []);
    return { rows: rows.length, files: files.length };
  }

  it('keeps a PDF for the owner of a draft, byte for byte', async () => {
    const citizen = await createAccount(server);
    const applicationId = await draftOf(citizen);
    const cookie = await cookieOf(citizen);

    const response = await upload(ticket(applicationId, citizen.id), cookie, pdf());

    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      document: {
        id: expect.any(String),
        fileName: 'Nachweis.pdf',
        mediaType: 'application/pdf',
        size: pdf().byteLength,
      },
    });
    const link = signFileLink(
      server.linkSecret,
      {
        kind: 'document',
        id: (response.body as { document: { id: string } }).document.id,
        viewer: citizen.id,
      },
      IN_TEN_MINUTES,
    );
    const downloaded = await download(link, cookie);
    expect(Buffer.from(downloaded.body as Buffer).equals(pdf())).toBe(true);
  });

  it('refuses a PNG declared as PDF, and a failed upload leaves no row and no file', async () => {
    const citizen = await createAccount(server);
    const applicationId = await draftOf(citizen);
    const cookie = await cookieOf(citizen);
    const before = await traces(applicationId);

    const refused = await upload(ticket(applicationId, citizen.id), cookie, png()).set(
      'accept-language',
      'en',
    );

    expect(refused.status).toBe(415);
    expect(refused.body).toEqual({
      code: 'CONTENT_MISMATCH',
      message: 'The content of the file does not match its type. Did you choose the right file?',
    });
    expect(await traces(applicationId)).toEqual(before);
    // The positive control: the same PNG declared as what it is is kept.
    expect(
      (await upload(ticket(applicationId, citizen.id), cookie, png(), 'image/png')).status,
    ).toBe(201);
    expect((await traces(applicationId)).rows).toBe(before.rows + 1);
  });

  it('refuses a file too large while it is still being sent', async () => {
    const citizen = await createAccount(server);
    const applicationId = await draftOf(citizen);
    const cookie = await cookieOf(citizen);
    const url = new URL(`/files/uploads/${ticket(applicationId, citizen.id)}`, server.url);

    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        url,
        { method: 'PUT', headers: { cookie, 'content-type': 'application/pdf' } },
        (res) => {
          let body = '';
          res.setEncoding('utf8');
          res.on('data', (text: string) => (body += text));
          res.on('end', () => {
            req.destroy();
            resolve({ status: res.statusCode ?? 0, body });
          });
        },
      );
      req.on('error', reject);
      // More than the limit, and the body never ends: only stopping at the limit answers.
      req.write(pdf());
      req.write(Buffer.alloc(DOCUMENT_MAX_BYTES, 0x20));
    });

    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'TOO_LARGE' });
    expect((await traces(applicationId)).rows).toBe(0);
  });

  it('refuses more files than a requirement or an application may hold, and more bytes in all', async () => {
    const citizen = await createAccount(server);
    const cookie = await cookieOf(citizen);
    const full = await draftOf(citizen);
    for (let index = 0; index < 10; index++) {
      await insertFile(server, store, { applicationId: full, bytes: randomBytes(10) });
    }
    const heavy = await insertApplication(server, {
      formId,
      serviceId: elsewhere.serviceId,
      officeId: town.officeId,
      applicantId: citizen.id,
      status: 'DRAFT',
    });
    await insertFile(server, store, {
      applicationId: heavy,
      bytes: randomBytes(10),
      size: 50 * 1024 * 1024 - 100,
    });

    const tooMany = await upload(ticket(full, citizen.id), cookie, pdf());
    const tooHeavy = await upload(ticket(heavy, citizen.id), cookie, pdf());

    expect([tooMany.status, tooMany.body.code]).toEqual([409, 'TOO_MANY_FILES']);
    expect([tooHeavy.status, tooHeavy.body.code]).toEqual([413, 'TOTAL_TOO_LARGE']);
    expect((await traces(full)).rows).toBe(10);
    expect((await traces(heavy)).rows).toBe(1);
  });

  it('takes uploads only from the ticket’s uploader while they may still add documents', async () => {
    const citizen = await createAccount(server);
    const stranger = await createAccount(server);
    const clerk = await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] });
    const draft = await draftOf(citizen);
    const submitted = await draftOf(citizen, 'SUBMITTED');
    const cookie = await cookieOf(citizen);
    const strangerCookie = await cookieOf(stranger);

    const codes = async (token: string, who: string | null) => {
      const response = await upload(token, who, pdf());
      return [response.status, response.body.code as string | undefined];
    };

    expect(await codes(ticket(draft, citizen.id), null)).toEqual([403, 'NOT_ALLOWED']);
    expect(await codes(ticket(draft, citizen.id), strangerCookie)).toEqual([403, 'NOT_ALLOWED']);
    expect(await codes(ticket(draft, stranger.id), strangerCookie)).toEqual([403, 'NOT_ALLOWED']);
    expect(await codes(ticket(submitted, citizen.id), cookie)).toEqual([403, 'NOT_ALLOWED']);
    expect(await codes(ticket(draft, citizen.id, NOW), cookie)).toEqual([403, 'EXPIRED']);
    expect(await codes(tampered(ticket(draft, citizen.id)), cookie)).toEqual([403, 'EXPIRED']);
    // The positive controls: the owner on the draft, and staff filing a scan for a submitted case.
    expect(await codes(ticket(draft, citizen.id), cookie)).toEqual([201, undefined]);
    expect(await codes(ticket(submitted, clerk.id), await cookieOf(clerk))).toEqual([
      201,
      undefined,
    ]);
  });
});

/** The token with its last character changed: always a different one, whatever it was. */
function tampered(token: string) {
  return `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
}
