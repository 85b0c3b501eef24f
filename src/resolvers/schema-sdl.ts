import { printSchema, type GraphQLSchema } from 'graphql';
import { createSchema } from './schema.js';

export const SCHEMA_FILE = 'schema/schema.graphql';

/** The SDL of a schema as schema/schema.graphql holds it: a comment line, then the types. */
export function printSdl(schema: GraphQLSchema): string {
  return (
    '# The Rathaus GraphQL API. Generated from the resolvers by `npm run schema`; do not edit.\n\n' +
    `${printSchema(schema)}\n`
  );
}

/** The schema as committed in schema/schema.graphql, in the order the code declares it. */
export async function schemaSdl(): Promise<string> {
  return printSdl(await createSchema());
}
