import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  isSpecifiedDirective,
  isSpecifiedScalarType,
  type GraphQLArgument,
  type GraphQLSchema,
} from 'graphql';
import { createSchema } from '../../src/resolvers/schema.js';

/**
 * Every element of the public schema that lacks a description, by its coordinate ("Type",
 * "Type.field", "Type.field(arg:)", "Enum.VALUE", "@directive(arg:)"). GraphQL's own introspection
 * types, scalars and directives are described by the specification, not by us.
 */
function undescribed(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined) => {
    if (!description?.trim()) missing.push(coordinate);
  };
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) check(`${owner}(${arg.name}:)`, arg.description);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type) || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        checkArgs(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  for (const directive of schema.getDirectives()) {
    if (isSpecifiedDirective(directive)) continue;
    check(`@${directive.name}`, directive.description);
    checkArgs(`@${directive.name}`, directive.args);
  }
  return missing;
}

it('describes every type, field, argument, input field and enum value of the schema', async () => {
  // Given the schema as the resolvers build it
  const schema = await createSchema();

  // When every element is visited
  const missing = undescribed(schema);

  // Then none lacks a description
  expect(missing).toEqual([]);
});

it('finds an element without a description (the check above can fail)', async () => {
  // Given a schema with one field whose description is taken away
  const schema = await createSchema();
  const field = schema.getQueryType()?.getFields().offices;
  if (!field) throw new Error('Query.offices is missing');
  field.description = undefined;

  // When every element is visited
  const missing = undescribed(schema);

  // Then that field is reported
  expect(missing).toContain('Query.offices');
});
