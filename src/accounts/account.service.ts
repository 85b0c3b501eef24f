import {
  attachGuestAppointments,
  type AppointmentRecord,
} from '../appointments/appointment.queries.js';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import { accountIdOf, signedInAccount } from '../auth/principal.js';
import { hashSecret, newSecret, SecretPrefix } from '../auth/secrets.js';
import { DomainError } from '../common/domain-error.js';
import { mailLanguage, type Language } from '../common/language.js';
import type { TownSettings, UseCaseContext } from '../common/use-case.js';
import { rejectProblems } from '../common/validation.js';
import { AccountTokenPurpose } from '../entities/accounts/account-token.entity.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { PasskeyEntity } from '../entities/accounts/passkey.entity.js';
import type { SessionKind } from '../entities/accounts/session.entity.js';
import { translate } from '../i18n/messages.js';
import { inertName } from '../notifications/inert-text.js';
import { queueEmail, SECRET_MARK } from '../notifications/outbox.js';
import { AccountErrorCode } from './account.errors.js';
import {
  activeSessionsOf,
  claimAccountToken,
  deleteApiKeysOf,
  deleteChallengesOf,
  deleteSignInAttempt,
  deleteSignInAttemptsFrom,
  insertAccountToken,
  lockEmail,
  reserveSignInAttempt,
  revokeSession,
  revokeSessionsOf,
  sessionOf,
  useUpAccountTokens,
  type SessionRecord,
} from './account.queries.js';
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
import { liveAt, openSession, type NewSession } from './sessions.js';

/** The town's name and address, for the e-mails that account use cases send. */
type Mailing = { settings: Pick<TownSettings, 'publicUrl' | 'townName'> };

/** Where the request came from, for "my devices" and the sign-in throttle. */
export type Device = { ip: string; userAgent: string | null; sessionKind: SessionKind };

const HOUR_MS = 60 * 60 * 1000;
const VERIFY_EMAIL_VALID_MS = 24 * HOUR_MS;

/** A single-use e-mail link for the account, valid for `validMs`. */
export async function issueEmailToken(
  em: EntityManager,
  accountId: string,
  now: Date,
  validMs: number,
  purpose: AccountTokenPurpose = AccountTokenPurpose.VERIFY_EMAIL,
): Promise<string> {
  const token = newSecret(SecretPrefix.emailToken);
  await insertAccountToken(em, {
    accountId,
    purpose,
    tokenHash: hashSecret(token),
    expiresAt: new Date(now.getTime() + validMs),
  });
  return token;
}

