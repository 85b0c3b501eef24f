import {
  Arg,
  Args,
  Authorized,
  Ctx,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
  type SubscribeResolverData,
} from 'type-graphql';
import {
  assignApplication,
  closeApplication,
  decideApplication,
  officeApplicationChanges,
  officeApplicationCounts,
  officeApplications,
  requestApplicationInformation,
  resumeApplication,
  takeApplication,
} from '../../applications/application-handling.service.js';
import { ApplicationErrorCode } from '../../applications/application.errors.js';
import { findApplication } from '../../applications/application.service.js';
import { Access } from '../../auth/access.js';
import { ApplicationStatus } from '../../entities/applications/application-status.js';
import type { ApplicationChanged } from '../../realtime/topics.js';
import { argumentUuid } from '../common/arguments.js';
import { requestedPage, toConnection } from '../common/connection.js';
import { asPayload, asTopLevelError, inputUuid, orQueryError } from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import { applicationUrl, toApplication } from './application.mapping.js';
import { Application, ApplicationConnection, ApplicationPayload } from './application.types.js';
import {
  ApplicationChange,
  ApplicationCounts,
  ApplicationQueue,
  ApproveApplicationInput,
  AssignApplicationInput,
  CloseApplicationInput,
  OfficeApplicationsArgs,
  RejectApplicationInput,
  RequestApplicationInformationInput,
  ResumeApplicationInput,
  TakeApplicationInput,
} from './office-application.types.js';

/** What the use cases that write to the citizen need beyond the request's context. */
function writing(ctx: GraphQLContext) {
  return {
    ...ctx.useCase,
    files: ctx.files,
    applicationUrl: (applicationId: string) =>
      applicationUrl(ctx.settings.publicUrl, applicationId),
  };
}

/** The database id of the case a step's input names. */
function applicationOf(input: { applicationId: string }): string {
  return inputUuid(input.applicationId, 'Application', 'applicationId');
}

/** officeApplicationsChanged: the changes of one office's applications, for its staff. */
function officeChanges({
  args,
  context: ctx,
}: SubscribeResolverData<unknown, { officeId: string }, GraphQLContext>) {
  const officeId = argumentUuid(args.officeId, 'Office', 'officeId', ctx.lang);
  try {
    return officeApplicationChanges({ ...ctx.useCase, forkEm: ctx.forkEm }, officeId);
  } catch (error) {
    throw asTopLevelError(ctx.lang, error);
  }
}

@Resolver(() => Application)
export class OfficeApplicationResolver {
  @Authorized(Access.STAFF)
  @Query(() => ApplicationConnection, {
    description:
      'The applications of one of your offices in a work queue (never drafts), optionally of one service. Each listed applicant’s data read is recorded in their data access log (PROCESSING_APPLICATION). Staff of another office are refused with FORBIDDEN.',
  })
  async officeApplications(@Ctx() ctx: GraphQLContext, @Args() args: OfficeApplicationsArgs) {
    const page = requestedPage(args, ctx.lang);
    const result = await orQueryError(ctx.lang, () =>
      officeApplications(
        ctx.useCase,
        {
          officeId: argumentUuid(args.officeId, 'Office', 'officeId', ctx.lang),
          queue: args.queue ?? ApplicationQueue.OPEN,
          serviceId: args.serviceId
            ? argumentUuid(args.serviceId, 'Service', 'serviceId', ctx.lang)
            : null,
        },
        page,
      ),
    );
    // The page brought the names of applicants and assignees along.
    for (const application of result.applications) {
      if (application.assigneeId) {
        ctx.loaders.accountName.prime(application.assigneeId, application.assigneeName);
      }
      if (application.applicantId) {
        ctx.loaders.accountName.prime(application.applicantId, application.applicantName);
      }
    }
    return toConnection(
      result.applications.map((application) => toApplication(application, ctx.lang)),
      page,
      result.totalCount,
    );
  }

  @Authorized(Access.STAFF)
  @Query(() => ApplicationCounts, {
    description:
      'How many applications each open work queue of one of your offices holds. Staff of another office are refused with FORBIDDEN.',
  })
  async officeApplicationCounts(
    @Ctx() ctx: GraphQLContext,
    @Arg('officeId', () => ID, { description: 'An office you work for (admins: any).' })
    officeId: string,
  ): Promise<ApplicationCounts> {
    return orQueryError(ctx.lang, () =>
      officeApplicationCounts(ctx.useCase, argumentUuid(officeId, 'Office', 'officeId', ctx.lang)),
    );
  }

