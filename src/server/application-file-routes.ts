import { Router, type Request, type Response } from 'express';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { exportPersonalData } from '../accounts/personal-data.service.js';
import {
  documentTotalsOf,
  filesOfApplicant,
  servedFileById,
  type ServedFile,
} from '../applications/application-files.queries.js';
import { applicationSideOf, addApplicationDocument } from '../applications/application.service.js';
import {
  documentLimitPassed,
  documentMayBeAdded,
  MAX_APPLICATION_BYTES,
  MAX_FILES_PER_APPLICATION,
  MAX_FILES_PER_REQUIREMENT,
} from '../applications/application-rules.js';
import { ApplicationErrorCode } from '../applications/application.errors.js';
import { applicationById } from '../applications/application.queries.js';
import { verifyFileLink, type FileLinkClaim } from '../applications/file-links.js';
import { MAX_DOCUMENT_BYTES } from '../applications/form-definition.js';
import { checkUpload } from '../applications/upload-check.js';
import { verifyUploadTicket } from '../applications/upload-tickets.js';
import type { RateLimits } from '../auth/rate-limits.js';
import { DomainError } from '../common/domain-error.js';
import { languageFromHeader } from '../common/language.js';
import type { EventBus } from '../realtime/event-bus.js';
import { translate, type MessageParams } from '../i18n/messages.js';
import { readLimitedBody } from './limited-body.js';
import type { FileStore } from '../applications/file-store.js';
import type { Logger } from './logger.js';
import { isStorageFull } from './storage-full.js';
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
  bus: EventBus;
  settings: TownSettings & { rateLimitFactor: number };
  store: FileStore;
  limits: RateLimits;
  logger: Logger;
};

/** Uploads per account and hour: a whole application twice over, then a pause. */
const UPLOADS_PER_HOUR = 2 * MAX_FILES_PER_APPLICATION;

type UploadCode =
  | 'EMPTY'
  | 'TOO_LARGE'
  | 'TYPE_NOT_ALLOWED'
  | 'CONTENT_MISMATCH'
  | 'TOO_MANY_FILES'
  | 'TOTAL_TOO_LARGE'
  | 'EXPIRED'
  | 'NOT_ALLOWED'
  | 'RATE_LIMITED'
  | 'STORAGE_FULL';

const STATUS_OF: Record<UploadCode, number> = {
  EMPTY: 400,
  TOO_LARGE: 413,
  TYPE_NOT_ALLOWED: 415,
  CONTENT_MISMATCH: 415,
  TOO_MANY_FILES: 409,
  TOTAL_TOO_LARGE: 413,
  EXPIRED: 403,
  NOT_ALLOWED: 403,
  RATE_LIMITED: 429,
  STORAGE_FULL: 507,
};

/** The file system of DATA_DIR/files is full, or the process's quota on it used up. */
const isDiskFull = (error: unknown) =>
  ['ENOSPC', 'EDQUOT'].includes((error as NodeJS.ErrnoException)?.code ?? '');

const MB = 1024 * 1024;

/**
 * Who sends the request: the browser's session cookie (a download link opened in a tab), or a
 * bearer token (an app). An invalid credential counts as nobody: the link then opens nothing.
 */
