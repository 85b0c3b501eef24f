import type { EntityManager } from '@mikro-orm/postgresql';
import { definitionErrors } from '../applications/form-definition.js';
import { run, sql } from '../common/sql.js';
import {
  AnnouncementRevisionAction,
  AnnouncementRevisionEntity,
} from '../entities/announcements/announcement-revision.entity.js';
import { AnnouncementEntity } from '../entities/announcements/announcement.entity.js';
import { ApplicationFormEntity } from '../entities/applications/application-form.entity.js';
import { ClosureEntity } from '../entities/appointments/closure.entity.js';
import { CounterEntity } from '../entities/appointments/counter.entity.js';
import { ScheduleEntity } from '../entities/appointments/schedule.entity.js';
import { CategoryEntity } from '../entities/catalogue/category.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { ServiceEntity } from '../entities/catalogue/service.entity.js';
import type { LocalizedText } from '../entities/localized-text.js';
import {
  CATEGORIES,
  COUNTER_TRAINING,
  CUSTOMARY_CLOSED_DAYS,
  OFFICES,
  SERVICES,
  STAFF_OUTING,
  type CounterData,
  type ServiceData,
} from './demo-town-data.js';
import { demoAnnouncements, type AnnouncementData } from './demo-town-announcements.js';
import { ONLINE_APPLICATIONS } from './demo-town-applications.js';
import {
  addDays,
  germanPublicHolidays,
  isoWeekday,
  localDate,
  type LocalDate,
} from './public-holidays.js';

/** How far ahead the demo town publishes opening hours and closures. */
const WINDOW_DAYS = 60;

const DAY_MS = 86_400_000;

/**
 * Two processes seeding the same empty database at once (e.g. two containers starting together)
 * would both see no office; the lock makes the second wait and then find the first one's offices.
 */
const SEED_LOCK_KEY = 74_657_201;

type ClosedDay = { date: LocalDate; reason: LocalizedText; publicHoliday: boolean };

