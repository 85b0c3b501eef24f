import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import type { EventBus } from '../realtime/event-bus.js';
import { AppointmentResolver } from './appointments/appointment.resolver.js';
import {
  CatalogQueryResolver,
  OfficeFieldsResolver,
  ServiceFieldsResolver,
} from './catalog/catalog.resolver.js';
import { DateTimeResolver } from './common/scalars.js';
import { NodeResolver } from './node.resolver.js';

/**
 * The whole GraphQL API, built from the resolver classes (code first). Subscriptions subscribe to
 * the bus themselves; type-graphql still wants it for its own @PubSub parameter.
 */
export function createSchema(bus: EventBus): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub: bus as unknown as PubSub,
    resolvers: [
      NodeResolver,
      CatalogQueryResolver,
      ServiceFieldsResolver,
      OfficeFieldsResolver,
      AppointmentResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
  });
}
