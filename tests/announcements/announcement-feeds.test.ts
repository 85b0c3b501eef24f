import { Role } from '../../src/entities/accounts/account.entity.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import {
  createDraft,
  createPublished,
  ONE,
  publish,
  type AnnouncementView,
} from '../support/announcements.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { childrenNamed, onlyChild, parseXml, XmlError, type XmlElement } from '../support/xml.js';

const T0 = new Date('2027-03-01T08:00:00.000Z');
const HOUR = 3_600_000;
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const ATOM = 'http://www.w3.org/2005/Atom';
const PUBLIC_URL = 'http://rathaus.test';
const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const RFC_822 =
  /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/;
const TRICKY_TITLE = 'Straßenfest & „Sommer“ <2027> \'Ü\' "A&B" 🎉';

let server: TestServer;
let office1: BookingFixture;
let office2: BookingFixture;
let admin: Record<string, string>;
const published: Record<string, AnnouncementView> = {};

beforeAll(async () => {
  server = await startTestServer({ now: T0 });
  office1 = await createBookingFixture(server.orm);
  office2 = await createBookingFixture(server.orm);
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));

  // Given four visible announcements, an hour apart, and three that are not visible
  published.festival = await createPublished(server, admin, {
    title: { de: TRICKY_TITLE, en: 'Street festival' },
    body: {
      de: 'Erster Absatz mit <b>Tags</b> & Co.\nZweite Zeile.\n\nZweiter Absatz.',
      en: 'First paragraph.\n\nSecond paragraph.',
    },
  });
  server.clock.set(at(1));
  published.emergency = await createPublished(server, admin, {
    officeId: office1.office,
    category: 'WARNING',
    severity: 'EMERGENCY',
    title: { de: 'Gasgeruch im Bürgerbüro 1' },
  });
  server.clock.set(at(2));
  published.closure = await createPublished(server, admin, {
    officeId: office2.office,
    category: 'CLOSURE',
    severity: 'IMPORTANT',
    title: { de: 'Bürgerbüro 2 geschlossen', en: 'Office 2 closed' },
    body: { de: 'Wegen Umbau.', en: 'For alterations.' },
  });
  server.clock.set(at(3));
  published.event = await createPublished(server, admin, {
    category: 'EVENT',
    title: { de: 'Tag der offenen Tür', en: 'Open day' },
    body: { de: 'Führungen ab 10 Uhr.', en: 'Tours from 10 am.' },
    eventStartsAt: '2027-03-20T09:00:00.000Z',
    eventEndsAt: '2027-03-20T15:00:00.000Z',
    eventLocation: 'Rathaus, Ratssaal',
  });
  await createDraft(server, admin, { title: { de: 'Entwurf' } });
  const scheduled = await createDraft(server, admin, {
    title: { de: 'Geplant' },
    category: 'EVENT',
    eventStartsAt: at(50).toISOString(),
  });
  await publish(server, admin, scheduled.id, at(24).toISOString());
  await createPublished(server, admin, {
    title: { de: 'Bald vorbei' },
    expiresAt: at(3.5).toISOString(),
  });
  server.clock.set(at(4));
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function fetchFeed(path: string, headers: Record<string, string> = {}) {
  const response = await server
    .http()
    .get(path)
    .set(headers)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
  return { status: response.status, headers: response.headers, text: response.body as string };
}

const text = (element: XmlElement, name: string) => onlyChild(element, name).text;

describe('the XML parser of these tests', () => {
  it('refuses what is not well-formed XML', () => {
    for (const broken of [
      '<a><b></a>',
      '<a>&nbsp;</a>',
      '<a>x & y</a>',
      '<a b=1/>',
      '<a/><b/>',
      '<a x="1" x="2"/>',
      '<p:a/>',
      '<a>\u0001</a>',
    ]) {
      expect(() => parseXml(broken)).toThrow(XmlError);
    }
    expect(parseXml('<?xml version="1.0"?><a x="&lt;&#228;&#xE4;"><b>&amp;</b></a>')).toMatchObject(
      {
        attributes: { x: '<ää' },
        children: [{ name: 'b', text: '&' }],
      },
    );
  });
});

