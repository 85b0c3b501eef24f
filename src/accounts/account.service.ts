import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CallerLimits } from '../auth/caller-limits.js';
import { accountIdOf, type AccountPrincipal, type Principal } from '../auth/principal.js';
import { hashSecret, newSecret, SecretPrefix } from '../auth/secrets.js';
import type { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { mailLanguage, type Language } from '../common/language.js';
import {
  AccountTokenEntity,
  AccountTokenPurpose,
} from '../entities/accounts/account-token.entity.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { ApiKeyEntity } from '../entities/accounts/api-key.entity.js';
import { AuthChallengeEntity } from '../entities/accounts/auth-challenge.entity.js';
import { PasskeyEntity } from '../entities/accounts/passkey.entity.js';
import { SessionEntity, type SessionKind } from '../entities/accounts/session.entity.js';
import { SignInAttemptEntity } from '../entities/accounts/sign-in-attempt.entity.js';
import { AppointmentEntity } from '../entities/appointments/appointment.entity.js';
import { translate } from '../i18n/messages.js';
import { inertName } from '../notifications/inert-text.js';
import { queueEmail, SECRET_MARK } from '../notifications/outbox.js';
import type { EventBus } from '../realtime/event-bus.js';
import { rejectProblems } from '../common/validation.js';
import { AccountErrorCode } from './account.errors.js';
import {
  emailProblem,
  FAILED_SIGN_IN_WINDOW_MINUTES,
  MAX_FAILED_SIGN_INS,
  MAX_FAILED_SIGN_INS_PER_ACCOUNT,
  nameProblem,
  normalizeEmail,
  passwordProblem,
  signInDelayMs,
  signInKey,
} from './account-rules.js';
import { hashPassword, verifyPassword } from './password.js';
import { idleCutoff, openSession, type NewSession } from './sessions.js';

export type AccountDeps = {
  em: EntityManager;
  clock: Clock;
  bus: EventBus;
  settings: { publicUrl: string; townName: string };
  /** The caller's limits of use (sign-ups, sign-ins, e-mails to one address). */
  limits: CallerLimits;
};

/** Where the request came from, for "my devices" and the sign-in throttle. */
export type Device = { ip: string; userAgent: string | null; sessionKind: SessionKind };

const HOUR_MS = 60 * 60 * 1000;
const VERIFY_EMAIL_VALID_MS = 24 * HOUR_MS;

/** A single-use e-mail link for the account, valid for `validMs`. */
export function issueEmailToken(
  em: EntityManager,
  account: AccountEntity,
  now: Date,
  validMs: number,
  purpose: AccountTokenPurpose = AccountTokenPurpose.VERIFY_EMAIL,
): string {
  const token = newSecret(SecretPrefix.emailToken);
  em.create(AccountTokenEntity, {
    account,
    purpose,
    tokenHash: hashSecret(token),
    expiresAt: new Date(now.getTime() + validMs),
  });
  return token;
}

function queueVerificationEmail(deps: AccountDeps, account: AccountEntity, token: string) {
  const lang = mailLanguage(account.language);
  const params = {
    town: deps.settings.townName,
    name: inertName(account.name ?? ''),
    url: `${deps.settings.publicUrl}/verify-email?token=${SECRET_MARK}`,
  };
  queueEmail(deps.em, {
    recipient: account.email as string,
    subject: translate(lang, 'mail.verify.subject', params),
    body: translate(lang, 'mail.verify.body', params),
    secret: token,
  });
}

/**
 * Registers a citizen and sends the verification link. The answer is the same whether or not the
 * address already has an account (that owner gets an e-mail instead: a notice, or a new link when
 * the address was never confirmed), so registration reveals no account; the password is hashed in
 * both cases so that the timing does not tell either. The password only counts once the address is
 * confirmed, and only if given again there (verifyEmail).
 */
export async function registerAccount(
  deps: AccountDeps,
  input: { email: string; name: string; password?: string | null; language?: Language | null },
): Promise<void> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  rejectProblems([
    emailProblem('email', email),
    nameProblem('name', name),
    input.password == null ? null : passwordProblem('password', input.password),
  ]);
  await deps.limits.take({ byCaller: ['registrationsPerHour'], mailTo: email });
  const passwordHash = input.password == null ? null : await hashPassword(input.password);
  const language = mailLanguage(input.language);
  const now = deps.clock();
  await deps.em.transactional(async (tx) => {
    const txDeps = { ...deps, em: tx };
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 1))', [email]);
    const existing = await tx.findOne(AccountEntity, { email });
    if (existing && !existing.emailVerifiedAt) {
      // Perhaps someone else registered this address first: its owner gets a link that sets
      // their own password (verifyEmail), so a squatted address cannot lock them out.
      queueVerificationEmail(
        txDeps,
        existing,
        issueEmailToken(tx, existing, now, VERIFY_EMAIL_VALID_MS),
      );
      return;
    }
    if (existing) {
      const lang = mailLanguage(existing.language);
      const params = { town: deps.settings.townName, url: `${deps.settings.publicUrl}/sign-in` };
      queueEmail(tx, {
        recipient: email,
        subject: translate(lang, 'mail.registeredAgain.subject', params),
        body: translate(lang, 'mail.registeredAgain.body', params),
      });
      return;
    }
    const account = tx.create(AccountEntity, { email, name, passwordHash, language });
    queueVerificationEmail(
      txDeps,
      account,
      issueEmailToken(tx, account, now, VERIFY_EMAIL_VALID_MS),
    );
  });
}

