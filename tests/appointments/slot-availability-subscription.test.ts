import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import {
  startTestServer,
  subscription,
  waitForSubscriptions,
  type TestServer,
} from '../support/test-server.js';

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

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  town = await createBookingFixture(server.orm, { counters: 2 });
  otherTown = await createBookingFixture(server.orm, { counters: 1 });
});

afterAll(async () => {
  await server.close();
});

function book(fixture: BookingFixture, startsAt: string, email: string) {
  return server.gql<{ bookAppointment: { appointment: { code: string } } }>(BOOK, {
    input: { serviceId: fixture.service, officeId: fixture.office, startsAt, name: 'Live', email },
  });
}

it('tells subscribers of the service the new availability after a booking and a cancellation', async () => {
  const watcher = subscription<Change>(server.wsClient(), CHANGES, {
    serviceId: town.service,
    officeId: town.office,
  });
  const bystander = subscription<Change>(server.wsClient(), CHANGES, {
    serviceId: otherTown.service,
    officeId: otherTown.office,
  });
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
  await Promise.all([watcher.close(), bystander.close()]);
});

it('sends nothing to a subscriber of another office', async () => {
  const watcher = subscription<Change>(server.wsClient(), CHANGES, {
    serviceId: otherTown.service,
    officeId: otherTown.office,
  });
  await waitForSubscriptions(server.bus, 1);
  await book(town, '2027-03-02T09:00:00.000Z', 'elsewhere@example.org');
  await watcher.nothingWithin(300);
  await watcher.close();
});

it('refuses a subscription with a malformed ID, naming the argument', async () => {
  const watcher = subscription<Change>(server.wsClient(), CHANGES, {
    serviceId: 'garbage',
    officeId: town.office,
  });
  const result = await watcher.next();
  expect(result.errors?.[0]).toMatchObject({
    extensions: { code: 'BAD_USER_INPUT', argument: 'serviceId' },
  });
});
