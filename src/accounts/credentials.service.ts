import { announcePrincipalChange } from '../auth/principal-changes.js';
import { accountIdOf, isAdmin, type OfficeScope } from '../auth/principal.js';
import { officesByIds } from '../catalogue/catalogue.queries.js';
import { hashSecret, newSecret, SecretPrefix } from '../auth/secrets.js';
import { DomainError } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { rejectProblems, textProblem } from '../common/validation.js';
import { AccountErrorCode } from './account.errors.js';
import {
  allKioskDevices,
  apiKeyOfOwner,
  apiKeysOfOwner,
  apiKeysPage,
  insertApiKey,
  insertKioskDevice,
  kioskDeviceById,
  replaceApiKeyScopes,
  revokeApiKeyById,
  scopesOfApiKeys,
  revokeKioskDeviceById,
  type ApiKeyRecord,
  type KioskDeviceRecord,
} from './account.queries.js';

// API keys for third-party developers and device tokens for lobby kiosks: both are secrets shown
// once at creation and stored as hashes, both can be revoked.

function labelOf(name: string): string {
  const label = name.trim();
  rejectProblems([textProblem('name', label, 100)]);
  return label;
}

/**
 * Creates an API key for the caller, or (admins only) for another account. The key is returned
 * once; only its hash and a short prefix are kept.
 */
export async function createApiKey(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  input: { name: string; ownerId?: string | null },
): Promise<{ apiKey: ApiKeyRecord; key: string }> {
  const { principal } = ctx;
  if (principal.kind !== 'account') {
    throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden');
  }
  const name = labelOf(input.name);
  const ownerId = input.ownerId ?? principal.accountId;
  if (ownerId !== principal.accountId && !isAdmin(principal)) {
    throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden', ['ownerId']);
  }
  const key = newSecret(SecretPrefix.apiKey);
  const apiKey = await insertApiKey(ctx.em, {
    ownerId,
    name,
    prefix: key.slice(0, SecretPrefix.apiKey.length + 6),
    keyHash: hashSecret(key),
  });
  if (!apiKey) throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['ownerId']);
  return { apiKey, key };
}

/** Revokes a key of the caller's (admins: any key). Unknown and foreign keys are NOT_FOUND alike. */
export async function revokeApiKey(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>,
  apiKeyId: string,
): Promise<ApiKeyRecord> {
  const { principal } = ctx;
  if (principal.kind !== 'account') {
    throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden');
  }
  const apiKey = await revokeApiKeyById(
    ctx.em,
    { id: apiKeyId, ownerId: isAdmin(principal) ? null : principal.accountId },
    ctx.clock(),
  );
  if (!apiKey) throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['apiKeyId']);
  // Revoking closes the key's WebSockets on every instance.
  announcePrincipalChange(ctx.bus, { apiKey: apiKey.id }, 'ENDED');
  return apiKey;
}

/** At most this many scopes per key: an integration works for a few offices, not the town. */
export const MAX_API_KEY_SCOPES = 50;

/**
 * Sets the office scopes of a live API key (admins only): the key may then do what they open for
 * those offices and nothing more (docs/decisions/0028-api-key-scopes.md). Takes effect at once:
 * the key's open WebSockets close (4403) when their rights changed, and its next request reads the
 * new scopes.
 */
export async function setApiKeyScopes(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'bus'>,
  input: { apiKeyId: string; scopes: readonly OfficeScope[] },
): Promise<ApiKeyRecord> {
  if (!isAdmin(ctx.principal)) throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden');
  if (input.scopes.length > MAX_API_KEY_SCOPES) {
    throw new DomainError(AccountErrorCode.INVALID_INPUT, 'error.tooManyScopes', ['scopes'], {
      max: MAX_API_KEY_SCOPES,
    });
  }
  const scopes = [
    ...new Map(input.scopes.map((grant) => [`${grant.scope}:${grant.officeId}`, grant])).values(),
  ];
  const officeIds = [...new Set(scopes.map((grant) => grant.officeId))];
  const apiKey = await ctx.em.transactional(async (tx) => {
    if (officeIds.length > 0) {
      const offices = await officesByIds(tx, officeIds);
      if (offices.length !== officeIds.length) {
        throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.officeNotFound', ['scopes']);
      }
    }
    return replaceApiKeyScopes(tx, input.apiKeyId, scopes);
  });
  if (!apiKey) throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['apiKeyId']);
  announcePrincipalChange(ctx.bus, { apiKey: apiKey.id }, 'CHANGED');
  return apiKey;
}

/** The office scopes of these keys, by key id, for their owners and admins. */
export function scopesOf(
  ctx: Pick<UseCaseContext, 'em'>,
  apiKeyIds: readonly string[],
): Promise<Map<string, OfficeScope[]>> {
  return scopesOfApiKeys(ctx.em, apiKeyIds);
}

export async function apiKeysOf(
  ctx: Pick<UseCaseContext, 'em'>,
  accountId: string,
): Promise<ApiKeyRecord[]> {
  return apiKeysOfOwner(ctx.em, accountId);
}

/** Every account's keys, a page at a time, for admins to see who may call the API and revoke. */
export async function allApiKeys(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  page: { offset: number; limit: number },
): Promise<{ apiKeys: ApiKeyRecord[]; totalCount: number }> {
  if (!isAdmin(ctx.principal)) throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden');
  return apiKeysPage(ctx.em, page);
}

/** Issues the device token of a new kiosk in an office's lobby. */
export async function issueKioskToken(
  ctx: Pick<UseCaseContext, 'em'>,
  input: { officeId: string; name: string },
): Promise<{ device: KioskDeviceRecord; token: string }> {
  const name = labelOf(input.name);
  const token = newSecret(SecretPrefix.kiosk);
  const device = await insertKioskDevice(ctx.em, {
    officeId: input.officeId,
    name,
    tokenHash: hashSecret(token),
  });
  if (!device)
    throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  return { device, token };
}

export async function revokeKioskDevice(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'bus'>,
  deviceId: string,
): Promise<KioskDeviceRecord> {
  const device = await revokeKioskDeviceById(ctx.em, deviceId, ctx.clock());
  if (!device)
    throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['kioskDeviceId']);
  // Revoking closes the kiosk's WebSockets on every instance.
  announcePrincipalChange(ctx.bus, { kiosk: device.id }, 'ENDED');
  return device;
}

export async function kioskDevices(ctx: Pick<UseCaseContext, 'em'>): Promise<KioskDeviceRecord[]> {
  return allKioskDevices(ctx.em);
}

/** A kiosk by ID, for admins only; null for everyone else. */
export async function findKioskDevice(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  id: string,
): Promise<KioskDeviceRecord | null> {
  return isAdmin(ctx.principal) ? kioskDeviceById(ctx.em, id) : null;
}

/**
 * The kiosk whose token is calling, for the kiosk client to learn its office when it is set up;
 * null for every other caller.
 */
export async function currentKioskDevice(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
): Promise<KioskDeviceRecord | null> {
  return ctx.principal.kind === 'kiosk' ? kioskDeviceById(ctx.em, ctx.principal.deviceId) : null;
}

/** One of the signed-in account's API keys; null for everyone else. */
export async function findOwnApiKey(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  id: string,
): Promise<ApiKeyRecord | null> {
  const owner = accountIdOf(ctx.principal);
  return owner ? apiKeyOfOwner(ctx.em, owner, id) : null;
}
