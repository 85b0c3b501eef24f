import type { EntityManager } from '@mikro-orm/postgresql';
import { worksFor } from '../auth/principal.js';
import { DomainError } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import {
  ApplicationEventKind,
  ApplicationStatus,
} from '../entities/applications/application-status.js';
import type { EventBus } from '../realtime/event-bus.js';
import { ApplicationErrorCode } from './application.errors.js';
import { documentTotalsOf } from './application-files.queries.js';
import {
  applicationAwaitingAnswer,
  applicationById,
  insertDocument,
  insertEvent,
  setStatus,
  touch,
  type DocumentRecord,
} from './application.queries.js';
import {
  documentLimitPassed,
  documentMayBeAdded,
  statusAfterDocument,
  type ApplicationSide,
} from './application-rules.js';
import type { StoredFile } from './file-store.js';

export type { DocumentRecord };

/** What the application use cases that change an application use of their context. */
type Writing = Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>;

function notFound(field = 'applicationId'): DomainError {
  return new DomainError(ApplicationErrorCode.NOT_FOUND, 'error.applicationNotFound', [field]);
}

/** Which side of the application the caller is on, or null when it is none of theirs. */
export function applicationSideOf(
  principal: UseCaseContext['principal'],
  application: { applicantId: string | null; officeId: string },
): ApplicationSide | null {
  if (principal.kind !== 'account') return null;
  if (application.applicantId !== null && principal.accountId === application.applicantId) {
    return 'CITIZEN';
  }
  return worksFor(principal, application.officeId) ? 'STAFF' : null;
}

/** An application whose status or content changed, to be told to subscribers after the commit. */
export type ApplicationChange = { id: string; officeId: string; status: ApplicationStatus };

/** Tells the application's subscribers and its office's work queue; call after the commit. */
export function publishApplicationChanged(bus: EventBus, application: ApplicationChange): void {
  const event = { applicationId: application.id, status: application.status };
  bus.publish('applicationUpdated', application.id, event);
  bus.publish('officeApplicationsChanged', application.officeId, event);
}

/**
 * Files an uploaded document (its bytes already in the FileStore) with an application: the caller
 * must be `uploadedBy`, the applicant or staff of the application's office, the status must allow
 * it and the form must ask for the requirement. The citizen's upload while the office waits for
 * an answer sends the case back to the clerk (IN_REVIEW) in the same transaction.
 */
export async function addApplicationDocument(
  ctx: Writing,
  input: {
    applicationId: string;
    requirement: string;
    file: StoredFile;
    fileName: string;
    mediaType: string;
    uploadedBy: string;
  },
): Promise<DocumentRecord> {
  const { principal } = ctx;
  if (principal.kind !== 'account' || principal.accountId !== input.uploadedBy) throw notFound();
  const now = ctx.clock();
  const { document, changed } = await ctx.em.transactional(async (tx) => {
    const application = await applicationById(tx, input.applicationId, {
      lock: true,
    });
    const side = application ? applicationSideOf(principal, application) : null;
    if (!application || !side) throw notFound();
    if (!documentMayBeAdded(application.status, side)) {
      throw new DomainError(
        ApplicationErrorCode.NOT_ALLOWED,
        'error.applicationDocumentNotAllowed',
        ['applicationId'],
      );
    }
    if (!application.definition.documents.some((known) => known.key === input.requirement)) {
      throw new DomainError(
        ApplicationErrorCode.INVALID_INPUT,
        'error.applicationUnknownRequirement',
        ['requirement'],
      );
    }
    // Counted under the application's lock: two uploads at once cannot both take the last place.
    const passed = documentLimitPassed(
      await documentTotalsOf(tx, application.id, input.requirement),
      input.file.size,
    );
    if (passed) {
      throw new DomainError(
        ApplicationErrorCode[passed],
        passed === 'TOO_MANY_FILES'
          ? 'error.applicationTooManyFiles'
          : 'error.applicationTotalTooLarge',
        ['file'],
      );
    }
    const inserted = await insertDocument(tx, {
      applicationId: application.id,
      requirement: input.requirement,
      fileName: input.fileName,
      mediaType: input.mediaType,
      size: input.file.size,
      sha256: input.file.sha256,
      storageKey: input.file.storageKey,
      uploadedById: principal.accountId,
      now,
    });
    const status = statusAfterDocument(application.status, side);
    if (status === application.status) await touch(tx, application.id, now);
    else await setStatus(tx, application.id, status, now);
    // Drafts have no timeline yet: their documents are part of what the citizen submits.
    if (application.status !== ApplicationStatus.DRAFT) {
      await insertEvent(tx, {
        applicationId: application.id,
        kind: ApplicationEventKind.DOCUMENT_ADDED,
        status,
        actorId: principal.accountId,
        byStaff: side === 'STAFF',
        note: input.fileName,
        at: now,
      });
    }
    return {
      document: inserted,
      changed: { id: application.id, officeId: application.officeId, status },
    };
  });
  publishApplicationChanged(ctx.bus, changed);
  return document;
}

/**
 * The citizen's message in the conversation linked to an application that waits for their answer
 * sends the case back to the clerk, in the transaction `tx` that stores the message. Returns the
 * change to publish after the commit, or null when no application waited.
 */
export async function citizenAnsweredInConversation(
  tx: EntityManager,
  answer: { conversationId: string; citizenId: string; now: Date },
): Promise<ApplicationChange | null> {
  const application = await applicationAwaitingAnswer(tx, answer.conversationId, answer.citizenId);
  if (!application) return null;
  await setStatus(tx, application.id, ApplicationStatus.IN_REVIEW, answer.now);
  await insertEvent(tx, {
    applicationId: application.id,
    kind: ApplicationEventKind.CITIZEN_ANSWERED,
    status: ApplicationStatus.IN_REVIEW,
    actorId: answer.citizenId,
    byStaff: false,
    note: null,
    at: answer.now,
  });
  return {
    id: application.id,
    officeId: application.officeId,
    status: ApplicationStatus.IN_REVIEW,
  };
}
