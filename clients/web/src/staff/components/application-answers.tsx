import { useI18n } from '../../i18n/i18n';
import {
  fieldWidget,
  visibleSections,
  type FormDefinition,
  type LocalizedText,
} from '../../../../../src/applications/form-definition';
import { useStaffI18n } from '../i18n/staff-i18n';

/** A form's text in the workspace's language, German where it has none (with `lang` to say so). */
export function useFormText() {
  const { lang } = useStaffI18n();
  return (text: LocalizedText | undefined): { text: string; lang: string | undefined } => {
    const own = text?.[lang];
    if (own) return { text: own, lang: undefined };
    return { text: text?.de ?? '', lang: lang === 'de' ? undefined : 'de' };
  };
}

/** The answer at a JSON pointer; undefined when there is none. */
function answerAt(answers: unknown, pointer: string): unknown {
  let current = answers;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, token)) {
      return undefined;
    }
    current = (current as Record<string, unknown>)[token];
  }
  return current;
}

/**
 * The citizen's answers under the headings of the form's sections shown for them, each with the
 * field's label from the form's UI hints and the answer as they chose it (an option's label, yes
 * or no, a date in words).
 */
export function ApplicationAnswers(props: { definition: FormDefinition; answers: unknown }) {
  const { t } = useStaffI18n();
  const { locale } = useI18n();
  const formText = useFormText();
  const dates = new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  const shown = (pointer: string, value: unknown): { text: string; lang: string | undefined } => {
    if (value === undefined || value === null || value === '') {
      return { text: t('staff.applications.answers.none'), lang: undefined };
    }
    const widget = fieldWidget(props.definition, pointer);
    if (widget === 'checkbox') {
      return {
        text: t(
          value === true ? 'staff.applications.answers.yes' : 'staff.applications.answers.no',
        ),
        lang: undefined,
      };
    }
    const option = props.definition.ui.fields[pointer]?.options?.[String(value)];
    if (option) return formText(option);
    if (widget === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      return { text: dates.format(new Date(`${value}T12:00:00Z`)), lang: undefined };
    }
    return { text: String(value), lang: undefined };
  };
  return (
    <>
      {visibleSections(props.definition, props.answers).map((section) => {
        const title = formText(section.title);
        return (
          <section
            key={section.id}
            class="application-answers"
            aria-labelledby={`answers-${section.id}`}
          >
            <h3 class="kern-heading-small" id={`answers-${section.id}`} lang={title.lang}>
              {title.text}
            </h3>
            <dl class="application-facts">
              {section.fields.map((pointer) => {
                const label = formText(props.definition.ui.fields[pointer]?.label);
                const value = shown(pointer, answerAt(props.answers, pointer));
                return (
                  <div key={pointer} class="application-facts__row">
                    <dt lang={label.lang}>{label.text}</dt>
                    <dd lang={value.lang}>{value.text}</dd>
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
