import { isObjectType } from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { createSchema } from '../../src/resolvers/schema.js';

// Object types declared with `simpleResolvers: true` (src/resolvers/common/connection.ts, the
// inbox's types) have their fields read by graphql's default resolver: type-graphql then wraps
// them in nothing, so an @Authorized or @UseMiddleware on such a field would be skipped silently,
// and a field named in the schema otherwise than its property would read the wrong property.

type Target = abstract new (...args: never[]) => unknown;

/** The class and the classes it extends. */
function lineage(target: Target): Target[] {
  const classes: Target[] = [];
  for (
    let current: unknown = target;
    typeof current === 'function' && current !== Function.prototype;
    current = Object.getPrototypeOf(current)
  ) {
    classes.push(current as Target);
  }
  return classes;
}

/** The roles and middlewares that type-graphql would apply to the field of one of these classes. */
function guardsOf(classes: readonly Target[], fieldName: string): string[] {
  const storage = getMetadataStorage();
  const on = (target: object) => classes.includes(target as Target);
  return [
    ...storage.authorizedFields
      .filter((field) => on(field.target) && field.fieldName === fieldName)
      .map((field) => `@Authorized(${field.roles.join(', ')})`),
    ...storage.authorizedResolver
      .filter((resolver) => on(resolver.target))
      .map(() => '@Authorized on the class'),
    ...storage.middlewares
      .filter((middleware) => on(middleware.target) && middleware.fieldName === fieldName)
      .map(() => '@UseMiddleware'),
    ...storage.resolverMiddlewares
      .filter((middleware) => on(middleware.target))
      .map(() => '@UseMiddleware on the class'),
  ];
}

it('leaves no field with roles, middlewares or another name to graphql’s default resolver', async () => {
  const schema = await createSchema();
  const storage = getMetadataStorage();
  const unguarded: string[] = [];
  let defaultResolved = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const classes = storage.objectTypes
      .filter((objectType) => objectType.name === type.name)
      .flatMap((objectType) => lineage(objectType.target as Target));
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      defaultResolved += 1;
      const guards = guardsOf(classes, field.name);
      if (guards.length > 0) unguarded.push(`${type.name}.${field.name}: ${guards.join(', ')}`);
      const renamed = storage.fields.filter(
        (declared) =>
          classes.includes(declared.target as Target) &&
          declared.schemaName === field.name &&
          declared.name !== field.name,
      );
      if (renamed.length > 0) unguarded.push(`${type.name}.${field.name}: renamed`);
    }
  }
  expect(unguarded).toEqual([]);
  // The walk sees the types with simple resolvers, and the lookup finds roles where they are.
  expect(defaultResolved).toBeGreaterThan(20);
  const { MessagingResolver } = await import('../../src/resolvers/messaging/messaging.resolver.js');
  expect(guardsOf([MessagingResolver], 'inbox')).toEqual([
    expect.stringMatching(/^@Authorized\(.+\)$/),
  ]);
});
