import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { Language, mailLanguage } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import { queueEmail } from '../notifications/outbox.js';
import { PRESENCE_TTL_MS, REMINDER_DELAY_MS, REMINDER_INTERVAL_MS } from './messaging-rules.js';

/**
 * E-mails citizens about answers they have not read: when the office's answer is 10 minutes old,
 * the citizen has no conversation open, and they got no reminder for this conversation in the
 * last hour nor since the answer. Claimed and queued in one transaction, so that several
 * instances never remind twice.
 */
export async function sendAnswerReminders(
  em: EntityManager,
  clock: Clock,
  settings: { publicUrl: string; townName: string },
): Promise<number> {
  const now = clock();
  return em.transactional(async (tx) => {
    const due = await tx.execute<
      Array<{
        id: string;
        subject: string;
        email: string;
        name: string | null;
        language: string;
        office: Record<string, string>;
        excerpt: string;
      }>
    >(
      `update conversation c set citizen_notified_at = ?
         from account a, office o
        where a.id = c.citizen_id and o.id = c.office_id and a.deleted_at is null and a.email is not null
          and c.status <> 'CLOSED'
          and (c.citizen_seen_at is null or c.citizen_seen_at < ?)
          and (c.citizen_notified_at is null or c.citizen_notified_at < ?)
          and exists (select 1 from message m
                       where m.conversation_id = c.id and m.author_role = 'STAFF'
                         and m.seq > c.citizen_last_read_seq and m.created_at <= ?
                         and (c.citizen_notified_at is null or m.created_at > c.citizen_notified_at))
        returning c.id, c.subject, a.email, a.name, a.language, o.name as office,
                  (select body from message where conversation_id = c.id and author_role = 'STAFF'
                    order by seq desc limit 1) as excerpt`,
      [
        now,
        new Date(now.getTime() - PRESENCE_TTL_MS),
        new Date(now.getTime() - REMINDER_INTERVAL_MS),
        new Date(now.getTime() - REMINDER_DELAY_MS),
      ],
    );
    for (const conversation of due) {
      const lang = mailLanguage(conversation.language);
      const params = {
        town: settings.townName,
        subject: conversation.subject,
        name: conversation.name ?? '',
        office:
          conversation.office[lang === Language.EN ? 'en' : 'de'] ?? conversation.office.de ?? '',
        excerpt:
          conversation.excerpt.length > 300
            ? `${conversation.excerpt.slice(0, 300)}…`
            : conversation.excerpt,
        url: `${settings.publicUrl}/conversations/${conversation.id}`,
      };
      queueEmail(tx, {
        recipient: conversation.email,
        subject: translate(lang, 'mail.unreadAnswer.subject', params),
        body: translate(lang, 'mail.unreadAnswer.body', params),
      });
    }
    return due.length;
  });
}

/** Deletes conversations (and their messages) closed more than `retentionDays` ago. */
export async function deleteExpiredConversations(
  em: EntityManager,
  clock: Clock,
  retentionDays: number,
): Promise<number> {
  const cutoff = new Date(clock().getTime() - retentionDays * 24 * 60 * 60 * 1000);
  const deleted = await em.execute<Array<{ id: string }>>(
    "delete from conversation where status = 'CLOSED' and closed_at < ? returning id",
    [cutoff],
  );
  return deleted.length;
}
