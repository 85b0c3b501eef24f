import { rowsOf, sql } from '../../src/common/sql.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// The catalogue for portals and search engines (issue #22): GET /feeds/catalogue.jsonld, one
// JSON-LD document in schema.org's vocabulary, read here against the demo town's database.

type Node = Record<string, unknown> & { '@id': string; '@type': string };
type Catalogue = Record<string, unknown> & { '@graph': Node[] };

/** The test server's PUBLIC_URL. */
const PUBLIC_URL = 'http://rathaus.test';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ template: 'demo', now: new Date('2027-01-11T07:00:00Z') });
}, 60_000);

afterAll(async () => {
  await server?.close();
});

async function catalogue(query = ''): Promise<Catalogue> {
  const response = await server.http().get(`/feeds/catalogue.jsonld${query}`).expect(200);
  expect(response.headers['content-type']).toBe('application/ld+json; charset=utf-8');
  expect(response.headers['access-control-allow-origin']).toBe('*');
  return JSON.parse(response.text) as Catalogue;
}

const ofType = (document: Catalogue, type: string) =>
  document['@graph'].filter((node) => node['@type'] === type);

it('lists every office with its address and opening hours, and every service once', async () => {
  const document = await catalogue();
  expect(document['@context']).toEqual([
    'https://schema.org',
    { rathaus: 'urn:rathaus:catalogue#' },
  ]);
  expect(document).toMatchObject({ '@type': 'DataCatalog', inLanguage: 'de' });

  const em = server.orm.em.fork();
  const offices = await rowsOf<{ slug: string }>(
    em,
    sql`select slug from office where retired_at is null order by slug`,
  );
  const services = await rowsOf<{ id: string; fee_cents: number | null }>(
    em,
    sql`select id, fee_cents from service where retired_at is null order by slug`,
  );
  const officeNodes = ofType(document, 'GovernmentOffice');
  const serviceNodes = ofType(document, 'GovernmentService');
  expect(officeNodes.map((node) => node.identifier)).toEqual(offices.map((row) => row.slug));
  expect(serviceNodes.map((node) => node['@id'])).toEqual(
    services.map((row) => `${PUBLIC_URL}/services/${toGlobalId('Service', row.id)}`),
  );
  expect(serviceNodes.map((node) => (node.offers as { price: string }).price)).toEqual(
    services.map((row) => ((row.fee_cents ?? 0) / 100).toFixed(2)),
  );

  const mitte = officeNodes.find((node) => node.identifier === 'buergerbuero-mitte')!;
  expect(mitte).toMatchObject({
    '@id': '_:office-buergerbuero-mitte',
    address: { '@type': 'PostalAddress', addressCountry: 'DE' },
  });
  const hours = mitte.openingHoursSpecification as Array<Record<string, string>>;
  expect(hours.length).toBeGreaterThan(0);
  for (const period of hours) {
    expect(period.dayOfWeek).toMatch(
      /^https:\/\/schema\.org\/(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/,
    );
    expect(period.opens! < period.closes!).toBe(true);
  }

  // Every office a service names is in the document.
  const officeIds = new Set(officeNodes.map((node) => node['@id']));
  for (const service of serviceNodes) {
    const channels = service.availableChannel as Array<{ serviceLocation: { '@id': string } }>;
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) expect(officeIds).toContain(channel.serviceLocation['@id']);
  }
});

it('gives the texts in the language asked for, German where one is missing', async () => {
  const german = await catalogue();
  const english = await catalogue('?lang=en');
  expect(english.inLanguage).toBe('en');
  const name = (document: Catalogue, id: string) =>
    ofType(document, 'GovernmentService').find((node) => node['@id'] === id)?.name;
  const [first] = ofType(german, 'GovernmentService');
  const row = await rowsOf<{ de: string; en: string | null }>(
    server.orm.em.fork(),
    sql`select name->>'de' as de, name->>'en' as en from service where slug = ${first!.identifier as string}`,
  );
  expect(name(german, first!['@id'])).toBe(row[0]!.de);
  expect(name(english, first!['@id'])).toBe(row[0]!.en ?? row[0]!.de);

  const refused = await server.http().get('/feeds/catalogue.jsonld?lang=fr');
  expect(refused.status).toBe(400);
  expect(refused.text).toContain('lang=de, en or de-ls');
});

it('leaves out a retired service, and answers an unchanged catalogue with 304', async () => {
  const before = await catalogue();
  const [retiring] = ofType(before, 'GovernmentService');
  await server.orm.em
    .fork()
    .getConnection()
    .execute(`update service set retired_at = now() where slug = ?`, [retiring!.identifier]);

  const after = await server.http().get('/feeds/catalogue.jsonld').expect(200);
  const ids = ofType(JSON.parse(after.text) as Catalogue, 'GovernmentService').map(
    (node) => node['@id'],
  );
  expect(ids).not.toContain(retiring!['@id']);
  expect(ids).toHaveLength(ofType(before, 'GovernmentService').length - 1);

  const again = await server
    .http()
    .get('/feeds/catalogue.jsonld')
    .set('If-None-Match', after.headers.etag as string);
  expect(again.status).toBe(304);
});