async function principalOf(em: EntityManager, req: Request, now: Date): Promise<Principal> {
  const authentication = await authenticate(
    () => em,
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

/** The refusal of an upload as JSON {code, message}, the message in the request's language. */
function refuseUpload(
  req: Request,
  res: Response,
  code: UploadCode,
  params: MessageParams = {},
): void {
  const lang = languageFromHeader(req.headers['accept-language']);
  // A body not read to its end is not drained either: the connection closes after the answer.
  if (!req.complete) res.setHeader('Connection', 'close');
  res
    .status(STATUS_OF[code])
    .setHeader('Cache-Control', 'no-store')
    .json({ code, message: translate(lang, `upload.${code}`, params) });
}

/** The refusal of an upload for a limit of the application, naming the limit. */
function refuseLimit(
  req: Request,
  res: Response,
  code: 'TOO_MANY_FILES' | 'TOTAL_TOO_LARGE',
): void {
  refuseUpload(
    req,
    res,
    code,
    code === 'TOO_MANY_FILES'
      ? { perRequirement: MAX_FILES_PER_REQUIREMENT, perApplication: MAX_FILES_PER_APPLICATION }
      : { maxMb: MAX_APPLICATION_BYTES / MB },
  );
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
  router.put('/files/uploads/:ticket', async (req, res) => {
    const now = deps.clock();
    const ticket = verifyUploadTicket(deps.settings.linkSecret, req.params.ticket, now);
    if (!ticket) {
      refuseUpload(req, res, 'EXPIRED');
      return;
    }
    const em = deps.orm.em.fork();
    const principal = await principalOf(em, req, now);
    if (principal.kind !== 'account' || principal.accountId !== ticket.uploader) {
      refuseUpload(req, res, 'NOT_ALLOWED');
      return;
    }
    const limiter = deps.limits.limiter('application upload', {
      points: UPLOADS_PER_HOUR * deps.settings.rateLimitFactor,
      durationSeconds: 3600,
    });
    const allowance = await limiter.consume(principal.accountId);
    if (!allowance.allowed) {
      res.setHeader('Retry-After', String(allowance.retryAfterSeconds));
      refuseUpload(req, res, 'RATE_LIMITED');
      return;
    }
    const application = await applicationById(em, ticket.applicationId, { lock: false });
    const side = application && applicationSideOf(principal, application);
    const requirement = application?.definition.documents.find(
      (known) => known.key === ticket.requirement,
    );
    if (!application || !side || !documentMayBeAdded(application.status, side) || !requirement) {
      refuseUpload(req, res, 'NOT_ALLOWED');
      return;
    }
    // Refused before the bytes are read; addApplicationDocument counts again under its lock.
    const totals = await documentTotalsOf(em, application.id, requirement.key);
    if (documentLimitPassed(totals, 0) === 'TOO_MANY_FILES') {
      refuseLimit(req, res, 'TOO_MANY_FILES');
      return;
    }
    const maxBytes = Math.min(requirement.maxBytes, MAX_DOCUMENT_BYTES);
    const tooLarge = { maxMb: Math.floor((maxBytes / MB) * 10) / 10 };
    const body = await readLimitedBody(req, maxBytes);
    if (!body) {
      refuseUpload(req, res, 'TOO_LARGE', tooLarge);
      return;
    }
    const checked = await checkUpload(body, req.headers['content-type'] ?? '', {
      mediaTypes: requirement.mediaTypes,
      maxBytes,
    });
    if ('code' in checked) {
      refuseUpload(req, res, checked.code, {
        ...tooLarge,
        types: requirement.mediaTypes.join(', '),
      });
      return;
    }
    if (documentLimitPassed(totals, body.byteLength)) {
      refuseLimit(req, res, 'TOTAL_TOO_LARGE');
      return;
    }
    try {
      // The store writes to a temporary file and renames it when complete: a full disk leaves no
      // part of the file, and no row is written. No row, no file: a refused or failed upload
      // leaves nothing behind.
      const document = await deps.store.putAndRecord(body, (stored) =>
        addApplicationDocument(
          { principal, em, clock: deps.clock, bus: deps.bus },
          {
            applicationId: application.id,
            requirement: requirement.key,
            file: stored,
            fileName: ticket.fileName,
            mediaType: checked.mediaType,
            uploadedBy: principal.accountId,
          },
        ),
      );
      res
        .status(201)
        .setHeader('Cache-Control', 'no-store')
        .json({
          document: {
            id: document.id,
            fileName: document.fileName,
            mediaType: document.mediaType,
            size: document.size,
          },
        });
    } catch (error) {
      // The file did not fit, or it did and its row did not: the database's disk is full (the
      // embedded one shares DATA_DIR with the files).
      if (isDiskFull(error) || isStorageFull(error)) {
        deps.logger.error(
          { err: error, size: body.byteLength },
          'upload refused: the disk is full',
        );
        refuseUpload(req, res, 'STORAGE_FULL');
        return;
      }
      if (error instanceof DomainError) {
        if (
          error.code === ApplicationErrorCode.TOO_MANY_FILES ||
          error.code === ApplicationErrorCode.TOTAL_TOO_LARGE
        ) {
          refuseLimit(req, res, error.code);
        } else {
          refuseUpload(req, res, 'NOT_ALLOWED');
        }
        return;
      }
      throw error;
    }
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
