/**
 * Form definitions of online applications: a JSON Schema (draft 2020-12) for the answers, UI hints
 * (sections in order, labels and help per language, widgets, conditional sections) and the
 * documents to upload. The server and the browser validate answers with this same module, so it
 * depends on ajv and ajv-formats only and imports nothing from Node. The format is documented in
 * docs/application-forms.md.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import { fullFormats } from 'ajv-formats/dist/formats.js';
import type { LocalizedText } from '../entities/localized-text.js';

export type { LocalizedText };

/** True when the answer at `field` (a JSON pointer) is exactly `equals`. */
export type Condition = { field: string; equals: string | number | boolean };

/** The controls a field may ask for; without one, the field's schema decides (see `fieldWidget`). */
export const WIDGETS = [
  'text',
  'textarea',
  'email',
  'tel',
  'date',
  'number',
  'select',
  'radio',
  'checkbox',
] as const;
export type Widget = (typeof WIDGETS)[number];

/** One page part of the form: its fields in order, shown only while `when` holds. */
export type FormSection = {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** JSON pointers of the fields, in the order in which they are asked. */
  fields: string[];
  when?: Condition;
};

/** How one field is presented. */
export type FieldHint = {
  label: LocalizedText;
  help?: LocalizedText;
  widget?: Widget;
  /** For a field with an `enum`: the label of every allowed value, keyed by the value. */
  options?: Record<string, LocalizedText>;
  /** An example shown in the empty field, e.g. "MS-AB 123". */
  placeholder?: LocalizedText;
  /** The HTML autocomplete token, e.g. "given-name", "postal-code" (WCAG 1.3.5). */
  autocomplete?: string;
};

export type FormUi = {
  sections: FormSection[];
  /** The hint of every field, keyed by the field's JSON pointer. */
  fields: Record<string, FieldHint>;
};

export type DocumentRequirement = {
  key: string;
  label: LocalizedText;
  help?: LocalizedText;
  /** Whether the application cannot be submitted without it (while `when` holds). */
  required: boolean;
  when?: Condition;
  mediaTypes: string[];
  maxBytes: number;
};

export type FormDefinition = {
  /** JSON Schema draft 2020-12 of the answers; its root is `type: 'object'`. */
  schema: object;
  ui: FormUi;
  documents: DocumentRequirement[];
};

/**
 * What is wrong, and where: `pointer` is the JSON pointer of the field in the answers (or in the
 * definition, for `definitionErrors`), "" for the whole.
 */
export type FieldError = { pointer: string; code: string; message: string };

/** The file types a document may be: the ones an upload is checked for by its content. */
export const DOCUMENT_MEDIA_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
/** The largest file a form may accept for one document: 20 MiB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** The codes `definitionErrors` adds to ajv's keywords (required, type, enum, ...). */
export const DefinitionErrorCode = {
  /** The schema is not valid JSON Schema 2020-12 or does not compile in strict mode. */
  SCHEMA: 'schema',
  /** A pointer names no property of the schema. */
  UNKNOWN_FIELD: 'unknownField',
  /** A section lists an object: sections list the fields inside it. */
  NOT_A_FIELD: 'notAField',
  /** A field's type has no control (only string, number, integer, boolean). */
  UNSUPPORTED_TYPE: 'unsupportedType',
  /** A field of the schema is in no section: nobody could fill it in. */
  UNLISTED_FIELD: 'unlistedField',
  /** A field is in two sections, or two sections or documents share an ID. */
  DUPLICATE: 'duplicate',
  /** A section field has no hint with a label. */
  MISSING_HINT: 'missingHint',
  /** The widget cannot show the field's type. */
  WIDGET: 'widget',
  /** An allowed value has no option label. */
  MISSING_OPTION: 'missingOption',
  /** An option label names a value the field does not allow. */
  UNKNOWN_OPTION: 'unknownOption',
  /** A condition's value is not one the field can take. */
  CONDITION_VALUE: 'conditionValue',
  /** A section depends on a field of itself or of a later section. */
  CONDITION_ORDER: 'conditionOrder',
} as const;

/** The name of a language key in LocalizedText (German is required). */
const LANGUAGE_KEYS = ['de', 'en', 'de_ls'];

