import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { ClosureEntity } from '../../src/entities/appointments/closure.entity.js';
import { CounterEntity } from '../../src/entities/appointments/counter.entity.js';
import { ScheduleEntity } from '../../src/entities/appointments/schedule.entity.js';
import { CategoryEntity } from '../../src/entities/catalogue/category.entity.js';
import { OfficeEntity } from '../../src/entities/catalogue/office.entity.js';
import { ServiceEntity } from '../../src/entities/catalogue/service.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';

export type BookingFixture = {
  officeId: string;
  serviceId: string;
  counterIds: string[];
  /** Global IDs, as the API wants them. */
  office: string;
  service: string;
};

let sequence = 0;

/**
 * One office with `counters` counters that all handle one service of `durationMinutes`, open on
 * `weekdays` from `opens` to `closes` (local time) between `validFrom` and `validUntil`.
 */
export async function createBookingFixture(
  orm: MikroORM,
  options: {
    counters?: number;
    durationMinutes?: number;
    weekdays?: number[];
    opens?: string;
    closes?: string;
    validFrom?: string;
    validUntil?: string;
    closures?: Array<{ startsAt: Date; endsAt: Date; counter?: number }>;
  } = {},
): Promise<BookingFixture> {
  sequence += 1;
  const em = orm.em.fork();
  const category = em.create(CategoryEntity, {
    slug: `fixture-category-${sequence}`,
    name: { de: `Testkategorie ${sequence}`, en: `Test category ${sequence}` },
  });
  const office = em.create(OfficeEntity, {
    slug: `fixture-office-${sequence}`,
    name: { de: `Teststelle ${sequence}`, en: `Test office ${sequence}` },
    street: 'Teststraße 1',
    postalCode: '12345',
    city: 'Musterstadt',
  });
  const service = em.create(ServiceEntity, {
    slug: `fixture-service-${sequence}`,
    name: { de: `Testleistung ${sequence}`, en: `Test service ${sequence}` },
    description: { de: 'Eine Leistung für Tests.', en: 'A service for tests.' },
    documents: { de: ['Personalausweis'], en: ['Identity card'] },
    durationMinutes: options.durationMinutes ?? 30,
    feeCents: 1000,
    category,
  });
  service.offices.add(office);
  const counters = Array.from({ length: options.counters ?? 2 }, (_, index) => {
    const counter = em.create(CounterEntity, { office, name: `Schalter ${index + 1}` });
    counter.services.add(service);
    for (const weekday of options.weekdays ?? [1, 2, 3, 4, 5]) {
      em.create(ScheduleEntity, {
        counter,
        weekday,
        opensAt: options.opens ?? '08:00',
        closesAt: options.closes ?? '12:00',
        validFrom: options.validFrom ?? '2027-03-01',
        validUntil: options.validUntil ?? '2027-04-30',
      });
    }
    return counter;
  });
  for (const closure of options.closures ?? []) {
    em.create(ClosureEntity, {
      office,
      counter: closure.counter === undefined ? null : counters[closure.counter],
      startsAt: closure.startsAt,
      endsAt: closure.endsAt,
      reason: { de: 'Geschlossen', en: 'Closed' },
    });
  }
  await em.flush();
  return {
    officeId: office.id,
    serviceId: service.id,
    counterIds: counters.map((counter) => counter.id),
    office: toGlobalId('Office', office.id),
    service: toGlobalId('Service', service.id),
  };
}

/**
 * A guest's `BookAppointmentInput` for the fixture's service and office at `startsAt`, with an
 * e-mail address of its own (the open-bookings limit counts per address).
 */
export function guestBooking(
  fixture: BookingFixture,
  startsAt: string,
  overrides: Record<string, unknown> = {},
) {
  return {
    serviceId: fixture.service,
    officeId: fixture.office,
    startsAt,
    name: 'Erika Mustermann',
    email: `erika.${randomUUID()}@example.org`,
    ...overrides,
  };
}
