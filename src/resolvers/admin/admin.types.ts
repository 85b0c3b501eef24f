import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AppointmentSetupErrorCode } from '../../appointments/appointment.errors.js';
import { CatalogueAdminErrorCode, RetirementErrorCode } from '../../catalogue/catalogue.errors.js';
import { FutureAppointments } from '../../catalogue/retirement.service.js';
import { Role } from '../../entities/accounts/account.entity.js';
import { AccountError } from '../accounts/account.types.js';
import { Category, Office, Service } from '../catalogue/catalogue.types.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';

export const CatalogueAdminError = userErrorType(CatalogueAdminErrorCode, {
  name: 'CatalogueAdmin',
  refusalsOf: 'a change of the catalogue (offices, categories, services)',
  values: {
    INVALID_INPUT: {
      description: 'A field is invalid, a slug is taken, or an ID in the input names nothing.',
    },
    NOT_FOUND: { description: 'The office, category or service to change does not exist.' },
    RETIRED: {
      description: 'The office or service is retired: what is closed for good is not changed.',
    },
  },
});
export type CatalogueAdminError = InstanceType<typeof CatalogueAdminError>;

export const AppointmentSetupError = userErrorType(AppointmentSetupErrorCode, {
  name: 'AppointmentSetup',
  refusalsOf: 'a change of the appointment set-up (counters, schedules, closures)',
  values: {
    INVALID_INPUT: {
      description:
        'A field is invalid, a name is taken in the office, or a service is not offered there.',
    },
    NOT_FOUND: { description: 'The office, counter or closure does not exist.' },
  },
});
export type AppointmentSetupError = InstanceType<typeof AppointmentSetupError>;

export const RetirementError = userErrorType(RetirementErrorCode, {
  name: 'Retirement',
  refusalsOf: 'retiring an office, a service or a counter',
  values: {
    INVALID_INPUT: {
      description:
        'A field is invalid, e.g. MOVE_TO_OTHER_COUNTER for an office or a service, or a malformed ID.',
    },
    NOT_FOUND: { description: 'The office, service or counter does not exist.' },
    ALREADY_RETIRED: { description: 'It is retired already.' },
    APPOINTMENTS_AFFECTED: {
      description:
        'Upcoming appointments are booked and futureAppointments says nothing about them; the payload’s futureAppointments says how many. Nothing changed.',
    },
    CANNOT_MOVE: {
      description:
        'Some upcoming appointments have no other counter of the office that handles their service and is free at their time. Nothing changed.',
    },
    RATE_LIMITED: {
      description: 'Too many retirements with notices from this address for now; try later.',
    },
  },
});
export type RetirementError = InstanceType<typeof RetirementError>;

registerEnumType(FutureAppointments, {
  name: 'FutureAppointments',
  description:
    'What happens to the upcoming appointments of an office, service or counter that is retired.',
  valuesConfig: {
    CANCEL_WITH_NOTICE: {
      description:
        'Each is cancelled, and its citizen gets an e-mail saying why, with a link to book anew.',
    },
    MOVE_TO_OTHER_COUNTER: {
      description:
        'Counters only: each moves to another counter of the office that handles its service and is free at the same time; the citizen’s time and place stay. All or none (CANNOT_MOVE).',
    },
  },
});

const FUTURE_APPOINTMENTS =
  'What happens to its upcoming appointments; may be left out only when none are booked (APPOINTMENTS_AFFECTED otherwise).';
const AFFECTED =
  'How many upcoming appointments were cancelled or moved; when refused with APPOINTMENTS_AFFECTED, how many are booked. Null on other refusals.';

const SLUG =
  'Readable, stable identifier: lower-case words of letters and digits joined by single hyphens, up to 80 characters; unique.';
const COUNTER_NAME =
  'What citizens and staff call it, 1 to 100 characters; unique within the office.';

@InputType({
  description:
    'A text in German (required), English and Leichte Sprache; the field using it names the length limit.',
})
export class LocalizedTextInput {
  @Field({ description: 'German; must not be blank.' })
  de!: string;

  @Field(() => String, {
    nullable: true,
    description: 'English; null or empty: English readers get the German text.',
  })
  en?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Leichte Sprache (easy German, Language DE_LS); null or empty: its readers get the German text.',
  })
  deLs?: string | null;
}

@InputType({
  description:
    'A list of short texts per language, e.g. documents to bring; each item 1 to 300 characters.',
})
export class LocalizedListInput {
  @Field(() => [String], { description: 'The German items, in display order.' })
  de!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'The English items; null: English readers get the German list. An empty list is kept: they get none.',
  })
  en?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description:
      'The items in Leichte Sprache (easy German, Language DE_LS); null: its readers get the German list. An empty list is kept: they get none.',
  })
  deLs?: string[] | null;
}

