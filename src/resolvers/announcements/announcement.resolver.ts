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
import { announcementRoutes } from '../../announcements/announcement-events.js';
import {
  announcedSince,
  endedSince,
  type AnnouncementRecord,
} from '../../announcements/announcement.queries.js';
import {
  AnnouncementStatus,
  type AnnouncementContent,
} from '../../announcements/announcement-rules.js';
import {
  createAnnouncement,
  deleteAnnouncement,
  findAnnouncement,
  findAnnouncements,
  publishAnnouncement,
  updateAnnouncement,
  withdrawAnnouncement,
} from '../../announcements/announcement.service.js';
import { Access } from '../../auth/access.js';
import { anonymous } from '../../auth/principal.js';
import type { Language } from '../../common/language.js';
import type { AnnouncementEntity } from '../../entities/announcements/announcement.entity.js';
import { perEvent } from '../../realtime/per-event.js';
import type { AnnouncementPublished } from '../../realtime/topics.js';
import { fromLocalizedText } from '../admin/admin.mapping.js';
import { toOffice } from '../catalogue/catalogue.mapping.js';
import { AnnouncementErrorCode } from '../../announcements/announcement.errors.js';
import { Office } from '../catalogue/catalogue.types.js';
import { argumentUuid } from '../common/arguments.js';
import { asPayload, inputUuid } from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import {
  announcementCursor,
  requestedAnnouncementPage,
  toAnnouncement,
  toAnnouncementRevision,
} from './announcement.mapping.js';
import {
  Announcement,
  AnnouncementArgs,
  AnnouncementConnection,
  AnnouncementIdInput,
  AnnouncementInput,
  AnnouncementPayload,
  AnnouncementPublishedArgs,
  AnnouncementRevision,
  AnnouncementsArgs,
  AnnouncementWithdrawnArgs,
  CreateAnnouncementInput,
  DeleteAnnouncementPayload,
  PublishAnnouncementInput,
  UpdateAnnouncementInput,
} from './announcement.types.js';

function contentOf(input: AnnouncementInput): AnnouncementContent {
  return {
    ...input,
    title: fromLocalizedText(input.title),
    body: fromLocalizedText(input.body),
  };
}

function view(ctx: GraphQLContext, lang: Language = ctx.lang) {
  return { lang, now: ctx.clock(), principal: ctx.principal, publicUrl: ctx.settings.publicUrl };
}

// One event reaches every subscriber of its routing id; they share one read of the announcement.
const announcementPerEvent = perEvent<AnnouncementPublished, Promise<AnnouncementEntity | null>>();

/** The announcement of an event, if it is still visible (withdrawn ones are not sent). */
function visibleAnnouncementOf(context: GraphQLContext, event: AnnouncementPublished) {
  return announcementPerEvent(event, '', () =>
    // As the public sees it: the read is shared by every subscriber of the event.
    findAnnouncement(
      { principal: anonymous, em: context.forkEm(), clock: context.clock },
      event.announcementId,
    ),
  );
}

/**
 * The announcements that become visible, as they do (after the commit): those of the office and
 * the town-wide ones, or all when no office is named. Each event is checked against the database
 * before it is sent, so one withdrawn meanwhile is not; what it is visible to is the same for all.
 */
function publishedAnnouncements({
  args,
  context,
}: SubscribeResolverData<unknown, AnnouncementPublishedArgs, GraphQLContext>) {
  const lang = args.lang ?? context.lang;
  const officeId = args.officeId ? argumentUuid(args.officeId, 'Office', 'officeId', lang) : null;
  return context.bus.stream(
    'announcementPublished',
    announcementRoutes(officeId),
    async (event) => {
      const announcement = await visibleAnnouncementOf(context, event);
      return announcement ? [toAnnouncement(announcement, view(context, lang))] : [];
    },
    async (since) =>
      (
        await announcedPerResume(since, officeId ?? '', () =>
          announcedAfter(context, officeId, since),
        )
      ).map((announcement) => toAnnouncement(announcement, view(context, lang))),
  );
}

// After the bus lost Redis, the subscribers of one scope share each catch-up's read.
const announcedPerResume = perEvent<Date, Promise<AnnouncementRecord[]>>();
const endedPerResume = perEvent<Date, Promise<string[]>>();

function announcedAfter(context: GraphQLContext, officeId: string | null, since: Date) {
  return announcedSince(context.forkEm(), { scope: { officeId }, since, now: context.clock() });
}