async function queueVerificationEmail(
  em: EntityManager,
  settings: Mailing['settings'],
  account: AccountEntity,
  token: string,
) {
  const lang = mailLanguage(account.language);
  const params = {
    town: settings.townName,
    name: inertName(account.name ?? ''),
    url: `${settings.publicUrl}/verify-email?token=${SECRET_MARK}`,
  };
  await queueEmail(em, {
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
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'limits'> & Mailing,
  input: { email: string; name: string; password?: string | null; language?: Language | null },
): Promise<void> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  rejectProblems([
    emailProblem('email', email),
    nameProblem('name', name),
    input.password == null ? null : passwordProblem('password', input.password),
  ]);
  await ctx.limits.take({ byCaller: ['registrationsPerHour'], mailTo: email });
  const passwordHash = input.password == null ? null : await hashPassword(input.password);
  const language = mailLanguage(input.language);
  const now = ctx.clock();
  await ctx.em.transactional(async (tx) => {
    await lockEmail(tx, 'registration', email);
    const existing = await tx.findOne(AccountEntity, { email });
    if (existing && !existing.emailVerifiedAt) {
      // Perhaps someone else registered this address first: its owner gets a link that sets
      // their own password (verifyEmail), so a squatted address cannot lock them out.
      const token = await issueEmailToken(tx, existing.id, now, VERIFY_EMAIL_VALID_MS);
      await queueVerificationEmail(tx, ctx.settings, existing, token);
      return;
    }
    if (existing) {
      const lang = mailLanguage(existing.language);
      const params = { town: ctx.settings.townName, url: `${ctx.settings.publicUrl}/sign-in` };
      await queueEmail(tx, {
        recipient: email,
        subject: translate(lang, 'mail.registeredAgain.subject', params),
        body: translate(lang, 'mail.registeredAgain.body', params),
      });
      return;
    }
    const account = tx.create(AccountEntity, { email, name, passwordHash, language });
    // The link refers to the account's row.
    await tx.flush();
    const token = await issueEmailToken(tx, account.id, now, VERIFY_EMAIL_VALID_MS);
    await queueVerificationEmail(tx, ctx.settings, account, token);
  });
}

/**
 * Redeems a single-use e-mail link: the address is confirmed and `password` becomes the account's
 * password. Whoever holds the link holds the mailbox, so only they end up with credentials: for an
 * address that was not confirmed yet, everything set before (a password chosen at registration,
 * passkeys, API keys) is removed, and every session of the account ends. It signs nobody in.
 */
async function redeemEmailToken(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus' | 'limits'>,
  input: { token: string; password: string; purpose: AccountTokenPurpose },
): Promise<AccountEntity> {
  rejectProblems([passwordProblem('password', input.password)]);
  await ctx.limits.take({ byAddress: ['emailLinksPerAddress'] });
  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock();
  const { account, endedSessions } = await ctx.em.transactional(async (tx) => {
    const accountId = await claimAccountToken(
      tx,
      { tokenHash: hashSecret(input.token), purpose: input.purpose },
      now,
    );
    if (!accountId)
      throw new DomainError(AccountErrorCode.INVALID_TOKEN, 'error.invalidToken', ['token']);
    const account = await tx.findOneOrFail(AccountEntity, { id: accountId });
    if (!account.emailVerifiedAt) {
      await dropUnverifiedCredentials(tx, account.id);
      account.emailVerifiedAt = now;
    }
    account.passwordHash = passwordHash;
    // The account's other links would set the password once more: used up with this one.
    await useUpAccountTokens(tx, account.id, now);
    const endedSessions = await revokeSessionsOf(tx, account.id, null, now);
    return { account, endedSessions };
  });
  for (const sessionId of endedSessions) ctx.bus.publish('sessionEnded', sessionId, { sessionId });
  return account;
}

/**
 * Removes what was attached to an account before its address was confirmed: anyone could have
 * registered the address and set these (account pre-hijacking).
 */
export async function dropUnverifiedCredentials(em: EntityManager, accountId: string) {
  await em.nativeUpdate(AccountEntity, { id: accountId }, { passwordHash: null });
  await em.nativeDelete(PasskeyEntity, { account: accountId });
  await deleteApiKeysOf(em, accountId);
  await deleteChallengesOf(em, accountId);
}

/**
 * Confirms the e-mail address with the verification link's token and sets the password the
 * link's holder chooses (see redeemEmailToken). Signing in is a separate step.
 */
export async function verifyEmail(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus' | 'limits'>,
  input: { token: string; password: string },
): Promise<AccountEntity> {
  return redeemEmailToken(ctx, { ...input, purpose: AccountTokenPurpose.VERIFY_EMAIL });
}

/**
 * Accepts a staff invitation: the invited person confirms the address and sets their own password
 * (see redeemEmailToken). Signing in is a separate step.
 */
export async function acceptInvitation(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus' | 'limits'>,
  input: { token: string; password: string },
): Promise<AccountEntity> {
  return redeemEmailToken(ctx, { ...input, purpose: AccountTokenPurpose.INVITATION });
}

/**
 * Takes one of the sign-in attempts that e-mail may make, or refuses: 10 per e-mail and client
 * address and 30 per e-mail from all addresses together (an attacker who rotates addresses) within
 * FAILED_SIGN_IN_WINDOW_MINUTES. The attempt is recorded before the password is checked, under a
 * lock per e-mail, so that concurrent attempts cannot all pass the count; a successful one removes
 * it again. Returns the id of the recorded attempt and how many earlier ones it found here.
 */
async function takeSignInAttempt(
  em: EntityManager,
  key: string,
  ip: string,
  now: Date,
): Promise<{ id: string; earlier: number }> {
  const id = randomUUID();
  const { here, reserved } = await em.transactional(async (tx) => {
    await lockEmail(tx, 'signIn', key);
    return reserveSignInAttempt(
      tx,
      { id, emailHash: key, ip, now },
      {
        since: new Date(now.getTime() - FAILED_SIGN_IN_WINDOW_MINUTES * 60_000),
        perAddress: MAX_FAILED_SIGN_INS,
        perEmail: MAX_FAILED_SIGN_INS_PER_ACCOUNT,
      },
    );
  });
  if (!reserved) {
    throw new DomainError(AccountErrorCode.TOO_MANY_ATTEMPTS, 'error.tooManyAttempts', null, {
      minutes: FAILED_SIGN_IN_WINDOW_MINUTES,
    });
  }
  return { id, earlier: here };
}

/**
 * Signs in with e-mail and password. Unknown e-mail and wrong password get the same answer after
 * the same work (a dummy hash is verified); after 3 failures per e-mail and address each attempt
 * waits longer, and the limits of takeSignInAttempt block further attempts for the rest of the
 * window. Each client address may try 100 sign-ins in 15 minutes, whichever accounts.
 */
export async function signInWithPassword(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'limits'> & Mailing,
  input: { email: string; password: string; device: Device },
): Promise<NewSession & { account: AccountEntity }> {
  await ctx.limits.take({ byAddress: ['signInsPerAddress'] });
  const email = normalizeEmail(input.email);
  const key = signInKey(email);
  const now = ctx.clock();
  const attempt = await takeSignInAttempt(ctx.em, key, input.device.ip, now);
  await sleep(signInDelayMs(attempt.earlier));
  const account = await ctx.em.findOne(
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
    await deleteSignInAttempt(ctx.em, attempt.id);
    await ctx.limits.take({ mailTo: email });
    await ctx.em.transactional(async (tx) => {
      const token = await issueEmailToken(tx, account.id, now, VERIFY_EMAIL_VALID_MS);
      await queueVerificationEmail(tx, ctx.settings, account, token);
    });
    throw new DomainError(AccountErrorCode.EMAIL_NOT_VERIFIED, 'error.emailNotVerified');
  }
  await deleteSignInAttemptsFrom(ctx.em, key, input.device.ip);
  const session = await openSession(ctx.em, {
    accountId: account.id,
    kind: input.device.sessionKind,
    userAgent: input.device.userAgent,
    now,
  });
  return { ...session, account };
}

/**
 * Sets a new password; one that exists must be given to replace it. Every other device is signed
 * out (its WebSockets close), so that a changed password locks out whoever knew the old one.
 */
export async function changePassword(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>,
  input: { currentPassword?: string | null; newPassword: string },
): Promise<void> {
  const principal = signedInAccount(ctx.principal);
  rejectProblems([passwordProblem('newPassword', input.newPassword)]);
  const account = await ctx.em.findOneOrFail(
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
  const ended = await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(AccountEntity, { id: account.id }, { passwordHash });
    return revokeSessionsOf(tx, account.id, principal.sessionId, ctx.clock());
  });
  for (const sessionId of ended) ctx.bus.publish('sessionEnded', sessionId, { sessionId });
}

