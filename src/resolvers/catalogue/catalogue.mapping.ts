import { pickList, pickText, type Language } from '../../common/language.js';
import type {
  CategoryRecord,
  OfficeRecord,
  ServiceRecord,
} from '../../catalogue/catalogue.service.js';
import { toGlobalId } from '../common/global-id.js';
import type { Category, Office, Service } from './catalogue.types.js';

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
    processingTime: service.processingTime ? pickText(service.processingTime, lang) : null,
    legalBasis: service.legalBasis,
    categoryId: service.category.id,
    lang,
  };
}
