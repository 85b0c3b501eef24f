import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  BookAppointmentErrorCode,
  CancelAppointmentErrorCode,
  ConfirmBookingErrorCode,
  HoldSlotErrorCode,
  ReleaseHoldErrorCode,
  RescheduleAppointmentErrorCode,
} from '../../appointments/appointment.errors.js';
import { AppointmentStatus } from '../../entities/appointments/appointment.entity.js';
import { Language } from '../../common/language.js';
import { AccessReason } from '../../entities/accounts/data-access-log.entity.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';

/** Why a time may not be taken at all by anyone: holdSlot's, bookAppointment's, rebookAppointment's. */
const WINDOW_REFUSALS = {
  OUTSIDE_BOOKING_WINDOW: {
    description:
      'The time lies outside the service’s booking window: before its earliest day ahead, after its latest, or within its minimum notice (`Service.bookingWindow`); the message says which days can be booked.',
  },
  DAILY_CAP_REACHED: {
    description:
      'The office gives no more appointments of the service that day (`BookingWindow.dailyLimit`); choose another day.',
  },
};

/** Why any booking of a time can be refused: bookAppointment's, rebookAppointment's. */
export const BOOKING_REFUSALS = {
  ...WINDOW_REFUSALS,
  SLOT_TAKEN: { description: 'Someone was faster: the time is taken; choose another.' },
  LIMIT_REACHED: {
    description: 'The e-mail address has as many upcoming bookings as it may (3).',
  },
  RATE_LIMITED: {
    description:
      'Too many bookings by you or e-mails to the address for now; the message says when to try again.',
  },
};

export const BookAppointmentError = userErrorType(BookAppointmentErrorCode, {
  name: 'BookAppointment',
  refusalsOf: 'bookAppointment',
  values: {
    ...BOOKING_REFUSALS,
    INVALID_INPUT: {
      description:
        'A field of the input is invalid, or the office gives no appointments then; `field` names it.',
    },
    NOT_FOUND: {
      description:
        'The service or the office does not exist, or the office does not offer the service.',
    },
    IDEMPOTENCY_KEY_REUSED: {
      description: 'The idempotency key was used before for a booking with other details.',
    },
    HOLD_EXPIRED: {
      description:
        'The holdToken names no live hold of yours for this service, office and time: it expired (10 minutes), was released or replaced by a newer hold, or never existed. Hold a time again.',
    },
  },
});
export type BookAppointmentError = InstanceType<typeof BookAppointmentError>;

export const CancelAppointmentError = userErrorType(CancelAppointmentErrorCode, {
  name: 'CancelAppointment',
  refusalsOf: 'cancelAppointment',
  values: {
    INVALID_INPUT: {
      description:
        'The input names no appointment (neither ID, nor code and e-mail address, nor token).',
    },
    NOT_FOUND: { description: 'No such booking, or not one of yours.' },
    ALREADY_CANCELLED: { description: 'It is cancelled already.' },
    TOO_LATE: { description: 'It has started already.' },
    RATE_LIMITED: {
      description:
        'Too many cancellations by you or e-mails to the address for now; the message says when to try again.',
    },
  },
});
export type CancelAppointmentError = InstanceType<typeof CancelAppointmentError>;

export const RescheduleAppointmentError = userErrorType(RescheduleAppointmentErrorCode, {
  name: 'RescheduleAppointment',
  refusalsOf: 'rescheduleAppointment',
  values: {
    INVALID_INPUT: {
      description:
        'A field is invalid (startsAt in the past, idempotencyKey), the input names no appointment, the appointment is cancelled or has begun (field names how it was named), or the office gives no appointments then; `field` names it.',
    },
    NOT_FOUND: { description: 'No such booking, or not one of yours.' },
    SLOT_TAKEN: {
      description: 'Someone was faster: the new time is taken; the appointment keeps its old time.',
    },
    ...WINDOW_REFUSALS,
    HOLD_EXPIRED: {
      description:
        'The holdToken names no live hold of yours for this service, office and time; the appointment keeps its old time. Hold the time again.',
    },
    IDEMPOTENCY_KEY_REUSED: {
      description: 'The idempotency key was used before for another appointment or time.',
    },
    RATE_LIMITED: {
      description:
        'Too many reschedulings by you (10 an hour) or e-mails to the address for now; the message says when to try again.',
    },
  },
});
export type RescheduleAppointmentError = InstanceType<typeof RescheduleAppointmentError>;

