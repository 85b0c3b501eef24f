import {
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';

// What changed between two versions of the public schema, by schema coordinate (`Type`,
// `Type.field`, `Type.field(arg:)`, `Enum.VALUE`), and which of the changes break clients. Used by
// tests/schema/schema-contract.test.ts against schema/released.graphql, the last release.

/** A coordinate and what a client relies on there: kind, type, default, deprecation. */
export type Signatures = Map<string, string>;

const deprecation = (reason: string | null | undefined) =>
  reason === null || reason === undefined ? '' : ` @deprecated(${reason})`;

function fieldSignatures(
  out: Signatures,
  type: GraphQLNamedType,
  field: GraphQLField<unknown, unknown> | GraphQLInputField,
): void {
  const coordinate = `${type.name}.${field.name}`;
  const defaultValue =
    'defaultValue' in field && field.defaultValue !== undefined
      ? ` = ${JSON.stringify(field.defaultValue)}`
      : '';
  out.set(
    coordinate,
    `${String(field.type)}${defaultValue}${deprecation(field.deprecationReason)}`,
  );
  if ('args' in field) {
    for (const arg of field.args as readonly GraphQLArgument[]) {
      const argDefault =
        arg.defaultValue !== undefined ? ` = ${JSON.stringify(arg.defaultValue)}` : '';
      out.set(
        `${coordinate}(${arg.name}:)`,
        `${String(arg.type)}${argDefault}${deprecation(arg.deprecationReason)}`,
      );
    }
  }
}

/** Every coordinate of the schema's own types (not the introspection types) with its signature. */
export function signaturesOf(schema: GraphQLSchema): Signatures {
  const out: Signatures = new Map();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      const interfaces = type
        .getInterfaces()
        .map((each) => each.name)
        .sort();
      out.set(type.name, `${isObjectType(type) ? 'type' : 'interface'} ${interfaces.join(' & ')}`);
      for (const field of Object.values(type.getFields())) fieldSignatures(out, type, field);
    } else if (isInputObjectType(type)) {
      out.set(type.name, 'input');
      for (const field of Object.values(type.getFields())) fieldSignatures(out, type, field);
    } else if (isEnumType(type)) {
      out.set(type.name, 'enum');
      for (const value of type.getValues()) {
        out.set(`${type.name}.${value.name}`, `value${deprecation(value.deprecationReason)}`);
      }
    } else if (isUnionType(type)) {
      const members = type
        .getTypes()
        .map((each) => each.name)
        .sort();
      out.set(type.name, `union ${members.join(' | ')}`);
    } else {
      out.set(type.name, 'scalar');
    }
  }
  return out;
}

export type SchemaChange = { coordinate: string; change: 'added' | 'removed' | 'changed' };

/**
 * The coordinates added, removed or changed from `before` to `after`. A member of a type that is
 * itself added or removed is not listed again.
 */
export function schemaChanges(before: GraphQLSchema, after: GraphQLSchema): SchemaChange[] {
  const old = signaturesOf(before);
  const now = signaturesOf(after);
  const changes: SchemaChange[] = [];
  for (const [coordinate, signature] of now) {
    if (!old.has(coordinate)) changes.push({ coordinate, change: 'added' });
    else if (old.get(coordinate) !== signature) changes.push({ coordinate, change: 'changed' });
  }
  for (const coordinate of old.keys()) {
    if (!now.has(coordinate)) changes.push({ coordinate, change: 'removed' });
  }
  const whole = new Set(
    changes
      .filter((each) => each.change !== 'changed' && !each.coordinate.includes('.'))
      .map((each) => each.coordinate),
  );
  return changes.filter(
    (each) => !each.coordinate.includes('.') || !whole.has(typeNameOf(each.coordinate)),
  );
}

const typeNameOf = (coordinate: string) => coordinate.split('.')[0]!;

