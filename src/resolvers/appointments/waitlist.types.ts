import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import {
  AcceptWaitlistOfferErrorCode,
  ConfirmWaitlistEntryErrorCode,
  DeclineWaitlistOfferErrorCode,
  JoinWaitlistErrorCode,
  LeaveWaitlistErrorCode,
} from '../../appointments/waitlist.errors.js';
import { Language } from '../../common/language.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';
import { Appointment } from './appointment.types.js';

const NO_OFFER = {
  description:
    'No live offer is yours by this entry or token: it expired (15 minutes), was declined or accepted already.',
};

export const JoinWaitlistError = userErrorType(JoinWaitlistErrorCode, {
  name: 'JoinWaitlist',
  refusalsOf: 'joinWaitlist',
  values: {
    INVALID_INPUT: {
      description:
        'A field of the input is invalid (period, times of day, offices, name, e-mail); `field` names it.',
    },
    NOT_FOUND: {
      description: 'The service does not exist, or one of the offices does not offer it.',
    },
    ALREADY_WAITING: {
      description:
        'You are on the waitlist for this service already (or your entry waits for its confirmation).',
    },
    RATE_LIMITED: {
      description:
        'Too many joins by you (10 an hour) or e-mails to the address for now; the message says when to try again.',
    },
  },
});
export type JoinWaitlistError = InstanceType<typeof JoinWaitlistError>;

export const ConfirmWaitlistEntryError = userErrorType(ConfirmWaitlistEntryErrorCode, {
  name: 'ConfirmWaitlistEntry',
  refusalsOf: 'confirmWaitlistEntry',
  values: {
    NOT_FOUND: {
      description: 'The token names no entry waiting for its confirmation (used, or unknown).',
    },
  },
});
export type ConfirmWaitlistEntryError = InstanceType<typeof ConfirmWaitlistEntryError>;

export const LeaveWaitlistError = userErrorType(LeaveWaitlistErrorCode, {
  name: 'LeaveWaitlist',
  refusalsOf: 'leaveWaitlist',
  values: {
    INVALID_INPUT: {
      description:
        'Neither or both of entryId and token, or a malformed entryId; `field` names it.',
    },
    NOT_FOUND: {
      description:
        'No entry of yours in line has this ID, or no entry in line has a link with this token.',
    },
  },
});
export type LeaveWaitlistError = InstanceType<typeof LeaveWaitlistError>;

export const AcceptWaitlistOfferError = userErrorType(AcceptWaitlistOfferErrorCode, {
  name: 'AcceptWaitlistOffer',
  refusalsOf: 'acceptWaitlistOffer',
  values: {
    INVALID_INPUT: {
      description: 'The office no longer gives appointments then (closed while it was offered).',
    },
    NOT_FOUND: NO_OFFER,
    LIMIT_REACHED: {
      description: 'The e-mail address has as many upcoming bookings as it may (3).',
    },
    HOLD_EXPIRED: { description: 'The offer expired while it was being accepted.' },
    RATE_LIMITED: {
      description:
        'Too many bookings by you or e-mails to the address for now; the message says when to try again.',
    },
  },
});
export type AcceptWaitlistOfferError = InstanceType<typeof AcceptWaitlistOfferError>;

export const DeclineWaitlistOfferError = userErrorType(DeclineWaitlistOfferErrorCode, {
  name: 'DeclineWaitlistOffer',
  refusalsOf: 'declineWaitlistOffer',
  values: {
    INVALID_INPUT: {
      description:
        'Neither or both of entryId and token, or an entryId that is no ID; `field` names it.',
    },
    NOT_FOUND: NO_OFFER,
  },
});
export type DeclineWaitlistOfferError = InstanceType<typeof DeclineWaitlistOfferError>;

@InputType({
  description:
    'What to wait for: a time of a service at one or more offices, in a period and between times of day.',
})
export class JoinWaitlistInput {
  @Field(() => ID, { description: 'The service’s global ID.' })
  serviceId!: string;

  @Field(() => [ID], {
    description: 'The offices’ global IDs (1 to 10), each of which must offer the service.',
  })
  officeIds!: string[];

  @Field(() => Date, { description: 'Offered times start at or after this (now, if earlier).' })
  startsAfter!: Date;

  @Field(() => Date, {
    description: 'Offered times start before this; at most 90 days ahead.',
  })
  endsBefore!: Date;

  @Field({
    description:
      'Local time "HH:MM" (the town hall’s clock): offered times start at or after it, e.g. "08:00".',
  })
  earliestTime!: string;

  @Field({
    description:
      'Local time "HH:MM" ("24:00" for midnight): offered times end by it, e.g. "12:00".',
  })
  latestTime!: string;

