import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Language } from '../../common/language.js';
import { TicketKind, TicketState } from '../../entities/queue/queue-ticket.entity.js';
import { AccessReason } from '../../entities/accounts/data-access-log.entity.js';
import {
  CheckInErrorCode,
  DrawTicketErrorCode,
  QueueActionErrorCode,
} from '../../queue/queue.errors.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';

// The lobby queue's API. No type here carries personal data: a ticket is a number, a service and
// a counter, so the board, the kiosk and the phone that holds a ticket's ID may all read it.

export const CheckInError = userErrorType(CheckInErrorCode, {
  name: 'CheckIn',
  refusalsOf: 'checkIn',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid or missing; `field` names it.' },
    NOT_FOUND: { description: 'No booking has this code (with this e-mail address, or of yours).' },
    WRONG_OFFICE: { description: 'The appointment is at another office than this kiosk’s.' },
    NOT_TODAY: { description: 'The appointment is on another day.' },
    TOO_EARLY: {
      description:
        'Too early: the kiosk checks in from 60 minutes before the start, the phone from 30.',
    },
    TOO_LATE: {
      description: 'More than 15 minutes after the start: draw a walk-in ticket instead.',
    },
    CANCELLED: { description: 'The appointment was cancelled.' },
    ALREADY_CHECKED_IN: {
      description: 'The appointment is checked in already; its ticket stands.',
    },
    OFFICE_CLOSED: { description: 'From the phone only while the office is open.' },
    RATE_LIMITED: {
      description: 'Too many check-ins by you for now; the message says when to try again.',
    },
  },
});
export type CheckInError = InstanceType<typeof CheckInError>;

export const DrawTicketError = userErrorType(DrawTicketErrorCode, {
  name: 'DrawTicket',
  refusalsOf: 'drawTicket',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: { description: 'The office or the service does not exist.' },
    WRONG_OFFICE: { description: 'A kiosk draws tickets for its own office only.' },
    NOT_OFFERED: { description: 'No counter of the office handles the service.' },
    OFFICE_CLOSED: { description: 'Online only while the office is open.' },
    RATE_LIMITED: {
      description:
        'Too many tickets by you for now (3 an hour, 6 a day online; 300 an hour per kiosk); the message says when to try again.',
    },
  },
});
export type DrawTicketError = InstanceType<typeof DrawTicketError>;

export const QueueActionError = userErrorType(QueueActionErrorCode, {
  name: 'QueueAction',
  refusalsOf:
    'the clerks’ queue actions (openCounter, closeCounter, callNextTicket, callTicket, recallTicket, markTicketNoShow, finishTicket, parkTicket, transferTicket)',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: {
      description: 'The counter, ticket or service does not exist, or not at this office.',
    },
    FORBIDDEN: { description: 'The office is not one you work for.' },
    COUNTER_CLOSED: { description: 'The counter is not open for the queue: openCounter first.' },
    COUNTER_INACTIVE: {
      description:
        'The counter is inactive (it takes no appointments): an admin activates it first.',
    },
    COUNTER_BUSY: {
      description:
        'A ticket is still called to the counter: finish, park, transfer or mark it a no-show first.',
    },
    QUEUE_EMPTY: { description: 'No ticket waits for a service this counter handles.' },
    WRONG_STATE: {
      description:
        'The ticket is not in a state for this: another clerk was faster, or it is finished.',
    },
    RECALL_LIMIT_REACHED: { description: 'The ticket was called again 3 times already.' },
    NOT_HANDLED: {
      description:
        'No active counter of the office handles the service the ticket goes to (or the named counter does not).',
    },
  },
});
export type QueueActionError = InstanceType<typeof QueueActionError>;

