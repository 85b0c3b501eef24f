import { Role } from '../../../src/entities/accounts/account.entity.js';
import { uuidOf } from '../../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../../../tests/support/accounts.js';
import {
  accessibilityProblems,
  chooseLanguage,
  serverBrowserAndVisitor,
  waitForHeading,
  shown,
} from './support/browser.js';
import { demoBooking } from './support/booking.js';

// A service whose times are released by lottery says so on its page and links the public rule
// (issue #19, docs/fair-release.md).

const TIMEOUT = 120_000;

const env = serverBrowserAndVisitor(TIMEOUT);

it(
  'shows an upcoming fair release on the service page and explains the rule',
  async () => {
    // Given a release of the identity card's times at Bürgerbüro Nord a week ahead, opening at 09:00
    const { serviceId, officeId } = await demoBooking(env.server);
    const clerk = bearer(
      await signIn(
        env.server,
        await createAccount(env.server, {
          roles: [Role.STAFF],
          officeIds: [uuidOf(officeId, 'Office')!],
        }),
      ),
    );
    const { body } = await env.server.gql<{
      createAppointmentRelease: { userErrors: Array<{ code: string }> };
    }>(
      `mutation($input: CreateAppointmentReleaseInput!) {
         createAppointmentRelease(input: $input) { userErrors { code } } }`,
      {
        input: {
          serviceId,
          officeId,
          startsAt: '2027-01-18T23:00:00.000Z',
          endsAt: '2027-01-19T23:00:00.000Z',
          opensAt: '2027-01-11T08:00:00.000Z',
          windowMinutes: 10,
        },
      },
      clerk,
    );
    expect(body.data!.createAppointmentRelease.userErrors).toEqual([]);
    const { page } = env.visitor;

    // When a citizen opens the service's page, then it says when to ask
    await page.goto(`/services/${encodeURIComponent(serviceId)}`);
    await waitForHeading(page, /Personalausweis beantragen$/);
    const notice = page.getByRole('note');
    await notice.getByText(/werden fair verlost/).waitFor();
    await shown(notice).toContain('11. Januar 2027, 09:00');
    expect(await accessibilityProblems(page)).toEqual([]);

    // When she follows the link, then the rule is explained (axe finds nothing)
    await notice.getByRole('link', { name: 'So funktioniert die faire Vergabe' }).click();
    await waitForHeading(page, /Faire Vergabe neuer Termine$/);
    await shown(page.locator('main')).toContain('eine je E-Mail-Adresse');
    expect(await accessibilityProblems(page)).toEqual([]);

    // And in English as well
    await chooseLanguage(page, 'English');
    await waitForHeading(page, /Fair release of new appointment times$/);
    expect(await accessibilityProblems(page)).toEqual([]);
  },
  TIMEOUT,
);
