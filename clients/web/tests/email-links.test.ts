import { Role } from '../../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, lastEmailTo, signIn } from '../../../tests/support/accounts.js';
import {
  axeViolations,
  closeCleanly,
  focused,
  openVisitor,
  serverAndBrowser,
  tabTo,
  waitForHeading,
  type Visitor,
  shown,
} from './support/browser.js';

// The links in the server's e-mails open real pages: the verification link confirms the address
// and the invitation link lets the invited person choose their password. Neither signs in.

const TIMEOUT = 90_000;
const SIGN_IN = `mutation($input: SignInWithPasswordInput!) {
  signInWithPassword(input: $input) { token userErrors { code } }
}`;

const env = serverAndBrowser(TIMEOUT);
let visitor: Visitor;

beforeEach(async () => {
  visitor = await openVisitor(env.browser, env.server.url);
});

afterEach(() => closeCleanly(visitor));

/** The path and query of the newest link in the address's last e-mail, e.g. /verify-email?token=… */
async function linkIn(email: string, path: string): Promise<string> {
  const body = (await lastEmailTo(env.server, email))?.body ?? '';
  const match = new RegExp(`http://rathaus\\.test(${path}\\?token=[^\\s]+)`).exec(body);
  if (!match?.[1]) throw new Error(`no ${path} link in: ${body}`);
  return match[1];
}

async function signInWith(email: string, password: string) {
  const { body } = await env.server.gql<{
    signInWithPassword: { token: string | null; userErrors: Array<{ code: string }> };
  }>(SIGN_IN, { input: { email, password, sessionType: 'BEARER' } });
  return body.data!.signInWithPassword;
}

it(
  'confirms the address with the password the citizen chooses, and the used link is refused',
  async () => {
    // Given a registration and the link it e-mailed
    const email = `buergerin-${process.pid}@example.org`;
    await env.server.gql(
      `mutation($input: RegisterAccountInput!) { registerAccount(input: $input) { emailSent } }`,
      { input: { email, name: 'Bürgerin', password: 'bei-der-registrierung' } },
    );
    const link = await linkIn(email, '/verify-email');
    const { page } = visitor;

    // When she opens it and chooses her password with the keyboard
    await page.goto(link);
    await waitForHeading(page, /E-Mail-Adresse bestätigen/);
    expect(await axeViolations(page)).toEqual([]);
    await tabTo(page, /^input\[password\] Passwort/);
    await page.keyboard.type('mein-neues-passwort');
    await page.keyboard.press('Enter');

    // Then the page says the address is confirmed and how to sign in; she is not signed in
    await waitForHeading(page, /Ihre E-Mail-Adresse ist bestätigt/);
    await shown(page.locator('main')).toMatch(
      new RegExp(`mit Ihrer E-Mail-Adresse ${email.replace('.', '\\.')} und diesem Passwort an`),
    );
    expect(await page.context().cookies()).toEqual([]);
    expect((await signInWith(email, 'mein-neues-passwort')).token).toMatch(/^rh_sess_/);
    expect((await signInWith(email, 'bei-der-registrierung')).token).toBeNull();

    // And the same link a second time is refused with the server's explanation
    await page.goto(link);
    await waitForHeading(page, /E-Mail-Adresse bestätigen/);
    await page.getByLabel('Passwort').fill('noch-ein-passwort');
    await page.getByRole('button', { name: 'Adresse bestätigen' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    await shown(summary).toMatch(/Link ist ungültig oder abgelaufen/);
  },
  TIMEOUT,
);

it(
  'lets an invited clerk set her own password and then sign in as staff',
  async () => {
    // Given an admin's invitation to a new clerk
    const admin = bearer(
      await signIn(env.server, await createAccount(env.server, { roles: [Role.ADMIN] })),
    );
    const offices = await env.server.gql<{ offices: Array<{ id: string }> }>('{ offices { id } }');
    const email = `kollegin-${process.pid}@musterstadt.example`;
    await env.server.gql(
      `mutation($input: GrantStaffAccessInput!) { grantStaffAccess(input: $input) { userErrors { code } } }`,
      { input: { email, name: 'Kollegin', officeIds: [offices.body.data!.offices[0]!.id] } },
      admin,
    );
    const { page } = visitor;

    // When she opens the invitation and first submits a password that is too short
    await page.goto(await linkIn(email, '/accept-invitation'));
    await waitForHeading(page, /Ihren Zugang zum Rathaus einrichten/);
    await tabTo(page, /^input\[password\] Passwort/);
    await page.keyboard.type('kurz');
    await page.keyboard.press('Enter');
    await page.locator('.error-summary').waitFor();
    await shown(page.locator('#password-error')).toMatch(/10 bis 200 Zeichen/);
    expect(await axeViolations(page)).toEqual([]);

    // ... then a good one
    await tabTo(page, /^input\[password\] Passwort/);
    expect(await focused(page)).toMatch(/Passwort/);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('das-passwort-der-kollegin');
    await page.keyboard.press('Enter');

    // Then her access is set up, and she signs in as staff with that password
    await waitForHeading(page, /Ihr Zugang ist eingerichtet/);
    const signedIn = await signInWith(email, 'das-passwort-der-kollegin');
    const me = await env.server.gql<{ me: { roles: string[] } }>(
      '{ me { roles } }',
      {},
      bearer(signedIn.token!),
    );
    expect(me.body.data!.me.roles).toContain('STAFF');
  },
  TIMEOUT,
);

it(
  'explains a link without its token instead of showing a form',
  async () => {
    const { page } = visitor;
    await page.goto('/verify-email');
    await waitForHeading(page, /E-Mail-Adresse bestätigen/);
    await shown(page.locator('main')).toMatch(/Dieser Link ist unvollständig/);
    expect(await page.locator('input').count()).toBe(0);
  },
  TIMEOUT,
);
