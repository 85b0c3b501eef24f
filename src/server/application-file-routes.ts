import { Router, type Request, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportPersonalData } from '../accounts/personal-data.service.js';
import {
  filesOfApplicant,
  servedFileById,
  type ServedFile,
} from '../applications/application-files.queries.js';
import { verifyFileLink, type FileLinkClaim } from '../applications/file-links.js';
import type { FileStore } from '../applications/file-store.js';
import { authenticate, bearerToken } from '../auth/authenticate.js';
import { insertDataAccess, staffRoleOf } from '../accounts/data-access.service.js';
import { anonymous, worksFor, type AccountPrincipal, type Principal } from '../auth/principal.js';
import { sessionCookieOf } from '../auth/session-cookie.js';
import type { Clock } from '../common/clock.js';
import type { TownSettings } from '../common/use-case.js';
import { AccessChannel, AccessReason } from '../entities/accounts/data-access-log.entity.js';

export type ApplicationFileRouteDependencies = {
  orm: MikroORM;
  clock: Clock;
  settings: TownSettings;
  store: FileStore;
};

/**
 * Who sends the request: the browser's session cookie (a download link opened in a tab), or a
 * bearer token (an app). An invalid credential counts as nobody: the link then opens nothing.
 */
async function principalOf(em: EntityManager, req: Request, now: Date): Promise<Principal> {
  const authentication = await authenticate(
    em,
    { bearer: bearerToken(req.headers.authorization), cookie: sessionCookieOf(req.headers.cookie) },
    now,
  );
  return 'principal' in authentication ? authentication.principal : anonymous;
}

/**
 * Not found, whatever the reason (no such file, a changed or expired link, another viewer): a
 * link must not tell whether the file exists.
 */
function notFound(res: Response): void {
  res.status(404).type('text/plain').setHeader('Cache-Control', 'no-store').send('Not found\n');
}

/** A file for one person: never cached on the way, never sniffed into something executable. */
function sendPrivateFile(res: Response, bytes: Uint8Array, mediaType: string, fileName: string) {
  res
    .status(200)
    .attachment(fileName)
    .type(mediaType)
    .setHeader('X-Content-Type-Options', 'nosniff')
    .setHeader('Cache-Control', 'private, no-store')
    .send(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
}

const KIND_OF_CLAIM: Partial<Record<FileLinkClaim['kind'], ServedFile['kind']>> = {
  document: 'DOCUMENT',
  receipt: 'RECEIPT',
  decision: 'DECISION',
};

/** Whether the account may see the application's files now: its applicant, or its office's staff. */
function maySee(principal: AccountPrincipal, file: ServedFile): boolean {
  return file.applicantId === principal.accountId || worksFor(principal, file.officeId);
}

/** A file name that stays one entry of the archive's folder, whatever the citizen named it. */
function archiveName(fileName: string): string {
  return fileName.replace(/[\\/\p{Cc}]/gu, '_');
}

/**
 * GET /files/<token>: a document, receipt or decision letter of an application, for the viewer
 * the link was signed for, as long as they may still see it (its applicant, or staff of its
 * office). A staff member opening a citizen's document is written to the citizen's data access
 * log before the bytes go out.
 *
 * GET /files/export/<token>: everything Rathaus stores about the signed-in account as one ZIP,
 * `data.json` (what `exportMyData` answers) and the files the account uploaded or received. The
 * link comes from `exportMyData` and opens only for the account it was made for.
 */
export function applicationFileRoutes(deps: ApplicationFileRouteDependencies): Router {
  const router = Router();
  router.get('/files/export/:token', async (req, res) => {
    const now = deps.clock();
    const claim = verifyFileLink(deps.settings.linkSecret, req.params.token, now);
    const em = deps.orm.em.fork();
    const principal = await principalOf(em, req, now);
    if (
      !claim ||
      claim.kind !== 'export' ||
      claim.id !== claim.viewer ||
      principal.kind !== 'account' ||
      principal.accountId !== claim.viewer
    ) {
      notFound(res);
      return;
    }
    const data = await exportPersonalData({
      principal,
      em,
      clock: deps.clock,
      settings: deps.settings,
    });
    const archive: Zippable = { 'data.json': strToU8(JSON.stringify(data, null, 2)) };
    for (const file of await filesOfApplicant(em, principal.accountId)) {
      archive[`files/${file.applicationId}/${file.id}-${archiveName(file.fileName)}`] =
        await deps.store.read(file.storageKey);
    }
    sendPrivateFile(
      res,
      zipSync(archive),
      'application/zip',
      `rathaus-${now.toISOString().slice(0, 10)}.zip`,
    );
  });
  router.get('/files/:token', async (req, res) => {
    const now = deps.clock();
    const claim = verifyFileLink(deps.settings.linkSecret, req.params.token, now);
    const kind = claim && KIND_OF_CLAIM[claim.kind];
    const em = deps.orm.em.fork();
    const principal = await principalOf(em, req, now);
    if (!claim || !kind || principal.kind !== 'account' || principal.accountId !== claim.viewer) {
      notFound(res);
      return;
    }
    const file = await servedFileById(em, kind, claim.id);
    if (!file || !maySee(principal, file)) {
      notFound(res);
      return;
    }
    const bytes = await deps.store.read(file.storageKey);
    if (kind === 'DOCUMENT' && file.applicantId && file.applicantId !== principal.accountId) {
      await insertDataAccess(em, [
        {
          citizenId: file.applicantId,
          subject: `APPLICATION:${file.reference ?? file.applicationId}`,
          actorId: principal.accountId,
          actorRole: staffRoleOf(principal),
          reason: AccessReason.PROCESSING_APPLICATION,
          channel: AccessChannel.HTTP,
          accessedAt: now,
        },
      ]);
    }
    sendPrivateFile(res, bytes, file.mediaType, file.fileName);
  });
  return router;
}
