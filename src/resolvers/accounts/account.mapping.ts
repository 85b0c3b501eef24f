import type { ApiKeyRecord, SessionRecord } from '../../accounts/account.queries.js';
import { mailLanguage } from '../../common/language.js';
import type { AccountEntity } from '../../entities/accounts/account.entity.js';
import type { PasskeyEntity } from '../../entities/accounts/passkey.entity.js';
import { toGlobalId } from '../common/global-id.js';
import type { Account, ApiKey, Passkey, Session } from './account.types.js';

export function toAccount(account: AccountEntity): Account {
  return {
    id: toGlobalId('Account', account.id),
    uuid: account.id,
    email: account.email ?? '',
    name: account.name ?? '',
    emailVerified: account.emailVerifiedAt !== null,
    roles: account.roles,
    language: mailLanguage(account.language),
  };
}

export function toPasskey(passkey: PasskeyEntity): Passkey {
  return {
    id: toGlobalId('Passkey', passkey.id),
    name: passkey.name,
    backedUp: passkey.backedUp,
    createdAt: passkey.createdAt,
    lastUsedAt: passkey.lastUsedAt,
  };
}

export function toSession(session: SessionRecord, currentSessionId: string | null): Session {
  return {
    id: toGlobalId('Session', session.id),
    current: session.id === currentSessionId,
    type: session.kind,
    userAgent: session.userAgent,
    createdAt: session.createdAt,
    lastUsedAt: session.lastUsedAt,
    expiresAt: session.expiresAt,
  };
}

export function toApiKey(apiKey: ApiKeyRecord): ApiKey {
  return {
    id: toGlobalId('ApiKey', apiKey.id),
    name: apiKey.name,
    prefix: apiKey.prefix,
    createdAt: apiKey.createdAt,
    lastUsedAt: apiKey.lastUsedAt,
    revokedAt: apiKey.revokedAt,
    uuid: apiKey.id,
    ownerUuid: apiKey.ownerId,
  };
}
