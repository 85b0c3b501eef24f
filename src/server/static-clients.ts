import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router } from 'express';

/** The project root, from src/server (tests) and dist/server (build) alike. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Paths the server answers itself; everything else under a client belongs to its router. */
const SERVER_PATHS =
  /^\/(graphql|graphiql|healthz|readyz|appointments\/[^/]+\.ics|feeds\/|files\/)/;

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

/**
 * The parameters of the first of the client's routes that the path matches, as its router
 * (preact-iso) matches them; null when it is none of the client's pages.
 */
function matchRoute(path: string, routes: RoutePattern[]): Record<string, string> | null {
  const segments = path.split('/').filter(Boolean);
  for (const route of routes) {
    if (route.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = route.every((part, index) => {
      const segment = segments[index]!;
      if (!part.startsWith(':')) return part === segment;
      params[part.slice(1)] = decodeURIComponent(segment);
      return true;
    });
    if (matches) return params;
  }
  return null;
}

/**
 * Checks of route parameters that name public things, by parameter name: an address whose thing
 * does not exist is no page either (a service that never was, or was removed).
 */
export type ParameterChecks = Record<string, (value: string) => Promise<boolean>>;

async function isPage(
  path: string,
  routes: RoutePattern[],
  checks: ParameterChecks,
): Promise<boolean> {
  let params: Record<string, string> | null;
  try {
    params = matchRoute(path, routes);
  } catch {
    return false; // A segment that is no valid percent-encoding.
  }
  if (!params) return false;
  for (const [name, value] of Object.entries(params)) {
    const check = checks[name];
    if (check && !(await check(value))) return false;
  }
  return true;
}

/**
 * Serves a built client (Vite output in clients/<name>/dist) at `mount`: its files with long
 * caching for hashed assets, and index.html for every other GET so that client-side routes work
 * on reload. A path that is none of the client's routes gets the same page with status 404 (the
 * client shows "page not found"), so that search engines and link checkers learn it is gone; so
 * does a route whose parameter fails its check (`checks`). Without a build, a short page says how
 * to make one.
 */
export function staticClient(
  name: 'web' | 'kiosk',
  mount: string,
  checks: ParameterChecks = {},
): Router {
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
  router.get(`${mount === '/' ? '' : mount}{*path}`, async (req, res, next) => {
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
    if (routes && !(await isPage(clientPath, routes, checks))) res.status(404);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return router;
}
