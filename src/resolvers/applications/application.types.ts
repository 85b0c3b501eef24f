import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationErrorCode } from '../../applications/application.errors.js';
import {
  ApplicationEventKind,
  ApplicationFileKind,
  ApplicationStatus,
} from '../../entities/applications/application-status.js';
import { Money } from '../catalogue/catalogue.types.js';
import { connectionTypes } from '../common/connection.js';
import { Node } from '../common/node.js';
import { userErrorType } from '../common/user-error.js';
import type { Language } from '../../common/language.js';

// The types of online applications that the citizen's and the office's operations share. The
// office's own types (the work queue, its counts, the inputs of its steps and of a form) are in
// office-application.types.ts.

export const ApplicationError = userErrorType(ApplicationErrorCode, {
  name: 'Application',
  refusalsOf: 'an application mutation',
  values: {
    INVALID_INPUT: { description: 'A field of the input is invalid; `field` names it.' },
    NOT_FOUND: {
      description: 'No such application (or service, or document), or not one you may see.',
    },
    NOT_ALLOWED: {
      description:
        'The application’s status does not allow this now (e.g. a document on a submitted case).',
    },
    TOO_MANY_FILES: {
      description: 'The requirement, or the application, holds as many documents as it can.',
    },
    TOTAL_TOO_LARGE: {
      description: 'The application’s documents together would pass their size limit.',
    },
    INVALID_TRANSITION: {
      description:
        'The application’s status does not allow this step (e.g. no decision on a withdrawn case).',
    },
    ALREADY_TAKEN: { description: 'Another member of staff has already taken the case.' },
    VERSION_CONFLICT: {
      description: 'The application changed since the version you read; read it again.',
    },
    INVALID_ANSWERS: {
      description:
        'The answers do not fit the form; one error per problem, `field` = ["answers", <JSON pointer>].',
    },
    DOCUMENTS_MISSING: {
      description:
        'A required document is missing; one error per requirement, `field` = ["documents", <requirement key>].',
    },
    NO_ONLINE_APPLICATION: { description: 'The service has no online application.' },
    FORBIDDEN: { description: 'The office is not one you work for.' },
    RATE_LIMITED: { description: 'Too many of these in a short time; try again later.' },
  },
});
export type ApplicationError = InstanceType<typeof ApplicationError>;

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description:
    'Where an application stands. The database allows only the changes of the status machine (docs/application-forms.md).',
  valuesConfig: {
    DRAFT: { description: 'Being filled in by the citizen; only they see it.' },
    SUBMITTED: { description: 'Submitted, not taken by anyone at the office yet.' },
    IN_REVIEW: { description: 'A member of staff works on it.' },
    INFORMATION_REQUESTED: {
      description: 'The office asked the citizen for more (in the linked conversation).',
    },
    APPROVED: { description: 'Decided: approved; the decision letter is attached.' },
    REJECTED: { description: 'Decided: rejected; the decision letter is attached.' },
    WITHDRAWN: { description: 'The citizen withdrew it before a decision.' },
    CLOSED: { description: 'Done and filed after the decision.' },
  },
});

registerEnumType(ApplicationEventKind, {
  name: 'ApplicationEventKind',
  description: 'What happened in one step of an application’s timeline.',
  valuesConfig: {
    SUBMITTED: { description: 'The citizen submitted it.' },
    TAKEN: { description: 'A member of staff took it.' },
    ASSIGNED: { description: 'It was given to a member of staff.' },
    INFORMATION_REQUESTED: { description: 'The office asked for more; `note` is the question.' },
    CITIZEN_ANSWERED: { description: 'The citizen answered the office’s question.' },
    DOCUMENT_ADDED: { description: 'A document was added; `note` is its file name.' },
    RESUMED: { description: 'The office went on without waiting for an answer.' },
    APPROVED: { description: 'Approved; `note` is the reason.' },
    REJECTED: { description: 'Rejected; `note` is the reason.' },
    WITHDRAWN: { description: 'The citizen withdrew it.' },
    CLOSED: { description: 'The office closed it.' },
  },
});

