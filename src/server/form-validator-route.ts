import { Router } from 'express';
import type { MikroORM } from '@mikro-orm/postgresql';
import { formCheckModule } from '../applications/application-form.service.js';
import { uuidOf } from '../resolvers/common/global-id.js';

/** A form version's check never changes: browsers keep it for a year without asking again. */
const FOREVER = 'public, max-age=31536000, immutable';

/**
 * GET /forms/<ApplicationForm ID>/validate.js: the answers check of a form version as an ES module
 * (src/applications/form-validator-module.ts), which the web client imports to show problems as
 * the citizen types. From the site's own origin, so its Content Security Policy
 * (script-src 'self') lets it run. Anything else is 404.
 */
export function formValidatorRoute(orm: MikroORM) {
  const router = Router();
  router.get('/forms/:formId/validate.js', async (req, res) => {
    const formId = uuidOf(req.params.formId, 'ApplicationForm');
    const code = formId && (await formCheckModule({ em: orm.em.fork() }, formId));
    if (!code) {
      res.status(404).type('text/plain').send('Not found\n');
      return;
    }
    res.type('text/javascript; charset=utf-8').setHeader('Cache-Control', FOREVER).send(code);
  });
  return router;
}
