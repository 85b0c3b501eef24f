import { preact } from '@preact/preset-vite';
import { defineConfig, loadEnv, type Plugin } from 'vite';
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

export default defineConfig(({ mode }) => ({
  plugins: [
    preact({ reactAliasesEnabled: false }),
    routeList(),
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
    },
  },
}));
