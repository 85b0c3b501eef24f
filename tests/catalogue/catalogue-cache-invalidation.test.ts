import { certificateOfResidenceForm as applicationForm } from '../../src/applications/forms/certificate-of-residence.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { createSchema } from '../../src/resolvers/schema.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { gqlCounted, startTestServer, type TestServer } from '../support/test-server.js';

// Every mutation of the schema is classified here: each one that writes catalogue data must make
// the very next catalogue query (kept by the response cache until then) show the write. A new
// mutation fails the first test until it is classified.

const VIEW = `query View {
  offices(lang: EN) { id slug name openingHours { weekday opens closes } }
  categories(lang: EN) { id slug name }
  services(first: 100, lang: EN) {
    totalCount
    edges { node { id slug name fee { amountCents } durationMinutes category { slug name } offices { slug } } }
  }
}`;

type View = {
  offices: Array<{
    slug: string;
    name: string;
    openingHours: Array<{ weekday: number; opens: string; closes: string }>;
  }>;
  categories: Array<{ slug: string; name: string }>;
  services: {
    edges: Array<{
      node: {
        slug: string;
        name: string;
        fee: { amountCents: number } | null;
        category: { slug: string; name: string };
        offices: Array<{ slug: string }>;
      };
    }>;
  };
};

type CatalogueWrite = {
  /** The mutation; its payload selects `userErrors` and whatever later rows need. */
  document: string;
  /** The `input` variable; none for a mutation without one. */
  input?: () => Record<string, unknown>;
  /** Takes ids from the payload for later rows. */
  keep?: (payload: Record<string, { id: string } | null>) => void;
  /** What the catalogue shows afterwards; without it, the write is one the catalogue does not show. */
  shows?: (view: View) => void;
};

let server: TestServer;
let fixture: BookingFixture;
let admin: Record<string, string>;
const made = { office: '', category: '', service: '', counter: '', closure: '' };

const office = (view: View, slug: string) => view.offices.find((o) => o.slug === slug);
const service = (view: View, slug: string) =>
  view.services.edges.find((edge) => edge.node.slug === slug)?.node;

function mutation(name: string, inputType: string, selection = '') {
  return `mutation($input: ${inputType}!) { ${name}(input: $input) { ${selection} userErrors { code field } } }`;
}

const officeInput = (name: string) => ({
  slug: 'neue-stelle',
  name: { de: name, en: name },
  street: 'Neuweg 1',
  postalCode: '12345',
  city: 'Musterstadt',
});

const serviceInput = (name: string, feeCents: number, officeIds: string[]) => ({
  slug: 'neue-leistung',
  name: { de: name, en: name },
  description: { de: 'Neu.', en: 'New.' },
  documents: { de: ['Ausweis'], en: ['Identity card'] },
  feeCents,
  durationMinutes: 20,
  categoryId: made.category,
  officeIds,
});

