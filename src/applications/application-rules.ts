import {
  allowedTransitions,
  ApplicationStatus,
} from '../entities/applications/application-status.js';

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
