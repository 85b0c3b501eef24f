import {
  Args,
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { InvalidInputError, invalidField } from '../../common/domain-error.js';
import { eventStream } from '../../realtime/event-stream.js';
import {
  CheckInErrorCode,
  DrawTicketErrorCode,
  QueueActionErrorCode,
} from '../../queue/queue.errors.js';
import {
  followBoard,
  followQueueEvents,
  followTicket,
  type FollowContext,
} from '../../queue/queue-follow.js';
import {
  callNext,
  callTicket,
  checkIn,
  closeCounter,
  drawTicket,
  findTicket,
  mayFollowQueue,
  officeQueue,
  openCounter,
  queueBoard,
  queueCounters,
  queueStatistics,
  settleTicket,
  ticketAppointment,
  transferTicket,
  type BoardRecord,
  type CheckInRequest,
  type TicketView,
} from '../../queue/queue.service.js';
import type { QueueEventView } from '../../queue/queue-follow.js';
import { toAppointment } from '../appointments/appointment.mapping.js';
import { Appointment } from '../appointments/appointment.types.js';
import { toOffice, toService } from '../catalogue/catalogue.mapping.js';
import { Office, Service } from '../catalogue/catalogue.types.js';
import { argumentUuid } from '../common/arguments.js';
import { asPayload, asTopLevelError, inputUuid, orQueryError } from '../common/domain-errors.js';
import type { GraphQLContext } from '../context.js';
import { toQueueBoard, toQueueCounter, toQueueEvent, toTicket } from './queue.mapping.js';
import {
  CallTicketInput,
  CheckInInput,
  CheckInPayload,
  DrawTicketInput,
  DrawTicketPayload,
  OfficeQueueArgs,
  QueueBoard,
  QueueCounter,
  QueueCounterInput,
  QueueCounterPayload,
  QueueDayStatistics,
  QueueEvent,
  QueueEventsArgs,
  QueueStatisticsArgs,
  QueueTicketPayload,
  Ticket,
  TicketAppointmentArgs,
  TicketArgs,
  TicketInput,
  TransferTicketInput,
} from './queue.types.js';

/** A live view reads with fresh EntityManagers: a subscription outlives its first one. */
function followContext(ctx: GraphQLContext): FollowContext {
  return { bus: ctx.bus, forkEm: ctx.forkEm, clock: ctx.clock, settings: ctx.settings };
}

/** The kiosk gives the code; the phone the code and e-mail, or (signed in) the ID. */
function checkInRequest(input: CheckInInput): CheckInRequest {
  if (input.appointmentId) {
    return { appointmentId: inputUuid(input.appointmentId, 'Appointment', 'appointmentId') };
  }
  if (!input.code) throw new InvalidInputError([invalidField('code', 'error.required')]);
  return { code: input.code, email: input.email ?? null };
}

function boardChanges({
  args,
  context: ctx,
}: SubscribeResolverData<unknown, { officeId: string }, GraphQLContext>) {
  const officeId = argumentUuid(args.officeId, 'Office', 'officeId', ctx.lang);
  return eventStream<BoardRecord>((out) => followBoard(followContext(ctx), officeId, out));
}

function ticketChanges({
  args,
  context: ctx,
}: SubscribeResolverData<unknown, { ticketId: string }, GraphQLContext>) {
  const ticketId = argumentUuid(args.ticketId, 'Ticket', 'ticketId', ctx.lang);
  return eventStream<TicketView>(async (out) => {
    const ticket = await findTicket({ em: ctx.forkEm(), clock: ctx.clock }, ticketId);
    if (!ticket) {
      out.end();
      return;
    }
    await followTicket(followContext(ctx), ticket, out);
  });
}

function queueEventChanges({
  args,
  context: ctx,
}: SubscribeResolverData<unknown, { officeId: string; afterSeq?: number | null }, GraphQLContext>) {
  const officeId = argumentUuid(args.officeId, 'Office', 'officeId', ctx.lang);
  try {
    mayFollowQueue(ctx.principal, officeId);
  } catch (error) {
    throw asTopLevelError(ctx.lang, error);
  }
  return eventStream<QueueEventView>((out) =>
    followQueueEvents(followContext(ctx), officeId, args.afterSeq ?? null, out),
  );
}

@Resolver(() => Ticket)
export class QueueResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => Ticket, {
    nullable: true,
    description:
      'A ticket of the lobby queue by its ID (the kiosk prints it as a QR code; checkIn and drawTicket return it): its place in line, estimated wait and counter. Null when there is none.',
  })
  async ticket(
    @Ctx() ctx: GraphQLContext,
    @Args() { ticketId }: TicketArgs,
  ): Promise<Ticket | null> {
    const ticket = await findTicket(
      ctx.useCase,
      argumentUuid(ticketId, 'Ticket', 'ticketId', ctx.lang),
    );
    return ticket && toTicket(ticket, ctx.lang);
  }

  @Authorized(Access.PUBLIC)
  @Query(() => QueueBoard, {
    description:
      'The lobby board of an office for today: the tickets called and their counters, and how many wait. Numbers only, never a name.',
  })
  async queueBoard(
    @Ctx() ctx: GraphQLContext,
    @Args() { officeId }: OfficeQueueArgs,
  ): Promise<QueueBoard> {
    const board = await queueBoard(
      ctx.useCase,
      argumentUuid(officeId, 'Office', 'officeId', ctx.lang),
    );
    return toQueueBoard(board, ctx.lang);
  }

  @Authorized(Access.STAFF)
  @Query(() => [Ticket], {
    description:
      'Today’s tickets of one of your offices that are not finished: called ones first, then the waiting ones in the order they are called, then the parked ones. Query cost: 100 tickets.',
  })
  async officeQueue(
    @Ctx() ctx: GraphQLContext,
    @Args() { officeId }: OfficeQueueArgs,
  ): Promise<Ticket[]> {
    const tickets = await orQueryError(ctx.lang, () =>
      officeQueue(ctx.useCase, argumentUuid(officeId, 'Office', 'officeId', ctx.lang)),
    );
    return tickets.map((ticket) => toTicket(ticket, ctx.lang));
  }

  @Authorized(Access.STAFF)
  @Query(() => [QueueCounter], {
    description:
      'The active counters of one of your offices, by name, and which of them are open for the lobby queue.',
  })
  async queueCounters(
    @Ctx() ctx: GraphQLContext,
    @Args() { officeId }: OfficeQueueArgs,
  ): Promise<QueueCounter[]> {
    const counters = await orQueryError(ctx.lang, () =>
      queueCounters(ctx.useCase, argumentUuid(officeId, 'Office', 'officeId', ctx.lang)),
    );
    return counters.map(toQueueCounter);
  }

  @Authorized(Access.STAFF)
  @Query(() => Appointment, {
    nullable: true,
    description:
      'The booking behind an appointment ticket of one of your offices, with the citizen’s name, contact and code, for the clerk who serves it. The read of an account holder’s booking is recorded in their data access log, with the reason. Null for a walk-in ticket or an unknown one; a ticket of another office is refused with FORBIDDEN.',
  })
  async ticketAppointment(
    @Ctx() ctx: GraphQLContext,
    @Args() { ticketId, reason }: TicketAppointmentArgs,
  ): Promise<Appointment | null> {
    const appointment = await orQueryError(ctx.lang, () =>
      ticketAppointment(ctx.useCase, {
        ticketId: argumentUuid(ticketId, 'Ticket', 'ticketId', ctx.lang),
        reason,
      }),
    );
    return appointment && toAppointment(appointment, ctx.lang, ctx.settings);
  }

  @Authorized(Access.STAFF)
  @Query(() => [QueueDayStatistics], {
    description:
      'The lobby queue of one of your offices in figures, per local day from `from` to `to` (at most 31 days; days without tickets left out): tickets, tickets per hour, waiting and service times (median and 90th percentile), no-shows.',
  })
  async queueStatistics(
    @Ctx() ctx: GraphQLContext,
    @Args() { officeId, from, to }: QueueStatisticsArgs,
  ): Promise<QueueDayStatistics[]> {
    return orQueryError(ctx.lang, () =>
      queueStatistics(ctx.useCase, {
        officeId: argumentUuid(officeId, 'Office', 'officeId', ctx.lang),
        from,
        to,
      }),
    );
  }

  @Authorized(Access.KIOSK, Access.PERSON)
  @Mutation(() => CheckInPayload, {
    description:
      'Checks a booked appointment in and puts it in line, ranked by its start: at the kiosk of its office by the booking code, or from the phone (“I’m here”) with code and e-mail or, signed in, its ID, then only while the office is open. From 60 minutes (kiosk) or 30 minutes (phone) before the start until 15 minutes after it, on its day. userErrors codes: INVALID_INPUT, NOT_FOUND, WRONG_OFFICE, NOT_TODAY, TOO_EARLY, TOO_LATE, CANCELLED, ALREADY_CHECKED_IN, OFFICE_CLOSED, RATE_LIMITED (20 an hour from the phone, 300 an hour per kiosk; HTTP 429 with Retry-After). At most 3 of bookAppointment, cancelAppointment, checkIn, drawTicket and the sign-up and sign-in mutations per operation.',
  })
  async checkIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CheckInInput, { description: 'Which appointment checks in.' })
    input: CheckInInput,
  ): Promise<CheckInPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, CheckInErrorCode, () =>
      checkIn(ctx.useCase, checkInRequest(input)),
    );
    return { ticket: result && toTicket(result, ctx.lang), userErrors };
  }

  @Authorized(Access.KIOSK, Access.ACCOUNT)
  @Mutation(() => DrawTicketPayload, {
    description:
      'Draws a walk-in ticket for a service: at the office’s kiosk, or online when signed in while the office is open. Numbered per office and day with the service group’s letter (A-017). userErrors codes: INVALID_INPUT, NOT_FOUND, WRONG_OFFICE, NOT_OFFERED, OFFICE_CLOSED, RATE_LIMITED (3 an hour and 6 a day online, 300 an hour per kiosk; HTTP 429 with Retry-After). At most 3 of bookAppointment, cancelAppointment, checkIn, drawTicket and the sign-up and sign-in mutations per operation.',
  })
  async drawTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => DrawTicketInput, { description: 'The office and the service.' })
    input: DrawTicketInput,
  ): Promise<DrawTicketPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, DrawTicketErrorCode, () =>
      drawTicket(ctx.useCase, {
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        serviceId: inputUuid(input.serviceId, 'Service', 'serviceId'),
      }),
    );
    return { ticket: result && toTicket(result, ctx.lang), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueCounterPayload, {
    description:
      'Opens a counter of your office for the lobby queue: its clerk can call tickets. Opening an open one changes nothing. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, COUNTER_INACTIVE.',
  })
  async openCounter(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => QueueCounterInput, { description: 'The counter.' })
    input: QueueCounterInput,
  ): Promise<QueueCounterPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, QueueActionErrorCode, () =>
      openCounter(ctx.useCase, inputUuid(input.counterId, 'Counter', 'counterId')),
    );
    return { counter: result && toQueueCounter(result), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueCounterPayload, {
    description:
      'Closes a counter for the lobby queue once no ticket is called to it. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, COUNTER_BUSY.',
  })
  async closeCounter(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => QueueCounterInput, { description: 'The counter.' })
    input: QueueCounterInput,
  ): Promise<QueueCounterPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, QueueActionErrorCode, () =>
      closeCounter(ctx.useCase, inputUuid(input.counterId, 'Counter', 'counterId')),
    );
    return { counter: result && toQueueCounter(result), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueTicketPayload, {
    description:
      'Call next: calls the first ticket in line that your open counter handles (appointments near their time, walk-ins after at most 15 minutes’ head start of the appointments). Clerks pressing at the same moment call different tickets. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, COUNTER_CLOSED, COUNTER_BUSY, QUEUE_EMPTY.',
  })
  async callNextTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => QueueCounterInput, { description: 'Your counter.' })
    input: QueueCounterInput,
  ): Promise<QueueTicketPayload> {
    return ticketPayload(ctx, () =>
      callNext(ctx.useCase, inputUuid(input.counterId, 'Counter', 'counterId')),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueTicketPayload, {
    description:
      'Calls a particular waiting or parked ticket to your open counter. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, COUNTER_CLOSED, COUNTER_BUSY, WRONG_STATE, NOT_HANDLED.',
  })
  async callTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CallTicketInput, { description: 'The ticket and your counter.' })
    input: CallTicketInput,
  ): Promise<QueueTicketPayload> {
    return ticketPayload(ctx, () =>
      callTicket(ctx.useCase, {
        ticketId: inputUuid(input.ticketId, 'Ticket', 'ticketId'),
        counterId: inputUuid(input.counterId, 'Counter', 'counterId'),
      }),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueTicketPayload, {
    description:
      'Calls the ticket at your counter again (at most 3 times). userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, WRONG_STATE, RECALL_LIMIT_REACHED.',
  })
  async recallTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TicketInput, { description: 'The called ticket.' }) input: TicketInput,
  ): Promise<QueueTicketPayload> {
    return ticketPayload(ctx, () =>
      settleTicket(ctx.useCase, inputUuid(input.ticketId, 'Ticket', 'ticketId'), 'RECALL'),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueTicketPayload, {
    description:
      'Marks the called ticket as not come. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, WRONG_STATE.',
  })
  async markTicketNoShow(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TicketInput, { description: 'The called ticket.' }) input: TicketInput,
  ): Promise<QueueTicketPayload> {
    return ticketPayload(ctx, () =>
      settleTicket(ctx.useCase, inputUuid(input.ticketId, 'Ticket', 'ticketId'), 'NO_SHOW'),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueTicketPayload, {
    description:
      'Marks the called ticket as served. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, WRONG_STATE.',
  })
  async finishTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TicketInput, { description: 'The called ticket.' }) input: TicketInput,
  ): Promise<QueueTicketPayload> {
    return ticketPayload(ctx, () =>
      settleTicket(ctx.useCase, inputUuid(input.ticketId, 'Ticket', 'ticketId'), 'FINISH'),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueTicketPayload, {
    description:
      'Puts the called ticket aside for later (papers missing, a form to fill in); callTicket calls it again. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, WRONG_STATE.',
  })
  async parkTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TicketInput, { description: 'The called ticket.' }) input: TicketInput,
  ): Promise<QueueTicketPayload> {
    return ticketPayload(ctx, () =>
      settleTicket(ctx.useCase, inputUuid(input.ticketId, 'Ticket', 'ticketId'), 'PARK'),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => QueueTicketPayload, {
    description:
      'Sends the called ticket back into line for another service, or to one counter only; it keeps its place. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, WRONG_STATE, NOT_HANDLED (no active counter of the office handles the service, or the named counter does not).',
  })
  async transferTicket(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TransferTicketInput, { description: 'The ticket and where it goes.' })
    input: TransferTicketInput,
  ): Promise<QueueTicketPayload> {
    return ticketPayload(ctx, () =>
      transferTicket(ctx.useCase, {
        ticketId: inputUuid(input.ticketId, 'Ticket', 'ticketId'),
        serviceId: input.serviceId ? inputUuid(input.serviceId, 'Service', 'serviceId') : null,
        counterId: input.counterId ? inputUuid(input.counterId, 'Counter', 'counterId') : null,
      }),
    );
  }

  @Authorized(Access.PUBLIC)
  @Subscription(() => QueueBoard, {
    name: 'queueBoard',
    description:
      'The lobby board of an office: as it is now, then again after every change of its queue. Numbers and counters only, never a name; a display that reconnects gets the board as it is.',
    subscribe: boardChanges,
  })
  queueBoardChanges(
    @Root() board: BoardRecord,
    @Ctx() ctx: GraphQLContext,
    @Args() _args: OfficeQueueArgs,
  ): QueueBoard {
    return toQueueBoard(board, ctx.lang);
  }

  @Authorized(Access.PUBLIC)
  @Subscription(() => Ticket, {
    description:
      'A ticket for the phone that holds its ID: as it is now, then each time its place in line, estimated wait or state changes (“please go to Schalter 3”). Ends after showing it DONE or NO_SHOW, and at once for an unknown ticket.',
    subscribe: ticketChanges,
  })
  myTicket(
    @Root() ticket: TicketView,
    @Ctx() ctx: GraphQLContext,
    @Args() _args: TicketArgs,
  ): Ticket {
    return toTicket(ticket, ctx.lang);
  }

  @Authorized(Access.STAFF)
  @Subscription(() => QueueEvent, {
    description:
      'Every change of the lobby queue of one of your offices, for its clerks, each once and in order: with `afterSeq`, first what came after it (catch-up after a reconnect), then live.',
    subscribe: queueEventChanges,
  })
  queueEvents(
    @Root() view: QueueEventView,
    @Ctx() ctx: GraphQLContext,
    @Args() _args: QueueEventsArgs,
  ): QueueEvent {
    return toQueueEvent(view.event, view.ticket, ctx.lang);
  }

  @FieldResolver(() => Service, { description: 'The service it waits for or was served in.' })
  async service(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<Service> {
    const service = await ctx.loaders.service.load(ticket.serviceId);
    if (!service) throw new Error(`Service ${ticket.serviceId} of a ticket is missing`);
    return toService(service, ticket.lang);
  }

  @FieldResolver(() => Office, { description: 'The office whose queue it is in.' })
  async office(@Root() ticket: Ticket, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(ticket.officeId);
    if (!office) throw new Error(`Office ${ticket.officeId} of a ticket is missing`);
    return toOffice(office, ticket.lang);
  }
}

/** A clerk's action on a ticket, as its payload. */
async function ticketPayload(
  ctx: GraphQLContext,
  run: () => Promise<TicketView>,
): Promise<QueueTicketPayload> {
  const { result, userErrors } = await asPayload(ctx.lang, QueueActionErrorCode, run);
  return { ticket: result && toTicket(result, ctx.lang), userErrors };
}

@Resolver(() => QueueBoard)
export class QueueBoardFieldsResolver {
  @FieldResolver(() => Office, { description: 'The office whose board it is.' })
  async office(@Root() board: QueueBoard, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(board.officeId);
    if (!office) throw new Error(`Office ${board.officeId} of a board is missing`);
    return toOffice(office, board.lang);
  }
}
