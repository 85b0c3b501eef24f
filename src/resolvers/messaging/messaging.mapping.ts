import type { Principal } from '../../auth/principal.js';
import type { MessageAuthorRole } from '../../entities/messaging/message.entity.js';
import type { AnswerTemplateRecord } from '../../messaging/answer-template.service.js';
import { sideOf, type ConversationRecord } from '../../messaging/messaging.service.js';
import type { MessageData } from '../../realtime/topics.js';
import { toGlobalId } from '../common/global-id.js';
import type { AnswerTemplate, Conversation, Message } from './messaging.types.js';

export function toMessage(message: MessageData): Message {
  return {
    id: toGlobalId('Message', message.id),
    seq: message.seq,
    body: message.body,
    authorRole: message.authorRole as MessageAuthorRole,
    authorName: message.authorName,
    // ISO text in UTC, which the DateTime scalar passes on as it is.
    createdAt: message.createdAt,
  };
}

/** The conversation as the viewer sees it: the unread count is that of the viewer's side. */
export function toConversation(conversation: ConversationRecord, viewer: Principal): Conversation {
  const side = sideOf(viewer, conversation);
  const readSeq =
    side === 'CITIZEN' ? conversation.citizenLastReadSeq : conversation.officeLastReadSeq;
  return {
    id: toGlobalId('Conversation', conversation.id),
    uuid: conversation.id,
    subject: conversation.subject,
    status: conversation.status,
    lastSeq: conversation.lastSeq,
    citizenLastReadSeq: conversation.citizenLastReadSeq,
    officeLastReadSeq: conversation.officeLastReadSeq,
    unreadCount: Math.max(0, conversation.lastSeq - readSeq),
    createdAt: conversation.createdAt,
    lastMessageAt: conversation.lastMessageAt,
    officeId: conversation.officeId,
    citizenId: conversation.citizenId,
    assigneeId: conversation.assigneeId,
    appointmentId: conversation.appointmentId,
  };
}

/**
 * The page of a conversation in the web client (`/conversations/<id>`), as the answer reminders
 * link to it. Global IDs of UUIDs never contain "/" or "+", so the ID is a safe path segment.
 */
export function conversationUrl(publicUrl: string, conversationId: string): string {
  return `${publicUrl}/conversations/${toGlobalId('Conversation', conversationId)}`;
}

export function toAnswerTemplate(template: AnswerTemplateRecord): AnswerTemplate {
  return {
    id: toGlobalId('AnswerTemplate', template.id),
    name: template.name,
    body: template.body,
    updatedAt: template.updatedAt,
    // Resolved from updatedById (AnswerTemplateResolver.updatedBy).
    updatedBy: null,
    officeId: template.officeId,
    updatedById: template.updatedById,
  };
}
