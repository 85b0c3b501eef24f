import { seedDemoTown } from '../../src/seed/demo-town.js';
import { DEMO_SEED_DAY } from '../support/templates.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ template: 'demo', now: DEMO_SEED_DAY });
});

afterAll(async () => {
  await server.close();
});

async function scalar(sql: string): Promise<number> {
  const [row] = await server.orm.em.fork().execute<Array<{ value: string }>>(sql);
  return Number(row?.value);
}

it('seeds a living town: offices, 40+ services in German and English, counters, schedules', async () => {
  expect(await scalar('select count(*) as value from office')).toBeGreaterThanOrEqual(3);
  expect(
    await scalar(
      "select count(*) as value from service where name ? 'en' and description ? 'en' and documents ? 'en'",
    ),
  ).toBeGreaterThanOrEqual(40);
  expect(await scalar('select count(*) as value from counter')).toBeGreaterThan(3);
  expect(
    await scalar("select count(*) as value from schedule where valid_until >= date '2027-03-01'"),
  ).toBeGreaterThan(0);
});

it('makes every service bookable at every office that offers it', async () => {
  expect(
    await scalar(
      `select count(*) as value from service_office so
        where not exists (select 1 from counter_service cs join counter c on c.id = cs.counter_id
                           where cs.service_id = so.service_id and c.office_id = so.office_id)`,
    ),
  ).toBe(0);
});

it('closes the offices on a public holiday in the window, which then has no slots', async () => {
  // A closure on a day on which a counter for the service would otherwise be open.
  const [closure] = await server.orm.em
    .fork()
    .execute<Array<{ office_id: string; service_id: string; starts_at: Date; ends_at: Date }>>(
      `select cl.office_id, so.service_id, cl.starts_at, cl.ends_at
         from closure cl
        join counter c on c.office_id = cl.office_id
        join counter_service so on so.counter_id = c.id
        join schedule s on s.counter_id = c.id
         and s.weekday = extract(isodow from cl.starts_at at time zone 'Europe/Berlin')
         and (cl.starts_at at time zone 'Europe/Berlin')::date between s.valid_from and s.valid_until
        where cl.counter_id is null
        order by cl.starts_at limit 1`,
    );
  expect(closure).toBeDefined();
  const { body } = await server.gql<{ freeSlots: unknown[] }>(
    'query($s: ID!, $o: ID!, $from: DateTime!, $to: DateTime!) { freeSlots(serviceId: $s, officeId: $o, from: $from, to: $to) { startsAt } }',
    {
      s: Buffer.from(`Service:${closure!.service_id}`).toString('base64'),
      o: Buffer.from(`Office:${closure!.office_id}`).toString('base64'),
      from: new Date(closure!.starts_at).toISOString(),
      to: new Date(closure!.ends_at).toISOString(),
    },
  );
  expect(body.data!.freeSlots).toEqual([]);
});

it('seeds the three online applications with their fees, processing and retention periods', async () => {
  const rows = await server.orm.em.fork().execute<
    Array<{
      slug: string;
      version: number;
      fee_cents: number;
      processing_days: number;
      retention_years: number;
      active: boolean;
    }>
  >(
    `select s.slug, f.version, f.fee_cents, f.processing_days, f.retention_years, f.active
       from application_form f join service s on s.id = f.service_id order by s.slug`,
  );
  expect(rows).toEqual([
    {
      slug: 'bewohnerparkausweis-beantragen',
      version: 1,
      fee_cents: 3070,
      processing_days: 10,
      retention_years: 3,
      active: true,
    },
    {
      slug: 'hund-anmelden',
      version: 1,
      fee_cents: 0,
      processing_days: 14,
      retention_years: 10,
      active: true,
    },
    {
      slug: 'meldebescheinigung-beantragen',
      version: 1,
      fee_cents: 700,
      processing_days: 5,
      retention_years: 1,
      active: true,
    },
  ]);
});

it('seeds nothing into a database that already has offices', async () => {
  const before = await scalar('select count(*) as value from service');
  expect(
    await seedDemoTown(server.orm.em.fork(), { timeZone: 'Europe/Berlin', today: DEMO_SEED_DAY }),
  ).toBe(false);
  expect(await scalar('select count(*) as value from service')).toBe(before);
});
