import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Language } from '../common/language.js';
import { toCategory, toOffice, toService } from './catalog/catalog.mapping.js';
import { fromGlobalId } from './common/global-id.js';
import { badArgument } from './common/arguments.js';
import { Node } from './common/node.js';
import type { GraphQLContext } from './context.js';
import { translate } from '../i18n/messages.js';

const MAX_NODES = 100;

async function resolveNode(
  ctx: GraphQLContext,
  id: string,
  argument: string,
): Promise<Node | null> {
  const decoded = fromGlobalId(id);
  if (!decoded) throw badArgument(argument, translate(ctx.lang, 'error.invalidId'));
  const lang: Language = ctx.lang;
  switch (decoded.type) {
    case 'Service': {
      const service = await ctx.loaders.service.load(decoded.uuid);
      return service && toService(service, lang);
    }
    case 'Office': {
      const office = await ctx.loaders.office.load(decoded.uuid);
      return office && toOffice(office, lang);
    }
    case 'Category': {
      const category = await ctx.loaders.category.load(decoded.uuid);
      return category && toCategory(category, lang);
    }
    case 'Appointment':
      // Appointments hold personal data; guests reach theirs with `appointment(code:, email:)`.
      return null;
    default: {
      const unhandled: never = decoded.type;
      throw new Error(`node() cannot resolve ${String(unhandled)}`);
    }
  }
}

@Resolver()
export class NodeResolver {
  @Query(() => Node, {
    nullable: true,
    description:
      'Any object by its global ID; null when it does not exist or is not visible to you.',
  })
  node(@Ctx() ctx: GraphQLContext, @Arg('id', () => ID) id: string): Promise<Node | null> {
    return resolveNode(ctx, id, 'id');
  }

  @Query(() => [Node], {
    nullable: 'items',
    description:
      'Several objects by global ID (at most 100), in the order asked; null for each unknown one.',
  })
  nodes(
    @Ctx() ctx: GraphQLContext,
    @Arg('ids', () => [ID]) ids: string[],
  ): Promise<Array<Node | null>> {
    if (ids.length > MAX_NODES) {
      throw badArgument('ids', translate(ctx.lang, 'error.invalidPageSize', { max: MAX_NODES }));
    }
    return Promise.all(ids.map((id) => resolveNode(ctx, id, 'ids')));
  }
}
