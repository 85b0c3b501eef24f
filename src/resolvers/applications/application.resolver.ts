import { GraphQLJSONObject } from 'graphql-scalars';
import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import { noteApplicationReads } from '../../applications/application-handling.service.js';
import { answerProblemKey, isOverdue, keptUntil } from '../../applications/application-rules.js';
import { ApplicationErrorCode } from '../../applications/application.errors.js';
import {
  applicationSideOf,
  applicationsOf,
  createApplicationUpload,
  discardApplicationDraft,
  findApplication,
  removeApplicationDocument,
  saveApplicationDraft,
  startApplication,
  submitApplication,
  withdrawApplication,
} from '../../applications/application.service.js';
import { signFileLink, type FileLinkClaim } from '../../applications/file-links.js';
import {
  answerErrors,
  missingDocuments,
  type FormDefinition,
} from '../../applications/form-definition.js';
import { Access } from '../../auth/access.js';
import { DomainError } from '../../common/domain-error.js';
import { eventStream } from '../../realtime/event-stream.js';
import { translate } from '../../i18n/messages.js';
import { ApplicationFileKind } from '../../entities/applications/application-status.js';
import { toOffice, toService } from '../catalogue/catalogue.mapping.js';
import { Office, Service } from '../catalogue/catalogue.types.js';
import { argumentUuid } from '../common/arguments.js';
import { PageArgs, requestedPage, toConnection } from '../common/connection.js';
import { asPayload, inputUuid, toGraphQLError } from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import { PerViewer } from '../common/viewers.js';
import type { GraphQLContext } from '../context.js';
import { toConversation } from '../messaging/messaging.mapping.js';
import { Colleague, Conversation } from '../messaging/messaging.types.js';
import {
  applicationUrl,
  toApplication,
  toApplicationDocument,
  toApplicationEvent,
  toApplicationForm,
} from './application.mapping.js';
import {
  Application,
  ApplicationConnection,
  ApplicationDocument,
  ApplicationEvent,
  ApplicationForm,
  ApplicationPayload,
  ApplicationUpdatedArgs,
  ApplicationUploadPayload,
  CreateApplicationUploadInput,
  DiscardApplicationDraftInput,
  DiscardApplicationDraftPayload,
  FieldProblem,
  RemoveApplicationDocumentInput,
  SaveApplicationDraftInput,
  StartApplicationInput,
  SubmitApplicationInput,
  WithdrawApplicationInput,
} from './application.types.js';

/** How long a download link of a file opens: time enough to click it, not to pass it on. */
export const FILE_LINK_MINUTES = 10;

const CLAIM_OF_KIND: Record<ApplicationFileKind, FileLinkClaim['kind']> = {
  [ApplicationFileKind.DOCUMENT]: 'document',
  [ApplicationFileKind.RECEIPT]: 'receipt',
  [ApplicationFileKind.DECISION]: 'decision',
};

/** Whether the viewer reads the application as staff of its office (not as its applicant). */
function readsAsStaff(ctx: GraphQLContext, application: Application): boolean {
  return applicationSideOf(ctx.principal, application) === 'STAFF';
}

/** Notes a staff read of the application's personal data in the applicant's data access log. */
function noteRead(ctx: GraphQLContext, application: Application): void {
  noteApplicationReads(ctx.useCase, [
    {
      id: application.uuid,
      reference: application.reference,
      applicantId: application.applicantId,
      officeId: application.officeId,
    },
  ]);
}

async function formOf(ctx: GraphQLContext, application: Application) {
  const form = await ctx.loaders.applicationForm.load(application.formId);
  if (!form) throw new Error(`Form ${application.formId} of an application is missing`);
  return form;
}

async function filesOf(ctx: GraphQLContext, application: Application) {
  return ctx.loaders.applicationFiles.load(application.uuid);
}

/**
 * applicationUpdated: the application as it is after each change, for its applicant and its
 * office's staff. Who may see it is checked when subscribing and again at every event (a draft
 * that was discarded, a case whose office the viewer no longer works for, sends nothing).
 */
