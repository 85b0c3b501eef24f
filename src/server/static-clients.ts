import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

/** The project root, from src/server (tests) and dist/server (build) alike. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Paths the server answers itself; everything else under a client belongs to its router. */
const SERVER_PATHS = /^\/(graphql|graphiql|healthz|readyz|appointments\/[^/]+\.ics|feeds\/)/;

/**
 * Serves a built client (Vite output in clients/<name>/dist) at `mount`: its files with long
 * caching for hashed assets, and index.html for every other GET so that client-side routes work
 * on reload. Without a build, a short page says how to make one.
 */
export function staticClient(name: 'web' | 'kiosk', mount: string): Router {
  const directory = join(ROOT, 'clients', name, 'dist');
  const router = Router();
  router.use(
    mount,
    express.static(directory, {
      index: false,
      setHeaders(res, path) {
        res.setHeader(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    }),
  );
  router.get(`${mount === '/' ? '' : mount}{*path}`, (req, res, next) => {
    if (SERVER_PATHS.test(req.path) || !req.accepts('html')) return next();
    const index = join(directory, 'index.html');
    if (!existsSync(index)) {
      res
        .status(503)
        .type('text/plain')
        .send(`The ${name} client is not built yet: run \`npm run build\`.\n`);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
