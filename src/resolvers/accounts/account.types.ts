import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { AccountErrorCode } from '../../accounts/account.errors.js';
import { Language } from '../../common/language.js';
import { Role } from '../../entities/accounts/account.entity.js';
import { ApiKeyScope } from '../../entities/accounts/api-key-scope.entity.js';
import { AccessChannel, AccessReason } from '../../entities/accounts/data-access-log.entity.js';
import { SessionKind } from '../../entities/accounts/session.entity.js';
import { Appointment } from '../appointments/appointment.types.js';
import { connectionTypes } from '../common/connection.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';
import { PerViewer } from '../common/viewers.js';

export const AccountError = userErrorType(AccountErrorCode, {
  name: 'Account',
  refusalsOf:
    'an account mutation (sign-up, sign-in, passkeys, sessions, passwords, API keys, personal data, staff access, kiosks)',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: {
      description:
        'What the input names (passkey, session, API key, account, office, kiosk) does not exist or is not yours.',
    },
    INVALID_CREDENTIALS: {
      description: 'Wrong e-mail or password; deliberately the same for both.',
    },
    TOO_MANY_ATTEMPTS: {
      description:
        'Too many failed sign-ins for the e-mail address; the message says when to try again.',
    },
    RATE_LIMITED: { description: 'A limit of use is used up; the message says when to try again.' },
    EMAIL_NOT_VERIFIED: { description: 'The account’s e-mail address is not confirmed yet.' },
    INVALID_TOKEN: { description: 'The e-mail link is unknown, used or expired.' },
    CHALLENGE_INVALID: {
      description: 'The passkey challenge is unknown, used or older than 60 seconds.',
    },
    PASSKEY_VERIFICATION_FAILED: {
      description:
        'The authenticator’s response did not verify (origin, RP ID, signature, counter, user verification).',
    },
    CONFIRMATION_MISMATCH: {
      description:
        'The confirmation is not exactly the account’s e-mail address (deleting the account).',
    },
    REAUTHENTICATION_REQUIRED: {
      description:
        'Deleting the account needs the password or a sign-in within the last few minutes.',
    },
    FORBIDDEN: {
      description:
        'You may not do this (e.g. a key for another account, which only admins create).',
    },
    LAST_ADMIN: {
      description:
        'The change would leave the town hall without an admin: give someone else admin rights first.',
    },
  },
});
export type AccountError = InstanceType<typeof AccountError>;

registerEnumType(Role, {
  name: 'Role',
  description: 'What an account may do; one account can have several roles.',
  valuesConfig: {
    CITIZEN: { description: 'Uses the town hall’s services.' },
    STAFF: { description: 'Works the queue, bookings and messages of their offices.' },
    ADMIN: { description: 'Manages offices, services, schedules, staff, API keys and kiosks.' },
  },
});
registerEnumType(ApiKeyScope, {
  name: 'ApiKeyScope',
  description:
    'What an API key may do beyond reading public data (which every key may), for one office; only admins grant it, for integrations the town approved.',
  valuesConfig: {
    OFFICE_APPOINTMENTS_READ: {
      description:
        'The office’s appointments with the citizens’ details (`officeAppointments`) and their changes live (`officeAppointmentsChanged`); each read is in the citizens’ data access log, naming the key.',
    },
    OFFICE_MESSAGES_WRITE: {
      description:
        'The office’s conversations (`inbox`, `conversation` with its messages) and replies as the office (`sendMessage`); reads are in the citizens’ data access log, naming the key.',
    },
  },
});
registerEnumType(SessionKind, {
  name: 'SessionType',
  description: 'How a signed-in device presents its session.',
  valuesConfig: {
    COOKIE: { description: 'An HttpOnly cookie, for the web client on this server.' },
    BEARER: {
      description: 'A token returned once in the payload, sent as `Authorization: Bearer <token>`.',
    },
  },
});
registerEnumType(AccessReason, {
  name: 'AccessReason',
  description: 'Why a staff member reads a citizen’s personal data; recorded in the audit log.',
  valuesConfig: {
    HANDLING_APPOINTMENT: { description: 'Preparing or serving the citizen’s appointments.' },
    ANSWERING_REQUEST: {
      description: 'Answering the citizen’s messages; recorded when staff read a conversation.',
    },
    PROCESSING_APPLICATION: { description: 'Processing an application the citizen submitted.' },
    LEGAL_OBLIGATION: { description: 'A duty under law, e.g. an inquiry by another authority.' },
  },
});

registerEnumType(AccessChannel, {
  name: 'AccessChannel',
  description: 'How the data reached the staff member.',
  valuesConfig: {
    HTTP: { description: 'A query or mutation over HTTP.' },
    WEBSOCKET: {
      description: 'Over the WebSocket: a query there, or a live delivery of a subscription.',
    },
  },
});

