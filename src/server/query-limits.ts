import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { perFragment } from './fragments.js';

export const MAX_QUERY_DEPTH = 12;
export const MAX_ALIASES = 30;
/**
 * Lexical tokens per document (graphql's `maxTokens`, for HTTP and WebSocket alike): parsing
 * stops there, before any rule runs. The introspection query every tool sends has about 190; the
 * web client's largest document fewer than 300.
 */
export const MAX_TOKENS = 2000;
/** Fragment spreads per document (`...Name`, counted where they are written). */
export const MAX_FRAGMENT_SPREADS = 100;

/**
 * Rejects documents that are cheap to send and expensive to answer: deeper than MAX_QUERY_DEPTH,
 * with more than MAX_ALIASES aliases (the classic way to multiply one expensive field) or more
 * than MAX_FRAGMENT_SPREADS fragment spreads. What a document costs to answer is weighed after
 * validation, with its variables (src/server/query-cost.ts).
 */
export function queryLimitsRule(context: ValidationContext): ASTVisitor {
  const fragmentDepth = perFragment(context.getDocument(), 0, (fragment) =>
    depthOf(fragment.selectionSet),
  );

  function depthOf(selectionSet: SelectionSetNode | undefined): number {
    if (!selectionSet) return 0;
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Introspection's `__Type.ofType` unwraps a list or non-null: one object, never more.
        // Every introspection client (GraphiQL, codegen, Postman) nests it 7 to 9 deep.
        const level = selection.name.value === 'ofType' ? 0 : 1;
        deepest = Math.max(deepest, level + depthOf(selection.selectionSet));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet));
      } else {
        deepest = Math.max(deepest, fragmentDepth(selection.name.value));
      }
      if (deepest > MAX_QUERY_DEPTH) return deepest;
    }
    return deepest;
  }

  let aliases = 0;
  let spreads = 0;
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
    FragmentSpread(node) {
      spreads += 1;
      if (spreads === MAX_FRAGMENT_SPREADS + 1) {
        context.reportError(
          new GraphQLError(
            `The document uses more than ${MAX_FRAGMENT_SPREADS} fragment spreads.`,
            { nodes: [node] },
          ),
        );
      }
    },
    OperationDefinition(node) {
      if (depthOf(node.selectionSet) > MAX_QUERY_DEPTH) {
        context.reportError(
          new GraphQLError(`The operation is nested deeper than ${MAX_QUERY_DEPTH} levels.`, {
            nodes: [node],
          }),
        );
      }
    },
  };
}