@InputType({ description: 'Everything an office is; on update it replaces what was stored.' })
export class OfficeInput {
  @Field({ description: SLUG })
  slug!: string;

  @Field(() => LocalizedTextInput, {
    description: 'The office’s name, up to 200 characters per language.',
  })
  name!: LocalizedTextInput;

  @Field({ description: 'Street and house number, up to 200 characters.' })
  street!: string;

  @Field({ description: 'Postal code, up to 10 characters.' })
  postalCode!: string;

  @Field({ description: 'Town or city, up to 100 characters.' })
  city!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Phone number as people dial it, up to 50 characters; null: none.',
  })
  phone?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'E-mail address for citizens, up to 254 characters; null: none.',
  })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The office’s page on the town’s website, up to 300 characters; null: none.',
  })
  website?: string | null;
}

@InputType({ description: 'A new office.' })
export class CreateOfficeInput {
  @Field(() => OfficeInput, { description: 'The new office’s data.' })
  office!: OfficeInput;
}

@InputType({ description: 'New data for an office.' })
export class UpdateOfficeInput {
  @Field(() => ID, { description: 'The office’s global ID.' })
  officeId!: string;

  @Field(() => OfficeInput, {
    description: 'The office’s data as it shall be; optional fields left null are cleared.',
  })
  office!: OfficeInput;
}

@ObjectType({ description: 'The office created or changed, or why not.' })
export class OfficePayload {
  @Field(() => Office, { nullable: true, description: 'The office; null when refused.' })
  office!: Office | null;

  @Field(() => [CatalogueAdminError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: CatalogueAdminError[];
}

@InputType({ description: 'A new category (life situation) of the catalogue.' })
export class CreateCategoryInput {
  @Field({ description: SLUG })
  slug!: string;

  @Field(() => LocalizedTextInput, {
    description: 'The category’s name, up to 200 characters per language.',
  })
  name!: LocalizedTextInput;

  @Field(() => Int, {
    nullable: true,
    description: 'Display order, ascending: 0 to 10,000, default 0.',
  })
  position?: number | null;
}

@InputType({ description: 'New data for a category.' })
export class UpdateCategoryInput {
  @Field(() => ID, { description: 'The category’s global ID.' })
  categoryId!: string;

  @Field({ description: SLUG })
  slug!: string;

  @Field(() => LocalizedTextInput, {
    description:
      'The category’s name, up to 200 characters per language; translations left null are cleared.',
  })
  name!: LocalizedTextInput;

  @Field(() => Int, {
    nullable: true,
    description: 'Display order, ascending: 0 to 10,000; null: 0.',
  })
  position?: number | null;
}

@ObjectType({ description: 'The category created or changed, or why not.' })
export class CategoryPayload {
  @Field(() => Category, { nullable: true, description: 'The category; null when refused.' })
  category!: Category | null;

  @Field(() => [CatalogueAdminError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: CatalogueAdminError[];
}

@InputType({ description: 'When appointments for a service can be booked (see BookingWindow).' })
export class BookingWindowInput {
  @Field(() => Int, { description: 'The first bookable day, in days from today: 0 to 365.' })
  earliestDaysAhead!: number;

  @Field(() => Int, {
    description: 'The last bookable day, in days from today: 0 to 365, not before the earliest.',
  })
  latestDaysAhead!: number;

  @Field(() => Int, {
    description: 'Minutes before the start after which it cannot be booked: 0 to 20,160.',
  })
  minimumNoticeMinutes!: number;

  @Field(() => Int, {
    description: 'Minutes kept free on the counter before and after each appointment: 0 to 240.',
  })
  bufferMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Appointments per office and day: 1 to 1,000; null: no limit.',
  })
  dailyLimit?: number | null;
}

@InputType({ description: 'Everything a service is; on update it replaces what was stored.' })
export class ServiceInput {
  @Field({ description: SLUG })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: '14 digits of the federal catalogue (LeiKa).',
  })
  leikaKey?: string | null;

