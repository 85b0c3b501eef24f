// `npm run bench:data`: builds the benchmark town in BENCH_DATABASE_URL through the project's own
// migrations, then bulk-loads it with plain SQL. Deterministic: every id, name and appointment
// follows from a seeded generator and today's date in the municipality's time zone, so two builds
// on the same day are identical. Run by Node 24 directly (type stripping); it imports the compiled
// server from dist/, so `npm run build` runs first.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { hash } from '@node-rs/argon2';
import pg from 'pg';
import type * as PasswordModule from '../src/accounts/password.js';
import type * as LanguageModule from '../src/common/language.js';
import type * as MessagesModule from '../src/i18n/messages.js';
import type * as DatabaseModule from '../src/server/database.js';
import type * as LoggerModule from '../src/server/logger.js';
import type * as HolidaysModule from '../src/seed/public-holidays.js';

const dist = new URL('../dist/', import.meta.url);
const { openDatabase, migrateToLatest } = (await import(
  new URL('server/database.js', dist).href
)) as typeof DatabaseModule;
const { createLogger } = (await import(
  new URL('server/logger.js', dist).href
)) as typeof LoggerModule;
const { addDays, germanPublicHolidays, isoWeekday, localDate } = (await import(
  new URL('seed/public-holidays.js', dist).href
)) as typeof HolidaysModule;
const { PASSWORD_HASH_OPTIONS } = (await import(
  new URL('accounts/password.js', dist).href
)) as typeof PasswordModule;
const { Language } = (await import(
  new URL('common/language.js', dist).href
)) as typeof LanguageModule;
const { translate } = (await import(
  new URL('i18n/messages.js', dist).href
)) as typeof MessagesModule;

type LocalDate = string;
type Text = { de: string; en?: string; de_ls?: string };
type List = { de: string[]; en?: string[]; de_ls?: string[] };

/** The size of the benchmark town (issue 7). */
export const SCALE = {
  offices: 8,
  categories: 15,
  services: 300,
  counters: 20,
  scheduleDays: 60,
  appointments: 50_000,
  cancelledShare: 0.05,
  citizens: 20_000,
  staff: 100,
  announcements: 2_000,
  conversations: 10_000,
  messagesPerConversation: 20,
} as const;

const TIME_ZONE = 'Europe/Berlin';
const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/rathaus_bench';
/** Appointments are inserted in statements of this many rows. */
const INSERT_CHUNK = 10_000;

// ---------------------------------------------------------------------------------------------
// Deterministic building blocks

