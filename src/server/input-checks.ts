import {
  GraphQLError,
  Kind,
  type ASTNode,
  type ASTVisitor,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { CONTROL_CHARACTERS } from '../common/validation.js';

// Texts with control characters (other than tab and line breaks) are refused wherever they come
// in, before any resolver sees them: PostgreSQL cannot store NUL in text, so a NUL byte in an
// e-mail address failed the request as an internal error, and no field of Rathaus wants the
// others either. Refused like any other value of the wrong form: BAD_USER_INPUT (HTTP 400) in
// variables, GRAPHQL_VALIDATION_FAILED in the document, both naming where.

const MESSAGE = 'control characters (other than tab and line breaks) are not allowed.';

/** Where a literal text sits: the argument, then the input fields within it ("input.email"). */
function literalPath(ancestors: ReadonlyArray<ASTNode | ReadonlyArray<ASTNode>>): string {
  const names: string[] = [];
  for (const ancestor of ancestors) {
    if (Array.isArray(ancestor)) continue;
    const node = ancestor as ASTNode;
    if (node.kind === Kind.ARGUMENT || node.kind === Kind.OBJECT_FIELD) {
      names.push(node.name.value);
    }
  }
  return names.join('.');
}

/** Refuses texts with control characters written in the document. */
export function controlCharactersRule(context: ValidationContext): ASTVisitor {
  return {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!CONTROL_CHARACTERS.test(node.value)) return;
      // `ancestors` ends above `parent`, which may be the argument or input field itself.
      const where = literalPath(parent ? [...ancestors, parent] : ancestors);
      context.reportError(
        new GraphQLError(`The text${where ? ` at "${where}"` : ''}: ${MESSAGE}`, {
          nodes: [node],
        }),
      );
    },
  };
}

/**
 * The first text with control characters in the variables the operation declares (others are
 * never read), as an error naming it; null when there is none. Walks without recursion: the
 * variables are the client's JSON, nested as deep as the body allows.
 */
export function controlCharactersInVariables(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
): GraphQLError | null {
  if (!variables) return null;
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    if (!Object.hasOwn(variables, name)) continue;
    const pending: Array<[unknown, string]> = [[variables[name], name]];
    while (pending.length > 0) {
      const [value, path] = pending.pop() as [unknown, string];
      if (typeof value === 'string') {
        if (CONTROL_CHARACTERS.test(value)) {
          return new GraphQLError(
            `Variable "$${name}" got invalid value at "${path}"; ${MESSAGE}`,
            { extensions: { code: 'BAD_USER_INPUT' } },
          );
        }
      } else if (Array.isArray(value)) {
        value.forEach((item, index) => pending.push([item, `${path}[${index}]`]));
      } else if (value !== null && typeof value === 'object') {
        for (const [key, member] of Object.entries(value)) pending.push([member, `${path}.${key}`]);
      }
    }
  }
  return null;
}