/** The date a deprecation reason names for the removal ("removal: 2027-06-30"), or null. */
export function removalDateOf(reason: string | null | undefined): string | null {
  return /\bremoval:?\s*(\d{4}-\d{2}-\d{2})\b/i.exec(reason ?? '')?.[1] ?? null;
}

/** The deprecation reason at a coordinate of the schema, or null when it is not deprecated. */
function deprecationAt(schema: GraphQLSchema, coordinate: string): string | null {
  const match = /^(\w+)\.(\w+)(?:\((\w+):\))?$/.exec(coordinate);
  if (!match) return null;
  const [, typeName, member, argName] = match;
  const type = schema.getType(typeName!);
  if (isEnumType(type)) return type.getValue(member!)?.deprecationReason ?? null;
  if (!isObjectType(type) && !isInterfaceType(type) && !isInputObjectType(type)) return null;
  const field = type.getFields()[member!];
  if (!field) return null;
  if (!argName) return field.deprecationReason ?? null;
  const arg = 'args' in field ? field.args.find((each) => each.name === argName) : undefined;
  return arg?.deprecationReason ?? null;
}

/**
 * The coordinate that one of graphql-js's breaking-change descriptions is about: "Query.a was
 * removed.", "A.b arg c was removed.", "A required arg c on A.b was added.", "V was removed from
 * enum type E.", "T was removed.".
 */
export function coordinateOfBreakingChange(description: string): string {
  const fromEnum = /^(\w+) was removed from enum type (\w+)\./.exec(description);
  if (fromEnum) return `${fromEnum[2]}.${fromEnum[1]}`;
  const arg = /^(\w+)\.(\w+) arg (\w+) /.exec(description);
  if (arg) return `${arg[1]}.${arg[2]}(${arg[3]}:)`;
  const addedArg = /arg (\w+) on (\w+)\.(\w+) was added/.exec(description);
  if (addedArg) return `${addedArg[2]}.${addedArg[3]}(${addedArg[1]}:)`;
  return /^(\w+(?:\.\w+)?)/.exec(description)?.[1] ?? description;
}

/**
 * The changes from `released` to `current` that break clients and were not announced: everything
 * graphql-js calls breaking, unless the released schema deprecated that coordinate with a removal
 * date that has come by `today` (YYYY-MM-DD).
 */
export function unannouncedBreakingChanges(
  released: GraphQLSchema,
  current: GraphQLSchema,
  today: string,
): string[] {
  return findBreakingChanges(released, current)
    .filter((change) => {
      const removal = removalDateOf(
        deprecationAt(released, coordinateOfBreakingChange(change.description)),
      );
      return removal === null || removal > today;
    })
    .map((change) => change.description);
}

/** The identifiers named in the changelog's `code` spans, and the dotted ones as they are. */
export function namesInChangelog(text: string): Set<string> {
  const names = new Set<string>();
  for (const [, span] of text.matchAll(/`([^`]+)`/g)) {
    for (const dotted of span!.matchAll(/\w+(?:\.\w+)*/g)) {
      names.add(dotted[0]);
      for (const part of dotted[0].split('.')) names.add(part);
    }
  }
  return names;
}

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/**
 * Whether the changelog names a change: a type by its name (an edge type also by its connection's);
 * a member as `Type.member`, or by the
 * names of its type and of itself (the field's name alone for the root types' operations); an
 * argument also by its own name.
 */
export function changelogNames(change: SchemaChange, names: Set<string>): boolean {
  const match = /^(\w+)(?:\.(\w+))?(?:\((\w+):\))?$/.exec(change.coordinate);
  if (!match) return false;
  const [, typeName, member, argName] = match;
  // A connection's edge type comes with it.
  const connection = typeName!.replace(/Edge$/, 'Connection');
  if (!member) return names.has(typeName!) || (connection !== typeName && names.has(connection));
  const memberNamed =
    names.has(`${typeName}.${member}`) ||
    (names.has(member) && (ROOT_TYPES.has(typeName!) || names.has(typeName!)));
  return memberNamed && (!argName || names.has(argName));
}
