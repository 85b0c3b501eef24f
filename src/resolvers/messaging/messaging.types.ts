import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ConversationStatus } from '../../entities/messaging/conversation.entity.js';
import { MessageAuthorRole } from '../../entities/messaging/message.entity.js';
import { AnswerTemplateErrorCode, MessagingErrorCode } from '../../messaging/messaging.errors.js';
import { connectionTypes, PageArgs } from '../common/connection.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';
import { PerViewer } from '../common/viewers.js';

export const MessagingError = userErrorType(MessagingErrorCode, {
  name: 'Messaging',
  refusalsOf: 'a messaging mutation',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: {
      description: 'No such conversation (or appointment, or assignee), or not one of yours.',
    },
    FORBIDDEN: { description: 'The office is not one you work for.' },
    RATE_LIMITED: { description: 'Typing indicators come at most every 2 seconds.' },
  },
});
export type MessagingError = InstanceType<typeof MessagingError>;

registerEnumType(ConversationStatus, {
  name: 'ConversationStatus',
  description: 'Whose turn it is in a conversation.',
  valuesConfig: {
    OPEN: { description: 'Waiting for the office.' },
    WAITING_FOR_CITIZEN: { description: 'The office answered; waiting for the citizen.' },
    CLOSED: { description: 'Done; a new message reopens it.' },
  },
});
registerEnumType(MessageAuthorRole, {
  name: 'MessageAuthorRole',
  description: 'Who wrote a message.',
  valuesConfig: {
    CITIZEN: { description: 'The citizen who started the conversation.' },
    STAFF: { description: 'A staff member of the office, or an admin.' },
    SYSTEM: { description: 'Written by Rathaus, e.g. the out-of-office notice.' },
  },
});

export enum ConversationSide {
  CITIZEN = 'CITIZEN',
  OFFICE = 'OFFICE',
}
registerEnumType(ConversationSide, {
  name: 'ConversationSide',
  description: 'One of the two sides of a conversation.',
  valuesConfig: {
    CITIZEN: { description: 'The citizen.' },
    OFFICE: { description: 'The office: any of its staff, or an admin.' },
  },
});

