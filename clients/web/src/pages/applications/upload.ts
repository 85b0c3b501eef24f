import type { Client } from '@urql/core';
import { fileLimits, fileProblem } from '../../components/application-form/document-uploads';
import type { MessageKey, MessageValues } from '../../i18n/i18n';
import { LANGUAGES, type Lang } from '../../i18n/languages';
import { ownHostPath } from '../../lib/file-link';
import type { DocumentRequirement } from '../../lib/form-definition';
import { CreateApplicationUploadMutation } from './documents';

type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * Sends one file for a document requirement: checked here for its size and type first, then a
 * ticket from the API (createApplicationUpload) and the bytes PUT to it, where the server checks
 * them by their content. Resolves to null when the file is filed, else to the citizen's message:
 * ours, or the API's (already in the page's language).
 */
export async function uploadDocument(
  client: Client,
  applicationId: string,
  requirement: DocumentRequirement,
  file: File,
  page: { t: Translate; lang: Lang; locale: string },
): Promise<string | null> {
  const { t, lang, locale } = page;
  const problem = fileProblem(requirement, file);
  if (problem) return t(problem, fileLimits(requirement, locale));
  const ticket = await client
    .mutation(CreateApplicationUploadMutation, {
      input: { applicationId, requirement: requirement.key, fileName: file.name },
    })
    .toPromise();
  const payload = ticket.data?.createApplicationUpload;
  if (!payload) return t('errors.connection');
  if (!payload.uploadUrl) return payload.userErrors.map((error) => error.message).join(' ');
  const response = await fetch(ownHostPath(payload.uploadUrl), {
    method: 'PUT',
    body: file,
    headers: {
      'content-type': file.type || 'application/octet-stream',
      'accept-language': LANGUAGES[lang].acceptLanguage,
    },
  }).catch(() => null);
  if (!response) return t('errors.connection');
  if (response.ok) return null;
  const refusal = (await response.json().catch(() => null)) as { message?: string } | null;
  return refusal?.message ?? t('apply.documents.failed');
}
