import type { EntityManager } from '@mikro-orm/postgresql';
import { signedInAccount, worksFor, type AccountPrincipal } from '../auth/principal.js';
import { officesOfServices } from '../catalogue/catalogue.queries.js';
import { DomainError, DomainErrors } from '../common/domain-error.js';
import { mailLanguage, pickText } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import { openApplicationConversation, publishPosted } from '../messaging/messaging.service.js';
import { inertName } from '../notifications/inert-text.js';
import { queueEmail } from '../notifications/outbox.js';
import { officesByIds, servicesByIds } from '../catalogue/catalogue.service.js';
import { renderReceipt } from './application-pdf.js';
import { receiptRows } from './application-receipt.js';
import { answerErrors, missingDocuments, visibleAnswers } from './form-definition.js';
import type { UseCaseContext } from '../common/use-case.js';
import {
  ApplicationEventKind,
  ApplicationFileKind,
  ApplicationStatus,
} from '../entities/applications/application-status.js';
import type { EventBus } from '../realtime/event-bus.js';
import { ApplicationErrorCode } from './application.errors.js';
import { documentTotalsOf } from './application-files.queries.js';
import {
  applicantContact,
  applicationAwaitingAnswer,
  applicationById,
  applicationsOfApplicant,
  applicationViewById,
  applicationViewsByConversations,
  currentFormsOfServices,
  deleteApplication,
  deleteFile,
  draftFor,
  filesOfApplications,
  fileWithApplication,
  formsByIds,
  insertDocument,
  insertReceipt,
  markSubmitted,
  nextReference,
  saveDraftAnswers,
  withdraw,
  insertEvent,
  setStatus,
  touch,
  type ApplicationEventView,
  type ApplicationFileView,
  type ApplicationFormView,
  type ApplicationRecord,
  type ApplicationView,
  type DocumentRecord,
} from './application.queries.js';
import {
  answerProblemKey,
  canTransition,
  documentLimitPassed,
  documentMayBeAdded,
  statusAfterDocument,
  type ApplicationSide,
} from './application-rules.js';
import type { FileStore, StoredFile } from './file-store.js';
import { signUploadTicket, UPLOAD_TICKET_MINUTES } from './upload-tickets.js';

export type {
  ApplicationEventView,
  ApplicationFileView,
  ApplicationFormView,
  ApplicationView,
  DocumentRecord,
};

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

/** What the application use cases that read use of their context. */
type Reading = Pick<UseCaseContext, 'principal' | 'em'>;

/**
 * The side from which the caller sees the application, or null: drafts are the citizen's own,
 * the office learns of an application when it is submitted.
 */
function seenFrom(
  principal: UseCaseContext['principal'],
  application: { applicantId: string | null; officeId: string; status: ApplicationStatus },
): ApplicationSide | null {
  const side = applicationSideOf(principal, application);
  return side === 'STAFF' && application.status === ApplicationStatus.DRAFT ? null : side;
}

/**
 * The application when the caller is its applicant or works for its office (a submitted one);
 * null otherwise.
 */
export async function findApplication(ctx: Reading, id: string): Promise<ApplicationView | null> {
  const application = await applicationViewById(ctx.em, id);
  return application && seenFrom(ctx.principal, application) ? application : null;
}

/**
 * The applications linked to these conversations that the caller may see (its applicant, or staff
 * of its office), by conversation id.
 */
export async function applicationsOfConversations(
  ctx: Reading,
  conversationIds: readonly string[],
): Promise<Map<string, ApplicationView>> {
  const applications = await applicationViewsByConversations(ctx.em, conversationIds);
  return new Map(
    applications.flatMap((application) =>
      application.conversationId && seenFrom(ctx.principal, application)
        ? [[application.conversationId, application] as const]
        : [],
    ),
  );
}

/** The caller's own applications, drafts included, newest first. */
export function applicationsOf(
  ctx: Reading,
  page: { offset: number; limit: number },
): Promise<{ applications: ApplicationView[]; totalCount: number }> {
  const { principal } = ctx;
  if (principal.kind !== 'account') throw new Error('applications without an account');
  return applicationsOfApplicant(ctx.em, principal.accountId, page);
}

/** What the citizen's use cases that change an application use of their context. */
type Filing = Writing & { files: FileStore };

/** The answers of one draft, as JSON, in bytes: a long form, not a place to store files. */
export const MAX_ANSWERS_BYTES = 64 * 1024;
/** Up to this many characters in an uploaded file's name. */
export const MAX_FILE_NAME_LENGTH = 200;

function invalidTransition(): DomainError {
  return new DomainError(
    ApplicationErrorCode.INVALID_TRANSITION,
    'error.applicationInvalidTransition',
    ['applicationId'],
  );
}

