import { readFile } from 'node:fs/promises';
import { type GraphQLObjectType } from 'graphql';
import { createSchema } from '../../src/resolvers/schema.js';
import { SCHEMA_FILE, schemaSdl } from '../../src/resolvers/schema-sdl.js';

it('has the committed schema/schema.graphql equal to what the code emits (run `npm run schema`)', async () => {
  const committed = await readFile(SCHEMA_FILE, 'utf8');
  expect(committed).toBe(await schemaSdl());
});

// The operations of ARCHITECTURE's API sketch, which clients and outside tests rely on.
const SKETCH: Record<string, Record<string, { args: Record<string, string>; type: string }>> = {
  Query: {
    node: { args: { id: 'ID!' }, type: 'Node' },
    offices: { args: {}, type: '[Office!]!' },
    categories: { args: { lang: 'Language' }, type: '[Category!]!' },
    services: {
      args: {
        first: 'Int',
        after: 'String',
        query: 'String',
        categoryId: 'ID',
        officeId: 'ID',
        lang: 'Language',
      },
      type: 'ServiceConnection!',
    },
    service: { args: { id: 'ID!' }, type: 'Service' },
    freeSlots: {
      args: { serviceId: 'ID!', officeId: 'ID!', from: 'DateTime!', to: 'DateTime!' },
      type: '[Slot!]!',
    },
    appointment: { args: { code: 'String!', email: 'String!' }, type: 'Appointment' },
    announcements: {
      args: { first: 'Int', after: 'String', officeId: 'ID', lang: 'Language' },
      type: 'AnnouncementConnection!',
    },
  },
  Mutation: {
    bookAppointment: { args: { input: 'BookAppointmentInput!' }, type: 'BookAppointmentPayload!' },
    cancelAppointment: {
      args: { input: 'CancelAppointmentInput!' },
      type: 'CancelAppointmentPayload!',
    },
  },
  Subscription: {
    slotAvailabilityChanged: {
      args: { serviceId: 'ID!', officeId: 'ID!' },
      type: 'SlotAvailabilityChange!',
    },
    announcementPublished: { args: { officeId: 'ID' }, type: 'Announcement!' },
  },
};

it('keeps the operations of the API sketch with their arguments and types', async () => {
  const schema = await createSchema();
  for (const [typeName, fields] of Object.entries(SKETCH)) {
    const type = schema.getType(typeName) as GraphQLObjectType;
    for (const [fieldName, expected] of Object.entries(fields)) {
      const field = type.getFields()[fieldName];
      expect({ field: `${typeName}.${fieldName}`, type: String(field?.type) }).toEqual({
        field: `${typeName}.${fieldName}`,
        type: expected.type,
      });
      const args = Object.fromEntries(field!.args.map((arg) => [arg.name, String(arg.type)]));
      expect(args).toMatchObject(expected.args);
    }
  }
  const userError = (schema.getType('UserError') as GraphQLObjectType).getFields();
  expect(String(userError.code?.type)).toBe('String!');
  expect(String(userError.field?.type)).toBe('[String!]');
  expect(String(userError.message?.type)).toBe('String!');
});
