import type { EntityManager } from '@mikro-orm/postgresql';
import { Language, pickList, pickText, languageUrlTag } from '../common/language.js';
import { toGlobalId } from '../resolvers/common/global-id.js';
import {
  categoriesByIds,
  listOffices,
  listServices,
  officesOfServices,
  openingHoursOfOffices,
  servicesByIds,
  type CategoryRecord,
  type OfficeRecord,
  type OpeningPeriod,
  type ServiceRecord,
} from '../catalogue/catalogue.service.js';

// The town's catalogue as one JSON-LD document in schema.org's vocabulary (GovernmentService,
// GovernmentOffice), for portals and search engines: GET /feeds/catalogue.jsonld. The format is
// described in docs/catalogue-export.md.

/** Terms schema.org has no property for, in a vocabulary of Rathaus's own. */
const RATHAUS_VOCABULARY = 'urn:rathaus:catalogue#';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

type JsonLd = Record<string, unknown>;

export type CatalogueExportSettings = { publicUrl: string; townName: string };

const officeNode = (slug: string) => `_:office-${slug}`;

function office(record: OfficeRecord, hours: OpeningPeriod[], lang: Language): JsonLd {
  return {
    '@id': officeNode(record.slug),
    '@type': 'GovernmentOffice',
    identifier: record.slug,
    name: pickText(record.name, lang),
    address: {
      '@type': 'PostalAddress',
      streetAddress: record.street,
      postalCode: record.postalCode,
      addressLocality: record.city,
      addressCountry: 'DE',
    },
    ...(record.phone && { telephone: record.phone }),
    ...(record.email && { email: record.email }),
    ...(record.website && { url: record.website }),
    openingHoursSpecification: hours.map((period) => ({
      '@type': 'OpeningHoursSpecification',
      dayOfWeek: `https://schema.org/${DAYS[period.weekday % 7]}`,
      opens: period.opensAt.slice(0, 5),
      closes: period.closesAt.slice(0, 5),
    })),
  };
}

type GraphInput = {
  offices: OfficeRecord[];
  services: ServiceRecord[];
  categories: CategoryRecord[];
  officesByService: Map<string, OfficeRecord[]>;
  hours: Map<string, OpeningPeriod[]>;
};

/** The offices, then the services, as schema.org nodes; services name offices by `@id`. */
function graph(input: GraphInput, settings: CatalogueExportSettings, lang: Language): JsonLd[] {
  const categoryName = new Map(
    input.categories.map((each) => [each.id, pickText(each.name, lang)]),
  );
  const town = {
    '@type': 'GovernmentOrganization',
    name: settings.townName,
    url: settings.publicUrl,
  };
  return [
    ...input.offices.map((each) => office(each, input.hours.get(each.id) ?? [], lang)),
    ...input.services.map((service) => {
      const url = `${settings.publicUrl}/services/${toGlobalId('Service', service.id)}`;
      return {
        '@id': url,
        '@type': 'GovernmentService',
        identifier: service.slug,
        ...(service.leikaKey && { 'rathaus:leikaKey': service.leikaKey }),
        name: pickText(service.name, lang),
        description: pickText(service.description, lang),
        url,
        category: categoryName.get(service.category.id) ?? null,
        provider: town,
        areaServed: { '@type': 'City', name: settings.townName },
        offers: {
          '@type': 'Offer',
          price: ((service.feeCents ?? 0) / 100).toFixed(2),
          priceCurrency: 'EUR',
        },
        availableChannel: (input.officesByService.get(service.id) ?? []).map((each) => ({
          '@type': 'ServiceChannel',
          serviceLocation: { '@id': officeNode(each.slug) },
          serviceUrl: url,
        })),
        'rathaus:requiredDocuments': pickList(service.documents, lang),
        'rathaus:appointmentMinutes': service.durationMinutes,
        ...(service.processingTime && {
          'rathaus:processingTime': pickText(service.processingTime, lang),
        }),
        ...(service.legalBasis && { 'rathaus:legalBasis': service.legalBasis }),
      };
    }),
  ];
}

const CONTEXT = ['https://schema.org', { rathaus: RATHAUS_VOCABULARY }];

/** The services with their categories, offices and the offices' opening hours as of `today`. */
async function graphInput(
  em: EntityManager,
  services: ServiceRecord[],
  offices: OfficeRecord[] | null,
  today: string,
): Promise<GraphInput> {
  const officesByService = await officesOfServices(
    em,
    services.map((each) => each.id),
  );
  const listed = offices ?? [
    ...new Map([...officesByService.values()].flat().map((each) => [each.id, each])).values(),
  ];
  const [hours, categories] = await Promise.all([
    openingHoursOfOffices(
      em,
      listed.map((each) => each.id),
      today,
    ),
    categoriesByIds(em, [...new Set(services.map((each) => each.category.id))]),
  ]);
  return { offices: listed, services, categories, officesByService, hours };
}

/**
 * The catalogue in `lang` (German where a text has no translation): every office with its address
 * and regular opening hours as of `today`, and every service with its category, fee, required
 * documents, processing time, legal basis and the offices that offer it.
 */
export async function catalogueExport(
  em: EntityManager,
  settings: CatalogueExportSettings,
  options: { lang: Language; today: string },
): Promise<JsonLd> {
  const [offices, services] = await Promise.all([listOffices(em), listServices(em)]);
  const input = await graphInput(em, services, offices, options.today);
  return {
    '@context': CONTEXT,
    '@id': `${settings.publicUrl}/feeds/catalogue.jsonld?lang=${languageUrlTag(options.lang)}`,
    '@type': 'DataCatalog',
    name: settings.townName,
    inLanguage: languageUrlTag(options.lang),
    publisher: {
      '@type': 'GovernmentOrganization',
      name: settings.townName,
      url: settings.publicUrl,
    },
    '@graph': graph(input, settings, options.lang),
  };
}

/**
 * What a service's page is about, for search engines: the service and the offices that offer it,
 * as in the catalogue export; null when there is no such service (or it is retired).
 */
export async function serviceStructuredData(
  em: EntityManager,
  settings: CatalogueExportSettings,
  options: { serviceId: string; lang: Language; today: string },
): Promise<JsonLd | null> {
  const services = (await servicesByIds(em, [options.serviceId])).filter(
    (each) => each.retiredAt === null,
  );
  if (services.length === 0) return null;
  const input = await graphInput(em, services, null, options.today);
  return { '@context': CONTEXT, '@graph': graph(input, settings, options.lang) };
}
