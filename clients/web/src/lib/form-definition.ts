/**
 * The parts of the form definition module (src/applications/form-definition.ts, shared with the
 * server) that the browser may use: none of them compiles ajv's checks, which the Content
 * Security Policy refuses. `answerErrorsWith` runs the form version's standalone check that the
 * API serves (components/application-form/live-check.ts).
 */
export {
  answerErrorsWith,
  applicableDocuments,
  fieldWidget,
  missingDocuments,
  requiredField,
  visibleAnswers,
  visibleSections,
  type AnswersCheck,
  type DocumentRequirement,
  type FieldHint,
  type FormDefinition,
  type FormSection,
  type LocalizedText,
  type Widget,
} from '../../../../src/applications/form-definition';
