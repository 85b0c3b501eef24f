import 'reflect-metadata';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from '../auth/access.js';
import { AccountResolver } from './accounts/account.resolver.js';
import { AdminResolver } from './admin/admin.resolver.js';
import { AnnouncementResolver } from './announcements/announcement.resolver.js';
import { AppointmentResolver } from './appointments/appointment.resolver.js';
import {
  CatalogQueryResolver,
  OfficeFieldsResolver,
  ServiceFieldsResolver,
} from './catalog/catalog.resolver.js';
import { DateTimeResolver } from './common/scalars.js';
import { MessagingResolver } from './messaging/messaging.resolver.js';
import { NodeResolver } from './node.resolver.js';

// Every subscription subscribes to the event bus itself (the `subscribe` option), but type-graphql
// insists on a PubSub as soon as one subscription exists; this one tells whoever reaches it why not.
const noPubSub: PubSub = {
  publish() {
    throw new Error('Publish through the EventBus of src/realtime, after the transaction commits.');
  },
  subscribe() {
    throw new Error('Subscriptions use the `subscribe` option with the EventBus of src/realtime.');
  },
};

/** The whole GraphQL API, built from the resolver classes (code first). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    pubSub: noPubSub,
    resolvers: [
      NodeResolver,
      AccountResolver,
      AdminResolver,
      CatalogQueryResolver,
      ServiceFieldsResolver,
      OfficeFieldsResolver,
      AppointmentResolver,
      MessagingResolver,
      AnnouncementResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    authChecker,
    authMode: 'error',
  });
}