const localizedText = {
  type: 'object',
  required: ['de'],
  additionalProperties: false,
  properties: Object.fromEntries(
    LANGUAGE_KEYS.map((key) => [key, { type: 'string', minLength: 1, maxLength: 2000 }]),
  ),
};

const condition = {
  type: 'object',
  required: ['field', 'equals'],
  additionalProperties: false,
  properties: {
    field: { type: 'string', pattern: '^(/[^/]+)+$' },
    equals: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
  },
};

/** The shape of a definition; what it means is checked afterwards (`semanticErrors`). */
const DEFINITION_SHAPE = {
  type: 'object',
  required: ['schema', 'ui', 'documents'],
  additionalProperties: false,
  $defs: { localizedText, condition },
  properties: {
    schema: {
      type: 'object',
      required: ['type'],
      // An async schema would make validation a promise; an $id would clash between versions.
      properties: { type: { const: 'object' }, $async: false, $id: false },
    },
    ui: {
      type: 'object',
      required: ['sections', 'fields'],
      additionalProperties: false,
      properties: {
        sections: {
          type: 'array',
          minItems: 1,
          maxItems: 50,
          items: {
            type: 'object',
            required: ['id', 'title', 'fields'],
            additionalProperties: false,
            properties: {
              id: { type: 'string', pattern: '^[a-z][a-zA-Z0-9-]{0,49}$' },
              title: { $ref: '#/$defs/localizedText' },
              description: { $ref: '#/$defs/localizedText' },
              fields: {
                type: 'array',
                minItems: 1,
                maxItems: 100,
                items: { type: 'string', pattern: '^(/[^/]+)+$' },
              },
              when: { $ref: '#/$defs/condition' },
            },
          },
        },
        fields: {
          type: 'object',
          propertyNames: { pattern: '^(/[^/]+)+$' },
          additionalProperties: {
            type: 'object',
            required: ['label'],
            additionalProperties: false,
            properties: {
              label: { $ref: '#/$defs/localizedText' },
              help: { $ref: '#/$defs/localizedText' },
              widget: { enum: [...WIDGETS] },
              options: {
                type: 'object',
                additionalProperties: { $ref: '#/$defs/localizedText' },
              },
              placeholder: { $ref: '#/$defs/localizedText' },
              autocomplete: { type: 'string', pattern: '^[a-z0-9 -]{1,100}$' },
            },
          },
        },
      },
    },
    documents: {
      type: 'array',
      maxItems: 20,
      items: {
        type: 'object',
        required: ['key', 'label', 'required', 'mediaTypes', 'maxBytes'],
        additionalProperties: false,
        properties: {
          key: { type: 'string', pattern: '^[a-z][a-z0-9-]{0,49}$' },
          label: { $ref: '#/$defs/localizedText' },
          help: { $ref: '#/$defs/localizedText' },
          required: { type: 'boolean' },
          when: { $ref: '#/$defs/condition' },
          mediaTypes: {
            type: 'array',
            minItems: 1,
            uniqueItems: true,
            items: { enum: [...DOCUMENT_MEDIA_TYPES] },
          },
          maxBytes: { type: 'integer', minimum: 1, maximum: MAX_DOCUMENT_BYTES },
        },
      },
    },
  },
};

/**
 * How answers are checked. The browser runs the same checks as ajv's standalone code for a form
 * version (src/applications/form-validator-module.ts), made with these options too.
 */
export const AJV_OPTIONS = { strict: true, allErrors: true, formats: fullFormats } as const;

/** A compiled check of a form's answers: ajv's, or the standalone module's in the browser. */
export type AnswersCheck = ((answers: unknown) => boolean) & {
  errors?: ErrorObject[] | null;
};

// One instance for every definition: compiled validators are cached (below), and each is taken
// out of ajv's own cache after compiling, so that definitions no longer used can be collected.
// Made on first check, not on import: ajv runs the code it generates through `Function`, which
// the web client's Content Security Policy refuses (script-src 'self', no 'unsafe-eval'), and the
// browser imports this module for the functions that need no ajv (visibleSections, fieldWidget,
// applicableDocuments, and answerErrorsWith with the form's standalone check).
let checker: { ajv: Ajv2020; checkShape: ValidateFunction } | null = null;

