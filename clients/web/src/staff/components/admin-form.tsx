import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { ErrorMessage, ErrorSummary, type FormError } from '../../components/form';

// The parts of the administration's forms (offices, services, categories): API errors mapped to
// their inputs, a form section with its error summary, checkbox groups and selects.

export type ApiError = { field?: string[] | null; message: string };
/**
 * A form's problems from the API: each on the input whose id the field's path maps to (the path
 * joined with dots, as "name.de" or "periods.0.opens"), else on the form.
 */
export function errorsOf(errors: ApiError[], inputs: (path: string) => string | null): FormError[] {
  return errors.map((error) => ({
    field: inputs((error.field ?? []).join('.')),
    message: error.message,
  }));
}

/** The state of one of a page's forms: its problems, and a count of attempts for the summary. */
export function useFormErrors() {
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  return {
    errors,
    attempt,
    show(problems: FormError[]) {
      setErrors(problems);
      setAttempt((value) => value + 1);
    },
    of: (id: string) => errors.find((error) => error.field === id)?.message,
  };
}

export function AdminForm(props: {
  id: string;
  title: string;
  submit: string;
  errors: FormError[];
  attempt: number;
  onSubmit: () => void;
  children: ComponentChildren;
}) {
  return (
    <section aria-labelledby={props.id} class="admin-form">
      <h2 class="kern-heading-medium" id={props.id}>
        {props.title}
      </h2>
      <ErrorSummary errors={props.errors} focusKey={props.attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.children}
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{props.submit}</span>
        </button>
      </form>
    </section>
  );
}

/** Checkboxes for a list of choices, as one question (fieldset and legend). */
export function CheckboxGroup(props: {
  name: string;
  legend: string;
  error?: string;
  options: Array<{ value: string; label: string }>;
  values: string[];
  onValues: (values: string[]) => void;
}) {
  const errorId = props.error ? `${props.name}-error` : undefined;
  return (
    <fieldset
      class={`kern-fieldset${props.error ? ' kern-fieldset--error' : ''}`}
      aria-describedby={errorId}
    >
      <legend class="kern-label">{props.legend}</legend>
      {props.error && errorId && <ErrorMessage id={errorId}>{props.error}</ErrorMessage>}
      <div class="kern-fieldset__body">
        {props.options.map((option, index) => {
          const id = index === 0 ? props.name : `${props.name}-${index + 1}`;
          return (
            <div class="kern-form-check" key={option.value}>
              <input
                class="kern-form-check__checkbox"
                id={id}
                type="checkbox"
                name={props.name}
                value={option.value}
                checked={props.values.includes(option.value)}
                onChange={(event) =>
                  props.onValues(
                    event.currentTarget.checked
                      ? [...props.values, option.value]
                      : props.values.filter((value) => value !== option.value),
                  )
                }
              />
              <label class="kern-label" for={id}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

export function Select(props: {
  id: string;
  label: string;
  error?: string;
  options: Array<{ value: string; label: string }>;
  value: string;
  onValue: (value: string) => void;
}) {
  const errorId = props.error ? `${props.id}-error` : undefined;
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>
        {props.label}
      </label>
      <div class="kern-form-input__select-wrapper">
        <select
          id={props.id}
          class={`kern-form-input__select${props.error ? ' kern-form-input__select--error' : ''}`}
          value={props.value}
          onChange={(event) => props.onValue(event.currentTarget.value)}
          aria-describedby={errorId}
          aria-invalid={props.error ? 'true' : undefined}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
      {props.error && errorId && <ErrorMessage id={errorId}>{props.error}</ErrorMessage>}
    </div>
  );
}

/**
 * Euros as the admin types them ("12,50", "12.50", "12"), in cents; NaN when not a sum. A minus
 * is kept, so that the API refuses a negative fee with its own message on the field.
 */
export function centsOf(text: string): number {
  const normalized = text.trim().replace(',', '.');
  if (!/^-?\d+(\.\d{1,2})?$/.test(normalized)) return Number.NaN;
  return Math.round(Number(normalized) * 100);
}
