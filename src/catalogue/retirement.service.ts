import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { CatalogueChangeKind, queueWebhookEvent } from '../webhooks/webhook-events.js';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withdrawnAppointmentEmail, type RetiredKind } from '../appointments/appointment-mail.js';
import {
  cancelUpcomingIn,
  countUpcomingIn,
  moveToFreeCounter,
  upcomingAtCounter,
  type AppointmentRecord,
  type RetiredScope,
} from '../appointments/appointment.queries.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import { pickText } from '../common/language.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { UseCaseContext } from '../common/use-case.js';
import { CounterEntity } from '../entities/appointments/counter.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { ServiceEntity } from '../entities/catalogue/service.entity.js';
import { queueEmail } from '../notifications/outbox.js';
import { RetirementErrorCode } from './catalogue.errors.js';

// Retiring an office, a service or a counter: it leaves the citizens' catalogue and booking, its
// row stays (appointments keep naming it), and what happens to its upcoming appointments is the
// admin's explicit choice, never a side effect.

/** What happens to the upcoming appointments of what is retired. */
export enum FutureAppointments {
  /** Each is cancelled, and its citizen gets an e-mail with a link to book anew. */
  CANCEL_WITH_NOTICE = 'CANCEL_WITH_NOTICE',
  /** Counters only: each moves to another counter of the office, free at the same time. */
  MOVE_TO_OTHER_COUNTER = 'MOVE_TO_OTHER_COUNTER',
}

type RetireContext = Pick<
  UseCaseContext,
  'em' | 'clock' | 'bus' | 'limits' | 'settings' | 'catalogueChanged'
>;

/** What was retired, and how many upcoming appointments were cancelled or moved. */
export type Retirement<T> = { retired: T; futureAppointments: number };

/** The refusal when upcoming appointments are booked and no choice was made; carries how many. */
export class AppointmentsAffectedError extends DomainError<RetirementErrorCode.APPOINTMENTS_AFFECTED> {
  constructor(readonly count: number) {
    super(
      RetirementErrorCode.APPOINTMENTS_AFFECTED,
      'error.appointmentsAffected',
      ['futureAppointments'],
      { count },
    );
  }
}

function cannotMove(count: number): DomainError {
  return new DomainError(
    RetirementErrorCode.CANNOT_MOVE,
    'error.cannotMoveAppointments',
    ['futureAppointments'],
    { count },
  );
}

type Retirable = OfficeEntity | ServiceEntity | CounterEntity;

type Plan<T extends Retirable> = {
  kind: RetiredKind;
  /** The input field that names it, for NOT_FOUND. */
  field: string;
  load: (tx: EntityManager) => Promise<T | null>;
  scope: RetiredScope;
  /** Marks it (and what cannot outlive it) retired at `now`. */
  retire: (tx: EntityManager, retired: T, now: Date) => Promise<void>;
};

/** Where a citizen whose appointment was withdrawn books anew. */
function bookAgainUrl(
  ctx: Pick<RetireContext, 'settings'>,
  kind: RetiredKind,
  serviceName: string,
): string {
  // A retired service is offered nowhere: the start page, to find another one. Otherwise the
  // search for the service shows its other offices and times.
  if (kind === 'SERVICE') return `${ctx.settings.publicUrl}/`;
  return `${ctx.settings.publicUrl}/search?q=${encodeURIComponent(serviceName)}`;
}

