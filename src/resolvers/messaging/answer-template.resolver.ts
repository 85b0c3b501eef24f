import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import {
  answerTemplatesOf,
  createAnswerTemplate,
  deleteAnswerTemplate,
  updateAnswerTemplate,
} from '../../messaging/answer-template.service.js';
import { AnswerTemplateErrorCode } from '../../messaging/messaging.errors.js';
import { argumentUuid } from '../common/arguments.js';
import { asPayload, inputUuid, orQueryError } from '../common/domain-errors.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import { toAnswerTemplate } from './messaging.mapping.js';
import {
  AnswerTemplate,
  AnswerTemplatePayload,
  Colleague,
  CreateAnswerTemplateInput,
  DeleteAnswerTemplateInput,
  DeleteAnswerTemplatePayload,
  UpdateAnswerTemplateInput,
} from './messaging.types.js';

const CODES = 'userErrors: INVALID_INPUT, NOT_FOUND, FORBIDDEN, NAME_TAKEN, LIMIT_REACHED.';

@Resolver(() => AnswerTemplate)
export class AnswerTemplateResolver {
  @Authorized(Access.STAFF)
  @Query(() => [AnswerTemplate], {
    description:
      'The answer templates of one of your offices, by name; at most 100 (weighed as 100 in the query cost).',
  })
  async answerTemplates(
    @Ctx() ctx: GraphQLContext,
    @Arg('officeId', () => ID, {
      description: 'An office you work for (admins: any); another one is refused with FORBIDDEN.',
    })
    officeId: string,
  ): Promise<AnswerTemplate[]> {
    const id = argumentUuid(officeId, 'Office', 'officeId', ctx.lang);
    const templates = await orQueryError(ctx.lang, () => answerTemplatesOf(ctx.useCase, id));
    return templates.map(toAnswerTemplate);
  }

  @FieldResolver(() => Colleague, {
    nullable: true,
    description: 'Who wrote its current text; null once their account is deleted.',
  })
  async updatedBy(
    @Root() template: AnswerTemplate,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Colleague | null> {
    if (!template.updatedById) return null;
    const name = await ctx.loaders.accountName.load(template.updatedById);
    return name === null ? null : { id: toGlobalId('Account', template.updatedById), name };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => AnswerTemplatePayload, {
    description: `Adds an answer template to one of your offices. ${CODES}`,
  })
  async createAnswerTemplate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => CreateAnswerTemplateInput, {
      description: 'The office, the template’s name and its text.',
    })
    input: CreateAnswerTemplateInput,
  ): Promise<AnswerTemplatePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnswerTemplateErrorCode, () =>
      createAnswerTemplate(ctx.useCase, {
        ...input,
        officeId: inputUuid(input.officeId, 'Office', 'officeId'),
      }),
    );
    return { answerTemplate: result && toAnswerTemplate(result), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => AnswerTemplatePayload, {
    description: `Changes the name and text of one of your offices’ answer templates. ${CODES}`,
  })
  async updateAnswerTemplate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => UpdateAnswerTemplateInput, {
      description: 'The template and its new name and text.',
    })
    input: UpdateAnswerTemplateInput,
  ): Promise<AnswerTemplatePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnswerTemplateErrorCode, () =>
      updateAnswerTemplate(ctx.useCase, {
        ...input,
        id: inputUuid(input.id, 'AnswerTemplate', 'id'),
      }),
    );
    return { answerTemplate: result && toAnswerTemplate(result), userErrors };
  }

  @Authorized(Access.STAFF)
  @Mutation(() => DeleteAnswerTemplatePayload, {
    description: `Deletes one of your offices’ answer templates. ${CODES}`,
  })
  async deleteAnswerTemplate(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => DeleteAnswerTemplateInput, { description: 'The template to delete.' })
    input: DeleteAnswerTemplateInput,
  ): Promise<DeleteAnswerTemplatePayload> {
    const { result, userErrors } = await asPayload(ctx.lang, AnswerTemplateErrorCode, () =>
      deleteAnswerTemplate(ctx.useCase, inputUuid(input.id, 'AnswerTemplate', 'id')),
    );
    return {
      deletedAnswerTemplateId: result && toGlobalId('AnswerTemplate', result),
      userErrors,
    };
  }
}
