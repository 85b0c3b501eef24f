import { LockMode } from '@mikro-orm/core';
import { worksFor, type Principal } from '../auth/principal.js';
import { DomainError } from '../common/domain-error.js';
import { postgresErrorOf, SqlState } from '../common/postgres-errors.js';
import type { UseCaseContext } from '../common/use-case.js';
import { AnswerTemplateEntity } from '../entities/messaging/answer-template.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { AccountEntity } from '../entities/accounts/account.entity.js';
import { AnswerTemplateErrorCode } from './messaging.errors.js';
import { MAX_TEMPLATES_PER_OFFICE, validateTemplate } from './messaging-rules.js';

// An office's answer templates: its staff (and admins) read, write and delete them; nobody else
// learns that they exist. Templates hold no personal data, so their reads are not logged.

/** An answer template as the API shows it. */
export type AnswerTemplateRecord = {
  id: string;
  officeId: string;
  name: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
  updatedById: string | null;
};

const byName = new Intl.Collator('de');

type Reading = Pick<UseCaseContext, 'principal' | 'em'>;
type Writing = Pick<UseCaseContext, 'principal' | 'em' | 'clock'>;

function toRecord(template: AnswerTemplateEntity): AnswerTemplateRecord {
  return {
    id: template.id,
    officeId: template.office.id,
    name: template.name,
    body: template.body,
    createdAt: template.createdAt,
    updatedAt: template.updatedAt,
    updatedById: template.updatedBy?.id ?? null,
  };
}

function forbidden(): DomainError {
  return new DomainError(AnswerTemplateErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
}

function notFound(field: string): DomainError {
  return new DomainError(AnswerTemplateErrorCode.NOT_FOUND, 'error.templateNotFound', [field]);
}

/** The caller's account, who must work for the office. */
function staffOf(principal: Principal, officeId: string): string {
  if (principal.kind !== 'account' || !worksFor(principal, officeId)) throw forbidden();
  return principal.accountId;
}

/** The template if the caller works for its office, else NOT_FOUND (as for one that does not exist). */
async function ownTemplate(ctx: Reading, id: string): Promise<AnswerTemplateEntity> {
  const template = await ctx.em.findOne(AnswerTemplateEntity, { id });
  if (!template || !worksFor(ctx.principal, template.office.id)) throw notFound('id');
  return template;
}

/** A name the office already has (the unique key refused it) as NAME_TAKEN; anything else as it is. */
function nameTakenOr(error: unknown): unknown {
  if (postgresErrorOf(error)?.code !== SqlState.uniqueViolation) return error;
  return new DomainError(AnswerTemplateErrorCode.NAME_TAKEN, 'error.templateNameTaken', ['name']);
}

/** An office's templates, by name, for its staff. */
export async function answerTemplatesOf(
  ctx: Reading,
  officeId: string,
): Promise<AnswerTemplateRecord[]> {
  staffOf(ctx.principal, officeId);
  const templates = await ctx.em.find(AnswerTemplateEntity, { office: officeId });
  // In the order of a German dictionary (Ö with O), which the database's collation may not know.
  return templates.map(toRecord).sort((a, b) => byName.compare(a.name, b.name));
}

/** One template, for the staff of its office; null for anyone else. */
export async function findAnswerTemplate(
  ctx: Reading,
  id: string,
): Promise<AnswerTemplateRecord | null> {
  const template = await ctx.em.findOne(AnswerTemplateEntity, { id });
  return template && worksFor(ctx.principal, template.office.id) ? toRecord(template) : null;
}

/**
 * A new template of the office, at most MAX_TEMPLATES_PER_OFFICE of them: the office's row stays
 * locked from the count to the insert, so that two clerks adding at once cannot pass the limit.
 */
export async function createAnswerTemplate(
  ctx: Writing,
  input: { officeId: string; name: string; body: string },
): Promise<AnswerTemplateRecord> {
  const accountId = staffOf(ctx.principal, input.officeId);
  const { name, body } = validateTemplate(input);
  const now = ctx.clock();
  try {
    const template = await ctx.em.transactional(async (tx) => {
      const office = await tx.findOne(
        OfficeEntity,
        { id: input.officeId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      // Only admins may name an office that does not exist: they work for every office.
      if (!office) throw notFound('officeId');
      if ((await tx.count(AnswerTemplateEntity, { office })) >= MAX_TEMPLATES_PER_OFFICE) {
        throw new DomainError(
          AnswerTemplateErrorCode.LIMIT_REACHED,
          'error.templateLimitReached',
          null,
          { max: MAX_TEMPLATES_PER_OFFICE },
        );
      }
      const created = tx.create(AnswerTemplateEntity, {
        office,
        name,
        body,
        createdAt: now,
        updatedAt: now,
        updatedBy: tx.getReference(AccountEntity, accountId),
      });
      await tx.persist(created).flush();
      return created;
    });
    return toRecord(template);
  } catch (error) {
    throw nameTakenOr(error);
  }
}

/** A template's new name and text. */
export async function updateAnswerTemplate(
  ctx: Writing,
  input: { id: string; name: string; body: string },
): Promise<AnswerTemplateRecord> {
  const template = await ownTemplate(ctx, input.id);
  const accountId = staffOf(ctx.principal, template.office.id);
  const { name, body } = validateTemplate(input);
  template.name = name;
  template.body = body;
  template.updatedAt = ctx.clock();
  template.updatedBy = ctx.em.getReference(AccountEntity, accountId);
  try {
    await ctx.em.flush();
  } catch (error) {
    throw nameTakenOr(error);
  }
  return toRecord(template);
}

/** Deletes a template; returns its id. */
export async function deleteAnswerTemplate(ctx: Writing, id: string): Promise<string> {
  const template = await ownTemplate(ctx, id);
  await ctx.em.remove(template).flush();
  return id;
}
