import { randomUUID } from 'node:crypto';
import { Role } from '../../src/entities/accounts/account.entity.js';
import { CategoryEntity } from '../../src/entities/catalogue/category.entity.js';
import { ServiceEntity } from '../../src/entities/catalogue/service.entity.js';
import { toGlobalId } from '../../src/resolvers/common/global-id.js';
import { bearer, createAccount, signIn } from '../support/accounts.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/test-server.js';

// What the staff workspace's administration of services and categories reads and writes beyond
// the public catalogue: retired services on request (admins only), every language of the texts
// for editing, and renaming a category.

const LIST = `query($query: String, $includeRetired: Boolean, $after: String) {
  services(query: $query, includeRetired: $includeRetired, first: 1, after: $after, lang: DE) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id name retiredAt } }
  }
}`;
const RETIRE = `mutation($input: RetireServiceInput!) {
  retireService(input: $input) { service { id retiredAt } userErrors { code } }
}`;
const SERVICE = `query($id: ID!) {
  service(id: $id) {
    name keywords retiredAt
    texts {
      name { de en deLs }
      description { de en deLs }
      documents { de en deLs }
      processingTime { de en deLs }
    }
    category { names { de en deLs } }
  }
}`;
const UPDATE_CATEGORY = `mutation($input: UpdateCategoryInput!) {
  updateCategory(input: $input) {
    category { id slug name names { de en deLs } }
    userErrors { code field message }
  }
}`;
const CATEGORIES = `{ categories(lang: EN) { id slug name } }`;

type ListAnswer = {
  services: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{ node: { id: string; name: string; retiredAt: string | null } }>;
  };
};
type CategoryAnswer = {
  updateCategory: {
    category: { id: string; slug: string; name: string; names: Record<string, string | null> };
    userErrors: Array<{ code: string; field: string[] | null; message: string }>;
  };
};

let server: TestServer;
let admin: Record<string, string>;
let clerk: Record<string, string>;
let town: BookingFixture;
/** A word only this file's services carry in their names, so that the search finds just them. */
const WORD = 'Zauberstab';

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  town = await createBookingFixture(server.orm);
  admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  clerk = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [town.officeId] }),
    ),
  );
}, 60_000);

afterAll(async () => {
  await server.close();
});

async function addService(name: string, extra: Partial<ServiceEntity> = {}) {
  const em = server.orm.em.fork();
  const service = em.create(ServiceEntity, {
    slug: `leistung-${randomUUID().slice(0, 8)}`,
    name: { de: name },
    description: { de: 'Beschreibung.' },
    documents: { de: [] },
    durationMinutes: 15,
    category: em.getReference(
      CategoryEntity,
      (await em.findOneOrFail(ServiceEntity, { id: town.serviceId })).category.id,
    ),
    ...extra,
  });
  await em.flush();
  return toGlobalId('Service', service.id);
}

