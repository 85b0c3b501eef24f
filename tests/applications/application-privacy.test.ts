import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { deleteExpiredApplications } from '../../src/applications/application-retention.js';
import { signFileLink } from '../../src/applications/file-links.js';
import type { FileStore } from '../../src/applications/file-store.js';
import { createAccount, signInWithCookie, type TestAccount } from '../support/accounts.js';
import {
  fileStoreOf,
  insertApplication,
  insertFile,
  insertForm,
} from '../support/application-rows.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A citizen takes everything Rathaus holds about them home in one archive, and only they can
// open the link to it.

let server: TestServer;
let dataDir: string;
let store: FileStore;
let town: BookingFixture;
let formId: string;
const NOW = new Date('2027-03-01T06:00:00Z');

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rathaus-privacy-'));
  server = await startTestServer({ now: NOW, env: { DATA_DIR: dataDir } });
  store = fileStoreOf(dataDir);
  town = await createBookingFixture(server.orm);
  formId = await insertForm(server, town.serviceId, { retentionYears: 10 });
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function rows<T>(statement: string, params: unknown[] = []): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(statement, params);
}

/** Whether the store still has a file under the key. */
async function stored(storageKey: string): Promise<boolean> {
  return store.read(storageKey).then(
    () => true,
    () => false,
  );
}

function application(applicantId: string, status: string, decidedAt?: Date) {
  return insertApplication(server, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId,
    status,
    ...(decidedAt ? { decidedAt } : {}),
  });
}

const cookieOf = (account: TestAccount) => signInWithCookie(server, account);

async function exportOf(cookie: string): Promise<{ archiveUrl: string; tables: object }> {
  const { body } = await server.gql<{
    exportMyData: { data: { archiveUrl: string; tables: object } };
  }>('mutation { exportMyData { data userErrors { code } } }', {}, { cookie });
  return body.data!.exportMyData.data;
}

/** The request path of an absolute link to this server. */
function pathOf(url: string): string {
  expect(url.startsWith('http://rathaus.test/files/export/')).toBe(true);
  return url.slice('http://rathaus.test'.length);
}

/** A response body as bytes, whatever its content type. */
function binary(res: unknown, done: (error: Error | null, body: Buffer) => void) {
  // superagent's parsers receive Node's response stream, whatever its type declarations say.
  const stream = res as IncomingMessage;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}

describe('the export archive', () => {
  it('holds data.json with what exportMyData answers, sent as a private download', async () => {
    const citizen = await createAccount(server);
    const cookie = await cookieOf(citizen);
    const exported = await exportOf(cookie);

    const response = await server
      .http()
      .get(pathOf(exported.archiveUrl))
      .set('cookie', cookie)
      .buffer(true)
      .parse(binary);

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/zip');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename=rathaus-2027-03-01.zip',
    );
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['cache-control']).toBe('private, no-store');
    const files = unzipSync(new Uint8Array(response.body as Buffer));
    const data = JSON.parse(strFromU8(files['data.json']!)) as { tables: { account: unknown[] } };
    expect(data.tables.account).toEqual([
      expect.objectContaining({ id: citizen.id, email: citizen.email }),
    ]);
  });

  it("holds every file of the citizen's applications, byte for byte, and no one else's", async () => {
    const citizen = await createAccount(server);
    const other = await createAccount(server);
    const draft = await application(citizen.id, 'DRAFT');
    const decided = await application(citizen.id, 'APPROVED');
    const scan = randomBytes(70_000);
    const letter = randomBytes(3_000);
    const document = await insertFile(server, store, {
      applicationId: draft,
      bytes: scan,
      fileName: 'Scan/../Meldebescheinigung.pdf',
    });
    const decision = await insertFile(server, store, {
      applicationId: decided,
      bytes: letter,
      kind: 'DECISION',
      fileName: 'Bescheid.pdf',
    });
    await insertFile(server, store, {
      applicationId: await application(other.id, 'DRAFT'),
      bytes: randomBytes(100),
    });
    const cookie = await cookieOf(citizen);

    const response = await server
      .http()
      .get(pathOf((await exportOf(cookie)).archiveUrl))
      .set('cookie', cookie)
      .buffer(true)
      .parse(binary);

    const files = unzipSync(new Uint8Array(response.body as Buffer));
    expect(Object.keys(files).sort()).toEqual(
      [
        'data.json',
        `files/${draft}/${document.id}-Scan_.._Meldebescheinigung.pdf`,
        `files/${decided}/${decision.id}-Bescheid.pdf`,
      ].sort(),
    );
    expect(
      Buffer.from(files[`files/${draft}/${document.id}-Scan_.._Meldebescheinigung.pdf`]!).equals(
        scan,
      ),
    ).toBe(true);
    expect(Buffer.from(files[`files/${decided}/${decision.id}-Bescheid.pdf`]!).equals(letter)).toBe(
      true,
    );
  });

  it('opens for nobody else: another citizen, nobody signed in, a changed or expired link', async () => {
    const citizen = await createAccount(server);
    const cookie = await cookieOf(citizen);
    const path = pathOf((await exportOf(cookie)).archiveUrl);
    const other = await cookieOf(await createAccount(server));
    const forOther = signFileLink(
      server.linkSecret,
      { kind: 'export', id: citizen.id, viewer: citizen.id },
      new Date('2027-03-01T06:10:00Z'),
    );
    const tampered = `${path.slice(0, -1)}${path.endsWith('A') ? 'B' : 'A'}`;
    const document = signFileLink(
      server.linkSecret,
      { kind: 'document', id: citizen.id, viewer: citizen.id },
      new Date('2027-03-01T06:10:00Z'),
    );

    // The positive control: the link opens for its owner.
    expect((await server.http().get(path).set('cookie', cookie)).status).toBe(200);
    expect((await server.http().get(path).set('cookie', other)).status).toBe(404);
    expect((await server.http().get(path)).status).toBe(404);
    expect((await server.http().get(tampered).set('cookie', cookie)).status).toBe(404);
    expect(
      (await server.http().get(`/files/export/${document}`).set('cookie', cookie)).status,
    ).toBe(404);
    expect(
      (await server.http().get(`/files/export/${forOther}`).set('cookie', cookie)).status,
    ).toBe(200);
    server.clock.set(new Date('2027-03-01T06:10:00Z'));
    try {
      expect((await server.http().get(path).set('cookie', cookie)).status).toBe(404);
    } finally {
      server.clock.set(new Date('2027-03-01T06:00:00Z'));
    }
  });
});