/** A stable UUID (version 4 layout) for a kind of row and its key. */
function uuidFor(kind: string, key: string | number): string {
  const hex = createHash('md5').update(`rathaus-bench:${kind}:${key}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** mulberry32, seeded from a string: the same seed gives the same sequence on every machine. */
function seededRandom(seed: string): () => number {
  let state = createHash('md5').update(seed).digest().readUInt32LE(0);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function weighted<T>(random: () => number, items: readonly (readonly [T, number])[]): T {
  let roll = random() * items.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [item, weight] of items) {
    roll -= weight;
    if (roll < 0) return item;
  }
  const last = items.at(-1);
  if (!last) throw new Error('weighted pick from an empty list');
  return last[0];
}

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_SPACE = CODE_ALPHABET.length ** 8;
/** Coprime with 31^8, so n → n·k mod 31^8 is a bijection: distinct numbers give distinct codes. */
const CODE_MULTIPLIER = 387_420_489;

/** The n-th booking code: 8 characters of the booking-code alphabet, unique per n. */
function bookingCode(n: number): string {
  let value = (n * CODE_MULTIPLIER) % CODE_SPACE;
  let code = '';
  for (let i = 0; i < 8; i += 1) {
    code = CODE_ALPHABET.charAt(value % CODE_ALPHABET.length) + code;
    value = Math.floor(value / CODE_ALPHABET.length);
  }
  return code;
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ä', 'ae')
    .replaceAll('ö', 'oe')
    .replaceAll('ü', 'ue')
    .replaceAll('ß', 'ss')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function todayIn(timeZone: string): LocalDate {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}

// ---------------------------------------------------------------------------------------------
// The town: offices, categories, services, counters, opening hours

type Period = { weekday: number; opens: number; closes: number };

/** bench/town.json: the town's offices, categories and the texts its services are made of. */
type TownData = {
  offices: {
    slug: string;
    name: Text;
    street: string;
    counters: number;
    /** Local opening hours, whole hours only ("08:00"). */
    hours: { weekdays: number[]; opens: string; closes: string }[];
  }[];
  categories: {
    slug: string;
    name: Text;
    /** Offices (slugs) that offer the category's services; the first one offers all of them. */
    offices: string[];
    subjects: { de: string; en: string }[];
  }[];
  /** Service names: "{subject}" is replaced by a category's subject. */
  actions: { de: string; en: string }[];
  sentences: { de: string; en: string }[];
  documents: { de: string; en: string }[];
  processingTimes: (Text | null)[];
  legalBases: (string | null)[];
  feesCents: (number | null)[];
  firstNames: string[];
  lastNames: string[];
  /** What citizens and staff write; "{service}" is replaced by the service asked about. */
  conversations: {
    subjects: string[];
    citizenOpenings: string[];
    citizenFollowUps: string[];
    staffAnswers: string[];
    staffFollowUps: string[];
    greetings: string[];
    closings: string[];
  };
  /** Announcements: "{office}", "{street}" and "{date}" are filled in. */
  announcements: {
    scope: 'office' | 'town';
    category: 'NEWS' | 'CLOSURE' | 'EVENT' | 'WARNING';
    /** A warning that is an emergency (other warnings are important). */
    emergency?: boolean;
    /** Where an event takes place. */
    location?: string;
    title: { de: string; en: string };
    body: { de: string; en: string };
  }[];
};

const TOWN = JSON.parse(readFileSync(new URL('town.json', import.meta.url), 'utf8')) as TownData;

function wholeHour(time: string): number {
  const match = /^(\d{2}):00$/.exec(time);
  if (!match) throw new Error(`town.json: opening hours must be whole hours, not ${time}`);
  return Number(match[1]);
}

type Duration = 15 | 30 | 60;

type Service = {
  id: string;
  index: number;
  slug: string;
  leikaKey: string;
  name: Text;
  description: Text;
  documents: List;
  keywords: string;
  feeCents: number | null;
  processingTime: Text | null;
  legalBasis: string | null;
  durationMinutes: Duration;
  categoryId: string;
  officeSlugs: string[];
};

type Office = {
  id: string;
  slug: string;
  name: Text;
  street: string;
  counters: number;
  hours: Period[];
  services: Service[];
};

type Counter = {
  id: string;
  office: Office;
  name: string;
  index: number;
  services: Service[];
  /** This counter's services by appointment length. */
  byDuration: Map<Duration, Service[]>;
};

/** A citizen's account (citizen number 1 … SCALE.citizens, as in the appointments). */
type CitizenAccount = {
  id: string;
  number: number;
  name: string;
  email: string;
  language: 'DE' | 'EN';
  /** When the account was opened, in minutes before the start of today. */
  createdMinutesAgo: number;
  /** Minutes from opening to confirming the e-mail address; null: never confirmed. */
  verifiedAfterMinutes: number | null;
};

type StaffMember = {
  id: string;
  number: number;
  name: string;
  email: string;
  offices: Office[];
  admin: boolean;
};

type Town = {
  today: LocalDate;
  categories: (TownData['categories'][number] & { id: string; position: number })[];
  offices: Office[];
  services: Service[];
  counters: Counter[];
  citizens: CitizenAccount[];
  staff: StaffMember[];
};

function buildTown(today: LocalDate): Town {
  const random = seededRandom('catalogue');
  const offices: Office[] = TOWN.offices.map((spec) => ({
    id: uuidFor('office', spec.slug),
    slug: spec.slug,
    name: spec.name,
    street: spec.street,
    counters: spec.counters,
    hours: spec.hours.flatMap(({ weekdays, opens, closes }) =>
      weekdays.map((weekday) => ({ weekday, opens: wholeHour(opens), closes: wholeHour(closes) })),
    ),
    services: [],
  }));
  const officeBySlug = new Map(offices.map((office) => [office.slug, office]));
  const categories = TOWN.categories.map((spec, index) => ({
    ...spec,
    id: uuidFor('category', spec.slug),
    position: index + 1,
  }));
  const services: Service[] = [];
  for (const [categoryIndex, category] of categories.entries()) {
    for (const [subjectIndex, { de: subject, en: subjectEn }] of category.subjects.entries()) {
      for (const [actionIndex, action] of TOWN.actions.entries()) {
        const index = services.length;
        const name: Text = {
          de: action.de.replace('{subject}', subject),
          en: action.en.replace('{subject}', subjectEn),
        };
        const sentences = [0, 1, 2].map(() => pick(random, TOWN.sentences));
        const description: Text = {
          de: `${name.de}: ${sentences.map((sentence) => sentence.de).join(' ')}`,
          en: `${name.en}: ${sentences.map((sentence) => sentence.en).join(' ')}`,
        };
        if (index % 5 === 0) {
          name.de_ls = `${subject}: ${actionIndex === 0 ? 'beantragen' : 'ändern oder abmelden'}`;
          description.de_ls = `Sie brauchen: ${subject}. Dann kommen Sie zu uns ins Amt.`;
        }
        const documentCount = 1 + Math.floor(random() * 4);
        const documents = [
          ...new Set(Array.from({ length: documentCount }, () => pick(random, TOWN.documents))),
        ];
        const officeSlugs =
          category.offices.length > 2 && index % 4 === 3
            ? category.offices.slice(0, -1)
            : category.offices;
        const service: Service = {
          id: uuidFor('service', slugify(name.de)),
          index,
          slug: slugify(name.de),
          leikaKey: `99${String(categoryIndex + 1).padStart(3, '0')}${String(subjectIndex + 1).padStart(3, '0')}${String(actionIndex + 1).padStart(3, '0')}${String(index).padStart(3, '0')}`,
          name,
          description,
          documents: {
            de: documents.map((document) => document.de),
            en: documents.map((document) => document.en),
          },
          keywords: subjectEn.toLowerCase(),
          feeCents: pick(random, TOWN.feesCents),
          processingTime: pick(random, TOWN.processingTimes),
          legalBasis: pick(random, TOWN.legalBases),
          durationMinutes: weighted<Duration>(random, [
            [15, 40],
            [30, 45],
            [60, 15],
          ]),
          categoryId: category.id,
          officeSlugs,
        };
        services.push(service);
        for (const slug of officeSlugs) {
          const office = officeBySlug.get(slug);
          if (!office) throw new Error(`category ${category.slug} names unknown office ${slug}`);
          office.services.push(service);
        }
      }
    }
  }
  if (new Set(services.map((service) => service.slug)).size !== services.length) {
    throw new Error('service slugs are not unique');
  }

  // Counter 1 of every office handles all of its services. In offices with three counters the
  // others split them, so each service has two counters; in offices with two, the second counter
  // handles two thirds, so a third of those services have exactly one counter (what B1 needs).
  const counters: Counter[] = [];
  for (const office of offices) {
    for (let number = 1; number <= office.counters; number += 1) {
      const handled = office.services.filter((_, position) => {
        if (number === 1) return true;
        if (office.counters === 3) return position % 2 === number - 2;
        return position % 3 !== 0;
      });
      const byDuration = new Map<Duration, Service[]>();
      for (const service of handled) {
        const list = byDuration.get(service.durationMinutes) ?? [];
        list.push(service);
        byDuration.set(service.durationMinutes, list);
      }
      counters.push({
        id: uuidFor('counter', `${office.slug}/${number}`),
        office,
        name: `Schalter ${number}`,
        index: counters.length,
        services: handled,
        byDuration,
      });
    }
  }
  return {
    today,
    categories,
    offices,
    services,
    counters,
    citizens: Array.from({ length: SCALE.citizens }, (_, index) => citizenAccount(index + 1)),
    staff: buildStaff(offices),
  };
}

function citizenAccount(number: number): CitizenAccount {
  const random = seededRandom(`citizen-account:${number}`);
  const person = citizen(number);
  return {
    id: uuidFor('citizen', number),
    number,
    name: person.name,
    email: person.email,
    language: random() < 0.1 ? 'EN' : 'DE',
    // Opened within the last two years; 1 in 20 never confirmed the address.
    createdMinutesAgo: 24 * 60 + Math.floor(random() * 729 * 24 * 60),
    verifiedAfterMinutes: random() < 0.95 ? 1 + Math.floor(random() * 180) : null,
  };
}

/**
 * Five staff members per counter, office by office; every tenth also works at the next office,
 * and the first is an administrator as well (town-wide announcements need one).
 */
function buildStaff(offices: Office[]): StaffMember[] {
  const staff: StaffMember[] = [];
  for (const [index, office] of offices.entries()) {
    for (let seat = 0; seat < office.counters * 5; seat += 1) {
      const number = staff.length + 1;
      const random = seededRandom(`staff:${number}`);
      const second = offices[(index + 1) % offices.length];
      staff.push({
        id: uuidFor('staff', number),
        number,
        name: `${pick(random, TOWN.firstNames)} ${pick(random, TOWN.lastNames)}`,
        email: `mitarbeiter${number}@benchstadt.example.org`,
        offices: number % 10 === 0 && second ? [office, second] : [office],
        admin: number === 1,
      });
    }
  }
  return staff;
}

function checkScale(town: Town): void {
  const actual = {
    offices: town.offices.length,
    categories: town.categories.length,
    services: town.services.length,
    counters: town.counters.length,
    citizens: town.citizens.length,
    staff: town.staff.length,
  };
  for (const [key, count] of Object.entries(actual)) {
    if (count !== SCALE[key as keyof typeof actual]) {
      throw new Error(
        `the benchmark town has ${count} ${key}, not ${SCALE[key as keyof typeof actual]}`,
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Calendar: closed days, counter trainings, the appointment plan

type ClosedDay = { date: LocalDate; reason: Text };

function closedDaysBetween(first: LocalDate, last: LocalDate): ClosedDay[] {
  const days: ClosedDay[] = [];
  for (let year = Number(first.slice(0, 4)); year <= Number(last.slice(0, 4)); year += 1) {
    for (const holiday of germanPublicHolidays(year)) {
      days.push({ date: holiday.date, reason: holiday.name });
    }
    days.push({
      date: localDate(year, 12, 24),
      reason: { de: 'Heiligabend', en: 'Christmas Eve' },
    });
    days.push({ date: localDate(year, 12, 31), reason: { de: 'Silvester', en: "New Year's Eve" } });
  }
  return days
    .filter((day) => day.date >= first && day.date <= last)
    .sort((left, right) => left.date.localeCompare(right.date));
}

/** Days since 1970-01-01 of a local date, for cheap periodic rules. */
function dayNumber(date: LocalDate): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

/** Every counter is in training one morning (08:00–12:00) every five weeks or so. */
function inTraining(counter: Counter, date: LocalDate): boolean {
  return (dayNumber(date) + counter.index * 3) % 37 === 0 && isoWeekday(date) <= 5;
}

/**
 * How an hour of a counter fills: appointments of these lengths, one after the other, with the
 * pattern's weight. Each starts on its service's grid (15, 30 and 60 minutes nest in an hour).
 */
const HOUR_PATTERNS: (readonly [lengths: Duration[], weight: number])[] = [
  [[60], 15],
  [[30, 30], 35],
  [[30, 15, 15], 15],
  [[15, 15, 30], 15],
  [[15, 15, 15, 15], 20],
];

type PlannedAppointment = {
  counter: Counter;
  service: Service;
  date: LocalDate;
  /** Local time "HH:MM". */
  time: string;
  minutes: Duration;
  cancelled: boolean;
  /** How many days before its start it was booked. */
  bookedDaysAhead: number;
};

/**
 * The appointments of one counter on one day. Every appointment starts on its service's slot
 * grid (opening time plus a multiple of the duration, which the whole-hour blocks guarantee for
 * 15, 30 and 60 minutes), within opening hours, outside closures, never overlapping another.
 */
function appointmentsOf(
  counter: Counter,
  date: LocalDate,
  occupancy: number,
): PlannedAppointment[] {
  const random = seededRandom(`appointments:${counter.id}:${date}`);
  const weekday = isoWeekday(date);
  const planned: PlannedAppointment[] = [];
  for (const period of counter.office.hours) {
    if (period.weekday !== weekday) continue;
    for (let hour = period.opens; hour < period.closes; hour += 1) {
      if (hour < 12 && inTraining(counter, date)) continue;
      let minute = 0;
      for (const minutes of weighted(random, HOUR_PATTERNS)) {
        const startsAt = minute;
        minute += minutes;
        if (random() >= occupancy) continue;
        const candidates = counter.byDuration.get(minutes);
        if (!candidates?.length) continue;
        planned.push({
          counter,
          service: pick(random, candidates),
          date,
          time: `${String(hour).padStart(2, '0')}:${String(startsAt).padStart(2, '0')}`,
          minutes,
          cancelled: random() < SCALE.cancelledShare,
          bookedDaysAhead: 1 + Math.floor(random() * 40),
        });
      }
    }
  }
  return planned;
}

/**
 * The appointment book: the published window (today and the next 59 days) filling up towards
 * today, and as much history before it, at a busy town hall's 85 %, as makes SCALE.appointments.
 */
function planAppointments(town: Town): { plan: PlannedAppointment[]; firstDay: LocalDate } {
  const lastDay = addDays(town.today, SCALE.scheduleDays - 1);
  const closed = new Set(closedDaysBetween(addDays(town.today, -800), lastDay).map((d) => d.date));
  const plan: PlannedAppointment[] = [];
  for (let offset = 0; offset < SCALE.scheduleDays; offset += 1) {
    const date = addDays(town.today, offset);
    if (closed.has(date)) continue;
    const occupancy = 0.95 - (0.9 * offset) / SCALE.scheduleDays;
    for (const counter of town.counters) plan.push(...appointmentsOf(counter, date, occupancy));
  }
  let firstDay = town.today;
  const history: PlannedAppointment[][] = [];
  let total = plan.length;
  while (total < SCALE.appointments) {
    firstDay = addDays(firstDay, -1);
    if (closed.has(firstDay)) continue;
    const day = town.counters.flatMap((counter) => appointmentsOf(counter, firstDay, 0.85));
    history.push(day.slice(0, SCALE.appointments - total));
    total += day.length;
  }
  return { plan: [...history.reverse().flat(), ...plan], firstDay };
}

// ---------------------------------------------------------------------------------------------
// Loading

type Manifest = {
  version: 1;
  builtFor: LocalDate;
  timeZone: string;
  firstDay: LocalDate;
  lastDay: LocalDate;
  /** Q2: freeSlots of a 15-minute service with two counters at the busiest office, one day. */
  q2: { serviceId: string; officeId: string; day: LocalDate };
  /** B1: a service that exactly one counter of its office handles. */
  b1: { serviceId: string; officeId: string };
  /** Q3: the inbox of the busiest office, read by one of its clerks, who signs in with these. */
  q3: { officeId: string; email: string; password: string };
  rows: Record<string, number>;
};

type StepContext = {
  db: pg.Client;
  town: Town;
  manifest: Manifest;
  appointments: PlannedAppointment[];
};

type Step = {
  name: string;
  run: (context: StepContext) => Promise<Record<string, number>>;
};

/** Inserts rows with one multi-row statement per chunk of 1,000. */
async function insertRows(
  db: pg.Client,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<number> {
  for (let start = 0; start < rows.length; start += 1000) {
    const chunk = rows.slice(start, start + 1000);
    const values = chunk.map(
      (row, rowIndex) =>
        `(${row.map((_, columnIndex) => `$${rowIndex * columns.length + columnIndex + 1}`).join(', ')})`,
    );
    await db.query(
      `insert into ${table} (${columns.join(', ')}) values ${values.join(', ')}`,
      chunk.flat(),
    );
  }
  return rows.length;
}

async function loadCatalogue({ db, town }: StepContext): Promise<Record<string, number>> {
  const categories = await insertRows(
    db,
    'category',
    ['id', 'slug', 'name', 'position'],
    town.categories.map((c) => [c.id, c.slug, JSON.stringify(c.name), c.position]),
  );
  const offices = await insertRows(
    db,
    'office',
    ['id', 'slug', 'name', 'street', 'postal_code', 'city', 'phone', 'email', 'website'],
    town.offices.map((office, index) => [
      office.id,
      office.slug,
      JSON.stringify(office.name),
      office.street,
      `1234${index}`,
      'Benchstadt',
      `+49 1234 567-${100 + index}`,
      `${office.slug}@benchstadt.example.org`,
      `https://benchstadt.example.org/${office.slug}`,
    ]),
  );
  const services = await insertRows(
    db,
    'service',
    [
      'id',
      'slug',
      'leika_key',
      'name',
      'description',
      'documents',
      'keywords',
      'fee_cents',
      'processing_time',
      'legal_basis',
      'duration_minutes',
      'category_id',
    ],
    town.services.map((s) => [
      s.id,
      s.slug,
      s.leikaKey,
      JSON.stringify(s.name),
      JSON.stringify(s.description),
      JSON.stringify(s.documents),
      s.keywords,
      s.feeCents,
      s.processingTime && JSON.stringify(s.processingTime),
      s.legalBasis,
      s.durationMinutes,
      s.categoryId,
    ]),
  );
  const serviceOffices = await insertRows(
    db,
    'service_office',
    ['service_id', 'office_id'],
    town.offices.flatMap((office) => office.services.map((service) => [service.id, office.id])),
  );
  return { categories, offices, services, service_office: serviceOffices };
}

