import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Router } from 'express';
import { GRAPHIQL_CLIENT } from './trusted-documents.js';

// GraphiQL, the API explorer for developers, at /graphiql: served from this server's own
// packages (React and GraphiQL's prebuilt browser bundles), so that nothing loads from other hosts.

const require = createRequire(import.meta.url);

function packageFile(name: string, file: string): string {
  return join(dirname(require.resolve(`${name}/package.json`)), file);
}

const GRAPHIQL_VERSION = (
  JSON.parse(readFileSync(packageFile('graphiql', 'package.json'), 'utf8')) as { version: string }
).version;

/** The files of the page, under a path that changes with GraphiQL's version (kept a year). */
const ASSETS = new Map<string, { path: string; type: string }>([
  ['react.js', { path: packageFile('react', 'umd/react.production.min.js'), type: 'js' }],
  [
    'react-dom.js',
    { path: packageFile('react-dom', 'umd/react-dom.production.min.js'), type: 'js' },
  ],
  ['graphiql.js', { path: packageFile('graphiql', 'graphiql.min.js'), type: 'js' }],
  ['graphiql.css', { path: packageFile('graphiql', 'graphiql.min.css'), type: 'css' }],
]);

const DEFAULT_QUERY = `# The GraphQL API of Rathaus.
# Documentation: the book icon on the left.
# Run with the play button or Ctrl+Enter.
# Calls with an API key need a header
# (Headers, below):
# { "Authorization": "Bearer <API key>" }
# Every answer tells its cost in
# extensions.cost: a request may cost
# 10000 points at most, a caller
# 50000 a minute (by default; see the
# descriptions of freeSlots, services).

query Offices {
  offices {
    name
    address { street postalCode city }
    openingHours { weekday opens closes }
  }
}
`;

/** Starts GraphiQL on the page, for this server's /graphql over HTTP and WebSocket. */
const START = `(() => {
  const url = new URL('/graphql', location.href).toString();
  // Marked as GraphiQL's: the server refuses document texts from the clients' pages otherwise
  // (src/server/trusted-documents.ts).
  const fetcher = GraphiQL.createFetcher({
    url,
    subscriptionUrl: url.replace(/^http/, 'ws'),
    headers: { '${GRAPHIQL_CLIENT.header}': '${GRAPHIQL_CLIENT.value}' },
    wsConnectionParams: { client: '${GRAPHIQL_CLIENT.value}' },
  });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, {
      fetcher,
      defaultQuery: ${JSON.stringify(DEFAULT_QUERY)},
      defaultEditorToolsVisibility: true,
    }),
  );
})();
`;

/** The page's own layout; a file, as the Content Security Policy allows no inline styles. */
const PAGE_CSS = 'body { margin: 0; }\n#graphiql { height: 100vh; }\n';

function page(assets: string): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Rathaus GraphQL API</title>
    <link rel="stylesheet" href="${assets}/graphiql.css" />
    <link rel="stylesheet" href="${assets}/page.css" />
  </head>
  <body>
    <div id="graphiql"><p>Loading GraphiQL …</p></div>
    <script src="${assets}/react.js"></script>
    <script src="${assets}/react-dom.js"></script>
    <script src="${assets}/graphiql.js"></script>
    <script src="${assets}/start.js"></script>
  </body>
</html>
`;
}

export function graphiqlRoutes(): Router {
  const router = Router();
  const assets = `/graphiql/${GRAPHIQL_VERSION}`;
  router.get('/graphiql', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.type('html').send(page(assets));
  });
  router.get(`${assets}/start.js`, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type('js').send(START);
  });
  router.get(`${assets}/page.css`, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type('css').send(PAGE_CSS);
  });
  router.get(`${assets}/:file`, (req, res, next) => {
    const asset = ASSETS.get(req.params.file);
    if (!asset) return next();
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(asset.type).sendFile(asset.path);
  });
  return router;
}
