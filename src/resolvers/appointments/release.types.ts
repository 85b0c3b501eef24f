import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  CreateAppointmentReleaseErrorCode,
  RequestReleasedTimeErrorCode,
} from '../../appointments/appointment.errors.js';
import {
  ReleaseRequestStatus,
  ReleaseTimeOfDay,
} from '../../entities/appointments/appointment-release.entity.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';

registerEnumType(ReleaseTimeOfDay, {
  name: 'ReleaseTimeOfDay',
  description: 'When in the day a requested time may start (local time of the town hall).',
  valuesConfig: {
    ANY: { description: 'Any time of the day.' },
    MORNING: { description: 'Before 12:00.' },
    AFTERNOON: { description: 'From 12:00.' },
  },
});

registerEnumType(ReleaseRequestStatus, {
  name: 'ReleaseRequestStatus',
  description: 'Where a request for a released time stands.',
  valuesConfig: {
    PENDING: { description: 'Collected; the draw follows the end of the collection window.' },
    WON: { description: 'Drawn and booked: `bookingCode` and `startsAt` name the appointment.' },
    NOT_DRAWN: {
      description:
        'Drawn when no time suiting the request was left; the times not drawn are bookable as usual.',
    },
  },
});

export enum ReleaseState {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  DRAWING = 'DRAWING',
  DRAWN = 'DRAWN',
}

registerEnumType(ReleaseState, {
  name: 'ReleaseState',
  description: 'Where a fair release stands.',
  valuesConfig: {
    UPCOMING: { description: 'Before opensAt: its times are not offered, requests not taken yet.' },
    OPEN: { description: 'Collecting requests until closesAt (requestReleasedTime).' },
    DRAWING: { description: 'The window is over; the draw follows within a minute.' },
    DRAWN: { description: 'Drawn; the times left are bookable as usual.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'Times of a service at an office released in bulk and given out by lottery among the requests of a collection window, not first-come (the rule: `rulesUrl`). Public.',
})
export class AppointmentRelease extends Node {
  serviceUuid!: string;
  officeUuid!: string;

  @Field(() => Date, { description: 'The released times are those starting from here…' })
  startsAt!: Date;

  @Field(() => Date, { description: '…until here (exclusive).' })
  endsAt!: Date;

  @Field(() => Date, {
    description: 'From when requests are collected; nothing is offered before.',
  })
  opensAt!: Date;

  @Field(() => Date, {
    description:
      'When collecting ends and the draw follows; every request until then has the same chance.',
  })
  closesAt!: Date;

  @Field(() => ReleaseState, { description: 'Where it stands now.' })
  state!: ReleaseState;

  @Field(() => Date, { nullable: true, description: 'When it was drawn; null before.' })
  drawnAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The random seed (64 hex digits) that ordered the requests, published after the draw for audit: each request’s HMAC-SHA256 of its ID under the seed, ascending. Null before.',
  })
  seed!: string | null;

  @Field({ description: 'The public page that explains the rule.' })
  rulesUrl!: string;
}

@ObjectType({ description: 'Your request for a time of a fair release.' })
export class ReleaseRequest {
  @Field(() => ID, { description: 'Opaque ID of the request.' })
  id!: string;

  @Field(() => AppointmentRelease, { description: 'The release it is for.' })
  release!: AppointmentRelease;

  @Field(() => ReleaseRequestStatus, { description: 'Where it stands.' })
  status!: ReleaseRequestStatus;

  @Field(() => [String], {
    description: 'The local days (YYYY-MM-DD) you can come on; empty: any day.',
  })
  preferredDays!: string[];

  @Field(() => ReleaseTimeOfDay, { description: 'The time of day you can come.' })
  timeOfDay!: ReleaseTimeOfDay;

  @Field(() => Int, {
    nullable: true,
    description: 'Its place in the drawn order (1 first); null before the draw.',
  })
  drawPosition!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'The booking code of the appointment it won; null unless WON.',
  })
  bookingCode!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the won appointment starts.' })
  appointmentStartsAt!: Date | null;

  @Field(() => Date, { description: 'When you made it.' })
  createdAt!: Date;
}

