import { startTestServer, sqlStatementsOf, type TestServer } from '../support/test-server.js';

type ServicePage = {
  services: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: Array<{ cursor: string; node: { id: string; name: string } }>;
  };
};

const PAGE = `query Page($first: Int, $after: String, $query: String, $categoryId: ID, $officeId: ID, $lang: Language) {
  services(first: $first, after: $after, query: $query, categoryId: $categoryId, officeId: $officeId, lang: $lang) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name } }
  }
}`;

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ template: 'demo' });
});

afterAll(async () => {
  await server.close();
});

async function page(variables: Record<string, unknown>, headers?: Record<string, string>) {
  const response = await server.gql<ServicePage>(PAGE, variables, headers);
  expect(response.body.errors).toBeUndefined();
  return response.body.data!.services;
}

async function names(query: string, lang?: string): Promise<string[]> {
  const result = await page({ first: 100, query, lang });
  return result.edges.map((edge) => edge.node.name);
}

describe('paging through the catalogue', () => {
  it('walks every service exactly once, page by page, with consistent page info', async () => {
    const first = await page({ first: 20 });
    expect(first.totalCount).toBeGreaterThanOrEqual(40);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });

    const seen = first.edges.map((edge) => edge.node.id);
    let cursor = first.pageInfo.endCursor;
    let last = first;
    while (last.pageInfo.hasNextPage) {
      last = await page({ first: 20, after: cursor });
      expect(last.pageInfo.hasPreviousPage).toBe(true);
      seen.push(...last.edges.map((edge) => edge.node.id));
      cursor = last.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(first.totalCount);
    // A page of none still counts, for clients that want the total only.
    expect(await page({ first: 0 })).toMatchObject({ totalCount: first.totalCount, edges: [] });
    expect(new Set(seen).size).toBe(first.totalCount);
    expect(last.edges.length).toBeLessThanOrEqual(20);
    expect(last.pageInfo.endCursor).toBe(last.edges.at(-1)?.cursor);
  });

  it('returns an empty last page after the final cursor, with the total still right', async () => {
    const all = await page({ first: 100 });
    const beyond = await page({ first: 5, after: all.pageInfo.endCursor });
    expect(beyond).toMatchObject({
      totalCount: all.totalCount,
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: true, endCursor: null },
    });
  });

  it('refuses more than 100 items per page and a negative page size, naming the argument', async () => {
    for (const first of [101, -1]) {
      const { status, body } = await server.gql(PAGE, { first });
      expect(status).toBe(200);
      expect(body.data).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'first',
      });
    }
  });

  it('refuses a cursor it did not issue', async () => {
    for (const after of ['bogus', Buffer.from('offset:-4').toString('base64url'), '']) {
      const { body } = await server.gql(PAGE, { first: 5, after });
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'after',
      });
    }
  });
});

