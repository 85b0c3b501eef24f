// `npm run bench:data`: builds the benchmark town in BENCH_DATABASE_URL through the project's own
// migrations, then bulk-loads it with plain SQL. Deterministic: every id, name and appointment
// follows from a seeded generator and today's date in the municipality's time zone, so two builds
// on the same day are identical. Run by Node 24 directly (type stripping); it imports the compiled
// server from dist/, so `npm run build` runs first.
import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
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

type LocalDate = string;
type Text = { de: string; en?: string; de_ls?: string };
type List = { de: string[]; en?: string[]; de_ls?: string[] };

/** The size of the benchmark town (issue 7). Rows of tables that do not exist yet come later. */
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

type Town = {
  today: LocalDate;
  categories: (TownData['categories'][number] & { id: string; position: number })[];
  offices: Office[];
  services: Service[];
  counters: Counter[];
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
  return { today, categories, offices, services, counters };
}

function checkScale(town: Town): void {
  const actual = {
    offices: town.offices.length,
    categories: town.categories.length,
    services: town.services.length,
    counters: town.counters.length,
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
  /** Set while the tables of this step do not exist yet: the issue that will add them. */
  waitsFor?: string;
  run?: (context: StepContext) => Promise<Record<string, number>>;
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
    await db.query(
      `insert into appointment (id, code, status, service_id, office_id, counter_id, starts_at,
                                ends_at, name, email, phone, created_at, cancelled_at)
       select a.id, a.code, a.status, a.service_id, a.office_id, a.counter_id, t.starts_at,
              t.starts_at + make_interval(mins => a.minutes), a.name, a.email, a.phone, t.created_at,
              case when a.cancelled
                   then t.created_at + (least(t.anchor, t.starts_at) - t.created_at) / 2 end
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

const STEPS: Step[] = [
  { name: 'catalogue', run: loadCatalogue },
  { name: 'counters and schedules', run: loadCounters },
  { name: 'closures', run: loadClosures },
  { name: 'appointments', run: loadAppointments },
  // Later issues add their steps here, each filling only the tables it introduces.
  { name: 'citizens and staff', waitsFor: 'accounts' },
  { name: 'announcements', waitsFor: 'announcements' },
  { name: 'conversations', waitsFor: 'messaging' },
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
    const applied = await migrateToLatest(orm);
    say(`  ${'migrations'.padEnd(24)}${`${applied.length} applied`.padEnd(72)}${elapsed()}`);
  } finally {
    await orm.close();
  }

  const db = new pg.Client({ connectionString: url, application_name: 'rathaus-bench-data' });
  await db.connect();
  try {
    await db.query('begin');
    for (const step of STEPS) {
      if (!step.run) {
        say(`  ${step.name.padEnd(24)}not yet (needs ${step.waitsFor})`);
        continue;
      }
      const rows = await step.run({ db, town, manifest, appointments: plan });
      Object.assign(manifest.rows, rows);
      const counts = Object.entries(rows)
        .map(([table, count]) => `${table} ${count.toLocaleString('en')}`)
        .join(', ');
      say(`  ${step.name.padEnd(24)}${counts.padEnd(72)}${elapsed()}`);
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
