import { Role } from '../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../src/resolvers/common/global-id.js';
import { createAccount } from '../../../tests/support/accounts.js';
import { messagingTown, send, startConversation } from '../../../tests/support/messaging.js';
import {
  accessibilityProblems,
  serverBrowserAndVisitor,
  signInTo,
  waitForHeading,
} from './support/browser.js';

// The signed-in pages (the citizen's account and conversations, the staff plan) in Arabic,
// right to left: no WCAG 2.2 AA violation and no sideways scrolling at desktop and 360 px.

const TIMEOUT = 180_000;

const env = serverBrowserAndVisitor(TIMEOUT);

async function inArabic(path: string): Promise<{ path: string; dir: string; problems: string[] }> {
  const { page } = env.visitor;
  await page.goto(path);
  await waitForHeading(page, /.+/);
  await page.waitForFunction(() => !document.querySelector('.loading'));
  return {
    path,
    dir: await page.evaluate(() => document.documentElement.dir),
    problems: await accessibilityProblems(page),
  };
}

it(
  'shows a citizen her account and conversations right to left, without a violation',
  async () => {
    const { town, citizen, clerk } = await messagingTown(env.server);
    const conversation = await startConversation(env.server, citizen, town.office);
    await send(env.server, clerk, conversation.id, 'Ihre Unterlagen sind vollständig.');
    const { page } = env.visitor;
    await signInTo(page, citizen.account, '/my-town-hall');
    await waitForHeading(page, /^Mein Rathaus$/);
    await page.evaluate(() => localStorage.setItem('rathaus.lang', 'ar'));

    const results = [];
    for (const path of [
      '/my-town-hall',
      '/my-town-hall/devices',
      '/my-town-hall/api-keys',
      '/my-town-hall/data',
      '/my-town-hall/delete-account',
      '/conversations',
      '/conversations/new',
      `/conversations/${encodeURIComponent(conversation.id)}`,
    ]) {
      results.push(await inArabic(path));
    }
    expect(results).toEqual(results.map(({ path }) => ({ path, dir: 'rtl', problems: [] })));
  },
  TIMEOUT,
);

it(
  'shows a clerk the appointment plan right to left, without a violation',
  async () => {
    const { body } = await env.server.gql<{ offices: Array<{ id: string }> }>('{ offices { id } }');
    const office = body.data!.offices[0]!.id;
    const clerk = await createAccount(env.server, {
      roles: [Role.STAFF],
      officeIds: [fromGlobalId(office)!.uuid],
    });
    const { page } = env.visitor;
    await signInTo(page, clerk, '/staff');
    await page.evaluate(() => localStorage.setItem('rathaus.lang', 'ar'));
    expect(await inArabic('/staff?view=week')).toEqual({
      path: '/staff?view=week',
      dir: 'rtl',
      problems: [],
    });
  },
  TIMEOUT,
);
