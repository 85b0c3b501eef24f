import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { FileStore } from '../../src/applications/file-store.js';
import { signUploadTicket } from '../../src/applications/upload-tickets.js';
import { createAccount, signInWithCookie } from '../support/accounts.js';
import { fileStoreOf, insertApplication, insertForm } from '../support/application-rows.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { pdf } from '../support/sample-files.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Issue #21, fault 8: the disk for uploads is full. DATA_DIR/files is a tmpfs of 256 KiB of the
// test's own; citizens upload 60 KB documents until it is full. The one that does not fit is
// refused with a clear error (507 STORAGE_FULL, a message in the citizen's language, an error in
// the log for the operator), leaves no part of a file and no row, and the documents stored before
// it are whole. Once there is room again, uploads succeed.

const run = promisify(execFile);
const TMPFS_KB = 256;
const DOCUMENT_BYTES = 60_000;
const NOW = new Date('2027-03-01T06:00:00Z');
const IN_TEN_MINUTES = new Date(NOW.getTime() + 10 * 60_000);

let server: TestServer | undefined;
let dataDir: string;
let filesDir: string;
let mounted = false;
let store: FileStore;
let town: BookingFixture;
let formId: string;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'rathaus-full-disk-'));
  filesDir = join(dataDir, 'files');
  await mkdir(filesDir);
  // Needs root, as the fault tests' PostgreSQL clusters do.
  await run('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_KB}k,mode=0700`, 'tmpfs', filesDir]);
  mounted = true;
  server = await startTestServer({ now: NOW, env: { DATA_DIR: dataDir } });
  store = fileStoreOf(dataDir);
  town = await createBookingFixture(server.orm);
  formId = await insertForm(server, town.serviceId);
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (mounted) await run('umount', [filesDir]);
  await rm(dataDir, { recursive: true, force: true });
}, 30_000);

/** A PDF of DOCUMENT_BYTES: the sample with spaces after its end, which readers ignore. */
const document = () => {
  const sample = pdf();
  return Buffer.concat([sample, Buffer.alloc(DOCUMENT_BYTES - sample.byteLength, 0x20)]);
};

/** A citizen with a draft of their own uploads one document to it (each its own draft: no limit). */
async function upload() {
  const citizen = await createAccount(server!);
  const applicationId = await insertApplication(server!, {
    formId,
    serviceId: town.serviceId,
    officeId: town.officeId,
    applicantId: citizen.id,
    status: 'DRAFT',
  });
  const ticket = signUploadTicket(
    server!.linkSecret,
    {
      applicationId,
      requirement: 'proofOfAddress',
      fileName: 'Nachweis.pdf',
      uploader: citizen.id,
    },
    IN_TEN_MINUTES,
  );
  const response = await server!
    .http()
    .put(`/files/uploads/${ticket}`)
    .set('content-type', 'application/pdf')
    .set('accept-language', 'de')
    .set('cookie', await signInWithCookie(server!, citizen))
    .send(document());
  return { applicationId, response };
}

async function filesInStore() {
  const entries = await readdir(filesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

it('a full disk for uploads: a clear error, no part of a file, no row; room again, uploads again', async () => {
  // When citizens upload until the disk is full,
  const accepted: string[] = [];
  let refused: Awaited<ReturnType<typeof upload>> | null = null;
  for (let attempt = 0; attempt < 2 * Math.ceil((TMPFS_KB * 1024) / DOCUMENT_BYTES); attempt++) {
    const result = await upload();
    if (result.response.status !== 201) {
      refused = result;
      break;
    }
    accepted.push(result.applicationId);
  }

  // then the upload that did not fit is refused with a clear error, in the citizen's language,
  // and the operator is told …
  expect(accepted.length).toBeGreaterThan(0);
  expect(refused?.response.status).toBe(507);
  expect(refused!.response.body).toEqual({
    code: 'STORAGE_FULL',
    message:
      'Die Datei konnte gerade nicht gespeichert werden, weil der Speicher voll ist. Bitte versuchen Sie es später erneut.',
  });
  expect(server!.logs.filter((log) => log.msg === 'upload refused: the disk is full')).toHaveLength(
    1,
  );

  // … it left no row and no part of a file (nothing in the temporary directory either) …
  const rows = await server!.orm.em
    .fork()
    .execute<Array<{ application_id: string; storage_key: string; size: number }>>(
      'select application_id, storage_key, size from application_file',
    );
  expect(rows.map((row) => row.application_id).sort()).toEqual([...accepted].sort());
  const files = await filesInStore();
  expect(files).toHaveLength(accepted.length);
  expect(files.filter((file) => file.includes('.incoming'))).toEqual([]);
  // … and the documents stored before it are whole.
  for (const row of rows) {
    expect((await store.read(row.storage_key)).equals(document())).toBe(true);
    expect((await stat(files.find((file) => file.endsWith(row.storage_key))!)).size).toBe(
      DOCUMENT_BYTES,
    );
  }

  // When there is room again, the next upload is stored.
  await run('mount', ['-o', `remount,size=${4 * TMPFS_KB}k`, filesDir]);
  const again = await upload();
  expect(again.response.status).toBe(201);

  console.log(
    `full disk: ${TMPFS_KB} KiB for uploads, ${accepted.length} documents of ${DOCUMENT_BYTES} bytes stored, ` +
      `the next refused with ${refused!.response.status} STORAGE_FULL; ${files.length} files for ${rows.length} rows, ` +
      `0 partial files, 0 rows of the refused one; after more room: ${again.response.status}`,
  );
}, 60_000);
