import { Role } from '../../src/entities/accounts/account.entity.js';
import { createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture, guestBooking, type BookingFixture } from '../support/fixtures.js';
import { liveClient } from '../support/sockets.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// The staff's day and week plans follow bookings and cancellations at their office live; the
// events say when, never who, and only the office's own staff (and admins) may follow them.

const CHANGES = `subscription($officeId: ID!) {
  officeAppointmentsChanged(officeId: $officeId) { startsAt endsAt }
}`;
const BOOK = `mutation($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { code } userErrors { code } }
}`;
const CANCEL = `mutation($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { userErrors { code } }
}`;

type Change = { officeAppointmentsChanged: { startsAt: string; endsAt: string } };

let server: TestServer;
let town: BookingFixture;
let otherTown: BookingFixture;

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  town = await createBookingFixture(server.orm, { counters: 1 });
  otherTown = await createBookingFixture(server.orm, { counters: 1 });
});

afterAll(async () => {
  await server.close();
});

async function clerkOf(fixture: BookingFixture) {
  const account = await createAccount(server, {
    roles: [Role.STAFF],
    officeIds: [fixture.officeId],
  });
  return liveClient(server.wsUrl, await signIn(server, account)).client;
}

it('tells the office’s clerk of each booking and cancellation, with the time and nothing personal', async () => {
  const watcher = subscription<Change>(await clerkOf(town), CHANGES, { officeId: town.office });
  await waitForSubscriptions(server.bus, 1, 5000, 'counterTimeChanged');

  const input = guestBooking(town, '2027-03-02T08:00:00.000Z', { email: 'erika@example.org' });
  const { body } = await server.gql<{ bookAppointment: { appointment: { code: string } } }>(BOOK, {
    input,
  });
  expect(await watcher.next()).toEqual({
    data: {
      officeAppointmentsChanged: {
        startsAt: '2027-03-02T08:00:00.000Z',
        endsAt: '2027-03-02T08:30:00.000Z',
      },
    },
  });

  await server.gql(CANCEL, {
    input: { code: body.data!.bookAppointment.appointment.code, email: 'erika@example.org' },
  });
  expect((await watcher.next()).data?.officeAppointmentsChanged.startsAt).toBe(
    '2027-03-02T08:00:00.000Z',
  );
  await watcher.close();
});

it('refuses citizens, the anonymous and the staff of another office', async () => {
  // The previous test's subscription ends on the server a moment after it closed.
  await waitUntil(() => server.bus.activeSubscriptions('counterTimeChanged') === 0, 'closed');
  const citizen = await createAccount(server);
  const refused = [
    liveClient(server.wsUrl, null).client,
    liveClient(server.wsUrl, await signIn(server, citizen)).client,
    await clerkOf(otherTown),
  ];
  for (const client of refused) {
    const watcher = subscription<Change>(client, CHANGES, { officeId: town.office });
    const { errors } = await watcher.next();
    expect(errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
  }
  // The clerk of the other office follows her own office.
  const own = subscription<Change>(await clerkOf(otherTown), CHANGES, {
    officeId: otherTown.office,
  });
  await waitForSubscriptions(server.bus, 1, 5000, 'counterTimeChanged');
  await server.gql(BOOK, { input: guestBooking(otherTown, '2027-03-02T09:00:00.000Z') });
  expect((await own.next()).data?.officeAppointmentsChanged.startsAt).toBe(
    '2027-03-02T09:00:00.000Z',
  );
  await own.close();
});