async function loadCounters({ db, town, manifest }: StepContext): Promise<Record<string, number>> {
  const counters = await insertRows(
    db,
    'counter',
    ['id', 'office_id', 'name'],
    town.counters.map((counter) => [counter.id, counter.office.id, counter.name]),
  );
  const counterServices = await insertRows(
    db,
    'counter_service',
    ['counter_id', 'service_id'],
    town.counters.flatMap((counter) => counter.services.map((service) => [counter.id, service.id])),
  );
  // The published hours cover the next 60 days; the same hours applied before, until yesterday.
  const validity: [LocalDate, LocalDate][] = [
    [manifest.firstDay, addDays(town.today, -1)],
    [town.today, manifest.lastDay],
  ];
  const schedules = await insertRows(
    db,
    'schedule',
    ['id', 'counter_id', 'weekday', 'opens_at', 'closes_at', 'valid_from', 'valid_until'],
    town.counters.flatMap((counter) =>
      validity.flatMap(([from, until]) =>
        counter.office.hours.map((period) => [
          uuidFor('schedule', `${counter.id}/${from}/${period.weekday}/${period.opens}`),
          counter.id,
          period.weekday,
          `${String(period.opens).padStart(2, '0')}:00`,
          `${String(period.closes).padStart(2, '0')}:00`,
          from,
          until,
        ]),
      ),
    ),
  );
  return { counters, counter_service: counterServices, schedules };
}

async function loadClosures({ db, town, manifest }: StepContext): Promise<Record<string, number>> {
  const rows: unknown[][] = [];
  for (const day of closedDaysBetween(manifest.firstDay, manifest.lastDay)) {
    for (const office of town.offices) {
      rows.push([
        uuidFor('closure', `${office.id}/${day.date}`),
        office.id,
        null,
        day.date,
        '00:00',
        addDays(day.date, 1),
        '00:00',
        JSON.stringify(day.reason),
      ]);
    }
  }
  const training = JSON.stringify({ de: 'Schulung', en: 'Training' });
  for (let date = manifest.firstDay; date <= manifest.lastDay; date = addDays(date, 1)) {
    for (const counter of town.counters) {
      if (!inTraining(counter, date)) continue;
      rows.push([
        uuidFor('closure', `${counter.id}/${date}`),
        counter.office.id,
        counter.id,
        date,
        '08:00',
        date,
        '12:00',
        training,
      ]);
    }
  }
  // Local dates and times become instants in PostgreSQL, as the slot query computes them.
  const staged = rows.map((row) => [
    row[0],
    row[1],
    row[2],
    `${row[3]} ${row[4]}`,
    `${row[5]} ${row[6]}`,
    row[7],
  ]);
  for (let start = 0; start < staged.length; start += 1000) {
    const chunk = staged.slice(start, start + 1000);
    const columns = (index: number) => chunk.map((row) => row[index]);
    await db.query(
      `insert into closure (id, office_id, counter_id, starts_at, ends_at, reason)
       select id, office_id, counter_id, starts_local at time zone $7, ends_local at time zone $7, reason
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamp[], $5::timestamp[], $6::jsonb[])
           as t(id, office_id, counter_id, starts_local, ends_local, reason)`,
      [columns(0), columns(1), columns(2), columns(3), columns(4), columns(5), TIME_ZONE],
    );
  }
  return { closures: rows.length };
}

