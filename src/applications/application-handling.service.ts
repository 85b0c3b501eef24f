import type { EntityManager } from '@mikro-orm/postgresql';
import { signedInAccount, worksFor, type AccountPrincipal } from '../auth/principal.js';
import { DomainError } from '../common/domain-error.js';
import { mailLanguage, pickText, type Language } from '../common/language.js';
import { postgresErrorOf } from '../common/postgres-errors.js';
import type { UseCaseContext } from '../common/use-case.js';
import { rejectProblems, textProblem } from '../common/validation.js';
import { AccessReason } from '../entities/accounts/data-access-log.entity.js';
import {
  ApplicationEventKind,
  ApplicationFileKind,
  ApplicationStatus,
  assigneeSwapSqlState,
  invalidTransitionSqlState,
} from '../entities/applications/application-status.js';
import { translate } from '../i18n/messages.js';
import type { EventStream } from '../realtime/event-stream.js';
import { perEvent } from '../realtime/per-event.js';
import type { ApplicationChanged } from '../realtime/topics.js';
import { postOfficeMessage, publishPosted, type Posted } from '../messaging/messaging.service.js';
import { worksAtOffice } from '../messaging/messaging.queries.js';
import { MAX_MESSAGE_LENGTH } from '../messaging/messaging-rules.js';
import { inertName } from '../notifications/inert-text.js';
import { queueEmail } from '../notifications/outbox.js';
import { ApplicationErrorCode } from './application.errors.js';
import { insertEvent } from './application.queries.js';
import { publishApplicationChanged, type ApplicationChange } from './application.service.js';
import {
  applicationsChangedSince,
  assignAtVersion,
  changeStatus,
  handledApplication,
  insertLetter,
  queueCounts,
  queuePage,
  takeIfFree,
  type HandledApplication,
  type QueueCounts,
  type QueuedApplication,
  type QueueFilter,
  UNDECIDED_STATUSES,
} from './application-handling.queries.js';
import { renderDecision } from './application-pdf.js';
import { canTransition } from './application-rules.js';
import type { FileStore } from './file-store.js';

export type { QueueCounts, QueuedApplication };

/** The longest reason for a decision: a letter's page or two. */
export const MAX_REASON_LENGTH = 10_000;

/** What the office's use cases that change a case use of their context. */
type Handling = Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'bus'>;

/** What the use cases that write to the citizen also use: their limits, the town, the letters. */
type Writing = Handling &
  Pick<UseCaseContext, 'limits' | 'settings'> & {
    files: FileStore;
    /** The page of the application in the web client, which the e-mails link to. */
    applicationUrl: (applicationId: string) => string;
  };

/** What reading the work queue uses of the context: a member of staff's reads are noted. */
type Reading = Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'dataAccess'>;

function notFound(): DomainError {
  return new DomainError(ApplicationErrorCode.NOT_FOUND, 'error.applicationNotFound', [
    'applicationId',
  ]);
}

function invalidTransition(): DomainError {
  return new DomainError(
    ApplicationErrorCode.INVALID_TRANSITION,
    'error.applicationInvalidTransition',
    ['applicationId'],
  );
}

function forbiddenOffice(): DomainError {
  return new DomainError(ApplicationErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
}

/**
 * The refusal a database error stands for: the transition trigger refused the status change
 * (RH001), or an assigned case changed hands without its version being checked (RH002). Anything
 * else is no refusal.
 */
function refusalOf(error: unknown): DomainError | null {
  const code = postgresErrorOf(error)?.code;
  if (code === invalidTransitionSqlState) return invalidTransition();
  if (code === assigneeSwapSqlState) {
    return new DomainError(
      ApplicationErrorCode.VERSION_CONFLICT,
      'error.applicationVersionConflict',
      ['version'],
    );
  }
  return null;
}

/** Runs the transaction, reporting the trigger's refusals as the codes clients know. */
async function handled<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional(work);
  } catch (error) {
    throw refusalOf(error) ?? error;
  }
}

/** The case if the caller works for its office, else NOT_FOUND (as for one that does not exist). */
async function caseOfOffice(
  em: EntityManager,
  principal: UseCaseContext['principal'],
  applicationId: string,
  lock: boolean,
): Promise<HandledApplication> {
  const application = await handledApplication(em, applicationId, { lock });
  // Drafts are the citizen's own: the office learns of an application when it is submitted.
  if (
    !application ||
    application.status === ApplicationStatus.DRAFT ||
    !worksFor(principal, application.officeId)
  ) {
    throw notFound();
  }
  return application;
}

/** The case locked for the transaction, refused unless the status machine allows going to `to`. */
async function caseMovingTo(
  tx: EntityManager,
  principal: UseCaseContext['principal'],
  applicationId: string,
  to: ApplicationStatus,
): Promise<HandledApplication> {
  const application = await caseOfOffice(tx, principal, applicationId, true);
  if (!canTransition(application.status, to)) throw invalidTransition();
  return application;
}

