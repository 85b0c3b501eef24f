import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { AnnouncementErrorCode } from '../../announcements/announcement.errors.js';
import { AnnouncementStatus } from '../../announcements/announcement-rules.js';
import { Language } from '../../common/language.js';
import { AnnouncementRevisionAction } from '../../entities/announcements/announcement-revision.entity.js';
import {
  AnnouncementCategory,
  AnnouncementSeverity,
} from '../../entities/announcements/announcement.entity.js';
import { LocalizedTextInput } from '../admin/admin.types.js';
import { connectionTypes, PageArgs } from '../common/connection.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';
import { PerViewer } from '../common/viewers.js';

export const AnnouncementError = userErrorType(AnnouncementErrorCode, {
  name: 'Announcement',
  refusalsOf: 'an announcement mutation',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: {
      description:
        'No such announcement, or one you may not see (a draft of another office); or no such office.',
    },
    FORBIDDEN: {
      description:
        'You do not work for the announcement’s office, or only admins write town-wide ones.',
    },
    ALREADY_PUBLISHED: {
      description:
        'It is visible already (publish), or has been visible (delete: withdraw it instead).',
    },
    ALREADY_EXPIRED: { description: 'Its validity has ended; the archive is not edited.' },
    NOT_PUBLISHED: { description: 'Withdrawing a draft: there is nothing to withdraw.' },
    EDIT_CONFLICT: {
      description: 'Someone else changed it since the editor loaded it (`expectedRevision`).',
    },
  },
});
export type AnnouncementError = InstanceType<typeof AnnouncementError>;

registerEnumType(AnnouncementCategory, {
  name: 'AnnouncementCategory',
  description: 'What an announcement is about.',
  valuesConfig: {
    NEWS: { description: 'News of the town hall: a new service, changed opening hours, …' },
    CLOSURE: { description: 'An office or service is closed or limited.' },
    EVENT: { description: 'An event; it has a time (and usually a place) of its own.' },
    WARNING: { description: 'A warning: road works, water supply, weather, …' },
  },
});

registerEnumType(AnnouncementSeverity, {
  name: 'AnnouncementSeverity',
  description: 'How urgent an announcement is; lists show the most urgent first.',
  valuesConfig: {
    INFO: { description: 'For information.' },
    IMPORTANT: { description: 'Important: shown prominently.' },
    EMERGENCY: {
      description:
        'An emergency (danger to life, health or property): web and kiosk show it above everything else.',
    },
  },
});

registerEnumType(AnnouncementStatus, {
  name: 'AnnouncementStatus',
  description: 'Where an announcement stands in its life, derived from its validity window.',
  valuesConfig: {
    DRAFT: { description: 'Not published; only its office’s staff and admins see it.' },
    SCHEDULED: { description: 'Published from `publishAt` on; not visible yet.' },
    PUBLISHED: { description: 'Visible to everyone now.' },
    EXPIRED: { description: 'Its validity ended (or it was withdrawn); kept for the record.' },
  },
});

registerEnumType(AnnouncementRevisionAction, {
  name: 'AnnouncementRevisionAction',
  description: 'What a change in the history of an announcement did.',
  valuesConfig: {
    CREATED: { description: 'Written as a draft (createAnnouncement).' },
    UPDATED: {
      description: 'Its content, end of validity or event details changed (updateAnnouncement).',
    },
    SCHEDULED: {
      description: 'Set to become visible at a later publishAt, or moved (publishAnnouncement).',
    },
    PUBLISHED: { description: 'Made visible at once (publishAnnouncement).' },
    WITHDRAWN: {
      description:
        'Taken back (withdrawAnnouncement): a visible one expired at once, a scheduled one became a draft again.',
    },
  },
});

@ObjectType({ description: 'The texts of an announcement in one language.' })
export class AnnouncementTranslation {
  @Field(() => Language, { description: 'The language this title and body are written in.' })
  language!: Language;

  @Field({ description: 'Headline, up to 200 characters.' })
  title!: string;

  @Field({ description: 'Plain text; paragraphs are separated by blank lines.' })
  body!: string;
}

@ObjectType({
  description:
    'One version in the edit history of an announcement: the whole announcement as it stood after a change.',
})
export class AnnouncementRevision {
  @Field(() => Int, { description: '1 for the first version, counting up by one per change.' })
  revision!: number;

