import { Access } from '../../auth/access.js';
import { InvalidInputError, invalidField } from '../../common/domain-error.js';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import {
  bookAppointment,
  cancelAppointment,
  confirmBooking,
  findAppointmentByCode,
  findAppointmentByToken,
  findFreeSlots,
  holdSlot,
  releaseHold,
  rescheduleAppointment,
  type CancellationRequest,
  counterTimesChangedAfter,
  officeAppointmentChanges,
  officeAppointments,
  slotsAffectedBy,
  type Slot as SlotRecord,
} from '../../appointments/appointment.service.js';
import { perEvent } from '../../realtime/per-event.js';
import type { CounterTimeChanged } from '../../realtime/topics.js';
import { argumentUuid } from '../common/arguments.js';
import { asPayload, asTopLevelError, inputUuid, orQueryError } from '../common/domain-errors.js';
import { toOffice, toService } from '../catalogue/catalogue.mapping.js';
import {
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  ConfirmBookingErrorCode,
  HoldSlotErrorCode,
  ReleaseHoldErrorCode,
  RescheduleAppointmentErrorCode,
} from '../../appointments/appointment.errors.js';
import { callerKey } from '../../auth/caller.js';
import { toGlobalId } from '../common/global-id.js';
import { Office, Service } from '../catalogue/catalogue.types.js';
import { toTicket } from '../queue/queue.mapping.js';
import { Ticket } from '../queue/queue.types.js';
import type { GraphQLContext } from '../context.js';
import { toAppointment } from './appointment.mapping.js';
import {
  Appointment,
  AppointmentByTokenArgs,
  AppointmentLookupArgs,
  BookAppointmentInput,
  BookAppointmentPayload,
  ConfirmBookingInput,
  ConfirmBookingPayload,
  CancelAppointmentInput,
  CancelAppointmentPayload,
  FreeSlotsArgs,
  HoldSlotInput,
  HoldSlotPayload,
  OfficeAppointmentsArgs,
  ReleaseHoldInput,
  ReleaseHoldPayload,
  RescheduleAppointmentInput,
  RescheduleAppointmentPayload,
  OfficeAppointmentsChange,
  Slot,
  SlotAvailabilityArgs,
  SlotAvailabilityChange,
} from './appointment.types.js';
import { SharedAcrossSubscribers } from '../common/viewers.js';

type SlotSubscriptionArgs = { serviceId: string; officeId: string };

// One change is fanned out to every subscriber of a service; they share one computation per event.
const slotsPerChange = perEvent<CounterTimeChanged, Promise<SlotRecord[]>>();

function affectedSlots(ctx: GraphQLContext, serviceId: string, change: CounterTimeChanged) {
  return slotsPerChange(change, serviceId, () =>
    // Each event reads with an EntityManager of its own, not the subscription's.
    slotsAffectedBy({ ...ctx.useCase, em: ctx.forkEm() }, serviceId, change),
  );
}

/** The changes of one service's slots at one office, as they are committed. */
function slotChanges({
  args,
  context,
}: SubscribeResolverData<unknown, SlotSubscriptionArgs, GraphQLContext>) {
  const serviceId = argumentUuid(args.serviceId, 'Service', 'serviceId', context.lang);
  const officeId = argumentUuid(args.officeId, 'Office', 'officeId', context.lang);
  // The slots of one change are read once for all subscribers.
  return context.bus.stream(
    'counterTimeChanged',
    [officeId],
    (change) => affectedSlots(context, serviceId, change),
    (since) =>
      slotsPerResume(since, `${officeId}:${serviceId}`, () =>
        slotsChangedAfter(context, officeId, serviceId, since),
      ),
  );
}

// After the bus lost Redis, the subscribers of a service's slots share one catch-up.
const slotsPerResume = perEvent<Date, Promise<SlotRecord[]>>();

/** Each slot of the service whose availability changed from `since` on, as it is now, once. */
async function slotsChangedAfter(
  ctx: GraphQLContext,
  officeId: string,
  serviceId: string,
  since: Date,
): Promise<SlotRecord[]> {
  const slots = new Map<number, SlotRecord>();
  for (const change of await counterTimesChangedAfter(ctx, officeId, since)) {
    for (const slot of await affectedSlots(ctx, serviceId, change)) {
      slots.set(slot.startsAt.getTime(), slot);
    }
  }
  return [...slots.values()].sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
}

/** officeAppointmentsChanged: the bookings and cancellations at one office, for its staff. */
function officeChanges({
  args,
  context,
}: SubscribeResolverData<unknown, { officeId: string }, GraphQLContext>) {
  const officeId = argumentUuid(args.officeId, 'Office', 'officeId', context.lang);
  try {
    return officeAppointmentChanges({ ...context.useCase, forkEm: context.forkEm }, officeId);
  } catch (error) {
    throw asTopLevelError(context.lang, error);
  }
}