function changeOf(application: HandledApplication, status: ApplicationStatus): ApplicationChange {
  return { id: application.id, officeId: application.officeId, status };
}

/** A member of staff takes a case nobody has; a new case goes into review. */
export async function takeApplication(
  ctx: Handling,
  applicationId: string,
): Promise<ApplicationChange> {
  const principal = signedInAccount(ctx.principal);
  const now = ctx.clock();
  const change = await handled(ctx.em, async (tx) => {
    const application = await caseOfOffice(tx, principal, applicationId, false);
    const status = await takeIfFree(tx, {
      id: application.id,
      assigneeId: principal.accountId,
      now,
    });
    if (status === null) {
      const current = await handledApplication(tx, application.id, { lock: false });
      if (!current) throw notFound();
      // A decided case is refused as such, whoever had it.
      const undecided = (UNDECIDED_STATUSES as readonly ApplicationStatus[]).includes(
        current.status,
      );
      if (!undecided || current.assigneeId === null) throw invalidTransition();
      throw new DomainError(ApplicationErrorCode.ALREADY_TAKEN, 'error.applicationAlreadyTaken', [
        'applicationId',
      ]);
    }
    await insertEvent(tx, {
      applicationId: application.id,
      kind: ApplicationEventKind.TAKEN,
      status,
      actorId: principal.accountId,
      byStaff: true,
      note: null,
      at: now,
    });
    return changeOf(application, status);
  });
  publishApplicationChanged(ctx.bus, change);
  return change;
}

/**
 * Hands an undecided case to a member of staff of its office (or an admin), if it is still at the
 * version the caller read; a new case goes into review.
 */
export async function assignApplication(
  ctx: Handling,
  input: { applicationId: string; assigneeId: string; version: number },
): Promise<ApplicationChange> {
  const principal = signedInAccount(ctx.principal);
  const now = ctx.clock();
  const change = await handled(ctx.em, async (tx) => {
    const application = await caseOfOffice(tx, principal, input.applicationId, true);
    if (!(await worksAtOffice(tx, input.assigneeId, application.officeId))) {
      throw new DomainError(ApplicationErrorCode.NOT_FOUND, 'error.applicationAssigneeNotStaff', [
        'assigneeId',
      ]);
    }
    if (!(UNDECIDED_STATUSES as readonly ApplicationStatus[]).includes(application.status)) {
      throw invalidTransition();
    }
    const status = await assignAtVersion(tx, {
      id: application.id,
      assigneeId: input.assigneeId,
      version: input.version,
      now,
    });
    if (status === null) {
      throw new DomainError(
        ApplicationErrorCode.VERSION_CONFLICT,
        'error.applicationVersionConflict',
        ['version'],
      );
    }
    await insertEvent(tx, {
      applicationId: application.id,
      kind: ApplicationEventKind.ASSIGNED,
      status,
      actorId: principal.accountId,
      byStaff: true,
      note: null,
      at: now,
    });
    return changeOf(application, status);
  });
  publishApplicationChanged(ctx.bus, change);
  return change;
}

/** What the e-mails to an applicant say about the case, in the applicant's language. */
function caseParams(application: HandledApplication, lang: Language, ctx: Writing) {
  return {
    town: ctx.settings.townName,
    name: inertName(application.applicantName ?? ''),
    reference: application.reference ?? '',
    service: pickText(application.serviceName, lang),
    office: pickText(application.officeName, lang),
    url: ctx.applicationUrl(application.id),
  };
}

/**
 * Runs `work` with the applicant's address (null when there is none) claimed from the limits of
 * e-mails to one address; a refused or failed step gives the claim back, as it sent nothing.
 */
async function mailingApplicant<T>(
  ctx: Writing,
  application: HandledApplication,
  work: (recipient: string | null) => Promise<T>,
): Promise<T> {
  const recipient = application.applicantEmail;
  const claim = recipient ? await ctx.limits.take({ mailTo: recipient }) : null;
  try {
    return await work(recipient);
  } catch (error) {
    await claim?.giveBack();
    throw error;
  }
}

/**
 * The clerk asks the citizen for more: the case waits for their answer, the question goes into
 * the conversation linked to the application (a new one if it is gone) as the clerk's message,
 * stays in the timeline, and the citizen gets an e-mail. The citizen's answer in the conversation
 * sends the case back to review (citizenAnsweredInConversation).
 */