  @Field(() => LocalizedTextInput, {
    description: 'The service’s name, up to 200 characters per language.',
  })
  name!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, {
    description: 'What it is, who needs it and how it works; up to 5,000 characters per language.',
  })
  description!: LocalizedTextInput;

  @Field(() => LocalizedListInput, { description: 'What to bring to the appointment.' })
  documents!: LocalizedListInput;

  @Field(() => String, {
    nullable: true,
    description: 'Synonyms for the search, space-separated, up to 1,000 characters.',
  })
  keywords?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Fee in euro cents, 0 to 10,000,000; null when free.',
  })
  feeCents?: number | null;

  @Field(() => LocalizedTextInput, {
    nullable: true,
    description:
      'How long processing usually takes, up to 200 characters per language; null: not said.',
  })
  processingTime?: LocalizedTextInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'The law the service is based on, up to 300 characters; null: not said.',
  })
  legalBasis?: string | null;

  @Field(() => Int, { description: 'Length of one appointment, 5 to 240 minutes.' })
  durationMinutes!: number;

  @Field(() => BookingWindowInput, {
    nullable: true,
    description:
      'When it can be booked; null: the defaults (from today to 90 days ahead, no notice, no buffer, no daily limit).',
  })
  bookingWindow?: BookingWindowInput | null;
  @Field(() => Boolean, {
    nullable: true,
    description:
      'Scarce: a guest’s booking waits for the e-mail address to be confirmed (a link, within 30 minutes) before it counts, so that its few times cannot be taken with made-up addresses. Null or left out: false (on update too).',
  })
  scarce?: boolean | null;

  @Field(() => ID, { description: 'The global ID of the category it belongs to.' })
  categoryId!: string;

  @Field(() => [ID], {
    description: 'The global IDs of the offices that offer it; on update they replace the list.',
  })
  officeIds!: string[];
}

@InputType({ description: 'A new service of the catalogue.' })
export class CreateServiceInput {
  @Field(() => ServiceInput, { description: 'The new service’s data.' })
  service!: ServiceInput;
}

@InputType({ description: 'New data for a service.' })
export class UpdateServiceInput {
  @Field(() => ID, { description: 'The service’s global ID.' })
  serviceId!: string;

  @Field(() => ServiceInput, {
    description: 'The service’s data as it shall be; optional fields left null are cleared.',
  })
  service!: ServiceInput;
}

@ObjectType({ description: 'The service created or changed, or why not.' })
export class ServicePayload {
  @Field(() => Service, { nullable: true, description: 'The service; null when refused.' })
  service!: Service | null;

  @Field(() => [CatalogueAdminError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: CatalogueAdminError[];
}

@ObjectType({
  implements: Node,
  description: 'A desk of an office where one citizen is served at a time.',
})
export class Counter extends Node {
  @Field({
    description: 'What citizens and staff call it, e.g. "Schalter 1"; unique within its office.',
  })
  name!: string;

  @Field({ description: 'Inactive counters offer no new slots.' })
  active!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'When it was taken out of service for good (inactive ever since); null if not.',
  })
  retiredAt!: Date | null;

  @Field(() => Office, { description: 'The office the counter belongs to.' })
  office!: Office;

  @Field(() => [Service], { description: 'The services handled here.' })
  services!: Service[];
}

@InputType({ description: 'A new counter of an office.' })
export class CreateCounterInput {
  @Field(() => ID, { description: 'The office’s global ID.' })
  officeId!: string;

  @Field({ description: COUNTER_NAME })
  name!: string;

  @Field(() => [ID], { description: 'Services of the office that this counter handles.' })
  serviceIds!: string[];
}

@InputType({ description: 'A counter’s new name, state and services.' })
export class UpdateCounterInput {
  @Field(() => ID, { description: 'The counter’s global ID.' })
  counterId!: string;

  @Field({ description: COUNTER_NAME })
  name!: string;

  @Field({
    description: 'False: the counter offers no new slots; appointments booked at it stay.',
  })
  active!: boolean;

  @Field(() => [ID], {
    description:
      'The services it handles from now on, replacing the list; each must be offered at the office.',
  })
  serviceIds!: string[];
}

@ObjectType({ description: 'The counter created or changed, or why not.' })
export class CounterPayload {
  @Field(() => Counter, { nullable: true, description: 'The counter; null when refused.' })
  counter!: Counter | null;

  @Field(() => [AppointmentSetupError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AppointmentSetupError[];
}

@InputType({ description: 'One weekly opening period, in local time.' })
export class OpeningPeriodInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field({ description: 'Local opening time, "HH:MM" (00:00 to 23:59).' })
  opens!: string;

  @Field({ description: 'Local closing time, "HH:MM", after opens.' })
  closes!: string;
}

@InputType({
  description:
    'A counter’s weekly hours from a date on, in the town’s time zone (TZ, default Europe/Berlin).',
})
export class SetCounterScheduleInput {
  @Field(() => ID, { description: 'The counter’s global ID.' })
  counterId!: string;