/** The citizen behind an appointment: 1 … SCALE.citizens, with a stable name and e-mail. */
function citizen(number: number): { name: string; email: string; phone: string | null } {
  const { firstNames, lastNames } = TOWN;
  const first = firstNames[number % firstNames.length] ?? 'Anna';
  const last = lastNames[Math.floor(number / firstNames.length) % lastNames.length] ?? 'Müller';
  return {
    name: `${first} ${last}`,
    email: `buerger${number}@benchstadt.example.org`,
    phone: number % 2 === 0 ? `+49 170 ${String(1_000_000 + number).slice(1)}` : null,
  };
}

async function loadAppointments({
  db,
  town,
  appointments: plan,
}: StepContext): Promise<Record<string, number>> {
  const anchor = `${town.today} 00:00`;
  let upcoming = 0;
  let cancelled = 0;
  for (let start = 0; start < plan.length; start += INSERT_CHUNK) {
    const chunk = plan.slice(start, start + INSERT_CHUNK);
    const columns: unknown[][] = Array.from({ length: 13 }, () => []);
    for (const [offset, appointment] of chunk.entries()) {
      const number = start + offset + 1;
      // Upcoming appointments go to citizens in turn, so that nobody holds more than the three
      // open bookings the application allows; past ones to anybody.
      const future = appointment.date >= town.today;
      const who = future
        ? (upcoming++ % SCALE.citizens) + 1
        : 1 + Math.floor(seededRandom(`citizen:${number}`)() * SCALE.citizens);
      const person = citizen(who);
      if (appointment.cancelled) cancelled += 1;
      const values = [
        uuidFor('appointment', number),
        bookingCode(number),
        appointment.cancelled ? 'CANCELLED' : 'BOOKED',
        appointment.service.id,
        appointment.counter.office.id,
        appointment.counter.id,
        `${appointment.date} ${appointment.time}`,
        appointment.minutes,
        person.name,
        person.email,
        person.phone,
        appointment.bookedDaysAhead,
        appointment.cancelled,
      ];
      values.forEach((value, index) => columns[index]?.push(value));
    }
    // Every appointment counts as reminded (when it was booked), so that the reminder job of a
    // bench server finds nothing to do and the benchmark measures the requests alone.
    await db.query(
      `insert into appointment (id, code, status, service_id, office_id, counter_id, starts_at,
                                ends_at, name, email, phone, created_at, cancelled_at, reminded_at)
       select a.id, a.code, a.status, a.service_id, a.office_id, a.counter_id, t.starts_at,
              t.starts_at + make_interval(mins => a.minutes), a.name, a.email, a.phone, t.created_at,
              case when a.cancelled
                   then t.created_at + (least(t.anchor, t.starts_at) - t.created_at) / 2 end,
              t.created_at
         from unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::uuid[], $6::uuid[],
                     $7::timestamp[], $8::int[], $9::text[], $10::text[], $11::text[], $12::int[],
                     $13::boolean[])
                as a(id, code, status, service_id, office_id, counter_id, starts_local, minutes,
                     name, email, phone, booked_days_ahead, cancelled)
         cross join lateral (
           select s.starts_at, s.anchor,
                  least(s.starts_at - make_interval(days => a.booked_days_ahead),
                        s.anchor - make_interval(hours => a.booked_days_ahead)) as created_at
             from (select a.starts_local at time zone $14 as starts_at,
                          $15::timestamp at time zone $14 as anchor) s
         ) t`,
      [...columns, TIME_ZONE, anchor],
    );
  }
  return { appointments: plan.length, cancelled, upcoming };
}

// ---------------------------------------------------------------------------------------------
// People: citizens and staff

/**
 * The password of every account of the benchmark town: the bench signs the Q3 clerk in with it
 * (and later scenarios may sign any citizen in). Hashed once, with the application's argon2id
 * parameters and a salt derived from it, so that builds stay identical row for row.
 */
const BENCH_PASSWORD = 'benchstadt-passwort';

async function loadPeople({ db, town }: StepContext): Promise<Record<string, number>> {
  const passwordHash = await hash(BENCH_PASSWORD, {
    ...PASSWORD_HASH_OPTIONS,
    salt: createHash('md5').update(`rathaus-bench:salt:${BENCH_PASSWORD}`).digest(),
  });
  const staffRandom = seededRandom('staff-accounts');
  const accounts = [
    ...town.citizens.map((c) => [
      c.id,
      c.email,
      c.name,
      c.language,
      'CITIZEN',
      c.createdMinutesAgo,
      c.verifiedAfterMinutes,
    ]),
    ...town.staff.map((member) => [
      member.id,
      member.email,
      member.name,
      'DE',
      member.admin ? 'STAFF,ADMIN' : 'STAFF',
      // Staff accounts are older than the citizens' portal; invitations are confirmed the same day.
      (365 + Math.floor(staffRandom() * 1460)) * 24 * 60,
      5 + Math.floor(staffRandom() * 300),
    ]),
  ];
  for (let start = 0; start < accounts.length; start += INSERT_CHUNK) {
    const chunk = accounts.slice(start, start + INSERT_CHUNK);
    const columns = (index: number) => chunk.map((row) => row[index]);
    await db.query(
      `insert into account (id, email, name, email_verified_at, password_hash, roles, language,
                            created_at)
       select a.id, a.email, a.name,
              t.created_at + make_interval(mins => a.verified_after), $8,
              string_to_array(a.roles, ','), a.language, t.created_at
         from unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[],
                     $7::int[]) as a(id, email, name, language, roles, created_ago, verified_after)
         cross join lateral (
           select ($9::timestamp at time zone $10) - make_interval(mins => a.created_ago)
                    as created_at
         ) t`,
      [...[0, 1, 2, 3, 4, 5, 6].map(columns), passwordHash, `${town.today} 00:00`, TIME_ZONE],
    );
  }
  const staffOffices = await insertRows(
    db,
    'staff_office',
    ['account_id', 'office_id'],
    town.staff.flatMap((member) => member.offices.map((office) => [member.id, office.id])),
  );
  // What claimGuestAppointments does once an address is confirmed: its bookings become the account's.
  const attached = await db.query(
    `update appointment p set account_id = a.id
       from account a
      where a.email = p.email and a.email_verified_at is not null and a.deleted_at is null`,
  );
  return {
    citizens: town.citizens.length,
    staff: town.staff.length,
    staff_office: staffOffices,
    appointments_attached: attached.rowCount ?? 0,
  };
}

// ---------------------------------------------------------------------------------------------
// Conversations and messages

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;
/** Conversations begin within this many days before today. */
const CONVERSATION_DAYS = 150;

/**
 * A local wall-clock time in the municipality's zone, as the milliseconds of the same date and
 * time in UTC: weekdays and hours read directly. PostgreSQL turns it into an instant
 * (`at time zone`), as for the appointments.
 */
type LocalTime = number;

function localTimeText(time: LocalTime): string {
  return new Date(time).toISOString().slice(0, 19).replace('T', ' ');
}

function localDayOf(time: LocalTime): LocalDate {
  return new Date(time).toISOString().slice(0, 10);
}