/**
 * Redeems a single-use e-mail link: the address is confirmed and `password` becomes the account's
 * password. Whoever holds the link holds the mailbox, so only they end up with credentials: for an
 * address that was not confirmed yet, everything set before (a password chosen at registration,
 * passkeys, API keys) is removed, and every session of the account ends. It signs nobody in.
 */
async function redeemEmailToken(
  deps: AccountDeps,
  input: { token: string; password: string; purpose: AccountTokenPurpose },
): Promise<AccountEntity> {
  rejectProblems([passwordProblem('password', input.password)]);
  await deps.limits.take({ byAddress: ['emailLinksPerAddress'] });
  const passwordHash = await hashPassword(input.password);
  const now = deps.clock();
  const { account, endedSessions } = await deps.em.transactional(async (tx) => {
    // One statement claims the token, so that two concurrent uses cannot both succeed.
    const [claimed] = await tx.execute<Array<{ account_id: string }>>(
      `update account_token t set used_at = ?
        from account a
        where t.account_id = a.id and a.deleted_at is null and t.token_hash = ?
          and t.purpose = ? and t.used_at is null and t.expires_at > ?
        returning t.account_id`,
      [now, hashSecret(input.token), input.purpose, now],
    );
    if (!claimed)
      throw new DomainError(AccountErrorCode.INVALID_TOKEN, 'error.invalidToken', ['token']);
    const account = await tx.findOneOrFail(AccountEntity, { id: claimed.account_id });
    if (!account.emailVerifiedAt) {
      await dropUnverifiedCredentials(tx, account.id);
      account.emailVerifiedAt = now;
    }
    account.passwordHash = passwordHash;
    // The account's other links would set the password once more: used up with this one.
    await tx.nativeUpdate(
      AccountTokenEntity,
      { account: account.id, usedAt: null },
      { usedAt: now },
    );
    const endedSessions = await endSessionsExcept(tx, account.id, null, now);
    return { account, endedSessions };
  });
  for (const sessionId of endedSessions) deps.bus.publish('sessionEnded', sessionId, { sessionId });
  return account;
}

/**
 * Removes what was attached to an account before its address was confirmed: anyone could have
 * registered the address and set these (account pre-hijacking).
 */
export async function dropUnverifiedCredentials(em: EntityManager, accountId: string) {
  await em.nativeUpdate(AccountEntity, { id: accountId }, { passwordHash: null });
  await em.nativeDelete(PasskeyEntity, { account: accountId });
  await em.nativeDelete(ApiKeyEntity, { owner: accountId });
  await em.nativeDelete(AuthChallengeEntity, { account: accountId });
}

/** Revokes the account's live sessions but `keep`; returns the ended ones' ids. */
async function endSessionsExcept(
  em: EntityManager,
  accountId: string,
  keep: string | null,
  now: Date,
): Promise<string[]> {
  const rows = await em.execute<Array<{ id: string }>>(
    `update session set revoked_at = ?
      where account_id = ? and revoked_at is null and id is distinct from ? returning id`,
    [now, accountId, keep],
  );
  return rows.map((row) => row.id);
}

/**
 * Confirms the e-mail address with the verification link's token and sets the password the
 * link's holder chooses (see redeemEmailToken). Signing in is a separate step.
 */
