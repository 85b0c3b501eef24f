import type {
  AuthenticationResponseJSON,
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
  RegistrationResponseJSON,
} from '@simplewebauthn/server';
import { accountIdOf, signedInAccount } from '../auth/principal.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { TownSettings, UseCaseContext } from '../common/use-case.js';
import { rejectProblems, textProblem } from '../common/validation.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { ChallengePurpose } from '../entities/accounts/auth-challenge.entity.js';
import { PasskeyEntity } from '../entities/accounts/passkey.entity.js';
import { AccountErrorCode } from './account.errors.js';
import { insertChallenge, takeChallenge } from './account.queries.js';
import type { Device } from './account.service.js';
import { openSession, type NewSession } from './sessions.js';

/** The relying party's address and the name shown in the browser's dialogue. */
type RelyingParty = { settings: Pick<TownSettings, 'publicUrl' | 'townName'> };

/** A challenge must be answered within this time, and only once. */
export const CHALLENGE_TTL_MS = 60_000;

/** @simplewebauthn/server and its ASN.1 parsers: loaded with the first passkey, not at start (issue #20). */
const webAuthn = () => import('@simplewebauthn/server');

/** The relying party is the public address of this town hall. */
function relyingParty(publicUrl: string) {
  const url = new URL(publicUrl);
  return { rpID: url.hostname, origin: url.origin };
}

function verificationFailed(): DomainError {
  return new DomainError(
    AccountErrorCode.PASSKEY_VERIFICATION_FAILED,
    'error.passkeyVerificationFailed',
    ['response'],
  );
}

/** The challenge a response answers, read from its client data; null when unreadable. */
function challengeOf(response: { response?: { clientDataJSON?: unknown } }): string | null {
  try {
    const clientData = JSON.parse(
      Buffer.from(String(response.response?.clientDataJSON), 'base64url').toString('utf8'),
    ) as { challenge?: unknown };
    return typeof clientData.challenge === 'string' ? clientData.challenge : null;
  } catch {
    return null;
  }
}

/**
 * Takes the challenge out of the table, so that it can never be answered twice, even when the
 * answer then fails; refuses one that is unknown, of another purpose or account, or expired.
 */
async function consumeChallenge(
  ctx: Pick<UseCaseContext, 'em' | 'clock'>,
  challenge: string | null,
  purpose: ChallengePurpose,
  accountId: string | null,
): Promise<string> {
  const taken = challenge ? await takeChallenge(ctx.em, challenge, purpose) : null;
  if (!taken || !challenge || taken.accountId !== accountId || taken.expiresAt <= ctx.clock()) {
    throw new DomainError(AccountErrorCode.CHALLENGE_INVALID, 'error.challengeInvalid', [
      'response',
    ]);
  }
  return challenge;
}

export async function startPasskeyRegistration(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'> & RelyingParty,
): Promise<PublicKeyCredentialCreationOptionsJSON> {
  const principal = signedInAccount(ctx.principal);
  const account = await ctx.em.findOneOrFail(AccountEntity, { id: principal.accountId });
  const existing = await ctx.em.find(PasskeyEntity, { account: account.id });
  const { generateRegistrationOptions } = await webAuthn();
  const options = await generateRegistrationOptions({
    rpName: `Rathaus ${ctx.settings.townName}`,
    rpID: relyingParty(ctx.settings.publicUrl).rpID,
    userName: account.email ?? account.id,
    userDisplayName: account.name ?? '',
    userID: Buffer.from(account.id.replaceAll('-', ''), 'hex'),
    attestationType: 'none',
    timeout: CHALLENGE_TTL_MS,
    excludeCredentials: existing.map((passkey) => ({
      id: passkey.credentialId,
      transports: passkey.transports,
    })),
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
  });
  await insertChallenge(ctx.em, {
    challenge: options.challenge,
    purpose: ChallengePurpose.REGISTER_PASSKEY,
    accountId: account.id,
    expiresAt: new Date(ctx.clock().getTime() + CHALLENGE_TTL_MS),
  });
  return options;
}

/** Verifies the authenticator's attestation and stores the new passkey. */
export async function finishPasskeyRegistration(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'> & RelyingParty,
  input: { response: RegistrationResponseJSON; name?: string | null },
): Promise<PasskeyEntity> {
  const principal = signedInAccount(ctx.principal);
  const name = input.name?.trim() || 'Passkey';
  if (name.length > 100)
    throw new InvalidInputError([invalidField('name', 'error.tooLong', { max: 100 })]);
  const challenge = await consumeChallenge(
    ctx,
    challengeOf(input.response),
    ChallengePurpose.REGISTER_PASSKEY,
    principal.accountId,
  );
  const { rpID, origin } = relyingParty(ctx.settings.publicUrl);
  const { verifyRegistrationResponse } = await webAuthn();
  const verification = await verifyRegistrationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    requireUserVerification: true,
  }).catch(() => ({ verified: false as const }));
  if (!verification.verified) throw verificationFailed();
  const { credential, credentialBackedUp } = verification.registrationInfo;
  const passkey = ctx.em.create(PasskeyEntity, {
    account: principal.accountId,
    credentialId: credential.id,
    publicKey: Buffer.from(credential.publicKey),
    signCount: credential.counter,
    transports: credential.transports ?? [],
    backedUp: credentialBackedUp,
    name,
  });
  try {
    await ctx.em.flush();
  } catch (error) {
    if (postgresErrorOf(error)?.code === SqlState.uniqueViolation) throw verificationFailed();
    throw error;
  }
  return passkey;
}

