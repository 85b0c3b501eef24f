import { unzipSync, strFromU8 } from 'fflate';
import { signFileLink } from '../../src/applications/file-links.js';
import { createAccount, type TestAccount } from '../support/accounts.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// A citizen takes everything Rathaus holds about them home in one archive, and only they can
// open the link to it.

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

/** Signs in as a browser does and answers the Cookie header to send. */
async function cookieOf(account: TestAccount): Promise<string> {
  const { body, headers } = await server.gql<{ signInWithPassword: { userErrors: unknown[] } }>(
    `mutation($input: SignInWithPasswordInput!) {
      signInWithPassword(input: $input) { userErrors { code } }
    }`,
    { input: { email: account.email, password: account.password, sessionType: 'COOKIE' } },
  );
  expect(body.data?.signInWithPassword.userErrors).toEqual([]);
  const cookie = /rathaus_session=[^;]+/.exec(String(headers['set-cookie']))?.[0];
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

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
function binary(
  res: NodeJS.ReadableStream & { setEncoding(e: string): void },
  done: (error: Error | null, body: Buffer) => void,
) {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => done(null, Buffer.concat(chunks)));
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