registerEnumType(ApplicationFileKind, {
  name: 'ApplicationDocumentKind',
  description: 'What a file of an application is.',
  valuesConfig: {
    DOCUMENT: { description: 'A document uploaded for one of the form’s requirements.' },
    RECEIPT: { description: 'The receipt of the submission (PDF), made by Rathaus.' },
    DECISION: { description: 'The decision letter (PDF), made by Rathaus.' },
  },
});

@ObjectType({
  implements: Node,
  description:
    'One version of a service’s online application form. A submitted application keeps the version it was filled against.',
})
export class ApplicationForm extends Node {
  @Field(() => Int, { description: 'The version, 1, 2, 3, … per service.' })
  version!: number;

  @Field(() => GraphQLJSONObject, {
    description:
      'The FormDefinition as stored: JSON Schema 2020-12 of the answers, UI hints and the documents asked for (docs/application-forms.md).',
  })
  definition!: Record<string, unknown>;

  @Field(() => Money, { nullable: true, description: 'The fee; null when it is free of charge.' })
  fee!: Money | null;

  @Field(() => Int, { description: 'The expected processing time, in days after submission.' })
  processingDays!: number;

  @Field(() => Int, {
    description: 'How many years a decided case is kept before it is deleted (docs/retention.md).',
  })
  retentionYears!: number;

  uuid!: string;
  serviceId!: string;
}

@ObjectType({ description: 'A problem of the answers at one field, as the form checks them.' })
export class FieldProblem {
  @Field({
    description:
      'The JSON pointer of the field in the answers, e.g. "/vehicle/plate"; "" for the whole.',
  })
  pointer!: string;

  @Field({ description: 'What is wrong, for programs: the JSON Schema keyword, e.g. "required".' })
  code!: string;

  @Field({ description: 'What is wrong, for people.' })
  message!: string;
}

@ObjectType({
  implements: Node,
  description:
    'A file of an application: an uploaded document, the receipt or the decision letter.',
})
export class ApplicationDocument extends Node {
  @Field(() => String, {
    nullable: true,
    description:
      'The key of the form’s document requirement; null for the receipt and the decision.',
  })
  requirement!: string | null;

  @Field(() => ApplicationFileKind, { description: 'What the file is.' })
  kind!: ApplicationFileKind;

  @Field({ description: 'The file name, as uploaded or as Rathaus named it.' })
  fileName!: string;

  @Field({ description: 'The media type as its content showed, e.g. application/pdf.' })
  mediaType!: string;

  @Field(() => Int, { description: 'The size in bytes.' })
  size!: number;

  @Field(() => Date, { description: 'When it was filed.' })
  uploadedAt!: Date;

  @Field({ description: 'Whether the office (or Rathaus for it) filed it, not the citizen.' })
  fromOffice!: boolean;

  uuid!: string;
  applicationId!: string;
}

@ObjectType({ description: 'One step of an application’s history.' })
export class ApplicationEvent {
  @Field(() => ApplicationEventKind, { description: 'What happened.' })
  kind!: ApplicationEventKind;

  @Field(() => ApplicationStatus, { description: 'The status after the step.' })
  status!: ApplicationStatus;

  @Field(() => Date, { description: 'When it happened.' })
  at!: Date;

  @Field({ description: 'Whether a member of staff took the step.' })
  byOffice!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The question, the reason or the file name, as the step has one; null otherwise.',
  })
  note!: string | null;

  actorId!: string | null;
  officeId!: string;
}

@ObjectType({
  implements: Node,
  description:
    'A citizen’s application for a service, from the draft to the closed case. Only its applicant, the staff of its office and admins can read it; staff reads are recorded in the citizen’s data access log (PROCESSING_APPLICATION).',
})
export class Application extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'The reference number, e.g. MS-2026-000123; null while it is a draft.',
  })
  reference!: string | null;

  @Field(() => ApplicationStatus, { description: 'Where it stands.' })
  status!: ApplicationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The reason of the decision; null until it is decided.',
  })
  decisionReason!: string | null;

  @Field(() => Date, { description: 'When the draft was started.' })
  createdAt!: Date;

  @Field(() => Date, { description: 'When it last changed.' })
  updatedAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When it was submitted; null for a draft.' })
  submittedAt!: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a decision is expected: submission plus the form’s processing days.',
  })
  dueAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was decided; null until then.' })
  decidedAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was closed or withdrawn.' })
  closedAt!: Date | null;

  @Field(() => Int, {
    description:
      'Grows with every change; saving a draft and reassigning a case must name the version read (VERSION_CONFLICT otherwise).',
  })
  version!: number;

  uuid!: string;
  formId!: string;
  serviceId!: string;
  officeId!: string;
  applicantId!: string | null;
  assigneeId!: string | null;
  conversationId!: string | null;
  answerValues!: Record<string, unknown>;
  receiptFileId!: string | null;
  decisionFileId!: string | null;
  lang!: Language;
}

