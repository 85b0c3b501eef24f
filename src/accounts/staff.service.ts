import type { EntityManager } from '@mikro-orm/postgresql';
import { announcePrincipalChange } from '../auth/principal-changes.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import { Language, mailLanguage } from '../common/language.js';
import type { TownSettings, UseCaseContext } from '../common/use-case.js';
import { rejectProblems } from '../common/validation.js';
import { AccountTokenPurpose } from '../entities/accounts/account-token.entity.js';
import { AccountEntity, Role } from '../entities/accounts/account.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { translate } from '../i18n/messages.js';
import { queueEmail, SECRET_MARK } from '../notifications/outbox.js';
import { AccountErrorCode } from './account.errors.js';
import { deleteSessionsOf, lockedAdmins } from './account.queries.js';
import { emailProblem, nameProblem, normalizeEmail } from './account-rules.js';
import { dropUnverifiedCredentials, issueEmailToken } from './account.service.js';

const INVITATION_VALID_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Refuses to take admin rights from the town hall's last admin, who could not give them back (only
 * the operator's command line could). Run in the transaction that changes the roles.
 */
async function keepAnAdmin(
  tx: EntityManager,
  account: AccountEntity,
  roles: readonly Role[],
  field: string,
): Promise<void> {
  if (!account.roles.includes(Role.ADMIN) || roles.includes(Role.ADMIN)) return;
  const admins = await lockedAdmins(tx);
  if (admins.every((id) => id === account.id)) {
    throw new DomainError(AccountErrorCode.LAST_ADMIN, 'error.lastAdmin', [field]);
  }
}

async function officesFor(em: EntityManager, officeIds: string[]): Promise<OfficeEntity[]> {
  const offices = await em.find(OfficeEntity, { id: { $in: officeIds } });
  if (offices.length !== new Set(officeIds).size) {
    throw new InvalidInputError([invalidField('officeIds', 'error.officeNotFound')]);
  }
  return offices;
}

/**
 * Gives a person staff access to offices (and admin rights when asked). Whoever becomes staff, or
 * has not confirmed their address yet, gets an invitation link through which they set their own
 * password. An account whose address was never confirmed loses what anyone could have set on it
 * (password, passkeys, API keys, sessions): otherwise whoever registered a future clerk's address
 * first would sign in as staff once the clerk confirmed it.
 */
export async function grantStaffAccess(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus'> & {
    settings: Pick<TownSettings, 'publicUrl' | 'townName'>;
  },
  input: { email: string; name: string; officeIds: string[]; admin: boolean },
): Promise<AccountEntity> {
  const email = normalizeEmail(input.email);
  const name = input.name.trim();
  rejectProblems([emailProblem('email', email), nameProblem('name', name)]);
  const granted = await ctx.em.transactional(async (tx) => {
    const offices = await officesFor(tx, input.officeIds);
    const existing = await tx.findOne(
      AccountEntity,
      { email, deletedAt: null },
      { populate: ['offices'] },
    );
    const account: AccountEntity = existing ?? tx.create(AccountEntity, { email, name, roles: [] });
    // The invitation's link refers to the account's row.
    if (!existing) await tx.flush();
    if (existing && !existing.emailVerifiedAt) {
      await dropUnverifiedCredentials(tx, existing.id);
      // No session can exist here (signing in needs a confirmed address); this makes sure.
      await deleteSessionsOf(tx, existing.id);
      existing.name = name;
    }
    if (!existing?.emailVerifiedAt || !existing.roles.includes(Role.STAFF)) {
      const lang = existing ? mailLanguage(existing.language) : Language.DE;
      const params = {
        town: ctx.settings.townName,
        name,
        url: `${ctx.settings.publicUrl}/accept-invitation?token=${SECRET_MARK}`,
      };
      await queueEmail(tx, {
        recipient: email,
        subject: translate(lang, 'mail.staffInvite.subject', params),
        body: translate(lang, 'mail.staffInvite.body', params),
        secret: await issueEmailToken(
          tx,
          account.id,
          ctx.clock(),
          INVITATION_VALID_MS,
          AccountTokenPurpose.INVITATION,
        ),
      });
    }
    const roles = new Set<Role>(account.roles.filter((role) => role === Role.CITIZEN));
    roles.add(Role.STAFF);
    if (input.admin) roles.add(Role.ADMIN);
    await keepAnAdmin(tx, account, [...roles], 'admin');
    account.roles = [...roles];
    account.offices.set(offices);
    return account;
  });
  announcePrincipalChange(ctx.bus, { account: granted.id }, 'CHANGED');
  return granted;
}

/** Ends an account's staff access (it stays a citizen account); never the last admin's. */
export async function revokeStaffAccess(
  ctx: Pick<UseCaseContext, 'em' | 'bus'>,
  accountId: string,
): Promise<AccountEntity> {
  const account = await ctx.em.transactional(async (tx) => {
    const found = await tx.findOne(
      AccountEntity,
      { id: accountId, deletedAt: null },
      { populate: ['offices'] },
    );
    if (!found) throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['accountId']);
    await keepAnAdmin(tx, found, [Role.CITIZEN], 'accountId');
    found.roles = [Role.CITIZEN];
    found.offices.removeAll();
    return found;
  });
  announcePrincipalChange(ctx.bus, { account: account.id }, 'CHANGED');
  return account;
}

export async function staffAccounts(ctx: Pick<UseCaseContext, 'em'>): Promise<AccountEntity[]> {
  return ctx.em.find(
    AccountEntity,
    {
      deletedAt: null,
      $or: [{ roles: { $contains: [Role.STAFF] } }, { roles: { $contains: [Role.ADMIN] } }],
    },
    { orderBy: { email: 'asc' }, populate: ['offices'] },
  );
}
