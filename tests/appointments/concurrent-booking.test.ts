import { createBookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id } userErrors { code } }
}`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
});

afterAll(async () => {
  await server.close();
});

it('gives 200 concurrent requests for one slot exactly as many bookings as counters are free', async () => {
  const counters = 3;
  const town = await createBookingFixture(server.orm, { counters });
  const startsAt = '2027-03-02T08:00:00.000Z';

  const responses = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      server.gql<{
        bookAppointment: {
          appointment: { id: string } | null;
          userErrors: Array<{ code: string }>;
        };
      }>(BOOK, {
        input: {
          serviceId: town.service,
          officeId: town.office,
          startsAt,
          name: `Gast ${i}`,
          email: `guest${i}@example.org`,
        },
      }),
    ),
  );

  expect(responses.map((response) => response.status).filter((status) => status !== 200)).toEqual(
    [],
  );
  const payloads = responses.map((response) => response.body.data!.bookAppointment);
  const booked = payloads.filter((payload) => payload.appointment !== null);
  const refused = payloads.flatMap((payload) => payload.userErrors.map((error) => error.code));
  expect(booked).toHaveLength(counters);
  expect(refused).toEqual(Array(200 - counters).fill('SLOT_TAKEN'));

  const rows = await server.orm.em
    .fork()
    .execute<Array<{ counter_id: string }>>(
      "select counter_id from appointment where starts_at = ? and status = 'BOOKED'",
      [startsAt],
    );
  expect(new Set(rows.map((row) => row.counter_id))).toEqual(new Set(town.counterIds));
});

it('lets the database refuse an overlapping booking that bypasses the application', async () => {
  const town = await createBookingFixture(server.orm, { counters: 1 });
  const em = server.orm.em.fork();
  const insert = (code: string, startsAt: string, endsAt: string) =>
    em.execute(
      `insert into appointment (id, code, service_id, office_id, counter_id, starts_at, ends_at, name, email)
       values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, 'Direct', 'direct@example.org')`,
      [code, town.serviceId, town.officeId, town.counterIds[0], startsAt, endsAt],
    );
  await insert('AAAAAAAA', '2027-03-03T08:00:00Z', '2027-03-03T08:30:00Z');
  await expect(
    insert('BBBBBBBB', '2027-03-03T08:15:00Z', '2027-03-03T08:45:00Z'),
  ).rejects.toMatchObject({
    code: '23P01',
  });
  await expect(
    insert('AAAAAAAA', '2027-03-04T08:00:00Z', '2027-03-04T08:30:00Z'),
  ).rejects.toMatchObject({
    code: '23505',
  });
  await expect(
    insert('ILLEGAL0', '2027-03-05T08:00:00Z', '2027-03-05T08:30:00Z'),
  ).rejects.toMatchObject({
    code: '23514',
  });
});