export async function verifyEmail(
  deps: AccountDeps,
  input: { token: string; password: string },
): Promise<AccountEntity> {
  return redeemEmailToken(deps, { ...input, purpose: AccountTokenPurpose.VERIFY_EMAIL });
}

/**
 * Accepts a staff invitation: the invited person confirms the address and sets their own password
 * (see redeemEmailToken). Signing in is a separate step.
 */
export async function acceptInvitation(
  deps: AccountDeps,
  input: { token: string; password: string },
): Promise<AccountEntity> {
  return redeemEmailToken(deps, { ...input, purpose: AccountTokenPurpose.INVITATION });
}

/**
 * Takes one of the sign-in attempts that e-mail may make, or refuses: 10 per e-mail and client
 * address and 30 per e-mail from all addresses together (an attacker who rotates addresses) within
 * FAILED_SIGN_IN_WINDOW_MINUTES. The attempt is recorded before the password is checked, under a
 * lock per e-mail, so that concurrent attempts cannot all pass the count; a successful one removes
 * it again. Returns the id of the recorded attempt and how many earlier ones it found here.
 */
async function reserveSignInAttempt(
  deps: AccountDeps,
  key: string,
  ip: string,
  now: Date,
): Promise<{ id: string; earlier: number }> {
  const windowStart = new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MINUTES * 60_000);
  const id = randomUUID();
  const [row] = await deps.em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 2))', [key]);
    return tx.execute<Array<{ here: string; anywhere: string; reserved: boolean }>>(
      `with recent as (
         select count(*) filter (where ip = ?) as here, count(*) as anywhere
           from sign_in_attempt where email_hash = ? and attempted_at > ?),
       reserved as (
         insert into sign_in_attempt (id, email_hash, ip, attempted_at)
         select ?, ?, ?, ? from recent where here < ? and anywhere < ?
         returning id)
       select here, anywhere, exists (select 1 from reserved) as reserved from recent`,
      [
        ip,
        key,
        windowStart,
        id,
        key,
        ip,
        now,
        MAX_FAILED_SIGN_INS,
        MAX_FAILED_SIGN_INS_PER_ACCOUNT,
      ],
    );
  });
  if (!row?.reserved) {
    throw new DomainError(AccountErrorCode.TOO_MANY_ATTEMPTS, 'error.tooManyAttempts', null, {
      minutes: FAILED_SIGN_IN_WINDOW_MINUTES,
    });
  }
  return { id, earlier: Number(row.here) };
}

/**
 * Signs in with e-mail and password. Unknown e-mail and wrong password get the same answer after
 * the same work (a dummy hash is verified); after 3 failures per e-mail and address each attempt
 * waits longer, and the limits of reserveSignInAttempt block further attempts for the rest of the
 * window. Each client address may try 100 sign-ins in 15 minutes, whichever accounts.
 */
export async function signInWithPassword(
  deps: AccountDeps,
  input: { email: string; password: string; device: Device },
): Promise<NewSession & { account: AccountEntity }> {
  await deps.limits.take({ byAddress: ['signInsPerAddress'] });
  const email = normalizeEmail(input.email);
  const key = signInKey(email);
  const now = deps.clock();
  const attempt = await reserveSignInAttempt(deps, key, input.device.ip, now);
  await sleep(signInDelayMs(attempt.earlier));
  const account = await deps.em.findOne(
    AccountEntity,
    { email, deletedAt: null },
    { populate: ['passwordHash'] },
  );
  const valid = await verifyPassword(account?.passwordHash ?? null, input.password.slice(0, 200));
  if (!account || !valid) {
    throw new DomainError(AccountErrorCode.INVALID_CREDENTIALS, 'error.invalidCredentials');
  }
  if (!account.emailVerifiedAt) {
    // The right password is no failure.
    await deps.em.nativeDelete(SignInAttemptEntity, { id: attempt.id });
    await deps.limits.take({ mailTo: email });
    queueVerificationEmail(
      deps,
      account,
      issueEmailToken(deps.em, account, now, VERIFY_EMAIL_VALID_MS),
    );
    await deps.em.flush();
    throw new DomainError(AccountErrorCode.EMAIL_NOT_VERIFIED, 'error.emailNotVerified');
  }
  await deps.em.nativeDelete(SignInAttemptEntity, { emailHash: key, ip: input.device.ip });
  const session = openSession(deps.em, {
    accountId: account.id,
    kind: input.device.sessionKind,
    userAgent: input.device.userAgent,
    now,
  });
  await deps.em.flush();
  return { ...session, account };
}