/** The office's opening periods on a day (none on closed days), as local times. */
function openingPeriods(
  office: Office,
  day: LocalDate,
  closed: Set<LocalDate>,
): [LocalTime, LocalTime][] {
  if (closed.has(day)) return [];
  const midnight = Date.parse(`${day}T00:00:00Z`);
  const weekday = isoWeekday(day);
  return office.hours
    .filter((period) => period.weekday === weekday)
    .map((period) => [midnight + period.opens * HOUR_MS, midnight + period.closes * HOUR_MS]);
}

function isOpenAt(office: Office, time: LocalTime, closed: Set<LocalDate>): boolean {
  return openingPeriods(office, localDayOf(time), closed).some(
    ([opens, closes]) => opens <= time && time < closes,
  );
}

/** When the office opens next after `time`, within two weeks (the application's notice looks as far). */
function nextOpening(office: Office, time: LocalTime, closed: Set<LocalDate>): LocalTime | null {
  for (let day = 0; day <= 14; day += 1) {
    const opens = openingPeriods(office, localDayOf(time + day * DAY_MS), closed)
      .map(([start]) => start)
      .filter((start) => start > time)
      .sort((left, right) => left - right);
    if (opens[0] !== undefined) return opens[0];
  }
  return null;
}

/** Staff write during opening hours: `time` if the office is open then, else soon after it opens. */
function staffTime(
  office: Office,
  time: LocalTime,
  closed: Set<LocalDate>,
  random: () => number,
): LocalTime {
  if (isOpenAt(office, time, closed)) return time;
  const opens = nextOpening(office, time, closed);
  if (opens === null) throw new Error(`${office.slug} does not open within two weeks`);
  return opens + Math.floor(random() * 45 * MINUTE_MS);
}

/** The out-of-office notice as the application writes it (messaging.service.ts), in `lang`. */
const noticeDate = (locale: string) =>
  new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'UTC',
  });
const noticeDates = { DE: noticeDate('de-DE'), EN: noticeDate('en-GB') };

function outOfOfficeNotice(office: Office, language: 'DE' | 'EN', opens: LocalTime | null) {
  const lang = language === 'EN' ? Language.EN : Language.DE;
  const name = language === 'EN' ? (office.name.en ?? office.name.de) : office.name.de;
  return opens === null
    ? translate(lang, 'messaging.outOfOfficeUnknown', { office: name })
    : translate(lang, 'messaging.outOfOffice', {
        office: name,
        when: noticeDates[language].format(opens),
      });
}

type AuthorRole = 'CITIZEN' | 'STAFF' | 'SYSTEM';

type PlannedMessage = {
  seq: number;
  role: AuthorRole;
  authorId: string | null;
  body: string;
  clientMessageId: string | null;
  at: LocalTime;
};

type PlannedConversation = {
  id: string;
  number: number;
  officeId: string;
  citizenId: string;
  subject: string;
  openingClientMessageId: string;
  appointmentId: string | null;
  status: 'OPEN' | 'WAITING_FOR_CITIZEN' | 'CLOSED';
  assigneeId: string | null;
  citizenLastReadSeq: number;
  officeLastReadSeq: number;
  citizenSeenAt: LocalTime;
  citizenNotifiedAt: LocalTime | null;
  closedAt: LocalTime | null;
  messages: PlannedMessage[];
};

/** A booked appointment of a citizen with an account, which a conversation may be about. */
type AccountAppointment = { id: string; serviceId: string; accountId: string; startsAt: LocalTime };

type ConversationSources = {
  town: Town;
  anchor: LocalTime;
  closed: Set<LocalDate>;
  staffOf: Map<Office, StaffMember[]>;
  verifiedCitizens: CitizenAccount[];
  citizensById: Map<string, CitizenAccount>;
  servicesById: Map<string, Service>;
  /** Per office, ordered by start. */
  appointmentsOf: Map<string, AccountAppointment[]>;
};