/** Seeds the demo town when the database has no office yet; returns false (and writes nothing) otherwise. */
export async function seedDemoTown(
  em: EntityManager,
  options: { timeZone: string; today: Date },
): Promise<boolean> {
  const firstDay = localDateIn(options.today, options.timeZone);
  const lastDay = addDays(firstDay, WINDOW_DAYS);

  return em.transactional(async (tx) => {
    await run(tx, sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    if ((await tx.count(OfficeEntity, {})) > 0) return false;
    // Only when seeding: checking the forms compiles their schemas, a second of every start.
    checkData();

    const categories = new Map(
      CATEGORIES.map((data) => [data.slug, tx.create(CategoryEntity, { ...data })]),
    );
    const offices = new Map(
      OFFICES.map((data) => [
        data.slug,
        tx.create(OfficeEntity, {
          slug: data.slug,
          name: data.name,
          street: data.street,
          postalCode: data.postalCode,
          city: data.city,
          phone: data.phone,
          email: data.email,
          website: data.website,
        }),
      ]),
    );
    const services = new Map(
      SERVICES.map((data) => {
        const service = tx.create(ServiceEntity, {
          slug: data.slug,
          leikaKey: data.leikaKey,
          name: data.name,
          description: data.description,
          documents: data.documents,
          keywords: data.keywords,
          feeCents: data.feeCents,
          processingTime: data.processingTime,
          legalBasis: data.legalBasis,
          durationMinutes: data.durationMinutes,
          category: lookUp(categories, data.category),
        });
        for (const office of data.offices) service.offices.add(lookUp(offices, office));
        return [data.slug, service];
      }),
    );
    for (const data of ONLINE_APPLICATIONS) {
      tx.create(ApplicationFormEntity, {
        service: lookUp(services, data.service),
        version: 1,
        definition: data.definition,
        feeCents: data.feeCents,
        processingDays: data.processingDays,
        retentionYears: data.retentionYears,
        createdAt: options.today,
      });
    }

    const counters = new Map<string, CounterEntity>();
    for (const officeData of OFFICES) {
      const office = lookUp(offices, officeData.slug);
      for (const counterData of officeData.counters) {
        const counter = tx.create(CounterEntity, { office, name: counterData.name });
        counters.set(`${officeData.slug}/${counterData.name}`, counter);
        for (const data of servicesOfCounter(officeData.slug, counterData)) {
          counter.services.add(lookUp(services, data.slug));
        }
        for (const opening of counterData.hours ?? officeData.hours) {
          tx.create(ScheduleEntity, {
            counter,
            weekday: opening.weekday,
            opensAt: opening.opensAt,
            closesAt: opening.closesAt,
            validFrom: firstDay,
            validUntil: lastDay,
          });
        }
      }
    }

    const closedDays = closedDaysBetween(firstDay, lastDay);
    for (const day of closedDays) {
      const startsAt = zonedInstant(day.date, '00:00', options.timeZone);
      const endsAt = zonedInstant(addDays(day.date, 1), '00:00', options.timeZone);
      for (const office of offices.values()) {
        tx.create(ClosureEntity, { office, startsAt, endsAt, reason: day.reason });
      }
    }

    const trainingDay = firstOrdinaryWorkday(addDays(firstDay, 1), lastDay, closedDays);
    tx.create(ClosureEntity, {
      office: lookUp(offices, COUNTER_TRAINING.office),
      counter: lookUp(counters, `${COUNTER_TRAINING.office}/${COUNTER_TRAINING.counter}`),
      startsAt: zonedInstant(trainingDay, COUNTER_TRAINING.startsAt, options.timeZone),
      endsAt: zonedInstant(trainingDay, COUNTER_TRAINING.endsAt, options.timeZone),
      reason: COUNTER_TRAINING.reason,
    });

    const [closedDay] = [...closedDays].sort((left, right) => left.date.localeCompare(right.date));
    if (!closedDay) throw new Error(`no closed day between ${firstDay} and ${lastDay}`);
    const announcements = demoAnnouncements({
      now: options.today,
      date: (days, weekday) => {
        const date = addDays(firstDay, days);
        return weekday ? addDays(date, (weekday - isoWeekday(date) + 7) % 7) : date;
      },
      at: (date, time) => zonedInstant(date, time, options.timeZone),
      label: (date) => ({ de: dateLabel(date, 'de-DE'), en: dateLabel(date, 'en-GB') }),
      closedDay,
      trainingDay,
    });
    for (const data of announcements) {
      seedAnnouncement(tx, data, data.office ? lookUp(offices, data.office) : null, options.today);
    }

    return true;
  });
}

/** "Dienstag, 19. Januar 2027": the local date itself, whatever the zone of the process. */
function dateLabel(date: LocalDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * An announcement as the announcement service would have left it: written two hours before it
 * was published (or scheduled), with both steps in its history. Those published already count as
 * announced, so that a new server does not send their live events again.
 */
function seedAnnouncement(
  tx: EntityManager,
  data: AnnouncementData,
  office: OfficeEntity | null,
  now: Date,
): void {
  const published = data.publishAt <= now;
  const createdAt = new Date(Math.min(data.publishAt.getTime(), now.getTime()) - 2 * 3_600_000);
  const publishedAt = published ? data.publishAt : new Date(createdAt.getTime() + 600_000);
  const content = {
    category: data.category,
    severity: data.severity,
    title: data.title,
    body: data.body,
    expiresAt: data.expiresAt,
    eventStartsAt: data.event?.startsAt ?? null,
    eventEndsAt: data.event?.endsAt ?? null,
    eventLocation: data.event?.location ?? null,
  };
  const announcement = tx.create(AnnouncementEntity, {
    ...content,
    office,
    publishAt: data.publishAt,
    announcedAt: published ? data.publishAt : null,
    revision: 2,
    createdAt,
    updatedAt: publishedAt,
  });
  const steps = [
    { revision: 1, action: AnnouncementRevisionAction.CREATED, at: createdAt, publishAt: null },
    {
      revision: 2,
      action: published
        ? AnnouncementRevisionAction.PUBLISHED
        : AnnouncementRevisionAction.SCHEDULED,
      at: publishedAt,
      publishAt: data.publishAt,
    },
  ];
  for (const step of steps) {
    tx.create(AnnouncementRevisionEntity, {
      ...content,
      announcement,
      revision: step.revision,
      action: step.action,
      editedAt: step.at,
      publishAt: step.publishAt,
    });
  }
}

/**
 * Public holidays and customary closed days in [firstDay, lastDay]. Without one on a weekday the
 * demo would show no closed day at all, so a staff outing on a Tuesday stands in for it.
 */
function closedDaysBetween(firstDay: LocalDate, lastDay: LocalDate): ClosedDay[] {
  const days: ClosedDay[] = [];
  const firstYear = Number(firstDay.slice(0, 4));
  const lastYear = Number(lastDay.slice(0, 4));
  for (let year = firstYear; year <= lastYear; year++) {
    for (const holiday of germanPublicHolidays(year)) {
      days.push({ date: holiday.date, reason: holiday.name, publicHoliday: true });
    }
    for (const customary of CUSTOMARY_CLOSED_DAYS) {
      days.push({
        date: localDate(year, customary.month, customary.day),
        reason: customary.name,
        publicHoliday: false,
      });
    }
  }
  const inWindow = days
    .filter((day) => day.date >= firstDay && day.date <= lastDay)
    .sort((left, right) => left.date.localeCompare(right.date));

  const onWeekday = inWindow.some((day) => day.publicHoliday && isoWeekday(day.date) <= 5);
  if (!onWeekday) {
    const from = addDays(firstDay, 7);
    const outing = addDays(from, (2 - isoWeekday(from) + 7) % 7);
    inWindow.push({ date: outing, reason: STAFF_OUTING, publicHoliday: false });
  }
  return inWindow;
}

/** A Monday, Tuesday, Thursday or Friday on which every office is open. */
function firstOrdinaryWorkday(from: LocalDate, to: LocalDate, closedDays: ClosedDay[]): LocalDate {
  const closed = new Set(closedDays.map((day) => day.date));
  for (let date = from; date <= to; date = addDays(date, 1)) {
    if ([1, 2, 4, 5].includes(isoWeekday(date)) && !closed.has(date)) return date;
  }
  throw new Error(`no ordinary workday between ${from} and ${to}`);
}

function servicesOfCounter(officeSlug: string, counter: CounterData): ServiceData[] {
  return SERVICES.filter(
    (service) =>
      service.offices.includes(officeSlug) &&
      ((counter.categories.includes(service.category) && !counter.except?.includes(service.slug)) ||
        (counter.also?.includes(service.slug) ?? false)),
  );
}

/**
 * The data is edited by hand; a service that an office offers but none of its counters handles
 * would silently never get a free slot, so such mistakes stop the seed before anything is written.
 */
function checkData(): void {
  const problems: string[] = [];
  const categories = new Set(CATEGORIES.map((category) => category.slug));
  const offices = new Set(OFFICES.map((office) => office.slug));
  for (const service of SERVICES) {
    if (!categories.has(service.category)) {
      problems.push(`${service.slug}: unknown category ${service.category}`);
    }
    if (service.offices.length === 0) problems.push(`${service.slug}: offered by no office`);
    for (const office of service.offices) {
      if (!offices.has(office)) problems.push(`${service.slug}: unknown office ${office}`);
    }
  }
  for (const office of OFFICES) {
    const handled = new Set<string>();
    for (const counter of office.counters) {
      const services = servicesOfCounter(office.slug, counter);
      if (services.length === 0) problems.push(`${office.slug}/${counter.name}: handles nothing`);
      for (const service of services) handled.add(service.slug);
    }
    for (const service of SERVICES) {
      if (service.offices.includes(office.slug) && !handled.has(service.slug)) {
        problems.push(`${office.slug}: no counter handles ${service.slug}`);
      }
    }
  }
  const services = new Set(SERVICES.map((service) => service.slug));
  for (const application of ONLINE_APPLICATIONS) {
    if (!services.has(application.service)) {
      problems.push(`online application of unknown service ${application.service}`);
    }
    for (const problem of definitionErrors(application.definition)) {
      problems.push(`${application.service}: form ${problem.pointer}: ${problem.message}`);
    }
  }
  if (problems.length > 0) throw new Error(`Invalid demo town data:\n  ${problems.join('\n  ')}`);
}

function lookUp<T>(map: Map<string, T>, key: string): T {
  const value = map.get(key);
  if (value === undefined) throw new Error(`demo town data refers to unknown ${key}`);
  return value;
}

type WallClock = {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
};

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    calendar: 'gregory',
    numberingSystem: 'latn',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const read = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: read('year'),
    month: read('month'),
    day: read('day'),
    hour: read('hour'),
    minute: read('minute'),
    second: read('second'),
  };
}

