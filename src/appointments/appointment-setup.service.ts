import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { CatalogueChangeKind, queueWebhookEvent } from '../webhooks/webhook-events.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isStaff } from '../auth/principal.js';
import { DomainError, invalidField } from '../common/domain-error.js';
import {
  dateProblem,
  localizedTextProblems,
  rejectProblems,
  textProblem,
  timeProblem,
  type Problem,
} from '../common/validation.js';
import { ClosureEntity } from '../entities/appointments/closure.entity.js';
import { CounterEntity } from '../entities/appointments/counter.entity.js';
import { ScheduleEntity } from '../entities/appointments/schedule.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { ServiceEntity } from '../entities/catalogue/service.entity.js';
import type { LocalizedText } from '../entities/localized-text.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import { InvalidInputError } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AppointmentSetupErrorCode } from './appointment.errors.js';
import { countBookedIn } from './appointment.queries.js';
import { MAX_CLOSURES, validateClosureRange } from './appointment-rules.js';
import { offerOpenedTimes, publishWaitlistOffers } from './waitlist-offers.js';

/** What a use case that writes set-up data needs. */
type SetupContext = Pick<UseCaseContext, 'em' | 'catalogueChanged' | 'clock'>;

/** What a use case needs that gives counters new times, which go to the waitlist first. */
type OpeningContext = Pick<
  UseCaseContext,
  'em' | 'catalogueChanged' | 'settings' | 'bus' | 'clock'
>;

export type OpeningPeriodInput = { weekday: number; opens: string; closes: string };

function notFound(field: string): DomainError {
  return new DomainError(AppointmentSetupErrorCode.NOT_FOUND, 'error.notFound', [field]);
}

/** The services, which must all be offered at the office. */
async function servicesOfOffice(em: EntityManager, officeId: string, serviceIds: string[]) {
  const services = await em.find(ServiceEntity, {
    id: { $in: serviceIds },
    offices: officeId,
    retiredAt: null,
  });
  if (services.length !== new Set(serviceIds).size) {
    throw new InvalidInputError([invalidField('serviceIds', 'error.serviceNotOffered')]);
  }
  return services;
}

async function flushCounter(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (postgresErrorOf(error)?.code === SqlState.uniqueViolation) {
      throw new InvalidInputError([invalidField('name', 'error.nameTaken')]);
    }
    throw error;
  }
}

export async function createCounter(
  { em, catalogueChanged }: SetupContext,
  input: { officeId: string; name: string; serviceIds: string[] },
): Promise<CounterEntity> {
  rejectProblems([textProblem('name', input.name, 100)]);
  const office = await em.findOne(OfficeEntity, { id: input.officeId, retiredAt: null });
  if (!office) throw notFound('officeId');
  const services = await servicesOfOffice(em, office.id, input.serviceIds);
  const counter = em.create(CounterEntity, { office, name: input.name.trim() });
  counter.services.set(services);
  await flushCounter(em);
  catalogueChanged();
  return counter;
}