const SESSION_TYPE =
  'COOKIE (default): an HttpOnly cookie is set; BEARER: the token is returned in the payload. Over WebSocket it is always BEARER.';

@ObjectType({ implements: Node, description: 'A passkey with which the account signs in.' })
export class Passkey extends Node {
  @Field({ description: 'The label the citizen gave it, up to 100 characters.' })
  name!: string;

  @Field({ description: 'Whether it is synced across the person’s devices.' })
  backedUp!: boolean;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used; null if never.' })
  lastUsedAt!: Date | null;
}

@ObjectType({ implements: Node, description: 'A device on which the account is signed in.' })
export class Session extends Node {
  @PerViewer()
  @Field({ description: 'Whether this is the session of the current request.' })
  current!: boolean;

  @Field(() => SessionKind, {
    description: 'How the device presents the session: a cookie (web client) or a bearer token.',
  })
  type!: SessionKind;

  @Field(() => String, { nullable: true, description: 'The browser or app, as it named itself.' })
  userAgent!: string | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, {
    description: 'When the device last used it; written at most once a minute.',
  })
  lastUsedAt!: Date;

  @Field(() => Date, {
    description: 'When it ends at the latest; 30 days without use end it earlier.',
  })
  expiresAt!: Date;
}

@ObjectType({ description: 'Whose an API key is: the account it acts for.' })
export class ApiKeyOwner {
  @Field(() => ID, { description: 'The global ID of the account.' })
  id!: string;

  @Field({ description: 'The name of the account; empty when it has none.' })
  name!: string;

  @Field({ description: 'The address the account signs in with (lower-case).' })
  email!: string;
}

@ObjectType({ implements: Node, description: 'A key for the public API.' })
export class ApiKey extends Node {
  @Field({ description: 'What the key is for, as its owner named it; up to 100 characters.' })
  name!: string;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  prefix!: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt!: Date | null;

  uuid!: string;
  ownerUuid!: string;
}

@ObjectType({ description: 'A scope an admin granted an API key, for one office.' })
export class ApiKeyScopeGrant {
  @Field(() => ApiKeyScope, { description: 'What the key may do there.' })
  scope!: ApiKeyScope;

  officeUuid!: string;
}

@InputType({ description: 'A scope for one office.' })
export class ApiKeyScopeInput {
  @Field(() => ApiKeyScope, { description: 'What the key may do there.' })
  scope!: ApiKeyScope;

  @Field(() => ID, { description: 'The office’s global ID.' })
  officeId!: string;
}

@InputType({ description: 'The scopes an API key has from now on, replacing those it had.' })
export class SetApiKeyScopesInput {
  @Field(() => ID, { description: 'The key’s global ID; a live (not revoked) key.' })
  apiKeyId!: string;

  @Field(() => [ApiKeyScopeInput], {
    description:
      'Every scope the key has from now on, at most 50; empty leaves it only PUBLIC_READ. Repeats count once.',
  })
  scopes!: ApiKeyScopeInput[];
}

@ObjectType({ description: 'A staff member’s read of the citizen’s personal data.' })
export class DataAccessEntry {
  @Field(() => Date, { description: 'When it was read.' })
  accessedAt!: Date;

  @Field({ description: 'The name of who read it; empty once their account is deleted.' })
  staffMember!: string;

  @Field(() => Role, {
    nullable: true,
    description:
      'In which role they read it: STAFF (a clerk of an office) or ADMIN; null for reads recorded before 3 December 2026.',
  })
  staffRole!: Role | null;

  @Field({
    description:
      'What was read: "APPOINTMENT:" and the booking code, "CONVERSATION:" and the conversation’s internal id (not its global ID): its subject, the citizen’s name or messages, in a list, a query or a live delivery; or "APPLICATION:" and the application’s reference: a document of it, opened by a clerk. One entry per operation, delivery or download, however many of these it read.',
  })
  subject!: string;

  @Field(() => AccessReason, {
    description: 'Why: as the staff member stated it; ANSWERING_REQUEST for conversations.',
  })
  reason!: AccessReason;

  @Field(() => AccessChannel, {
    nullable: true,
    description: 'How it was read; null for reads recorded before 3 December 2026.',
  })
  channel!: AccessChannel | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The name of the API key it was read through: an integration of the office (specialist software) that the town approved, acting for the staff member named; null when a person read it.',
  })
  apiKeyName!: string | null;
}

export const { ConnectionType: DataAccessConnection } = connectionTypes(
  DataAccessEntry,
  'DataAccess',
);
export const { ConnectionType: ApiKeyConnection } = connectionTypes(ApiKey, 'ApiKey');
export const { ConnectionType: AppointmentConnection } = connectionTypes(
  Appointment,
  'Appointment',
);