export enum ConversationEventType {
  MESSAGE = 'MESSAGE',
  READ = 'READ',
  TYPING = 'TYPING',
  STATUS = 'STATUS',
}
registerEnumType(ConversationEventType, {
  name: 'ConversationEventType',
  description: 'What a ConversationEvent reports; it says which of its fields are set.',
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
registerEnumType(InboxAssignee, {
  name: 'InboxAssignee',
  description: 'Whose conversations the inbox lists.',
  valuesConfig: {
    ANYONE: { description: 'All, assigned or not.' },
    ME: { description: 'Those assigned to you.' },
    UNASSIGNED: { description: 'Those assigned to nobody.' },
  },
});

@ObjectType({
  implements: Node,
  description: 'A message of a conversation.',
  simpleResolvers: true,
})
export class Message extends Node {
  @Field(() => Int, { description: 'Its number in the conversation: 1, 2, 3, … without gaps.' })
  seq!: number;

  @Field({ description: 'Plain text, up to 4,000 characters.' })
  body!: string;

  @Field(() => MessageAuthorRole, {
    description: 'Who wrote it: the citizen, the office’s staff, or Rathaus itself.',
  })
  authorRole!: MessageAuthorRole;

  @Field(() => String, {
    nullable: true,
    description:
      'The author’s name; null for system messages and once the author’s account is deleted.',
  })
  authorName!: string | null;

  @Field(() => Date, { description: 'When it was created.' })
  /** A Date, or already its ISO 8601 text in UTC (as toISOString writes it). */
  createdAt!: Date | string;
}

export const { ConnectionType: MessageConnection } = connectionTypes(Message, 'Message');

@ObjectType({
  description: 'A member of staff as a conversation shows them.',
  simpleResolvers: true,
})
export class Colleague {
  @Field(() => ID, { description: 'The global ID of their account.' })
  id!: string;

  @Field({ description: 'Their name, as their account gives it.' })
  name!: string;
}

@ObjectType({
  implements: Node,
  description:
    'A conversation between a citizen and an office, optionally about an appointment. Only the citizen and the office’s staff (and admins) can read it.',
  simpleResolvers: true,
})
export class Conversation extends Node {
  @Field({
    description:
      'What it is about, as the citizen wrote it; up to 200 characters. A read by staff is recorded in the citizen’s data access log (ANSWERING_REQUEST).',
  })
  subject!: string;

  @Field(() => ConversationStatus, {
    description:
      'OPEN after the citizen writes (or when reopened after the citizen’s message), WAITING_FOR_CITIZEN after the office answers (or when reopened after its answer), CLOSED when either side closed it.',
  })
  status!: ConversationStatus;

  @Field(() => Int, { description: 'The number of the latest message.' })
  lastSeq!: number;

  @Field(() => Int, { description: 'Up to which message the citizen has read.' })
  citizenLastReadSeq!: number;

  @Field(() => Int, { description: 'Up to which message the office has read.' })
  officeLastReadSeq!: number;

  @PerViewer()
  @Field(() => Int, { description: 'Messages your side has not read yet.' })
  unreadCount!: number;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, {
    description: 'When its latest message was written, system notices included.',
  })
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

@ObjectType({ description: 'An office’s conversations for its staff.', simpleResolvers: true })
export class Inbox {
  @Field(() => Int, {
    description:
      'Conversations of the office, not closed, with messages the office has not read; whatever the filters.',
  })
  unreadConversations!: number;

  @Field(() => ConversationConnection, {
    description: 'The conversations that match the filters, latest activity first.',
  })
  conversations!: InstanceType<typeof ConversationConnection>;

  officeId!: string;
}

@ObjectType({
  description: 'What happened in a conversation; which fields are set depends on `type`.',
})
export class ConversationEvent {
  @Field(() => ConversationEventType, { description: 'What happened.' })
  type!: ConversationEventType;

  @Field(() => Message, { nullable: true, description: 'For MESSAGE: the message.' })
  message!: Message | null;

  @Field(() => ConversationSide, {
    nullable: true,
    description: 'Who read (READ) or types (TYPING).',
  })
  side!: ConversationSide | null;

  @Field(() => Int, { nullable: true, description: 'For READ: read up to this message.' })
  seq!: number | null;

  @Field(() => ConversationStatus, { nullable: true, description: 'For STATUS: the new status.' })
  status!: ConversationStatus | null;
}

@ObjectType({ description: 'A conversation of the office changed.' })
export class InboxEvent {
  @Field({
    description:
      'What changed: CREATED (a citizen started it), MESSAGE, READ (a read receipt), ASSIGNED or STATUS.',
  })
  reason!: string;

  @Field(() => Conversation, { description: 'The conversation as it is now.' })
  conversation!: Conversation;
}

@InputType({ description: 'A citizen’s first message to an office.' })
export class StartConversationInput {
  @Field(() => ID, { description: 'The global ID of the office to write to.' })
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

@ObjectType({ description: 'The conversation started, or why not.' })
export class StartConversationPayload {
  @Field(() => Conversation, {
    nullable: true,
    description: 'The conversation (for a retry, the one started first); null when refused.',
  })
  conversation!: Conversation | null;

  @Field(() => [MessagingError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: MessagingError[];
}

@InputType({ description: 'A message in one of your conversations or your office’s.' })
export class SendMessageInput {
  @Field(() => ID, { description: 'The conversation’s global ID.' })
  conversationId!: string;

  @Field({ description: 'Plain text, up to 4,000 characters.' })
  body!: string;

  @Field({
    description:
      'The client’s id for this message (up to 100 of A-Z a-z 0-9 _ : . -); sending it again returns the first message and stores nothing.',
  })
  clientMessageId!: string;
}

@ObjectType({ description: 'The message sent, or why not.' })
export class SendMessagePayload {
  @Field(() => Message, { nullable: true, description: 'The message; null when refused.' })
  message!: Message | null;

  @Field(() => [MessagingError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: MessagingError[];
}

@InputType({ description: 'How far your side has read a conversation.' })
export class MarkConversationReadInput {
  @Field(() => ID, { description: 'The conversation’s global ID.' })
  conversationId!: string;

  @Field(() => Int, {
    description:
      'The number of the last message read. A receipt never moves back; a number past the latest message counts as the latest.',
  })
  seq!: number;
}

@InputType({ description: 'The conversation to act on.' })
export class ConversationInput {
  @Field(() => ID, { description: 'The conversation’s global ID.' })
  conversationId!: string;
}

@InputType({ description: 'Who takes care of a conversation for the office.' })
export class AssignConversationInput {
  @Field(() => ID, { description: 'The conversation’s global ID.' })
  conversationId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The account’s global ID (`Colleague.id`) of a staff member of the office or an admin; null to unassign.',
  })
  assigneeId?: string | null;
}

@InputType({ description: 'Whether a conversation is done.' })
export class SetConversationStatusInput {
  @Field(() => ID, { description: 'The conversation’s global ID.' })
  conversationId!: string;

  @Field({
    description:
      'true closes it; false reopens it: OPEN when the citizen wrote last, WAITING_FOR_CITIZEN when the office did.',
  })
  closed!: boolean;
}

@ObjectType({ description: 'The conversation after the change, or why not.' })
export class ConversationPayload {
  @Field(() => Conversation, {
    nullable: true,
    description: 'The conversation; null when refused.',
  })
  conversation!: Conversation | null;

  @Field(() => [MessagingError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: MessagingError[];
}

@ObjectType({ description: 'Whether the other side was told that you are typing.' })
export class TypingPayload {
  @Field({ description: 'True when the TYPING event went out to the conversation’s subscribers.' })
  sent!: boolean;

  @Field(() => [MessagingError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: MessagingError[];
}

@ArgsType()
export class InboxArgs extends PageArgs {
  @Field(() => ID, {
    description: 'An office you work for (admins: any); another one is refused with FORBIDDEN.',
  })
  officeId!: string;

  @Field(() => ConversationStatus, {
    nullable: true,
    description: 'Only conversations with this status; every status when omitted.',
  })
  status?: ConversationStatus | null;

  @Field(() => InboxAssignee, {
    defaultValue: InboxAssignee.ANYONE,
    description: 'Whose conversations: everyone’s (default), yours, or nobody’s.',
  })
  assignee!: InboxAssignee;

  @Field({
    defaultValue: false,
    description:
      'true leaves out closed conversations (with `status` OPEN as well: those waiting for the office).',
  })
  excludeClosed!: boolean;
}

@ArgsType()
export class MessagesArgs {
  @Field(() => Int, {
    nullable: true,
    description: 'The first messages after `after`; at most 100.',
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of a message: start after it.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The last messages before `before` (or the latest); at most 100.',
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of a message: end before it.' })
  before?: string | null;
}

@ArgsType()
export class ConversationEventsArgs {
  @Field(() => ID, {
    description:
      'The global ID of a conversation of yours or your office’s; any other fails with NOT_FOUND.',
  })
  conversationId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'Replay every message after this number first (0: all); null: only what comes from now on.',
  })
  afterSeq?: number | null;

  @Field(() => ConversationStatus, {
    nullable: true,
    description:
      'The status the client shows. When the conversation’s status is another by the time the subscription has started (it changed after the client read it, or while it was offline), the first event is a STATUS event with the current one.',
  })
  shownStatus?: ConversationStatus | null;
}

export const AnswerTemplateError = userErrorType(AnswerTemplateErrorCode, {
  name: 'AnswerTemplate',
  refusalsOf: 'an answer template mutation',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: { description: 'No such template (or office), or not one of your offices’.' },
    FORBIDDEN: { description: 'The office is not one you work for.' },
    NAME_TAKEN: { description: 'The office already has a template of that name.' },
    LIMIT_REACHED: { description: 'The office already has 100 templates.' },
  },
});
export type AnswerTemplateError = InstanceType<typeof AnswerTemplateError>;

@ObjectType({
  implements: Node,
  description:
    'A ready answer of an office, which its staff insert into their answers and edit. Only the office’s staff (and admins) can read it.',
})
export class AnswerTemplate extends Node {
  @Field({ description: 'What the staff call it, up to 80 characters; unique in the office.' })
  name!: string;

  @Field({
    description:
      'The text, up to 4,000 characters. The web client replaces {name} with the citizen’s name and {me} with yours when it inserts it; the API stores it as written.',
  })
  body!: string;

  @Field(() => Date, { description: 'When it was last changed (or created).' })
  updatedAt!: Date;

  @Field(() => Colleague, {
    nullable: true,
    description: 'Who wrote its current text; null once their account is deleted.',
  })
  updatedBy!: Colleague | null;

  officeId!: string;
  updatedById!: string | null;
}

@InputType({ description: 'A new answer template of an office.' })
export class CreateAnswerTemplateInput {
  @Field(() => ID, {
    description: 'The global ID of an office you work for (admins: any).',
  })
  officeId!: string;

  @Field({ description: 'What the staff call it, 1 to 80 characters; unique in the office.' })
  name!: string;

  @Field({ description: 'The text, 1 to 4,000 characters.' })
  body!: string;
}

@InputType({ description: 'An answer template’s new name and text.' })
export class UpdateAnswerTemplateInput {
  @Field(() => ID, { description: 'The template’s global ID.' })
  id!: string;

  @Field({ description: 'What the staff call it, 1 to 80 characters; unique in the office.' })
  name!: string;

  @Field({ description: 'The text, 1 to 4,000 characters.' })
  body!: string;
}

@InputType({ description: 'The answer template to delete.' })
export class DeleteAnswerTemplateInput {
  @Field(() => ID, { description: 'The template’s global ID.' })
  id!: string;
}

@ObjectType({ description: 'The answer template after the change, or why not.' })
export class AnswerTemplatePayload {
  @Field(() => AnswerTemplate, {
    nullable: true,
    description: 'The template; null when refused.',
  })
  answerTemplate!: AnswerTemplate | null;

  @Field(() => [AnswerTemplateError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AnswerTemplateError[];
}

@ObjectType({ description: 'Which answer template was deleted, or why not.' })
export class DeleteAnswerTemplatePayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The global ID of the deleted template; null when refused.',
  })
  deletedAnswerTemplateId!: string | null;

  @Field(() => [AnswerTemplateError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AnswerTemplateError[];
}