/** The first index of `items` (ordered by startsAt) that starts at or after `time`. */
function firstStartingFrom(items: AccountAppointment[], time: LocalTime): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((items[middle]?.startsAt ?? Infinity) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * One conversation as the application would have stored it: opened by a citizen (every fourth
 * about one of their appointments at that office, in the three weeks before it), answered by the
 * office's staff during opening hours (mostly by the assignee), with the out-of-office notice
 * after a citizen's message outside them, and numbers, read receipts, status, reminder and
 * closing as messaging.service.ts and conversation-jobs.ts would have left them.
 */
function planConversation(number: number, sources: ConversationSources): PlannedConversation {
  const { town, anchor, closed } = sources;
  const texts = TOWN.conversations;
  const random = seededRandom(`conversation:${number}`);
  const office = weighted(
    random,
    town.offices.map((o) => [o, o.counters] as const),
  );
  const staff = sources.staffOf.get(office) ?? [];
  const day = Math.floor(random() * CONVERSATION_DAYS);
  let at =
    anchor -
    (CONVERSATION_DAYS - day) * DAY_MS +
    Math.floor((7 + random() * 16) * HOUR_MS + random() * MINUTE_MS);

  let citizen = pick(random, sources.verifiedCitizens);
  let service = pick(random, office.services);
  let appointmentId: string | null = null;
  const appointments = sources.appointmentsOf.get(office.id) ?? [];
  if (number % 4 === 0) {
    const from = firstStartingFrom(appointments, at);
    const until = firstStartingFrom(appointments, at + 21 * DAY_MS);
    if (until > from) {
      const appointment = appointments[from + Math.floor(random() * (until - from))];
      const owner = appointment && sources.citizensById.get(appointment.accountId);
      const booked = appointment && sources.servicesById.get(appointment.serviceId);
      if (appointment && owner && booked) {
        citizen = owner;
        service = booked;
        appointmentId = appointment.id;
      }
    }
  }
  const assignee = random() < 0.8 ? pick(random, staff) : null;
  const id = uuidFor('conversation', number);
  const openingClientMessageId = `bench-${number}`;
  const withService = (text: string) => text.replaceAll('{service}', service.name.de);

  const messages: PlannedMessage[] = [];
  let speaker: 'CITIZEN' | 'STAFF' = 'CITIZEN';
  while (messages.length < SCALE.messagesPerConversation) {
    const previous = messages.at(-1);
    const seq = messages.length + 1;
    if (previous) {
      const previousSpeaker = previous.role === 'STAFF' ? 'STAFF' : 'CITIZEN';
      const switches = random() < (previousSpeaker === 'CITIZEN' ? 0.75 : 0.7);
      speaker = switches ? (previousSpeaker === 'CITIZEN' ? 'STAFF' : 'CITIZEN') : previousSpeaker;
      if (speaker === 'STAFF') {
        const wait = switches
          ? weighted(random, [
              [15 * MINUTE_MS + random() * 4 * HOUR_MS, 50],
              [4 * HOUR_MS + random() * 44 * HOUR_MS, 50],
            ])
          : 5 * MINUTE_MS + random() * 85 * MINUTE_MS;
        at = staffTime(office, at + Math.floor(wait), closed, random);
      } else {
        const wait = switches
          ? weighted(random, [
              [20 * MINUTE_MS + random() * 160 * MINUTE_MS, 40],
              [3 * HOUR_MS + random() * 21 * HOUR_MS, 40],
              [DAY_MS + random() * 3 * DAY_MS, 20],
            ])
          : 2 * MINUTE_MS + random() * 28 * MINUTE_MS;
        at += Math.floor(wait);
      }
    }
    if (speaker === 'CITIZEN') {
      const greeting = pick(random, texts.greetings);
      const body = previous
        ? withService(pick(random, texts.citizenFollowUps))
        : `${greeting},\n\n${withService(pick(random, texts.citizenOpenings))}\n\n${pick(random, texts.closings)}\n${citizen.name}`;
      messages.push({
        seq,
        role: 'CITIZEN',
        authorId: citizen.id,
        body,
        clientMessageId: previous ? `bench-${number}-${seq}` : openingClientMessageId,
        at,
      });
      // The application answers a message outside opening hours with a notice, unless the
      // message before already is one.
      if (
        previous?.role !== 'SYSTEM' &&
        !isOpenAt(office, at, closed) &&
        messages.length < SCALE.messagesPerConversation
      ) {
        messages.push({
          seq: seq + 1,
          role: 'SYSTEM',
          authorId: null,
          // Says when the office opens again: written below, once the times are final.
          body: '',
          clientMessageId: null,
          at,
        });
      }
    } else {
      const author =
        assignee && (random() < 0.85 || staff.length < 2) ? assignee : pick(random, staff);
      const text =
        previous?.role === 'STAFF'
          ? pick(random, texts.staffFollowUps)
          : `Guten Tag,\n\n${withService(pick(random, texts.staffAnswers))}`;
      messages.push({
        seq,
        role: 'STAFF',
        authorId: author.id,
        body: `${text}\n\n${pick(random, texts.closings)}\n${author.name}\n${office.name.de}`,
        clientMessageId: `bench-${number}-${seq}`,
        at,
      });
    }
  }

  // A conversation that would run past yesterday moves back by whole weeks, which keeps its
  // weekdays and opening hours.
  const end = anchor - 5 * MINUTE_MS;
  const last = messages.at(-1)?.at ?? at;
  if (last > end) {
    const shift = Math.ceil((last - end) / (7 * DAY_MS)) * 7 * DAY_MS;
    for (const message of messages) message.at -= shift;
  }
  for (const message of messages) {
    if (message.role !== 'SYSTEM') continue;
    message.body = outOfOfficeNotice(
      office,
      citizen.language,
      nextOpening(office, message.at, closed),
    );
  }
  const lastMessage = messages.at(-1) as PlannedMessage;
  const lastSeq = lastMessage.seq;
  const lastOf = (role: AuthorRole) => messages.findLast((message) => message.role === role);
  const lastCitizen = lastOf('CITIZEN') as PlannedMessage;
  const lastStaff = lastOf('STAFF');
  const age = anchor - lastMessage.at;

  // Sending moves the sender's receipt; reading moves it further. Recent messages may be unread.
  let status: PlannedConversation['status'] =
    messages.findLast((message) => message.role !== 'SYSTEM')?.role === 'STAFF'
      ? 'WAITING_FOR_CITIZEN'
      : 'OPEN';
  let officeLastReadSeq = age > 2 * DAY_MS || random() < 0.4 ? lastSeq : (lastStaff?.seq ?? 0);
  let citizenLastReadSeq = age > 5 * DAY_MS || random() < 0.5 ? lastSeq : lastCitizen.seq;
  let closedAt: LocalTime | null = null;
  const closeAfter =
    status === 'WAITING_FOR_CITIZEN' && age > 10 * DAY_MS && random() < 0.6
      ? (3 + random() * 7) * DAY_MS
      : status === 'OPEN' && age > 20 * DAY_MS && random() < 0.5
        ? (1 + random() * 4) * DAY_MS
        : null;
  if (closeAfter !== null && lastMessage.at + closeAfter < end) {
    closedAt = staffTime(office, lastMessage.at + Math.floor(closeAfter), closed, random);
    if (closedAt < end) {
      status = 'CLOSED';
      officeLastReadSeq = lastSeq;
      citizenLastReadSeq = lastSeq;
    } else {
      closedAt = null;
    }
  }
  // The answer reminder (10 minutes after an answer the citizen has not read) has gone out.
  const unreadAnswer = messages.findLast(
    (message) => message.role === 'STAFF' && message.seq > citizenLastReadSeq,
  );
  return {
    id,
    number,
    officeId: office.id,
    citizenId: citizen.id,
    subject: withService(pick(random, texts.subjects)),
    openingClientMessageId,
    appointmentId,
    status,
    assigneeId: assignee?.id ?? null,
    citizenLastReadSeq,
    officeLastReadSeq,
    citizenSeenAt: lastCitizen.at,
    citizenNotifiedAt: unreadAnswer ? unreadAnswer.at + 10 * MINUTE_MS : null,
    closedAt,
    messages,
  };
}

async function accountAppointments(db: pg.Client): Promise<Map<string, AccountAppointment[]>> {
  const { rows } = await db.query<{
    id: string;
    office_id: string;
    service_id: string;
    account_id: string;
    starts_local: string;
  }>(
    `select id, office_id, service_id, account_id,
            to_char(starts_at at time zone $1, 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as starts_local
       from appointment
      where account_id is not null and status = 'BOOKED'
      order by starts_at, id`,
    [TIME_ZONE],
  );
  const byOffice = new Map<string, AccountAppointment[]>();
  for (const row of rows) {
    const list = byOffice.get(row.office_id) ?? [];
    list.push({
      id: row.id,
      serviceId: row.service_id,
      accountId: row.account_id,
      startsAt: Date.parse(row.starts_local),
    });
    byOffice.set(row.office_id, list);
  }
  return byOffice;
}

/** SQL that turns a column of local times into instants, in the zone of parameter `zone`. */
function atZone(column: string, zone: string): string {
  return `(${column} at time zone ${zone})`;
}

async function loadConversations({ db, town }: StepContext): Promise<Record<string, number>> {
  const closed = new Set(
    closedDaysBetween(addDays(town.today, -CONVERSATION_DAYS - 30), addDays(town.today, 30)).map(
      (day) => day.date,
    ),
  );
  const sources: ConversationSources = {
    town,
    anchor: Date.parse(`${town.today}T00:00:00Z`),
    closed,
    staffOf: new Map(
      town.offices.map((office) => [
        office,
        town.staff.filter((member) => member.offices.includes(office)),
      ]),
    ),
    verifiedCitizens: town.citizens.filter((c) => c.verifiedAfterMinutes !== null),
    citizensById: new Map(town.citizens.map((c) => [c.id, c])),
    servicesById: new Map(town.services.map((service) => [service.id, service])),
    appointmentsOf: await accountAppointments(db),
  };
  const conversations = Array.from({ length: SCALE.conversations }, (_, index) =>
    planConversation(index + 1, sources),
  );
  const local = (time: LocalTime | null) => (time === null ? null : localTimeText(time));

  for (let start = 0; start < conversations.length; start += INSERT_CHUNK) {
    const chunk = conversations.slice(start, start + INSERT_CHUNK);
    const columns = (get: (c: PlannedConversation) => unknown) => chunk.map(get);
    await db.query(
      `insert into conversation (id, office_id, citizen_id, subject, opening_client_message_id,
                                 appointment_id, status, assignee_id, last_seq,
                                 citizen_last_read_seq, office_last_read_seq, created_at,
                                 last_message_at, citizen_seen_at, citizen_notified_at, closed_at)
       select id, office_id, citizen_id, subject, opening_id, appointment_id, status, assignee_id,
              last_seq, citizen_read, office_read, ${atZone('created', '$17')},
              ${atZone('last_message', '$17')}, ${atZone('seen', '$17')},
              ${atZone('notified', '$17')}, ${atZone('closed', '$17')}
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[],
                     $7::text[], $8::uuid[], $9::int[], $10::int[], $11::int[], $12::timestamp[],
                     $13::timestamp[], $14::timestamp[], $15::timestamp[], $16::timestamp[])
           as t(id, office_id, citizen_id, subject, opening_id, appointment_id, status,
                assignee_id, last_seq, citizen_read, office_read, created, last_message, seen,
                notified, closed)`,
      [
        columns((c) => c.id),
        columns((c) => c.officeId),
        columns((c) => c.citizenId),
        columns((c) => c.subject),
        columns((c) => c.openingClientMessageId),
        columns((c) => c.appointmentId),
        columns((c) => c.status),
        columns((c) => c.assigneeId),
        columns((c) => c.messages.length),
        columns((c) => c.citizenLastReadSeq),
        columns((c) => c.officeLastReadSeq),
        columns((c) => local(c.messages[0]?.at ?? null)),
        columns((c) => local(c.messages.at(-1)?.at ?? null)),
        columns((c) => local(c.citizenSeenAt)),
        columns((c) => local(c.citizenNotifiedAt)),
        columns((c) => local(c.closedAt)),
        TIME_ZONE,
      ],
    );
  }

  const messages = conversations.flatMap((conversation) =>
    conversation.messages.map((message) => ({ conversation, message })),
  );
  for (let start = 0; start < messages.length; start += INSERT_CHUNK) {
    const chunk = messages.slice(start, start + INSERT_CHUNK);
    const columns = (get: (m: PlannedMessage, c: PlannedConversation) => unknown) =>
      chunk.map(({ message, conversation }) => get(message, conversation));
    await db.query(
      `insert into message (id, conversation_id, seq, author_id, author_role, body,
                            client_message_id, created_at)
       select id, conversation_id, seq, author_id, author_role, body, client_message_id,
              ${atZone('created', '$9')}
         from unnest($1::uuid[], $2::uuid[], $3::int[], $4::uuid[], $5::text[], $6::text[],
                     $7::text[], $8::timestamp[])
           as t(id, conversation_id, seq, author_id, author_role, body, client_message_id, created)`,
      [
        columns((m, c) => uuidFor('message', `${c.number}/${m.seq}`)),
        columns((_, c) => c.id),
        columns((m) => m.seq),
        columns((m) => m.authorId),
        columns((m) => m.role),
        columns((m) => m.body),
        columns((m) => m.clientMessageId),
        columns((m) => localTimeText(m.at)),
        TIME_ZONE,
      ],
    );
  }

  // A staff member who answers has read the conversation: the audit log records each answer.
  const reads = messages.filter(({ message }) => message.role === 'STAFF');
  for (let start = 0; start < reads.length; start += INSERT_CHUNK) {
    const chunk = reads.slice(start, start + INSERT_CHUNK);
    await db.query(
      `insert into data_access_log (id, citizen_id, actor_id, accessed_at, subject, reason)
       select id, citizen_id, actor_id, ${atZone('accessed', '$6')}, subject, 'ANSWERING_REQUEST'
         from unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::timestamp[], $5::text[])
           as t(id, citizen_id, actor_id, accessed, subject)`,
      [
        chunk.map(({ conversation, message }) =>
          uuidFor('access', `${conversation.number}/${message.seq}`),
        ),
        chunk.map(({ conversation }) => conversation.citizenId),
        chunk.map(({ message }) => message.authorId),
        chunk.map(({ message }) => localTimeText(message.at)),
        chunk.map(({ conversation }) => `CONVERSATION:${conversation.id}`),
        TIME_ZONE,
      ],
    );
  }
  return {
    conversations: conversations.length,
    messages: messages.length,
    data_access_log: reads.length,
    closed: conversations.filter((c) => c.status === 'CLOSED').length,
  };
}

// ---------------------------------------------------------------------------------------------
// Announcements

type AnnouncementAction = 'CREATED' | 'SCHEDULED' | 'PUBLISHED' | 'UPDATED';

type PlannedRevision = {
  action: AnnouncementAction;
  editedAt: LocalTime;
  publishAt: LocalTime | null;
  body: { de: string; en: string };
};

const announcementDates = {
  de: new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeZone: 'UTC' }),
};

