import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import {
  removeApplicationForm,
  saveApplicationForm,
} from '../../applications/application-form.service.js';
import { ApplicationErrorCode } from '../../applications/application.errors.js';
import { Access } from '../../auth/access.js';
import { asPayload, inputUuid } from '../common/domain-errors.js';
import type { GraphQLContext } from '../context.js';
import { toApplicationForm } from './application.mapping.js';
import {
  ApplicationFormPayload,
  RemoveApplicationFormInput,
  SaveApplicationFormInput,
} from './office-application.types.js';

@Resolver()
export class ApplicationFormAdminResolver {
  @Authorized(Access.ADMIN)
  @Mutation(() => ApplicationFormPayload, {
    description:
      'Publishes the next version of a service’s online application form; applications already started keep the version they were filled against. userErrors: INVALID_INPUT (each problem of the definition with field ["definition", <JSON pointer>]; feeCents, processingDays, retentionYears out of range), NOT_FOUND (no such service still offered).',
  })
  async saveApplicationForm(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => SaveApplicationFormInput, {
      description:
        'The service, and the definition, fee, processing time and retention of the new version.',
    })
    input: SaveApplicationFormInput,
  ): Promise<ApplicationFormPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      saveApplicationForm(ctx.useCase, {
        serviceId: inputUuid(input.serviceId, 'Service', 'serviceId'),
        definition: input.definition,
        feeCents: input.feeCents ?? null,
        processingDays: input.processingDays,
        retentionYears: input.retentionYears,
      }),
    );
    return { applicationForm: result && toApplicationForm(result), userErrors };
  }

  @Authorized(Access.ADMIN)
  @Mutation(() => ApplicationFormPayload, {
    description:
      'Ends a service’s online application: no new drafts can be started; those started go on with their version. Answers the version switched off. userErrors: NO_ONLINE_APPLICATION, NOT_FOUND.',
  })
  async removeApplicationForm(
    @Ctx() ctx: GraphQLContext,
    @Arg('input', () => RemoveApplicationFormInput, {
      description: 'The service whose online application ends.',
    })
    input: RemoveApplicationFormInput,
  ): Promise<ApplicationFormPayload> {
    const { result, userErrors } = await asPayload(ctx.lang, ApplicationErrorCode, () =>
      removeApplicationForm(ctx.useCase, inputUuid(input.serviceId, 'Service', 'serviceId')),
    );
    return { applicationForm: result && toApplicationForm(result), userErrors };
  }
}
