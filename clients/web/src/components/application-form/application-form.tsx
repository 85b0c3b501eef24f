import type { ComponentChildren } from 'preact';
import { useI18n } from '../../i18n/i18n';
import type { Lang } from '../../i18n/languages';
import {
  fieldWidget,
  requiredField,
  type FormDefinition,
  type FormSection,
  type Widget,
} from '../../lib/form-definition';
import { ErrorMessage, type FormError } from '../form';
import {
  answerAt,
  fieldId,
  formText,
  withAnswer,
  type Answers,
  type FieldProblem,
} from './answers';
import { problemKey } from './problems';

/** What every part of the form is given: the form, the answers so far, and what is wrong. */
type FormProps = {
  definition: FormDefinition;
  answers: Answers;
  /** The problems to show at their fields (by JSON pointer); the page chooses which and when. */
  problems: FieldProblem[];
  /** The answers with the citizen's change. */
  onChange: (answers: Answers) => void;
};

function describedBy(...ids: Array<string | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

/** A form's text in the page's language, marked with its own language when it is another. */
function Text(props: { text: { text: string; lang: Lang | undefined } }) {
  return <span lang={props.text.lang}>{props.text.text}</span>;
}

const INPUT_TYPES: Partial<Record<Widget, string>> = {
  text: 'text',
  email: 'email',
  tel: 'tel',
  date: 'date',
  // A text field that brings up the number keys: type="number" changes its value on scrolling.
  number: 'text',
};

/** A typed number as a number; what is not one stays text, for the API to report. */
function numberOf(value: string): number | string {
  const trimmed = value.trim();
  return /^-?[0-9]+([.,][0-9]+)?$/.test(trimmed) ? Number(trimmed.replace(',', '.')) : value;
}

function Field(props: {
  definition: FormDefinition;
  pointer: string;
  value: unknown;
  problem: FieldProblem | undefined;
  onValue: (value: unknown) => void;
}) {
  const { t, lang } = useI18n();
  const { definition, pointer } = props;
  const hint = definition.ui.fields[pointer];
  const widget = fieldWidget(definition, pointer);
  const required = requiredField(definition, pointer);
  const id = fieldId(pointer);
  const label = formText(hint?.label, lang);
  const help = hint?.help ? formText(hint.help, lang) : undefined;
  const placeholder = hint?.placeholder ? formText(hint.placeholder, lang).text : undefined;
  const error = props.problem ? t(problemKey(props.problem.code, widget)) : undefined;
  const helpId = help ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const optional = !required && <span class="kern-label__optional"> {t('form.optional')}</span>;
  const helpText = help && (
    <div class="kern-hint" id={helpId}>
      <Text text={help} />
    </div>
  );
  const errorText = error && errorId && <ErrorMessage id={errorId}>{error}</ErrorMessage>;
  const text = typeof props.value === 'string' || typeof props.value === 'number';
  const shown = text ? String(props.value) : '';
  const fromText = (value: string) =>
    props.onValue(value === '' ? undefined : widget === 'number' ? numberOf(value) : value);

  if (widget === 'radio') {
    return (
      <fieldset
        class={`kern-fieldset${error ? ' kern-fieldset--error' : ''}`}
        aria-describedby={describedBy(helpId, errorId)}
      >
        <legend class="kern-label">
          <Text text={label} />
          {optional}
        </legend>
        {helpText}
        {errorText}
        <div class="kern-fieldset__body">
          {Object.entries(hint?.options ?? {}).map(([value, option], index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div class="kern-form-check" key={value}>
                <input
                  class="kern-form-check__radio"
                  id={optionId}
                  type="radio"
                  name={id}
                  value={value}
                  checked={props.value === value}
                  onChange={() => props.onValue(value)}
                />
                <label class="kern-label" for={optionId}>
                  <Text text={formText(option, lang)} />
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    );
  }

  if (widget === 'checkbox') {
    return (
      <div class={`kern-form-input form-field${error ? ' kern-form-input--error' : ''}`}>
        <div class="kern-form-check">
          <input
            class="kern-form-check__checkbox"
            id={id}
            type="checkbox"
            name={id}
            checked={props.value === true}
            onChange={(event) => props.onValue(event.currentTarget.checked)}
            aria-describedby={describedBy(helpId, errorId)}
            aria-invalid={error ? 'true' : undefined}
            aria-required={required ? 'true' : undefined}
          />
          <label class="kern-label" for={id}>
            <Text text={label} />
            {optional}
          </label>
        </div>
        {helpText}
        {errorText}
      </div>
    );
  }

  const control = {
    id,
    name: id,
    'aria-describedby': describedBy(helpId, errorId),
    'aria-invalid': error ? ('true' as const) : undefined,
    'aria-required': required ? ('true' as const) : undefined,
  };
  let input: ComponentChildren;
  if (widget === 'select') {
    input = (
      <div class="kern-form-input__select-wrapper">
        <select
          {...control}
          class={`kern-form-input__select${error ? ' kern-form-input__select--error' : ''}`}
          value={shown}
          onChange={(event) => fromText(event.currentTarget.value)}
        >
          <option value="">{t('applicationForm.select.choose')}</option>
          {Object.entries(hint?.options ?? {}).map(([value, option]) => (
            <option key={value} value={value}>
              {formText(option, lang).text}
            </option>
          ))}
        </select>
      </div>
    );
  } else if (widget === 'textarea') {
    input = (
      <textarea
        {...control}
        rows={5}
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}`}
        placeholder={placeholder}
        value={shown}
        onInput={(event) => fromText(event.currentTarget.value)}
      />
    );
  } else {
    input = (
      <input
        {...control}
        // Preact 11 types each input type separately; a union of them needs this narrowing.
        type={(INPUT_TYPES[widget] ?? 'text') as 'text'}
        inputMode={widget === 'number' ? 'decimal' : undefined}
        autocomplete={hint?.autocomplete}
        spellcheck={widget === 'email' ? false : undefined}
        class={`kern-form-input__input${error ? ' kern-form-input__input--error' : ''}${
          widget === 'date' || widget === 'number' ? ' input--code' : ''
        }`}
        placeholder={placeholder}
        value={shown}
        onInput={(event) => fromText(event.currentTarget.value)}
      />
    );
  }
  return (
    <div class={`kern-form-input form-field${error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={id}>
        <Text text={label} />
        {optional}
      </label>
      {helpText}
      {input}
      {errorText}
    </div>
  );
}

/**
 * The fields of one section in their order, each with the control its widget asks for, its label
 * and help in the page's language (German where the form has no translation), its optional mark,
 * and the problem at its JSON pointer. Pure: the answers come in, each change goes out.
 */
export function SectionFields(props: FormProps & { section: FormSection }) {
  const { lang } = useI18n();
  const { section } = props;
  return (
    <div class="application-section" data-section={section.id}>
      {section.description && (
        <p class="kern-body">
          <Text text={formText(section.description, lang)} />
        </p>
      )}
      {section.fields.map((pointer) => (
        <Field
          key={pointer}
          definition={props.definition}
          pointer={pointer}
          value={answerAt(props.answers, pointer)}
          problem={props.problems.find((problem) => problem.pointer === pointer)}
          onValue={(value) => props.onChange(withAnswer(props.answers, pointer, value))}
        />
      ))}
    </div>
  );
}

/** Several sections on one page, each under its heading (h2). */
export function FormSections(props: FormProps & { sections: FormSection[] }) {
  const { lang } = useI18n();
  return (
    <>
      {props.sections.map((section) => (
        <section key={section.id} class="section" aria-labelledby={`section-${section.id}`}>
          <h2 class="kern-heading-medium" id={`section-${section.id}`}>
            <Text text={formText(section.title, lang)} />
          </h2>
          <SectionFields {...props} section={section} />
        </section>
      ))}
    </>
  );
}

/**
 * The problems of these sections' fields for the error summary, in the order the fields are
 * asked, each as "label: what is wrong" and leading to its field; problems of no field of the
 * form (the whole answers, an answer the form does not ask) come first, without a link.
 */
export function useFormErrors(
  definition: FormDefinition,
  sections: FormSection[],
  problems: FieldProblem[],
): FormError[] {
  const { t, lang } = useI18n();
  const allFields = new Set(definition.ui.sections.flatMap((section) => section.fields));
  const general = problems
    .filter((problem) => !allFields.has(problem.pointer))
    .map((problem) => ({
      field: null,
      message: t(problemKey(problem.code, 'text')),
    }));
  const atFields = sections
    .flatMap((section) => section.fields)
    .flatMap((pointer) => {
      const problem = problems.find((item) => item.pointer === pointer);
      if (!problem) return [];
      // "Ich bin … gemeldet." and "Auf wen …?" read as the start of "label: problem" without it.
      const label = formText(definition.ui.fields[pointer]?.label, lang).text.replace(/[.:?]$/, '');
      const message = t(problemKey(problem.code, fieldWidget(definition, pointer)));
      return [
        { field: fieldId(pointer), message: t('applicationForm.problem.at', { label, message }) },
      ];
    });
  return [...general, ...atFields];
}