function compiler(): { ajv: Ajv2020; checkShape: ValidateFunction } {
  if (!checker) {
    const ajv = new Ajv2020(AJV_OPTIONS);
    checker = { ajv, checkShape: ajv.compile(DEFINITION_SHAPE) };
  }
  return checker;
}

/** Validators by schema object, and by content for schemas read afresh (e.g. from the database). */
const byIdentity = new WeakMap<object, ValidateFunction>();
const byContent = new Map<string, ValidateFunction>();
const CONTENT_CACHE_SIZE = 100;

/** The compiled validator of a schema; throws when the schema does not compile. */
function validatorOf(schema: object): ValidateFunction {
  const known = byIdentity.get(schema);
  if (known) return known;
  const key = canonicalJson(schema);
  let validate = byContent.get(key);
  if (validate) {
    byContent.delete(key);
  } else {
    const { ajv } = compiler();
    try {
      validate = ajv.compile(schema);
    } finally {
      ajv.removeSchema(schema);
    }
    if (byContent.size >= CONTENT_CACHE_SIZE) {
      const oldest = byContent.keys().next();
      if (!oldest.done) byContent.delete(oldest.value);
    }
  }
  // Re-inserted so that the least recently used schema is the first to go.
  byContent.set(key, validate);
  byIdentity.set(schema, validate);
  return validate;
}

/** JSON with the keys of every object sorted, so that equal schemas get equal keys. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What is wrong with a definition an admin submits; empty when it can be published. */
export function definitionErrors(definition: unknown): FieldError[] {
  const { checkShape } = compiler();
  if (!checkShape(definition)) return (checkShape.errors ?? []).flatMap(fieldErrorOf);
  const valid = definition as FormDefinition;
  try {
    validatorOf(valid.schema);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ pointer: '/schema', code: DefinitionErrorCode.SCHEMA, message }];
  }
  return semanticErrors(valid);
}

type SchemaNode = {
  $ref?: unknown;
  type?: unknown;
  properties?: Record<string, SchemaNode>;
  required?: unknown[];
  enum?: unknown[];
  const?: unknown;
  format?: unknown;
};

/** How deep fields may be nested, and how many `$ref`s one property may chain: stops cycles. */
const MAX_DEPTH = 10;

/**
 * A schema node with its `$ref` within the schema (e.g. `#/$defs/postalAddress`) followed, its own
 * keywords beside the `$ref` kept; a `$ref` elsewhere is left for ajv to refuse.
 */
function resolved(root: object, node: SchemaNode): SchemaNode {
  let current = node;
  for (let hops = 0; typeof current.$ref === 'string' && hops < MAX_DEPTH; hops++) {
    if (!current.$ref.startsWith('#')) break;
    const { $ref, ...beside } = current;
    const target = valueAt(root, uriDecoded($ref.slice(1)));
    if (!isObject(target)) break;
    current = { ...(target as SchemaNode), ...beside };
  }
  return current;
}

/** A `$ref` fragment as a JSON pointer; a malformed escape stays as written (and names nothing). */
function uriDecoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}

/** The schema of the property a pointer names, through `properties` only; null for none. */
function schemaAt(schema: object, pointer: string): SchemaNode | null {
  let node = resolved(schema, schema as SchemaNode);
  for (const token of pointerTokens(pointer)) {
    const next = node.properties?.[token];
    if (!isObject(next) || !Object.hasOwn(node.properties ?? {}, token)) return null;
    node = resolved(schema, next);
  }
  return node;
}

function isObjectNode(node: SchemaNode): boolean {
  return node.type === 'object' || isObject(node.properties);
}

/** The pointers of the schema's fields (properties that are not objects), in schema order. */
function leafPointers(root: object, node: SchemaNode, at: string, depth = 0): string[] {
  if (depth >= MAX_DEPTH) return [];
  return Object.entries(node.properties ?? {}).flatMap(([name, property]) => {
    const pointer = `${at}/${escapeToken(name)}`;
    const child = isObject(property) ? resolved(root, property) : null;
    return child && isObjectNode(child) ? leafPointers(root, child, pointer, depth + 1) : [pointer];
  });
}

/** The values a field can take when it lists them (`enum` or `const`); null when it does not. */
function allowedValues(node: SchemaNode): unknown[] | null {
  if (Array.isArray(node.enum)) return node.enum;
  if (node.const !== undefined) return [node.const];
  return null;
}

