import { useClient } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { Answers } from '../../components/application-form/answers';
import { DocumentUploads, uploadId } from '../../components/application-form/document-uploads';
import type { FormError } from '../../components/form';
import { useI18n } from '../../i18n/i18n';
import {
  applicableDocuments,
  type DocumentRequirement,
  type FormDefinition,
} from '../../lib/form-definition';
import { ApplicationQuery } from './documents';
import type { ApplicationDetailsFragment } from './gql/graphql';
import { uploadDocument } from './upload';

type Details = ApplicationDetailsFragment;

/**
 * "Send more documents" while the office waits for the citizen (INFORMATION_REQUESTED): a file
 * field per document of the form, with the files sent so far. Shown on the application's page and
 * in the conversation linked to it, where the office's question arrives.
 */
export function RequestedDocuments(props: {
  details: Details;
  /** The application read again after a file was filed, and the file's name. */
  onUploaded: (details: Details, fileName: string) => void;
  /** The upload that went wrong (for the page's error summary), or null once one went well. */
  onProblem: (problem: FormError | null) => void;
}) {
  const { t, lang, locale } = useI18n();
  const client = useClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<string[]>([]);
  const { details } = props;

  async function upload(requirement: DocumentRequirement, file: File) {
    setErrors(({ [requirement.key]: _gone, ...rest }) => rest);
    setBusy((keys) => [...keys, requirement.key]);
    try {
      const message = await uploadDocument(client, details.id, requirement, file, {
        t,
        lang,
        locale,
      });
      if (message) {
        setErrors((current) => ({ ...current, [requirement.key]: message }));
        props.onProblem({ field: uploadId(requirement.key), message });
        return;
      }
      props.onProblem(null);
      const now = await client
        .query(ApplicationQuery, { id: details.id }, { requestPolicy: 'network-only' })
        .toPromise();
      if (now.data?.application) props.onUploaded(now.data.application, file.name);
    } finally {
      setBusy((keys) => keys.filter((key) => key !== requirement.key));
    }
  }

  const definition = details.form.definition as FormDefinition;
  const answers = (details.answers ?? {}) as Answers;
  return (
    <section class="section" aria-labelledby="more-heading">
      <h2 id="more-heading" class="kern-heading-medium">
        {t('application.more.heading')}
      </h2>
      <p class="kern-body">{t('application.more.text')}</p>
      <DocumentUploads
        requirements={applicableDocuments(definition, answers)}
        documents={details.documents.filter((document) => !document.fromOffice)}
        errors={errors}
        busy={busy}
        onUpload={(requirement, file) => void upload(requirement, file)}
      />
    </section>
  );
}
