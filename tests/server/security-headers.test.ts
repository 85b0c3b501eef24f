import { startTestServer, type TestServer } from '../support/test-server.js';

// Security review #13, finding 14: every HTML page the server serves carries a Content Security
// Policy without inline scripts that no other site may frame, nosniff and no-referrer; HSTS
// when the public address is https. (The web client's own test checks the page under this policy
// in Chromium: clients/web/tests/content-security-policy.test.ts.)

let server: TestServer;
let https: TestServer;

beforeAll(async () => {
  [server, https] = await Promise.all([
    startTestServer(),
    startTestServer({ env: { PUBLIC_URL: 'https://rathaus.test' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([server?.close(), https?.close()]);
});

/** The HTML pages: the web client's start page and its client routes, e-mail link pages, GraphiQL. */
const PAGES = [
  '/',
  '/search?q=Pass',
  '/appointment?token=abc',
  '/appointment?code=ABCD2345',
  '/verify-email?token=abc',
  '/accept-invitation?token=abc',
  '/announcements',
  '/graphiql',
];

function directives(policy: string | undefined): Map<string, string> {
  return new Map(
    (policy ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe.each(PAGES)('the HTML page %s', (path) => {
  it('has a policy that allows only this origin’s scripts, no inline ones, and no framing', async () => {
    const response = await server.http().get(path).set('accept', 'text/html').expect(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    const csp = directives(response.headers['content-security-policy']);
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(response.headers['content-security-policy']).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
    // Plain http (development): no HSTS, no upgrade of requests, or the page would not load.
    expect(response.headers['strict-transport-security']).toBeUndefined();
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
  });

  it('needs nothing inline: no inline script, style or event handler', async () => {
    const { text } = await server.http().get(path).set('accept', 'text/html').expect(200);
    const scripts = [...text.matchAll(/<script\b[^>]*>/g)].map(([tag]) => tag);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toMatch(/\ssrc="\/[^"]+"/);
    expect(text).not.toMatch(/<style\b/);
    expect(text).not.toMatch(/\sstyle=/);
    expect(text).not.toMatch(/\son[a-z]+=/);
  });
});

it('tells browsers to keep to https (HSTS) when the public address is https', async () => {
  for (const path of ['/', '/graphiql', '/appointment?token=abc']) {
    const response = await https.http().get(path).set('accept', 'text/html').expect(200);
    expect(response.headers['strict-transport-security']).toBe(
      'max-age=31536000; includeSubDomains',
    );
    expect(
      directives(response.headers['content-security-policy']).has('upgrade-insecure-requests'),
    ).toBe(true);
  }
});

it('sends the same headers with the API’s, the calendar files’, the feeds’ and the application files’ answers', async () => {
  const answers = await Promise.all([
    server
      .http()
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: '{ offices { id } }' }),
    server.http().get('/appointments/unknown-token.ics'),
    server.http().get('/feeds/announcements.atom'),
    server.http().get('/files/unknown-token'),
    server.http().get('/files/export/unknown-token'),
    server.http().put('/files/uploads/unknown-ticket').send('%PDF-1.4'),
  ]);
  for (const response of answers) {
    expect(response.status).toBeLessThan(500);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(directives(response.headers['content-security-policy']).get('frame-ancestors')).toBe(
      "'none'",
    );
  }
});

it('gives the API’s JSON answers the headers that protect a JSON answer, and none meant for HTML documents', async () => {
  for (const [target, hsts] of [
    [server, undefined],
    [https, 'max-age=31536000; includeSubDomains'],
  ] as const) {
    const answers = await Promise.all([
      target
        .http()
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{ offices { id } }' }),
      // Refused before it reaches GraphQL: malformed JSON.
      target.http().post('/graphql').set('content-type', 'application/json').send('{"query":'),
    ]);
    expect(answers.map((response) => response.status)).toEqual([200, 400]);
    for (const response of answers) {
      const csp = directives(response.headers['content-security-policy']);
      expect(csp.get('default-src')).toBe("'none'");
      expect(csp.get('frame-ancestors')).toBe("'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
      expect(response.headers['strict-transport-security']).toBe(hsts);
      for (const documentOnly of [
        'cross-origin-opener-policy',
        'origin-agent-cluster',
        'x-dns-prefetch-control',
        'x-download-options',
        'x-permitted-cross-domain-policies',
        'x-xss-protection',
      ]) {
        expect(response.headers[documentOnly]).toBeUndefined();
      }
    }
  }
  // The pages keep them.
  const page = await server.http().get('/').set('accept', 'text/html').expect(200);
  expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
  expect(directives(page.headers['content-security-policy']).get('default-src')).toBe("'self'");
});
