import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { bearer, createAccount, emailsTo, signIn } from '../support/accounts.js';
import { insertForm, COMPLETE_PARKING_PERMIT } from '../support/application-rows.js';
import { messagingTown, type Party } from '../support/messaging.js';
import { pdf } from '../support/sample-files.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { waitUntil } from '../support/wait.js';

// The citizen's side of an online application, over the API as the web client uses it: the
// residential parking permit of the demo town, from the draft to the withdrawal.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T08:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

const DRAFT_FIELDS = `id status version reference answers
  answerProblems { pointer code message } missingDocuments
  documents { id requirement fileName mediaType size fromOffice downloadUrl }`;

type Problem = { pointer: string; code: string; message: string };
type Draft = {
  id: string;
  status: string;
  version: number;
  reference: string | null;
  answers: Record<string, unknown>;
  answerProblems: Problem[];
  missingDocuments: string[];
  documents: Array<{ id: string; requirement: string; fileName: string; downloadUrl: string }>;
};
type UserError = { code: string; field: string[] | null; message: string };
type Payload = { application: Draft | null; userErrors: UserError[] };

async function parkingTown() {
  const { town, citizen, clerk } = await messagingTown(server);
  await insertForm(server, town.serviceId, { definition: residentialParkingPermitForm });
  return { town, citizen, clerk };
}

