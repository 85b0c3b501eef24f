import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';

/**
 * Mutations that take a slot or send an e-mail (or guess a credential). Aliases would let one
 * request run dozens of them, one after the other, before any per-request check could see it.
 */
export const GUARDED_MUTATIONS = new Set([
  'bookAppointment',
  'cancelAppointment',
  'registerAccount',
  'verifyEmail',
  'acceptInvitation',
  'signInWithPassword',
  'startPasskeySignIn',
  'finishPasskeySignIn',
]);
/** At most this many guarded mutation fields in one operation (a family's few bookings). */
export const MAX_GUARDED_MUTATIONS = 3;

/**
 * Sign-up and sign-in go over HTTP only: over WebSocket no session cookie can be set and the
 * client address is the socket's, so the sign-in throttle and the limits per address would count
 * the wrong thing.
 */
export const HTTP_ONLY_MUTATIONS = new Set([
  'registerAccount',
  'verifyEmail',
  'signInWithPassword',
  'startPasskeySignIn',
  'finishPasskeySignIn',
]);

/** The names of the root fields of a selection, through fragments, each as often as selected. */
function rootFields(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  seen: Set<string> = new Set(),
): string[] {
  return selectionSet.selections.flatMap((selection) => {
    if (selection.kind === Kind.FIELD) return [selection.name.value];
    if (selection.kind === Kind.INLINE_FRAGMENT)
      return rootFields(selection.selectionSet, fragments, seen);
    const name = selection.name.value;
    const fragment = fragments.get(name);
    if (!fragment || seen.has(name)) return [];
    return rootFields(fragment.selectionSet, fragments, new Set([...seen, name]));
  });
}

function mutationRule(
  check: (fields: string[]) => string | null,
): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION)
        fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(node) {
        if (node.operation !== 'mutation') return;
        const problem = check(rootFields(node.selectionSet, fragments));
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [node] }));
      },
    };
  };
}

/** Refuses an operation with more than MAX_GUARDED_MUTATIONS guarded mutation fields. */
export const guardedMutationsRule = mutationRule((fields) =>
  fields.filter((field) => GUARDED_MUTATIONS.has(field)).length > MAX_GUARDED_MUTATIONS
    ? `An operation may contain at most ${MAX_GUARDED_MUTATIONS} of ${[...GUARDED_MUTATIONS].join(', ')}.`
    : null,
);

/** Refuses sign-up and sign-in over WebSocket (only the WebSocket's documents get this rule). */
export const httpOnlyMutationsRule = mutationRule((fields) => {
  const found = fields.filter((field) => HTTP_ONLY_MUTATIONS.has(field));
  return found.length > 0
    ? `${found.join(', ')} must be sent over HTTP (POST /graphql), not over WebSocket.`
    : null;
});
