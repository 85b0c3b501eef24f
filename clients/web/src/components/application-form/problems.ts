import type { MessageKey } from '../../i18n/i18n';
import type { Widget } from '../../lib/form-definition';

/**
 * The citizen's text for a problem the API found at a field: by the JSON Schema keyword that
 * failed (`answerErrors`' codes) and the control the field is shown with. The API's own message
 * is English, for developers; the citizen reads this one, in the page's language.
 */
export function problemKey(code: string, widget: Widget): MessageKey {
  const choice = widget === 'radio' || widget === 'select';
  switch (code) {
    case 'required':
    case 'dependentRequired':
      if (widget === 'checkbox') return 'applicationForm.problem.confirm';
      return choice ? 'applicationForm.problem.choose' : 'applicationForm.problem.required';
    case 'const':
    case 'enum':
      if (widget === 'checkbox') return 'applicationForm.problem.confirm';
      return 'applicationForm.problem.choose';
    case 'format':
      if (widget === 'date') return 'applicationForm.problem.date';
      if (widget === 'email') return 'applicationForm.problem.email';
      return 'applicationForm.problem.pattern';
    case 'pattern':
      return 'applicationForm.problem.pattern';
    case 'minLength':
      return 'applicationForm.problem.tooShort';
    case 'maxLength':
      return 'applicationForm.problem.tooLong';
    case 'minimum':
    case 'exclusiveMinimum':
      return 'applicationForm.problem.tooSmall';
    case 'maximum':
    case 'exclusiveMaximum':
      return 'applicationForm.problem.tooLarge';
    case 'type':
    case 'multipleOf':
      return widget === 'number'
        ? 'applicationForm.problem.number'
        : 'applicationForm.problem.invalid';
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return 'applicationForm.problem.unknownField';
    default:
      return 'applicationForm.problem.invalid';
  }
}