  @Field(() => AnnouncementRevisionAction, { description: 'What the change did.' })
  action!: AnnouncementRevisionAction;

  @Field(() => Date, { description: 'When the change was made.' })
  editedAt!: Date;

  @Field(() => String, {
    nullable: true,
    description:
      'Name of the staff member who made the change; null for the demo data or when the account is gone.',
  })
  editedBy!: string | null;

  @Field(() => AnnouncementCategory, { description: 'The category in this version.' })
  category!: AnnouncementCategory;

  @Field(() => AnnouncementSeverity, { description: 'The severity in this version.' })
  severity!: AnnouncementSeverity;

  @Field(() => Date, {
    nullable: true,
    description: 'From when it was to be visible in this version; null: a draft.',
  })
  publishAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when it was to be visible (exclusive) in this version; null: no end.',
  })
  expiresAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Events only: when the event starts, in this version.',
  })
  eventStartsAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Events only: when the event ends, in this version; null when not known.',
  })
  eventEndsAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'Events only: where it takes place, in this version.',
  })
  eventLocation!: string | null;

  @Field(() => [AnnouncementTranslation], { description: 'The texts as they read then.' })
  translations!: AnnouncementTranslation[];
}

@ObjectType({
  implements: Node,
  description:
    'An official notice of the town hall — news, a closure, an event or a warning — for the whole town or one office, visible from `publishAt` until `expiresAt`.',
})
export class Announcement extends Node {
  @Field({
    description: 'Headline in the requested language (German where no translation exists).',
  })
  title!: string;

  @Field({ description: 'Plain text; paragraphs are separated by blank lines.' })
  body!: string;

  @Field(() => Language, {
    description:
      'The language `title` and `body` are in: the requested one, or German as fallback.',
  })
  language!: Language;

  @Field(() => [Language], { description: 'The languages the announcement is written in.' })
  availableLanguages!: Language[];

  @Field(() => [AnnouncementTranslation], { description: 'The texts in every language written.' })
  translations!: AnnouncementTranslation[];

  @Field(() => AnnouncementCategory, { description: 'What it is about.' })
  category!: AnnouncementCategory;

  @Field(() => AnnouncementSeverity, {
    description: 'How urgent it is; lists put the most urgent first.',
  })
  severity!: AnnouncementSeverity;

  @Field({
    description:
      'True for EMERGENCY announcements: clients show them above everything else, and lists put them first.',
  })
  emergency!: boolean;

  @Field({ description: 'True when it concerns the whole town rather than one office.' })
  townWide!: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'From when it is (or was) visible; null for a draft.',
  })
  publishAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Until when it is visible (exclusive); null: until withdrawn.',
  })
  expiresAt!: Date | null;

  @Field(() => AnnouncementStatus, {
    description: 'Where it stands now, derived from publishAt and expiresAt.',
  })
  status!: AnnouncementStatus;

  @Field(() => Date, { nullable: true, description: 'Events only: when the event starts.' })
  eventStartsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events only: when it ends, if known.' })
  eventEndsAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Events only: where it takes place.' })
  eventLocation!: string | null;

  @Field({ description: 'Absolute link to the announcement’s page on the town’s site.' })
  url!: string;

  @Field(() => Date, { description: 'When its content or validity last changed.' })
  updatedAt!: Date;

  @Field(() => Int, {
    description: 'Number of the current version; send it as `expectedRevision` when editing.',
  })
  revision!: number;

  @PerViewer()
  @Field({ description: 'Whether you may edit, publish, withdraw or delete it.' })
  viewerCanEdit!: boolean;

  /** Database ids and the language, for the field resolvers; not part of the API. */
  uuid!: string;
  officeId!: string | null;
  lang!: Language;
}

export const { ConnectionType: AnnouncementConnection, EdgeType: AnnouncementEdge } =
  connectionTypes(Announcement, 'Announcement');

@ArgsType()
export class AnnouncementsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only this office’s announcements and the town-wide ones; all when omitted.',
  })
  officeId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only the town-wide announcements; false: only those of an office; both when omitted.',
  })
  townWide?: boolean | null;

  @Field(() => AnnouncementCategory, { nullable: true, description: 'Only this category.' })
  category?: AnnouncementCategory | null;

  @Field(() => AnnouncementSeverity, {
    nullable: true,
    description: 'Only this severity (EMERGENCY: what must be shown above everything else).',
  })
  severity?: AnnouncementSeverity | null;

  @Field(() => [AnnouncementStatus], {
    nullable: true,
    description:
      'Statuses to list; default PUBLISHED (what is visible now). Other statuses list only what you may edit (staff: your offices; admins: all).',
  })
  statuses?: AnnouncementStatus[] | null;

  @Field(() => Language, { nullable: true, description: 'Language of the texts.' })
  lang?: Language | null;
}

