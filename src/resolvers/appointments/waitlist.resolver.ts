import {
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
import {
  acceptWaitlistOffer,
  confirmWaitlistEntry,
  declineWaitlistOffer,
  joinWaitlist,
  leaveWaitlist,
  waitlistEntryOfLink,
  myWaitlistEntries,
  waitlistOffers,
  type EntryOrLink,
  type WaitlistEntryRecord,
} from '../../appointments/waitlist.service.js';
import {
  AcceptWaitlistOfferErrorCode,
  ConfirmWaitlistEntryErrorCode,
  DeclineWaitlistOfferErrorCode,
  JoinWaitlistErrorCode,
  LeaveWaitlistErrorCode,
} from '../../appointments/waitlist.errors.js';
import { Access } from '../../auth/access.js';
import { InvalidInputError, invalidField } from '../../common/domain-error.js';
import type { Language } from '../../common/language.js';
import type { WaitlistOfferEvent } from '../../realtime/topics.js';
import { toOffice, toService } from '../catalogue/catalogue.mapping.js';
import { Office, Service } from '../catalogue/catalogue.types.js';
import { asPayload, asTopLevelError, inputUuid } from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import { toAppointment } from './appointment.mapping.js';
import {
  AcceptWaitlistOfferPayload,
  ConfirmWaitlistEntryInput,
  ConfirmWaitlistEntryPayload,
  DeclineWaitlistOfferPayload,
  JoinWaitlistInput,
  JoinWaitlistPayload,
  LeaveWaitlistInput,
  LeaveWaitlistPayload,
  WaitlistEntry,
  WaitlistOffer,
  WaitlistOfferInput,
} from './waitlist.types.js';

function timeOfDay(minute: number): string {
  const hours = String(Math.floor(minute / 60)).padStart(2, '0');
  return `${hours}:${String(minute % 60).padStart(2, '0')}`;
}

function toWaitlistEntry(entry: WaitlistEntryRecord, lang: Language): WaitlistEntry {
  return {
    id: toGlobalId('WaitlistEntry', entry.id),
    serviceUuid: entry.serviceId,
    officeUuids: entry.officeIds,
    lang,
    startsAfter: entry.startsAfter,
    endsBefore: entry.endsBefore,
    earliestTime: timeOfDay(entry.earliestStartMinute),
    latestTime: timeOfDay(entry.latestEndMinute),
    placeInLine: entry.placeInLine ?? 0,
    joinedAt: entry.createdAt,
    offer: entry.offer && {
      entryId: toGlobalId('WaitlistEntry', entry.id),
      officeUuid: entry.offer.officeId,
      serviceUuid: entry.serviceId,
      lang,
      startsAt: entry.offer.startsAt,
      endsAt: entry.offer.endsAt,
      expiresAt: entry.offer.expiresAt,
    },
  };
}

function toWaitlistOffer(event: WaitlistOfferEvent, lang: Language): WaitlistOffer {
  return {
    entryId: toGlobalId('WaitlistEntry', event.entryId),
    officeUuid: event.officeId,
    serviceUuid: event.serviceId,
    lang,
    startsAt: new Date(event.startsAt),
    endsAt: new Date(event.endsAt),
    expiresAt: new Date(event.expiresAt),
  };
}

/** Exactly one of entry (signed in) and token names the entry or offer. */
function entryOrLink(input: WaitlistOfferInput | LeaveWaitlistInput): EntryOrLink {
  if (input.entryId && !input.token) {
    return { entryId: inputUuid(input.entryId, 'WaitlistEntry', 'entryId') };
  }
  if (input.token && !input.entryId) return { token: input.token };
  throw new InvalidInputError([invalidField('entryId', 'error.required')]);
}

/** waitlistOffer: the signed-in citizen's own new offers. */
function ownOffers({ context }: SubscribeResolverData<unknown, object, GraphQLContext>) {
  try {
    return waitlistOffers({ ...context.useCase, forkEm: context.forkEm });
  } catch (error) {
    throw asTopLevelError(context.lang, error);
  }
}

@Resolver(() => WaitlistEntry)
export class WaitlistResolver {
  @Authorized(Access.PERSON)
  @Mutation(() => JoinWaitlistPayload, {
    description:
      'Puts you in line for a time of a service at one or more offices, in a period and between times of day, for when none is free. When a time frees up (a cancellation, an expired hold), the first matching person in line is offered it: it is held for them for 15 minutes, they get an e-mail and, signed in, a waitlistOffer event. Signed in, you are in line at once; a guest gives an e-mail address and is in line once they follow the link e-mailed to it (confirmWaitlistEntry). One entry per person and service. userErrors codes: INVALID_INPUT, NOT_FOUND (serviceId or officeIds), ALREADY_WAITING (a guest is e-mailed the link of the entry again, with a new token), RATE_LIMITED (more than 10 joins an hour by you, or too many e-mails to the address; HTTP 429 with Retry-After). Query cost: 10. At most 3 of bookAppointment, holdSlot, joinWaitlist, cancelAppointment and the sign-up and sign-in mutations per operation.',
  })
  async joinWaitlist(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => JoinWaitlistInput, { description: 'What to wait for, and who waits.' })
    input: JoinWaitlistInput,
  ): Promise<JoinWaitlistPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, JoinWaitlistErrorCode, () =>
      joinWaitlist(ctx.useCase, {
        serviceId: inputUuid(input.serviceId, 'Service', 'serviceId'),
        officeIds: input.officeIds.map((id) => inputUuid(id, 'Office', 'officeIds')),
        startsAfter: input.startsAfter,
        endsBefore: input.endsBefore,
        earliestTime: input.earliestTime,
        latestTime: input.latestTime,
        name: input.name,
        email: input.email ?? null,
        language: ctx.lang,
      }),
    );
    return {
      joined: result !== null,
      confirmationSent: result?.confirmationSent ?? false,
      userErrors,
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => ConfirmWaitlistEntryPayload, {
    description:
      'A guest’s entry takes its place in line: the link of the e-mail joinWaitlist sent (`/waitlist/confirm?token=…`). userErrors codes: NOT_FOUND (used or unknown token).',
  })
  async confirmWaitlistEntry(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ConfirmWaitlistEntryInput, { description: 'The link’s token.' })
    input: ConfirmWaitlistEntryInput,
  ): Promise<ConfirmWaitlistEntryPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ConfirmWaitlistEntryErrorCode, () =>
      confirmWaitlistEntry(ctx.useCase, input.token),
    );
    return { confirmed: result !== null, userErrors };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => LeaveWaitlistPayload, {
    description:
      'Takes an entry out of line; a time offered to it goes to the next in line. Signed in by entryId, or as a guest by the token of the link in the confirmation e-mail (`/waitlist/entry?token=…`). userErrors codes: INVALID_INPUT (neither or both of entryId and token), NOT_FOUND (no such entry in line). By token, more than 30 links an hour by you answer HTTP 429 with Retry-After.',
  })
  async leaveWaitlist(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => LeaveWaitlistInput, { description: 'The entry.' })
    input: LeaveWaitlistInput,
  ): Promise<LeaveWaitlistPayload> {
    const { userErrors } = await asPayload(ctx.lang, LeaveWaitlistErrorCode, () =>
      leaveWaitlist(ctx.useCase, entryOrLink(input)),
    );
    return { left: userErrors.length === 0, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Query(() => [WaitlistEntry], {
    description:
      'Your entries in line (at most one per service), the oldest first, each with your place in line and the time offered to you now, if any.',
  })
  async myWaitlistEntries(@Ctx() ctx: GraphQLContext): Promise<WaitlistEntry[]> {
    const entries = await myWaitlistEntries(ctx.useCase);
    return entries.map((entry) => toWaitlistEntry(entry, ctx.lang));
  }

  @Authorized(Access.PERSON)
  @Query(() => WaitlistEntry, {
    nullable: true,
    description:
      'A guest’s entry in line by the token of the link in its confirmation e-mail (`/waitlist/entry?token=…`), with the place in line and the time offered now, if any; null when the entry is not in line (unconfirmed, left, booked) or the token is unknown. More than 30 links an hour by you answer HTTP 429 with Retry-After.',
  })
  async waitlistEntryByToken(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', { description: 'The token of the link: 43 characters.' }) token: string,
  ): Promise<WaitlistEntry | null> {
    const entry = await waitlistEntryOfLink(ctx.useCase, token);
    return entry && toWaitlistEntry(entry, ctx.lang);
  }

  @Authorized(Access.PERSON)
  @Mutation(() => AcceptWaitlistOfferPayload, {
    description:
      'Books the time offered to you from the waitlist, with the checks and the confirmation e-mail of bookAppointment; the entry leaves the line. Signed in by entryId, or by the token of the offer’s e-mail link. userErrors codes: INVALID_INPUT, NOT_FOUND (no live offer of yours), LIMIT_REACHED (3 upcoming bookings per e-mail), HOLD_EXPIRED, RATE_LIMITED (HTTP 429 with Retry-After).',
  })
  async acceptWaitlistOffer(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => WaitlistOfferInput, { description: 'Which offer.' })
    input: WaitlistOfferInput,
  ): Promise<AcceptWaitlistOfferPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AcceptWaitlistOfferErrorCode, () =>
      acceptWaitlistOffer(ctx.useCase, { ...entryOrLink(input), language: ctx.lang }),
    );
    return {
      appointment: result && toAppointment(result, ctx.lang, ctx.settings),
      userErrors,
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => DeclineWaitlistOfferPayload, {
    description:
      'Lets the time offered to you go: it goes to the next in line at once (or is free for everyone) and is not offered to you again; you keep your place in line. Signed in by entryId, or by the token of the offer’s e-mail link. userErrors codes: NOT_FOUND (no live offer of yours).',
  })
  async declineWaitlistOffer(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => WaitlistOfferInput, { description: 'Which offer.' })
    input: WaitlistOfferInput,
  ): Promise<DeclineWaitlistOfferPayload> {
    const { userErrors } = await asPayload(ctx.lang, DeclineWaitlistOfferErrorCode, () =>
      declineWaitlistOffer(ctx.useCase, entryOrLink(input)),
    );
    return { declined: userErrors.length === 0, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Subscription(() => WaitlistOffer, {
    description:
      'Each time offered to one of your waitlist entries, sent after it is committed: accept (acceptWaitlistOffer) or decline it before `expiresAt`. Only your own offers.',
    subscribe: ownOffers,
  })
  waitlistOffer(@Root() event: WaitlistOfferEvent, @Ctx() ctx: GraphQLContext): WaitlistOffer {
    return toWaitlistOffer(event, ctx.lang);
  }

  @FieldResolver(() => Service, { description: 'The service waited for.' })
  async service(@Root() entry: WaitlistEntry, @Ctx() ctx: GraphQLContext): Promise<Service> {
    const service = await ctx.loaders.service.load(entry.serviceUuid);
    if (!service) throw new Error(`Service ${entry.serviceUuid} of a waitlist entry is missing`);
    return toService(service, entry.lang);
  }

  @FieldResolver(() => [Office], { description: 'The offices at which a time is taken.' })
  async offices(@Root() entry: WaitlistEntry, @Ctx() ctx: GraphQLContext): Promise<Office[]> {
    const offices = await ctx.loaders.office.loadMany(entry.officeUuids);
    return offices.flatMap((office) =>
      office && !(office instanceof Error) ? [toOffice(office, entry.lang)] : [],
    );
  }
}

@Resolver(() => WaitlistOffer)
export class WaitlistOfferResolver {
  @FieldResolver(() => Office, { description: 'Where the offered time takes place.' })
  async office(@Root() offer: WaitlistOffer, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(offer.officeUuid);
    if (!office) throw new Error(`Office ${offer.officeUuid} of a waitlist offer is missing`);
    return toOffice(office, offer.lang);
  }

  @FieldResolver(() => Service, { description: 'The service of the offered time.' })
  async service(@Root() offer: WaitlistOffer, @Ctx() ctx: GraphQLContext): Promise<Service> {
    const service = await ctx.loaders.service.load(offer.serviceUuid);
    if (!service) throw new Error(`Service ${offer.serviceUuid} of a waitlist offer is missing`);
    return toService(service, offer.lang);
  }
}
