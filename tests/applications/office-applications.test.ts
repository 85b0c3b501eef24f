import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId, uuidOf } from '../../src/resolvers/common/global-id.js';
import { createAccount, emailsTo, signIn, bearer } from '../support/accounts.js';
import { insertApplication, insertForm } from '../support/application-rows.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { messagingTown, send, startConversation, type Party } from '../support/messaging.js';
import { liveClient } from '../support/sockets.js';
import {
  gqlCounted,
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';

// The office's side of an application, through the API as the staff workspace uses it: the work
// queue, taking a case, asking the citizen, deciding with a letter, closing; each refusal, and
// another office's clerk refused everywhere.

let server: TestServer;
let dataDir: string;
let town: BookingFixture;
let citizen: Party;
let clerk: Party;
let colleague: Party;
let stranger: Party;
let admin: Party;
let formId: string;

async function partyOf(roles: Role[], officeIds: string[], name: string): Promise<Party> {
  const account = await createAccount(server, { roles, officeIds, name });
  const token = await signIn(server, account);
  return { account, token, headers: bearer(token) };
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rathaus-office-applications-'));
  server = await startTestServer({ env: { DATA_DIR: dataDir } });
  ({ town, citizen, clerk } = await messagingTown(server));
  const elsewhere = await createBookingFixture(server.orm);
  colleague = await partyOf([Role.STAFF], [town.officeId], 'Frau Kollegin');
  stranger = await partyOf([Role.STAFF], [elsewhere.officeId], 'Herr Fremdamt');
  admin = await partyOf([Role.ADMIN], [], 'Frau Admin');
  formId = await insertForm(server, town.serviceId, { definition: residentialParkingPermitForm });
  // The service's current form, which the citizen applies with through the API: no required
  // answers or documents.
  await insertForm(server, town.serviceId);
});