const CATALOGUE_WRITES: Record<string, CatalogueWrite> = {
  createOffice: {
    document: mutation('createOffice', 'CreateOfficeInput', 'office { id }'),
    input: () => ({ office: officeInput('New office') }),
    keep: (payload) => (made.office = payload.office!.id),
    shows: (view) => expect(office(view, 'neue-stelle')?.name).toBe('New office'),
  },
  updateOffice: {
    document: mutation('updateOffice', 'UpdateOfficeInput'),
    input: () => ({ officeId: made.office, office: officeInput('Renamed office') }),
    shows: (view) => expect(office(view, 'neue-stelle')?.name).toBe('Renamed office'),
  },
  createCategory: {
    document: mutation('createCategory', 'CreateCategoryInput', 'category { id }'),
    input: () => ({ slug: 'neue-kategorie', name: { de: 'Neu', en: 'New category' } }),
    keep: (payload) => (made.category = payload.category!.id),
    shows: (view) =>
      expect(view.categories).toContainEqual(
        expect.objectContaining({ slug: 'neue-kategorie', name: 'New category' }),
      ),
  },
  updateCategory: {
    document: mutation('updateCategory', 'UpdateCategoryInput'),
    input: () => ({
      categoryId: made.category,
      slug: 'neue-kategorie',
      name: { de: 'Umbenannt', en: 'Renamed category' },
    }),
    shows: (view) =>
      expect(view.categories).toContainEqual(
        expect.objectContaining({ slug: 'neue-kategorie', name: 'Renamed category' }),
      ),
  },
  createService: {
    document: mutation('createService', 'CreateServiceInput', 'service { id }'),
    input: () => ({ service: serviceInput('New service', 1500, [made.office]) }),
    keep: (payload) => (made.service = payload.service!.id),
    shows: (view) =>
      expect(service(view, 'neue-leistung')).toMatchObject({
        name: 'New service',
        fee: { amountCents: 1500 },
        category: { slug: 'neue-kategorie', name: 'Renamed category' },
        offices: [{ slug: 'neue-stelle' }],
      }),
  },
  updateService: {
    document: mutation('updateService', 'UpdateServiceInput'),
    input: () => ({
      serviceId: made.service,
      service: serviceInput('Renamed service', 2500, [made.office, fixture.office]),
    }),
    shows: (view) =>
      expect(service(view, 'neue-leistung')).toMatchObject({
        name: 'Renamed service',
        fee: { amountCents: 2500 },
        offices: expect.arrayContaining([{ slug: 'neue-stelle' }]),
      }),
  },
  createCounter: {
    document: mutation('createCounter', 'CreateCounterInput', 'counter { id }'),
    input: () => ({ officeId: made.office, name: 'Schalter A', serviceIds: [made.service] }),
    keep: (payload) => (made.counter = payload.counter!.id),
  },
  setCounterSchedule: {
    document: mutation('setCounterSchedule', 'SetCounterScheduleInput'),
    input: () => ({
      counterId: made.counter,
      validFrom: '2027-03-01',
      periods: [{ weekday: 6, opens: '09:00', closes: '11:00' }],
    }),
    shows: (view) =>
      expect(office(view, 'neue-stelle')?.openingHours).toEqual([
        { weekday: 6, opens: '09:00', closes: '11:00' },
      ]),
  },
  updateCounter: {
    document: mutation('updateCounter', 'UpdateCounterInput'),
    input: () => ({
      counterId: made.counter,
      name: 'Schalter A',
      active: false,
      serviceIds: [made.service],
    }),
    shows: (view) => expect(office(view, 'neue-stelle')?.openingHours).toEqual([]),
  },
  createClosure: {
    document: mutation('createClosure', 'CreateClosureInput', 'closure { id }'),
    input: () => ({
      officeId: made.office,
      startsAt: '2027-03-06T08:00:00Z',
      endsAt: '2027-03-06T12:00:00Z',
      reason: { de: 'Betriebsausflug' },
    }),
    keep: (payload) => (made.closure = payload.closure!.id),
  },
  deleteClosure: {
    document: mutation('deleteClosure', 'DeleteClosureInput'),
    input: () => ({ closureId: made.closure }),
  },
  retireCounter: {
    document: mutation('retireCounter', 'RetireCounterInput'),
    input: () => ({ counterId: made.counter }),
  },
  // A service's online application is part of the service (Service.onlineApplication).
  saveApplicationForm: {
    document: mutation('saveApplicationForm', 'SaveApplicationFormInput'),
    input: () => ({
      serviceId: made.service,
      definition: applicationForm,
      processingDays: 10,
      retentionYears: 5,
    }),
  },
  removeApplicationForm: {
    document: mutation('removeApplicationForm', 'RemoveApplicationFormInput'),
    input: () => ({ serviceId: made.service }),
  },
  retireService: {
    document: mutation('retireService', 'RetireServiceInput'),
    input: () => ({ serviceId: made.service }),
    shows: (view) => expect(service(view, 'neue-leistung')).toBeUndefined(),
  },
  retireOffice: {
    document: mutation('retireOffice', 'RetireOfficeInput'),
    input: () => ({ officeId: made.office }),
    shows: (view) => expect(office(view, 'neue-stelle')).toBeUndefined(),
  },
};