const FIELD_TYPES = ['string', 'number', 'integer', 'boolean'];

function widgetFits(widget: Widget, node: SchemaNode): boolean {
  switch (widget) {
    case 'text':
    case 'textarea':
    case 'tel':
      return node.type === 'string';
    case 'email':
      return node.type === 'string' && node.format === 'email';
    case 'date':
      return node.type === 'string' && node.format === 'date';
    case 'number':
      return node.type === 'number' || node.type === 'integer';
    case 'select':
    case 'radio':
      return (allowedValues(node) ?? []).length > 0 && node.type === 'string';
    case 'checkbox':
      return node.type === 'boolean';
  }
}

function valueFits(value: string | number | boolean, node: SchemaNode): boolean {
  const allowed = allowedValues(node);
  if (allowed) return allowed.includes(value);
  if (node.type === 'integer') return Number.isInteger(value);
  return typeof value === node.type;
}

/** The checks that need the whole definition: pointers, sections, hints, conditions. */
function semanticErrors(definition: FormDefinition): FieldError[] {
  const errors: FieldError[] = [];
  const problem = (pointer: string, code: string, message: string) =>
    errors.push({ pointer, code, message });
  const { schema, ui, documents } = definition;

  const sectionOf = new Map<string, number>();
  const sectionIds = new Set<string>();
  ui.sections.forEach((section, index) => {
    const at = `/ui/sections/${index}`;
    if (sectionIds.has(section.id)) {
      problem(`${at}/id`, DefinitionErrorCode.DUPLICATE, `Section "${section.id}" exists twice.`);
    }
    sectionIds.add(section.id);
    section.fields.forEach((field, position) => {
      const fieldAt = `${at}/fields/${position}`;
      const node = schemaAt(schema, field);
      if (!node) {
        problem(fieldAt, DefinitionErrorCode.UNKNOWN_FIELD, `"${field}" names no property.`);
        return;
      }
      if (isObjectNode(node)) {
        problem(fieldAt, DefinitionErrorCode.NOT_A_FIELD, `"${field}" is an object.`);
        return;
      }
      if (sectionOf.has(field)) {
        problem(fieldAt, DefinitionErrorCode.DUPLICATE, `"${field}" is in two sections.`);
        return;
      }
      sectionOf.set(field, index);
      if (typeof node.type !== 'string' || !FIELD_TYPES.includes(node.type)) {
        problem(fieldAt, DefinitionErrorCode.UNSUPPORTED_TYPE, `"${field}" has no form control.`);
      }
      if (!Object.hasOwn(ui.fields, field)) {
        problem(
          `/ui/fields/${escapeToken(field)}`,
          DefinitionErrorCode.MISSING_HINT,
          `"${field}" has no label.`,
        );
      }
    });
  });

  for (const leaf of leafPointers(schema, resolved(schema, schema as SchemaNode), '')) {
    if (!sectionOf.has(leaf)) {
      const at = `/schema${pointerTokens(leaf)
        .map((token) => `/properties/${escapeToken(token)}`)
        .join('')}`;
      problem(at, DefinitionErrorCode.UNLISTED_FIELD, `"${leaf}" is in no section.`);
    }
  }

  for (const [field, hint] of Object.entries(ui.fields)) {
    const at = `/ui/fields/${escapeToken(field)}`;
    const node = schemaAt(schema, field);
    if (!node || isObjectNode(node)) {
      problem(at, DefinitionErrorCode.UNKNOWN_FIELD, `"${field}" names no field.`);
      continue;
    }
    if (hint.widget && !widgetFits(hint.widget, node)) {
      problem(`${at}/widget`, DefinitionErrorCode.WIDGET, `"${hint.widget}" cannot show it.`);
    }
    const allowed = allowedValues(node);
    if (allowed && node.type === 'string') {
      for (const value of allowed) {
        if (typeof value === 'string' && !Object.hasOwn(hint.options ?? {}, value)) {
          problem(
            `${at}/options`,
            DefinitionErrorCode.MISSING_OPTION,
            `The value "${value}" has no label.`,
          );
        }
      }
    }
    for (const value of Object.keys(hint.options ?? {})) {
      if (!allowed?.includes(value)) {
        problem(
          `${at}/options/${escapeToken(value)}`,
          DefinitionErrorCode.UNKNOWN_OPTION,
          `"${value}" is not an allowed value.`,
        );
      }
    }
  }

  const checkCondition = (at: string, when: Condition, before: number) => {
    const node = schemaAt(schema, when.field);
    if (!node || !sectionOf.has(when.field)) {
      problem(`${at}/field`, DefinitionErrorCode.UNKNOWN_FIELD, `"${when.field}" is no field.`);
    } else if (!valueFits(when.equals, node)) {
      problem(
        `${at}/equals`,
        DefinitionErrorCode.CONDITION_VALUE,
        `"${when.field}" cannot be ${JSON.stringify(when.equals)}.`,
      );
    } else if ((sectionOf.get(when.field) ?? 0) >= before) {
      problem(
        `${at}/field`,
        DefinitionErrorCode.CONDITION_ORDER,
        `"${when.field}" must be asked in an earlier section.`,
      );
    }
  };
  ui.sections.forEach((section, index) => {
    if (section.when) checkCondition(`/ui/sections/${index}/when`, section.when, index);
  });

  const documentKeys = new Set<string>();
  documents.forEach((document, index) => {
    const at = `/documents/${index}`;
    if (documentKeys.has(document.key)) {
      problem(`${at}/key`, DefinitionErrorCode.DUPLICATE, `Document "${document.key}" twice.`);
    }
    documentKeys.add(document.key);
    if (document.when) checkCondition(`${at}/when`, document.when, ui.sections.length);
  });
  return errors;
}