describe('deleting the account', () => {
  it('deletes drafts and undecided cases with their files, and anonymises decided ones', async () => {
    const citizen = await createAccount(server);
    const bystander = await createAccount(server);
    const ids = {
      draft: await application(citizen.id, 'DRAFT'),
      inReview: await application(citizen.id, 'IN_REVIEW'),
      withdrawn: await application(citizen.id, 'WITHDRAWN'),
      approved: await application(citizen.id, 'APPROVED'),
      closed: await application(citizen.id, 'CLOSED'),
      others: await application(bystander.id, 'SUBMITTED'),
    };
    const files = {
      draft: await insertFile(server, store, { applicationId: ids.draft, bytes: randomBytes(10) }),
      inReview: await insertFile(server, store, {
        applicationId: ids.inReview,
        bytes: randomBytes(10),
      }),
      approved: await insertFile(server, store, {
        applicationId: ids.approved,
        bytes: randomBytes(10),
        kind: 'DECISION',
      }),
      others: await insertFile(server, store, {
        applicationId: ids.others,
        bytes: randomBytes(10),
      }),
    };
    const cookie = await cookieOf(citizen);

    const { body } = await server.gql<{ deleteMyAccount: { deleted: boolean } }>(
      'mutation($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted userErrors { code } } }',
      { input: { confirmEmail: citizen.email, password: citizen.password } },
      { cookie },
    );

    expect(body.data?.deleteMyAccount.deleted).toBe(true);
    const left = await rows<{
      id: string;
      applicant_id: string | null;
      answers: object;
      anonymised_now: boolean | null;
    }>(
      'select id, applicant_id, answers, anonymised_at = ? as anonymised_now from application where id in (?, ?, ?, ?, ?, ?) order by id',
      [NOW, ...Object.values(ids)],
    );
    expect(left).toEqual(
      [
        { id: ids.approved, applicant_id: null, answers: {}, anonymised_now: true },
        { id: ids.closed, applicant_id: null, answers: {}, anonymised_now: true },
        {
          id: ids.others,
          applicant_id: bystander.id,
          answers: { person: { name: 'Erika Mustermann' } },
          anonymised_now: null,
        },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await stored(files.draft.storageKey)).toBe(false);
    expect(await stored(files.inReview.storageKey)).toBe(false);
    // The positive controls: the decided case's letter and the other citizen's file stay.
    expect(await stored(files.approved.storageKey)).toBe(true);
    expect(await stored(files.others.storageKey)).toBe(true);
  });
});

describe('the application retention job', () => {
  it('deletes a decided case with its files once its retention years have passed, not before', async () => {
    const citizen = await createAccount(server);
    const decidedAt = new Date('2027-02-10T08:00:00Z');
    const decided = await application(citizen.id, 'REJECTED', decidedAt);
    const open = await application(citizen.id, 'IN_REVIEW');
    const letter = await insertFile(server, store, {
      applicationId: decided,
      bytes: randomBytes(10),
      kind: 'DECISION',
    });
    const document = await insertFile(server, store, {
      applicationId: open,
      bytes: randomBytes(10),
    });
    const clock = { now: NOW };
    const job = () =>
      deleteExpiredApplications({ em: server.orm.em.fork(), clock: () => clock.now }, store);
    const exists = async (id: string) =>
      (await rows('select 1 from application where id = ?', [id])).length === 1;

    clock.now = new Date('2037-02-10T07:59:59Z');
    await job();
    expect(await exists(decided)).toBe(true);
    expect(await stored(letter.storageKey)).toBe(true);

    clock.now = new Date('2037-02-10T08:00:00Z');
    expect(await job()).toBeGreaterThanOrEqual(1);
    expect(await exists(decided)).toBe(false);
    expect(await stored(letter.storageKey)).toBe(false);
    expect(
      await rows('select 1 from application_file where application_id = ?', [decided]),
    ).toEqual([]);
    // Undecided cases are never deleted by time.
    expect(await exists(open)).toBe(true);
    expect(await stored(document.storageKey)).toBe(true);
  });

  it('sweeps unfinished uploads older than a day', async () => {
    const { mkdir, utimes, writeFile, readdir } = await import('node:fs/promises');
    const incoming = join(dataDir, 'files', '.incoming');
    await mkdir(incoming, { recursive: true });
    await writeFile(join(incoming, 'left-by-a-crash'), 'half');
    await writeFile(join(incoming, 'under-way'), 'half');
    const twoDaysAgo = new Date(NOW.getTime() - 2 * 86_400_000);
    await utimes(join(incoming, 'left-by-a-crash'), twoDaysAgo, twoDaysAgo);
    await utimes(join(incoming, 'under-way'), NOW, NOW);

    await deleteExpiredApplications({ em: server.orm.em.fork(), clock: () => NOW }, store);

    expect(await readdir(incoming)).toEqual(['under-way']);
  });
});
