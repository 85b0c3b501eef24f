import { DEMO_SEED_DAY } from '../support/templates.js';
import { list } from '../support/announcements.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { childrenNamed, parseXml } from '../support/xml.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ template: 'demo', now: DEMO_SEED_DAY });
});

afterAll(async () => {
  await server.close();
});

async function rows<T>(sql: string): Promise<T[]> {
  return server.orm.em.fork().execute<T[]>(sql);
}

it('seeds a dozen announcements: current, scheduled and expired ones, one emergency', async () => {
  const [counts] = await rows<Record<string, string>>(
    `select count(*) as total,
            count(*) filter (where severity = 'EMERGENCY') as emergencies,
            count(*) filter (where publish_at > '${DEMO_SEED_DAY.toISOString()}') as scheduled,
            count(*) filter (where expires_at <= '${DEMO_SEED_DAY.toISOString()}') as expired,
            count(*) filter (where title ? 'en' and body ? 'en') as english,
            count(*) filter (where title ? 'de_ls' and body ? 'de_ls') as easy,
            count(*) filter (where category = 'EVENT') as events,
            count(*) filter (where office_id is null) as town_wide
       from announcement`,
  );
  expect(counts).toEqual({
    total: '12',
    emergencies: '1',
    scheduled: '2',
    expired: '2',
    english: '12',
    easy: '3',
    events: '3',
    town_wide: '6',
  });

  // What the public sees: eight, the emergency first.
  const visible = await list(server, { first: 100 });
  expect(visible.totalCount).toBe(8);
  expect(visible.edges[0]?.node).toMatchObject({
    emergency: true,
    category: 'WARNING',
    title: 'Abkochgebot für Trinkwasser in Nord und Heide',
  });
  expect(visible.edges.filter((edge) => edge.node.emergency)).toHaveLength(1);
});

it('announces closures on the days the offices are closed', async () => {
  // The town-wide closure notice ends when the seeded closure of every office ends, and the
  // training notice when the counter's training closure ends.
  const [matches] = await rows<{ office_closures: string; counter_closures: string }>(
    `select (select count(*) from announcement a
              where a.category = 'CLOSURE' and a.office_id is null
                and exists (select 1 from closure c where c.counter_id is null and c.ends_at = a.expires_at)) as office_closures,
            (select count(*) from announcement a
              where a.category = 'CLOSURE' and a.office_id is not null
                and exists (select 1 from closure c where c.counter_id is not null and c.ends_at = a.expires_at)) as counter_closures`,
  );
  expect(matches).toEqual({ office_closures: '1', counter_closures: '1' });
});

it('marks what was published as announced, so that no instance sends it again', async () => {
  const [state] = await rows<{ unannounced_published: string; announced_scheduled: string }>(
    `select count(*) filter (where publish_at <= '${DEMO_SEED_DAY.toISOString()}' and announced_at is null) as unannounced_published,
            count(*) filter (where publish_at > '${DEMO_SEED_DAY.toISOString()}' and announced_at is not null) as announced_scheduled
       from announcement`,
  );
  expect(state).toEqual({ unannounced_published: '0', announced_scheduled: '0' });
  const [history] = await rows<{ revisions: string }>(
    'select count(*) as revisions from announcement_revision',
  );
  expect(Number(history?.revisions)).toBe(24);
});

it('serves the demo town’s feeds', async () => {
  const atom = await server.http().get('/feeds/announcements.atom');
  expect(childrenNamed(parseXml(atom.text), 'entry')).toHaveLength(8);
  const rss = await server.http().get('/feeds/announcements.rss?lang=de-ls');
  const channel = parseXml(rss.text).children[0]!;
  expect(childrenNamed(channel, 'item').map((item) => item.children[0]!.text)).toContain(
    'Wasser abkochen in Nord und Heide',
  );
  const calendar = await server.http().get('/feeds/events.ics').buffer(true);
  expect(calendar.text.match(/BEGIN:VEVENT/g)).toHaveLength(2);
});