const ADDENDUM = {
  de: '\n\nNachtrag: Wir haben die Angaben oben ergänzt.',
  en: '\n\nUpdate: we have added to the details above.',
};

/**
 * The town's announcements of the last ten months, as announcement.service.ts would have left
 * them: written by a staff member of the office (town-wide ones by the administrator), published
 * (the live event claimed at once), one in ten edited afterwards; a few drafts and a few scheduled
 * for the coming weeks. Closures, events and warnings end after the day they are about.
 */
async function loadAnnouncements({ db, town }: StepContext): Promise<Record<string, number>> {
  const anchor = Date.parse(`${town.today}T00:00:00Z`);
  const admin = town.staff.find((member) => member.admin);
  if (!admin) throw new Error('the benchmark town has no administrator');
  const closed = new Set(
    closedDaysBetween(addDays(town.today, -310), addDays(town.today, 60)).map((day) => day.date),
  );
  const announcements: unknown[][] = [];
  const revisions: unknown[][] = [];
  const local = (time: LocalTime | null) => (time === null ? null : localTimeText(time));
  for (let number = 1; number <= SCALE.announcements; number += 1) {
    const random = seededRandom(`announcement:${number}`);
    const template = pick(random, TOWN.announcements);
    const office =
      template.scope === 'office'
        ? weighted(
            random,
            town.offices.map((o) => [o, o.counters] as const),
          )
        : null;
    const editor = office
      ? pick(
          random,
          town.staff.filter((member) => member.offices.includes(office)),
        )
      : admin;
    const kind = weighted(random, [
      ['published', 94],
      ['scheduled', 3],
      ['draft', 3],
    ] as const);
    const timeOfDay = Math.floor((7 + random() * 9) * HOUR_MS);
    let publishAt: LocalTime | null = null;
    let createdAt: LocalTime;
    if (kind === 'published') {
      publishAt = anchor - (1 + Math.floor(random() * 299)) * DAY_MS + timeOfDay;
      createdAt = publishAt - Math.floor(random() * 3 * DAY_MS);
    } else {
      createdAt = anchor - (1 + Math.floor(random() * 10)) * DAY_MS + timeOfDay;
      if (kind === 'scheduled') {
        publishAt = anchor + (8 + Math.floor(random() * 22)) * DAY_MS + 7 * HOUR_MS;
      }
    }
    // What it is about: a day after its start (drafts: a week from now).
    const base = publishAt ?? anchor + 7 * DAY_MS;
    const baseDay = Date.parse(`${localDayOf(base)}T00:00:00Z`);
    let date = baseDay;
    let expiresAt: LocalTime | null;
    let event: { startsAt: LocalTime; endsAt: LocalTime; location: string } | null = null;
    if (template.category === 'CLOSURE') {
      // A working day: an office is not closed specially on a day it is closed anyway.
      date = baseDay + (7 + Math.floor(random() * 8)) * DAY_MS;
      while (isoWeekday(localDayOf(date)) > 5 || closed.has(localDayOf(date))) date += DAY_MS;
      expiresAt = date + DAY_MS;
    } else if (template.category === 'EVENT') {
      date = baseDay + (7 + Math.floor(random() * 24)) * DAY_MS;
      const startsAt = date + (random() < 0.5 ? 10 : 18) * HOUR_MS;
      event = {
        startsAt,
        endsAt: startsAt + (2 + Math.floor(random() * 3)) * HOUR_MS,
        location: (template.location ?? 'Rathaus').replace('{street}', office?.street ?? ''),
      };
      expiresAt = date + DAY_MS;
    } else if (template.category === 'NEWS') {
      date = baseDay + Math.floor(random() * 15) * DAY_MS;
      expiresAt = random() < 0.25 ? null : base + (30 + Math.floor(random() * 61)) * DAY_MS;
    } else {
      expiresAt = base + (1 + Math.floor(random() * 14)) * DAY_MS;
    }
    const fill = (text: string, lang: 'de' | 'en') =>
      text
        .replaceAll('{office}', office ? (office.name[lang] ?? office.name.de) : '')
        .replaceAll('{date}', announcementDates[lang].format(date));
    const title = { de: fill(template.title.de, 'de'), en: fill(template.title.en, 'en') };
    const body = { de: fill(template.body.de, 'de'), en: fill(template.body.en, 'en') };

    const history: PlannedRevision[] = [
      { action: 'CREATED', editedAt: createdAt, publishAt: null, body },
    ];
    if (kind === 'published' && publishAt !== null) {
      history.push({ action: 'PUBLISHED', editedAt: publishAt, publishAt, body });
      const editedAt = publishAt + Math.floor((2 + random() * 46) * HOUR_MS);
      if (random() < 0.1 && editedAt < anchor && (expiresAt === null || editedAt < expiresAt)) {
        history.push({
          action: 'UPDATED',
          editedAt,
          publishAt,
          body: { de: body.de + ADDENDUM.de, en: body.en + ADDENDUM.en },
        });
      }
    } else if (kind === 'scheduled') {
      const editedAt = createdAt + Math.floor((5 + random() * 55) * MINUTE_MS);
      history.push({ action: 'SCHEDULED', editedAt, publishAt, body });
    }
    const latest = history.at(-1) as PlannedRevision;
    const id = uuidFor('announcement', number);
    const severity =
      template.category === 'WARNING'
        ? template.emergency
          ? 'EMERGENCY'
          : 'IMPORTANT'
        : template.category === 'CLOSURE'
          ? 'IMPORTANT'
          : 'INFO';
    announcements.push([
      id,
      office?.id ?? null,
      template.category,
      severity,
      JSON.stringify(title),
      JSON.stringify(latest.body),
      local(publishAt),
      local(expiresAt),
      kind === 'published' ? local(publishAt) : null,
      local(event?.startsAt ?? null),
      local(event?.endsAt ?? null),
      event?.location ?? null,
      history.length,
      local(createdAt),
      local(latest.editedAt),
    ]);
    for (const [index, revision] of history.entries()) {
      revisions.push([
        uuidFor('announcement-revision', `${number}/${index + 1}`),
        id,
        index + 1,
        revision.action,
        editor.id,
        local(revision.editedAt),
        template.category,
        severity,
        JSON.stringify(title),
        JSON.stringify(revision.body),
        local(revision.publishAt),
        local(expiresAt),
        local(event?.startsAt ?? null),
        local(event?.endsAt ?? null),
        event?.location ?? null,
      ]);
    }
  }
  const column = (rows: unknown[][], index: number) => rows.map((row) => row[index]);
  await db.query(
    `insert into announcement (id, office_id, category, severity, title, body, publish_at,
                               expires_at, announced_at, event_starts_at, event_ends_at,
                               event_location, revision, created_at, updated_at)
     select id, office_id, category, severity, title, body, ${atZone('publish', '$16')},
            ${atZone('expires', '$16')}, ${atZone('announced', '$16')},
            ${atZone('event_starts', '$16')}, ${atZone('event_ends', '$16')}, event_location,
            revision, ${atZone('created', '$16')}, ${atZone('updated', '$16')}
       from unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::jsonb[], $6::jsonb[],
                   $7::timestamp[], $8::timestamp[], $9::timestamp[], $10::timestamp[],
                   $11::timestamp[], $12::text[], $13::int[], $14::timestamp[], $15::timestamp[])
         as t(id, office_id, category, severity, title, body, publish, expires, announced,
              event_starts, event_ends, event_location, revision, created, updated)`,
    [...Array.from({ length: 15 }, (_, index) => column(announcements, index)), TIME_ZONE],
  );
  await db.query(
    `insert into announcement_revision (id, announcement_id, revision, action, editor_id,
                                        edited_at, category, severity, title, body, publish_at,
                                        expires_at, event_starts_at, event_ends_at,
                                        event_location)
     select id, announcement_id, revision, action, editor_id, ${atZone('edited', '$16')},
            category, severity, title, body, ${atZone('publish', '$16')},
            ${atZone('expires', '$16')}, ${atZone('event_starts', '$16')},
            ${atZone('event_ends', '$16')}, event_location
       from unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::uuid[], $6::timestamp[],
                   $7::text[], $8::text[], $9::jsonb[], $10::jsonb[], $11::timestamp[],
                   $12::timestamp[], $13::timestamp[], $14::timestamp[], $15::text[])
         as t(id, announcement_id, revision, action, editor_id, edited, category, severity,
              title, body, publish, expires, event_starts, event_ends, event_location)`,
    [...Array.from({ length: 15 }, (_, index) => column(revisions, index)), TIME_ZONE],
  );
  return { announcements: announcements.length, announcement_revision: revisions.length };
}

