import { pickList, pickText, type Language } from '../../common/language.js';
import type {
  CategoryRecord,
  OfficeRecord,
  ServiceRecord,
} from '../../catalogue/catalogue.service.js';
import { toGlobalId } from '../common/global-id.js';
import type { LocalizedList, LocalizedText } from '../../entities/localized-text.js';
import type {
  Category,
  LocalizedLists,
  LocalizedTexts,
  Office,
  Service,
} from './catalogue.types.js';

/** A stored text as the administration edits it; an empty translation counts as none. */
export function toLocalizedTexts(text: LocalizedText): LocalizedTexts {
  return { de: text.de, en: text.en || null, deLs: text.de_ls || null };
}

export function toLocalizedLists(list: LocalizedList): LocalizedLists {
  return { de: list.de, en: list.en ?? null, deLs: list.de_ls ?? null };
}

export function toOffice(office: OfficeRecord, lang: Language): Office {
  return {
    id: toGlobalId('Office', office.id),
    uuid: office.id,
    slug: office.slug,
    name: pickText(office.name, lang),
    names: { de: office.name.de, en: office.name.en ?? null, deLs: office.name.de_ls ?? null },
    address: { street: office.street, postalCode: office.postalCode, city: office.city },
    phone: office.phone,
    email: office.email,
    website: office.website,
    retiredAt: office.retiredAt,
  };
}

export function toCategory(
  category: Pick<CategoryRecord, 'id' | 'slug' | 'name'>,
  lang: Language,
): Category {
  return {
    id: toGlobalId('Category', category.id),
    uuid: category.id,
    slug: category.slug,
    name: pickText(category.name, lang),
    names: toLocalizedTexts(category.name),
    lang,
  };
}

export function toService(service: ServiceRecord, lang: Language): Service {
  return {
    id: toGlobalId('Service', service.id),
    uuid: service.id,
    slug: service.slug,
    leikaKey: service.leikaKey,
    name: pickText(service.name, lang),
    description: pickText(service.description, lang),
    fee: service.feeCents === null ? null : { amountCents: service.feeCents, currency: 'EUR' },
    documents: pickList(service.documents, lang),
    durationMinutes: service.durationMinutes,
    bookingWindow: {
      earliestDaysAhead: service.bookingEarliestDays,
      latestDaysAhead: service.bookingLatestDays,
      minimumNoticeMinutes: service.bookingNoticeMinutes,
      bufferMinutes: service.bookingBufferMinutes,
      dailyLimit: service.dailyCap,
    },
    scarce: service.scarce,
    processingTime: service.processingTime ? pickText(service.processingTime, lang) : null,
    legalBasis: service.legalBasis,
    keywords: service.keywords,
    texts: {
      name: toLocalizedTexts(service.name),
      description: toLocalizedTexts(service.description),
      documents: toLocalizedLists(service.documents),
      processingTime: service.processingTime ? toLocalizedTexts(service.processingTime) : null,
    },
    retiredAt: service.retiredAt,
    categoryId: service.category.id,
    lang,
  };
}