/**
 * The global IDs of the announcements that are withdrawn while visible, as they are (after the
 * commit), routed as the published ones: the pages and kiosks that show one take it down.
 */
function withdrawnAnnouncements({
  args,
  context,
}: SubscribeResolverData<unknown, AnnouncementWithdrawnArgs, GraphQLContext>) {
  const officeId = args.officeId
    ? argumentUuid(args.officeId, 'Office', 'officeId', context.lang)
    : null;
  return context.bus.stream(
    'announcementWithdrawn',
    announcementRoutes(officeId),
    (event) => Promise.resolve([toGlobalId('Announcement', event.announcementId)]),
    async (since) =>
      (
        await endedPerResume(since, officeId ?? '', () =>
          endedSince(context.forkEm(), { scope: { officeId }, since, now: context.clock() }),
        )
      ).map((id) => toGlobalId('Announcement', id)),
  );
}

/** Official notices: read by everyone, written by the staff of an office (and admins for the town). */
@Resolver(() => Announcement)
export class AnnouncementResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => AnnouncementConnection, {
    description:
      'Announcements valid now, emergencies first, then by severity, then the newest first. With `statuses`, staff also list the drafts, scheduled and expired announcements of their offices (admins: all).',
  })
  async announcements(@Ctx() ctx: GraphQLContext, @Args() args: AnnouncementsArgs) {
    const lang = args.lang ?? ctx.lang;
    const page = requestedAnnouncementPage(args, lang);
    const officeId = args.officeId ? argumentUuid(args.officeId, 'Office', 'officeId', lang) : null;
    const found = await findAnnouncements(
      ctx.useCase,
      {
        officeId,
        townWide: args.townWide,
        category: args.category,
        severity: args.severity,
        statuses: args.statuses?.length ? args.statuses : [AnnouncementStatus.PUBLISHED],
      },
      page,
    );
    const edges = found.items.map(({ announcement, key }) => ({
      cursor: announcementCursor(key),
      node: toAnnouncement(announcement, view(ctx, lang)),
    }));
    return {
      edges,
      totalCount: found.totalCount,
      pageInfo: {
        hasNextPage: found.hasNextPage,
        hasPreviousPage: page.after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Authorized(Access.PUBLIC)
  @Query(() => Announcement, {
    nullable: true,
    description:
      'One announcement: visible ones for everyone, the others for those who may edit them; null otherwise.',
  })
  async announcement(
    @Ctx() ctx: GraphQLContext,
    @Args() { id, lang }: AnnouncementArgs,
  ): Promise<Announcement | null> {
    const uuid = argumentUuid(id, 'Announcement', 'id', lang ?? ctx.lang);
    const announcement = await findAnnouncement(ctx.useCase, uuid);
    return announcement && toAnnouncement(announcement, view(ctx, lang ?? ctx.lang));
  }

  @Authorized(Access.STAFF)
  @Mutation(() => AnnouncementPayload, {
    description:
      'Writes a draft for one of your offices (admins: any office, or the whole town when officeId is omitted). userErrors codes: INVALID_INPUT, NOT_FOUND (officeId), FORBIDDEN (not your office; town-wide ones only for admins).',
  })
  async createAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateAnnouncementInput, {
      description:
        'The draft: office (none: town-wide), category, severity, texts per language and validity.',
    })
    input: CreateAnnouncementInput,
  ): Promise<AnnouncementPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnnouncementErrorCode, () =>
      createAnnouncement(ctx.useCase, {
        ...contentOf(input.announcement),
        officeId: input.officeId ? inputUuid(input.officeId, 'Office', 'officeId') : null,
      }),
    );
    return { announcement: result && toAnnouncement(result, view(ctx)), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => AnnouncementPayload, {
    description:
      'Replaces what an announcement says and until when it is valid; the previous version stays in its history. userErrors codes: INVALID_INPUT, NOT_FOUND, FORBIDDEN, ALREADY_EXPIRED, EDIT_CONFLICT (changed since `expectedRevision`).',
  })
  async updateAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateAnnouncementInput, {
      description: 'Which announcement, the revision you edited, and what changes.',
    })
    input: UpdateAnnouncementInput,
  ): Promise<AnnouncementPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnnouncementErrorCode, () =>
      updateAnnouncement(ctx.useCase, {
        ...contentOf(input.announcement),
        announcementId: inputUuid(input.id, 'Announcement', 'id'),
        expectedRevision: input.expectedRevision,
      }),
    );
    return { announcement: result && toAnnouncement(result, view(ctx)), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => AnnouncementPayload, {
    description:
      'Publishes a draft now (subscribers of announcementPublished hear of it at once), or schedules it for `publishAt`; moves a scheduled one. userErrors codes: INVALID_INPUT (publishAt not before expiresAt), NOT_FOUND, FORBIDDEN, ALREADY_PUBLISHED, ALREADY_EXPIRED.',
  })
  async publishAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => PublishAnnouncementInput, {
      description: 'Which announcement to publish, now or at `publishAt`.',
    })
    input: PublishAnnouncementInput,
  ): Promise<AnnouncementPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnnouncementErrorCode, () =>
      publishAnnouncement(ctx.useCase, {
        announcementId: inputUuid(input.id, 'Announcement', 'id'),
        publishAt: input.publishAt,
      }),
    );
    return { announcement: result && toAnnouncement(result, view(ctx)), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => AnnouncementPayload, {
    description:
      'Takes an announcement back: a visible one expires now and stays in the archive, a scheduled one becomes a draft again. userErrors codes: NOT_FOUND, FORBIDDEN, NOT_PUBLISHED (a draft), ALREADY_EXPIRED.',
  })
  async withdrawAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AnnouncementIdInput, {
      description: 'Which published announcement to take down.',
    })
    input: AnnouncementIdInput,
  ): Promise<AnnouncementPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnnouncementErrorCode, () =>
      withdrawAnnouncement(ctx.useCase, {
        announcementId: inputUuid(input.id, 'Announcement', 'id'),
      }),
    );
    return { announcement: result && toAnnouncement(result, view(ctx)), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => DeleteAnnouncementPayload, {
    description:
      'Deletes a draft or a scheduled announcement with its history. What was ever published stays on record: withdraw it instead. userErrors codes: NOT_FOUND, FORBIDDEN, ALREADY_PUBLISHED.',
  })
  async deleteAnnouncement(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AnnouncementIdInput, { description: 'Which draft to delete.' })
    input: AnnouncementIdInput,
  ): Promise<DeleteAnnouncementPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnnouncementErrorCode, () =>
      deleteAnnouncement(ctx.useCase, {
        announcementId: inputUuid(input.id, 'Announcement', 'id'),
      }),
    );
    return {
      deletedAnnouncementId: result && toGlobalId('Announcement', result),
      userErrors,
    };
  }

  @Authorized(Access.PUBLIC)
  @Subscription(() => Announcement, {
    description:
      'An announcement as it becomes visible (published now, or its publishAt arrived), sent once after the commit. With officeId: that office’s and the town-wide ones (e.g. a kiosk); without: all.',
    subscribe: publishedAnnouncements,
  })
  announcementPublished(
    @Root() announcement: Announcement,
    @Args() _args: AnnouncementPublishedArgs,
  ): Announcement {
    return announcement;
  }

  @Authorized(Access.PUBLIC)
  @Subscription(() => ID, {
    description:
      'The ID of an announcement that was visible and is withdrawn, sent once after the commit: take it down. With officeId: that office’s and the town-wide ones; without: all.',
    subscribe: withdrawnAnnouncements,
  })
  announcementWithdrawn(
    @Root() announcementId: string,
    @Args() _args: AnnouncementWithdrawnArgs,
  ): string {
    return announcementId;
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'The office it concerns; null for a town-wide announcement.',
  })
  async office(
    @Root() announcement: Announcement,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Office | null> {
    if (!announcement.officeId) return null;
    const office = await ctx.loaders.office.load(announcement.officeId);
    return office && toOffice(office, announcement.lang);
  }

  @FieldResolver(() => [AnnouncementRevision], {
    nullable: true,
    description:
      'The edit history, oldest first, for those who may edit the announcement; null for everyone else.',
  })
  async revisions(
    @Root() announcement: Announcement,
    @Ctx() ctx: GraphQLContext,
  ): Promise<AnnouncementRevision[] | null> {
    if (!announcement.viewerCanEdit) return null;
    const revisions = await ctx.loaders.announcementRevisions.load(announcement.uuid);
    return revisions.map(toAnnouncementRevision);
  }
}
