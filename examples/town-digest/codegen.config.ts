import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => new URL(path, import.meta.url).pathname;

/**
 * Types for the documents in src/*.graphql from Rathaus's published schema, in one file that
 * Node runs as it is (no enums, no imports but types): `npm run codegen` after changing a
 * document. RATHAUS_SCHEMA may name a running town hall's `/schema.graphql` instead of the
 * repository's copy.
 */
const config: CodegenConfig = {
  schema: process.env.RATHAUS_SCHEMA ?? here('../../schema/schema.graphql'),
  documents: here('./src/*.graphql'),
  generates: {
    [here('./src/generated.ts')]: {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        // The documents as typed strings: sent as they are, without a GraphQL library at run time.
        documentMode: 'string',
        useTypeImports: true,
        skipTypename: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
