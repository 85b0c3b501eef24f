import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  CancelOfficeAppointmentsErrorCode,
  RebookAppointmentErrorCode,
} from '../../appointments/appointment.errors.js';
import { userErrorType } from '../common/user-error.js';
import { Appointment, BOOKING_REFUSALS, Slot } from './appointment.types.js';

export const CancelOfficeAppointmentsError = userErrorType(CancelOfficeAppointmentsErrorCode, {
  name: 'CancelOfficeAppointments',
  refusalsOf: 'cancelOfficeAppointments',
  values: {
    INVALID_INPUT: {
      description: 'The period (at most 31 days) or the message is invalid; `field` names it.',
    },
    NOT_FOUND: { description: 'The counter is not one of the office’s.' },
    FORBIDDEN: { description: 'The office is not one you work for.' },
    RATE_LIMITED: {
      description:
        'Too many cancellations of whole periods from your address for now; the message says when to try again.',
    },
  },
});
export type CancelOfficeAppointmentsError = InstanceType<typeof CancelOfficeAppointmentsError>;

export const RebookAppointmentError = userErrorType(RebookAppointmentErrorCode, {
  name: 'RebookAppointment',
  refusalsOf: 'rebookAppointment',
  values: {
    INVALID_INPUT: {
      description: 'The time is invalid, or the office gives no appointments then.',
    },
    NOT_FOUND: {
      description: 'The link is not valid, or names no appointment the office cancelled.',
    },
    ...BOOKING_REFUSALS,
    ALREADY_REBOOKED: {
      description: 'A new time was booked with this link already (`rebookOffer` names it).',
    },
  },
});
export type RebookAppointmentError = InstanceType<typeof RebookAppointmentError>;

@InputType({
  description:
    'Cancels the booked appointments of an office (or of one of its counters) that start in a period and have not begun, e.g. for illness or a closure.',
})
export class CancelOfficeAppointmentsInput {
  @Field(() => ID, { description: 'An office you work for (admins: any).' })
  officeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this counter’s appointments; all of the office’s when omitted.',
  })
  counterId?: string | null;

  @Field(() => Date, { description: 'Start of the period (inclusive).' })
  from!: Date;

  @Field(() => Date, {
    description: 'End of the period (exclusive); at most 31 days after `from`.',
  })
  to!: Date;

  @Field({
    description:
      'What the office tells every citizen, in the e-mail and on the rebooking page; 1 to 1000 characters.',
  })
  message!: string;
}

@ObjectType({ description: 'What cancelOfficeAppointments did.' })
export class CancelOfficeAppointmentsPayload {
  @Field(() => Int, {
    nullable: true,
    description: 'How many appointments were cancelled (and citizens told); null when refused.',
  })
  cancelledCount!: number | null;

  @Field(() => [CancelOfficeAppointmentsError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: CancelOfficeAppointmentsError[];
}

@ObjectType({
  description:
    'What the link in the e-mail about an appointment the office cancelled offers: the appointment, the office’s message, and the next free times to book one in its place with one click.',
})
export class RebookOffer {
  @Field(() => Appointment, { description: 'The appointment the office cancelled.' })
  cancelledAppointment!: Appointment;

  @Field({ description: 'What the office told the citizen.' })
  message!: string;

  @Field(() => [Slot], {
    description:
      'Up to six free times of the same service at the same office, the earliest first (up to eight weeks ahead); empty once rebooked.',
  })
  times!: Slot[];

  @Field(() => Appointment, {
    nullable: true,
    description: 'The appointment booked with this link; null while there is none.',
  })
  rebookedAppointment!: Appointment | null;
}

@InputType({
  description:
    'Books a new time in place of an appointment the office cancelled, for the same person, service and office.',
})
export class RebookAppointmentInput {
  @Field({ description: 'The token of the link in the office’s e-mail.' })
  token!: string;

  @Field(() => Date, { description: 'One of the offered times (`RebookOffer.times`).' })
  startsAt!: Date;
}

@ObjectType({ description: 'What rebookAppointment booked.' })
export class RebookAppointmentPayload {
  @Field(() => Appointment, { nullable: true, description: 'The new booking; null when refused.' })
  appointment!: Appointment | null;

  @Field(() => [RebookAppointmentError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: RebookAppointmentError[];
}
