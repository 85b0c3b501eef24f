import { printSchema } from 'graphql';
import { createSchema } from './schema.js';

export const SCHEMA_FILE = 'schema/schema.graphql';

/** The schema as committed in schema/schema.graphql, in the order the code declares it. */
export async function schemaSdl(): Promise<string> {
  const schema = await createSchema();
  return (
    '# The Rathaus GraphQL API. Generated from the resolvers by `npm run schema`; do not edit.\n\n' +
    `${printSchema(schema)}\n`
  );
}
