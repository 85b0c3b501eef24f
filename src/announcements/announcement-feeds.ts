import { ICalCalendar, ICalCalendarMethod } from 'ical-generator';
import { Language, pickText } from '../common/language.js';
import { languageOf } from './announcement-rules.js';
import {
  AnnouncementCategory,
  AnnouncementSeverity,
} from '../entities/announcements/announcement.entity.js';
import type { AnnouncementRecord } from './announcement.queries.js';
import type { OfficeRecord } from '../catalogue/catalogue.service.js';
import { translate, type MessageKey } from '../i18n/messages.js';

/** What every feed needs besides its announcements. */
export type FeedContext = {
  lang: Language;
  publicUrl: string;
  townName: string;
  timeZone: string;
  /** The office the feed is limited to (its own and the town-wide announcements); null: all. */
  office: OfficeRecord | null;
  /** The absolute URL of this feed, as it was asked for (Atom's and RSS's rel="self"). */
  selfUrl: string;
  /** When the feed last changed (publication, edit or expiry). */
  updatedAt: Date;
  /** The absolute link of an announcement's page. */
  linkOf: (announcement: AnnouncementRecord) => string;
};

const CATEGORY_LABEL: Record<AnnouncementCategory, MessageKey> = {
  [AnnouncementCategory.NEWS]: 'announcement.category.NEWS',
  [AnnouncementCategory.CLOSURE]: 'announcement.category.CLOSURE',
  [AnnouncementCategory.EVENT]: 'announcement.category.EVENT',
  [AnnouncementCategory.WARNING]: 'announcement.category.WARNING',
};

const SEVERITY_LABEL: Record<AnnouncementSeverity, MessageKey> = {
  [AnnouncementSeverity.INFO]: 'announcement.severity.INFO',
  [AnnouncementSeverity.IMPORTANT]: 'announcement.severity.IMPORTANT',
  [AnnouncementSeverity.EMERGENCY]: 'announcement.severity.EMERGENCY',
};

const ATOM_NS = 'http://www.w3.org/2005/Atom';

const XML_LANG: Record<Language, string> = {
  [Language.DE]: 'de',
  [Language.EN]: 'en',
  // Leichte Sprache is German; BCP 47 has no tag of its own for it.
  [Language.DE_LS]: 'de',
};

const LOCALE: Record<Language, string> = {
  [Language.DE]: 'de-DE',
  [Language.EN]: 'en-GB',
  [Language.DE_LS]: 'de-DE',
};

// Characters XML 1.0 does not allow at all (most control characters, lone surrogates, U+FFFE/F).
// The input checks refuse control characters already; this keeps any other source from breaking
// a feed for every reader.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/**
 * Text for XML content and for attribute values, which are always double-quoted here. Apostrophes
 * stay as they are: "&apos;" would end up in the HTML of feed bodies, where old readers show it.
 */
export function escapeXml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function feedTitle(context: FeedContext): string {
  return context.office
    ? translate(context.lang, 'feed.titleOffice', {
        town: context.townName,
        office: pickText(context.office.name, context.lang),
      })
    : translate(context.lang, 'feed.title', { town: context.townName });
}

function eventLines(announcement: AnnouncementRecord, context: FeedContext): string[] {
  if (!announcement.eventStartsAt) return [];
  const format = new Intl.DateTimeFormat(LOCALE[context.lang], {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: context.timeZone,
  });
  const time = announcement.eventEndsAt
    ? format.formatRange(announcement.eventStartsAt, announcement.eventEndsAt)
    : format.format(announcement.eventStartsAt);
  return [
    translate(context.lang, 'feed.eventTime', { time }),
    ...(announcement.eventLocation
      ? [translate(context.lang, 'feed.eventPlace', { place: announcement.eventLocation })]
      : []),
  ];
}

/** The body as HTML paragraphs (blank lines separate them; single line breaks stay). */
function bodyHtml(announcement: AnnouncementRecord, context: FeedContext): string {
  const paragraphs = [
    ...eventLines(announcement, context),
    ...pickText(announcement.body, context.lang).split(/\r?\n\s*\r?\n/),
  ]
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0);
  return paragraphs
    .map((paragraph) => `<p>${escapeXml(paragraph).replace(/\r?\n/g, '<br>')}</p>`)
    .join('');
}

/** When an entry last changed as readers saw it: its publication or a later edit. */
function entryUpdatedAt(announcement: AnnouncementRecord): Date {
  const publishedAt = announcement.publishAt as Date;
  return announcement.updatedAt > publishedAt ? announcement.updatedAt : publishedAt;
}

function categoryTerms(announcement: AnnouncementRecord, context: FeedContext) {
  return [
    {
      scheme: `${context.publicUrl}/feeds/categories`,
      term: announcement.category.toLowerCase(),
      label: translate(context.lang, CATEGORY_LABEL[announcement.category]),
    },
    {
      scheme: `${context.publicUrl}/feeds/severities`,
      term: announcement.severity.toLowerCase(),
      label: translate(context.lang, SEVERITY_LABEL[announcement.severity]),
    },
  ];
}