/**
 * The answers checked against the schema, every problem at once. Fields of sections whose `when`
 * is false are ignored, whether answered or not.
 */
export function answerErrors(definition: FormDefinition, answers: unknown): FieldError[] {
  return answerErrorsWith(validatorOf(definition.schema), definition, answers);
}

/**
 * `answerErrors` with a given check of the definition's schema: the browser's, which loads the
 * form version's standalone check from the server (it cannot compile one under its CSP).
 */
export function answerErrorsWith(
  validate: AnswersCheck,
  definition: FormDefinition,
  answers: unknown,
): FieldError[] {
  const hidden = hiddenPointers(definition, answers);
  if (validate(withoutPointers(answers, hidden))) return [];
  return (validate.errors ?? [])
    .flatMap(fieldErrorOf)
    .flatMap((error) => (error.code === 'required' ? requiredFields(definition, error) : [error]))
    .filter((error) => !hidden.some((pointer) => isAtOrBelow(error.pointer, pointer)));
}

/**
 * A missing object (a whole `/owner`) as the missing fields inside it that are required, so that
 * every error names a field the citizen can fill in.
 */
function requiredFields(definition: FormDefinition, error: FieldError): FieldError[] {
  const node = schemaAt(definition.schema, error.pointer);
  if (!node || !isObjectNode(node) || !Array.isArray(node.required)) return [error];
  return node.required.flatMap((name) =>
    requiredFields(definition, {
      ...error,
      pointer: `${error.pointer}/${escapeToken(String(name))}`,
    }),
  );
}

/** The answers without the fields of hidden sections: what an application keeps. */
export function visibleAnswers(definition: FormDefinition, answers: unknown): unknown {
  return withoutPointers(answers, hiddenPointers(definition, answers));
}

/** The document requirements that apply to these answers (their `when` holds). */
export function applicableDocuments(
  definition: FormDefinition,
  answers: unknown,
): DocumentRequirement[] {
  const shown = visibleAnswers(definition, answers);
  return definition.documents.filter((document) => holds(document.when, shown));
}

/** The keys of the required documents that apply to these answers and are not among `present`. */
export function missingDocuments(
  definition: FormDefinition,
  answers: unknown,
  present: string[],
): string[] {
  return applicableDocuments(definition, answers)
    .filter((document) => document.required && !present.includes(document.key))
    .map((document) => document.key);
}

/** The sections shown for these answers, in order. */
export function visibleSections(definition: FormDefinition, answers: unknown): FormSection[] {
  const shown: FormSection[] = [];
  const hiddenFields: string[] = [];
  for (const section of definition.ui.sections) {
    const visible =
      !section.when || (!hiddenFields.includes(section.when.field) && holds(section.when, answers));
    if (visible) shown.push(section);
    else hiddenFields.push(...section.fields);
  }
  return shown;
}

