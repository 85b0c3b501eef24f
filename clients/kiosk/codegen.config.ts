import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { urqlTypenames } from '../shared/src/codegen-typenames.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Typed documents from the committed schema: every `graphql(…)` call under src/ gets its result
 * and variable types in src/gql/. Run `npm run codegen -w clients/kiosk` after changing a document;
 * a test fails when src/gql/ is not what this config generates.
 */
const config: CodegenConfig = {
  schema: here('../../schema/schema.graphql'),
  documents: [here('./src/**/*.{ts,tsx}'), `!${here('./src/gql/**')}`],
  ignoreNoDocuments: false,
  generates: {
    [here('./src/gql/')]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        // Each document gets its id (`__meta__.hash`, the hex SHA-256 of its text, as Apollo's
        // persisted queries name it) and persisted-documents.json lists id and text; the build
        // gives the server the list, and the app sends ids (docs/decisions/0030-trusted-documents.md).
        persistedDocuments: {
          hashAlgorithm: (text: string) => createHash('sha256').update(text).digest('hex'),
        },
      },
      // The listed texts ask for `__typename` where urql's cache needs it
      // (../shared/src/codegen-typenames.ts).
      documentTransforms: [urqlTypenames],
      config: {
        useTypeImports: true,
        // Enums as objects whose values are their names (and a union type of the same name), so
        // that the client compares codes with `BookAppointmentErrorCode.SLOT_TAKEN`: a code
        // renamed in the schema breaks the build instead of silently never matching.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        skipTypename: true,
        // Only what the documents use: a change elsewhere in the schema leaves src/gql/ alone.
        onlyOperationTypes: true,
        scalars: { DateTime: 'string' },
      },
    },
  },
};

export default config;
