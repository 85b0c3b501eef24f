import type { TownSettings, UseCaseContext } from '../common/use-case.js';
import { Language, mailLanguage } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import { queueEmail } from '../notifications/outbox.js';
import { claimAnswerReminders, deleteClosedBefore } from './messaging.queries.js';
import { PRESENCE_TTL_MS, REMINDER_DELAY_MS, REMINDER_INTERVAL_MS } from './messaging-rules.js';

/**
 * E-mails citizens about answers they have not read: when the office's answer is 10 minutes old,
 * the citizen has no conversation open, and they got no reminder for this conversation in the
 * last hour nor since the answer. Claimed and queued in one transaction, so that several
 * instances never remind twice. `conversationUrl` is the page of the conversation in the web
 * client, which addresses it by its API id (the caller knows that form; this domain does not).
 */
export async function sendAnswerReminders(
  ctx: Pick<UseCaseContext, 'em' | 'clock'> & {
    settings: Pick<TownSettings, 'townName'>;
    conversationUrl: (conversationId: string) => string;
  },
): Promise<number> {
  const { settings } = ctx;
  const now = ctx.clock();
  return ctx.em.transactional(async (tx) => {
    const due = await claimAnswerReminders(tx, {
      now,
      seenBefore: new Date(now.getTime() - PRESENCE_TTL_MS),
      notifiedBefore: new Date(now.getTime() - REMINDER_INTERVAL_MS),
      answeredBefore: new Date(now.getTime() - REMINDER_DELAY_MS),
    });
    for (const conversation of due) {
      const lang = mailLanguage(conversation.language);
      const params = {
        town: settings.townName,
        subject: conversation.subject,
        name: conversation.name ?? '',
        office:
          conversation.officeName[lang === Language.EN ? 'en' : 'de'] ??
          conversation.officeName.de ??
          '',
        excerpt:
          conversation.excerpt.length > 300
            ? `${conversation.excerpt.slice(0, 300)}…`
            : conversation.excerpt,
        url: ctx.conversationUrl(conversation.conversationId),
      };
      await queueEmail(tx, {
        recipient: conversation.email,
        subject: translate(lang, 'mail.unreadAnswer.subject', params),
        body: translate(lang, 'mail.unreadAnswer.body', params),
      });
    }
    return due.length;
  });
}

/** Deletes conversations (and their messages) closed more than `retentionDays` ago. */
export function deleteExpiredConversations(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
  retentionDays: number,
): Promise<number> {
  return deleteClosedBefore(
    ctx.em,
    new Date(ctx.clock().getTime() - retentionDays * 24 * 60 * 60 * 1000),
  );
}
