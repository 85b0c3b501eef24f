import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_FILES_PER_REQUIREMENT } from '../../src/applications/application-rules.js';
import { ApplicationErrorCode } from '../../src/applications/application.errors.js';
import { addApplicationDocument } from '../../src/applications/application.service.js';
import { FileStore, type StoredFile } from '../../src/applications/file-store.js';
import type { Principal } from '../../src/auth/principal.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { ApplicationStatus } from '../../src/entities/applications/application-status.js';
import type { Listening } from '../../src/realtime/event-bus.js';
import type { ApplicationChanged } from '../../src/realtime/topics.js';
import { createAccount, type TestAccount } from '../support/accounts.js';
import { insertApplication, insertForm } from '../support/application-rows.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let town: BookingFixture;
let otherTown: BookingFixture;
let formId: string;
let citizen: TestAccount;
let clerk: TestAccount;
let directory: string;
/** A stored file of the document's bytes: its size and hash, and one for a refused filing. */
let stored: StoredFile;
const PDF = '%PDF-1.4 Fahrzeugschein';

beforeAll(async () => {
  server = await startTestServer();
  town = await createBookingFixture(server.orm);
  otherTown = await createBookingFixture(server.orm);
  formId = await insertForm(server, town.serviceId, { definition: residentialParkingPermitForm });
  citizen = await createAccount(server, { name: 'Bürgerin Berger' });
  clerk = await createAccount(server, {
    name: 'Herr Sachbearbeiter',
    roles: [Role.STAFF],
    officeIds: [town.officeId],
  });
  directory = await mkdtemp(join(tmpdir(), 'rathaus-documents-'));
  stored = await new FileStore(directory).putAndRecord(Buffer.from(PDF), async (file) => file);
});

afterAll(async () => {
  await server.close();
  await rm(directory, { recursive: true, force: true });
});

function principalOf(account: TestAccount, roles = [Role.CITIZEN], officeIds: string[] = []) {
  const principal: Principal = {
    kind: 'account',
    accountId: account.id,
    roles,
    officeIds,
    sessionId: null,
  };
  return principal;
}

function add(
  principal: Principal,
  applicationId: string,
  requirement = 'registration-certificate',
) {
  // As the upload route does: each document is a file of its own.
  return new FileStore(directory).putAndRecord(Buffer.from(PDF), (file) =>
    addApplicationDocument(
      { principal, em: server.orm.em.fork(), clock: () => new Date(), bus: server.bus },
      {
        applicationId,
        requirement,
        file,
        fileName: 'fahrzeugschein.pdf',
        mediaType: 'application/pdf',
        uploadedBy: principal.kind === 'account' ? principal.accountId : '',
      },
    ),
  );
}

async function application(status: ApplicationStatus, applicant = citizen): Promise<string> {
  return insertApplication(server, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId: applicant.id,
    status,
  });
}

async function rowOf(id: string) {
  const em = server.orm.em.fork();
  const [application] = await em.execute<Array<{ status: string }>>(
    'select status from application where id = ?',
    [id],
  );
  const events = await em.execute<Array<{ kind: string; status: string; by_staff: boolean }>>(
    'select kind, status, by_staff from application_event where application_id = ? order by id',
    [id],
  );
  const files = await em.execute<
    Array<{ requirement: string; sha256: string; uploaded_by_id: string }>
  >('select requirement, sha256, uploaded_by_id from application_file where application_id = ?', [
    id,
  ]);
  return { status: application?.status, events, files };
}

it('files a document with a draft without a timeline entry', async () => {
  const applicant = await createAccount(server, { name: 'Frau Entwurf' });
  const id = await application(ApplicationStatus.DRAFT, applicant);
  const document = await add(principalOf(applicant), id);
  expect(document).toMatchObject({
    requirement: 'registration-certificate',
    fileName: 'fahrzeugschein.pdf',
    size: stored.size,
  });
  expect(await rowOf(id)).toEqual({
    status: 'DRAFT',
    events: [],
    files: [
      {
        requirement: 'registration-certificate',
        sha256: stored.sha256,
        uploaded_by_id: applicant.id,
      },
    ],
  });
});

