import { useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CheckInMutation } from '../graphql/kiosk';
import { CheckInErrorCode } from '../gql/graphql';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { tokenRefused } from '../lib/api';
import { useDocumentTitle } from '../lib/document-title';
import { useHeadingFocus } from '../lib/heading-focus';
import type { KioskTicket } from './ticket-screen';

/** The booking code's alphabet (src/appointments/booking-code.ts): no 0/O, 1/I/L. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

/** The code as typed or scanned: case, spaces and dashes do not matter. */
function normalised(value: string): string {
  return value.toUpperCase().replace(/[\s-]/g, '').slice(0, CODE_LENGTH);
}

const ERROR_MESSAGES: Record<CheckInErrorCode, MessageKey> = {
  [CheckInErrorCode.INVALID_INPUT]: 'code.error.INVALID_INPUT',
  [CheckInErrorCode.NOT_FOUND]: 'code.error.NOT_FOUND',
  [CheckInErrorCode.WRONG_OFFICE]: 'code.error.WRONG_OFFICE',
  [CheckInErrorCode.NOT_TODAY]: 'code.error.NOT_TODAY',
  [CheckInErrorCode.TOO_EARLY]: 'code.error.TOO_EARLY',
  [CheckInErrorCode.TOO_LATE]: 'code.error.TOO_LATE',
  [CheckInErrorCode.CANCELLED]: 'code.error.CANCELLED',
  [CheckInErrorCode.ALREADY_CHECKED_IN]: 'code.error.ALREADY_CHECKED_IN',
  [CheckInErrorCode.OFFICE_CLOSED]: 'code.error.OFFICE_CLOSED',
  [CheckInErrorCode.RATE_LIMITED]: 'code.error.RATE_LIMITED',
};

/**
 * "I have an appointment": the booking code, typed on the screen's keypad or by a barcode
 * scanner, which types the code and Enter into the focused field.
 */
export function CodeScreen(props: {
  onBack: () => void;
  onTicket: (ticket: KioskTicket) => void;
  onRevoked: () => void;
}) {
  const { t } = useI18n();
  const heading = useHeadingFocus();
  const field = useRef<HTMLInputElement>(null);
  const [code, setCode] = useState('');
  const [error, setError] = useState<MessageKey | null>(null);
  const [{ fetching }, checkIn] = useMutation(CheckInMutation);
  useDocumentTitle(t('code.title'));

  // The scanner types into the field: it has the focus from the start.
  useEffect(() => {
    field.current?.focus();
  }, []);

  function fail(message: MessageKey) {
    setError(message);
    field.current?.focus();
  }

  async function submit() {
    if (fetching) return;
    if (code.length !== CODE_LENGTH || ![...code].every((c) => CODE_ALPHABET.includes(c))) {
      fail(code === '' ? 'code.error.empty' : 'code.error.INVALID_INPUT');
      return;
    }
    const result = await checkIn({ input: { code } });
    const payload = result.data?.checkIn;
    if (payload?.ticket) {
      props.onTicket(payload.ticket);
      return;
    }
    if (tokenRefused(result.error)) {
      props.onRevoked();
      return;
    }
    const refusal = payload?.userErrors[0];
    fail(refusal ? ERROR_MESSAGES[refusal.code] : 'error.unexpected');
  }

  function type(key: string, pointer: boolean) {
    setError(null);
    setCode((current) => (current.length < CODE_LENGTH ? current + key : current));
    // After a tap the scanner's field keeps the focus; a keyboard user stays on the key.
    if (pointer) field.current?.focus();
  }

  return (
    <>
      <h1 class="kern-heading-x-large" ref={heading} tabIndex={-1}>
        {t('code.title')}
      </h1>
      <form
        class="code-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
          <label class="kern-label kiosk-label" for="booking-code">
            {t('code.label')}
          </label>
          <div class="kern-hint" id="booking-code-hint">
            {t('code.hint')}
          </div>
          <input
            ref={field}
            id="booking-code"
            class={`kern-form-input__input code-input${error ? ' kern-form-input__input--error' : ''}`}
            type="text"
            // The screen's keypad types; no on-screen keyboard of the system on top of it.
            inputMode="none"
            autocomplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            dir="ltr"
            value={code}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'booking-code-hint booking-code-error' : 'booking-code-hint'}
            onInput={(event) => {
              setError(null);
              setCode(normalised(event.currentTarget.value));
            }}
          />
          <div role="alert" class="code-form__error">
            {error && (
              <p class="kern-error" id="booking-code-error">
                <span class="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
                <span class="kern-body kern-body--large">{t(error)}</span>
              </p>
            )}
          </div>
        </div>
        <div class="keypad" role="group" aria-label={t('code.keypad')} dir="ltr">
          {[...CODE_ALPHABET].map((key) => (
            <button
              key={key}
              type="button"
              class="keypad__key"
              onClick={(event) => type(key, event.detail > 0)}
            >
              {key}
            </button>
          ))}
          <button
            type="button"
            class="keypad__key keypad__key--wide"
            onClick={(event) => {
              setError(null);
              setCode((current) => current.slice(0, -1));
              if (event.detail > 0) field.current?.focus();
            }}
          >
            {t('code.delete')}
          </button>
        </div>
        <div class="kiosk-actions">
          <button
            type="button"
            class="kern-btn kern-btn--secondary kiosk-button"
            onClick={props.onBack}
          >
            <span class="kern-label">{t('nav.back')}</span>
          </button>
          <button type="submit" class="kern-btn kern-btn--primary kiosk-button" disabled={fetching}>
            <span class="kern-label">{t('code.submit')}</span>
          </button>
        </div>
      </form>
    </>
  );
}