@ObjectType({
  implements: Node,
  description: 'A person’s account: citizen, staff or admin. Only its owner can read it.',
})
export class Account extends Node {
  @Field({ description: 'The address you sign in with and get e-mails at (lower-case).' })
  email!: string;

  @Field({
    description:
      'How the town hall addresses you, up to 200 characters; shown to the other side in conversations.',
  })
  name!: string;

  @Field({ description: 'Whether the e-mail address was confirmed through the link sent to it.' })
  emailVerified!: boolean;

  @Field(() => [Role], {
    description:
      'What the account may do: CITIZEN when registered; staff access adds STAFF (and ADMIN).',
  })
  roles!: Role[];

  @Field(() => Language, {
    description: 'The language of e-mails to this account: DE or EN (never DE_LS).',
  })
  language!: Language;

  uuid!: string;
}

@InputType({ description: 'A new citizen account.' })
export class RegisterAccountInput {
  @Field({ description: 'Where the verification link is sent; up to 254 characters.' })
  email!: string;

  @Field({ description: 'How the town hall addresses you; at most 200 characters.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Optional, 10 to 200 characters; a passkey can be added after verification.',
  })
  password?: string | null;

  @Field(() => Language, {
    nullable: true,
    description: 'The language of e-mails to you: EN for English; German otherwise (the default).',
  })
  language?: Language | null;
}

@ObjectType({ description: 'Whether the e-mail for the registration is on its way.' })
export class RegisterAccountPayload {
  @Field({
    description:
      'Always true without user errors: a link is on its way (to a new account, or a notice to an existing one).',
  })
  emailSent!: boolean;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The token of a verification link and the password to set.' })
export class VerifyEmailInput {
  @Field({
    description:
      'The token from the link in the verification e-mail; valid once, for 24 hours, and only until another link of the account is used.',
  })
  token!: string;

  @Field({
    description:
      'The password to sign in with from now on, 10 to 200 characters: the one chosen at registration or a new one. Whatever was set before the address was confirmed is replaced.',
  })
  password!: string;

  @Field(() => SessionKind, {
    defaultValue: SessionKind.COOKIE,
    description: 'Ignored: confirming no longer signs in.',
    deprecationReason: 'verifyEmail no longer signs in; sign in with signInWithPassword.',
  })
  sessionType!: SessionKind;
}

@InputType({ description: 'The token of a staff invitation link and the password to set.' })
export class AcceptInvitationInput {
  @Field({
    description:
      'The token from the link in the invitation e-mail; valid once, for 7 days, and only until another link of the account is used.',
  })
  token!: string;

  @Field({ description: 'The password to sign in with from now on, 10 to 200 characters.' })
  password!: string;
}

@ObjectType({ description: 'The account whose invitation was accepted, or why not.' })
export class AcceptInvitationPayload {
  @Field(() => Account, {
    nullable: true,
    description:
      'The account, its address confirmed and its password set; null when refused. Not signed in.',
  })
  account!: Account | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'E-mail address and password of an account.' })
export class SignInWithPasswordInput {
  @Field({
    description: 'The account’s e-mail address; case and surrounding spaces do not matter.',
  })
  email!: string;

  @Field({ description: 'The password; characters after the 200th are ignored.' })
  password!: string;

  @Field(() => SessionKind, { defaultValue: SessionKind.COOKIE, description: SESSION_TYPE })
  sessionType!: SessionKind;
}

@ObjectType({ description: 'The result of signing in.' })
export class SignInPayload {
  @Field(() => Account, {
    nullable: true,
    description: 'The signed-in account; null when refused.',
  })
  account!: Account | null;

  @Field(() => String, {
    nullable: true,
    description: 'The bearer token, for sessionType BEARER only; shown once.',
  })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the session ends at the latest.' })
  expiresAt!: Date | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@ObjectType({ description: 'Options for the browser’s WebAuthn call, or why not.' })
export class PasskeyOptionsPayload {
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'WebAuthn options (PublicKeyCredentialCreationOptionsJSON or …RequestOptionsJSON) for navigator.credentials; valid for 60 seconds, once.',
  })
  options!: Record<string, unknown> | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The browser’s answer to the options of startPasskeyRegistration.' })
export class FinishPasskeyRegistrationInput {
  @Field(() => GraphQLJSONObject, { description: 'The RegistrationResponseJSON of the browser.' })
  response!: Record<string, unknown>;

  @Field(() => String, {
    nullable: true,
    description: 'A label, e.g. "My phone"; up to 100 characters.',
  })
  name?: string | null;
}

@ObjectType({ description: 'The passkey stored or renamed, or why not.' })
export class PasskeyPayload {
  @Field(() => Passkey, { nullable: true, description: 'The passkey; null when refused.' })
  passkey!: Passkey | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The browser’s answer to the options of startPasskeySignIn.' })
export class FinishPasskeySignInInput {
  @Field(() => GraphQLJSONObject, { description: 'The AuthenticationResponseJSON of the browser.' })
  response!: Record<string, unknown>;