describe('Atom', () => {
  it('is a valid Atom 1.0 feed of what is visible now, newest first, with absolute links and RFC 3339 dates', async () => {
    const { status, headers, text: body } = await fetchFeed('/feeds/announcements.atom');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = parseXml(body);
    expect(feed).toMatchObject({ name: 'feed', namespace: ATOM, attributes: { 'xml:lang': 'de' } });

    expect(text(feed, 'title')).toBe('Bekanntmachungen der Stadt Musterstadt');
    expect(text(feed, 'id')).toBe(`${PUBLIC_URL}/feeds/announcements.atom`);
    expect(text(feed, 'updated')).toMatch(RFC_3339);
    expect(childrenNamed(feed, 'link').map((link) => link.attributes)).toEqual(
      expect.arrayContaining([
        {
          rel: 'self',
          type: 'application/atom+xml',
          href: `${PUBLIC_URL}/feeds/announcements.atom`,
        },
      ]),
    );
    expect(onlyChild(onlyChild(feed, 'author'), 'name').text).toBe('Stadt Musterstadt');

    const entries = childrenNamed(feed, 'entry');
    expect(entries.map((entry) => text(entry, 'title'))).toEqual([
      'Tag der offenen Tür',
      'Bürgerbüro 2 geschlossen',
      'Gasgeruch im Bürgerbüro 1',
      TRICKY_TITLE,
    ]);
    for (const entry of entries) {
      expect(text(entry, 'id')).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
      const link = onlyChild(entry, 'link').attributes;
      expect(link).toMatchObject({ rel: 'alternate', type: 'text/html' });
      expect(link.href).toMatch(new RegExp(`^${PUBLIC_URL}/announcements/[A-Za-z0-9=]+$`));
      expect(text(entry, 'published')).toMatch(RFC_3339);
      expect(text(entry, 'updated')).toMatch(RFC_3339);
      expect(Date.parse(text(entry, 'updated'))).toBeGreaterThanOrEqual(
        Date.parse(text(entry, 'published')),
      );
      expect(onlyChild(entry, 'content').attributes.type).toBe('html');
    }
    // Dates are the announcements' own.
    expect(text(entries[0]!, 'published')).toBe(published.event!.publishAt);
    // The feed last changed when "Bald vorbei" expired, after the newest was published.
    expect(text(feed, 'updated')).toBe(at(3.5).toISOString());
    // Text survives escaping exactly; the body is HTML, escaped once more as XML.
    const festival = entries[3]!;
    expect(onlyChild(festival, 'content').text).toBe(
      '<p>Erster Absatz mit &lt;b&gt;Tags&lt;/b&gt; &amp; Co.<br>Zweite Zeile.</p><p>Zweiter Absatz.</p>',
    );
    // Categories mark the emergency for machines.
    expect(
      childrenNamed(entries[2]!, 'category').map((category) => category.attributes.term),
    ).toEqual(['warning', 'emergency']);
    // An event says when and where.
    expect(onlyChild(entries[0]!, 'content').text).toContain('Rathaus, Ratssaal');
  });

  it('links each entry to the announcement’s page, whose ID the API resolves', async () => {
    const feed = parseXml((await fetchFeed('/feeds/announcements.atom')).text);
    const href = onlyChild(childrenNamed(feed, 'entry')[1]!, 'link').attributes.href!;
    const id = href.slice(`${PUBLIC_URL}/announcements/`.length);
    const { body } = await server.gql<{ announcement: AnnouncementView }>(ONE, { id });
    expect(body.data!.announcement).toMatchObject({ title: 'Bürgerbüro 2 geschlossen', url: href });
  });

  it('speaks the language asked for, marking entries that fall back to German', async () => {
    const feed = parseXml((await fetchFeed('/feeds/announcements.atom?lang=en')).text);
    expect(feed.attributes['xml:lang']).toBe('en');
    expect(text(feed, 'title')).toBe('Announcements of the town of Musterstadt');
    expect(
      childrenNamed(feed, 'entry').map((entry) => [
        entry.attributes['xml:lang'],
        text(entry, 'title'),
      ]),
    ).toEqual([
      ['en', 'Open day'],
      ['en', 'Office 2 closed'],
      ['de', 'Gasgeruch im Bürgerbüro 1'],
      ['en', 'Street festival'],
    ]);
    expect(text(feed, 'id')).toBe(`${PUBLIC_URL}/feeds/announcements.atom?lang=en`);
  });

  it('limits a feed to one office and the town, by slug or ID, and refuses unknown ones', async () => {
    const slug = (
      await server.orm.em
        .fork()
        .execute<Array<{ slug: string }>>('select slug from office where id = ?', [
          office1.officeId,
        ])
    )[0]!.slug;
    for (const office of [slug, office1.office]) {
      const { text: body } = await fetchFeed(
        `/feeds/announcements.atom?office=${encodeURIComponent(office)}`,
      );
      const feed = parseXml(body);
      expect(text(feed, 'title')).toMatch(/^Bekanntmachungen der Stadt Musterstadt – Teststelle/);
      expect(childrenNamed(feed, 'entry').map((entry) => text(entry, 'title'))).toEqual([
        'Tag der offenen Tür',
        'Gasgeruch im Bürgerbüro 1',
        TRICKY_TITLE,
      ]);
      expect(text(feed, 'id')).toBe(`${PUBLIC_URL}/feeds/announcements.atom?office=${slug}`);
    }
    expect((await fetchFeed('/feeds/announcements.atom?office=no-such-office')).status).toBe(404);
    expect((await fetchFeed('/feeds/announcements.atom?lang=fr')).status).toBe(400);
  });
});