  @Field({ description: 'First local date ("YYYY-MM-DD") of the new hours.' })
  validFrom!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Last local date ("YYYY-MM-DD") of the new hours, not before validFrom; null: open-ended. Hours set for any date from validFrom on are replaced, so after this date the counter has none until new ones are set.',
  })
  validUntil?: string | null;

  @Field(() => [OpeningPeriodInput], {
    description:
      'The whole week; replaces what applied from validFrom. Days without a period are closed; an empty list closes the counter.',
  })
  periods!: OpeningPeriodInput[];
}

@ObjectType({
  implements: Node,
  description: 'A period in which an office or a counter takes no appointments.',
})
export class Closure extends Node {
  @Field(() => Date, { description: 'When the closure begins.' })
  startsAt!: Date;

  @Field(() => Date, {
    description: 'When it ends (exclusive); no slot that overlaps [startsAt, endsAt) is offered.',
  })
  endsAt!: Date;

  @Field({
    description:
      'Why, e.g. "Betriebsausflug", in the language of the request (German when not translated).',
  })
  reason!: string;

  @Field(() => Office, { description: 'The office that is closed, or whose counter is.' })
  office!: Office;

  @Field(() => Counter, { nullable: true, description: 'Null when the whole office is closed.' })
  counter!: Counter | null;
}

@ArgsType()
export class ClosuresArgs {
  @Field(() => ID, { description: 'The office’s global ID; its counters’ closures are included.' })
  officeId!: string;

  @Field(() => Date, { description: 'Closures that end after this instant.' })
  from!: Date;

  @Field(() => Date, {
    description: 'Closures that begin before this instant; at most 366 days after `from`.',
  })
  to!: Date;
}

@InputType({ description: 'A period in which an office or one of its counters is closed.' })
export class CreateClosureInput {
  @Field(() => ID, { description: 'The office’s global ID.' })
  officeId!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'Only this counter of the office; the whole office when null.',
  })
  counterId?: string | null;

  @Field(() => Date, { description: 'When the closure begins.' })
  startsAt!: Date;

  @Field(() => Date, { description: 'When it ends (exclusive); after startsAt.' })
  endsAt!: Date;

  @Field(() => LocalizedTextInput, { description: 'Why; up to 200 characters per language.' })
  reason!: LocalizedTextInput;
}

