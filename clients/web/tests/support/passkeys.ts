import { createServer } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { startTestServer, type TestServer } from '../../../../tests/support/test-server.js';
import { DEMO_NOW, launchBrowser } from './browser.js';

/** A loopback port that was free a moment ago. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export type LocalhostEnvironment = {
  server: TestServer;
  browser: Browser;
  /** http://localhost:<port>: the server's PUBLIC_URL and the address the browser opens. */
  url: string;
};

/**
 * The demo town at http://localhost:<port> and one Chromium for the tests of a file. Passkeys
 * belong to the host of PUBLIC_URL (the WebAuthn relying party), which must be the page's host and
 * a name, not 127.0.0.1; localhost is one, and a secure context over plain HTTP.
 */
export function localhostServerAndBrowser(timeout = 90_000): LocalhostEnvironment {
  const environment = {} as LocalhostEnvironment;
  beforeAll(async () => {
    const port = await freePort();
    environment.url = `http://localhost:${port}`;
    environment.server = await startTestServer({
      template: 'demo',
      now: DEMO_NOW,
      env: { PORT: String(port), PUBLIC_URL: environment.url, TRUSTED_DOCUMENTS_ONLY: 'true' },
    });
    environment.browser = await launchBrowser();
  }, timeout);
  afterAll(async () => {
    await environment.browser?.close();
    await environment.server?.close();
  });
  return environment;
}

export type VirtualAuthenticator = {
  /** How many passkeys (resident credentials) it holds. */
  passkeys(): Promise<number>;
  /**
   * Whether it answers at once, as a person touching the sensor would. Off, a request waits:
   * the passkey offered in the e-mail field's suggestions is then not picked by itself.
   */
  answerAtOnce(enabled: boolean): Promise<void>;
};

/**
 * A platform authenticator with a fingerprint reader for the page (Chrome DevTools Protocol):
 * it keeps discoverable credentials and verifies its user.
 */
export async function addVirtualAuthenticator(page: Page): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable', { enableUI: false });
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    async passkeys() {
      const { credentials } = await cdp.send('WebAuthn.getCredentials', { authenticatorId });
      return credentials.filter((credential) => credential.isResidentCredential).length;
    },
    async answerAtOnce(enabled) {
      await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled });
    },
  };
}

type PasskeyRecordWindow = { passkeyRequests: string[]; passkeyAnswers: string[] };

/**
 * Records how the page asks navigator.credentials.get for a passkey, and which of those requests
 * received one: "conditional" (offered in the e-mail field's suggestions) or "modal" (a button).
 * A new page load starts a new record.
 */
export async function recordPasskeyRequests(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = window as unknown as PasskeyRecordWindow;
    record.passkeyRequests = [];
    record.passkeyAnswers = [];
    const get = navigator.credentials.get.bind(navigator.credentials);
    navigator.credentials.get = async (options) => {
      const mediation = options?.mediation ?? 'modal';
      record.passkeyRequests.push(mediation);
      const credential = await get(options);
      if (credential) record.passkeyAnswers.push(mediation);
      return credential;
    };
  });
}

/** The requests that received a passkey, in order (see `recordPasskeyRequests`). */
export function passkeyAnswers(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as PasskeyRecordWindow).passkeyAnswers);
}

/** Waits until the page has asked for a passkey in this way (see `recordPasskeyRequests`). */
export async function passkeyRequested(page: Page, mediation: 'conditional' | 'modal') {
  await page.waitForFunction(
    (wanted) => (window as unknown as PasskeyRecordWindow).passkeyRequests.includes(wanted),
    mediation,
  );
}
