import { fileURLToPath } from 'node:url';
import { preact } from '@preact/preset-vite';
import { defineConfig, type Plugin } from 'vite';
import { persistedDocumentList } from '../shared/persisted-documents-plugin.js';
import { routes } from './src/routes.js';

// The API server in development.
const api = process.env.RATHAUS_API_URL ?? 'http://127.0.0.1:3000';

/**
 * Writes the client's route patterns to dist/routes.json: the server answers 404 for a path
 * under /kiosk that matches none of them (src/server/static-clients.ts), with the same page.
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

export default defineConfig({
  base: '/kiosk/',
  plugins: [
    preact({ reactAliasesEnabled: false }),
    routeList(),
    persistedDocumentList([
      fileURLToPath(new URL('./src/gql/persisted-documents.json', import.meta.url)),
    ]),
  ],
  build: {
    // The lobby's screens run a current Chromium; the same targets as the web client anyway.
    target: ['es2020', 'safari14', 'chrome87', 'firefox78'],
    // Fonts stay files, never inlined into the CSS.
    assetsInlineLimit: 0,
    rolldownOptions: {
      // The shared API client loads the live connection on demand, for the web client's sake;
      // the kiosk imports it at once (its socket is always open), which makes that import
      // ineffective here, as intended.
      checks: { ineffectiveDynamicImport: false },
    },
  },
  server: {
    proxy: {
      '/graphql': { target: api, ws: true },
    },
  },
});