/** Renames a counter, (de)activates it, or changes what it handles; booked times stay. */
export async function updateCounter(
  { em, catalogueChanged }: SetupContext,
  input: { counterId: string; name: string; active: boolean; serviceIds: string[] },
): Promise<CounterEntity> {
  rejectProblems([textProblem('name', input.name, 100)]);
  const counter = await em.findOne(
    CounterEntity,
    { id: input.counterId },
    { populate: ['services', 'office'] },
  );
  if (!counter) throw notFound('counterId');
  if (counter.retiredAt) throw new InvalidInputError([invalidField('active', 'error.retired')]);
  const services = await servicesOfOffice(em, counter.office.id, input.serviceIds);
  em.assign(counter, { name: input.name.trim(), active: input.active });
  counter.services.set(services);
  await flushCounter(em);
  catalogueChanged();
  return counter;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The day before a date (YYYY-MM-DD). */
function dayBefore(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

/**
 * Replaces a counter's weekly opening hours from `validFrom` on (until `validUntil`, or open
 * ended): periods that started earlier end the day before, later ones are replaced. The times it
 * gives anew are offered to the waitlist before anyone else can book them (offerOpenedTimes).
 * Returns the counter.
 */
export async function setCounterSchedule(
  { em, catalogueChanged, settings, bus, clock }: OpeningContext,
  input: {
    counterId: string;
    validFrom: string;
    validUntil?: string | null;
    periods: OpeningPeriodInput[];
  },
): Promise<CounterEntity> {
  const problems: Problem[] = [
    dateProblem('validFrom', input.validFrom),
    dateProblem('validUntil', input.validUntil),
  ];
  if (input.validUntil && input.validUntil < input.validFrom) {
    problems.push(invalidField('validUntil', 'error.invalidDate'));
  }
  input.periods.forEach((period, index) => {
    const field = `periods.${index}`;
    problems.push(
      period.weekday >= 1 && period.weekday <= 7 && Number.isInteger(period.weekday)
        ? null
        : invalidField(`${field}.weekday`, 'error.invalidWeekday'),
      timeProblem(`${field}.opens`, period.opens),
      timeProblem(`${field}.closes`, period.closes) ??
        (period.closes <= period.opens
          ? invalidField(`${field}.closes`, 'error.invalidTime')
          : null),
    );
  });
  rejectProblems(problems);
  const changed = await em.transactional(async (tx) => {
    const counter = await tx.findOne(
      CounterEntity,
      { id: input.counterId },
      { populate: ['services', 'office'] },
    );
    if (!counter) throw notFound('counterId');
    await tx.nativeUpdate(
      ScheduleEntity,
      {
        counter: counter.id,
        validFrom: { $lt: input.validFrom },
        $or: [{ validUntil: null }, { validUntil: { $gte: input.validFrom } }],
      },
      { validUntil: dayBefore(input.validFrom) },
    );
    await tx.nativeDelete(ScheduleEntity, {
      counter: counter.id,
      validFrom: { $gte: input.validFrom },
    });
    for (const period of input.periods) {
      tx.create(ScheduleEntity, {
        counter,
        weekday: period.weekday,
        opensAt: period.opens,
        closesAt: period.closes,
        validFrom: input.validFrom,
        validUntil: input.validUntil ?? null,
      });
    }
    await tx.flush();
    await queueWebhookEvent(
      tx,
      {
        type: WebhookEventType.CATALOGUE_CHANGED,
        kind: CatalogueChangeKind.OPENING_HOURS,
        id: counter.id,
        officeId: counter.office.id,
      },
      clock(),
    );
    const offers = await offerOpenedTimes(
      tx,
      settings,
      {
        officeId: counter.office.id,
        counterIds: [counter.id],
        // A day either side of the local dates covers every time zone's midnight.
        startsAt: new Date(Date.parse(`${dayBefore(input.validFrom)}T00:00:00Z`)),
        endsAt: input.validUntil
          ? new Date(Date.parse(`${input.validUntil}T00:00:00Z`) + 2 * DAY_MS)
          : null,
      },
      clock(),
    );
    return { counter, offers };
  });
  catalogueChanged();
  publishWaitlistOffers(bus, changed.offers);
  return changed.counter;
}

/**
 * Closes an office or one of its counters for a period. Appointments already booked in it stay
 * (the citizens were promised them); the result says how many, so that the admin can see to them.
 */
export async function createClosure(
  { em, catalogueChanged, clock }: SetupContext,
  input: {
    officeId: string;
    counterId?: string | null;
    startsAt: Date;
    endsAt: Date;
    reason: LocalizedText;
  },
): Promise<{ closure: ClosureEntity; bookedAppointments: number }> {
  rejectProblems([
    input.endsAt > input.startsAt ? null : invalidField('endsAt', 'error.invalidTime'),
    ...localizedTextProblems('reason', input.reason, 200),
  ]);
  const office = await em.findOne(OfficeEntity, { id: input.officeId });
  if (!office) throw notFound('officeId');
  const counter = input.counterId
    ? await em.findOne(
        CounterEntity,
        { id: input.counterId, office: office.id },
        { populate: ['services', 'office'] },
      )
    : null;
  if (input.counterId && !counter) throw notFound('counterId');
  const closure = em.create(ClosureEntity, {
    office,
    counter,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    reason: input.reason,
  });
  await em.transactional(async (tx) => {
    await tx.flush();
    await queueWebhookEvent(
      tx,
      {
        type: WebhookEventType.CATALOGUE_CHANGED,
        kind: CatalogueChangeKind.CLOSURE,
        id: closure.id,
        officeId: office.id,
      },
      clock(),
    );
  });
  catalogueChanged();
  const bookedAppointments = await countBookedIn(em, {
    officeId: office.id,
    counterId: counter?.id ?? null,
    startsAt: closure.startsAt,
    endsAt: closure.endsAt,
  });
  return { closure, bookedAppointments };
}

/** Lifts a closure; the times it gives back are offered to the waitlist first. */
export async function deleteClosure(
  { em, catalogueChanged, settings, bus, clock }: OpeningContext,
  closureId: string,
): Promise<void> {
  const offers = await em.transactional(async (tx) => {
    const closure = await tx.findOne(ClosureEntity, { id: closureId });
    if (!closure) throw notFound('closureId');
    const officeId = closure.office.id;
    const counterIds = closure.counter
      ? [closure.counter.id]
      : (await tx.find(CounterEntity, { office: officeId }, { fields: ['id'] })).map(
          (counter) => counter.id,
        );
    await tx.nativeDelete(ClosureEntity, { id: closureId });
    await queueWebhookEvent(
      tx,
      {
        type: WebhookEventType.CATALOGUE_CHANGED,
        kind: CatalogueChangeKind.CLOSURE,
        id: closureId,
        officeId,
      },
      clock(),
    );
    const { startsAt, endsAt } = closure;
    return offerOpenedTimes(tx, settings, { officeId, counterIds, startsAt, endsAt }, clock());
  });
  catalogueChanged();
  publishWaitlistOffers(bus, offers);
}

export async function countersOfOffice(
  ctx: Pick<UseCaseContext, 'em'>,
  officeId: string,
): Promise<CounterEntity[]> {
  return ctx.em.find(
    CounterEntity,
    { office: officeId },
    { orderBy: { name: 'asc' }, populate: ['services', 'office'] },
  );
}

/**
 * The closures of an office and of its counters that overlap [from, to), earliest first, at most
 * MAX_CLOSURES; empty for an unknown office.
 */
export async function closuresOfOffice(
  { em }: Pick<UseCaseContext, 'em'>,
  query: { officeId: string; from: Date; to: Date },
): Promise<ClosureEntity[]> {
  validateClosureRange(query.from, query.to);
  return em.find(
    ClosureEntity,
    { office: query.officeId, startsAt: { $lt: query.to }, endsAt: { $gt: query.from } },
    {
      orderBy: { startsAt: 'asc', id: 'asc' },
      limit: MAX_CLOSURES,
      populate: ['office', 'counter.services', 'counter.office'],
    },
  );
}

/** A counter by ID, for staff and admins (set-up data); null for everyone else. */
export async function findCounter(
  { em, principal }: Pick<UseCaseContext, 'em' | 'principal'>,
  id: string,
): Promise<CounterEntity | null> {
  if (!isStaff(principal)) return null;
  return em.findOne(CounterEntity, { id }, { populate: ['services', 'office'] });
}

/** A closure by ID, for staff and admins (set-up data); null for everyone else. */
export async function findClosure(
  { em, principal }: Pick<UseCaseContext, 'em' | 'principal'>,
  id: string,
): Promise<ClosureEntity | null> {
  if (!isStaff(principal)) return null;
  return em.findOne(
    ClosureEntity,
    { id },
    { populate: ['office', 'counter.services', 'counter.office'] },
  );
}