/** The control a field is shown with: its hint's widget, or the one its schema suggests. */
export function fieldWidget(definition: FormDefinition, field: string): Widget {
  const hinted = definition.ui.fields[field]?.widget;
  if (hinted) return hinted;
  const node = schemaAt(definition.schema, field) ?? {};
  if (node.type === 'boolean') return 'checkbox';
  if (allowedValues(node)) return 'select';
  if (node.type === 'number' || node.type === 'integer') return 'number';
  if (node.format === 'date') return 'date';
  if (node.format === 'email') return 'email';
  return 'text';
}

/**
 * Whether a field must be answered while its section is shown: it and every object on its way
 * are listed in their parent's `required`. Forms mark the others as optional.
 */
export function requiredField(definition: FormDefinition, field: string): boolean {
  let node = resolved(definition.schema, definition.schema as SchemaNode);
  for (const token of pointerTokens(field)) {
    const next = node.properties?.[token];
    if (!isObject(next) || !Array.isArray(node.required) || !node.required.includes(token)) {
      return false;
    }
    node = resolved(definition.schema, next);
  }
  return true;
}

/**
 * The pointers whose answers are ignored: the fields of hidden sections, each widened to the
 * largest object that holds no shown field (so that a missing `/postalAddress` is not an error
 * while its section is hidden).
 */
function hiddenPointers(definition: FormDefinition, answers: unknown): string[] {
  const shownSections = visibleSections(definition, answers);
  const shownFields = shownSections.flatMap((section) => section.fields);
  const hiddenFields = definition.ui.sections
    .filter((section) => !shownSections.includes(section))
    .flatMap((section) => section.fields);
  return hiddenFields.map((field) => {
    const tokens = pointerTokens(field);
    for (let length = 1; length < tokens.length; length++) {
      const ancestor = tokens
        .slice(0, length)
        .map((token) => `/${escapeToken(token)}`)
        .join('');
      if (!shownFields.some((shown) => isAtOrBelow(shown, ancestor))) return ancestor;
    }
    return field;
  });
}

/** The answer at a field's JSON pointer; undefined when there is none. */
export function answerAt(answers: unknown, pointer: string): unknown {
  return valueAt(answers, pointer);
}

function holds(when: Condition | undefined, answers: unknown): boolean {
  return !when || valueAt(answers, when.field) === when.equals;
}

function valueAt(value: unknown, pointer: string): unknown {
  let current = value;
  for (const token of pointerTokens(pointer)) {
    if (!isObject(current) || !Object.hasOwn(current, token)) return undefined;
    current = current[token];
  }
  return current;
}

/** A copy of `value` without the given pointers; the parts not on their paths are shared. */
function withoutPointers(value: unknown, pointers: string[]): unknown {
  return pointers.reduce((current, pointer) => without(current, pointerTokens(pointer)), value);
}

function without(value: unknown, tokens: string[]): unknown {
  const [first, ...rest] = tokens;
  if (first === undefined || !isObject(value) || !Object.hasOwn(value, first)) return value;
  const copy = { ...value };
  if (rest.length === 0) delete copy[first];
  else copy[first] = without(value[first], rest);
  return copy;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isAtOrBelow(pointer: string, ancestor: string): boolean {
  return pointer === ancestor || pointer.startsWith(`${ancestor}/`);
}

function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

function escapeToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/**
 * An ajv error as a field error. A missing or unexpected property is reported at the property
 * itself, not at its parent; the `if` of an if/then is left out (its `then` reports the reason).
 */
function fieldErrorOf(error: ErrorObject): FieldError[] {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return [];
    case 'required':
    case 'dependentRequired':
      return [
        {
          pointer: `${error.instancePath}/${escapeToken(String(params.missingProperty))}`,
          code: error.keyword,
          message: 'is required',
        },
      ];
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const name = params.additionalProperty ?? params.unevaluatedProperty;
      return [
        {
          pointer: `${error.instancePath}/${escapeToken(String(name))}`,
          code: error.keyword,
          message: 'is not a field of this form',
        },
      ];
    }
    default:
      return [
        {
          pointer: error.instancePath,
          code: error.keyword,
          message: error.message ?? 'is invalid',
        },
      ];
  }
}