export const CreateAppointmentReleaseError = userErrorType(CreateAppointmentReleaseErrorCode, {
  name: 'CreateAppointmentRelease',
  refusalsOf: 'createAppointmentRelease',
  values: {
    INVALID_INPUT: { description: 'A field is invalid; `field` names it.' },
    NOT_FOUND: { description: 'The office does not offer the service (or neither exists).' },
    FORBIDDEN: { description: 'The office is not one you work for.' },
    OVERLAPPING: {
      description:
        'Another release of the service at the office, not drawn yet, covers some of these times.',
    },
  },
});
export type CreateAppointmentReleaseError = InstanceType<typeof CreateAppointmentReleaseError>;

export const RequestReleasedTimeError = userErrorType(RequestReleasedTimeErrorCode, {
  name: 'RequestReleasedTime',
  refusalsOf: 'requestReleasedTime',
  values: {
    INVALID_INPUT: { description: 'A field is invalid; `field` names it.' },
    NOT_FOUND: { description: 'There is no such release.' },
    NOT_OPEN: { description: 'Requests are taken only from the release’s opensAt.' },
    CLOSED: { description: 'The collection window is over.' },
    DUPLICATE_REQUEST: {
      description:
        'This person has a request for this release already: one per e-mail address (case and "+tag" ignored) and one per account.',
    },
    RATE_LIMITED: {
      description: 'More than 10 requests an hour by you; the message says when to try again.',
    },
  },
});
export type RequestReleasedTimeError = InstanceType<typeof RequestReleasedTimeError>;

@InputType({ description: 'A release of times to be given out by lottery.' })
export class CreateAppointmentReleaseInput {
  @Field(() => ID, { description: 'The service whose times are released.' })
  serviceId!: string;

  @Field(() => ID, { description: 'An office you work for (admins: any) that offers the service.' })
  officeId!: string;

  @Field(() => Date, { description: 'The released times start from here (at most 90 days ahead).' })
  startsAt!: Date;

  @Field(() => Date, { description: 'Until here (exclusive); at most 31 days after startsAt.' })
  endsAt!: Date;

  @Field(() => Date, {
    description: 'When requests open (not in the past); the times are not offered before.',
  })
  opensAt!: Date;

  @Field(() => Int, {
    description:
      'How long requests are collected from opensAt, in minutes (1 to 240); the window must end before startsAt.',
  })
  windowMinutes!: number;
}

@ObjectType({ description: 'What createAppointmentRelease did.' })
export class CreateAppointmentReleasePayload {
  @Field(() => AppointmentRelease, {
    nullable: true,
    description: 'The release; null when refused.',
  })
  release!: AppointmentRelease | null;

  @Field(() => [CreateAppointmentReleaseError], {
    description: 'Why it was refused; empty when not.',
  })
  userErrors!: CreateAppointmentReleaseError[];
}

@InputType({ description: 'One person’s request for a time of a fair release.' })
export class RequestReleasedTimeInput {
  @Field(() => ID, { description: 'The release (Service.upcomingRelease).' })
  releaseId!: string;

  @Field({ description: 'Who is coming; 1 to 200 characters.' })
  name!: string;

  @Field({
    description:
      'Where the result goes; one request per address (case and a "+tag" are ignored). At most 254 characters.',
  })
  email!: string;

  @Field(() => String, { nullable: true, description: 'A phone number for questions; optional.' })
  phone?: string | null;

  @Field(() => [String], {
    defaultValue: [],
    description: 'The local days (YYYY-MM-DD, at most 31) you can come on; empty: any day.',
  })
  preferredDays!: string[];

  @Field(() => ReleaseTimeOfDay, {
    defaultValue: ReleaseTimeOfDay.ANY,
    description: 'The time of day you can come.',
  })
  timeOfDay!: ReleaseTimeOfDay;
}

@ObjectType({ description: 'What requestReleasedTime did.' })
export class RequestReleasedTimePayload {
  @Field(() => ReleaseRequest, { nullable: true, description: 'The request; null when refused.' })
  request!: ReleaseRequest | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The secret to read the request’s state with later (releaseRequest(token:)); shown only here. Keep it.',
  })
  token!: string | null;

  @Field(() => [RequestReleasedTimeError], { description: 'Why it was refused; empty when not.' })
  userErrors!: RequestReleasedTimeError[];
}
