import type { EntityManager } from '@mikro-orm/postgresql';
import { forgetApplicantRows } from '../applications/application-files.queries.js';
import { removeStoredFiles } from '../applications/application-retention.js';
import { signFileLink } from '../applications/file-links.js';
import type { FileStore } from '../applications/file-store.js';
import { announcePrincipalChange } from '../auth/principal-changes.js';
import { signedInAccount, type AccountPrincipal } from '../auth/principal.js';
import { DomainError } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { PasskeyEntity } from '../entities/accounts/passkey.entity.js';
import { AccountIdentityEntity } from '../entities/accounts/account-identity.entity.js';
import { StaffOfficeEntity } from '../entities/accounts/staff-office.entity.js';
import { AccountErrorCode } from './account.errors.js';
import {
  anonymizeAppointmentsOf,
  cancelUpcomingAppointmentsOf,
} from '../appointments/appointment.queries.js';
import { deleteWaitlistEntriesOf } from '../appointments/waitlist.queries.js';
import { removeFromConversations } from '../messaging/messaging.queries.js';
import { deleteEmailsTo } from '../notifications/outbox.queries.js';
import { forgetQueueRowsOf } from '../queue/queue.queries.js';
import { deleteRequestsOf } from '../appointments/release.queries.js';
import {
  deleteAccountTokensOf,
  deleteApiKeysOf,
  deleteChallengesOf,
  deleteSessionsOf,
  deleteSignInAttemptsOf,
  personalDataOf,
  sessionOf,
} from './account.queries.js';
import { normalizeEmail, signInKey } from './account-rules.js';
import { verifyPassword } from './password.js';

/** How long the export's link to its archive opens: time enough to click it, not to pass it on. */
export const EXPORT_ARCHIVE_LINK_MINUTES = 10;

/**
 * Everything Rathaus stores about the account, as plain JSON (GDPR Art. 15 and 20), with a link
 * to the same as a ZIP archive that also holds the account's files (uploads, receipts, decisions),
 * which do not fit into JSON.
 */
export async function exportPersonalData(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'settings'>,
): Promise<Record<string, unknown>> {
  const principal = signedInAccount(ctx.principal);
  const now = ctx.clock();
  const account = await ctx.em.findOneOrFail(AccountEntity, { id: principal.accountId });
  const email = account.email ?? '';
  const tables = await personalDataOf(ctx.em, {
    accountId: account.id,
    email,
    signInKey: signInKey(email),
  });
  const archiveToken = signFileLink(
    ctx.settings.linkSecret,
    { kind: 'export', id: account.id, viewer: account.id },
    new Date(now.getTime() + EXPORT_ARCHIVE_LINK_MINUTES * 60_000),
  );
  return {
    exportedAt: now.toISOString(),
    format: 'rathaus-personal-data/1',
    archiveUrl: `${ctx.settings.publicUrl}/files/export/${archiveToken}`,
    tables,
  };
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
  const session = principal.sessionId ? await sessionOf(em, account.id, principal.sessionId) : null;
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
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>,
  input: { confirmEmail: string; password?: string | null },
  store: FileStore,
): Promise<void> {
  const principal = signedInAccount(ctx.principal);
  const account = await ctx.em.findOneOrFail(
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
  const now = ctx.clock();
  await requireFreshAuthentication(ctx.em, principal, account, input.password ?? null, now);
  const owner = { accountId: account.id, email, signInKey: signInKey(email) };
  const { sessions, apiKeys, cancelled, files } = await ctx.em.transactional(async (tx) => {
    // No cancellation e-mails here: the citizen asked for this, and a queued e-mail would keep
    // the address that this transaction erases.
    const cancelled = await cancelUpcomingAppointmentsOf(tx, owner, now);
    await anonymizeAppointmentsOf(tx, owner);
    // Their places on waitlists go; a time offered to them is free again.
    cancelled.push(...(await deleteWaitlistEntriesOf(tx, owner)));
    // Requests for released times carry the name and address given with them.
    await deleteRequestsOf(tx, owner);
    const sessions = await deleteSessionsOf(tx, account.id);
    await tx.nativeDelete(PasskeyEntity, { account: account.id });
    await deleteAccountTokensOf(tx, account.id);
    await deleteChallengesOf(tx, account.id);
    await tx.nativeDelete(StaffOfficeEntity, { account: account.id });
    // Signing in at the town's provider again makes a new account, not this tombstone.
    await tx.nativeDelete(AccountIdentityEntity, { account: account.id });
    const apiKeys = await deleteApiKeysOf(tx, account.id);
    // Their conversations with the town hall go, messages included; as staff, they leave no name.
    await removeFromConversations(tx, account.id);
    await deleteEmailsTo(tx, email);
    await deleteSignInAttemptsOf(tx, owner.signInKey);
    await forgetQueueRowsOf(tx, account.id);
    // Undecided applications go; decided ones stay for their retention period, without the person.
    const files = await forgetApplicantRows(tx, account.id, now);
    await tx.nativeUpdate(
      AccountEntity,
      { id: account.id },
      {
        email: null,
        name: null,
        passwordHash: null,
        emailVerifiedAt: null,
        roles: [],
        deletedAt: now,
      },
    );
    return { sessions, apiKeys, cancelled, files };
  });
  await removeStoredFiles(store, files);
  for (const id of sessions) ctx.bus.publish('sessionEnded', id, { sessionId: id });
  announcePrincipalChange(ctx.bus, { account: account.id }, 'ENDED');
  for (const id of apiKeys) announcePrincipalChange(ctx.bus, { apiKey: id }, 'ENDED');
  for (const time of cancelled) {
    ctx.bus.publish('counterTimeChanged', time.officeId, {
      officeId: time.officeId,
      counterId: time.counterId,
      startsAt: time.startsAt.toISOString(),
      endsAt: time.endsAt.toISOString(),
    });
  }
}