registerEnumType(TicketState, {
  name: 'TicketState',
  description: 'Where a ticket of the lobby queue stands.',
  valuesConfig: {
    WAITING: { description: 'In line, waiting to be called.' },
    CALLED: { description: 'Called to a counter (`counterName`): go there now.' },
    PARKED: { description: 'Put aside by the clerk; called again by number later.' },
    DONE: { description: 'Served.' },
    NO_SHOW: { description: 'Called, and did not come.' },
    EXPIRED: {
      description:
        'The office’s day ended before it was served: draw a new ticket or book an appointment.',
    },
  },
});

registerEnumType(TicketKind, {
  name: 'TicketKind',
  description: 'How a ticket came into the queue.',
  valuesConfig: {
    APPOINTMENT: { description: 'A booked appointment, checked in; ranked by its start.' },
    WALK_IN: { description: 'Drawn without an appointment, at the kiosk or online.' },
  },
});

export enum QueueEventKind {
  JOINED = 'JOINED',
  CALLED = 'CALLED',
  RECALLED = 'RECALLED',
  PARKED = 'PARKED',
  TRANSFERRED = 'TRANSFERRED',
  DONE = 'DONE',
  NO_SHOW = 'NO_SHOW',
  COUNTER_OPENED = 'COUNTER_OPENED',
  COUNTER_CLOSED = 'COUNTER_CLOSED',
  DAY_ENDED = 'DAY_ENDED',
}

registerEnumType(QueueEventKind, {
  name: 'QueueEventKind',
  description: 'What happened in an office’s lobby queue.',
  valuesConfig: {
    JOINED: { description: 'A ticket was drawn or an appointment checked in.' },
    CALLED: { description: 'A ticket was called to a counter.' },
    RECALLED: { description: 'A called ticket was called again.' },
    PARKED: { description: 'A called ticket was put aside.' },
    TRANSFERRED: {
      description: 'A called ticket went back into line for another service or counter.',
    },
    DONE: { description: 'A ticket was served.' },
    NO_SHOW: { description: 'A called ticket did not come.' },
    COUNTER_OPENED: { description: 'A counter opened for the queue.' },
    COUNTER_CLOSED: { description: 'A counter closed for the queue.' },
    DAY_ENDED: {
      description:
        'The day ended: tickets left unserved expired and the counters still open closed.',
    },
  },
});

@ObjectType({
  implements: Node,
  description:
    'A place in an office’s lobby queue for one day: a checked-in appointment or a walk-in. It carries no personal data; whoever holds its ID (the kiosk prints it as a QR code) can follow it.',
})
export class Ticket extends Node {
  @Field({
    description:
      'What the board shows and the clerk calls, e.g. "A-017": the service group’s letter (T for appointments) and the office’s number of the day.',
  })
  number!: string;

  @Field(() => TicketState, { description: 'Where the ticket stands.' })
  state!: TicketState;

  @Field(() => TicketKind, { description: 'Appointment or walk-in.' })
  kind!: TicketKind;

  @Field(() => Int, {
    nullable: true,
    description:
      'Place in line among the tickets waiting for the same service (1: next); null unless waiting.',
  })
  position!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Estimated minutes until it is called, from the office’s service times of the last hour and the counters open for its service; null unless waiting.',
  })
  estimatedWaitMinutes!: number | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The counter it is called to (“please go to Schalter 3”) while CALLED; the counter that served it once DONE; null otherwise.',
  })
  counterName!: string | null;

  @Field(() => Int, { description: 'How often it was called again at its counter (at most 3).' })
  recalls!: number;

  @Field(() => Date, { description: 'When it was drawn or checked in.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last called; null before.' })
  calledAt!: Date | null;

  officeId!: string;
  serviceId!: string;
  lang!: Language;
}

@ObjectType({ description: 'A ticket called to a counter, as the lobby board shows it.' })
export class QueueBoardCall {
  @Field({ description: 'The ticket’s number, e.g. "A-017".' })
  number!: string;

  @Field({ description: 'The counter to go to, e.g. "Schalter 3".' })
  counterName!: string;

  @Field(() => Date, { description: 'When it was (last) called.' })
  calledAt!: Date;