describe('RSS', () => {
  it('is a valid RSS 2.0 feed with RFC 822 dates, absolute links and a self link', async () => {
    const { status, headers, text: body } = await fetchFeed('/feeds/announcements.rss?lang=en');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const rss = parseXml(body);
    expect(rss).toMatchObject({ name: 'rss', attributes: { version: '2.0' } });
    const channel = onlyChild(rss, 'channel');
    // Required channel elements.
    expect(text(channel, 'title')).toBe('Announcements of the town of Musterstadt');
    expect(text(channel, 'link')).toBe(`${PUBLIC_URL}/announcements`);
    expect(text(channel, 'description').length).toBeGreaterThan(0);
    expect(text(channel, 'language')).toBe('en');
    expect(text(channel, 'lastBuildDate')).toMatch(RFC_822);
    const self = onlyChild(channel, 'atom:link');
    expect(self.namespace).toBe(ATOM);
    expect(self.attributes).toMatchObject({
      rel: 'self',
      href: `${PUBLIC_URL}/feeds/announcements.rss?lang=en`,
    });

    const items = childrenNamed(channel, 'item');
    expect(items.map((item) => text(item, 'title'))).toEqual([
      'Open day',
      'Office 2 closed',
      'Gasgeruch im Bürgerbüro 1',
      'Street festival',
    ]);
    const expectedDates = [
      published.event,
      published.closure,
      published.emergency,
      published.festival,
    ];
    items.forEach((item, index) => {
      expect(text(item, 'link')).toMatch(new RegExp(`^${PUBLIC_URL}/announcements/`));
      expect(text(item, 'guid')).toBe(text(item, 'link'));
      expect(text(item, 'pubDate')).toMatch(RFC_822);
      expect(Date.parse(text(item, 'pubDate'))).toBe(Date.parse(expectedDates[index]!.publishAt!));
      expect(text(item, 'description')).toMatch(/^<p>/);
    });
  });
});

describe('caching', () => {
  it('answers conditional requests with 304 until the feed changes', async () => {
    const first = await fetchFeed('/feeds/announcements.rss');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers['access-control-allow-origin']).toBe('*');
    const etag = first.headers.etag as string;
    const lastModified = first.headers['last-modified'] as string;
    expect(etag).toBeTruthy();
    expect(lastModified).toBe(at(3.5).toUTCString());

    expect((await fetchFeed('/feeds/announcements.rss', { 'if-none-match': etag })).status).toBe(
      304,
    );
    expect(
      (await fetchFeed('/feeds/announcements.rss', { 'if-modified-since': lastModified })).status,
    ).toBe(304);

    // When a notice expires, the feed changes although nothing was written.
    server.clock.set(at(30));
    const later = await fetchFeed('/feeds/announcements.rss', { 'if-none-match': etag });
    expect(later.status).toBe(200);
    expect(later.headers.etag).not.toBe(etag);
    expect(childrenNamed(onlyChild(parseXml(later.text), 'channel'), 'item')).toHaveLength(5);
    server.clock.set(at(4));
  });
});

describe('iCalendar', () => {
  /** The VEVENTs of a calendar, each as its property lines (folded lines unfolded). */
  function events(calendar: string): Array<Record<string, string>> {
    const lines = calendar.replace(/\r\n[ \t]/g, '').split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    const found: Array<Record<string, string>> = [];
    let current: Record<string, string> | null = null;
    for (const line of lines) {
      if (line === 'BEGIN:VEVENT') current = {};
      else if (line === 'END:VEVENT') {
        found.push(current!);
        current = null;
      } else if (current) {
        const colon = line.indexOf(':');
        current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1);
      }
    }
    return found;
  }

  it('lists the announced events with their own times, place and link', async () => {
    const { status, headers, text: body } = await fetchFeed('/feeds/events.ics?lang=en');
    expect(status).toBe(200);
    expect(headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(body).toContain('X-WR-CALNAME:Events of the town of Musterstadt');
    const [event, ...others] = events(body);
    expect(others).toEqual([]);
    const uuid = Buffer.from(published.event!.id, 'base64').toString().split(':')[1];
    expect(event).toMatchObject({
      UID: `${uuid}@rathaus.test`,
      DTSTART: '20270320T090000Z',
      DTEND: '20270320T150000Z',
      SUMMARY: 'Open day',
      LOCATION: 'Rathaus\\, Ratssaal',
      URL: published.event!.url,
    });
    // The scheduled event joins the calendar when it is published.
    server.clock.set(at(24));
    expect(events((await fetchFeed('/feeds/events.ics')).text)).toHaveLength(2);
    server.clock.set(at(4));
  });
});
