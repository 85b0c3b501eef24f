import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import {
  acceptInvitation,
  activeSessions,
  changePassword,
  claimGuestAppointments,
  endSession,
  findAccount,
  officesOfAccount,
  registerAccount,
  signInWithPassword,
  verifyEmail,
} from '../../accounts/account.service.js';
import { apiKeysOf, createApiKey, revokeApiKey } from '../../accounts/credentials.service.js';
import { dataAccessOf } from '../../accounts/data-access.service.js';
import {
  finishPasskeyRegistration,
  finishPasskeySignIn,
  passkeysOf,
  removePasskey,
  renamePasskey,
  startPasskeyRegistration,
  startPasskeySignIn,
} from '../../accounts/passkey.service.js';
import { deleteAccount, exportPersonalData } from '../../accounts/personal-data.service.js';
import type { NewSession } from '../../accounts/sessions.js';
import { myAppointments } from '../../appointments/appointment.service.js';
import { Access } from '../../auth/access.js';
import { AuthErrorCode } from '../../auth/auth.errors.js';
import { DomainError } from '../../common/domain-error.js';
import { Role, type AccountEntity } from '../../entities/accounts/account.entity.js';
import { SessionKind } from '../../entities/accounts/session.entity.js';
import { toAppointment } from '../appointments/appointment.mapping.js';
import { toOffice } from '../catalogue/catalogue.mapping.js';
import { AccountErrorCode } from '../../accounts/account.errors.js';
import { Office } from '../catalogue/catalogue.types.js';
import { PageArgs, requestedPage, toConnection } from '../common/connection.js';
import { asPayload, inputUuid, toGraphQLError } from '../common/domain-errors.js';
import type { GraphQLContext } from '../context.js';
import { toAccount, toApiKey, toPasskey, toSession } from './account.mapping.js';
import { toGlobalId } from '../common/global-id.js';
import {
  AcceptInvitationInput,
  AcceptInvitationPayload,
  Account,
  ApiKey,
  ApiKeyOwner,
  ApiKeyPayload,
  ApiKeyScopeGrant,
  AppointmentConnection,
  ChangePasswordInput,
  ChangePasswordPayload,
  ClaimGuestAppointmentsPayload,
  CreateApiKeyInput,
  CreateApiKeyPayload,
  DataAccessConnection,
  DeleteMyAccountInput,
  DeleteMyAccountPayload,
  ExportMyDataPayload,
  FinishPasskeyRegistrationInput,
  FinishPasskeySignInInput,
  Passkey,
  PasskeyOptionsPayload,
  PasskeyPayload,
  RegisterAccountInput,
  RegisterAccountPayload,
  RemovedPayload,
  RemovePasskeyInput,
  RenamePasskeyInput,
  RevokeApiKeyInput,
  StaffSignInOptions,
  RevokeSessionInput,
  Session,
  SignInPayload,
  SignInWithPasswordInput,
  SignOutPayload,
  VerifyEmailInput,
} from './account.types.js';

function device(ctx: GraphQLContext, sessionKind: SessionKind) {
  // Over WebSocket there is no cookie to set: such a session can only be a bearer token.
  const kind = ctx.http ? sessionKind : SessionKind.BEARER;
  return {
    ip: ctx.clientIp,
    userAgent: ctx.http?.userAgent ?? null,
    sessionKind: kind,
  };
}

/** The account's private fields are for its owner only, whoever else gets hold of an Account. */
function ownerOnly(ctx: GraphQLContext, account: Account): void {
  if (ctx.principal.kind !== 'account' || ctx.principal.accountId !== account.uuid) {
    throw toGraphQLError(ctx.lang, new DomainError(AuthErrorCode.FORBIDDEN, 'error.ownerOnly'));
  }
}

/** A new session: as a cookie for the web client, or as the token in the payload. */
function signInResult(
  ctx: GraphQLContext,
  result: (NewSession & { account: AccountEntity }) | null,
) {
  if (!result) return { account: null, token: null, expiresAt: null };
  const cookie = result.session.kind === SessionKind.COOKIE && ctx.http;
  if (cookie) ctx.http?.setSessionCookie(result.token, result.session.expiresAt);
  return {
    account: toAccount(result.account),
    token: cookie ? null : result.token,
    expiresAt: result.session.expiresAt,
  };
}

