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
import { dataAccessPerEvent } from '../../accounts/data-access.service.js';
import { Access } from '../../auth/access.js';
import { AccessChannel, AccessReason } from '../../entities/accounts/data-access-log.entity.js';
import { worksFor } from '../../auth/principal.js';
import { DomainError } from '../../common/domain-error.js';
import {
  assignConversation,
  conversationsOf,
  findConversation,
  inbox,
  lastSeqOf,
  markRead,
  messagesOf,
  noteConversationReads,
  sendMessage,
  setConversationStatus,
  signalTyping,
  startConversation,
  touchCitizenPresence,
  type MessagingDeps,
} from '../../messaging/messaging.service.js';
import { MessagingErrorCode } from '../../messaging/messaging.errors.js';
import { PRESENCE_TTL_MS } from '../../messaging/messaging-rules.js';
import { EventStream, eventStream } from '../../realtime/event-stream.js';
import { perEvent } from '../../realtime/per-event.js';
import type { ConversationBusEvent, MessageData } from '../../realtime/topics.js';
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

function deps(ctx: GraphQLContext, em = ctx.em): MessagingDeps {
  return { em, clock: ctx.clock, bus: ctx.bus, settings: { timeZone: ctx.settings.timeZone } };
}

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

// A live message to the staff following a conversation on this instance: one INSERT into the
// data access log for all of them.
const liveReads = dataAccessPerEvent<ConversationBusEvent>();

