import { fileURLToPath } from 'node:url';
import { createHash } from 'node:crypto';
import type { CodegenConfig } from '@graphql-codegen/cli';
import { urqlTypenames } from '../shared/src/codegen-typenames.js';

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
  documentTransforms: [urqlTypenames] as Array<typeof urqlTypenames>,
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