  @Field(() => SessionKind, { defaultValue: SessionKind.COOKIE, description: SESSION_TYPE })
  sessionType!: SessionKind;
}

@InputType({ description: 'A new label for one of your passkeys.' })
export class RenamePasskeyInput {
  @Field(() => ID, { description: 'The passkey’s global ID.' })
  passkeyId!: string;

  @Field({ description: 'The new label, 1 to 100 characters; surrounding spaces are trimmed.' })
  name!: string;
}

@InputType({ description: 'The passkey to remove.' })
export class RemovePasskeyInput {
  @Field(() => ID, { description: 'The passkey’s global ID.' })
  passkeyId!: string;
}

@ObjectType({ description: 'What was removed, or why not.' })
export class RemovedPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The global ID of what was removed; null when refused.',
  })
  removedId!: string | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The device to sign out.' })
export class RevokeSessionInput {
  @Field(() => ID, { description: 'The session’s global ID, from `me.sessions`.' })
  sessionId!: string;
}

@ObjectType({ description: 'Whether this device was signed out.' })
export class SignOutPayload {
  @Field({
    description: 'Whether a session was ended; false when the request was not signed in.',
  })
  signedOut!: boolean;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The current and the new password.' })
export class ChangePasswordInput {
  @Field(() => String, { nullable: true, description: 'Required when the account has a password.' })
  currentPassword?: string | null;

  @Field({ description: '10 to 200 characters.' })
  newPassword!: string;
}

@ObjectType({ description: 'Whether the password was changed, or why not.' })
export class ChangePasswordPayload {
  @Field({
    description:
      'True when the new password is set; your other devices are signed out and their WebSockets closed.',
  })
  changed!: boolean;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@ObjectType({ description: 'The guest bookings that now belong to your account, or why not.' })
export class ClaimGuestAppointmentsPayload {
  @Field(() => [Appointment], {
    description: 'The bookings this call attached to the account; empty when there were none.',
  })
  appointments!: Appointment[];

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'A new key for the public API.' })
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, up to 100 characters.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Admins only: create it for this account.' })
  ownerId?: string | null;
}

@ObjectType({ description: 'The new key, shown this once, or why not.' })
export class CreateApiKeyPayload {
  @Field(() => ApiKey, {
    nullable: true,
    description: 'What is kept of the key (not the key itself); null when refused.',
  })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The key itself, shown only now; send it as `Authorization: Bearer <key>`.',
  })
  key!: string | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The API key to revoke.' })
export class RevokeApiKeyInput {
  @Field(() => ID, { description: 'The key’s global ID: one of yours (admins: any).' })
  apiKeyId!: string;
}

@ObjectType({
  description: 'The API key after the change (revoked, or its scopes set), or why not.',
})
export class ApiKeyPayload {
  @Field(() => ApiKey, {
    nullable: true,
    description: 'The key after the change (revoked: with `revokedAt` set); null when refused.',
  })
  apiKey!: ApiKey | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@ObjectType({ description: 'Your personal data, as Rathaus stores it.' })
export class ExportMyDataPayload {
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'Every record Rathaus keeps about you, by table: { exportedAt, format: "rathaus-personal-data/1", tables: { <table>: [rows] } }.',
  })
  data!: Record<string, unknown> | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The confirmation that you mean to delete your account.' })
export class DeleteMyAccountInput {
  @Field({ description: 'The account’s e-mail address, typed again to confirm.' })
  confirmEmail!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The current password. Required unless this device signed in (password or passkey) within the last 5 minutes.',
  })
  password?: string | null;
}

@ObjectType({ description: 'Whether the account was deleted, or why not.' })
export class DeleteMyAccountPayload {
  @Field({ description: 'True when the account and its personal data are gone.' })
  deleted!: boolean;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@ObjectType({ description: 'The town’s identity provider, through which staff sign in.' })
export class IdentityProviderOption {
  @Field({
    description:
      'Its name for the button "Sign in with …" (OIDC_DISPLAY_NAME), up to 60 characters.',
  })
  label!: string;

  @Field({
    description:
      'Where the browser goes to sign in (a path on this server; it redirects to the provider and back to /staff).',
  })
  startUrl!: string;
}

@ObjectType({ description: 'How staff may sign in on this town’s Rathaus.' })
export class StaffSignInOptions {
  @Field(() => IdentityProviderOption, {
    nullable: true,
    description: 'The town’s OpenID Connect provider; null when none is configured.',
  })
  identityProvider!: IdentityProviderOption | null;

  @Field({
    description: 'Always true: local accounts (passkey, e-mail and password) stay available.',
  })
  localAccounts!: boolean;
}