describe('search', () => {
  it('finds a compound word from a part of it: "ausweis" finds "Personalausweis beantragen"', async () => {
    expect(await names('ausweis')).toContain('Personalausweis beantragen');
  });

  it('matches prefixes and German word forms', async () => {
    expect(await names('Personalaus')).toContain('Personalausweis beantragen');
    expect(await names('Reisepässe')).toEqual(
      expect.arrayContaining([expect.stringMatching(/Reisepass/)]),
    );
    expect(await names('anmelden wohnsitz')).toContain('Wohnsitz anmelden');
  });

  it('finds services by the words citizens use (synonyms) and in English', async () => {
    expect(await names('perso')).toContain('Personalausweis beantragen');
    expect((await names('passport', 'EN')).join(' ')).toMatch(/passport/i);
  });

  it('ranks the main service before its variants, in English as in German', async () => {
    const english = await names('passport', 'EN');
    expect(english[0]).toBe('Apply for a passport');
    // The variants named with the term come before a service that only mentions it.
    expect(english.indexOf('Report a lost ID card or passport')).toBeGreaterThan(
      Math.max(
        english.indexOf('Apply for a passport for a child'),
        english.indexOf('Apply for a temporary passport'),
      ),
    );
    expect((await names('reisepass'))[0]).toBe('Reisepass beantragen');
    // A German term on the English page still finds the service by its German name.
    expect((await names('reisepass', 'EN'))[0]).toBe('Apply for a passport');
  });

  it('ranks the service named after the term first', async () => {
    const [firstHit] = await names('Führungszeugnis');
    expect(firstHit).toMatch(/Führungszeugnis/);
  });

  it('finds nothing for nonsense, and treats SQL and tsquery syntax as plain text', async () => {
    expect(await names('xyzzyquux')).toEqual([]);
    expect(await names("'); drop table service; --")).toEqual([]);
    expect(await names('a & | ! :* <->')).toEqual(expect.any(Array));
    expect((await page({ first: 1 })).totalCount).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('filters by category and by office', async () => {
    const { body } = await server.gql<{
      categories: Array<{ id: string; name: string }>;
      offices: Array<{ id: string; name: string }>;
    }>('{ categories { id name } offices { id name } }');
    const { categories, offices } = body.data!;
    const category = categories[0]!;
    const office = offices.find((o) => o.name === 'Standesamt')!;

    const byCategory = await page({ first: 100, categoryId: category.id });
    expect(byCategory.totalCount).toBeGreaterThan(0);
    const { body: check } = await server.gql<{ nodes: Array<{ category: { id: string } }> }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on Service { category { id } } } }',
      { ids: byCategory.edges.map((edge) => edge.node.id) },
    );
    expect(new Set(check.data!.nodes.map((node) => node.category.id))).toEqual(
      new Set([category.id]),
    );

    const atOffice = await page({ first: 100, officeId: office.id });
    const all = await page({ first: 100 });
    expect(atOffice.totalCount).toBeGreaterThan(0);
    expect(atOffice.totalCount).toBeLessThan(all.totalCount);
  });

  it('refuses a malformed or foreign ID as a filter, naming the argument', async () => {
    const serviceId = (await page({ first: 1 })).edges[0]!.node.id;
    for (const categoryId of ['not-an-id', serviceId]) {
      const { body } = await server.gql(PAGE, { first: 5, categoryId });
      expect(body.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        argument: 'categoryId',
      });
    }
  });
});

describe('languages and nodes', () => {
  it('gives texts in the language asked for, by argument or by Accept-Language', async () => {
    const german = await names('Personalausweis');
    const english = await names('Personalausweis', 'EN');
    const byHeader = (
      await page({ first: 100, query: 'Personalausweis' }, { 'accept-language': 'en' })
    ).edges.map((edge) => edge.node.name);
    expect(german).toContain('Personalausweis beantragen');
    expect(english.some((name) => /identity card/i.test(name))).toBe(true);
    expect(byHeader).toEqual(english);
  });

  it('fetches any catalogue object again by its global ID, and null for an unknown one', async () => {
    const { body } = await server.gql<{
      offices: Array<{ id: string; name: string }>;
      categories: Array<{ id: string; name: string }>;
    }>('{ offices { id name } categories { id name } }');
    const serviceNode = (await page({ first: 1 })).edges[0]!.node;
    const ids = [body.data!.offices[0]!.id, body.data!.categories[0]!.id, serviceNode.id];
    const unknown = Buffer.from('Service:00000000-0000-4000-8000-000000000000').toString('base64');

    const { body: nodes } = await server.gql<{
      nodes: Array<{ __typename: string; id: string } | null>;
    }>('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }', { ids: [...ids, unknown] });
    expect(nodes.data!.nodes).toEqual([
      { __typename: 'Office', id: ids[0] },
      { __typename: 'Category', id: ids[1] },
      { __typename: 'Service', id: ids[2] },
      null,
    ]);
    const { body: single } = await server.gql<{ node: { name: string } }>(
      'query($id: ID!) { node(id: $id) { ... on Service { name } } }',
      { id: serviceNode.id },
    );
    expect(single.data!.node.name).toBe(serviceNode.name);
  });

  it('refuses a malformed global ID with a clear error', async () => {
    const { status, body } = await server.gql('{ node(id: "%%%") { id } }');
    expect(status).toBe(200);
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
  });
});