afterAll(async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A submitted case of the citizen, linked to a conversation the citizen opened. */
async function submittedCase(
  status = 'SUBMITTED',
  options: { assigneeId?: string; serviceId?: string; formId?: string } = {},
) {
  const conversation = await startConversation(server, citizen, town.office);
  const id = await insertApplication(server, {
    formId: options.formId ?? formId,
    serviceId: options.serviceId ?? town.serviceId,
    officeId: town.officeId,
    applicantId: citizen.account.id,
    status,
    assigneeId: options.assigneeId ?? null,
  });
  await server.orm.em
    .fork()
    .execute('update application set conversation_id = ? where id = ?', [
      uuidOf(conversation.id, 'Conversation'),
      id,
    ]);
  return { id, applicationId: toGlobalId('Application', id), conversationId: conversation.id };
}

type UserError = { code: string; field: string[] | null };
type Payload = { application: { status: string; version: number } | null; userErrors: UserError[] };

const APPLICATION_FIELDS = 'application { status version } userErrors { code field }';

async function act(
  party: Party,
  mutation: string,
  args: Record<string, unknown>,
): Promise<Payload> {
  const inputType = `${mutation[0]!.toUpperCase()}${mutation.slice(1)}Input`;
  const { body } = await server.gql<Record<string, Payload>>(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) { ${APPLICATION_FIELDS} } }`,
    { input: args },
    party.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data[mutation]!;
}

async function statusOf(id: string): Promise<string> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ status: string }>>('select status from application where id = ?', [id]);
  return row!.status;
}

const VIEW = `query($id: ID!) {
  application(id: $id) {
    status
    decisionReason
    decision { kind fileName downloadUrl }
    timeline { kind status byOffice note }
  }
}`;

type View = {
  status: string;
  decisionReason: string | null;
  decision: { kind: string; fileName: string; downloadUrl: string } | null;
  timeline: Array<{ kind: string; status: string; byOffice: boolean; note: string | null }>;
};

async function view(party: Party, applicationId: string): Promise<View | null> {
  const { body } = await server.gql<{ application: View | null }>(
    VIEW,
    { id: applicationId },
    party.headers,
  );
  if (!body.data) throw new Error(JSON.stringify(body.errors));
  return body.data.application;
}

const CONVERSATION_EVENTS = `subscription($conversationId: ID!, $afterSeq: Int) {
  conversationEvents(conversationId: $conversationId, afterSeq: $afterSeq) {
    type message { body authorRole }
  }
}`;

/** A case the citizen starts and submits through the API, with the conversation it opens. */
async function appliedCase() {
  const started = await server.gql<{
    startApplication: { application: { id: string; version: number } };
  }>(
    `mutation($input: StartApplicationInput!) {
      startApplication(input: $input) { application { id version } userErrors { code } }
    }`,
    { input: { serviceId: town.service } },
    citizen.headers,
  );
  const draft = started.body.data!.startApplication.application;
  const submitted = await server.gql<{
    submitApplication: {
      application: {
        status: string;
        version: number;
        conversation: { id: string; lastSeq: number };
      };
      userErrors: UserError[];
    };
  }>(
    `mutation($input: SubmitApplicationInput!) {
      submitApplication(input: $input) {
        application { status version conversation { id lastSeq } }
        userErrors { code field }
      }
    }`,
    { input: { applicationId: draft.id, version: draft.version } },
    citizen.headers,
  );
  const { application, userErrors } = submitted.body.data!.submitApplication;
  expect(userErrors).toEqual([]);
  expect(application.status).toBe('SUBMITTED');
  return {
    id: uuidOf(draft.id, 'Application')!,
    applicationId: draft.id,
    version: application.version,
    conversation: application.conversation,
  };
}

describe('the staff life of a case', () => {
  it('is taken, asked about, answered, approved with a letter the citizen downloads, and closed', async () => {
    const { id, applicationId, version, conversation } = await appliedCase();
    const conversationId = conversation.id;
    const live = liveClient(server.wsUrl, citizen.token);
    const events = subscription<{
      conversationEvents: { type: string; message: { body: string; authorRole: string } | null };
    }>(live.client, CONVERSATION_EVENTS, { conversationId, afterSeq: conversation.lastSeq });
    try {
      await waitForSubscriptions(server.bus, 1, 5000, 'conversationEvent');

      // Taken by the clerk: in review; a colleague taking it too is refused.
      expect(await act(clerk, 'takeApplication', { applicationId })).toEqual({
        application: { status: 'IN_REVIEW', version: version + 1 },
        userErrors: [],
      });
      expect(await act(colleague, 'takeApplication', { applicationId })).toEqual({
        application: null,
        userErrors: [{ code: 'ALREADY_TAKEN', field: ['applicationId'] }],
      });

      // The question arrives live in the conversation and on the application's page, and by
      // e-mail with the page's link.
      const updates = subscription<{ applicationUpdated: { status: string } }>(
        live.client,
        `subscription($applicationId: ID!) { applicationUpdated(applicationId: $applicationId) { status } }`,
        { applicationId },
      );
      await waitForSubscriptions(server.bus, 1, 5000, 'applicationUpdated');
      const asked = await act(clerk, 'requestApplicationInformation', {
        applicationId,
        message: 'Bitte laden Sie noch den Fahrzeugschein hoch.',
      });
      expect(asked.userErrors).toEqual([]);
      expect(asked.application?.status).toBe('INFORMATION_REQUESTED');
      expect((await events.next()).data?.conversationEvents).toEqual({
        type: 'MESSAGE',
        message: { body: 'Bitte laden Sie noch den Fahrzeugschein hoch.', authorRole: 'STAFF' },
      });
      expect((await updates.next()).data?.applicationUpdated).toEqual({
        status: 'INFORMATION_REQUESTED',
      });
      await updates.close();
      const question = (await emailsTo(server, citizen.account.email)).at(-1);
      expect(question?.body).toContain('Bitte laden Sie noch den Fahrzeugschein hoch.');
      expect(question?.body).toContain(
        `http://rathaus.test/my-town-hall/applications/${applicationId}`,
      );
      const waiting = await view(citizen, applicationId);
      expect(waiting?.status).toBe('INFORMATION_REQUESTED');
      expect(waiting?.timeline.at(-1)).toEqual({
        kind: 'INFORMATION_REQUESTED',
        status: 'INFORMATION_REQUESTED',
        byOffice: true,
        note: 'Bitte laden Sie noch den Fahrzeugschein hoch.',
      });

      // The citizen's answer in the conversation sends the case back to the clerk.
      expect((await send(server, citizen, conversationId, 'Ist hochgeladen.')).userErrors).toEqual(
        [],
      );
      expect(await statusOf(id)).toBe('IN_REVIEW');

      // Approved with a reason: the letter is the citizen's to download, and an e-mail says so.
      const approved = await act(clerk, 'approveApplication', {
        applicationId,
        reason: 'Alle Voraussetzungen sind erfüllt.',
      });
      expect(approved.userErrors).toEqual([]);
      expect(approved.application?.status).toBe('APPROVED');
      const decided = await view(citizen, applicationId);
      expect(decided?.decisionReason).toBe('Alle Voraussetzungen sind erfüllt.');
      expect(decided?.decision?.kind).toBe('DECISION');
      const letter = await server
        .http()
        .get(new URL(decided!.decision!.downloadUrl).pathname)
        .set(citizen.headers)
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        });
      expect(letter.status).toBe(200);
      expect(letter.headers['content-type']).toContain('application/pdf');
      expect((letter.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
      const decision = (await emailsTo(server, citizen.account.email)).at(-1);
      expect(decision?.subject).toContain('Bescheid');
      expect(decision?.body).toContain(
        `http://rathaus.test/my-town-hall/applications/${applicationId}`,
      );

      expect((await act(clerk, 'closeApplication', { applicationId })).application?.status).toBe(
        'CLOSED',
      );
      expect((await view(citizen, applicationId))?.timeline.map((event) => event.kind)).toEqual([
        'SUBMITTED',
        'TAKEN',
        'INFORMATION_REQUESTED',
        'CITIZEN_ANSWERED',
        'APPROVED',
        'CLOSED',
      ]);
    } finally {
      await events.close();
      await live.client.dispose();
    }
  });

  it('opens a new conversation for the question when the linked one is gone', async () => {
    const { id, applicationId } = await submittedCase('IN_REVIEW', {
      assigneeId: clerk.account.id,
    });
    await server.orm.em
      .fork()
      .execute('update application set conversation_id = null where id = ?', [id]);

    const asked = await act(clerk, 'requestApplicationInformation', {
      applicationId,
      message: 'Welche Farbe hat das Fahrzeug?',
    });

    expect(asked.userErrors).toEqual([]);
    const [row] = await server.orm.em.fork().execute<Array<{ body: string; role: string }>>(
      `select m.body, m.author_role as role from application a
         join message m on m.conversation_id = a.conversation_id where a.id = ?`,
      [id],
    );
    expect(row).toEqual({ body: 'Welche Farbe hat das Fahrzeug?', role: 'STAFF' });
  });

  it('lets only one of two clerks taking a case at the same moment have it', async () => {
    const { id, applicationId } = await submittedCase();

    const results = await Promise.all([
      act(clerk, 'takeApplication', { applicationId }),
      act(colleague, 'takeApplication', { applicationId }),
    ]);

    expect(results.map((result) => result.userErrors.map((error) => error.code)).sort()).toEqual([
      [],
      ['ALREADY_TAKEN'],
    ]);
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ taken: number }>>(
        `select count(*)::int as taken from application_event where application_id = ? and kind = 'TAKEN'`,
        [id],
      );
    expect(row?.taken).toBe(1);
  });

  it('hands a case to a colleague at the version read, and only to staff of the office', async () => {
    const { applicationId } = await submittedCase();
    const colleagueId = toGlobalId('Account', colleague.account.id);

    expect(
      await act(clerk, 'assignApplication', {
        applicationId,
        assigneeId: toGlobalId('Account', stranger.account.id),
        version: 1,
      }),
    ).toEqual({ application: null, userErrors: [{ code: 'NOT_FOUND', field: ['assigneeId'] }] });
    expect(
      await act(clerk, 'assignApplication', { applicationId, assigneeId: colleagueId, version: 1 }),
    ).toEqual({ application: { status: 'IN_REVIEW', version: 2 }, userErrors: [] });
    expect(
      await act(clerk, 'assignApplication', {
        applicationId,
        assigneeId: toGlobalId('Account', clerk.account.id),
        version: 1,
      }),
    ).toEqual({
      application: null,
      userErrors: [{ code: 'VERSION_CONFLICT', field: ['version'] }],
    });
  });
});

