import { WebhookEventType } from '../entities/webhooks/webhook-endpoint.entity.js';
import { CatalogueChangeKind, queueWebhookEvent } from '../webhooks/webhook-events.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { DomainError } from '../common/domain-error.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import {
  integerProblem,
  localizedListProblems,
  localizedTextProblems,
  rejectProblems,
  slugProblem,
  textProblem,
} from '../common/validation.js';
import { CategoryEntity } from '../entities/catalogue/category.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { ServiceEntity } from '../entities/catalogue/service.entity.js';
import type { LocalizedList, LocalizedText } from '../entities/localized-text.js';
import { invalidField } from '../common/domain-error.js';
import { InvalidInputError } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { CatalogueAdminErrorCode } from './catalogue.errors.js';

/** What a use case that writes catalogue data needs. */
type CatalogueWriteContext = Pick<UseCaseContext, 'em' | 'catalogueChanged' | 'clock'>;

/**
 * Flushes the change with the `catalogue.changed` webhook event in one transaction (a unique
 * violation on a slug becomes a field error, and nothing is delivered).
 */
async function flushWithEvent(
  em: EntityManager,
  clock: UseCaseContext['clock'],
  change: { kind: CatalogueChangeKind; id: string; officeId: string | null },
): Promise<void> {
  await em.transactional(async (tx) => {
    await flushWithUniqueSlug(tx);
    await queueWebhookEvent(tx, { type: WebhookEventType.CATALOGUE_CHANGED, ...change }, clock());
  });
}

export type OfficeInput = {
  slug: string;
  name: LocalizedText;
  street: string;
  postalCode: string;
  city: string;
  phone?: string | null;
  email?: string | null;
  website?: string | null;
};

export type ServiceInput = {
  slug: string;
  leikaKey?: string | null;
  name: LocalizedText;
  description: LocalizedText;
  documents: LocalizedList;
  keywords?: string | null;
  feeCents?: number | null;
  processingTime?: LocalizedText | null;
  legalBasis?: string | null;
  durationMinutes: number;
  /** Null: the defaults, which are what booking allowed before services had a window. */
  bookingWindow?: BookingWindowSettings | null;
  /** Guests confirm their e-mail address before a booking counts; left out: not scarce. */
  scarce?: boolean | null;
  categoryId: string;
  officeIds: string[];
};

/** When a service can be booked (docs/decisions/0023-booking-window.md). */
export type BookingWindowSettings = {
  earliestDaysAhead: number;
  latestDaysAhead: number;
  minimumNoticeMinutes: number;
  bufferMinutes: number;
  /** Appointments per office and local day; null: no limit. */
  dailyLimit: number | null;
};

export const DEFAULT_BOOKING_WINDOW: BookingWindowSettings = {
  earliestDaysAhead: 0,
  latestDaysAhead: 90,
  minimumNoticeMinutes: 0,
  bufferMinutes: 0,
  dailyLimit: null,
};

/** The limits the service table's check constraints hold the booking window to. */
function bookingWindowProblems(window: BookingWindowSettings | null | undefined) {
  if (!window) return [];
  const latestProblem = integerProblem(
    'bookingWindow.latestDaysAhead',
    window.latestDaysAhead,
    0,
    365,
  );
  return [
    integerProblem('bookingWindow.earliestDaysAhead', window.earliestDaysAhead, 0, 365),
    latestProblem ??
      (window.latestDaysAhead < window.earliestDaysAhead
        ? invalidField('bookingWindow.latestDaysAhead', 'error.latestBeforeEarliest')
        : null),
    integerProblem('bookingWindow.minimumNoticeMinutes', window.minimumNoticeMinutes, 0, 20_160),
    integerProblem('bookingWindow.bufferMinutes', window.bufferMinutes, 0, 240),
    integerProblem('bookingWindow.dailyLimit', window.dailyLimit, 1, 1000),
  ];
}

function officeProblems(input: OfficeInput) {
  return [
    slugProblem('slug', input.slug),
    ...localizedTextProblems('name', input.name, 200),
    textProblem('street', input.street, 200),
    textProblem('postalCode', input.postalCode, 10),
    textProblem('city', input.city, 100),
    textProblem('phone', input.phone, 50, false),
    textProblem('email', input.email, 254, false),
    textProblem('website', input.website, 300, false),
  ];
}

/** A unique violation on a slug becomes a field error; anything else propagates. */
async function flushWithUniqueSlug(em: EntityManager): Promise<void> {
  try {
    await em.flush();
  } catch (error) {
    if (postgresErrorOf(error)?.code === SqlState.uniqueViolation) {
      throw new InvalidInputError([invalidField('slug', 'error.slugTaken')]);
    }
    throw error;
  }
}

export async function createOffice(
  { em, catalogueChanged, clock }: CatalogueWriteContext,
  input: OfficeInput,
): Promise<OfficeEntity> {
  rejectProblems(officeProblems(input));
  const office = em.create(OfficeEntity, {
    ...input,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
  });
  await flushWithEvent(em, clock, {
    kind: CatalogueChangeKind.OFFICE,
    id: office.id,
    officeId: office.id,
  });
  catalogueChanged();
  return office;
}

