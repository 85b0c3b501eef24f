import { readFile } from 'node:fs/promises';
import {
  getNamedType,
  isEnumType,
  isNonNullType,
  isObjectType,
  type GraphQLInterfaceType,
  type GraphQLObjectType,
} from 'graphql';
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
  const userError = (schema.getType('UserError') as GraphQLInterfaceType).getFields();
  expect(String(userError.field?.type)).toBe('[String!]');
  expect(String(userError.message?.type)).toBe('String!');
});

it('gives every mutation payload `userErrors { code field message }` with code as a string on the wire', async () => {
  // Given every mutation of the schema
  const schema = await createSchema();
  const mutations = Object.values(schema.getMutationType()!.getFields());

  // When the element type of each payload's userErrors is looked at
  const errorTypes = mutations.map((mutation) => {
    const payload = getNamedType(mutation.type) as GraphQLObjectType;
    const list = payload.getFields().userErrors?.type;
    return { mutation: mutation.name, list: String(list), type: getNamedType(list) };
  });

  // Then it is a non-null list of an object type implementing UserError, whose code is a
  // non-null enum (serialized as its name, a string, as UserError.code: String! was before)
  expect(mutations.length).toBeGreaterThan(40);
  for (const { mutation, list, type } of errorTypes) {
    expect({ mutation, list }).toEqual({ mutation, list: `[${type?.name}!]!` });
    expect(isObjectType(type) && type.getInterfaces().map((i) => i.name)).toEqual(['UserError']);
    const fields = (type as GraphQLObjectType).getFields();
    const code = fields.code?.type;
    expect(isNonNullType(code) && isEnumType(code.ofType)).toBe(true);
    expect(String(fields.field?.type)).toBe('[String!]');
    expect(String(fields.message?.type)).toBe('String!');
  }
});
