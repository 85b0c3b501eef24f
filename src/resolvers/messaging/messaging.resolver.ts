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
import { Access } from '../../auth/access.js';
import { worksFor } from '../../auth/principal.js';
import { DomainError } from '../../common/domain-error.js';
import { followConversation } from '../../messaging/conversation-replay.js';
import {
  appointmentOfConversation,
  assignConversation,
  colleaguesAt,
  conversationsOf,
  findConversation,
  inboxChangesSince,
  followerOf,
  inbox,
  markRead,
  noteConversationReads,
  sendMessage,
  setConversationStatus,
  signalTyping,
  startConversation,
  type ConversationFollower,
} from '../../messaging/messaging.service.js';
import { MessagingErrorCode } from '../../messaging/messaging.errors.js';
import { eventStream } from '../../realtime/event-stream.js';
import { perEvent } from '../../realtime/per-event.js';
import type { ConversationBusEvent, MessageData } from '../../realtime/topics.js';
import { toAppointment } from '../appointments/appointment.mapping.js';
import { Appointment } from '../appointments/appointment.types.js';
import { toOffice } from '../catalogue/catalogue.mapping.js';
import { Office } from '../catalogue/catalogue.types.js';
import { argumentUuid } from '../common/arguments.js';
import {
  numberCursor,
  PageArgs,
  pageSize,
  requestedPage,
  toConnection,
} from '../common/connection.js';
import {
  asPayload,
  asTopLevelError,
  inputUuid,
  orQueryError,
  toGraphQLError,
} from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import { toConversation, toMessage } from './messaging.mapping.js';
import {
  AssignConversationInput,
  Colleague,
  Conversation,
  ConversationConnection,
  ConversationEvent,
  ConversationEventsArgs,
  ConversationEventType,
  ConversationInput,
  ConversationPayload,
  ConversationSide,
  Inbox,
  InboxArgs,
  InboxAssignee,
  InboxEvent,
  MarkConversationReadInput,
  MessageConnection,
  MessagesArgs,
  SendMessageInput,
  SendMessagePayload,
  SetConversationStatusInput,
  StartConversationInput,
  StartConversationPayload,
  TypingPayload,
} from './messaging.types.js';
import { PerViewer, SharedAcrossSubscribers } from '../common/viewers.js';

/** Who is on each side of the conversation, as the data access log needs it. */
function conversationParties(conversation: Conversation) {
  return {
    id: conversation.uuid,
    citizenId: conversation.citizenId,
    officeId: conversation.officeId,
  };
}

const seqCursor = numberCursor('seq');

// Every subscriber of a conversation gets the same event object for one bus event, so that the
// server executes the subscription once per event (src/server/shared-subscriptions.ts).
const sharedEvents = perEvent<ConversationBusEvent, ConversationEvent>();

function sharedEvent(event: ConversationBusEvent): ConversationEvent {
  return sharedEvents(event, '', () => toEvent(event));
}

/** A bus event as the subscription delivers it. */
function toEvent(event: ConversationBusEvent): ConversationEvent {
  return {
    type: ConversationEventType[event.type],
    message: event.type === 'MESSAGE' ? toMessage(event.message) : null,
    side: event.type === 'READ' || event.type === 'TYPING' ? ConversationSide[event.side] : null,
    seq: event.type === 'READ' ? event.seq : null,
    status: event.type === 'STATUS' ? event.status : null,
  } as ConversationEvent;
}

/**
 * conversationEvents: every message after `afterSeq` from the database, then live, in order and
 * without gaps or duplicates (followConversation in src/messaging/conversation-replay.ts).
 */
function conversationEvents({
  args,
  context: ctx,
}: SubscribeResolverData<unknown, ConversationEventsArgs, GraphQLContext>) {
  const conversationId = argumentUuid(
    args.conversationId,
    'Conversation',
    'conversationId',
    ctx.lang,
  );
  return eventStream<ConversationEvent>(async (out) => {
    let follower: ConversationFollower;
    try {
      follower = await followerOf({ em: ctx.forkEm(), principal: ctx.principal }, conversationId);
    } catch (error) {
      throw asTopLevelError(ctx.lang, error);
    }
    // Not ctx.useCase: a subscription lives long, and reads each time with a fresh EntityManager.
    await followConversation(
      {
        principal: ctx.principal,
        bus: ctx.bus,
        clock: ctx.clock,
        dataAccess: ctx.dataAccess,
        forkEm: ctx.forkEm,
      },
      {
        conversationId,
        afterSeq: args.afterSeq ?? null,
        follower,
        shownStatus: args.shownStatus ?? null,
      },
      out,
      sharedEvent,
    );
  });
}