/**
 * Sets a new password; one that exists must be given to replace it. Every other device is signed
 * out (its WebSockets close), so that a changed password locks out whoever knew the old one.
 */
export async function changePassword(
  deps: AccountDeps,
  principal: AccountPrincipal,
  input: { currentPassword?: string | null; newPassword: string },
): Promise<void> {
  rejectProblems([passwordProblem('newPassword', input.newPassword)]);
  const account = await deps.em.findOneOrFail(
    AccountEntity,
    { id: principal.accountId },
    { populate: ['passwordHash'] },
  );
  if (
    account.passwordHash &&
    !(await verifyPassword(account.passwordHash, input.currentPassword ?? ''))
  ) {
    throw new DomainError(AccountErrorCode.INVALID_CREDENTIALS, 'error.invalidCredentials', [
      'currentPassword',
    ]);
  }
  const passwordHash = await hashPassword(input.newPassword);
  const ended = await deps.em.transactional(async (tx) => {
    await tx.nativeUpdate(AccountEntity, { id: account.id }, { passwordHash });
    return endSessionsExcept(tx, account.id, principal.sessionId, deps.clock());
  });
  for (const sessionId of ended) deps.bus.publish('sessionEnded', sessionId, { sessionId });
}

/** Ends one of the account's sessions (signing out a device) and closes its WebSockets. */
export async function endSession(
  deps: AccountDeps,
  accountId: string,
  sessionId: string,
): Promise<void> {
  const ended = await deps.em.nativeUpdate(
    SessionEntity,
    { id: sessionId, account: accountId, revokedAt: null },
    { revokedAt: deps.clock() },
  );
  if (ended === 0) {
    throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['sessionId']);
  }
  deps.bus.publish('sessionEnded', sessionId, { sessionId });
}

/** The account's devices that are still signed in, most recently used first. */
export async function activeSessions(em: EntityManager, accountId: string, now: Date) {
  return em.find(
    SessionEntity,
    {
      account: accountId,
      revokedAt: null,
      expiresAt: { $gt: now },
      lastUsedAt: { $gt: idleCutoff(now) },
    },
    { orderBy: { lastUsedAt: 'desc' } },
  );
}

/**
 * Attaches the guest bookings made with the account's verified e-mail address to the account.
 * Returns the newly claimed ones.
 */
export async function claimGuestAppointments(
  deps: AccountDeps,
  principal: AccountPrincipal,
): Promise<AppointmentEntity[]> {
  const account = await deps.em.findOneOrFail(AccountEntity, { id: principal.accountId });
  if (!account.emailVerifiedAt || !account.email) {
    throw new DomainError(AccountErrorCode.EMAIL_NOT_VERIFIED, 'error.emailNotVerified');
  }
  const rows = await deps.em.execute<Array<Record<string, unknown>>>(
    'update appointment set account_id = ? where email = ? and account_id is null returning *',
    [account.id, account.email],
  );
  return rows.map((row) => deps.em.map(AppointmentEntity, row));
}

export async function findAccount(em: EntityManager, id: string): Promise<AccountEntity | null> {
  return em.findOne(AccountEntity, { id, deletedAt: null });
}

/** The signed-in account itself by its ID; null for everyone else. */
export async function findOwnAccount(
  em: EntityManager,
  principal: Principal,
  id: string,
): Promise<AccountEntity | null> {
  return accountIdOf(principal) === id ? findAccount(em, id) : null;
}

/** One of the signed-in account's devices (sessions); null for everyone else. */
export async function findOwnSession(
  em: EntityManager,
  principal: Principal,
  id: string,
): Promise<SessionEntity | null> {
  const owner = accountIdOf(principal);
  return owner ? em.findOne(SessionEntity, { id, account: owner, revokedAt: null }) : null;
}

export async function officesOfAccount(em: EntityManager, accountId: string) {
  const account = await em.findOneOrFail(
    AccountEntity,
    { id: accountId },
    { populate: ['offices'] },
  );
  return account.offices.getItems();
}

/** The names of many accounts in one statement. */
export async function accountNames(
  em: EntityManager,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const accounts = await em.find(
    AccountEntity,
    { id: { $in: [...ids] } },
    { fields: ['id', 'name'] },
  );
  return new Map(accounts.flatMap((account) => (account.name ? [[account.id, account.name]] : [])));
}