describe('refused transitions', () => {
  const refused = {
    application: null,
    userErrors: [{ code: 'INVALID_TRANSITION', field: ['applicationId'] }],
  };

  it('decides nothing on a withdrawn case, and takes, asks or closes nothing there', async () => {
    const { id, applicationId } = await submittedCase('WITHDRAWN');

    expect(await act(clerk, 'approveApplication', { applicationId, reason: 'Passt.' })).toEqual(
      refused,
    );
    expect(await act(clerk, 'rejectApplication', { applicationId, reason: 'Nein.' })).toEqual(
      refused,
    );
    expect(await act(clerk, 'takeApplication', { applicationId })).toEqual(refused);
    expect(
      await act(clerk, 'requestApplicationInformation', { applicationId, message: 'Noch da?' }),
    ).toEqual(refused);
    expect(await act(clerk, 'resumeApplication', { applicationId })).toEqual(refused);
    expect(await act(clerk, 'closeApplication', { applicationId })).toEqual(refused);
    expect(await statusOf(id)).toBe('WITHDRAWN');
    const [files] = await server.orm.em
      .fork()
      .execute<Array<{ count: number }>>(
        'select count(*)::int as count from application_file where application_id = ?',
        [id],
      );
    expect(files?.count).toBe(0);
  });

  it('refuses a decision before review, resuming what does not wait, closing what is undecided', async () => {
    const submitted = await submittedCase('SUBMITTED');
    const inReview = await submittedCase('IN_REVIEW', { assigneeId: clerk.account.id });
    const approved = await submittedCase('APPROVED', { assigneeId: clerk.account.id });

    expect(
      await act(clerk, 'approveApplication', {
        applicationId: submitted.applicationId,
        reason: 'Passt.',
      }),
    ).toEqual(refused);
    expect(
      await act(clerk, 'resumeApplication', { applicationId: inReview.applicationId }),
    ).toEqual(refused);
    expect(await act(clerk, 'closeApplication', { applicationId: inReview.applicationId })).toEqual(
      refused,
    );
    expect(
      await act(clerk, 'rejectApplication', {
        applicationId: approved.applicationId,
        reason: 'Doch nicht.',
      }),
    ).toEqual(refused);
    expect(
      await act(clerk, 'assignApplication', {
        applicationId: approved.applicationId,
        assigneeId: toGlobalId('Account', colleague.account.id),
        version: 1,
      }),
    ).toEqual(refused);
    expect(
      await act(clerk, 'requestApplicationInformation', {
        applicationId: submitted.applicationId,
        message: 'Schon eine Frage?',
      }),
    ).toEqual(refused);
    expect(await act(clerk, 'takeApplication', { applicationId: approved.applicationId })).toEqual(
      refused,
    );
    expect(
      await act(clerk, 'requestApplicationInformation', {
        applicationId: inReview.applicationId,
        message: ' ',
      }),
    ).toEqual({ application: null, userErrors: [{ code: 'INVALID_INPUT', field: ['message'] }] });
    expect(
      await act(clerk, 'rejectApplication', {
        applicationId: inReview.applicationId,
        reason: '  ',
      }),
    ).toEqual({ application: null, userErrors: [{ code: 'INVALID_INPUT', field: ['reason'] }] });
    expect(await statusOf(inReview.id)).toBe('IN_REVIEW');
  });

  it('resumes a case that waits for the citizen', async () => {
    const { applicationId } = await submittedCase('INFORMATION_REQUESTED', {
      assigneeId: clerk.account.id,
    });

    expect((await act(clerk, 'resumeApplication', { applicationId })).application?.status).toBe(
      'IN_REVIEW',
    );
  });
});

