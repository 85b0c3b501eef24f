import { useI18n, type MessageKey } from '../../i18n/i18n';
import { ownHostPath } from '../../lib/file-link';
import type { DocumentRequirement } from '../../lib/form-definition';
import { ErrorMessage } from '../form';
import { formText } from './answers';

/** An uploaded file, as the API lists it (`ApplicationDocument`). */
export type UploadedDocument = {
  id: string;
  requirement?: string | null;
  fileName: string;
  size: number;
};

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};

/** File sizes as people read them: "850 kB", "10 MB". */
export function fileSize(bytes: number, locale: string): string {
  const megabytes = bytes >= 1_000_000;
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: megabytes ? 1 : 0,
  }).format(megabytes ? bytes / 1_000_000 : Math.max(1, bytes / 1000));
}

/**
 * Why a chosen file cannot be taken, before it is sent: too large, or not of a type the
 * document accepts (by the browser's guess from its name; the server checks its content too).
 */
export function fileProblem(
  requirement: DocumentRequirement,
  file: { size: number; type: string },
): MessageKey | null {
  if (file.size === 0) return 'applicationForm.upload.empty';
  if (file.size > requirement.maxBytes) return 'applicationForm.upload.tooLarge';
  if (!requirement.mediaTypes.includes(file.type)) return 'applicationForm.upload.wrongType';
  return null;
}

/** The accepted types and the largest size of a document, for its hint and its messages. */
export function fileLimits(requirement: DocumentRequirement, locale: string) {
  return {
    types: requirement.mediaTypes.map((type) => TYPE_NAMES[type] ?? type).join(', '),
    max: fileSize(requirement.maxBytes, locale),
  };
}

/** A PDF or an uploaded file to download, with its size. */
export function FileLink(props: { href: string; label: string; size: number; icon?: string }) {
  const { locale } = useI18n();
  return (
    <a class="kern-link" href={ownHostPath(props.href)} download>
      <span class={`kern-icon kern-icon--${props.icon ?? 'download'}`} aria-hidden="true" />
      {props.label} ({fileSize(props.size, locale)})
    </a>
  );
}

export function uploadId(key: string): string {
  return `upload-${key}`;
}

/**
 * The documents to upload, one file field each, with what was uploaded so far and a button to
 * take each out again. Pure: the page sends the chosen file (`onUpload`) and says how it went.
 */
export function DocumentUploads(props: {
  requirements: DocumentRequirement[];
  documents: UploadedDocument[];
  /** A message per requirement key: the upload that went wrong, or the document missing. */
  errors: Record<string, string>;
  /** The requirement keys whose upload is on its way. */
  busy: string[];
  onUpload: (requirement: DocumentRequirement, file: File) => void;
  /** Takes an uploaded file out again; none once the application is submitted. */
  onRemove?: (document: UploadedDocument) => void;
}) {
  const { t, lang, locale } = useI18n();
  return (
    <div class="document-uploads">
      {props.requirements.map((requirement) => {
        const id = uploadId(requirement.key);
        const label = formText(requirement.label, lang);
        const help = requirement.help ? formText(requirement.help, lang) : undefined;
        const error = props.errors[requirement.key];
        const uploaded = props.documents.filter(
          (document) => document.requirement === requirement.key,
        );
        const busy = props.busy.includes(requirement.key);
        return (
          <div
            key={requirement.key}
            class={`kern-form-input form-field document-upload${error ? ' kern-form-input--error' : ''}`}
          >
            <label class="kern-label" for={id}>
              <span lang={label.lang}>{label.text}</span>
              {!requirement.required && (
                <span class="kern-label__optional"> {t('form.optional')}</span>
              )}
            </label>
            {help && (
              <div class="kern-hint" id={`${id}-help`} lang={help.lang}>
                {help.text}
              </div>
            )}
            <div class="kern-hint" id={`${id}-limits`}>
              {t('applicationForm.upload.limits', fileLimits(requirement, locale))}
            </div>
            {uploaded.length > 0 && (
              <ul class="document-upload__files" aria-label={t('applicationForm.upload.uploaded')}>
                {uploaded.map((document) => (
                  <li key={document.id} class="document-upload__file">
                    <span class="kern-icon kern-icon--check" aria-hidden="true" />
                    <span class="kern-body">
                      {t('applicationForm.upload.file', {
                        name: document.fileName,
                        size: fileSize(document.size, locale),
                      })}
                    </span>
                    {props.onRemove && (
                      <button
                        type="button"
                        class="kern-btn kern-btn--tertiary"
                        onClick={() => props.onRemove?.(document)}
                      >
                        <span class="kern-label">
                          {t('applicationForm.upload.remove')}
                          <span class="kern-sr-only"> {document.fileName}</span>
                        </span>
                      </button>
                    )}
                  </li>
                ))}
              </ul>
            )}
            <input
              id={id}
              name={id}
              type="file"
              class="kern-form-input__input document-upload__input"
              accept={requirement.mediaTypes.join(',')}
              aria-describedby={[help && `${id}-help`, `${id}-limits`, error && `${id}-error`]
                .filter(Boolean)
                .join(' ')}
              aria-invalid={error ? 'true' : undefined}
              onChange={(event) => {
                const input = event.currentTarget;
                const file = input.files?.[0];
                input.value = '';
                if (file) props.onUpload(requirement, file);
              }}
            />
            <p class="kern-body document-upload__state" role="status">
              {busy ? t('applicationForm.upload.sending') : ''}
            </p>
            {error && <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>}
          </div>
        );
      })}
    </div>
  );
}
