import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../entities/accounts/account.entity.js';
import { Category, Office, Service } from '../catalog/catalog.types.js';
import { Node } from '../common/node.js';
import { UserError } from '../common/user-error.js';

@InputType({ description: 'A text in German (required), English and Leichte Sprache.' })
export class LocalizedTextInput {
  @Field()
  de!: string;

  @Field(() => String, { nullable: true })
  en?: string | null;

  @Field(() => String, { nullable: true, description: 'Leichte Sprache (easy German).' })
  deLs?: string | null;
}

@InputType({ description: 'A list of short texts per language, e.g. documents to bring.' })
export class LocalizedListInput {
  @Field(() => [String])
  de!: string[];

  @Field(() => [String], { nullable: true })
  en?: string[] | null;

  @Field(() => [String], { nullable: true })
  deLs?: string[] | null;
}

@InputType()
export class OfficeInput {
  @Field({ description: 'Lower-case letters, digits and hyphens; unique.' })
  slug!: string;

  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;

  @Field()
  street!: string;

  @Field()
  postalCode!: string;

  @Field()
  city!: string;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}

@InputType()
export class CreateOfficeInput {
  @Field(() => OfficeInput)
  office!: OfficeInput;
}

@InputType()
export class UpdateOfficeInput {
  @Field(() => ID)
  officeId!: string;

  @Field(() => OfficeInput)
  office!: OfficeInput;
}

@ObjectType()
export class OfficePayload {
  @Field(() => Office, { nullable: true })
  office!: Office | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class CreateCategoryInput {
  @Field()
  slug!: string;

  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;

  @Field(() => Int, { nullable: true, description: 'Display order, ascending; default 0.' })
  position?: number | null;
}

@ObjectType()
export class CategoryPayload {
  @Field(() => Category, { nullable: true })
  category!: Category | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class ServiceInput {
  @Field()
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: '14 digits of the federal catalogue (LeiKa).',
  })
  leikaKey?: string | null;

  @Field(() => LocalizedTextInput)
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput)
  description!: LocalizedTextInput;

  @Field(() => LocalizedListInput)
  documents!: LocalizedListInput;

  @Field(() => String, { nullable: true, description: 'Synonyms for the search, space-separated.' })
  keywords?: string | null;

  @Field(() => Int, { nullable: true, description: 'Fee in euro cents; null when free.' })
  feeCents?: number | null;

  @Field(() => LocalizedTextInput, { nullable: true })
  processingTime?: LocalizedTextInput | null;

  @Field(() => String, { nullable: true })
  legalBasis?: string | null;

  @Field(() => Int, { description: 'Length of one appointment, 5 to 240 minutes.' })
  durationMinutes!: number;

  @Field(() => ID)
  categoryId!: string;

  @Field(() => [ID], { description: 'The offices that offer it.' })
  officeIds!: string[];
}

@InputType()
export class CreateServiceInput {
  @Field(() => ServiceInput)
  service!: ServiceInput;
}

@InputType()
export class UpdateServiceInput {
  @Field(() => ID)
  serviceId!: string;

  @Field(() => ServiceInput)
  service!: ServiceInput;
}

@ObjectType()
export class ServicePayload {
  @Field(() => Service, { nullable: true })
  service!: Service | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType({
  implements: Node,
  description: 'A desk of an office where one citizen is served at a time.',
})
export class Counter extends Node {
  @Field()
  name!: string;

  @Field({ description: 'Inactive counters offer no new slots.' })
  active!: boolean;

  @Field(() => Office)
  office!: Office;

  @Field(() => [Service], { description: 'The services handled here.' })
  services!: Service[];
}

@InputType()
export class CreateCounterInput {
  @Field(() => ID)
  officeId!: string;

  @Field()
  name!: string;

  @Field(() => [ID], { description: 'Services of the office that this counter handles.' })
  serviceIds!: string[];
}

@InputType()
export class UpdateCounterInput {
  @Field(() => ID)
  counterId!: string;

  @Field()
  name!: string;

  @Field()
  active!: boolean;

  @Field(() => [ID])
  serviceIds!: string[];
}

@ObjectType()
export class CounterPayload {
  @Field(() => Counter, { nullable: true })
  counter!: Counter | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType({ description: 'One weekly opening period, in local time.' })
export class OpeningPeriodInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field({ description: '"HH:MM"' })
  opens!: string;

  @Field({ description: '"HH:MM", after opens.' })
  closes!: string;
}

@InputType()
export class SetCounterScheduleInput {
  @Field(() => ID)
  counterId!: string;

  @Field({ description: 'First local date ("YYYY-MM-DD") of the new hours.' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'Last local date; open-ended when null.' })
  validUntil?: string | null;

  @Field(() => [OpeningPeriodInput], {
    description: 'The whole week; replaces what applied from validFrom.',
  })
  periods!: OpeningPeriodInput[];
}

@ObjectType({
  implements: Node,
  description: 'A period in which an office or a counter takes no appointments.',
})
export class Closure extends Node {
  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field()
  reason!: string;

  @Field(() => Office)
  office!: Office;

  @Field(() => Counter, { nullable: true, description: 'Null when the whole office is closed.' })
  counter!: Counter | null;
}

@InputType()
export class CreateClosureInput {
  @Field(() => ID)
  officeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this counter; the whole office when null.',
  })
  counterId?: string | null;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date)
  endsAt!: Date;

  @Field(() => LocalizedTextInput)
  reason!: LocalizedTextInput;
}

@ObjectType()
export class ClosurePayload {
  @Field(() => Closure, { nullable: true })
  closure!: Closure | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class DeleteClosureInput {
  @Field(() => ID)
  closureId!: string;
}

@ObjectType({ description: 'A person with staff or admin rights, as admins see them.' })
export class StaffMember {
  @Field(() => ID, { description: 'The global ID of the account.' })
  id!: string;

  @Field()
  name!: string;

  @Field()
  email!: string;

  @Field(() => [Role])
  roles!: Role[];

  @Field(() => [Office])
  offices!: Office[];
}

@InputType()
export class GrantStaffAccessInput {
  @Field()
  email!: string;

  @Field()
  name!: string;

  @Field(() => [ID], { description: 'The offices they work for.' })
  officeIds!: string[];

  @Field({ defaultValue: false, description: 'Also make them an admin.' })
  admin!: boolean;
}

@InputType()
export class RevokeStaffAccessInput {
  @Field(() => ID)
  accountId!: string;
}

@ObjectType()
export class StaffMemberPayload {
  @Field(() => StaffMember, { nullable: true })
  staffMember!: StaffMember | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@ObjectType({ implements: Node, description: 'A lobby kiosk of one office.' })
export class KioskDevice extends Node {
  @Field()
  name!: string;

  @Field(() => Office)
  office!: Office;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt!: Date | null;
}

@InputType()
export class IssueKioskTokenInput {
  @Field(() => ID)
  officeId!: string;

  @Field({ description: 'Where it stands, e.g. "Foyer Eingang Nord".' })
  name!: string;
}

@ObjectType()
export class IssueKioskTokenPayload {
  @Field(() => KioskDevice, { nullable: true })
  kioskDevice!: KioskDevice | null;

  @Field(() => String, { nullable: true, description: 'The device token, shown only now.' })
  token!: string | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}

@InputType()
export class RevokeKioskDeviceInput {
  @Field(() => ID)
  kioskDeviceId!: string;
}

@ObjectType()
export class KioskDevicePayload {
  @Field(() => KioskDevice, { nullable: true })
  kioskDevice!: KioskDevice | null;

  @Field(() => [UserError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: UserError[];
}