/** Options for a usernameless sign-in: any passkey of this town hall may answer. */
export async function startPasskeySignIn(
  ctx: Pick<UseCaseContext, 'em' | 'clock' | 'limits'> & RelyingParty,
): Promise<PublicKeyCredentialRequestOptionsJSON> {
  await ctx.limits.take({ byAddress: ['passkeyChallengesPerAddress'] });
  const { generateAuthenticationOptions } = await webAuthn();
  const options = await generateAuthenticationOptions({
    rpID: relyingParty(ctx.settings.publicUrl).rpID,
    userVerification: 'required',
    timeout: CHALLENGE_TTL_MS,
  });
  await insertChallenge(ctx.em, {
    challenge: options.challenge,
    purpose: ChallengePurpose.SIGN_IN,
    accountId: null,
    expiresAt: new Date(ctx.clock().getTime() + CHALLENGE_TTL_MS),
  });
  return options;
}

/**
 * Verifies an assertion: the challenge (single use, 60 s), origin, RP ID, signature, user
 * verification and a signature counter that must grow (a cloned authenticator shows up as a
 * counter that does not).
 */
export async function finishPasskeySignIn(
  ctx: Pick<UseCaseContext, 'em' | 'clock'> & RelyingParty,
  input: { response: AuthenticationResponseJSON; device: Device },
): Promise<NewSession & { account: AccountEntity }> {
  const challenge = await consumeChallenge(
    ctx,
    challengeOf(input.response),
    ChallengePurpose.SIGN_IN,
    null,
  );
  const passkey = await ctx.em.findOne(
    PasskeyEntity,
    { credentialId: String(input.response.id), account: { deletedAt: null } },
    { populate: ['account'] },
  );
  // A passkey on an unconfirmed address could be anyone's (account pre-hijacking).
  if (!passkey?.account.emailVerifiedAt) throw verificationFailed();
  const { rpID, origin } = relyingParty(ctx.settings.publicUrl);
  const { verifyAuthenticationResponse } = await webAuthn();
  const verification = await verifyAuthenticationResponse({
    response: input.response,
    expectedChallenge: challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential: {
      id: passkey.credentialId,
      publicKey: new Uint8Array(passkey.publicKey),
      counter: passkey.signCount,
      transports: passkey.transports,
    },
    requireUserVerification: true,
  }).catch(() => null);
  if (!verification?.verified) throw verificationFailed();
  const now = ctx.clock();
  // The counter and the session are written together, or neither.
  const session = await ctx.em.transactional(async (tx) => {
    await tx.nativeUpdate(
      PasskeyEntity,
      { id: passkey.id },
      { signCount: verification.authenticationInfo.newCounter, lastUsedAt: now },
    );
    return openSession(tx, {
      accountId: passkey.account.id,
      kind: input.device.sessionKind,
      userAgent: input.device.userAgent,
      now,
    });
  });
  return { ...session, account: passkey.account };
}

export async function renamePasskey(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  input: { passkeyId: string; name: string },
): Promise<PasskeyEntity> {
  const principal = signedInAccount(ctx.principal);
  const name = input.name.trim();
  rejectProblems([textProblem('name', name, 100)]);
  const passkey = await ctx.em.findOne(PasskeyEntity, {
    id: input.passkeyId,
    account: principal.accountId,
  });
  if (!passkey) throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['passkeyId']);
  passkey.name = name;
  await ctx.em.flush();
  return passkey;
}

export async function removePasskey(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  passkeyId: string,
): Promise<void> {
  const principal = signedInAccount(ctx.principal);
  const removed = await ctx.em.nativeDelete(PasskeyEntity, {
    id: passkeyId,
    account: principal.accountId,
  });
  if (removed === 0)
    throw new DomainError(AccountErrorCode.NOT_FOUND, 'error.notFound', ['passkeyId']);
}

/** One of the signed-in account's passkeys; null for everyone else. */
export async function findOwnPasskey(
  ctx: Pick<UseCaseContext, 'principal' | 'em'>,
  id: string,
): Promise<PasskeyEntity | null> {
  const owner = accountIdOf(ctx.principal);
  return owner ? ctx.em.findOne(PasskeyEntity, { id, account: owner }) : null;
}

export async function passkeysOf(
  ctx: Pick<UseCaseContext, 'em'>,
  accountId: string,
): Promise<PasskeyEntity[]> {
  return ctx.em.find(PasskeyEntity, { account: accountId }, { orderBy: { createdAt: 'asc' } });
}
