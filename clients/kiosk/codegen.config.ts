import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

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
      presetConfig: { fragmentMasking: false },
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