/** The announcements as an Atom 1.0 feed (RFC 4287): RFC 3339 dates, absolute links. */
export function atomFeed(announcements: AnnouncementRecord[], context: FeedContext): string {
  const author = translate(context.lang, 'feed.author', { town: context.townName });
  const entries = announcements.map((announcement) => {
    const link = escapeXml(context.linkOf(announcement));
    const categories = categoryTerms(announcement, context)
      .map(
        (category) =>
          `    <category scheme="${escapeXml(category.scheme)}" term="${category.term}" label="${escapeXml(category.label)}"/>\n`,
      )
      .join('');
    const lang = XML_LANG[languageOf(announcement.title, context.lang)];
    return (
      `  <entry xml:lang="${lang}">\n` +
      `    <id>urn:uuid:${announcement.id}</id>\n` +
      `    <title type="text">${escapeXml(pickText(announcement.title, context.lang))}</title>\n` +
      `    <link rel="alternate" type="text/html" href="${link}"/>\n` +
      `    <published>${(announcement.publishAt as Date).toISOString()}</published>\n` +
      `    <updated>${entryUpdatedAt(announcement).toISOString()}</updated>\n` +
      categories +
      `    <content type="html">${escapeXml(bodyHtml(announcement, context))}</content>\n` +
      `  </entry>\n`
    );
  });
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<feed xmlns="${ATOM_NS}" xml:lang="${XML_LANG[context.lang]}">\n` +
    `  <id>${escapeXml(context.selfUrl)}</id>\n` +
    `  <title type="text">${escapeXml(feedTitle(context))}</title>\n` +
    `  <subtitle type="text">${escapeXml(translate(context.lang, 'feed.subtitle', { town: context.townName }))}</subtitle>\n` +
    `  <updated>${context.updatedAt.toISOString()}</updated>\n` +
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(context.selfUrl)}"/>\n` +
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${context.publicUrl}/announcements`)}"/>\n` +
    `  <author><name>${escapeXml(author)}</name><uri>${escapeXml(`${context.publicUrl}/`)}</uri></author>\n` +
    '  <generator>Rathaus</generator>\n' +
    entries.join('') +
    '</feed>\n'
  );
}

/** The announcements as an RSS 2.0 feed: RFC 822 dates, absolute links, Atom rel="self". */
export function rssFeed(announcements: AnnouncementRecord[], context: FeedContext): string {
  const items = announcements.map((announcement) => {
    const link = escapeXml(context.linkOf(announcement));
    const categories = categoryTerms(announcement, context)
      .map(
        (category) =>
          `      <category domain="${escapeXml(category.scheme)}">${category.term}</category>\n`,
      )
      .join('');
    return (
      '    <item>\n' +
      `      <title>${escapeXml(pickText(announcement.title, context.lang))}</title>\n` +
      `      <link>${link}</link>\n` +
      `      <description>${escapeXml(bodyHtml(announcement, context))}</description>\n` +
      categories +
      `      <guid isPermaLink="true">${link}</guid>\n` +
      `      <pubDate>${(announcement.publishAt as Date).toUTCString()}</pubDate>\n` +
      '    </item>\n'
    );
  });
  return (
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    `<rss version="2.0" xmlns:atom="${ATOM_NS}">\n` +
    '  <channel>\n' +
    `    <title>${escapeXml(feedTitle(context))}</title>\n` +
    `    <link>${escapeXml(`${context.publicUrl}/announcements`)}</link>\n` +
    `    <description>${escapeXml(translate(context.lang, 'feed.subtitle', { town: context.townName }))}</description>\n` +
    `    <language>${XML_LANG[context.lang]}</language>\n` +
    `    <lastBuildDate>${context.updatedAt.toUTCString()}</lastBuildDate>\n` +
    '    <generator>Rathaus</generator>\n' +
    '    <ttl>5</ttl>\n' +
    `    <atom:link href="${escapeXml(context.selfUrl)}" rel="self" type="application/rss+xml"/>\n` +
    items.join('') +
    '  </channel>\n' +
    '</rss>\n'
  );
}

/**
 * The announced events as an iCalendar feed for calendar apps. UIDs are stable and the sequence
 * is the revision, so that a subscribed calendar updates an event when the notice is edited.
 */
export function eventsCalendar(announcements: AnnouncementRecord[], context: FeedContext): string {
  const host = new URL(context.publicUrl).host;
  const calendar = new ICalCalendar({
    prodId: { company: 'Rathaus', product: 'Rathaus', language: XML_LANG[context.lang] },
    method: ICalCalendarMethod.PUBLISH,
    name: translate(context.lang, 'feed.eventsTitle', { town: context.townName }),
    url: context.selfUrl,
    ttl: 60 * 60,
  });
  for (const announcement of announcements) {
    if (!announcement.eventStartsAt) continue;
    const link = context.linkOf(announcement);
    calendar.createEvent({
      id: `${announcement.id}@${host}`,
      start: announcement.eventStartsAt,
      end: announcement.eventEndsAt,
      stamp: entryUpdatedAt(announcement),
      lastModified: announcement.updatedAt,
      created: announcement.createdAt,
      sequence: announcement.revision,
      summary: pickText(announcement.title, context.lang),
      description: `${pickText(announcement.body, context.lang)}\n\n${link}`,
      location: announcement.eventLocation,
      url: link,
    });
  }
  return calendar.toString();
}