describe("another office's clerk", () => {
  it('is refused every step, the queue, and the decision letter', async () => {
    const { id, applicationId } = await submittedCase('IN_REVIEW', {
      assigneeId: clerk.account.id,
    });
    const notFound = {
      application: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['applicationId'] }],
    };

    expect(await act(stranger, 'takeApplication', { applicationId })).toEqual(notFound);
    expect(
      await act(stranger, 'assignApplication', {
        applicationId,
        assigneeId: toGlobalId('Account', stranger.account.id),
        version: 1,
      }),
    ).toEqual(notFound);
    expect(
      await act(stranger, 'requestApplicationInformation', { applicationId, message: 'Hallo?' }),
    ).toEqual(notFound);
    expect(await act(stranger, 'resumeApplication', { applicationId })).toEqual(notFound);
    expect(await act(stranger, 'approveApplication', { applicationId, reason: 'Ja.' })).toEqual(
      notFound,
    );
    expect(await act(stranger, 'rejectApplication', { applicationId, reason: 'Nein.' })).toEqual(
      notFound,
    );
    expect(await act(stranger, 'closeApplication', { applicationId })).toEqual(notFound);
    expect(await view(stranger, applicationId)).toBeNull();

    for (const query of [
      'officeApplications(officeId: $officeId) { totalCount }',
      'officeApplicationCounts(officeId: $officeId) { open }',
    ]) {
      const { body } = await server.gql(
        `query($officeId: ID!) { ${query} }`,
        { officeId: town.office },
        stranger.headers,
      );
      expect(body.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    }

    // The clerk's own link to the letter opens for the clerk only.
    await act(clerk, 'approveApplication', { applicationId, reason: 'Genehmigt.' });
    const link = (await view(clerk, applicationId))!.decision!.downloadUrl;
    const path = new URL(link).pathname;
    expect((await server.http().get(path).set(clerk.headers)).status).toBe(200);
    expect((await server.http().get(path).set(stranger.headers)).status).toBe(404);
    expect(await statusOf(id)).toBe('APPROVED');
  });
});