const STEPS: Step[] = [
  { name: 'catalogue', run: loadCatalogue },
  { name: 'counters and schedules', run: loadCounters },
  { name: 'closures', run: loadClosures },
  { name: 'appointments', run: loadAppointments },
  { name: 'citizens and staff', run: loadPeople },
  { name: 'announcements', run: loadAnnouncements },
  { name: 'conversations', run: loadConversations },
  // Later issues add their steps here, each filling only the tables it introduces.
];

function chooseScenarios(town: Town, firstDay: LocalDate): Manifest {
  const lastDay = addDays(town.today, SCALE.scheduleDays - 1);
  const mitte = town.offices.find((office) => office.slug === 'buergerbuero-mitte');
  const q2Service = mitte?.services.find(
    (service) =>
      service.durationMinutes === 15 &&
      town.counters.filter((c) => c.office === mitte && c.services.includes(service)).length >= 2,
  );
  const kfz = town.offices.find((office) => office.slug === 'kfz-zulassungsstelle');
  const b1Service = kfz?.services.find(
    (service) =>
      service.durationMinutes === 30 &&
      town.counters.filter((c) => c.office === kfz && c.services.includes(service)).length === 1,
  );
  if (!mitte || !q2Service || !kfz || !b1Service) throw new Error('no service fits Q2 or B1');
  const clerk = town.staff.find((member) => member.offices.includes(mitte) && !member.admin);
  if (!clerk) throw new Error('no clerk works at the office of Q3');
  // Q2 asks for a Thursday two weeks ahead or later (open morning and afternoon) that is no holiday.
  const closed = new Set(closedDaysBetween(town.today, lastDay).map((day) => day.date));
  let day = addDays(town.today, 14);
  while (isoWeekday(day) !== 4 || closed.has(day)) day = addDays(day, 1);
  return {
    version: 1,
    builtFor: town.today,
    timeZone: TIME_ZONE,
    firstDay,
    lastDay,
    q2: { serviceId: q2Service.id, officeId: mitte.id, day },
    b1: { serviceId: b1Service.id, officeId: kfz.id },
    q3: { officeId: mitte.id, email: clerk.email, password: BENCH_PASSWORD },
    rows: {},
  };
}

function withDatabaseName(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function recreateDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z0-9_]*bench[a-z0-9_]*$/.test(name)) {
    throw new Error(
      `BENCH_DATABASE_URL names database "${name}"; it is dropped and rebuilt, so its name must contain "bench" (lower-case letters, digits, _).`,
    );
  }
  const admin = new pg.Client({ connectionString: withDatabaseName(url, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
}

async function main(): Promise<void> {
  const url = process.env.BENCH_DATABASE_URL ?? DEFAULT_URL;
  const started = performance.now();
  const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
  const say = (line: string) => process.stdout.write(`${line}\n`);

  const today = todayIn(TIME_ZONE);
  const town = buildTown(today);
  checkScale(town);
  const { plan, firstDay } = planAppointments(town);
  const manifest = chooseScenarios(town, firstDay);

  say(`bench:data → ${new URL(url).pathname.slice(1)} (today is ${today} in ${TIME_ZONE})`);
  await recreateDatabase(url);
  const orm = await openDatabase({ url, poolSize: 1, logger: createLogger({ logLevel: 'warn' }) });
  try {
    const applied = await migrateToLatest(orm, { lockUrl: null });
    say(`  ${'migrations'.padEnd(24)}${`${applied.length} applied`.padEnd(72)}${elapsed()}`);
  } finally {
    await orm.close();
  }

  const db = new pg.Client({ connectionString: url, application_name: 'rathaus-bench-data' });
  await db.connect();
  try {
    await db.query('begin');
    for (const step of STEPS) {
      const rows = await step.run({ db, town, manifest, appointments: plan });
      Object.assign(manifest.rows, rows);
      const counts = Object.entries(rows)
        .map(([table, count]) => `${table} ${count.toLocaleString('en')}`)
        .join(', ');
      say(`  ${step.name.padEnd(24)}${counts.padEnd(71)} ${elapsed()}`);
    }
    // The bench reads what to ask for from here, so that it never has to guess ids.
    const name = new URL(url).pathname.slice(1);
    await db.query(
      `comment on database "${name}" is ${db.escapeLiteral(JSON.stringify(manifest))}`,
    );
    await db.query('commit');
    await db.query('vacuum (analyze)');
    say(`  ${'vacuum, analyze'.padEnd(96)}${elapsed()}`);
  } catch (error) {
    await db.query('rollback').catch(() => undefined);
    throw error;
  } finally {
    await db.end();
  }
  say(
    `done in ${elapsed()}: appointments ${manifest.firstDay} … ${manifest.lastDay}; Q2 on ${manifest.q2.day}`,
  );
}

await main();
