import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLNamedType,
} from 'graphql';
import { PER_VIEWER, SHARED_ACROSS_SUBSCRIBERS } from '../../src/resolvers/common/viewers.js';
import { createSchema } from '../../src/resolvers/schema.js';

// A subscription whose events are executed once for all its subscribers must not reach a field
// whose value depends on who asks: everyone would get the first subscriber's answer.

type AnyField = GraphQLField<unknown, unknown>;

/** Every field reachable from the field's result, each as `Type.field`, with its definition. */
function reachableFields(start: AnyField): Map<string, AnyField> {
  const found = new Map<string, AnyField>();
  const seen = new Set<string>();
  const visit = (type: GraphQLNamedType) => {
    if (seen.has(type.name)) return;
    seen.add(type.name);
    if (isUnionType(type)) type.getTypes().forEach(visit);
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    for (const field of Object.values(type.getFields())) {
      found.set(`${type.name}.${field.name}`, field);
      visit(getNamedType(field.type));
    }
  };
  visit(getNamedType(start.type));
  return found;
}

function perViewerFieldsUnder(field: AnyField): string[] {
  return [...reachableFields(field)]
    .filter(([, reached]) => reached.extensions[PER_VIEWER] === true)
    .map(([name]) => name);
}

it('lets no subscription that shares its results reach a field that depends on the viewer', async () => {
  const schema = await createSchema();
  const subscriptions = Object.values(schema.getSubscriptionType()!.getFields());
  const shared = subscriptions.filter((field) => field.extensions[SHARED_ACROSS_SUBSCRIBERS]);
  expect(shared.map((field) => field.name).sort()).toEqual([
    'conversationEvents',
    'slotAvailabilityChanged',
  ]);
  for (const field of shared)
    expect([field.name, perViewerFieldsUnder(field)]).toEqual([field.name, []]);

  // The walk finds what is declared: a conversation read by ID, announcements and devices reach
  // fields that depend on the viewer.
  const queries = schema.getQueryType()!.getFields();
  expect(perViewerFieldsUnder(queries.conversation!)).toEqual(
    expect.arrayContaining([
      'Conversation.unreadCount',
      'Conversation.subject',
      'Conversation.citizenName',
      'Conversation.messages',
    ]),
  );
  expect(perViewerFieldsUnder(queries.announcements!)).toContain('Announcement.viewerCanEdit');
  expect(perViewerFieldsUnder(queries.me!)).toContain('Session.current');
  // announcementPublished carries viewerCanEdit, so it is executed for each subscriber.
  expect(
    perViewerFieldsUnder(schema.getSubscriptionType()!.getFields().announcementPublished!),
  ).toContain('Announcement.viewerCanEdit');
});
