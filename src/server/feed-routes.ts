import { Router, type Response } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import {
  atomFeed,
  eventsCalendar,
  rssFeed,
  type FeedContext,
} from '../announcements/announcement-feeds.js';
import { announcementFeed } from '../announcements/announcement.service.js';
import { catalogueExport } from './catalogue-export.js';
import type { Clock } from '../common/clock.js';
import { Language, languageOfUrlTag, languageUrlTag } from '../common/language.js';
import { AnnouncementCategory } from '../entities/announcements/announcement.entity.js';
import { localDay } from '../queue/queue-rules.js';
import { announcementUrl } from '../resolvers/announcements/announcement.mapping.js';
import { uuidOf } from '../resolvers/common/global-id.js';

/** The newest this many announcements make up a news feed; calendars get more. */
const FEED_SIZE = 50;
const CALENDAR_SIZE = 200;

const FEEDS = {
  'announcements.atom': { type: 'application/atom+xml', size: FEED_SIZE, render: atomFeed },
  'announcements.rss': { type: 'application/rss+xml', size: FEED_SIZE, render: rssFeed },
  'events.ics': { type: 'text/calendar', size: CALENDAR_SIZE, render: eventsCalendar },
} as const;

function refuse(res: Response, status: number, message: string): void {
  res.status(status).type('text/plain').setHeader('Cache-Control', 'no-store').send(`${message}\n`);
}

/**
 * GET /feeds/catalogue.jsonld: the offices and services, for portals (catalogue-export.ts).
 * GET /feeds/announcements.atom, /feeds/announcements.rss and /feeds/events.ics: what is
 * announced now, for news sites, feed readers, other apps and calendars. `?lang=de|en|de-ls`
 * (German by default, so that a feed's address always means the same feed) and
 * `?office=<slug or ID>` (that office's and the town-wide announcements). Public, cached for a
 * minute, with Last-Modified and an ETag for conditional requests, and open to other origins.
 */
export function feedRoutes(
  orm: MikroORM,
  settings: { publicUrl: string; townName: string; timeZone: string },
  clock: Clock,
) {
  const router = Router();
  router.get('/feeds/:file', async (req, res, next) => {
    if (!Object.hasOwn(FEEDS, req.params.file)) return next();
    const format = FEEDS[req.params.file as keyof typeof FEEDS];
    const langParameter = typeof req.query.lang === 'string' ? req.query.lang : null;
    const officeParameter = typeof req.query.office === 'string' ? req.query.office : null;
    const lang = langParameter === null ? Language.DE : languageOfUrlTag(langParameter);
    if (!lang) {
      refuse(res, 400, 'Unknown language: use lang=de, en or de-ls.');
      return;
    }
    const feed = await announcementFeed(
      { em: orm.em.fork(), clock },
      {
        office:
          officeParameter === null
            ? null
            : { id: uuidOf(officeParameter, 'Office'), slug: officeParameter },
        category: req.params.file === 'events.ics' ? AnnouncementCategory.EVENT : null,
        limit: format.size,
      },
    );
    if (!feed) {
      refuse(res, 404, 'No such office: use its slug (e.g. buergerbuero-mitte) or its ID.');
      return;
    }
    const { office, announcements, changedAt, now } = feed;
    const self = new URL(`${settings.publicUrl}/feeds/${req.params.file}`);
    if (langParameter !== null) self.searchParams.set('lang', languageUrlTag(lang));
    if (office) self.searchParams.set('office', office.slug);
    const context: FeedContext = {
      lang,
      publicUrl: settings.publicUrl,
      townName: settings.townName,
      timeZone: settings.timeZone,
      office,
      selfUrl: self.toString(),
      updatedAt: changedAt ?? now,
      linkOf: (announcement) => announcementUrl(settings.publicUrl, announcement.id),
    };
    if (changedAt) res.setHeader('Last-Modified', changedAt.toUTCString());
    res
      .type(`${format.type}; charset=utf-8`)
      .setHeader('Cache-Control', 'public, max-age=60')
      .setHeader('Access-Control-Allow-Origin', '*')
      // Express answers a matching If-None-Match (its ETag) or If-Modified-Since with 304.
      .send(format.render(announcements, context));
  });

  // The catalogue for portals and search engines (docs/catalogue-export.md): `?lang=` as above.
  router.get('/feeds/catalogue.jsonld', async (req, res) => {
    const lang = req.query.lang === undefined ? Language.DE : languageOfUrlTag(req.query.lang);
    if (!lang) {
      refuse(res, 400, 'Unknown language: use lang=de, en or de-ls.');
      return;
    }
    const catalogue = await catalogueExport(orm.em.fork(), settings, {
      lang,
      today: localDay(clock(), settings.timeZone),
    });
    res
      .type('application/ld+json; charset=utf-8')
      .setHeader('Cache-Control', 'public, max-age=300')
      .setHeader('Access-Control-Allow-Origin', '*')
      .send(JSON.stringify(catalogue));
  });
  return router;
}
