import {
  ApiKeyWebhooksResolver,
  WebhookEndpointFieldsResolver,
  WebhookResolver,
} from './webhooks/webhook.resolver.js';
import {
  AppointmentReleaseResolver,
  ServiceReleaseFieldsResolver,
} from './appointments/release.resolver.js';
import 'reflect-metadata';
import { assertValidSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type PubSub } from 'type-graphql';
import { authChecker } from '../auth/access.js';
import {
  AccountResolver,
  ApiKeyFieldsResolver,
  ApiKeyScopeGrantFieldsResolver,
} from './accounts/account.resolver.js';
import { AdminResolver } from './admin/admin.resolver.js';
import { AnnouncementResolver } from './announcements/announcement.resolver.js';
import {
  ApplicationDocumentResolver,
  ApplicationEventResolver,
  ApplicationFormResolver,
  ApplicationResolver,
  ConversationApplicationResolver,
  ServiceApplicationFieldsResolver,
} from './applications/application.resolver.js';
import { ApplicationFormAdminResolver } from './applications/application-form.resolver.js';
import { OfficeApplicationResolver } from './applications/office-application.resolver.js';
import { AppointmentResolver } from './appointments/appointment.resolver.js';
import { WaitlistOfferResolver, WaitlistResolver } from './appointments/waitlist.resolver.js';
import { OfficeCancellationResolver } from './appointments/office-cancellation.resolver.js';
import {
  CatalogueQueryResolver,
  OfficeFieldsResolver,
  ServiceFieldsResolver,
} from './catalogue/catalogue.resolver.js';
import { DateTimeResolver } from './common/scalars.js';
import { DashboardResolver } from './dashboard/dashboard.resolver.js';
import { AnswerTemplateResolver } from './messaging/answer-template.resolver.js';
import { InboxResolver, MessagingResolver } from './messaging/messaging.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { QueueBoardFieldsResolver, QueueResolver } from './queue/queue.resolver.js';

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

const ROOT_TYPE_DESCRIPTIONS = {
  query:
    'Everything that can be read: the catalogue, free slots and announcements for everyone; your account, bookings and conversations when signed in; their offices’ appointments and inbox for staff; the set-up for admins.',
  mutation:
    'Everything that can be changed. A mutation takes at most one argument, `input`, and answers with a payload whose `userErrors` list the expected refusals; each mutation names its codes.',
  subscription:
    'Live events over WebSocket (graphql-ws protocol, on the same /graphql endpoint), each sent after the change it reports is committed.',
} as const;

/** The whole GraphQL API, built from the resolver classes (code first). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    pubSub: noPubSub,
    resolvers: [
      NodeResolver,
      AccountResolver,
      ApiKeyFieldsResolver,
      ApiKeyScopeGrantFieldsResolver,
      WebhookResolver,
      ApiKeyWebhooksResolver,
      WebhookEndpointFieldsResolver,
      AdminResolver,
      CatalogueQueryResolver,
      ServiceFieldsResolver,
      OfficeFieldsResolver,
      AppointmentResolver,
      WaitlistResolver,
      WaitlistOfferResolver,
      OfficeCancellationResolver,
      AppointmentReleaseResolver,
      ServiceReleaseFieldsResolver,
      MessagingResolver,
      InboxResolver,
      AnswerTemplateResolver,
      AnnouncementResolver,
      QueueResolver,
      QueueBoardFieldsResolver,
      DashboardResolver,
      ApplicationResolver,
      ConversationApplicationResolver,
      ApplicationDocumentResolver,
      ApplicationEventResolver,
      ApplicationFormResolver,
      ServiceApplicationFieldsResolver,
      OfficeApplicationResolver,
      ApplicationFormAdminResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    validate: false,
    authChecker,
    authMode: 'error',
    // type-graphql checks the schema by running the whole introspection query on it (a quarter
    // of a second of every start); graphql's own check below finds the same errors.
    skipCheck: true,
  });
  assertValidSchema(schema);
  // type-graphql builds the root types itself and takes no description for them.
  const roots = [
    [schema.getQueryType(), ROOT_TYPE_DESCRIPTIONS.query],
    [schema.getMutationType(), ROOT_TYPE_DESCRIPTIONS.mutation],
    [schema.getSubscriptionType(), ROOT_TYPE_DESCRIPTIONS.subscription],
  ] as const;
  for (const [rootType, description] of roots) if (rootType) rootType.description = description;
  return schema;
}