@Resolver(() => Account)
export class AccountResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => Account, {
    nullable: true,
    description: 'The signed-in account; null when anonymous.',
  })
  async me(@Ctx() ctx: GraphQLContext): Promise<Account | null> {
    if (ctx.principal.kind !== 'account') return null;
    const account = await findAccount(ctx.useCase, ctx.principal.accountId);
    return account && toAccount(account);
  }

  @Authorized(Access.PUBLIC)
  @Query(() => StaffSignInOptions, {
    description: 'How staff may sign in here: whether the town’s identity provider is offered.',
  })
  staffSignInOptions(@Ctx() ctx: GraphQLContext): StaffSignInOptions {
    return { identityProvider: ctx.settings.identityProvider, localAccounts: true };
  }

  @FieldResolver(() => [Office], { description: 'For staff: the offices they work for.' })
  async offices(@Root() account: Account, @Ctx() ctx: GraphQLContext): Promise<Office[]> {
    return (await officesOfAccount(ctx.useCase, account.uuid)).map((office) =>
      toOffice(office, ctx.lang),
    );
  }

  @FieldResolver(() => [Passkey], { description: 'Your passkeys, oldest first.' })
  async passkeys(@Root() account: Account, @Ctx() ctx: GraphQLContext): Promise<Passkey[]> {
    ownerOnly(ctx, account);
    return (await passkeysOf(ctx.useCase, account.uuid)).map(toPasskey);
  }

  @FieldResolver(() => [Session], {
    description: 'The devices that are signed in ("my devices"), most recently used first.',
  })
  async sessions(@Root() account: Account, @Ctx() ctx: GraphQLContext): Promise<Session[]> {
    ownerOnly(ctx, account);
    const current = ctx.principal.kind === 'account' ? ctx.principal.sessionId : null;
    const sessions = await activeSessions(ctx.useCase, account.uuid);
    return sessions.map((session) => toSession(session, current));
  }

  @FieldResolver(() => AppointmentConnection, {
    description: 'The account’s appointments, newest first.',
  })
  async appointments(@Root() account: Account, @Ctx() ctx: GraphQLContext, @Args() args: PageArgs) {
    ownerOnly(ctx, account);
    const page = requestedPage(args, ctx.lang);
    const { appointments, totalCount } = await myAppointments(ctx.useCase, page);
    return toConnection(
      appointments.map((appointment) => toAppointment(appointment, ctx.lang, ctx.settings)),
      page,
      totalCount,
    );
  }

  @FieldResolver(() => DataAccessConnection, {
    description:
      'Every read of your personal data by town hall staff: who, when, what, why and how; newest first.',
  })
  async dataAccessLog(
    @Root() account: Account,
    @Ctx() ctx: GraphQLContext,
    @Args() args: PageArgs,
  ) {
    ownerOnly(ctx, account);
    const page = requestedPage(args, ctx.lang);
    const { entries, totalCount } = await dataAccessOf(ctx.useCase, account.uuid, page);
    return toConnection(
      entries.map((entry) => ({
        accessedAt: entry.accessedAt,
        staffMember: entry.actor.name ?? '',
        staffRole: entry.actorRole && Role[entry.actorRole],
        subject: entry.subject,
        reason: entry.reason,
        channel: entry.channel,
        apiKeyName: entry.apiKeyName,
      })),
      page,
      totalCount,
    );
  }

  @FieldResolver(() => [ApiKey], {
    description: 'Your keys for the public API, newest first, revoked ones included.',
  })
  async apiKeys(@Root() account: Account, @Ctx() ctx: GraphQLContext): Promise<ApiKey[]> {
    ownerOnly(ctx, account);
    return (await apiKeysOf(ctx.useCase, account.uuid)).map(toApiKey);
  }

  @Authorized(Access.PERSON)
  @Mutation(() => RegisterAccountPayload, {
    description:
      'Creates a citizen account and e-mails a verification link. Answers the same for an address that already has an account. Over HTTP only. userErrors: INVALID_INPUT, RATE_LIMITED (more than 10 sign-ups an hour by you, or 8 e-mails an hour or 20 a day to the address; HTTP 429 with Retry-After).',
  })
  async registerAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RegisterAccountInput, {
      description:
        'The e-mail address, the name, optionally a password, and the language of the e-mails.',
    })
    input: RegisterAccountInput,
  ): Promise<RegisterAccountPayload> {
    const { userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      registerAccount(ctx.useCase, input),
    );
    return { emailSent: userErrors.length === 0, userErrors };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => SignInPayload, {
    description:
      'Confirms the e-mail address with the verification link’s token and sets the password; what was set before the address was confirmed (password, passkeys, API keys, sessions) is removed. Does not sign in: token and expiresAt are always null. Over HTTP only. userErrors: INVALID_TOKEN, INVALID_INPUT, RATE_LIMITED (more than 30 tries in 15 minutes from your address).',
  })
  async verifyEmail(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => VerifyEmailInput, {
      description: 'The token from the e-mail link and the password its holder chooses.',
    })
    input: VerifyEmailInput,
  ): Promise<SignInPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      verifyEmail(ctx.useCase, { token: input.token, password: input.password }),
    );
    return { account: result && toAccount(result), token: null, expiresAt: null, userErrors };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => AcceptInvitationPayload, {
    description:
      'Accepts a staff invitation: confirms the address and sets the invited person’s own password; for an address not confirmed before, what was set earlier (password, passkeys, API keys, sessions) is removed. Ends the account’s sessions; does not sign in. userErrors: INVALID_TOKEN, INVALID_INPUT, RATE_LIMITED (more than 30 tries in 15 minutes from your address).',
  })
  async acceptInvitation(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AcceptInvitationInput, {
      description:
        'The token from the invitation e-mail and the password the new staff member chooses.',
    })
    input: AcceptInvitationInput,
  ): Promise<AcceptInvitationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      acceptInvitation(ctx.useCase, { token: input.token, password: input.password }),
    );
    return { account: result && toAccount(result), userErrors };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => SignInPayload, {
    description:
      'Signs in with e-mail and password. Over HTTP only. userErrors: INVALID_CREDENTIALS (same for unknown e-mail and wrong password), TOO_MANY_ATTEMPTS (10 failures for the e-mail from your address, or 30 from all addresses, in 15 minutes), EMAIL_NOT_VERIFIED (a new link is e-mailed), RATE_LIMITED (more than 100 sign-ins in 15 minutes from your address, or too many e-mails to the address).',
  })
  async signInWithPassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SignInWithPasswordInput, {
      description:
        'The e-mail address, the password, and whether to get a cookie (web) or a bearer token (apps).',
    })
    input: SignInWithPasswordInput,
  ): Promise<SignInPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      signInWithPassword(ctx.useCase, {
        email: input.email,
        password: input.password,
        device: device(ctx, input.sessionType),
      }),
    );
    return { ...signInResult(ctx, result), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => PasskeyOptionsPayload, {
    description: 'Starts adding a passkey: pass the options to navigator.credentials.create().',
  })
  async startPasskeyRegistration(@Ctx() ctx: GraphQLContext): Promise<PasskeyOptionsPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      startPasskeyRegistration(ctx.useCase),
    );
    return { options: result as Record<string, unknown> | null, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => PasskeyPayload, {
    description:
      'Stores the passkey the browser created. userErrors: CHALLENGE_INVALID, PASSKEY_VERIFICATION_FAILED, INVALID_INPUT.',
  })
  async finishPasskeyRegistration(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => FinishPasskeyRegistrationInput, {
      description:
        'The authenticator’s answer to the options of startPasskeyRegistration, and a name for the passkey.',
    })
    input: FinishPasskeyRegistrationInput,
  ): Promise<PasskeyPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      finishPasskeyRegistration(ctx.useCase, {
        response: input.response as unknown as RegistrationResponseJSON,
        name: input.name,
      }),
    );
    return { passkey: result && toPasskey(result), userErrors };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => PasskeyOptionsPayload, {
    description:
      'Starts signing in with a passkey (no e-mail needed): pass the options to navigator.credentials.get(). Over HTTP only. userErrors: RATE_LIMITED (more than 60 in 15 minutes from your address).',
  })
  async startPasskeySignIn(@Ctx() ctx: GraphQLContext): Promise<PasskeyOptionsPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      startPasskeySignIn(ctx.useCase),
    );
    return { options: result as Record<string, unknown> | null, userErrors };
  }

  @Authorized(Access.PERSON)
  @Mutation(() => SignInPayload, {
    description:
      'Signs in with the browser’s assertion. Over HTTP only. userErrors: CHALLENGE_INVALID, PASSKEY_VERIFICATION_FAILED.',
  })
  async finishPasskeySignIn(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => FinishPasskeySignInInput, {
      description:
        'The authenticator’s answer to the options of startPasskeySignIn, and whether to get a cookie or a bearer token.',
    })
    input: FinishPasskeySignInInput,
  ): Promise<SignInPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      finishPasskeySignIn(ctx.useCase, {
        response: input.response as unknown as AuthenticationResponseJSON,
        device: device(ctx, input.sessionType),
      }),
    );
    return { ...signInResult(ctx, result), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => PasskeyPayload, {
    description: 'Renames one of your passkeys. userErrors: NOT_FOUND, INVALID_INPUT.',
  })
  async renamePasskey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RenamePasskeyInput, { description: 'Which passkey, and its new name.' })
    input: RenamePasskeyInput,
  ): Promise<PasskeyPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      renamePasskey(ctx.useCase, {
        passkeyId: inputUuid(input.passkeyId, 'Passkey', 'passkeyId'),
        name: input.name,
      }),
    );
    return { passkey: result && toPasskey(result), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => RemovedPayload, {
    description: 'Removes one of your passkeys. userErrors: NOT_FOUND.',
  })
  async removePasskey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RemovePasskeyInput, { description: 'Which passkey to remove.' })
    input: RemovePasskeyInput,
  ): Promise<RemovedPayload> {
    const { userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      removePasskey(ctx.useCase, inputUuid(input.passkeyId, 'Passkey', 'passkeyId')),
    );
    return { removedId: userErrors.length ? null : input.passkeyId, userErrors };
  }

  @Authorized(Access.PUBLIC)
  @Mutation(() => SignOutPayload, {
    description:
      'Signs this device out: ends its session, clears the cookie and closes its WebSockets.',
  })
  async signOut(@Ctx() ctx: GraphQLContext): Promise<SignOutPayload> {
    ctx.http?.clearSessionCookie();
    const principal = ctx.principal;
    if (principal.kind !== 'account' || !principal.sessionId)
      return { signedOut: false, userErrors: [] };
    const sessionId = principal.sessionId;
    const { userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      endSession(ctx.useCase, sessionId),
    );
    return { signedOut: userErrors.length === 0, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => RemovedPayload, {
    description: 'Signs one of your devices out and closes its WebSockets. userErrors: NOT_FOUND.',
  })
  async revokeSession(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RevokeSessionInput, { description: 'Which device (session) to sign out.' })
    input: RevokeSessionInput,
  ): Promise<RemovedPayload> {
    const { userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      endSession(ctx.useCase, inputUuid(input.sessionId, 'Session', 'sessionId')),
    );
    return { removedId: userErrors.length ? null : input.sessionId, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ChangePasswordPayload, {
    description:
      'Sets or changes your password and signs out your other devices (closing their WebSockets). userErrors: INVALID_CREDENTIALS (current password), INVALID_INPUT.',
  })
  async changePassword(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ChangePasswordInput, {
      description: 'The current password and the new one.',
    })
    input: ChangePasswordInput,
  ): Promise<ChangePasswordPayload> {
    const { userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      changePassword(ctx.useCase, input),
    );
    return { changed: userErrors.length === 0, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ClaimGuestAppointmentsPayload, {
    description:
      'Attaches the guest bookings made with your verified e-mail address to your account. userErrors: EMAIL_NOT_VERIFIED.',
  })
  async claimGuestAppointments(@Ctx() ctx: GraphQLContext): Promise<ClaimGuestAppointmentsPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      claimGuestAppointments(ctx.useCase),
    );
    return {
      appointments: (result ?? []).map((appointment) =>
        toAppointment(appointment, ctx.lang, ctx.settings),
      ),
      userErrors,
    };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => CreateApiKeyPayload, {
    description:
      'Creates a key for the public API, for yourself (admins: for any account). userErrors: INVALID_INPUT, NOT_FOUND, FORBIDDEN.',
  })
  async createApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateApiKeyInput, {
      description: 'What the key is for (admins: also whose it is).',
    })
    input: CreateApiKeyInput,
  ): Promise<CreateApiKeyPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      createApiKey(ctx.useCase, {
        name: input.name,
        ownerId: input.ownerId ? inputUuid(input.ownerId, 'Account', 'ownerId') : null,
      }),
    );
    return { apiKey: result && toApiKey(result.apiKey), key: result?.key ?? null, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ApiKeyPayload, {
    description: 'Revokes an API key at once. userErrors: NOT_FOUND.',
  })
  async revokeApiKey(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RevokeApiKeyInput, { description: 'Which API key stops working.' })
    input: RevokeApiKeyInput,
  ): Promise<ApiKeyPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      revokeApiKey(ctx.useCase, inputUuid(input.apiKeyId, 'ApiKey', 'apiKeyId')),
    );
    return { apiKey: result && toApiKey(result), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ExportMyDataPayload, {
    description: 'Everything Rathaus stores about you, as JSON (GDPR Art. 15 and 20).',
  })
  async exportMyData(@Ctx() ctx: GraphQLContext): Promise<ExportMyDataPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      exportPersonalData(ctx.useCase),
    );
    return { data: result, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => DeleteMyAccountPayload, {
    description:
      'Deletes your account and personal data: upcoming appointments are cancelled, all devices signed out. Needs the password, or a sign-in on this device within the last 5 minutes. userErrors: CONFIRMATION_MISMATCH, INVALID_CREDENTIALS (password), REAUTHENTICATION_REQUIRED.',
  })
  async deleteMyAccount(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => DeleteMyAccountInput, {
      description:
        'Your e-mail address as confirmation, and the password unless you signed in within the last 5 minutes.',
    })
    input: DeleteMyAccountInput,
  ): Promise<DeleteMyAccountPayload> {
    const { userErrors } = await asPayload(ctx.lang, AccountErrorCode, () =>
      deleteAccount(ctx.useCase, input, ctx.files),
    );
    if (userErrors.length === 0) ctx.http?.clearSessionCookie();
    return { deleted: userErrors.length === 0, userErrors };
  }
}

