import { fileURLToPath } from 'node:url';
import type { CodegenConfig } from '@graphql-codegen/cli';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Typed documents from the committed schema: every `graphql(…)` call under src/ gets its result
 * and variable types in src/gql/ (src/staff/gql/ for the staff workspace). Run
 * `npm run codegen -w clients/web` after changing a document; a test fails when the generated
 * files are not what this config generates.
 */
/** How both outputs type their documents. */
const output = {
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
    // Only what the documents use: a change elsewhere in the schema leaves the output alone.
    onlyOperationTypes: true,
    scalars: { DateTime: 'string' },
  },
} as const;

/**
 * Three outputs: the citizens' pages use src/gql/, the staff workspace (src/staff/, loaded only by
 * staff) src/staff/gql/, and the online application pages src/pages/applications/gql/. The build
 * turns each `graphql()` call into an import of its one document (vite.config.ts), so a document
 * travels only with the pages that use it.
 */
const config: CodegenConfig = {
  schema: here('../../schema/schema.graphql'),
  ignoreNoDocuments: false,
  generates: {
    [here('./src/gql/')]: {
      ...output,
      documents: [
        here('./src/**/*.{ts,tsx}'),
        `!${here('./src/gql/**')}`,
        `!${here('./src/staff/**')}`,
        `!${here('./src/pages/applications/**')}`,
      ],
    },
    [here('./src/pages/applications/gql/')]: {
      ...output,
      documents: [
        here('./src/pages/applications/**/*.{ts,tsx}'),
        `!${here('./src/pages/applications/gql/**')}`,
      ],
    },
    [here('./src/staff/gql/')]: {
      ...output,
      documents: [here('./src/staff/**/*.{ts,tsx}'), `!${here('./src/staff/gql/**')}`],
    },
  },
};

export default config;
