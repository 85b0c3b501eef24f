import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Language } from '../../common/language.js';
import { connectionTypes, PageArgs } from '../common/connection.js';
import { Node } from '../common/node.js';

// The catalogue is public data, but its API types are still separate from the entities: they
// carry texts in one language, and relations are resolved through the request's loaders.

@ObjectType({
  simpleResolvers: true,
  description: 'A postal address.',
})
export class Address {
  @Field({ description: 'Street and house number.' })
  street!: string;

  @Field({ description: 'Postal code (PLZ), five digits in Germany.' })
  postalCode!: string;

  @Field({ description: 'Town or city, as written on a letter.' })
  city!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'A regular weekly opening period, in the municipality’s local time.',
})
export class OpeningHours {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday!: number;

  @Field({ description: 'Local opening time, "HH:MM".' })
  opens!: string;

  @Field({ description: 'Local closing time, "HH:MM".' })
  closes!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A text in every language it is written in, for editing it: German always, the others null when not translated.',
})
export class LocalizedText {
  @Field({ description: 'German.' })
  de!: string;

  @Field(() => String, { nullable: true, description: 'English; null when not translated.' })
  en!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Leichte Sprache (easy German); null when not written.',
  })
  deLs!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A place of the town hall where citizens are served.',
})
export class Office extends Node {
  @Field({ description: 'Readable, stable identifier, e.g. "buergerbuero-mitte".' })
  slug!: string;

  @Field({ description: 'Name in the requested language.' })
  name!: string;

  @Field(() => LocalizedText, {
    description: 'The name in every language it is written in, as `updateOffice` takes it.',
  })
  names!: LocalizedText;

  @Field(() => Address, { description: 'Where citizens find it.' })
  address!: Address;

  @Field(() => String, { nullable: true, description: 'Phone number, as people dial it.' })
  phone!: string | null;

  @Field(() => String, { nullable: true, description: 'E-mail address of the office.' })
  email!: string | null;

  @Field(() => String, { nullable: true, description: 'The office’s page on the town’s website.' })
  website!: string | null;

  @Field(() => Date, {
    nullable: true,
    description:
      'When it closed for good (`retireOffice`); null while it serves. Only `allOffices` lists retired offices.',
  })
  retiredAt!: Date | null;

  /** Database id, for the loaders; not part of the API. */
  uuid!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A text in every language it is written in, for editing it (German always; null where not translated).',
})
export class LocalizedTexts {
  @Field({ description: 'German.' })
  de!: string;

  @Field(() => String, { nullable: true, description: 'English; null: not translated.' })
  en!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Leichte Sprache (Language DE_LS); null: not written.',
  })
  deLs!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'A list of short texts in every language it is written in, for editing it (German always; null where not translated).',
})
export class LocalizedLists {
  @Field(() => [String], { description: 'German.' })
  de!: string[];

  @Field(() => [String], { nullable: true, description: 'English; null: not translated.' })
  en!: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Leichte Sprache (Language DE_LS); null: not written.',
  })
  deLs!: string[] | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'A life situation or topic grouping services.',
})
export class Category extends Node {
  @Field({ description: 'Readable, stable identifier, e.g. "ausweise-und-paesse".' })
  slug!: string;

  @Field({ description: 'Name in the requested language.' })
  name!: string;

  @Field(() => LocalizedTexts, {
    description: 'The name in every language it is written in, as the administration edits it.',
  })
  names!: LocalizedTexts;

  uuid!: string;
  lang!: Language;
}

@ObjectType({
  simpleResolvers: true,
  description: 'An amount of money.',
})
export class Money {
  @Field(() => Int, { description: 'The amount in the currency’s minor unit (cents).' })
  amountCents!: number;

  @Field({ description: 'ISO 4217 currency code, e.g. EUR.' })
  currency!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: 'The texts of a service in every language they are written in.',
})
export class ServiceTexts {
  @Field(() => LocalizedTexts, { description: 'The name.' })
  name!: LocalizedTexts;

  @Field(() => LocalizedTexts, { description: 'The description.' })
  description!: LocalizedTexts;