async function retire<T extends Retirable>(
  ctx: RetireContext,
  plan: Plan<T>,
  choice: FutureAppointments | null,
): Promise<Retirement<T>> {
  if (choice === FutureAppointments.MOVE_TO_OTHER_COUNTER && plan.kind !== 'COUNTER') {
    throw new InvalidInputError([invalidField('futureAppointments', 'error.moveOnlyCounters')]);
  }
  if (choice === FutureAppointments.CANCEL_WITH_NOTICE) {
    await ctx.limits.take({ byAddress: ['retirementNoticesPerHour'] });
  }
  const now = ctx.clock();
  const changed: AppointmentRecord[] = [];
  let result: Retirement<T>;
  try {
    result = await ctx.em.transactional(async (tx) => {
      const retired = await plan.load(tx);
      if (!retired) {
        throw new DomainError(RetirementErrorCode.NOT_FOUND, 'error.notFound', [plan.field]);
      }
      if (retired.retiredAt) {
        throw new DomainError(RetirementErrorCode.ALREADY_RETIRED, 'error.alreadyRetired', [
          plan.field,
        ]);
      }
      // First retired, so that the moves below find other counters only, and no slot of it is
      // offered to a booking that commits after this.
      await plan.retire(tx, retired, now);
      await tx.flush();
      // A counter is no part of the public catalogue; its times change through the others.
      if (plan.kind !== 'COUNTER') {
        const kind =
          plan.kind === 'OFFICE' ? CatalogueChangeKind.OFFICE : CatalogueChangeKind.SERVICE;
        await queueWebhookEvent(
          tx,
          {
            type: WebhookEventType.CATALOGUE_CHANGED,
            kind,
            id: retired.id,
            officeId: plan.kind === 'OFFICE' ? retired.id : null,
          },
          now,
        );
      }
      const count = await countUpcomingIn(tx, plan.scope, now);
      if (count > 0 && choice === null) throw new AppointmentsAffectedError(count);
      if (count > 0 && choice === FutureAppointments.CANCEL_WITH_NOTICE) {
        for (const { appointment, place } of await cancelUpcomingIn(tx, plan.scope, now)) {
          const context = { lang: appointment.language, ...ctx.settings };
          await queueEmail(
            tx,
            withdrawnAppointmentEmail(
              appointment,
              place,
              plan.kind,
              context,
              bookAgainUrl(ctx, plan.kind, pickText(place.service.name, appointment.language)),
            ),
          );
          changed.push(appointment);
        }
      }
      if (count > 0 && choice === FutureAppointments.MOVE_TO_OTHER_COUNTER) {
        let unmoved = 0;
        for (const appointment of await upcomingAtCounter(tx, retired.id, now)) {
          const moved = await moveToFreeCounter(tx, appointment, ctx.settings.timeZone, now);
          if (moved) changed.push(appointment, moved);
          else unmoved += 1;
        }
        if (unmoved > 0) throw cannotMove(unmoved);
      }
      return { retired, futureAppointments: count };
    });
  } catch (error) {
    // A booking committed meanwhile on the counter a move chose.
    if (postgresErrorOf(error)?.code === SqlState.exclusionViolation) throw cannotMove(1);
    throw error;
  }
  for (const appointment of changed) {
    ctx.bus.publish('counterTimeChanged', appointment.office.id, {
      officeId: appointment.office.id,
      counterId: appointment.counter.id,
      startsAt: appointment.startsAt.toISOString(),
      endsAt: appointment.endsAt.toISOString(),
    });
  }
  ctx.catalogueChanged();
  return result;
}

/**
 * Closes an office for good: it and its counters offer nothing more. Refused with
 * APPOINTMENTS_AFFECTED (and how many) while upcoming appointments are booked there, unless
 * `choice` is CANCEL_WITH_NOTICE.
 */
export function retireOffice(
  ctx: RetireContext,
  officeId: string,
  choice: FutureAppointments | null,
): Promise<Retirement<OfficeEntity>> {
  return retire(
    ctx,
    {
      kind: 'OFFICE',
      field: 'officeId',
      scope: { officeId },
      load: (tx) =>
        tx.findOne(OfficeEntity, { id: officeId }, { lockMode: LockMode.PESSIMISTIC_WRITE }),
      retire: async (tx, office, now) => {
        office.retiredAt = now;
        await tx.nativeUpdate(
          CounterEntity,
          { office: office.id, retiredAt: null },
          { retiredAt: now, active: false },
        );
      },
    },
    choice,
  );
}

/** Stops offering a service, at every office; refused as retireOffice is. */
export function retireService(
  ctx: RetireContext,
  serviceId: string,
  choice: FutureAppointments | null,
): Promise<Retirement<ServiceEntity>> {
  return retire(
    ctx,
    {
      kind: 'SERVICE',
      field: 'serviceId',
      scope: { serviceId },
      load: (tx) =>
        tx.findOne(ServiceEntity, { id: serviceId }, { lockMode: LockMode.PESSIMISTIC_WRITE }),
      retire: async (_tx, service, now) => {
        service.retiredAt = now;
      },
    },
    choice,
  );
}

/**
 * Takes a counter out of service for good. Its upcoming appointments are cancelled with a notice,
 * or moved to other counters of the office that handle their service and are free at their time
 * (all or none: CANNOT_MOVE when one has no such counter).
 */
export function retireCounter(
  ctx: RetireContext,
  counterId: string,
  choice: FutureAppointments | null,
): Promise<Retirement<CounterEntity>> {
  return retire(
    ctx,
    {
      kind: 'COUNTER',
      field: 'counterId',
      scope: { counterId },
      load: async (tx) => {
        // Locked alone: FOR UPDATE cannot apply to the outer joins of a populate.
        const counter = await tx.findOne(
          CounterEntity,
          { id: counterId },
          { lockMode: LockMode.PESSIMISTIC_WRITE },
        );
        return counter && tx.populate(counter, ['services', 'office']);
      },
      retire: async (_tx, counter, now) => {
        counter.retiredAt = now;
        counter.active = false;
      },
    },
    choice,
  );
}