  @Field(() => Int, { description: 'How often it was called again (at most 3).' })
  recalls!: number;
}

@ObjectType({
  description:
    'The lobby board of an office for today: numbers and counters only, never a name. For the display and the kiosk.',
})
export class QueueBoard {
  @Field(() => Int, {
    description:
      'The number of the office’s last queue event that this board shows; it grows with every change.',
  })
  seq!: number;

  @Field(() => Int, { description: 'How many tickets wait.' })
  waitingCount!: number;

  @Field(() => [QueueBoardCall], { description: 'The tickets called now, the latest first.' })
  called!: QueueBoardCall[];

  officeId!: string;
  lang!: Language;
}

@ObjectType({ description: 'A counter as the lobby queue sees it.' })
export class QueueCounter {
  @Field(() => ID, { description: 'The counter’s global ID (a Counter).' })
  id!: string;

  @Field({ description: 'Its name, e.g. "Schalter 3".' })
  name!: string;

  @Field({ description: 'Whether it is open for the queue: only open counters call tickets.' })
  open!: boolean;
}

@ObjectType({ description: 'One change of an office’s lobby queue, for its clerks.' })
export class QueueEvent {
  @Field(() => Int, {
    description:
      'The office’s number of this event (1, 2, 3, … without gaps); give the last one you saw as `afterSeq` to catch up after a reconnect.',
  })
  seq!: number;

  @Field(() => QueueEventKind, { description: 'What happened.' })
  kind!: QueueEventKind;

  @Field(() => Date, { description: 'When it happened.' })
  occurredAt!: Date;

  @Field(() => Ticket, {
    nullable: true,
    description: 'The ticket it happened to, as it is now; null for counter events.',
  })
  ticket!: Ticket | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The counter concerned (a Counter’s global ID); null when none.',
  })
  counterId!: string | null;
}

@ObjectType({ description: 'One hour of a day’s tickets.' })
export class QueueHourCount {
  @Field(() => Int, { description: 'The local hour (0-23) in which the tickets were drawn.' })
  hour!: number;

  @Field(() => Int, { description: 'Tickets drawn or checked in in that hour.' })
  tickets!: number;
}

@ObjectType({ description: 'One day of an office’s lobby queue, in figures.' })
export class QueueDayStatistics {
  @Field({ description: 'The local day, "YYYY-MM-DD".' })
  day!: string;

  @Field(() => Int, { description: 'Tickets of the day, appointments and walk-ins.' })
  tickets!: number;

  @Field(() => Int, { description: 'Tickets called that did not come.' })
  noShows!: number;

  @Field(() => Int, {
    description: 'Tickets still waiting, called or parked when the day ended (state EXPIRED).',
  })
  unserved!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Median seconds from drawing or check-in to the first call; null without calls.',
  })
  waitMedianSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '90th percentile of the same; null without calls.',
  })
  waitP90Seconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Median seconds from the (last) call to done; null when none was served.',
  })
  serviceMedianSeconds!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: '90th percentile of the same; null when none was served.',
  })
  serviceP90Seconds!: number | null;

  @Field(() => [QueueHourCount], { description: 'Tickets per hour, hours without any left out.' })
  perHour!: QueueHourCount[];
}

@InputType({
  description:
    'Which appointment checks in. At the kiosk: its booking code (typed, or read from the QR code). From the phone: the code with the e-mail address it was booked with, or (signed in) its ID.',
})
export class CheckInInput {
  @Field(() => String, {
    nullable: true,
    description: 'The booking code; case, spaces and dashes do not matter.',
  })
  code?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The e-mail address it was booked with (from the phone, with the code).',
  })
  email?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The appointment’s ID, instead of code and e-mail (signed in, your own only).',
  })
  appointmentId?: string | null;
}

@ObjectType({ description: 'The ticket of a check-in, or why it was refused.' })
export class CheckInPayload {
  @Field(() => Ticket, { nullable: true, description: 'The new ticket; null when refused.' })
  ticket!: Ticket | null;

