import { Role } from '../../src/entities/accounts/account.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, emailsTo, signIn } from '../support/accounts.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { ask, liveClient } from '../support/sockets.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Retiring an office, a service or a counter: refused while upcoming appointments are booked and
// no choice says what happens to them; then cancelled with a notice, or moved to another counter.

const NOW = new Date('2027-03-01T06:00:00Z');
const MONDAY = '2027-03-02T08:00:00.000Z';

const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { id code } userErrors { code field } }
}`;
const LOOKUP = `query($code: String!, $email: String!) {
  appointment(code: $code, email: $email) { status service { name } office { name } }
}`;
const SLOTS = `query($serviceId: ID!, $officeId: ID!) {
  freeSlots(serviceId: $serviceId, officeId: $officeId, from: "2027-03-02T00:00:00Z", to: "2027-03-03T00:00:00Z") { startsAt available }
}`;
const retire = (
  kind: 'Office' | 'Service' | 'Counter',
  selection: string,
) => `mutation($input: Retire${kind}Input!) {
  retire${kind}(input: $input) { ${selection} futureAppointments userErrors { code field message } }
}`;
const RETIRE_OFFICE = retire('Office', 'office { id }');
const RETIRE_SERVICE = retire('Service', 'service { id }');
const RETIRE_COUNTER = retire('Counter', 'counter { id active retiredAt }');

type RetirePayload = {
  futureAppointments: number | null;
  userErrors: Array<{ code: string; field: string[] | null; message: string }>;
} & Record<string, unknown>;

let server: TestServer;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ now: NOW });
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function book(town: BookingFixture, startsAt = MONDAY) {
  const input = guestBooking(town, startsAt);
  const { body } = await server.gql<{
    bookAppointment: { appointment: { id: string; code: string } | null; userErrors: unknown[] };
  }>(BOOK, { input });
  const appointment = body.data!.bookAppointment.appointment;
  if (!appointment) throw new Error(`not booked: ${JSON.stringify(body)}`);
  return { ...appointment, email: input.email };
}

async function asAdmin(document: string, input: Record<string, unknown>, headers = admin) {
  const { body } = await server.gql<Record<string, RetirePayload>>(document, { input }, headers);
  expect(body.errors).toBeUndefined();
  return Object.values(body.data!)[0]!;
}

async function counterOf(appointmentCode: string): Promise<string> {
  const [row] = await server.orm.em
    .fork()
    .execute<Array<{ counter_id: string }>>('select counter_id from appointment where code = ?', [
      appointmentCode,
    ]);
  return row!.counter_id;
}

async function freeAt(town: BookingFixture, startsAt: string) {
  const { body } = await server.gql<{ freeSlots: Array<{ startsAt: string; available: number }> }>(
    SLOTS,
    { serviceId: town.service, officeId: town.office },
  );
  return body.data!.freeSlots.find((slot) => slot.startsAt === startsAt)?.available ?? 0;
}

describe('retireCounter', () => {
  it('refuses while appointments are booked and no choice is made, and changes nothing', async () => {
    // Given a counter with an upcoming appointment
    const town = await createBookingFixture(server.orm, { counters: 1 });
    await book(town);
    const counterId = toGlobalId('Counter', town.counterIds[0]!);

    // When an admin retires it without saying what happens to the appointment
    const payload = await asAdmin(RETIRE_COUNTER, { counterId });

    // Then it is refused with how many are affected, and the counter still offers slots
    expect(payload).toMatchObject({
      counter: null,
      futureAppointments: 1,
      userErrors: [{ code: 'APPOINTMENTS_AFFECTED', field: ['futureAppointments'] }],
    });
    expect(payload.userErrors[0]!.message).toContain('1');
    expect(await freeAt(town, '2027-03-02T09:00:00.000Z')).toBe(1);
  });

  it('moves the appointments to another counter free at their time, and stays retired', async () => {
    // Given two counters and one appointment
    const town = await createBookingFixture(server.orm, { counters: 2 });
    const appointment = await book(town);
    const from = await counterOf(appointment.code);
    const [other] = town.counterIds.filter((id) => id !== from);

    // When its counter is retired with MOVE_TO_OTHER_COUNTER
    const payload = await asAdmin(RETIRE_COUNTER, {
      counterId: toGlobalId('Counter', from),
      futureAppointments: 'MOVE_TO_OTHER_COUNTER',
    });

    // Then the appointment is at the other counter, at its time, still booked
    expect(payload).toMatchObject({
      counter: { active: false, retiredAt: NOW.toISOString() },
      futureAppointments: 1,
      userErrors: [],
    });
    expect(await counterOf(appointment.code)).toBe(other);
    const { body } = await server.gql<{ appointment: { status: string } }>(LOOKUP, {
      code: appointment.code,
      email: appointment.email,
    });
    expect(body.data!.appointment.status).toBe('BOOKED');
    // And the retired counter offers nothing more: one counter, taken at that time
    expect(await freeAt(town, MONDAY)).toBe(0);
    expect(await freeAt(town, '2027-03-02T09:00:00.000Z')).toBe(1);

    // And it cannot be made active again, nor retired twice
    const update = await asAdmin(
      `mutation($input: UpdateCounterInput!) { updateCounter(input: $input) { userErrors { code field } } }`,
      {
        counterId: toGlobalId('Counter', from),
        name: 'Schalter 1',
        active: true,
        serviceIds: [town.service],
      },
    );
    expect(update.userErrors).toEqual([{ code: 'INVALID_INPUT', field: ['active'] }]);
    const again = await asAdmin(RETIRE_COUNTER, { counterId: toGlobalId('Counter', from) });
    expect(again.userErrors).toMatchObject([{ code: 'ALREADY_RETIRED', field: ['counterId'] }]);
  });

  it('moves none when one appointment has no other free counter (CANNOT_MOVE)', async () => {
    // Given two counters, both booked at the same time
    const town = await createBookingFixture(server.orm, { counters: 2 });
    const first = await book(town);
    await book(town);
    const from = await counterOf(first.code);

    // When one is retired with MOVE_TO_OTHER_COUNTER
    const payload = await asAdmin(RETIRE_COUNTER, {
      counterId: toGlobalId('Counter', from),
      futureAppointments: 'MOVE_TO_OTHER_COUNTER',
    });

    // Then it is refused and nothing moved or retired
    expect(payload).toMatchObject({
      counter: null,
      userErrors: [{ code: 'CANNOT_MOVE', field: ['futureAppointments'] }],
    });
    expect(await counterOf(first.code)).toBe(from);
    expect(await freeAt(town, '2027-03-02T09:00:00.000Z')).toBe(2);
  });
});

describe('retireService', () => {
  it('cancels with a notice that links to booking anew; the service leaves search and booking', async () => {
    // Given a service with an upcoming appointment
    const town = await createBookingFixture(server.orm);
    const appointment = await book(town);
    const { body: found } = await server.gql<{ service: { name: string } }>(
      'query($id: ID!) { service(id: $id) { name } }',
      { id: town.service },
    );
    const serviceName = found.data!.service.name;
    const search = `query($q: String!) { services(query: $q, first: 5) { edges { node { id } } } }`;
    const before = await server.gql<{ services: { edges: Array<{ node: { id: string } }> } }>(
      search,
      { q: serviceName },
    );
    expect(before.body.data!.services.edges.map((edge) => edge.node.id)).toContain(town.service);

    // When an admin retires it with CANCEL_WITH_NOTICE
    const payload = await asAdmin(RETIRE_SERVICE, {
      serviceId: town.service,
      futureAppointments: 'CANCEL_WITH_NOTICE',
    });

    // Then the appointment is cancelled and keeps its names; the citizen is told why
    expect(payload).toMatchObject({
      service: { id: town.service },
      futureAppointments: 1,
      userErrors: [],
    });
    const { body } = await server.gql(LOOKUP, {
      code: appointment.code,
      email: appointment.email,
    });
    expect(body.data).toEqual({
      appointment: {
        status: 'CANCELLED',
        service: { name: serviceName },
        office: { name: expect.stringMatching(/^Teststelle/) },
      },
    });
    const [mail] = await emailsTo(server, appointment.email).then((mails) =>
      mails.filter((entry) => entry.subject.startsWith('Termin abgesagt vom Rathaus')),
    );
    expect(mail!.body).toContain(`„${serviceName}“ bieten wir nicht mehr`);
    expect(mail!.body).toContain('Hier können Sie einen neuen Termin buchen: http://');

    // And it is gone from search, free slots and booking
    const after = await server.gql<{ services: { edges: Array<{ node: { id: string } }> } }>(
      search,
      { q: serviceName },
    );
    expect(after.body.data!.services.edges.map((edge) => edge.node.id)).not.toContain(town.service);
    expect(await freeAt(town, '2027-03-02T09:00:00.000Z')).toBe(0);
    const refused = await server.gql(BOOK, { input: guestBooking(town, MONDAY) });
    expect(refused.body.data).toEqual({
      bookAppointment: {
        appointment: null,
        userErrors: [{ code: 'NOT_FOUND', field: ['officeId'] }],
      },
    });
  });

  it('refuses MOVE_TO_OTHER_COUNTER, an unknown and a malformed ID', async () => {
    const town = await createBookingFixture(server.orm);
    expect(
      (
        await asAdmin(RETIRE_SERVICE, {
          serviceId: town.service,
          futureAppointments: 'MOVE_TO_OTHER_COUNTER',
        })
      ).userErrors,
    ).toMatchObject([{ code: 'INVALID_INPUT', field: ['futureAppointments'] }]);
    expect(
      (
        await asAdmin(RETIRE_SERVICE, {
          serviceId: toGlobalId('Service', '00000000-0000-4000-8000-000000000000'),
        })
      ).userErrors,
    ).toMatchObject([{ code: 'NOT_FOUND', field: ['serviceId'] }]);
    expect((await asAdmin(RETIRE_SERVICE, { serviceId: town.office })).userErrors).toMatchObject([
      { code: 'INVALID_INPUT', field: ['serviceId'] },
    ]);
  });
});

describe('retireOffice', () => {
  it('retires an office without appointments at once; it leaves the offices and its services', async () => {
    // Given an office with a service and no appointments
    const town = await createBookingFixture(server.orm);

    // When an admin retires it, without a choice (none is needed)
    const payload = await asAdmin(RETIRE_OFFICE, { officeId: town.office });

    // Then it is gone from the offices, from its service's offices and from free slots
    expect(payload).toMatchObject({ futureAppointments: 0, userErrors: [] });
    const { body } = await server.gql<{
      offices: Array<{ id: string }>;
      service: { offices: Array<{ id: string }> };
    }>('query($id: ID!) { offices { id } service(id: $id) { offices { id } } }', {
      id: town.service,
    });
    expect(body.data!.offices.map((office) => office.id)).not.toContain(town.office);
    expect(body.data!.service.offices).toEqual([]);
    expect(await freeAt(town, '2027-03-02T09:00:00.000Z')).toBe(0);
  });

  it('cancels its appointments with a notice linking to the search for the service', async () => {
    const town = await createBookingFixture(server.orm);
    const appointment = await book(town);
    const refused = await asAdmin(RETIRE_OFFICE, { officeId: town.office });
    expect(refused).toMatchObject({
      office: null,
      futureAppointments: 1,
      userErrors: [{ code: 'APPOINTMENTS_AFFECTED' }],
    });

    const payload = await asAdmin(RETIRE_OFFICE, {
      officeId: town.office,
      futureAppointments: 'CANCEL_WITH_NOTICE',
    });

    expect(payload).toMatchObject({ office: { id: town.office }, futureAppointments: 1 });
    const mails = await emailsTo(server, appointment.email);
    const notice = mails.find((entry) => entry.subject.startsWith('Termin abgesagt vom Rathaus'));
    expect(notice!.body).toMatch(/Teststelle \d+ ist ab sofort geschlossen\./);
    expect(notice!.body).toMatch(/neuen Termin buchen: http:\/\/\S+\/search\?q=Testleistung%20\d+/);
  });

  it('is for admins only: staff of the office are refused', async () => {
    const town = await createBookingFixture(server.orm);
    const clerk = bearer(
      await signIn(
        server,
        await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
      ),
    );
    const { body } = await server.gql(RETIRE_OFFICE, { input: { officeId: town.office } }, clerk);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { body: offices } = await server.gql<{ offices: Array<{ id: string }> }>(
      '{ offices { id } }',
    );
    expect(offices.data!.offices.map((office) => office.id)).toContain(town.office);
  });

  it('is refused over WebSocket to a citizen and allowed to an admin, as over HTTP', async () => {
    // Given an office, and a citizen's and an admin's live connections
    const town = await createBookingFixture(server.orm);
    const citizen = await signIn(server, await createAccount(server));
    const outcomes: Record<string, unknown> = {};
    for (const [who, token] of [
      ['citizen', citizen],
      ['admin', admin.authorization!.replace(/^Bearer /, '')],
    ] as const) {
      const socket = liveClient(server.wsUrl, token);
      await socket.connected;
      // When each retires the office over the socket
      const { data, errors } = await ask<{ retireOffice: RetirePayload }>(
        socket.client,
        RETIRE_OFFICE,
        { input: { officeId: town.office } },
      );
      outcomes[who] = errors?.[0]?.extensions?.code ?? data?.retireOffice.userErrors;
      await socket.client.dispose();
    }
    // Then the citizen is refused, and the admin's retirement went through
    expect(outcomes).toEqual({ citizen: 'FORBIDDEN', admin: [] });
  });
});

describe('what is retired', () => {
  it('is not changed any more: updateOffice and updateService answer RETIRED and keep it as it was', async () => {
    // Given a retired service and a retired office
    const town = await createBookingFixture(server.orm);
    const before = await server.gql<{
      service: { name: string; category: { id: string } };
    }>('query($id: ID!) { service(id: $id) { name category { id } } }', { id: town.service });
    const { name, category } = before.body.data!.service;
    expect(await asAdmin(RETIRE_SERVICE, { serviceId: town.service })).toMatchObject({
      userErrors: [],
    });
    expect(await asAdmin(RETIRE_OFFICE, { officeId: town.office })).toMatchObject({
      userErrors: [],
    });

    // When an admin changes them with otherwise valid data
    const changed = await server.gql<{
      updateOffice: { office: unknown; userErrors: Array<Record<string, unknown>> };
      updateService: { service: unknown; userErrors: Array<Record<string, unknown>> };
    }>(
      `mutation($office: UpdateOfficeInput!, $service: UpdateServiceInput!) {
        updateOffice(input: $office) { office { id } userErrors { code field message } }
        updateService(input: $service) { service { id } userErrors { code field message } }
      }`,
      {
        office: {
          officeId: town.office,
          office: {
            slug: 'umbenannte-stelle',
            name: { de: 'Umbenannte Stelle' },
            street: 'Neuweg 1',
            postalCode: '12345',
            city: 'Musterstadt',
          },
        },
        service: {
          serviceId: town.service,
          service: {
            slug: 'umbenannte-leistung',
            name: { de: 'Umbenannte Leistung' },
            description: { de: 'Neu.' },
            documents: { de: [] },
            feeCents: 0,
            durationMinutes: 20,
            categoryId: category.id,
            officeIds: [],
          },
        },
      },
      admin,
    );

    // Then both are refused with the field named, and nothing changed
    expect(changed.body.data).toEqual({
      updateOffice: {
        office: null,
        userErrors: [
          {
            code: 'RETIRED',
            field: ['officeId'],
            message:
              'Dieser Standort ist für immer geschlossen und kann nicht mehr geändert werden.',
          },
        ],
      },
      updateService: {
        service: null,
        userErrors: [
          {
            code: 'RETIRED',
            field: ['serviceId'],
            message:
              'Diese Leistung wird nicht mehr angeboten und kann nicht mehr geändert werden.',
          },
        ],
      },
    });
    const after = await server.gql<{
      service: { name: string };
      allOffices: Array<{ id: string; slug: string }>;
    }>(
      'query($id: ID!) { service(id: $id) { name } allOffices { id slug } }',
      { id: town.service },
      admin,
    );
    expect(after.body.data!.service.name).toBe(name);
    const office = after.body.data!.allOffices.find((candidate) => candidate.id === town.office);
    expect(office!.slug).not.toBe('umbenannte-stelle');
  });
});
