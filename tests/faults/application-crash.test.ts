import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import pg from 'pg';
import { deleteExpiredApplications } from '../../src/applications/application-retention.js';
import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { openDatabase } from '../../src/server/database.js';
import { createLogger } from '../../src/server/logger.js';
import { fileStoreOf, insertForm, COMPLETE_PARKING_PERMIT } from '../support/application-rows.js';
import { pdf } from '../support/sample-files.js';
import { waitUntil } from '../support/wait.js';
import { chatTown, graphqlAt, NoAnswer, type Account, type ChatTown } from './support/chat.js';
import {
  assertBuildIsCurrent,
  serverProcess,
  type ServerProcess,
} from './support/server-process.js';
import { startThrowawayPostgres, type ThrowawayPostgres } from './support/throwaway-postgres.js';

// Issue #21, fault 2, for applications: the server is killed (kill -9) while citizens submit
// their applications. A client that got no answer submits again against the restarted server;
// a draft whose submission had committed would answer INVALID_TRANSITION, and the client then
// reads its application and finds it submitted. Every application must then be submitted exactly once,
// with one reference, its receipt whole in the file store, one conversation and one e-mail; a
// draft whose submission never committed must have stayed a whole draft until it was retried.

const CITIZENS = 12;
/** This many submit and are answered first; the rest are in flight at the kill. */
const KILL_AFTER_ANSWERS = 3;
const MAX_ATTEMPTS = 10;
const HOUR_MS = 60 * 60_000;
const DAY_MS = 24 * HOUR_MS;
/** A start may take long on a loaded machine: other tests start servers too. */
const STARTUP = { readyTimeoutMs: 60_000 };

let postgres: ThrowawayPostgres | undefined;
let server: ServerProcess | undefined;
let town: ChatTown;
/** The test's own connection that watches and checks the rows. */
let db: pg.Client | undefined;

beforeAll(async () => {
  await assertBuildIsCurrent();
  postgres = await startThrowawayPostgres();
  server = await serverProcess({
    DATABASE_URL: postgres.url,
    LINK_SIGNING_SECRET: 'rathaus-fault-test-link-signing-secret',
  });
  // The first start migrates the new database.
  await server.start(STARTUP);
  town = await chatTown(postgres.url, server.url, CITIZENS);
  const orm = await openDatabase({
    url: postgres.url,
    poolSize: 2,
    logger: createLogger({ logLevel: 'silent' }),
  });
  try {
    await insertForm({ orm }, town.ids.service, { definition: residentialParkingPermitForm });
  } finally {
    await orm.close();
  }
  db = new pg.Client({ connectionString: postgres.url });
  await db.connect();
}, 150_000);

afterAll(async () => {
  // Each step runs even when one before it failed, so that no process and no cluster is left.
  await db?.end().catch(() => {});
  await server?.remove().catch(() => {});
  await postgres?.remove();
}, 30_000);

type UserError = { code: string };
type Application = {
  id: string;
  status: string;
  version: number;
  reference: string | null;
  answerProblems: Array<{ pointer: string }>;
  missingDocuments: string[];
};
type Payload = { application: Application | null; userErrors: UserError[] };

const FIELDS = 'id status version reference answerProblems { pointer } missingDocuments';

async function mutate(
  citizen: Account,
  name: string,
  input: Record<string, unknown>,
): Promise<Payload> {
  const answer = await graphqlAt<Record<string, Payload>>(
    server!.url,
    `mutation($input: ${name[0]!.toUpperCase()}${name.slice(1)}Input!) { ${name}(input: $input) {
      application { ${FIELDS} } userErrors { code } } }`,
    { input },
    citizen.token,
  );
  return answer[name]!;
}

async function read(citizen: Account, id: string): Promise<Application> {
  const answer = await graphqlAt<{ application: Application | null }>(
    server!.url,
    `query($id: ID!) { application(id: $id) { ${FIELDS} } }`,
    { id },
    citizen.token,
  );
  if (!answer.application) throw new Error(`application ${id} not found`);
  return answer.application;
}

