import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import {
  CreateAppointmentReleaseErrorCode,
  RequestReleasedTimeErrorCode,
} from '../../appointments/appointment.errors.js';
import {
  createAppointmentRelease,
  myReleaseRequests,
  releaseRequestByToken,
  requestReleasedTime,
  type ReleaseRecord,
  type ReleaseRequestRecord,
} from '../../appointments/release.service.js';
import { Access } from '../../auth/access.js';
import { toOffice, toService } from '../catalogue/catalogue.mapping.js';
import { Office, Service } from '../catalogue/catalogue.types.js';
import { asPayload, inputUuid } from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import {
  AppointmentRelease,
  CreateAppointmentReleaseInput,
  CreateAppointmentReleasePayload,
  ReleaseRequest,
  ReleaseState,
  RequestReleasedTimeInput,
  RequestReleasedTimePayload,
} from './release.types.js';

/** A release as the API shows it, with its state at `now`. */
export function toAppointmentRelease(
  release: ReleaseRecord,
  now: Date,
  publicUrl: string,
): AppointmentRelease {
  const state = release.drawnAt
    ? ReleaseState.DRAWN
    : now < release.opensAt
      ? ReleaseState.UPCOMING
      : now < release.closesAt
        ? ReleaseState.OPEN
        : ReleaseState.DRAWING;
  return {
    id: toGlobalId('AppointmentRelease', release.id),
    serviceUuid: release.serviceId,
    officeUuid: release.officeId,
    startsAt: release.startsAt,
    endsAt: release.endsAt,
    opensAt: release.opensAt,
    closesAt: release.closesAt,
    state,
    drawnAt: release.drawnAt,
    seed: release.seed,
    rulesUrl: `${publicUrl}/fair-release`,
  };
}

function toReleaseRequest(
  request: ReleaseRequestRecord,
  now: Date,
  publicUrl: string,
): ReleaseRequest {
  return {
    id: request.id,
    release: toAppointmentRelease(request.release, now, publicUrl),
    status: request.status,
    preferredDays: request.preferredDays,
    timeOfDay: request.timeOfDay,
    drawPosition: request.drawPosition,
    bookingCode: request.appointment?.code ?? null,
    appointmentStartsAt: request.appointment?.startsAt ?? null,
    createdAt: request.createdAt,
  };
}

/** Fair release: staff define it, citizens request a time, the draw gives them out. */
@Resolver(() => AppointmentRelease)
export class AppointmentReleaseResolver {
  @Authorized(Access.STAFF)
  @Mutation(() => CreateAppointmentReleasePayload, {
    description:
      'Releases the times of a service at one of your offices that start in [startsAt, endsAt) by lottery (docs/fair-release.md): they are not offered (freeSlots, bookAppointment, holdSlot) until drawn; requests are collected from opensAt for windowMinutes, then drawn once. userErrors: INVALID_INPUT, NOT_FOUND, FORBIDDEN (another office), OVERLAPPING (another release not drawn yet covers some of the times).',
  })
  async createAppointmentRelease(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateAppointmentReleaseInput, {
      description: 'The service, office, times, opening and collection window.',
    })
    input: CreateAppointmentReleaseInput,
  ): Promise<CreateAppointmentReleasePayload> {
    const { result, userErrors } = await asPayload(
      ctx.lang,
      CreateAppointmentReleaseErrorCode,
      () =>
        createAppointmentRelease(ctx.useCase, {
          serviceId: inputUuid(input.serviceId, 'Service', 'serviceId'),
          officeId: inputUuid(input.officeId, 'Office', 'officeId'),
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          opensAt: input.opensAt,
          windowMinutes: input.windowMinutes,
        }),
    );
    return {
      release: result && toAppointmentRelease(result, ctx.clock(), ctx.settings.publicUrl),
      userErrors,
    };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => RequestReleasedTimePayload, {
    description:
      'Asks for a time of a fair release while its window is open, as a guest or (signed in) for the account: one request per person (per e-mail address, case and "+tag" ignored, and per account). At the window’s end the requests are ordered by lot and each gets the earliest time left that suits it, booked with the usual confirmation e-mail; the others are told by e-mail. userErrors: INVALID_INPUT, NOT_FOUND, NOT_OPEN (before opensAt), CLOSED (window over), DUPLICATE_REQUEST, RATE_LIMITED (more than 10 an hour by you; HTTP 429 with Retry-After). Query cost: 10. At most 3 of the guarded mutations per operation.',
  })
  async requestReleasedTime(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestReleasedTimeInput, {
      description: 'The release, who is coming, and when they can come.',
    })
    input: RequestReleasedTimeInput,
  ): Promise<RequestReleasedTimePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, RequestReleasedTimeErrorCode, () =>
      requestReleasedTime(ctx.useCase, {
        ...input,
        releaseId: inputUuid(input.releaseId, 'AppointmentRelease', 'releaseId'),
        language: ctx.lang,
      }),
    );
    return {
      request: result && toReleaseRequest(result.request, ctx.clock(), ctx.settings.publicUrl),
      token: result?.token ?? null,
      userErrors,
    };
  }

  @Authorized(Access.ACCOUNT)
  @Query(() => [ReleaseRequest], {
    description: 'Your requests for times of fair releases, the latest first.',
  })
  async myReleaseRequests(@Ctx() ctx: GraphQLContext): Promise<ReleaseRequest[]> {
    const requests = await myReleaseRequests(ctx.useCase);
    const now = ctx.clock();
    return requests.map((request) => toReleaseRequest(request, now, ctx.settings.publicUrl));
  }

  @Authorized(Access.PERSON)
  @Query(() => ReleaseRequest, {
    nullable: true,
    description:
      'A request for a released time by the token requestReleasedTime gave (guests); null for any other token.',
  })
  async releaseRequest(
    @Ctx() ctx: GraphQLContext,
    @Arg('token', { description: 'The token of the request.' }) token: string,
  ): Promise<ReleaseRequest | null> {
    const request = await releaseRequestByToken(ctx.useCase, token);
    return request && toReleaseRequest(request, ctx.clock(), ctx.settings.publicUrl);
  }

  @FieldResolver(() => Service, { description: 'The service whose times are released.' })
  async service(@Root() release: AppointmentRelease, @Ctx() ctx: GraphQLContext): Promise<Service> {
    const service = await ctx.loaders.service.load(release.serviceUuid);
    if (!service) throw new Error(`Service ${release.serviceUuid} of a release is missing`);
    return toService(service, ctx.lang);
  }

  @FieldResolver(() => Office, { description: 'The office where the times are.' })
  async office(@Root() release: AppointmentRelease, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(release.officeUuid);
    if (!office) throw new Error(`Office ${release.officeUuid} of a release is missing`);
    return toOffice(office, ctx.lang);
  }
}

@Resolver(() => Service)
export class ServiceReleaseFieldsResolver {
  @FieldResolver(() => AppointmentRelease, {
    nullable: true,
    description:
      'The service’s next fair release not drawn yet (at any office), for a notice on its page that links the rule (`rulesUrl`); null when none.',
  })
  async upcomingRelease(
    @Root() service: Service,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AppointmentRelease | null> {
    const release = await ctx.loaders.upcomingRelease.load(service.uuid);
    return release && toAppointmentRelease(release, ctx.clock(), ctx.settings.publicUrl);
  }
}
