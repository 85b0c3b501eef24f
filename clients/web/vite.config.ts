import { fileURLToPath } from 'node:url';
import { preact } from '@preact/preset-vite';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { persistedDocumentList } from '../shared/persisted-documents-plugin.js';
import { progressiveWebApp } from './pwa/plugin.js';
import { routes } from './src/lib/routes.js';

// The API server in development (`npm run dev` starts it on this port).
const api = process.env.RATHAUS_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Writes the client's route patterns to dist/routes.json: the server answers 404 for a path
 * that matches none of them (src/server/static-clients.ts), with the same page.
 */
function routeList(): Plugin {
  return {
    name: 'rathaus-route-list',
    generateBundle() {
      const patterns = Object.values(routes);
      for (const pattern of patterns) {
        if (!/^\/([a-z0-9-]+|:[A-Za-z]+)?(\/([a-z0-9-]+|:[A-Za-z]+))*$/.test(pattern)) {
          throw new Error(`Route ${pattern}: the server matches literal and :name segments only.`);
        }
      }
      this.emitFile({
        type: 'asset',
        fileName: 'routes.json',
        source: `${JSON.stringify(patterns, null, 2)}\n`,
      });
    },
  };
}

/**
 * GraphQL Code Generator's `graphql()` looks each document up in one map of every document of its
 * output (src/gql/gql.ts), so every query of every page would travel with the start page. This
 * does what the client preset's Babel plugin does: each `graphql(`…`)` becomes an import of that
 * one document from the output's graphql.ts, which the bundler then tree-shakes per document.
 */
function graphqlDocumentImports(): Plugin {
  const importOfGraphql = /import \{ graphql \} from '(\.{1,2}(?:\/\.\.)*\/gql)';\n/;
  return {
    name: 'rathaus-graphql-document-imports',
    enforce: 'pre',
    transform(code, id) {
      const imported = importOfGraphql.exec(code);
      if (!imported || !/\.tsx?$/.test(id)) return null;
      const names: string[] = [];
      const body = code.replace(/\bgraphql\(\s*`([^`]*)`\s*\)/g, (_call, source: string) => {
        const definition = /\b(query|mutation|subscription|fragment)\s+(\w+)/.exec(source);
        if (!definition) throw new Error(`${id}: a graphql() document without a name`);
        const name = `${definition[2]}${definition[1] === 'fragment' ? 'FragmentDoc' : 'Document'}`;
        names.push(name);
        return `__graphql_${name}`;
      });
      const imports = names.map((name) => `${name} as __graphql_${name}`).join(', ');
      return {
        code: body.replace(imported[0], `import { ${imports} } from '${imported[1]}/graphql';\n`),
        map: null,
      };
    },
  };
}

/**
 * In a build, each operation document of GraphQL Code Generator's outputs keeps only what the app
 * needs once it sends ids (src/lib/api.ts): its id (`__meta__`), and its operation's kind and name
 * for urql. The texts are the server's (dist/persisted-documents.json), so the pages do not carry
 * them; `npm run dev` sends texts and keeps them whole.
 */
function documentsAsIds(): Plugin {
  const operationDocument =
    /^(export const \w+Document = )(\{.*\})( as unknown as DocumentNode<.*)$/gm;
  return {
    name: 'rathaus-documents-as-ids',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/gql\/graphql\.ts$/.test(id)) return null;
      return {
        code: code.replace(operationDocument, (_line, start: string, json: string, end: string) => {
          const document = JSON.parse(json) as {
            __meta__: { hash: string };
            definitions: Array<{ kind: string; operation?: string; name?: unknown }>;
          };
          const operation = document.definitions.find(
            (each) => each.kind === 'OperationDefinition',
          );
          const stub = {
            __meta__: document.__meta__,
            kind: 'Document',
            definitions: [
              {
                kind: 'OperationDefinition',
                operation: operation!.operation,
                name: operation!.name,
                selectionSet: { kind: 'SelectionSet', selections: [] },
              },
            ],
          };
          return `${start}${JSON.stringify(stub)}${end}`;
        }),
        map: null,
      };
    },
  };
}

export default defineConfig(({ mode }) => ({
  plugins: [
    documentsAsIds(),
    graphqlDocumentImports(),
    preact({ reactAliasesEnabled: false }),
    routeList(),
    persistedDocumentList(
      ['src/gql', 'src/staff/gql', 'src/pages/applications/gql'].map((output) =>
        fileURLToPath(new URL(`./${output}/persisted-documents.json`, import.meta.url)),
      ),
    ),
    // The same town name as the pages' (src/lib/town.ts).
    progressiveWebApp(loadEnv(mode, process.cwd(), 'VITE_').VITE_TOWN_NAME || 'Musterstadt'),
  ],
  build: {
    // Phones that are a few years old: Safari 14 (iOS 14) and Chrome 87 understand this output.
    target: ['es2020', 'safari14', 'chrome87', 'firefox78'],
    // scripts/report-size.mjs reads it to find what the start page loads.
    manifest: true,
    // Fonts stay files (cached once), never inlined into the CSS.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
      '^/appointments/[^/]+\\.ics': { target: api },
      '^/forms/[^/]+/validate\\.js': { target: api },
    },
  },
}));