function localDateIn(instant: Date, timeZone: string): LocalDate {
  const clock = wallClock(instant, timeZone);
  return localDate(clock.year, clock.month, clock.day);
}

/** How far the zone's wall clock is ahead of UTC at the instant, in milliseconds. */
function offsetAt(epochMs: number, timeZone: string): number {
  const whole = Math.floor(epochMs / 1000) * 1000;
  const clock = wallClock(new Date(whole), timeZone);
  const asUtc = Date.UTC(
    clock.year,
    clock.month - 1,
    clock.day,
    clock.hour,
    clock.minute,
    clock.second,
  );
  return asUtc - whole;
}

/**
 * The instant at which the wall clock in the zone shows the local date and time, resolved as
 * Temporal's "compatible" disambiguation does: a time repeated when clocks go back means the earlier
 * instant; a time skipped when clocks go forward means the instant as far after the gap, so that a
 * day whose midnight is skipped (as in some American zones) begins when its first hour does.
 */
function zonedInstant(date: LocalDate, time: string, timeZone: string): Date {
  const [hours, minutes] = time.split(':').map(Number);
  const wall = Date.parse(`${date}T00:00:00Z`) + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000;
  // A day either side lies beyond any single daylight saving change near the wall time.
  const offsetBefore = offsetAt(wall - DAY_MS, timeZone);
  const offsetAfter = offsetAt(wall + DAY_MS, timeZone);
  const matches = [wall - offsetBefore, wall - offsetAfter].filter(
    (candidate) => wall - offsetAt(candidate, timeZone) === candidate,
  );
  return new Date(matches.length > 0 ? Math.min(...matches) : wall - offsetBefore);
}