async function start(party: Party, serviceId: string): Promise<Payload> {
  const { body } = await server.gql<{ startApplication: Payload }>(
    `mutation($input: StartApplicationInput!) { startApplication(input: $input) {
      application { ${DRAFT_FIELDS} } userErrors { code field message } } }`,
    { input: { serviceId } },
    party.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.startApplication;
}

async function save(
  party: Party,
  applicationId: string,
  answers: Record<string, unknown>,
  version: number,
): Promise<Payload> {
  const { body } = await server.gql<{ saveApplicationDraft: Payload }>(
    `mutation($input: SaveApplicationDraftInput!) { saveApplicationDraft(input: $input) {
      application { ${DRAFT_FIELDS} } userErrors { code field message } } }`,
    { input: { applicationId, answers, version } },
    { ...party.headers, 'accept-language': 'en' },
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.saveApplicationDraft;
}

async function uploadTicket(party: Party, applicationId: string, requirement: string) {
  const { body } = await server.gql<{
    createApplicationUpload: {
      uploadUrl: string | null;
      expiresAt: string | null;
      userErrors: UserError[];
    };
  }>(
    `mutation($input: CreateApplicationUploadInput!) { createApplicationUpload(input: $input) {
      uploadUrl expiresAt userErrors { code field message } } }`,
    { input: { applicationId, requirement, fileName: 'fahrzeugschein.pdf' } },
    party.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.createApplicationUpload;
}

async function uploadTo(party: Party, uploadUrl: string, bytes: Buffer) {
  const path = new URL(uploadUrl).pathname;
  return server
    .http()
    .put(path)
    .set('authorization', party.headers.authorization!)
    .set('content-type', 'application/pdf')
    .send(bytes);
}

async function read(party: Party, id: string): Promise<Draft | null> {
  const { body } = await server.gql<{ application: Draft | null }>(
    `query($id: ID!) { application(id: $id) { ${DRAFT_FIELDS} } }`,
    { id },
    party.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.application;
}

describe('a draft', () => {
  it('is started once per service, saved with its problems named by JSON pointer, and takes uploads by ticket', async () => {
    // Given a town whose service has the parking permit form
    const { town, citizen } = await parkingTown();

    // When the citizen starts twice (another device), and saves half-filled answers
    const started = await start(citizen, town.service);
    const again = await start(citizen, town.service);
    const draft = started.application!;
    const saved = await save(
      citizen,
      draft.id,
      {
        ...COMPLETE_PARKING_PERMIT,
        vehicle: { ...COMPLETE_PARKING_PERMIT.vehicle, licencePlate: 'kein Kennzeichen' },
      },
      draft.version,
    );

    // Then there is one draft, its answers are stored as given with the problem at its pointer
    expect(started.userErrors).toEqual([]);
    expect(again.application!.id).toBe(draft.id);
    expect(draft).toMatchObject({ status: 'DRAFT', reference: null, version: 1, answers: {} });
    expect(saved.userErrors).toEqual([]);
    expect(saved.application!.version).toBe(2);
    expect(saved.application!.answerProblems).toEqual([
      {
        pointer: '/vehicle/licencePlate',
        code: 'pattern',
        message: 'Please check the format of this entry.',
      },
    ]);
    expect(saved.application!.missingDocuments).toEqual(['registration-certificate']);

    // When the citizen gets an upload ticket and puts the registration certificate there
    const ticket = await uploadTicket(citizen, draft.id, 'registration-certificate');
    expect(ticket.userErrors).toEqual([]);
    expect(ticket.uploadUrl).toMatch(/^http:\/\/rathaus\.test\/files\/uploads\/.+/);
    expect(new Date(ticket.expiresAt!).getTime()).toBe(Date.parse('2027-03-01T08:15:00Z'));
    const put = await uploadTo(citizen, ticket.uploadUrl!, pdf());

    // Then the draft lists the document and misses none, and its link opens the file
    expect(put.status).toBe(201);
    const withDocument = (await read(citizen, draft.id))!;
    expect(withDocument.missingDocuments).toEqual([]);
    expect(withDocument.documents).toEqual([
      expect.objectContaining({
        requirement: 'registration-certificate',
        fileName: 'fahrzeugschein.pdf',
        mediaType: 'application/pdf',
        size: pdf().length,
        fromOffice: false,
      }),
    ]);
    const download = await server
      .http()
      .get(new URL(withDocument.documents[0]!.downloadUrl).pathname)
      .set('authorization', citizen.headers.authorization!);
    expect(download.status).toBe(200);
    expect(Buffer.from(download.body as Buffer).equals(pdf())).toBe(true);
  });

  it('refuses a stale version, and saves at the version read', async () => {
    // Given a draft saved once
    const { town, citizen } = await parkingTown();
    const draft = (await start(citizen, town.service)).application!;
    await save(citizen, draft.id, { applicant: { givenName: 'Erika' } }, draft.version);

    // When a second device saves at the version it read before
    const stale = await save(citizen, draft.id, COMPLETE_PARKING_PERMIT, draft.version);

    // Then it is told to read again, and the answers of the first save stay
    expect(stale).toEqual({
      application: null,
      userErrors: [expect.objectContaining({ code: 'VERSION_CONFLICT', field: ['version'] })],
    });
    expect((await read(citizen, draft.id))!.answers).toEqual({ applicant: { givenName: 'Erika' } });
  });

  it('belongs to its citizen alone: others get nothing and change nothing', async () => {
    // Given a citizen's draft with a document, and another citizen
    const { town, citizen, clerk } = await parkingTown();
    const draft = (await start(citizen, town.service)).application!;
    await uploadTo(
      citizen,
      (await uploadTicket(citizen, draft.id, 'registration-certificate')).uploadUrl!,
      pdf(),
    );
    const documentId = (await read(citizen, draft.id))!.documents[0]!.id;
    const other = await createAccount(server, { name: 'Max Andere' });
    const stranger: Party = {
      account: other,
      token: '',
      headers: bearer(await signIn(server, other)),
    };

    // When the other citizen (and the office's clerk: drafts are the citizen's own) try
    const results = await Promise.all(
      [stranger, clerk].map(async (party) => ({
        read: await read(party, draft.id),
        save: (await save(party, draft.id, COMPLETE_PARKING_PERMIT, 2)).userErrors.map(
          (e) => e.code,
        ),
        ticket: (await uploadTicket(party, draft.id, 'registration-certificate')).userErrors.map(
          (e) => e.code,
        ),
      })),
    );
    const removal = await server.gql<{ removeApplicationDocument: Payload }>(
      `mutation($input: RemoveApplicationDocumentInput!) {
        removeApplicationDocument(input: $input) { userErrors { code } } }`,
      { input: { documentId } },
      stranger.headers,
    );
    const discard = await server.gql<{ discardApplicationDraft: { userErrors: UserError[] } }>(
      `mutation($input: DiscardApplicationDraftInput!) {
        discardApplicationDraft(input: $input) { userErrors { code } } }`,
      { input: { applicationId: draft.id } },
      stranger.headers,
    );

    // Then the stranger sees nothing and is told NOT_FOUND; the clerk cannot touch a draft
    expect(results[0]).toEqual({ read: null, save: ['NOT_FOUND'], ticket: ['NOT_FOUND'] });
    expect(results[1]).toEqual({ read: null, save: ['NOT_FOUND'], ticket: ['NOT_FOUND'] });
    expect(removal.body.data!.removeApplicationDocument.userErrors).toEqual([
      { code: 'NOT_FOUND' },
    ]);
    expect(discard.body.data!.discardApplicationDraft.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    expect((await read(citizen, draft.id))!.documents).toHaveLength(1);
  });

  it('gives a document back, and is discarded with its files', async () => {
    // Given a draft with an uploaded document
    const { town, citizen } = await parkingTown();
    const draft = (await start(citizen, town.service)).application!;
    await uploadTo(
      citizen,
      (await uploadTicket(citizen, draft.id, 'registration-certificate')).uploadUrl!,
      pdf(),
    );
    const document = (await read(citizen, draft.id))!.documents[0]!;

    // When the citizen removes the document, then discards the draft
    const removed = await server.gql<{ removeApplicationDocument: Payload }>(
      `mutation($input: RemoveApplicationDocumentInput!) { removeApplicationDocument(input: $input) {
        application { documents { id } missingDocuments } userErrors { code } } }`,
      { input: { documentId: document.id } },
      citizen.headers,
    );
    const discarded = await server.gql<{
      discardApplicationDraft: { discardedApplicationId: string; userErrors: UserError[] };
    }>(
      `mutation($input: DiscardApplicationDraftInput!) { discardApplicationDraft(input: $input) {
        discardedApplicationId userErrors { code } } }`,
      { input: { applicationId: draft.id } },
      citizen.headers,
    );

    // Then the document is gone (its link opens nothing), and so is the draft
    expect(removed.body.data!.removeApplicationDocument).toEqual({
      application: { documents: [], missingDocuments: ['registration-certificate'] },
      userErrors: [],
    });
    const download = await server
      .http()
      .get(new URL(document.downloadUrl).pathname)
      .set('authorization', citizen.headers.authorization!);
    expect(download.status).toBe(404);
    expect(discarded.body.data!.discardApplicationDraft).toEqual({
      discardedApplicationId: draft.id,
      userErrors: [],
    });
    expect(await read(citizen, draft.id)).toBeNull();
    const [rows] = await server.orm.em
      .fork()
      .execute<Array<{ count: number }>>(
        'select count(*)::int as count from application where applicant_id = ?',
        [citizen.account.id],
      );
    expect(rows!.count).toBe(0);
  });

  it('cannot be started for a service without an online application, or a retired one', async () => {
    // Given a service without a form, and a retired service that had one
    const { town, citizen } = await messagingTown(server);
    const retired = await parkingTown();
    await server.orm.em
      .fork()
      .execute('update service set retired_at = now() where id = ?', [retired.town.serviceId]);

    // When the citizen starts an application for either
    const refusals = [
      await start(citizen, town.service),
      await start(citizen, retired.town.service),
    ];

    // Then they are told so
    for (const refused of refusals) {
      expect(refused).toEqual({
        application: null,
        userErrors: [
          expect.objectContaining({ code: 'NO_ONLINE_APPLICATION', field: ['serviceId'] }),
        ],
      });
    }
  });
});

const CASE_FIELDS = `id status version reference submittedAt dueAt closedAt
  receipt { kind fileName mediaType fromOffice downloadUrl }
  timeline { kind status byOffice at }
  conversation { id subject status lastSeq }`;

type Case = {
  id: string;
  status: string;
  version: number;
  reference: string | null;
  submittedAt: string | null;
  dueAt: string | null;
  closedAt: string | null;
  receipt: { kind: string; fileName: string; downloadUrl: string } | null;
  timeline: Array<{ kind: string; status: string; byOffice: boolean }>;
  conversation: { id: string; subject: string; lastSeq: number } | null;
};
type CasePayload = { application: Case | null; userErrors: UserError[] };

async function submit(party: Party, applicationId: string, version: number) {
  const { body } = await server.gql<{ submitApplication: CasePayload }>(
    `mutation($input: SubmitApplicationInput!) { submitApplication(input: $input) {
      application { ${CASE_FIELDS} } userErrors { code field message } } }`,
    { input: { applicationId, version } },
    party.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.submitApplication;
}

async function withdraw(party: Party, applicationId: string) {
  const { body } = await server.gql<{ withdrawApplication: CasePayload }>(
    `mutation($input: WithdrawApplicationInput!) { withdrawApplication(input: $input) {
      application { ${CASE_FIELDS} } userErrors { code field } } }`,
    { input: { applicationId } },
    party.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.withdrawApplication;
}

/** A complete draft with its registration certificate, ready to submit. */
async function readyDraft(party: Party, serviceId: string): Promise<Draft> {
  const draft = (await start(party, serviceId)).application!;
  const saved = (await save(party, draft.id, COMPLETE_PARKING_PERMIT, draft.version)).application!;
  const ticket = await uploadTicket(party, draft.id, 'registration-certificate');
  expect((await uploadTo(party, ticket.uploadUrl!, pdf())).status).toBe(201);
  return saved;
}

describe('a submission', () => {
  it('gives a reference, a receipt, a conversation with the office and an e-mail; the citizen can withdraw it', async () => {
    // Given a citizen's complete draft with its document
    const { town, citizen, clerk } = await parkingTown();
    const draft = await readyDraft(citizen, town.service);

    // When the citizen submits it
    const submitted = await submit(citizen, draft.id, draft.version);

    // Then it has a reference, is due in the form's 14 days, and starts its timeline
    expect(submitted.userErrors).toEqual([]);
    const application = submitted.application!;
    expect(application).toMatchObject({
      status: 'SUBMITTED',
      version: draft.version + 1,
      submittedAt: '2027-03-01T08:00:00.000Z',
      dueAt: '2027-03-15T08:00:00.000Z',
      timeline: [{ kind: 'SUBMITTED', status: 'SUBMITTED', byOffice: false }],
      receipt: { kind: 'RECEIPT', mediaType: 'application/pdf', fromOffice: true },
    });
    expect(application.reference).toMatch(/^MS-2027-\d{6}$/);

    // And the receipt opens for the citizen as a PDF, and not for anyone else with the link
    const receiptPath = new URL(application.receipt!.downloadUrl).pathname;
    const receipt = await server
      .http()
      .get(receiptPath)
      .set('authorization', citizen.headers.authorization!)
      .buffer(true);
    expect(receipt.status).toBe(200);
    expect(receipt.headers['content-type']).toBe('application/pdf');
    expect(
      Buffer.from(receipt.body as Buffer)
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    const byClerk = await server
      .http()
      .get(receiptPath)
      .set('authorization', clerk.headers.authorization!);
    expect(byClerk.status).toBe(404);

    // And the conversation with the office is linked, with Rathaus's notice
    expect(application.conversation).toMatchObject({
      subject: expect.stringContaining(application.reference!),
      lastSeq: 1,
    });
    const inbox = await server.gql<{
      inbox: { conversations: { edges: Array<{ node: { id: string } }> } };
    }>(
      `query($office: ID!) { inbox(officeId: $office) { conversations { edges { node { id } } } } }`,
      { office: town.office },
      clerk.headers,
    );
    expect(inbox.body.data!.inbox.conversations.edges.map((edge) => edge.node.id)).toContain(
      application.conversation!.id,
    );

    // And the citizen has an e-mail that links to the application's page
    const mails = await emailsTo(server, citizen.account.email);
    const mail = mails.find((entry) => entry.subject.includes(application.reference!));
    expect(mail?.body).toContain(`http://rathaus.test/my-town-hall/applications/${application.id}`);
    expect(mail?.subject).toBe(
      `Ihr Antrag ${application.reference} ist eingegangen – Stadtverwaltung Musterstadt`,
    );

    // When the citizen withdraws it, and tries again
    const withdrawn = await withdraw(citizen, application.id);
    const again = await withdraw(citizen, application.id);

    // Then it is withdrawn once, with the step in its timeline; the second time is refused
    expect(withdrawn.userErrors).toEqual([]);
    expect(withdrawn.application).toMatchObject({
      status: 'WITHDRAWN',
      closedAt: '2027-03-01T08:00:00.000Z',
      timeline: [
        { kind: 'SUBMITTED' },
        { kind: 'WITHDRAWN', status: 'WITHDRAWN', byOffice: false },
      ],
    });
    expect(again).toEqual({
      application: null,
      userErrors: [{ code: 'INVALID_TRANSITION', field: ['applicationId'] }],
    });
  });

  it('is refused with every problem of the answers by JSON pointer, and every missing document', async () => {
    // Given a draft without a licence plate and without its document
    const { town, citizen } = await parkingTown();
    const draft = (await start(citizen, town.service)).application!;
    const { licencePlate: _plate, ...vehicle } = COMPLETE_PARKING_PERMIT.vehicle;
    const saved = (
      await save(citizen, draft.id, { ...COMPLETE_PARKING_PERMIT, vehicle }, draft.version)
    ).application!;

    // When the citizen submits it
    const refused = await submit(citizen, draft.id, saved.version);

    // Then each problem is named, and the draft stays a draft
    expect(refused.application).toBeNull();
    expect(refused.userErrors).toEqual([
      {
        code: 'INVALID_ANSWERS',
        field: ['answers', '/vehicle/licencePlate'],
        message: 'Bitte füllen Sie dieses Feld aus.',
      },
      {
        code: 'DOCUMENTS_MISSING',
        field: ['documents', 'registration-certificate'],
        message: 'Bitte laden Sie diese Unterlage noch hoch.',
      },
    ]);
    expect((await read(citizen, draft.id))!.status).toBe('DRAFT');
  });

  it('is refused at a stale version, and only once', async () => {
    // Given a ready draft
    const { town, citizen } = await parkingTown();
    const draft = await readyDraft(citizen, town.service);

    // When the citizen submits a version they no longer have, then the right one twice
    const stale = await submit(citizen, draft.id, draft.version - 1);
    const first = await submit(citizen, draft.id, draft.version);
    const second = await submit(citizen, draft.id, draft.version);

    // Then the stale one is a conflict, the second submission is refused, and the draft cannot
    // be discarded any more
    expect(stale.userErrors.map((error) => error.code)).toEqual(['VERSION_CONFLICT']);
    expect(first.userErrors).toEqual([]);
    expect(second.userErrors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);
    const discard = await server.gql<{ discardApplicationDraft: { userErrors: UserError[] } }>(
      `mutation($input: DiscardApplicationDraftInput!) {
        discardApplicationDraft(input: $input) { userErrors { code } } }`,
      { input: { applicationId: draft.id } },
      citizen.headers,
    );
    expect(discard.body.data!.discardApplicationDraft.userErrors).toEqual([
      { code: 'INVALID_TRANSITION' },
    ]);
    const withdrawDraft = await withdraw(
      citizen,
      (await start(citizen, town.service)).application!.id,
    );
    expect(withdrawDraft.userErrors.map((error) => error.code)).toEqual(['INVALID_TRANSITION']);
  });
});

describe('applicationUpdated', () => {
  const clients: Client[] = [];

  function clientFor(token: string) {
    const client = createClient({
      url: server.wsUrl,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${token}` },
    });
    clients.push(client);
    return client;
  }

  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
  });

  const UPDATED = `subscription($id: ID!) { applicationUpdated(applicationId: $id) {
    id status version answers documents { fileName } timeline { kind } } }`;
  type Updated = {
    applicationUpdated: {
      status: string;
      version: number;
      answers: Record<string, unknown>;
      documents: Array<{ fileName: string }>;
      timeline: Array<{ kind: string }>;
    };
  };

  it('follows the citizen’s application through saving, uploading, submitting and withdrawing', async () => {
    // Given a citizen following their new draft
    const { town, citizen } = await parkingTown();
    const draft = (await start(citizen, town.service)).application!;
    const updates = subscription<Updated>(clientFor(citizen.token), UPDATED, { id: draft.id });
    await waitForSubscriptions(server.bus, 1, 5000, 'applicationUpdated');

    // When they save, upload, submit and withdraw
    const saved = (await save(citizen, draft.id, COMPLETE_PARKING_PERMIT, draft.version))
      .application!;
    const afterSave = (await updates.next()).data!.applicationUpdated;
    const ticket = await uploadTicket(citizen, draft.id, 'registration-certificate');
    await uploadTo(citizen, ticket.uploadUrl!, pdf());
    const afterUpload = (await updates.next()).data!.applicationUpdated;
    await submit(citizen, draft.id, saved.version);
    const afterSubmit = (await updates.next()).data!.applicationUpdated;
    await withdraw(citizen, draft.id);
    const afterWithdrawal = (await updates.next()).data!.applicationUpdated;

    // Then each change arrives with the application as it is then
    expect(afterSave).toMatchObject({
      status: 'DRAFT',
      version: 2,
      answers: COMPLETE_PARKING_PERMIT,
    });
    expect(afterUpload.documents).toEqual([{ fileName: 'fahrzeugschein.pdf' }]);
    expect(afterSubmit).toMatchObject({ status: 'SUBMITTED', timeline: [{ kind: 'SUBMITTED' }] });
    expect(afterWithdrawal).toMatchObject({
      status: 'WITHDRAWN',
      timeline: [{ kind: 'SUBMITTED' }, { kind: 'WITHDRAWN' }],
    });
  });

  it('is refused to another citizen and to the office while it is a draft; others’ changes do not arrive', async () => {
    // Given a citizen's draft, another citizen with a draft of their own, and the office's clerk
    const { town, citizen, clerk } = await parkingTown();
    const draft = (await start(citizen, town.service)).application!;
    const other = await createAccount(server);
    const otherToken = await signIn(server, other);
    const otherParty: Party = { account: other, token: otherToken, headers: bearer(otherToken) };
    const theirs = (await start(otherParty, town.service)).application!;

    // When the other citizen and the clerk subscribe to the draft
    const byOther = await subscription<Updated>(clientFor(otherToken), UPDATED, {
      id: draft.id,
    }).next();
    const byClerk = await subscription<Updated>(clientFor(clerk.token), UPDATED, {
      id: draft.id,
    }).next();

    // Then both are told it does not exist
    expect(byOther.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect(byClerk.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });

    // When the citizen follows their draft and the other citizen saves theirs, then they save
    const mine = subscription<Updated>(clientFor(citizen.token), UPDATED, { id: draft.id });
    await waitForSubscriptions(server.bus, 1, 5000, 'applicationUpdated');
    await save(otherParty, theirs.id, { applicant: { givenName: 'Max' } }, theirs.version);
    await mine.nothingWithin(300);
    await save(citizen, draft.id, { applicant: { givenName: 'Erika' } }, draft.version);

    // Then only their own change arrives
    expect((await mine.next()).data!.applicationUpdated.answers).toEqual({
      applicant: { givenName: 'Erika' },
    });
  });
});
