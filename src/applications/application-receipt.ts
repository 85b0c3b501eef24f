import { pickText, type Language } from '../common/language.js';
import { translate } from '../i18n/messages.js';
import { answerAt, visibleSections, type FormDefinition } from './form-definition.js';

/**
 * The answers as the receipt lists them: every answered field of the sections shown, in the
 * form's order, with the label the citizen saw and the value as they chose it (an option's label,
 * yes or no), in the receipt's language.
 */
export function receiptRows(
  definition: FormDefinition,
  answers: unknown,
  lang: Language,
): { label: string; value: string }[] {
  return visibleSections(definition, answers).flatMap((section) =>
    section.fields.flatMap((pointer) => {
      const value = answerAt(answers, pointer);
      if (value === undefined || value === null || value === '') return [];
      const hint = definition.ui.fields[pointer];
      const option = hint?.options?.[String(value)];
      return [
        {
          label: hint ? pickText(hint.label, lang) : pointer,
          value: option
            ? pickText(option, lang)
            : typeof value === 'boolean'
              ? translate(lang, value ? 'pdf.receipt.yes' : 'pdf.receipt.no')
              : typeof value === 'object'
                ? JSON.stringify(value)
                : String(value),
        },
      ];
    }),
  );
}