export const HoldSlotError = userErrorType(HoldSlotErrorCode, {
  name: 'HoldSlot',
  refusalsOf: 'holdSlot',
  values: {
    INVALID_INPUT: {
      description: 'The start is in the past, or not a time the office gives; `field` names it.',
    },
    ...WINDOW_REFUSALS,
    NOT_FOUND: {
      description:
        'The service or the office does not exist, or the office does not offer the service.',
    },
    SLOT_TAKEN: {
      description: 'Every counter is booked or held at that time; choose another.',
    },
    RATE_LIMITED: {
      description:
        'Too many holds by you for now (30 an hour); the message says when to try again.',
    },
  },
});
export type HoldSlotError = InstanceType<typeof HoldSlotError>;

export const ReleaseHoldError = userErrorType(ReleaseHoldErrorCode, {
  name: 'ReleaseHold',
  refusalsOf: 'releaseHold',
  values: {
    NOT_FOUND: {
      description:
        'No hold of yours has this token: it expired, was released or replaced, or never existed.',
    },
  },
});
export type ReleaseHoldError = InstanceType<typeof ReleaseHoldError>;

export const ConfirmBookingError = userErrorType(ConfirmBookingErrorCode, {
  name: 'ConfirmBooking',
  refusalsOf: 'confirmBooking',
  values: {
    NOT_FOUND: {
      description:
        'The link is not valid, or its booking lapsed (not confirmed within 30 minutes) or is gone: book again.',
    },
  },
});
export type ConfirmBookingError = InstanceType<typeof ConfirmBookingError>;

/**
 * The statuses an appointment shows: a HELD row is a time, not an appointment, and never
 * reaches the API as one (SlotHold instead). UNCONFIRMED reaches it only as bookAppointment's
 * answer: every look-up leaves such bookings out until confirmed.
 */
const ShownAppointmentStatus = {
  BOOKED: AppointmentStatus.BOOKED,
  CANCELLED: AppointmentStatus.CANCELLED,
  UNCONFIRMED: AppointmentStatus.UNCONFIRMED,
} as const;

registerEnumType(ShownAppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'Whether an appointment still stands.',
  valuesConfig: {
    BOOKED: { description: 'Booked and upcoming or due.' },
    CANCELLED: { description: 'Cancelled; the time is free again.' },
    UNCONFIRMED: {
      description:
        'A guest’s booking of a scarce service (Service.scarce) waiting for its e-mail address to be confirmed: the time is taken, but the booking counts only once the link in the e-mail is opened (confirmBooking) by BookAppointmentPayload.confirmBy, 30 minutes after booking; otherwise it lapses, the time is free again and the guest is told by e-mail. Only bookAppointment answers with it.',
    },
  },
});

@ObjectType({ description: 'A bookable time of a service at an office.' })
export class Slot {
  @Field(() => Date, { description: 'Start of the appointment.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End: the start plus the service’s duration.' })
  endsAt!: Date;

  @Field(() => Int, {
    description: 'How many counters are free at this time; 0 when all are taken.',
  })
  available!: number;
}

@ObjectType({
  description:
    'A booking or cancellation at an office, after it is committed: when, without who. Read officeAppointments again for the time it touches.',
})
export class OfficeAppointmentsChange {
  @Field(() => Date, { description: 'Start of the booked or cancelled time.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End of the booked or cancelled time.' })
  endsAt!: Date;
}

@ObjectType({ description: 'The new availability of one slot, after a booking or cancellation.' })
export class SlotAvailabilityChange {
  @Field(() => Date, { description: 'Start of the slot, the same instant as in freeSlots.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End of the slot: the start plus the service’s duration.' })
  endsAt!: Date;

  @Field(() => Int, { description: 'How many counters are free at this time now.' })
  available!: number;
}

@ObjectType({
  implements: Node,
  description:
    'A booked appointment. Only whoever booked it (booking code and e-mail address, or the account it belongs to) and the staff of its office (officeAppointments) can read it.',
})
export class Appointment extends Node {
  @Field({ description: '8 characters without look-alikes; quoted at the kiosk and on the phone.' })
  code!: string;

  @Field(() => ShownAppointmentStatus, {
    description: 'BOOKED until cancelled; past appointments stay BOOKED.',
  })
  status!: AppointmentStatus;

  @Field(() => Date, { description: 'When the citizen is expected.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When the appointment ends.' })
  endsAt!: Date;

  @Field({ description: 'Name of the person who comes.' })
  name!: string;

  @Field({ description: 'E-mail address it was booked with (lower-case).' })
  email!: string;

  @Field(() => String, { nullable: true, description: 'Phone number, when given.' })
  phone!: string | null;

  @Field(() => Date, { description: 'When it was booked.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was cancelled; null while booked.' })
  cancelledAt!: Date | null;

  @Field({
    description:
      'Link to the iCalendar (.ics) file of this appointment, with `lang` for its texts. It carries a token signed by the server for this appointment (no code, no e-mail address): whoever has the link can download the file, but not see or cancel the appointment with it.',
  })
  calendarUrl!: string;