export async function requestApplicationInformation(
  ctx: Writing,
  input: { applicationId: string; message: string },
): Promise<ApplicationChange> {
  const principal = signedInAccount(ctx.principal);
  const question = input.message.trim();
  rejectProblems([textProblem('message', question, MAX_MESSAGE_LENGTH)]);
  const target = ApplicationStatus.INFORMATION_REQUESTED;
  const application = await caseOfOffice(ctx.em, principal, input.applicationId, false);
  if (!canTransition(application.status, target)) throw invalidTransition();
  const now = ctx.clock();
  const { change, posted } = await mailingApplicant(ctx, application, (recipient) =>
    handled(ctx.em, async (tx) => {
      const locked = await caseMovingTo(tx, principal, application.id, target);
      const lang = mailLanguage(locked.applicantLanguage);
      const params = caseParams(locked, lang, ctx);
      const posted: Posted | null = locked.applicantId
        ? await postOfficeMessage(tx, {
            conversationId: locked.conversationId,
            officeId: locked.officeId,
            citizenId: locked.applicantId,
            subject: `${params.service} ${params.reference}`,
            authorId: principal.accountId,
            body: question,
            now,
          })
        : null;
      await changeStatus(tx, {
        id: locked.id,
        status: target,
        now,
        ...(posted && posted.conversationId !== locked.conversationId
          ? { conversationId: posted.conversationId }
          : {}),
      });
      await insertEvent(tx, {
        applicationId: locked.id,
        kind: ApplicationEventKind.INFORMATION_REQUESTED,
        status: target,
        actorId: principal.accountId,
        byStaff: true,
        note: question,
        at: now,
      });
      if (recipient) {
        await queueEmail(tx, {
          recipient,
          subject: translate(lang, 'mail.applicationInformationRequested.subject', params),
          body: translate(lang, 'mail.applicationInformationRequested.body', {
            ...params,
            question,
          }),
        });
      }
      return { change: changeOf(locked, target), posted };
    }),
  );
  if (posted) publishPosted(ctx.bus, posted);
  publishApplicationChanged(ctx.bus, change);
  return change;
}

/** A step of the clerk that only changes the status and is recorded in the timeline. */
async function simpleStep(
  ctx: Handling,
  applicationId: string,
  target: ApplicationStatus,
  kind: ApplicationEventKind,
): Promise<ApplicationChange> {
  const principal = signedInAccount(ctx.principal);
  const now = ctx.clock();
  const change = await handled(ctx.em, async (tx) => {
    const application = await caseMovingTo(tx, principal, applicationId, target);
    await changeStatus(tx, { id: application.id, status: target, now });
    await insertEvent(tx, {
      applicationId: application.id,
      kind,
      status: target,
      actorId: principal.accountId,
      byStaff: true,
      note: null,
      at: now,
    });
    return changeOf(application, target);
  });
  publishApplicationChanged(ctx.bus, change);
  return change;
}

/** The clerk continues without waiting longer for the citizen's answer. */
export function resumeApplication(
  ctx: Handling,
  applicationId: string,
): Promise<ApplicationChange> {
  return simpleStep(ctx, applicationId, ApplicationStatus.IN_REVIEW, ApplicationEventKind.RESUMED);
}

/** A decided case is done with (its letter sent, the fee paid, the permit picked up). */
export function closeApplication(ctx: Handling, applicationId: string): Promise<ApplicationChange> {
  return simpleStep(ctx, applicationId, ApplicationStatus.CLOSED, ApplicationEventKind.CLOSED);
}

/**
 * Approves or rejects a case in review with a reason: the decision letter (a PDF in the
 * applicant's language) is stored and filed as the DECISION, the timeline records the reason, and
 * the citizen gets an e-mail that links to the application's page, where the letter is.
 */
