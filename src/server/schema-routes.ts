import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Router, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { printSdl } from '../resolvers/schema-sdl.js';

/** The schema changelog, from src/server (tests) and dist/server (build) alike. */
const CHANGELOG_FILE = fileURLToPath(new URL('../../schema/CHANGELOG.md', import.meta.url));

function sendText(res: Response, type: string, text: string): void {
  res
    .status(200)
    .type(`${type}; charset=utf-8`)
    .setHeader('Cache-Control', 'public, max-age=300')
    .setHeader('Access-Control-Allow-Origin', '*')
    .send(text);
}

/**
 * GET /schema.graphql: the SDL, printed from the schema this server runs (so it is what
 * `npm run schema` commits and cannot drift from it), for codegen and other tools of developers.
 * GET /schema/CHANGELOG.md: what changed in the API and what is deprecated until when. Both public
 * and open to other origins, as the feeds are; the developers' page links them.
 */
export function schemaRoutes(schema: GraphQLSchema) {
  // Printed on the first request, not at start: few servers are ever asked.
  let sdl: string | undefined;
  const changelog = readFileSync(CHANGELOG_FILE, 'utf8');
  const router = Router();
  router.get('/schema.graphql', (_req, res) =>
    sendText(res, 'text/plain', (sdl ??= printSdl(schema))),
  );
  router.get('/schema/CHANGELOG.md', (_req, res) => sendText(res, 'text/markdown', changelog));
  return router;
}