it("sends the case back to review when the citizen answers the office's question with a document, and tells the subscribers", async () => {
  const id = await application(ApplicationStatus.INFORMATION_REQUESTED);
  let listening: Listening | undefined;
  const heard = new Promise<ApplicationChanged>((resolve) => {
    listening = server.bus.listen('applicationUpdated', id, resolve);
  });
  try {
    await listening!.ready;
    await add(principalOf(citizen), id);
    expect(await heard).toEqual({ applicationId: id, status: 'IN_REVIEW' });
    expect(await rowOf(id)).toMatchObject({
      status: 'IN_REVIEW',
      events: [{ kind: 'DOCUMENT_ADDED', status: 'IN_REVIEW', by_staff: false }],
    });
  } finally {
    listening!.close();
  }
});

it('lets staff of the office file a paper while they handle the case, without changing its status', async () => {
  const id = await application(ApplicationStatus.IN_REVIEW);
  await add(principalOf(clerk, [Role.STAFF], [town.officeId]), id);
  expect(await rowOf(id)).toMatchObject({
    status: 'IN_REVIEW',
    events: [{ kind: 'DOCUMENT_ADDED', status: 'IN_REVIEW', by_staff: true }],
    files: [{ uploaded_by_id: clerk.id }],
  });
});

it('refuses the citizen once the case is with the office and nobody asked', async () => {
  for (const status of [
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.IN_REVIEW,
    ApplicationStatus.CLOSED,
  ]) {
    const id = await application(status);
    await expect(add(principalOf(citizen), id)).rejects.toMatchObject({
      code: 'NOT_ALLOWED',
      field: ['applicationId'],
    });
    expect((await rowOf(id)).files).toEqual([]);
  }
});

it('refuses a requirement the form does not have', async () => {
  const id = await application(ApplicationStatus.INFORMATION_REQUESTED);
  await expect(add(principalOf(citizen), id, 'passport')).rejects.toMatchObject({
    code: 'INVALID_INPUT',
    field: ['requirement'],
  });
  expect(await rowOf(id)).toMatchObject({ status: 'INFORMATION_REQUESTED', files: [] });
});

it('hides the application from another citizen and from staff of another office', async () => {
  const id = await application(ApplicationStatus.INFORMATION_REQUESTED);
  const stranger = await createAccount(server, { name: 'Herr Fremd' });
  const otherClerk = await createAccount(server, {
    roles: [Role.STAFF],
    officeIds: [otherTown.officeId],
  });
  await expect(add(principalOf(stranger), id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(
    add(principalOf(otherClerk, [Role.STAFF], [otherTown.officeId]), id),
  ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  await expect(
    addApplicationDocument(
      {
        principal: principalOf(stranger),
        em: server.orm.em.fork(),
        clock: () => new Date(),
        bus: server.bus,
      },
      {
        applicationId: id,
        requirement: 'registration-certificate',
        file: stored,
        fileName: 'x.pdf',
        mediaType: 'application/pdf',
        uploadedBy: citizen.id,
      },
    ),
  ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  expect(await rowOf(id)).toMatchObject({ status: 'INFORMATION_REQUESTED', files: [] });
});

it('gives the last place of a requirement to one of two documents filed at once', async () => {
  // Given a draft whose requirement holds one document fewer than it may
  const draft = await application(ApplicationStatus.DRAFT);
  for (let index = 0; index < MAX_FILES_PER_REQUIREMENT - 1; index++) {
    await add(principalOf(citizen), draft);
  }

  // When two more are filed at the same moment
  const outcomes = await Promise.allSettled([
    add(principalOf(citizen), draft),
    add(principalOf(citizen), draft),
  ]);

  // Then one takes the place and the other is refused, naming the limit
  expect(outcomes.filter((outcome) => outcome.status === 'fulfilled')).toHaveLength(1);
  const refused = outcomes.find((outcome) => outcome.status === 'rejected');
  expect((refused as PromiseRejectedResult).reason).toMatchObject({
    code: ApplicationErrorCode.TOO_MANY_FILES,
  });
  expect((await rowOf(draft)).files).toHaveLength(MAX_FILES_PER_REQUIREMENT);
});