export async function decideApplication(
  ctx: Writing,
  input: {
    applicationId: string;
    outcome: ApplicationStatus.APPROVED | ApplicationStatus.REJECTED;
    reason: string;
  },
): Promise<ApplicationChange> {
  const principal = signedInAccount(ctx.principal);
  const reason = input.reason.trim();
  rejectProblems([textProblem('reason', reason, MAX_REASON_LENGTH)]);
  const application = await caseOfOffice(ctx.em, principal, input.applicationId, false);
  if (!canTransition(application.status, input.outcome)) throw invalidTransition();
  const now = ctx.clock();
  const lang = mailLanguage(application.applicantLanguage);
  const change = await mailingApplicant(ctx, application, async (recipient) => {
    const letterPdf = await renderDecision({
      language: lang,
      townName: ctx.settings.townName,
      reference: application.reference ?? '',
      serviceName: pickText(application.serviceName, lang),
      officeName: pickText(application.officeName, lang),
      citizenName: application.applicantName ?? '',
      outcome: input.outcome,
      reason,
      decidedAt: now,
      timeZone: ctx.settings.timeZone,
    });
    // The letter of a decision that was not taken does not stay in the store.
    return ctx.files.putAndRecord(letterPdf, (letter) =>
      handled(ctx.em, async (tx) => {
        const locked = await caseMovingTo(tx, principal, application.id, input.outcome);
        const fileId = await insertLetter(tx, {
          applicationId: locked.id,
          kind: ApplicationFileKind.DECISION,
          fileName: `${translate(lang, 'pdf.decision.title')} ${locked.reference ?? ''}.pdf`,
          size: letter.size,
          sha256: letter.sha256,
          storageKey: letter.storageKey,
          uploadedById: principal.accountId,
          now,
        });
        await changeStatus(tx, {
          id: locked.id,
          status: input.outcome,
          now,
          decision: { reason, fileId },
        });
        await insertEvent(tx, {
          applicationId: locked.id,
          kind:
            input.outcome === ApplicationStatus.APPROVED
              ? ApplicationEventKind.APPROVED
              : ApplicationEventKind.REJECTED,
          status: input.outcome,
          actorId: principal.accountId,
          byStaff: true,
          note: reason,
          at: now,
        });
        if (recipient) {
          const params = {
            ...caseParams(locked, lang, ctx),
            outcome: translate(lang, `mail.applicationDecided.${input.outcome}`),
          };
          await queueEmail(tx, {
            recipient,
            subject: translate(lang, 'mail.applicationDecided.subject', params),
            body: translate(lang, 'mail.applicationDecided.body', params),
          });
        }
        return changeOf(locked, input.outcome);
      }),
    );
  });
  publishApplicationChanged(ctx.bus, change);
  return change;
}

/**
 * A page of an office's work queue for its staff (or an admin), with how many cases match. The
 * names and answers of the listed applicants are read: each is noted in their data access log.
 */
export async function officeApplications(
  ctx: Reading,
  filter: Pick<QueueFilter, 'officeId' | 'queue' | 'serviceId'>,
  page: { offset: number; limit: number },
): Promise<{ applications: QueuedApplication[]; totalCount: number }> {
  const principal = staffOf(ctx.principal, filter.officeId);
  const result = await queuePage(
    ctx.em,
    { ...filter, viewerId: principal.accountId, now: ctx.clock() },
    page,
  );
  noteApplicationReads(ctx, result.applications);
  return result;
}

/** How many cases each open queue of the office holds, for its staff (or an admin). */
export function officeApplicationCounts(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  officeId: string,
): Promise<QueueCounts> {
  const principal = staffOf(ctx.principal, officeId);
  return queueCounts(ctx.em, { officeId, viewerId: principal.accountId, now: ctx.clock() });
}

/**
 * The changes of the office's applications, for its staff's work queue. The events carry an ID
 * and a status only, and are of this office's cases by their topic; whoever may see the queue
 * may see them. A member of staff whose access ends has the socket closed (src/server/socket-rights.ts).
 * After the bus lost Redis, each case changed meanwhile comes once, as it is now.
 */
export function officeApplicationChanges(
  ctx: Pick<UseCaseContext, 'principal' | 'bus'> & { forkEm: () => EntityManager },
  officeId: string,
): EventStream<ApplicationChanged> {
  staffOf(ctx.principal, officeId);
  return ctx.bus.stream(
    'officeApplicationsChanged',
    [officeId],
    async (event) => [event],
    (since) =>
      changedPerResume(since, officeId, () =>
        applicationsChangedSince(ctx.forkEm(), officeId, since),
      ),
  );
}

// Every subscriber of an office catches up with one read per resume of the bus.
const changedPerResume = perEvent<Date, Promise<ApplicationChanged[]>>();

function staffOf(principal: UseCaseContext['principal'], officeId: string): AccountPrincipal {
  if (principal.kind !== 'account' || !worksFor(principal, officeId)) throw forbiddenOffice();
  return principal;
}

/**
 * Notes that a member of staff read these applications (the applicant's name, answers or
 * documents) for the applicants' data access logs (PROCESSING_APPLICATION). The applicant's own
 * reads are not noted.
 */
export function noteApplicationReads(
  ctx: Pick<UseCaseContext, 'principal' | 'dataAccess'>,
  applications: ReadonlyArray<{
    id: string;
    reference: string | null;
    applicantId: string | null;
    officeId: string;
  }>,
): void {
  const { principal } = ctx;
  if (principal.kind !== 'account') return;
  ctx.dataAccess.note(
    principal,
    AccessReason.PROCESSING_APPLICATION,
    applications.flatMap((application) =>
      application.applicantId &&
      application.applicantId !== principal.accountId &&
      worksFor(principal, application.officeId)
        ? [
            {
              citizenId: application.applicantId,
              subject: `APPLICATION:${application.reference ?? application.id}`,
            },
          ]
        : [],
    ),
  );
}