const QUEUE = `query($officeId: ID!, $queue: ApplicationQueue, $serviceId: ID, $first: Int) {
  officeApplications(officeId: $officeId, queue: $queue, serviceId: $serviceId, first: $first) {
    totalCount
    edges { node { id status reference applicantName overdue assignee { name } service { name } } }
  }
}`;

describe('the work queue', () => {
  let queueTown: BookingFixture;
  let queueClerk: Party;
  let queueColleague: Party;
  let otherServiceId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    queueTown = await createBookingFixture(server.orm);
    queueClerk = await partyOf([Role.STAFF], [queueTown.officeId], 'Herr Schreiber');
    queueColleague = await partyOf([Role.STAFF], [queueTown.officeId], 'Frau Weber');
    const form = await insertForm(server, queueTown.serviceId);
    const other = await createBookingFixture(server.orm);
    otherServiceId = other.serviceId;
    const otherForm = await insertForm(server, otherServiceId);
    const row = (status: string, assigneeId?: string, serviceId = queueTown.serviceId) =>
      insertApplication(server, {
        formId: serviceId === queueTown.serviceId ? form : otherForm,
        serviceId,
        officeId: queueTown.officeId,
        applicantId: citizen.account.id,
        status,
        assigneeId: assigneeId ?? null,
      });
    ids.draft = await row('DRAFT');
    ids.fresh = await row('SUBMITTED');
    ids.freshOther = await row('SUBMITTED', undefined, otherServiceId);
    ids.mine = await row('IN_REVIEW', queueClerk.account.id);
    ids.theirs = await row('IN_REVIEW', queueColleague.account.id);
    ids.waiting = await row('INFORMATION_REQUESTED', queueClerk.account.id);
    ids.approved = await row('APPROVED', queueClerk.account.id);
    ids.withdrawn = await row('WITHDRAWN');
    // Due one after the other, the first two already past.
    const due = [ids.fresh, ids.theirs, ids.freshOther, ids.mine, ids.waiting];
    for (const [index, id] of due.entries()) {
      await server.orm.em
        .fork()
        .execute(
          `update application set due_at = now() + (? - 1.5) * interval '1 day' where id = ?`,
          [index, id],
        );
    }
  });

  async function queue(name: string | null, serviceId?: string) {
    const { body } = await server.gql<{
      officeApplications: {
        totalCount: number;
        edges: Array<{ node: { id: string; status: string; overdue: boolean } }>;
      };
    }>(
      QUEUE,
      { officeId: queueTown.office, queue: name, serviceId, first: 20 },
      queueClerk.headers,
    );
    if (!body.data) throw new Error(JSON.stringify(body.errors));
    const page = body.data.officeApplications;
    expect(page.totalCount).toBe(page.edges.length);
    const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
    return page.edges.map((edge) => names[uuidOf(edge.node.id, 'Application')!]);
  }

  it('lists each queue, oldest due first, never a draft, and filters by service', async () => {
    expect(await queue('NEW')).toEqual(['fresh', 'freshOther']);
    expect(await queue('MINE')).toEqual(['mine', 'waiting']);
    expect(await queue('WAITING')).toEqual(['waiting']);
    expect(await queue('OVERDUE')).toEqual(['fresh', 'theirs']);
    expect(await queue(null)).toEqual(['fresh', 'theirs', 'freshOther', 'mine', 'waiting']);
    expect(await queue('DECIDED')).toEqual(expect.arrayContaining(['approved', 'withdrawn']));
    expect(await queue('DECIDED')).toHaveLength(2);
    expect(await queue('OPEN', toGlobalId('Service', otherServiceId))).toEqual(['freshOther']);
  });

  it('pages through a queue', async () => {
    const PAGE = `query($officeId: ID!, $after: String) {
      officeApplications(officeId: $officeId, first: 2, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id } }
      }
    }`;
    type Page = {
      officeApplications: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{ node: { id: string } }>;
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const response: { body: { data?: Page | null } } = await server.gql<Page>(
        PAGE,
        { officeId: queueTown.office, after },
        queueClerk.headers,
      );
      const page: Page['officeApplications'] = response.body.data!.officeApplications;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((edge) => edge.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);

    expect(pages).toBe(3);
    expect(seen.map((id) => uuidOf(id, 'Application'))).toEqual([
      ids.fresh,
      ids.theirs,
      ids.freshOther,
      ids.mine,
      ids.waiting,
    ]);
  });

  it('counts each queue', async () => {
    const { body } = await server.gql<{ officeApplicationCounts: Record<string, number> }>(
      `query($officeId: ID!) {
        officeApplicationCounts(officeId: $officeId) { new mine waiting overdue open }
      }`,
      { officeId: queueTown.office },
      queueClerk.headers,
    );
    expect(body.data?.officeApplicationCounts).toEqual({
      new: 2,
      mine: 2,
      waiting: 1,
      overdue: 2,
      open: 5,
    });
  });

  it('shows names, services and assignees of a page in as many statements as for one case', async () => {
    const one = await gqlCounted(
      server,
      QUEUE,
      { officeId: queueTown.office, queue: 'WAITING', first: 20 },
      queueClerk.headers,
    );
    const all = await gqlCounted(
      server,
      QUEUE,
      { officeId: queueTown.office, queue: 'OPEN', first: 20 },
      queueClerk.headers,
    );
    expect(one.body.errors).toBeUndefined();
    expect(all.body.errors).toBeUndefined();
    expect(all.sqlStatements).toBe(one.sqlStatements);
  });

  it("logs the staff's read of the listed cases in the citizen's data access log", async () => {
    await queue('WAITING');
    const rows = await server.orm.em.fork().execute<Array<{ subject: string; reason: string }>>(
      `select subject, reason from data_access_log
          where citizen_id = ? and actor_id = ? order by id`,
      [citizen.account.id, queueClerk.account.id],
    );
    expect(rows).toContainEqual({
      subject: expect.stringMatching(/^APPLICATION:/),
      reason: 'PROCESSING_APPLICATION',
    });
  });
});

