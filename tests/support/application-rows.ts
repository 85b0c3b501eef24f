import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { FileStore } from '../../src/applications/file-store.js';
import type { FormDefinition } from '../../src/applications/form-definition.js';
import type { TestServer } from './test-server.js';

// Applications written straight to the database, in any status, with files in the server's file
// store: for the tests of what happens to files and rows, not of the lifecycle that leads there.

/** The file store of a test server started with DATA_DIR = `dataDir`. */
export function fileStoreOf(dataDir: string): FileStore {
  return new FileStore(join(dataDir, 'files'));
}

async function execute(
  server: Pick<TestServer, 'orm'>,
  statement: string,
  params: unknown[],
): Promise<void> {
  await server.orm.em.fork().execute(statement, params);
}

/**
 * What the test forms ask for: one document, a proof of address as PDF or PNG of up to
 * `DOCUMENT_MAX_BYTES`.
 */
export const DOCUMENT_MAX_BYTES = 100_000;
const DEFINITION = JSON.stringify({
  schema: { type: 'object', properties: {} },
  ui: { sections: [] },
  documents: [
    {
      key: 'proofOfAddress',
      label: { de: 'Meldenachweis', en: 'Proof of address' },
      required: false,
      mediaTypes: ['application/pdf', 'image/png'],
      maxBytes: DOCUMENT_MAX_BYTES,
    },
  ],
});

/**
 * A form version of the service, kept `retentionYears` after a decision: by default one that asks
 * for a proof of address only.
 */
export async function insertForm(
  server: Pick<TestServer, 'orm'>,
  serviceId: string,
  options: { retentionYears?: number; definition?: FormDefinition } = {},
): Promise<string> {
  const id = randomUUID();
  const [next] = await server.orm.em
    .fork()
    .execute<Array<{ version: number }>>(
      'select coalesce(max(version), 0) + 1 as version from application_form where service_id = ?',
      [serviceId],
    );
  await execute(
    server,
    `insert into application_form (id, service_id, version, definition, fee_cents, processing_days,
                                   retention_years, created_at)
     values (?, ?, ?, ?, 0, 14, ?, now())`,
    [
      id,
      serviceId,
      next!.version,
      options.definition ? JSON.stringify(options.definition) : DEFINITION,
      options.retentionYears ?? 10,
    ],
  );
  return id;
}

let references = 0;

/**
 * An application of the applicant in `status`, as if it had gone through the API: submitted ones
 * have a reference and dates, decided ones were decided at `decidedAt`, closed ones closed then.
 */
export async function insertApplication(
  server: Pick<TestServer, 'orm'>,
  row: {
    formId: string;
    serviceId: string;
    officeId: string;
    applicantId: string;
    status: string;
    decidedAt?: Date;
    assigneeId?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  const submitted = row.status !== 'DRAFT';
  const decided = ['APPROVED', 'REJECTED', 'CLOSED'].includes(row.status);
  const decidedAt = decided
    ? (row.decidedAt ?? new Date('2027-02-10T08:00:00Z')).toISOString()
    : null;
  references += 1;
  await execute(
    server,
    `insert into application (id, reference, form_id, service_id, office_id, applicant_id, status,
                              answers, assignee_id, submitted_at, due_at, decided_at,
                              decision_reason, closed_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, now(), now())`,
    [
      id,
      submitted ? `T-2027-${String(references).padStart(6, '0')}-${id.slice(0, 4)}` : null,
      row.formId,
      row.serviceId,
      row.officeId,
      row.applicantId,
      row.status,
      JSON.stringify({ person: { name: 'Erika Mustermann' } }),
      row.assigneeId ?? null,
      submitted ? '2027-02-01T08:00:00Z' : null,
      submitted ? '2027-02-15T08:00:00Z' : null,
      decidedAt,
      decided ? 'Alle Unterlagen vollständig.' : null,
      row.status === 'CLOSED' ? decidedAt : null,
    ],
  );
  return id;
}

/** Stores the bytes and adds them to the application as a file of `kind`. */
export async function insertFile(
  server: TestServer,
  store: FileStore,
  file: {
    applicationId: string;
    bytes: Uint8Array;
    kind?: 'DOCUMENT' | 'RECEIPT' | 'DECISION';
    fileName?: string;
    mediaType?: string;
    /** The size recorded in the row, when it should differ from the bytes'. */
    size?: number;
  },
): Promise<{ id: string; storageKey: string }> {
  const id = randomUUID();
  const kind = file.kind ?? 'DOCUMENT';
  return store.putAndRecord(file.bytes, async (stored) => {
    await execute(
      server,
      `insert into application_file (id, application_id, kind, requirement, file_name, media_type,
                                   size, sha256, storage_key, created_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, now())`,
      [
        id,
        file.applicationId,
        kind,
        kind === 'DOCUMENT' ? 'proofOfAddress' : null,
        file.fileName ?? 'Nachweis.pdf',
        file.mediaType ?? 'application/pdf',
        file.size ?? stored.size,
        stored.sha256,
        stored.storageKey,
      ],
    );
    return { id, storageKey: stored.storageKey };
  });
}

/** Answers to the demo town's parking permit form that leave nothing to complain about. */
export const COMPLETE_PARKING_PERMIT = {
  applicant: { givenName: 'Erika', familyName: 'Mustermann', dateOfBirth: '1980-05-17' },
  address: {
    street: 'Prinzipalmarkt',
    houseNumber: '10',
    postalCode: '48143',
    city: 'Münster',
    registered: true,
  },
  vehicle: { licencePlate: 'MS-AB 123', make: 'Volkswagen', keeper: 'applicant' },
  permit: { validity: 'one-year', startDate: '2027-04-01' },
};