function versionConflict(): DomainError {
  return new DomainError(
    ApplicationErrorCode.VERSION_CONFLICT,
    'error.applicationVersionConflict',
    ['version'],
  );
}

/** The caller's own application locked for the transaction, else NOT_FOUND. */
async function ownApplication(tx: EntityManager, principal: AccountPrincipal, id: string) {
  const application = await applicationById(tx, id, { lock: true });
  if (!application || application.applicantId !== principal.accountId) throw notFound();
  return application;
}

/**
 * Starts the citizen's application for a service with the service's current form, at the office
 * asked for or the first that offers the service; when the citizen already has an open draft for
 * the service (from another device, say), that one is answered instead.
 */
export async function startApplication(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock'>,
  input: { serviceId: string; officeId: string | null },
): Promise<ApplicationView> {
  const principal = signedInAccount(ctx.principal);
  const [form] = await currentFormsOfServices(ctx.em, [input.serviceId]);
  const offices = (await officesOfServices(ctx.em, [input.serviceId])).get(input.serviceId) ?? [];
  const office = input.officeId
    ? offices.find((candidate) => candidate.id === input.officeId)
    : offices[0];
  if (!form || offices.length === 0) {
    throw new DomainError(ApplicationErrorCode.NO_ONLINE_APPLICATION, 'error.noOnlineApplication', [
      'serviceId',
    ]);
  }
  if (!office) {
    throw new DomainError(ApplicationErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  }
  return draftFor(ctx.em, {
    applicantId: principal.accountId,
    serviceId: input.serviceId,
    officeId: office.id,
    formId: form.id,
    now: ctx.clock(),
  });
}

/**
 * Stores the answers of the citizen's draft as they are, valid or not (the application's
 * answerProblems says what is still wrong), if the draft is still at `version`.
 */
export async function saveApplicationDraft(
  ctx: Writing,
  input: { applicationId: string; answers: Record<string, unknown>; version: number },
): Promise<ApplicationView> {
  const principal = signedInAccount(ctx.principal);
  if (Buffer.byteLength(JSON.stringify(input.answers)) > MAX_ANSWERS_BYTES) {
    throw new DomainError(ApplicationErrorCode.INVALID_INPUT, 'error.applicationAnswersTooLarge', [
      'answers',
    ]);
  }
  const saved = await ctx.em.transactional(async (tx) => {
    const application = await ownApplication(tx, principal, input.applicationId);
    if (application.status !== ApplicationStatus.DRAFT) throw invalidTransition();
    const stored = await saveDraftAnswers(tx, {
      id: application.id,
      applicantId: principal.accountId,
      answers: input.answers,
      version: input.version,
      now: ctx.clock(),
    });
    if (!stored) throw versionConflict();
    return stored;
  });
  publishDraftChanged(ctx.bus, saved.id);
  return saved;
}

/** A draft changed: its other open pages follow; the office does not know of drafts. */
function publishDraftChanged(bus: EventBus, applicationId: string): void {
  bus.publish('applicationUpdated', applicationId, {
    applicationId,
    status: ApplicationStatus.DRAFT,
  });
}

/** How long an upload URL takes the file (UPLOAD_TICKET_MINUTES). */
export type UploadTicketGrant = { uploadUrl: string; expiresAt: Date };

/**
 * A ticket to upload one file for a requirement of the application: the citizen's draft or
 * answer to the office's question (or a scan by the office's staff). The PUT route checks the
 * file and the application again when the bytes arrive.
 */
export async function createApplicationUpload(
  ctx: Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'limits' | 'settings'>,
  input: { applicationId: string; requirement: string; fileName: string },
): Promise<UploadTicketGrant> {
  const principal = signedInAccount(ctx.principal);
  const fileName = input.fileName.trim();
  if (
    fileName.length === 0 ||
    fileName.length > MAX_FILE_NAME_LENGTH ||
    /[\\/\p{Cc}]/u.test(fileName)
  ) {
    throw new DomainError(ApplicationErrorCode.INVALID_INPUT, 'error.applicationFileName', [
      'fileName',
    ]);
  }
  const application = await applicationById(ctx.em, input.applicationId, { lock: false });
  const side = application && seenFrom(principal, application);
  if (!application || !side) throw notFound();
  if (!documentMayBeAdded(application.status, side)) {
    throw new DomainError(ApplicationErrorCode.NOT_ALLOWED, 'error.applicationDocumentNotAllowed', [
      'applicationId',
    ]);
  }
  if (!application.definition.documents.some((known) => known.key === input.requirement)) {
    throw new DomainError(
      ApplicationErrorCode.INVALID_INPUT,
      'error.applicationUnknownRequirement',
      ['requirement'],
    );
  }
  await ctx.limits.take({ byCaller: ['uploadTicketsPerHour'] });
  const expiresAt = new Date(ctx.clock().getTime() + UPLOAD_TICKET_MINUTES * 60_000);
  const ticket = signUploadTicket(
    ctx.settings.linkSecret,
    {
      applicationId: application.id,
      requirement: input.requirement,
      fileName,
      uploader: principal.accountId,
    },
    expiresAt,
  );
  return { uploadUrl: `${ctx.settings.publicUrl}/files/uploads/${ticket}`, expiresAt };
}

/** The citizen takes a document of their draft back; its bytes go from the store as well. */
export async function removeApplicationDocument(
  ctx: Filing,
  documentId: string,
): Promise<ApplicationView> {
  const principal = signedInAccount(ctx.principal);
  const { application, storageKey } = await ctx.em.transactional(async (tx) => {
    const file = await fileWithApplication(tx, documentId);
    if (
      !file ||
      file.kind !== ApplicationFileKind.DOCUMENT ||
      file.applicantId !== principal.accountId
    ) {
      throw new DomainError(ApplicationErrorCode.NOT_FOUND, 'error.applicationDocumentNotFound', [
        'documentId',
      ]);
    }
    if (file.status !== ApplicationStatus.DRAFT) throw invalidTransition();
    await deleteFile(tx, file.id);
    await touch(tx, file.applicationId, ctx.clock());
    const application = await applicationViewById(tx, file.applicationId);
    if (!application) throw new Error('the locked application is gone');
    return { application, storageKey: file.storageKey };
  });
  await ctx.files.remove(storageKey);
  publishDraftChanged(ctx.bus, application.id);
  return application;
}

/** The citizen throws a draft away, with its documents. Submitted applications stay. */
export async function discardApplicationDraft(ctx: Filing, applicationId: string): Promise<void> {
  const principal = signedInAccount(ctx.principal);
  const storageKeys = await ctx.em.transactional(async (tx) => {
    const application = await ownApplication(tx, principal, applicationId);
    if (application.status !== ApplicationStatus.DRAFT) throw invalidTransition();
    return deleteApplication(tx, application.id);
  });
  await Promise.all(storageKeys.map((key) => ctx.files.remove(key)));
}

/** The citizen withdraws a submitted application before the office has decided on it. */
export async function withdrawApplication(
  ctx: Writing,
  applicationId: string,
): Promise<ApplicationView> {
  const principal = signedInAccount(ctx.principal);
  const now = ctx.clock();
  const withdrawn = await ctx.em.transactional(async (tx) => {
    const application = await ownApplication(tx, principal, applicationId);
    if (!canTransition(application.status, ApplicationStatus.WITHDRAWN)) {
      throw invalidTransition();
    }
    await withdraw(tx, application.id, now);
    await insertEvent(tx, {
      applicationId: application.id,
      kind: ApplicationEventKind.WITHDRAWN,
      status: ApplicationStatus.WITHDRAWN,
      actorId: principal.accountId,
      byStaff: false,
      note: null,
      at: now,
    });
    const view = await applicationViewById(tx, application.id);
    if (!view) throw new Error('the locked application is gone');
    return view;
  });
  publishApplicationChanged(ctx.bus, withdrawn);
  return withdrawn;
}

/** What submitting uses of its context: the limits of e-mails, the town, the receipt's store. */
type Submitting = Filing &
  Pick<UseCaseContext, 'limits' | 'settings'> & {
    /** The page of the application in the web client, which the e-mail links to. */
    applicationUrl: (applicationId: string) => string;
  };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Every reason why the answers and documents cannot be submitted as they are, all at once. */
function submissionProblems(application: ApplicationRecord, present: string[]): DomainError[] {
  const answers = answerErrors(application.definition, application.answers).map(
    (problem) =>
      new DomainError(ApplicationErrorCode.INVALID_ANSWERS, answerProblemKey(problem.code), [
        'answers',
        problem.pointer,
      ]),
  );
  const documents = missingDocuments(application.definition, application.answers, present).map(
    (requirement) =>
      new DomainError(ApplicationErrorCode.DOCUMENTS_MISSING, 'error.applicationDocumentMissing', [
        'documents',
        requirement,
      ]),
  );
  return [...answers, ...documents];
}

/** The year of an instant in the town's time zone, for the reference number. */
function townYear(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en', { timeZone, year: 'numeric' }).format(at);
}

/**
 * The citizen submits their draft at the version they read: refused with every problem of the
 * answers (INVALID_ANSWERS, by JSON pointer) and every missing document (DOCUMENTS_MISSING).
 * Otherwise, in one transaction: the reference number, the due date, the receipt (a PDF of
 * everything submitted, in the citizen's language) filed as the RECEIPT, the conversation with
 * the office, the SUBMITTED step and the e-mail that links to the application's page.
 */
export async function submitApplication(
  ctx: Submitting,
  input: { applicationId: string; version: number },
): Promise<ApplicationView> {
  const principal = signedInAccount(ctx.principal);
  const draft = await applicationById(ctx.em, input.applicationId, { lock: false });
  if (!draft || draft.applicantId !== principal.accountId) throw notFound();
  if (draft.status !== ApplicationStatus.DRAFT) throw invalidTransition();
  if (draft.version !== input.version) throw versionConflict();
  const documents = (await filesOfApplications(ctx.em, [draft.id])).filter(
    (file) => file.kind === ApplicationFileKind.DOCUMENT,
  );
  const problems = submissionProblems(
    draft,
    documents.flatMap((file) => (file.requirement ? [file.requirement] : [])),
  );
  if (problems.length > 0) throw new DomainErrors(problems);

  const view = await applicationViewById(ctx.em, draft.id);
  const [form] = view ? await formsByIds(ctx.em, [view.formId]) : [];
  const [service] = await servicesByIds(ctx.em, [draft.serviceId]);
  const [office] = await officesByIds(ctx.em, [draft.officeId]);
  const applicant = await applicantContact(ctx.em, principal.accountId);
  if (!view || !form || !service || !office || !applicant) throw notFound();
  if (applicant.email) await ctx.limits.take({ mailTo: applicant.email });

  const now = ctx.clock();
  const lang = mailLanguage(applicant.language);
  const reference = await nextReference(ctx.em, townYear(now, ctx.settings.timeZone));
  const serviceName = pickText(service.name, lang);
  const officeName = pickText(office.name, lang);
  const answers = visibleAnswers(draft.definition, draft.answers) as Record<string, unknown>;
  const receiptPdf = await renderReceipt({
    language: lang,
    townName: ctx.settings.townName,
    reference,
    serviceName,
    officeName,
    submittedAt: now,
    timeZone: ctx.settings.timeZone,
    citizenName: applicant.name ?? '',
    citizenEmail: applicant.email ?? '',
    rows: receiptRows(draft.definition, answers, lang),
    documents: documents.map((file) => ({
      label: pickText(
        draft.definition.documents.find((known) => known.key === file.requirement)?.label ?? {
          de: file.requirement ?? '',
        },
        lang,
      ),
      fileName: file.fileName,
      sha256: file.sha256,
    })),
    feeCents: form.feeCents,
    processingDays: form.processingDays,
  });
  // The receipt of a submission that did not happen does not stay in the store.
  const { submitted, posted } = await ctx.files.putAndRecord(receiptPdf, (receipt) =>
    ctx.em.transactional(async (tx) => {
      const locked = await ownApplication(tx, principal, draft.id);
      if (locked.status !== ApplicationStatus.DRAFT) throw invalidTransition();
      // A save or a document added or taken back since the receipt was written: read again.
      const filed = (await filesOfApplications(tx, [draft.id])).map((file) => file.id);
      if (
        locked.version !== input.version ||
        filed.length !== documents.length ||
        documents.some((file) => !filed.includes(file.id))
      ) {
        throw versionConflict();
      }
      const receiptFileId = await insertReceipt(tx, {
        applicationId: draft.id,
        fileName: `${translate(lang, 'pdf.receipt.title')} ${reference}.pdf`,
        size: receipt.size,
        sha256: receipt.sha256,
        storageKey: receipt.storageKey,
        now,
      });
      const posted = await openApplicationConversation(tx, {
        officeId: draft.officeId,
        citizenId: principal.accountId,
        subject: `${serviceName.slice(0, 180)} ${reference}`,
        notice: translate(lang, 'messaging.applicationSubmitted', {
          reference,
          office: officeName,
        }),
        now,
      });
      await markSubmitted(tx, {
        id: draft.id,
        reference,
        answers,
        receiptFileId,
        conversationId: posted.conversationId,
        dueAt: new Date(now.getTime() + form.processingDays * DAY_MS),
        now,
      });
      await insertEvent(tx, {
        applicationId: draft.id,
        kind: ApplicationEventKind.SUBMITTED,
        status: ApplicationStatus.SUBMITTED,
        actorId: principal.accountId,
        byStaff: false,
        note: null,
        at: now,
      });
      if (applicant.email) {
        const params = {
          town: ctx.settings.townName,
          name: inertName(applicant.name ?? ''),
          reference,
          service: serviceName,
          office: officeName,
          days: form.processingDays,
          url: ctx.applicationUrl(draft.id),
        };
        await queueEmail(tx, {
          recipient: applicant.email,
          subject: translate(lang, 'mail.applicationSubmitted.subject', params),
          body: translate(lang, 'mail.applicationSubmitted.body', params),
        });
      }
      const submitted = await applicationViewById(tx, draft.id);
      if (!submitted) throw new Error('the locked application is gone');
      return { submitted, posted };
    }),
  );
  publishPosted(ctx.bus, posted);
  publishApplicationChanged(ctx.bus, submitted);
  return submitted;
}
