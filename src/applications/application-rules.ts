import {
  allowedTransitions,
  ApplicationStatus,
} from '../entities/applications/application-status.js';

/** How many documents one requirement, and one application, can hold. */
export const MAX_FILES_PER_REQUIREMENT = 10;
export const MAX_FILES_PER_APPLICATION = 20;
/** All documents of one application together, in bytes. */
export const MAX_APPLICATION_BYTES = 50 * 1024 * 1024;

/** The documents an application holds: all, those of one requirement, and their bytes. */
export type DocumentTotals = { files: number; ofRequirement: number; bytes: number };

/** Which limit one more document of `size` bytes would pass, if any. */
export function documentLimitPassed(
  totals: DocumentTotals,
  size: number,
): 'TOO_MANY_FILES' | 'TOTAL_TOO_LARGE' | null {
  if (
    totals.ofRequirement >= MAX_FILES_PER_REQUIREMENT ||
    totals.files >= MAX_FILES_PER_APPLICATION
  ) {
    return 'TOO_MANY_FILES';
  }
  return totals.bytes + size > MAX_APPLICATION_BYTES ? 'TOTAL_TOO_LARGE' : null;
}

/** Who acts on an application: the citizen who applies, or a member of staff of its office. */
export type ApplicationSide = 'CITIZEN' | 'STAFF';

/** Whether the status machine (the same table the database trigger enforces) allows the change. */
export function canTransition(from: ApplicationStatus, to: ApplicationStatus): boolean {
  return allowedTransitions[from].includes(to);
}

/**
 * Whether a document may be added in this status: the citizen fills in a draft or answers the
 * office's question; staff also file papers (a scan brought to the counter) while they handle it.
 */
export function documentMayBeAdded(status: ApplicationStatus, side: ApplicationSide): boolean {
  if (status === ApplicationStatus.DRAFT || status === ApplicationStatus.INFORMATION_REQUESTED) {
    return true;
  }
  return (
    side === 'STAFF' &&
    (status === ApplicationStatus.SUBMITTED || status === ApplicationStatus.IN_REVIEW)
  );
}

/**
 * The status after a document was added: the citizen's upload answers the office's question, so
 * the case goes back to the clerk; otherwise the status stays.
 */
export function statusAfterDocument(
  status: ApplicationStatus,
  side: ApplicationSide,
): ApplicationStatus {
  return side === 'CITIZEN' && status === ApplicationStatus.INFORMATION_REQUESTED
    ? ApplicationStatus.IN_REVIEW
    : status;
}

/** Statuses in which the office still owes a decision. */
const AWAITING_DECISION: readonly ApplicationStatus[] = [
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.IN_REVIEW,
  ApplicationStatus.INFORMATION_REQUESTED,
];

/**
 * Until when a decided case is kept: its decision plus the retention years of its form, after
 * which the daily retention job deletes it with its files (docs/retention.md); null undecided.
 */
export function keptUntil(decidedAt: Date | null, retentionYears: number): Date | null {
  if (!decidedAt) return null;
  const until = new Date(decidedAt);
  until.setUTCFullYear(until.getUTCFullYear() + retentionYears);
  return until;
}

/** Whether the office owes a decision past the expected processing time. */
export function isOverdue(status: ApplicationStatus, dueAt: Date | null, now: Date): boolean {
  return AWAITING_DECISION.includes(status) && dueAt !== null && dueAt < now;
}

/** The catalogue's key of the message for a problem of the answers, by its JSON Schema keyword. */
export function answerProblemKey(
  code: string,
):
  | 'answer.required'
  | 'answer.notAField'
  | 'answer.format'
  | 'answer.choice'
  | 'answer.length'
  | 'answer.range'
  | 'answer.invalid' {
  switch (code) {
    case 'required':
    case 'dependentRequired':
      return 'answer.required';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'answer.notAField';
    case 'pattern':
    case 'format':
    case 'type':
      return 'answer.format';
    case 'enum':
    case 'const':
      return 'answer.choice';
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
      return 'answer.length';
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return 'answer.range';
    default:
      return 'answer.invalid';
  }
}