  @Field({ description: 'The name the booking will carry (1 to 200 characters).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Guests only: the address that gets the confirmation link and the offers. Ignored when signed in (the account’s address is used).',
  })
  email?: string | null;
}

@ObjectType({ description: 'Whether you joined the waitlist, or why not.' })
export class JoinWaitlistPayload {
  @Field({
    description:
      'True when a guest’s entry waits for the link in the e-mail just sent; false when signed in (in line at once) or refused.',
  })
  confirmationSent!: boolean;

  @Field({ description: 'True when the entry was made.' })
  joined!: boolean;

  @Field(() => [JoinWaitlistError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: JoinWaitlistError[];
}

@InputType({ description: 'The token of the link in the confirmation e-mail.' })
export class ConfirmWaitlistEntryInput {
  @Field({ description: 'The token of `/waitlist/confirm?token=…`: 43 characters.' })
  token!: string;
}

@ObjectType({ description: 'Whether the entry is in line now, or why not.' })
export class ConfirmWaitlistEntryPayload {
  @Field({ description: 'True when the entry took its place in line.' })
  confirmed!: boolean;

  @Field(() => [ConfirmWaitlistEntryError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: ConfirmWaitlistEntryError[];
}

@InputType({ description: 'The entry to take out of line: exactly one of entryId and token.' })
export class LeaveWaitlistInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Signed in: the global ID of one of your entries (myWaitlistEntries).',
  })
  entryId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'A guest: the token of the link in the confirmation e-mail (`/waitlist/entry?token=…`): 43 characters.',
  })
  token?: string | null;
}

@ObjectType({ description: 'Whether you left the waitlist, or why not.' })
export class LeaveWaitlistPayload {
  @Field({ description: 'True when the entry left the line (and its offer, if any, passed on).' })
  left!: boolean;

  @Field(() => [LeaveWaitlistError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: LeaveWaitlistError[];
}

@InputType({
  description:
    'Which offer: a signed-in citizen’s by its entry, or anyone’s by the token of the link in the offer’s e-mail. Exactly one.',
})
export class WaitlistOfferInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Signed in: the global ID of your entry that has the offer.',
  })
  entryId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The token of the offer’s e-mail link (`/waitlist/offer?token=…`): 43 characters.',
  })
  token?: string | null;
}

@ObjectType({ description: 'The booking made of the offer, or why not.' })
export class AcceptWaitlistOfferPayload {
  @Field(() => Appointment, { nullable: true, description: 'The booking; null when refused.' })
  appointment!: Appointment | null;

  @Field(() => [AcceptWaitlistOfferError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AcceptWaitlistOfferError[];
}

@ObjectType({ description: 'Whether the offer was declined, or why not.' })
export class DeclineWaitlistOfferPayload {
  @Field({ description: 'True when the time went on to the next in line (or is free).' })
  declined!: boolean;

  @Field(() => [DeclineWaitlistOfferError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: DeclineWaitlistOfferError[];
}

@ObjectType({ description: 'A time held for you from the waitlist until `expiresAt`.' })
export class WaitlistOffer {
  @Field(() => ID, { description: 'The global ID of the entry it was offered to.' })
  entryId!: string;

  /** Read by the `office` and `service` fields. */
  officeUuid!: string;
  serviceUuid!: string;
  lang!: Language;

  @Field(() => Date, { description: 'Start of the offered time.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'End of the offered time.' })
  endsAt!: Date;

  @Field(() => Date, {
    description:
      'Until when it is held for you (15 minutes after it was offered); then it goes to the next in line.',
  })
  expiresAt!: Date;
}

@ObjectType({ implements: Node, description: 'Your place on the waitlist for a service.' })
export class WaitlistEntry extends Node {
  /** Read by the `service` and `offices` fields. */
  serviceUuid!: string;
  officeUuids!: string[];
  lang!: Language;

  @Field(() => Date, { description: 'Offered times start at or after this.' })
  startsAfter!: Date;

  @Field(() => Date, { description: 'Offered times start before this.' })
  endsBefore!: Date;

  @Field({ description: 'Local time "HH:MM": offered times start at or after it.' })
  earliestTime!: string;

  @Field({ description: 'Local time "HH:MM": offered times end by it.' })
  latestTime!: string;

  @Field(() => Int, {
    description: 'Your place in the line of the service: 1 is next (those ahead of you, plus one).',
  })
  placeInLine!: number;

  @Field(() => Date, { description: 'When you joined.' })
  joinedAt!: Date;

  @Field(() => WaitlistOffer, {
    nullable: true,
    description: 'The time held for you now, if any: accept or decline it before it expires.',
  })
  offer!: WaitlistOffer | null;
}