describe('services(includeRetired:)', () => {
  let offered: string;
  let retired: string;

  beforeAll(async () => {
    offered = await addService(`${WORD} A`);
    retired = await addService(`${WORD} B`);
    const { body } = await server.gql<{ retireService: { userErrors: unknown[] } }>(
      RETIRE,
      { input: { serviceId: retired } },
      admin,
    );
    expect(body.data!.retireService.userErrors).toEqual([]);
  });

  async function allPages(variables: Record<string, unknown>, headers?: Record<string, string>) {
    const nodes: ListAnswer['services']['edges'][number]['node'][] = [];
    let after: string | null = null;
    let totalCount: number;
    do {
      const answer: GraphQLResponse<ListAnswer> = await server.gql<ListAnswer>(
        LIST,
        { ...variables, after },
        headers,
      );
      expect(answer.body.errors).toBeUndefined();
      const page = answer.body.data!.services;
      nodes.push(...page.edges.map((edge) => edge.node));
      totalCount = page.totalCount;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { nodes, totalCount };
  }

  it('lists retired services for an admin who asks, marked with when they were retired', async () => {
    const { nodes, totalCount } = await allPages({ query: WORD, includeRetired: true }, admin);

    expect(totalCount).toBe(2);
    expect(nodes.map((node) => node.id).sort()).toEqual([offered, retired].sort());
    expect(nodes.find((node) => node.id === offered)!.retiredAt).toBeNull();
    expect(nodes.find((node) => node.id === retired)!.retiredAt).toBe('2027-03-01T06:00:00.000Z');
  });

  it('leaves them out for an admin who does not ask', async () => {
    const { nodes, totalCount } = await allPages({ query: WORD }, admin);

    expect(totalCount).toBe(1);
    expect(nodes.map((node) => node.id)).toEqual([offered]);
  });

  it('ignores the wish of anyone else, even after an admin got the same query answered', async () => {
    // The admin's answer first: were it kept by the catalogue cache, the others would get it.
    await allPages({ query: WORD, includeRetired: true }, admin);

    for (const headers of [undefined, clerk]) {
      const { nodes, totalCount } = await allPages({ query: WORD, includeRetired: true }, headers);
      expect(totalCount).toBe(1);
      expect(nodes.map((node) => node.id)).toEqual([offered]);
    }
  });

  it('gives the admin the retired ones even after someone else got the same query answered', async () => {
    await allPages({ query: WORD, includeRetired: true });

    const { totalCount } = await allPages({ query: WORD, includeRetired: true }, admin);

    expect(totalCount).toBe(2);
  });
});

describe('Service.texts', () => {
  it('has every language a text is written in, and null where it is not', async () => {
    const id = await addService(`${WORD} Texte`, {
      name: { de: `${WORD} Texte`, en: 'Wand texts', de_ls: 'Zauber-Stab Texte' },
      description: { de: 'Lang.', en: '' },
      documents: { de: ['Ausweis', 'Foto'], en: ['Identity card'] },
      processingTime: { de: 'Zwei Wochen' },
      keywords: 'zauber stab',
    });

    const { body } = await server.gql<{ service: Record<string, unknown> }>(SERVICE, { id });

    expect(body.errors).toBeUndefined();
    expect(body.data!.service).toEqual({
      name: `${WORD} Texte`,
      keywords: 'zauber stab',
      retiredAt: null,
      texts: {
        name: { de: `${WORD} Texte`, en: 'Wand texts', deLs: 'Zauber-Stab Texte' },
        description: { de: 'Lang.', en: null, deLs: null },
        documents: { de: ['Ausweis', 'Foto'], en: ['Identity card'], deLs: null },
        processingTime: { de: 'Zwei Wochen', en: null, deLs: null },
      },
      category: { names: { de: expect.any(String), en: expect.any(String), deLs: null } },
    });
  });
});

describe('updateCategory', () => {
  let categoryId: string;

  beforeAll(async () => {
    const em = server.orm.em.fork();
    const category = em.create(CategoryEntity, {
      slug: 'zauberei',
      name: { de: 'Zauberei', en: 'Magic' },
    });
    em.create(CategoryEntity, { slug: 'vergeben', name: { de: 'Vergeben' } });
    await em.flush();
    categoryId = toGlobalId('Category', category.id);
  });

  async function update(input: Record<string, unknown>, headers = admin) {
    const { body } = await server.gql<CategoryAnswer>(UPDATE_CATEGORY, { input }, headers);
    return body;
  }

  it('renames a category in every language, and the public catalogue shows the new name', async () => {
    // The catalogue cache keeps the categories until a write says they changed.
    await server.gql(CATEGORIES);

    const body = await update({
      categoryId,
      slug: 'zauberei',
      name: { de: 'Magie', en: 'Sorcery', deLs: 'Zauber' },
    });

    expect(body.data!.updateCategory.userErrors).toEqual([]);
    expect(body.data!.updateCategory.category.names).toEqual({
      de: 'Magie',
      en: 'Sorcery',
      deLs: 'Zauber',
    });
    const stored = await server.orm.em.fork().findOneOrFail(CategoryEntity, { slug: 'zauberei' });
    expect(stored.name).toEqual({ de: 'Magie', en: 'Sorcery', de_ls: 'Zauber' });
    const { body: catalogue } = await server.gql<{
      categories: Array<{ slug: string; name: string }>;
    }>(CATEGORIES);
    expect(catalogue.data!.categories).toContainEqual(
      expect.objectContaining({ slug: 'zauberei', name: 'Sorcery' }),
    );
  });

  it('clears a translation left out', async () => {
    const body = await update({ categoryId, slug: 'zauberei', name: { de: 'Magie' } });

    expect(body.data!.updateCategory.category.names).toEqual({ de: 'Magie', en: null, deLs: null });
  });

  it('refuses an empty German name, a malformed slug and a taken one, naming the field, and keeps what was stored', async () => {
    const blank = await update({ categoryId, slug: 'zauberei', name: { de: '  ' } });
    const malformed = await update({ categoryId, slug: 'Zauber Ei', name: { de: 'Neu' } });
    const taken = await update({ categoryId, slug: 'vergeben', name: { de: 'Neu' } });
    const position = await update({
      categoryId,
      slug: 'zauberei',
      name: { de: 'Neu' },
      position: -1,
    });

    expect(blank.data!.updateCategory).toMatchObject({
      category: null,
      userErrors: [{ code: 'INVALID_INPUT', field: ['name', 'de'] }],
    });
    expect(malformed.data!.updateCategory.userErrors).toMatchObject([
      { code: 'INVALID_INPUT', field: ['slug'] },
    ]);
    expect(taken.data!.updateCategory.userErrors).toMatchObject([
      { code: 'INVALID_INPUT', field: ['slug'] },
    ]);
    expect(position.data!.updateCategory.userErrors).toMatchObject([
      { code: 'INVALID_INPUT', field: ['position'] },
    ]);
    for (const body of [blank, malformed, taken, position]) {
      expect(body.data!.updateCategory.userErrors[0]!.message).not.toBe('');
    }
    const stored = await server.orm.em.fork().findOneOrFail(CategoryEntity, { slug: 'zauberei' });
    expect(stored.name).toEqual({ de: 'Magie' });
  });

  it('answers NOT_FOUND for a category that does not exist', async () => {
    const body = await update({
      categoryId: toGlobalId('Category', randomUUID()),
      slug: 'nirgends',
      name: { de: 'Nirgends' },
    });

    expect(body.data!.updateCategory).toMatchObject({
      category: null,
      userErrors: [{ code: 'NOT_FOUND', field: ['categoryId'] }],
    });
  });

  it('refuses a clerk', async () => {
    const body = await update({ categoryId, slug: 'zauberei', name: { de: 'Heimlich' } }, clerk);

    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const stored = await server.orm.em.fork().findOneOrFail(CategoryEntity, { slug: 'zauberei' });
    expect(stored.name.de).toBe('Magie');
  });
});
