import type { EntityManager } from '@mikro-orm/postgresql';
import { announcePrincipalChange } from '../auth/principal-changes.js';
import { accountIdOf, isAdmin, type Principal } from '../auth/principal.js';
import { hashSecret, newSecret, SecretPrefix } from '../auth/secrets.js';
import type { Clock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { ApiKeyEntity } from '../entities/accounts/api-key.entity.js';
import { KioskDeviceEntity } from '../entities/accounts/kiosk-device.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { rejectProblems, textProblem } from '../common/validation.js';
import type { EventBus } from '../realtime/event-bus.js';
import { AccountErrorCode } from './account.errors.js';

// API keys for third-party developers and device tokens for lobby kiosks: both are secrets shown
// once at creation and stored as hashes, both can be revoked.

type Deps = { em: EntityManager; clock: Clock };
/** Revoking closes the credential's WebSockets on every instance. */
type RevokeDeps = Deps & { bus: EventBus };

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
  deps: Deps,
  principal: Principal,
  input: { name: string; ownerId?: string | null },
): Promise<{ apiKey: ApiKeyEntity; key: string }> {
  if (principal.kind !== 'account') {
    throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden');
  }
  const name = labelOf(input.name);
  const ownerId = input.ownerId ?? principal.accountId;
  if (ownerId !== principal.accountId && !isAdmin(principal)) {
    throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden', ['ownerId']);
  }
  const owner = await deps.em.findOne(AccountEntity, { id: ownerId, deletedAt: null });
  if (!owner) throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['ownerId']);
  const key = newSecret(SecretPrefix.apiKey);
  const apiKey = deps.em.create(ApiKeyEntity, {
    owner,
    name,
    prefix: key.slice(0, SecretPrefix.apiKey.length + 6),
    keyHash: hashSecret(key),
  });
  await deps.em.flush();
  return { apiKey, key };
}

/** Revokes a key of the caller's (admins: any key). Unknown and foreign keys are NOT_FOUND alike. */
export async function revokeApiKey(
  deps: RevokeDeps,
  principal: Principal,
  apiKeyId: string,
): Promise<ApiKeyEntity> {
  if (principal.kind !== 'account') {
    throw new DomainError(AccountErrorCode.FORBIDDEN, 'error.forbidden');
  }
  const apiKey = await deps.em.findOne(ApiKeyEntity, {
    id: apiKeyId,
    ...(isAdmin(principal) ? {} : { owner: principal.accountId }),
  });
  if (!apiKey) throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['apiKeyId']);
  apiKey.revokedAt ??= deps.clock();
  await deps.em.flush();
  announcePrincipalChange(deps.bus, { apiKey: apiKey.id }, 'ENDED');
  return apiKey;
}

export async function apiKeysOf(em: EntityManager, accountId: string): Promise<ApiKeyEntity[]> {
  return em.find(ApiKeyEntity, { owner: accountId }, { orderBy: { createdAt: 'desc' } });
}

/** Issues the device token of a new kiosk in an office's lobby. */
export async function issueKioskToken(
  deps: Deps,
  input: { officeId: string; name: string },
): Promise<{ device: KioskDeviceEntity; token: string }> {
  const name = labelOf(input.name);
  const office = await deps.em.findOne(OfficeEntity, { id: input.officeId });
  if (!office)
    throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  const token = newSecret(SecretPrefix.kiosk);
  const device = deps.em.create(KioskDeviceEntity, { office, name, tokenHash: hashSecret(token) });
  await deps.em.flush();
  return { device, token };
}

export async function revokeKioskDevice(
  deps: RevokeDeps,
  deviceId: string,
): Promise<KioskDeviceEntity> {
  const device = await deps.em.findOne(
    KioskDeviceEntity,
    { id: deviceId },
    { populate: ['office'] },
  );
  if (!device)
    throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['kioskDeviceId']);
  device.revokedAt ??= deps.clock();
  await deps.em.flush();
  announcePrincipalChange(deps.bus, { kiosk: device.id }, 'ENDED');
  return device;
}

export async function kioskDevices(em: EntityManager): Promise<KioskDeviceEntity[]> {
  return em.find(KioskDeviceEntity, {}, { orderBy: { createdAt: 'desc' }, populate: ['office'] });
}

/** A kiosk by ID, for admins only; null for everyone else. */
export async function findKioskDevice(
  em: EntityManager,
  principal: Principal,
  id: string,
): Promise<KioskDeviceEntity | null> {
  if (!isAdmin(principal)) return null;
  return em.findOne(KioskDeviceEntity, { id }, { populate: ['office'] });
}

/** One of the signed-in account's API keys; null for everyone else. */
export async function findOwnApiKey(
  em: EntityManager,
  principal: Principal,
  id: string,
): Promise<ApiKeyEntity | null> {
  const owner = accountIdOf(principal);
  return owner ? em.findOne(ApiKeyEntity, { id, owner }) : null;
}
