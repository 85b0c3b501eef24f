import { useI18n } from '../../i18n/i18n';
import { fieldWidget, type FormDefinition, type FormSection } from '../../lib/form-definition';
import { ErrorMessage } from '../form';
import { answerAt, fieldId, formText, type Answers, type FieldProblem } from './answers';
import { problemKey } from './problems';

/** An answer as the citizen gave it: the option's label, "yes", the date in words. */
function useShownAnswer() {
  const { t, lang, locale } = useI18n();
  const dates = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (definition: FormDefinition, pointer: string, value: unknown) => {
    if (value === undefined || value === '') return { text: t('applicationForm.check.none') };
    const widget = fieldWidget(definition, pointer);
    if (widget === 'checkbox') {
      return {
        text: value === true ? t('applicationForm.check.yes') : t('applicationForm.check.no'),
      };
    }
    const option = definition.ui.fields[pointer]?.options?.[String(value)];
    if (option) return formText(option, lang);
    if (widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const date = new Date(`${value}T12:00:00Z`);
      if (!Number.isNaN(date.getTime())) return { text: dates.format(date) };
    }
    return { text: String(value) };
  };
}

/**
 * "Check your answers": every shown section's answers under its heading, each with its problem
 * and a link to change it.
 */
export function AnswersSummary(props: {
  definition: FormDefinition;
  sections: FormSection[];
  answers: Answers;
  problems: FieldProblem[];
  /**
   * Where to change a section's answers (each link's id is "change-" and its field's id, for an
   * error summary to lead to); none when they can no longer be changed.
   */
  changeHref?: (section: FormSection) => string;
  /** The level of the sections' headings. */
  level?: 2 | 3;
}) {
  const { t, lang } = useI18n();
  const shown = useShownAnswer();
  const Heading = props.level === 3 ? 'h3' : 'h2';
  return (
    <>
      {props.sections.map((section) => {
        const title = formText(section.title, lang);
        return (
          <section key={section.id} class="section" aria-labelledby={`check-${section.id}`}>
            <Heading
              class={props.level === 3 ? 'kern-heading-small' : 'kern-heading-medium'}
              id={`check-${section.id}`}
              lang={title.lang}
            >
              {title.text}
            </Heading>
            <dl class="summary-list">
              {section.fields.map((pointer) => {
                const label = formText(props.definition.ui.fields[pointer]?.label, lang);
                const value = shown(props.definition, pointer, answerAt(props.answers, pointer));
                const problem = props.problems.find((item) => item.pointer === pointer);
                const errorId = `check-${section.id}-${section.fields.indexOf(pointer)}-error`;
                return (
                  <div
                    key={pointer}
                    class={`summary-list__row${problem ? ' summary-list__row--error' : ''}`}
                  >
                    <dt class="summary-list__key" lang={label.lang}>
                      {label.text}
                    </dt>
                    <dd class="summary-list__value">
                      <span lang={'lang' in value ? value.lang : undefined}>{value.text}</span>
                      {problem && (
                        <ErrorMessage id={errorId}>
                          {t(problemKey(problem.code, fieldWidget(props.definition, pointer)))}
                        </ErrorMessage>
                      )}
                    </dd>
                    {props.changeHref && (
                      <dd class="summary-list__actions">
                        <a
                          class="kern-link"
                          id={`change-${fieldId(pointer)}`}
                          href={props.changeHref(section)}
                        >
                          {t('check.change')}
                          <span class="kern-sr-only" lang={label.lang}>
                            {' '}
                            {label.text}
                          </span>
                        </a>
                      </dd>
                    )}
                  </div>
                );
              })}
            </dl>
          </section>
        );
      })}
    </>
  );
}
