import { CounterEntity } from '../../src/entities/appointments/counter.entity.js';
import { ServiceEntity } from '../../src/entities/catalogue/service.entity.js';
import { OfficeEntity } from '../../src/entities/catalogue/office.entity.js';
import { CategoryEntity } from '../../src/entities/catalogue/category.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { createBookingFixture, guestBooking, type BookingFixture } from './fixtures.js';
import type { TestServer } from './test-server.js';

export const TICKET_FIELDS = `id number state kind position estimatedWaitMinutes counterName recalls
  createdAt calledAt service { name } office { name }`;

export type TicketResult = {
  id: string;
  number: string;
  state: string;
  kind: string;
  position: number | null;
  estimatedWaitMinutes: number | null;
  counterName: string | null;
  recalls: number;
  createdAt: string;
  calledAt: string | null;
  service: { name: string };
  office: { name: string };
};

export type TicketPayload = {
  ticket: TicketResult | null;
  userErrors: Array<{ code: string; field: string[] | null; message: string }>;
};

export const CHECK_IN = `mutation($input: CheckInInput!) {
  checkIn(input: $input) { ticket { ${TICKET_FIELDS} } userErrors { code field message } }
}`;
export const DRAW = `mutation($input: DrawTicketInput!) {
  drawTicket(input: $input) { ticket { ${TICKET_FIELDS} } userErrors { code field message } }
}`;
export const OPEN_COUNTER = `mutation($input: QueueCounterInput!) {
  openCounter(input: $input) { counter { id name open } userErrors { code field message } }
}`;
export const CLOSE_COUNTER = `mutation($input: QueueCounterInput!) {
  closeCounter(input: $input) { counter { id name open } userErrors { code field message } }
}`;
export const CALL_NEXT = `mutation($input: QueueCounterInput!) {
  callNextTicket(input: $input) { ticket { ${TICKET_FIELDS} } userErrors { code field message } }
}`;

/** The document of a clerk's action on one ticket (recallTicket, finishTicket, …). */
export function ticketAction(name: string, inputType = 'TicketInput'): string {
  return `mutation($input: ${inputType}!) {
    ${name}(input: $input) { ticket { ${TICKET_FIELDS} } userErrors { code field message } }
  }`;
}

/**
 * An office for the queue: `counters` counters that handle its service, and a second service
 * ("Standesamt") that only the last counter handles; a third one that no counter handles.
 */
export type QueueTown = BookingFixture & {
  /** Global IDs of the counters. */
  counters: string[];
  /** Handled by the last counter only. */
  otherService: string;
  otherServiceId: string;
  /** Offered by no counter. */
  unhandledService: string;
};

export async function createQueueTown(
  server: TestServer,
  options: { counters?: number } = {},
): Promise<QueueTown> {
  const fixture = await createBookingFixture(server.orm, {
    counters: options.counters ?? 3,
    opens: '08:00',
    closes: '16:00',
  });
  const em = server.orm.em.fork();
  const office = await em.findOneOrFail(OfficeEntity, fixture.officeId);
  const category = em.create(CategoryEntity, {
    slug: `standesamt-${fixture.officeId}`,
    name: { de: 'Standesamt', en: 'Registry office' },
  });
  const makeService = (slug: string, name: string) => {
    const service = em.create(ServiceEntity, {
      slug: `${slug}-${fixture.officeId}`,
      name: { de: name, en: name },
      description: { de: 'Für Tests.', en: 'For tests.' },
      documents: { de: [], en: [] },
      durationMinutes: 30,
      feeCents: 0,
      category,
    });
    service.offices.add(office);
    return service;
  };
  const other = makeService('geburtsurkunde', 'Geburtsurkunde');
  const unhandled = makeService('eheschliessung', 'Eheschließung');
  const last = await em.findOneOrFail(CounterEntity, fixture.counterIds.at(-1)!, {
    populate: ['services'],
  });
  last.services.add(other);
  await em.flush();
  return {
    ...fixture,
    counters: fixture.counterIds.map((id) => toGlobalId('Counter', id)),
    otherService: toGlobalId('Service', other.id),
    otherServiceId: other.id,
    unhandledService: toGlobalId('Service', unhandled.id),
  };
}

/** Books an appointment as a guest through the API; its code, e-mail and ID. */
export async function bookAt(
  server: TestServer,
  town: BookingFixture,
  startsAt: string,
): Promise<{ id: string; code: string; email: string }> {
  const { body } = await server.gql<{
    bookAppointment: {
      appointment: { id: string; code: string; email: string } | null;
      userErrors: unknown[];
    };
  }>(
    `mutation($input: BookAppointmentInput!) {
      bookAppointment(input: $input) { appointment { id code email } userErrors { code } }
    }`,
    { input: guestBooking(town, startsAt) },
  );
  const appointment = body.data?.bookAppointment.appointment;
  if (!appointment) throw new Error(`booking failed: ${JSON.stringify(body)}`);
  return appointment;
}
