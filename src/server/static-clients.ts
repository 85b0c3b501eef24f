import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

/** The project root, from src/server (tests) and dist/server (build) alike. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Paths the server answers itself; everything else under a client belongs to its router. */
const SERVER_PATHS = /^\/(graphql|graphiql|healthz|readyz|appointments\/[^/]+\.ics|feeds\/)/;

/** A route pattern of a client as segments: literals, and `:name` for any one segment. */
type RoutePattern = string[];

/**
 * The client's routes, as its build lists them in routes.json (clients/web/vite.config.ts);
 * null for a build without the list, whose router then decides alone.
 */
function readRoutes(directory: string): RoutePattern[] | null {
  const file = join(directory, 'routes.json');
  if (!existsSync(file)) return null;
  const patterns = JSON.parse(readFileSync(file, 'utf8')) as string[];
  return patterns.map((pattern) => pattern.split('/').filter(Boolean));
}

/** Whether a path is one of the client's pages, as its router (preact-iso) matches them. */
function isRoute(path: string, routes: RoutePattern[]): boolean {
  const segments = path.split('/').filter(Boolean);
  return routes.some(
    (route) =>
      route.length === segments.length &&
      route.every((part, index) => part.startsWith(':') || part === segments[index]),
  );
}

/**
 * Serves a built client (Vite output in clients/<name>/dist) at `mount`: its files with long
 * caching for hashed assets, and index.html for every other GET so that client-side routes work
 * on reload. A path that is none of the client's routes gets the same page with status 404 (the
 * client shows "page not found"), so that search engines and link checkers learn it is gone.
 * Without a build, a short page says how to make one.
 */
export function staticClient(name: 'web' | 'kiosk', mount: string): Router {
  const directory = join(ROOT, 'clients', name, 'dist');
  const router = Router();
  // Read once the build is there: a server that started before `npm run build` still finds it.
  let routes: RoutePattern[] | null | undefined;
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
    routes ??= readRoutes(directory);
    const clientPath = mount === '/' ? req.path : req.path.slice(mount.length);
    if (routes && !isRoute(clientPath, routes)) res.status(404);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
