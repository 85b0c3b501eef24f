import { preact } from '@preact/preset-vite';
import { defineConfig } from 'vite';

// The API server in development (`npm run dev` starts it on this port).
const api = process.env.RATHAUS_API_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [preact({ reactAliasesEnabled: false })],
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
});