  /** Runs a step of the office and answers the application as it is after it. */
  private async step(
    ctx: GraphQLContext,
    run: () => Promise<{ id: string }>,
  ): Promise<ApplicationPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, run);
    const application = result && (await findApplication(ctx.useCase, result.id));
    return { application: application && toApplication(application, ctx.lang), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ApplicationPayload, {
    description:
      'Takes a submitted (or unassigned) case of your office: it is yours, and a new one goes into review. userErrors: ALREADY_TAKEN (someone has it), INVALID_TRANSITION (decided or withdrawn), NOT_FOUND.',
  })
  takeApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => TakeApplicationInput, { description: 'The case to take.' })
    input: TakeApplicationInput,
  ): Promise<ApplicationPayload> {
    return this.step(ctx, () => takeApplication(ctx.useCase, applicationOf(input)));
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ApplicationPayload, {
    description:
      'Hands an undecided case to a colleague of its office (or yourself); a new one goes into review. userErrors: VERSION_CONFLICT (it changed since `version`), INVALID_TRANSITION, NOT_FOUND (the application, or an assignee who does not work for the office).',
  })
  assignApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => AssignApplicationInput, {
      description: 'The case, the colleague and the version you read.',
    })
    input: AssignApplicationInput,
  ): Promise<ApplicationPayload> {
    return this.step(ctx, () =>
      assignApplication(ctx.useCase, {
        applicationId: applicationOf(input),
        assigneeId: inputUuid(input.assigneeId, 'Account', 'assigneeId'),
        version: input.version,
      }),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ApplicationPayload, {
    description:
      'Asks the citizen for more (IN_REVIEW → INFORMATION_REQUESTED): the message is posted as yours in the conversation linked to the application, noted in the timeline and e-mailed to the citizen. The citizen’s answer in the conversation sends the case back to review. userErrors: INVALID_INPUT (message: 1 to 4000 characters), INVALID_TRANSITION, NOT_FOUND, RATE_LIMITED (e-mails to the citizen).',
  })
  requestApplicationInformation(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RequestApplicationInformationInput, {
      description: 'The case and the question.',
    })
    input: RequestApplicationInformationInput,
  ): Promise<ApplicationPayload> {
    return this.step(ctx, () =>
      requestApplicationInformation(writing(ctx), {
        applicationId: applicationOf(input),
        message: input.message,
      }),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ApplicationPayload, {
    description:
      'Continues a case that waits for the citizen without waiting longer (INFORMATION_REQUESTED → IN_REVIEW). userErrors: INVALID_TRANSITION, NOT_FOUND.',
  })
  resumeApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ResumeApplicationInput, { description: 'The case to go on with.' })
    input: ResumeApplicationInput,
  ): Promise<ApplicationPayload> {
    return this.step(ctx, () => resumeApplication(ctx.useCase, applicationOf(input)));
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ApplicationPayload, {
    description:
      'Approves a case in review with a reason: the decision letter (PDF) becomes the application’s `decision`, and the citizen gets an e-mail. userErrors: INVALID_INPUT (reason: 1 to 10000 characters), INVALID_TRANSITION, NOT_FOUND, RATE_LIMITED. Query cost: 20 points.',
  })
  approveApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => ApproveApplicationInput, { description: 'The case and the reasons.' })
    input: ApproveApplicationInput,
  ): Promise<ApplicationPayload> {
    return this.decide(ctx, input, ApplicationStatus.APPROVED);
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ApplicationPayload, {
    description:
      'Rejects a case in review with a reason: the decision letter (PDF) becomes the application’s `decision`, and the citizen gets an e-mail. userErrors: INVALID_INPUT (reason: 1 to 10000 characters), INVALID_TRANSITION, NOT_FOUND, RATE_LIMITED. Query cost: 20 points.',
  })
  rejectApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RejectApplicationInput, { description: 'The case and the reasons.' })
    input: RejectApplicationInput,
  ): Promise<ApplicationPayload> {
    return this.decide(ctx, input, ApplicationStatus.REJECTED);
  }

  private decide(
    ctx: GraphQLContext,
    input: ApproveApplicationInput | RejectApplicationInput,
    outcome: ApplicationStatus.APPROVED | ApplicationStatus.REJECTED,
  ): Promise<ApplicationPayload> {
    return this.step(ctx, () =>
      decideApplication(writing(ctx), {
        applicationId: applicationOf(input),
        outcome,
        reason: input.reason,
      }),
    );
  }

  @Authorized(Access.STAFF)
  @Mutation(() => ApplicationPayload, {
    description:
      'Closes a decided case (APPROVED or REJECTED → CLOSED). userErrors: INVALID_TRANSITION, NOT_FOUND.',
  })
  closeApplication(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CloseApplicationInput, { description: 'The decided case to close.' })
    input: CloseApplicationInput,
  ): Promise<ApplicationPayload> {
    return this.step(ctx, () => closeApplication(ctx.useCase, applicationOf(input)));
  }

  @Authorized(Access.STAFF)
  @Subscription(() => ApplicationChange, {
    description:
      'Each change of one of your office’s applications (submitted, taken, answered, decided…), sent after it is committed: read the queue again. Staff of another office are refused with FORBIDDEN.',
    subscribe: officeChanges,
  })
  officeApplicationsChanged(
    @Root() change: ApplicationChanged,
    @Arg('officeId', () => ID, { description: 'An office you work for (admins: any).' })
    _officeId: string,
  ): ApplicationChange {
    return {
      applicationId: toGlobalId('Application', change.applicationId),
      status: change.status as ApplicationStatus,
    };
  }
}