/** inboxEvents: every change of the office's conversations, for its staff. */
function inboxEvents({
  args,
  context: ctx,
}: SubscribeResolverData<unknown, { officeId: string }, GraphQLContext>) {
  const officeId = argumentUuid(args.officeId, 'Office', 'officeId', ctx.lang);
  if (!worksFor(ctx.principal, officeId)) {
    throw toGraphQLError(
      ctx.lang,
      new DomainError(MessagingErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']),
    );
  }
  // Each event reads its conversation as this member of staff sees it.
  return ctx.bus.stream(
    'inboxEvent',
    [officeId],
    async (event): Promise<InboxEvent[]> => {
      const conversation = await findConversation(
        { em: ctx.forkEm(), principal: ctx.principal },
        event.conversationId,
      );
      return conversation
        ? [{ reason: event.reason, conversation: toConversation(conversation, ctx.principal) }]
        : [];
    },
    async (since) =>
      (await inboxChangesSince(ctx, officeId, since)).map(({ conversation, change }) => ({
        reason: change,
        conversation: toConversation(conversation, ctx.principal),
      })),
  );
}

@Resolver(() => Conversation)
export class MessagingResolver {
  @Authorized(Access.ACCOUNT)
  @Query(() => ConversationConnection, {
    description: 'Your conversations with the town hall, latest first.',
  })
  async conversations(@Ctx() ctx: GraphQLContext, @Args() args: PageArgs) {
    const page = requestedPage(args, ctx.lang);
    const { conversations, totalCount } = await conversationsOf(ctx.useCase, page);
    return toConnection(
      conversations.map((c) => toConversation(c, ctx.principal)),
      page,
      totalCount,
    );
  }

  @Authorized(Access.ACCOUNT, Access.OFFICE_MESSAGES_WRITE)
  @Query(() => Conversation, {
    nullable: true,
    description:
      'One of your (or your office’s) conversations (API keys: of an office their OFFICE_MESSAGES_WRITE scope names); null for any other.',
  })
  async conversation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The conversation’s global ID.' }) id: string,
  ): Promise<Conversation | null> {
    const conversation = await findConversation(
      ctx.useCase,
      argumentUuid(id, 'Conversation', 'id', ctx.lang),
    );
    return conversation && toConversation(conversation, ctx.principal);
  }

  @Authorized(Access.STAFF, Access.OFFICE_MESSAGES_WRITE)
  @Query(() => Inbox, {
    description:
      'The conversations of one of your offices (API keys: an office their OFFICE_MESSAGES_WRITE scope names; others FORBIDDEN), filtered, latest activity first.',
  })
  async inbox(@Ctx() ctx: GraphQLContext, @Args() args: InboxArgs): Promise<Inbox> {
    const page = requestedPage(args, ctx.lang);
    const officeId = argumentUuid(args.officeId, 'Office', 'officeId', ctx.lang);
    const assignee = args.assignee === InboxAssignee.ANYONE ? null : args.assignee;
    const result = await orQueryError(ctx.lang, () =>
      inbox(
        ctx.useCase,
        { officeId, status: args.status, openOnly: args.excludeClosed, assignee },
        page,
      ),
    );
    // The page brought the names of citizens and assignees along; citizenName and assignee find
    // them in the loader instead of asking the database again.
    for (const conversation of result.conversations) {
      ctx.loaders.accountName.prime(conversation.citizenId, conversation.citizenName);
      if (conversation.assigneeId) {
        ctx.loaders.accountName.prime(conversation.assigneeId, conversation.assigneeName);
      }
    }
    return {
      officeId,
      unreadConversations: result.unreadConversations,
      conversations: toConnection(
        result.conversations.map((c) => toConversation(c, ctx.principal)),
        page,
        result.totalCount,
      ),
    };
  }

  @FieldResolver(() => Office, { description: 'The office the citizen writes to.' })
  async office(@Root() conversation: Conversation, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(conversation.officeId);
    if (!office) throw new Error(`Office ${conversation.officeId} of a conversation is missing`);
    return toOffice(office, ctx.lang);
  }

  @PerViewer()
  @FieldResolver(() => String)
  subject(@Root() conversation: Conversation, @Ctx() ctx: GraphQLContext): string {
    noteConversationReads(ctx.useCase, [conversationParties(conversation)]);
    return conversation.subject;
  }

  @PerViewer()
  @FieldResolver(() => String, {
    description:
      'The citizen’s name, as the office sees it. A read by staff is recorded in the citizen’s data access log (ANSWERING_REQUEST).',
  })
  async citizenName(
    @Root() conversation: Conversation,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string> {
    noteConversationReads(ctx.useCase, [conversationParties(conversation)]);
    return (await ctx.loaders.accountName.load(conversation.citizenId)) ?? '';
  }

  @PerViewer()
  @FieldResolver(() => Appointment, {
    nullable: true,
    description:
      'The appointment it is about; null when none (or once it is deleted). A read by staff is recorded in the citizen’s data access log (ANSWERING_REQUEST).',
  })
  async appointment(
    @Root() conversation: Conversation,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Appointment | null> {
    const appointment = await appointmentOfConversation(
      ctx.useCase,
      { ...conversationParties(conversation), appointmentId: conversation.appointmentId },
      (id) => ctx.loaders.appointment.load(id),
    );
    return appointment && toAppointment(appointment, ctx.lang, ctx.settings);
  }

  @FieldResolver(() => Colleague, {
    nullable: true,
    description: 'The staff member who takes care of it.',
  })
  async assignee(
    @Root() conversation: Conversation,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Colleague | null> {
    if (!conversation.assigneeId) return null;
    const name = await ctx.loaders.accountName.load(conversation.assigneeId);
    return { id: toGlobalId('Account', conversation.assigneeId), name: name ?? '' };
  }

  @PerViewer()
  @FieldResolver(() => MessageConnection, {
    description:
      'Its messages, oldest first: `first`/`after` page forward, `last`/`before` page back from the latest (default: the latest 50). A read by staff is recorded in the citizen’s data access log (ANSWERING_REQUEST).',
  })
  async messages(
    @Root() conversation: Conversation,
    @Ctx() ctx: GraphQLContext,
    @Args() args: MessagesArgs,
  ) {
    const fromEnd = args.first == null;
    const limit = pageSize(fromEnd ? args.last : args.first, ctx.lang, {
      argument: fromEnd ? 'last' : 'first',
      fallback: 50,
    });
    const seqOf = (cursor: string | null | undefined, argument: string) =>
      cursor == null ? undefined : seqCursor.decode(cursor, argument, ctx.lang);
    const { messages, lastSeq } = await ctx.loaders.messages.load({
      conversation: {
        id: conversation.uuid,
        citizenId: conversation.citizenId,
        officeId: conversation.officeId,
      },
      window: {
        afterSeq: seqOf(args.after, 'after'),
        beforeSeq: seqOf(args.before, 'before'),
        limit,
        fromEnd,
      },
    });
    const edges = messages.map((message: MessageData) => ({
      cursor: seqCursor.encode(message.seq),
      node: toMessage(message),
    }));
    return {
      edges,
      totalCount: lastSeq,
      pageInfo: {
        hasPreviousPage: (messages[0]?.seq ?? 1) > 1,
        hasNextPage: (messages.at(-1)?.seq ?? lastSeq) < lastSeq,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => StartConversationPayload, {
    description:
      'Writes to an office. Outside office hours the office’s automatic notice says when it answers. userErrors: INVALID_INPUT, NOT_FOUND (office or appointment).',
  })
  async startConversation(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StartConversationInput, {
      description:
        'The office to write to, the subject, the first message (with its client id) and optionally the appointment it is about.',
    })
    input: StartConversationInput,
  ): Promise<StartConversationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, MessagingErrorCode, () =>
      startConversation(ctx.useCase, {
        ...input,
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        appointmentId: input.appointmentId
          ? inputUuid(input.appointmentId, 'Appointment', 'appointmentId')
          : null,
      }),
    );
    return {
      conversation: result && toConversation(result.conversation, ctx.principal),
      userErrors,
    };
  }

  @Authorized(Access.ACCOUNT, Access.OFFICE_MESSAGES_WRITE)
  @Mutation(() => SendMessagePayload, {
    description:
      'Sends a message (API keys with OFFICE_MESSAGES_WRITE: a reply as the office, in their owner’s name, in that office’s conversations). Idempotent: the same clientMessageId again returns the first message. userErrors: INVALID_INPUT, NOT_FOUND.',
  })
  async sendMessage(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SendMessageInput, {
      description:
        'The conversation, the text, and a client-chosen id that makes a retry harmless.',
    })
    input: SendMessageInput,
  ): Promise<SendMessagePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, MessagingErrorCode, () =>
      sendMessage(ctx.useCase, {
        ...input,
        conversationId: inputUuid(input.conversationId, 'Conversation', 'conversationId'),
      }),
    );
    return { message: result && toMessage(result), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ConversationPayload, {
    description: 'Your read receipt: you have read up to `seq`. userErrors: NOT_FOUND.',
  })
  async markConversationRead(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => MarkConversationReadInput, {
      description: 'The conversation and the last message read.',
    })
    input: MarkConversationReadInput,
  ): Promise<ConversationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, MessagingErrorCode, () =>
      markRead(ctx.useCase, {
        conversationId: inputUuid(input.conversationId, 'Conversation', 'conversationId'),
        seq: input.seq,
      }),
    );
    return { conversation: result && toConversation(result, ctx.principal), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => TypingPayload, {
    description:
      'Shows the other side that you are typing; at most every 2 seconds. userErrors: RATE_LIMITED, NOT_FOUND.',
  })
  async sendTypingIndicator(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ConversationInput, {
      description: 'The conversation in which you are typing.',
    })
    input: ConversationInput,
  ): Promise<TypingPayload> {
    const { userErrors } = await asPayload(ctx.lang, MessagingErrorCode, () =>
      signalTyping(ctx.useCase, inputUuid(input.conversationId, 'Conversation', 'conversationId')),
    );
    return { sent: userErrors.length === 0, userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ConversationPayload, {
    description:
      'Assigns a conversation to yourself or a colleague of the office (null: unassigned). userErrors: NOT_FOUND.',
  })
  async assignConversation(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AssignConversationInput, {
      description: 'The conversation and the staff member who takes it on (null: nobody).',
    })
    input: AssignConversationInput,
  ): Promise<ConversationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, MessagingErrorCode, () =>
      assignConversation(ctx.useCase, {
        conversationId: inputUuid(input.conversationId, 'Conversation', 'conversationId'),
        assigneeId: input.assigneeId ? inputUuid(input.assigneeId, 'Account', 'assigneeId') : null,
      }),
    );
    return { conversation: result && toConversation(result, ctx.principal), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ConversationPayload, {
    description: 'Closes or reopens a conversation. userErrors: NOT_FOUND.',
  })
  async setConversationStatus(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SetConversationStatusInput, {
      description: 'The conversation, and whether it is closed or open again.',
    })
    input: SetConversationStatusInput,
  ): Promise<ConversationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, MessagingErrorCode, () =>
      setConversationStatus(ctx.useCase, {
        conversationId: inputUuid(input.conversationId, 'Conversation', 'conversationId'),
        closed: input.closed,
      }),
    );
    return { conversation: result && toConversation(result, ctx.principal), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @SharedAcrossSubscribers()
  @Subscription(() => ConversationEvent, {
    description:
      'The events of one conversation: first every message after `afterSeq` (from the database), then live, without gaps or duplicates. Reconnect with the last seq you have.',
    subscribe: conversationEvents,
  })
  conversationEvents(
    @Root() event: ConversationEvent,
    @Args() _args: ConversationEventsArgs,
  ): ConversationEvent {
    return event;
  }

  @Authorized(Access.STAFF)
  @Subscription(() => InboxEvent, {
    description: 'Every change of your office’s conversations, for the staff inbox.',
    subscribe: inboxEvents,
  })
  inboxEvents(
    @Root() event: InboxEvent,
    @Arg('officeId', () => ID, {
      description: 'An office you work for (admins: any); another one is refused with FORBIDDEN.',
    })
    _officeId: string,
  ): InboxEvent {
    return event;
  }
}

@Resolver(() => Inbox)
export class InboxResolver {
  @FieldResolver(() => [Colleague], {
    description:
      'The staff of the office, by name: whom its conversations can be assigned to (admins work for every office and are not listed).',
  })
  async colleagues(@Root() inbox: Inbox, @Ctx() ctx: GraphQLContext): Promise<Colleague[]> {
    const colleagues = await orQueryError(ctx.lang, () =>
      colleaguesAt(ctx.useCase, inbox.officeId),
    );
    return colleagues.map((c) => ({ id: toGlobalId('Account', c.id), name: c.name }));
  }
}
