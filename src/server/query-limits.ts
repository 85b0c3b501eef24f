import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 30;

/**
 * Rejects documents that are cheap to send and expensive to answer: deeper than MAX_QUERY_DEPTH
 * or with more than MAX_ALIASES aliases (the classic way to multiply one expensive field).
 * Per-key cost budgets come with API keys.
 */
export function queryLimitsRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of context.getDocument().definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }

  function depthOf(selectionSet: SelectionSetNode | undefined, seen: Set<string>): number {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection's `__Type.ofType` unwraps a list or non-null: one object, never more.
        // Every introspection client (GraphiQL, codegen, Postman) nests it 7 to 9 deep.
        const level = selection.name.value === 'ofType' ? 0 : 1;
        deepest = Math.max(deepest, level + depthOf(selection.selectionSet, seen));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) {
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...seen, name])));
        }
      }
      if (deepest > MAX_QUERY_DEPTH) return deepest;
    }
    return deepest;
  }

  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases += 1;
      if (aliases === MAX_ALIASES + 1) {
        context.reportError(
          new GraphQLError(`The document uses more than ${MAX_ALIASES} aliases.`, {
            nodes: [node],
          }),
        );
      }
    },
    OperationDefinition(node) {
      if (depthOf(node.selectionSet, new Set()) > MAX_QUERY_DEPTH) {
        context.reportError(
          new GraphQLError(`The operation is nested deeper than ${MAX_QUERY_DEPTH} levels.`, {
            nodes: [node],
          }),
        );
      }
    },
  };
}
