import { announcePrincipalChange } from '../auth/principal-changes.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AccountIdentityEntity } from '../entities/accounts/account-identity.entity.js';
import { AccountEntity, Role } from '../entities/accounts/account.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import type { Device } from './account.service.js';
import type { ProviderIdentity } from './oidc-claims.js';
import { openSession, type NewSession } from './sessions.js';

/** Why a sign-in at the town's provider opened no session; the callback page explains each. */
export enum ProviderSignInRefusal {
  /** The provider's claims carry neither the staff nor the admin role. */
  NOT_STAFF = 'NOT_STAFF',
  /** The ID token has no e-mail address, which every account needs. */
  NO_EMAIL = 'NO_EMAIL',
  /**
   * A local account has the address, and the provider does not vouch for it: linking would let
   * whoever typed that address at the provider into the local account.
   */
  EMAIL_UNVERIFIED = 'EMAIL_UNVERIFIED',
}

export type ProviderSignIn =
  (NewSession & { account: AccountEntity }) | { refused: ProviderSignInRefusal };

/** A refusal before any account was touched. */
function refusedEarly(refused: ProviderSignInRefusal) {
  return { refused, changed: false, accountId: '' };
}

function sameRights(account: AccountEntity, roles: Role[], officeIds: string[]): boolean {
  const current = account.offices.getItems().map((office) => office.id);
  return (
    account.roles.length === roles.length &&
    roles.every((role) => account.roles.includes(role)) &&
    current.length === officeIds.length &&
    officeIds.every((id) => current.includes(id))
  );
}

/**
 * Signs a staff member in with what the town's provider says about them: the account is found by
 * issuer and subject, else by e-mail address (linked), else created; its staff rights become
 * exactly what the claims say (roles, offices by slug; unknown slugs are ignored). Someone whose
 * claims lost the staff role keeps a citizen account without staff rights and gets no session;
 * when rights change, the account's WebSockets close (their rights are read again).
 */
export async function signInWithProvider(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus'>,
  identity: ProviderIdentity,
  device: Device,
): Promise<ProviderSignIn> {
  const now = ctx.clock();
  const outcome = await ctx.em.transactional(async (tx) => {
    const linked = await tx.findOne(
      AccountIdentityEntity,
      { issuer: identity.issuer, subject: identity.subject },
      { populate: ['account', 'account.offices'] },
    );
    let account: AccountEntity | null = linked?.account ?? null;
    if (!account && !identity.staff) return refusedEarly(ProviderSignInRefusal.NOT_STAFF);
    if (!account) {
      if (!identity.email) return refusedEarly(ProviderSignInRefusal.NO_EMAIL);
      const existing = await tx.findOne(
        AccountEntity,
        { email: identity.email, deletedAt: null },
        { populate: ['offices'] },
      );
      if (existing && !identity.emailVerified) {
        return refusedEarly(ProviderSignInRefusal.EMAIL_UNVERIFIED);
      }
      const created: AccountEntity =
        existing ??
        tx.create(AccountEntity, {
          email: identity.email,
          name: identity.name ?? identity.email,
          roles: [],
          emailVerifiedAt: now,
        });
      account = created;
      tx.create(AccountIdentityEntity, {
        account: created,
        issuer: identity.issuer,
        subject: identity.subject,
      });
    } else if (linked) {
      linked.lastSignInAt = now;
    }
    const offices = identity.staff
      ? await tx.find(OfficeEntity, { slug: { $in: identity.officeSlugs } })
      : [];
    const roles: Role[] = account.roles.filter((role) => role === Role.CITIZEN);
    if (identity.staff) roles.push(Role.STAFF);
    if (identity.admin) roles.push(Role.ADMIN);
    if (roles.length === 0) roles.push(Role.CITIZEN);
    const changed = !sameRights(
      account,
      roles,
      offices.map((office) => office.id),
    );
    if (changed) {
      account.roles = roles;
      account.offices.set(offices);
    }
    await tx.flush();
    if (!identity.staff) {
      return { refused: ProviderSignInRefusal.NOT_STAFF, changed, accountId: account.id };
    }
    const session = await openSession(tx, {
      accountId: account.id,
      kind: device.sessionKind,
      userAgent: device.userAgent,
      now,
      viaIdentityProvider: true,
    });
    return { ...session, account, changed, accountId: account.id, refused: null };
  });
  if ('changed' in outcome && outcome.changed) {
    announcePrincipalChange(ctx.bus, { account: outcome.accountId }, 'CHANGED');
  }
  if (outcome.refused) return { refused: outcome.refused };
  return { session: outcome.session, token: outcome.token, account: outcome.account };
}