/** An owner names the appointment by ID; a guest by the e-mails' token, or code and e-mail. */
function cancellationRequest(
  ctx: GraphQLContext,
  input: CancelAppointmentInput | RescheduleAppointmentInput,
): CancellationRequest {
  if (input.id) {
    return { appointmentId: inputUuid(input.id, 'Appointment', 'id'), language: ctx.lang };
  }
  if (input.token) return { token: input.token, language: ctx.lang };
  if (!input.code || !input.email) {
    throw new InvalidInputError([invalidField(input.code ? 'email' : 'code', 'error.required')]);
  }
  return { code: input.code, email: input.email, language: ctx.lang };
}

@Resolver(() => Appointment)
export class AppointmentResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => [Slot], {
    description:
      'The slots of a service at an office that start in [from, to) (at most 31 days), each with how many counters are free. Past times and closures have none. Empty when the office does not offer the service. Query cost: 40 points per day of the period (31 days: 1240).',
  })
  async freeSlots(
    @Ctx() ctx: GraphQLContext,
    @Args() { serviceId, officeId, from, to }: FreeSlotsArgs,
  ): Promise<Slot[]> {
    return orQueryError(ctx.lang, () =>
      findFreeSlots(ctx.useCase, {
        serviceId: argumentUuid(serviceId, 'Service', 'serviceId', ctx.lang),
        officeId: argumentUuid(officeId, 'Office', 'officeId', ctx.lang),
        from,
        to,
      }),
    );
  }

  @Authorized(Access.PERSON)
  @Query(() => Appointment, {
    nullable: true,
    description:
      'A booking looked up by its code and the e-mail address it was booked with; null when they do not match.',
  })
  async appointment(
    @Ctx() ctx: GraphQLContext,
    @Args() { code, email, lang }: AppointmentLookupArgs,
  ): Promise<Appointment | null> {
    const appointment = await findAppointmentByCode(ctx.useCase, code, email);
    return appointment && toAppointment(appointment, lang ?? ctx.lang, ctx.settings);
  }

  @Authorized(Access.PERSON)
  @Query(() => Appointment, {
    nullable: true,
    description:
      'A booking looked up by the token of the link in its e-mails (`/appointment?token=…`), which the server signed for it; null when the token is malformed, changed or not made for this, or the booking is gone.',
  })
  async appointmentByToken(
    @Ctx() ctx: GraphQLContext,
    @Args() { token, lang }: AppointmentByTokenArgs,
  ): Promise<Appointment | null> {
    const appointment = await findAppointmentByToken(ctx.useCase, token, 'MANAGE');
    return appointment && toAppointment(appointment, lang ?? ctx.lang, ctx.settings);
  }

  @Authorized(Access.PERSON)
  @Mutation(() => BookAppointmentPayload, {
    description:
      'Books a slot, for a guest or (signed in) for the account, and e-mails a confirmation (a retry with the same idempotencyKey sends none). A guest’s booking of a scarce service (Service.scarce), and one by a signed-in citizen for another or an unverified address, is UNCONFIRMED instead: the time is taken, the e-mail asks to open a link (confirmBooking) within 30 minutes (confirmBy), and only then is it booked and confirmed; otherwise it lapses and the time is free again. A signed-in citizen booking with the account’s verified address is booked at once. userErrors codes: INVALID_INPUT (field names the input), NOT_FOUND (serviceId or officeId), SLOT_TAKEN (someone was faster; choose another time), OUTSIDE_BOOKING_WINDOW (before the service’s earliest or after its latest day ahead, or within its minimum notice), DAILY_CAP_REACHED (the office’s daily limit for the service is reached that day), LIMIT_REACHED (3 upcoming bookings per e-mail), RATE_LIMITED (more than 10 bookings an hour or 30 a day by you, or 8 e-mails an hour or 20 a day to the address; HTTP 429 with Retry-After), IDEMPOTENCY_KEY_REUSED, HOLD_EXPIRED (the holdToken names no live hold of yours for this time). With holdToken it books the time you hold (holdSlot). At most 3 of bookAppointment, holdSlot, cancelAppointment and the sign-up and sign-in mutations per operation.',
  })
  async bookAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => BookAppointmentInput, {
      description:
        'The service, office and start time, who is coming, and an idempotency key for retries.',
    })
    input: BookAppointmentInput,
  ): Promise<BookAppointmentPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, BookAppointmentErrorCode, async () =>
      bookAppointment(ctx.useCase, {
        ...input,
        serviceId: inputUuid(input.serviceId, 'Service', 'serviceId'),
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        language: ctx.lang,
      }),
    );
    return {
      appointment: result && toAppointment(result, ctx.lang, ctx.settings),
      confirmBy: result?.confirmBy ?? null,
      userErrors,
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => ConfirmBookingPayload, {
    description:
      'Confirms the e-mail address of an UNCONFIRMED booking by the link in its e-mail, within 30 minutes of booking: the booking is BOOKED and its confirmation e-mail goes out. Opening the link again answers with the booking and changes nothing. userErrors codes: NOT_FOUND (the link is not valid, or the booking lapsed). At most 3 of bookAppointment, holdSlot, cancelAppointment, confirmBooking and the sign-up and sign-in mutations per operation.',
  })
  async confirmBooking(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ConfirmBookingInput, { description: 'The token of the link.' })
    input: ConfirmBookingInput,
  ): Promise<ConfirmBookingPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ConfirmBookingErrorCode, () =>
      confirmBooking(ctx.useCase, input.token),
    );
    return {
      appointment: result && toAppointment(result, ctx.lang, ctx.settings),
      userErrors,
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => HoldSlotPayload, {
    description:
      'Holds a slot for you for 10 minutes while you enter your details: everyone else sees it as taken at once (freeSlots, slotAvailabilityChanged), and it is free again when the hold expires or is released. Confirm it with bookAppointment(input: { …, holdToken }). You hold at most one time per service: a new hold of the service releases your earlier one (per account, or per client address for guests). userErrors codes: INVALID_INPUT (startsAt), NOT_FOUND (serviceId or officeId), SLOT_TAKEN (every counter is booked or held; choose another time), OUTSIDE_BOOKING_WINDOW (before the service’s earliest or after its latest day ahead, or within its minimum notice), DAILY_CAP_REACHED (the office’s daily limit for the service is reached that day), RATE_LIMITED (more than 30 holds an hour by you; HTTP 429 with Retry-After). Query cost: 10. At most 3 of bookAppointment, holdSlot, cancelAppointment and the sign-up and sign-in mutations per operation.',
  })
  async holdSlot(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => HoldSlotInput, { description: 'The service, office and start time.' })
    input: HoldSlotInput,
  ): Promise<HoldSlotPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, HoldSlotErrorCode, () =>
      holdSlot(ctx.useCase, {
        serviceId: inputUuid(input.serviceId, 'Service', 'serviceId'),
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        startsAt: input.startsAt,
        caller: callerKey(ctx.principal, ctx.clientIp),
      }),
    );
    return {
      hold: result && {
        id: toGlobalId('Appointment', result.id),
        token: result.token,
        startsAt: result.startsAt,
        endsAt: result.endsAt,
        expiresAt: result.heldUntil,
      },
      userErrors,
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => ReleaseHoldPayload, {
    description:
      'Gives a held time back at once (you chose another time); everyone else sees it as free. userErrors codes: NOT_FOUND (no hold of yours has this token).',
  })
  async releaseHold(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ReleaseHoldInput, { description: 'The token of the hold.' })
    input: ReleaseHoldInput,
  ): Promise<ReleaseHoldPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ReleaseHoldErrorCode, () =>
      releaseHold(ctx.useCase, input.token),
    );
    return { released: result !== null, userErrors };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => CancelAppointmentPayload, {
    description:
      'Cancels a booking, frees its time and e-mails a confirmation: a guest gives code and e-mail or the token of the link in the booking’s e-mails, a signed-in owner the ID. userErrors codes: INVALID_INPUT (neither given), NOT_FOUND (no such booking of yours), ALREADY_CANCELLED, TOO_LATE (already started), RATE_LIMITED (more than 20 cancellations an hour by you, or too many e-mails to the address; HTTP 429 with Retry-After).',
  })
  async cancelAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CancelAppointmentInput, {
      description:
        'Which appointment: its ID when signed in, or the booking code with the e-mail address it was booked with.',
    })
    input: CancelAppointmentInput,
  ): Promise<CancelAppointmentPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, CancelAppointmentErrorCode, () =>
      cancelAppointment(ctx.useCase, cancellationRequest(ctx, input)),
    );
    return {
      appointment: result && toAppointment(result, ctx.lang, ctx.settings),
      userErrors,
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => RescheduleAppointmentPayload, {
    description:
      'Moves a booking to another time of the same service at the same office, in one step: the new time is taken (a free counter, or your hold of it with holdToken) and the old one freed together, so the appointment never has none or two; on any refusal it keeps its old time. It keeps its ID and booking code; the confirmation e-mail carries the calendar entry with a higher SEQUENCE, so calendars move it in place. Named as for cancelAppointment. userErrors codes: INVALID_INPUT (field names the input; also a cancelled or begun appointment), NOT_FOUND (no such booking of yours), SLOT_TAKEN (someone was faster), HOLD_EXPIRED, IDEMPOTENCY_KEY_REUSED, RATE_LIMITED (more than 10 reschedulings an hour by you, or too many e-mails to the address; HTTP 429 with Retry-After). At most 3 of bookAppointment, holdSlot, cancelAppointment, rescheduleAppointment and the sign-up and sign-in mutations per operation.',
  })
  async rescheduleAppointment(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RescheduleAppointmentInput, {
      description: 'Which appointment, its new start, and optionally your hold of it.',
    })
    input: RescheduleAppointmentInput,
  ): Promise<RescheduleAppointmentPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, RescheduleAppointmentErrorCode, () =>
      rescheduleAppointment(ctx.useCase, {
        ...cancellationRequest(ctx, input),
        startsAt: input.startsAt,
        holdToken: input.holdToken ?? null,
        idempotencyKey: input.idempotencyKey ?? null,
      }),
    );
    return {
      appointment: result && toAppointment(result, ctx.lang, ctx.settings),
      userErrors,
    };
  }

  @Authorized(Access.PUBLIC)
  @SharedAcrossSubscribers()
  @Subscription(() => SlotAvailabilityChange, {
    description:
      'The new availability of each slot of the service at the office whose availability a booking, a cancellation or a hold (made, released or expired) changed, sent after it is committed.',
    subscribe: slotChanges,
  })
  slotAvailabilityChanged(
    @Root() slot: SlotRecord,
    @Args() _args: SlotAvailabilityArgs,
  ): SlotAvailabilityChange {
    return slot;
  }

  @Authorized(Access.STAFF, Access.OFFICE_APPOINTMENTS_READ)
  @Subscription(() => OfficeAppointmentsChange, {
    description:
      'Each booking and cancellation at one of your offices, sent after it is committed, so that a day or week plan stays current; carries no personal data. Staff of another office, and API keys without OFFICE_APPOINTMENTS_READ for this office, are refused with FORBIDDEN.',
    subscribe: officeChanges,
  })
  officeAppointmentsChanged(
    @Root() change: OfficeAppointmentsChange,
    @Arg('officeId', () => ID, {
      description: 'An office you work for (admins: any).',
    })
    _officeId: string,
  ): OfficeAppointmentsChange {
    return change;
  }

  @Authorized(Access.STAFF, Access.OFFICE_APPOINTMENTS_READ)
  @Query(() => [Appointment], {
    description:
      'The appointments of one of your offices (API keys: an office their OFFICE_APPOINTMENTS_READ scope names) that start in [from, to) (at most 31 days), earliest first, cancelled ones included, with the citizens’ details. Each read of an account holder’s booking is recorded in their data access log, with the reason (a repeat by the same reader for the same reason within 15 minutes is the same entry). Query cost: 40 points per day of the period (31 days: 1240).',
  })
  async officeAppointments(
    @Ctx() ctx: GraphQLContext,
    @Args() { officeId, from, to, reason }: OfficeAppointmentsArgs,
  ): Promise<Appointment[]> {
    const appointments = await orQueryError(ctx.lang, () =>
      officeAppointments(ctx.useCase, {
        officeId: argumentUuid(officeId, 'Office', 'officeId', ctx.lang),
        from,
        to,
        reason,
      }),
    );
    return appointments.map((appointment) => toAppointment(appointment, ctx.lang, ctx.settings));
  }

  @FieldResolver(() => Service, { description: 'The service booked.' })
  async service(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext): Promise<Service> {
    const service = await ctx.loaders.service.load(appointment.serviceId);
    if (!service) throw new Error(`Service ${appointment.serviceId} of an appointment is missing`);
    return toService(service, appointment.lang);
  }

  @FieldResolver(() => String, {
    description:
      'The counter it is booked at, e.g. "Schalter 2": the staff’s appointment plan lists appointments by it.',
  })
  async counterName(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext): Promise<string> {
    const name = await ctx.loaders.counterName.load(appointment.counterId);
    if (name === null)
      throw new Error(`Counter ${appointment.counterId} of an appointment is missing`);
    return name;
  }

  @FieldResolver(() => Ticket, {
    nullable: true,
    description:
      'Its ticket in the lobby queue once checked in (at the kiosk or “I’m here” on the phone): waiting, called to a counter, served or a no-show; null before.',
  })
  async ticket(
    @Root() appointment: Appointment,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Ticket | null> {
    const ticket = await ctx.loaders.ticketOfAppointment.load(appointment.appointmentId);
    return ticket && toTicket(ticket, ctx.lang);
  }

  @FieldResolver(() => Office, { description: 'Where the appointment takes place.' })
  async office(@Root() appointment: Appointment, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(appointment.officeId);
    if (!office) throw new Error(`Office ${appointment.officeId} of an appointment is missing`);
    return toOffice(office, appointment.lang);
  }
}
