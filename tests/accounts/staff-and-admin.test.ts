import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, lastEmailTo, signIn } from '../support/accounts.js';
import { createBookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
});

afterAll(async () => {
  await server.close();
});

async function adminCall<T>(document: string, variables: Record<string, unknown>): Promise<T> {
  const { body } = await server.gql<T>(document, variables, admin);
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

it('lets an admin set up a new office from scratch until citizens can book there', async () => {
  const { createOffice } = await adminCall<{ createOffice: { office: { id: string } } }>(
    `mutation($input: CreateOfficeInput!) { createOffice(input: $input) { office { id } userErrors { code field } } }`,
    {
      input: {
        office: {
          slug: 'buergerbuero-sued',
          name: { de: 'Bürgerbüro Süd', en: 'Citizens’ Office South' },
          street: 'Südring 5',
          postalCode: '12345',
          city: 'Musterstadt',
        },
      },
    },
  );
  const officeId = createOffice.office.id;
  const { createCategory } = await adminCall<{ createCategory: { category: { id: string } } }>(
    `mutation($input: CreateCategoryInput!) { createCategory(input: $input) { category { id } } }`,
    { input: { slug: 'sonstiges', name: { de: 'Sonstiges', en: 'Other' } } },
  );
  const { createService } = await adminCall<{
    createService: { service: { id: string; fee: { amountCents: number } } };
  }>(
    `mutation($input: CreateServiceInput!) { createService(input: $input) { service { id fee { amountCents } } userErrors { field } } }`,
    {
      input: {
        service: {
          slug: 'beglaubigung-sued',
          name: { de: 'Beglaubigung', en: 'Certification of copies' },
          description: { de: 'Wir beglaubigen Kopien.', en: 'We certify copies.' },
          documents: { de: ['Original'], en: ['Original'] },
          feeCents: 500,
          durationMinutes: 15,
          categoryId: createCategory.category.id,
          officeIds: [officeId],
        },
      },
    },
  );
  const serviceId = createService.service.id;
  expect(createService.service.fee.amountCents).toBe(500);
  const { createCounter } = await adminCall<{
    createCounter: { counter: { id: string; services: unknown[] } };
  }>(
    `mutation($input: CreateCounterInput!) { createCounter(input: $input) { counter { id services { id } } } }`,
    { input: { officeId, name: 'Schalter 1', serviceIds: [serviceId] } },
  );
  await adminCall(
    `mutation($input: SetCounterScheduleInput!) { setCounterSchedule(input: $input) { counter { id } } }`,
    {
      input: {
        counterId: createCounter.counter.id,
        validFrom: '2027-03-01',
        periods: [{ weekday: 2, opens: '09:00', closes: '10:00' }],
      },
    },
  );
  const slots = `query($s: ID!, $o: ID!) { freeSlots(serviceId: $s, officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-03-10T00:00:00Z") { startsAt } }`;
  const open = await adminCall<{ freeSlots: Array<{ startsAt: string }> }>(slots, {
    s: serviceId,
    o: officeId,
  });
  // Tuesdays 2 and 9 March, 09:00–10:00 local in 15-minute slots.
  expect(open.freeSlots).toHaveLength(8);
  expect(open.freeSlots[0]!.startsAt).toBe('2027-03-02T08:00:00.000Z');

  await adminCall(
    `mutation($input: CreateClosureInput!) { createClosure(input: $input) { closure { id reason } } }`,
    {
      input: {
        officeId,
        startsAt: '2027-03-08T23:00:00Z',
        endsAt: '2027-03-09T23:00:00Z',
        reason: { de: 'Fortbildung', en: 'Training' },
      },
    },
  );
  const afterClosure = await adminCall<{ freeSlots: unknown[] }>(slots, {
    s: serviceId,
    o: officeId,
  });
  expect(afterClosure.freeSlots).toHaveLength(4);
});

it('reports wrong admin input as user errors naming the field', async () => {
  const { body } = await server.gql<{
    setCounterSchedule: { userErrors: Array<{ field: string[] }> };
  }>(
    `mutation($input: SetCounterScheduleInput!) { setCounterSchedule(input: $input) { userErrors { code field } } }`,
    {
      input: {
        counterId: Buffer.from('Counter:00000000-0000-4000-8000-000000000000').toString('base64'),
        validFrom: '2027-02-30',
        periods: [{ weekday: 8, opens: '9 Uhr', closes: '08:00' }],
      },
    },
    admin,
  );
  expect(body.data!.setCounterSchedule.userErrors.map((error) => error.field)).toEqual([
    ['validFrom'],
    ['periods', '0', 'weekday'],
    ['periods', '0', 'opens'],
    ['periods', '0', 'closes'],
  ]);

  const invalidService = await server.gql<{
    createService: { userErrors: Array<{ field: string[] }> };
  }>(
    `mutation($input: CreateServiceInput!) { createService(input: $input) { userErrors { field } } }`,
    {
      input: {
        service: {
          slug: 'Kein Slug',
          name: { de: 'Beglaubigung' },
          description: { de: 'Wir beglaubigen Kopien.' },
          documents: { de: ['Original'], deLs: ['Das Original', ' '] },
          durationMinutes: 15,
          categoryId: Buffer.from('Category:00000000-0000-4000-8000-000000000000').toString(
            'base64',
          ),
          officeIds: [],
        },
      },
    },
    admin,
  );
  expect(invalidService.body.data!.createService.userErrors.map((error) => error.field)).toEqual([
    ['slug'],
    ['documents', 'deLs', '1'],
  ]);
});

describe('staff', () => {
  it('invites a new staff member by e-mail and binds them to their offices', async () => {
    const town = await createBookingFixture(server.orm);
    const { grantStaffAccess } = await adminCall<{
      grantStaffAccess: { staffMember: { roles: string[]; offices: Array<{ id: string }> } };
    }>(
      `mutation($input: GrantStaffAccessInput!) { grantStaffAccess(input: $input) { staffMember { roles offices { id } } userErrors { code } } }`,
      {
        input: {
          email: 'neue.kollegin@musterstadt.example',
          name: 'Neue Kollegin',
          officeIds: [town.office],
        },
      },
    );
    expect(grantStaffAccess.staffMember).toEqual({
      roles: ['STAFF'],
      offices: [{ id: town.office }],
    });
    expect((await lastEmailTo(server, 'neue.kollegin@musterstadt.example'))?.body).toContain(
      '/accept-invitation?token=',
    );
  });

  it('shows staff their own office’s appointments and writes each read of an account holder to the audit log', async () => {
    const office1 = await createBookingFixture(server.orm);
    const office2 = await createBookingFixture(server.orm);
    const clerk = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [office1.officeId],
      name: 'Frau Amtmann',
    });
    const stranger = await createAccount(server, {
      roles: [Role.STAFF],
      officeIds: [office2.officeId],
    });
    const citizen = await createAccount(server);
    const citizenAuth = bearer(await signIn(server, citizen));
    await server.gql(
      `mutation($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { code } } }`,
      {
        input: {
          serviceId: office1.service,
          officeId: office1.office,
          startsAt: '2027-03-02T08:00:00Z',
          name: 'Bürger',
          email: citizen.email,
        },
      },
      citizenAuth,
    );
    const list = `query($o: ID!) { officeAppointments(officeId: $o, from: "2027-03-01T00:00:00Z", to: "2027-03-08T00:00:00Z", reason: HANDLING_APPOINTMENT) { code name email } }`;

    const clerkView = await server.gql<{ officeAppointments: Array<{ email: string }> }>(
      list,
      { o: office1.office },
      bearer(await signIn(server, clerk)),
    );
    expect(clerkView.body.data!.officeAppointments).toEqual([
      { code: expect.any(String), name: 'Bürger', email: citizen.email },
    ]);

    const strangerView = await server.gql(
      list,
      { o: office1.office },
      bearer(await signIn(server, stranger)),
    );
    expect(strangerView.body.data).toBeNull();
    expect(strangerView.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const { body } = await server.gql<{
      me: { dataAccessLog: { totalCount: number; edges: Array<{ node: unknown }> } };
    }>(
      '{ me { dataAccessLog { totalCount edges { node { staffMember subject reason } } } } }',
      {},
      citizenAuth,
    );
    expect(body.data!.me.dataAccessLog.totalCount).toBe(1);
    expect(body.data!.me.dataAccessLog.edges[0]!.node).toEqual({
      staffMember: 'Frau Amtmann',
      subject: expect.stringMatching(/^APPOINTMENT:/),
      reason: 'HANDLING_APPOINTMENT',
    });
  });
});

