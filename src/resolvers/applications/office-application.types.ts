import { GraphQLJSONObject } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ApplicationStatus } from '../../entities/applications/application-status.js';
import { PageArgs } from '../common/connection.js';
import { ApplicationError, ApplicationForm } from './application.types.js';

// The types of the office's and the admin's side of applications: the work queue, its counts and
// changes, the inputs of its steps, and the input of a form. The Application type itself is in application.types.ts.

export enum ApplicationQueue {
  NEW = 'NEW',
  MINE = 'MINE',
  WAITING = 'WAITING',
  OVERDUE = 'OVERDUE',
  OPEN = 'OPEN',
  DECIDED = 'DECIDED',
}

registerEnumType(ApplicationQueue, {
  name: 'ApplicationQueue',
  description: 'The work queues of an office’s applications. Drafts are in none.',
  valuesConfig: {
    NEW: { description: 'Submitted and taken by nobody yet.' },
    MINE: { description: 'Assigned to you and not decided.' },
    WAITING: { description: 'Waiting for the citizen’s answer (INFORMATION_REQUESTED).' },
    OVERDUE: { description: 'Not decided and past the expected processing time (dueAt).' },
    OPEN: { description: 'Every case not decided yet.' },
    DECIDED: { description: 'Approved, rejected, closed or withdrawn.' },
  },
});

@ArgsType()
export class OfficeApplicationsArgs extends PageArgs {
  @Field(() => ID, {
    description: 'An office you work for (admins: any); another one is refused with FORBIDDEN.',
  })
  officeId!: string;

  @Field(() => ApplicationQueue, {
    nullable: true,
    defaultValue: ApplicationQueue.OPEN,
    description:
      'Which queue (default OPEN; null is OPEN too). The open queues come oldest due first, DECIDED latest decided first.',
  })
  queue?: ApplicationQueue | null;

  @Field(() => ID, { nullable: true, description: 'Only applications for this service.' })
  serviceId?: string | null;
}

@ObjectType({ description: 'How many applications each open queue of an office holds.' })
export class ApplicationCounts {
  @Field(() => Int, { description: 'Submitted and taken by nobody yet.' })
  new!: number;

  @Field(() => Int, { description: 'Assigned to you and not decided.' })
  mine!: number;

  @Field(() => Int, { description: 'Waiting for the citizen’s answer.' })
  waiting!: number;

  @Field(() => Int, { description: 'Not decided and past their expected processing time.' })
  overdue!: number;

  @Field(() => Int, { description: 'Not decided.' })
  open!: number;
}

@ObjectType({
  description:
    'A change of one of the office’s applications, for the work queue: read the application or the queue again.',
})
export class ApplicationChange {
  @Field(() => ID, { description: 'The application’s global ID.' })
  applicationId!: string;

  @Field(() => ApplicationStatus, { description: 'Its status after the change.' })
  status!: ApplicationStatus;
}

const APPLICATION_ID = { description: 'The application’s global ID.' };
const SERVICE_ID = { description: 'The service’s global ID.' };
const REASON = { description: 'The reasons, printed in the letter; 1 to 10000 characters.' };

@InputType({ description: 'The case to take.' })
export class TakeApplicationInput {
  @Field(() => ID, APPLICATION_ID)
  applicationId!: string;
}

@InputType({ description: 'The case, the colleague to hand it to and the version you read.' })
export class AssignApplicationInput {
  @Field(() => ID, APPLICATION_ID)
  applicationId!: string;

  @Field(() => ID, { description: 'The colleague’s global ID (a Colleague’s id).' })
  assigneeId!: string;

  @Field(() => Int, { description: 'The application’s `version` you read.' })
  version!: number;
}

@InputType({ description: 'The case and what to ask the citizen.' })
export class RequestApplicationInformationInput {
  @Field(() => ID, APPLICATION_ID)
  applicationId!: string;

  @Field({ description: 'What the citizen should answer or upload; 1 to 4000 characters.' })
  message!: string;
}

@InputType({ description: 'The case to go on with.' })
export class ResumeApplicationInput {
  @Field(() => ID, APPLICATION_ID)
  applicationId!: string;
}

@InputType({ description: 'The case to approve and why.' })
export class ApproveApplicationInput {
  @Field(() => ID, APPLICATION_ID)
  applicationId!: string;

  @Field(REASON)
  reason!: string;
}

@InputType({ description: 'The case to reject and why.' })
export class RejectApplicationInput {
  @Field(() => ID, APPLICATION_ID)
  applicationId!: string;

  @Field(REASON)
  reason!: string;
}

@InputType({ description: 'The decided case to close.' })
export class CloseApplicationInput {
  @Field(() => ID, APPLICATION_ID)
  applicationId!: string;
}

@InputType({ description: 'A new version of a service’s online application form.' })
export class SaveApplicationFormInput {
  @Field(() => ID, SERVICE_ID)
  serviceId!: string;

  @Field(() => GraphQLJSONObject, {
    description:
      'The FormDefinition (JSON Schema 2020-12 with UI hints and documents; docs/application-forms.md). Each problem comes back as a userError with field ["definition", <JSON pointer>].',
  })
  definition!: Record<string, unknown>;

  @Field(() => Int, {
    nullable: true,
    description: 'The fee in euro cents, 0 to 1,000,000; null or 0: free of charge.',
  })
  feeCents?: number | null;

  @Field(() => Int, { description: 'The expected processing time in days, 1 to 365.' })
  processingDays!: number;

  @Field(() => Int, {
    description:
      'How many years a decided case is kept before it is deleted, 1 to 100 (docs/retention.md).',
  })
  retentionYears!: number;
}

@InputType({ description: 'The service whose online application ends.' })
export class RemoveApplicationFormInput {
  @Field(() => ID, SERVICE_ID)
  serviceId!: string;
}

@ObjectType({ description: 'What saveApplicationForm and removeApplicationForm answer.' })
export class ApplicationFormPayload {
  @Field(() => ApplicationForm, {
    nullable: true,
    description: 'The version published (or switched off); null when refused.',
  })
  applicationForm!: ApplicationForm | null;

  @Field(() => [ApplicationError], {
    description: 'Why nothing was published or switched off; empty on success.',
  })
  userErrors!: ApplicationError[];
}