/** The citizen's draft through the API, as the web client makes it: answers and the document. */
async function readyDraft(citizen: Account): Promise<Application> {
  const started = await mutate(citizen, 'startApplication', { serviceId: town.service });
  const draft = started.application!;
  await mutate(citizen, 'saveApplicationDraft', {
    applicationId: draft.id,
    answers: COMPLETE_PARKING_PERMIT,
    version: draft.version,
  });
  const ticket = await graphqlAt<{ createApplicationUpload: { uploadUrl: string | null } }>(
    server!.url,
    `mutation($input: CreateApplicationUploadInput!) {
      createApplicationUpload(input: $input) { uploadUrl } }`,
    {
      input: {
        applicationId: draft.id,
        requirement: 'registration-certificate',
        fileName: 'fahrzeugschein.pdf',
      },
    },
    citizen.token,
  );
  const upload = await fetch(
    `${server!.url}${new URL(ticket.createApplicationUpload.uploadUrl!).pathname}`,
    {
      method: 'PUT',
      headers: { authorization: `Bearer ${citizen.token}`, 'content-type': 'application/pdf' },
      body: pdf(),
      signal: AbortSignal.timeout(15_000),
    },
  );
  expect(upload.status).toBe(201);
  const ready = await read(citizen, draft.id);
  expect(ready).toMatchObject({ status: 'DRAFT', answerProblems: [], missingDocuments: [] });
  return ready;
}

type Row = {
  id: string;
  status: string;
  version: number;
  reference: string | null;
  answers: unknown;
  receipt_file_id: string | null;
  conversation_id: string | null;
  submitted_at: Date | null;
};

async function applicationRows(): Promise<Map<string, Row>> {
  const { rows } = await db!.query<Row>(
    `select id, status, version, reference, answers, receipt_file_id, conversation_id, submitted_at
       from application`,
  );
  return new Map(rows.map((row) => [toGlobalId('Application', row.id), row]));
}

type FileRow = { id: string; kind: string; storage_key: string; size: number; sha256: string };

async function filesOf(applicationId: string): Promise<FileRow[]> {
  const { rows } = await db!.query<FileRow>(
    `select id, kind, storage_key, size, sha256 from application_file
      where application_id = $1 order by kind, id`,
    [applicationId],
  );
  return rows;
}

/** Whether the file store holds the file of the row, complete: its size and hash. */
async function isWhole(file: FileRow): Promise<boolean> {
  const bytes = await fileStoreOf(server!.dataDir)
    .read(file.storage_key)
    .catch(() => null);
  return (
    bytes !== null &&
    bytes.byteLength === file.size &&
    createHash('sha256').update(bytes).digest('hex') === file.sha256
  );
}

/** Runs the server's daily application retention as if it were `now`, as a second process would. */
async function runDailyRetention(now: Date): Promise<void> {
  const orm = await openDatabase({
    url: postgres!.url,
    poolSize: 1,
    logger: createLogger({ logLevel: 'silent' }),
  });
  try {
    await deleteExpiredApplications(
      { em: orm.em.fork(), clock: () => now },
      fileStoreOf(server!.dataDir),
    );
  } finally {
    await orm.close();
  }
}

async function countOf(statement: string, params: unknown[]): Promise<number> {
  const { rows } = await db!.query<{ n: string }>(statement, params);
  return Number(rows[0]!.n);
}

/**
 * The stored files no row names (the store's own directories apart), the temporary files and the
 * markers of files stored before their row committed.
 */
async function strayFiles(): Promise<{ orphans: number; temporary: number; marked: number }> {
  const directory = join(server!.dataDir, 'files');
  const { rows } = await db!.query<{ storage_key: string }>(
    'select storage_key from application_file',
  );
  const known = new Set(rows.map((row) => row.storage_key));
  let orphans = 0;
  let temporary = 0;
  let marked = 0;
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if (entry.parentPath.endsWith('.incoming')) temporary += 1;
    else if (entry.parentPath.endsWith('.pending')) marked += 1;
    else if (!known.has(entry.name)) orphans += 1;
  }
  return { orphans, temporary, marked };
}

type Submission = {
  citizen: Account;
  draft: Application;
  /** The reference each answer named: the submission's, or the one read after a refusal. */
  references: string[];
  attempts: number;
  /** The first attempt was sent before the kill and got no answer. */
  lostInCrash: boolean;
  /** A retry was refused with INVALID_TRANSITION and the application read as submitted. */
  foundSubmitted: boolean;
};

