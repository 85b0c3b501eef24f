import { issueKioskToken } from '../../../../src/accounts/credentials.service.js';
import { Role } from '../../../../src/entities/accounts/account.entity.js';
import { fromGlobalId } from '../../../../src/resolvers/common/global-id.js';
import {
  bearer,
  createAccount,
  signIn,
  type TestAccount,
} from '../../../../tests/support/accounts.js';
import type { TestServer } from '../../../../tests/support/test-server.js';

/** Bürgerbüro Nord of the demo town, as the lobby queue's browser tests use it. */
export type NordQueue = {
  officeId: string;
  /** Personalausweis beantragen: Schalter 1 and 2 handle it. */
  identityCard: { id: string; name: string };
  /** A service that Schalter 2 handles and Schalter 1 does not. */
  onlyAtCounter2: { id: string; name: string };
  counters: Record<'Schalter 1' | 'Schalter 2', string>;
  /** The office's kiosk, to draw walk-in tickets through the API. */
  kiosk: Record<string, string>;
};

export async function nordQueue(server: TestServer): Promise<NordQueue> {
  const { body } = await server.gql<{ offices: Array<{ id: string; name: string }> }>(
    '{ offices { id name } }',
  );
  const officeId = body.data!.offices.find((office) => office.name === 'Bürgerbüro Nord')!.id;
  const uuid = fromGlobalId(officeId)!.uuid;
  const reader = await createAccount(server, { roles: [Role.STAFF], officeIds: [uuid] });
  const counters = await server.gql<{
    counters: Array<{ id: string; name: string; services: Array<{ id: string; name: string }> }>;
  }>(
    'query($officeId: ID!) { counters(officeId: $officeId) { id name services { id name } } }',
    { officeId },
    bearer(await signIn(server, reader)),
  );
  const [first, second] = ['Schalter 1', 'Schalter 2'].map((name) =>
    counters.body.data!.counters.find((counter) => counter.name === name)!,
  );
  const identityCard = first!.services.find(
    (service) => service.name === 'Personalausweis beantragen',
  )!;
  const onlyAtCounter2 = second!.services.find(
    (service) => !first!.services.some((other) => other.id === service.id),
  )!;
  const { token } = await issueKioskToken(
    { em: server.orm.em.fork() },
    { officeId: uuid, name: 'Foyer Nord' },
  );
  return {
    officeId,
    identityCard,
    onlyAtCounter2,
    counters: { 'Schalter 1': first!.id, 'Schalter 2': second!.id },
    kiosk: bearer(token),
  };
}

/** A clerk of Bürgerbüro Nord. */
export function nordClerk(
  server: TestServer,
  queue: NordQueue,
  name: string,
): Promise<TestAccount> {
  return createAccount(server, {
    roles: [Role.STAFF],
    officeIds: [fromGlobalId(queue.officeId)!.uuid],
    name,
  });
}

/** A walk-in ticket drawn at the office's kiosk: its ID and number. */
export async function drawAtKiosk(
  server: TestServer,
  queue: NordQueue,
  serviceId = queue.identityCard.id,
): Promise<{ id: string; number: string }> {
  const { body } = await server.gql<{
    drawTicket: { ticket: { id: string; number: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: DrawTicketInput!) {
      drawTicket(input: $input) { ticket { id number } userErrors { code message } }
    }`,
    { input: { officeId: queue.officeId, serviceId } },
    queue.kiosk,
  );
  const ticket = body.data?.drawTicket.ticket;
  if (!ticket) throw new Error(`drawTicket failed: ${JSON.stringify(body)}`);
  return ticket;
}

/**
 * Books the identity card at Bürgerbüro Nord for the citizen (signed in through the API) at the
 * first free time of the demo day from `notBefore` on: its ID, code and start.
 */
export async function bookTodayAs(
  server: TestServer,
  queue: NordQueue,
  citizen: TestAccount,
  notBefore: Date,
): Promise<{ id: string; code: string; startsAt: string }> {
  const slots = await server.gql<{ freeSlots: Array<{ startsAt: string; available: boolean }> }>(
    `query($serviceId: ID!, $officeId: ID!, $from: DateTime!, $to: DateTime!) {
      freeSlots(serviceId: $serviceId, officeId: $officeId, from: $from, to: $to) {
        startsAt available
      }
    }`,
    {
      serviceId: queue.identityCard.id,
      officeId: queue.officeId,
      from: notBefore.toISOString(),
      to: '2027-01-11T11:00:00.000Z',
    },
  );
  const slot = slots.body.data?.freeSlots.find((candidate) => candidate.available);
  if (!slot) throw new Error(`No free time at Nord: ${JSON.stringify(slots.body)}`);
  const { body } = await server.gql<{
    bookAppointment: { appointment: { id: string; code: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: BookAppointmentInput!) {
      bookAppointment(input: $input) { appointment { id code } userErrors { code message } }
    }`,
    {
      input: {
        serviceId: queue.identityCard.id,
        officeId: queue.officeId,
        startsAt: slot.startsAt,
        name: citizen.name,
        email: citizen.email,
      },
    },
    bearer(await signIn(server, citizen)),
  );
  const appointment = body.data?.bookAppointment.appointment;
  if (!appointment) throw new Error(`Booking failed: ${JSON.stringify(body)}`);
  return { ...appointment, startsAt: slot.startsAt };
}