@ArgsType()
export class AnnouncementArgs {
  @Field(() => ID, { description: 'The announcement’s global ID.' })
  id!: string;

  @Field(() => Language, { nullable: true, description: 'Language of the texts.' })
  lang?: Language | null;
}

@ArgsType()
export class AnnouncementPublishedArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'This office’s announcements and the town-wide ones (a kiosk, an office’s page); every announcement when omitted.',
  })
  officeId?: string | null;

  @Field(() => Language, { nullable: true, description: 'Language of the texts.' })
  lang?: Language | null;
}

@ArgsType()
export class AnnouncementWithdrawnArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'This office’s announcements and the town-wide ones (a kiosk, an office’s page); every announcement when omitted.',
  })
  officeId?: string | null;
}

@InputType({ description: 'What an announcement says and how long it is valid.' })
export class AnnouncementInput {
  @Field(() => AnnouncementCategory, {
    description: 'What it is about; only EVENT announcements have event details.',
  })
  category!: AnnouncementCategory;

  @Field(() => AnnouncementSeverity, {
    description: 'How urgent it is; EMERGENCY puts it above everything else.',
  })
  severity!: AnnouncementSeverity;

  @Field(() => LocalizedTextInput, {
    description:
      'Headline: German required, English and Leichte Sprache optional; at most 200 characters each. A translation needs both a title and a body.',
  })
  title!: LocalizedTextInput;

  @Field(() => LocalizedTextInput, {
    description: 'Plain text, paragraphs separated by blank lines; at most 10 000 characters each.',
  })
  body!: LocalizedTextInput;

  @Field(() => Date, {
    nullable: true,
    description:
      'End of validity (exclusive), in the future and after publishAt; null: until withdrawn.',
  })
  expiresAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Required for events: when the event starts.' })
  eventStartsAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Events: when it ends (after the start).' })
  eventEndsAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Events: where; at most 200 characters.' })
  eventLocation?: string | null;
}

@InputType({ description: 'A new draft announcement.' })
export class CreateAnnouncementInput {
  @Field(() => ID, {
    nullable: true,
    description:
      'The office it concerns (its staff and admins may write it); omitted: the whole town (admins only). Cannot be changed later.',
  })
  officeId?: string | null;

  @Field(() => AnnouncementInput, { description: 'What it says and until when it is valid.' })
  announcement!: AnnouncementInput;
}

@InputType({ description: 'New content for an announcement; recorded as a new revision.' })
export class UpdateAnnouncementInput {
  @Field(() => ID, { description: 'The announcement’s global ID.' })
  id!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The `revision` you edited; when someone changed it since, the edit is refused with EDIT_CONFLICT instead of overwriting theirs.',
  })
  expectedRevision?: number | null;

  @Field(() => AnnouncementInput, {
    description:
      'Everything it says and until when it is valid; replaces the previous content (publishAt and the office stay).',
  })
  announcement!: AnnouncementInput;
}

@InputType({ description: 'When a draft or scheduled announcement becomes visible.' })
export class PublishAnnouncementInput {
  @Field(() => ID, { description: 'The announcement’s global ID.' })
  id!: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When it becomes visible; omitted or in the past: now.',
  })
  publishAt?: Date | null;
}

@InputType({ description: 'The announcement to act on.' })
export class AnnouncementIdInput {
  @Field(() => ID, { description: 'The announcement’s global ID.' })
  id!: string;
}

@ObjectType({ description: 'The announcement as it stands after the change, or why not.' })
export class AnnouncementPayload {
  @Field(() => Announcement, {
    nullable: true,
    description: 'The announcement; null when refused.',
  })
  announcement!: Announcement | null;

  @Field(() => [AnnouncementError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AnnouncementError[];
}

@ObjectType({ description: 'The ID of the deleted announcement, or why it was not deleted.' })
export class DeleteAnnouncementPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The global ID of the deleted announcement; null when refused.',
  })
  deletedAnnouncementId!: string | null;

  @Field(() => [AnnouncementError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: AnnouncementError[];
}