@Resolver(() => ApiKey)
export class ApiKeyFieldsResolver {
  @FieldResolver(() => ApiKeyOwner, {
    description:
      'The account the key acts for: yours in `me.apiKeys`, anyone’s in the admins’ `apiKeys`.',
  })
  async owner(@Root() apiKey: ApiKey, @Ctx() ctx: GraphQLContext): Promise<ApiKeyOwner> {
    // Deleting an account deletes its keys in the same transaction: a key always has its owner.
    const owner = await ctx.loaders.accountContact.load(apiKey.ownerUuid);
    if (!owner) throw new Error(`API key ${apiKey.id} lost its owner`);
    return { id: toGlobalId('Account', owner.id), name: owner.name ?? '', email: owner.email };
  }

  @FieldResolver(() => [ApiKeyScopeGrant], {
    description:
      'The office scopes an admin granted the key (`setApiKeyScopes`), by scope and office; empty when it may only read public data (PUBLIC_READ, which every key has).',
  })
  async scopes(@Root() apiKey: ApiKey, @Ctx() ctx: GraphQLContext): Promise<ApiKeyScopeGrant[]> {
    const scopes = await ctx.loaders.apiKeyScopes.load(apiKey.uuid);
    return scopes.map((grant) => ({ scope: grant.scope, officeUuid: grant.officeId }));
  }
}

@Resolver(() => ApiKeyScopeGrant)
export class ApiKeyScopeGrantFieldsResolver {
  @FieldResolver(() => Office, { description: 'The office the scope is bound to.' })
  async office(@Root() grant: ApiKeyScopeGrant, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(grant.officeUuid);
    if (!office) throw new Error(`Office ${grant.officeUuid} of an API key scope is missing`);
    return toOffice(office, ctx.lang);
  }
}