describe('officeApplicationsChanged', () => {
  it("tells the office's staff each change, and nothing of another office's cases", async () => {
    const { applicationId } = await submittedCase();
    const elsewhere = await createBookingFixture(server.orm);
    const otherForm = await insertForm(server, elsewhere.serviceId);
    const foreign = await insertApplication(server, {
      formId: otherForm,
      serviceId: elsewhere.serviceId,
      officeId: elsewhere.officeId,
      applicantId: citizen.account.id,
      status: 'SUBMITTED',
    });
    const foreignClerk = await partyOf([Role.STAFF], [elsewhere.officeId], 'Frau Anders');
    const live = liveClient(server.wsUrl, clerk.token);
    const strangerLive = liveClient(server.wsUrl, stranger.token);
    const CHANGED = `subscription($officeId: ID!) {
      officeApplicationsChanged(officeId: $officeId) { applicationId status }
    }`;
    const changes = subscription<{
      officeApplicationsChanged: { applicationId: string; status: string };
    }>(live.client, CHANGED, { officeId: town.office });
    const refused = subscription(strangerLive.client, CHANGED, { officeId: town.office });
    try {
      expect((await refused.next()).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      await waitForSubscriptions(server.bus, 1, 5000, 'officeApplicationsChanged');

      await act(foreignClerk, 'takeApplication', {
        applicationId: toGlobalId('Application', foreign),
      });
      await changes.nothingWithin(300);
      await act(clerk, 'takeApplication', { applicationId });
      expect((await changes.next()).data?.officeApplicationsChanged).toEqual({
        applicationId,
        status: 'IN_REVIEW',
      });
    } finally {
      await changes.close();
      await live.client.dispose();
      await strangerLive.client.dispose();
    }
  });
});

describe('application forms', () => {
  const SAVE = `mutation($input: SaveApplicationFormInput!) {
    saveApplicationForm(input: $input) {
      applicationForm { version processingDays retentionYears fee { amountCents currency } }
      userErrors { code field message }
    }
  }`;
  const REMOVE = `mutation($input: RemoveApplicationFormInput!) {
    removeApplicationForm(input: $input) { applicationForm { version } userErrors { code field } }
  }`;

  it('publishes a new version each save, names the pointer of a definition problem, and removes', async () => {
    const service = await createBookingFixture(server.orm);
    const input = {
      serviceId: service.service,
      definition: residentialParkingPermitForm,
      feeCents: 3050,
      processingDays: 10,
      retentionYears: 6,
    };
    const broken = structuredClone(residentialParkingPermitForm);
    const fields = broken.ui.sections[0]!.fields;
    fields.push('/nowhere');

    const refused = await server.gql<{
      saveApplicationForm: {
        applicationForm: unknown;
        userErrors: Array<UserError & { message: string }>;
      };
    }>(SAVE, { input: { ...input, definition: broken } }, admin.headers);
    expect(refused.body.data?.saveApplicationForm).toEqual({
      applicationForm: null,
      userErrors: [
        {
          code: 'INVALID_INPUT',
          field: ['definition', `/ui/sections/0/fields/${fields.length - 1}`],
          message: expect.stringContaining('/nowhere'),
        },
      ],
    });

    const first = await server.gql(SAVE, { input }, admin.headers);
    const second = await server.gql(SAVE, { input: { ...input, feeCents: null } }, admin.headers);
    expect(first.body.data?.saveApplicationForm).toEqual({
      applicationForm: {
        version: 1,
        processingDays: 10,
        retentionYears: 6,
        fee: { amountCents: 3050, currency: 'EUR' },
      },
      userErrors: [],
    });
    expect(second.body.data?.saveApplicationForm).toEqual({
      applicationForm: { version: 2, processingDays: 10, retentionYears: 6, fee: null },
      userErrors: [],
    });
    const offered = await server.gql<{
      service: { onlineApplication: { version: number } | null };
    }>(`query($id: ID!) { service(id: $id) { onlineApplication { version } } }`, {
      id: service.service,
    });
    expect(offered.body.data?.service.onlineApplication).toEqual({ version: 2 });

    expect(
      (await server.gql(REMOVE, { input: { serviceId: service.service } }, admin.headers)).body
        .data,
    ).toEqual({ removeApplicationForm: { applicationForm: { version: 2 }, userErrors: [] } });
    const gone = await server.gql<{ service: { onlineApplication: unknown } }>(
      `query($id: ID!) { service(id: $id) { onlineApplication { version } } }`,
      { id: service.service },
    );
    expect(gone.body.data?.service.onlineApplication).toBeNull();
    expect(
      (await server.gql(REMOVE, { input: { serviceId: service.service } }, admin.headers)).body
        .data,
    ).toEqual({
      removeApplicationForm: {
        applicationForm: null,
        userErrors: [{ code: 'NO_ONLINE_APPLICATION', field: ['serviceId'] }],
      },
    });
  });

  it('is for admins only', async () => {
    const { body } = await server.gql(
      REMOVE,
      { input: { serviceId: town.service } },
      clerk.headers,
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the e-mails to the citizen', () => {
  let limited: TestServer;

  beforeAll(async () => {
    // One e-mail to an address an hour (8 × 0.125).
    limited = await startTestServer({ env: { DATA_DIR: dataDir, RATE_LIMIT_FACTOR: '0.125' } });
  });

  afterAll(async () => {
    await limited.close();
  });

  it('count against the limit of e-mails to their address; a refused question changes nothing', async () => {
    const parties = await messagingTown(limited);
    const form = await insertForm(limited, parties.town.serviceId);
    const inReview = () =>
      insertApplication(limited, {
        formId: form,
        serviceId: parties.town.serviceId,
        officeId: parties.town.officeId,
        applicantId: parties.citizen.account.id,
        status: 'IN_REVIEW',
        assigneeId: parties.clerk.account.id,
      });
    const ask = async (id: string) => {
      const { body } = await limited.gql<{ requestApplicationInformation: Payload }>(
        `mutation($input: RequestApplicationInformationInput!) {
          requestApplicationInformation(input: $input) { ${APPLICATION_FIELDS} }
        }`,
        { input: { applicationId: toGlobalId('Application', id), message: 'Noch eine Frage.' } },
        parties.clerk.headers,
      );
      return body.data?.requestApplicationInformation;
    };
    const first = await inReview();
    const second = await inReview();

    expect((await ask(first))?.userErrors).toEqual([]);
    expect(await ask(second)).toEqual({
      application: null,
      userErrors: [{ code: 'RATE_LIMITED', field: null }],
    });
    const [row] = await limited.orm.em
      .fork()
      .execute<Array<{ status: string }>>('select status from application where id = ?', [second]);
    expect(row?.status).toBe('IN_REVIEW');
  });
});
