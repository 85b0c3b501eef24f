import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConversationStatus } from '../../entities/messaging/conversation.entity.js';
import { MessageAuthorRole } from '../../entities/messaging/message.entity.js';
import { connectionTypes, PageArgs } from '../common/connection.js';
import { Node } from '../common/node.js';
import { UserError } from '../common/user-error.js';

registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  valuesConfig: {
    OPEN: { description: 'Waiting for the office.' },
    WAITING_FOR_CITIZEN: { description: 'The office answered; waiting for the citizen.' },
    CLOSED: { description: 'Done; a new message reopens it.' },
  },
});
registerEnumType(MessageAuthorRole, {
  name: 'MessageAuthorRole',
  valuesConfig: { SYSTEM: { description: 'Written by Rathaus, e.g. the out-of-office notice.' } },
});

export enum ConversationSide {
  CITIZEN = 'CITIZEN',
  OFFICE = 'OFFICE',
}
registerEnumType(ConversationSide, { name: 'ConversationSide' });

export enum ConversationEventType {
  MESSAGE = 'MESSAGE',
  READ = 'READ',
  TYPING = 'TYPING',
  STATUS = 'STATUS',
}
registerEnumType(ConversationEventType, {
  name: 'ConversationEventType',
  valuesConfig: {
    MESSAGE: { description: 'A message (replayed or new); `message` is set.' },
    READ: { description: 'A read receipt: `side` has read up to `seq`.' },
    TYPING: { description: '`side` is typing (never stored, never replayed).' },
    STATUS: { description: 'The conversation got a new `status`.' },
  },
});

export enum InboxAssignee {
  ANYONE = 'ANYONE',
  ME = 'ME',
  UNASSIGNED = 'UNASSIGNED',
}
registerEnumType(InboxAssignee, { name: 'InboxAssignee' });

@ObjectType({ implements: Node, description: 'A message of a conversation.' })
export class Message extends Node {
  @Field(() => Int, { description: 'Its number in the conversation: 1, 2, 3, … without gaps.' })
  seq!: number;

  @Field({ description: 'Plain text, up to 4,000 characters.' })
  body!: string;

  @Field(() => MessageAuthorRole)
  authorRole!: MessageAuthorRole;

  @Field(() => String, { nullable: true, description: 'Null for system messages.' })
  authorName!: string | null;

  @Field(() => Date, { description: 'When it was created.' })
  /** A Date, or already its ISO 8601 text in UTC (as toISOString writes it). */
  createdAt!: Date | string;
}

export const { ConnectionType: MessageConnection } = connectionTypes(Message, 'Message');

@ObjectType({ description: 'A member of staff as a conversation shows them.' })
export class Colleague {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({
  implements: Node,
  description: 'A conversation between a citizen and an office, optionally about an appointment.',
})
export class Conversation extends Node {
  @Field()
  subject!: string;

  @Field(() => ConversationStatus)
  status!: ConversationStatus;

  @Field(() => Int, { description: 'The number of the latest message.' })
  lastSeq!: number;

  @Field(() => Int, { description: 'Up to which message the citizen has read.' })
  citizenLastReadSeq!: number;

  @Field(() => Int, { description: 'Up to which message the office has read.' })
  officeLastReadSeq!: number;

  @Field(() => Int, { description: 'Messages your side has not read yet.' })
  unreadCount!: number;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date)
  lastMessageAt!: Date;

  uuid!: string;
  officeId!: string;
  citizenId!: string;
  assigneeId!: string | null;
  appointmentId!: string | null;
}

export const { ConnectionType: ConversationConnection } = connectionTypes(
  Conversation,
  'Conversation',
);

@ObjectType({ description: 'An office’s conversations for its staff.' })
export class Inbox {
  @Field(() => Int, { description: 'Open conversations with messages the office has not read.' })
  unreadConversations!: number;

  @Field(() => ConversationConnection)
  conversations!: InstanceType<typeof ConversationConnection>;
}

@ObjectType({
  description: 'What happened in a conversation; which fields are set depends on `type`.',
})
export class ConversationEvent {
  @Field(() => ConversationEventType)
  type!: ConversationEventType;

  @Field(() => Message, { nullable: true })
  message!: Message | null;

  @Field(() => ConversationSide, {
    nullable: true,
    description: 'Who read (READ) or types (TYPING).',
  })
  side!: ConversationSide | null;

  @Field(() => Int, { nullable: true, description: 'For READ: read up to this message.' })
  seq!: number | null;

  @Field(() => ConversationStatus, { nullable: true })
  status!: ConversationStatus | null;
}

@ObjectType({ description: 'A conversation of the office changed.' })
export class InboxEvent {
  @Field({ description: 'CREATED, MESSAGE, READ, ASSIGNED or STATUS.' })
  reason!: string;

  @Field(() => Conversation)
  conversation!: Conversation;
}

@InputType()
export class StartConversationInput {
  @Field(() => ID)
  officeId!: string;

  @Field({ description: 'What it is about, up to 200 characters.' })
  subject!: string;

  @Field({ description: 'The first message, up to 4,000 characters.' })
  body!: string;

  @Field({
    description:
      'The client’s id for this message (up to 100 of A-Z a-z 0-9 _ : . -); a retry with it returns the first result.',
  })
  clientMessageId!: string;

  @Field(() => ID, { nullable: true, description: 'One of your appointments at that office.' })
  appointmentId?: string | null;
}

@ObjectType()
export class StartConversationPayload {
  @Field(() => Conversation, { nullable: true })
  conversation!: Conversation | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class SendMessageInput {
  @Field(() => ID)
  conversationId!: string;

  @Field({ description: 'Plain text, up to 4,000 characters.' })
  body!: string;

  @Field({
    description:
      'The client’s id for this message; sending it again returns the first message and stores nothing.',
  })
  clientMessageId!: string;
}

@ObjectType()
export class SendMessagePayload {
  @Field(() => Message, { nullable: true })
  message!: Message | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class MarkConversationReadInput {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => Int, { description: 'The number of the last message read.' })
  seq!: number;
}

@InputType()
export class ConversationInput {
  @Field(() => ID)
  conversationId!: string;
}

@InputType()
export class AssignConversationInput {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'A staff member of the office; null to unassign.',
  })
  assigneeId?: string | null;
}

@InputType()
export class SetConversationStatusInput {
  @Field(() => ID)
  conversationId!: string;

  @Field({ description: 'true closes it, false reopens it.' })
  closed!: boolean;
}

@ObjectType()
export class ConversationPayload {
  @Field(() => Conversation, { nullable: true })
  conversation!: Conversation | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType()
export class TypingPayload {
  @Field()
  sent!: boolean;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@ArgsType()
export class InboxArgs extends PageArgs {
  @Field(() => ID)
  officeId!: string;

  @Field(() => ConversationStatus, { nullable: true })
  status?: ConversationStatus | null;

  @Field(() => InboxAssignee, { defaultValue: InboxAssignee.ANYONE })
  assignee!: InboxAssignee;
}

@ArgsType()
export class MessagesArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'The first messages after `after`; at most 100.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The last messages before `before` (or the latest); at most 100.',
  })
  last?: number | null;

  @Field(() => String, { nullable: true })
  before?: string | null;
}

@ArgsType()
export class ConversationEventsArgs {
  @Field(() => ID)
  conversationId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Replay every message after this number first (0: all); null: only what comes from now on.',
  })
  afterSeq?: number | null;
}
