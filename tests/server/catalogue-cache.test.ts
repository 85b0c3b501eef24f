import 'reflect-metadata';
import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  parse,
  validate,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { createSchema } from '../../src/resolvers/schema.js';
import { announceCatalogueChange } from '../../src/catalogue/catalogue-changes.js';
import { createInProcessEventBus } from '../../src/realtime/event-bus.js';
import {
  createCatalogueCache,
  followCatalogueChanges,
  serializeResult,
} from '../../src/server/catalogue-cache.js';
import { CATALOGUE_FIELDS, selectsOnlyCatalogue } from '../../src/server/catalogue-operations.js';

// The cache's own rules (kept answers, their limits, the race guard) and the audit of which
// fields it may keep; tests/catalogue/catalogue-cache*.test.ts test it through the server.

describe('the store', () => {
  const answer = (text: string) => ({ services: { text } });

  it('refuses an answer computed while the catalogue changed', () => {
    const cache = createCatalogueCache({ maxAgeMs: 60_000, maxBytes: 1_000_000 });
    const before = cache.generation;
    cache.invalidate();
    expect(cache.store('key', answer('old'), before)).toBe(false);
    expect(cache.get('key')).toBeUndefined();
    expect(cache.store('key', answer('new'), cache.generation)).toBe(true);
    expect(cache.get('key')).toEqual(answer('new'));
  });

  it('forgets everything on invalidation', () => {
    const cache = createCatalogueCache({ maxAgeMs: 60_000, maxBytes: 1_000_000 });
    cache.store('a', answer('a'), cache.generation);
    cache.store('b', answer('b'), cache.generation);
    cache.invalidate();
    expect([cache.get('a'), cache.get('b'), cache.size, cache.bytes]).toEqual([
      undefined,
      undefined,
      0,
      0,
    ]);
  });

  it('forgets an answer once it reaches the maximum age', () => {
    let now = 0;
    const cache = createCatalogueCache({ maxAgeMs: 1000, maxBytes: 1_000_000, now: () => now });
    cache.store('key', answer('x'), cache.generation);
    now = 999;
    expect(cache.get('key')).toEqual(answer('x'));
    now = 1000;
    expect(cache.get('key')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('makes room by dropping the least recently used answers, and keeps none too large', () => {
    const text = 'x'.repeat(300);
    const probe = createCatalogueCache({ maxAgeMs: 60_000, maxBytes: 1_000_000 });
    probe.store('a', answer(text), probe.generation);
    const cache = createCatalogueCache({ maxAgeMs: 60_000, maxBytes: 3 * probe.bytes });
    for (const key of ['a', 'b', 'c']) cache.store(key, answer(text), cache.generation);
    expect(cache.bytes).toBe(3 * probe.bytes);
    cache.get('a');
    cache.store('d', answer(text), cache.generation);
    expect(['a', 'b', 'c', 'd'].map((key) => cache.get(key) !== undefined)).toEqual([
      true,
      false,
      true,
      true,
    ]);
    expect(cache.store('e', answer(text.repeat(4)), cache.generation)).toBe(false);
    expect(cache.size).toBe(3);
  });

  it('sends a kept answer as the text it serialised when keeping it, with its cost, and freezes it', () => {
    const cache = createCatalogueCache({ maxAgeMs: 60_000, maxBytes: 1_000_000 });
    cache.store('key', { services: { edges: [{ name: 'Ä' }] } }, cache.generation);
    const kept = cache.get('key')!;
    expect(cache.serialized({ errors: undefined, data: kept, extensions: undefined })).toBe(
      serializeResult({ data: { services: { edges: [{ name: 'Ä' }] } } }),
    );
    const extensions = { cost: { requested: 3, remaining: 97 } };
    expect(cache.serialized({ data: kept, extensions })).toBe(
      serializeResult({ data: { services: { edges: [{ name: 'Ä' }] } }, extensions }),
    );
    expect(cache.serialized({ data: { ...kept } })).toBeUndefined();
    expect(cache.serialized({ data: kept, errors: [{ message: 'x' }] })).toBeUndefined();
    expect(Object.isFrozen((kept.services as { edges: object[] }).edges[0])).toBe(true);
  });
});

describe('following the bus', () => {
  it('clears when another instance announces a change, not for its own', async () => {
    const bus = createInProcessEventBus();
    const cache = createCatalogueCache({ maxAgeMs: 60_000, maxBytes: 1_000_000 });
    const stop = followCatalogueChanges(bus, 'this-instance', cache);
    // The in-process bus delivers (and confirms listening) after the current task.
    const delivered = () => new Promise((resolve) => setImmediate(resolve));
    await delivered();
    const keep = () => cache.store('key', { offices: [] }, cache.generation);

    keep();
    announceCatalogueChange(bus, 'this-instance');
    await delivered();
    expect(cache.get('key')).toBeDefined();
    announceCatalogueChange(bus, 'another-instance');
    await delivered();
    expect(cache.get('key')).toBeUndefined();

    stop();
    keep();
    announceCatalogueChange(bus, 'another-instance');
    await delivered();
    expect(cache.get('key')).toBeDefined();
    expect(bus.activeSubscriptions()).toBe(0);
    await bus.close();
  });
});

describe('which operations are kept', () => {
  let schema: GraphQLSchema;

  beforeAll(async () => {
    schema = await createSchema();
  });

  function verdict(source: string, operationName?: string): boolean {
    const document = parse(source);
    expect(validate(schema, document)).toEqual([]);
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode =>
        definition.kind === 'OperationDefinition' &&
        (operationName === undefined || definition.name?.value === operationName),
    )!;
    return selectsOnlyCatalogue(schema, document, operation);
  }

  it('keeps queries of catalogue fields, through fragments', () => {
    expect(verdict('{ offices { name openingHours { weekday } } categories { name } }')).toBe(true);
    expect(
      verdict(`query($id: ID!) { service(id: $id) { ...S ... on Node { id } } }
        fragment S on Service { name fee { amountCents } offices { address { city } } category { slug } }`),
    ).toBe(true);
    expect(verdict('{ services { totalCount pageInfo { endCursor } edges { cursor } } }')).toBe(
      true,
    );
  });

  it('does not keep anything else in the same operation, wherever it hides', () => {
    expect(verdict('{ services { totalCount } me { id } }')).toBe(false);
    expect(
      verdict('{ ...Q } fragment Q on Query { offices { id } counters(officeId: "x") { id } }'),
    ).toBe(false);
    expect(verdict('query($id: ID!) { node(id: $id) { id } }')).toBe(false);
    expect(verdict('{ services { totalCount } __schema { queryType { name } } }')).toBe(false);
  });

  it('does not keep an answer that depends on who asks (retired services for admins)', () => {
    expect(verdict('{ services(includeRetired: true) { totalCount } }')).toBe(false);
    expect(
      verdict(
        'query($all: Boolean) { ...Q } fragment Q on Query { services(includeRetired: $all) { totalCount } }',
      ),
    ).toBe(false);
  });

  it('keeps no mutation, and judges the operation that runs', () => {
    expect(
      verdict(
        'mutation { createCategory(input: { slug: "x", name: { de: "X" } }) { category { name } } }',
      ),
    ).toBe(false);
    const document = `query Catalogue { offices { id } } query Mine { me { id } }`;
    expect(verdict(document, 'Catalogue')).toBe(true);
    expect(verdict(document, 'Mine')).toBe(false);
  });

  it('knows every field reachable from the catalogue roots: a new one needs an audit', async () => {
    // Fields reachable from the roots that depend on the caller, the clock beyond the local date
    // or data outside the catalogue go here instead of CATALOGUE_FIELDS: a fair release is written
    // by staff and drawn by a job, neither of which invalidates the cache.
    const uncacheable: string[] = [
      'Service.upcomingRelease',
      ...[
        'id',
        'startsAt',
        'endsAt',
        'opensAt',
        'closesAt',
        'state',
        'drawnAt',
        'seed',
        'rulesUrl',
        'service',
        'office',
      ].map((field) => `AppointmentRelease.${field}`),
    ];
    const roots = [...CATALOGUE_FIELDS].filter((field) => field.startsWith('Query.'));
    const reachable = new Set<string>(roots);
    const queryType = schema.getQueryType()!;
    const pending: GraphQLNamedType[] = roots.map((root) =>
      getNamedType(queryType.getFields()[root.slice('Query.'.length)]!.type),
    );
    const seen = new Set<string>();
    while (pending.length > 0) {
      const type = pending.pop()!;
      if (seen.has(type.name) || !(isObjectType(type) || isInterfaceType(type))) continue;
      seen.add(type.name);
      pending.push(...type.getInterfaces());
      for (const field of Object.values(type.getFields())) {
        reachable.add(`${type.name}.${field.name}`);
        pending.push(getNamedType(field.type));
      }
    }
    const audited = new Set([...CATALOGUE_FIELDS, ...uncacheable]);
    expect([...reachable].filter((field) => !audited.has(field))).toEqual([]);
    expect([...CATALOGUE_FIELDS].filter((field) => !reachable.has(field))).toEqual([]);
  });
});