/**
 * Ends one of the signed-in account's sessions (signing out a device) and closes its WebSockets.
 */
export async function endSession(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>,
  sessionId: string,
): Promise<void> {
  const { accountId } = signedInAccount(ctx.principal);
  if (!(await revokeSession(ctx.em, { id: sessionId, accountId }, ctx.clock()))) {
    throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['sessionId']);
  }
  ctx.bus.publish('sessionEnded', sessionId, { sessionId });
}

/** The account's devices that are still signed in, most recently used first. */
export async function activeSessions(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
  accountId: string,
): Promise<SessionRecord[]> {
  return activeSessionsOf(ctx.em, accountId, liveAt(ctx.clock()));
}

/**
 * Attaches the guest bookings made with the account's verified e-mail address to the account.
 * Returns the newly claimed ones.
 */
export async function claimGuestAppointments(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
): Promise<AppointmentRecord[]> {
  const { accountId } = signedInAccount(ctx.principal);
  const account = await ctx.em.findOneOrFail(AccountEntity, { id: accountId });
  if (!account.emailVerifiedAt || !account.email) {
    throw new DomainError(AccountErrorCode.EMAIL_NOT_VERIFIED, 'error.emailNotVerified');
  }
  return attachGuestAppointments(ctx.em, { accountId: account.id, email: account.email });
}

export async function findAccount(
  ctx: Pick<UseCaseContext, 'em'>,
  id: string,
): Promise<AccountEntity | null> {
  return ctx.em.findOne(AccountEntity, { id, deletedAt: null });
}

/** The signed-in account itself by its ID; null for everyone else. */
export async function findOwnAccount(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  id: string,
): Promise<AccountEntity | null> {
  return accountIdOf(ctx.principal) === id ? findAccount(ctx, id) : null;
}

/** One of the signed-in account's devices (sessions); null for everyone else. */
export async function findOwnSession(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  id: string,
): Promise<SessionRecord | null> {
  const owner = accountIdOf(ctx.principal);
  const session = owner ? await sessionOf(ctx.em, owner, id) : null;
  return session?.revokedAt === null ? session : null;
}

export async function officesOfAccount(ctx: Pick<UseCaseContext, 'em'>, accountId: string) {
  const account = await ctx.em.findOneOrFail(
    AccountEntity,
    { id: accountId },
    { populate: ['offices'] },
  );
  return account.offices.getItems();
}

/** The names of many accounts in one statement. */
/** Names and e-mail addresses of live accounts, by id (deleted accounts have neither). */
export async function accountContacts(
  ctx: Pick<UseCaseContext, 'em'>,
  ids: readonly string[],
): Promise<Array<{ id: string; name: string | null; email: string }>> {
  const accounts = await ctx.em.find(
    AccountEntity,
    { id: { $in: [...ids] }, deletedAt: null },
    { fields: ['id', 'name', 'email'] },
  );
  return accounts.flatMap(({ id, name, email }) => (email ? [{ id, name, email }] : []));
}

export async function accountNames(
  ctx: Pick<UseCaseContext, 'em'>,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const accounts = await ctx.em.find(
    AccountEntity,
    { id: { $in: [...ids] } },
    { fields: ['id', 'name'] },
  );
  return new Map(accounts.flatMap((account) => (account.name ? [[account.id, account.name]] : [])));
}