@ObjectType({ description: 'The closure created, or why not.' })
export class ClosurePayload {
  @Field(() => Closure, { nullable: true, description: 'The closure; null when refused.' })
  closure!: Closure | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many appointments were already booked in the closed period (at the office, or at the counter): they stay booked. Null when refused.',
  })
  bookedAppointments!: number | null;

  @Field(() => [AppointmentSetupError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AppointmentSetupError[];
}

@InputType({ description: 'The closure to delete.' })
export class DeleteClosureInput {
  @Field(() => ID, { description: 'The closure’s global ID.' })
  closureId!: string;
}

@ObjectType({ description: 'What was removed, or why not.' })
export class DeleteClosurePayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The global ID of the closure removed; null when refused.',
  })
  removedId!: string | null;

  @Field(() => [AppointmentSetupError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AppointmentSetupError[];
}

@ObjectType({ description: 'A person with staff or admin rights, as admins see them.' })
export class StaffMember {
  @Field(() => ID, { description: 'The global ID of the account.' })
  id!: string;

  @Field({ description: 'The name of their account.' })
  name!: string;

  @Field({ description: 'The address they sign in with (lower-case).' })
  email!: string;

  @Field(() => [Role], {
    description: 'STAFF and/or ADMIN, and CITIZEN when they also registered as a citizen.',
  })
  roles!: Role[];

  @Field(() => [Office], {
    description: 'The offices they work for; admins work for every office, whatever this lists.',
  })
  offices!: Office[];
}

@InputType({ description: 'Staff access for a person, named by e-mail address.' })
export class GrantStaffAccessInput {
  @Field({
    description:
      'Their e-mail address, up to 254 characters. An address without an account gets one, and an invitation link (in German, valid 7 days).',
  })
  email!: string;

  @Field({
    description:
      'Their name, up to 200 characters; used only for a new account (an existing one keeps its name).',
  })
  name!: string;

  @Field(() => [ID], {
    description: 'The global IDs of the offices they work for; replaces their current offices.',
  })
  officeIds!: string[];

  @Field({
    defaultValue: false,
    description: 'Also make them an admin; false takes admin rights they had away.',
  })
  admin!: boolean;
}

@InputType({ description: 'Whose staff access ends.' })
export class RevokeStaffAccessInput {
  @Field(() => ID, { description: 'The global ID of their account (`StaffMember.id`).' })
  accountId!: string;
}

@ObjectType({ description: 'A person with their rights as they are now, or why not.' })
export class StaffMemberPayload {
  @Field(() => StaffMember, {
    nullable: true,
    description: 'The person with their rights as they are now; null when refused.',
  })
  staffMember!: StaffMember | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@ObjectType({ implements: Node, description: 'A lobby kiosk of one office.' })
export class KioskDevice extends Node {
  @Field({ description: 'Where it stands, e.g. "Foyer Eingang Nord".' })
  name!: string;

  @Field(() => Office, {
    description: 'The office whose lobby it stands in; its token acts for that office only.',
  })
  office!: Office;

  @Field(() => Date, { description: 'When it was created.' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was last used; null if never.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was revoked; null while valid.' })
  revokedAt!: Date | null;
}

@InputType({ description: 'A new lobby kiosk.' })
export class IssueKioskTokenInput {
  @Field(() => ID, { description: 'The global ID of the office whose lobby it stands in.' })
  officeId!: string;

  @Field({ description: 'Where it stands, e.g. "Foyer Eingang Nord"; up to 100 characters.' })
  name!: string;
}

@ObjectType({ description: 'The new kiosk and its token, shown this once, or why not.' })
export class IssueKioskTokenPayload {
  @Field(() => KioskDevice, { nullable: true, description: 'The kiosk; null when refused.' })
  kioskDevice!: KioskDevice | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The device token, shown only now; the kiosk sends it as `Authorization: Bearer <token>`.',
  })
  token!: string | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'The kiosk whose token is revoked.' })
export class RevokeKioskDeviceInput {
  @Field(() => ID, { description: 'The kiosk’s global ID.' })
  kioskDeviceId!: string;
}

@ObjectType({ description: 'The revoked kiosk, or why not.' })
export class KioskDevicePayload {
  @Field(() => KioskDevice, {
    nullable: true,
    description: 'The kiosk, with `revokedAt` set; null when refused.',
  })
  kioskDevice!: KioskDevice | null;

  @Field(() => [AccountError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AccountError[];
}

@InputType({ description: 'Which office closes for good, and what happens to its appointments.' })
export class RetireOfficeInput {
  @Field(() => ID, { description: 'The office’s global ID.' })
  officeId!: string;

  @Field(() => FutureAppointments, { nullable: true, description: FUTURE_APPOINTMENTS })
  futureAppointments?: FutureAppointments | null;
}

@ObjectType({ description: 'The office retired, or why not.' })
export class RetireOfficePayload {
  @Field(() => Office, { nullable: true, description: 'The retired office; null when refused.' })
  office!: Office | null;

  @Field(() => Int, { nullable: true, description: AFFECTED })
  futureAppointments!: number | null;

  @Field(() => [RetirementError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: RetirementError[];
}

@InputType({
  description: 'Which service is no longer offered, and what happens to its appointments.',
})
export class RetireServiceInput {
  @Field(() => ID, { description: 'The service’s global ID.' })
  serviceId!: string;

  @Field(() => FutureAppointments, { nullable: true, description: FUTURE_APPOINTMENTS })
  futureAppointments?: FutureAppointments | null;
}

@ObjectType({ description: 'The service retired, or why not.' })
export class RetireServicePayload {
  @Field(() => Service, { nullable: true, description: 'The retired service; null when refused.' })
  service!: Service | null;

  @Field(() => Int, { nullable: true, description: AFFECTED })
  futureAppointments!: number | null;

  @Field(() => [RetirementError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: RetirementError[];
}

@InputType({
  description: 'Which counter goes out of service, and what happens to its appointments.',
})
export class RetireCounterInput {
  @Field(() => ID, { description: 'The counter’s global ID.' })
  counterId!: string;

  @Field(() => FutureAppointments, { nullable: true, description: FUTURE_APPOINTMENTS })
  futureAppointments?: FutureAppointments | null;
}

@ObjectType({ description: 'The counter retired, or why not.' })
export class RetireCounterPayload {
  @Field(() => Counter, { nullable: true, description: 'The retired counter; null when refused.' })
  counter!: Counter | null;

  @Field(() => Int, { nullable: true, description: AFFECTED })
  futureAppointments!: number | null;

  @Field(() => [RetirementError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: RetirementError[];
}
