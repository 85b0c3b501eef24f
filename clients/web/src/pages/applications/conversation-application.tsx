import { useClient, useSubscription } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { FileLink } from '../../components/application-form/document-uploads';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../lib/routes';
import { ApplicationQuery, ApplicationUpdatedSubscription } from './documents';
import { ApplicationStatus, type ApplicationDetailsFragment } from './gql/graphql';
import { StatusTag } from './application-status';
import { RequestedDocuments } from './requested-documents';

/**
 * The application a conversation is about, on the conversation's page: its status (live), a link
 * to it, and, while the office waits for the citizen, the documents to send along with the answer.
 * Loaded with the application pages' own documents, only for conversations about an application.
 */
export function ConversationApplication(props: { applicationId: string }) {
  const { t } = useI18n();
  const client = useClient();
  const [details, setDetails] = useState<ApplicationDetailsFragment | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    void client
      .query(ApplicationQuery, { id: props.applicationId }, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => setDetails(result.data?.application ?? null));
  }, [props.applicationId]);

  useSubscription(
    { query: ApplicationUpdatedSubscription, variables: { applicationId: props.applicationId } },
    (_previous: unknown, data) => {
      setDetails(data.applicationUpdated);
      return data;
    },
  );

  if (!details) return null;
  const reference = details.reference ?? '';
  // What the citizen sent, the form's documents and those sent since.
  const documents = details.documents.filter((document) => !document.fromOffice);
  const requested = details.status === ApplicationStatus.INFORMATION_REQUESTED;
  return (
    <>
      <div class="kern-alert kern-alert--info" role="region" aria-labelledby="application-heading">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--info" aria-hidden="true" />
          <h2 class="kern-title" id="application-heading">
            {t('application.heading', { reference })}
          </h2>
        </div>
        <div class="kern-alert__body">
          <StatusTag status={details.status} />
          {requested && <p class="kern-body">{t('application.request.heading')}</p>}
          {documents.length > 0 && (
            <ul class="action-list" aria-label={t('application.files.heading')}>
              {documents.map((document) => (
                <li key={document.id}>
                  <FileLink
                    href={document.downloadUrl}
                    label={document.fileName}
                    size={document.size}
                    icon="draft"
                  />
                </li>
              ))}
            </ul>
          )}
          <p class="kern-body">
            <a class="kern-link" href={paths.myApplication(details.id)}>
              {t('myApplications.open', { reference })}
            </a>
          </p>
        </div>
      </div>
      {requested && (
        <RequestedDocuments
          details={details}
          onUploaded={(next, fileName) => {
            setDetails(next);
            setAnnouncement(t('application.more.sent', { name: fileName }));
          }}
          onProblem={(problem) => setAnnouncement(problem?.message ?? '')}
        />
      )}
      <div class="kern-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </>
  );
}