export async function updateOffice(
  { em, catalogueChanged, clock }: CatalogueWriteContext,
  officeId: string,
  input: OfficeInput,
): Promise<OfficeEntity> {
  rejectProblems(officeProblems(input));
  const office = await em.findOne(OfficeEntity, { id: officeId });
  if (!office)
    throw new DomainError(CatalogueAdminErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  if (office.retiredAt)
    throw new DomainError(CatalogueAdminErrorCode.RETIRED, 'error.officeRetired', ['officeId']);
  em.assign(office, {
    ...input,
    phone: input.phone ?? null,
    email: input.email ?? null,
    website: input.website ?? null,
  });
  await flushWithEvent(em, clock, {
    kind: CatalogueChangeKind.OFFICE,
    id: office.id,
    officeId: office.id,
  });
  catalogueChanged();
  return office;
}

export type CategoryInput = { slug: string; name: LocalizedText; position?: number | null };

function categoryProblems(input: CategoryInput) {
  return [
    slugProblem('slug', input.slug),
    ...localizedTextProblems('name', input.name, 200),
    integerProblem('position', input.position, 0, 10_000),
  ];
}

export async function createCategory(
  { em, catalogueChanged, clock }: CatalogueWriteContext,
  input: CategoryInput,
): Promise<CategoryEntity> {
  rejectProblems(categoryProblems(input));
  const category = em.create(CategoryEntity, {
    slug: input.slug,
    name: input.name,
    position: input.position ?? 0,
  });
  await flushWithEvent(em, clock, {
    kind: CatalogueChangeKind.CATEGORY,
    id: category.id,
    officeId: null,
  });
  catalogueChanged();
  return category;
}

/** Renames a category or moves it in the order; its services stay in it. */
export async function updateCategory(
  { em, catalogueChanged, clock }: CatalogueWriteContext,
  categoryId: string,
  input: CategoryInput,
): Promise<CategoryEntity> {
  rejectProblems(categoryProblems(input));
  const category = await em.findOne(CategoryEntity, { id: categoryId });
  if (!category)
    throw new DomainError(CatalogueAdminErrorCode.NOT_FOUND, 'error.categoryNotFound', [
      'categoryId',
    ]);
  em.assign(category, { slug: input.slug, name: input.name, position: input.position ?? 0 });
  await flushWithEvent(em, clock, {
    kind: CatalogueChangeKind.CATEGORY,
    id: category.id,
    officeId: null,
  });
  catalogueChanged();
  return category;
}

function serviceProblems(input: ServiceInput) {
  return [
    slugProblem('slug', input.slug),
    input.leikaKey == null || /^[0-9]{14}$/.test(input.leikaKey)
      ? null
      : invalidField('leikaKey', 'error.invalidNumber', {
          min: '00000000000000',
          max: '99999999999999',
        }),
    ...localizedTextProblems('name', input.name, 200),
    ...localizedTextProblems('description', input.description, 5000),
    ...localizedListProblems('documents', input.documents),
    textProblem('keywords', input.keywords, 1000, false),
    integerProblem('feeCents', input.feeCents, 0, 10_000_000),
    ...(input.processingTime
      ? localizedTextProblems('processingTime', input.processingTime, 200)
      : []),
    textProblem('legalBasis', input.legalBasis, 300, false),
    integerProblem('durationMinutes', input.durationMinutes, 5, 240),
    ...bookingWindowProblems(input.bookingWindow),
  ];
}

async function serviceRelations(em: EntityManager, input: ServiceInput) {
  const [category, offices] = await Promise.all([
    em.findOne(CategoryEntity, { id: input.categoryId }),
    em.find(OfficeEntity, { id: { $in: input.officeIds }, retiredAt: null }),
  ]);
  rejectProblems([
    category ? null : invalidField('categoryId', 'error.notFound'),
    offices.length === new Set(input.officeIds).size
      ? null
      : invalidField('officeIds', 'error.officeNotFound'),
  ]);
  return { category: category as CategoryEntity, offices };
}

function serviceFields(input: ServiceInput) {
  const window = input.bookingWindow ?? DEFAULT_BOOKING_WINDOW;
  return {
    bookingEarliestDays: window.earliestDaysAhead,
    bookingLatestDays: window.latestDaysAhead,
    bookingNoticeMinutes: window.minimumNoticeMinutes,
    bookingBufferMinutes: window.bufferMinutes,
    dailyCap: window.dailyLimit,
    slug: input.slug,
    leikaKey: input.leikaKey ?? null,
    name: input.name,
    description: input.description,
    documents: input.documents,
    keywords: input.keywords ?? '',
    feeCents: input.feeCents ?? null,
    processingTime: input.processingTime ?? null,
    legalBasis: input.legalBasis ?? null,
    durationMinutes: input.durationMinutes,
    scarce: input.scarce ?? false,
  };
}

export async function createService(
  { em, catalogueChanged, clock }: CatalogueWriteContext,
  input: ServiceInput,
): Promise<ServiceEntity> {
  rejectProblems(serviceProblems(input));
  const { category, offices } = await serviceRelations(em, input);
  const service = em.create(ServiceEntity, { ...serviceFields(input), category });
  service.offices.set(offices);
  await flushWithEvent(em, clock, {
    kind: CatalogueChangeKind.SERVICE,
    id: service.id,
    officeId: null,
  });
  catalogueChanged();
  return service;
}

export async function updateService(
  { em, catalogueChanged, clock }: CatalogueWriteContext,
  serviceId: string,
  input: ServiceInput,
): Promise<ServiceEntity> {
  rejectProblems(serviceProblems(input));
  const service = await em.findOne(ServiceEntity, { id: serviceId }, { populate: ['offices'] });
  if (!service)
    throw new DomainError(CatalogueAdminErrorCode.NOT_FOUND, 'error.serviceNotFound', [
      'serviceId',
    ]);
  if (service.retiredAt)
    throw new DomainError(CatalogueAdminErrorCode.RETIRED, 'error.serviceRetired', ['serviceId']);
  const { category, offices } = await serviceRelations(em, input);
  em.assign(service, { ...serviceFields(input), category });
  service.offices.set(offices);
  await flushWithEvent(em, clock, {
    kind: CatalogueChangeKind.SERVICE,
    id: service.id,
    officeId: null,
  });
  catalogueChanged();
  return service;
}