describe('batching', () => {
  const DEEP = `query Deep($first: Int) {
    services(first: $first) { edges { node { name offices { name openingHours { weekday opens } } category { name } } } }
  }`;

  it.each([5, 20, 50])(
    'answers services(first: %i) with offices and category in one SQL statement',
    async (first) => {
      const requestId = `batching-${first}`;
      const { body } = await server.gql<{
        services: { edges: Array<{ node: { offices: unknown[] } }> };
      }>(
        DEEP.replace(' openingHours { weekday opens }', ''),
        { first },
        { 'x-request-id': requestId },
      );
      expect(body.data!.services.edges).toHaveLength(first);
      expect(sqlStatementsOf(server.logs, requestId)).toBe(1);
    },
  );

  it('adds one statement for the opening hours of all offices, whatever the page size', async () => {
    const requestId = 'batching-hours';
    await server.gql(DEEP, { first: 50 }, { 'x-request-id': requestId });
    expect(sqlStatementsOf(server.logs, requestId)).toBe(2);
  });
});

describe("each service's offices and category on a page", () => {
  // Its own server without the catalogue response cache: an office is retired behind its back.
  let uncached: TestServer;

  beforeAll(async () => {
    uncached = await startTestServer({ template: 'demo', env: { CATALOGUE_CACHE_SECONDS: '0' } });
  });

  afterAll(async () => {
    await uncached.close();
  });

  type Listed = { slug: string; offices: string[]; category: string | null };
  type ListedPage = {
    services: {
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: { slug: string; offices: { slug: string }[]; category: { slug: string } | null };
      }>;
    };
  };

  const LISTED = `query Listed($first: Int, $after: String, $query: String) {
    services(first: $first, after: $after, query: $query) {
      pageInfo { hasNextPage endCursor }
      edges { node { slug offices { slug } category { slug } } }
    }
  }`;

  /** Every service the catalogue lists (searched for `query`), page by page of seven. */
  async function listed(query?: string): Promise<Listed[]> {
    const all: Listed[] = [];
    let after: string | null = null;
    for (;;) {
      const variables: Record<string, unknown> = { first: 7, after, query };
      const { body } = await uncached.gql<ListedPage>(LISTED, variables);
      expect(body.errors).toBeUndefined();
      const { pageInfo, edges } = body.data!.services;
      for (const { node } of edges) {
        all.push({
          slug: node.slug,
          offices: node.offices.map((office) => office.slug),
          category: node.category?.slug ?? null,
        });
      }
      if (!pageInfo.hasNextPage) return all;
      after = pageInfo.endCursor;
    }
  }

  /** What the database says of each offered service: its offices in service, by slug, and category. */
  async function stored(): Promise<Map<string, Listed>> {
    const rows = await uncached.orm.em.fork().execute<Listed[]>(
      `select s.slug,
              array(select o.slug from service_office so join office o on o.id = so.office_id
                     where so.service_id = s.id and o.retired_at is null order by o.slug) as offices,
              c.slug as category
         from service s left join category c on c.id = s.category_id
        where s.retired_at is null`,
    );
    return new Map(rows.map((row) => [row.slug, row]));
  }

  async function expectListedAsStored(query?: string) {
    const shown = await listed(query);
    const truth = await stored();
    expect(shown.length).toBeGreaterThan(7);
    for (const service of shown) expect(service).toEqual(truth.get(service.slug));
    return shown;
  }

  it('lists them as stored on every page, with and without search terms, and not a retired office', async () => {
    const catalogue = await expectListedAsStored();
    await expectListedAsStored('beantragen');
    // Some service is offered at more than one office, and the pages show several categories
    expect(catalogue.some((service) => service.offices.length > 1)).toBe(true);
    expect(new Set(catalogue.map((service) => service.category)).size).toBeGreaterThan(1);

    // When an office is retired, no page lists it any more
    const busiest = catalogue.flatMap((service) => service.offices)[0]!;
    await uncached.orm.em
      .fork()
      .execute(`update office set retired_at = now() where slug = '${busiest}'`);
    const after = await expectListedAsStored();
    expect(after.flatMap((service) => service.offices)).not.toContain(busiest);
    await expectListedAsStored('beantragen');
  });
});

describe('database constraints', () => {
  it('refuses an office, category or service without a German name, even with the key missing', async () => {
    const em = server.orm.em.fork();
    for (const sql of [
      `insert into category (id, slug, name) values (gen_random_uuid(), 'only-english', '{"en": "Only English"}')`,
      `insert into category (id, slug, name) values (gen_random_uuid(), 'german-null', '{"de": null}')`,
      `insert into office (id, slug, name, street, postal_code, city) values (gen_random_uuid(), 'no-name', '{}', 'A', '1', 'B')`,
    ]) {
      await expect(em.execute(sql)).rejects.toMatchObject({ code: '23514' });
    }
  });
});