function applicationUpdates({
  args,
  context: ctx,
}: SubscribeResolverData<unknown, ApplicationUpdatedArgs, GraphQLContext>) {
  const applicationId = argumentUuid(args.applicationId, 'Application', 'applicationId', ctx.lang);
  const visible = () =>
    findApplication({ em: ctx.forkEm(), principal: ctx.principal }, applicationId);
  return eventStream<Application>(async (out) => {
    if (!(await visible())) {
      throw toGraphQLError(
        ctx.lang,
        new DomainError(ApplicationErrorCode.NOT_FOUND, 'error.applicationNotFound', [
          'applicationId',
        ]),
      );
    }
    const pushCurrent = () =>
      out.inOrder(async () => {
        const application = await visible();
        if (!application) return;
        // The subscription's loaders live as long as it does: what changed is read again.
        ctx.loaders.applicationFiles.clear(application.id);
        ctx.loaders.applicationEvents.clear(application.id);
        if (application.conversationId) ctx.loaders.conversation.clear(application.conversationId);
        out.push(toApplication(application, ctx.lang));
      });
    // After the bus lost Redis, a change may have gone unheard: the application comes as it is.
    const listening = ctx.bus.listen('applicationUpdated', applicationId, pushCurrent, {
      onResume: pushCurrent,
    });
    out.onClose(() => listening.close());
    await listening.ready;
  });
}

@Resolver(() => Application)
export class ApplicationResolver {
  @Authorized(Access.ACCOUNT)
  @Query(() => ApplicationConnection, {
    description: 'Your applications, drafts included, newest first.',
  })
  async myApplications(@Ctx() ctx: GraphQLContext, @Args() args: PageArgs) {
    const page = requestedPage(args, ctx.lang);
    const { applications, totalCount } = await applicationsOf(ctx.useCase, page);
    return toConnection(
      applications.map((application) => toApplication(application, ctx.lang)),
      page,
      totalCount,
    );
  }