  /** The appointment's UUID, for the loaders of its counter and ticket. */
  appointmentId!: string;
  serviceId!: string;
  officeId!: string;
  counterId!: string;
  lang!: Language;
}

@InputType({
  description:
    'What to book and for whom. Signed in, the booking also belongs to your account; otherwise it is a guest booking.',
})
export class BookAppointmentInput {
  @Field(() => ID, { description: 'The service’s global ID.' })
  serviceId!: string;

  @Field(() => ID, { description: 'The office’s global ID; it must offer the service.' })
  officeId!: string;

  @Field(() => Date, {
    description: 'Start of a slot returned by freeSlots; in the future, at most 90 days ahead.',
  })
  startsAt!: Date;

  @Field({ description: 'Name of the person who comes; at most 200 characters.' })
  name!: string;

  @Field({
    description:
      'E-mail address of the person who comes, up to 254 characters: the confirmation goes there, in the language of the request (Accept-Language). With the code it identifies the booking (look-up, cancellation, calendar file); at most 3 upcoming bookings per address.',
  })
  email!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Phone number for questions, optional: 5 to 30 digits, spaces and ( ) / -, after an optional leading +.',
  })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key of the client’s choice (up to 200 of A-Z a-z 0-9 - _ : .) that makes retries safe: the same key returns the first booking.',
  })
  idempotencyKey?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The token of your hold of this time (holdSlot.hold.token): the booking takes the held time, with the same serviceId, officeId and startsAt, within 10 minutes of holding it; a signed-in citizen’s hold only for the same account. An expired, released or unknown hold is HOLD_EXPIRED. Without it the time is booked if it is free (neither booked nor held).',
  })
  holdToken?: string | null;
}

@ObjectType({ description: 'The booking made, or why it was refused.' })
export class BookAppointmentPayload {
  @Field(() => Appointment, { nullable: true, description: 'The booking; null when refused.' })
  appointment!: Appointment | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the booking is UNCONFIRMED: until when the link in the e-mail sent to its address must be opened (30 minutes), or the booking lapses and its time is free again. Tell the citizen to open their e-mail now. Null when the booking is confirmed (BOOKED).',
  })
  confirmBy!: Date | null;

  @Field(() => [BookAppointmentError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: BookAppointmentError[];
}

@InputType({ description: 'The link that confirms a booking’s e-mail address.' })
export class ConfirmBookingInput {
  @Field({
    description:
      'The token of the link in the e-mail (`/appointment/confirm?token=…`): 43 characters, signed by the server for this booking.',
  })
  token!: string;
}

@ObjectType({ description: 'The confirmed booking, or why it could not be confirmed.' })
export class ConfirmBookingPayload {
  @Field(() => Appointment, {
    nullable: true,
    description:
      'The booking, now BOOKED (also when the link was opened before); null when refused.',
  })
  appointment!: Appointment | null;

  @Field(() => [ConfirmBookingError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: ConfirmBookingError[];
}

@InputType({
  description:
    'Cancels a booking: a guest names it by code and e-mail address or by the token of the link in its e-mails, a signed-in owner by its ID.',
})
export class CancelAppointmentInput {
  @Field(() => ID, { nullable: true, description: 'The appointment’s ID (signed-in owners).' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The booking code (guests); case, spaces and dashes do not matter.',
  })
  code?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The e-mail address it was booked with (guests).',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The token of the link in the appointment’s e-mails (`/appointment?token=…`), instead of code and e-mail address; a token that was not made for this, or was changed, is NOT_FOUND.',
  })
  token?: string | null;
}

@ObjectType({ description: 'The cancelled appointment, or why it could not be cancelled.' })
export class CancelAppointmentPayload {
  @Field(() => Appointment, {
    nullable: true,
    description: 'The cancelled appointment; null when refused.',
  })
  appointment!: Appointment | null;

  @Field(() => [CancelAppointmentError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: CancelAppointmentError[];
}

@InputType({
  description:
    'Moves a booking to another time of the same service at the same office: named as for cancelAppointment (a guest by code and e-mail address or the token of the link in its e-mails, a signed-in owner by its ID). Another service or office is a new booking.',
})
export class RescheduleAppointmentInput {
  @Field(() => ID, { nullable: true, description: 'The appointment’s ID (signed-in owners).' })
  id?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The booking code (guests); case, spaces and dashes do not matter.',
  })
  code?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The e-mail address it was booked with (guests).',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The token of the link in the appointment’s e-mails (`/appointment?token=…`), instead of code and e-mail address.',
  })
  token?: string | null;

  @Field(() => Date, {
    description:
      'The new start: a slot start returned by freeSlots for the appointment’s service and office, in the future, at most 90 days ahead. Its current start changes nothing and sends no e-mail.',
  })
  startsAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'The token of your hold of the new time (holdSlot.hold.token): the appointment takes the held time. An expired, released or unknown hold is HOLD_EXPIRED. Without it the appointment moves if the time is free.',
  })
  holdToken?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A key of the client’s choice (up to 200 of A-Z a-z 0-9 - _ : .) that makes retries safe: a retry with the same key answers the appointment as it is instead of moving it again.',
  })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The appointment at its new time, or why it kept its old one.' })