describe('a service page', () => {
  /** The JSON-LD written into the page's HTML, or null. */
  function structuredData(html: string): Catalogue | null {
    const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html);
    return found ? (JSON.parse(found[1]!) as Catalogue) : null;
  }

  async function page(id: string, language = 'de') {
    return server.http().get(`/services/${id}`).set({
      Accept: 'text/html',
      'Accept-Language': language,
    });
  }

  it('tells search engines what the service is, in the browser’s language', async () => {
    const [service] = await rowsOf<{ id: string; de: string; en: string }>(
      server.orm.em.fork(),
      sql`select id, name->>'de' as de, name->>'en' as en from service
           where retired_at is null and name->>'en' is not null order by slug limit 1`,
    );
    const id = toGlobalId('Service', service!.id);

    const german = await page(id);
    expect(german.status).toBe(200);
    expect(german.text).toContain('<div id="app">');
    const data = structuredData(german.text)!;
    expect(data['@context']).toEqual(['https://schema.org', { rathaus: 'urn:rathaus:catalogue#' }]);
    const [described] = ofType(data, 'GovernmentService');
    expect(described).toMatchObject({ '@id': `${PUBLIC_URL}/services/${id}`, name: service!.de });
    // Its offices come with it, for the service's channels to name.
    const offices = new Set(ofType(data, 'GovernmentOffice').map((node) => node['@id']));
    const channels = described!.availableChannel as Array<{ serviceLocation: { '@id': string } }>;
    expect(channels.length).toBeGreaterThan(0);
    for (const channel of channels) expect(offices).toContain(channel.serviceLocation['@id']);

    const english = structuredData((await page(id, 'en-GB,en;q=0.9')).text)!;
    expect(ofType(english, 'GovernmentService')[0]!.name).toBe(service!.en);
  });

  it('describes the service as its data says: provider, area, and each office with its address', async () => {
    const em = server.orm.em.fork();
    // The service with the most offices, so that every channel is compared with a row.
    const [service] = await rowsOf<{ id: string; name: string; description: string }>(
      em,
      sql`select s.id, s.name->>'de' as name, s.description->>'de' as description
            from service s join service_office so on so.service_id = s.id
           where s.retired_at is null
           group by s.id order by count(*) desc, s.slug limit 1`,
    );
    const offices = await rowsOf<{
      slug: string;
      name: string;
      street: string;
      postal_code: string;
      city: string;
    }>(
      em,
      sql`select o.slug, o.name->>'de' as name, o.street, o.postal_code, o.city
            from office o join service_office so on so.office_id = o.id
           where so.service_id = ${service!.id} and o.retired_at is null order by o.slug`,
    );
    expect(offices.length).toBeGreaterThan(1);
    const id = toGlobalId('Service', service!.id);

    const data = structuredData((await page(id)).text)!;

    const [described] = ofType(data, 'GovernmentService');
    const town = { '@type': 'GovernmentOrganization', name: 'Musterstadt', url: PUBLIC_URL };
    expect(described).toMatchObject({
      name: service!.name,
      description: service!.description,
      url: `${PUBLIC_URL}/services/${id}`,
      provider: town,
      areaServed: { '@type': 'City', name: 'Musterstadt' },
    });
    const byId = new Map(ofType(data, 'GovernmentOffice').map((node) => [node['@id'], node]));
    const channels = described!.availableChannel as Array<{
      '@type': string;
      serviceLocation: { '@id': string };
      serviceUrl: string;
    }>;
    expect(
      channels.map((channel) => {
        const office = byId.get(channel.serviceLocation['@id'])!;
        return {
          type: channel['@type'],
          serviceUrl: channel.serviceUrl,
          slug: office.identifier,
          name: office.name,
          address: office.address,
        };
      }),
    ).toEqual(
      offices.map((office) => ({
        type: 'ServiceChannel',
        serviceUrl: `${PUBLIC_URL}/services/${id}`,
        slug: office.slug,
        name: office.name,
        address: {
          '@type': 'PostalAddress',
          streetAddress: office.street,
          postalCode: office.postal_code,
          addressLocality: office.city,
          addressCountry: 'DE',
        },
      })),
    );
  });

  it('keeps a name with markup inside the data', async () => {
    const [service] = await rowsOf<{ id: string }>(
      server.orm.em.fork(),
      sql`select id from service where retired_at is null order by slug desc limit 1`,
    );
    const name = '</script><script>alert(1)</script>';
    await server.orm.em
      .fork()
      .getConnection()
      .execute(
        `update service set name = jsonb_set(name, '{de}', to_jsonb(?::text)) where id = ?`,
        [name, service!.id],
      );

    const html = (await page(toGlobalId('Service', service!.id))).text;
    expect(html).not.toContain('<script>alert(1)');
    expect(ofType(structuredData(html)!, 'GovernmentService')[0]!.name).toBe(name);
  });

  it('has none on a page of no service', async () => {
    const missing = await page(toGlobalId('Service', '00000000-0000-4000-8000-000000000000'));
    expect(missing.status).toBe(404);
    expect(structuredData(missing.text)).toBeNull();
  });
});