/** Mutations that write nothing the catalogue shows. */
const OTHER_WRITES = [
  // Accounts, credentials and sessions.
  'registerAccount',
  'verifyEmail',
  'acceptInvitation',
  'signInWithPassword',
  'startPasskeyRegistration',
  'finishPasskeyRegistration',
  'startPasskeySignIn',
  'finishPasskeySignIn',
  'renamePasskey',
  'removePasskey',
  'signOut',
  'revokeSession',
  'changePassword',
  'claimGuestAppointments',
  'createApiKey',
  'revokeApiKey',
  'setApiKeyScopes',
  'exportMyData',
  'deleteMyAccount',
  // Staff bindings and kiosks: no catalogue field shows who works where.
  'grantStaffAccess',
  'revokeStaffAccess',
  'issueKioskToken',
  'revokeKioskDevice',
  // Announcements are read per request (valid now), never kept.
  'createAnnouncement',
  'updateAnnouncement',
  'publishAnnouncement',
  'withdrawAnnouncement',
  'deleteAnnouncement',
  // Bookings, holds and an office's cancellations change free slots, which are never kept.
  'bookAppointment',
  'cancelAppointment',
  'holdSlot',
  'releaseHold',
  'cancelOfficeAppointments',
  'rebookAppointment',
  'rescheduleAppointment',
  'confirmBooking',
  // A release shows on Service.upcomingRelease, which the cache does not keep (CATALOGUE_FIELDS).
  'createAppointmentRelease',
  'requestReleasedTime',
  // The waitlist writes its own tables and holds, which no catalogue field shows.
  'joinWaitlist',
  'confirmWaitlistEntry',
  'leaveWaitlist',
  'acceptWaitlistOffer',
  'declineWaitlistOffer',
  // Webhook endpoints of API keys: their own tables, which no catalogue field shows.
  'createWebhookEndpoint',
  'updateWebhookEndpoint',
  'deleteWebhookEndpoint',
  'rotateWebhookEndpointSecret',
  // Messaging.
  'startConversation',
  'sendMessage',
  'markConversationRead',
  'sendTypingIndicator',
  'assignConversation',
  'setConversationStatus',
  'createAnswerTemplate',
  'updateAnswerTemplate',
  'deleteAnswerTemplate',
  // The lobby queue writes its own tables (queue_*), which no catalogue field shows.
  'checkIn',
  'drawTicket',
  'openCounter',
  'closeCounter',
  'callNextTicket',
  'callTicket',
  'recallTicket',
  'markTicketNoShow',
  'finishTicket',
  'parkTicket',
  'transferTicket',
  // A citizen's applications: their own rows, which no catalogue field shows.
  'startApplication',
  'saveApplicationDraft',
  'createApplicationUpload',
  'removeApplicationDocument',
  'discardApplicationDraft',
  'submitApplication',
  'withdrawApplication',
  // The office's handling of applications: their own rows and files.
  'takeApplication',
  'assignApplication',
  'requestApplicationInformation',
  'resumeApplication',
  'approveApplication',
  'rejectApplication',
  'closeApplication',
];

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  fixture = await createBookingFixture(server.orm);
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
}, 60_000);

afterAll(async () => {
  await server.close();
});

it('knows for every mutation whether it writes catalogue data', async () => {
  const schema = await createSchema();
  const mutations = Object.keys(schema.getMutationType()!.getFields());
  const classified = [...Object.keys(CATALOGUE_WRITES), ...OTHER_WRITES];
  expect(mutations.filter((name) => !classified.includes(name))).toEqual([]);
  expect(classified.filter((name) => !mutations.includes(name))).toEqual([]);
  expect(new Set(classified).size).toBe(classified.length);
});

describe.each(Object.entries(CATALOGUE_WRITES))('%s', (name, write) => {
  it('makes the next catalogue query compute its answer again', async () => {
    await gqlCounted(server, VIEW);
    const kept = await gqlCounted<View>(server, VIEW);
    expect(kept.sqlStatements).toBe(0);

    const { body } = await server.gql<Record<string, Record<string, { id: string } | null>>>(
      write.document,
      write.input ? { input: write.input() } : {},
      admin,
    );
    expect(body.errors).toBeUndefined();
    const payload = body.data![name]!;
    expect(payload.userErrors).toEqual([]);
    write.keep?.(payload);

    const next = await gqlCounted<View>(server, VIEW);
    expect(next.sqlStatements).toBeGreaterThan(0);
    if (write.shows) write.shows(next.body.data!);
    else expect(next.text).toBe(kept.text);
  });
});
