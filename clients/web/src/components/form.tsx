import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { useI18n } from '../i18n/i18n';
import type { UserError } from '../lib/api';

/** One problem of a form: the message, and the id of the field it concerns (null: the form). */
export type FormError = { field: string | null; message: string };

/**
 * The API's message for a refusal, on the form's field the API names (null when the form has no
 * such field): the message is already in the page's language.
 */
export function formErrorOf(error: UserError, fields: readonly string[]): FormError {
  const field = error.field?.[0];
  return { field: field && fields.includes(field) ? field : null, message: error.message };
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** Moves focus to a field and brings its label into view, as the error summary's links do. */
export function focusField(id: string): void {
  const field = document.getElementById(id);
  if (!field) return;
  const label =
    field.closest('fieldset')?.querySelector('legend') ??
    document.querySelector(`label[for="${id}"]`);
  field.focus({ preventScroll: true });
  (label ?? field).scrollIntoView({ block: 'start' });
}

/**
 * The list of a form's problems at its top (GOV.UK error summary): it takes the focus when the
 * citizen submits a form with errors (in the same task as it appears, before the next paint), and
 * each entry leads to its field.
 */
export function ErrorSummary(props: { errors: FormError[]; focusKey: unknown }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (props.errors.length > 0) box.current?.focus();
  }, [props.focusKey]);
  if (props.errors.length === 0) return null;
  return (
    <div
      ref={box}
      class="kern-alert kern-alert--danger error-summary"
      tabIndex={-1}
      aria-labelledby="error-summary-title"
    >
      <div role="alert">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--danger" aria-hidden="true" />
          <h2 class="kern-title" id="error-summary-title">
            {t('errors.summaryTitle')}
          </h2>
        </div>
        <div class="kern-alert__body">
          <ul class="error-summary__list">
            {props.errors.map((error) => (
              <li key={`${error.field}:${error.message}`}>
                {error.field ? (
                  <a
                    class="kern-link"
                    href={`#${error.field}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(error.field as string);
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  <span class="kern-body">{error.message}</span>
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function ErrorMessage(props: { id: string; children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <p class="kern-error" id={props.id}>
      <span class="kern-icon kern-icon--danger kern-icon--default" aria-hidden="true" />
      <span class="kern-body">
        <span class="kern-sr-only">{t('errors.prefix')} </span>
        {props.children}
      </span>
    </p>
  );
}

/** The input attributes the forms use; the rest is set by TextField itself. */
type InputAttributes = {
  name?: string;
  type?: 'text' | 'email' | 'tel' | 'password';
  autocomplete?: string;
  inputMode?: 'text' | 'email' | 'tel';
  autoCapitalize?: 'none' | 'characters' | 'words';
  spellcheck?: boolean;
  maxLength?: number;
};

export function TextField(
  props: {
    id: string;
    label: ComponentChildren;
    hint?: ComponentChildren;
    error?: string;
    optional?: boolean;
    value: string;
    onValue: (value: string) => void;
    width?: 'code' | 'full';
  } & InputAttributes,
) {
  const { t } = useI18n();
  const { id, label, hint, error, optional, value, onValue, width, ...input } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div class={`kern-form-input${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        {label}
        {optional && <span class="kern-label__optional"> {t('form.optional')}</span>}
      </label>
      {hint && (
        <div class="kern-hint" id={hintId}>
          {hint}
        </div>
      )}
      <input
        id={id}
        name={input.name}
        // Preact 11 types each input type separately; a union of them needs this narrowing.
        type={(input.type ?? 'text') as 'text'}
        autocomplete={input.autocomplete}
        inputMode={input.inputMode}
        autoCapitalize={input.autoCapitalize}
        spellcheck={input.spellcheck}
        maxLength={input.maxLength}
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}${
          width === 'code' ? ' input--code' : ''
        }`}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={error ? 'true' : undefined}
      />
      {error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
    </div>
  );
}

export type RadioOption = { value: string; label: ComponentChildren; hint?: ComponentChildren };

/**
 * A question answered by one choice. With `legendIsHeading` the question is the page's h1, as on
 * every one-question page of the booking journey (GOV.UK pattern).
 */
export function RadioGroup(props: {
  name: string;
  legend: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  options: RadioOption[];
  value: string | undefined;
  onValue: (value: string) => void;
  /** grid: short options side by side (times); columns: longer ones in columns on wide screens. */
  layout?: 'list' | 'grid' | 'columns';
  /** Extra content below the options, inside the fieldset (e.g. a live announcement). */
  children?: ComponentChildren;
}) {
  const hintId = props.hint ? `${props.name}-hint` : undefined;
  const errorId = props.error ? `${props.name}-error` : undefined;
  return (
    <fieldset
      class={`kern-fieldset${props.error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={describedBy(hintId, errorId)}
    >
      {props.legend}
      {props.hint && (
        <div class="kern-hint" id={hintId}>
          {props.hint}
        </div>
      )}
      {props.error && errorId && <ErrorMessage id={errorId}>{props.error}</ErrorMessage>}
      <div
        class={`kern-fieldset__body${
          props.layout === 'grid'
            ? ' radio-grid'
            : props.layout === 'columns'
              ? ' radio-columns'
              : ''
        }`}
      >
        {props.options.map((option, index) => {
          const id = index === 0 ? props.name : `${props.name}-${index + 1}`;
          const optionHint = option.hint ? `${id}-hint` : undefined;
          return (
            <div class="kern-form-check" key={option.value}>
              <input
                class="kern-form-check__radio"
                id={id}
                type="radio"
                name={props.name}
                value={option.value}
                checked={props.value === option.value}
                onChange={() => props.onValue(option.value)}
                aria-describedby={optionHint}
              />
              <label class="kern-label" for={id}>
                {option.label}
                {option.hint && (
                  <span class="kern-hint radio-hint" id={optionHint}>
                    {option.hint}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
      {props.children}
    </fieldset>
  );
}

/** A legend that is the page's heading (the h1 is inside it). */
export function HeadingLegend(props: { children: ComponentChildren }) {
  return <legend class="heading-legend">{props.children}</legend>;
}

/** A field for longer text (a message), with its label, hint and error as TextField has them. */
export function TextArea(props: {
  id: string;
  label: ComponentChildren;
  hint?: ComponentChildren;
  error?: string;
  value: string;
  onValue: (value: string) => void;
  rows?: number;
  maxLength?: number;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <div class="kern-hint" id={hintId}>
          {props.hint}
        </div>
      )}
      <textarea
        id={props.id}
        name={props.id}
        rows={props.rows ?? 5}
        maxLength={props.maxLength}
        class={`kern-form-input__input${props.error ? ' kern-form-input__input--error' : ''}`}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        aria-describedby={describedBy(hintId, errorId)}
        aria-invalid={props.error ? 'true' : undefined}
      />
      {props.error && errorId && <ErrorMessage id={errorId}>{props.error}</ErrorMessage>}
    </div>
  );
}
