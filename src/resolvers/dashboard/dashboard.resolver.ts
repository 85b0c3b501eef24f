import { Args, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { officeDashboard } from '../../dashboard/dashboard.service.js';
import { argumentUuid } from '../common/arguments.js';
import { orQueryError } from '../common/domain-errors.js';
import type { GraphQLContext } from '../context.js';
import { OfficeDashboard, OfficeDashboardArgs } from './dashboard.types.js';

@Resolver()
export class DashboardResolver {
  @Authorized(Access.STAFF)
  @Query(() => OfficeDashboard, {
    description:
      'One of your offices at a glance (admins: any): open conversations and the longest wait for an answer, notices in force, and per local day of the last `days` (ending today) appointments booked, cancelled, checked in and not come, conversations started and the median time to a first answer in opening hours. Figures only, computed by the database in three statements. Query cost: one item per day.',
  })
  async officeDashboard(
    @Ctx() ctx: GraphQLContext,
    @Args() { officeId, days }: OfficeDashboardArgs,
  ): Promise<OfficeDashboard> {
    return orQueryError(ctx.lang, () =>
      officeDashboard(ctx.useCase, {
        officeId: argumentUuid(officeId, 'Office', 'officeId', ctx.lang),
        days,
      }),
    );
  }
}
