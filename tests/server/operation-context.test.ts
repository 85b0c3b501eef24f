import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../../src/applications/file-store.js';
import { anonymous } from '../../src/auth/principal.js';
import { createRateLimits } from '../../src/auth/rate-limits.js';
import { OperationContext, type ContextServices } from '../../src/server/operation-context.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Issue #23: Apollo Server copies each HTTP request's context with Object.assign, which called
// every getter of the object, and so made the EntityManager, the two dozen loaders and the
// caller's limits for every request, freeSlots's too, which uses none of the loaders.

let server: TestServer;
let services: ContextServices;
let forks = 0;

beforeAll(async () => {
  server = await startTestServer();
  const { orm } = server;
  services = {
    // The server's ORM, with its forks counted.
    orm: Object.assign(Object.create(orm) as typeof orm, {
      em: Object.assign(Object.create(orm.em) as typeof orm.em, {
        fork: () => {
          forks += 1;
          return orm.em.fork();
        },
      }),
    }),
    clock: server.clock.now,
    bus: server.bus,
    limits: createRateLimits({ redisUrl: null, namespace: 'operation-context-test' }),
    settings: {
      ...server.townSettings,
      rateLimitFactor: 1,
      webhookAllowedHosts: [],
      identityProvider: null,
    },
    files: new FileStore(mkdtempSync(join(tmpdir(), 'operation-context-'))),
    catalogueChanged: () => undefined,
    localDate: () => '2026-12-07',
  };
});

afterAll(async () => {
  await services.limits.close();
  await server.close();
});

/** The copy Apollo Server makes of every HTTP request's context (its cloneObject). */
function apolloCopy<T extends object>(context: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(context) as object) as T, context);
}

it("makes the EntityManager and the loaders on first use, in Apollo's copy too", () => {
  // Given a context without an EntityManager yet, copied as Apollo Server copies it
  forks = 0;
  const context = new OperationContext(services, 'r-1', 'de', anonymous, '127.0.0.1', null, null);
  const copy = apolloCopy(context);

  // Then copying made nothing
  expect(forks).toBe(0);
  expect(copy.lang).toBe('DE');
  expect(copy.requestId).toBe('r-1');

  // When the copy's loaders and use cases' context are asked for, again and again
  const loaders = copy.loaders;
  const useCase = copy.useCase;

  // Then they are made once, on one EntityManager, the copy's
  expect(copy.loaders).toBe(loaders);
  expect(copy.useCase).toBe(useCase);
  expect(useCase.em).toBe(copy.em);
  expect(useCase.dataAccess).toBe(copy.dataAccess);
  expect(forks).toBe(1);
});

it('keeps the EntityManager it is given (the one that authenticated the request)', () => {
  forks = 0;
  const em = server.orm.em.fork();
  const copy = apolloCopy(
    new OperationContext(services, 'r-2', undefined, anonymous, '127.0.0.1', em, null),
  );
  expect(copy.em).toBe(em);
  expect(copy.useCase.em).toBe(em);
  expect(forks).toBe(0);
  // A fresh one is another
  expect(copy.forkEm()).not.toBe(em);
  expect(forks).toBe(1);
});