  @Field(() => [CheckInError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: CheckInError[];
}

@InputType({ description: 'A walk-in ticket for a service at an office.' })
export class DrawTicketInput {
  @Field(() => ID, { description: 'The office’s global ID (a kiosk: its own).' })
  officeId!: string;

  @Field(() => ID, {
    description: 'The service’s global ID; a counter of the office must handle it.',
  })
  serviceId!: string;
}

@ObjectType({ description: 'The ticket drawn, or why it was refused.' })
export class DrawTicketPayload {
  @Field(() => Ticket, { nullable: true, description: 'The new ticket; null when refused.' })
  ticket!: Ticket | null;

  @Field(() => [DrawTicketError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: DrawTicketError[];
}

@InputType({ description: 'A counter of an office you work for.' })
export class QueueCounterInput {
  @Field(() => ID, { description: 'The counter’s global ID.' })
  counterId!: string;
}

@ObjectType({ description: 'The counter after the change, or why it was refused.' })
export class QueueCounterPayload {
  @Field(() => QueueCounter, { nullable: true, description: 'The counter; null when refused.' })
  counter!: QueueCounter | null;

  @Field(() => [QueueActionError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: QueueActionError[];
}

@InputType({ description: 'A ticket of an office you work for.' })
export class TicketInput {
  @Field(() => ID, { description: 'The ticket’s global ID.' })
  ticketId!: string;
}

@InputType({ description: 'A waiting or parked ticket and the counter to call it to.' })
export class CallTicketInput {
  @Field(() => ID, { description: 'The ticket’s global ID.' })
  ticketId!: string;

  @Field(() => ID, {
    description: 'Your counter’s global ID; it must be open and handle the ticket’s service.',
  })
  counterId!: string;
}

@InputType({
  description:
    'Where a called ticket goes: back into line for another service, or to one counter only; it keeps its place.',
})
export class TransferTicketInput {
  @Field(() => ID, { description: 'The ticket’s global ID; it must be called.' })
  ticketId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The service it now waits for (a Service’s global ID); the same when not given.',
  })
  serviceId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The only counter that may call it (a Counter’s global ID); any when not given.',
  })
  counterId?: string | null;
}

@ObjectType({ description: 'The ticket after the clerk’s action, or why it was refused.' })
export class QueueTicketPayload {
  @Field(() => Ticket, { nullable: true, description: 'The ticket; null when refused.' })
  ticket!: Ticket | null;

  @Field(() => [QueueActionError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: QueueActionError[];
}

@ArgsType()
export class OfficeQueueArgs {
  @Field(() => ID, { description: 'An office’s global ID.' })
  officeId!: string;
}

@ArgsType()
export class TicketArgs {
  @Field(() => ID, {
    description: 'The ticket’s global ID, as the kiosk’s QR code or checkIn/drawTicket gave it.',
  })
  ticketId!: string;
}

@ArgsType()
export class TicketAppointmentArgs {
  @Field(() => ID, { description: 'The ticket’s global ID; a ticket of an office you work for.' })
  ticketId!: string;

  @Field(() => AccessReason, { description: 'Why you read the citizen’s details.' })
  reason!: AccessReason;
}

@ArgsType()
export class QueueEventsArgs {
  @Field(() => ID, { description: 'An office you work for (admins: any).' })
  officeId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The last `seq` you saw: the events after it come first, then the live ones. Not given: live ones only.',
  })
  afterSeq?: number | null;
}

@ArgsType()
export class QueueStatisticsArgs {
  @Field(() => ID, { description: 'An office you work for (admins: any).' })
  officeId!: string;

  @Field({ description: 'The first local day, "YYYY-MM-DD".' })
  from!: string;

  @Field({ description: 'The last local day, "YYYY-MM-DD"; at most 30 days after `from`.' })
  to!: string;
}