it('kill -9 during submissions: retried, every application is submitted exactly once', async () => {
  const crashServer = server!;
  // Given 12 signed-in citizens, each with a complete draft of the parking permit and its document.
  const submissions: Submission[] = await Promise.all(
    town.citizens.map(async (citizen) => ({
      citizen,
      draft: await readyDraft(citizen),
      references: [],
      attempts: 0,
      lostInCrash: false,
      foundSubmitted: false,
    })),
  );
  const drafts = await applicationRows();
  // One query at a time: the test's connection is one client.
  const draftFiles = new Map<string, FileRow[]>();
  for (const [id, row] of drafts) draftFiles.set(id, await filesOf(row.id));
  expect(drafts.size).toBe(CITIZENS);

  let killedAt = 0;
  let recoveryMs = 0;
  let restart: Promise<void> | null = null;
  /** At the kill: the submissions the killed server had committed, and the drafts still whole. */
  const committedAtKill = new Set<string>();
  let draftsAtKill = 0;

  // The drafts whose submission had not committed when the server died: nothing of it is left.
  const checkDraftsAtKill = async () => {
    for (const [id, row] of await applicationRows()) {
      if (row.status === 'SUBMITTED') {
        committedAtKill.add(id);
        continue;
      }
      draftsAtKill += 1;
      const before = drafts.get(id)!;
      expect(row).toEqual(before);
      expect(row).toMatchObject({
        status: 'DRAFT',
        reference: null,
        receipt_file_id: null,
        conversation_id: null,
        submitted_at: null,
        answers: COMPLETE_PARKING_PERMIT,
      });
      const files = await filesOf(row.id);
      expect(files).toEqual(draftFiles.get(id));
      expect(files.map((file) => file.kind)).toEqual(['DOCUMENT']);
      expect(await isWhole(files[0]!)).toBe(true);
      const { citizen } = submissions.find((submission) => submission.draft.id === id)!;
      expect({
        events: await countOf(
          'select count(*) as n from application_event where application_id = $1',
          [row.id],
        ),
        conversations: await countOf(
          'select count(*) as n from conversation where citizen_id = $1',
          [citizen.id],
        ),
        mails: await countOf('select count(*) as n from outbox_message where recipient = $1', [
          citizen.email.toLowerCase(),
        ]),
      }).toEqual({ events: 0, conversations: 0, mails: 0 });
    }
  };

  // The kill comes while submissions are certainly in flight: the test holds back every insert
  // into the outbox (a SHARE lock on its own connection), which each submission's transaction makes
  // before its commit, and kills once all the late ones wait for it. Watching for the right moment
  // instead lost the race on a quiet machine, where all twelve were answered first.
  const gate = new pg.Client({ connectionString: postgres!.url });
  await gate.connect();
  const crash = async () => {
    killedAt = Date.now();
    await crashServer.kill9();
    await checkDraftsAtKill();
    await gate.query('rollback');
    await crashServer.start(STARTUP);
    recoveryMs = Date.now() - killedAt;
  };

  /** Submits until an answer comes; a connection error waits for the restart. */
  const submit = async (submission: Submission) => {
    const { citizen, draft } = submission;
    for (;;) {
      submission.attempts += 1;
      if (submission.attempts > MAX_ATTEMPTS) {
        throw new Error(`submission of ${draft.id} not answered in ${MAX_ATTEMPTS} attempts`);
      }
      const sentBeforeKill = killedAt === 0;
      let payload: Payload;
      try {
        payload = await mutate(citizen, 'submitApplication', {
          applicationId: draft.id,
          version: draft.version,
        });
      } catch (error) {
        // No answer: the connection broke or was refused, or an unready server said 503.
        if (!(error instanceof NoAnswer) || (error.status !== null && error.status !== 503)) {
          throw error;
        }
        if (sentBeforeKill && killedAt !== 0 && submission.attempts === 1) {
          submission.lostInCrash = true;
        }
        if (!restart) throw error;
        await restart;
        continue;
      }
      if (payload.application) {
        expect(payload.application.status).toBe('SUBMITTED');
        submission.references.push(payload.application.reference!);
      } else {
        // Submitted by the killed server before its answer was lost: the client reads it.
        expect({ retry: submission.attempts > 1, userErrors: payload.userErrors }).toEqual({
          retry: true,
          userErrors: [{ code: 'INVALID_TRANSITION' }],
        });
        const found = await read(citizen, draft.id);
        expect(found.status).toBe('SUBMITTED');
        submission.references.push(found.reference!);
        submission.foundSubmitted = true;
      }
      return;
    }
  };

  // When the first KILL_AFTER_ANSWERS submit and are answered, and the others submit at once and
  // are killed in flight.
  await Promise.all(submissions.slice(0, KILL_AFTER_ANSWERS).map(submit));
  try {
    await gate.query('begin');
    await gate.query('lock table outbox_message in share mode');
    const late = submissions.slice(KILL_AFTER_ANSWERS);
    const lateAnswered = Promise.all(late.map(submit));
    // Only the submissions' inserts count: the outbox worker's claim waits for the lock too.
    await waitUntil(
      async () =>
        (await countOf(
          `select count(*) as n from pg_stat_activity
            where wait_event_type = 'Lock' and query ilike 'insert into outbox_message%'`,
          [],
        )) === late.length,
      'every late submission waiting for the outbox',
      { timeoutMs: 30_000 },
    );
    restart = crash();
    await lateAnswered;
    await restart;
  } finally {
    await gate.end();
  }

  // Then the kill came while submissions were in flight, and the server came back.
  const lostInCrash = submissions.filter((submission) => submission.lostInCrash);
  expect(killedAt).toBeGreaterThan(0);
  expect(lostInCrash.length).toBeGreaterThan(0);
  expect(committedAtKill.size + draftsAtKill).toBe(CITIZENS);
  const committedUnanswered = lostInCrash.filter((submission) =>
    committedAtKill.has(submission.draft.id),
  ).length;
  expect(committedUnanswered + draftsAtKill).toBe(lostInCrash.length);

  // Every application is submitted once, with the one reference its client was told …
  const rows = await applicationRows();
  const references = new Set<string>();
  let lost = 0;
  let duplicates = 0;
  for (const { citizen, draft, references: told } of submissions) {
    const row = rows.get(draft.id)!;
    if (row.status !== 'SUBMITTED' || !row.reference) {
      lost += 1;
      continue;
    }
    expect(told).toEqual([row.reference]);
    expect(row.reference).toMatch(/^MS-\d{4}-\d{6}$/);
    if (references.has(row.reference)) duplicates += 1;
    references.add(row.reference);
    expect(row.answers).toEqual(COMPLETE_PARKING_PERMIT);
    expect(row.version).toBe(draft.version + 1);

    // … with its receipt filed once and whole in the file store, the document as it was …
    const files = await filesOf(row.id);
    const receipts = files.filter((file) => file.kind === 'RECEIPT');
    expect(receipts.map((file) => file.id)).toEqual([row.receipt_file_id]);
    expect(await isWhole(receipts[0]!)).toBe(true);
    const receipt = await fileStoreOf(crashServer.dataDir).read(receipts[0]!.storage_key);
    expect(receipt.subarray(0, 5).toString()).toBe('%PDF-');
    expect(files.filter((file) => file.kind === 'DOCUMENT')).toEqual(draftFiles.get(draft.id));

    // … one SUBMITTED step, one conversation with the office and one e-mail that names it.
    const counts = {
      events: await countOf(
        `select count(*) as n from application_event where application_id = $1`,
        [row.id],
      ),
      conversations: await countOf('select count(*) as n from conversation where citizen_id = $1', [
        citizen.id,
      ]),
      linked: await countOf('select count(*) as n from conversation where id = $1', [
        row.conversation_id,
      ]),
      mails: await countOf('select count(*) as n from outbox_message where recipient = $1', [
        citizen.email.toLowerCase(),
      ]),
      mailsNamingIt: await countOf(
        `select count(*) as n from outbox_message where recipient = $1 and subject like $2`,
        [citizen.email.toLowerCase(), `%${row.reference}%`],
      ),
    };
    expect(counts).toEqual({ events: 1, conversations: 1, linked: 1, mails: 1, mailsNamingIt: 1 });
  }
  expect({ lost, duplicates, applications: rows.size }).toEqual({
    lost: 0,
    duplicates: 0,
    applications: CITIZENS,
  });

  // Receipts written for submissions the kill interrupted before their commit: no row names
  // them, one per interrupted submission, each still marked as stored before its row.
  const stray = await strayFiles();
  // (A committed submission whose answer was lost may have lost its marker before the kill.)
  expect(draftsAtKill).toBeGreaterThan(0);
  expect({ orphans: stray.orphans, temporary: stray.temporary }).toEqual({
    orphans: draftsAtKill,
    temporary: 0,
  });
  expect(stray.marked).toBeGreaterThanOrEqual(draftsAtKill);
  expect(stray.marked).toBeLessThanOrEqual(draftsAtKill + committedUnanswered);
  // The daily job, with its clock a day and an hour on, deletes them and nothing else.
  await runDailyRetention(new Date(Date.now() + DAY_MS + HOUR_MS));
  expect(await strayFiles()).toEqual({ orphans: 0, temporary: 0, marked: 0 });
  for (const row of rows.values()) {
    for (const file of await filesOf(row.id)) expect(await isWhole(file)).toBe(true);
  }
  const retried = submissions.filter((submission) => submission.attempts > 1).length;
  const found = submissions.filter((submission) => submission.foundSubmitted).length;
  console.log(
    `application crash: ${KILL_AFTER_ANSWERS} submissions answered, then ${CITIZENS - KILL_AFTER_ANSWERS} at once, held before their commit, kill -9; ` +
      `${CITIZENS - lostInCrash.length} answered before the kill, ${lostInCrash.length} in flight ` +
      `lost their answer (${committedUnanswered} of them committed, ${draftsAtKill} still whole ` +
      `drafts), ${retried} retried (${found} found submitted ` +
      `after INVALID_TRANSITION), recovery ${recoveryMs} ms, submitted=${references.size}, ` +
      `lost=${lost}, duplicates=${duplicates}, orphan receipt files=${stray.orphans} (none ` +
      `after the daily job), temporary files=${stray.temporary}`,
  );
}, 120_000);
