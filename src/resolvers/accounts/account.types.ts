import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Language } from '../../common/language.js';
import { Role } from '../../entities/accounts/account.entity.js';
import { AccessReason } from '../../entities/accounts/data-access-log.entity.js';
import { SessionKind } from '../../entities/accounts/session.entity.js';
import { Appointment } from '../appointments/appointment.types.js';
import { connectionTypes } from '../common/connection.js';
import { Node } from '../common/node.js';
import { UserError } from '../common/user-error.js';

registerEnumType(Role, {
  name: 'Role',
  valuesConfig: {
    CITIZEN: { description: 'Uses the town hall’s services.' },
    STAFF: { description: 'Works the queue, bookings and messages of their offices.' },
    ADMIN: { description: 'Manages offices, services, schedules, staff, API keys and kiosks.' },
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
});

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
  @Field({ description: 'Whether this is the session of the current request.' })
  current!: boolean;

  @Field(() => SessionKind)
  type!: SessionKind;

  @Field(() => String, { nullable: true, description: 'The browser or app, as it named itself.' })
  userAgent!: string | null;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date)
  lastUsedAt!: Date;

  @Field(() => Date, {
    description: 'When it ends at the latest; 30 days without use end it earlier.',
  })
  expiresAt!: Date;
}

@ObjectType({ implements: Node, description: 'A key for the public API.' })
export class ApiKey extends Node {
  @Field()
  name!: string;

  @Field({ description: 'The first characters of the key, to tell keys apart.' })
  prefix!: string;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt!: Date | null;
}

@ObjectType({ description: 'A staff member’s read of the citizen’s personal data.' })
export class DataAccessEntry {
  @Field(() => Date)
  accessedAt!: Date;

  @Field({ description: 'Who read it.' })
  staffMember!: string;

  @Field({ description: 'What was read, e.g. an appointment.' })
  subject!: string;

  @Field(() => AccessReason)
  reason!: AccessReason;
}

export const { ConnectionType: DataAccessConnection } = connectionTypes(
  DataAccessEntry,
  'DataAccess',
);
export const { ConnectionType: AppointmentConnection } = connectionTypes(
  Appointment,
  'Appointment',
);

@ObjectType({ implements: Node, description: 'A person’s account: citizen, staff or admin.' })
export class Account extends Node {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field({ description: 'Whether the e-mail address was confirmed through the link sent to it.' })
  emailVerified!: boolean;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => Language, { description: 'The language of e-mails to this account.' })
  language!: Language;

  uuid!: string;
}

@InputType()
export class RegisterAccountInput {
  @Field({ description: 'Where the verification link is sent.' })
  email!: string;

  @Field({ description: 'How the town hall addresses you; at most 200 characters.' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Optional, 10 to 200 characters; a passkey can be added after verification.',
  })
  password?: string | null;

  @Field(() => Language, { nullable: true })
  language?: Language | null;
}

@ObjectType()
export class RegisterAccountPayload {
  @Field({
    description:
      'Always true without user errors: a link is on its way (to a new account, or a notice to an existing one).',
  })
  emailSent!: boolean;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token from the link in the e-mail.' })
  token!: string;

  @Field(() => SessionKind, { defaultValue: SessionKind.COOKIE })
  sessionType!: SessionKind;
}

@InputType()
export class SignInWithPasswordInput {
  @Field()
  email!: string;

  @Field()
  password!: string;

  @Field(() => SessionKind, { defaultValue: SessionKind.COOKIE })
  sessionType!: SessionKind;
}

@ObjectType({ description: 'The result of signing in.' })
export class SignInPayload {
  @Field(() => Account, { nullable: true })
  account!: Account | null;

  @Field(() => String, {
    nullable: true,
    description: 'The bearer token, for sessionType BEARER only; shown once.',
  })
  token!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the session ends at the latest.' })
  expiresAt!: Date | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType()
export class PasskeyOptionsPayload {
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description:
      'WebAuthn options (PublicKeyCredentialCreationOptionsJSON or …RequestOptionsJSON) for navigator.credentials; valid for 60 seconds, once.',
  })
  options!: Record<string, unknown> | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class FinishPasskeyRegistrationInput {
  @Field(() => GraphQLJSONObject, { description: 'The RegistrationResponseJSON of the browser.' })
  response!: Record<string, unknown>;

  @Field(() => String, {
    nullable: true,
    description: 'A label, e.g. "My phone"; up to 100 characters.',
  })
  name?: string | null;
}

@ObjectType()
export class PasskeyPayload {
  @Field(() => Passkey, { nullable: true })
  passkey!: Passkey | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class FinishPasskeySignInInput {
  @Field(() => GraphQLJSONObject, { description: 'The AuthenticationResponseJSON of the browser.' })
  response!: Record<string, unknown>;

  @Field(() => SessionKind, { defaultValue: SessionKind.COOKIE })
  sessionType!: SessionKind;
}

@InputType()
export class RenamePasskeyInput {
  @Field(() => ID)
  passkeyId!: string;

  @Field()
  name!: string;
}

@InputType()
export class RemovePasskeyInput {
  @Field(() => ID)
  passkeyId!: string;
}

@ObjectType()
export class RemovedPayload {
  @Field(() => ID, { nullable: true, description: 'The ID of what was removed.' })
  removedId!: string | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class RevokeSessionInput {
  @Field(() => ID)
  sessionId!: string;
}

@ObjectType()
export class SignOutPayload {
  @Field({ description: 'Whether a session was ended.' })
  signedOut!: boolean;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String, { nullable: true, description: 'Required when the account has a password.' })
  currentPassword?: string | null;

  @Field({ description: '10 to 200 characters.' })
  newPassword!: string;
}

@ObjectType()
export class ChangePasswordPayload {
  @Field()
  changed!: boolean;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType()
export class ClaimGuestAppointmentsPayload {
  @Field(() => [Appointment], { description: 'The bookings now attached to the account.' })
  appointments!: Appointment[];

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class CreateApiKeyInput {
  @Field({ description: 'What the key is for, up to 100 characters.' })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'Admins only: create it for this account.' })
  ownerId?: string | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;

  @Field(() => String, {
    nullable: true,
    description: 'The key itself, shown only now; send it as `Authorization: Bearer <key>`.',
  })
  key!: string | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class RevokeApiKeyInput {
  @Field(() => ID)
  apiKeyId!: string;
}

@ObjectType()
export class ApiKeyPayload {
  @Field(() => ApiKey, { nullable: true })
  apiKey!: ApiKey | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType()
export class ExportMyDataPayload {
  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: 'Every record Rathaus keeps about you, by table.',
  })
  data!: Record<string, unknown> | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class DeleteMyAccountInput {
  @Field({ description: 'The account’s e-mail address, typed again to confirm.' })
  confirmEmail!: string;
}

@ObjectType()
export class DeleteMyAccountPayload {
  @Field()
  deleted!: boolean;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}
