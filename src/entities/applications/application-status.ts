/** The states of an application; the allowed changes are in application-rules.ts and the database trigger. */
export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  IN_REVIEW = 'IN_REVIEW',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  CLOSED = 'CLOSED',
}

export enum ApplicationEventKind {
  SUBMITTED = 'SUBMITTED',
  TAKEN = 'TAKEN',
  ASSIGNED = 'ASSIGNED',
  INFORMATION_REQUESTED = 'INFORMATION_REQUESTED',
  CITIZEN_ANSWERED = 'CITIZEN_ANSWERED',
  DOCUMENT_ADDED = 'DOCUMENT_ADDED',
  RESUMED = 'RESUMED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  CLOSED = 'CLOSED',
}

export enum ApplicationFileKind {
  DOCUMENT = 'DOCUMENT',
  RECEIPT = 'RECEIPT',
  DECISION = 'DECISION',
}

/**
 * Every allowed status change. The database trigger application_status_transition refuses every
 * other one, whoever writes the row; its body is generated from this table.
 */
export const allowedTransitions: Readonly<Record<ApplicationStatus, readonly ApplicationStatus[]>> =
  {
    [ApplicationStatus.DRAFT]: [ApplicationStatus.SUBMITTED],
    [ApplicationStatus.SUBMITTED]: [ApplicationStatus.IN_REVIEW, ApplicationStatus.WITHDRAWN],
    [ApplicationStatus.IN_REVIEW]: [
      ApplicationStatus.INFORMATION_REQUESTED,
      ApplicationStatus.APPROVED,
      ApplicationStatus.REJECTED,
      ApplicationStatus.WITHDRAWN,
    ],
    [ApplicationStatus.INFORMATION_REQUESTED]: [
      ApplicationStatus.IN_REVIEW,
      ApplicationStatus.WITHDRAWN,
    ],
    [ApplicationStatus.APPROVED]: [ApplicationStatus.CLOSED],
    [ApplicationStatus.REJECTED]: [ApplicationStatus.CLOSED],
    [ApplicationStatus.WITHDRAWN]: [],
    [ApplicationStatus.CLOSED]: [],
  };

/** SQLSTATE the transition trigger raises for a refused status change. */
export const invalidTransitionSqlState = 'RH001';
/** SQLSTATE the trigger raises when an assigned case changes hands without a version check. */
export const assigneeSwapSqlState = 'RH002';

const transitionPairs = Object.entries(allowedTransitions)
  .flatMap(([from, targets]) => targets.map((to) => `('${from}','${to}')`))
  .join(',');

/** The body of the trigger: a status change outside the table, or an unversioned reassignment, raises. */
export const applicationTriggerBody =
  `if new.status is distinct from old.status and (old.status, new.status) not in (${transitionPairs}) then ` +
  `raise exception 'application: invalid transition from % to %', old.status, new.status using errcode = '${invalidTransitionSqlState}'; ` +
  `end if; ` +
  `if old.assignee_id is not null and new.assignee_id is not null and new.assignee_id <> old.assignee_id and new.version = old.version then ` +
  `raise exception 'application: assignee changed without version check' using errcode = '${assigneeSwapSqlState}'; ` +
  `end if; ` +
  `return new;`;