/**
 * conversationEvents: first every message after `afterSeq` from the database, then live. The bus
 * listener is opened (and confirmed) before the replay is read, and messages are passed on only in
 * order: one already sent is dropped, a gap is filled from the database while later events wait.
 * So a client that reconnects with the last number it has gets everything once, in order. For
 * the citizen, live events pass through synchronously (no promise per subscriber and event); for
 * staff, each message is first written to the citizen's data access log (replayed ones once per
 * batch read, live ones once per event for all staff on this instance), and every event waits
 * for the messages before it.
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
    let access: Awaited<ReturnType<typeof lastSeqOf>>;
    try {
      access = await lastSeqOf(ctx.forkEm(), ctx.principal, conversationId);
    } catch (error) {
      throw asTopLevelError(ctx.lang, error);
    }
    let last = args.afterSeq ?? access.lastSeq;
    const { principal } = ctx;
    const staff = access.side === 'OFFICE' && principal.kind === 'account' ? principal : null;
    const deliver = (event: ConversationEvent, recorded: Promise<void> | null) => {
      if (!staff) out.push(event);
      else {
        out.inOrder(async () => {
          await recorded;
          out.push(event);
        });
      }
    };
    // Noted while the bus hands the event to every subscriber, so that one INSERT writes all.
    const recordLive = (event: ConversationBusEvent): Promise<void> | null => {
      if (!staff || event.type !== 'MESSAGE') return null;
      const written = liveReads(event, ctx.forkEm, {
        actorId: staff.accountId,
        citizenId: access.citizenId,
        subject: `CONVERSATION:${conversationId}`,
        reason: AccessReason.ANSWERING_REQUEST,
        channel: AccessChannel.WEBSOCKET,
        accessedAt: ctx.clock(),
      });
      // Awaited in order by `deliver`, which ends the stream when the log cannot be written.
      written.catch(() => undefined);
      return written;
    };
    // Non-null while messages are read from the database: live events wait here meanwhile.
    let waiting: ConversationBusEvent[] | null = [];
    // Passes one live event on; at a gap, starts filling it and returns true: the event and
    // `rest` wait for the fill.
    const pass = (event: ConversationBusEvent, rest: ConversationBusEvent[] = []) => {
      if (event.type !== 'MESSAGE') {
        deliver(sharedEvent(event), null);
        return false;
      }
      const { seq } = event.message;
      if (seq <= last) return false;
      if (seq > last + 1) {
        waiting = [event, ...rest];
        void fill(seq - 1);
        return true;
      }
      deliver(sharedEvent(event), recordLive(event));
      last = seq;
      return false;
    };
    const readUntil = async (untilSeq: number) => {
      while (last < untilSeq && !out.closed) {
        const em = ctx.forkEm();
        const { messages } = await messagesOf({ em, dataAccess: ctx.dataAccess }, ctx.principal, {
          conversationId,
          afterSeq: last,
          beforeSeq: untilSeq + 1,
          limit: 100,
        });
        if (messages.length === 0) break;
        await ctx.dataAccess.flush(em);
        for (const message of messages) {
          deliver(toEvent({ type: 'MESSAGE', message }), null);
          last = message.seq;
        }
      }
    };
    const resume = () => {
      const events = waiting ?? [];
      waiting = null;
      for (const [index, event] of events.entries()) {
        if (pass(event, events.slice(index + 1))) return;
      }
    };
    const fill = async (untilSeq: number) => {
      try {
        await readUntil(untilSeq);
      } catch (error) {
        out.end(error);
        return;
      }
      // Messages that could not be read (deleted meanwhile) are not waited for.
      last = Math.max(last, untilSeq);
      resume();
    };
    const listening = ctx.bus.listen('conversationEvent', conversationId, (event) => {
      if (!waiting) pass(event);
      else if (waiting.length < EventStream.MAX_WAITING) waiting.push(event);
      else out.end();
    });
    out.onClose(() => listening.close());
    await listening.ready;
    if (access.side === 'CITIZEN' && !out.closed) {
      const beat = () =>
        touchCitizenPresence(ctx.forkEm(), conversationId, ctx.clock()).catch(() => undefined);
      const presence = setInterval(beat, PRESENCE_TTL_MS / 2);
      presence.unref();
      out.onClose(() => clearInterval(presence));
      await beat();
    }
    await readUntil(Number.MAX_SAFE_INTEGER);
    resume();
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
  return ctx.bus.stream('inboxEvent', [officeId], async (event): Promise<InboxEvent[]> => {
    const conversation = await findConversation(ctx.forkEm(), ctx.principal, event.conversationId);
    return conversation
      ? [{ reason: event.reason, conversation: toConversation(conversation, ctx.principal) }]
      : [];
  });
}

@Resolver(() => Conversation)
export class MessagingResolver {
  @Authorized(Access.ACCOUNT)
  @Query(() => ConversationConnection, {
    description: 'Your conversations with the town hall, latest first.',
  })
  async conversations(@Ctx() ctx: GraphQLContext, @Args() args: PageArgs) {
    const page = requestedPage(args, ctx.lang);
    if (ctx.principal.kind !== 'account') throw new Error('conversations without an account');
    const { conversations, totalCount } = await conversationsOf(
      ctx.em,
      ctx.principal.accountId,
      page,
    );
    return toConnection(
      conversations.map((c) => toConversation(c, ctx.principal)),
      page,
      totalCount,
    );
  }

  @Authorized(Access.ACCOUNT)
  @Query(() => Conversation, {
    nullable: true,
    description: 'One of your (or your office’s) conversations; null for any other.',
  })
  async conversation(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The conversation’s global ID.' }) id: string,
  ): Promise<Conversation | null> {
    const conversation = await findConversation(
      ctx.em,
      ctx.principal,
      argumentUuid(id, 'Conversation', 'id', ctx.lang),
    );
    return conversation && toConversation(conversation, ctx.principal);
  }

  @Authorized(Access.STAFF)
  @Query(() => Inbox, {
    description: 'The conversations of one of your offices, filtered, latest activity first.',
  })
  async inbox(@Ctx() ctx: GraphQLContext, @Args() args: InboxArgs): Promise<Inbox> {
    const page = requestedPage(args, ctx.lang);
    const officeId = argumentUuid(args.officeId, 'Office', 'officeId', ctx.lang);
    const assignee = args.assignee === InboxAssignee.ANYONE ? null : args.assignee;
    const result = await orQueryError(ctx.lang, () =>
      inbox(ctx.em, ctx.principal, { officeId, status: args.status, assignee }, page),
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
    noteConversationReads(ctx.dataAccess, ctx.principal, [conversationParties(conversation)]);
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
    noteConversationReads(ctx.dataAccess, ctx.principal, [conversationParties(conversation)]);
    return (await ctx.loaders.accountName.load(conversation.citizenId)) ?? '';
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
    const { result, userErrors } = await asPayload(ctx.lang, MessagingErrorCode, () => {
      if (ctx.principal.kind !== 'account') throw new Error('startConversation without an account');
      return startConversation(deps(ctx), ctx.principal, {
        ...input,
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
        appointmentId: input.appointmentId
          ? inputUuid(input.appointmentId, 'Appointment', 'appointmentId')
          : null,
      });
    });
    return {
      conversation: result && toConversation(result.conversation, ctx.principal),
      userErrors,
    };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => SendMessagePayload, {
    description:
      'Sends a message. Idempotent: the same clientMessageId again returns the first message. userErrors: INVALID_INPUT, NOT_FOUND.',
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
      sendMessage(deps(ctx), ctx.principal, {
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
      markRead(deps(ctx), ctx.principal, {
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
      signalTyping(
        deps(ctx),
        ctx.principal,
        inputUuid(input.conversationId, 'Conversation', 'conversationId'),
      ),
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
      assignConversation(deps(ctx), ctx.principal, {
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
      setConversationStatus(deps(ctx), ctx.principal, {
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
