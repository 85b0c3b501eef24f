import { Arg, Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { findServices, listCategories, listOffices } from '../../catalogue/catalogue.service.js';
import { Language } from '../../common/language.js';
import { requestedPage, toConnection } from '../common/connection.js';
import { argumentUuid } from '../common/arguments.js';
import type { GraphQLContext } from '../context.js';
import { toCategory, toOffice, toService } from './catalogue.mapping.js';
import {
  Category,
  Office,
  OpeningHours,
  Service,
  ServiceArgs,
  ServiceConnection,
  ServicesArgs,
} from './catalogue.types.js';

@Resolver()
export class CatalogueQueryResolver {
  @Authorized(Access.PUBLIC)
  @Query(() => [Office], { description: 'Every office of the town hall.' })
  async offices(
    @Ctx() ctx: GraphQLContext,
    @Arg('lang', () => Language, { nullable: true, description: 'Language of the texts.' })
    lang?: Language | null,
  ): Promise<Office[]> {
    const offices = await listOffices(ctx.em);
    return offices.map((office) => toOffice(office, lang ?? ctx.lang));
  }

  @Authorized(Access.PUBLIC)
  @Query(() => [Category], { description: 'All categories (life situations), in display order.' })
  async categories(
    @Ctx() ctx: GraphQLContext,
    @Arg('lang', () => Language, { nullable: true, description: 'Language of the texts.' })
    lang?: Language | null,
  ): Promise<Category[]> {
    const categories = await listCategories(ctx.em);
    return categories.map((category) => toCategory(category, lang ?? ctx.lang));
  }

  @Authorized(Access.PUBLIC)
  @Query(() => ServiceConnection, {
    description:
      'The service catalogue, searchable and filterable; ordered by relevance when searching, else by name. Retired services only for admins who ask (`includeRetired`). Query cost: one point per object in the answer (`first` multiplies), plus 50 for a search (`query`).',
  })
  async services(@Ctx() ctx: GraphQLContext, @Args() args: ServicesArgs) {
    const lang = args.lang ?? ctx.lang;
    const page = requestedPage(args, lang);
    const categoryId = args.categoryId
      ? argumentUuid(args.categoryId, 'Category', 'categoryId', lang)
      : null;
    const officeId = args.officeId ? argumentUuid(args.officeId, 'Office', 'officeId', lang) : null;
    const { services, totalCount, officesByService, categories } = await findServices(
      ctx.useCase,
      { query: args.query, categoryId, officeId, includeRetired: args.includeRetired, lang },
      page,
    );
    // The page brought its services' offices and categories along; the field resolvers find them
    // in the loaders instead of asking the database again.
    for (const [serviceId, offices] of officesByService) {
      ctx.loaders.officesOfService.prime(serviceId, offices);
    }
    for (const category of categories) ctx.loaders.category.prime(category.id, category);
    return toConnection(
      services.map((service) => toService(service, lang)),
      page,
      totalCount,
    );
  }

  @Authorized(Access.PUBLIC)
  @Query(() => Service, { nullable: true, description: 'One service; null when unknown.' })
  async service(
    @Ctx() ctx: GraphQLContext,
    @Args() { id, lang }: ServiceArgs,
  ): Promise<Service | null> {
    const service = await ctx.loaders.service.load(argumentUuid(id, 'Service', 'id', ctx.lang));
    return service ? toService(service, lang ?? ctx.lang) : null;
  }
}

/**
 * What the field resolvers read of their parent. Typed so rather than as the class: type-graphql
 * copies a `@Root()` declared as an object type's class into a new instance of it, every field of
 * it, for every call (100 copies of a service for a catalogue page's offices and categories).
 */
type ServiceParent = Pick<Service, 'uuid' | 'lang' | 'categoryId'>;
type OfficeParent = Pick<Office, 'uuid'>;

@Resolver(() => Service)
export class ServiceFieldsResolver {
  @FieldResolver(() => [Office], { description: 'The offices where the service is offered.' })
  async offices(@Root() service: ServiceParent, @Ctx() ctx: GraphQLContext): Promise<Office[]> {
    const offices = await ctx.loaders.officesOfService.load(service.uuid);
    return offices.map((office) => toOffice(office, service.lang));
  }

  @FieldResolver(() => Category, {
    nullable: true,
    description: 'The life situation it belongs to.',
  })
  async category(
    @Root() service: ServiceParent,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Category | null> {
    const category = await ctx.loaders.category.load(service.categoryId);
    return category ? toCategory(category, service.lang) : null;
  }
}

@Resolver(() => Office)
export class OfficeFieldsResolver {
  @FieldResolver(() => [OpeningHours], {
    description: 'When the office takes appointments on a regular week (holidays excepted).',
  })
  async openingHours(
    @Root() office: OfficeParent,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OpeningHours[]> {
    const periods = await ctx.loaders.openingHours.load(office.uuid);
    return periods.map((period) => ({
      weekday: period.weekday,
      opens: period.opensAt,
      closes: period.closesAt,
    }));
  }
}