export class RescheduleAppointmentPayload {
  @Field(() => Appointment, {
    nullable: true,
    description: 'The appointment (same ID and booking code) at its new time; null when refused.',
  })
  appointment!: Appointment | null;

  @Field(() => [RescheduleAppointmentError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: RescheduleAppointmentError[];
}

@ArgsType()
export class FreeSlotsArgs {
  @Field(() => ID, { description: 'The service’s global ID.' })
  serviceId!: string;

  @Field(() => ID, { description: 'The office’s global ID.' })
  officeId!: string;

  @Field(() => Date, { description: 'First slot start to include.' })
  from!: Date;

  @Field(() => Date, {
    description: 'Slot starts before this instant; at most 31 days after `from`.',
  })
  to!: Date;
}

@ArgsType()
export class AppointmentLookupArgs {
  @Field({ description: 'The booking code; case, spaces and dashes do not matter.' })
  code!: string;

  @Field({ description: 'The e-mail address the appointment was booked with.' })
  email!: string;

  @Field(() => Language, { nullable: true, description: 'Language of the texts.' })
  lang?: Language | null;
}

@ArgsType()
export class AppointmentByTokenArgs {
  @Field({
    description:
      'The token of the link in the appointment’s e-mails (`/appointment?token=…`): 43 characters.',
  })
  token!: string;

  @Field(() => Language, { nullable: true, description: 'Language of the texts.' })
  lang?: Language | null;
}

@ArgsType()
export class SlotAvailabilityArgs {
  @Field(() => ID, { description: 'The service’s global ID.' })
  serviceId!: string;

  @Field(() => ID, { description: 'The office’s global ID.' })
  officeId!: string;
}

@ArgsType()
export class OfficeAppointmentsArgs {
  @Field(() => ID, {
    description: 'An office you work for (admins: any); another one is refused with FORBIDDEN.',
  })
  officeId!: string;

  @Field(() => Date, { description: 'The first appointment start to include.' })
  from!: Date;

  @Field(() => Date, {
    description: 'Appointments starting before this instant; at most 31 days after `from`.',
  })
  to!: Date;

  @Field(() => AccessReason, { description: 'Why you read the citizens’ details.' })
  reason!: AccessReason;
}

@InputType({ description: 'The time to hold: a slot of freeSlots.' })
export class HoldSlotInput {
  @Field(() => ID, { description: 'The service’s global ID.' })
  serviceId!: string;

  @Field(() => ID, { description: 'The office’s global ID; it must offer the service.' })
  officeId!: string;

  @Field(() => Date, {
    description: 'Start of a slot returned by freeSlots; in the future, at most 90 days ahead.',
  })
  startsAt!: Date;
}

@ObjectType({
  description:
    'A time held for you for 10 minutes while you enter your details: everyone else sees it as taken. Confirm it with bookAppointment(input: { holdToken }) or give it back with releaseHold.',
})
export class SlotHold {
  @Field(() => ID, {
    description:
      'The global ID the appointment has once the hold is confirmed (the same row); until then node() finds nothing for it. It proves nothing: the token does.',
  })
  id!: string;

  @Field({
    description:
      'The secret that confirms (bookAppointment) or releases (releaseHold) this hold: 43 characters. Whoever has it can book the time, so keep it in the client only. A signed-in citizen’s hold also needs the same account.',
  })
  token!: string;

  @Field(() => Date, { description: 'Start of the held time.' })
  startsAt!: Date;

  @Field(() => Date, {
    description: 'End of the held time: the start plus the service’s duration.',
  })
  endsAt!: Date;

  @Field(() => Date, {
    description: 'When the hold ends (10 minutes after it was made) and the time is free again.',
  })
  expiresAt!: Date;
}

@ObjectType({ description: 'The held time, or why it could not be held.' })
export class HoldSlotPayload {
  @Field(() => SlotHold, { nullable: true, description: 'The hold; null when refused.' })
  hold!: SlotHold | null;

  @Field(() => [HoldSlotError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: HoldSlotError[];
}

@InputType({ description: 'The hold to give back.' })
export class ReleaseHoldInput {
  @Field({ description: 'The token of the hold (SlotHold.token).' })
  token!: string;
}

@ObjectType({ description: 'Whether the hold was released, or why not.' })
export class ReleaseHoldPayload {
  @Field({ description: 'True when the hold was released and its time is free again.' })
  released!: boolean;

  @Field(() => [ReleaseHoldError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: ReleaseHoldError[];
}