  @Field(() => LocalizedLists, { description: 'What to bring to the appointment.' })
  documents!: LocalizedLists;

  @Field(() => LocalizedTexts, {
    nullable: true,
    description: 'How long processing usually takes; null when not stated.',
  })
  processingTime!: LocalizedTexts | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    'When appointments for a service can be booked. Days are local days of the town’s time zone, counted from today (0).',
})
export class BookingWindow {
  @Field(() => Int, {
    description: 'The first day that can be booked, in days from today (0: today), 0 to 365.',
  })
  earliestDaysAhead!: number;

  @Field(() => Int, {
    description:
      'The last day that can be booked, in days from today, up to 365 and not before earliestDaysAhead.',
  })
  latestDaysAhead!: number;

  @Field(() => Int, {
    description:
      'How long before it starts an appointment can be booked at the latest, in minutes (0 to 20,160).',
  })
  minimumNoticeMinutes!: number;

  @Field(() => Int, {
    description:
      'Minutes a counter keeps free before and after an appointment of the service (0 to 240); slots follow each other at the duration plus this.',
  })
  bufferMinutes!: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'How many appointments of the service each office gives on one day (1 to 1,000); null: no limit.',
  })
  dailyLimit!: number | null;
}

@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description: 'An administrative service ("Leistung") that citizens can ask for.',
})
export class Service extends Node {
  @Field({ description: 'Readable, stable identifier, e.g. "personalausweis-beantragen".' })
  slug!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The 14-digit key of the federal service catalogue (LeiKa).',
  })
  leikaKey!: string | null;

  @Field({ description: 'Name in the requested language (German when not translated).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What it is, who needs it and how it works, in the requested language.',
  })
  description!: string | null;

  @Field(() => Money, { nullable: true, description: 'The fee; null when the service is free.' })
  fee!: Money | null;

  @Field(() => [String], { description: 'What to bring to the appointment.' })
  documents!: string[];

  @Field(() => Int, { description: 'Length of one appointment, in minutes.' })
  durationMinutes!: number;

  @Field(() => BookingWindow, {
    description:
      'When appointments can be booked: how many days ahead, how long before at the latest, and the limits per counter and day that freeSlots, holdSlot and bookAppointment apply.',
  })
  bookingWindow!: BookingWindow;
  @Field({
    description:
      'Scarce: a guest’s booking is UNCONFIRMED until the link in its e-mail is opened, within 30 minutes, or it lapses (bookAppointment); signed in with a verified address, it is booked at once.',
  })
  scarce!: boolean;

  @Field(() => String, { nullable: true, description: 'How long processing usually takes.' })
  processingTime!: string | null;

  @Field(() => String, { nullable: true, description: 'The law the service is based on.' })
  legalBasis!: string | null;

  @Field({
    description:
      'Other words citizens use for it, space-separated; searched, not meant for display (for editing).',
  })
  keywords!: string;

  @Field(() => ServiceTexts, {
    description:
      'Its texts in every language they are written in, as the administration edits them.',
  })
  texts!: ServiceTexts;

  @Field(() => Date, {
    nullable: true,
    description:
      'When the town hall stopped offering it (see retireService); null while it is offered.',
  })
  retiredAt!: Date | null;

  uuid!: string;
  categoryId!: string;
  lang!: Language;
}

export const { ConnectionType: ServiceConnection, EdgeType: ServiceEdge } = connectionTypes(
  Service,
  'Service',
);

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description:
      'Words to search for in names, synonyms and descriptions; prefixes and parts of compound words match ("ausweis" finds "Personalausweis").',
  })
  query?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only services of this category.' })
  categoryId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only services offered at this office.' })
  officeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Retired services too (their `retiredAt` is set), for the administration: honoured for admins only, ignored for everyone else. Default false.',
  })
  includeRetired?: boolean | null;

  @Field(() => Language, { nullable: true, description: 'Language of the texts.' })
  lang?: Language | null;
}

@ArgsType()
export class ServiceArgs {
  @Field(() => ID, { description: 'The service’s global ID.' })
  id!: string;

  @Field(() => Language, { nullable: true, description: 'Language of the texts.' })
  lang?: Language | null;
}
