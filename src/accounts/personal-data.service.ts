import type { EntityManager } from '@mikro-orm/postgresql';
import { announcePrincipalChange } from '../auth/principal-changes.js';
import type { AccountPrincipal } from '../auth/principal.js';
import type { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { SessionEntity } from '../entities/accounts/session.entity.js';
import type { EventBus } from '../realtime/event-bus.js';
import { AccountErrorCode } from './account.errors.js';
import { normalizeEmail, signInKey } from './account-rules.js';
import { verifyPassword } from './password.js';

type Owner = { accountId: string; email: string; signInKey: string };

/**
 * Every table that holds data of an account, with the query that selects a citizen's rows. The
 * export reads them all; a test fails when a table that refers to accounts, or stores e-mail
 * addresses, is missing here.
 */
export const PERSONAL_DATA: Record<string, (owner: Owner) => [string, unknown[]]> = {
  account: (o) => [
    'select id, email, name, email_verified_at, roles, language, created_at from account where id = ?',
    [o.accountId],
  ],
  staff_office: (o) => [
    'select o.slug as office from staff_office so join office o on o.id = so.office_id where so.account_id = ?',
    [o.accountId],
  ],
  passkey: (o) => [
    'select id, name, credential_id, transports, backed_up, sign_count, created_at, last_used_at from passkey where account_id = ?',
    [o.accountId],
  ],
  session: (o) => [
    'select id, kind, user_agent, created_at, last_used_at, expires_at, revoked_at from session where account_id = ?',
    [o.accountId],
  ],
  api_key: (o) => [
    'select id, name, prefix, created_at, last_used_at, revoked_at from api_key where owner_id = ?',
    [o.accountId],
  ],
  account_token: (o) => [
    'select purpose, expires_at, used_at from account_token where account_id = ?',
    [o.accountId],
  ],
  auth_challenge: (o) => [
    'select purpose, expires_at from auth_challenge where account_id = ?',
    [o.accountId],
  ],
  appointment: (o) => [
    `select a.id, a.code, a.status, s.name->>'de' as service, o.name->>'de' as office, a.starts_at,
            a.ends_at, a.name, a.email, a.phone, a.created_at, a.cancelled_at
       from appointment a join service s on s.id = a.service_id join office o on o.id = a.office_id
      where a.account_id = ? or a.email = ?`,
    [o.accountId, o.email],
  ],
  data_access_log: (o) => [
    `select l.accessed_at, actor.name as staff_member, l.subject, l.reason, l.channel
       from data_access_log l join account actor on actor.id = l.actor_id
      where l.citizen_id = ? order by l.accessed_at`,
    [o.accountId],
  ],
  outbox_message: (o) => [
    'select subject, body, created_at, sent_at from outbox_message where recipient = ?',
    [o.email],
  ],
  // As staff: which versions of which announcements they wrote (the texts are public notices).
  announcement_revision: (o) => [
    `select announcement_id, revision, action, edited_at
       from announcement_revision where editor_id = ? order by edited_at`,
    [o.accountId],
  ],
  conversation: (o) => [
    `select c.id, c.subject, c.status, o.name->>'de' as office, c.created_at, c.last_message_at, c.closed_at
       from conversation c join office o on o.id = c.office_id where c.citizen_id = ? or c.assignee_id = ?`,
    [o.accountId, o.accountId],
  ],
  message: (o) => [
    `select m.conversation_id, m.seq, m.author_role, m.body, m.created_at
       from message m join conversation c on c.id = m.conversation_id
      where c.citizen_id = ? or m.author_id = ? order by m.conversation_id, m.seq`,
    [o.accountId, o.accountId],
  ],
  sign_in_attempt: (o) => [
    'select attempted_at, ip from sign_in_attempt where email_hash = ?',
    [o.signInKey],
  ],
};

/** Everything Rathaus stores about the account, as plain JSON (GDPR Art. 15 and 20). */
export async function exportPersonalData(
  em: EntityManager,
  principal: AccountPrincipal,
  now: Date,
): Promise<Record<string, unknown>> {
  const account = await em.findOneOrFail(AccountEntity, { id: principal.accountId });
  const email = account.email ?? '';
  const owner = { accountId: account.id, email, signInKey: signInKey(email) };
  const tables: Record<string, unknown> = {};
  for (const [table, query] of Object.entries(PERSONAL_DATA)) {
    const [sql, params] = query(owner);
    tables[table] = await em.execute(sql, params);
  }
  return { exportedAt: now.toISOString(), format: 'rathaus-personal-data/1', tables };
}

/** How recent a sign-in must be to delete the account without giving the password. */
export const RECENT_SIGN_IN_MINUTES = 5;

/**
 * Deleting cannot be undone, so a session alone (perhaps one left open on a shared computer) is
 * not enough: the password must be given, or this device must have signed in (with password or
 * passkey) within the last `RECENT_SIGN_IN_MINUTES`.
 */
async function requireFreshAuthentication(
  em: EntityManager,
  principal: AccountPrincipal,
  account: AccountEntity,
  password: string | null,
  now: Date,
): Promise<void> {
  if (password !== null) {
    if (await verifyPassword(account.passwordHash, password.slice(0, 200))) return;
    throw new DomainError(AccountErrorCode.INVALID_CREDENTIALS, 'error.invalidCredentials', [
      'password',
    ]);
  }
  const session = principal.sessionId
    ? await em.findOne(SessionEntity, { id: principal.sessionId, account: account.id })
    : null;
  if (session && now.getTime() - session.createdAt.getTime() <= RECENT_SIGN_IN_MINUTES * 60_000)
    return;
  throw new DomainError(
    AccountErrorCode.REAUTHENTICATION_REQUIRED,
    'error.reauthenticationRequired',
    ['password'],
    { minutes: RECENT_SIGN_IN_MINUTES },
  );
}

/**
 * Deletes the account (GDPR Art. 17): upcoming appointments are cancelled (their times free up),
 * past ones keep only what the office's records need without the person, credentials and sessions
 * are deleted, and the account row stays as a tombstone without personal data, because the
 * append-only audit log refers to it.
 */
export async function deleteAccount(
  deps: { em: EntityManager; clock: Clock; bus: EventBus },
  principal: AccountPrincipal,
  input: { confirmEmail: string; password?: string | null },
): Promise<void> {
  const account = await deps.em.findOneOrFail(
    AccountEntity,
    { id: principal.accountId },
    { populate: ['passwordHash'] },
  );
  const email = account.email ?? '';
  if (normalizeEmail(input.confirmEmail) !== email) {
    throw new DomainError(AccountErrorCode.CONFIRMATION_MISMATCH, 'error.confirmationMismatch', [
      'confirmEmail',
    ]);
  }
  const now = deps.clock();
  await requireFreshAuthentication(deps.em, principal, account, input.password ?? null, now);
  const { sessions, apiKeys, cancelled } = await deps.em.transactional(async (tx) => {
    // No cancellation e-mails here: the citizen asked for this, and a queued e-mail would keep
    // the address that this transaction erases.
    const cancelled = await tx.execute<
      Array<{ office_id: string; counter_id: string; starts_at: Date; ends_at: Date }>
    >(
      `update appointment set status = 'CANCELLED', cancelled_at = ?
        where (account_id = ? or email = ?) and status = 'BOOKED' and starts_at > ?
        returning office_id, counter_id, starts_at, ends_at`,
      [now, account.id, email, now],
    );
    await tx.execute(
      `update appointment
          set name = '-', email = 'deleted-' || id || '@invalid', phone = null, account_id = null,
              idempotency_key = null, request_hash = null
        where account_id = ? or email = ?`,
      [account.id, email],
    );
    const sessions = await tx.execute<Array<{ id: string }>>(
      'delete from session where account_id = ? returning id',
      [account.id],
    );
    for (const table of ['passkey', 'account_token', 'auth_challenge', 'staff_office']) {
      await tx.execute(`delete from ${table} where account_id = ?`, [account.id]);
    }
    const apiKeys = await tx.execute<Array<{ id: string }>>(
      'delete from api_key where owner_id = ? returning id',
      [account.id],
    );
    // Their conversations with the town hall go, messages included; as staff, they leave no name.
    await tx.execute('delete from conversation where citizen_id = ?', [account.id]);
    await tx.execute('update conversation set assignee_id = null where assignee_id = ?', [
      account.id,
    ]);
    await tx.execute('delete from outbox_message where recipient = ?', [email]);
    await tx.execute('delete from sign_in_attempt where email_hash = ?', [signInKey(email)]);
    await tx.execute(
      `update account set email = null, name = null, password_hash = null, email_verified_at = null,
              roles = '{}', deleted_at = ? where id = ?`,
      [now, account.id],
    );
    return { sessions, apiKeys, cancelled };
  });
  for (const { id } of sessions) deps.bus.publish('sessionEnded', id, { sessionId: id });
  announcePrincipalChange(deps.bus, { account: account.id }, 'ENDED');
  for (const { id } of apiKeys) announcePrincipalChange(deps.bus, { apiKey: id }, 'ENDED');
  for (const appointment of cancelled) {
    deps.bus.publish('counterTimeChanged', appointment.office_id, {
      officeId: appointment.office_id,
      counterId: appointment.counter_id,
      startsAt: new Date(appointment.starts_at).toISOString(),
      endsAt: new Date(appointment.ends_at).toISOString(),
    });
  }
}