it('says what is wrong with a name: missing, or already taken by another counter', async () => {
  const english = { ...admin, 'accept-language': 'en' };
  const office = await createBookingFixture(server.orm, { counters: 1 });
  const [taken] = await server.orm.em
    .fork()
    .execute<Array<{ name: string }>>('select name from counter where id = ?', [
      office.counterIds[0],
    ]);
  const counter = await server.gql<{
    createCounter: { userErrors: Array<{ field: string[]; message: string }> };
  }>(
    `mutation($input: CreateCounterInput!) { createCounter(input: $input) { userErrors { field message } } }`,
    { input: { officeId: office.office, name: taken!.name, serviceIds: [] } },
    english,
  );
  expect(counter.body.data!.createCounter.userErrors).toEqual([
    { field: ['name'], message: 'This name is already taken here.' },
  ]);
  const key = await server.gql<{
    createApiKey: { userErrors: Array<{ field: string[]; message: string }> };
  }>(
    'mutation { createApiKey(input: { name: "   " }) { userErrors { field message } } }',
    {},
    english,
  );
  expect(key.body.data!.createApiKey.userErrors).toEqual([
    { field: ['name'], message: 'Please fill in this field.' },
  ]);
});

describe('API keys and kiosks', () => {
  it('creates a key shown once and stored as a hash, which works as a bearer token until revoked', async () => {
    const developer = await createAccount(server);
    const auth = bearer(await signIn(server, developer));
    const { body } = await server.gql<{
      createApiKey: { apiKey: { id: string; prefix: string }; key: string };
    }>(
      'mutation { createApiKey(input: { name: "Stadt-App" }) { apiKey { id prefix } key userErrors { code } } }',
      {},
      auth,
    );
    const { apiKey, key } = body.data!.createApiKey;
    expect(key.startsWith(apiKey.prefix)).toBe(true);
    const stored = await server.orm.em
      .fork()
      .execute<Array<{ key_hash: string }>>('select key_hash from api_key');
    expect(JSON.stringify(stored)).not.toContain(key.slice(apiKey.prefix.length));

    expect((await server.gql('{ offices { id } }', {}, bearer(key))).status).toBe(200);
    const listed = await server.gql<{
      me: { apiKeys: Array<{ id: string; lastUsedAt: string | null }> };
    }>('{ me { apiKeys { id lastUsedAt } } }', {}, auth);
    expect(listed.body.data!.me.apiKeys[0]).toEqual({
      id: apiKey.id,
      lastUsedAt: expect.any(String),
    });

    await server.gql(
      'mutation($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { apiKey { revokedAt } } }',
      { input: { apiKeyId: apiKey.id } },
      auth,
    );
    expect((await server.gql('{ offices { id } }', {}, bearer(key))).status).toBe(401);
  });

  it('does not let a developer create a key for someone else, but an admin may', async () => {
    const developer = await createAccount(server);
    const other = await createAccount(server);
    const otherId = Buffer.from(`Account:${other.id}`).toString('base64');
    const create =
      'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key userErrors { code field } } }';
    const refused = await server.gql(
      create,
      { input: { name: 'x', ownerId: otherId } },
      bearer(await signIn(server, developer)),
    );
    expect(refused.body.data).toEqual({
      createApiKey: { key: null, userErrors: [{ code: 'FORBIDDEN', field: ['ownerId'] }] },
    });
    const allowed = await server.gql<{ createApiKey: { key: string } }>(
      create,
      { input: { name: 'x', ownerId: otherId } },
      admin,
    );
    expect(allowed.body.data!.createApiKey.key).toMatch(/^rh_key_/);
  });

  it('issues a kiosk token bound to one office, and revokes it', async () => {
    const town = await createBookingFixture(server.orm);
    const { issueKioskToken } = await adminCall<{
      issueKioskToken: { kioskDevice: { id: string; office: { id: string } }; token: string };
    }>(
      'mutation($input: IssueKioskTokenInput!) { issueKioskToken(input: $input) { kioskDevice { id office { id } } token } }',
      { input: { officeId: town.office, name: 'Foyer' } },
    );
    expect(issueKioskToken.kioskDevice.office.id).toBe(town.office);
    const kiosk = bearer(issueKioskToken.token);
    expect((await server.gql('{ services(first: 1) { totalCount } }', {}, kiosk)).status).toBe(200);
    const personal = await server.gql(
      'query { appointment(code: "AAAAAAAA", email: "a@b.de") { name } }',
      {},
      kiosk,
    );
    expect(personal.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await adminCall(
      'mutation($input: RevokeKioskDeviceInput!) { revokeKioskDevice(input: $input) { kioskDevice { revokedAt } } }',
      {
        input: { kioskDeviceId: issueKioskToken.kioskDevice.id },
      },
    );
    expect((await server.gql('{ offices { id } }', {}, kiosk)).status).toBe(401);
  });
});
