import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { Router, type Request } from 'express';

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

/** A client route that a path matched: its pattern as the client writes it, and its parameters. */
type RouteMatch = { pattern: string; params: Record<string, string> };

/**
 * The first of the client's routes that the path matches, as its router (preact-iso) matches
 * them; null when it is none of the client's pages, or a segment is no valid percent-encoding.
 */
function matchRoute(path: string, routes: RoutePattern[]): RouteMatch | null {
  const segments = path.split('/').filter(Boolean);
  try {
    for (const route of routes) {
      if (route.length !== segments.length) continue;
      const params: Record<string, string> = {};
      const matches = route.every((part, index) => {
        const segment = segments[index]!;
        if (!part.startsWith(':')) return part === segment;
        params[part.slice(1)] = decodeURIComponent(segment);
        return true;
      });
      if (matches) return { pattern: `/${route.join('/')}`, params };
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * Checks of route parameters that name public things, by parameter name: an address whose thing
 * does not exist is no page either (a service that never was, or was removed).
 */
export type ParameterChecks = Record<string, (value: string) => Promise<boolean>>;

async function passesChecks(match: RouteMatch, checks: ParameterChecks): Promise<boolean> {
  for (const [name, value] of Object.entries(match.params)) {
    const check = checks[name];
    if (check && !(await check(value))) return false;
  }
  return true;
}

/**
 * Structured data (schema.org JSON-LD) for search engines, by route pattern: what the page at that
 * route is about, written into its HTML; null for none.
 */
export type StructuredData = Record<
  string,
  (params: Record<string, string>, req: Request) => Promise<object | null>
>;

/** The page with the JSON-LD in its head; `<` is escaped, so no text can end the script early. */
function withStructuredData(html: string, data: object): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return html.replace('</head>', `<script type="application/ld+json">${json}</script></head>`);
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
  {
    checks = {},
    structuredData = {},
  }: { checks?: ParameterChecks; structuredData?: StructuredData } = {},
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
    const match = routes && matchRoute(clientPath, routes);
    const isPage = !routes || (!!match && (await passesChecks(match, checks)));
    if (!isPage) res.status(404);
    res.setHeader('Cache-Control', 'no-cache');
    const describe = isPage && match ? structuredData[match.pattern] : undefined;
    const data = describe ? await describe(match!.params, req) : null;
    if (data) {
      res.type('html').send(withStructuredData(readFileSync(index, 'utf8'), data));
      return;
    }
    res.sendFile(index);
  });
  return router;
}
