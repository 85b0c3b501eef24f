import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  type Subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

const BOOK = `mutation Book($input: BookAppointmentInput!) {
  bookAppointment(input: $input) { appointment { code } userErrors { code } }
}`;
const CANCEL = `mutation Cancel($input: CancelAppointmentInput!) {
  cancelAppointment(input: $input) { userErrors { code } }
}`;
const CHANGES = `subscription Changes($serviceId: ID!, $officeId: ID!) {
  slotAvailabilityChanged(serviceId: $serviceId, officeId: $officeId) { startsAt endsAt available }
}`;

type Change = { slotAvailabilityChanged: { startsAt: string; endsAt: string; available: number } };

let server: TestServer;
let town: BookingFixture;
let otherTown: BookingFixture;
const watchers: Array<Subscription<Change>> = [];

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  town = await createBookingFixture(server.orm, { counters: 2 });
  otherTown = await createBookingFixture(server.orm, { counters: 1 });
});

afterEach(async () => {
  await Promise.all(watchers.splice(0).map((watcher) => watcher.close()));
  // Closed subscriptions end on the server a moment later; the next test counts from zero.
  await waitUntil(() => server.bus.activeSubscriptions() === 0, 'subscriptions closed');
});

afterAll(async () => {
  await server.close();
});

/** A subscriber of the changes of a service's times at an office; closed after the test. */
function watch(variables: { serviceId: string; officeId: string }): Subscription<Change> {
  const watcher = subscription<Change>(server.wsClient(), CHANGES, variables);
  watchers.push(watcher);
  return watcher;
}

function book(fixture: BookingFixture, startsAt: string, email: string) {
  return server.gql<{ bookAppointment: { appointment: { code: string } } }>(BOOK, {
    input: { serviceId: fixture.service, officeId: fixture.office, startsAt, name: 'Live', email },
  });
}

it('tells subscribers of the service the new availability after a booking and a cancellation', async () => {
  const watcher = watch({ serviceId: town.service, officeId: town.office });
  const bystander = watch({ serviceId: otherTown.service, officeId: otherTown.office });
  await waitForSubscriptions(server.bus, 2);

  const { body } = await book(town, '2027-03-02T08:00:00.000Z', 'live@example.org');
  expect(await watcher.next()).toEqual({
    data: {
      slotAvailabilityChanged: {
        startsAt: '2027-03-02T08:00:00.000Z',
        endsAt: '2027-03-02T08:30:00.000Z',
        available: 1,
      },
    },
  });

  await server.gql(CANCEL, {
    input: { code: body.data!.bookAppointment.appointment.code, email: 'live@example.org' },
  });
  expect((await watcher.next()).data?.slotAvailabilityChanged.available).toBe(2);

  await bystander.nothingWithin(300);
  await book(otherTown, '2027-03-02T10:00:00.000Z', 'own-office@example.org');
  expect((await bystander.next()).data?.slotAvailabilityChanged).toMatchObject({
    startsAt: '2027-03-02T10:00:00.000Z',
    available: 0,
  });
});

it('sends nothing to a subscriber of another office', async () => {
  const watcher = watch({ serviceId: otherTown.service, officeId: otherTown.office });
  await waitForSubscriptions(server.bus, 1);
  await book(town, '2027-03-02T09:00:00.000Z', 'elsewhere@example.org');
  await watcher.nothingWithin(300);
  await book(otherTown, '2027-03-02T10:30:00.000Z', 'own-office@example.org');
  expect((await watcher.next()).data?.slotAvailabilityChanged).toMatchObject({
    startsAt: '2027-03-02T10:30:00.000Z',
    available: 0,
  });
});

it('refuses a subscription with a malformed ID, naming the argument', async () => {
  const watcher = watch({ serviceId: 'garbage', officeId: town.office });
  const result = await watcher.next();
  expect(result.errors?.[0]).toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', argument: 'serviceId' },
  });
});