  @Authorized(Access.ACCOUNT)
  @Query(() => Application, {
    nullable: true,
    description:
      'One of your applications, or one of your office’s (admins: any); null for any other.',
  })
  async application(
    @Ctx() ctx: GraphQLContext,
    @Arg('id', () => ID, { description: 'The application’s global ID.' }) id: string,
  ): Promise<Application | null> {
    const application = await findApplication(
      ctx.useCase,
      argumentUuid(id, 'Application', 'id', ctx.lang),
    );
    return application && toApplication(application, ctx.lang);
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ApplicationPayload, {
    description:
      'Starts your application for a service as a draft, or answers your open draft for it (one per service). userErrors: NO_ONLINE_APPLICATION, NOT_FOUND (office), INVALID_INPUT.',
  })
  async startApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => StartApplicationInput, {
      description: 'The service and, optionally, the office that is to handle it.',
    })
    input: StartApplicationInput,
  ): Promise<ApplicationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      startApplication(ctx.useCase, {
        serviceId: inputUuid(input.serviceId, 'Service', 'serviceId'),
        officeId: input.officeId ? inputUuid(input.officeId, 'Office', 'officeId') : null,
      }),
    );
    return { application: result && toApplication(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ApplicationPayload, {
    description:
      'Stores the answers of your draft, valid or not: its answerProblems say what is still wrong. userErrors: VERSION_CONFLICT (saved elsewhere meanwhile: read it again), INVALID_TRANSITION (no longer a draft), NOT_FOUND, INVALID_INPUT (more than 64 KiB).',
  })
  async saveApplicationDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SaveApplicationDraftInput, {
      description: 'The draft, all its answers so far and the version you last read.',
    })
    input: SaveApplicationDraftInput,
  ): Promise<ApplicationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      saveApplicationDraft(ctx.useCase, {
        applicationId: inputUuid(input.applicationId, 'Application', 'applicationId'),
        answers: input.answers,
        version: input.version,
      }),
    );
    return { application: result && toApplication(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ApplicationUploadPayload, {
    description:
      'Where to PUT one file for a document requirement of your draft (or of the case, when the office asked for more). At most 40 an hour. userErrors: NOT_FOUND, NOT_ALLOWED (not now), INVALID_INPUT (requirement, fileName), RATE_LIMITED.',
  })
  async createApplicationUpload(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateApplicationUploadInput, {
      description: 'The application, the document requirement and the file’s name.',
    })
    input: CreateApplicationUploadInput,
  ): Promise<ApplicationUploadPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      createApplicationUpload(ctx.useCase, {
        applicationId: inputUuid(input.applicationId, 'Application', 'applicationId'),
        requirement: input.requirement,
        fileName: input.fileName,
      }),
    );
    return {
      uploadUrl: result?.uploadUrl ?? null,
      expiresAt: result?.expiresAt ?? null,
      userErrors,
    };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ApplicationPayload, {
    description:
      'Removes a document from your draft (and its file). userErrors: NOT_FOUND, INVALID_TRANSITION (submitted already).',
  })
  async removeApplicationDocument(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RemoveApplicationDocumentInput, {
      description: 'The document to remove.',
    })
    input: RemoveApplicationDocumentInput,
  ): Promise<ApplicationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      removeApplicationDocument(
        { ...ctx.useCase, files: ctx.files },
        inputUuid(input.documentId, 'ApplicationDocument', 'documentId'),
      ),
    );
    return { application: result && toApplication(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => DiscardApplicationDraftPayload, {
    description:
      'Throws your draft away with its documents. userErrors: NOT_FOUND, INVALID_TRANSITION (submitted: withdraw it instead).',
  })
  async discardApplicationDraft(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => DiscardApplicationDraftInput, { description: 'The draft to throw away.' })
    input: DiscardApplicationDraftInput,
  ): Promise<DiscardApplicationDraftPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, async () => {
      await discardApplicationDraft(
        { ...ctx.useCase, files: ctx.files },
        inputUuid(input.applicationId, 'Application', 'applicationId'),
      );
      return input.applicationId;
    });
    return { discardedApplicationId: result, userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ApplicationPayload, {
    description:
      'Submits your draft: it gets its reference number, its receipt (a PDF of everything submitted), a conversation with the office and you an e-mail. userErrors: INVALID_ANSWERS (one per problem, field ["answers", <JSON pointer>]), DOCUMENTS_MISSING (one per requirement, field ["documents", <key>]), VERSION_CONFLICT (changed since you read it), INVALID_TRANSITION (submitted already), NOT_FOUND, RATE_LIMITED (too many e-mails to your address).',
  })
  async submitApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SubmitApplicationInput, {
      description: 'The draft and the version you checked.',
    })
    input: SubmitApplicationInput,
  ): Promise<ApplicationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      submitApplication(
        {
          ...ctx.useCase,
          files: ctx.files,
          applicationUrl: (id) => applicationUrl(ctx.settings.publicUrl, id),
        },
        {
          applicationId: inputUuid(input.applicationId, 'Application', 'applicationId'),
          version: input.version,
        },
      ),
    );
    return { application: result && toApplication(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Mutation(() => ApplicationPayload, {
    description:
      'Withdraws your submitted application before the office has decided. userErrors: NOT_FOUND, INVALID_TRANSITION (a draft, or decided already).',
  })
  async withdrawApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => WithdrawApplicationInput, {
      description: 'The submitted application to withdraw.',
    })
    input: WithdrawApplicationInput,
  ): Promise<ApplicationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      withdrawApplication(
        ctx.useCase,
        inputUuid(input.applicationId, 'Application', 'applicationId'),
      ),
    );
    return { application: result && toApplication(result, ctx.lang), userErrors };
  }

  @Authorized(Access.ACCOUNT)
  @Subscription(() => Application, {
    description:
      'Your application (or your office’s) as it is after each change: status, documents, timeline. Any other fails with NOT_FOUND.',
    subscribe: applicationUpdates,
  })
  applicationUpdated(
    @Root() application: Application,
    @Args() _args: ApplicationUpdatedArgs,
  ): Application {
    return application;
  }

  @FieldResolver(() => Service, { description: 'The service applied for.' })
  async service(@Root() application: Application, @Ctx() ctx: GraphQLContext): Promise<Service> {
    const service = await ctx.loaders.service.load(application.serviceId);
    if (!service) throw new Error(`Service ${application.serviceId} of an application is missing`);
    return toService(service, ctx.lang);
  }

  @FieldResolver(() => Office, { description: 'The office that handles it.' })
  async office(@Root() application: Application, @Ctx() ctx: GraphQLContext): Promise<Office> {
    const office = await ctx.loaders.office.load(application.officeId);
    if (!office) throw new Error(`Office ${application.officeId} of an application is missing`);
    return toOffice(office, ctx.lang);
  }

  @FieldResolver(() => ApplicationForm, {
    description: 'The version of the form it was filled against (kept when a newer one appears).',
  })
  async form(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationForm> {
    return toApplicationForm(await formOf(ctx, application));
  }

  @PerViewer()
  @FieldResolver(() => GraphQLJSONObject, {
    description:
      'The answers as the form’s schema describes them ({} once the case is anonymised). A read by staff is recorded in the citizen’s data access log.',
  })
  answers(@Root() application: Application, @Ctx() ctx: GraphQLContext): Record<string, unknown> {
    noteRead(ctx, application);
    return application.answerValues;
  }

  @FieldResolver(() => [FieldProblem], {
    description:
      'What the form finds wrong with the answers as they are, each at its JSON pointer; empty when they can be submitted. Saving never fails for these.',
  })
  async answerProblems(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<FieldProblem[]> {
    const form = await formOf(ctx, application);
    return answerErrors(form.definition, application.answerValues).map((problem) => ({
      pointer: problem.pointer,
      code: problem.code,
      message: translate(ctx.lang, answerProblemKey(problem.code)),
    }));
  }

  @FieldResolver(() => [String], {
    description:
      'The keys of the required documents (of the form’s `documents`) that apply to the answers and have no upload yet.',
  })
  async missingDocuments(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string[]> {
    const [form, files] = await Promise.all([formOf(ctx, application), filesOf(ctx, application)]);
    const present = files.flatMap((file) => (file.requirement ? [file.requirement] : []));
    return missingDocuments(form.definition as FormDefinition, application.answerValues, present);
  }

  @PerViewer()
  @FieldResolver(() => [ApplicationDocument], {
    description:
      'The uploaded documents (kind DOCUMENT), oldest first. A read by staff is recorded in the citizen’s data access log.',
  })
  async documents(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationDocument[]> {
    noteRead(ctx, application);
    const files = await filesOf(ctx, application);
    return files
      .filter((file) => file.kind === ApplicationFileKind.DOCUMENT)
      .map(toApplicationDocument);
  }

  @FieldResolver(() => ApplicationDocument, {
    nullable: true,
    description: 'The receipt of the submission (PDF); null for a draft.',
  })
  async receipt(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationDocument | null> {
    if (!application.receiptFileId) return null;
    const file = (await filesOf(ctx, application)).find(
      (known) => known.id === application.receiptFileId,
    );
    return file ? toApplicationDocument(file) : null;
  }

  @FieldResolver(() => ApplicationDocument, {
    nullable: true,
    description: 'The decision letter (PDF); null until it is decided.',
  })
  async decision(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationDocument | null> {
    if (!application.decisionFileId) return null;
    const file = (await filesOf(ctx, application)).find(
      (known) => known.id === application.decisionFileId,
    );
    return file ? toApplicationDocument(file) : null;
  }

  @FieldResolver(() => [ApplicationEvent], {
    description: 'Its history from the submission on, oldest first; empty for a draft.',
  })
  async timeline(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationEvent[]> {
    const events = await ctx.loaders.applicationEvents.load(application.uuid);
    return events.map((event) => toApplicationEvent(event, application.officeId));
  }

  @PerViewer()
  @FieldResolver(() => Conversation, {
    nullable: true,
    description:
      'The conversation with the office about it, opened at submission; where the office asks its questions. Null for a draft.',
  })
  async conversation(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Conversation | null> {
    if (!application.conversationId) return null;
    const conversation = await ctx.loaders.conversation.load(application.conversationId);
    return conversation && toConversation(conversation, ctx.principal);
  }

  @PerViewer()
  @FieldResolver(() => Colleague, {
    nullable: true,
    description:
      'The member of staff who handles it; for staff of its office only (null for the citizen, and while nobody has it).',
  })
  async assignee(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Colleague | null> {
    if (!application.assigneeId || !readsAsStaff(ctx, application)) return null;
    const name = await ctx.loaders.accountName.load(application.assigneeId);
    return { id: toGlobalId('Account', application.assigneeId), name: name ?? '' };
  }

  @PerViewer()
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'The applicant’s name; for staff of its office only (null for the citizen, and once the case is anonymised). A read is recorded in the citizen’s data access log.',
  })
  async applicantName(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    if (!application.applicantId || !readsAsStaff(ctx, application)) return null;
    noteRead(ctx, application);
    return ctx.loaders.accountName.load(application.applicantId);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'Until when the decided case is kept (its decision plus the form’s retentionYears), also after its applicant deleted their account, then without their name; it is deleted with its documents after that. Null while undecided.',
  })
  async keptUntil(
    @Root() application: Application,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Date | null> {
    if (!application.decidedAt) return null;
    return keptUntil(application.decidedAt, (await formOf(ctx, application)).retentionYears);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the office still owes a decision and dueAt has passed.',
  })
  overdue(@Root() application: Application, @Ctx() ctx: GraphQLContext): boolean {
    return isOverdue(application.status, application.dueAt, ctx.clock());
  }
}

@Resolver(() => ApplicationDocument)
export class ApplicationDocumentResolver {
  @PerViewer()
  @FieldResolver(() => String, {
    description: `A link that opens the file for you (signed in as yourself) for ${FILE_LINK_MINUTES} minutes; ask again for a fresh one.`,
  })
  downloadUrl(@Root() document: ApplicationDocument, @Ctx() ctx: GraphQLContext): string {
    const { principal } = ctx;
    if (principal.kind !== 'account') throw new Error('An application file without an account');
    const token = signFileLink(
      ctx.settings.linkSecret,
      { kind: CLAIM_OF_KIND[document.kind], id: document.uuid, viewer: principal.accountId },
      new Date(ctx.clock().getTime() + FILE_LINK_MINUTES * 60_000),
    );
    return `${ctx.settings.publicUrl}/files/${token}`;
  }
}

@Resolver(() => ApplicationEvent)
export class ApplicationEventResolver {
  @PerViewer()
  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Who took the step; for staff of the office only (null for the citizen, and once the account is gone).',
  })
  async actorName(
    @Root() event: ApplicationEvent,
    @Ctx() ctx: GraphQLContext,
  ): Promise<string | null> {
    if (
      !event.actorId ||
      applicationSideOf(ctx.principal, { applicantId: null, officeId: event.officeId }) !== 'STAFF'
    ) {
      return null;
    }
    return ctx.loaders.accountName.load(event.actorId);
  }
}

@Resolver(() => ApplicationForm)
export class ApplicationFormResolver {
  @FieldResolver(() => Service, { description: 'The service the form is for.' })
  async service(@Root() form: ApplicationForm, @Ctx() ctx: GraphQLContext): Promise<Service> {
    const service = await ctx.loaders.service.load(form.serviceId);
    if (!service) throw new Error(`Service ${form.serviceId} of a form is missing`);
    return toService(service, ctx.lang);
  }
}

@Resolver(() => Service)
export class ServiceApplicationFieldsResolver {
  @FieldResolver(() => ApplicationForm, {
    nullable: true,
    description:
      'The form to apply for the service online (its current version); null when it cannot be applied for online.',
  })
  async onlineApplication(
    @Root() service: Service,
    @Ctx() ctx: GraphQLContext,
  ): Promise<ApplicationForm | null> {
    const form = await ctx.loaders.onlineApplicationForm.load(service.uuid);
    return form && toApplicationForm(form);
  }
}

@Resolver(() => Conversation)
export class ConversationApplicationResolver {
  @FieldResolver(() => Application, {
    nullable: true,
    description:
      'The application the conversation is about (opened when it was submitted); null when none, or when you may not see it.',
  })
  async application(
    @Root() conversation: Conversation,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Application | null> {
    const application = await ctx.loaders.applicationOfConversation.load(conversation.uuid);
    return application && toApplication(application, ctx.lang);
  }
}
