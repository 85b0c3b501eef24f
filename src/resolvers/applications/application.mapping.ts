import type {
  ApplicationEventView,
  ApplicationFileView,
  ApplicationFormView,
  ApplicationView,
} from '../../applications/application.service.js';
import type { Language } from '../../common/language.js';
import { toGlobalId } from '../common/global-id.js';
import type {
  Application,
  ApplicationDocument,
  ApplicationEvent,
  ApplicationForm,
} from './application.types.js';

/** The application as every viewer sees it; what depends on the viewer is a field resolver. */
export function toApplication(application: ApplicationView, lang: Language): Application {
  return {
    id: toGlobalId('Application', application.id),
    uuid: application.id,
    reference: application.reference,
    status: application.status,
    decisionReason: application.decisionReason,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
    submittedAt: application.submittedAt,
    dueAt: application.dueAt,
    decidedAt: application.decidedAt,
    closedAt: application.closedAt,
    version: application.version,
    formId: application.formId,
    serviceId: application.serviceId,
    officeId: application.officeId,
    applicantId: application.applicantId,
    assigneeId: application.assigneeId,
    conversationId: application.conversationId,
    answerValues: application.answers,
    receiptFileId: application.receiptFileId,
    decisionFileId: application.decisionFileId,
    lang,
  };
}

export function toApplicationForm(form: ApplicationFormView): ApplicationForm {
  return {
    id: toGlobalId('ApplicationForm', form.id),
    uuid: form.id,
    serviceId: form.serviceId,
    version: form.version,
    definition: form.definition,
    fee: form.feeCents > 0 ? { amountCents: form.feeCents, currency: 'EUR' } : null,
    processingDays: form.processingDays,
    retentionYears: form.retentionYears,
  };
}

export function toApplicationDocument(file: ApplicationFileView): ApplicationDocument {
  return {
    id: toGlobalId('ApplicationDocument', file.id),
    uuid: file.id,
    applicationId: file.applicationId,
    requirement: file.requirement,
    kind: file.kind,
    fileName: file.fileName,
    mediaType: file.mediaType,
    size: file.size,
    uploadedAt: file.createdAt,
    fromOffice: file.fromOffice,
  };
}

export function toApplicationEvent(
  event: ApplicationEventView,
  officeId: string,
): ApplicationEvent {
  return {
    kind: event.kind,
    status: event.status,
    at: event.at,
    byOffice: event.byStaff,
    note: event.note,
    actorId: event.actorId,
    officeId,
  };
}

/**
 * The page of an application in the web client (`/my-town-hall/applications/<id>`), as every
 * e-mail about it links to it. Global IDs of UUIDs never contain "/" or "+".
 */
export function applicationUrl(publicUrl: string, applicationId: string): string {
  return `${publicUrl}/my-town-hall/applications/${toGlobalId('Application', applicationId)}`;
}
