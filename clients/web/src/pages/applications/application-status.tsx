import { ApplicationStatus } from './gql/graphql';
import { useI18n, type MessageKey } from '../../i18n/i18n';

const STATUS_KEY: Record<ApplicationStatus, MessageKey> = {
  DRAFT: 'application.status.DRAFT',
  SUBMITTED: 'application.status.SUBMITTED',
  IN_REVIEW: 'application.status.IN_REVIEW',
  INFORMATION_REQUESTED: 'application.status.INFORMATION_REQUESTED',
  APPROVED: 'application.status.APPROVED',
  REJECTED: 'application.status.REJECTED',
  WITHDRAWN: 'application.status.WITHDRAWN',
  CLOSED: 'application.status.CLOSED',
};

export function statusKey(status: ApplicationStatus): MessageKey {
  return STATUS_KEY[status];
}

/** Whether the citizen may still withdraw: submitted and not decided. */
export function withdrawable(status: ApplicationStatus): boolean {
  return (
    status === ApplicationStatus.SUBMITTED ||
    status === ApplicationStatus.IN_REVIEW ||
    status === ApplicationStatus.INFORMATION_REQUESTED
  );
}

/** An application's status as a tag; one that asks something of the citizen stands out. */
export function StatusTag(props: { status: ApplicationStatus }) {
  const { t } = useI18n();
  const attention = props.status === ApplicationStatus.INFORMATION_REQUESTED;
  return (
    <p class={`application-status application-status--${props.status.toLowerCase()}`}>
      {attention && <span class="kern-icon kern-icon--warning" aria-hidden="true" />}
      {t(statusKey(props.status))}
    </p>
  );
}