export const { ConnectionType: ApplicationConnection } = connectionTypes(
  Application,
  'Application',
);

@ObjectType({ description: 'The application after the change, or why not.' })
export class ApplicationPayload {
  @Field(() => Application, {
    nullable: true,
    description: 'The application as it is now; null when refused (or once it is deleted).',
  })
  application!: Application | null;

  @Field(() => [ApplicationError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: ApplicationError[];
}

@ObjectType({ description: 'Where to upload one document, or why not.' })
export class ApplicationUploadPayload {
  @Field(() => String, {
    nullable: true,
    description:
      'PUT the file’s bytes here (with its Content-Type, signed in as yourself) before expiresAt; null when refused.',
  })
  uploadUrl!: string | null;

  @Field(() => Date, { nullable: true, description: 'Until when uploadUrl takes the file.' })
  expiresAt!: Date | null;

  @Field(() => [ApplicationError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: ApplicationError[];
}

@ObjectType({ description: 'Which draft was thrown away, or why not.' })
export class DiscardApplicationDraftPayload {
  @Field(() => ID, {
    nullable: true,
    description: 'The global ID of the discarded draft; null when refused.',
  })
  discardedApplicationId!: string | null;

  @Field(() => [ApplicationError], {
    description: 'Expected refusals, each with a code and the field; empty on success.',
  })
  userErrors!: ApplicationError[];
}

@ArgsType()
export class ApplicationUpdatedArgs {
  @Field(() => ID, {
    description:
      'The global ID of your application or one of your office’s; any other fails with NOT_FOUND.',
  })
  applicationId!: string;
}

@InputType({ description: 'The service to apply for, and where.' })
export class StartApplicationInput {
  @Field(() => ID, { description: 'The global ID of a service with an online application.' })
  serviceId!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'The office that is to handle it, one that offers the service; the first that does when omitted.',
  })
  officeId?: string | null;
}

@InputType({ description: 'The answers of your draft so far.' })
export class SaveApplicationDraftInput {
  @Field(() => ID, { description: 'The global ID of your draft.' })
  applicationId!: string;

  @Field(() => GraphQLJSONObject, {
    description: 'All answers so far, as the form’s schema describes them; up to 64 KiB of JSON.',
  })
  answers!: Record<string, unknown>;

  @Field(() => Int, { description: 'The draft’s version you last read.' })
  version!: number;
}

@InputType({ description: 'One file to upload for a document requirement.' })
export class CreateApplicationUploadInput {
  @Field(() => ID, { description: 'The application’s global ID.' })
  applicationId!: string;

  @Field({ description: 'The key of one of the form’s document requirements.' })
  requirement!: string;

  @Field({
    description: 'The file’s name as the citizen sees it, up to 200 characters, without slashes.',
  })
  fileName!: string;
}

@InputType({ description: 'The document to remove from your draft.' })
export class RemoveApplicationDocumentInput {
  @Field(() => ID, { description: 'The document’s global ID.' })
  documentId!: string;
}

@InputType({ description: 'The draft to throw away.' })
export class DiscardApplicationDraftInput {
  @Field(() => ID, { description: 'The global ID of your draft.' })
  applicationId!: string;
}

@InputType({ description: 'The draft to submit, as you checked it.' })
export class SubmitApplicationInput {
  @Field(() => ID, { description: 'The global ID of your draft.' })
  applicationId!: string;

  @Field(() => Int, { description: 'The draft’s version you checked.' })
  version!: number;
}

@InputType({ description: 'The submitted application to withdraw.' })
export class WithdrawApplicationInput {
  @Field(() => ID, { description: 'The application’s global ID.' })
  applicationId!: string;
}
