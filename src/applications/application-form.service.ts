import { isAdmin, signedInAccount } from '../auth/principal.js';
import { CommonErrorCode } from '../common/common.errors.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { rejectProblems } from '../common/validation.js';
import { ApplicationErrorCode } from './application.errors.js';
import {
  deactivateCurrentForm,
  insertFormVersion,
  lockOfferedService,
  type FormRecord,
} from './application-form.queries.js';
import { formsByIds } from './application.queries.js';
import { definitionErrors } from './form-definition.js';
import { formValidatorModule } from './form-validator-module.js';

export type { FormRecord };

/** What the admin's form use cases use of their context. */
type Admin = Pick<UseCaseContext, 'principal' | 'em' | 'clock' | 'catalogueChanged'>;

/** The longest expected processing time a form may state: a year. */
export const MAX_PROCESSING_DAYS = 365;
/** The longest retention a form may state (some registers keep records for a century). */
export const MAX_RETENTION_YEARS = 100;
/** The highest fee a form may state, in cents. */
export const MAX_FEE_CENTS = 10_000_00;

function serviceNotFound(): DomainError {
  return new DomainError(ApplicationErrorCode.NOT_FOUND, 'error.serviceNotFound', ['serviceId']);
}

function whole(field: string, value: number | null, min: number, max: number) {
  return value === null || (Number.isInteger(value) && value >= min && value <= max)
    ? null
    : invalidField(field, 'error.invalidNumber', { min, max });
}

/**
 * Publishes the next version of a service's online application form. Every problem of the
 * definition comes back at once, each with its JSON pointer into the definition; applications
 * already started keep the version they were filled against.
 */
export async function saveApplicationForm(
  ctx: Admin,
  input: {
    serviceId: string;
    definition: unknown;
    /** Null: free of charge. */
    feeCents: number | null;
    processingDays: number;
    retentionYears: number;
  },
): Promise<FormRecord> {
  const principal = signedInAccount(ctx.principal);
  if (!isAdmin(principal)) throw serviceNotFound();
  rejectProblems([
    whole('feeCents', input.feeCents, 0, MAX_FEE_CENTS),
    whole('processingDays', input.processingDays, 1, MAX_PROCESSING_DAYS),
    whole('retentionYears', input.retentionYears, 1, MAX_RETENTION_YEARS),
  ]);
  const problems = definitionErrors(input.definition);
  if (problems.length > 0) {
    throw new InvalidInputError(
      problems.map(
        (problem) =>
          new DomainError(
            CommonErrorCode.INVALID_INPUT,
            'error.applicationFormDefinition',
            ['definition', problem.pointer],
            { message: problem.message },
          ),
      ),
    );
  }
  const form = await ctx.em.transactional(async (tx) => {
    if (!(await lockOfferedService(tx, input.serviceId))) throw serviceNotFound();
    return insertFormVersion(tx, {
      serviceId: input.serviceId,
      definition: input.definition,
      feeCents: input.feeCents ?? 0,
      processingDays: input.processingDays,
      retentionYears: input.retentionYears,
      createdById: principal.accountId,
      now: ctx.clock(),
    });
  });
  ctx.catalogueChanged();
  return form;
}

/**
 * Ends a service's online application: no new drafts can be started; drafts and cases already
 * started go on with their version.
 */
export async function removeApplicationForm(ctx: Admin, serviceId: string): Promise<FormRecord> {
  if (!isAdmin(ctx.principal)) throw serviceNotFound();
  const form = await ctx.em.transactional(async (tx) => {
    if (!(await lockOfferedService(tx, serviceId))) throw serviceNotFound();
    const removed = await deactivateCurrentForm(tx, serviceId);
    if (!removed) {
      throw new DomainError(
        ApplicationErrorCode.NO_ONLINE_APPLICATION,
        'error.noOnlineApplication',
        ['serviceId'],
      );
    }
    return removed;
  });
  ctx.catalogueChanged();
  return form;
}

/** The checks of recently asked form versions: a version never changes, so neither does its check. */
const checkModules = new Map<string, string>();
const CHECK_MODULES_KEPT = 50;

/**
 * The answers check of a form version as a JavaScript module for the browser
 * (form-validator-module.ts); null when there is no such version. Forms are public, like the
 * services they belong to.
 */
export async function formCheckModule(
  ctx: Pick<UseCaseContext, 'em'>,
  formId: string,
): Promise<string | null> {
  const known = checkModules.get(formId);
  if (known !== undefined) return known;
  const [form] = await formsByIds(ctx.em, [formId]);
  if (!form) return null;
  const code = formValidatorModule(form.definition);
  if (checkModules.size >= CHECK_MODULES_KEPT) {
    const oldest = checkModules.keys().next();
    if (!oldest.done) checkModules.delete(oldest.value);
  }
  checkModules.set(formId, code);
  return code;
}
